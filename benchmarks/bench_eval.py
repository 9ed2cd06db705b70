"""How long does `triage eval DATASET --baseline RUN --json` take when every case's signals come from the run?

Generates N labelled cases and a saved run holding their signals and decisions under the shipped
policy (as if an LLM had extracted them earlier), then runs the command itself, in this process,
with a policy configuration whose refund threshold is lowered from $1,000 to $500: it reads the
dataset and the saved run (validating every saved extraction), builds the Triager, re-decides
every case, attributes every miss (the oracle runs the policy again on the labels' signals),
scores, diffs against the baseline and prints the --json output. No extraction happens.

Every repetition starts cold: a new Triager and policy (the policy remembers the evidence-free part
of an outcome per combination of criteria), and the harness's per-process memos emptied. Process
start-up and imports are not timed (importing the offline extractor compiles its patterns, which
takes seconds by itself). A second pass times the steps one by one, the way the command runs them.

    .venv/bin/python benchmarks/bench_eval.py            # 10,000 cases, best of 5
    .venv/bin/python benchmarks/bench_eval.py --cases 300 --repeat 5
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import gc
import io
import json
import pstats
import random
import re
import statistics
import tempfile
import time
from importlib import resources
from pathlib import Path
from typing import Any

from triage import Triager
from triage.evals import harness, results
from triage.evals.cases import collector_paused, load_dataset
from triage.evals.cli import eval_command
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


def lowered_policy(folder: Path) -> Path:
    """The shipped policy configuration with the refund threshold lowered from $1,000 to $500."""
    text = resources.files("triage.policy").joinpath("policy.toml").read_text(encoding="utf-8")
    lowered, count = re.subn(r"(?m)^refund_usd = 1000$", "refund_usd = 500", text)
    assert count == 1, "policy.toml no longer sets refund_usd = 1000"
    path = folder / "lowered.toml"
    path.write_text(lowered, encoding="utf-8")
    return path


def cold() -> None:
    """Forget what an earlier repetition left behind, so that each one pays what a fresh process pays."""
    harness._FINGERPRINTS.clear()
    results._CUSTOMERS.clear()
    gc.collect()


def command(dataset: Path, run: Path, policy: Path) -> dict[str, float]:
    """``triage eval DATASET --extractor rules --policy-config POLICY --baseline RUN --json``, timed."""
    out, err = io.StringIO(), io.StringIO()
    cpu = time.process_time()
    start = time.perf_counter()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        eval_command([dataset], extractor="rules", policy_config=policy, json_output=True, baseline_path=run)
    times = {"total": time.perf_counter() - start, "total CPU time": time.process_time() - cpu}
    summary = json.loads(out.getvalue())
    assert summary["usage"]["reused_signals"] == summary["n"], "every case should reuse its saved signals"
    assert summary["diff"]["changed"], "the lowered refund threshold should change some decisions"
    return times


def steps(dataset: Path, run: Path, triager: Triager) -> dict[str, float]:
    """The same work step by step (the collector paused throughout, as the command pauses it)."""
    times: dict[str, float] = {}
    with collector_paused():
        start = time.perf_counter()
        cases = load_dataset([dataset])
        times["load dataset"] = time.perf_counter() - start
        mark = time.perf_counter()
        baseline = load_run(run)
        times["load saved run"] = time.perf_counter() - mark
        mark = time.perf_counter()
        evaluation, summary = run_eval(cases, triager, baseline=baseline)
        times["decide, score, diff"] = time.perf_counter() - mark
        mark = time.perf_counter()
        output = json.dumps(summary, ensure_ascii=False)
        times["render --json"] = time.perf_counter() - mark
        assert all(r.reused for r in evaluation.results) and output
        mark = time.perf_counter()
        del cases, baseline, evaluation, summary, output
        times["free it all"] = time.perf_counter() - mark
    return times


class TimedPolicy:
    """Time spent inside Policy.decide during a run: the policy's share, apart from the harness's."""

    def __init__(self, triager: Triager) -> None:
        self.inner = triager.policy.decide
        self.seconds = 0.0
        self.calls = 0
        triager.policy.decide = self  # type: ignore[method-assign]

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
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--profile", action="store_true", help="print the top functions of one run")
    args = parser.parse_args()
    shipped = Triager("rules")
    info = extractor_info(shipped.extractor)
    with tempfile.TemporaryDirectory() as tmp:
        dataset, run = write_inputs(Path(tmp), args.cases, info, shipped.policy)
        policy = lowered_policy(Path(tmp))
        runs = []
        for _ in range(args.repeat):
            cold()
            runs.append(command(dataset, run, policy))
        best = min(runs, key=lambda t: t["total"])
        median = statistics.median(t["total"] for t in runs)
        print(f"triage eval --baseline --json, {args.cases:,} cases from saved signals, refund threshold "
              f"$1,000 -> $500 (best of {args.repeat}):")
        print(f"  {'total':<24} {best['total'] * 1000:8.1f} ms   (median {median * 1000:.1f} ms)")
        print(f"  {'total CPU time':<24} {best['total CPU time'] * 1000:8.1f} ms")
        print(f"  {'per case':<24} {best['total'] / args.cases * 1e6:8.1f} µs")
        lowered = Triager("rules", policy_config=policy)
        split = []
        for _ in range(args.repeat):
            cold()
            split.append(steps(dataset, run, Triager("rules", policy_config=policy)))
        print("step by step (best of each; building the Triager and printing left out):")
        for step in split[0]:
            print(f"  {step:<24} {min(t[step] for t in split) * 1000:8.1f} ms")
        # A separate run for the policy's share: the timing wrapper's own cost stays out of the figures above.
        cold()
        timer = TimedPolicy(lowered)
        timed = steps(dataset, run, lowered)
        if timer.calls:
            print(f"Policy.decide (separate timed run): {timer.calls:,} calls (cases + attribution), "
                  f"{timer.seconds * 1e6 / timer.calls:.1f} µs each, "
                  f"{timer.seconds / sum(timed.values()):.0%} of that run")
        if args.profile:
            cold()
            profiler = cProfile.Profile()
            profiler.runcall(command, dataset, run, policy)
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main()
