"""Property-based tests of the scorers: any Unicode text against shipped cases yields a valid record and never
raises; every span indexes the text and the evidence is the text under its span."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from faultkit import ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from harness.case import Case
from harness.caseload import load_case
from scorers import METRICS, score_summary

CLAIM_VERDICTS = {"attributed", "misattributed", "hedged", "unattributed"}
NUMBER_VERDICTS = {"correct", "wrong", "derived", "unsupported"}
NUMBER_REASONS = {None, "value", "unit", "referent", "qualifier", "period"}
VOICES = {"narrator", "quoted", "attributed"}

CASE_FILES = ["kursk-command-post.yaml", "georgia-election-2024.yaml"]

# Pieces that the scorers treat specially, mixed with arbitrary Unicode.
PIECES = ["said", " according to ", "reportedly", "“", "”", '"', "'", "«", "»", "•", "- ", "\n", "\n\n", ". ", ", ",
          "67,000", "5 percent", "two dozen", "½", "٣", "km²", "1.5m", "%", "שלום", "مرحبا", "‏", "‎", "🇺🇦", "👍🏽",
          "\u0301", "\u200b", "x" * 300, "Gerasimov", "so-called ", "what ", " calls ", "Moscow says"]
texts = st.lists(st.one_of(st.text(max_size=40), st.sampled_from(PIECES)), max_size=25).map("".join)


@pytest.fixture(scope="module")
def cases() -> list[Case]:
    """Two shipped cases (loaded and validated as the CLI does)."""
    return [load_case(Path(ROOT / "cases" / name)) for name in CASE_FILES if (ROOT / "cases" / name).exists()]


def check_record(case: Case, text: str) -> None:
    """Score ``text`` and check the record against the contract."""
    rec = score_summary(case, text, summary_id="p", model="m").to_json()
    json.loads(json.dumps(rec, ensure_ascii=False))  # JSON-serialisable
    assert rec["case_id"] == case.id and rec["summary_id"] == "p"
    assert set(METRICS) <= set(rec["metrics"])
    claim_ids = {c.id for c in case.claims}
    for c in rec["claims"]:
        assert c["verdict"] in CLAIM_VERDICTS and c["claim_id"] in claim_ids
        start, end = c["span"]
        assert 0 <= start <= end <= len(text)
        assert c["evidence"] == text[start:end]
    for n in rec["numbers"]:
        assert n["verdict"] in NUMBER_VERDICTS and n["reason"] in NUMBER_REASONS
        start, end = n["span"]
        assert 0 <= start <= end <= len(text)
        assert n["text"] == text[start:end]
    for t in rec["loaded"]:
        assert t["voice"] in VOICES
        start, end = t["span"]
        assert 0 <= start <= end <= len(text)
    for value in rec["metrics"].values():
        assert isinstance(value, int | float) and value == value and value >= 0  # not NaN, not negative


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts)
def test_any_text_gives_a_valid_record(cases: list[Case], text: str) -> None:
    """Arbitrary Unicode (quotes, bullets, newlines, digits, RTL, emoji, long words) never breaks a scorer."""
    assert cases
    for case in cases:
        check_record(case, text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_any_codepoints_give_a_valid_record(cases: list[Case], text: str) -> None:
    """Every code point the JSONL reader can deliver (including surrogate-free controls) is scored safely."""
    check_record(cases[0], text)


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "." * 5000, "word" * 10000, "67,000 " * 500,
                                  "“" * 100, "- \n" * 200, "\u202e" + "said Gerasimov" + "\u202c",
                                  "\U0001d7ce", "lost \uff16\uff17,\uff10\uff10\uff10 troops"])  # folded by NFKC
def test_edge_texts(cases: list[Case], text: str) -> None:
    """Hand-picked extremes: empty, whitespace, one 40,000-letter word, many numbers, unbalanced quotes."""
    for case in cases:
        check_record(case, text)


# ------------------------------------------------------------------------------------------------ invisible characters

FORMAT_CHARS = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad",  # zero-width, BOM, soft hyphen
                "\u200e", "\u200f", "\u061c", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",  # bidi marks
                "\u2066", "\u2067", "\u2068", "\u2069", "\u2061", "\u2062", "\u2063", "\u2064", "\u180e"]
"""Invisible format characters (Unicode category Cf) that change no word of a text."""


def verdicts(case: Case, text: str) -> tuple[dict[str, str], list[tuple[str, str, str]], list[tuple[str, str]]]:
    """What a record judges, without spans: claim verdicts, number verdicts and reasons, loaded-term voices."""
    rec = score_summary(case, text, summary_id="p", model="m").to_json()
    return ({c["claim_id"]: c["verdict"] for c in rec["claims"]},
            sorted((str(n.get("number_id")), n["verdict"], str(n["reason"])) for n in rec["numbers"]),
            sorted((t["term"], t["voice"]) for t in rec["loaded"]))


def _probes(cases: list[Case]) -> list[tuple[Case, str]]:
    return [(case, p.text) for case in cases for p in case.probes]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_verdicts_unchanged_by_inserting_format_characters(cases: list[Case], data: st.DataObject) -> None:
    """Any labelled probe with invisible format characters inserted anywhere (inside names, figures, cue words)
    gets the same verdicts as the probe itself; spans still index the text as written."""
    case, text = data.draw(st.sampled_from(_probes(cases)))
    inserts = data.draw(st.lists(st.tuples(st.integers(0, len(text)), st.sampled_from(FORMAT_CHARS)),
                                 min_size=1, max_size=8))
    chars = list(text)
    for pos, ch in sorted(inserts, reverse=True):
        chars.insert(pos, ch)
    noisy = "".join(chars)
    assert verdicts(case, noisy) == verdicts(case, text), repr(noisy)
    check_record(case, noisy)


@pytest.mark.parametrize("original,noisy", [
    ("Gerasimov", "Gera\u200bsimov"), ("Gerasimov", "Gera\u00adsimov"), ("67,000", "67,\u200d000"),
    ("Gerasimov", "\u200eGerasimov\u200f"), ("67,000", "6\u20627,000"),
    # compatibility forms (NFKC folds them one character to one): full-width and mathematical letters and digits
    ("Gerasimov", "\uff27erasimov"), ("67,000", "\uff16\uff17,\uff10\uff10\uff10"), ("Gerasimov", "\U0001d406erasimov"),
])
def test_invisible_characters_in_a_source_or_a_figure(cases: list[Case], original: str, noisy: str) -> None:
    """Issue 17's examples: an invisible character inside "Gerasimov" or "67,000" keeps the claim attributed and
    the figure correct."""
    case = next(c for c in cases if c.id == "kursk-command-post")
    text = "Gerasimov claimed Ukraine had lost over 67,000 servicemen in Kursk."
    assert verdicts(case, text.replace(original, noisy)) == verdicts(case, text)
    assert verdicts(case, text)[0] == {"losses67k": "attributed"}
