"""The shortcuts that make a 10,000-case policy review fast must not change a single result.

Each test pins one shortcut to the slow, obvious computation it replaces: the saved-run reader,
the dataset line parser, the ticket hash, the per-ticket policy inputs and the oracle's assumed facts.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from triage import Triager
from triage.evals.attribution import oracle_signals
from triage.evals.cases import DatasetError, load_dataset, parse_case
from triage.evals.harness import evaluate, prepare, ticket_hash
from triage.evals.results import PolicyInputs, policy_verdict
from triage.evals.runs import _RUN_FILE, load_run, save_run
from triage.extractors import Extraction
from triage.policy import Customer, Hit, Signals
from triage.tickets import Ticket


class Fixed:
    """An extractor that reports one refund hit for every ticket: enough to fill a saved run."""

    name = "fixed"
    prompt_version: str | None = None

    def extract(self, ticket: Ticket) -> Extraction:
        return Extraction(signals=Signals(hits=(Hit(criterion="SAT2", evidence=ticket.body[:20]),),
                                          topic="billing"), extractor=self.name)


def _dataset(tmp_path: Path, n: int = 4) -> Path:
    path = tmp_path / "cases.jsonl"
    lines = [json.dumps({"id": f"C-{i}", "ticket": {"body": f"ticket {i}: let me talk to a manager"},
                         "expected": {"tier": "standard", "owner": "support_manager", "criteria": ["SAT2"]}})
             for i in range(n)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _saved(tmp_path: Path, dataset: Path) -> tuple[Path, dict[str, Any]]:
    evaluation = evaluate(load_dataset([dataset]).cases, Triager(Fixed()))
    path = tmp_path / "run.json"
    save_run(path, evaluation.results, extractor=evaluation.extractor, policy_version=evaluation.policy_version,
             datasets=[str(dataset)], summary={})
    return path, json.loads(path.read_text(encoding="utf-8"))


def test_ticket_hash_is_the_documented_canonical_digest() -> None:
    ticket = {"id": "A-1", "subject": "Zahlung – doppelt", "body": 'Bitte €1.250,50 erstatten "sofort"\n',
              "customer": {"plan": "pro", "annual_contract_value_usd": 12000.5, "name": None},
              "tags": [1, 2.0, True, None]}
    # Sorted keys, no spaces, UTF-8, the id left out: saved runs written by earlier versions match.
    canonical = json.dumps({k: v for k, v in ticket.items() if k != "id"}, sort_keys=True, ensure_ascii=False,
                           separators=(",", ":"))
    assert ticket_hash(ticket) == hashlib.blake2b(canonical.encode(), digest_size=10).hexdigest()
    assert ticket_hash(ticket) == "99543b165b913c6134d9"  # as the previous implementation computed it
    assert ticket_hash({**ticket, "id": "renamed"}) == ticket_hash(ticket)
    assert "id" in ticket  # the caller's dict is left alone
    assert ticket_hash("just a body") == "016fbc82a972502da274"
    assert ticket_hash({"body": "x", "when": dt.datetime(2026, 1, 2, 3, 4, 5)}) == "088074321aa33f910997"


def test_a_saved_run_is_read_whole_and_each_extraction_validated(tmp_path: Path) -> None:
    dataset = _dataset(tmp_path)
    path, data = _saved(tmp_path, dataset)
    fast = load_run(path)
    assert all(c.parsed is not None and c.extraction_json is None for c in fast.cases.values())
    # One unusable extraction costs that case its signals, not the run (the others stay parsed).
    data["cases"][1]["extraction"]["signals"]["topic"] = 42
    path.write_text(json.dumps(data), encoding="utf-8")
    partly = load_run(path)
    assert partly.cases["C-1"].extraction() is None
    assert all(partly.cases[f"C-{i}"].extraction() == fast.cases[f"C-{i}"].extraction() for i in (0, 2, 3))
    assert [c.verdict for c in partly.cases.values()] == [c.verdict for c in fast.cases.values()]
    evaluation = evaluate(load_dataset([dataset]).cases, Triager(Fixed()), baseline=partly)
    assert [r.reused for r in evaluation.results] == [True, False, True, True]


@pytest.mark.parametrize("edit", ["surrogate", "extra decision key", "rules as text"])
def test_runs_the_fast_reader_refuses_are_read_the_plain_way(tmp_path: Path, edit: str) -> None:
    path, data = _saved(tmp_path, _dataset(tmp_path))
    reference = load_run(path)
    record = data["cases"][2]
    if edit == "surrogate":  # json accepts a lone surrogate, pydantic-core's parser does not
        record["note"] = "\ud800"
        text = json.dumps(data)
        with pytest.raises(ValueError):
            _RUN_FILE.validate_json(text)
    elif edit == "extra decision key":
        record["decision"]["reviewer"] = {"name": "x"}
        text = json.dumps(data)
    else:
        record["decision"]["rules"] = "SAT2"  # the plain reader turns any iterable into a tuple
        text = json.dumps(data)
    path.write_text(text, encoding="utf-8")
    loaded = load_run(path)
    assert list(loaded.cases) == list(reference.cases)
    for case_id, saved in loaded.cases.items():
        assert saved.extraction() == reference.cases[case_id].extraction()
        if not (edit == "rules as text" and case_id == "C-2"):
            assert saved.verdict == reference.cases[case_id].verdict
    if edit == "rules as text":
        assert loaded.cases["C-2"].verdict.rules == ("S", "A", "T", "2")


def test_dataset_lines_the_fast_parser_refuses_are_read_by_json() -> None:
    warnings: list[str] = []
    line = '{"id": 7, "ticket": {"body": "odd \\ud800 text"}, "expected": {"tier": "none"}, "tags": ["x"]}'
    case = parse_case(line, "f.jsonl:1", warnings)
    assert case.id == "7" and case.ticket == json.loads(line)["ticket"] and case.tags == ("x",)
    with pytest.raises(DatasetError, match=r"f.jsonl:2: not valid JSON: Expecting ',' delimiter \(column 12\)"):
        parse_case('{"id": "a" "ticket": {}}', "f.jsonl:2", warnings)
    with pytest.raises(DatasetError, match="not valid JSON: Extra data"):
        parse_case('{"id": "a"} {}', "f.jsonl:3", warnings)


def test_dataset_values_read_exactly_as_json_reads_them(tmp_path: Path) -> None:
    values = [0.1, 1e400, -0.0, 5e-324, 2**70, 1.7976931348623157e308, "é\n\t\"", None, True]
    line = json.dumps({"id": "v", "ticket": {"body": "b", "values": values}, "expected": {"tier": "none"}})
    case = parse_case(line, "f.jsonl:1", [])
    assert repr(case.ticket) == repr(json.loads(line)["ticket"])
    assert ticket_hash(case.ticket) == ticket_hash(json.loads(line)["ticket"])


@pytest.mark.parametrize("customer", [None, {"plan": "Enterprise "}, {"plan": "gold", "name": "Acme"},
                                      {"annual_contract_value_usd": 90000, "fortune_500": True}])
def test_policy_inputs_match_the_tickets_own_view(customer: dict[str, Any] | None) -> None:
    raw: dict[str, Any] = {"body": "hello", "received_at": "2026-11-26T09:30:00Z"}
    if customer is not None:
        raw["customer"] = customer
    ticket = prepare(raw)
    assert isinstance(ticket, Ticket)
    expected_customer, notes = ticket.policy_customer()
    inputs = PolicyInputs.of(ticket)
    assert inputs.customer == expected_customer and inputs.flagged == bool(notes)
    assert inputs.history == ticket.history and inputs.received_at == ticket.received_at
    twin = prepare(dict(raw))
    assert isinstance(twin, Ticket)
    assert PolicyInputs.of(twin) == inputs  # a remembered customer is the same customer


def test_the_verdict_on_saved_signals_is_what_the_triager_decides() -> None:
    triager = Triager(Fixed())
    for raw in ({"body": "refund please", "customer": {"plan": "gold"}},
                {"body": "x" * 10, "received_at": "2026-11-26T09:30:00", "customer": {"plan": "pro"}}):
        ticket = prepare(raw)
        assert isinstance(ticket, Ticket)
        extraction = Fixed().extract(ticket)
        decision = triager.decide(ticket, extraction)
        verdict = policy_verdict(triager.policy, ticket, extraction, PolicyInputs.of(ticket))
        assert (verdict.tier, verdict.owner, verdict.needs_review) == (decision.tier, decision.owner,
                                                                       decision.needs_human_review)
        assert verdict.rules == tuple(r.rule for r in decision.reasons)


def test_assumed_facts_follow_the_policy_thresholds(tmp_path: Path) -> None:
    dataset = tmp_path / "refund.jsonl"
    dataset.write_text(json.dumps({"id": "R", "ticket": {"body": "refund"},
                                   "expected": {"tier": "priority", "criteria": ["FIN3", "TEC2", "HVA1"]}}) + "\n",
                       encoding="utf-8")
    case = load_dataset([dataset]).cases[0]
    ticket = prepare(case.ticket)
    assert isinstance(ticket, Ticket)
    shipped = Triager(Fixed()).policy.config
    lowered = shipped.model_copy(update={"thresholds": shipped.thresholds.model_copy(
        update={"refund_usd": 500, "failed_attempts": 4, "major_account_acv_usd": 70000})})
    for config, refund, attempts, acv in ((shipped, 1001, 2, 50001), (lowered, 501, 4, 70001),
                                          (shipped, 1001, 2, 50001)):
        signals = oracle_signals(case, None, ticket, config, Customer())
        assert signals.refund is not None and signals.refund.amount == refund
        assert signals.failed_attempts is not None and signals.failed_attempts.value == attempts
        assert signals.annual_contract_value_usd is not None and signals.annual_contract_value_usd.value == acv
        assert [h.criterion for h in signals.hits] == ["FIN3", "HVA1", "TEC2"]
        assert signals == oracle_signals(case, None, ticket, config)  # the customer worked out here
