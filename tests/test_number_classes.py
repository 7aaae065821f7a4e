"""Number failure classes from the blind rounds, each as a rule for a class of English (issue 15)."""

from __future__ import annotations

from harness.case import Case
from scorers import score_summary

CASE = Case.model_validate({
    "id": "outbreak", "title": "t", "topic": "health", "article": "a",
    "sources": [{"id": "ministry", "name": "Health Ministry", "side": "gov"}],
    "claims": [{"id": "c1", "statement": "4,212 cases", "source": "ministry", "accept": ["ministry"],
                "numbers": ["n-cases", "n-arrests", "n-migrants", "n-hills"]}],
    "numbers": [
        {"id": "n-cases", "value": 4212, "unit": "cases"},
        {"id": "n-arrests", "value": 63, "unit": "arrests"},
        {"id": "n-migrants", "value": 3100, "unit": "migrants per month"},
        {"id": "n-hills", "value": 3, "unit": "hilltop positions"},
        {"id": "n-total", "value": 298, "unit": "people"},
    ],
})


def _verdicts(text: str) -> list[tuple[str, str | None, str]]:
    return [(n.text, n.number_id, n.verdict) for n in score_summary(CASE, text).numbers]


def test_a_count_of_people_beside_an_event_counts_that_event() -> None:
    assert _verdicts("The outbreak has infected 4,212 people.") == [("4,212", "n-cases", "correct")]
    assert _verdicts("Police said 63 people were arrested.") == [("63", "n-arrests", "correct")]


def test_people_may_stand_for_a_group_of_people_but_not_the_reverse() -> None:
    assert _verdicts("About 3,100 people a month arrived.") == [("3,100", "n-migrants", "correct")]
    # the reverse is not a same-unit match (mh17-jit-2016's probe p-num-referent checks the verdict in context)
    assert "same unit" not in score_summary(CASE, "The victims included 298 Dutch citizens.").numbers[0].rule


def test_a_word_of_a_compound_unit_counts_it() -> None:
    assert _verdicts("The army took three hilltops.") == [("three", "n-hills", "correct")]


def test_list_markers_are_not_figures() -> None:
    text = "Key points:\n1. The outbreak has infected 4,212 people.\n2. Police arrested 63 people."
    assert [v[0] for v in _verdicts(text)] == ["4,212", "63"]


def test_a_difference_of_percentages_in_points_is_derived_not_a_rival_count() -> None:
    case = Case.model_validate({
        "id": "gap", "title": "t", "topic": "x", "article": "a",
        "sources": [{"id": "s", "name": "Ana Vale", "side": "x"}],
        "claims": [{"id": "c", "statement": "s", "source": "s", "accept": ["s"], "numbers": ["a"]}],
        "numbers": [{"id": "a", "value": 45, "unit": "percent"}, {"id": "b", "value": 18, "unit": "percent"},
                    {"id": "d", "value": 27, "unit": "people", "referent": "deaths at sea"}],
    })
    [n] = [n for n in score_summary(case, "The two estimates differ by 27 percentage points.").numbers]
    assert (n.verdict, n.rule_id) == ("derived", "number.derived")
