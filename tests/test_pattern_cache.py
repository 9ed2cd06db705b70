"""The compiled-pattern store: patterns rebuilt from it match exactly as freshly compiled ones do."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from triage.extractors import pattern_cache
from triage.extractors.reopt import optimize

ROOT = Path(__file__).resolve().parents[1]
TEXTS = ["our lawyers will sue", "The Service is DOWN for everyone", "x" * 50, "refund of $1,200.50 please", ""]
PATTERN = r"(?:is|was) (?:down|offline)|lawyers?|refund(?: of)? \$(?P<amount>[\d,.]+)"


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    path = tmp_path / "patterns.json.z"
    monkeypatch.setenv("TRIAGE_PATTERN_CACHE", str(path))
    pattern_cache.reset_for_tests()
    yield path
    pattern_cache.reset_for_tests()


def _matches(pattern: object, texts: list[str]) -> list[list[tuple[int, int, dict[str, str | None]]]]:
    import re

    assert isinstance(pattern, re.Pattern)
    return [[(m.start(), m.end(), m.groupdict()) for m in pattern.finditer(t.lower())] for t in texts]


def _stored_entries(path: Path) -> dict[str, list[object]]:
    data = json.loads(zlib.decompress(path.read_bytes()))
    entries: dict[str, list[object]] = data["entries"]
    return entries


def test_a_pattern_rebuilt_from_the_store_matches_like_a_fresh_one(store: Path) -> None:
    first = pattern_cache.compile(PATTERN, 0, rewrite=optimize)
    pattern_cache.save()
    assert store.exists() and len(_stored_entries(store)) == 1
    pattern_cache.reset_for_tests()

    rebuilt = pattern_cache.compile(PATTERN, 0, rewrite=optimize)
    import re

    fresh = re.compile(optimize(PATTERN))
    assert rebuilt is not first
    assert rebuilt.pattern == fresh.pattern and rebuilt.groupindex == fresh.groupindex
    assert _matches(rebuilt, TEXTS) == _matches(fresh, TEXTS)
    assert any(_matches(fresh, TEXTS))  # the texts do exercise the pattern


def test_the_second_run_reads_the_stored_code(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pattern_cache.compile(PATTERN)
    pattern_cache.save()
    pattern_cache.reset_for_tests()

    def no_compiling(*_: object) -> None:
        raise AssertionError("compiled again although the store holds the pattern")

    monkeypatch.setattr(pattern_cache, "_build", no_compiling)
    assert pattern_cache.compile(PATTERN).search("the app was down") is not None


def test_a_corrupt_store_is_ignored_and_rewritten(store: Path) -> None:
    store.write_bytes(b"not zlib at all")
    pattern = pattern_cache.compile(PATTERN)
    assert pattern.search("lawyer") is not None
    pattern_cache.save()
    assert len(_stored_entries(store)) == 1


def test_an_entry_the_regex_engine_rejects_is_compiled_afresh(store: Path) -> None:
    pattern_cache.compile(PATTERN)
    pattern_cache.save()
    data = json.loads(zlib.decompress(store.read_bytes()))
    for entry in data["entries"].values():
        entry[2] = "5wMAAA=="  # opcode 999: not valid regex code
    store.write_bytes(zlib.compress(json.dumps(data).encode()))
    pattern_cache.reset_for_tests()
    assert pattern_cache.compile(PATTERN).search("refund of $30") is not None


def test_a_store_from_other_code_is_not_used(store: Path) -> None:
    pattern_cache.compile(PATTERN)
    pattern_cache.save()
    data = json.loads(zlib.decompress(store.read_bytes()))
    data["fingerprint"] = "some-older-version"
    store.write_bytes(zlib.compress(json.dumps(data).encode()))
    pattern_cache.reset_for_tests()
    assert pattern_cache._load() == {}


def test_derived_values_are_stored_beside_the_pattern(store: Path) -> None:
    pattern = pattern_cache.compile(PATTERN)
    calls: list[int] = []

    def compute() -> list[str]:
        calls.append(1)
        return ["lawyer", "down"]

    assert pattern_cache.derived("words", pattern, compute) == ["lawyer", "down"]
    pattern_cache.save()
    pattern_cache.reset_for_tests()
    assert pattern_cache.derived("words", pattern, compute) == ["lawyer", "down"]
    assert calls == [1]


def test_off_compiles_every_time_and_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRIAGE_PATTERN_CACHE", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    pattern_cache.reset_for_tests()
    assert pattern_cache.cache_file() is None
    assert pattern_cache.compile(PATTERN).search("lawyers") is not None
    pattern_cache.save()
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_store_costs_nothing_but_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setenv("TRIAGE_PATTERN_CACHE", str(blocker / "patterns.json.z"))  # parent is a file
    pattern_cache.reset_for_tests()
    assert pattern_cache.compile(PATTERN).search("lawyers") is not None
    pattern_cache.save()  # must not raise
    pattern_cache.reset_for_tests()


_EXTRACT_ALL = """
import json, sys
from triage.evals.cases import load_dataset
from triage.extractors.rules import RulesExtractor
from triage.extractors import pattern_cache
from triage.tickets import Ticket
extractor = RulesExtractor()
out = []
for case in load_dataset(sys.argv[1:]).cases:
    out.append(extractor.extract(Ticket.model_validate(case.ticket)).signals.model_dump(mode="json"))
print(json.dumps({"stored": pattern_cache.cache_file() is not None and pattern_cache.cache_file().exists(),
                  "signals": out}))
"""


def test_the_extractor_decides_the_same_from_a_cold_store_a_warm_store_and_no_store(tmp_path: Path) -> None:
    """Every labelled ticket: identical signals whether patterns were compiled, stored or read back."""
    datasets = sorted(str(p) for p in (ROOT / "evals" / "datasets").glob("*.jsonl"))

    def run(setting: str) -> dict[str, object]:
        env = {**os.environ, "TRIAGE_PATTERN_CACHE": setting}
        done = subprocess.run([sys.executable, "-c", _EXTRACT_ALL, *datasets], env=env, capture_output=True,
                              text=True, check=True, timeout=300)
        result: dict[str, object] = json.loads(done.stdout)
        return result

    store = str(tmp_path / "patterns.json.z")
    uncached = run("off")
    cold = run(store)
    warm = run(store)
    assert cold["stored"] is False and warm["stored"] is True
    assert isinstance(uncached["signals"], list) and len(uncached["signals"]) > 400
    assert cold["signals"] == uncached["signals"]
    assert warm["signals"] == uncached["signals"]


def test_every_module_that_derives_stored_values_is_in_the_fingerprint() -> None:
    """A change to code that computes stored entries must start a new store, or stale entries survive it."""
    here = Path(pattern_cache.__file__).parent
    deriving = set(pattern_cache._DERIVING_SOURCES)
    todo, seen = ["reopt.py", "prefilter.py"], set()
    while todo:
        name = todo.pop()
        seen.add(name)
        for line in (here / name).read_text(encoding="utf-8").splitlines():
            words = line.split()
            if line.startswith("from .") and len(words) > 1 and words[1] != ".":
                imported = words[1][1:] + ".py"
                if imported not in seen:
                    todo.append(imported)
            elif line.startswith("from . import "):
                names = (m.strip() + ".py" for m in line[len("from . import "):].split(","))
                todo.extend(n for n in names if n not in seen)
    assert seen <= deriving, sorted(seen - deriving)
