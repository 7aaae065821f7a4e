"""`cnh gate` refuses what it cannot compare (issue 16): missing items, error records, duplicate ids, unsigned
or differently signed runs, policies that check nothing; a breach that is not significant is a warning; the
pull-request comment escapes text that comes from the runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import DAM_CASE

from harness.cli import main

GOOD = ["Rivas said the flow fell by 5 percent.", "Downstream officials said the flow fell 40 percent in three weeks."]


def summaries(name: str, texts: list[str], samples: int = 12) -> list[dict]:
    """Summaries of the dam case: ``samples`` samples of each text, each its own (prompt, sample) item."""
    return [{"case_id": "dam-dispute", "summary_id": f"{name}-{i}-{j}", "model": name, "text": text,
             "prompt": "p", "sample": i * 10 + j} for i in range(samples) for j, text in enumerate(texts)]


def score(root: Path, name: str, lines: list[dict | str]) -> Path:
    """`cnh score` the lines into ROOT/NAME (a directory with scores.jsonl and score.json)."""
    cases = root / "cases"
    if not cases.exists():
        cases.mkdir()
        (cases / "dam.yaml").write_text(DAM_CASE, encoding="utf-8")
    src = root / f"{name}.jsonl"
    src.write_text("".join((x if isinstance(x, str) else json.dumps(x)) + "\n" for x in lines), encoding="utf-8")
    out = root / name
    res = CliRunner().invoke(main, ["score", "--cases", str(cases), "--summaries", str(src), "--out", str(out), "-q"])
    assert res.exit_code in (0, 1), res.output
    return out


def gate(root: Path, base: Path, cand: Path, *args: str) -> tuple[int, str]:
    res = CliRunner().invoke(main, ["gate", "--cases", str(root / "cases"), "--baseline", str(base),
                                    "--candidate", str(cand), *args])
    return res.exit_code, res.output


def records(run: Path) -> list[dict]:
    return [json.loads(line) for line in (run / "scores.jsonl").read_text(encoding="utf-8").splitlines()]


def write_records(run: Path, recs: list[dict]) -> None:
    (run / "scores.jsonl").write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")


def test_candidate_must_cover_the_baseline(tmp_path: Path) -> None:
    """One good record of 24 used to pass: now the runs are not comparable (exit 3), with the missing count."""
    base = score(tmp_path, "base", summaries("m", GOOD))
    cand = score(tmp_path, "cand", summaries("m", GOOD)[:1])
    code, out = gate(tmp_path, base, cand)
    assert code == 3, out
    assert "does not cover the baseline (m): 23 of 24 baseline items (case/prompt/sample) have no candidate record" \
        in out
    assert "e.g. dam-dispute/p/1" in out
    # more items in the candidate than in the baseline: compared on the baseline's, and said so
    cand = score(tmp_path, "cand2", summaries("m", GOOD) + summaries("m", GOOD, samples=13)[-2:])
    code, out = gate(tmp_path, base, cand)
    assert code == 0, out
    assert "note: compared on 24 of 24 baseline item(s)" in out
    assert "2 candidate item(s) that the baseline lacks were left out" in out


def test_gate_runs_can_allow_missing_items(tmp_path: Path) -> None:
    """The library call behind a partial-run option: missing items become a note, never a silent pass."""
    from harness.caseload import load_cases
    from harness.gate import DEFAULT_POLICY, gate_runs

    base = records(score(tmp_path, "base", summaries("m", GOOD)))
    cases = {c.id: c for c in load_cases([tmp_path / "cases"])}
    result = gate_runs(base, base[:4], cases, DEFAULT_POLICY, allow_missing=True)
    assert result.passed
    assert result.notes[:2] == ["compared on 4 of 24 baseline item(s) (case/prompt/sample) that both sides scored; "
                                "0 candidate error record(s)",
                                "20 baseline item(s) have no candidate record (allowed): not compared"]


def test_error_records_fail_their_items(tmp_path: Path) -> None:
    """A candidate whose lines are error records fails (they count as failed items), however good the rest."""
    base = score(tmp_path, "base", summaries("m", GOOD))
    lines = summaries("m", GOOD)
    for i in range(1, len(lines)):  # 23 of 24 become error records (text is not a string); they keep their items
        lines[i] = {**lines[i], "text": None}
    cand = score(tmp_path, "cand", lines)
    code, out = gate(tmp_path, base, cand)
    assert code == 1, out
    assert out.startswith("FAIL")
    assert "FAIL error records: 23 (allowed 0)" in out
    assert "note: compared on 1 of 24 baseline item(s) (case/prompt/sample) that both sides scored; " \
           "23 candidate error record(s)" in out
    policy = tmp_path / "p.yaml"
    policy.write_text("metrics:\n  headline: {max_regression: 2}\nmax_errors: 23\n", encoding="utf-8")
    code, out = gate(tmp_path, base, cand, "--policy", str(policy))
    assert code == 0 and "ok   error records: 23 (allowed 23)" in out, out
    # an unreadable line names no item: it still counts against the candidate
    cand = score(tmp_path, "cand2", [*summaries("m", GOOD), "{not json"])
    code, out = gate(tmp_path, base, cand)
    assert code == 1 and "FAIL error records: 1 (allowed 0)" in out, out


def test_duplicate_ids_and_items_are_input_errors(tmp_path: Path) -> None:
    """The best record repeated 200 times under one id (or under 200 ids) used to pass: exit 2, with the count."""
    base = score(tmp_path, "base", summaries("m", GOOD))
    cand = score(tmp_path, "cand", summaries("m", GOOD))
    recs = records(cand)
    write_records(cand, recs + [recs[0]] * 199)
    code, out = gate(tmp_path, base, cand)
    assert code == 2, out
    assert "candidate (m): 1 summary id(s) appear more than once ('m-0-0' ×200)" in out
    write_records(cand, recs + [{**recs[0], "summary_id": f"other{i}"} for i in range(199)])  # new ids, same item
    code, out = gate(tmp_path, base, cand)
    assert code == 2, out
    assert "more summaries than the baseline (m) for 1 item(s) (case/prompt/sample), e.g. dam-dispute/p/0: 200 " \
           "against 1" in out


def test_unnumbered_samples_are_compared_per_case(tmp_path: Path) -> None:
    """Summaries without prompt and sample fields share an item per case: compared as a group when the
    counts agree, a missing one is still counted."""
    lines = [{k: v for k, v in d.items() if k not in ("prompt", "sample")} for d in summaries("m", GOOD, 3)]
    base = score(tmp_path, "base", lines)
    cand = score(tmp_path, "cand", lines)
    code, out = gate(tmp_path, base, cand)
    assert code == 0 and "note: compared on 1 of 1 baseline item(s)" in out, out
    cand = score(tmp_path, "cand2", lines[:-1])
    code, out = gate(tmp_path, base, cand)
    assert code == 3 and "1 of 6 baseline items (case/prompt/sample) have no candidate record" in out, out


def test_unsigned_scores_are_compared_by_their_records_signature(tmp_path: Path) -> None:
    """Without run.json or score.json the records' own signature decides; no signature is not comparable."""
    base = score(tmp_path, "base", summaries("m", GOOD))
    cand = score(tmp_path, "cand", summaries("m", GOOD))
    for run in (base, cand):
        (run / "score.json").unlink()
    code, out = gate(tmp_path, base, cand)
    assert code == 0, out  # cnh score stored the signature in every record
    recs = records(cand)
    sig = recs[0]["signature"]
    other = sig.replace("scorers:", "scorers:9.9.9+") if "scorers:" in sig else sig + "x"
    write_records(cand, [{**r, "signature": other} for r in recs])
    code, out = gate(tmp_path, base, cand)
    assert code == 3 and "runs were scored on different scorers" in out, out
    write_records(cand, [{k: v for k, v in r.items() if k != "signature"} for r in recs])
    code, out = gate(tmp_path, base, cand)
    assert code == 3 and "no run.json, score.json or signature in the records" in out, out
    write_records(cand, [{**r, "signature": other if i % 2 else sig} for i, r in enumerate(recs)])
    code, out = gate(tmp_path, base, cand)
    assert code == 3 and "records carry 2 different signatures" in out, out


