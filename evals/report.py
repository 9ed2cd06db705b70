"""The human report on the terminal: rich tables rendered from the summary object."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table

from .cases import TIERS

MAX_ROWS = 25


def pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1%}"


def interval(ci: Any) -> str:
    return "" if not ci else f"{ci[0]:.1%} – {ci[1]:.1%}"


def signed(value: float | None) -> str:
    return "n/a" if value is None else f"{value:+.1%}"


def render_terminal(summary: dict[str, Any], console: Console) -> None:
    console.print(f"[bold]triage eval[/bold]: {summary['n']} cases · extractor {summary['extractor']}"
                  + (f" ({summary['model']})" if summary.get("model") else "")
                  + f" · {summary['policy_version']} · {summary['elapsed_seconds']:.2f} s")
    console.print(_overview(summary))
    console.print(_per_tier(summary))
    console.print(_confusion(summary))
    if summary["critical_miss_ids"]:
        console.print("[bold red]Critical misses[/bold red] (expected immediate, decided lower): "
                      + ", ".join(summary["critical_miss_ids"]))
    if summary["error_ids"]:
        console.print("[bold red]Errors[/bold red]: " + ", ".join(summary["error_ids"][:MAX_ROWS]))
    attribution = summary["attribution"]
    if attribution["cases"]:
        console.print(_attribution(attribution))
    per = summary["per_criterion"]
    if per:
        weak = {cid: row for cid, row in per.items() if row["missed_ids"] or row["unexpected"]}
        console.print(_criteria(per, weak))
    if summary["per_tag"]:
        console.print("Tier accuracy by tag: " + " · ".join(
            f"{tag} {pct(row['tier_accuracy'])} ({row['n']})" for tag, row in summary["per_tag"].items()))
    if "diff" in summary:
        render_diff(summary["diff"], console)
    if summary["gates"]:
        console.print(_gates(summary["gates"]))
    for warning in summary.get("warnings", [])[:MAX_ROWS]:
        console.print(f"[yellow]warning[/yellow]: {warning}", markup=True, highlight=False)


def _overview(s: dict[str, Any]) -> Table:
    table = Table(title="Summary", title_justify="left")
    table.add_column("metric")
    table.add_column("value", justify="right")
    table.add_column("95% CI (Wilson)")
    table.add_row("tier accuracy", pct(s["tier_accuracy"]), interval(s["tier_accuracy_ci95"]))
    table.add_row(f"owner accuracy ({s['owner_n']} labelled)", pct(s["owner_accuracy"]),
                  interval(s["owner_accuracy_ci95"]))
    table.add_row("tier and owner right", pct(s["decision_accuracy"]), "")
    table.add_row("critical misses", str(s["critical_misses"]), "")
    table.add_row("under-escalations", str(s["under_escalations"]), "")
    table.add_row("over-escalations", str(s["over_escalations"]), "")
    table.add_row("errors", str(s["errors"]), "")
    table.add_row("flagged for review", str(s["needs_review"]), "")
    usage = s["usage"]
    table.add_row("signals reused / extracted", f"{usage['reused_signals']} / {usage['extractions']}", "")
    if usage.get("cost_usd") is not None:
        table.add_row("LLM cost", f"${usage['cost_usd']:.4f}", "")
    return table


def _per_tier(s: dict[str, Any]) -> Table:
    table = Table(title="Per tier", title_justify="left")
    for name in ("tier", "support", "decided", "precision", "recall"):
        table.add_column(name, justify="left" if name == "tier" else "right")
    for tier, row in s["per_tier"].items():
        table.add_row(tier, str(row["support"]), str(row["predicted"]), pct(row["precision"]),
                      pct(row["recall"]))
    return table


def _confusion(s: dict[str, Any]) -> Table:
    table = Table(title="Confusion matrix (rows: expected, columns: decided)", title_justify="left")
    table.add_column("expected \\ decided")
    columns = [t.value for t in TIERS] + ["error"]
    for column in columns:
        table.add_column(column, justify="right")
    for expected, row in s["confusion"].items():
        cells = []
        for column in columns:
            count = row[column]
            text = str(count) if count else "·"
            cells.append(f"[green]{text}[/green]" if column == expected and count else
                         f"[red]{text}[/red]" if count else text)
        table.add_row(expected, *cells)
    return table


def _attribution(a: dict[str, Any]) -> Table:
    counts = a["counts"]
    title = (f"Misses and their cause (extractor {counts['extractor']}, policy {counts['policy']}, "
             f"labels {counts['labels']}, unattributed {counts['unattributed']}); policy on expected "
             f"signals: {pct(a['policy_on_expected_accuracy'])}")
    table = Table(title=title, title_justify="left")
    for name in ("case", "expected", "decided", "on expected signals", "blame", "missing", "extra"):
        table.add_column(name)
    for row in a["cases"][:MAX_ROWS]:
        table.add_row(row["id"], f"{row['expected_tier']} / {row['expected_owner']}",
                      f"{row['tier']} / {row['owner']}",
                      f"{row['oracle_tier']} / {row['oracle_owner']}" if row["oracle_tier"] else "-",
                      row["blame"], " ".join(row["missing_criteria"]), " ".join(row["extra_criteria"]))
    if len(a["cases"]) > MAX_ROWS:
        table.caption = f"{len(a['cases']) - MAX_ROWS} more in --json / --report"
    return table


def _criteria(per: dict[str, Any], weak: dict[str, Any]) -> Table:
    perfect = len(per) - len(weak)
    table = Table(title=f"Per criterion ({perfect} of {len(per)} with full recall and no unexpected fires)",
                  title_justify="left")
    for name in ("criterion", "support", "recall", "missed", "unexpected"):
        table.add_column(name)
    for cid, row in weak.items():
        table.add_row(cid, str(row["support"]), pct(row["recall"]), " ".join(row["missed_ids"][:8]),
                      " ".join(row["unexpected_ids"][:8]))
    return table


def render_diff(d: dict[str, Any], console: Console) -> None:
    style = "bold red" if d["stale"] or d["broke"] else "bold green"
    console.print(f"[{style}]Against baseline[/{style}] {d['baseline']['path']}: {d['verdict']}",
                  highlight=False)
    console.print(f"compared {d['compared']} cases · right (tier and owner) {pct(d['old_accuracy'])} → "
                  f"{pct(d['new_accuracy'])} ({signed(d['accuracy_delta'])}, paired bootstrap 95% CI "
                  f"{_signed_ci(d['bootstrap_ci'])}) · McNemar p={d['mcnemar_p']:.3g} · signals reused "
                  f"{d['reused_signals']}, extracted {d['extracted']}", highlight=False)
    if d["changed"]:
        table = Table(title="Changed decisions", title_justify="left")
        for name in ("case", "old", "new", "expected", "verdict", "rules +", "rules -"):
            table.add_column(name)
        for c in d["changed"][:MAX_ROWS * 2]:
            colour = {"fixed": "green", "broke": "red"}.get(c["verdict"], "yellow")
            table.add_row(c["id"], f"{c['old_tier']} / {c['old_owner']}",
                          f"{c['new_tier']} / {c['new_owner']}",
                          f"{c['expected_tier']} / {c['expected_owner']}",
                          f"[{colour}]{c['verdict']}[/{colour}]", " ".join(c["rules_added"]),
                          " ".join(c["rules_removed"]))
        console.print(table)
        console.print(_transitions(d["tier_transitions"]))


def _signed_ci(ci: Any) -> str:
    return "n/a" if not ci else f"{ci[0]:+.1%} … {ci[1]:+.1%}"


def _transitions(t: dict[str, dict[str, int]]) -> Table:
    table = Table(title="Tiers: baseline (rows) → this run (columns)", title_justify="left")
    columns = list(next(iter(t.values())))
    table.add_column("old \\ new")
    for column in columns:
        table.add_column(column, justify="right")
    for old, row in t.items():
        if any(row.values()):
            table.add_row(old, *[str(row[c]) if row[c] else "·" for c in columns])
    return table


def _gates(gates: list[dict[str, Any]]) -> Table:
    table = Table(title="Gates", title_justify="left")
    for name in ("gate", "threshold", "actual", "result"):
        table.add_column(name)
    for g in gates:
        table.add_row(g["name"], _number(g["threshold"]), _number(g["actual"]),
                      "[green]pass[/green]" if g["passed"] else "[bold red]FAIL[/bold red]")
    return table


def _number(value: Any) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, float) and not value.is_integer():
        return f"{value:.4g}"
    return str(int(value)) if isinstance(value, float) else str(value)
