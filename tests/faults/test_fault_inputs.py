"""Bad input to every CLI input: case YAML, summaries JSONL, run config, gate policy, baseline run directory/file.

Each input gets malformed, truncated, wrong-type, huge, non-UTF-8 and empty variants. Every one must end in a clear
error naming the file (and the line, and the field where there is one), never a traceback unless ``--debug``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from faultkit import DAM_CASE, cli, read_jsonl, write_workdir

GOOD_SUMMARY = {"case_id": "dam-dispute", "summary_id": "s1", "model": "m",
                "text": "Rivas said the flow fell 5 percent."}
GOOD_RUN = "run_id: r\nmodels:\n  - {name: lead-3, backend: baseline, model: lead-3}\ncases: [cases/]\nsamples: 1\n"
GOOD_POLICY = "metrics:\n  headline: {max_regression: 2.0}\nno_bare_contested: false\n"
HUGE_YAML = b"article: |\n" + b"  " + b"x" * (2 * 1024 * 1024) + b"\n"

YAML_VARIANTS: dict[str, tuple[bytes, int | None, str]] = {
    # variant: (content, line the error must name (None: any), text the message must contain)
    "malformed": (b"id: dam\ntitle: [unclosed\ntopic: water\n", None, "invalid YAML"),
    "empty": (b"", 1, "empty file"),
    "non-utf8": (b"id: dam\ntitle: caf\xe9\n", 2, "not UTF-8"),
    "huge": (HUGE_YAML, 1, "file too large"),
    "not-a-mapping": (b"- just\n- a list\n", 1, "got a list"),
}


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A working directory with the dam case and one finished baseline run (``results/base``)."""
    root = write_workdir(tmp_path_factory.mktemp("inputs"))
    res = cli(["run", "--model", "baseline:lead-3", "--cases", "cases", "--run-id", "base", "-q"], cwd=root)
    assert res.exit_code == 0, res.output
    return root


def _no_traceback(output: str) -> None:
    assert "Traceback" not in output, output
    assert output.count("\n") < 40, output  # a clear message, not a dump


def _names(output: str, path: Path, line: int | None) -> None:
    where = f"{path}:{line}:" if line is not None else f"{path}:"
    assert where in output, output


# ------------------------------------------------------------------------------------------------ case YAML


