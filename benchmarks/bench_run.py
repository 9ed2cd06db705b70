"""How fast is the offline path, measured against the I/O floor in the same process?

    python benchmarks/bench_run.py [--tickets 10000] [--repeat 3] [--no-prefilter]

It writes generated tickets to a temporary JSONL file, then times (1) a plain loop that reads each
line, parses it and writes it back as JSON (the floor any triage run pays), and (2) the full
offline path: load, extract with the rules, decide, write the decision line. The figure that
matters is the ratio; absolute numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import tempfile
import time
from pathlib import Path

from triage import Triager
from triage.loaders import iter_tickets
from triage.output import decision_json

OPENINGS = ["Hi team,", "Hello,", "Good morning,", "Hey there,", "Dear TeamFlow support,", ""]
PROBLEMS = [
    "our whole workspace has been unreachable since 9am and nobody in the office can log in",
    "I think someone accessed our account: there are logins from a country we have never worked in",
    "we got a letter from our lawyer and we intend to sue if the data is not returned",
    "please refund the annual charge of $2,400, we never used the product",
    "the Gantt view does not save task dependencies any more, it has been three days without a fix",
    "how do I export a board to CSV?",
    "we would love a dark mode for the timeline view",
    "I'd like to speak with a manager about how my last ticket was handled",
    "the Slack integration stopped posting updates to our channel yesterday",
    "can we move from monthly to annual billing and add 15 seats to our contract?",
    "pages take 20 seconds to load since this morning but they do load eventually",
    "I'm having trouble, can you help?",
]
CLOSINGS = ["Thanks,\nAna", "Best regards,\nTom Becker\nOps Lead", "Cheers", "-- \nSent from my phone", ""]
PLANS = ["basic", "pro", "enterprise", None]


def generate(n: int, seed: int = 7) -> list[dict[str, object]]:
    rng = random.Random(seed)
    tickets: list[dict[str, object]] = []
    for i in range(n):
        body = "\n\n".join(part for part in (rng.choice(OPENINGS), rng.choice(PROBLEMS).capitalize() + ".",
                                               rng.choice(CLOSINGS)) if part)
        ticket: dict[str, object] = {"id": f"B-{i:05d}", "subject": f"Ticket {i}", "body": body,
                                     "received_at": "2026-11-26T09:30:00Z"}
        plan = rng.choice(PLANS)
        if plan:
            ticket["customer"] = {"name": f"Customer {i % 97}", "plan": plan,
                                  "annual_contract_value_usd": rng.choice([None, 12000, 64000])}
        tickets.append(ticket)
    return tickets


def io_floor(path: Path) -> float:
    sink = io.StringIO()
    start = time.perf_counter()
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            sink.write(json.dumps(json.loads(line)) + "\n")
    return time.perf_counter() - start


def offline_path(path: Path, triager: Triager) -> float:
    sink = io.StringIO()
    start = time.perf_counter()
    for decision in triager.stream(iter_tickets([str(path)])):
        sink.write(decision_json(decision) + "\n")
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs for each side")
    parser.add_argument("--no-prefilter", action="store_true",
                        help="run every phrase pattern, even when the ticket lacks its words (same output, slower)")
    args = parser.parse_args()
    if args.no_prefilter:
        from triage.extractors import prefilter

        prefilter.ENABLED = False
    triager = Triager("rules")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "tickets.jsonl"
        path.write_text("".join(json.dumps(t) + "\n" for t in generate(args.tickets)), encoding="utf-8")
        offline_path(path, triager)  # warm-up: imports, regex compilation, caches
        floor = min(io_floor(path) for _ in range(args.repeat))
        full = min(offline_path(path, triager) for _ in range(args.repeat))
    print(f"tickets:            {args.tickets}")
    print(f"I/O floor:          {args.tickets / floor:,.0f} tickets/s ({floor * 1e6 / args.tickets:.1f} us/ticket)")
    print(f"offline triage:     {args.tickets / full:,.0f} tickets/s ({full * 1e6 / args.tickets:.1f} us/ticket)")
    print(f"ratio to the floor: {full / floor:.2f}x")


if __name__ == "__main__":
    main()
