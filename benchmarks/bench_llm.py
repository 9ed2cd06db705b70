"""How close does the LLM extractor get to the ideal throughput against a slow OpenAI-compatible server?

    python benchmarks/bench_llm.py [--tickets 400] [--concurrency 32] [--latency 0.25] [--repeat 3]
                                   [--mode cli|inproc|both] [--json-mode] [--profile FILE]

The fake OpenAI server of the tests runs in a separate process on 127.0.0.1 and answers every
request after ``--latency`` seconds with a grounded answer (a standard-tier hit quoting the ticket,
so grounding and the offline floor do real work but no second look is asked). With N tickets, C in
flight and latency L, the ideal is N x L / C seconds; the issue's target is 1.5x that, plus start-up.

``cli`` runs ``triage run --extractor openai --concurrency C --no-cache`` as a subprocess
(OPENAI_BASE_URL / OPENAI_API_KEY point at the server), checks one decision per ticket in order from
``openai:<model>``, and reports its wall time, start-up (to the server's first request), the time
from the first request to exit against the ideal, the first output line, and CPU per request from
the child's rusage (with an empty run's CPU for the start-up share). ``inproc`` runs
``Triager.triage_many`` in this process and reports wall and process CPU per request. ``--profile
FILE`` adds one in-process run under cProfile (the producer thread, where the event loop runs) and
prints the top functions. CPU per request is the stable figure on a shared machine; wall time moves
with whatever else runs.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

MODEL = "bench-model"


# -- the server process -----------------------------------------------------------------------------

def serve(latency: float) -> None:
    """Run the fake server until stdin closes; print its base URL first.

    Each ``stats`` line on stdin is answered with the requests seen since the last one: how many, and
    when the first and the last arrived (epoch seconds, comparable with the parent's clock).
    """
    from fake_openai_server import FakeOpenAI, Reply, answer, hit, ticket_text

    def grounded(body: dict[str, Any]) -> Reply:
        words = ticket_text(body).split()
        return answer(hits=[hit("TEC3", " ".join(words[:6]))]) if words else answer()

    with FakeOpenAI(latency=latency, model=MODEL) as server:
        server.script = grounded
        print(server.base_url, flush=True)
        for _ in sys.stdin:  # the parent closes our stdin to stop us
            arrivals = [r.at - time.monotonic() + time.time() for r in server.chat_requests]
            server.requests.clear()
            print(json.dumps({"count": len(arrivals), "first": min(arrivals, default=None),
                              "last": max(arrivals, default=None)}), flush=True)


@dataclass
class Arrivals:
    count: int
    first: float | None
    last: float | None


def arrivals(server: subprocess.Popen[str]) -> Arrivals:
    """The requests the server saw since the last call."""
    assert server.stdin is not None and server.stdout is not None
    server.stdin.write("stats\n")
    server.stdin.flush()
    return Arrivals(**json.loads(server.stdout.readline()))


def start_server(latency: float) -> tuple[subprocess.Popen[str], str]:
    server = subprocess.Popen([sys.executable, __file__, "--serve", "--latency", str(latency)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert server.stdout is not None
    base_url = server.stdout.readline().strip()
    if not base_url.startswith("http://127.0.0.1:"):
        server.kill()
        raise SystemExit(f"the fake server did not start: {base_url!r}")
    return server, base_url


def stop_server(server: subprocess.Popen[str]) -> None:
    assert server.stdin is not None
    server.stdin.close()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


# -- tickets -------------------------------------------------------------------------------------------

def tickets(count: int) -> list[dict[str, object]]:
    """Distinct tickets: the offline benchmark's generator plus a line that differs for each."""
    from bench_run import generate

    made = generate(count, seed=11)
    for index, ticket in enumerate(made):
        ticket["body"] = f"{ticket['body']}\n\nWorkspace: team-{index:05d}.example"
    return made


# -- the CLI as a subprocess ----------------------------------------------------------------------

@dataclass
class CliRun:
    wall: float
    first_output: float | None
    cpu: float
    lines: list[str]
    stderr: str
    returncode: int
    first_request: float | None = None  # seconds from the command's start to the server's first request

    @property
    def requests(self) -> int:
        for line in self.stderr.splitlines():
            if line.startswith("LLM: ") and " requests" in line:
                return int(line.split()[1])
        return 0


def triage_command() -> list[str]:
    script = shutil.which("triage", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "triage"]


def run_cli(path: Path, concurrency: int, env: dict[str, str], server: subprocess.Popen[str]) -> CliRun:
    command = [*triage_command(), "run", str(path), "--extractor", "openai", "--model", MODEL,
               "--concurrency", str(concurrency), "--no-cache"]
    arrivals(server)  # forget earlier requests
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    epoch, start = time.time(), time.perf_counter()
    with tempfile.TemporaryFile("w+", encoding="utf-8") as errors:
        child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors, env=env, text=True)
        stdout: IO[str] | None = child.stdout
        assert stdout is not None
        first: float | None = None
        lines: list[str] = []
        for line in stdout:
            if first is None:
                first = time.perf_counter() - start
            lines.append(line)
        returncode = child.wait()
        wall = time.perf_counter() - start
        errors.seek(0)
        stderr = errors.read()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    seen = arrivals(server)
    return CliRun(wall, first, cpu, lines, stderr, returncode, None if seen.first is None else seen.first - epoch)


