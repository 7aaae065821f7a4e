"""The attribution scorer's speed-ups give the answers of the searches they skip (issue 20)."""

from __future__ import annotations

import re
from pathlib import Path

from harness.caseload import load_cases
from scorers.attribution import _term_literal, index

ROOT = Path(__file__).resolve().parents[1]


def test_every_statement_term_of_the_suite_has_its_word_shortcut() -> None:
    terms = [t for c in load_cases([ROOT / "cases"]) for ts in index(c).statement_terms.values() for t, _d in ts]
    assert terms
    assert all(_term_literal(t) is not None for t in terms)


def test_a_term_matches_ascii_text_only_where_its_word_is() -> None:
    term = re.compile(r"(?<![\w])ballot\w*", re.I)
    assert _term_literal(term) == "ballot"
    for text in ("The BALLOTS were counted", "no vote at all", "aballot box", "ballo t"):
        assert bool(term.search(text)) <= ("ballot" in text.lower())


def test_other_patterns_take_no_shortcut() -> None:
    assert _term_literal(re.compile(r"(?<![\w])ballot\w*")) is None  # case-sensitive
    assert _term_literal(re.compile(r"(?<![\w])ball.t\w*", re.I)) is None  # not an escaped word
    assert _term_literal(re.compile("(?<![\\w])\u017fome\\w*", re.I)) is None  # non-ASCII: case folding differs
