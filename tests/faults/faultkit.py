"""Shared fault-injection machinery for ``tests/faults/`` and ``benchmarks/reliability.py``.

A :class:`FaultServer` is a chat-completions server on 127.0.0.1 (the pattern of ``tests/test_openai_backend.py``,
whose :class:`Reply` and :func:`completion` it reuses) that replays a script of faults, then answers normally. It can
also reset connections, stall or trickle a body, and die for good after a number of answers.

A *scenario* is one fault class driven through a full ``cnh run`` (or ``cnh score``), followed by a clean rerun. Each
returns an :class:`Outcome`: how many faults were injected, how many items were lost or duplicated, how the fault was
reported to the user, and the counts the tests assert on.
"""

from __future__ import annotations

import errno
import json
import os
import signal
import socket
import sqlite3
import struct
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from unittest import mock

from click.testing import CliRunner
from conftest import DAM_CASE, ROOT
from test_openai_backend import Reply, _QuietServer, completion

from harness.cli import main

__all__ = [
    "DAM_CASE", "ROOT", "FaultServer", "HttpScenario", "Outcome", "Reply", "HTTP_SCENARIOS", "PROCESS_SCENARIOS",
    "cli", "read_jsonl", "run_http_scenario", "write_workdir",
]

SAMPLES = 6
"""Items per scenario: one case × one prompt × this many samples."""
MAX_RETRIES = 2
"""Retries per item in every scenario config (so at most 3 attempts per item)."""


# ------------------------------------------------------------------------------------------------ the server


