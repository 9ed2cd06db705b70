"""Deterministic policy: signals + customer facts + configuration -> Outcome.

Pure: no I/O, no clock, no network. The reading of the policy follows
`design/policy-interpretation.md`: the most urgent tier of all matched criteria wins, the most
senior owner of that tier owns the ticket (ties go by the order of the groups in the catalog), and
every matched criterion is listed as a reason whatever its tier.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, fields
from datetime import UTC, datetime, timedelta
from typing import NamedTuple

from .catalog import (
    CRITERIA,
    GROUPS,
    ROLE_LEVELS,
    Criterion,
    Tier,
    group_of,
    section_of,
    tier_of,
)
from .config import PolicyConfig
from .models import Customer, History, Outcome, Procedure, Reason
from .signals import Plan, Signals

FIRST_LINE_SECTION = "Escalation Paths > Level 1: First-Line Support"
FIRST_LINE_RULES = {
    "technical": ("L1-TECH", "technical_support_agent",
                  "Technical Support Agent: technical issues, bugs, troubleshooting"),
    "billing": ("L1-BILL", "billing_agent", "Billing Agent: payment, subscription, pricing questions"),
    "product": ("L1-INFO", "product_info_agent", "Product Info Agent: features, plans, general information"),
}
_GROUP_ORDER = {group.id: index for index, group in enumerate(GROUPS)}


@dataclass(frozen=True)
class _Rule:
    """Everything the engine needs about one criterion, looked up once at import."""

    criterion: Criterion
    tier: Tier
    table_rank: int
    section: str
    owner: str
    procedure: str | None
    notify: tuple[str, ...]
    category: str
    #: Reasons are listed most urgent tier first, then in the owner table's order.
    order: tuple[int, int, str]


def _table_rank(criterion: Criterion) -> int:
    """Order of the interpretation page's owner table: groups in order, an owner override first."""
    return _GROUP_ORDER[criterion.group] * 2 + (0 if criterion.owner else 1)


_RULES: dict[str, _Rule] = {
    c.id: _Rule(c, tier_of(c), _table_rank(c), section_of(c), c.owner or group_of(c).owner,
                group_of(c).procedure, c.notify if c.notify is not None else group_of(c).notify,
                group_of(c).category, (-tier_of(c).rank, _table_rank(c), c.id))
    for c in CRITERIA
}
#: Criteria a text hit establishes (some with a check on the account); the rest come from facts.
_HIT_CONDITIONS = frozenset({"none", "major_account", "pro_plan"})
_FACT_CRITERIA = tuple(c for c in CRITERIA if c.condition not in _HIT_CONDITIONS)
#: Condition of every criterion (hot-loop lookup), and the fact-based criteria by condition.
_CONDITION = {c.id: c.condition for c in CRITERIA}
_FACT_IDS: dict[str, tuple[str, ...]] = {
    condition: tuple(c.id for c in _FACT_CRITERIA if c.condition == condition)
    for condition in ("enterprise_plan", "refund_over_threshold", "contract_value_over_threshold", "fortune_500",
                      "unresolved_over_threshold", "failed_attempts_over_threshold")
}
if not {c.condition for c in _FACT_CRITERIA} <= set(_FACT_IDS):  # a new condition needs a check in _matches
    raise RuntimeError("the catalog has a fact condition the engine does not check")
#: Criteria a ticket that is not a support request still escalates on, and the text-based ones.
_IMMEDIATE_TEXT = frozenset(c.id for c in CRITERIA if tier_of(c) is Tier.IMMEDIATE and c.basis == "text")
_TEXT_BASIS = frozenset(c.id for c in CRITERIA if c.basis == "text")


class AccountFacts(NamedTuple):
    """Customer facts after "metadata wins, text fills the gaps".

    The evidence of a fact taken from metadata is None here and written out (``metadata: ...``)
    only when a criterion actually rests on it: most tickets never need it.
    """

    plan: Plan | None
    plan_evidence: str | None
    acv: float | None
    acv_evidence: str | None
    fortune_500: bool
    fortune_500_evidence: str | None


