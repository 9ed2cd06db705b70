"""The eval harness: loading cases, deciding them, attribution, saved runs and stale detection.

A small keyword extractor stands in for the real ones, so these tests say what the harness does
whatever the offline detectors or the LLM currently find.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, ClassVar

import pytest

from triage import Triager
from triage.evals import harness
from triage.evals.cases import DatasetError, load_dataset
from triage.evals.diff import compare
from triage.evals.harness import evaluate, prepare
from triage.evals.results import Verdict, policy_verdict
from triage.evals.runs import RunFileError, load_run, save_run
from triage.extractors import Extraction
from triage.policy import Hit, Money, Signals, StatedFact

_REFUND = re.compile(r"refund of (?:\$([\d,]+)|([\d,]+) (EUR|GBP))")


class KeywordExtractor:
    """Finds a handful of criteria by keyword; counts its calls so tests can prove reuse."""

    name = "keywords"
    prompt_version: str | None = None
    calls: ClassVar[int] = 0

    def extract(self, ticket: Any) -> Extraction:
        type(self).calls += 1
        text = ticket.text
        if "explode" in text:
            raise RuntimeError("detector crashed")
        hits: list[Hit] = []
        refund = None
        match = _REFUND.search(text)
        if match:
            amount = float((match.group(1) or match.group(2)).replace(",", ""))
            refund = Money(amount=amount, currency=match.group(3) or "USD", evidence=match.group(0))
            hits.append(Hit(criterion="FIN3", evidence=match.group(0)))
        for word, criterion in (("breach", "SEC1"), ("lawsuit", "LEG1"), ("down for everyone", "OUT1"),
                                ("manager", "SAT2"), ("crash", "TEC3")):
            if word in text:
                hits.append(Hit(criterion=criterion, evidence=word))
        exposed = StatedFact[bool](value=True, evidence="exposed") if "exposed" in text else None
        topic = "billing" if ("refund" in text or "invoice" in text) else "technical"
        return Extraction(signals=Signals(hits=tuple(hits), refund=refund, topic=topic, data_exposed=exposed),
                          extractor=self.name, prompt_version=self.prompt_version)


class AsyncKeywordExtractor(KeywordExtractor):
    """The same, with ``aextract``: the Triager then runs the concurrent path."""

    name = "keywords-async"

    async def aextract(self, ticket: Any) -> Extraction:
        return self.extract(ticket)


def case(case_id: str, body: str, tier: str, owner: str | None = None, **extra: Any) -> dict[str, Any]:
    ticket = {"id": case_id, "body": body, "received_at": "2026-11-26T09:30:00Z", **extra.pop("ticket", {})}
    return {"id": case_id, "ticket": ticket, "expected": {"tier": tier, "owner": owner, **extra}}


BASIC_CASES = [
    case("SEC-1", "We think there was a breach of our workspace", "immediate", "engineering_manager",
         criteria=["SEC1"]),
    case("SEC-2", "Someone logged in from abroad and changed settings", "immediate", "engineering_manager",
         criteria=["SEC1"]),
    case("FIN-1", "Please process a refund of $2,400 for the duplicate order", "priority", "finance_director",
         criteria=["FIN3"]),
    case("FIN-2", "Please process a refund of $40", "none", "billing_agent", criteria=[]),
    case("SAT-1", "Let me talk to a manager about this", "standard", "support_manager", criteria=["SAT2"]),
    case("LEG-1", "Our lawyer is preparing a lawsuit", "immediate", "ceo", criteria=["LEG1"]),
    case("ENT-1", "How do I export a board?", "priority", "vp_customer_success", criteria=["ENT1"],
         ticket={"customer": {"plan": "enterprise"}}),
    case("ERR-1", "   ", "none", None),
    case("BUG-1", "The app will explode when I click save", "standard", None),
]


def write_jsonl(path: Path, cases: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(c) + "\n" for c in cases), encoding="utf-8")
    return path


@pytest.fixture
def dataset(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "cases.jsonl", BASIC_CASES)


def test_evaluate_scores_what_the_triager_decides(dataset: Path) -> None:
    cases = load_dataset([dataset]).cases
    evaluation = evaluate(cases, Triager(KeywordExtractor()))
    by_id = {r.case.id: r for r in evaluation.results}
    reference = list(Triager(KeywordExtractor()).stream(c.ticket for c in cases))
    for c, decision in zip(cases, reference, strict=True):
        assert by_id[c.id].verdict == Verdict.of(decision)
    assert by_id["ERR-1"].error and by_id["ERR-1"].blame == "error"
    assert "internal error" in (by_id["BUG-1"].error or "")
    assert by_id["SEC-1"].correct and by_id["SEC-1"].extraction is not None
    assert not by_id["SEC-2"].correct


def test_attribution_blames_the_extractor_the_policy_or_the_labels(tmp_path: Path) -> None:
    cases = [
        # The extractor misses the breach; the policy would have been right.
        case("X-1", "Someone logged in from abroad", "immediate", "engineering_manager", criteria=["SEC1"]),
        # The label says a refund is immediate: no signal could make the policy agree.
        case("P-1", "Please send a refund of $5,000", "immediate", "finance_director", criteria=["FIN3"]),
        # Right answer, but the labelled criterion would give another: the labels disagree.
        case("L-1", "Please send a refund of $5,000", "priority", "finance_director", criteria=["SEC1"]),
        # FIN3 is expected without an amount in the text: the oracle assumes one above the threshold.
        case("F-1", "I want my money back for the annual plan", "priority", "finance_director",
             criteria=["FIN3"]),
        # Stated signals in the labels: a refund in euros that the extractor could not read.
        case("S-1", "Give me back what I paid last month", "priority", "finance_director",
             signals={"refund": {"amount": 2000, "currency": "EUR"}, "hits": ["FIN3"], "topic": "billing"}),
        case("U-1", "Someone logged in from abroad", "immediate", None),
        # Nothing to escalate; the labelled first-line owner says the extractor got the topic wrong.
        case("T-1", "What does the Pro plan cost per seat?", "none", "billing_agent", criteria=[]),
    ]
    results = {r.case.id: r for r in evaluate(load_dataset([write_jsonl(tmp_path / "a.jsonl", cases)]).cases,
                                              Triager(KeywordExtractor())).results}
    assert results["X-1"].blame == "extractor" and results["X-1"].oracle
    assert results["X-1"].oracle.tier == "immediate"
    assert results["P-1"].blame == "policy"
    assert results["L-1"].blame == "labels"
    assert results["F-1"].blame == "extractor"
    assert results["F-1"].oracle and results["F-1"].oracle.rules == ("FIN3",)
    assert results["S-1"].blame == "extractor"
    assert results["U-1"].blame == "unattributed" and results["U-1"].oracle is None
    assert results["T-1"].verdict.owner == "technical_support_agent" and results["T-1"].blame == "extractor"


def test_policy_verdict_matches_triager_decide() -> None:
    """The fast path used for saved signals must decide exactly what Triager.decide decides."""
    triager = Triager(KeywordExtractor())
    tickets = [
        {"id": "1", "body": "refund of $1,500 and a breach with data exposed",
         "received_at": "2026-11-26T09:30:00Z"},
        {"id": "2", "body": "refund of 900 EUR",
         "customer": {"plan": "Pro", "annual_contract_value_usd": 80000}},
        {"id": "3", "body": "please, a manager", "customer": {"plan": "platinum"},
         "history": {"failed_resolution_attempts": 3, "first_contact_at": "2026-11-20T08:00:00Z"},
         "received_at": "2026-11-26T09:30:00Z"},
        {"id": "4", "body": "hello", "customer": {"fortune_500": True}},
    ]
    for raw in tickets:
        ticket = prepare(raw)
        assert not isinstance(ticket, str)
        extraction = KeywordExtractor().extract(ticket)
        fast = policy_verdict(triager.policy, ticket, extraction)
        assert fast == Verdict.of(triager.decide(ticket, extraction))


def test_concurrent_extractors_are_recorded(dataset: Path) -> None:
    cases = load_dataset([dataset]).cases
    evaluation = evaluate(cases, Triager(AsyncKeywordExtractor(), concurrency=4))
    decided = [r for r in evaluation.results if r.error is None]
    assert decided and all(r.extraction is not None for r in decided)
    assert [r.case.id for r in evaluation.results] == [c.id for c in cases]


@pytest.mark.parametrize(("line", "message"), [
    ("{not json", "not valid JSON"),
    ('{"id": "a", "ticket": {"body": "x"}}', "no 'expected'"),
    ('{"id": "a", "ticket": {"body": "x"}, "expected": {"tier": "urgent"}}', "expected.tier"),
    ('{"id": "a", "expected": {"tier": "none"}}', "no 'ticket'"),
    ('[1, 2]', "JSON object"),
])
def test_bad_cases_are_dataset_errors_with_a_line_number(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(case("ok", "fine", "none")) + "\n\n" + line + "\n", encoding="utf-8")
    with pytest.raises(DatasetError, match=message) as info:
        load_dataset([path])
    assert "bad.jsonl:3" in str(info.value)


def test_duplicate_ids_missing_files_and_empty_sets_are_dataset_errors(tmp_path: Path) -> None:
    dup = write_jsonl(tmp_path / "dup.jsonl", [case("a", "x", "none"), case("a", "y", "none")])
    with pytest.raises(DatasetError, match="duplicate case id 'a'"):
        load_dataset([dup])
    with pytest.raises(DatasetError, match="no such file"):
        load_dataset([tmp_path / "missing.jsonl"])
    (tmp_path / "empty.jsonl").write_text("\n", encoding="utf-8")
    with pytest.raises(DatasetError, match="no cases"):
        load_dataset([tmp_path / "empty.jsonl"])


def test_optional_labels_are_lenient(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "x.jsonl", [
        case("a", "x", "Priority", "finance_director", criteria=["FIN3", "Refunds over 1000"], tags=["x"]),
        case("b", "x", "none", "nobody_here", signals={"refund": 1200, "plan": "pro", "mood": "grumpy",
                                                       "fortune_500": "maybe"}),
    ])
    loaded = load_dataset([tmp_path])  # a folder stands for the files inside it
    first, second = loaded.cases
    assert first.expected.tier == "priority" and first.expected.criteria == ("FIN3",)
    assert second.expected.signals is not None
    assert second.expected.signals["refund"].amount == 1200 and second.expected.signals["plan"].value == "pro"
    assert "fortune_500" not in second.expected.signals
    text = "\n".join(loaded.warnings)
    for fragment in ("Refunds over 1000", "nobody_here", "mood", "fortune_500"):
        assert fragment in text
    assert loaded.files == [(str(path), 2)]


def test_saved_run_round_trip(tmp_path: Path, dataset: Path) -> None:
    cases = load_dataset([dataset]).cases
    evaluation = evaluate(cases, Triager(KeywordExtractor()))
    for name in ("run.json", "run.json.gz"):
        path = tmp_path / "runs" / name
        save_run(path, evaluation.results, extractor=evaluation.extractor,
                 policy_version=evaluation.policy_version, datasets=[str(dataset)], summary={"n": len(cases)})
        saved = load_run(path)
        assert saved.extractor == evaluation.extractor and saved.policy_version == evaluation.policy_version
        assert list(saved.cases) == [c.id for c in cases]
        for result in evaluation.results:
            record = saved.cases[result.case.id]
            assert record.verdict == result.verdict
            assert record.ticket_hash == result.ticket_hash
            assert record.extraction() == (result.extraction.model_copy(update={"cached": False})
                                           if result.extraction else None)
    assert json.loads((tmp_path / "runs" / "run.json").read_text())["summary"]["n"] == len(cases)


def test_unreadable_runs_are_run_file_errors(tmp_path: Path) -> None:
    with pytest.raises(RunFileError, match="does not exist"):
        load_run(tmp_path / "nope.json")
    (tmp_path / "x.json").write_text('{"format": "something else", "cases": []}', encoding="utf-8")
    with pytest.raises(RunFileError, match="not a saved eval run"):
        load_run(tmp_path / "x.json")
    (tmp_path / "y.json").write_text("{", encoding="utf-8")
    with pytest.raises(RunFileError, match="not valid JSON"):
        load_run(tmp_path / "y.json")


def _baseline(tmp_path: Path, dataset: Path, extractor: Any) -> Path:
    evaluation = evaluate(load_dataset([dataset]).cases, Triager(extractor))
    path = tmp_path / "baseline.json"
    save_run(path, evaluation.results, extractor=evaluation.extractor,
             policy_version=evaluation.policy_version, datasets=[str(dataset)], summary={})
    return path


def test_baseline_signals_are_reused_without_extracting(tmp_path: Path, dataset: Path) -> None:
    baseline = load_run(_baseline(tmp_path, dataset, KeywordExtractor()))
    KeywordExtractor.calls = 0
    evaluation = evaluate(load_dataset([dataset]).cases, Triager(KeywordExtractor()), baseline=baseline)
    # Only the two cases the baseline holds no signals for (an empty ticket, a crashed extraction).
    assert KeywordExtractor.calls == 1
    assert sum(r.reused for r in evaluation.results) == len(evaluation.results) - 2
    diff = compare(evaluation, baseline)
    assert not diff["stale"] and diff["changed"] == [] and diff["verdict"] == "no decision changed"


def test_another_prompt_version_makes_the_baseline_stale(tmp_path: Path, dataset: Path) -> None:
    baseline = load_run(_baseline(tmp_path, dataset, KeywordExtractor()))
    newer = KeywordExtractor()
    newer.prompt_version = "v2"
    evaluation = evaluate(load_dataset([dataset]).cases, Triager(newer), baseline=baseline)
    diff = compare(evaluation, baseline)
    assert diff["stale"] and "prompt version" in diff["why"] and diff["reused_signals"] == 0
    assert diff["verdict"].startswith("STALE BASELINE")


def test_changed_offline_extractor_code_is_detected(tmp_path: Path, dataset: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    baseline = load_run(_baseline(tmp_path, dataset, KeywordExtractor()))
    monkeypatch.setitem(harness._FINGERPRINTS, KeywordExtractor, "edited-code")
    same = evaluate(load_dataset([dataset]).cases, Triager(KeywordExtractor()), baseline=baseline)
    assert same.code_changed and not any(r.reused for r in same.results)
    assert not compare(same, baseline)["stale"]  # recomputed, and the signals came out the same

    class Sharper(KeywordExtractor):
        def extract(self, ticket: Any) -> Extraction:
            found = super().extract(ticket)
            if "abroad" in ticket.text:
                hits = (*found.signals.hits, Hit(criterion="SEC1", evidence="logged in from abroad"))
                found = found.model_copy(update={"signals": found.signals.model_copy(update={"hits": hits})})
            return found

    Sharper.name = "keywords"
    monkeypatch.setitem(harness._FINGERPRINTS, Sharper, "edited-code")
    evaluation = evaluate(load_dataset([dataset]).cases, Triager(Sharper()), baseline=baseline)
    diff = compare(evaluation, baseline)
    assert diff["stale"] and "code changed" in diff["why"] and diff["signals_changed"] == ["SEC-2"]
    changes = [(c["id"], c["verdict"], c["signals_changed"]) for c in diff["changed"]]
    assert changes == [("SEC-2", "fixed", True)]


def test_an_edited_ticket_is_extracted_again(tmp_path: Path, dataset: Path) -> None:
    baseline = load_run(_baseline(tmp_path, dataset, KeywordExtractor()))
    edited = [dict(c) for c in BASIC_CASES]
    edited[1] = case("SEC-2", "There was a breach: someone logged in from abroad", "immediate",
                     "engineering_manager", criteria=["SEC1"])
    path = write_jsonl(tmp_path / "edited.jsonl", [*edited, case("NEW-1", "refund of $10", "none")])
    evaluation = evaluate(load_dataset([path]).cases, Triager(KeywordExtractor()), baseline=baseline)
    by_id = {r.case.id: r for r in evaluation.results}
    assert not by_id["SEC-2"].reused and by_id["SEC-1"].reused
    diff = compare(evaluation, baseline)
    assert diff["ticket_changed"] == ["SEC-2"] and diff["new_cases"] == ["NEW-1"]
    assert [(c["id"], c["verdict"]) for c in diff["changed"]] == [("SEC-2", "fixed")]
