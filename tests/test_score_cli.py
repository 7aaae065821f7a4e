"""`cnh score`, `cnh check-case` and `cnh explain` end to end (docs/contract.md §3)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from conftest import DAM_CASE, ROOT

from harness.caseload import load_cases
from harness.cli import main
from harness.scoring import check_case


def write_lines(path: Path, lines: list[str | dict]) -> Path:
    path.write_text("".join((x if isinstance(x, str) else json.dumps(x)) + "\n" for x in lines), encoding="utf-8")
    return path


def test_score_writes_contract_records_in_order(tmp_path: Path, case_dir: Path) -> None:
    summaries = write_lines(tmp_path / "s.jsonl", [
        {"case_id": "dam-dispute", "summary_id": "a", "model": "m1", "text": "The flow fell by 5 percent.",
         "prompt": "p1"},
        "{not json",
        {"case_id": "nope", "summary_id": "c", "model": "m1", "text": "x"},
        {"case_id": "dam-dispute", "summary_id": "d", "model": "m2", "text": "Rivas said the flow fell 5 percent."},
        {"case_id": "dam-dispute", "summary_id": "e", "model": "m2"},
    ])
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["score", "--cases", str(case_dir), "--summaries", str(summaries),
                                       "--out", str(out)])
    assert result.exit_code == 1, result.output  # some lines became error records; the rest are written
    records = [json.loads(line) for line in (out / "scores.jsonl").read_text().splitlines()]
    assert [r.get("summary_id") for r in records] == ["a", None, "c", "d", "e"]
    first = records[0]
    assert list(first)[:7] == ["case_id", "summary_id", "model", "claims", "numbers", "loaded", "metrics"]
    assert first["prompt"] == "p1"  # extra fields are kept
    assert first["claims"] == [{"claim_id": "flow5", "verdict": "unattributed", "span": [0, 27], "source": None,
                                "evidence": "The flow fell by 5 percent.", "source_text": None,
                                "rule": "stated in the narrator's voice", "mention": "number n-5 (5 percent)",
                                "rule_id": "verdict.narrator"}]
    assert first["numbers"][0]["text"] == "5 percent"
    assert first["numbers"][0]["span"] == [17, 26]
    assert first["numbers"][0]["number_id"] == "n-5"
    assert first["numbers"][0]["verdict"] == "correct"
    assert first["metrics"]["unattributed_contested"] == 1
    assert records[1]["error"].startswith(f"{summaries}:2: invalid JSON")
    assert records[2]["error"] == f"{summaries}:3: unknown case_id 'nope'"
    assert records[3]["claims"][0]["verdict"] == "attributed"
    assert records[4]["error"] == f"{summaries}:5: missing field 'text'"
    assert "| m1 | 1 |" in result.output and "| m2 | 1 |" in result.output
    assert "3 line(s) could not be scored" in result.output


def _strict(line: str) -> dict:
    """Parse a JSON line refusing NaN and Infinity (which Python's json would otherwise accept)."""
    def refuse(name: str) -> None:
        raise AssertionError(f"non-finite number {name} written: {line[:80]}")
    return json.loads(line, parse_constant=refuse)


def test_score_exit_codes_and_invalid_fields(tmp_path: Path, case_dir: Path) -> None:
    """Every line scored: exit 0; any error record: exit 1 with every other record written; usage: exit 2.
    A null or non-string model, a non-integer sample, NaN/Infinity and a repeated (model, summary_id)
    are error records; nothing non-finite is ever written."""
    text = "Rivas said the flow fell by 5 percent."
    good = {"case_id": "dam-dispute", "summary_id": "a", "model": "m", "text": text}
    ok = write_lines(tmp_path / "ok.jsonl", [good, {**good, "summary_id": "b"}])
    runner = CliRunner()
    args = ["score", "--cases", str(case_dir), "--out"]
    assert runner.invoke(main, [*args, str(tmp_path / "o1"), "--summaries", str(ok)]).exit_code == 0
    lines = [
        good,
        {**good, "summary_id": "null-model", "model": None},
        {**good, "summary_id": "int-model", "model": 7},
        {**good, "summary_id": "str-sample", "sample": "abc"},
        {**good, "summary_id": "float-sample", "sample": 1.5},
        {**good, "summary_id": "bool-sample", "sample": True},
        '{"case_id": "dam-dispute", "summary_id": "nan", "model": "m", "text": "t", "score": NaN}',
        '{"case_id": "dam-dispute", "summary_id": "inf", "model": "m", "text": "t", "w": [1, -Infinity]}',
        '{"case_id": "dam-dispute", "summary_id": "big", "model": "m", "text": "t", "w": 1e999}',
        {**good, "text": "another text"},  # same (model, summary_id) as line 1
        {**good, "model": "m2"},  # same summary_id, other model: fine
        {**good, "summary_id": "last", "sample": 3},
    ]
    bad = write_lines(tmp_path / "bad.jsonl", lines)
    out = tmp_path / "o2"
    result = runner.invoke(main, [*args, str(out), "--summaries", str(bad)])
    assert result.exit_code == 1, result.output
    raw = (out / "scores.jsonl").read_text(encoding="utf-8").splitlines()
    records = [_strict(line) for line in raw]
    assert len(records) == len(lines)
    errors = {r["summary_id"]: r["error"].split(": ", 1)[1] for r in records if "error" in r}
    assert errors == {
        "null-model": "field 'model' must be a string, got null",
        "int-model": "field 'model' must be a string, got an integer",
        "str-sample": "field 'sample' must be an integer, got a string \"abc\"",
        "float-sample": "field 'sample' must be an integer, got a number 1.5",
        "bool-sample": "field 'sample' must be an integer, got a boolean true",
        "nan": "field 'score' is NaN or infinite (not a JSON number)",
        "inf": "field 'w[1]' is NaN or infinite (not a JSON number)",
        "big": "field 'w' is NaN or infinite (not a JSON number)",
        "a": "duplicate summary_id 'a' for model 'm' (first on line 1)",
    }
    assert records[9]["error"].startswith(f"{bad}:10: duplicate")
    assert [r["model"] for r in records if "error" not in r] == ["m", "m2", "m"]
    assert records[-1]["sample"] == 3 and records[1]["model"] is None  # never the string "None"
    sig = json.loads((out / "score.json").read_text())["signature"]
    assert {r["signature"] for r in records} == {sig}  # every record carries the scores' signature
    assert "| None |" not in result.output
    assert "9 of 12 line(s) became error records" in result.output
    usage = runner.invoke(main, [*args, str(tmp_path / "o3"), "--summaries", str(ok), "--workers", "0"])
    assert usage.exit_code == 2


def test_score_bad_cases_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "cases"
    bad.mkdir()
    (bad / "x.yaml").write_text("id: [", encoding="utf-8")
    summaries = write_lines(tmp_path / "s.jsonl", [{"case_id": "x", "summary_id": "a", "text": "t"}])
    result = CliRunner().invoke(main, ["score", "--cases", str(bad), "--summaries", str(summaries),
                                       "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "x.yaml:1: invalid YAML" in result.output


def test_explain_shows_evidence(tmp_path: Path, case_dir: Path) -> None:
    summaries = write_lines(tmp_path / "s.jsonl", [
        {"case_id": "dam-dispute", "summary_id": "a", "model": "m", "text": "Berg said the flow fell 5 percent."}])
    out = tmp_path / "out"
    runner = CliRunner()
    runner.invoke(main, ["score", "--cases", str(case_dir), "--summaries", str(summaries), "--out", str(out)])
    result = runner.invoke(main, ["explain", str(out), "a"])
    assert result.exit_code == 0
    assert "flow5: misattributed source=engineer" in result.output
    assert "frame: 'Berg said'" in result.output
    assert runner.invoke(main, ["explain", str(out), "zzz"]).exit_code == 1


def test_check_case_reports_a_diff(tmp_path: Path, case_dir: Path) -> None:
    text = DAM_CASE + """  - id: p-wrong-label
    text: The flow fell by 5 percent.
    expect: {claims: {flow5: hedged}}
"""
    (case_dir / "dam-dispute.yaml").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["check-case", str(case_dir)])
    assert result.exit_code == 1
    assert "FAIL dam-dispute/p-wrong-label: The flow fell by 5 percent." in result.output
    assert "claims.flow5: expected hedged, got unattributed" in result.output
    assert "| dam-dispute | 2 | 1 | 1 |" in result.output  # DAM_CASE's own probe passes


def test_shipped_case_probes_pass() -> None:
    """The self-test CI relies on: every probe of every shipped case is judged as labelled."""
    failures = [f"{r.case_id}/{r.probe_id}: {r.diff()}" for case in load_cases(ROOT / "cases")
                for r in check_case(case) if not r.ok]
    assert failures == []


def test_each_article_agrees_with_its_own_numbers() -> None:
    """Scoring an article against its own case finds no numeric error: every figure it states is a case
    number, a conversion or arithmetic on them (a check on both the case files and the numbers scorer)."""
    from scorers.numbers import score_numbers

    for case in load_cases([ROOT / "cases", ROOT / "tests" / "data" / "heldout"]):
        bad = [(n.text, n.reason or n.verdict) for n in score_numbers(case, case.text)
               if n.verdict in {"wrong", "unsupported"}]
        assert bad == [], case.id
