"""The policy's configuration: every company-specific number, address and checklist.

Reading the TOML file is the caller's job (policy/ does no I/O); this module only validates it.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .models import Procedure


class Thresholds(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    refund_usd: float = 1000
    refund_review_margin: float = 0.10
    major_account_acv_usd: float = 50000
    unresolved_hours: float = 24
    failed_attempts: int = 2


class SLA(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    escalate_minutes: dict[str, int]
    respond_minutes: dict[str, int]
    resolve_minutes: dict[str, int]
    first_line_respond_minutes: dict[str, int]


class PolicyConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    thresholds: Thresholds = Field(default_factory=Thresholds)
    sla: SLA
    currency_usd_rates: dict[str, float]
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
