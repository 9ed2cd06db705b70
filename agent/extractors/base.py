"""What every extractor promises: a ticket in, typed signals with evidence out."""

from __future__ import annotations

import asyncio
from typing import Protocol, runtime_checkable

from pydantic import BaseModel, Field

from ..decision import Usage
from ..policy import Signals
from ..tickets import Ticket


class Extraction(BaseModel):
    """Signals for one ticket plus what the extractor wants a human to know."""

    signals: Signals
    extractor: str
    prompt_version: str | None = None
    review_reasons: list[str] = Field(default_factory=list)
    usage: Usage | None = None
    cached: bool = False


@runtime_checkable
class Extractor(Protocol):
    """Sync extractors implement ``extract``; network-bound ones also ``aextract`` for concurrency."""

    name: str
    prompt_version: str | None

    def extract(self, ticket: Ticket) -> Extraction: ...


async def aextract(extractor: Extractor, ticket: Ticket) -> Extraction:
    """Run any extractor from async code: its own ``aextract`` if it has one, else in a thread."""
    native = getattr(extractor, "aextract", None)
    if native is not None:
        result: Extraction = await native(ticket)
        return result
    return await asyncio.to_thread(extractor.extract, ticket)
