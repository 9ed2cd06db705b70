"""The Python API: ``Triager().triage(ticket)`` and ``Triager().triage_many(tickets)``.

A Triager holds one extractor and one policy. Tickets stream through it: decisions come out in
input order as soon as they are ready, with a bounded number of extractions in flight, so memory
stays flat however large the inbox. Every input yields exactly one Decision, an error record
included; nothing a ticket does can stop the run.
"""

from __future__ import annotations

import asyncio
import contextlib
import queue
import threading
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

from .decision import Decision
from .errors import TicketError
from .extractors import Extraction, Extractor, aextract, build_extractor
from .policy import Policy, PolicyConfig
from .settings import load_policy_config
from .tickets import LoadFailure, Ticket, content_id, ticket_from_obj

TicketLike = Ticket | LoadFailure | dict[str, Any] | str
_DONE = object()


class Triager:
    """Extract signals, apply the policy, explain the decision."""

    def __init__(self, extractor: str | Extractor = "auto", *, policy_config: str | Path | PolicyConfig | None = None,
                 concurrency: int = 8, **extractor_options: Any) -> None:
        self.extractor: Extractor = (build_extractor(extractor, **extractor_options)
                                     if isinstance(extractor, str) else extractor)
        self.policy = Policy(load_policy_config(policy_config))
        self.concurrency = max(1, concurrency)

    # -- public API -----------------------------------------------------------------------------

    def triage(self, ticket: TicketLike) -> Decision:
        """Decide one ticket (a Ticket, a ticket dict, or just the body text)."""
        return next(iter(self.stream([ticket])))

    def triage_many(self, tickets: Iterable[TicketLike]) -> list[Decision]:
        """Decide many tickets, concurrently where the extractor allows; order is kept."""
        return list(self.stream(tickets))

    def stream(self, tickets: Iterable[TicketLike]) -> Iterator[Decision]:
        """Yield one Decision per input, in input order, as they complete."""
        if getattr(self.extractor, "aextract", None) is None or self.concurrency == 1:
            for item in tickets:
                yield self._decide_sync(item)
        else:
            yield from self._stream_concurrent(tickets)

    def decide(self, ticket: Ticket, extraction: Extraction) -> Decision:
        """Apply the policy to signals already extracted (the eval harness reuses saved signals)."""
        customer, notes = ticket.policy_customer()
        received_at = ticket.received_at or datetime.now(UTC)
        outcome = self.policy.decide(extraction.signals, customer, ticket.history, received_at)
        review = [*outcome.review_reasons, *ticket.load_notes, *notes, *extraction.review_reasons]
        return Decision.from_outcome(
            outcome, ticket_id=ticket.id, signals=extraction.signals, extractor=extraction.extractor,
            prompt_version=extraction.prompt_version, usage=extraction.usage, source=ticket.source,
            needs_human_review=bool(review), review_reasons=review)

    # -- internals ------------------------------------------------------------------------------

    def _prepare(self, item: TicketLike) -> Ticket | Decision:
        if isinstance(item, LoadFailure):
            return Decision.failed(item.ticket_id, item.error, source=item.source)
        try:
            ticket = ticket_from_obj(item)
        except TicketError as exc:
            ticket_id = item.get("id") if isinstance(item, dict) else None
            return Decision.failed(None if ticket_id is None else str(ticket_id), str(exc))
        if ticket.id is None:
            ticket = ticket.model_copy(update={"id": content_id(ticket.text)})
        return ticket

    def _decide_sync(self, item: TicketLike) -> Decision:
        ticket = self._prepare(item)
        if isinstance(ticket, Decision):
            return ticket
        try:
            return self.decide(ticket, self.extractor.extract(ticket))
        except Exception as exc:  # a bug must cost one ticket, never the run
            return _internal_error(ticket, exc, self.extractor.name)

    async def _decide_async(self, item: TicketLike, slots: asyncio.Semaphore) -> Decision:
        ticket = self._prepare(item)
        if isinstance(ticket, Decision):
            return ticket
        try:
            async with slots:
                extraction = await aextract(self.extractor, ticket)
            return self.decide(ticket, extraction)
        except Exception as exc:
            return _internal_error(ticket, exc, self.extractor.name)

    def _stream_concurrent(self, tickets: Iterable[TicketLike]) -> Iterator[Decision]:
        results: queue.Queue[object] = queue.Queue(maxsize=self.concurrency * 4)
        stop = threading.Event()

        def produce() -> None:
            try:
                asyncio.run(self._produce(tickets, results, stop))
            except BaseException as exc:  # surfaced in the consumer
                results.put(exc)
            finally:
                results.put(_DONE)

        worker = threading.Thread(target=produce, name="triage-producer", daemon=True)
        worker.start()
        try:
            while True:
                item = results.get()
                if item is _DONE:
                    break
                if isinstance(item, BaseException):
                    raise item
                assert isinstance(item, Decision)
                yield item
        finally:
            stop.set()
            while worker.is_alive():  # unblock a producer waiting on a full queue
                with contextlib.suppress(queue.Empty):
                    results.get(timeout=0.05)

    async def _produce(self, tickets: Iterable[TicketLike], results: queue.Queue[object],
                       stop: threading.Event) -> None:
        try:
            await self._produce_all(tickets, results, stop)
        finally:
            # Each stream runs in its own event loop: let the extractor close what belongs to this one
            # (the async HTTP client's connection pool) before the loop goes away.
            closer = getattr(self.extractor, "aclose", None)
            if closer is not None:
                await closer()

    async def _produce_all(self, tickets: Iterable[TicketLike], results: queue.Queue[object],
                           stop: threading.Event) -> None:
        """Start tickets as they are read, emit decisions in input order as soon as the head is done.

        Reading and emitting are separate tasks, so a decision never waits for the next ticket to be
        read (a slow stdin), and reading never waits for a slow ticket beyond the read-ahead window.
        """
        slots = asyncio.Semaphore(self.concurrency)
        ahead = asyncio.Semaphore(max(16, self.concurrency * 4))  # tickets started but not yet emitted
        started: asyncio.Queue[asyncio.Task[Decision] | None] = asyncio.Queue()  # in input order

        async def emit(decision: Decision) -> None:
            while not stop.is_set():  # never block the loop: requests in flight need it
                try:
                    results.put_nowait(decision)
                    return
                except queue.Full:
                    await asyncio.sleep(0.01)

        async def read() -> None:
            try:
                async for item in _pull(tickets):
                    if stop.is_set():
                        break
                    await ahead.acquire()
                    started.put_nowait(asyncio.create_task(self._decide_async(item, slots)))
            finally:
                started.put_nowait(None)

        reader = asyncio.create_task(read())
        try:
            while (task := await started.get()) is not None:
                ahead.release()
                if stop.is_set():
                    task.cancel()
                else:
                    await emit(await task)
        finally:
            reader.cancel()  # a no-op once it has finished
        await reader  # an error reading the input surfaces after every decision before it


async def _pull(tickets: Iterable[TicketLike]) -> AsyncIterator[TicketLike]:
    """The inputs, read off the event loop unless they are already in memory: a file or stdin that is
    slow to produce the next ticket must not stall the requests in flight."""
    if isinstance(tickets, (list, tuple)):
        for item in tickets:
            yield item
        return
    iterator: Iterator[object] = iter(tickets)
    while (item := await asyncio.to_thread(next, iterator, _DONE)) is not _DONE:
        yield cast(TicketLike, item)


def _internal_error(ticket: Ticket, exc: Exception, extractor: str) -> Decision:
    return Decision.failed(ticket.id, f"internal error while triaging: {type(exc).__name__}: {exc}",
                           extractor=extractor, source=ticket.source)
