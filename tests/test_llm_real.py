"""The LLM path on a real model, against the offline extractor on the same labelled tickets.

Opt-in (it needs a model and takes minutes to hours): ``TRIAGE_TEST_LLM=1`` with ``OPENAI_BASE_URL``
(and ``OPENAI_API_KEY``, ``TRIAGE_MODEL``) pointing at an OpenAI-compatible endpoint, for example
the one ``../shared/tools/local-llm start`` prints. Options, all environment variables:

- ``TRIAGE_TEST_LLM_SAMPLE``: how many cases, spread evenly over the tiers (default 24; 0 = all);
- ``TRIAGE_TEST_LLM_CONCURRENCY``: requests in flight (default 1: the local server serves one);
- ``TRIAGE_TEST_LLM_REPORT``: a file to write the per-case results to, as JSON.

It prints tier accuracy and critical misses for both extractors and requires the LLM path to be no
worse on either.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from triage import Triager
from triage.extractors.rules import RulesExtractor

pytestmark = pytest.mark.llm
DATASETS = Path(__file__).resolve().parent.parent / "evals" / "datasets"
RANK = {"none": 0, "standard": 1, "priority": 2, "immediate": 3}


def sample_cases(limit: int) -> list[dict[str, Any]]:
    """Every case, or ``limit`` of them taken evenly from each tier in id order (deterministic)."""
    cases = [json.loads(line) for path in sorted(DATASETS.glob("*.jsonl"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not limit or limit >= len(cases):
        return cases
    by_tier: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for case in sorted(cases, key=lambda c: str(c["id"])):
        by_tier[case["expected"]["tier"]].append(case)
    chosen: list[dict[str, Any]] = []
    per_tier = max(1, limit // len(by_tier))
    for group in by_tier.values():
        step = max(1, len(group) // per_tier)
        chosen.extend(group[::step][:per_tier])
    return sorted(chosen, key=lambda c: str(c["id"]))


def score(cases: list[dict[str, Any]], triager: Triager) -> dict[str, Any]:
    decisions = triager.triage_many([case["ticket"] for case in cases])
    rows = []
    for case, decision in zip(cases, decisions, strict=True):
        expected = case["expected"]["tier"]
        got = decision.tier.value if decision.tier is not None else None
        rows.append({"id": case["id"], "expected": expected, "got": got,
                     "review": decision.review_reasons, "extractor": decision.extractor,
                     "hits": sorted(h.criterion for h in decision.signals.hits) if decision.signals else []})
    correct = sum(row["got"] == row["expected"] for row in rows)
    critical = sum(row["expected"] == "immediate" and RANK.get(row["got"] or "none", -1) < 3 for row in rows)
    return {"n": len(rows), "tier_accuracy": correct / len(rows), "critical_misses": critical, "rows": rows}


@pytest.mark.skipif(os.environ.get("TRIAGE_TEST_LLM") != "1",
                    reason="set TRIAGE_TEST_LLM=1 to use a real model")
def test_llm_tier_accuracy_is_no_worse_than_the_offline_extractor(tmp_path: Path) -> None:
    if not os.environ.get("OPENAI_BASE_URL") and not os.environ.get("OPENAI_API_KEY"):
        pytest.skip("no OPENAI_BASE_URL or OPENAI_API_KEY")
    if not any(DATASETS.glob("*.jsonl")):
        pytest.skip("no labelled cases in evals/datasets/")
    cases = sample_cases(int(os.environ.get("TRIAGE_TEST_LLM_SAMPLE", "24")))
    concurrency = int(os.environ.get("TRIAGE_TEST_LLM_CONCURRENCY", "1"))

    rules = score(cases, Triager(RulesExtractor()))
    llm_triager = Triager("openai", concurrency=concurrency, use_cache=True,
                          cache_path=os.environ.get("TRIAGE_CACHE") or str(tmp_path / "signals.sqlite"))
    llm = score(cases, llm_triager)

    failed = sum(any(r.startswith("REV-LLM-FAILED:") for r in row["review"]) for row in llm["rows"])
    summary = (f"\n{len(cases)} labelled cases, model {llm_triager.extractor.name}\n"
               f"  rules : tier accuracy {rules['tier_accuracy']:.3f}, "
               f"critical misses {rules['critical_misses']}\n"
               f"  openai: tier accuracy {llm['tier_accuracy']:.3f}, "
               f"critical misses {llm['critical_misses']}, LLM failures (fell back) {failed}")
    print(summary)
    report = os.environ.get("TRIAGE_TEST_LLM_REPORT")
    if report:
        Path(report).write_text(json.dumps({"rules": rules, "openai": llm}, indent=1), encoding="utf-8")
    assert llm["tier_accuracy"] >= rules["tier_accuracy"], summary
    assert llm["critical_misses"] <= rules["critical_misses"], summary
