"""Security: the API key comes only from the environment and is written nowhere; model output is escaped in HTML
reports; YAML is loaded safely; a case's paths cannot leave its directory."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from faultkit import DAM_CASE, SAMPLES, FaultServer, Reply, cli, openai_config, write_workdir
from test_openai_backend import completion

KEY = "sk-fault-7c1e0b9a5d3f4e2a-TOPSECRET"
ENV = "CNH_FAULT_TEST_KEY"
ZEROS = "0" * 64
PAYLOAD = '<script>alert("pwned")</script><img src=x onerror=alert(1)>'


def test_api_key_never_written_or_printed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A run with the key in an env var, a server that echoes it in errors: no output file or stream holds it."""
    monkeypatch.setenv(ENV, KEY)
    write_workdir(tmp_path)
    text = f"Rivas said the flow fell 5 percent. {PAYLOAD}"
    script = [Reply(500, {"error": {"message": f"upstream failed for key {KEY}"}}),
              Reply(401, {"error": {"message": f"Incorrect API key provided: {KEY}"}})]
    script += [Reply(200, completion(text)) for _ in range(SAMPLES)]
    with FaultServer(script) as srv:
        cfg = openai_config(tmp_path, srv.base_url, api_key_env=ENV)
        first = cli(["run", str(cfg)], cwd=tmp_path)
        assert all(r["headers"].get("Authorization") == f"Bearer {KEY}" for r in srv.requests)  # it was sent
        rerun = cli(["run", str(cfg)], cwd=tmp_path)
    assert first.exit_code == 1 and "HTTP 401" in first.output and "[REDACTED]" in first.output
    assert rerun.exit_code == 0, rerun.output
    assert KEY not in cfg.read_text(encoding="utf-8")  # only the variable's name is in the config
    run_dir = tmp_path / "results" / "f"
    html = cli(["report", str(run_dir), "--format", "html", "-o", str(tmp_path / "report.html")], cwd=tmp_path)
    md = cli(["report", str(run_dir)], cwd=tmp_path)
    assert html.exit_code == 0 and md.exit_code == 0, html.output + md.output
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    names = {p.name for p in written}
    assert {"summaries.jsonl", "scores.jsonl", "run.json", "table.md", "report.html", "generations.sqlite"} <= names
    for path in written:  # every output file, the SQLite cache and its WAL included, byte for byte
        assert KEY.encode() not in path.read_bytes(), path
    for res in (first, rerun, html, md):
        assert KEY not in res.output
    assert KEY not in "".join(os.environ.get(k, "") for k in os.environ if k != ENV)


def test_model_output_is_escaped_in_html_report(tmp_path: Path) -> None:
    """A summary carrying markup shows as text in the HTML report, never as live markup."""
    write_workdir(tmp_path)
    text = f"Rivas said the flow fell 5 percent. {PAYLOAD}"
    with FaultServer([Reply(200, completion(text)) for _ in range(SAMPLES)]) as srv:
        cfg = openai_config(tmp_path, srv.base_url)
        assert cli(["run", str(cfg), "-q"], cwd=tmp_path).exit_code == 0
    out = tmp_path / "report.html"
    res = cli(["report", str(tmp_path / "results" / "f"), "--format", "html", "-o", str(out)], cwd=tmp_path)
    assert res.exit_code == 0, res.output
    page = out.read_text(encoding="utf-8")
    assert '<script>alert("pwned")' not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;" in page  # shown, escaped


def _python_tag_case(tmp_path: Path) -> str:
    marker = tmp_path / "pwned"
    return DAM_CASE.replace("topic: water", f'topic: !!python/object/apply:os.system ["touch {marker}"]')


@pytest.mark.parametrize("command", ["lint", "run"])
def test_python_tag_in_case_is_refused(tmp_path: Path, command: str) -> None:
    """A ``!!python/object`` tag in a case is a YAML error, and nothing runs."""
    write_workdir(tmp_path)
    (tmp_path / "cases" / "dam.yaml").write_text(_python_tag_case(tmp_path), encoding="utf-8")
    args = ["lint", "cases"] if command == "lint" else ["run", "--model", "baseline:lead-3", "--cases", "cases", "-q"]
    res = cli(args, cwd=tmp_path)
    assert res.exit_code in (1, 2) and "Traceback" not in res.output
    assert re.search(r"dam\.yaml:\d+: invalid YAML: .*python/object", res.output), res.output
    assert not (tmp_path / "pwned").exists()


def test_python_tag_in_run_config_is_refused(tmp_path: Path) -> None:
    """A ``!!python/object`` tag in a run config is a YAML error, and nothing runs."""
    write_workdir(tmp_path)
    marker = tmp_path / "pwned"
    (tmp_path / "run.yaml").write_text(
        f'models:\n  - !!python/object/apply:os.system ["touch {marker}"]\n', encoding="utf-8")
    res = cli(["run", "run.yaml", "-q"], cwd=tmp_path)
    assert res.exit_code == 2 and "Traceback" not in res.output
    assert "run.yaml:2: invalid YAML" in res.output and "python/object" in res.output
    assert not marker.exists()


def _article_file_case(target: str) -> str:
    case = re.sub(r"article: \|\n(?:  .*\n)+", f"article_file: {target}\narticle_sha256: '{ZEROS}'\n", DAM_CASE)
    assert "article_file" in case
    return case


@pytest.mark.parametrize("target", ["../../etc/passwd", "/etc/passwd", "sub/../../outside.txt", "link.txt"])
def test_article_file_cannot_escape_the_case_directory(tmp_path: Path, target: str) -> None:
    """``article_file`` outside the case's directory (relative, absolute, or through a symlink) is refused."""
    write_workdir(tmp_path)
    (tmp_path / "outside.txt").write_text("secret", encoding="utf-8")
    (tmp_path / "cases" / "link.txt").symlink_to(tmp_path / "outside.txt")
    (tmp_path / "cases" / "dam.yaml").write_text(_article_file_case(target), encoding="utf-8")
    res = cli(["lint", "cases"], cwd=tmp_path)
    assert res.exit_code == 1 and "Traceback" not in res.output
    assert re.search(r"dam\.yaml:\d+: article_file: path '.*' leaves the case's directory", res.output), res.output
    assert "secret" not in res.output and "root:" not in res.output