class FaultServer:
    """A threaded chat-completions server on 127.0.0.1 that serves ``script`` (one :class:`Reply` a request, in
    arrival order) and then normal completions.

    Extra ``Reply.action`` values beyond the backend tests' ``"truncate"`` and ``"close"``: ``"reset"`` (a TCP RST
    instead of an answer), ``"stall"`` (headers and half the body, then ``delay`` seconds of silence, then close) and
    ``"trickle"`` (the body a few bytes at a time, ``delay`` seconds apart). ``die_after=N`` makes the server stop for
    good after N normal answers: it closes its listening socket and resets every later request. With
    ``one_item=True`` the script is served only to the first item that arrives (told apart by its seed), so that one
    item meets every fault however its retries interleave with other requests.
    """

    def __init__(self, script: list[Reply] | None = None, *, die_after: int | None = None,
                 default_delay: float = 0.0, one_item: bool = False) -> None:
        self.script: list[Reply] = list(script or [])
        self.one_item = one_item
        self.target_seed: int | None = None
        self.die_after = die_after
        self.default_delay = default_delay
        self.requests: list[dict[str, Any]] = []
        self.answered = 0
        self.ok_seeds: set[int] = set()  # items that got a normal completion
        self.injected = 0
        self.dead = False
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - silence the default log
                pass

            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                body = json.loads(raw)
                self._seed = body.get("seed")
                with server.lock:
                    server.requests.append({"headers": dict(self.headers), "body": body, "seed": body.get("seed")})
                    if server.one_item and server.target_seed is None:
                        server.target_seed = body.get("seed")
                    targeted = not server.one_item or body.get("seed") == server.target_seed
                    if server.dead:
                        reply = Reply(action="reset")
                    elif server.script and targeted:
                        reply = server.script.pop(0)
                        server.injected += 1
                    else:
                        reply = Reply()
                time.sleep(reply.delay if reply.action not in ("stall", "trickle") else 0.0)
                if reply.action is None and server.default_delay:
                    time.sleep(server.default_delay)
                self._send(reply, body["messages"][-1]["content"])

            def _reset(self) -> None:
                self.close_connection = True
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                self.connection.close()  # closing with a zero linger sends RST, not FIN

            def _send(self, reply: Reply, prompt: str) -> None:
                if reply.action == "reset":
                    self._reset()
                    return
                if reply.action == "close":
                    self.close_connection = True
                    return
                payload = completion(f"summary of: {prompt}") if reply.body is None else reply.body
                if isinstance(payload, bytes):
                    data = payload
                else:
                    data = payload.encode() if isinstance(payload, str) else json.dumps(payload).encode()
                self.send_response(reply.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data) + (100 if reply.action == "truncate" else 0)))
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                if reply.action == "stall":
                    self.wfile.write(data[: len(data) // 2])
                    self.wfile.flush()
                    time.sleep(reply.delay)
                    self.close_connection = True
                    return
                if reply.action == "trickle":
                    for i in range(0, len(data), 64):
                        self.wfile.write(data[i:i + 64])
                        self.wfile.flush()
                        time.sleep(reply.delay)
                else:
                    self.wfile.write(data)
                    self.wfile.flush()
                if reply.action == "truncate":
                    self.close_connection = True
                    return
                if reply.status == 200 and reply.action is None and reply.body is None:
                    with server.lock:
                        server.answered += 1
                        server.ok_seeds.add(self._seed)
                        if server.die_after is not None and server.answered >= server.die_after:
                            server.dead = True
                            threading.Thread(target=server._close_listener, daemon=True).start()

        self.httpd = _QuietServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    @property
    def base_url(self) -> str:
        """The ``/v1`` base URL to put in a run config."""
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}/v1"

    def _close_listener(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def attempts_by_seed(self) -> Counter[int]:
        """How many requests each item (identified by its per-request seed) received."""
        with self.lock:
            return Counter(r["seed"] for r in self.requests)

    def start(self) -> FaultServer:
        """Start serving in a daemon thread."""
        self.thread.start()
        return self

    def stop(self) -> None:
        """Stop serving (a no-op if the server already died)."""
        if not self.dead:
            self._close_listener()

    def __enter__(self) -> FaultServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


# ------------------------------------------------------------------------------------------------ run helpers


def write_workdir(root: Path) -> Path:
    """A working directory holding ``cases/dam.yaml`` (the invented dam case of ``tests/conftest.py``)."""
    (root / "cases").mkdir(parents=True, exist_ok=True)
    (root / "cases" / "dam.yaml").write_text(DAM_CASE, encoding="utf-8")
    return root


def openai_config(workdir: Path, base_url: str, *, run_id: str = "f", samples: int = SAMPLES,
                  api_key_env: str | None = None, **params: Any) -> Path:
    """Write a run config for one ``openai`` model at ``base_url`` with fast retries; return its path."""
    p: dict[str, Any] = {"base_url": base_url, "concurrency": 1, "max_retries": MAX_RETRIES, "backoff_base": 0.01,
                         "backoff_max": 0.2, "timeout": 2.0, **params}
    if api_key_env:
        p["api_key_env"] = api_key_env
    cfg = {"run_id": run_id, "models": [{"name": "srv", "backend": "openai", "model": "m", "params": p}],
           "cases": [str(workdir / "cases")], "samples": samples, "out": str(workdir / "results"),
           "cache": str(workdir / ".cnh-cache" / "generations.sqlite")}
    path = workdir / "run.yaml"
    path.write_text(json.dumps(cfg), encoding="utf-8")  # JSON is YAML
    return path


@dataclass
class CliResult:
    """What one command printed and returned."""

    exit_code: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        """Both streams."""
        return self.stdout + self.stderr


def cli(args: list[str], cwd: Path | None = None) -> CliResult:
    """Run ``cnh ARGS`` in this process (Click's runner), optionally from ``cwd``."""
    old = Path.cwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        res = CliRunner().invoke(main, args, catch_exceptions=True)
    finally:
        os.chdir(old)
    stderr = res.stderr if res.stderr_bytes is not None else ""
    if res.exception is not None and not isinstance(res.exception, SystemExit):  # escaped the CLI's own handler
        stderr += f"\nTraceback (escaped the CLI): {type(res.exception).__name__}: {res.exception}"
    return CliResult(res.exit_code, res.stdout, stderr)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Every non-blank line of a JSONL file, parsed (raises if any line is corrupt)."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def first_problem(res: CliResult) -> str:
    """The first line that reports a problem to the user, or ``"retried, completed"``."""
    for line in res.stderr.splitlines():
        if line.startswith(("error:", "failed:")) or ": " in line and line.split(": ")[0].endswith(".yaml"):
            return line.strip()
    return "retried, completed" if res.exit_code == 0 else f"exit {res.exit_code} with no message"


# ------------------------------------------------------------------------------------------------ outcomes


@dataclass
class Outcome:
    """The result of one scenario: a faulty run followed by a clean rerun."""

    name: str
    injections: int
    items: int
    lost: int  # items finished before or during the fault that were gone (or generated again) afterwards
    duplicated: int  # summary ids written more than once in summaries.jsonl or scores.jsonl
    report: str  # how the user was told: the first error line, or "retried, completed"
    first_exit: int
    first_generated: int = 0
    rerun_exit: int = 0
    rerun_generated: int = 0
    rerun_cached: int = 0
    max_attempts: int = 0  # most requests any one item received during the faulty run
    corrupt_lines: int = 0  # lines of any scores.jsonl / summaries.jsonl that do not parse
    output: str = ""
    notes: list[str] = field(default_factory=list)


def _dupes(path: Path) -> tuple[int, int, set[str]]:
    """(duplicated ids, corrupt lines, ids) of a JSONL file of records with ``summary_id``."""
    if not path.exists():
        return 0, 0, set()
    ids: list[str] = []
    corrupt = 0
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.strip():
            continue
        try:
            ids.append(json.loads(line)["summary_id"])
        except (ValueError, KeyError):
            corrupt += 1
    return len(ids) - len(set(ids)), corrupt, set(ids)


def _manifest(workdir: Path, run_id: str = "f") -> dict[str, Any]:
    path = workdir / "results" / run_id / "run.json"
    log = path.with_name("run-log.json")  # this invocation's counts (generated, cached) live beside run.json
    out = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    return {**out, **json.loads(log.read_text(encoding="utf-8"))} if path.exists() and log.exists() else out


def _check_run_dir(workdir: Path, run_id: str = "f") -> tuple[int, int, set[str]]:
    """(duplicates, corrupt lines, summary ids) over the run's summaries.jsonl and scores.jsonl."""
    d1, c1, ids = _dupes(workdir / "results" / run_id / "summaries.jsonl")
    d2, c2, _ = _dupes(workdir / "results" / run_id / "scores.jsonl")
    return d1 + d2, c1 + c2, ids


# ------------------------------------------------------------------------------------------------ HTTP scenarios


@dataclass(frozen=True)
class HttpScenario:
    """One HTTP fault class: the replies served first, and what the run must end with."""

    name: str
    script: tuple[Reply, ...] = ()
    die_after: int | None = None
    params: dict[str, Any] = field(default_factory=dict)
    expect_failed: int = 0  # items the faulty run must report as failed (0: it must complete)
    one_item: bool = False  # serve the whole script to one item (see FaultServer)


def _burst(status: int, n: int, headers: dict[str, str] | None = None) -> tuple[Reply, ...]:
    return tuple(Reply(status, {"error": {"message": f"injected {status}"}}, dict(headers or {})) for _ in range(n))


HTTP_SCENARIOS: tuple[HttpScenario, ...] = (
    HttpScenario("read timeout", (Reply(delay=1.0), Reply(delay=1.0)), params={"timeout": 0.3}),
    HttpScenario("connection reset", (Reply(action="reset"), Reply(action="reset"))),
    HttpScenario("connection closed, no answer", (Reply(action="close"),)),
    HttpScenario("429 with Retry-After", _burst(429, 2, {"Retry-After": "0.05"})),
    HttpScenario("429 without Retry-After", _burst(429, 2)),
    HttpScenario("500 burst", _burst(500, 2) + (Reply(),) + _burst(500, 2)),
    HttpScenario("502 burst", _burst(502, 2)),
    HttpScenario("503 burst with Retry-After", _burst(503, 2, {"Retry-After": "0"})),
    HttpScenario("malformed JSON body", (Reply(200, b"{not json"),)),
    HttpScenario("truncated body", (Reply(200, action="truncate"),)),
    HttpScenario("empty choices", (Reply(200, {"choices": []}),)),
    HttpScenario("very slow body (stalls past the read timeout)", (Reply(action="stall", delay=1.0),),
                 params={"timeout": 0.3}),
    HttpScenario("slow body (trickles within the read timeout)", (Reply(action="trickle", delay=0.02),),
                 params={"timeout": 1.0}),
    HttpScenario("500 on every attempt (retries exhausted)", _burst(500, MAX_RETRIES + 1), expect_failed=1,
                 one_item=True),
    HttpScenario("server dies mid-run", die_after=3, expect_failed=SAMPLES - 3),
)


def run_http_scenario(sc: HttpScenario, workdir: Path) -> Outcome:
    """Drive one HTTP fault through a full ``cnh run`` with the ``openai`` backend, then rerun against a healthy
    server (a new port: the transport is not part of the cache key) and count what was lost or duplicated."""
    write_workdir(workdir)
    with FaultServer(list(sc.script), die_after=sc.die_after, one_item=sc.one_item) as srv:
        cfg = openai_config(workdir, srv.base_url, **sc.params)
        first = cli(["run", str(cfg), "-q"], cwd=workdir)
    attempts = srv.attempts_by_seed()
    m1 = _manifest(workdir)
    dup1, corrupt1, ids1 = _check_run_dir(workdir)
    with FaultServer() as healthy:
        cfg = openai_config(workdir, healthy.base_url, **sc.params)
        rerun = cli(["run", str(cfg), "-q"], cwd=workdir)
    m2 = _manifest(workdir)
    dup2, corrupt2, ids2 = _check_run_dir(workdir)
    # Items finished in the first run must come from the cache on the rerun, never be asked for again.
    regenerated = set(healthy.attempts_by_seed()) & srv.ok_seeds
    finished_first = m1.get("generated", 0)
    lost = len(regenerated) + len(ids1 - ids2) + max(0, SAMPLES - len(ids2))
    if m2.get("generated", 0) != SAMPLES - finished_first:
        lost += abs(m2.get("generated", 0) - (SAMPLES - finished_first))
    injections = srv.injected + (1 if sc.die_after is not None else 0)
    report = first_problem(first)
    if report == "retried, completed" and max(attempts.values(), default=0) == 1:
        report = "completed (no retry needed)"
    out = Outcome(sc.name, injections, SAMPLES, lost, dup1 + dup2, report, first.exit_code,
                  finished_first, rerun.exit_code, m2.get("generated", -1), m2.get("cached", -1),
                  max(attempts.values(), default=0), corrupt1 + corrupt2, first.output + rerun.output)
    return out


# ------------------------------------------------------------------------------------------------ process faults


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def _cnh(*args: str) -> list[str]:
    return [sys.executable, "-m", "harness.cli", *args]


def _wait_for(predicate: Callable[[], bool], proc: subprocess.Popen[bytes], limit: float = 60.0) -> bool:
    """Poll until ``predicate`` holds (True) or the process ends / the limit passes (False)."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and proc.poll() is None:
        if predicate():
            return True
        time.sleep(0.005)
    return False


def _stored(db: Path) -> int:
    try:
        with sqlite3.connect(db) as con:
            return int(con.execute("SELECT COUNT(*) FROM generations").fetchone()[0])
    except sqlite3.Error:
        return 0


def kill9_during_generation(workdir: Path) -> Outcome:
    """``kill -9`` a real ``cnh run`` (openai backend, slow server) after a few generations are stored; rerun."""
    write_workdir(workdir)
    db = workdir / ".cnh-cache" / "generations.sqlite"
    with FaultServer(default_delay=0.05) as srv:
        cfg = openai_config(workdir, srv.base_url, samples=40)
        proc = subprocess.Popen(_cnh("run", str(cfg), "-q"), cwd=workdir, env=_env(),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _wait_for(lambda: db.exists() and _stored(db) >= 3, proc)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    with sqlite3.connect(db) as con:
        ok = con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        n, distinct = con.execute("SELECT COUNT(*), COUNT(DISTINCT key) FROM generations").fetchone()
    with FaultServer() as healthy:
        cfg = openai_config(workdir, healthy.base_url, samples=40)
        rerun = subprocess.run(_cnh("run", str(cfg), "-q"), cwd=workdir, env=_env(), capture_output=True,
                               text=True, timeout=120)
    m = _manifest(workdir)
    dup, corrupt, ids = _check_run_dir(workdir)
    lost = max(0, 40 - len(ids)) + max(0, n - m.get("cached", 0)) + (0 if ok else 1)
    out = Outcome("kill -9 during generation", 1, 40, lost, dup + (n - distinct), "killed (no message possible)",
                  -9, n, rerun.returncode, m.get("generated", -1), m.get("cached", -1), 0, corrupt,
                  rerun.stdout + rerun.stderr)
    out.notes.append(f"stored before the kill: {n}; rerun asked the server for {len(healthy.requests)} items")
    return out


def _write_file_summaries(path: Path, n: int) -> None:
    """``n`` long summaries of the dam case (slow enough to score that a kill lands mid-scoring)."""
    base = ("The upstream water minister, Ana Rivas, said the dam had cut the river's flow by only 5 percent. "
            "Downstream officials said the flow had fallen by 40 percent in three weeks. ")
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"case_id": "dam-dispute", "summary_id": f"s{i}", "model": "ext", "sample": i,
                                 "text": base * 6 + f"Item {i}."}) + "\n")


def kill9_during_scoring(workdir: Path, command: str = "score") -> Outcome:
    """``kill -9`` a real ``cnh score`` (or ``cnh run``) while it writes scores; the previous scores.jsonl must stay
    whole, every line of any scores.jsonl must parse, and a rerun must complete."""
    write_workdir(workdir)
    n = 120
    src = workdir / "s.jsonl"
    _write_file_summaries(src, n)
    out_dir = workdir / "results" / "f"
    if command == "score":
        args = _cnh("score", "--cases", "cases", "--summaries", str(src), "--out", str(out_dir), "-q")
    else:
        args = _cnh("run", "--model", "file:ext=s.jsonl", "--samples", str(n), "--run-id", "f", "-q")
    first = subprocess.run(args, cwd=workdir, env=_env(), capture_output=True, text=True, timeout=180)
    before = (out_dir / "scores.jsonl").read_bytes() if first.returncode == 0 else b""
    proc = subprocess.Popen(args, cwd=workdir, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def scoring() -> bool:  # cnh score writes OUT/scores.jsonl.partial; cnh run writes it in its staging directory
        try:
            return any(p.stat().st_size > 10_000 for p in out_dir.rglob("scores.jsonl.partial"))
        except OSError:  # renamed or removed while we looked
            return False

    caught = _wait_for(scoring, proc)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    after = (out_dir / "scores.jsonl").read_bytes()
    dup, corrupt, _ = _dupes(out_dir / "scores.jsonl")
    rerun = subprocess.run(args, cwd=workdir, env=_env(), capture_output=True, text=True, timeout=180)
    dup2, corrupt2, ids = _dupes(out_dir / "scores.jsonl")
    lost = max(0, n - len(ids)) + (0 if after == before else 1)
    out = Outcome(f"kill -9 during scoring (cnh {command})", 1 if caught else 0, n, lost, dup + dup2,
                  "killed (no message possible)", -9, 0, rerun.returncode, 0, 0, 0, corrupt + corrupt2,
                  first.stderr + rerun.stderr)
    out.notes.append(f"kill landed mid-scoring: {caught}; previous scores.jsonl unchanged: {after == before}")
    return out


@contextmanager
def enospc_after(module: Any, limit: int) -> Iterator[None]:
    """Make ``open(..., "w")`` inside ``module`` return files whose writes fail with ENOSPC after ``limit`` bytes."""
    real_open = open

    class _Full:
        def __init__(self, fh: Any) -> None:
            self._fh = fh
            self._written = 0

        def write(self, data: str) -> int:
            self._written += len(data)
            if self._written > limit:
                self._fh.write(data[: max(0, len(data) - (self._written - limit))])  # a torn last line
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            return int(self._fh.write(data))

        def __getattr__(self, name: str) -> Any:
            return getattr(self._fh, name)

        def __enter__(self) -> _Full:
            return self

        def __exit__(self, *exc: object) -> None:
            self._fh.close()

    def fake_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        fh = real_open(file, mode, *args, **kwargs)
        return _Full(fh) if "w" in mode or "a" in mode else fh

    with mock.patch.object(module, "open", fake_open, create=True):
        yield


def disk_full_while_scoring(workdir: Path) -> Outcome:
    """ENOSPC while ``cnh score`` writes scores.jsonl over a good previous one; then a rerun with space."""
    import harness.scoring

    write_workdir(workdir)
    src = workdir / "s.jsonl"
    _write_file_summaries(src, 30)
    args = ["score", "--cases", "cases", "--summaries", str(src), "--out", "out", "-q"]
    good = cli(args, cwd=workdir)
    before = (workdir / "out" / "scores.jsonl").read_bytes()
    with enospc_after(harness.scoring, 20_000):
        full = cli(args, cwd=workdir)
    dup, corrupt, _ = _dupes(workdir / "out" / "scores.jsonl")
    unchanged = (workdir / "out" / "scores.jsonl").read_bytes() == before
    partial_left = (workdir / "out" / "scores.jsonl.partial").exists()
    rerun = cli(args, cwd=workdir)
    dup2, corrupt2, ids = _dupes(workdir / "out" / "scores.jsonl")
    out = Outcome("disk full (ENOSPC) writing scores", 1, 30, max(0, 30 - len(ids)) + (not unchanged), dup + dup2,
                  first_problem(full), full.exit_code, 0, rerun.exit_code, 0, 0, 0, corrupt + corrupt2,
                  good.output + full.output + rerun.output)
    out.notes.append(f"previous scores.jsonl unchanged: {unchanged}; partial left: "
                     f"{partial_left}")
    return out


def disk_full_in_cache(workdir: Path) -> Outcome:
    """The generation cache cannot write (SQLite reports the disk full) after 3 items; then a rerun with space."""
    from harness.cache import Cache

    write_workdir(workdir)
    real_insert = Cache._insert
    calls = {"n": 0}

    def insert(self: Cache, *args: Any, **kwargs: Any) -> None:  # the SQLite write under Cache.put
        calls["n"] += 1
        if calls["n"] > 3:
            raise sqlite3.OperationalError("database or disk is full")
        real_insert(self, *args, **kwargs)

    with FaultServer() as srv:
        cfg = openai_config(workdir, srv.base_url)
        with mock.patch.object(Cache, "_insert", insert):
            full = cli(["run", str(cfg), "-q"], cwd=workdir)
        rerun = cli(["run", str(cfg), "-q"], cwd=workdir)
    m = _manifest(workdir)
    dup, corrupt, ids = _check_run_dir(workdir)
    lost = max(0, SAMPLES - len(ids)) + abs(m.get("cached", 0) - 3)
    return Outcome("disk full (SQLite) in the generation cache", 1, SAMPLES, lost, dup, first_problem(full),
                   full.exit_code, 3, rerun.exit_code, m.get("generated", -1), m.get("cached", -1), 0, corrupt,
                   full.output + rerun.output)


def unwritable_results(workdir: Path) -> Outcome:
    """The results folder cannot be created (its parent is a file: root ignores chmod, not this)."""
    write_workdir(workdir)
    (workdir / "blocker").write_text("a file, not a folder\n", encoding="utf-8")
    res = cli(["run", "--model", "baseline:lead-3", "--cases", "cases", "--out", "blocker/results", "--run-id", "r",
               "-q"], cwd=workdir)
    rerun = cli(["run", "--model", "baseline:lead-3", "--cases", "cases", "--out", "results", "--run-id", "r", "-q"],
                cwd=workdir)
    dup, corrupt, ids = _check_run_dir(workdir, "r")
    return Outcome("results folder not writable", 1, 1, max(0, 1 - len(ids)), dup, first_problem(res), res.exit_code,
                   0, rerun.exit_code, _manifest(workdir, "r").get("generated", -1),
                   _manifest(workdir, "r").get("cached", -1), 0, corrupt, res.output + rerun.output)


PROCESS_SCENARIOS: tuple[tuple[str, Callable[[Path], Outcome]], ...] = (
    ("kill -9 during generation", kill9_during_generation),
    ("kill -9 during scoring (cnh score)", kill9_during_scoring),
    ("kill -9 during scoring (cnh run)", lambda p: kill9_during_scoring(p, "run")),
    ("disk full (ENOSPC) writing scores", disk_full_while_scoring),
    ("disk full (SQLite) in the generation cache", disk_full_in_cache),
    ("results folder not writable", unwritable_results),
)
