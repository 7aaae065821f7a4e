"""The pytest plugin and ``assert_summary`` as a team testing its own summariser meets them (issue 19)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import DAM_CASE, ROOT

from harness.caseload import load_cases
from harness.testing import SummaryRequirementError, assert_summary

TEST_FILE = '''
from harness.testing import assert_summary

def my_model(article):
    return "The flow fell\\nby 5 percent. It was\\n\\n  water theft."

def test_summariser(cnh_case):
    assert_summary(my_model(cnh_case.article), cnh_case)
'''


@pytest.fixture()
def checkout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A case directory inside another checkout that has its own pytest configuration (like the harness's)."""
    root = tmp_path_factory.mktemp("harness-checkout")
    (root / "pyproject.toml").write_text('[tool.pytest.ini_options]\naddopts = "-ra"\n', encoding="utf-8")
    (root / "cases").mkdir()
    (root / "cases" / "dam.yaml").write_text(DAM_CASE, encoding="utf-8")
    return root / "cases"


def test_space_form_keeps_rootdir_and_reports_the_real_file(pytester: pytest.Pytester, checkout: Path) -> None:
    pytester.makepyfile(test_mine=TEST_FILE)
    result = pytester.runpytest("--cnh-cases", str(checkout))  # space form, a directory of another checkout
    result.assert_outcomes(failed=1)
    out = result.stdout.str()
    assert f"rootdir: {pytester.path}" in out, out
    assert "configfile: pyproject.toml" not in out
    result.stdout.fnmatch_lines(["test_mine.py:7: SummaryRequirementError"])
    assert "harness/testing.py" not in out  # __tracebackhide__: the failure points at the user's line


def test_failure_message_names_claims_and_flattens_evidence(pytester: pytest.Pytester, checkout: Path) -> None:
    pytester.makepyfile(test_mine=TEST_FILE)
    out = pytester.runpytest(f"--cnh-cases={checkout}").stdout.str()
    assert "breaks 2 requirements:" in out and "requirement(s)" not in out
    assert "1 contested claim stated as fact (allowed 0)" in out and "claim(s)" not in out
    # the claim by id and by statement, the evidence on one line
    assert "flow5 ('The dam cut the flow by only 5 percent'): stated as fact in 'The flow fell by 5 percent.'" in out
    assert "\\n" not in out.split("breaks 2 requirements:")[1].split("test_mine.py")[0]
    assert "1 loaded term in the summary's own voice" in out


def test_terminal_summary_table_over_all_cases(pytester: pytest.Pytester, checkout: Path) -> None:
    cases = pytester.mkdir("mycases")
    (cases / "dam.yaml").write_text(DAM_CASE, encoding="utf-8")
    (cases / "dam2.yaml").write_text(DAM_CASE.replace("id: dam-dispute", "id: dam-two", 1), encoding="utf-8")
    pytester.makepyfile(test_mine=TEST_FILE)
    result = pytester.runpytest("--cnh-cases", "mycases")  # relative to where pytest runs
    result.assert_outcomes(failed=2)
    result.stdout.fnmatch_lines(["*cnh: summaries checked with assert_summary*",
                                 "Coverage [[]coverage[]] * 0.500 * >= 0.5 * 0/2",
                                 "Bare contested [[]unattributed_contested[]] * 1.000 * <= 0 * 2/2",
                                 "2 summaries of 2 cases checked: 0 passed, 2 failed"])


def test_default_thresholds_fail_a_first_three_sentences_summariser() -> None:
    """With the defaults, lead-3 (the first three sentences of each article) passes few shipped cases; it passed
    22 of 25 with min_coverage=0."""
    cases = {c.id: c for c in load_cases(ROOT / "cases")}
    rows = [json.loads(line) for line in (ROOT / "results" / "baselines" / "summaries.jsonl").read_text().splitlines()]
    lead3 = {r["case_id"]: r["text"] for r in rows if r["model"] == "lead-3"}
    assert set(lead3) == set(cases)
    passed = 0
    for case_id, text in lead3.items():
        try:
            assert_summary(text, cases[case_id])
            passed += 1
        except SummaryRequirementError:
            pass
    assert passed <= 3, passed
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "min_coverage" in readme and "0.5" in readme
