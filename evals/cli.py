"""``triage eval``: score labelled cases, gate CI, and review a policy change against a saved run.

Registered by the main CLI with ``app.command("eval")(eval_command)``. Exit codes: 0 when every
gate given passes, 1 when one fails, 2 when the harness itself cannot run (bad dataset, missing
file, unusable configuration). The report goes to stdout (``--json``: one JSON object); messages
and progress go to stderr.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from ..errors import TriageError
from ..extractors import resolve_kind
from ..triager import Triager
from .cases import Dataset, DatasetError, collector_paused, load_dataset
from .harness import Evaluation
from .junit import render_junit
from .markdown import render_markdown
from .report import render_terminal
from .runs import RunFileError, SavedRun, load_run, save_run
from .summary import Gate, gates_from_options, run_eval

EXIT_GATE_FAILED = 1
EXIT_HARNESS_FAILED = 2


def make_triager(extractor: str, *, policy_config: Path | None, concurrency: int, model: str | None,
                 cache_path: Path | None, use_cache: bool) -> Triager:
    """The Triager under evaluation, built exactly as ``triage run`` would build it."""
    return Triager(extractor, policy_config=policy_config, concurrency=concurrency, model=model,
                   cache_path=cache_path, use_cache=use_cache)


def eval_command(
    datasets: Annotated[list[Path], typer.Argument(
        help="Labelled cases: JSONL files, or folders of them.", show_default=False)],
    extractor: Annotated[str, typer.Option(
        "--extractor", help="auto (openai when configured, else rules), rules or openai.")] = "auto",
    policy_config: Annotated[Path | None, typer.Option(
        "--policy-config", help="Policy configuration TOML to evaluate instead of the shipped one.")] = None,
    json_output: Annotated[bool, typer.Option(
        "--json", help="Print one JSON object instead of tables.")] = False,
    min_tier_accuracy: Annotated[float | None, typer.Option(
        "--min-tier-accuracy", min=0.0, max=1.0, help="Gate: exit 1 below this tier accuracy.")] = None,
    min_owner_accuracy: Annotated[float | None, typer.Option(
        "--min-owner-accuracy", min=0.0, max=1.0, help="Gate: fail below this owner accuracy.")] = None,
    max_critical_misses: Annotated[int | None, typer.Option(
        "--max-critical-misses", min=0, help="Gate: fail above this many missed immediate cases.")] = None,
    max_under_escalations: Annotated[int | None, typer.Option(
        "--max-under-escalations", min=0, help="Gate: fail above this many under-escalations.")] = None,
    max_accuracy_drop: Annotated[float | None, typer.Option(
        "--max-accuracy-drop", min=0.0, max=1.0,
        help="Gate (needs --baseline): fail when tier accuracy falls more than this below it.")] = None,
    save_run_path: Annotated[Path | None, typer.Option(
        "--save-run", help="Save every case's signals and decision here (a later --baseline).")] = None,
    baseline_path: Annotated[Path | None, typer.Option(
        "--baseline", help="Compare with this saved run; its signals are reused when still valid.")] = None,
    report_path: Annotated[Path | None, typer.Option(
        "--report", help="Write a Markdown summary and diff (for a pull-request comment).")] = None,
    junit_path: Annotated[Path | None, typer.Option(
        "--junit", help="Write JUnit XML, one test case per labelled ticket.")] = None,
    model: Annotated[str | None, typer.Option(
        "--model", help="LLM model name (default: TRIAGE_MODEL).")] = None,
    cache: Annotated[Path | None, typer.Option("--cache", help="SQLite cache of extracted signals.")] = None,
    no_cache: Annotated[bool, typer.Option(
        "--no-cache", help="Do not read or write the signal cache.")] = False,
    concurrency: Annotated[int, typer.Option("--concurrency", min=1, help="Extractions in flight.")] = 8,
) -> None:
    """Score labelled tickets; gate CI; show what a policy change does against a saved run."""

    def command() -> int:
        """The whole command; returns its exit code."""
        err = Console(stderr=True, highlight=False)
        if max_accuracy_drop is not None and baseline_path is None:
            err.print("[red]triage eval: --max-accuracy-drop needs --baseline[/red]")
            return EXIT_HARNESS_FAILED
        try:
            dataset = load_dataset(datasets)
            baseline = load_run(baseline_path) if baseline_path else None
            triager = make_triager(extractor, policy_config=policy_config, concurrency=concurrency, model=model,
                                   cache_path=cache, use_cache=not no_cache)
            if extractor == "auto" and resolve_kind(extractor) == "rules":
                err.print("triage eval: no LLM configured, using the offline rules extractor")
        except (DatasetError, RunFileError, TriageError) as exc:
            err.print(f"[red]triage eval: {exc}[/red]")
            return EXIT_HARNESS_FAILED
        except Exception as exc:  # e.g. an extractor that cannot even be built: never let it read as exit 1
            err.print(f"[red]triage eval: cannot set up the evaluation: {type(exc).__name__}: {exc}[/red]")
            return EXIT_HARNESS_FAILED
        for warning in dataset.warnings[:10]:
            err.print(f"[yellow]warning:[/yellow] {warning}")
        if len(dataset.warnings) > 10:
            more = len(dataset.warnings) - 10
            err.print(f"[yellow]warning:[/yellow] {more} more dataset warnings (see --json)")

        gates = gates_from_options(
            min_tier_accuracy=min_tier_accuracy, min_owner_accuracy=min_owner_accuracy,
            max_critical_misses=max_critical_misses, max_under_escalations=max_under_escalations,
            max_accuracy_drop=max_accuracy_drop)
        try:
            evaluation, summary = _run(dataset, triager, baseline, err, quiet=json_output, gates=gates)
        except Exception as exc:  # a failure of the harness, not a verdict on the product: exit 2, not 1
            err.print(f"[red]triage eval: the evaluation failed: {type(exc).__name__}: {exc}[/red]")
            return EXIT_HARNESS_FAILED
        try:
            if save_run_path:
                save_run(save_run_path, evaluation.results, extractor=evaluation.extractor,
                         policy_version=evaluation.policy_version, datasets=[p for p, _n in dataset.files],
                         summary=summary)
            if report_path:
                _write(report_path, render_markdown(summary))
            if junit_path:
                _write(junit_path, render_junit(summary))
        except (RunFileError, OSError) as exc:
            err.print(f"[red]triage eval: {exc}[/red]")
            return EXIT_HARNESS_FAILED
        except Exception as exc:
            err.print(f"[red]triage eval: cannot write the reports: {type(exc).__name__}: {exc}[/red]")
            return EXIT_HARNESS_FAILED

        if json_output:
            sys.stdout.write(json.dumps(summary, ensure_ascii=False) + "\n")
        else:
            out = Console(highlight=False, width=None if sys.stdout.isatty() else 130)
            render_terminal(summary, out)
        failed = [g for g in summary["gates"] if not g["passed"]]
        for gate in failed:
            err.print(f"[bold red]gate failed[/bold red]: {gate['metric']} = {gate['actual']} "
                      f"({gate['kind']} {gate['threshold']:g})")
        return EXIT_GATE_FAILED if failed else 0

    # A run builds a few hundred thousand objects per 10,000 cases, nearly all acyclic and all dropped
    # when ``command`` returns: with the cyclic collector on, it would walk them again and again
    # (about a seventh of the run). Paused until they are gone, it never sees them.
    with collector_paused():
        code = command()
    if code:
        raise typer.Exit(code)


def _run(dataset: Dataset, triager: Triager, baseline: SavedRun | None, err: Console, *, quiet: bool,
         gates: list[Gate]) -> tuple[Evaluation, dict[str, Any]]:
    progress = None
    if err.is_terminal and not quiet:
        from rich.progress import Progress

        bar = Progress(console=err, transient=True)
        task = bar.add_task("evaluating", total=len(dataset.cases))
        bar.start()

        def progress(done: int, total: int) -> None:
            bar.update(task, completed=done)
    try:
        evaluation, summary = run_eval(dataset, triager, baseline=baseline, gates=gates, progress=progress)
    finally:
        if progress is not None:
            bar.stop()
    diff = summary.get("diff")
    reused = summary["usage"]["reused_signals"]
    err.print(f"triage eval: {summary['n']} cases in {evaluation.elapsed_seconds:.2f} s"
              + (f", signals reused for {reused}" if baseline is not None else ""))
    if diff is not None and diff["stale"]:
        err.print(f"[bold yellow]stale baseline[/bold yellow]: {diff['why']}")
    return evaluation, summary


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