def _account_facts(signals: Signals, customer: Customer) -> AccountFacts:
    if customer.plan is not None:
        plan, plan_ev = customer.plan, None
    elif signals.plan is not None:
        plan, plan_ev = signals.plan.value, signals.plan.evidence
    else:
        plan, plan_ev = None, ""
    if customer.annual_contract_value_usd is not None:
        acv, acv_ev = customer.annual_contract_value_usd, None
    elif signals.annual_contract_value_usd is not None:
        acv, acv_ev = signals.annual_contract_value_usd.value, signals.annual_contract_value_usd.evidence
    else:
        acv, acv_ev = None, ""
    if customer.fortune_500 is not None:
        f500, f500_ev = customer.fortune_500, None
    elif signals.fortune_500 is not None:
        f500, f500_ev = signals.fortune_500.value, signals.fortune_500.evidence
    else:
        f500, f500_ev = False, ""
    return AccountFacts(plan, plan_ev, acv, acv_ev, f500, f500_ev)


class _Plan(NamedTuple):
    """Everything an escalated outcome takes from *which* criteria matched, not from their evidence.

    The same few combinations of criteria recur across many tickets, so the sorting, owner choice,
    procedures, notifications and deadline offsets are worked out once per combination and policy;
    only the reasons (which quote evidence) and the deadlines are built per ticket.
    """

    #: (criterion id, section, tier, owner, description) of each reason, in the outcome's order.
    reasons: tuple[tuple[str, str, Tier, str, str], ...]
    tier: Tier
    owner: str
    level: int
    categories: tuple[str, ...]
    procedures: tuple[str, ...]
    procedure_steps: tuple[Procedure, ...]
    secondary_procedures: tuple[str, ...]
    notify: tuple[str, ...]
    secondary_notify: tuple[str, ...]
    escalate_after: timedelta
    respond_after: timedelta
    resolve_after: timedelta


_OUTCOME_ORDER = ("tier", "owner", "level", "categories", "procedures", "notify", "escalate_by", "respond_by",
                  "resolve_by", "reasons", "needs_human_review", "review_reasons", "policy_version",
                  "procedure_steps", "secondary_procedures", "secondary_notify")
if tuple(f.name for f in fields(Outcome)) != _OUTCOME_ORDER:  # Policy._escalated passes them in this order
    raise RuntimeError("Outcome's fields changed: update the positional call in Policy._escalated")
#: Plans kept per policy; far more than the combinations real tickets produce, but bounded.
_PLAN_CACHE_SIZE = 4096
_CTO = "cto"  # owns security incidents that exposed data
_NO_CUSTOMER = Customer()
_NO_HISTORY = History()


