"""Loaded-term patterns test their look-behind once, before the forms, and match what one look-behind per form
matched (issue 20: a speed-up that changes no finding)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from harness.caseload import load_cases
from scorers import loaded
from scorers.text import word_regex

ROOT = Path(__file__).resolve().parents[1]


def test_loaded_patterns_match_as_one_look_behind_per_form() -> None:
    cases = list(load_cases([ROOT / "cases"]))
    summaries = [json.loads(line)["text"] for line in
                 (ROOT / "results" / "baselines" / "summaries.jsonl").read_text(encoding="utf-8").splitlines()]
    checked = found = 0
    for case in cases:
        texts = summaries[:40] + [p.text for p in case.probes]
        for (term, pat), lt in zip(loaded._patterns(case), case.loaded_terms, strict=True):
            assert term == lt.term
            assert pat.pattern.count("(?<![\\w])") == 1, pat.pattern[:80]
            forms = sorted({lt.term, *lt.forms}, key=len, reverse=True)
            if not lt.forms:
                forms += loaded._inflections(lt.term)
            plain = re.compile("|".join(word_regex(f) for f in forms), re.I)
            # the forms themselves in other cases and joins, inside and beside other words
            extra = [f"x {f.upper()}, {f.title()}-y {f.replace(' ', '-')} z{f} {f}s’" for f in forms]
            for text in texts + extra:
                spans = [m.span() for m in pat.finditer(text)]
                assert spans == [m.span() for m in plain.finditer(text)], (term, text)
                checked += 1
                found += bool(spans)
    assert checked and found


def test_terms_skipped_by_their_leading_letters_have_no_match() -> None:
    cases = list(load_cases([ROOT / "cases"]))
    summaries = [json.loads(line)["text"] for line in
                 (ROOT / "results" / "baselines" / "summaries.jsonl").read_text(encoding="utf-8").splitlines()]
    skipped = found = 0
    for case in cases:
        texts = summaries[:40] + [p.text for p in case.probes]
        texts += [" ".join(lt.term.upper() for lt in case.loaded_terms)]
        for (term, pat), heads in zip(loaded._patterns(case), loaded._HEADS.get(case), strict=True):
            for text in texts:
                matches = list(pat.finditer(text))
                found += bool(matches)
                if text.isascii() and heads is not None and not any(h in text.lower() for h in heads):
                    skipped += 1
                    assert not matches, (term, text)
    assert skipped and found
