"""The policy's inputs besides signals (customer and history facts) and its output (an Outcome)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from .catalog import Tier
from .signals import Plan


class Customer(BaseModel):
    """What the ticket's metadata says about the customer account. None means "not known"."""

    model_config = ConfigDict(extra="ignore")

    name: str | None = None
    plan: Plan | None = None
    annual_contract_value_usd: float | None = None
    fortune_500: bool | None = None


class History(BaseModel):
    """What the helpdesk knows about earlier contacts on this problem."""

    model_config = ConfigDict(extra="ignore")

    previous_contacts: int | None = None
    first_contact_at: datetime | None = None
    failed_resolution_attempts: int | None = None


@dataclass(frozen=True, slots=True)
class Reason:
    """One rule that fired: which, where the policy says so, and on which words.

    A plain dataclass, not a pydantic model: the engine builds several per decision and pydantic
    still validates and serialises it wherever it appears inside a model.
    """

    rule: str
    section: str
    evidence: str
    tier: Tier
    owner: str
    description: str


class Procedure(BaseModel):
    """A procedure of the policy's "Escalation Procedures" with its two checklists."""

    id: str
    name: str
    immediate: list[str] = Field(default_factory=list)
    follow_up: list[str] = Field(default_factory=list)


@dataclass
class Outcome:
    """The policy's decision for one ticket (a dataclass for speed, like Reason)."""

    tier: Tier
    owner: str
    level: int
    categories: list[str]
    procedures: list[str]
    notify: list[str]
    escalate_by: datetime | None
    respond_by: datetime | None
    resolve_by: datetime | None
    reasons: list[Reason]
    needs_human_review: bool
    review_reasons: list[str]
    policy_version: str
    procedure_steps: list[Procedure] = field(default_factory=list)
    secondary_procedures: list[str] = field(default_factory=list)
    secondary_notify: list[str] = field(default_factory=list)
