"""Deterministic policy: signals + customer facts + configuration -> Outcome.

Pure: no I/O, no clock, no network. The reading of the policy follows
`design/policy-interpretation.md`: the most urgent tier of all matched criteria wins, the most
senior owner of that tier owns the ticket (ties go by the order of the groups in the catalog), and
every matched criterion is listed as a reason whatever its tier.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from .catalog import (
    CRITERIA,
    CRITERIA_BY_ID,
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


def _table_rank(criterion: Criterion) -> int:
    """Order of the interpretation page's owner table: groups in order, an owner override first."""
    return _GROUP_ORDER[criterion.group] * 2 + (0 if criterion.owner else 1)


_RULES: dict[str, _Rule] = {
    c.id: _Rule(c, tier_of(c), _table_rank(c), section_of(c), c.owner or group_of(c).owner,
                group_of(c).procedure, c.notify if c.notify is not None else group_of(c).notify,
                group_of(c).category)
    for c in CRITERIA
}
#: Criteria a text hit establishes (some with a check on the account); the rest come from facts.
_HIT_CONDITIONS = frozenset({"none", "major_account", "pro_plan"})
_FACT_CRITERIA = tuple(c for c in CRITERIA if c.condition not in _HIT_CONDITIONS)


@dataclass(frozen=True)
class Match:
    rule: _Rule
    evidence: str
    owner: str

    @property
    def criterion(self) -> Criterion:
        return self.rule.criterion


@dataclass(frozen=True)
class AccountFacts:
    """Customer facts after "metadata wins, text fills the gaps"."""

    plan: Plan | None
    plan_evidence: str
    acv: float | None
    acv_evidence: str
    fortune_500: bool
    fortune_500_evidence: str