@pytest.mark.parametrize("part,message", [("cases", "different case suites"), ("scorers", "different scorers"),
                                          ("prompt", "different prompts")])
def test_every_signature_part_is_checked(tmp_path: Path, part: str, message: str) -> None:
    base = score(tmp_path, "base", summaries("m", GOOD))
    cand = score(tmp_path, "cand", summaries("m", GOOD))
    parts = {"cases": "1@aaa", "scorers": "0.1.0+bbb", "prompt": "ccc"}
    for run, value in ((base, "x"), (cand, "y")):
        sig = "|".join(f"{k}:{v + value if k == part else v}" for k, v in parts.items())
        (run / "run.json").write_text(json.dumps({"signature": f"cnh:0.1.0|{sig}"}), encoding="utf-8")
    code, out = gate(tmp_path, base, cand)
    assert code == 3 and message in out, out


@pytest.mark.parametrize("text,line,field,message", [
    ("metrics: {}\n", 1, "metrics", "the policy checks nothing"),
    ("metrics:\n  headline: {}\n", 2, "metrics.headline", "checks nothing: set max_regression"),
    ("metrics:\n  headline: {min: .nan}\n", 2, "metrics.headline.min", "input should be a finite number"),
    ("metrics:\n  coverage: {max_regression: .inf}\n", 2, "metrics.coverage.max_regression",
     "input should be a finite number"),
    ("metrics:\n  headline: {max_regression: 2}\n  coverage:\n    min: 90\n    max: 10\n", 4,
     "metrics.coverage.min", "crossed bounds: min 90 > max 10"),
])
def test_policy_that_checks_nothing_or_cannot_be_met_is_an_input_error(tmp_path: Path, text: str, line: int,
                                                                        field: str, message: str) -> None:
    base = score(tmp_path, "base", summaries("m", GOOD))
    policy = tmp_path / "p.yaml"
    policy.write_text(text, encoding="utf-8")
    code, out = gate(tmp_path, base, base, "--policy", str(policy))
    assert code == 2, out
    assert f"{policy}:{line}: {field}: {message}" in out


