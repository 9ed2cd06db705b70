"""The `triage` command: parse options, call the library, print. Data on stdout, the rest on stderr.

Exit codes: 0 every ticket decided; 1 some tickets could not be triaged (they still have an error
record); 2 usage or configuration error (nothing was decided).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from enum import StrEnum
from pathlib import Path
from typing import IO, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.text import Text

from .decision import Decision
from .errors import ConfigError, ExtractorUnavailable
from .evals.cli import eval_command
from .explain import render_explanation, render_rules_markdown
from .extractors import resolve_kind
from .loaders import iter_tickets
from .output import write_decisions
from .summary import RunSummary
from .tickets import Ticket
from .triager import Triager

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Explained escalation decisions for support tickets.")
stderr = Console(stderr=True, soft_wrap=True)


class Format(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    table = "table"


class ExtractorChoice(StrEnum):
    auto = "auto"
    rules = "rules"
    openai = "openai"


ExtractorOpt = Annotated[ExtractorChoice, typer.Option("--extractor", help="auto: openai when OPENAI_API_KEY or "
                                                       "OPENAI_BASE_URL is set, else the offline rules")]
ModelOpt = Annotated[str | None, typer.Option("--model", envvar="TRIAGE_MODEL", help="LLM model name")]
PolicyOpt = Annotated[Path | None, typer.Option("--policy-config", envvar="TRIAGE_POLICY_CONFIG",
                                                help="policy TOML to use instead of the shipped one")]
CacheOpt = Annotated[Path | None, typer.Option("--cache", envvar="TRIAGE_CACHE", help="SQLite signal cache")]
NoCacheOpt = Annotated[bool, typer.Option("--no-cache", help="neither read nor write the signal cache")]
ConcurrencyOpt = Annotated[int, typer.Option("--concurrency", min=1, max=256, help="LLM extractions in flight")]
RedactOpt = Annotated[bool, typer.Option("--redact", help="mask e-mails, phones and card numbers before "
                                                          "text leaves the machine")]


def build_triager(extractor: ExtractorChoice, model: str | None, policy_config: Path | None, cache: Path | None,
                  no_cache: bool, concurrency: int, redact: bool) -> Triager:
    """Build the Triager, announcing the offline fallback; usage errors exit 2."""
    try:
        kind = resolve_kind(extractor.value)
        if extractor is ExtractorChoice.auto and kind == "rules":
            stderr.print("triage: no OPENAI_API_KEY or OPENAI_BASE_URL set: using the built-in offline extractor")
        return Triager(kind, policy_config=policy_config, concurrency=concurrency, model=model,
                       cache_path=str(cache) if cache else None, use_cache=not no_cache, redact=redact)
    except (ConfigError, ExtractorUnavailable) as exc:
        stderr.print(Text(f"triage: {exc}", style="red"))
        raise typer.Exit(2) from None


def _with_progress(decisions: Iterable[Decision], stack: ExitStack) -> Iterator[Decision]:
    if not stderr.is_terminal:
        yield from decisions
        return
    progress = stack.enter_context(Progress(SpinnerColumn(), TextColumn("triaging"), BarColumn(),
                                            TextColumn("{task.completed} tickets"), TimeElapsedColumn(),
                                            console=stderr, transient=True))
    task = progress.add_task("triage", total=None)
    for decision in decisions:
        progress.advance(task)
        yield decision


@app.command()
def run(
    paths: Annotated[list[str], typer.Argument(help="ticket files or folders; - reads JSON Lines from stdin")],
    out: Annotated[Path | None, typer.Option("--out", "-o", help="write decisions here instead of stdout")] = None,
    fmt: Annotated[Format, typer.Option("--format", help="jsonl (default), csv or table")] = Format.jsonl,
    extractor: ExtractorOpt = ExtractorChoice.auto,
    model: ModelOpt = None,
    policy_config: PolicyOpt = None,
    cache: CacheOpt = None,
    no_cache: NoCacheOpt = False,
    concurrency: ConcurrencyOpt = 8,
    redact: RedactOpt = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no summary on stderr")] = False,
) -> None:
    """Triage tickets: one decision per ticket, in input order."""
    triager = build_triager(extractor, model, policy_config, cache, no_cache, concurrency, redact)
    summary = RunSummary()
    with ExitStack() as stack:
        sink: IO[str] = stack.enter_context(out.open("w", encoding="utf-8")) if out else sys.stdout
        tickets = iter_tickets(paths, on_notice=lambda message: stderr.print(Text(f"triage: {message}")))
        decisions = _with_progress(triager.stream(tickets), stack)
        for decision in write_decisions(decisions, sink, fmt.value):
            summary.add(decision)
    if not quiet:
        summary.render(stderr)
    if summary.total == 0:
        stderr.print("[yellow]triage: no tickets found[/]")
    raise typer.Exit(1 if summary.errors else 0)


@app.command()
def explain(
    ticket: Annotated[str, typer.Argument(help="a ticket file, - for stdin, or the ticket text itself")],
    extractor: ExtractorOpt = ExtractorChoice.auto,
    model: ModelOpt = None,
    policy_config: PolicyOpt = None,
    cache: CacheOpt = None,
    no_cache: NoCacheOpt = False,
    as_json: Annotated[bool, typer.Option("--json", help="print the decision as JSON instead")] = False,
) -> None:
    """Explain one ticket: signals with evidence, every rule that fired, the decision and its deadlines."""
    triager = build_triager(extractor, model, policy_config, cache, no_cache, 1, False)
    if ticket == "-" or Path(ticket).exists():
        items = iter_tickets([ticket], on_notice=lambda message: stderr.print(Text(f"triage: {message}")))
    else:
        stderr.print("triage: not a file: explaining the argument as the ticket's text")
        items = iter([Ticket(id="argument", body=ticket)])
    decisions = list(triager.stream(items))
    for decision in decisions:
        if as_json:
            sys.stdout.write(decision.model_dump_json(indent=2) + "\n")
        else:
            render_explanation(decision, Console())
    raise typer.Exit(1 if any(d.error for d in decisions) or not decisions else 0)


@app.command()
def rules() -> None:
    """Print the criteria catalog and its routing as a Markdown table."""
    sys.stdout.write(render_rules_markdown())


app.command("eval")(eval_command)


def main() -> None:
    app()
