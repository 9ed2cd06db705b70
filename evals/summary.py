"""The one summary object every output is rendered from: --json, the terminal, Markdown and JUnit."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..triager import Triager
from .cases import Dataset, collector_paused
from .diff import compare
from .harness import Evaluation, Progress, evaluate
from .metrics import case_rows, score
from .runs import SavedRun


@dataclass(frozen=True)
class Gate:
    """A CI threshold: ``minimum`` gates pass at or above it, maximum gates at or below it."""

    name: str
    metric: str
    threshold: float
    minimum: bool

    def check(self, summary: dict[str, Any]) -> dict[str, Any]:
        actual = summary.get(self.metric)
        if actual is None:
            passed = False
        elif self.minimum:
            passed = actual >= self.threshold
        else:
            passed = actual <= self.threshold
        return {"name": self.name, "metric": self.metric, "threshold": self.threshold, "actual": actual,
                "passed": passed, "kind": "min" if self.minimum else "max"}


def gates_from_options(*, min_tier_accuracy: float | None = None, min_owner_accuracy: float | None = None,
                       max_critical_misses: int | None = None, max_under_escalations: int | None = None,
                       max_accuracy_drop: float | None = None) -> list[Gate]:
    gates = []
    if min_tier_accuracy is not None:
        gates.append(Gate("min-tier-accuracy", "tier_accuracy", min_tier_accuracy, True))
    if min_owner_accuracy is not None:
        gates.append(Gate("min-owner-accuracy", "owner_accuracy", min_owner_accuracy, True))
    if max_critical_misses is not None:
        gates.append(Gate("max-critical-misses", "critical_misses", max_critical_misses, False))
    if max_under_escalations is not None:
        gates.append(Gate("max-under-escalations", "under_escalations", max_under_escalations, False))
    if max_accuracy_drop is not None:
        gates.append(Gate("max-accuracy-drop", "tier_accuracy_drop", max_accuracy_drop, False))
    return gates


def build_summary(evaluation: Evaluation, *, datasets: Sequence[tuple[str, int]], gates: Sequence[Gate] = (),
                  diff: dict[str, Any] | None = None, warnings: Sequence[str] = ()) -> dict[str, Any]:
    summary = score(evaluation.results)
    info = evaluation.extractor
    extracted = [r.extraction for r in evaluation.results if r.extraction is not None and not r.reused]
    usages = [e.usage for e in extracted if e.usage is not None]
    costs = [u.cost_usd for u in usages if u.cost_usd is not None]
    summary.update({
        "extractor": info.name, "model": info.model, "prompt_version": info.prompt_version,
        "policy_version": evaluation.policy_version,
        "datasets": [{"path": path, "n": n} for path, n in datasets],
        "elapsed_seconds": round(evaluation.elapsed_seconds, 4),
        "usage": {"extractions": len(extracted),
                  "reused_signals": sum(1 for r in evaluation.results if r.reused),
                  "cached": sum(1 for e in extracted if e.cached),
                  "requests": sum(u.requests for u in usages),
                  "input_tokens": sum(u.input_tokens for u in usages),
                  "output_tokens": sum(u.output_tokens for u in usages),
                  "cost_usd": sum(costs) if costs else None},
        "warnings": list(warnings),
    })
    if diff is not None and diff["tier_accuracy_delta"] is not None:
        # How much tier accuracy fell against the baseline on the cases both runs decided.
        summary["tier_accuracy_drop"] = 0.0 - diff["tier_accuracy_delta"]
    checks = [gate.check(summary) for gate in gates]
    summary["gates"] = checks
    summary["passed"] = all(check["passed"] for check in checks)
    if diff is not None:
        summary["diff"] = diff
    summary["cases"] = case_rows(evaluation.results)
    return summary


def run_eval(dataset: Dataset, triager: Triager, *, baseline: SavedRun | None = None,
             gates: Sequence[Gate] = (),
             progress: Progress | None = None) -> tuple[Evaluation, dict[str, Any]]:
    """Evaluate, compare with the baseline and summarise: what ``triage eval`` computes before printing."""
    with collector_paused():
        evaluation = evaluate(dataset.cases, triager, baseline=baseline, progress=progress)
        diff = compare(evaluation, baseline) if baseline is not None else None
        summary = build_summary(evaluation, datasets=dataset.files, gates=gates, diff=diff,
                                warnings=dataset.warnings)
    return evaluation, summary