class Policy:
    """The escalation policy under one configuration. Build once, decide many times."""

    def __init__(self, config: PolicyConfig) -> None:
        self.config = config
        self.version = policy_version(config)
        sla = config.sla
        minutes = timedelta(minutes=1)
        # Deadlines as ready-made offsets: decide() runs per ticket, the configuration once.
        self._escalate_after = {tier: minutes * n for tier, n in sla.escalate_minutes.items()}
        self._respond_after = {group: minutes * n for group, n in sla.respond_minutes.items()}
        self._resolve_after = {tier: minutes * n for tier, n in sla.resolve_minutes.items()}
        self._first_line_after = {plan: minutes * n for plan, n in sla.first_line_respond_minutes.items()}
        self._thresholds = config.thresholds
        #: Who each criterion notifies, with the configured names filled in.
        self._notify_of = {cid: tuple([config.notify.get(key, key) for key in rule.notify])
                           for cid, rule in _RULES.items()}
        #: Evidence-free outcome parts by (matched criteria, data exposed): see ``_Plan``.
        self._plans: dict[tuple[frozenset[str], bool], _Plan] = {}

    # -- public ---------------------------------------------------------------------------------

    def verdict(self, signals: Signals, customer: Customer | None = None, history: History | None = None,
                received_at: datetime | None = None) -> tuple[Tier, str, tuple[str, ...], bool]:
        """(tier, owner, rule ids, needs review) of ``decide``, without building the Outcome (for evals)."""
        evidence_for, breach, _account, review, _received = self._assess(signals, customer, history, received_at)
        if evidence_for:
            matched = frozenset(evidence_for)
            plan = self._plans.get((matched, breach)) or self._plan(matched, breach)
            return plan.tier, plan.owner, tuple([reason[0] for reason in plan.reasons]), bool(review)
        rule, owner, _description = FIRST_LINE_RULES[_first_line_topic(signals)]
        return Tier.NONE, owner, (rule,), bool(review)

    def decide(self, signals: Signals, customer: Customer | None = None, history: History | None = None,
               received_at: datetime | None = None) -> Outcome:
        evidence_for, breach, account, review, received_at = self._assess(signals, customer, history, received_at)
        if evidence_for:
            return self._escalated(evidence_for, breach, received_at, review)
        return self._first_line(signals, account, received_at, review)

    def _assess(self, signals: Signals, customer: Customer | None, history: History | None,
                received_at: datetime | None) -> tuple[dict[str, str], bool, AccountFacts, list[str], datetime | None]:
        # Shared empty defaults: decide() only reads them.
        customer = _NO_CUSTOMER if customer is None else customer
        history = _NO_HISTORY if history is None else history
        # A time without a zone is UTC (as for tickets): deadlines must never come out naive.
        if received_at is not None and received_at.tzinfo is None:
            received_at = received_at.replace(tzinfo=UTC)
        review: list[str] = []
        account = _account_facts(signals, customer)
        if customer.plan is not None and signals.plan is not None and signals.plan.value != customer.plan:
            review.append(f"REV-PLAN-CONFLICT: the text says plan {signals.plan.value!r} "
                          f"({signals.plan.evidence!r}) but metadata says {customer.plan!r}; metadata wins")
        evidence_for = self._matches(signals, history, received_at, account, review)
        if not signals.support_request:
            review.append("REV-NOT-SUPPORT: not a support request")
            evidence_for = {cid: ev for cid, ev in evidence_for.items() if cid in _IMMEDIATE_TEXT}
        if signals.vague and not any(cid in _TEXT_BASIS for cid in evidence_for):
            review.append("REV-VAGUE: too vague to route; ask the customer for details")
        if signals.injection is not None and signals.injection.value:
            review.append("REV-INJECTION: the ticket tries to instruct the triage system: "
                          f"{signals.injection.evidence!r}")
        breach = signals.data_exposed is not None and signals.data_exposed.value
        return evidence_for, breach, account, review, received_at

    # -- matching -------------------------------------------------------------------------------

    def _matches(self, signals: Signals, history: History, received_at: datetime | None,
                 account: AccountFacts, review: list[str]) -> dict[str, str]:
        """Criterion id -> evidence for every criterion that holds (in no particular order)."""
        t = self._thresholds
        found: dict[str, str] = {}
        evidence_for: dict[str, str] = {}
        major: bool | None = None
        for hit in signals.hits:
            cid = hit.criterion
            if cid in found:
                continue
            condition = _CONDITION.get(cid)
            if condition is None:
                review.append(f"REV-UNKNOWN-CRITERION: the extractor reported {cid!r}, "
                              "which is not in the catalog")
                continue
            evidence = found[cid] = hit.evidence
            if condition == "none":
                evidence_for[cid] = evidence
            elif condition == "major_account":
                if major is None:
                    major = bool(account.plan == "enterprise"
                                 or (account.acv is not None and account.acv > t.major_account_acv_usd)
                                 or account.fortune_500)
                if major:
                    evidence_for[cid] = evidence
            elif condition == "pro_plan" and account.plan == "pro":
                evidence_for[cid] = evidence
        # Fact-based criteria (hits for them only lend their evidence to a refund).
        if account.plan == "enterprise":
            for cid in _FACT_IDS["enterprise_plan"]:
                evidence_for[cid] = (f"metadata: customer.plan = {account.plan}" if account.plan_evidence is None
                                     else account.plan_evidence)
        if signals.refund is not None:
            for cid in _FACT_IDS["refund_over_threshold"]:
                ok, evidence = self._refund(signals, found.get(cid), review)
                if ok:
                    evidence_for[cid] = evidence
        if account.acv is not None and account.acv > t.major_account_acv_usd:
            for cid in _FACT_IDS["contract_value_over_threshold"]:
                evidence_for[cid] = (f"metadata: customer.annual_contract_value_usd = {account.acv:g}"
                                     if account.acv_evidence is None else account.acv_evidence)
        if account.fortune_500:
            for cid in _FACT_IDS["fortune_500"]:
                evidence_for[cid] = (f"metadata: customer.fortune_500 = {str(account.fortune_500).lower()}"
                                     if account.fortune_500_evidence is None else account.fortune_500_evidence)
        if signals.topic == "technical":
            for cid in _FACT_IDS["unresolved_over_threshold"]:
                ok, evidence = self._unresolved(signals, history, received_at)
                if ok:
                    evidence_for[cid] = evidence
        if history.failed_resolution_attempts is not None or signals.failed_attempts is not None:
            for cid in _FACT_IDS["failed_attempts_over_threshold"]:
                ok, evidence = self._failed_attempts(signals, history)
                if ok:
                    evidence_for[cid] = evidence
        return evidence_for

    def _refund(self, signals: Signals, hit_evidence: str | None, review: list[str]) -> tuple[bool, str]:
        refund = signals.refund
        if refund is None or refund.amount is None:
            return False, hit_evidence or ""
        t = self.config.thresholds
        currency = (refund.currency or "USD").upper()
        rate = self.config.currency_usd_rates.get(currency)
        if rate is None:
            review.append(f"REV-CURRENCY: refund amount in an unknown currency {currency!r}: "
                          f"{refund.evidence!r}")
            return False, refund.evidence
        usd = refund.amount * rate
        if abs(usd - t.refund_usd) <= t.refund_review_margin * t.refund_usd and currency != "USD":
            review.append(f"REV-NEAR-THRESHOLD: refund of {refund.amount:g} {currency} is about "
                          f"{usd:,.2f} USD, within {t.refund_review_margin:.0%} of the "
                          f"{t.refund_usd:,.0f} USD threshold")
        evidence = refund.evidence if currency == "USD" else f"{refund.evidence} (about {usd:,.2f} USD)"
        return usd > t.refund_usd, evidence

    def _unresolved(self, signals: Signals, history: History,
                    received_at: datetime | None) -> tuple[bool, str]:
        if signals.topic != "technical":
            return False, ""
        threshold = self.config.thresholds.unresolved_hours
        if history.first_contact_at is not None and received_at is not None:
            # The recorded first contact is exact; the text's "yesterday" or "on Monday" is not: metadata wins.
            hours = (_aware(received_at) - _aware(history.first_contact_at)).total_seconds() / 3600
            if hours >= threshold:
                return True, f"metadata: first contact {hours:.0f} h before this ticket"
            return False, ""
        if signals.unresolved_hours is not None and signals.unresolved_hours.value >= threshold:
            return True, signals.unresolved_hours.evidence
        return False, ""

    def _failed_attempts(self, signals: Signals, history: History) -> tuple[bool, str]:
        threshold = self.config.thresholds.failed_attempts
        attempts = history.failed_resolution_attempts
        if attempts is not None and attempts >= threshold:
            return True, f"metadata: history.failed_resolution_attempts = {attempts}"
        if signals.failed_attempts is not None and signals.failed_attempts.value >= threshold:
            return True, signals.failed_attempts.evidence
        return False, ""

    # -- outcomes -------------------------------------------------------------------------------

    def _escalated(self, evidence_for: dict[str, str], breach: bool, received_at: datetime | None,
                   review: list[str]) -> Outcome:
        matched = frozenset(evidence_for)
        plan = self._plans.get((matched, breach)) or self._plan(matched, breach)
        escalate_by = respond_by = resolve_by = None
        if received_at is not None:
            escalate_by = received_at + plan.escalate_after
            respond_by = received_at + plan.respond_after
            resolve_by = received_at + plan.resolve_after
        # Positional (binding sixteen keywords costs a tenth of the call): the order is checked at import.
        return Outcome(
            plan.tier, plan.owner, plan.level, list(plan.categories), list(plan.procedures), list(plan.notify),
            escalate_by, respond_by, resolve_by,
            [Reason(cid, section, evidence_for[cid], tier, owner, description)
             for cid, section, tier, owner, description in plan.reasons],
            bool(review), review, self.version,
            list(plan.procedure_steps), list(plan.secondary_procedures), list(plan.secondary_notify))

    def _plan(self, matched: frozenset[str], breach: bool) -> _Plan:
        """Work out (and remember) the evidence-free part of the outcome for this set of criteria.

        One pass over the matched rules, most urgent first: the winning tier's rules come first and
        give the owner, procedures, notifications and deadlines; the others only add to the secondary
        lists. Every list keeps first-seen order without repeats.
        """
        rules = sorted([_RULES[cid] for cid in matched], key=_order)
        tier = rules[0].tier
        reasons: list[tuple[str, str, Tier, str, str]] = []
        categories: list[str] = []
        procedures: list[str] = []
        notify: list[str] = []
        lower_procedures: list[str] = []
        lower_notify: list[str] = []
        lead, lead_key = "", (0, 0)
        respond_after: timedelta | None = None
        for rule in rules:
            owner = _CTO if breach and rule.criterion.group == "SEC" else rule.owner
            reasons.append((rule.criterion.id, rule.section, rule.tier, owner, rule.criterion.bullet))
            if rule.category not in categories:
                categories.append(rule.category)
            winning = rule.tier is tier
            into_procedures, into_notify = (procedures, notify) if winning else (lower_procedures, lower_notify)
            if rule.procedure and rule.procedure not in into_procedures:
                into_procedures.append(rule.procedure)
            for name in self._notify_of[rule.criterion.id]:
                if name and name not in into_notify:
                    into_notify.append(name)
            if winning:
                key = (-ROLE_LEVELS[owner], rule.table_rank)
                if not lead or key < lead_key:
                    lead, lead_key = owner, key
                respond = self._respond_after[rule.criterion.group]
                if respond_after is None or respond < respond_after:
                    respond_after = respond
        assert respond_after is not None  # the first rule always wins
        plan = _Plan(
            reasons=tuple(reasons), tier=tier, owner=lead, level=ROLE_LEVELS[lead],
            categories=tuple(categories), procedures=tuple(procedures),
            procedure_steps=tuple([self._procedure(p) for p in procedures]),
            secondary_procedures=tuple([p for p in lower_procedures if p not in procedures]),
            notify=tuple(notify), secondary_notify=tuple([n for n in lower_notify if n not in notify]),
            escalate_after=self._escalate_after[tier], respond_after=respond_after,
            resolve_after=self._resolve_after[tier])
        if len(self._plans) >= _PLAN_CACHE_SIZE:
            self._plans.clear()
        self._plans[(matched, breach)] = plan
        return plan

    def _first_line(self, signals: Signals, account: AccountFacts, received_at: datetime | None,
                    review: list[str]) -> Outcome:
        rule, owner, description = FIRST_LINE_RULES[_first_line_topic(signals)]
        respond_by = None
        if received_at is not None:
            respond_by = received_at + self._first_line_after[account.plan or "basic"]
        reason = Reason(rule=rule, section=FIRST_LINE_SECTION,
                                        evidence="no escalation criterion matched",
                                        tier=Tier.NONE, owner=owner, description=description)
        return Outcome(
            tier=Tier.NONE, owner=owner, level=ROLE_LEVELS[owner], categories=[], procedures=[], notify=[],
            escalate_by=None, respond_by=respond_by, resolve_by=None, reasons=[reason],
            needs_human_review=bool(review), review_reasons=review, policy_version=self.version,
            procedure_steps=[], secondary_procedures=[], secondary_notify=[])

    def _procedure(self, procedure_id: str) -> Procedure:
        return self.config.procedures.get(procedure_id) or Procedure(id=procedure_id, name=procedure_id)


def _first_line_topic(signals: Signals) -> str:
    # The interpretation page routes a vague ticket to technical support whatever topic was guessed.
    return "product" if not signals.support_request else "technical" if signals.vague else signals.topic


def _order(rule: _Rule) -> tuple[int, int, str]:
    return rule.order


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def policy_version(config: PolicyConfig) -> str:
    """A short hash of the catalog and the configuration: changes whenever a decision could."""
    payload = json.dumps(
        {"criteria": [c.model_dump(mode="json") for c in CRITERIA],
         "groups": [g.model_dump(mode="json") for g in GROUPS],
         "config": config.model_dump(mode="json")},
        sort_keys=True,
    )
    return "policy-" + hashlib.sha256(payload.encode()).hexdigest()[:12]
