"""The decision record: one per input ticket (contract: "Decisions out")."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

from .policy import Outcome, Procedure, Reason, Signals, Tier


class Usage(BaseModel):
    """Tokens an LLM extraction used, summed over every attempt."""

    input_tokens: int = 0
    output_tokens: int = 0
    cached_tokens: int = 0
    requests: int = 0
    model: str | None = None
    cost_usd: float | None = None

    def add(self, other: Usage) -> Usage:
        return Usage(input_tokens=self.input_tokens + other.input_tokens,
                     output_tokens=self.output_tokens + other.output_tokens,
                     cached_tokens=self.cached_tokens + other.cached_tokens,
                     requests=self.requests + other.requests,
                     model=self.model or other.model,
                     cost_usd=None if self.cost_usd is None and other.cost_usd is None
                     else (self.cost_usd or 0.0) + (other.cost_usd or 0.0))


class Decision(BaseModel):
    """What the product says about one ticket. ``model_dump(mode="json")`` is the contract's line."""

    ticket_id: str | None
    tier: Tier | None = None
    owner: str | None = None
    level: int | None = None
    categories: list[str] = Field(default_factory=list)
    procedures: list[str] = Field(default_factory=list)
    notify: list[str] = Field(default_factory=list)
    escalate_by: datetime | None = None
    respond_by: datetime | None = None
    resolve_by: datetime | None = None
    reasons: list[Reason] = Field(default_factory=list)
    signals: Signals | None = None
    needs_human_review: bool = False
    review_reasons: list[str] = Field(default_factory=list)
    extractor: str | None = None
    policy_version: str | None = None
    prompt_version: str | None = None
    error: str | None = None
    # Beyond the contract's keys: the checklists to follow and what lower tiers would add.
    procedure_steps: list[Procedure] = Field(default_factory=list)
    secondary_procedures: list[str] = Field(default_factory=list)
    secondary_notify: list[str] = Field(default_factory=list)
    usage: Usage | None = None
    source: str | None = None

    @classmethod
    def from_outcome(cls, outcome: Outcome, **fields: object) -> Decision:
        """Wrap the policy's (already validated) outcome; ``fields`` must be of the declared types."""
        return cls.model_construct(**{**outcome.__dict__, **fields})

    @classmethod
    def failed(cls, ticket_id: str | None, error: str, **fields: object) -> Decision:
        return cls.model_validate({"ticket_id": ticket_id, "error": error, "needs_human_review": True,
                                   "review_reasons": [f"REV-ERROR: {error}"], **fields})
