"""Loaded terms: a case's loaded word used in the summary's own voice.

A term inside quotation marks is ``quoted``; inside the scope of a reporting frame that names a
source ("the minister said troops liberated ...", "what the capital calls liberated") it is ``attributed``;
otherwise it is the ``narrator``'s, which is the finding. ``so-called`` before a term distances it
like quotation marks do.
"""

from __future__ import annotations

import re

from harness.case import Case, LoadedTerm
from scorers import rulebook
from scorers.attribution import Analysis, CaseIndex, Frame, analyse, index
from scorers.lexicon import CALLS_AS_VERBS, CALLS_VERBS, NP_OBJECT_VERBS
from scorers.text import alternation, inside_sorted
from scorers.tokens import Doc, PerCase, read
from scorers.types import LoadedFinding

_SO_CALLED = re.compile(r"so[\s-]called\s+$", re.I)
_CALLS = re.compile(r"\b(?:" + "|".join(map(re.escape, CALLS_VERBS))
                    + r")\s+(?:it\s+|them\s+|this\s+)?(?:an?\s+)?$"
                    # "dismissed him and his allies as separatist agitators": a few words, then "as"
                    + r"|\b(?:" + "|".join(map(re.escape, CALLS_AS_VERBS))
                    + r")\s+(?:[\w'’-]+\s+){0,8}?as\s+(?:an?\s+|the\s+)?$", re.I)


R_QUOTED = rulebook.rule("loaded.quoted")
R_SO_CALLED = rulebook.rule("loaded.so-called")
R_CALLS = rulebook.rule("loaded.calls")
R_SPEECH = rulebook.rule("loaded.reported-speech")
R_NARRATOR = rulebook.rule("loaded.narrator")

_SUFFIXES = ("ings", "ing", "ion", "ed", "es", "s")


def _inflections(term: str) -> list[str]:
    """Forms of a one-word term given without ``forms`` (docs/contract.md's minimum format): its stem with any
    ending, so "liberated" also catches "liberation" and "liberate"."""
    if " " in term.strip():
        return [] if term.rstrip().endswith("s") else [term + "s"]
    if not term.isalpha() or term[:1].isupper():
        return []
    for suffix in _SUFFIXES:
        if term.lower().endswith(suffix) and len(term) - len(suffix) >= 5:
            return [term[: len(term) - len(suffix)] + "*"]
    low = term.lower()
    if low.endswith(("ing", "ed")) and len(low.removesuffix("ing").removesuffix("ed")) >= 3:
        # a short stem takes no wild ending ("dump*" would catch "dumpster"), nor its bare form, often a noun ("the
        # city dump", "an oil rig"): only its other participle, spelled out ("dumping": "dumped"; "looted": "looting";
        # "rigged": "rigging")
        stem = low.removesuffix("ing") if low.endswith("ing") else low.removesuffix("ed")
        return [stem + ("ed" if low.endswith("ing") else "ing")]
    return [term + "*"] if len(term) >= 5 else []


def _forms(term: LoadedTerm) -> list[str]:
    """A loaded term's forms, longest first, with its inflections when the author gave no forms."""
    forms = sorted({term.term, *term.forms}, key=len, reverse=True)
    if not term.forms:
        forms += _inflections(term.term)
    return forms


def _build_patterns(case: Case) -> list[tuple[str, re.Pattern[str]]]:
    # one look-behind before the forms (text.alternation): the matches of "|".join(word_regex(f) for f in forms),
    # about 2.5x faster (tests/test_loaded_speed_path.py)
    return [(term.term, re.compile(alternation(_forms(term)), re.I)) for term in case.loaded_terms]


_PATTERNS: PerCase[list[tuple[str, re.Pattern[str]]]] = PerCase(_build_patterns)

_HEAD = re.compile(r"[A-Za-z0-9]+")


def _build_heads(case: Case) -> list[tuple[str, ...] | None]:
    """For each loaded term, the lower-cased leading ASCII letters and digits of each of its forms: a match in ASCII
    text starts with one of them, so text holding none needs no search. None: a form without them (no shortcut)."""
    out: list[tuple[str, ...] | None] = []
    for term in case.loaded_terms:
        heads = [_HEAD.match(f.strip()) for f in _forms(term)]
        out.append(tuple(h.group().lower() for h in heads if h) if all(heads) else None)
    return out


