"""Human-readable renderings: one decision explained, and the catalog as a Markdown table."""

from __future__ import annotations

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .decision import Decision
from .output import TIER_STYLES
from .policy import CRITERIA, FIRST_LINE_RULES, GROUPS_BY_ID, Signals
from .policy.catalog import owner_of, tier_of


def render_rules_markdown() -> str:
    """The catalog and its routing as a Markdown table (the README's policy table)."""
    lines = [
        "| rule | tier | group | owner | policy criterion | what counts |",
        "|---|---|---|---|---|---|",
    ]
    for c in CRITERIA:
        group = GROUPS_BY_ID[c.group]
        owner = owner_of(c)
        if c.group == "SEC":
            owner += " (cto when data was exposed)"
        lines.append(f"| {c.id} | {tier_of(c).value} | {group.name} | {owner} | {c.bullet} | "
                     f"{c.description.replace('|', '/')} |")
    for rule, role, description in FIRST_LINE_RULES.values():
        lines.append(f"| {rule} | none | Level 1: First-Line Support | {role} | - | {description} |")
    return "\n".join(lines) + "\n"


def _signal_rows(signals: Signals) -> list[tuple[str, str, str]]:
    rows = [(h.criterion, "criterion", h.evidence) for h in signals.hits]
    facts = {
        "plan": signals.plan, "annual_contract_value_usd": signals.annual_contract_value_usd,
        "fortune_500": signals.fortune_500, "unresolved_hours": signals.unresolved_hours,
        "failed_attempts": signals.failed_attempts, "data_exposed": signals.data_exposed,
        "outage_scope": signals.outage_scope, "injection": signals.injection,
    }
    for name, fact in facts.items():
        if fact is not None:
            rows.append((name, str(fact.value), fact.evidence))
    if signals.refund is not None:
        refund = signals.refund
        amount = "no amount" if refund.amount is None else f"{refund.amount:g} {refund.currency or ''}"
        rows.append(("refund", amount, signals.refund.evidence))
    rows.append(("topic", signals.topic, ""))
    if signals.vague:
        rows.append(("vague", "true", ""))
    if not signals.support_request:
        rows.append(("support_request", "false", ""))
    return rows


def render_explanation(decision: Decision, console: Console) -> None:
    """Print one decision the way a support engineer reads it."""
    if decision.error is not None:
        console.print(Panel(Text.assemble(("error", "bold red"), f": {decision.error}"),
                            title=escape(f"ticket {decision.ticket_id}")))
        return
    tier = decision.tier.value if decision.tier else "-"
    head = Text.assemble(
        (tier.upper(), TIER_STYLES.get(tier, "")), " -> ", (decision.owner or "-", "bold"),
        f" (level {decision.level})\nescalate by {_when(decision.escalate_by)}, "
        f"respond by {_when(decision.respond_by)}, resolve by {_when(decision.resolve_by)}\n"
        f"extractor {decision.extractor}, {decision.policy_version}")
    reasons = Table(title="rules that fired", title_justify="left", show_lines=True)
    for column in ("rule", "tier", "owner", "policy section", "evidence"):
        reasons.add_column(column, overflow="fold")
    for r in decision.reasons:
        reasons.add_row(r.rule, r.tier.value, r.owner, r.section, Text(r.evidence))
    signals = Table(title="signals", title_justify="left")
    for column in ("signal", "value", "evidence"):
        signals.add_column(column, overflow="fold")
    for row in _signal_rows(decision.signals or Signals()):
        signals.add_row(*(Text(cell) for cell in row))
    parts: list[object] = [head, reasons, signals]
    for procedure in decision.procedure_steps:
        steps = "\n".join([f"[bold]{escape(procedure.name)}[/] - now:"]
                          + [f"  {i}. {escape(step)}" for i, step in enumerate(procedure.immediate, 1)]
                          + ["  then:"] + [f"  {i}. {escape(step)}" for i, step in enumerate(procedure.follow_up, 1)])
        parts.append(steps)
    if decision.notify:
        parts.append(Text("notify: " + ", ".join(decision.notify)))
    if decision.secondary_procedures or decision.secondary_notify:
        parts.append(Text("secondary: " + ", ".join(decision.secondary_procedures + decision.secondary_notify)))
    if decision.review_reasons:
        parts.append(Text.assemble(("needs human review", "bold magenta"), ":\n",
                                   "\n".join(f"  - {r}" for r in decision.review_reasons)))
    console.print(Panel(Group(*parts), title=escape(f"ticket {decision.ticket_id}")))  # type: ignore[arg-type]


def _when(moment: object) -> str:
    return "-" if moment is None else moment.isoformat(timespec="minutes")  # type: ignore[attr-defined]
