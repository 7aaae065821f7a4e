"""A run directory that one process writes at a time and that readers see whole or not at all.

``cnh run`` holds a lock on ``results/<run-id>/`` for as long as it runs (``fcntl.flock`` on
``.cnh-lock``, which also records the holder's process id): a second run into the same directory
stops at once, naming the process that holds it (exit 2). The kernel drops the lock when its holder
dies, so the lock of a killed run is simply taken over.

A run writes its files into a private staging directory (``.staging-<pid>-<random>/``) and commits them
together at the end: it leaves an ``.incomplete`` marker, moves each file into place (each move is
atomic), writes ``run.json`` last with a ``files`` manifest (bytes, lines and sha256 of every file),
then removes the marker. :func:`check_complete` is what readers (``cnh report``, ``compare``,
``gate``) call: a directory with the marker, or whose files disagree with the manifest, is refused.
A run killed before its commit leaves the previous run's files untouched.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import secrets
import shutil
import socket
import sys
import time
from pathlib import Path
from typing import Any

log = logging.getLogger("cnh.run")

LOCK_NAME = ".cnh-lock"
"""The lock file of a run directory (its content: the holder's pid, host, start time and command)."""
MARKER_NAME = ".incomplete"
"""Present while a run moves its files into place; a directory holding it is refused by readers."""
STAGING_PREFIX = ".staging-"
"""Private directories where a run writes its files before committing them."""
MANIFEST_NAME = "run.json"
"""The run manifest, written last; its ``files`` entry lists every committed file."""


class RunDirBusy(ValueError):
    """Another live process holds the run directory's lock (the CLI reports it as an input error, exit 2)."""


class IncompleteRunError(ValueError):
    """A run directory whose files were not all committed by one run."""


def file_entry(path: Path) -> dict[str, Any]:
    """The manifest entry of one file: its size, line count and sha256."""
    h = hashlib.sha256()
    size = lines = 0
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
            size += len(block)
            lines += block.count(b"\n")
    return {"bytes": size, "lines": lines, "sha256": h.hexdigest()}


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):  # not every platform or file system can sync a directory
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


HOLDER_WAIT_S = 0.5
"""How long to wait for a lock's holder to write who it is: it takes the lock first and writes its details after, so
a run that arrives in between would otherwise find the file empty."""


def _holder(lock: Path) -> str:
    """Who holds a lock, in words, from what the holder wrote into the lock file (waiting up to
    :data:`HOLDER_WAIT_S` for a holder that has just taken it to write that)."""
    deadline = time.monotonic() + HOLDER_WAIT_S
    while True:
        try:
            info = json.loads(lock.read_text(encoding="utf-8"))
            started = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(float(info["started"])))
            host, command = info.get("host", "?"), info.get("command", "?")
            return f"process {int(info['pid'])} on {host} (since {started}: {command})"
        except (OSError, ValueError, KeyError, TypeError):
            if time.monotonic() >= deadline:
                return "another process"
            time.sleep(0.02)


class RunDir:
    """The lock and the staging area of one run directory; use as a context manager.

    Args:
        path: the run directory (created if needed).
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.staging = self.path / f"{STAGING_PREFIX}{os.getpid()}-{secrets.token_hex(4)}"
        self._fd: int | None = None

    def __enter__(self) -> RunDir:
        self.path.mkdir(parents=True, exist_ok=True)
        self._lock()
        for old in self.path.glob(STAGING_PREFIX + "*"):  # left by killed runs: the lock says nobody uses them
            shutil.rmtree(old, ignore_errors=True)
        self.staging.mkdir()
        return self

    def __exit__(self, *exc: object) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)
        if self._fd is not None:
            os.close(self._fd)  # releases the lock; the file stays (deleting it would race a new holder)
            self._fd = None

    def _lock(self) -> None:
        lock = self.path / LOCK_NAME
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows: no advisory locks here
            self._fd = fd
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise RunDirBusy(f"{self.path} is in use by {_holder(lock)}: two runs writing one run directory "
                             "would mix their files; wait for it to finish or use another --run-id") from None
        except OSError as exc:  # e.g. a network file system without locks: go on, unprotected
            log.warning("%s: cannot lock (%s); another run into it would not be stopped", self.path, exc)
        info = {"pid": os.getpid(), "host": socket.gethostname(), "started": time.time(),
                "command": " ".join(["cnh", *sys.argv[1:]])[:200]}
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(info).encode("utf-8"), 0)
        self._fd = fd

    def commit(self, names: list[str], manifest: dict[str, Any]) -> None:
        """Move the staged files ``names`` into the run directory, then write ``run.json`` (``manifest`` plus a
        ``files`` entry for each name) last. Readers refuse the directory until this returns."""
        files = {name: file_entry(self.staging / name) for name in names}
        staged_manifest = self.staging / MANIFEST_NAME
        with open(staged_manifest, "w", encoding="utf-8") as fh:
            fh.write(json.dumps({**manifest, "files": files}, indent=2, ensure_ascii=False) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        marker = self.path / MARKER_NAME
        marker.write_text(json.dumps({"pid": os.getpid(), "time": time.time()}) + "\n", encoding="utf-8")
        _fsync_dir(self.path)
        for name in names:
            os.replace(self.staging / name, self.path / name)
        os.replace(staged_manifest, self.path / MANIFEST_NAME)
        _fsync_dir(self.path)
        marker.unlink()
        _fsync_dir(self.path)


def incomplete_reason(path: str | Path) -> str | None:
    """Why a run directory (or the directory of a ``scores.jsonl``) is not one run's complete output, or None.

    A directory is incomplete while it holds the ``.incomplete`` marker (a run was stopped while moving its files
    into place), or when a file listed in ``run.json``'s ``files`` manifest is missing or differs from it
    (its size, lines or sha256). Directories without a manifest (``cnh score`` output, older runs) are not judged.
    """
    path = Path(path)
    run_dir = path if path.is_dir() else path.parent
    if (run_dir / MARKER_NAME).exists():
        return (f"{run_dir}: incomplete run directory (a run was stopped while writing it, see {MARKER_NAME}); "
                "rerun the same `cnh run` to complete it")
    try:
        manifest = json.loads((run_dir / MANIFEST_NAME).read_bytes().decode("utf-8"))
    except (OSError, ValueError):
        return None  # no manifest, or one the loader reports itself
    files = manifest.get("files") if isinstance(manifest, dict) else None
    if not isinstance(files, dict):
        return None
    for name, want in files.items():
        target = run_dir / str(name)
        if not target.is_file():
            return f"{run_dir}: incomplete run directory: {name}, listed in {MANIFEST_NAME}, is missing"
        got = file_entry(target)
        if not isinstance(want, dict) or any(got[k] != want.get(k) for k in ("bytes", "lines", "sha256")):
            return (f"{target} is not the file {MANIFEST_NAME} lists (changed after the run, or by another "
                    f"process): the directory mixes runs; rerun `cnh run` to rewrite it, or remove {MANIFEST_NAME} "
                    "if new `cnh score` output replaces the run")
    return None


def check_complete(path: str | Path) -> None:
    """Raise :class:`IncompleteRunError` unless ``path`` holds one run's complete output (see
    :func:`incomplete_reason`)."""
    reason = incomplete_reason(path)
    if reason is not None:
        raise IncompleteRunError(reason)