_HEADS: PerCase[list[tuple[str, ...] | None]] = PerCase(_build_heads)


def _patterns(case: Case) -> list[tuple[str, re.Pattern[str]]]:
    """Each loaded term's pattern (its forms and inflections), compiled once per case."""
    return _PATTERNS.get(case)


def find_loaded(case: Case, text: str | Doc, analysis: Analysis | None = None) -> list[LoadedFinding]:
    """Every loaded term of the case in the summary, with its voice, in text order.

    Overlapping matches keep the longest ("X regime" rather than "X").
    """
    if not case.loaded_terms:
        return []
    doc = read(text)
    text = doc.text
    an = analysis or analyse(case, doc)
    idx = index(case)
    hits: list[tuple[int, int, str]] = []
    low = text.lower() if text.isascii() else None
    for (term, pat), heads in zip(_patterns(case), _HEADS.get(case), strict=True):
        if low is not None and heads is not None and not any(map(low.__contains__, heads)):
            continue  # none of the term's forms can start here: no search
        hits += [(m.start(), m.end(), term) for m in pat.finditer(text)]
    if any(text[h[0]].isupper() for h in hits):
        # a capitalised word of a source's proper name is nobody's word ("the Southern Liberation Front" is no
        # "liberated"); an alias that is itself a side's loaded label ("the <capital> regime") still counts
        names = [(a, b) for a, b in idx.sources.finditer(text) if " " in text[a:b].strip()]
        hits = [h for h in hits if not (text[h[0]].isupper() and any(a < h[0] and h[1] < b for a, b in names))]
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    kept: list[tuple[int, int, str]] = []
    for h in hits:
        if kept and h[0] < kept[-1][1]:
            continue
        kept.append(h)
    out: list[LoadedFinding] = []
    term_sides = _SPEECH_TERM_SIDES.get(case)
    for start, end, term in kept:
        before = text[max(0, start - 80):start]
        if inside_sorted(start, an.quotes):
            voice, rule, rule_id = "quoted", "inside quotation marks", R_QUOTED
        elif _SO_CALLED.search(before):
            voice, rule, rule_id = "quoted", "'so-called' distances the term", R_SO_CALLED
        elif _CALLS.search(before) and any(f.status == "source" for f in an.frames_at(start)) or \
                _CALLS.search(before) and idx.sources.search(before):
            voice, rule, rule_id = "attributed", "'X calls it ...'", R_CALLS
        elif (speech := [f for f in an.frames_at(start) if f.status in {"source", "unknown"}
                         and (f.head not in NP_OBJECT_VERBS
                              or _AS_NP_AT_END.search(text[max(0, start - 40):start]))]) \
                and not _other_sides_words(idx, speech[-1], term_sides.get(term)):
            voice, rule, rule_id = "attributed", f"inside reported speech ({speech[-1].text!r})", R_SPEECH
        else:
            voice, rule, rule_id = "narrator", "the summary's own words", R_NARRATOR
        out.append(LoadedFinding(term, (start, end), voice, rule, rule_id))
    return out


def _speech_term_sides(case: Case) -> dict[str, str]:
    """Each loaded term's side, for the terms no claim's statement uses (built once per case): a term some claim
    uses is that claim's word, and credited to a speaker, right or wrong, it is the claim's attribution that judges
    it ("The WHO said the response had become militarised": misattributed)."""
    statements = " ".join(c.statement for c in case.claims).lower()
    return {t.term: t.side for t in case.loaded_terms if not any(f.lower() in statements for f in (t.term, *t.forms))}


_SPEECH_TERM_SIDES: PerCase[dict[str, str]] = PerCase(_speech_term_sides)


def _other_sides_words(idx: CaseIndex, frame: Frame, side: str | None) -> bool:
    """A named speaker of another side than the term's, outside quotation marks: "Inspectors say samples from the Tal
    Hazir massacre point to sarin" reports the inspectors, in the narrator's word for the attack."""
    if side is None or frame.status != "source" or frame.source_id is None:
        return False
    own = idx.sides.get(frame.source_id)
    return own is not None and own != side


# Patterns of the functions above, compiled once at import (not looked up in re's cache, which per-case
# patterns would churn).
_AS_NP_AT_END = re.compile(r"\bas\s+(?:an?\s+|the\s+)?(?:\w+\s+)?$")
