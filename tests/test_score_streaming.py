"""`cnh score` streaming and worker processes: same bytes with any number of workers, input order kept,
error records in place, the per-model table from running sums equal to the one from the records."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from conftest import ROOT

from harness.cli import main
from harness.scoring import model_table, score_file

CASES = ROOT / "cases"


def _summaries(path: Path) -> Path:
    """The development summaries (over 200, so several chunks), with malformed lines in between."""
    lines: list[str] = []
    for src in sorted((ROOT / "tests" / "data").glob("dev_*.jsonl")):
        for i, line in enumerate(src.read_text(encoding="utf-8").splitlines()):
            if not line.strip():
                continue
            item = json.loads(line)
            item.pop("expect", None)
            lines.append(json.dumps(item, ensure_ascii=False))
            if i % 37 == 5:
                lines.append("{not json")
            if i % 53 == 7:
                lines.append(json.dumps({"case_id": "no-such-case", "summary_id": f"bad{i}", "text": "x"}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_workers_write_byte_identical_scores(tmp_path: Path) -> None:
    summaries = _summaries(tmp_path / "s.jsonl")
    outputs = []
    for workers in ("1", "2"):
        out = tmp_path / f"out{workers}"
        result = CliRunner().invoke(main, ["score", "--cases", str(CASES), "--summaries", str(summaries),
                                           "--out", str(out), "--workers", workers])
        assert result.exit_code == 1, result.output  # the malformed lines became error records
        outputs.append(((out / "scores.jsonl").read_bytes(), result.output.replace(str(out), "OUT")))
    assert outputs[0][0] == outputs[1][0]
    assert outputs[0][1] == outputs[1][1]  # the same table, errors and counts


def test_streaming_keeps_input_order_and_error_records(tmp_path: Path) -> None:
    from harness.caseload import load_cases

    summaries = _summaries(tmp_path / "s.jsonl")
    raw = summaries.read_text(encoding="utf-8").splitlines()
    cases = load_cases([CASES])
    for workers in (1, 2):
        out = tmp_path / f"out{workers}"
        result = score_file(cases, summaries, out, keep_records=False, workers=workers, chunk_size=7)
        assert result.records == []  # nothing kept: the table comes from running sums
        records = [json.loads(line) for line in (out / "scores.jsonl").read_text(encoding="utf-8").splitlines()]
        assert len(records) == len(raw) == result.totals.records
        for lineno, (line, rec) in enumerate(zip(raw, records, strict=True), 1):
            if line == "{not json":
                assert rec["error"].startswith(f"{summaries}:{lineno}: invalid JSON") and rec["line"] == lineno
            elif "no-such-case" in line:
                assert rec["error"] == f"{summaries}:{lineno}: unknown case_id 'no-such-case'"
            else:
                assert "error" not in rec and rec["summary_id"] == json.loads(line)["summary_id"]
        assert result.errors == [r["error"] for r in records if "error" in r]
        assert result.totals.table() == model_table(records)
        assert not (out / "scores.jsonl.partial").exists()


def test_kept_records_match_the_file(tmp_path: Path) -> None:
    from harness.caseload import load_cases

    summaries = _summaries(tmp_path / "s.jsonl")
    path, records = score_file(load_cases([CASES]), summaries, tmp_path / "out", workers=2, chunk_size=5)
    assert records == [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
