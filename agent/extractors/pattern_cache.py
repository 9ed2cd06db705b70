"""Keep the detectors' compiled regexes between runs, so a CLI call starts in a fraction of a second.

The offline detectors are a few hundred large phrase patterns. Rewriting them (``reopt``) and
compiling them with ``re`` takes seconds, and every process (each ``triage run``, ``explain`` or
test subprocess) paid it again. ``re`` keeps no cache across processes, so this module does: the
first run stores, for every pattern, the code ``re`` compiled it to, and later runs hand that code
straight to ``_sre.compile`` (what ``re.compile`` itself calls last), skipping the parse. The
prefilter's required words are derived values of a pattern too and are stored beside it.

The store is one zlib-compressed JSON file in the user's cache folder (``$TRIAGE_PATTERN_CACHE``
names another file; ``off`` disables it). Its name carries a fingerprint of the interpreter version,
the ``_sre`` bytecode version and the source of the code that derives entries (``reopt``,
``prefilter``, ``required_words``), so any change there starts a new file. Entries are keyed by the
pattern text and flags. ``_sre.compile`` validates the code it is given; a file that cannot be read, does not parse
or holds an entry ``_sre`` rejects is ignored and rebuilt. Nothing here can change what a pattern
matches: a pattern is either rebuilt from its own compiled code or compiled afresh.
"""

from __future__ import annotations

import atexit
import base64
import contextlib
import hashlib
import json
import os
import re
import sys
import tempfile
import threading
import zlib
from array import array
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

try:  # the internals ``re.compile`` is built from (CPython 3.11+); without them nothing is cached
    import _sre
    import re._compiler as _compiler
    import re._parser as _parser

    _INTERNALS = _sre.CODESIZE == 4
except (ImportError, AttributeError):  # pragma: no cover - other interpreters
    _INTERNALS = False

_HERE = Path(__file__).resolve().parent
#: Modules whose code decides what an entry holds: a change to any of them starts a new file.
_DERIVING_SOURCES = ("reopt.py", "prefilter.py", "required_words.py", "pattern_cache.py")

_LOCK = threading.Lock()
_entries: dict[str, list[Any]] | None = None  # key -> stored entry, loaded on first use
_dirty = False
_save_registered = False


@cache
def _fingerprint() -> str:
    digest = hashlib.sha256()
    digest.update(f"{sys.implementation.cache_tag}|{sys.version}|{getattr(_sre, 'MAGIC', 0)}".encode())
    for name in _DERIVING_SOURCES:
        with contextlib.suppress(OSError):
            digest.update((_HERE / name).read_bytes())
    return digest.hexdigest()[:16]


def cache_file() -> Path | None:
    """Where the store lives, or None when caching is off (``TRIAGE_PATTERN_CACHE=off``)."""
    if not _INTERNALS:
        return None
    setting = os.environ.get("TRIAGE_PATTERN_CACHE", "").strip()
    if setting.lower() in {"off", "0", "no", "false"}:
        return None
    if setting:
        return Path(setting).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "triage" / f"patterns-{_fingerprint()}.json.z"


def _load() -> dict[str, list[Any]]:
    global _entries
    if _entries is None:
        loaded: dict[str, list[Any]] = {}
        path = cache_file()
        if path is not None:
            try:
                data = json.loads(zlib.decompress(path.read_bytes()))
                if isinstance(data, dict) and data.get("fingerprint") == _fingerprint():
                    loaded = dict(data.get("entries", {}))
            except (OSError, ValueError, zlib.error, TypeError):
                loaded = {}
        _entries = loaded
    return _entries


def _key(kind: str, pattern: str, flags: int) -> str:
    return hashlib.sha256(f"{kind}\0{flags}\0{pattern}".encode()).hexdigest()[:32]


def _remember(key: str, entry: list[Any]) -> None:
    global _dirty, _save_registered
    with _LOCK:
        _load()[key] = entry
        _dirty = True
        if not _save_registered:
            _save_registered = True
            atexit.register(save)


def _build(pattern: str, flags: int) -> tuple[re.Pattern[str], list[Any]]:
    """Compile as ``re.compile`` does, keeping the code it produces."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    full_flags = flags | parsed.state.flags
    entry = [pattern, full_flags, base64.b64encode(array("I", code).tobytes()).decode("ascii"),
             parsed.state.groups - 1, groupindex, indexgroup]
    return _rebuild(entry), entry


def _rebuild(entry: list[Any]) -> re.Pattern[str]:
    pattern, flags, code, groups, groupindex, indexgroup = entry
    words = array("I")
    words.frombytes(base64.b64decode(code))
    compiled: re.Pattern[str] = _sre.compile(pattern, flags, words.tolist(), groups, groupindex, tuple(indexgroup))
    return compiled


def compile(pattern: str, flags: int = 0, rewrite: Callable[[str], str] | None = None) -> re.Pattern[str]:
    """``re.compile(rewrite(pattern), flags)``, from the store when this pattern was compiled before."""
    if cache_file() is None:
        return re.compile(rewrite(pattern) if rewrite else pattern, flags)
    key = _key("re" if rewrite is None else f"re:{rewrite.__module__}.{rewrite.__qualname__}", pattern, flags)
    entry = _load().get(key)
    if entry is not None:
        try:
            return _rebuild(entry)
        except (RuntimeError, ValueError, TypeError, OverflowError):  # rejected by _sre: compile afresh
            pass
    try:
        compiled, entry = _build(rewrite(pattern) if rewrite else pattern, flags)
    except re.error:
        raise
    except Exception:  # internals changed shape: fall back to the public API, uncached
        return re.compile(rewrite(pattern) if rewrite else pattern, flags)
    _remember(key, entry)
    return compiled


def derived(kind: str, pattern: re.Pattern[str], compute: Callable[[], Any]) -> Any:
    """A JSON-able value computed from ``pattern`` alone (e.g. its prefilter words), stored beside it."""
    if cache_file() is None:
        return compute()
    key = _key(kind, pattern.pattern, pattern.flags)
    entry = _load().get(key)
    if entry is not None:
        return entry[0]
    value = compute()
    _remember(key, [value])
    return value


def save() -> None:
    """Write the store if this process added entries (atomically: concurrent runs never see half a file)."""
    global _dirty
    path = cache_file()
    with _LOCK:
        if not _dirty or path is None or _entries is None:
            return
        payload = zlib.compress(json.dumps({"fingerprint": _fingerprint(), "entries": _entries}).encode(), 1)
        _dirty = False
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".patterns-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(payload)
            os.replace(tmp, path)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        if not os.environ.get("TRIAGE_PATTERN_CACHE"):
            for stale in path.parent.glob("patterns-*.json.z"):
                if stale != path:
                    with contextlib.suppress(OSError):
                        stale.unlink()
    except OSError:  # a read-only or full disk only costs the next run its start-up time
        pass


def reset_for_tests() -> None:
    """Forget what was loaded (tests point ``TRIAGE_PATTERN_CACHE`` at a file of their own)."""
    global _entries, _dirty
    with _LOCK:
        _entries = None
        _dirty = False
