"""The generation cache: every finished generation is committed to SQLite (WAL) as it arrives.

A rerun generates only the keys that are missing; ``kill -9`` in the middle of a run loses at most
the requests in flight. Each row is one transaction, keyed by the request key, so a row is either
there whole or not at all and is never duplicated. Failed generations are not cached: a rerun
tries them again. A completion holding a lone surrogate (a server's ``"\\ud800"``: no UTF-8 file can
hold it) is stored with U+FFFD in its place, so the run and every rerun finish.

Every SQLite error (a corrupt file, a read-only one, a full disk) becomes an ``OSError`` naming the
cache file, which the CLI prints as ``cannot access PATH: ...``.
"""

from __future__ import annotations

import dataclasses
import errno
import json
import logging
import sqlite3
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from harness.backends.base import Generation, GenerationRequest
from harness.io import lone_surrogates_replaced

log = logging.getLogger("cnh.cache")

SCHEMA = """
CREATE TABLE IF NOT EXISTS generations (
    key TEXT PRIMARY KEY,
    backend TEXT NOT NULL,
    model TEXT NOT NULL,
    params TEXT NOT NULL,
    prompt_id TEXT NOT NULL,
    prompt_hash TEXT NOT NULL,
    case_id TEXT NOT NULL,
    sample INTEGER NOT NULL,
    text TEXT NOT NULL,
    seconds REAL NOT NULL,
    prompt_tokens INTEGER,
    completion_tokens INTEGER,
    created REAL NOT NULL
)
"""
# Columns added later (finish reason, attempts, retry causes as JSON): added to older cache files when opened.
EXTRA_COLUMNS = {"finish_reason": "TEXT", "attempts": "INTEGER", "retry_causes": "TEXT"}


class Cache:
    """A SQLite file of finished generations."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self.db.execute("PRAGMA busy_timeout=10000")
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=FULL")
            self.db.execute(SCHEMA)
            have = {row[1] for row in self.db.execute("PRAGMA table_info(generations)")}
            for name, kind in EXTRA_COLUMNS.items():
                if name not in have:
                    self.db.execute(f"ALTER TABLE generations ADD COLUMN {name} {kind}")
        except sqlite3.Error as exc:
            raise self._error(exc) from exc

    def _error(self, exc: sqlite3.Error) -> OSError:
        """An SQLite error as an OSError naming the cache file, with a hint on what to do."""
        text = str(exc)
        if "full" in text:
            code, hint = errno.ENOSPC, "free some space and rerun"
        elif "readonly" in text or "read-only" in text or "unable to open" in text:
            code, hint = errno.EACCES, "the cache file or its folder is not writable (set `cache:` in the run config)"
        elif isinstance(exc, sqlite3.DatabaseError) and ("not a database" in text or "malformed" in text):
            code, hint = errno.EIO, "the file is not a readable generation cache: move it aside and rerun"
        else:
            code, hint = errno.EIO, "rerun; if it persists, move the cache file aside"
        return OSError(code, f"generation cache: {text} ({hint})", str(self.path))

    def missing(self, keys: Iterable[str]) -> set[str]:
        """The keys that have no finished generation yet."""
        keys = list(keys)
        have: set[str] = set()
        try:
            for i in range(0, len(keys), 500):
                chunk = keys[i:i + 500]
                rows = self.db.execute(f"SELECT key FROM generations WHERE key IN ({','.join('?' * len(chunk))})",
                                       chunk)
                have.update(r[0] for r in rows)
        except sqlite3.Error as exc:
            raise self._error(exc) from exc
        return set(keys) - have

    def put(self, req: GenerationRequest, gen: Generation, backend: str, model: str,
            params: dict[str, Any]) -> None:
        """Store one finished generation durably (ignored if the key is already stored).

        Raises:
            OSError: naming the cache file when SQLite cannot write (a full disk, a read-only file).
        """
        text = lone_surrogates_replaced(gen.text)
        if text != gen.text:
            log.warning("%s / %s / sample %d: lone surrogates in the completion replaced by U+FFFD",
                        req.case_id, req.prompt_id, req.sample)
            gen = dataclasses.replace(gen, text=text)
        try:
            self._insert(req, gen, backend, model, params)
        except sqlite3.Error as exc:
            raise self._error(exc) from exc

    def _insert(self, req: GenerationRequest, gen: Generation, backend: str, model: str,
                params: dict[str, Any]) -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO generations (key, backend, model, params, prompt_id, prompt_hash, case_id, "
            "sample, text, seconds, prompt_tokens, completion_tokens, created, finish_reason, attempts, retry_causes) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (gen.key, backend, model, json.dumps(params, sort_keys=True), req.prompt_id, req.prompt_hash,
             req.case_id, req.sample, gen.text, gen.seconds, gen.prompt_tokens, gen.completion_tokens,
             time.time(), gen.finish_reason, gen.attempts, json.dumps(list(gen.retry_causes))),
        )

    def get(self, keys: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Stored generations by key."""
        keys = list(keys)
        out: dict[str, dict[str, Any]] = {}
        self.db.row_factory = sqlite3.Row
        try:
            for i in range(0, len(keys), 500):
                chunk = keys[i:i + 500]
                for row in self.db.execute(
                        f"SELECT * FROM generations WHERE key IN ({','.join('?' * len(chunk))})", chunk):
                    out[row["key"]] = dict(row)
        except sqlite3.Error as exc:
            raise self._error(exc) from exc
        finally:
            self.db.row_factory = None
        return out

    def close(self) -> None:
        """Close the database."""
        self.db.close()
