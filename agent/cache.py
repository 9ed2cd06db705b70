"""The signal cache: SQLite (WAL), so nothing is paid for twice.

Keys are sha256 hashes of everything that can change an extraction: the text sent, the extractor,
the model, the prompt version and the redaction flag (``cache_key``). A change of prompt or model
therefore misses by construction; nothing is ever invalidated by hand.

Safe with concurrent writers: each thread gets its own connection, WAL lets readers and one writer
work at once, a busy timeout makes other processes wait their turn, and ``INSERT OR REPLACE`` on
the key makes a racing duplicate write harmless (both wrote the same answer).
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

CACHE_ENV = "TRIAGE_CACHE"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS extractions (
    key TEXT PRIMARY KEY,
    extractor TEXT NOT NULL,
    value TEXT NOT NULL,
    created_at REAL NOT NULL
)
"""


def default_cache_path() -> Path:
    """$TRIAGE_CACHE, else $XDG_CACHE_HOME/triage/signals.sqlite, else ~/.cache/triage/signals.sqlite."""
    explicit = os.environ.get(CACHE_ENV)
    if explicit:
        return Path(explicit).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "triage" / "signals.sqlite"


def cache_key(**parts: Any) -> str:
    """A stable hash of named parts (order-independent, JSON-encoded)."""
    payload = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class SignalCache:
    """A key-value store of JSON documents in one SQLite file."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path).expanduser()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._lock = threading.Lock()
        self._connections: list[sqlite3.Connection] = []
        self.hits = 0
        self.misses = 0
        self._connection()  # create the file and table now, so a bad path fails early

    def _connection(self) -> sqlite3.Connection:
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is None:
            connection = sqlite3.connect(self.path, timeout=30.0, isolation_level=None,
                                         check_same_thread=False)
            connection.execute("PRAGMA busy_timeout = 30000")
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = NORMAL")
            connection.execute(_SCHEMA)
            self._local.connection = connection
            with self._lock:
                self._connections.append(connection)
        return connection

    def get(self, key: str) -> dict[str, Any] | None:
        row = self._connection().execute("SELECT value FROM extractions WHERE key = ?", (key,)).fetchone()
        with self._lock:
            if row is None:
                self.misses += 1
                return None
            self.hits += 1
        value: dict[str, Any] = json.loads(row[0])
        return value

    def put(self, key: str, extractor: str, value: dict[str, Any]) -> None:
        document = json.dumps(value, ensure_ascii=False, sort_keys=True)
        for attempt in range(5):
            try:
                self._connection().execute(
                    "INSERT OR REPLACE INTO extractions (key, extractor, value, created_at) "
                    "VALUES (?, ?, ?, ?)",
                    (key, extractor, document, time.time()))
                return
            except sqlite3.OperationalError as exc:  # "database is locked" past the busy timeout
                if "locked" not in str(exc) or attempt == 4:
                    raise
                time.sleep(0.05 * (attempt + 1))

    def __len__(self) -> int:
        row = self._connection().execute("SELECT COUNT(*) FROM extractions").fetchone()
        return int(row[0])

    def close(self) -> None:
        with self._lock:
            for connection in self._connections:
                connection.close()
            self._connections.clear()
        self._local = threading.local()
