"""The Python API: Triager().triage / triage_many / stream, with a function-backed extractor.

Like pydantic-ai's FunctionModel, `FunctionExtractor` lets a test decide what the extractor
returns, so these tests exercise the Triager's own duties: ordering, concurrency, error records.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from triage import Decision, LoadFailure, Ticket, Triager
from triage.extractors import Extraction
from triage.policy import Hit, Signals


class FunctionExtractor:
    """An extractor whose answer is a plain function of the ticket; optionally async and slow."""

    name = "function"
    prompt_version: str | None = "test-prompt"

    def __init__(self, fn: Callable[[Ticket], Signals], delay: float = 0.0) -> None:
        self.fn = fn
        self.delay = delay
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()

    def extract(self, ticket: Ticket) -> Extraction:
        return Extraction(signals=self.fn(ticket), extractor=self.name, prompt_version=self.prompt_version)

    async def aextract(self, ticket: Ticket) -> Extraction:
        with self._lock:
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            # Later tickets finish first, so ordering is really tested.
            await asyncio.sleep(self.delay * (1.5 if ticket.body.endswith("0") else 1.0))
            return self.extract(ticket)
        finally:
            with self._lock:
                self.in_flight -= 1


def outage_when_told(ticket: Ticket) -> Signals:
    if "down" in ticket.body:
        return Signals(hits=(Hit(criterion="OUT1", evidence="down"),))
    return Signals(topic="product")


def test_triage_accepts_text_dict_and_ticket() -> None:
    triager = Triager(FunctionExtractor(outage_when_told))
    from_text = triager.triage("everything is down")
    from_dict = triager.triage({"id": "X-1", "body": "a question about plans"})
    from_ticket = triager.triage(Ticket(id="X-2", body="down again"))
    assert isinstance(from_text, Decision)
    assert (from_text.tier, from_text.owner) == ("immediate", "engineering_manager")
    assert from_text.ticket_id and from_text.ticket_id.startswith("T-")
    assert (from_dict.ticket_id, from_dict.tier, from_dict.owner) == ("X-1", "none", "product_info_agent")
    assert from_ticket.ticket_id == "X-2" and from_ticket.prompt_version == "test-prompt"


def test_model_dump_has_the_contract_keys() -> None:
    record = Triager(FunctionExtractor(outage_when_told)).triage(
        {"id": "K", "body": "site down", "received_at": "2026-11-26T09:30:00Z"}).model_dump(mode="json")
    for key in ("ticket_id", "tier", "owner", "level", "categories", "procedures", "notify", "escalate_by",
                "respond_by", "resolve_by", "reasons", "signals", "needs_human_review", "review_reasons",
                "extractor", "policy_version", "prompt_version", "error"):
        assert key in record
    assert record["escalate_by"] == "2026-11-26T09:45:00Z"
    assert record["reasons"][0]["rule"] == "OUT1" and record["reasons"][0]["evidence"] == "down"


def test_bad_tickets_become_error_records_and_the_rest_go_on() -> None:
    items: list[object] = [{"id": "A", "body": "down"}, {"id": "B"}, {"id": "C", "body": "  "}, 42,
                           LoadFailure(ticket_id="D", error="file is binary"), {"id": "E", "body": "hello"}]
    decisions = Triager(FunctionExtractor(outage_when_told)).triage_many(items)  # type: ignore[arg-type]
    assert [d.ticket_id for d in decisions] == ["A", "B", "C", None, "D", "E"]
    assert [d.error is None for d in decisions] == [True, False, False, False, False, True]
    assert "body" in (decisions[1].error or "") and "empty" in (decisions[2].error or "")
    assert all(d.tier is None for d in decisions if d.error)


def test_a_crashing_extractor_costs_one_ticket_not_the_run() -> None:
    def explode_on_b(ticket: Ticket) -> Signals:
        if ticket.id == "B":
            raise RuntimeError("boom")
        return Signals()

    decisions = Triager(FunctionExtractor(explode_on_b), concurrency=1).triage_many(
        [{"id": i, "body": "x"} for i in "ABC"])
    assert [d.error is not None for d in decisions] == [False, True, False]
    assert "boom" in (decisions[1].error or "")


def test_concurrent_stream_keeps_order_and_bounds_in_flight() -> None:
    extractor = FunctionExtractor(outage_when_told, delay=0.05)
    triager = Triager(extractor, concurrency=8)
    tickets = [{"id": str(i), "body": f"ticket {i}"} for i in range(40)]
    start = time.perf_counter()
    decisions = triager.triage_many(tickets)
    elapsed = time.perf_counter() - start
    assert [d.ticket_id for d in decisions] == [str(i) for i in range(40)]
    assert extractor.max_in_flight <= 8
    sequential = 40 * 0.05
    assert elapsed < sequential / 2  # concurrency really happened


def test_stream_yields_before_the_input_is_exhausted() -> None:
    triager = Triager(FunctionExtractor(outage_when_told, delay=0.001), concurrency=4)
    consumed = 0

    def endless() -> object:
        nonlocal consumed
        while True:
            consumed += 1
            yield {"body": f"t{consumed}"}

    stream = triager.stream(endless())  # type: ignore[arg-type]
    first = next(stream)
    assert first.error is None
    stream.close()  # type: ignore[attr-defined]
    assert consumed < 1000


def test_missing_received_at_uses_processing_time() -> None:
    before = datetime.now(UTC)
    decision = Triager(FunctionExtractor(outage_when_told)).triage("down")
    assert decision.escalate_by is not None and decision.escalate_by >= before


@pytest.mark.parametrize("plan, flagged", [("Enterprise", False), ("platinum", True)])
def test_plan_metadata_is_normalised_or_flagged(plan: str, flagged: bool) -> None:
    decision = Triager(FunctionExtractor(outage_when_told)).triage(
        {"body": "question", "customer": {"plan": plan}})
    assert any("REV-UNKNOWN-PLAN" in r for r in decision.review_reasons) is flagged
    assert decision.tier == ("none" if flagged else "priority")
