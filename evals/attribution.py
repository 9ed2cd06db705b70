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

from ..extractors import Extraction
from ..policy import FIRST_LINE_RULES, Money, Policy, PolicyConfig, Signals
from ..tickets import Ticket
from .cases import EXPECTED_EVIDENCE, Case
from .results import CaseResult, policy_verdict

_TOPIC_OF_FIRST_LINE_OWNER = {owner: topic for topic, (_rule, owner, _text) in FIRST_LINE_RULES.items()}


def oracle_signals(case: Case, extracted: Signals | None, ticket: Ticket, config: PolicyConfig) -> Signals:
    """The signals the case's labels describe, filled in from the extraction where they are silent."""
    stated = dict(case.expected.signals or {})
    expected = set(case.expected.criteria or ())
    expected |= {h.criterion for h in stated.get("hits") or ()}
    customer, _notes = ticket.policy_customer()
    t = config.thresholds
    base = extracted or Signals()
    update: dict[str, Any] = {key: value for key, value in stated.items() if key != "hits"}
    update["hits"] = [{"criterion": c, "evidence": EXPECTED_EVIDENCE} for c in sorted(expected)]
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

    def fact(key: str, wanted: bool, already: bool, value: Any) -> None:
        """Make a threshold fact agree with whether its criterion is expected, unless the label states it."""
        if key in stated:
            return
        if wanted and not already:
            update[key] = {"value": value, "evidence": EXPECTED_EVIDENCE} if key != "refund" else value
        elif not wanted:
            update[key] = None

    refund = base.refund
    refund_ok = refund is not None and refund.amount is not None and _usd(refund, config) > t.refund_usd
    fact("refund", "FIN3" in expected, refund_ok,
         {"amount": t.refund_usd + 1, "currency": "USD", "evidence": EXPECTED_EVIDENCE})
    if "TEC1" in expected and "topic" not in stated:
        update["topic"] = "technical"
    hours = base.unresolved_hours
    fact("unresolved_hours", "TEC1" in expected, hours is not None and hours.value >= t.unresolved_hours,
         t.unresolved_hours)
    attempts = base.failed_attempts
    fact("failed_attempts", "TEC2" in expected, attempts is not None and attempts.value >= t.failed_attempts,
         t.failed_attempts)
    if customer.plan is None and "plan" not in stated:
        plan = "enterprise" if "ENT1" in expected else "pro" if "SAT5" in expected else None
        if plan is not None:
            update["plan"] = {"value": plan, "evidence": EXPECTED_EVIDENCE}
        elif base.plan is not None and base.plan.value == "enterprise":
            update["plan"] = None
    if customer.annual_contract_value_usd is None:
        acv = base.annual_contract_value_usd
        big = acv is not None and acv.value > t.major_account_acv_usd
        fact("annual_contract_value_usd", "HVA1" in expected, big, t.major_account_acv_usd + 1)
    if customer.fortune_500 is None:
        f500 = base.fortune_500
        fact("fortune_500", "HVA2" in expected, f500 is not None and f500.value, True)
    # Validate only the fields set here (already-typed label values pass through as they are).
    raw = {key: value for key, value in update.items() if not isinstance(value, BaseModel)}
    checked = Signals.model_validate(raw)
    return base.model_copy(update={key: value if isinstance(value, BaseModel) else getattr(checked, key)
                                   for key, value in update.items()})


def _usd(refund: Money, config: PolicyConfig) -> float:
    rate = config.currency_usd_rates.get((refund.currency or "USD").upper())
    return (refund.amount or 0.0) * rate if rate is not None else 0.0


def attribute(result: CaseResult, ticket: Ticket | None, policy: Policy) -> None:
    """Fill ``result.oracle`` and ``result.blame``."""
    case = result.case
    if result.error is not None:
        result.blame = "error"
        return
    if not case.has_expectations or ticket is None:
        result.blame = "ok" if result.correct else "unattributed"
        return
    fired = set(result.verdict.criteria)
    labelled = case.expected.criteria
    if result.correct and not case.expected.signals and labelled is not None and fired == set(labelled):
        # The oracle would fire exactly what fired, on the same facts: it is as right as the product.
        result.oracle = result.verdict
    else:
        extracted = result.extraction.signals if result.extraction else None
        signals = oracle_signals(case, extracted, ticket, policy.config)
        try:
            extraction = Extraction(signals=signals, extractor=EXPECTED_EVIDENCE)
            result.oracle = policy_verdict(policy, ticket, extraction)
        except Exception as exc:  # attribution is a diagnosis: it must never sink the run
            result.notes.append(f"oracle failed: {type(exc).__name__}: {exc}")
            result.blame = "unattributed"
            return
    oracle_ok = result.oracle_ok = result.oracle.correct(case)
    if result.correct:
        result.blame = "ok" if oracle_ok else "labels"
    else:
        result.blame = "extractor" if oracle_ok else "policy"
