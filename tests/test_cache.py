"""The SQLite signal cache: keys, WAL, and many writers at once (threads and processes)."""

from __future__ import annotations

import multiprocessing
import sqlite3
import threading
from pathlib import Path

import pytest

from triage.cache import SignalCache, cache_key, default_cache_path


def test_round_trip_and_counts(tmp_path: Path) -> None:
    cache = SignalCache(tmp_path / "deep" / "signals.sqlite")
    key = cache_key(text="hello", model="m")
    assert cache.get(key) is None
    cache.put(key, "openai:m", {"signals": {"hits": []}, "review_reasons": ["REV-X: y"]})
    assert cache.get(key) == {"signals": {"hits": []}, "review_reasons": ["REV-X: y"]}
    assert (cache.hits, cache.misses, len(cache)) == (1, 1, 1)


def test_keys_depend_on_every_part_and_not_on_their_order() -> None:
    base = {"text": "t", "extractor": "openai:m", "model": "m", "prompt_version": "p1", "redact": False}
    assert cache_key(**base) == cache_key(**dict(reversed(list(base.items()))))
    for name, other in (("text", "t2"), ("model", "m2"), ("prompt_version", "p2"), ("redact", True)):
        assert cache_key(**{**base, name: other}) != cache_key(**base), name


def test_the_file_uses_write_ahead_logging(tmp_path: Path) -> None:
    SignalCache(tmp_path / "c.sqlite")
    with sqlite3.connect(tmp_path / "c.sqlite") as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_many_threads_write_and_read_at_once(tmp_path: Path) -> None:
    cache = SignalCache(tmp_path / "c.sqlite")
    errors: list[BaseException] = []

    def work(worker: int) -> None:
        try:
            for n in range(40):
                key = cache_key(worker=worker % 4, n=n)  # workers collide on purpose
                cache.put(key, "x", {"n": n})
                assert cache.get(key) == {"n": n}
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(w,)) for w in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(cache) == 4 * 40


def _process_writer(path: str, worker: int, count: int) -> None:
    cache = SignalCache(path)
    for n in range(count):
        cache.put(cache_key(worker=worker, n=n), "x", {"worker": worker, "n": n})
        cache.put(cache_key(shared=n), "x", {"n": n})


def test_several_processes_write_to_one_file(tmp_path: Path) -> None:
    path = str(tmp_path / "c.sqlite")
    context = multiprocessing.get_context("fork")
    workers = [context.Process(target=_process_writer, args=(path, w, 60)) for w in range(4)]
    for process in workers:
        process.start()
    for process in workers:
        process.join(30)
    assert [p.exitcode for p in workers] == [0, 0, 0, 0]
    cache = SignalCache(path)
    assert len(cache) == 4 * 60 + 60
    assert cache.get(cache_key(worker=3, n=59)) == {"worker": 3, "n": 59}


def test_default_location_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("TRIAGE_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert default_cache_path() == tmp_path / "triage" / "signals.sqlite"
    monkeypatch.setenv("TRIAGE_CACHE", str(tmp_path / "mine.sqlite"))
    assert default_cache_path() == tmp_path / "mine.sqlite"
