"""Hedging: the narrator distances itself from a statement without naming a source.

Cues (``scorers.lexicon.HEDGE_CUES``): reportedly, allegedly, purportedly, claimed to, said to be,
could not be independently verified, agentless passives ("it was claimed"), and scare quotes: a
claim's key word wrapped in quotation marks with no source. A hedge with no source is ``hedged``,
never ``attributed``; a named source always wins over a hedge (see ``scorers.attribution``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from scorers.lexicon import HEDGE_CUES
from scorers.text import alternation

ATTRIBUTIVE = frozenset({"disputed", "contested"})
NOUN_PHRASE_HEDGES = frozenset({"an estimated"})
"""Hedges of the noun phrase they open only: "an estimated 412 inmates"."""
"""Hedge words that, right before a noun, describe it rather than distance the whole statement."""

_HEDGE = re.compile(alternation(sorted(HEDGE_CUES, key=len, reverse=True)), re.I)
# a verb of reporting with its agent: "reported by a coalition", "the 412 it reported", "IFAP reported"
_AGENT_VERBS = frozenset({"reported", "claimed", "alleged"})
_BY_AFTER = re.compile(r"\s+by\b", re.I)
_SUBJECT_BEFORE = re.compile(r"(?:\b(?:it|they|he|she|we)|(?<![.!?]\s)\b[A-Z][A-Za-z]+)\s+$")


@dataclass(frozen=True)
class Hedge:
    """A narrator hedge found in a clause: a cue word or phrase, or scare quotes around the mention."""

    start: int
    phrase: str
    kind: str  # "cue" | "scare-quotes"


def find_hedge(text: str, start: int, end: int, pos: int, quotes: list[tuple[int, int]]) -> Hedge | None:
    """Find a narrator hedge in ``text[start:end]`` (a clause) that covers the mention at ``pos`` (``quotes``: the
    quotations, in text order, not overlapping).

    Returns:
        The hedge, or None. A quotation that contains ``pos`` counts as a scare-quote hedge.
    """
    for m in _HEDGE.finditer(text, start, end):
        if m.group().lower() in ATTRIBUTIVE and _LOWER_WORD_AFTER.match(text[m.end():end]):
            continue  # "a disputed election" describes the noun; "the toll is disputed" hedges
        if m.group().lower() == "claimed" and _CLAIMED_PLACE.match(text, m.end(), end):
            continue  # "Calvera's claimed boundary": a place claimed as one's own, no hedge on what is said
        if m.start() > pos and m.group().lower() in _FORWARD_ONLY:
            continue  # "killed 38 workers, as the two sides argue over whether the exits were locked": an open
            # question hedges what it asks, not what the sentence said before it
        if m.start() > pos and _RELATIVE_WORD.search(text[pos:m.start()]):
            continue  # the hedge sits in a relative clause after the mention: "an attack that reportedly ..."
        if m.start() > pos and _SUBORDINATE_WORD.search(text[pos:m.start()]):
            continue  # or in a subordinate one: "the lights worked, despite union claims that they were out"
        if m.group().lower() in _AGENT_VERBS and (_BY_AFTER.match(text, m.end(), end) or
                                                  _SUBJECT_BEFORE.search(text, max(start, m.start() - 30), m.start())):
            continue  # "47 deaths reported by a coalition", "the 412 it reported": a report with its agent, a frame
        if text[max(0, m.start() - 1):m.start()] == "-":
            continue  # part of a compound: "under-reported", "self-reported" describe, they do not hedge
        if m.group().lower() in NOUN_PHRASE_HEDGES and not (pos >= m.end() and _NEAR_NOUN.fullmatch(text[m.end():pos])):
            continue  # "an estimated 412 inmates" hedges its own figure, not "from January 19, at an estimated cost"
        return Hedge(m.start(), m.group(), "cue")
    i = bisect_right(quotes, pos, key=_first) - 1  # quotations are in text order and do not overlap
    if i >= 0:
        a, b = quotes[i]
        if a <= pos < b and start <= a < end:
            return Hedge(a, text[a:b], "scare-quotes")
    return None


def _first(span: tuple[int, int]) -> int:
    return span[0]


def hedges(text: str) -> list[tuple[int, int, str]]:
    """Every hedge cue in ``text`` as ``(start, end, phrase)``."""
    return [(m.start(), m.end(), m.group()) for m in _HEDGE.finditer(text)]


# Patterns of the functions above, compiled once at import (not looked up in re's cache, which per-case
# patterns would churn).
_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")
_NEAR_NOUN = re.compile(r"(?:\s+[\w$€£¥.,%-]+){0,3}?\s*")  # up to three words, no clause break
_SUBORDINATE_WORD = re.compile(r"\b(?:despite|although|though|whereas|while|even\s+as|contrary\s+to|in\s+contrast\s+to|"
                               r"unlike)\b", re.I)
_FORWARD_ONLY = frozenset({"whether", "unclear whether"})
_CLAIMED_PLACE = re.compile(r"\s+(?:[a-z]+\s+)?(?:territor(?:y|ies)|waters|boundary|boundaries|borders?|lines?|zones?|"
                            r"areas?|lands?|seas?|islands?|region|economic\s+zone)\b", re.I)
_RELATIVE_WORD = re.compile(r"\b(?:that|which|who|whom|where)\b")