def test_a_hard_rule_alone_is_a_policy(tmp_path: Path) -> None:
    base = score(tmp_path, "base", summaries("m", GOOD))
    policy = tmp_path / "p.yaml"
    policy.write_text("metrics: {}\nno_misattribution: true\n", encoding="utf-8")
    code, out = gate(tmp_path, base, base, "--policy", str(policy))
    assert code == 0 and out.startswith("PASS: 2/2 checks passed"), out


def test_not_significant_breach_is_a_warning(tmp_path: Path) -> None:
    """An over-budget rise that is not significant is WARN with its p-value (exit 0); --fail-on-warn fails it."""
    base = score(tmp_path, "base", summaries("m", GOOD))
    cand = score(tmp_path, "cand", summaries("m", [GOOD[0], "The flow fell 40 percent in three weeks."]))
    policy = tmp_path / "p.yaml"
    policy.write_text("metrics:\n  unattributed_contested_rate: {max_regression: 0.1}\nsignificance: true\n",
                      encoding="utf-8")
    js = tmp_path / "g.json"
    code, out = gate(tmp_path, base, cand, "--policy", str(policy), "--json", str(js))
    assert code == 0, out
    assert "WARN unattributed_contested_rate" in out and "not significant (paired p=1.000 ≥ alpha 0.05)" in out
    data = json.loads(js.read_text())
    assert data["verdict"] == "WARN" and [c["status"] for c in data["checks"]] == ["ok", "WARN"]
    code, out = gate(tmp_path, base, cand, "--policy", str(policy), "--fail-on-warn")
    assert code == 1 and "FAIL unattributed_contested_rate" in out, out


NASTY_ID = "x`` </details> <img src=x onerror=alert(1)> ```y"
NASTY_TEXT = "The flow fell by 5 percent, </details><img src=x onerror=alert(1)> `` ```."


