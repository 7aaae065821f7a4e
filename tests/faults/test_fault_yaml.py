"""Hostile YAML inputs (issue 17, items 1 and 8): alias bombs, control characters, deep nesting and non-regular
article files. Each ends in one clear error naming the file and line, and lint goes on to the other files."""

from __future__ import annotations

import hashlib
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from faultkit import DAM_CASE, ROOT, cli, write_workdir

GOOD_RUN = "run_id: r\nmodels:\n  - {name: lead-3, backend: baseline, model: lead-3}\ncases: [cases/]\n"


def alias_bomb(levels: int = 10, fanout: int = 9, tail: str = "id: x\n") -> str:
    """A "billion laughs" YAML mapping: each level is a list of ``fanout`` aliases of the level below."""
    lines = ["a0: &a0 [" + ", ".join(["lol"] * fanout) + "]"]
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * fanout) + "]")
    return "\n".join(lines) + "\n" + tail


def _limited(limit_bytes: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (limit_bytes, limit_bytes))


def _cnh_limited(args: list[str], cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """``cnh ARGS`` in a child process capped at 1.5 GB of address space (the bomb would need several)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "harness.cli", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=timeout, preexec_fn=lambda: _limited(1536 * 1024 * 1024))


def test_small_alias_bomb_is_refused_with_its_line(tmp_path: Path) -> None:
    """Any alias is refused before the tree is built or walked, naming the line of the first alias."""
    bad = tmp_path / "bomb.yaml"
    bad.write_text(alias_bomb(levels=3, fanout=3), encoding="utf-8")
    res = cli(["lint", str(bad)])
    assert res.exit_code == 1, res.output
    assert f"{bad}:2: YAML aliases are not allowed (*a0)" in res.output, res.output


@pytest.mark.parametrize("kind", ["case", "config", "policy"])
def test_full_alias_bomb_every_yaml_input(tmp_path: Path, kind: str) -> None:
    """The issue's ten-level bomb (under 1 KB) as a case file, a run config and a gate policy: an error, no blow-up."""
    write_workdir(tmp_path)
    assert cli(["run", "--model", "baseline:lead-3", "--cases", "cases", "--run-id", "base", "-q"],
               cwd=tmp_path).exit_code == 0
    bomb = alias_bomb()
    assert len(bomb.encode()) < 1024
    if kind == "case":
        path = tmp_path / "cases" / "bomb.yaml"
        args = ["lint", "cases"]
    elif kind == "config":
        path = tmp_path / "run.yaml"
        args = ["run", str(path), "-q"]
    else:
        path = tmp_path / "gate.yaml"
        args = ["gate", "--baseline", "results/base", "--candidate", "results/base", "--policy", str(path)]
    path.write_text(bomb, encoding="utf-8")
    res = _cnh_limited(args, tmp_path)
    assert res.returncode in (1, 2), res.stderr[-2000:]
    assert f"{path.relative_to(tmp_path) if kind == 'case' else path}:2: YAML aliases are not allowed" in (
        res.stdout + res.stderr), res.stdout + res.stderr
    if kind == "case":
        assert "dam.yaml" not in res.stdout + res.stderr  # the good case was still linted, cleanly


def test_nul_byte_and_deep_nesting_name_the_file_and_lint_goes_on(tmp_path: Path) -> None:
    """A NUL byte and 100,000-deep nesting are each one finding naming the file; other files are still linted."""
    cases = write_workdir(tmp_path) / "cases"
    (cases / "nul.yaml").write_bytes(b"id: x\ntitle: a\x00b\n")
    (cases / "deep.yaml").write_text("id: x\ntitle: " + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    (cases / "typo.yaml").write_text(DAM_CASE.replace("topic: water", "topik: water"), encoding="utf-8")
    res = cli(["lint", str(cases)])
    assert res.exit_code == 1, res.output
    assert "Traceback" not in res.output and "RecursionError" not in res.output, res.output
    assert f"{cases / 'nul.yaml'}:2: invalid YAML: character U+0000 is not allowed" in res.output, res.output
    assert f"{cases / 'deep.yaml'}:2: nested deeper than 64 levels" in res.output, res.output
    assert f"{cases / 'typo.yaml'}:" in res.output and "did you mean 'topic'?" in res.output, res.output
    assert "4 case file(s): 1 ok, 3 with problems" in res.output, res.output


def test_deep_nesting_in_run_config_and_policy(tmp_path: Path) -> None:
    """Deep nesting in a run config is an error naming the file and line, not a RecursionError."""
    write_workdir(tmp_path)
    cfg = tmp_path / "run.yaml"
    cfg.write_text(GOOD_RUN + "seed: " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    res = cli(["run", str(cfg), "-q"], cwd=tmp_path)
    assert res.exit_code == 2, res.output
    assert f"{cfg}:5: nested deeper than" in res.output, res.output


def _article_case(cases: Path, article: str, sha: str) -> Path:
    head, rest = DAM_CASE.split("article: |")[0], DAM_CASE.split("sources:", 1)[1]
    text = f"{head}article_file: {article}\narticle_sha256: {sha}\nsources:{rest}"
    path = cases / "dam.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_fifo_article_file_is_refused_without_hanging(tmp_path: Path) -> None:
    """A FIFO as article_file: a clear error naming the field (run in a child process: main hangs here)."""
    cases = write_workdir(tmp_path) / "cases"
    os.mkfifo(cases / "article.txt")
    case = _article_case(cases, "article.txt", "ab" * 32)
    try:
        res = _cnh_limited(["lint", "cases"], tmp_path, timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail("cnh lint hung on a FIFO used as article_file")
    out = res.stdout + res.stderr
    assert res.returncode == 1, out
    assert f"{case.relative_to(tmp_path)}:" in out and "article_file: 'article.txt' is not a regular file" in out, out


def test_article_file_over_1_mib_is_refused(tmp_path: Path) -> None:
    """The documented 1 MiB limit holds for article_file too (a 3 MB article is refused, not split for minutes)."""
    cases = write_workdir(tmp_path) / "cases"
    big = ("The minister said the flow fell. " * 100_000).encode()
    (cases / "article.txt").write_bytes(big)
    case = _article_case(cases, "article.txt", hashlib.sha256(big).hexdigest())
    res = cli(["lint", str(cases)])
    assert res.exit_code == 1, res.output
    assert f"{case}:" in res.output and "article_file: 'article.txt' is too large" in res.output, res.output
    small = b"The minister said the flow fell by 5 percent."
    (cases / "article.txt").write_bytes(small)
    _article_case(cases, "article.txt", hashlib.sha256(small).hexdigest())
    assert cli(["lint", str(cases)]).exit_code == 0


BROKEN_CASES = {
    "syntax": DAM_CASE.replace("title: Two states", "title: [Two states"),
    "wrong-type": DAM_CASE.replace("value: 40,", "value: forty,"),
    "unknown-field": DAM_CASE.replace("topic: water", "topik: water"),
    "bad-reference": DAM_CASE.replace("accept: [rivas, upstream-ministry]", "accept: [rivass, upstream-ministry]"),
    "duplicate-key": DAM_CASE.replace("topic: water", "topic: water\ntopic: dams"),
    "tag": DAM_CASE.replace("topic: water", "topic: !!python/object:os.system water"),
}


@pytest.mark.parametrize("variant", list(BROKEN_CASES))
def test_c_loader_reports_the_same_lines(tmp_path: Path, variant: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Cases load with libyaml's loader where PyYAML has it (issue 20); every error names the same file, line,
    field and message as with the pure-Python loader."""
    import yaml

    from harness import caseload

    if yaml.__with_libyaml__:
        assert caseload._FAST_LOADER is yaml.CSafeLoader
    path = tmp_path / "x.yaml"
    path.write_text(BROKEN_CASES[variant], encoding="utf-8")
    with pytest.raises(caseload.CaseError) as fast:
        caseload.load_case(path)
    monkeypatch.setattr(caseload, "_FAST_LOADER", yaml.SafeLoader)
    with pytest.raises(caseload.CaseError) as slow:
        caseload.load_case(path)
    assert fast.value.errors == slow.value.errors
    assert all(e.line > 1 for e in fast.value.errors), fast.value.errors
