"""What the harness records per case: the decision, the signals behind it, and what the labels say."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from ..decision import Decision
from ..extractors import Extraction
from ..policy import Policy, Tier
from ..tickets import Ticket
from .cases import FIRST_LINE_RULE_IDS, Case


@dataclass(frozen=True)
class Verdict:
    """The parts of a decision that scoring and diffs look at."""

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


def policy_verdict(policy: Policy, ticket: Ticket, extraction: Extraction) -> Verdict:
    """What ``Triager.decide`` decides, without building the full Decision record.

    Re-deciding saved signals is the hot path of a policy review; the Decision record (SLA times,
    procedures, notifications) costs about a third of the time and scoring needs none of it. The
    customer and received-at handling mirror ``Triager.decide``; a test keeps the two in step.
    """
    customer, notes = ticket.policy_customer()
    received_at = ticket.received_at or datetime.now(UTC)
    outcome = policy.decide(extraction.signals, customer, ticket.history, received_at)
    review = bool(outcome.review_reasons or ticket.load_notes or notes or extraction.review_reasons)
    return Verdict(tier=outcome.tier, owner=outcome.owner, rules=tuple(r.rule for r in outcome.reasons),
                   needs_review=review)


@dataclass
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
        self.tier_ok = self.verdict.tier_ok(self.case)
        self.owner_ok = self.verdict.owner_ok(self.case)
        self.correct = self.tier_ok and self.owner_ok is not False
        self.failed = self.verdict.error is not None or self.verdict.tier is None

    @property
    def error(self) -> str | None:
        return self.verdict.error
