"""What an extractor found in one ticket: typed signals, each backed by the ticket's own words.

Extractors (offline detectors or an LLM) produce these; the policy consumes them. Signals carry
*facts* (an amount, a duration, a stated plan), never decisions: thresholds and routing are the
policy's business, so a threshold change never needs a new extraction.
"""

from __future__ import annotations

from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

Plan = Literal["basic", "pro", "enterprise"]
Topic = Literal["technical", "billing", "product"]
OutageScope = Literal["platform", "organisation", "multiple_users", "single_user"]
T = TypeVar("T")


class Hit(BaseModel):
    """One criterion of the catalog found in the ticket, with the words that show it."""

    model_config = ConfigDict(frozen=True)

    criterion: str = Field(description="criterion id from the catalog, e.g. SEC1")
    evidence: str = Field(description="the ticket's own words that show the criterion")


class StatedFact(BaseModel, Generic[T]):
    """A fact the ticket states about itself, with the words that state it."""

    model_config = ConfigDict(frozen=True)

    value: T
    evidence: str


class Money(BaseModel):
    model_config = ConfigDict(frozen=True)

    amount: float | None = Field(default=None, description="None when the ticket names no amount")
    currency: str | None = Field(default=None, description="ISO 4217 code, e.g. USD, EUR")
    evidence: str


class Signals(BaseModel):
    """Everything the policy needs to know about the ticket's text."""

    model_config = ConfigDict(frozen=True)

    hits: tuple[Hit, ...] = ()
    topic: Topic = "technical"
    # Facts the text states about the customer (the policy prefers metadata).
    plan: StatedFact[Plan] | None = None
    annual_contract_value_usd: StatedFact[float] | None = None
    fortune_500: StatedFact[bool] | None = None
    # Facts the policy compares against configured thresholds.
    refund: Money | None = None
    unresolved_hours: StatedFact[float] | None = None
    failed_attempts: StatedFact[int] | None = None
    # Refinements that change the owner or the review flags, not the tier.
    data_exposed: StatedFact[bool] | None = None
    outage_scope: StatedFact[OutageScope] | None = None
    support_request: bool = True
    vague: bool = False
    injection: StatedFact[bool] | None = None
    language: str | None = None

    def hit_ids(self) -> set[str]:
        return {h.criterion for h in self.hits}
