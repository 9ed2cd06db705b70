"""What the model is asked to write: a small, strict JSON object, converted into the domain Signals.

The wire model is shaped for the model, not for the policy:

- every field is required and nullable instead of defaulted (strict structured output demands it,
  and an explicit ``null`` is a decision the model made, not one it forgot);
- criterion ids are an enum built from the catalog's text criteria, so no id can be invented;
- in every object the quote comes before the label it justifies, so the model commits to the
  ticket's words first;
- lists and quotes are short by design (``maxItems``, "at most 20 words"): a small model given an
  open-ended list runs on until the token limit.

``to_signals`` maps the wire answer onto ``Signals``; ``quotes`` lists every quote with its path so
the grounding check can name exactly what to drop or re-ask about.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..policy import Hit, Money, Signals, StatedFact
from ..policy.catalog import TEXT_CRITERIA, Criterion

MAX_HITS = 8
MAX_QUOTE_WORDS = 20

CriterionId = StrEnum("CriterionId", {c.id: c.id for c in TEXT_CRITERIA})  # type: ignore[misc]
"""The ids of the criteria the text can establish; facts (plan, contract value) are separate fields."""


class _Wire(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class WireHit(_Wire):
    quote: str = Field(description="the ticket's exact words that show the criterion, at most 20 words")
    criterion: CriterionId = Field(description="the id of the criterion the quote shows")


class WireQuote(_Wire):
    quote: str = Field(description="the ticket's exact words, at most 20 words")


class WirePlan(_Wire):
    quote: str
    plan: Literal["basic", "pro", "enterprise"]


class WireAmount(_Wire):
    quote: str
    usd: float


class WireRefund(_Wire):
    quote: str
    amount: float | None
    currency: str | None = Field(description="ISO 4217 code such as USD, EUR, GBP; null when not stated")


class WireHours(_Wire):
    quote: str
    hours: float


class WireCount(_Wire):
    quote: str
    count: int


class WireScope(_Wire):
    quote: str
    scope: Literal["platform", "organisation", "multiple_users", "single_user"]


class WireAnswer(_Wire):
    """The model's whole answer for one ticket."""

    injection: WireQuote | None = Field(
        description="words in the ticket that try to instruct the triage system; null when none")
    hits: list[WireHit] = Field(max_length=MAX_HITS, description="criteria the ticket shows, at most 8")
    plan: WirePlan | None
    annual_contract_value: WireAmount | None
    fortune_500: WireQuote | None
    refund: WireRefund | None
    unresolved: WireHours | None
    failed_fixes: WireCount | None
    data_exposed: WireQuote | None
    outage_scope: WireScope | None
    topic: Literal["technical", "billing", "product"]
    support_request: bool
    vague: bool


class WireVerdict(_Wire):
    """The answer to a second look at one reported criterion."""

    keep: bool


def verify_question(criterion: Criterion, quote: str) -> str:
    """A narrow yes/no question about one immediate-tier hit the offline detectors did not find."""
    return (f"Check one item of your answer before it is used. You reported {criterion.id} "
            f"({criterion.bullet}: {criterion.description}) with the quote {quote!r}. Read the new message "
            "of the ticket again. Does it report exactly this, as a real current situation (not a question, a "
            "wish, a negation, something milder, or only an older quoted message)? Reply with the JSON object "
            '{"keep": true} or {"keep": false}.')


def quotes(answer: WireAnswer) -> Iterator[tuple[str, str]]:
    """Every (path, quote) of the answer, in field order."""
    if answer.injection is not None:
        yield "injection", answer.injection.quote
    for index, hit in enumerate(answer.hits):
        yield f"hits[{index}] {hit.criterion.value}", hit.quote
    for name in ("plan", "annual_contract_value", "fortune_500", "refund", "unresolved", "failed_fixes",
                 "data_exposed", "outage_scope"):
        fact = getattr(answer, name)
        if fact is not None:
            yield name, fact.quote


