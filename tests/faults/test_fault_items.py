"""One bad item and the messages about it (issue 17, items 4 and 10).

A lone surrogate or 100,000-deep nesting in one summaries line becomes one error record naming the line and
everything else is scored; a completion with a lone surrogate is cached cleaned, so the run and its reruns finish.
A corrupt or read-only cache, a bogus datasets input and a torn scores line are each named in the error; summary
text printed by ``cnh explain`` cannot drive the terminal; ``-q`` silences the progress bars of ``datasets``."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from faultkit import FaultServer, Reply, _cnh, _env, cli, openai_config, read_jsonl, write_workdir
from test_openai_backend import completion

GOOD = {"case_id": "dam-dispute", "summary_id": "s1", "model": "m", "text": "Rivas said the flow fell 5 percent."}


def _summaries(path: Path, bad: bytes) -> Path:
    good = json.dumps(GOOD).encode() + b"\n"
    path.write_bytes(good + bad + b"\n" + good.replace(b"s1", b"s3"))
    return path


@pytest.mark.parametrize("bad,message,named", [
    (b'{"case_id": "dam-dispute", "summary_id": "s2", "model": "m", "text": "lost \\ud800 troops"}',
     "field 'text' holds a lone surrogate \\ud800 at character 6", "s2"),
    (b'{"case_id": "dam-dispute", "summary_id": "s2", "model": "m\\udfff", "text": "x"}',
     "field 'model' holds a lone surrogate \\udfff", "s2"),
    (b'{"case_id": "dam-dispute", "summary_id": "s2", "text": "x", "meta": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
     "nested deeper than 64 levels", None),
    (b'{"case_id": "dam-dispute", "summary_id": "s2", "text": "x", "meta": ' + b"[" * 200 + b"]" * 200 + b"}",
     "nested deeper than 64 levels", "s2"),
], ids=["surrogate-in-text", "surrogate-in-model", "nested-100000", "nested-200"])
def test_one_bad_line_is_one_error_record(tmp_path: Path, bad: bytes, message: str, named: str | None) -> None:
    """The bad line becomes an error record naming file and line; the lines around it are scored; no .partial."""
    write_workdir(tmp_path)
    path = _summaries(tmp_path / "s.jsonl", bad)
    res = cli(["score", "--cases", "cases", "--summaries", str(path), "--out", "o", "-q"], cwd=tmp_path)
    assert res.exit_code in (0, 1), res.output
    assert "Traceback" not in res.output
    assert f"error: {path}:2: {message}" in res.output, res.output
    records = read_jsonl(tmp_path / "o" / "scores.jsonl")
    assert [r["summary_id"] for r in records] == ["s1", named, "s3"]
    assert "error" in records[1] and "error" not in records[0] and "error" not in records[2]
    assert not (tmp_path / "o" / "scores.jsonl.partial").exists()


def test_python_api_reads_the_good_lines_and_names_the_bad_one(tmp_path: Path) -> None:
    """read_summary_rows (the Python API's reader) names the line of a lone surrogate instead of failing later."""
    from harness.io import SummariesError, read_summary_rows

    path = _summaries(tmp_path / "s.jsonl", b'{"case_id": "dam-dispute", "summary_id": "s2", "text": "\\ud800"}')
    with pytest.raises(SummariesError, match=r"s\.jsonl:2: field 'text' holds a lone surrogate"):
        read_summary_rows(path)


def _surrogate_completion() -> bytes:
    body = completion("The minister said the flow fell \ud800 by 5 percent.")
    return json.dumps(body).encode()  # ensure_ascii: the lone surrogate travels as the escape \ud800


def test_completion_with_lone_surrogate_is_cleaned_and_cached(tmp_path: Path) -> None:
    """A server answering with a lone surrogate: the run finishes (U+FFFD in its place), the rerun uses the cache."""
    write_workdir(tmp_path)
    with FaultServer([Reply(body=_surrogate_completion())], one_item=True) as srv:
        cfg = openai_config(tmp_path, srv.base_url, samples=3)
        first = cli(["run", str(cfg), "-q"], cwd=tmp_path)
    assert first.exit_code == 0, first.output
    summaries = read_jsonl(tmp_path / "results" / "f" / "summaries.jsonl")
    assert len(summaries) == 3 and sum("\ufffd" in s["text"] for s in summaries) == 1
    assert len(read_jsonl(tmp_path / "results" / "f" / "scores.jsonl")) == 3
    with FaultServer([Reply(body=_surrogate_completion())] * 3) as again:
        cfg = openai_config(tmp_path, again.base_url, samples=3)
        rerun = cli(["run", str(cfg), "-q"], cwd=tmp_path)
    assert rerun.exit_code == 0 and "0 generated, 3 from cache" in rerun.output, rerun.output
    assert not again.requests


# ------------------------------------------------------------------------------------------------ item 10: messages


def test_corrupt_cache_names_its_path(tmp_path: Path) -> None:
    """A cache file that is not a database: exit 2, the message names the cache file and what to do."""
    write_workdir(tmp_path)
    cache = tmp_path / ".cnh-cache" / "generations.sqlite"
    cache.parent.mkdir()
    cache.write_bytes(b"this is not a database, just text that is long enough to have a header" * 4)
    res = cli(["run", "--model", "baseline:lead-3", "--cases", "cases", "-q"], cwd=tmp_path)
    assert res.exit_code == 2, res.output
    assert f"cannot access {Path('.cnh-cache') / 'generations.sqlite'}: generation cache: file is not a database" \
        in res.output, res.output
    assert "move it aside" in res.output and "DatabaseError" not in res.output


@pytest.mark.parametrize("existing", [False, True], ids=["new-cache", "existing-cache"])
def test_read_only_cache_names_its_path(tmp_path: Path, existing: bool) -> None:
    """A cache SQLite can only open read-only (root ignores file modes, so the connection itself is read-only
    here): a new cache fails on opening, an existing one on the first write; both name the cache file."""
    write_workdir(tmp_path)
    if existing:
        assert cli(["run", "--model", "baseline:lead-3", "--cases", "cases", "--run-id", "a", "-q"],
                   cwd=tmp_path).exit_code == 0
    real_connect = sqlite3.connect

    def read_only(path: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        return real_connect(f"file:{path}?mode=ro", *args, uri=True, **kwargs)

    with mock.patch("sqlite3.connect", read_only):
        res = cli(["run", "--model", "baseline:lead-3", "--model", "baseline:strip-attribution", "--cases", "cases",
                   "--run-id", "b", "-q"], cwd=tmp_path)
    assert res.exit_code == 2, res.output
    assert f"cannot access {Path('.cnh-cache') / 'generations.sqlite'}: generation cache:" in res.output, res.output
    assert "not writable" in res.output and "OperationalError" not in res.output, res.output


@pytest.mark.parametrize("kind", ["dataset-dir", "parquet"])
def test_bogus_dataset_input_names_the_input(tmp_path: Path, kind: str) -> None:
    """A directory that looks like a saved dataset but is not, or a file that is not Parquet: the error names the
    input (not OUT/scores.jsonl.partial) and leaves no partial output."""
    write_workdir(tmp_path)
    if kind == "dataset-dir":
        src = tmp_path / "ds"
        src.mkdir()
        (src / "dataset_info.json").write_text("{}", encoding="utf-8")
    else:
        src = tmp_path / "s.parquet"
        src.write_bytes(b"not parquet at all")
    res = cli(["score", "--cases", "cases", "--summaries", str(src), "--out", "o", "-q"], cwd=tmp_path)
    assert res.exit_code == 2, res.output
    assert f"error: cannot access {src}: not a readable" in res.output, res.output
    assert "scores.jsonl.partial" not in res.output
    assert not (tmp_path / "o" / "scores.jsonl.partial").exists()


def _scores(tmp_path: Path, text: str) -> Path:
    write_workdir(tmp_path)
    src = tmp_path / "s.jsonl"
    src.write_text(json.dumps({**GOOD, "text": text}) + "\n", encoding="utf-8")
    assert cli(["score", "--cases", "cases", "--summaries", str(src), "--out", "o", "-q"], cwd=tmp_path).exit_code == 0
    return tmp_path / "o" / "scores.jsonl"


def test_explain_names_the_file_and_line_of_a_torn_record(tmp_path: Path) -> None:
    """A torn last line (a copy cut short): exit 2 naming file and line, not a bare JSONDecodeError."""
    scores = _scores(tmp_path, "Rivas said the flow fell 5 percent.")
    good = scores.read_text(encoding="utf-8")
    scores.write_text(good + good[: len(good) // 2], encoding="utf-8")
    res = cli(["explain", str(scores), "s1"])
    assert res.exit_code == 2, res.output
    assert f"error: {scores}:2: not a score record (invalid JSON:" in res.output, res.output
    assert "JSONDecodeError" not in res.output


def test_explain_strips_terminal_escapes(tmp_path: Path) -> None:
    """Escape sequences in summary text (clear screen, window title, hyperlink, colours) are not printed."""
    evil = "Rivas\x1b[2J\x1b]0;pwned\x07 said\x1b[31m the flow\x1b[0m fell 5 percent.\x9b1m\u202e"
    scores = _scores(tmp_path, evil)
    res = cli(["explain", str(scores), "s1"])
    assert res.exit_code == 0, res.output
    assert "\x1b" not in res.output and "\x07" not in res.output and "\x9b" not in res.output, repr(res.output)
    assert "\u202e" not in res.output
    assert "Rivas said the flow fell 5 percent." in res.output, res.output


@pytest.mark.parametrize("where", ["global", "score"])
def test_quiet_silences_datasets_progress_bars(tmp_path: Path, where: str) -> None:
    """`cnh -q score` / `cnh score -q` on Parquet in and out print no datasets progress bar (a fresh process:
    datasets reads its switch when first imported)."""
    import datasets

    write_workdir(tmp_path)
    datasets.Dataset.from_list([GOOD]).to_parquet(str(tmp_path / "s.parquet"))
    args = ["score", "--cases", "cases", "--summaries", "s.parquet", "--out", "o", "--parquet"]
    args = ["-q", *args] if where == "global" else [*args, "-q"]
    env = _env()
    env.pop("HF_DATASETS_DISABLE_PROGRESS_BARS", None)
    res = subprocess.run(_cnh(*args), cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    assert "Generating train split" not in res.stderr and "Creating parquet" not in res.stderr, res.stderr
    assert "%|" not in res.stderr and "it/s" not in res.stderr, res.stderr
    assert (tmp_path / "o" / "scores.parquet").exists()
