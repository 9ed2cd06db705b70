"""Writers for decision records: JSON Lines (the contract), CSV and a terminal table."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from typing import IO, Literal

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .decision import Decision

OutputFormat = Literal["jsonl", "csv", "table"]
CSV_COLUMNS = (
    "ticket_id", "tier", "owner", "level", "categories", "procedures", "notify", "escalate_by",
    "respond_by", "resolve_by", "rules", "evidence", "needs_human_review", "review_reasons",
    "extractor", "policy_version", "prompt_version", "error",
)
TIER_STYLES = {"immediate": "bold red", "priority": "yellow", "standard": "cyan", "none": "dim"}


def decision_json(decision: Decision) -> str:
    """The contract's JSON line for one decision."""
    return decision.model_dump_json()


def csv_row(decision: Decision) -> dict[str, str]:
    def iso(value: object) -> str:
        return value.isoformat() if value is not None else ""  # type: ignore[attr-defined]

    return {
        "ticket_id": decision.ticket_id or "",
        "tier": decision.tier.value if decision.tier else "",
        "owner": decision.owner or "",
        "level": "" if decision.level is None else str(decision.level),
        "categories": ";".join(decision.categories),
        "procedures": ";".join(decision.procedures),
        "notify": ";".join(decision.notify),
        "escalate_by": iso(decision.escalate_by),
        "respond_by": iso(decision.respond_by),
        "resolve_by": iso(decision.resolve_by),
        "rules": ";".join(r.rule for r in decision.reasons),
        "evidence": " | ".join(r.evidence for r in decision.reasons),
        "needs_human_review": "true" if decision.needs_human_review else "false",
        "review_reasons": " | ".join(decision.review_reasons),
        "extractor": decision.extractor or "",
        "policy_version": decision.policy_version or "",
        "prompt_version": decision.prompt_version or "",
        "error": decision.error or "",
    }


def write_decisions(decisions: Iterable[Decision], out: IO[str], fmt: OutputFormat) -> Iterator[Decision]:
    """Write each decision as it arrives (table: at the end) and pass it on for the summary."""
    if fmt == "jsonl":
        for decision in decisions:
            out.write(decision_json(decision) + "\n")
            out.flush()
            yield decision
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for decision in decisions:
            writer.writerow(csv_row(decision))
            out.flush()
            yield decision
    else:
        table = Table(title="Triage decisions", show_lines=False)
        for column in ("ticket", "tier", "owner"):
            table.add_column(column, no_wrap=True)
        for column in ("rules", "review", "error"):
            table.add_column(column, overflow="fold")
        for decision in decisions:
            tier = decision.tier.value if decision.tier else "-"
            # Text, not markup: ticket ids and errors are data and may contain [brackets].
            table.add_row(Text(decision.ticket_id or "-"), Text(tier, style=TIER_STYLES.get(tier, "")),
                          Text(decision.owner or "-"), Text(", ".join(r.rule for r in decision.reasons)),
                          Text("yes" if decision.needs_human_review else ""), Text(decision.error or ""))
            yield decision
        Console(file=out, soft_wrap=False, width=200 if not out.isatty() else None).print(table)
