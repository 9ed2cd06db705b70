"""What the harness records per case: the decision, the signals behind it, and what the labels say."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import NamedTuple

from ..decision import Decision
from ..extractors import Extraction
from ..policy import Customer, History, Policy, Signals, Tier
from ..tickets import Ticket
from .cases import FIRST_LINE_RULE_IDS, Case


class Verdict(NamedTuple):
    """The parts of a decision that scoring and diffs look at (immutable; cheap to build by the thousand)."""

    tier: Tier | None
    owner: str | None
    rules: tuple[str, ...] = ()
    error: str | None = None
    needs_review: bool = False

    @classmethod
    def of(cls, decision: Decision) -> Verdict:
        return cls(tier=decision.tier, owner=decision.owner, rules=tuple(r.rule for r in decision.reasons),
                   error=decision.error, needs_review=decision.needs_human_review)

    @property
    def criteria(self) -> tuple[str, ...]:
        """Escalation criteria that fired (first-line routing rules left out)."""
        return tuple(r for r in self.rules if r not in FIRST_LINE_RULE_IDS)

    def tier_ok(self, case: Case) -> bool:
        return self.error is None and self.tier == case.expected.tier

    def owner_ok(self, case: Case) -> bool | None:
        """None when the case does not label an owner."""
        if case.expected.owner is None:
            return None
        return self.error is None and self.owner == case.expected.owner

    def correct(self, case: Case) -> bool:
        """Tier right, and owner right where the case labels one."""
        return self.tier_ok(case) and self.owner_ok(case) is not False


class PolicyInputs(NamedTuple):
    """What the policy reads from a ticket besides its signals, worked out once per case.

    A case is decided on its saved signals and, for attribution, on its oracle signals: both
    decisions read the same customer, history and time, so they are derived once.
    """

    customer: Customer
    #: Review notes about the metadata, or about how the ticket was loaded (e.g. a cut body).
    flagged: bool
    history: History | None
    received_at: datetime

    @classmethod
    def of(cls, ticket: Ticket) -> PolicyInputs:
        customer, notes = _policy_customer(ticket)
        return cls(customer, bool(ticket.load_notes or notes), ticket.history,
                   ticket.received_at or datetime.now(UTC))


def _policy_customer(ticket: Ticket) -> tuple[Customer, list[str]]:
    """``ticket.policy_customer()``, remembered per distinct customer record.

    It is a pure function of the four fields below, and tickets of one account repeat them; the
    Customer it builds is only ever read (by the policy and attribution), so one serves them all.
    """
    given = ticket.customer
    if given is None:
        return _NO_CUSTOMER
    key = (given.name, given.plan, given.annual_contract_value_usd, given.fortune_500)
    known = _CUSTOMERS.get(key)
    if known is None:
        if len(_CUSTOMERS) >= 4096:
            _CUSTOMERS.clear()
        known = _CUSTOMERS[key] = ticket.policy_customer()
    return known


_NO_CUSTOMER: tuple[Customer, list[str]] = (Customer(), [])
_CUSTOMERS: dict[tuple[object, ...], tuple[Customer, list[str]]] = {}


def policy_verdict(policy: Policy, ticket: Ticket, extraction: Extraction,
                   inputs: PolicyInputs | None = None) -> Verdict:
    """What ``Triager.decide`` decides, without building the full Decision record.

    Re-deciding saved signals is the hot path of a policy review; the Decision record (SLA times,
    procedures, notifications) costs about a third of the time and scoring needs none of it. The
    customer and received-at handling mirror ``Triager.decide``; a test keeps the two in step.
    """
    return decide_verdict(policy, extraction.signals, inputs or PolicyInputs.of(ticket),
                          bool(extraction.review_reasons))


def decide_verdict(policy: Policy, signals: Signals, inputs: PolicyInputs, flagged: bool = False) -> Verdict:
    """The policy's verdict on ``signals``; ``flagged`` when the extractor asked for a human review."""
    tier, owner, rules, review = policy.verdict(signals, inputs.customer, inputs.history, inputs.received_at)
    return Verdict(tier, owner, rules, None, review or inputs.flagged or flagged)


@dataclass(slots=True)
class CaseResult:
    """One case's outcome. ``tier_ok``, ``owner_ok`` and ``correct`` are computed once, at creation."""

    case: Case
    verdict: Verdict
    extraction: Extraction | None = None
    ticket_hash: str | None = None
    #: True when the signals came from the baseline run instead of a new extraction.
    reused: bool = False
    #: The policy's verdict on the signals the labels describe (None when the case states none).
    oracle: Verdict | None = None
    #: Whether the oracle's verdict is right (None when there is no oracle).
    oracle_ok: bool | None = None
    #: "ok", "extractor", "policy", "labels", "unattributed" or "error" (see attribution.py).
    blame: str = "unattributed"
    notes: list[str] = field(default_factory=list)
    tier_ok: bool = field(init=False)
    owner_ok: bool | None = field(init=False)
    correct: bool = field(init=False)
    #: True when the case could not be decided (an error record, no tier).
    failed: bool = field(init=False)

    def __post_init__(self) -> None:
        # Verdict.tier_ok / owner_ok, inlined: this runs once per case.
        verdict, expected = self.verdict, self.case.expected
        ok = verdict.error is None
        self.tier_ok = ok and verdict.tier == expected.tier
        self.owner_ok = None if expected.owner is None else ok and verdict.owner == expected.owner
        self.correct = self.tier_ok and self.owner_ok is not False
        self.failed = not ok or verdict.tier is None

    @property
    def error(self) -> str | None:
        return self.verdict.error
