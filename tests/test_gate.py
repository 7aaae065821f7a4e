"""`cnh gate` exit codes and outputs, policy errors, and the pytest plugin with assert_summary."""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree

import pytest
from click.testing import CliRunner
from conftest import DAM_CASE

from harness.cli import main
from harness.testing import SummaryRequirementError, assert_summary

GOOD = ["Rivas said the flow fell by 5 percent.", "Downstream officials said the flow fell 40 percent in three weeks."]
BAD = ["The flow fell by 5 percent.", "The flow fell 40 percent in three weeks, Rivas said. It was water theft."]


def make_run(root: Path, name: str, texts: list[str], suite: str = "s1") -> Path:
    """A run directory scored by the real `cnh score` from summaries of the dam case."""
    cases = root / "cases"
    if not cases.exists():
        cases.mkdir()
        (cases / "dam.yaml").write_text(DAM_CASE, encoding="utf-8")
    src = root / f"{name}.jsonl"
    lines = []
    for i in range(12):  # twelve samples each, so that the paired test has something to work with
        for j, text in enumerate(texts):
            lines.append(json.dumps({"case_id": "dam-dispute", "summary_id": f"{name}-{i}-{j}", "model": name,
                                     "text": text, "sample": i * 10 + j}))
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = root / name
    assert CliRunner().invoke(main, ["score", "--cases", str(cases), "--summaries", str(src), "--out", str(out),
                                     "-q"]).exit_code == 0
    (out / "run.json").write_text(json.dumps({"signature": f"cnh:0.1.0|cases:1@{suite}|scorers:0.1.0"}))
    return out


def gate(root: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["gate", "--cases", str(root / "cases"), *args])
    return result.exit_code, result.output


def test_passing_candidate(tmp_path: Path) -> None:
    base = make_run(tmp_path, "base", GOOD)
    cand = make_run(tmp_path, "cand", GOOD)
    code, out = gate(tmp_path, "--baseline", str(base), "--candidate", str(cand))
    assert code == 0, out
    assert out.startswith("PASS: 5/5 checks passed")  # the error-record check and four budgets


def test_regressing_candidate_names_metrics_and_evidence(tmp_path: Path) -> None:
    base = make_run(tmp_path, "base", GOOD)
    cand = make_run(tmp_path, "cand", BAD)
    junit, js, md = tmp_path / "g.xml", tmp_path / "g.json", tmp_path / "g.md"
    code, out = gate(tmp_path, "--baseline", str(base), "--candidate", str(cand), "--junit", str(junit),
                     "--json", str(js), "--markdown", str(md))
    assert code == 1
    assert "FAIL Bare contested / contested claim ↓ (unattributed_contested_rate): baseline 0, candidate 0.5" in out
    assert "FAIL Misattributed / claim ↓ (misattribution_rate)" in out
    assert "flow40: misattributed — 'The flow fell 40 percent in three weeks, Rivas said.'" in out
    suite = ElementTree.parse(junit).getroot()
    assert suite.get("tests") == "5" and int(suite.get("failures")) >= 2
    data = json.loads(js.read_text())
    assert data["passed"] is False and data["offenders"]
    assert md.read_text().startswith("### cnh gate: ❌ regression")


def test_hard_rule_and_significance(tmp_path: Path) -> None:
    base = make_run(tmp_path, "base", GOOD)
    cand = make_run(tmp_path, "cand", GOOD[:1] + ["The flow fell 40 percent in three weeks."])
    policy = tmp_path / "p.yaml"
    policy.write_text("metrics: {}\nno_bare_contested: true\n", encoding="utf-8")
    code, out = gate(tmp_path, "--baseline", str(base), "--candidate", str(cand), "--policy", str(policy))
    assert code == 1 and "FAIL Bare contested, total ↓ (unattributed_contested): 12" in out
    policy.write_text("metrics:\n  unattributed_contested_rate: {max_regression: 0.1}\nsignificance: true\n")
    code, out = gate(tmp_path, "--baseline", str(base), "--candidate", str(cand), "--policy", str(policy))
    # every item is worse, but all come from one case: resampling cases cannot show significance,
    # so a significance-aware policy lets the breach pass as a warning and says why
    assert code == 0 and out.startswith("WARN: 2/2 checks passed, 1 with a warning"), out
    assert "WARN Bare contested / contested claim ↓ (unattributed_contested_rate): baseline 0, candidate 0.5: " \
           "worse by 0.5 (budget 0.1), not significant (paired p=1.000 ≥ alpha 0.05)" in out
    code, out = gate(tmp_path, "--baseline", str(base), "--candidate", str(cand), "--policy", str(policy),
                     "--fail-on-warn")
    assert code == 1 and out.startswith("FAIL: 1/2 checks passed") and "(unattributed_contested_rate)" in out


def test_incomparable_runs_exit_3(tmp_path: Path) -> None:
    base = make_run(tmp_path, "base", GOOD, suite="s1")
    cand = make_run(tmp_path, "cand", GOOD, suite="s2")
    code, out = gate(tmp_path, "--baseline", str(base), "--candidate", str(cand))
    assert code == 3 and "different case suites" in out


def test_bad_policy_names_the_field(tmp_path: Path) -> None:
    base = make_run(tmp_path, "base", GOOD)
    policy = tmp_path / "p.yaml"
    policy.write_text("metrics:\n  headline: {max_regresion: 1}\n", encoding="utf-8")
    code, out = gate(tmp_path, "--baseline", str(base), "--candidate", str(base), "--policy", str(policy))
    assert code == 2
    assert f"{policy}:2: metrics.headline.max_regresion: unknown field (did you mean 'max_regression'?)" in out
    policy.write_text("metrics:\n  headlines: {max_regression: 1}\n", encoding="utf-8")
    code, out = gate(tmp_path, "--baseline", str(base), "--candidate", str(base), "--policy", str(policy))
    assert code == 2 and "unknown metric(s) headlines" in out


def test_assert_summary(dam_case) -> None:  # type: ignore[no-untyped-def]
    assert_summary("Rivas said the flow fell by 5 percent.", dam_case)
    with pytest.raises(SummaryRequirementError) as info:
        assert_summary("The flow fell by 7 percent. It was water theft.", dam_case, min_coverage=1.0)
    msg = str(info.value)
    assert "1 contested claim stated as fact" in msg and "stated as fact in 'The flow fell by 7 percent.'" in msg
    assert "1 numeric error (allowed 0)" in msg and "'7 percent'" in msg
    assert "'water theft'" in msg and "required claim not mentioned:\n  - flow40 ('The flow fell by 40" in msg


def test_pytest_plugin_parametrises_over_cases(pytester: pytest.Pytester) -> None:
    cases = pytester.mkdir("mycases")
    (cases / "dam.yaml").write_text(DAM_CASE, encoding="utf-8")
    pytester.makepyfile("""
        from harness.testing import assert_summary

        def my_model(article):
            return "The flow fell by 5 percent."

        def test_summariser(cnh_case):
            assert_summary(my_model(cnh_case.article), cnh_case)
    """)
    result = pytester.runpytest("--cnh-cases", "mycases")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*test_summariser?dam-dispute?*", "*1 contested claim stated as fact*",
                                 "*flow5 (*): stated as fact in 'The flow fell by 5 percent.'*"])
