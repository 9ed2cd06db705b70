"""The end-of-run summary: what a support lead wants to see after `triage run`."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from rich.console import Console
from rich.table import Table

from .decision import Decision, Usage

#: Escalation Metrics & SLAs > Escalation Success Metrics: "Escalation Rate: <5% of total support tickets".
ESCALATION_RATE_TARGET = 0.05


@dataclass
class RunSummary:
    """Counts collected while decisions stream past."""

    total: int = 0
    errors: int = 0
    review: int = 0
    tiers: Counter[str] = field(default_factory=Counter)
    owners: Counter[str] = field(default_factory=Counter)
    usage: Usage = field(default_factory=Usage)
    cached: int = 0

    def add(self, decision: Decision) -> None:
        self.total += 1
        if decision.error is not None:
            self.errors += 1
        else:
            self.tiers[decision.tier.value if decision.tier else "none"] += 1
            self.owners[decision.owner or "-"] += 1
        if decision.needs_human_review:
            self.review += 1
        if decision.usage is not None:
            self.usage = self.usage.add(decision.usage)

    @property
    def decided(self) -> int:
        return self.total - self.errors

    @property
    def escalation_rate(self) -> float:
        escalated = sum(n for tier, n in self.tiers.items() if tier != "none")
        return escalated / self.decided if self.decided else 0.0

    def render(self, console: Console) -> None:
        table = Table(title=f"{self.total} tickets: {self.decided} decided, {self.errors} errors, "
                            f"{self.review} for human review", title_justify="left")
        table.add_column("tier")
        table.add_column("tickets", justify="right")
        for tier in ("immediate", "priority", "standard", "none"):
            table.add_row(tier, str(self.tiers.get(tier, 0)))
        owners = Table(title="by owner", title_justify="left")
        owners.add_column("owner")
        owners.add_column("tickets", justify="right")
        for owner, count in self.owners.most_common():
            owners.add_row(owner, str(count))
        console.print(table)
        console.print(owners)
        rate = self.escalation_rate
        verdict = "within" if rate < ESCALATION_RATE_TARGET else "above"
        console.print(f"escalation rate {rate:.1%} ({verdict} the policy's < {ESCALATION_RATE_TARGET:.0%} target)")
        if self.usage.requests:
            cost = f", estimated cost ${self.usage.cost_usd:.4f}" if self.usage.cost_usd is not None else ""
            console.print(f"LLM: {self.usage.requests} requests, {self.usage.input_tokens} input tokens "
                          f"({self.usage.cached_tokens} cached), {self.usage.output_tokens} output tokens{cost}")