def test_markdown_comment_escapes_text_from_the_runs(tmp_path: Path) -> None:
    """Summary ids and evidence cannot close the <details> block, add HTML or break out of a code span."""
    base = score(tmp_path, "base", summaries("m", GOOD))
    lines = summaries("m", GOOD)
    lines[0] = {**lines[0], "summary_id": NASTY_ID, "text": NASTY_TEXT}
    cand = score(tmp_path, "cand", lines)
    md = tmp_path / "g.md"
    code, out = gate(tmp_path, base, cand, "--markdown", str(md))
    assert code == 1, out
    text = md.read_text(encoding="utf-8")
    assert "````x`` </details> <img src=x onerror=alert(1)> ```y````" in text  # a fence longer than any run
    assert "&lt;/details&gt;&lt;img src=x onerror=alert(1)&gt; &#96;&#96; &#96;&#96;&#96;" in text  # evidence
    markdown_it = pytest.importorskip("markdown_it")
    rendered = markdown_it.MarkdownIt("commonmark", {"html": True}).enable("table").render(text)
    assert rendered.count("</details>") == 1 and "<img" not in rendered
    assert "<code>x`` &lt;/details&gt; &lt;img src=x onerror=alert(1)&gt; ```y</code>" in rendered
    assert "&lt;/details&gt;&lt;img src=x onerror=alert(1)&gt;" in rendered  # the evidence, as text


def test_report_names_a_bad_sample_field(tmp_path: Path) -> None:
    """A hand-written scores file with sample "abc" is an input error naming file and line, not a crash."""
    run = score(tmp_path, "base", summaries("m", GOOD))
    recs = records(run)
    write_records(run, recs[:2] + [{**recs[2], "sample": "abc"}])
    res = CliRunner().invoke(main, ["report", str(run), "--cases", str(tmp_path / "cases")])
    assert res.exit_code == 2
    assert f"{run / 'scores.jsonl'}:3: field 'sample' must be an integer, got \"abc\"" in res.output


def test_compare_keeps_models_of_different_runs_apart(tmp_path: Path) -> None:
    """Two runs with a model called "mine" (different summaries) used to print one row with n=48; now one row
    each, RUN/MODEL, and a note; a model whose records are the same in both runs is merged, and said so."""
    bad = ["The flow fell by 5 percent.", "The flow fell 40 percent in three weeks."]
    v1 = score(tmp_path, "v1", summaries("mine", GOOD) + summaries("ref", GOOD, samples=2))
    v2 = score(tmp_path, "v2", summaries("mine", bad) + summaries("ref", GOOD, samples=2))
    res = CliRunner().invoke(main, ["compare", str(v1), str(v2), "--cases", str(tmp_path / "cases")])
    assert res.exit_code == 0, res.output
    assert "| v1/mine | 24 |" in res.output and "| v2/mine | 24 |" in res.output
    assert "| mine |" not in res.output and "| ref | 4 |" in res.output
    assert "note: model 'mine' is in runs v1, v2 with different summaries or verdicts: kept apart as v1/mine, " \
           "v2/mine" in res.output
    assert "note: merged model 'ref' of runs v1, v2: the same 4 summaries with the same verdicts in each, " \
           "shown once" in res.output
    res = CliRunner().invoke(main, ["compare", str(v1), str(v2), "--cases", str(tmp_path / "cases"),
                                    "--baseline", "mine"])
    assert res.exit_code == 2 and "use one of v1/mine, v2/mine" in res.output
    res = CliRunner().invoke(main, ["compare", str(v1), str(v2), "--cases", str(tmp_path / "cases"),
                                    "--baseline", "v1/mine"])
    assert res.exit_code == 0 and "v2/mine vs v1/mine" in res.output, res.output


def test_undefined_metric_is_a_warning_and_never_nan_in_json(tmp_path: Path) -> None:
    """A share with nothing to measure (no contested claim mentioned: 0/0) is a WARN, never NaN in the JSON."""
    base = score(tmp_path, "base", summaries("m", ["Nothing happened today."], samples=3))
    policy = tmp_path / "p.yaml"
    policy.write_text("metrics:\n  unattributed_contested_rate: {max_regression: 0.1, max: 0.25}\n", encoding="utf-8")
    js = tmp_path / "g.json"
    code, out = gate(tmp_path, base, base, "--policy", str(policy), "--json", str(js))
    assert code == 0, out
    assert "WARN unattributed_contested_rate: baseline nan, candidate nan: undefined for the baseline and the " \
           "candidate (nothing to measure it on): not checked" in out

    def refuse(name: str) -> None:
        raise AssertionError(f"{name} in the gate's JSON")
    data = json.loads(js.read_text(encoding="utf-8"), parse_constant=refuse)
    assert data["checks"][1]["baseline"] is None and data["checks"][1]["status"] == "WARN"
    assert gate(tmp_path, base, base, "--policy", str(policy), "--fail-on-warn")[0] == 1