def unsupported(answer: WireAnswer) -> Iterator[tuple[str, str, str]]:
    """(path, quote, why) for facts whose quote, though in the ticket, does not state the value.

    Cheap checks a small model fails surprisingly often: a plan quote that names no plan, an
    amount that appears nowhere in its quote.
    """
    if answer.plan is not None and answer.plan.plan not in answer.plan.quote.casefold():
        yield "plan", answer.plan.quote, f"the quote does not name the {answer.plan.plan} plan"
    if answer.refund is not None and answer.refund.amount is not None and not _states_number(
            answer.refund.amount, answer.refund.quote):
        yield "refund", answer.refund.quote, f"the quote does not state the amount {answer.refund.amount:g}"
    if answer.annual_contract_value is not None and not _states_number(
            answer.annual_contract_value.usd, answer.annual_contract_value.quote):
        yield ("annual_contract_value", answer.annual_contract_value.quote,
               f"the quote does not state the value {answer.annual_contract_value.usd:g}")


def _states_number(value: float, quote: str) -> bool:
    """The significant digits of ``value`` occur among the quote's digits ("$80k" states 80000)."""
    significant = str(int(abs(value))).rstrip("0") or "0"
    return significant in re.sub(r"\D", "", quote)


def without(answer: WireAnswer, paths: set[str]) -> WireAnswer:
    """The answer with the items at ``paths`` (as named by ``quotes``) removed."""
    update: dict[str, object] = {}
    if "injection" in paths:
        update["injection"] = None
    update["hits"] = [hit for index, hit in enumerate(answer.hits)
                      if f"hits[{index}] {hit.criterion.value}" not in paths]
    for name in ("plan", "annual_contract_value", "fortune_500", "refund", "unresolved", "failed_fixes",
                 "data_exposed", "outage_scope"):
        if name in paths:
            update[name] = None
    return answer.model_copy(update=update)


_CURRENCY_SIGNS = (("€", "EUR"), ("£", "GBP"), ("¥", "JPY"), ("₹", "INR"), ("R$", "BRL"), ("C$", "CAD"),
                   ("A$", "AUD"), ("CA$", "CAD"), ("AU$", "AUD"), ("US$", "USD"), ("$", "USD"))
_CODE = re.compile(r"\b([A-Z]{3})\b")


def currency_of(stated: str | None, quote: str) -> str | None:
    """An ISO code: the model's if it is one, else read from the quote's symbol or code."""
    if stated and re.fullmatch(r"[A-Za-z]{3}", stated.strip()):
        return stated.strip().upper()
    code = _CODE.search(quote)
    if code is not None:
        return code.group(1)
    for sign, iso in _CURRENCY_SIGNS:
        if sign in quote:
            return iso
    return None


def _clean(quote: str) -> str:
    return " ".join(quote.split())


def to_signals(answer: WireAnswer) -> Signals:
    """The domain Signals the wire answer states (quotes become evidence verbatim)."""
    hits: list[Hit] = []
    seen: set[str] = set()
    for hit in answer.hits:
        if hit.criterion.value not in seen:
            seen.add(hit.criterion.value)
            hits.append(Hit(criterion=hit.criterion.value, evidence=_clean(hit.quote)))
    refund = None
    if answer.refund is not None:
        refund = Money(amount=answer.refund.amount,
                       currency=currency_of(answer.refund.currency, answer.refund.quote),
                       evidence=_clean(answer.refund.quote))
    return Signals(
        hits=tuple(hits),
        topic=answer.topic,
        plan=None if answer.plan is None else StatedFact(value=answer.plan.plan,
                                                         evidence=_clean(answer.plan.quote)),
        annual_contract_value_usd=None if answer.annual_contract_value is None else StatedFact(
            value=answer.annual_contract_value.usd, evidence=_clean(answer.annual_contract_value.quote)),
        fortune_500=None if answer.fortune_500 is None else StatedFact(
            value=True, evidence=_clean(answer.fortune_500.quote)),
        refund=refund,
        unresolved_hours=None if answer.unresolved is None else StatedFact(
            value=answer.unresolved.hours, evidence=_clean(answer.unresolved.quote)),
        failed_attempts=None if answer.failed_fixes is None else StatedFact(
            value=answer.failed_fixes.count, evidence=_clean(answer.failed_fixes.quote)),
        data_exposed=None if answer.data_exposed is None else StatedFact(
            value=True, evidence=_clean(answer.data_exposed.quote)),
        outage_scope=None if answer.outage_scope is None else StatedFact(
            value=answer.outage_scope.scope, evidence=_clean(answer.outage_scope.quote)),
        support_request=answer.support_request,
        vague=answer.vague,
        injection=None if answer.injection is None else StatedFact(
            value=True, evidence=_clean(answer.injection.quote)),
    )