def _case_variants() -> Iterator[tuple[str, bytes, int | None, str]]:
    for name, (data, line, text) in YAML_VARIANTS.items():
        yield name, data, line, text
    half = DAM_CASE.encode()[: len(DAM_CASE) // 2]
    yield "truncated", half, None, ""
    yield "wrong-type", DAM_CASE.replace("samples", "x").replace("topic: water", "topic: [1, 2]").encode(), 4, \
        "topic: input should be a valid string, got a list"
    yield "wrong-type-nested", DAM_CASE.replace("value: 40,", "value: forty,").encode(), None, "numbers[1].value"


@pytest.mark.parametrize("variant,data,line,text", list(_case_variants()), ids=[v[0] for v in _case_variants()])
@pytest.mark.parametrize("command", ["lint", "score", "run"])
def test_bad_case_file(workdir: Path, tmp_path: Path, command: str, variant: str, data: bytes, line: int | None,
                       text: str) -> None:
    """A broken case: exit 1 (lint) or 2, with FILE:LINE: FIELD: MESSAGE and no traceback."""
    cases = tmp_path / "cases"
    cases.mkdir()
    bad = cases / "bad.yaml"
    bad.write_bytes(data)
    summaries = tmp_path / "s.jsonl"
    summaries.write_text(json.dumps(GOOD_SUMMARY) + "\n", encoding="utf-8")
    args = {"lint": ["lint", str(cases)],
            "score": ["score", "--cases", str(cases), "--summaries", str(summaries), "--out", str(tmp_path / "o")],
            "run": ["run", "--model", "baseline:lead-3", "--cases", str(cases), "--out", str(tmp_path / "r"), "-q"]}
    res = cli(args[command], cwd=tmp_path)
    assert res.exit_code == (1 if command == "lint" else 2), res.output
    _no_traceback(res.output)
    _names(res.output, bad, line)
    assert text in res.output


# ------------------------------------------------------------------------------------------------ run config


def _config_variants() -> Iterator[tuple[str, bytes, int | None, str]]:
    for name, (data, line, text) in YAML_VARIANTS.items():
        yield name, data, line, text
    yield "truncated", GOOD_RUN.encode()[:40], None, ""
    yield "wrong-type", GOOD_RUN.replace("samples: 1", "samples: many").encode(), 5, \
        "samples: input should be a valid integer"
    yield "unknown-field", GOOD_RUN.replace("samples: 1", "sample: 1").encode(), 5, "did you mean 'samples'?"


@pytest.mark.parametrize("variant,data,line,text", list(_config_variants()), ids=[v[0] for v in _config_variants()])
def test_bad_run_config(workdir: Path, tmp_path: Path, variant: str, data: bytes, line: int | None,
                        text: str) -> None:
    """A broken run config: exit 2 naming the file, line and field."""
    cfg = tmp_path / "run.yaml"
    cfg.write_bytes(data)
    res = cli(["run", str(cfg), "--out", str(tmp_path / "r"), "-q"], cwd=workdir)
    assert res.exit_code == 2, res.output
    _no_traceback(res.output)
    _names(res.output, cfg, line)
    assert text in res.output
    if variant == "huge":
        assert "a case may" not in res.output  # the message names what the file is


# ------------------------------------------------------------------------------------------------ gate policy


def _policy_variants() -> Iterator[tuple[str, bytes, int | None, str]]:
    for name, (data, line, text) in YAML_VARIANTS.items():
        yield name, data, line, text
    yield "truncated", GOOD_POLICY.encode()[:30], None, ""
    yield "wrong-type", GOOD_POLICY.replace("2.0", "lots").encode(), 2, "metrics.headline.max_regression"
    yield "unknown-metric", GOOD_POLICY.replace("headline", "headlin").encode(), 1, "unknown metric(s) headlin"


@pytest.mark.parametrize("variant,data,line,text", list(_policy_variants()), ids=[v[0] for v in _policy_variants()])
def test_bad_gate_policy(workdir: Path, tmp_path: Path, variant: str, data: bytes, line: int | None,
                         text: str) -> None:
    """A broken gate policy: exit 2 naming the file, line and field."""
    pol = tmp_path / "gate.yaml"
    pol.write_bytes(data)
    base = workdir / "results" / "base"
    res = cli(["gate", "--baseline", str(base), "--candidate", str(base), "--policy", str(pol)], cwd=workdir)
    assert res.exit_code == 2, res.output
    _no_traceback(res.output)
    _names(res.output, pol, line)
    assert text in res.output


# ------------------------------------------------------------------------------------------------ baseline run


def _run_dir_variants() -> Iterator[tuple[str, str, bytes, str]]:
    """(variant, file in the run directory, its content, text the message must contain)."""
    yield "scores-malformed", "scores.jsonl", b'{"case_id": "dam-dispute"\n', "scores.jsonl:1"
    yield "scores-truncated", "scores.jsonl", b"", "scores.jsonl"
    yield "scores-wrong-type", "scores.jsonl", b"[1, 2, 3]\n", "scores.jsonl:1"
    yield "scores-wrong-field-type", "scores.jsonl", b'{"case_id": "dam-dispute", "summary_id": 5}\n', \
        "scores.jsonl:1"
    yield "scores-non-utf8", "scores.jsonl", b'{"case_id": "caf\xe9"}\n', "scores.jsonl:1"
    yield "scores-empty", "scores.jsonl", b"", "scores.jsonl"
    yield "scores-huge", "scores.jsonl", b'{"x": "' + b"y" * (3 * 1024 * 1024) + b'"\n', "scores.jsonl:1"
    yield "run-json-malformed", "run.json", b'{"signature": ', "run.json"
    yield "run-json-wrong-type", "run.json", b'["signature"]', "run.json"
    yield "run-json-non-utf8", "run.json", b'{"signature": "\xff"}', "run.json"
    yield "summaries-malformed", "summaries.jsonl", b"{not json\n", "summaries.jsonl:1"
    yield "summaries-non-utf8", "summaries.jsonl", b'{"summary_id": "\xff"}\n', "summaries.jsonl:1"


RUN_DIR_CASES = [(as_file, *v) for as_file in (False, True) for v in _run_dir_variants()
                 if not as_file or v[1] == "scores.jsonl"]  # given a file, only the scores file is read


@pytest.mark.parametrize("as_file,variant,name,data,text", RUN_DIR_CASES,
                         ids=[f"{'file' if c[0] else 'dir'}-{c[1]}" for c in RUN_DIR_CASES])
def test_bad_baseline_run(workdir: Path, tmp_path: Path, variant: str, name: str, data: bytes, text: str,
                          as_file: bool) -> None:
    """A broken baseline run directory (or scores file): exit 2 naming the file (and line), no traceback."""
    src = workdir / "results" / "base"
    run = tmp_path / "run"
    run.mkdir()
    for f in ("scores.jsonl", "summaries.jsonl", "run.json"):
        (run / f).write_bytes((src / f).read_bytes())
    if variant == "scores-truncated":
        good = (src / "scores.jsonl").read_bytes()
        data = good[: len(good) // 2]
    (run / name).write_bytes(data)
    baseline = run / "scores.jsonl" if as_file else run
    res = cli(["gate", "--baseline", str(baseline), "--candidate", str(src)], cwd=workdir)
    assert res.exit_code == 2, res.output
    _no_traceback(res.output)
    assert str(run / name) in res.output or (name == "scores.jsonl" and str(baseline) in res.output), res.output
    assert text in res.output, res.output


# ------------------------------------------------------------------------------------------------ summaries JSONL


SUMMARY_VARIANTS: dict[str, tuple[bytes, str]] = {
    "malformed": (b"{not json\n", "invalid JSON"),
    "truncated": (json.dumps(GOOD_SUMMARY).encode()[:30], "invalid JSON"),
    "wrong-type": (json.dumps({**GOOD_SUMMARY, "text": 5}).encode() + b"\n", "field 'text' must be a string"),
    "not-an-object": (b"[1, 2]\n", "expected a JSON object"),
    "missing-field": (json.dumps({"case_id": "dam-dispute", "text": "x"}).encode() + b"\n", "missing field"),
    "non-utf8": (b'{"case_id": "dam-dispute", "summary_id": "x", "text": "caf\xe9"}\n', "not UTF-8"),
    "unknown-case": (json.dumps({**GOOD_SUMMARY, "case_id": "nope"}).encode() + b"\n", "unknown case_id"),
}


@pytest.mark.parametrize("variant", list(SUMMARY_VARIANTS))
def test_bad_summaries_line(workdir: Path, tmp_path: Path, variant: str) -> None:
    """A bad line becomes an error record naming file and line; the good lines around it are still scored."""
    data, text = SUMMARY_VARIANTS[variant]
    path = tmp_path / "s.jsonl"
    good = json.dumps(GOOD_SUMMARY).encode() + b"\n"
    path.write_bytes(good + data + (b"" if data.endswith(b"\n") else b"\n") + good.replace(b"s1", b"s3"))
    res = cli(["score", "--cases", "cases", "--summaries", str(path), "--out", str(tmp_path / "o")], cwd=workdir)
    assert res.exit_code == 1, res.output  # docs/contract.md §3: an error record makes the exit status 1
    _no_traceback(res.output)
    assert f"error: {path}:2: {text}" in res.output, res.output
    records = read_jsonl(tmp_path / "o" / "scores.jsonl")
    assert [("error" in r) for r in records] == [False, True, False]


def test_empty_summaries_file(workdir: Path, tmp_path: Path) -> None:
    """An empty summaries file is reported, not silently scored as nothing."""
    path = tmp_path / "s.jsonl"
    path.write_bytes(b"")
    res = cli(["score", "--cases", "cases", "--summaries", str(path), "--out", str(tmp_path / "o")], cwd=workdir)
    _no_traceback(res.output)
    assert "0 record(s)" in res.output or str(path) in res.output


def test_huge_summaries_line_is_an_error_record(workdir: Path, tmp_path: Path) -> None:
    """A 100 MB line (streamed to disk, deleted after) becomes one error record; the next line is scored."""
    path = tmp_path / "huge.jsonl"
    chunk = b"x" * (1024 * 1024)
    with open(path, "wb") as fh:
        fh.write(b'{"case_id": "dam-dispute", "summary_id": "big", "model": "m", "text": "')
        for _ in range(100):
            fh.write(chunk)
        fh.write(b'"}\n' + json.dumps(GOOD_SUMMARY).encode() + b"\n")
    try:
        assert path.stat().st_size >= 100 * 1024 * 1024
        res = cli(["score", "--cases", "cases", "--summaries", str(path), "--out", str(tmp_path / "o")], cwd=workdir)
    finally:
        path.unlink()
    assert res.exit_code == 1, res.output
    _no_traceback(res.output)
    assert f"{path}:1: line longer than" in res.output
    records = read_jsonl(tmp_path / "o" / "scores.jsonl")
    assert len(records) == 2 and "error" in records[0] and records[1]["summary_id"] == "s1"


def test_debug_shows_the_traceback(workdir: Path, tmp_path: Path) -> None:
    """``--debug`` lets an unexpected error through with its traceback (Click's runner keeps the exception)."""
    (tmp_path / "blocker").write_text("x", encoding="utf-8")
    res = cli(["--debug", "run", "--model", "baseline:lead-3", "--cases", "cases", "--out",
               str(tmp_path / "blocker" / "r"), "-q"], cwd=workdir)
    assert "Traceback (escaped the CLI)" in res.output
