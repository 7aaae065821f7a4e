"""Alternations grouped by first letter (``scorers.text.by_first_letter``) match as the plain alternation does
(issue 20): the same spans and groups, on the project's texts and on texts built to tempt either form."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from harness.caseload import load_cases
from scorers import units
from scorers.lexicon import DENIAL_VERBS, HEDGE_CUES, REPORT_VERBS, VAGUE_SOURCES
from scorers.text import by_first_letter, first_literal, word_regex

ROOT = Path(__file__).resolve().parents[1]


def _texts() -> list[str]:
    lines = (ROOT / "results" / "baselines" / "summaries.jsonl").read_text(encoding="utf-8").splitlines()
    out = [json.loads(line)["text"] for line in lines]
    out += [c.text for c in load_cases([ROOT / "cases"])]
    rng = random.Random(7)
    words = [*REPORT_VERBS, *DENIAL_VERBS, *HEDGE_CUES, *units.UNIT_INDEX, "the", "said", "KM", "\u212am", "\u017faid",
             "-", "’", "'", " ", ",", "5", "%"]
    out += [" ".join(rng.choice(words) for _ in range(12)) for _ in range(400)]
    out += [t.upper() for t in out[:60]]
    return out


def _bodies(phrases: list[str]) -> list[str]:
    return [word_regex(p)[len(r"(?<![\w])"):] for p in sorted(set(phrases), key=len, reverse=True)]


_LISTS = {
    "report verbs": _bodies(list(REPORT_VERBS)),
    "denial verbs": _bodies(list(DENIAL_VERBS)),
    "hedge cues": _bodies(list(HEDGE_CUES)),
    "vague sources": _bodies(list(VAGUE_SOURCES)),
    "units": [units._form_re(f) for f in units.GROUPED_FORMS],
}


@pytest.mark.parametrize("name", list(_LISTS))
@pytest.mark.parametrize("flags", [re.I, 0])
def test_grouped_alternation_matches_as_the_plain_one(name: str, flags: int) -> None:
    bodies = _LISTS[name]
    grouped = by_first_letter(bodies)
    assert grouped != "|".join(bodies), "nothing was grouped: the test compares nothing"
    plain_re = re.compile(rf"(?<![\w])(?P<x>{'|'.join(bodies)})(?P<tail>\s+\w+)?", flags)
    grouped_re = re.compile(rf"(?<![\w])(?P<x>{grouped})(?P<tail>\s+\w+)?", flags)
    found = 0
    for text in _texts():
        a = [(m.span(), m.groupdict()) for m in plain_re.finditer(text)]
        assert a == [(m.span(), m.groupdict()) for m in grouped_re.finditer(text)], text[:80]
        found += len(a)
    assert found


def test_bodies_without_a_required_plain_first_character_are_not_grouped() -> None:
    assert first_literal(r"\w*gate") is None and first_literal("a*b") is None and first_literal("(?:a)") is None
    assert first_literal("\u212a") is None and first_literal("\u017fay") is None  # fold to ASCII letters
    assert first_literal(r"\$5") == "$" and first_literal("°c") == "°" and first_literal("said") == "s"
    bodies = ["said", "says", "stated", "told", "tells", "wrote", "writes", r"\w*ed"]
    assert by_first_letter(bodies) == "|".join(bodies)


def test_qualifier_cues_grouped_match_as_the_plain_alternation() -> None:
    from scorers import lexicon_numbers as lex
    from scorers.numbers import _QUAL_BEFORE_RE

    def plain(cues: tuple[str, ...] | list[str] | set[str] | frozenset[str]) -> str:
        return "|".join((r"(?<![A-Za-z])" if cue[0].isalpha() else "") + r"\s+".join(re.escape(p) for p in cue.split())
                        for cue in sorted(cues, key=len, reverse=True))

    plain_re = re.compile(rf"(?:(?P<more>{plain(lex.QUALIFIERS_MORE)})|(?P<less>{plain(lex.QUALIFIERS_LESS)})"
                          rf"|(?P<about>{plain(lex.QUALIFIERS_ABOUT)}))[\s\u00a0\"'“‘]*$", re.I)
    assert plain_re.pattern != _QUAL_BEFORE_RE.pattern
    cues = [*lex.QUALIFIERS_MORE, *lex.QUALIFIERS_LESS, *lex.QUALIFIERS_ABOUT]
    texts = _texts()[:40] + [f"x {c} " for c in cues] + [f"x{c} " for c in cues] + [f"{c.upper()}\u00a0" for c in cues]
    found = 0
    for text in texts:
        for i in [i for i in range(1, len(text) + 1) if not text[i - 1].isalnum()]:  # before a figure: after a gap
            a, b = plain_re.search(text, max(0, i - 40), i), _QUAL_BEFORE_RE.search(text, max(0, i - 40), i)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), text[:i]
            found += a is not None
    assert found
