"""How long does `triage eval --baseline` take when every case's signals come from a saved run?

Generates N labelled cases and a saved run holding their signals and decisions under the shipped
policy (as if an LLM had extracted them earlier), then times a policy review: the refund
threshold lowered from $1,000 to $500, read the dataset and the run, re-decide every case, score,
and diff against the baseline. No extraction happens.

    .venv/bin/python benchmarks/bench_eval.py            # 10,000 cases
    .venv/bin/python benchmarks/bench_eval.py --cases 300 --repeat 5
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import random
import tempfile
import time
from pathlib import Path
from typing import Any

from triage import Triager
from triage.evals.cases import load_dataset
from triage.evals.harness import extractor_info, prepare, ticket_hash
from triage.evals.results import Verdict, policy_verdict
from triage.evals.runs import ExtractorInfo, load_run
from triage.evals.summary import run_eval
from triage.extractors import Extraction
from triage.policy import CRITERIA, ROLE_LEVELS, Policy

TIERS = ("immediate", "priority", "standard", "none")
PLANS = (None, "basic", "pro", "enterprise")


def make_case(rng: random.Random, index: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """One labelled case and the extraction a model might have returned for it."""
    criteria = rng.sample([c.id for c in CRITERIA if c.basis == "text"], k=rng.choice((0, 0, 1, 1, 2, 3)))
    amount = rng.choice((None, None, 250, 999, 1000, 1001, 4800))
    body = f"Ticket {index}: " + " ".join(f"issue about {c.lower()}" for c in criteria)
    if amount is not None:
        body += f" Please refund ${amount}."
    ticket: dict[str, Any] = {"id": f"B-{index}", "subject": f"case {index}", "body": body,
                              "received_at": "2026-11-26T09:30:00Z"}
    plan = rng.choice(PLANS)
    if plan or rng.random() < 0.2:
        ticket["customer"] = {"plan": plan, "annual_contract_value_usd": rng.choice((None, 12000, 64000)),
                              "fortune_500": rng.random() < 0.05}
    if rng.random() < 0.2:
        ticket["history"] = {"failed_resolution_attempts": rng.choice((0, 1, 2, 3)),
                             "first_contact_at": "2026-11-24T08:00:00Z"}
    signals: dict[str, Any] = {
        "hits": [{"criterion": c, "evidence": f"issue about {c.lower()}"} for c in criteria]
        + ([{"criterion": "FIN3", "evidence": f"refund ${amount}"}] if amount else []),
        "topic": rng.choice(("technical", "billing", "product")),
    }
    if amount is not None:
        signals["refund"] = {"amount": amount, "currency": "USD", "evidence": f"refund ${amount}"}
    expected = {"tier": rng.choice(TIERS), "owner": rng.choice([None, *ROLE_LEVELS]), "criteria": criteria}
    return {"id": f"B-{index}", "ticket": ticket, "expected": expected, "tags": ["bench"]}, signals


def _label(rng: random.Random, expected: dict[str, Any], decided: Verdict) -> None:
    """Labels that agree with the policy for most cases, as in a mature labelled set; the rest disagree."""
    if rng.random() < 0.85:
        expected.update(tier=decided.tier.value if decided.tier else "none", owner=decided.owner,
                        criteria=list(decided.criteria))
    elif rng.random() < 0.5:
        expected["criteria"] = [*decided.criteria, rng.choice([c.id for c in CRITERIA])]


def write_inputs(folder: Path, n: int, info: ExtractorInfo, policy: Policy) -> tuple[Path, Path]:
    rng = random.Random(7)
    dataset, run = folder / "bench.jsonl", folder / "bench-run.json"
    records = []
    with dataset.open("w", encoding="utf-8") as out:
        for index in range(n):
            case, signals = make_case(rng, index)
            ticket = prepare(case["ticket"])
            assert not isinstance(ticket, str)
            extraction = Extraction.model_validate({"signals": signals, "extractor": info.name,
                                                    "prompt_version": info.prompt_version})
            decided = policy_verdict(policy, ticket, extraction)
            _label(rng, case["expected"], decided)
            out.write(json.dumps(case) + "\n")
            records.append({
                "id": case["id"], "ticket_hash": ticket_hash(case["ticket"]),
                "expected": {"tier": case["expected"]["tier"], "owner": case["expected"]["owner"]},
                "decision": {"tier": decided.tier.value if decided.tier else None, "owner": decided.owner,
                             "rules": list(decided.rules), "error": None},
                "extraction": extraction.model_dump(mode="json", exclude_none=True),
            })
    header = {"format": "triage-eval-run/1", "extractor": info.name, "model": info.model,
              "prompt_version": info.prompt_version, "extractor_fingerprint": info.fingerprint,
              "policy_version": policy.version, "cases": records}
    run.write_text(json.dumps(header), encoding="utf-8")
    return dataset, run


def once(dataset: Path, run: Path, triager: Triager) -> dict[str, float]:
    times: dict[str, float] = {}
    cpu = time.process_time()
    start = time.perf_counter()
    cases = load_dataset([dataset])
    times["load dataset"] = time.perf_counter() - start
    mark = time.perf_counter()
    baseline = load_run(run)
    times["load saved run"] = time.perf_counter() - mark
    mark = time.perf_counter()
    evaluation, summary = run_eval(cases, triager, baseline=baseline)
    times["decide, score, diff"] = time.perf_counter() - mark
    assert all(r.reused for r in evaluation.results), "every case should reuse its saved signals"
    assert summary["diff"]["changed"], "the lowered refund threshold should change some decisions"
    times["  of which deciding"] = evaluation.elapsed_seconds
    times["total"] = time.perf_counter() - start
    times["total CPU time"] = time.process_time() - cpu
    return times


class TimedPolicy:
    """Time spent inside Policy.decide during a run: the policy's share, apart from the harness's."""

    def __init__(self, triager: Triager) -> None:
        self.inner = triager.policy.decide
        self.seconds = 0.0
        self.calls = 0
        triager.policy.decide = self

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return self.inner(*args, **kwargs)
        finally:
            self.seconds += time.perf_counter() - start
            self.calls += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="print the top functions of one run")
    args = parser.parse_args()
    shipped = Triager("rules")
    config = shipped.policy.config
    thresholds = config.thresholds.model_copy(update={"refund_usd": 500})
    lowered = config.model_copy(update={"thresholds": thresholds})
    triager = Triager("rules", policy_config=lowered)
    info = extractor_info(triager.extractor)
    with tempfile.TemporaryDirectory() as tmp:
        dataset, run = write_inputs(Path(tmp), args.cases, info, shipped.policy)
        timer = TimedPolicy(triager)
        runs = []
        for _ in range(args.repeat):
            timer.seconds, timer.calls = 0.0, 0
            runs.append(once(dataset, run, triager) | {"  inside Policy.decide": timer.seconds,
                                                          "calls": float(timer.calls)})
        best = min(runs, key=lambda t: t["total"])
        print(f"scoring {args.cases:,} cases from saved signals, refund threshold $1,000 -> $500 "
              f"(best of {args.repeat}):")
        calls = int(best.pop("calls"))
        for step, seconds in best.items():
            print(f"  {step:<24} {seconds * 1000:8.1f} ms")
        print(f"  per case                 {best['total'] / args.cases * 1e6:8.1f} µs")
        inside = best["  inside Policy.decide"]
        print(f"Policy.decide: {calls:,} calls (cases + attribution), {inside * 1e6 / calls:.1f} µs each, "
              f"{inside / best['total']:.0%} of the total")
        if args.profile:
            profiler = cProfile.Profile()
            profiler.runcall(once, dataset, run, triager)
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(18)


if __name__ == "__main__":
    main()
