"""Blame a miss on the extractor or on the policy.

For a case whose labels say which criteria should fire (``expected.criteria``) or which signals the
ticket holds (``expected.signals``), the policy is run a second time on signals built from those
labels: the "oracle". If the oracle is right where the product was wrong, better extraction would
have fixed the case (blame: extractor); if the oracle is wrong too, the policy (or the label) is
at fault (blame: policy). A right answer on wrong oracle signals means the labels contradict each
other (blame: labels).

The oracle starts from the extracted signals, so facts the labels do not mention (topic, data
exposure, language) stay as extracted. Threshold-based criteria need facts, not just hits: when a
label expects FIN3 but states no refund, a refund just above the configured threshold is assumed;
when a label does not expect a threshold criterion, the extracted fact behind it is dropped.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from ..policy import CRITERIA, FIRST_LINE_RULES, Customer, Hit, Money, Policy, PolicyConfig, Signals
from ..policy.config import Thresholds
from ..tickets import Ticket
from .cases import EXPECTED_EVIDENCE, FIRST_LINE_RULE_IDS, Case
from .results import CaseResult, PolicyInputs, decide_verdict

_TOPIC_OF_FIRST_LINE_OWNER = {owner: topic for topic, (_rule, owner, _text) in FIRST_LINE_RULES.items()}
_NO_SIGNALS = Signals()


def oracle_signals(case: Case, extracted: Signals | None, ticket: Ticket, config: PolicyConfig,
                   customer: Customer | None = None) -> Signals:
    """The signals the case's labels describe, filled in from the extraction where they are silent.

    ``customer`` is the ticket's ``policy_customer()``, when the caller has it already.
    """
    stated = case.expected.signals or _NOTHING_STATED
    expected = set(case.expected.criteria or ())
    if stated.get("hits"):
        expected |= {h.criterion for h in stated["hits"]}
    if customer is None:
        customer, _notes = ticket.policy_customer()
    t = config.thresholds
    assumed = _assumed_facts(t)
    base = extracted or _NO_SIGNALS
    update: dict[str, Any] = {key: value for key, value in stated.items() if key != "hits"}
    update["hits"] = tuple([_EXPECTED_HITS.get(c) or _expected_hit(c) for c in sorted(expected)])
    if expected and "support_request" not in stated:
        update["support_request"] = True
    topic = _TOPIC_OF_FIRST_LINE_OWNER.get(case.expected.owner or "")
    if topic is not None and "topic" not in stated:
        # No criterion: the first-line owner the label names says what the ticket is about, and
        # that it is neither vague (technical support) nor, unless product information, off-topic.
        update["topic"] = topic
        if topic != "technical" and "vague" not in stated:
            update["vague"] = False
        if topic != "product" and "support_request" not in stated:
            update["support_request"] = True
    # Each threshold fact is made to agree with whether its criterion is expected (unless the label
    # states the fact): a value just past the threshold when expected and missing, none when not expected.
    if "refund" not in stated:
        wanted = "FIN3" in expected
        refund = base.refund
        if not wanted:
            update["refund"] = None
        elif not (refund is not None and refund.amount is not None and _usd(refund, config) > t.refund_usd):
            update["refund"] = assumed.refund
    if "TEC1" in expected and "topic" not in stated:
        update["topic"] = "technical"
    if "unresolved_hours" not in stated:
        hours = base.unresolved_hours
        if "TEC1" not in expected:
            update["unresolved_hours"] = None
        elif not (hours is not None and hours.value >= t.unresolved_hours):
            update["unresolved_hours"] = assumed.unresolved_hours
    if "failed_attempts" not in stated:
        attempts = base.failed_attempts
        if "TEC2" not in expected:
            update["failed_attempts"] = None
        elif not (attempts is not None and attempts.value >= t.failed_attempts):
            update["failed_attempts"] = assumed.failed_attempts
    if customer.plan is None and "plan" not in stated:
        plan = "enterprise" if "ENT1" in expected else "pro" if "SAT5" in expected else None
        if plan is not None:
            update["plan"] = _ASSUMED_PLANS[plan]
        elif base.plan is not None and base.plan.value == "enterprise":
            update["plan"] = None
    if customer.annual_contract_value_usd is None and "annual_contract_value_usd" not in stated:
        acv = base.annual_contract_value_usd
        if "HVA1" not in expected:
            update["annual_contract_value_usd"] = None
        elif not (acv is not None and acv.value > t.major_account_acv_usd):
            update["annual_contract_value_usd"] = assumed.annual_contract_value_usd
    if customer.fortune_500 is None and "fortune_500" not in stated:
        f500 = base.fortune_500
        if "HVA2" not in expected:
            update["fortune_500"] = None
        elif not (f500 is not None and f500.value):
            update["fortune_500"] = assumed.fortune_500
    # Every value set here is typed already: the labels' were validated when the case was read, the
    # assumed facts once per configuration. The labels' plain values are checked again all the same.
    raw = {key: value for key, value in update.items() if key in stated and not isinstance(value, BaseModel)}
    if raw:
        checked = Signals.model_validate(raw)
        update.update({key: getattr(checked, key) for key in raw})
    return base.model_copy(update=update)


def _assumed_facts(t: Thresholds) -> Signals:
    """Facts just past each threshold, for labels that expect a threshold criterion without stating them."""
    last = _ASSUMED[-1] if _ASSUMED else None
    if last is not None and last[0] is t:
        return last[1]

    def fact(value: Any) -> dict[str, Any]:
        return {"value": value, "evidence": EXPECTED_EVIDENCE}

    facts = Signals.model_validate({
        "refund": {"amount": t.refund_usd + 1, "currency": "USD", "evidence": EXPECTED_EVIDENCE},
        "unresolved_hours": fact(t.unresolved_hours), "failed_attempts": fact(t.failed_attempts),
        "annual_contract_value_usd": fact(t.major_account_acv_usd + 1), "fortune_500": fact(True)})
    _ASSUMED[:] = [(t, facts)]  # the thresholds of the last policy asked about (one per run)
    return facts


_ASSUMED: list[tuple[Thresholds, Signals]] = []
_NOTHING_STATED: dict[str, Any] = {}
_ASSUMED_PLANS = {plan: Signals.model_validate({"plan": {"value": plan, "evidence": EXPECTED_EVIDENCE}}).plan
                  for plan in ("enterprise", "pro")}


def _expected_hit(criterion: str) -> Hit:
    """The hit a label stands for (validated once per criterion id: they are few and immutable)."""
    hit = _EXPECTED_HITS.get(criterion)
    if hit is None:
        hit = _EXPECTED_HITS[criterion] = Hit(criterion=criterion, evidence=EXPECTED_EVIDENCE)
    return hit


_EXPECTED_HITS: dict[str, Hit] = {c.id: Hit(criterion=c.id, evidence=EXPECTED_EVIDENCE) for c in CRITERIA}


def _usd(refund: Money, config: PolicyConfig) -> float:
    rate = config.currency_usd_rates.get((refund.currency or "USD").upper())
    return (refund.amount or 0.0) * rate if rate is not None else 0.0


def attribute(result: CaseResult, ticket: Ticket | None, policy: Policy,
              inputs: PolicyInputs | None = None) -> None:
    """Fill ``result.oracle`` and ``result.blame`` (``inputs``: the ticket's, when already worked out)."""
    case = result.case
    if result.error is not None:
        result.blame = "error"
        return
    if not case.has_expectations or ticket is None:
        result.blame = "ok" if result.correct else "unattributed"
        return
    labelled = case.expected.criteria
    if (result.correct and not case.expected.signals and labelled is not None
            and set(result.verdict.rules).difference(FIRST_LINE_RULE_IDS) == set(labelled)):
        # The oracle would fire exactly what fired, on the same facts: it is as right as the product.
        result.oracle = result.verdict
        result.oracle_ok = True
        result.blame = "ok"
        return
    extracted = result.extraction.signals if result.extraction else None
    inputs = inputs or PolicyInputs.of(ticket)
    signals = oracle_signals(case, extracted, ticket, policy.config, inputs.customer)
    try:
        result.oracle = decide_verdict(policy, signals, inputs)
    except Exception as exc:  # attribution is a diagnosis: it must never sink the run
        result.notes.append(f"oracle failed: {type(exc).__name__}: {exc}")
        result.blame = "unattributed"
        return
    oracle_ok = result.oracle_ok = result.oracle.correct(case)
    if result.correct:
        result.blame = "ok" if oracle_ok else "labels"
    else:
        result.blame = "extractor" if oracle_ok else "policy"
