"""The policy's configuration: every company-specific number, address and checklist.

Reading the TOML file is the caller's job (policy/ does no I/O); this module only validates it.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .catalog import GROUPS, Tier
from .models import Procedure
from .signals import Plan

Minutes = Annotated[int, Field(gt=0)]
_ESCALATED_TIERS = tuple(t.value for t in Tier if t is not Tier.NONE)
_PLANS: tuple[Plan, ...] = ("basic", "pro", "enterprise")


class Thresholds(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    refund_usd: float = Field(default=1000, gt=0)
    refund_review_margin: float = Field(default=0.10, ge=0, lt=1)
    major_account_acv_usd: float = Field(default=50000, gt=0)
    unresolved_hours: float = Field(default=24, gt=0)
    failed_attempts: int = Field(default=2, ge=1)


class SLA(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    escalate_minutes: dict[str, Minutes]
    respond_minutes: dict[str, Minutes]
    resolve_minutes: dict[str, Minutes]
    first_line_respond_minutes: dict[str, Minutes]

    @model_validator(mode="after")
    def _complete(self) -> SLA:
        """A missing entry would only show as a crash on the first ticket that needs it: fail at load."""
        required = {
            "escalate_minutes": (self.escalate_minutes, _ESCALATED_TIERS),
            "resolve_minutes": (self.resolve_minutes, _ESCALATED_TIERS),
            "respond_minutes": (self.respond_minutes, tuple(g.id for g in GROUPS)),
            "first_line_respond_minutes": (self.first_line_respond_minutes, _PLANS),
        }
        for name, (table, keys) in required.items():
            missing = [key for key in keys if key not in table]
            if missing:
                raise ValueError(f"sla.{name} lacks {', '.join(missing)}")
        return self


class PolicyConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    thresholds: Thresholds = Field(default_factory=Thresholds)
    sla: SLA
    currency_usd_rates: dict[str, Annotated[float, Field(gt=0)]]
    notify: dict[str, str]
    procedures: dict[str, Procedure]

    @field_validator("currency_usd_rates")
    @classmethod
    def _upper_codes(cls, rates: dict[str, float]) -> dict[str, float]:
        return {code.upper(): rate for code, rate in rates.items()}

    @field_validator("procedures", mode="before")
    @classmethod
    def _procedure_ids(cls, value: Any) -> Any:
        if isinstance(value, dict):
            return {key: {"id": key, **body} if isinstance(body, dict) else body
                    for key, body in value.items()}
        return value
