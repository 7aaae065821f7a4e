"""The attribution scorer's speed-ups give the answers of the searches they skip (issue 20)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

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


def test_the_by_agent_search_skips_only_text_without_by() -> None:
    import json

    from scorers.attribution import _BY_BEFORE, _BY_BEFORE_TAIL

    assert _BY_BEFORE_TAIL.needs == "by"
    texts = [json.loads(line)["text"] for line in
             (ROOT / "results" / "baselines" / "summaries.jsonl").read_text(encoding="utf-8").splitlines()[:60]]
    texts += ["The figure was given by the Health Minister ", "a toll put at 57.8% BY ", "disputed by\u00a0",
              "as claimed by ", "estimated by the ", "reported by Dr ", "Estimated By The "]
    befores = [t[:i] for t in texts for i in range(len(t) + 1) if i == len(t) or t[i] == " "]
    hits = 0
    for s in befores:
        m = _BY_BEFORE_TAIL.search(s)
        plain = _BY_BEFORE.search(s)
        assert (m and m.span()) == (plain and plain.span()), s
        hits += m is not None
    assert hits >= 5


def test_sentences_skipped_by_the_word_check_hold_no_match() -> None:
    import json

    from scorers.attribution import _SENTENCE_NEEDS, _VAGUE, _sentence_may_match
    from scorers.tokens import read

    texts = [json.loads(line)["text"] for line in
             (ROOT / "results" / "baselines" / "summaries.jsonl").read_text(encoding="utf-8").splitlines()]
    texts += [p.text for c in load_cases([ROOT / "cases"]) for p in c.probes]
    texts += ["The agency, WHO said 40 died, disagreed.", "Officials, Which Claimed 5, left.",
              "Police said 3, adding 4.", "The union, ADDING that pay fell, walked out.", "Morvany, WHICH Denies it.",
              "UNNAMED SOURCES put it at 4.",
              "Officials, AND later police, CLAIMED 5.", "Rumours spread; Social Media posts showed 3."]
    assert len(_SENTENCE_NEEDS) == 5 and any(p is _VAGUE for p, _n in _SENTENCE_NEEDS)
    skipped = found = 0
    for text in texts:
        doc = read(text)
        for sent in doc.sentences:
            for pat, _needs in _SENTENCE_NEEDS:
                matches = list(pat.finditer(doc.text, sent.start, sent.end))
                found += bool(matches)
                if not _sentence_may_match(pat, doc.text, sent.start, sent.end):
                    skipped += 1
                    assert not matches, (pat.pattern[:40], sent.text)
    assert skipped and found


def test_cue_terms_skipped_by_their_leading_words_hold_no_match() -> None:
    import json

    from scorers.attribution import _ascii_lower, _cue_needs, _may_occur
    from scorers.tokens import read

    summaries = [json.loads(line)["text"] for line in
                 (ROOT / "results" / "baselines" / "summaries.jsonl").read_text(encoding="utf-8").splitlines()]
    skipped = found = 0
    for case in load_cases([ROOT / "cases"]):
        idx = index(case)
        texts = summaries[:30] + [p.text for p in case.probes]
        texts += [" ".join(cl.cues).upper().replace("*", "S") for cl in case.claims]  # every cue word, upper case
        for text in texts:
            doc = read(text)
            for sent in doc.sentences:
                low = _ascii_lower(doc.text, sent)
                for claim in case.claims:
                    for cue, terms in zip(claim.cues, idx.cues[claim.id], strict=True):
                        for term, need in zip(terms, _cue_needs(cue, len(terms), low), strict=True):
                            m = term.pattern.search(doc.text, sent.start, sent.end)
                            found += m is not None
                            if not _may_occur(need, low):
                                skipped += 1
                                assert m is None, (cue, sent.text)
    assert skipped and found


def test_the_compared_figure_search_from_the_last_words_is_the_plain_search() -> None:
    import json

    from scorers.attribution import _COMPARED_BEFORE, _COMPARED_BEFORE_TAIL

    texts = [json.loads(line)["text"] for line in
             (ROOT / "results" / "baselines" / "summaries.jsonl").read_text(encoding="utf-8").splitlines()[:60]]
    texts += ["far more than the ", "well short of the ", "In Contrast To The ", "up from\u00a0", "compared  with ",
              "vs. ", "shy of the"]
    hits = 0
    for s in [t[:i] for t in texts for i in range(len(t) + 1) if i == len(t) or t[i] == " "]:
        m, plain = _COMPARED_BEFORE_TAIL.search(s), _COMPARED_BEFORE.search(s)
        assert (m and m.span()) == (plain and plain.span()), s
        hits += m is not None
    assert hits >= 5


@pytest.mark.parametrize("name", ["_BEFORE_INVERTED", "_BEFORE_PREP", "_BY_BEFORE"])
def test_the_tail_searches_skip_only_text_ending_in_no_frame_word(name: str) -> None:
    import json

    from scorers import attribution

    plain_re, tail = getattr(attribution, name), getattr(attribution, name + "_TAIL")
    assert tail.usable and tail.lasts
    texts = [json.loads(line)["text"] for line in
             (ROOT / "results" / "baselines" / "summaries.jsonl").read_text(encoding="utf-8").splitlines()[:60]]
    texts += [p.text for c in load_cases([ROOT / "cases"])[:8] for p in c.probes]
    texts += ["Nine died, said the ", "Nine died, SAID THE\t", "Nine died, pointed to the  ", "it, said\n",
              "Nine died, said the\u00a0", "Nine died, says  the the ", "Nine died, saidx ", "Nine died, said",
              "Nine died, said so ", "Nine died, \u017faid ", "according to the Health Minister ",
              "According To An ", "as reported by ", "given by the Defence Minister ", "put at 57.8% by "]
    befores = [t[:i] for t in texts for i in range(len(t) + 1) if i == len(t) or t[i] == " "]
    befores += [t + " " for t in befores] + [t + " the " for t in befores]
    hits = skipped = 0
    for s in befores:
        m = tail.search(s)
        plain = plain_re.search(s)
        assert (m and m.span()) == (plain and plain.span()), s
        hits += m is not None
        skipped += not tail._may_end(s)
    assert hits >= 5 and skipped


@pytest.mark.parametrize("name", ["_BY_COUNT_BEFORE", "_THAN_BEFORE", "_LOCATIVE_BEFORE", "_GAP_BEFORE",
                                  "_PLACE_PREP_AT_END"])
def test_the_searches_from_the_last_words_are_the_plain_searches(name: str) -> None:
    import json

    from scorers import attribution

    plain_re, tail = getattr(attribution, name), getattr(attribution, name + "_TAIL")
    texts = [json.loads(line)["text"] for line in
             (ROOT / "results" / "baselines" / "summaries.jsonl").read_text(encoding="utf-8").splitlines()[:60]]
    texts += ["counted by the ", "BY THE ", "far more than what the ", "than  ", "physicians in the ",
              "doctors from\tthe ", "4,000; the ", "and the ", "x,the ", "whereas ", "inside ", "towards the ",
              "xinside ", "a-in the ", "Ωin the ", "é, and ", "beyond ", "WITHIN "]
    hits = 0
    for s in [t[:i] for t in texts for i in range(len(t) + 1) if i == len(t) or t[i] == " "] + texts[-18:]:
        m, plain = tail.search(s), plain_re.search(s)
        assert (m and m.span()) == (plain and plain.span()), s
        hits += m is not None
    assert hits >= 3
