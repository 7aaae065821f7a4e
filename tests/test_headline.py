"""The headline score (``scorers.metrics.headline_score``): it ranks the deliberately bad baseline last, and a
summary can never raise it by stating a contested claim bare."""

from __future__ import annotations

from functools import cache

import pandas as pd
import pytest
from conftest import ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from harness.backends.baseline import create
from harness.case import Case
from harness.caseload import load_cases
from harness.reporting.frame import COUNT_COLUMNS, headline, records_frame
from harness.reporting.stats import paired
from scorers import score_summary
from scorers.metrics import METRICS, Judged

LEADS = ("lead-2", "lead-3", "lead-4", "lead-5")


@cache
def suite() -> dict[str, Case]:
    """The shipped cases by id."""
    return {c.id: c for c in load_cases(ROOT / "cases")}


def _headline(case: Case, text: str) -> tuple[float, dict[str, str]]:
    """A summary's headline score and its claim verdicts."""
    rec = score_summary(case, text, summary_id="s", model="m")
    return METRICS["headline"](Judged.of(case, rec.claims, rec.numbers, rec.loaded)), {
        c.claim_id: c.verdict for c in rec.claims}


def test_definition() -> None:
    row = dict.fromkeys(COUNT_COLUMNS, 0)
    row.update(case_claims=10, attributed=3, hedged=2, unattributed=3, unattributed_contested=1, misattributed=1,
               numeric_errors=1, loaded_terms=1)
    # 3 + ½·2 + (3 − 1) − 2·1 − 2·1 − 1 − 1 = 0
    assert headline(row) == pytest.approx(0.0)
    row.update(unattributed_contested=0, misattributed=0, numeric_errors=0, loaded_terms=0)
    assert headline(row) == pytest.approx(100 * (3 + 1 + 3) / 10)
    row.update(unattributed=3, unattributed_contested=3, attributed=0, hedged=0, case_claims=2)
    assert headline(row) == -100.0  # clamped


def test_five_bare_contested_claims_do_not_beat_two_attributed() -> None:
    """The issue's example: today's coverage × attribution product rewarded stating more claims bare."""
    row = dict.fromkeys(COUNT_COLUMNS, 0)
    row.update(case_claims=10, coverage=0.2, claims_mentioned=2, attributed=2)
    two_attributed = headline(row)
    row.update(coverage=0.7, claims_mentioned=7, unattributed=5, unattributed_contested=5, contested_mentioned=7)
    assert headline(row) < two_attributed
    assert headline(row) < 0


@pytest.fixture(scope="module")
def baseline_frame() -> pd.DataFrame:
    """Every baseline's summary of every shipped case, scored."""
    cases = suite()
    records = []
    for model in (*LEADS, "strip-attribution"):
        backend = create(model, {})
        for case in cases.values():
            rec = score_summary(case, backend.summarise(case.article), summary_id=f"{model}/{case.id}", model=model)
            records.append(rec.to_json())
    return records_frame(records, cases)


@pytest.mark.parametrize("lead", LEADS)
def test_strip_attribution_is_significantly_below_every_lead_baseline(baseline_frame: pd.DataFrame,
                                                                      lead: str) -> None:
    comparison = paired(baseline_frame, lead, "strip-attribution", "headline")
    assert comparison.diff.value < 0 and comparison.diff.high < 0, comparison
    assert comparison.significant, comparison


def test_strip_attribution_ranks_last(baseline_frame: pd.DataFrame) -> None:
    means = baseline_frame.groupby("model").headline.mean().sort_values()
    assert means.index[0] == "strip-attribution" and means.iloc[0] < means.iloc[1]


@st.composite
def _summary_and_bare_claim(draw: st.DrawFn) -> tuple[Case, str, str, str]:
    """A shipped case, a summary of it (a baseline's, a probe or two probes joined) and a contested claim's
    statement that the scorers judge bare on its own."""
    cases = suite()
    case = cases[draw(st.sampled_from(sorted(cases)))]
    probes = [p.text for p in case.probes]
    leads = [create(m, {}).summarise(case.article) for m in (*LEADS, "strip-attribution")]
    text = draw(st.one_of(st.sampled_from(leads), st.sampled_from(probes),
                          st.lists(st.sampled_from(probes), min_size=2, max_size=3).map(" ".join)))
    claim = draw(st.sampled_from([c for c in case.claims if c.contested]))
    return case, text, claim.id, claim.statement.rstrip(". ") + "."


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_summary_and_bare_claim())
def test_adding_a_bare_contested_claim_never_raises_the_headline(drawn: tuple[Case, str, str, str]) -> None:
    case, text, claim_id, statement = drawn
    before, verdicts = _headline(case, text)
    # only claims the summary does not already state bare or misattribute: restating those adds no new claim
    # (and the scorers keep a claim's worst verdict, which ranks a bare mention above a misattributed one)
    if verdicts.get(claim_id) in {"unattributed", "misattributed"}:
        return
    if _headline(case, statement)[1].get(claim_id) != "unattributed":
        return  # the statement itself carries a source or a hedge: not a bare claim
    after, new_verdicts = _headline(case, f"{text} {statement}")
    if new_verdicts.get(claim_id) != "unattributed":
        return  # the summary's context attributes or hedges it (e.g. a frame that reaches the new sentence)
    if any(v == "misattributed" and new_verdicts.get(c) != v for c, v in verdicts.items()):
        return  # the new sentence restates another, misattributed claim: its worst verdict is then kept as bare
    assert after <= before, (text, statement, before, after)