def check_output(run: CliRun, made: list[dict[str, object]]) -> None:
    """One decision per ticket, in input order, each from the LLM extractor naming the model."""
    decisions = [json.loads(line) for line in run.lines]
    problems: list[str] = []
    if run.returncode != 0:
        problems.append(f"exit code {run.returncode}: {run.stderr[-500:]}")
    if [d["ticket_id"] for d in decisions] != [t["id"] for t in made]:
        problems.append(f"{len(decisions)} decisions, not one per ticket in input order")
    wrong = [d["ticket_id"] for d in decisions if d.get("extractor") != f"openai:{MODEL}" or d.get("error")]
    if wrong:
        problems.append(f"{len(wrong)} decisions not from openai:{MODEL} (first: {wrong[0]})")
    if problems:
        raise SystemExit("bad benchmark output: " + "; ".join(problems))


def bench_cli(made: list[dict[str, object]], args: argparse.Namespace, server: subprocess.Popen[str],
              base_url: str, folder: Path) -> None:
    """Start-up is read off each run itself (command start to the server's first request), since a
    separate empty run on a busy machine says little about the runs it is subtracted from."""
    path = folder / "tickets.jsonl"
    path.write_text("".join(json.dumps(t) + "\n" for t in made), encoding="utf-8")
    empty = folder / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    env = {**os.environ, "OPENAI_BASE_URL": base_url, "OPENAI_API_KEY": "sk-bench",
           "TRIAGE_JSON_MODE": "1" if args.json_mode else "0"}
    boot = min((run_cli(empty, args.concurrency, env, server) for _ in range(args.repeat)), key=lambda r: r.cpu)
    runs: list[CliRun] = []
    for _ in range(args.repeat):
        run = run_cli(path, args.concurrency, env, server)
        check_output(run, made)
        runs.append(run)
    ideal = args.tickets * args.latency / args.concurrency
    best = min(runs, key=lambda r: r.wall)
    served = best.wall - (best.first_request or 0.0)
    requests = best.requests or args.tickets
    cpu = min(r.cpu for r in runs)
    print(f"cli  (triage run --extractor openai --concurrency {args.concurrency} --no-cache, {args.tickets} tickets)")
    print(f"  wall, best of {args.repeat}:       {best.wall:.2f} s  (all: {', '.join(f'{r.wall:.2f}' for r in runs)})")
    print(f"  start-up (to 1st request): {best.first_request or 0:.2f} s;  first output line at "
          f"{best.first_output or 0:.2f} s")
    print(f"  first request to exit:   {served:.2f} s = {served / ideal:.2f}x the ideal {args.tickets} x "
          f"{args.latency} / {args.concurrency} = {ideal:.3f} s (target 1.5x = {1.5 * ideal:.2f} s)")
    print(f"  requests:                {requests}")
    print(f"  client CPU, min of runs: {cpu:.2f} s = {1000 * cpu / requests:.2f} ms per request; an empty run "
          f"takes {boot.cpu:.2f} s, so {1000 * (cpu - boot.cpu) / requests:.2f} ms per request beyond start-up")


