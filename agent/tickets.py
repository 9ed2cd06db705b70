"""The ticket as it comes in (contract: "Tickets in") and its normalisation for the policy."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .errors import TicketError
from .policy import Customer, History

#: Bodies longer than this many characters are cut (the ticket is still decided, and flagged).
MAX_BODY_CHARS = 100_000
_PLANS = {"basic", "pro", "enterprise"}
_INTERNAL_FIELDS = ("source", "load_notes")


class TicketCustomer(BaseModel):
    """The metadata's customer facts, as given. The plan is normalised by ``Ticket.policy_customer``."""

    model_config = ConfigDict(extra="allow")

    name: str | None = None
    plan: str | None = None
    annual_contract_value_usd: float | None = None
    fortune_500: bool | None = None


class Ticket(BaseModel):
    """One support ticket. Only ``body`` is required; unknown keys are kept and ignored."""

    model_config = ConfigDict(extra="allow", populate_by_name=True)

    id: str | None = None
    subject: str | None = None
    body: str
    from_: str | None = Field(default=None, alias="from")
    received_at: datetime | None = None
    customer: TicketCustomer | None = None
    history: History | None = None
    #: Where the ticket came from (file path, line number); not part of the ticket's content.
    source: str | None = Field(default=None, exclude=True)
    #: Problems found while loading that still leave the ticket usable (e.g. a truncated body).
    load_notes: list[str] = Field(default_factory=list, exclude=True)

    @field_validator("id", mode="before")
    @classmethod
    def _id_as_text(cls, value: Any) -> Any:
        return str(value) if isinstance(value, int | float) else value

    @field_validator("received_at")
    @classmethod
    def _aware(cls, value: datetime | None) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value

    @property
    def text(self) -> str:
        """Subject and body as one text, the way detectors and prompts see it."""
        return f"{self.subject}\n\n{self.body}" if self.subject else self.body

    def policy_customer(self) -> tuple[Customer, list[str]]:
        """Customer facts for the policy, and review notes for metadata the policy cannot use."""
        if self.customer is None:
            return Customer(), []
        notes: list[str] = []
        plan = (self.customer.plan or "").strip().lower() or None
        if plan is not None and plan not in _PLANS:
            notes.append(f"REV-UNKNOWN-PLAN: customer.plan {self.customer.plan!r} is not basic, pro or "
                         "enterprise; treated as unknown")
            plan = None
        return Customer(name=self.customer.name, plan=plan,
                        annual_contract_value_usd=self.customer.annual_contract_value_usd,
                        fortune_500=self.customer.fortune_500), notes


def ticket_from_obj(obj: Any, *, default_id: str | None = None, source: str | None = None,
                    notes: list[str] | None = None) -> Ticket:
    """Validate one ticket object (a dict, a str body or a Ticket); raise TicketError with a clear message.

    ``source`` and ``notes`` (load problems that leave the ticket usable) come from the loader,
    never from the ticket's own keys.
    """
    if isinstance(obj, Ticket):
        ticket = obj
    elif isinstance(obj, str):
        ticket = Ticket(body=obj)
    elif isinstance(obj, dict):
        if "body" not in obj:
            raise TicketError("ticket has no 'body' field")
        if not isinstance(obj.get("body"), str):
            raise TicketError(f"'body' must be a string, not {type(obj['body']).__name__}")
        obj = {k: v for k, v in obj.items() if k not in _INTERNAL_FIELDS}  # not settable from input
        # What the loader knows goes in with the rest: one validation, no copies afterwards.
        if default_id is not None and obj.get("id") is None:
            obj["id"] = default_id
        if source is not None:
            obj["source"] = source
        if notes:
            obj["load_notes"] = list(notes)
        try:
            ticket = Ticket.model_validate(obj)
        except ValidationError as exc:
            raise TicketError(_describe(exc)) from None
        return check_body(ticket)
    else:
        raise TicketError(f"a ticket must be a JSON object, not {_json_type(obj)}")
    if ticket.id is None and default_id is not None:
        ticket = ticket.model_copy(update={"id": default_id})
    if source is not None:
        ticket = ticket.model_copy(update={"source": source})
    if notes:
        ticket = ticket.model_copy(update={"load_notes": [*ticket.load_notes, *notes]})
    return check_body(ticket)


def check_body(ticket: Ticket) -> Ticket:
    if not ticket.body.strip():
        raise TicketError("ticket body is empty")
    if "\x00" in ticket.body:
        raise TicketError("ticket body contains NUL bytes: binary data, not text")
    if len(ticket.body) > MAX_BODY_CHARS:
        note = (f"REV-TRUNCATED: body of {len(ticket.body):,} characters cut to the first "
                f"{MAX_BODY_CHARS:,}")
        ticket = ticket.model_copy(update={"body": ticket.body[:MAX_BODY_CHARS],
                                           "load_notes": [*ticket.load_notes, note]})
    return ticket


def _describe(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors()[:3]:
        where = ".".join(str(p) for p in err["loc"]) or "ticket"
        parts.append(f"{where}: {err['msg']}")
    return "invalid ticket: " + "; ".join(parts)


def _json_type(obj: Any) -> str:
    names = {list: "an array", int: "a number", float: "a number", bool: "a boolean", type(None): "null"}
    return names.get(type(obj), type(obj).__name__)


class LoadFailure(BaseModel):
    """An input that could not become a ticket. It still yields one (error) record."""

    ticket_id: str | None
    error: str
    source: str | None = None


def content_id(text: str) -> str:
    """A stable id for a ticket that came without one."""
    import hashlib

    return "T-" + hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()[:10]