def _account_facts(signals: Signals, customer: Customer) -> AccountFacts:
    if customer.plan is not None:
        plan, plan_ev = customer.plan, f"metadata: customer.plan = {customer.plan}"
    elif signals.plan is not None:
        plan, plan_ev = signals.plan.value, signals.plan.evidence
    else:
        plan, plan_ev = None, ""
    if customer.annual_contract_value_usd is not None:
        acv = customer.annual_contract_value_usd
        acv_ev = f"metadata: customer.annual_contract_value_usd = {acv:g}"
    elif signals.annual_contract_value_usd is not None:
        acv, acv_ev = signals.annual_contract_value_usd.value, signals.annual_contract_value_usd.evidence
    else:
        acv, acv_ev = None, ""
    if customer.fortune_500 is not None:
        f500 = customer.fortune_500
        f500_ev = f"metadata: customer.fortune_500 = {str(f500).lower()}"
    elif signals.fortune_500 is not None:
        f500, f500_ev = signals.fortune_500.value, signals.fortune_500.evidence
    else:
        f500, f500_ev = False, ""
    return AccountFacts(plan, plan_ev, acv, acv_ev, f500, f500_ev)


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

    # -- public ---------------------------------------------------------------------------------

    def decide(self, signals: Signals, customer: Customer | None = None, history: History | None = None,
               received_at: datetime | None = None) -> Outcome:
        customer = customer or Customer()
        history = history or History()
        # A time without a zone is UTC (as for tickets): deadlines must never come out naive.
        received_at = None if received_at is None else _aware(received_at)
        review: list[str] = []
        account = _account_facts(signals, customer)
        self._check_conflicts(signals, customer, review)
        matches = self._matches(signals, history, received_at, account, review)
        if not signals.support_request:
            review.append("REV-NOT-SUPPORT: not a support request")
            matches = [m for m in matches if m.rule.tier is Tier.IMMEDIATE and m.criterion.basis == "text"]
        if signals.vague and not any(m.criterion.basis == "text" for m in matches):
            review.append("REV-VAGUE: too vague to route; ask the customer for details")
        if signals.injection is not None and signals.injection.value:
            review.append("REV-INJECTION: the ticket tries to instruct the triage system: "
                          f"{signals.injection.evidence!r}")
        if matches:
            return self._escalated(matches, account, received_at, review)
        return self._first_line(signals, account, received_at, review)

    # -- matching -------------------------------------------------------------------------------

    def _matches(self, signals: Signals, history: History, received_at: datetime | None,
                 account: AccountFacts, review: list[str]) -> list[Match]:
        t = self.config.thresholds
        major = (account.plan == "enterprise"
                 or (account.acv is not None and account.acv > t.major_account_acv_usd)
                 or account.fortune_500)
        found: dict[str, str] = {}
        for hit in signals.hits:
            if hit.criterion not in CRITERIA_BY_ID:
                review.append(f"REV-UNKNOWN-CRITERION: the extractor reported {hit.criterion!r}, "
                              "which is not in the catalog")
            elif hit.criterion not in found:
                found[hit.criterion] = hit.evidence

        evidence_for: dict[str, str] = {}
        for cid, evidence in found.items():
            condition = CRITERIA_BY_ID[cid].condition
            if (condition == "none" or (condition == "major_account" and major)
                    or (condition == "pro_plan" and account.plan == "pro")):
                evidence_for[cid] = evidence
        for criterion in _FACT_CRITERIA:
            ok, evidence = False, ""
            if criterion.condition == "enterprise_plan":
                ok, evidence = account.plan == "enterprise", account.plan_evidence
            elif criterion.condition == "contract_value_over_threshold":
                ok = account.acv is not None and account.acv > t.major_account_acv_usd
                evidence = account.acv_evidence
            elif criterion.condition == "fortune_500":
                ok, evidence = account.fortune_500, account.fortune_500_evidence
            elif criterion.condition == "refund_over_threshold":
                ok, evidence = self._refund(signals, found.get(criterion.id), review)
            elif criterion.condition == "unresolved_over_threshold":
                ok, evidence = self._unresolved(signals, history, received_at)
            elif criterion.condition == "failed_attempts_over_threshold":
                ok, evidence = self._failed_attempts(signals, history)
            if ok:
                evidence_for[criterion.id] = evidence

        breach = signals.data_exposed is not None and signals.data_exposed.value
        matches = []
        for cid, evidence in evidence_for.items():
            rule = _RULES[cid]
            owner = "cto" if breach and rule.criterion.group == "SEC" else rule.owner
            matches.append(Match(rule, evidence, owner))
        return matches

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
            hours = (_aware(received_at) - _aware(history.first_contact_at)).total_seconds() / 3600
            if hours >= threshold:
                return True, f"metadata: first contact {hours:.0f} h before this ticket"
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

    @staticmethod
    def _check_conflicts(signals: Signals, customer: Customer, review: list[str]) -> None:
        if customer.plan is not None and signals.plan is not None and signals.plan.value != customer.plan:
            review.append(f"REV-PLAN-CONFLICT: the text says plan {signals.plan.value!r} "
                          f"({signals.plan.evidence!r}) but metadata says {customer.plan!r}; metadata wins")

    # -- outcomes -------------------------------------------------------------------------------

    def _escalated(self, matches: list[Match], account: AccountFacts, received_at: datetime | None,
                   review: list[str]) -> Outcome:
        matches.sort(key=lambda m: (-m.rule.tier.rank, m.rule.table_rank, m.criterion.id))
        tier = matches[0].rule.tier
        winning = [m for m in matches if m.rule.tier is tier]
        lower = [m for m in matches if m.rule.tier is not tier]
        lead = min(winning, key=lambda m: (-ROLE_LEVELS[m.owner], m.rule.table_rank))
        procedures = _unique(m.rule.procedure for m in winning)
        secondary_procedures = [p for p in _unique(m.rule.procedure for m in lower) if p not in procedures]
        notify = self._notify(winning)
        secondary_notify = [n for n in self._notify(lower) if n not in notify]
        escalate_by = respond_by = resolve_by = None
        if received_at is not None:
            escalate_by = received_at + self._escalate_after[tier.value]
            respond_by = received_at + min(self._respond_after[m.criterion.group] for m in winning)
            resolve_by = received_at + self._resolve_after[tier.value]
        return Outcome(
            tier=tier,
            owner=lead.owner,
            level=ROLE_LEVELS[lead.owner],
            categories=_unique(m.rule.category for m in matches),
            procedures=procedures,
            procedure_steps=[self._procedure(p) for p in procedures],
            secondary_procedures=secondary_procedures,
            notify=notify,
            secondary_notify=secondary_notify,
            escalate_by=escalate_by,
            respond_by=respond_by,
            resolve_by=resolve_by,
            reasons=[Reason(rule=m.criterion.id, section=m.rule.section, evidence=m.evidence,
                                            tier=m.rule.tier, owner=m.owner, description=m.criterion.bullet)
                     for m in matches],
            needs_human_review=bool(review),
            review_reasons=review,
            policy_version=self.version,
        )

    def _first_line(self, signals: Signals, account: AccountFacts, received_at: datetime | None,
                    review: list[str]) -> Outcome:
        # The interpretation page routes a vague ticket to technical support whatever topic was guessed.
        topic = "product" if not signals.support_request else "technical" if signals.vague else signals.topic
        rule, owner, description = FIRST_LINE_RULES[topic]
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

    def _notify(self, matches: list[Match]) -> list[str]:
        keys: list[str] = []
        for m in matches:
            keys.extend(m.rule.notify)
        return _unique(self.config.notify.get(key, key) for key in keys)

    def _procedure(self, procedure_id: str) -> Procedure:
        return self.config.procedures.get(procedure_id) or Procedure(id=procedure_id, name=procedure_id)


def _unique(items: Iterable[str | None]) -> list[str]:
    seen: list[str] = []
    for item in items:
        if item and item not in seen:
            seen.append(item)
    return seen


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