# -- in process ------------------------------------------------------------------------------------------

def build_triager(args: argparse.Namespace, base_url: str) -> Any:
    from triage import Triager

    return Triager("openai", concurrency=args.concurrency, model=MODEL, use_cache=False, base_url=base_url,
                   api_key="sk-bench", json_mode=args.json_mode)


def run_inproc(made: list[dict[str, object]], args: argparse.Namespace, base_url: str,
               profiler: Any = None) -> tuple[float, float, int]:
    triager = build_triager(args, base_url)
    if profiler is not None:  # the event loop runs in the producer thread: profile there
        produce = triager._produce

        async def profiled(*call: Any) -> None:
            profiler.enable()
            try:
                await produce(*call)
            finally:
                profiler.disable()

        triager._produce = profiled
    cpu, start = time.process_time(), time.perf_counter()
    decisions = triager.triage_many(made)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    assert [d.ticket_id for d in decisions] == [t["id"] for t in made]
    bad = [d for d in decisions if d.extractor != f"openai:{MODEL}" or d.error]
    assert not bad, bad[0]
    requests = sum(d.usage.requests for d in decisions if d.usage is not None)
    return wall, cpu, requests


def bench_inproc(made: list[dict[str, object]], args: argparse.Namespace, base_url: str) -> None:
    run_inproc(made[: args.concurrency], args, base_url)  # warm-up: imports, prompt, regexes
    runs = [run_inproc(made, args, base_url) for _ in range(args.repeat)]
    ideal = args.tickets * args.latency / args.concurrency
    wall, _, requests = min(runs)
    cpu = min(r[1] for r in runs)
    print("in-process (Triager.triage_many)")
    print(f"  wall, best of {args.repeat}:       {wall:.2f} s  (all: {', '.join(f'{r[0]:.2f}' for r in runs)});  "
          f"ratio {wall / ideal:.2f}x of the ideal {ideal:.3f} s")
    print(f"  process CPU:             {cpu:.2f} s; per request {1000 * cpu / requests:.2f} ms ({requests} requests)")


def profile(made: list[dict[str, object]], args: argparse.Namespace, base_url: str) -> None:
    import cProfile
    import pstats

    run_inproc(made[: args.concurrency], args, base_url)
    profiler = cProfile.Profile()
    wall, cpu, requests = run_inproc(made, args, base_url, profiler)
    profiler.dump_stats(args.profile)
    print(f"profiled run: {wall:.2f} s wall, {1000 * cpu / requests:.2f} ms CPU per request (with profiler "
          f"overhead); stats in {args.profile}")
    stats = pstats.Stats(profiler)
    stats.sort_stats("tottime").print_stats(25)
    stats.sort_stats("cumulative").print_stats(40)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--tickets", type=int, default=400)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--latency", type=float, default=0.25, help="seconds the server takes per request")
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs")
    parser.add_argument("--mode", choices=("cli", "inproc", "both"), default="both")
    parser.add_argument("--json-mode", action="store_true", help="JSON mode instead of strict json_schema")
    parser.add_argument("--profile", metavar="FILE", help="also profile one in-process run into FILE")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.latency)
        return
    made = tickets(args.tickets)
    server, base_url = start_server(args.latency)
    try:
        with tempfile.TemporaryDirectory() as folder:
            if args.mode in ("cli", "both"):
                bench_cli(made, args, server, base_url, Path(folder))
            if args.mode in ("inproc", "both"):
                bench_inproc(made, args, base_url)
            if args.profile:
                profile(made, args, base_url)
    finally:
        stop_server(server)


if __name__ == "__main__":
    main()
