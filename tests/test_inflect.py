"""Verb forms come from lemmas: every form of a reporting verb makes a frame."""

from __future__ import annotations

import pytest

from harness.caseload import load_case
from scorers import rulebook, score_summary
from scorers.inflect import forms, inflect
from scorers.lexicon import DENIAL_VERBS, REPORT_VERBS


@pytest.mark.parametrize(("verb", "expected"), [
    ("reiterate", ("reiterates", "reiterated", "reiterated", "reiterating")),
    ("mention", ("mentions", "mentioned", "mentioned", "mentioning")),
    ("tally", ("tallies", "tallied", "tallied", "tallying")),
    ("slam", ("slams", "slammed", "slammed", "slamming")),
    ("admit", ("admits", "admitted", "admitted", "admitting")),
    ("deny", ("denies", "denied", "denied", "denying")),
    ("stress", ("stresses", "stressed", "stressed", "stressing")),
    ("agree", ("agrees", "agreed", "agreed", "agreeing")),
    ("tie", ("ties", "tied", "tied", "tying")),
    ("say", ("says", "said", "said", "saying")),
    ("claim", ("claims", "claimed", "claimed", "claiming")),
    ("vow", ("vows", "vowed", "vowed", "vowing")),
])
def test_inflect(verb: str, expected: tuple[str, ...]) -> None:
    assert inflect(verb) == expected


def test_phrases_inflect_their_first_word_and_variants_are_kept() -> None:
    assert forms("point to") == ["point to", "points to", "pointed to", "pointing to"]
    assert "labeled" in forms("label") and "labelled" in forms("label")
    assert "considering" not in forms("consider", gerund=False)


def test_word_lists_hold_every_form() -> None:
    for form in ("reiterates", "mentions", "tallies", "tallied", "concedes", "stressed"):
        assert form in REPORT_VERBS
    assert {"challenges", "challenging", "rebutted"} <= set(DENIAL_VERBS)


@pytest.mark.parametrize("verb", ["reiterated", "reiterates", "mentions", "mentioned", "stresses", "concedes"])
def test_every_form_of_a_reporting_verb_attributes(verb: str) -> None:
    case = load_case(rulebook.EXAMPLES_DIR / "basic.yaml")
    record = score_summary(case, f"Vale {verb} that Sudria lost 4,200 soldiers.")
    assert [(c.claim_id, c.verdict) for c in record.claims] == [("losses", "attributed")]


def test_a_gerund_of_stance_deliberates_rather_than_reports() -> None:
    case = load_case(rulebook.EXAMPLES_DIR / "basic.yaml")
    record = score_summary(case, "Norland is considering whether Sudria lost 4,200 soldiers.")
    # no report of Norland's: the open question ("whether") is the narrator's hedge, not an attribution
    assert [(c.claim_id, c.verdict) for c in record.claims] == [("losses", "hedged")]
