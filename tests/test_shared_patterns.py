"""Per-case patterns compiled from the same text are compiled once and shared between cases."""

from __future__ import annotations

import re

from scorers.attribution import AliasIndex


def test_alias_patterns_shared_between_cases() -> None:
    """Two cases naming the same source get the same compiled alias pattern, even after ``re``'s own cache is emptied
    (the ``re`` cache holds 512 patterns: a suite of many cases evicted them and compiled them again)."""
    text = "The interior ministry said 40 were hurt."
    first = AliasIndex(["interior ministry", "police"])
    assert list(first.finditer(text)) == [(0, 21)]
    re.purge()
    second = AliasIndex(["interior ministry", "police"])
    assert list(second.finditer(text)) == [(0, 21)]
    assert first._patterns and first._patterns.keys() == second._patterns.keys()
    for key, pat in first._patterns.items():
        assert second._patterns[key] is pat


def test_topic_word_patterns_only_for_stems_in_enough_sentences(monkeypatch) -> None:
    """Building a case's statement terms compiles a topic-word pattern (``\\bstem``) only for a stem that more than
    a quarter of the article's sentences hold: a stem in fewer sentences cannot be a topic word, and its search over
    every sentence was skipped work (same verdicts: the count of sentences that hold it bounds the matches)."""
    import scorers.attribution as attribution
    from harness.caseload import load_cases

    case = next(c for c in load_cases(["cases"]) if any(not cl.cues for cl in c.claims))
    sents = [t.lower() for t in attribution._article_sentences(case)]
    seen: list[str] = []
    real = re

    class Spy:
        """``re`` with the topic-word patterns (``\\b`` + escaped stem) recorded."""

        def __getattr__(self, name: str) -> object:
            return getattr(real, name)

        def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
            if pattern.startswith("\\b"):
                seen.append(pattern)
            return real.compile(pattern, flags)

        def search(self, pattern: str, string: str, flags: int = 0) -> re.Match[str] | None:
            if pattern.startswith("\\b"):
                seen.append(pattern)
            return real.search(pattern, string, flags)

    monkeypatch.setattr(attribution, "re", Spy())
    attribution._statement_terms(case, {})
    assert len(sents) >= 4
    for pattern in seen:
        stem = re.sub(r"\\(.)", r"\1", pattern[2:])
        assert sum(stem in t for t in sents) > attribution.TOPIC_WORD_SHARE * len(sents), pattern


def test_title_words_built_once() -> None:
    """The title and role words a personal name may follow are one set built at import, not per source name."""
    import harness.case as case_mod
    from scorers.lexicon import PERSON_ROLES, PERSON_TITLES, ROLE_TITLES

    expected = {w.lower().strip(".") for t in (*PERSON_TITLES, *ROLE_TITLES) for w in t.split()} | PERSON_ROLES
    assert expected == case_mod._TITLES
    assert case_mod.infer_kind("Press secretary Ana Rivas") == "person"


def test_cue_gate_skips_only_sentences_no_cue_can_match(monkeypatch) -> None:
    """A claim's cues are not searched in a sentence that holds none of the words their first terms start with
    (``_cue_gate``); every other sentence is read as before: the mentions found over each case's own article are
    the same with and without the gate, and the gate does skip sentences."""
    import scorers.attribution as attribution
    from harness.caseload import load_cases
    from scorers.text import sentences

    skipped = 0
    for case in load_cases(["cases"]):
        idx = attribution.index(case)
        text = case.text
        sents = sentences(text)
        for claim in case.claims:
            if not claim.cues:
                continue
            gate = attribution._cue_gate(claim.cues, idx.cues[claim.id])
            for sent in sents:
                low = attribution._ascii_lower(text, sent)
                gated = attribution._cue_mentions(idx, claim, text, sent, low)
                with monkeypatch.context() as m:
                    m.setattr(attribution, "_cue_gate", lambda cues, compiled: None)
                    assert attribution._cue_mentions(idx, claim, text, sent, low) == gated, (case.id, claim.id)
                if gate is not None and low is not None and not any(w in low for w in gate):
                    skipped += 1
                    assert gated == []
    assert skipped > 0
