"""Attribution: which claims of the case a summary mentions, and whom it credits for each.

A claim is *mentioned* when the summary states one of its numbers or matches one of its cues in a
sentence. Its verdict comes from the reporting *frame* whose scope covers the mention:

- ``the minister said A and B``: a forward frame; its scope runs from the verb to the next frame or the
  end of the sentence, so it covers coordinated clauses.
- ``A, the capital says, and B``: a backward (post-posed) frame; its scope runs back to the start of the
  sentence (or the previous frame), so B is not covered.
- ``according to X, A`` / ``A, according to X`` / ``a figure given by X`` / ``X's report: A`` /
  ``X: A`` (headline) / ``in X's words``.
- ``He said A`` / ``he added``: the pronoun carries the most recent fitting source of earlier text.
- ``the president was told A`` / ``it was claimed``: agentless or vague frames; they name no source: hedged.
- ``the other side denies A``: a denial frames A as disputed: hedged.
- A lead-in line ending in ":" that names a source covers the bullets under it.

With no frame, narrator hedges (see ``scorers.hedging``) give ``hedged``; otherwise ``unattributed``.
"""

from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace

from harness.case import Case, Claim
from scorers import clock, hedging, parsed, rulebook, units
from scorers.inflect import all_forms, inflect
from scorers.lexicon import (
    ADJUNCT_STARTS,
    AFFILIATION_PARTICIPLES,
    CALLS_AS_VERBS,
    CAUSATIVE_LEMMAS,
    CAUSE_AFTER,
    CAUSE_BEFORE,
    CAUSE_IN_STATEMENT,
    CAUSE_SUBJECT_IN_STATEMENT,
    CLAUSE_GERUND_LEMMAS,
    DENIAL_VERBS,
    DOCUMENT_NOUNS,
    DOCUMENT_VERBS,
    FRAME_ADVERBS,
    GERUND_PREPOSITIONS,
    HEARSAY_ADVERBS,
    HEARSAY_SPEECH_FORMS,
    ING_NOUNS,
    INSTITUTION_HEADS,
    INTENT_LEMMAS,
    LOCATIVE_PREPOSITIONS,
    MEASURE_VERBS,
    ORIGIN_IN_STATEMENT,
    OTHER_PARTY_NOUNS,
    PERSON_ROLES,
    PLACE_ORIGIN,
    POSSESSIVE_ROLES,
    PREP_FRAMES,
    PRIORITY_CUES,
    PRONOUNS,
    RECEPTION,
    REPORT_LEMMAS,
    REPORT_NOUNS,
    REPORT_PARTICIPLES,
    REPORT_VERBS,
    ROLE_NOUNS,
    SPEAKER_ADJECTIVES,
    STATEMENT_STOPWORDS,
    TELL_VERBS,
    TITLE_WORDS,
    VAGUE_SOURCES,
    WRITTEN_DOCUMENT_HEADS,
)
from scorers.lexicon_numbers import MONTHS, SCALE_WORDS, UNIT_GROUPS
from scorers.numbers import is_comparison_standard
from scorers.text import Sentence, by_first_letter, clause_bounds, inside_sorted, word_regex
from scorers.tokens import Doc, PerCase, read
from scorers.types import ClaimVerdict, NumberVerdict, Span

VERDICT_RANK = {"attributed": 0, "hedged": 1, "misattributed": 2, "unattributed": 3}


_NOT_AFTER_WORD = r"(?<![\w])"


def _alt(words: Iterable[str]) -> str:
    """One regex for any of ``words`` (longest first), each matched on word boundaries.

    Every ``word_regex`` starts with the same look-behind; it is tested once, before the alternation,
    rather than once per alternative at every offset (the same matches, about 8x faster on long lists)."""
    bodies = [word_regex(w) for w in sorted(set(words), key=len, reverse=True)]
    if not bodies or not all(b.startswith(_NOT_AFTER_WORD) for b in bodies):
        return "|".join(bodies)
    return _NOT_AFTER_WORD + "(?:" + by_first_letter([b[len(_NOT_AFTER_WORD):] for b in bodies]) + ")"


_VERB = re.compile(rf"(?:{_alt(REPORT_VERBS)})", re.I)
_DENIAL = re.compile(rf"(?:{_alt(DENIAL_VERBS)})", re.I)
_ADVS = rf"(?:(?:{_alt(FRAME_ADVERBS)}|\w+ly)\s+){{0,3}}"
# between a source and its verb: an appositive (", the chief of staff,") and adverbs/auxiliaries
# (a figure's grouping comma or decimal point is no clause end: ", which reviewed 1,260 contracts,")
_APPOSITIVE = r"(?:\s*,(?:[^,.;:!?]|(?<=\d)[,.](?=\d)){1,80},)?"
# a prepositional phrase after the source, up to five words: "the ministry in Gaza", "organisers of Saturday's march"
_PP_WORD = r"(?![\w'’-]*ing\b)[\w'’-]+"  # not a gerund: "China of ripping off" is no prepositional phrase
# (after its first word, a word in -ing is its noun after a determiner or a figure, or when it is a noun in -ing: "the
# minutes of the meeting show", "minutes from a 14 September meeting record"; not "accused China of ripping off",
# "of sitting on a warning", "a cover-up over hospital waiting lists")
_PP_ANY = rf"(?:(?:(?<=\bthe\s)|(?<=\ba\s)|(?<=\ban\s)|(?<=\d\s)|(?=(?:{_alt(ING_NOUNS)})\b))[\w'’-]+|{_PP_WORD})"
_PP = rf"(?:\s+(?:in|of|at|for|on|from)\s+{_PP_WORD}(?:\s+{_PP_ANY}){{0,4}}?)?"
_NOT_PARTICLE = r"(?:(?<!call)(?<!calls)(?<!called)(?<!calling)|(?!\s+(?:off|up|out|back|in)\b))"  # "called off"
# an acronym or note in brackets may follow the source: "the anti-doping agency (AADA) said"
_BRACKET = r"(?:\s*\([^()]{1,40}\))?"
# a participle phrase after the source, up to five words: "the union representing the fishermen says", "the firm
# hired to investigate said" (not itself a report: "police denied ... said" is no such phrase)
# (the look-ahead for the participle's own letters first: it is required anyway, and cheaper than the verb list)
# (a word in -ed with a determiner after it has an object: a finite verb, "the rector received a telephone call")
# (an irregular participle too: "a memo seen by Reuters says", "the figures given to parliament show")
_IRREGULAR_PARTICIPLES = r"seen|shown|given|written|drawn\s+up|taken"  # (participles only: not "sent", "kept")
_REDUCED = (rf"(?:\s+(?=(?:[a-z]+(?:ing|ed)|{_IRREGULAR_PARTICIPLES})\s)(?!(?:{_VERB.pattern})\b)"
            rf"(?:[a-z]+ing|(?:[a-z]+ed|{_IRREGULAR_PARTICIPLES})(?=\s+(?!(?:a|an|the|its|his|her|their|this|that)\s)))\s+"
            rf"(?:{_PP_WORD}\s+){{0,3}}?{_PP_WORD})?")
# a relative clause after the source, up to eight words: "researchers who re-examined the data say"
_WHO_CLAUSE = r"(?:\s+(?:who|that)\s+(?:[\w'’-]+\s+){0,7}?[\w'’-]+)?"
# the source naming whose report it is: "a Northport Institute re-analysis puts", "the board's preliminary report says"
_ITS_REPORT = rf"\s+(?:[a-z][\w-]*\s+)?(?:{_alt(REPORT_NOUNS)})"
_AFTER_SOURCE = re.compile(rf"{_BRACKET}{_PP}{_REDUCED}{_WHO_CLAUSE}{_APPOSITIVE}\s+{_ADVS}"
                           rf"(?P<verb>{_VERB.pattern}){_NOT_PARTICLE}", re.I)
_PREPOSITION_END = re.compile(rf"\b(?:{_alt(GERUND_PREPOSITIONS)})\s+$", re.I)
# a sentence (or list item) that opens with a label of at most six words before a colon
_SHORT_LEAD = re.compile(r"\s*(?P<label>(?:[^\s:.;!?,]+\s+){0,5}[^\s:.;!?,]+)(?=:\s+\S)")
# ... whose source ends it, with at most a report noun or a closing bracket after it ("Ministry toll", "(X)")
_LEAD_LABEL_TAIL = re.compile(rf"(?:['’]s?)?(?:\s*\)|\s+(?:[a-z-]+\s+)?(?:death\s+)?"
                              rf"(?:tolls?|{_alt(REPORT_NOUNS)}))?\s*", re.I)
_REPORT_APPOSITIVE = re.compile(rf"\s*,[^,]*\b(?:{_VERB.pattern})\s*,\s*$", re.I)
_AFTER_SOURCE_REPORT = re.compile(rf"{_BRACKET}{_ITS_REPORT}\s+{_ADVS}(?P<verb>{_VERB.pattern}){_NOT_PARTICLE}", re.I)
# a body that votes or resolves to say something says it: "the parliament voted 212 to 31 on February 27 to describe
# the programme as genocide", "the council resolved to condemn ..."
_VOTE_VERBS = r"(?:voted|resolved|agreed|decided)"
_DIGIT = re.compile(r"\d")
_DATED = re.compile(r"\bdated\b", re.I)  # "a leaked report dated October 14 described ..."
_VOTED_TO = re.compile(rf"\s+(?:(?:has|have|had)\s+)?{_VOTE_VERBS}\b[^.;:!?]{{0,40}}?\bto\s+"
                       r"(?P<verb>describe|call|declare|recogni[sz]e|label|brand|term|condemn|denounce)\b", re.I)
_DEFINITE_BEFORE = re.compile(r"\b(?:the|that|those|this|these)\s+$", re.I)
_PREDICATE_BEFORE = re.compile(r"\b(?:said|believed|thought|reported|alleged|claimed|purported|understood)\s+to\s+be\s+"
                               r"(?:(?:a|an|the)\s+)?$|\bpurporting\s+to\s+be\s+(?:(?:a|an|the)\s+)?$", re.I)
_VOTED = re.compile(rf"\b{_VOTE_VERBS}\b", re.I)
# a source that gives out a report, and what it says: "the agency offered a higher estimate: ...", "the union released
# its own count of 212", "gave an estimate of about 6,000" (not "an explanation for the cover-up": what it is about)
_GAVE_REPORT = re.compile(rf"\s+{_ADVS}(?P<verb>(?:offer|give|release|publish|issue|present|provide|circulate)"
                          rf"(?:s|e?d)?|gave|given)\s+(?:(?:a|an|the|its|their|his|her|own|new)\s+)+(?:[\w-]+\s+){{0,2}}?"
                          rf"(?:{_alt(REPORT_NOUNS)})\b(?=\s*:|,?\s+(?:that|showing|saying|finding|putting)\b|"
                          r"\s+of\s+(?:about|around|roughly|some|nearly|almost|more|over|at|up|\d))", re.I)
# a party's own figure raised, lowered or stood by: "the ministry raised its toll to 40", "stands by its count of 40"
_OWN_FIGURE_VERB = re.compile(rf"\s+{_ADVS}(?:(?:has|have|had)\s+)?(?P<verb>(?:rais|lower|revis)(?:es|ed|ing|e)?|"
                              r"stands?\s+by|stood\s+by)\s+(?:its|the|their|his|her)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:tolls?|estimates?|figures?|counts?|tally|tallies|forecasts?|projections?)\b", re.I)
_AFTER_SOURCE_DENIAL = re.compile(rf"{_BRACKET}{_PP}{_APPOSITIVE}\s+{_ADVS}(?P<verb>{_DENIAL.pattern})", re.I)
# the source is itself an appositive: "the statistics service, Rosstat, has reported"
_AFTER_APPOSITIVE_SOURCE = re.compile(rf",\s+{_ADVS}(?P<verb>{_VERB.pattern})", re.I)
_RECEPTION = re.compile(rf"{_APPOSITIVE}\s+{_ADVS}(?P<verb>{_alt(RECEPTION)})", re.I)
# a report noun, or a list a party keeps, after its party's possessive or before "from"/"by" and its party
_REPORT_OR_DOCUMENT = _alt((*REPORT_NOUNS, *DOCUMENT_NOUNS))
_POSSESSIVE = re.compile(rf"['’]s?\s+(?:(?P<part>{_alt(REPORT_PARTICIPLES)})\s+(?P<pnoun>\w+)|"
                         rf"(?:[\w-]+\s+){{0,2}}?(?P<noun>{_REPORT_OR_DOCUMENT}))", re.I)
_POSSESSIVE_IN_NAME = re.compile(r"\w['’]s?\s")  # "teachers' union", "the workers' council"
_NAMED_REPORT_OF = re.compile(rf"\s+(?P<part>)(?P<pnoun>)(?P<noun>{_REPORT_OR_DOCUMENT}|warnings?)(?=\s+(?:of|that)\b)",
                              re.I)
# "X's toll" reports a count when X is a person or body ("the commission's toll of 11"); for a country it is
# what the country suffered ("Russia's toll"), so generic sources are left out
_LABELLED_AS_AFTER = re.compile(r"\s+as\b", re.I)
# verbs that report a figure only with one ("places the warehouse 300 metres away"; not "took place", "put off")
_PUT_VERBS = frozenset({"put", "puts", "place", "places", "placed", "price", "prices", "priced", "value", "values",
                        "valued"})
_ADJECTIVE_ROLE_END = re.compile(r"(?<=['’]s)\s+official$|(?<=['’])\s+official$", re.I)
_NOUN_AFTER_ADJECTIVE = re.compile(rf"\s+(?:death\s+)?(?:tolls?|totals?|{_alt(REPORT_NOUNS)})\b", re.I)
# a short adjunct that ends a figure's noun phrase: "(the 3.1 percent X reported) for 2025", "in March"
_NP_ADJUNCT = re.compile(r"\s+(?:for|in|on|at|during|last|this|over)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?"
                         r"(?=\s*(?:[,.;:!?)\]]|$))", re.I)
_POSSESSIVE_DETERMINERS = frozenset({"his", "her", "their", "its"})
# a verb (a word in -ed or a labelling, reporting or denial verb) right before: what follows is its object; after
# a determiner the word is an adjective of the noun ("a leaked internal audit puts ...": the audit is the subject)
_OBJECT_VERB_END = re.compile(rf"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bthis\s)(?<!\bthat\s)(?<!\bits\s)"
                              rf"\b(?:\w+ed|{_alt(CALLS_AS_VERBS)}|{_alt(DENIAL_VERBS)})\s+$", re.I)
# a participle that opens the sentence is the report's adjective, no verb with an object ("Leaked internal readings
# show ...")
_OPENING_PARTICIPLE = re.compile(r"[\s\-•*\"“(]*[A-Z][a-z]+ed\s+")
_LABELLING_VERB_END = re.compile(rf"\b(?:{_alt(CALLS_AS_VERBS)})\s+(?:the\s+)?$", re.I)
# a report noun before its source: "figures from the ministry", "a study by the institute", "radar data from X"
_REPORT_FROM_BEFORE = re.compile(rf"\b(?P<noun>{_REPORT_OR_DOCUMENT})\s+(?:from|by)\s+(?:the\s+)?$", re.I)
# "(in) his account", "(in) their view": a possessive determiner's report noun after "in"
_DETERMINER_REPORT = re.compile(rf"\s+(?P<part>)(?P<pnoun>)(?:[\w-]+\s+){{0,2}}?(?P<noun>{_alt(REPORT_NOUNS)})\b", re.I)
_IN_BY_AT_END = re.compile(r"(?:^|[\s,;:(])in\s+$", re.I)  # "by its count" is frame.by-count's
_POSSESSIVE_TOLL = re.compile(r"['’]s?\s+(?P<part>)(?:(?:own|official|latest|confirmed|revised|updated|final|"
                              r"provisional|preliminary|new)\s+)?"
                              r"(?P<noun>(?:death\s+)?tolls?|totals?)\b", re.I)
_ROLES = _alt(ROLE_NOUNS)
_POSS_ROLES = _alt(POSSESSIVE_ROLES)
_NEGATION = re.compile(r"\b(?:not|no|never|nothing|none|neither|nor)\b|n['’]t\b", re.I)  # a claim that denies
_POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her"})
# ... before its verb, not before a name that is the speaker ("Its chair, Marta Dulic, said")
_PRONOUN_ROLE = re.compile(rf"\s+(?:own\s+)?(?:{_POSS_ROLES}|team|researchers|experts|staff)(?![\w'’-])"
                           rf"(?=\s+(?-i:[a-z]))", re.I)
_POSS_ROLE_END = re.compile(rf"'s?\s+(?:{_POSS_ROLES})$", re.I)  # "opec's chief"
_TITLE_WORDS = rf"(?:(?:{_alt(TITLE_WORDS)})\s+){{0,3}}"  # "Health Minister", "union leader" before a name
_BY_BEFORE = re.compile(rf"(?:{_VERB.pattern}|{_DENIAL.pattern}|\bput\s+at\s+[^\s,;]+(?:\s+[^\s,;]+){{0,3}}?)"
                        rf"\s+by\s+(?:the\s+)?{_TITLE_WORDS}$", re.I)  # "given by X", "put at 57.8% by X"
# "by X's count", "by police count": a count credited with "by"
_BY_COUNT_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$", re.I)
_CLAUSE_OPENED = re.compile(r"(?:[;:]|,\s+(?:and|but|while|whereas|yet)|\s[-–—])\s*$", re.I)
_COUNT_AFTER = re.compile(rf"(?:['’]s?\s+(?:own\s+)?(?:{_alt(REPORT_NOUNS)})|\s+(?:own\s+)?(?:{_alt(REPORT_NOUNS)}))\b",
                          re.I)
_REPORT_NOUN_END = re.compile(rf"(?:{_alt(REPORT_NOUNS)})$", re.I)
_LIST_BEFORE = re.compile(r"(?:;|\b(?:and|while|but|whereas|versus))\s+(?:the\s+)?$", re.I)
_YEAR_FIRST = re.compile(r"['’]s?\s+(?:\w+\s+)?(?:19|20)\d\d\b")  # "the trust's 2025 census": a date, no account
_REPORT_NOUN_WORD = re.compile(rf"\b(?:{_alt(REPORT_NOUNS)})\b", re.I)
_ROLE_SUFFIX = re.compile(rf"\s+(?:{_ROLES})$", re.I)
# "..., X told reporters." / "..., X told parliament on Wednesday, ..." / "..., X told reporters after the vote"
_TELL_OBJECT = re.compile(rf"(?:{_alt(TELL_VERBS)})(?:\s+(?:the\s+)?[\w'’-]+){{1,3}}"
                          r"(?:\s*(?:[,.;!?)\]—–]|$)|\s+(?:after|before|when|while|following)\b)", re.I)
_MEASURE = frozenset(MEASURE_VERBS)
_INTENT = frozenset(all_forms(INTENT_LEMMAS, gerund=False))
# "letting (President) X seek", "allowed the minister to": the candidate is a causative verb's object
_CAUSATIVE_BEFORE = re.compile(rf"\b(?:{_alt(all_forms(CAUSATIVE_LEMMAS))})\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+)*$")
# what ends one speaker's report before a counting verb: "Organisers said 100,000; police put it at 25,000"
# a contrasting clause after a report ("..., while the true figure is over 3,000"), not "while waiting"
_CONTRAST_CLAUSE = re.compile(r",\s+(?:while|whereas)\s+(?!(?:\w+ly\s+|also\s+|still\s+)?\w+ing\b)", re.I)
_NEW_CLAUSE = re.compile(r";|,\s+(?:while|whereas|but|and)\b|\s+(?:while|whereas)\s+", re.I)
_THAT_GAP = re.compile(r"\s*(?:that\s+)?")
_THAT_SUBJECT_GAP = re.compile(r"\s*(?:that\s+)?(?:(?:the|a|an|one)\s+)?")
_ACT_REPORTS = frozenset(all_forms(("demand", "propose", "offer", "seek", "ask", "request", "threaten", "promise",
                                    "pledge", "vow", "urge", "instruct", "want")))
_TELL_FORMS = frozenset(all_forms(("tell", "order", "direct")))
# an instruction's addressee and infinitive ("told units to remove all shelter")
_INSTRUCTION_AFTER = re.compile(r"\s+(?:[\w-]+\s+){1,3}?to\s+[a-z]", re.I)
_COMMA_SUBJECT = re.compile(r",\s+(?:a|an|the)\s", re.I)  # ", a leaked audit (counted)": a new clause's subject
# a predicate about a report rather than its content: "... remarks had been misinterpreted", "... data are robust"
# number words that start a figure (not "one", often a pronoun: ", one of them"), for the patterns below
_FIGURE_WORDS = (r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
                 r"a\s+hundred|a\s+dozen|dozens?|hundreds|thousands")
# a figure in digits that ends in a digit or %: "4,200", "$1.6", "38%" (not "61," before a clause)
_FIGURE_DIGITS = r"[$€£¥]?\d(?:[\d.,]*\d)?%?"
_FIGURE_IN = re.compile(rf"{_FIGURE_DIGITS}|\b(?:{_FIGURE_WORDS})\b", re.I)
GAP_FIGURE_REACH = 60
"""Characters before a gapped source ("..., and X N") in which the first conjunct's own figure must stand."""
# a figure and perhaps one word before a source: "14 inmates", "three senior officials"
# (not a relative pronoun: "the roughly 35 that Halvern says worked" names no counted speaker)
_COUNTED_SUBJECT_END = re.compile(rf"(?:{_FIGURE_DIGITS}|\b(?:{_FIGURE_WORDS}))[^\S\n]+(?:(?!(?:and|or|but|as|the|of|"
                                  r"to|in|on|at|by|for|from|while|than|with|that|which|who|whom)\b)"
                                  r"[a-z-]+[^\S\n]+)?$", re.I)
# (on one line: a headline's closing figure counts no speaker of the body's first line, "... below 30%\nRegional
# President Morvan said")
# the qualifiers a figure may open with ("about 40", "no more than 4,000", "up to 14,000")
_QUALIFIERS = (r"about|around|roughly|some|nearly|almost|just|only|over|under|(?:no\s+)?more\s+than|"
               r"(?:no\s+)?fewer\s+than|(?:no\s+)?less\s+than|at\s+least|at\s+most|up\s+to|close\s+to")
_TOPIC_PREDICATE = re.compile(r"\s+(?:(?:is|are|was|were|has been|have been|had been)\s+\w+ed\b|"
                              r"(?:is|are|was|were|remains?|seems?)\s+(?!(?:about|around|some|nearly|more|over|"
                              r"at|roughly|one|between|below|above|under|lower|higher|smaller|larger|bigger|greater|"
                              r"no\s+(?:more|fewer|less|higher|lower)|that|"
                              r"less|fewer|near|close|closer|just|only|almost|up|down|somewhat|slightly|much|far|"
                              rf"well|even|now|{_FIGURE_WORDS})\b|\d)\w+)", re.I)
# what a report failed to do, said by someone else: "Quellin's analysis left out 214 patients"
_ACTIVE_PAST_AFTER = re.compile(r"\s+(?:\w+ly\s+)?(?P<v>left|omit(?:s|ted)|exclude[sd]|ignore[sd]|miss(?:es|ed)|"
                                r"understate[sd]|overstate[sd]|inflate[sd]|undercount(?:s|ed)|hid|hides|concealed|"
                                r"conceals|buried|buries|dropped|drops)\s+(?:out\s+)?"
                                r"(?:the\s+|some\s+|about\s+|nearly\s+|at\s+least\s+)?\d")
_REPORT_OR_DOCUMENT_WORDS = frozenset(w.lower() for w in (*REPORT_NOUNS, *DOCUMENT_NOUNS))
# a report noun as the modifier of an institution's or a facility's name: "Halvex's data centre", "the agency's
# statistics office", "the state audit office" name a place or a body, not X's data or audit
_INSTITUTION_AFTER = re.compile(rf"\s+(?:{_alt(INSTITUTION_HEADS)})s?\b", re.I)
# a noun after the report noun that is the subject of the verb after it: "Estmark's data capacity was knocked out"
# (the report noun modifies that noun; "the ministry's estimate now is 40" still reports)
_COMPOUND_HEAD_AFTER = re.compile(r"\s+(?!(?:also|still|now|only|alone|itself|then|already|again|too)\b)[a-z]{3,}\s+"
                                  r"(?:was|were|is|are|has|have|had)\b")


# a written document and the verb by which it stipulates: "the leaked plan, dated 2 June, sets a target of 3.2"
_DOCUMENT_VERB_AFTER = re.compile(
    rf"{_BRACKET}{_PP}{_REDUCED}{_APPOSITIVE}\s+{_ADVS}(?P<verb>{_alt(DOCUMENT_VERBS)})\b", re.I)


def _written_document(idx: CaseIndex, sid: str | None, ref_text: str) -> bool:
    """Whether a source reference names a written document: its words end in a document's noun ("the leaked plan",
    "a 12-page memo"), or the case source it names is one ("Summer Peak Plan")."""
    if sid is None:
        return False
    last = ref_text.lower().split()[-1:] or [""]
    src = next((s for s in idx.case.sources if s.id == sid), None)
    # (its name, or one of its aliases when the name ends on a title: 'internal memo "Storm Closure Targets"',
    # aliases "the memo", "leaked memo")
    names = [src.name, *(src.aliases if src.name.rstrip().endswith(('"', "”", "'", "’")) else ())] \
        if src is not None else []
    return last[0] in WRITTEN_DOCUMENT_HEADS or any(
        n.lower().split()[-1:] and n.lower().split()[-1] in WRITTEN_DOCUMENT_HEADS for n in names)


_NOT_INVERTED = frozenset(all_forms(("blame", "accuse", "fault", "hold", "thank", "praise", "criticise", "criticize",
                                     "condemn", "urge", "ask", "tell", "inform", "remind")))
_SAY = frozenset("say says said claim claims claimed allege alleges alleged believe believes believed insist insists "
                 "insisted think thinks thought call calls called describe describes described".split())
# "reportedly", "allegedly" between a source and a verb of acting or finding: the narrator passes on hearsay of
# what the source did ("the navy reportedly found rifles"); with a verb of speech the source still speaks
_HEARSAY_ADVERB = re.compile(rf"\b(?:{_alt(HEARSAY_ADVERBS)})\b", re.I)
# A figure as a noun phrase right before a reduced relative or passive: "the 45 percent (claimed by)", "the 4.2
# billion (its minister cites)", "the 42,000 hectares (the governor reported)".
_FIGURE_NP = re.compile(r"\b(?:the|its|his|her|their|a|an)\s+(?:[\w$€£¥.,%-]+\s+){0,3}?"
                        rf"(?:{_FIGURE_DIGITS}|(?:{_FIGURE_WORDS})\b)(?:-plus\b|\+)?"  # (no comma after: "at 61, with";
                        # "the 400-plus the union claims")
                        r"(?:\s+(?!(?:and|or|but|while|whereas)\b)[a-zA-Z%-]+){0,3}\s+"
                        r"(?:(?!(?:and|or|but|while|whereas)\b)\w+\s+)?$", re.I)
_PUNCT_BREAK = re.compile(r";|,(?!\d)")  # a comma or semicolon that is not a digit group separator
# a possessive source before its figures: "the ministry's 4,212 cases and 38 deaths", "Kyiv's own 6,000"
_FIG = (rf"[\"“]?(?:(?:{_QUALIFIERS})\s+)?(?:[$€£¥]?\d[\d.,]*%?|(?:" + _FIGURE_WORDS + r")\b)(?:-plus)?"
        r"(?:\s+(?:million|billion|thousand|bn|m|k))?[\"”]?"
        r"(?:\s+(?!(?:and|to|or|the|than|against|while)\b)[a-z%²-]+){0,3}")
_POSS_FIGURE = re.compile(rf"['’]s?\s+(?:(?:own|official|latest|declared|stated|reported|claimed|estimated|published|"
                          rf"announced|acknowledged|admitted|preliminary|revised|initial|original|public)\s+){{0,2}}{_FIG}(?:\s*(?:,|and|,\s*and)\s+{_FIG})*",
                          re.I)
# a possessive figure is an account only where accounts are compared ("well above the ministry's 4,212"); elsewhere
# it is what the possessor has ("54% to the opposition's 38%")
_COMPARED_BEFORE = re.compile(r"\b(?:than|against|versus|vs\.?|compared\s+(?:with|to)|above|below|beyond|under|over|"
                              r"(?:well\s+|far\s+)?(?:short|shy)\s+of|instead\s+of|in\s+contrast\s+to|up\s+from|down\s+from|"
                              r"exceeds?|exceeding|unlike|rather\s+than|not|double|twice|triple|half|times|between)\s+"
                              r"(?:the\s+)?$", re.I)
# ... or where a range of accounts is listed: "estimates ranged from the ministry's 18,000 to the opposition's 250,000"
_THAT_CLAUSE_AFTER = re.compile(r"\s+that\s+(?!is\b|was\b)", re.I)  # "claim that only 19% succeed"
_RANGE_BEFORE = re.compile(r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+(?:widely\s+)?(?:from|between)\b", re.I)
_OF_FIGURE_AFTER = re.compile(rf"\s+(?:of\s+)?(?:(?:{_QUALIFIERS})\s+)?(?:[$€£¥]?\d|(?:one|{_FIGURE_WORDS})\b)", re.I)
_LOCATIVE_BEFORE = re.compile(rf"[a-z]\s+(?P<prep>{'|'.join(LOCATIVE_PREPOSITIONS)})\s+(?:the\s+)?$")
# gapping: a second source with its own figure and the verb left out, after "and", ";" or a comma
_GAP_BEFORE = re.compile(r"(?:;|,|\band|\bwhile|\bwhereas|\bbut)\s+(?:the\s+)?$", re.I)
_GAP_AFTER = re.compile(r",?\s+(?:at\s+|with\s+)?(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|"
                        r"at\s+least|no\s+fewer\s+than|fewer\s+than|no\s+less\s+than|no\s+more\s+than|less\s+than|"
                        r"as\s+many\s+as|as\s+much\s+as|up\s+to|only|just)\s+)?"
                        rf"(?:[$€£]?\d|(?:{_FIGURE_WORDS})\b)", re.I)
_NP_END = re.compile(r"\s*(?:[,.;:!?)\]—–]|$)|\s+(?:for|as|in|on|at|to|from|of|and|but|is|was|were|are)\b|"
                     # "the 18,500 euros Halvorsen says it paid": the figure is the object of the reported verb
                     r"\s+(?:that\s+)?(?:it|he|she|they|we)\s+(?:had\s+|has\s+|have\s+)?(?:[a-z]+ed|paid|spent|"
                     r"gave|sold|got|made|took|won|lost|found|saw|sent|built|bought)\b", re.I)
# a relative clause whose object opens it, before its subject: "voters whose signatures (Morvania's) X rejected"
# (not a role or title, which the source names: "shipping lines, whose director Agnes Kolb rejected ...")
_WHOSE_OBJECT = re.compile(rf"\bwhose\s+(?!(?:{_ROLES}|{_alt(TITLE_WORDS)})\b)[\w'’-]+\s+(?:[\w'’-]+\s+)?$", re.I)
# (a participle in -ed there is an adjective of the source, not a noun it modifies: "the leaked internal audit puts")
# a relative clause opened after a noun (not a report noun's "that", a complement: "in a statement that ..."):
# "a 1.2 million loss that a leaked audit puts at ...", "the toll, which the agency counts as ..."
_OBJECT_RELATIVE_END = re.compile(rf"\b(?!(?:{_alt(REPORT_NOUNS)})\b)[a-z][\w'’%-]*,?\s+(?:that|which)\s+"
                                  r"(?:[\w'’-]+\s+){0,3}$", re.I)
# after a counting verb in a reduced relative, the figure it gives: "puts at about 16,000", "estimates at 40 a day"
_MEASURED_AT = re.compile(rf"\s+(?:it\s+)?(?:at|to|as)\s+(?:(?:{_QUALIFIERS})\s+)?[$€£¥]?\d[\d.,]*(?<![.,])"
                          r"(?:\s*(?:%|percent|per\s+cent|[a-z]*illion|bn|m)\b)?", re.I)
_REDUCED_RELATIVE = re.compile(r"\b(?:the|a|an|this|its|his|her|their)\s+"
                               rf"(?!(?:same|other|latest|new|{_alt(SPEAKER_ADJECTIVES)})\b|[a-z][\w-]{{2,}}ed\s)"
                               r"[a-z][\w-]*\s+$")
_AND_VERB = re.compile(rf"(?:,?\s+and\s+{_ADVS}(?P<verb>{_VERB.pattern})\s+(?:that\s+)?|"
                       rf",\s+(?P<verb2>said|says|claimed|claims|added|stated|insisted|warned)\s+"
                       rf"(?:that\s+|(?=(?:they|it|he|she|we|there|this|these|those)\b)))", re.I)
# after a post-posed frame, a with-phrase that continues the framed clause (unlike ", and B", a new clause)
# a phrase after a mid-sentence frame that goes on with the clause before it: "A, the commission said, with 61.4% in
# favour", "derailments rose to 0.38, the board says, from 0.17 in 2019", "..., up from 12%", "..., against 4%"
_WITH_AFTER = re.compile(r"\s*,\s+(?:with|(?:up\s+|down\s+)?from|against|compared\s+(?:with|to)|versus|than)\s+")
_PHRASE_STOP = re.compile(r"[;—–]|,\s+(?:and|but|while|whereas)\b|[.!?](?=\s|$)")
# "..., Trade Minister", "..., Education Minister": a title, with the capitalised words of its office
_TITLE_TAIL = re.compile(rf"(?:\s+(?:the\s+)?(?:(?:{_alt(TITLE_WORDS)}|(?-i:[A-Z][a-z]+))\s*){{1,3}})$", re.I)
# a proper possessor before the source: "..., Osterlund's health directorate said", "..., Norland's Ana Vale said"
# an article and up to three descriptor words before the source ("..., an independent panel says", "..., the exiled
# news outlet Meridian estimated"), or up to three lower-case descriptor words that are no conjunction or
# preposition ("..., owner Dravko Menesh said")
_DESCRIPTOR_TAIL = re.compile(r"(?:\s+(?:the|an?)(?:\s+(?-i:[a-z])[\w-]*){0,3}|(?:\s+(?!(?:and|but|or|nor|while|as|"
                              r"when|which|who|that|then|so|if|because|after|before|since|until|with|by|of|for|to|in|"
                              r"on|at|from)\b)(?-i:[a-z])[\w-]*){1,3})\s*$", re.I)
_POSSESSOR_TAIL = re.compile(r"(?:\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}['’]s?)\s*$")
# nothing but a title or a short descriptor before "X:" ("Opposition economist Oskan: ...")
_LEAD_TITLE = re.compile(rf"\s*(?:the\s+)?(?:{_TITLE_WORDS}|(?:[\w'’.-]+\s+){{1,3}})", re.I)
_COLON = re.compile(r"\s*\)?\s*(?:\([^)]{0,40}\)\s*)?:\s+\S")
# a lead-in naming its source with what it gives: "Prosecution case: ...", "Klarion's account: ..."
# a lead-in whose source carries a short descriptor: "Mirela Toth, families' association: ..."
_APPOSITIVE_COLON = re.compile(r"\s*,\s*(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}\s*:\s+\S")
_NOUN_COLON = re.compile(rf"(?:['’]s?)?\s+(?:{_alt((*REPORT_NOUNS, 'case', 'side', 'response', 'reaction'))})"
                         r"\s*:\s+\S", re.I)
_LEAD_SHORT = re.compile(r"\s*(?:[\w'’-]+\s+){0,3}\(\s*(?:the\s+)?")  # "Official data (statistics office): ..."
# a report of X's said to be something before a colon: "Governor Marek's figures are starkly different: ...", and
# "Civilian figures from the UN are grim: ..." (its report noun before X: :data:`_LEAD_REPORT_FROM`)
_COPULA_TO_COLON = r"\s+(?:are|is|were|was)\s+[^:;.]{1,40}?\s*:\s+\S"
_REPORT_IS_COLON = re.compile(rf"['’]s\s+(?:[\w-]+\s+)?(?:{_alt(REPORT_NOUNS)}){_COPULA_TO_COLON}", re.I)
_LEAD_REPORT_FROM = re.compile(rf"\s*(?:[\w-]+\s+)?(?:{_alt(REPORT_NOUNS)})\s+(?:from|by)\s+(?:the\s+)?{_TITLE_WORDS}",
                               re.I)
_REPORT_FROM_COLON = re.compile(rf"(?:{_COPULA_TO_COLON}|\s*:\s+\S)", re.I)
# "according to the ministry", "according to a security researcher"
# "according to (the) X", "according to Kestrania's interior ministry" (a proper possessor before X)
_AFFILIATED = rf"(?:[\w'’]+-(?:{_alt(AFFILIATION_PARTICIPLES)})\s+)?"  # "the rebel-run ", "the state-owned "
_BEFORE_PREP = re.compile(rf"(?P<prep>{_alt(PREP_FRAMES)})\s+(?:the\s+|an?\s+)?{_AFFILIATED}"
                          rf"(?:(?:{_alt(SPEAKER_ADJECTIVES)})\s+){{0,2}}"  # "according to the independent safety ..."
                          rf"(?:(?-i:[A-Z])[\w-]*['’]s\s+)?"
                          rf"{_TITLE_WORDS}$", re.I)
# "inside Calvera's line", "beyond Norland's border": a place of X's, no report of X's
_PLACE_PREP_AT_END = re.compile(r"\b(?:inside|outside|within|beyond|across|along|behind|near|into|toward|towards)\s+$",
                                re.I)
_WHOSE_REPORT = re.compile(rf"\s*,\s+whose\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{_alt(REPORT_NOUNS)})\b", re.I)
_QUANTIFIER_AFTER = re.compile(r"\s+(?:[$€£]?\d|of\b|(?:two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|"
                               r"dozens|hundreds|thousands)\b)", re.I)
_COUNTED_BEFORE = re.compile(r"\b(?:both|two|three|four)\s+$", re.I)
_OWNED_BY = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,2}")
# "see" reports a forecast figure when a body or person sees it: "the Fund sees 2027 growth of 0.8%" (not "India
# saw 4.7 million deaths", what a country went through)
_SEES_FIGURE = re.compile(rf"{_BRACKET}\s+{_ADVS}(?P<verb>sees|see)(?=\s+(?:[\w-]+\s+){{0,3}}?(?:of\s+|at\s+)?"
                          r"(?:about\s+|around\s+|just\s+|only\s+)?[$€£]?\d)", re.I)
# the standard of a comparison: "far wider than the government admits", "not as far out as X says"
_THAN_BEFORE = re.compile(r"(?:\bthan|\bas\s+\w+\s+as)\s+(?:the\s+|what\s+(?:the\s+)?)?$", re.I)
_POSSESSIVE_S = re.compile(r"['’]s?\s")
_BEFORE_INVERTED = re.compile(rf"(?P<verb>{_VERB.pattern})\s+(?:the\s+)?$", re.I)


class _TailSearch:
    """``pattern.search(s)`` for a pattern anchored at the end (``$``) whose matches start at a word and hold at
    most ``words`` words: the search starts at the ``words``-th word from the end instead of trying every offset of
    a long sentence (the same match: an earlier start could not reach the end)."""

    def __init__(self, pattern: re.Pattern[str], words: int, needs: str = ""):
        self.pattern, self.words = pattern, words
        # read backwards: ``words`` words, each with what comes after it (possessive: a word is never split)
        self._back = re.compile(rf"(?:\W*+\w++){{{words}}}")
        # a lower-case ASCII letter string that every match holds (the pattern's own literal, case-insensitive):
        # ASCII text without it cannot match, and needs no search
        self.needs = needs

    def search(self, s: str) -> re.Match[str] | None:
        """The leftmost match in ``s``, as ``pattern.search(s)``."""
        back = self._back.match(s[::-1])
        start = len(s) - back.end() if back else 0
        if self.needs and not _may_hold(s, start, self.needs):
            return None
        return self.pattern.search(s, start)


def _may_hold(s: str, start: int, needs: str) -> bool:
    """False only when ``s[start:]`` is ASCII and, lower-cased, does not contain ``needs``."""
    tail = s[start:]
    return not tail.isascii() or needs in tail.lower()


def _most_words(*lists: Iterable[str]) -> int:
    """The most words (``\\w+`` runs) in any phrase of ``lists``; every phrase must start with a word character."""
    phrases = [p for words in lists for p in words]
    if not all(re.match(r"\w", p) for p in phrases):
        raise ValueError("a frame phrase starts with a non-word character")
    return max(len(re.findall(r"\w+", p)) for p in phrases)


_TITLES_MOST = 3 * _most_words(TITLE_WORDS)  # _TITLE_WORDS: up to three title words


class _EndWordSearch(_TailSearch):
    """:class:`_TailSearch` for a pattern whose every match ends with whitespace after the last word of one of
    ``phrases`` (after a verb: ``(?P<verb>...)\\s+(?:the\\s+)?$``, "said ", "pointed to the "; after a preposition,
    an article or a title: "according to the minister "): ASCII text whose last word (or the word before a final
    "the") is no such last word holds no match and needs no search."""

    def __init__(self, pattern: re.Pattern[str], words: int, phrases: Iterable[str], needs: str = ""):
        super().__init__(pattern, words, needs)
        lasts = [re.split(r"[^\w*]+", v.lower().strip())[-1] for v in phrases]
        self.usable = all(lasts)  # every phrase ends with a word (or a "*" prefix)
        self.prefixes = tuple(sorted({t.split("*", 1)[0] for t in lasts if "*" in t}))  # "encircl*": a prefix
        self.lasts = frozenset(t for t in lasts if "*" not in t)

    def _may_end(self, s: str) -> bool:
        """False only when ASCII ``s`` does not end with whitespace after a phrase's last word (or after one and
        "the"): the last words are read from the reversed text, as many characters as they hold."""
        if not self.usable or not s.isascii():
            return True
        rev = s[::-1]
        if not rev[:1].isspace():
            return False
        rev = rev.lstrip()
        run = _FIRST_RUN.match(rev)
        if run is None:
            return False
        words = [run.group()[::-1].lower()]
        if words[0] == "the" and rev[run.end():run.end() + 1].isspace():  # "... said the "
            rest = rev[run.end():].lstrip()
            before = _FIRST_RUN.match(rest)
            if before is not None:
                words.append(before.group()[::-1].lower())
        return any(w in self.lasts or w.startswith(self.prefixes) for w in words)

    def search(self, s: str) -> re.Match[str] | None:
        """The leftmost match in ``s``, as ``pattern.search(s)``."""
        return super().search(s) if self._may_end(s) else None


_FIRST_RUN = re.compile(r"\w+")
# a preposition, then an article, a proper possessor and up to three title words ("according to the Health
# Minister ", "according to Kestrania's ")
_BEFORE_PREP_TAIL = _EndWordSearch(_BEFORE_PREP, _most_words(PREP_FRAMES) + 5 + _TITLES_MOST,
                                   [*PREP_FRAMES, "the", "a", "an", "'s", *TITLE_WORDS, *AFFILIATION_PARTICIPLES,
                                    *SPEAKER_ADJECTIVES])
# "by", an article and up to three title words ("given by the minister ")
_BY_BEFORE_TAIL = _EndWordSearch(_BY_BEFORE, _most_words(REPORT_VERBS, DENIAL_VERBS) + 2 + _TITLES_MOST,
                                 ["by", "the", *TITLE_WORDS], needs="by")
_BEFORE_INVERTED_TAIL = _EndWordSearch(_BEFORE_INVERTED, _most_words(REPORT_VERBS) + 1, REPORT_VERBS)
_BY_AGENT = re.compile(r"^\s+by\s+", re.I)
_COMPARED_BEFORE_TAIL = _TailSearch(_COMPARED_BEFORE, 4)  # "well short of the", "in contrast to the": four words
# the text before a source, read from its last words (each pattern's matches hold fewer words than these)
_BY_COUNT_BEFORE_TAIL = _TailSearch(_BY_COUNT_BEFORE, 3)  # "by the"
_THAN_BEFORE_TAIL = _TailSearch(_THAN_BEFORE, 5)  # "than what the", "as much as the"
# a source that is the object of a participle or a relative clause's verb inside another source's noun phrase
# ("the agency advising the government", "the institute, which advises the government,")
# (not an adjective after an article, "a whistleblowing nurse"; not "including X", which lists X among the subject)
_PARTICIPLE_OBJECT = re.compile(r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)\b(?:(?!including\b|excluding\b)(?-i:[a-z])\w+ing|"
                                r"(?:which|who)\s+(?-i:[a-z])\w+s)\s+(?:the\s+|its\s+|their\s+)?$", re.I)
_PARTICIPLE_OBJECT_TAIL = _TailSearch(_PARTICIPLE_OBJECT, 4)
_LOCATIVE_BEFORE_TAIL = _TailSearch(_LOCATIVE_BEFORE, 4)  # "(physicians) in the"
_PARTICIPLE_PREP_TAIL = _TailSearch(re.compile(r"\b(?:filed|submitted|presented|sent|handed|delivered|"
                                               r"addressed|leaked|given)\s+(?:with|to|before)\s+(?:the\s+)?$",
                                               re.I), 3)  # "(a report) filed with the"
_GAP_BEFORE_TAIL = _TailSearch(_GAP_BEFORE, 3)  # ", and the"
_MEMBER_PREPS = frozenset({"at", "of", "from", "for"})  # "officials at the agency" are its members
# a prepositional phrase that modifies the noun before it: "Farmers near the (Corvenna Peak resort)", "a technician
# at (Corvenna)", "relatives of (the crew)"; the head noun is the speaker, the phrase's object only places it
# ("a draft assessment prepared for (Koru)", "a survey of 640 member firms of (the federation)": a participle before
# it, and a second phrase, may come between)
_PP_WORD = (r"(?:(?![\w'’-]*ing\s|(?:and|or|but|nor|that|said|says|told|is|are|was|were|has|have|had|will|"
            r"would)\s)[\w'’-]+\s+)")  # no clause or verb inside the phrase ("a presentation in which X proposed" is)
_PP_MODIFIER_GAP = re.compile(r"\s+(?:(?:prepared|commissioned|written|produced|drawn\s+up|carried\s+out|conducted|"
                              r"compiled|obtained|leaked|published|released|filed|submitted|sent|given)\s+)?"
                              r"(?P<prep>(?:up|down)stream\s+of|close\s+to|next\s+to|of|at|in|near|from|for|on|to|with|"
                              rf"around|outside|inside|across|along|beside|behind)\s+(?:(?:the|a|an)\s+)?{_PP_WORD}{{0,3}}"
                              rf"(?:(?:of|at|in|for|from)\s+(?:(?:the|a|an)\s+)?{_PP_WORD}{{0,2}})?", re.I)
_PLACE_PREP_AT_END_TAIL = _TailSearch(_PLACE_PREP_AT_END, 2)  # "inside"
# (every match ends with "from" or "by", then perhaps "the": ASCII text that ends otherwise is not searched)
_REPORT_FROM_BEFORE_TAIL = _EndWordSearch(_REPORT_FROM_BEFORE, _most_words(REPORT_NOUNS) + 2,  # "figures from the"
                                          ["from", "by"])
# ", adding that ...", ", blaming ...", ", laying the blame on ...": a speech verb's gerund continues the report of
# the sentence's speaker
_CLAUSE_GERUND = rf"\s+(?:{_alt(f for f in all_forms(CLAUSE_GERUND_LEMMAS) if f.endswith('ing'))})"
_ADDING = re.compile(rf"(?:,\s+(?:{_alt(f for f in all_forms(REPORT_LEMMAS) if f.split()[0].endswith('ing'))})|"
                     # "paused the trial after reporting 14 deaths": a report by the clause's subject, though a
                     # preposition stands before it
                     r"\s+(?:after|while|upon|before)\s+(?:saying|reporting|announcing|claiming|confirming|stating|"
                     r"insisting|acknowledging|admitting)\b|"
                     # (not a preposition's object: "without warning", "by saying"; the look-ahead spares the
                     # look-behinds at offsets where no gerund follows)
                     + rf"(?={_CLAUSE_GERUND})" + "".join(rf"(?<!\b{p})" for p in GERUND_PREPOSITIONS) +
                     # (nor one that tells who is meant: "62% of those claiming to be minors")
                     r"(?<!\bthose)(?<!\bpeople)(?<!\banyone)" + rf"{_CLAUSE_GERUND}(?!\s+to\s+be\b))(?:\s+that)?",
                     re.I)
# between a clause's opener and its subject: at most one word ("while neighbouring Vesnia has demanded ..."); the
# subject with a finite verb or a comma after it (not ", and pointing to export records showing ...": the sentence's
# subject still points)
_CLAUSE_SUBJECT_GAP = re.compile(r"\s*(?:the\s+)?(?:[a-z-]+\s+)?", re.I)
_FINITE_AFTER_SUBJECT = re.compile(r"\s*,|\s+(?:\w+ly\s+)?(?:has|have|had|is|are|was|were|will|would|can|could|says?|"
                                   r"said|[a-z]+ed)\b", re.I)  # (or its own participle: "but Ferenc, alleging ...")
_NOUN_WARNING = re.compile(r"\s+warning\b", re.I)
_DETERMINER_END = re.compile(r"\b(?:no|a|an|the|any|early|prior|advance|final|fresh|stern)\s*$", re.I)
_WARNING_COMPOUND = re.compile(r"\s+warning\s+(?:shots?|signs?|sirens?|lights?|systems?|labels?|letters?|"
                               r"strikes?|periods?|times?|notices?)\b", re.I)
_DENYING = re.compile(rf",\s+(?:{_alt(f for f in DENIAL_VERBS if f.endswith('ing'))})\b(?:\s+that)?", re.I)
_RELATIVE = re.compile(rf",?\s+(?:who|which)\s+{_ADVS}(?P<verb>{_VERB.pattern})", re.I)
# "..., blamed on Morvany, which denies it": the relative clause's antecedent denies
_RELATIVE_DENIAL = re.compile(rf",\s+(?:who|which)\s+(?:has\s+|have\s+|had\s+)?{_ADVS}(?P<verb>{_DENIAL.pattern})\b",
                              re.I)
# ... and a definite description with one modifier ("the Vienna-based group", "the London-based watchdog")
_DESCRIBED_BODY = re.compile(r"the\s+[\w-]+\s+(?P<head>group|organi[sz]ation|watchdog|agency|firm|company|body)\b",
                             re.I)
# every match starts with a pronoun's first letter or the "t" of "the": a look-ahead for them spares the other
# tests at most offsets of a sentence (ASCII letters only; a letter class matches case-insensitively as a letter does)
_PRONOUN_HEADS = "".join(sorted({p[:1].lower() for p in PRONOUNS} | {"t"}))
_PRONOUN = re.compile((rf"(?=[{_PRONOUN_HEADS}])" if _PRONOUN_HEADS.isascii() and _PRONOUN_HEADS.isalpha() else "")
                      + rf"(?:{_alt(PRONOUNS)}|{_DESCRIBED_BODY.pattern})", re.I)


def _pronoun_key(pronoun: str) -> str:
    """The :data:`PRONOUNS` key of a pronoun as written: "the Vienna-based group" is "the group"."""
    m = _DESCRIBED_BODY.fullmatch(pronoun.strip())
    return f"the {m.group('head').lower()}" if m else pronoun.lower()
_VAGUE = re.compile(rf"(?:{_alt(VAGUE_SOURCES)})", re.I)
_VAGUE_HEADS = tuple(re.sub(r"[^a-z0-9].*", "", v.lower(), flags=re.S) for v in VAGUE_SOURCES)  # leading letters
# what every match of a sentence-wide pattern holds, lower-cased: "who" or "which"; a gerund's "ing" (found by
# identity: hashing a compiled pattern hashes its whole program, which is long for these)
_SENTENCE_NEEDS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (_RELATIVE, ("who", "which")), (_RELATIVE_DENIAL, ("who", "which")), (_ADDING, ("ing",)),
    # ", and (adverbs) said", or ", said" and its listed kin (the verb2 group of _AND_VERB)
    (_AND_VERB, ("and", "said", "says", "claimed", "claims", "added", "stated", "insisted", "warned")),
    # a vague source starts with its phrase's first word (its leading ASCII letters)
    *(((_VAGUE, _VAGUE_HEADS),) if all(_VAGUE_HEADS) else ()),
)


_NEEDS_BY_ID = {id(p): (p, words) for p, words in _SENTENCE_NEEDS}
_LOWER_MEMO: tuple[str | None, int, int, str | None] = (None, -1, -1, None)
"""The last sentence asked about (text, start, end) and its lower case (None: not ASCII)."""


def _sentence_may_match(pat: re.Pattern[str], text: str, s0: int, s1: int) -> bool:
    """False only when ``text[s0:s1]`` is ASCII and holds none of the words every match of ``pat`` holds
    (:data:`_SENTENCE_NEEDS`): then ``pat.finditer`` there finds nothing, and the sentence is not scanned. The
    sentence is lower-cased once for the several patterns asked about it in turn."""
    global _LOWER_MEMO
    hit = _NEEDS_BY_ID.get(id(pat))
    if hit is None or hit[0] is not pat or not hit[1]:
        return True
    memo = _LOWER_MEMO
    if memo[0] is not text or memo[1] != s0 or memo[2] != s1:
        part = text[s0:s1]
        memo = _LOWER_MEMO = (text, s0, s1, part.lower() if part.isascii() else None)
    low = memo[3]
    return low is None or any(map(low.__contains__, hit[1]))


# A source alone in brackets, or with its report noun or a date: "(police figures)", "(the ministry's count)".
_PAREN_BEFORE = re.compile(r"\(\s*(?:the\s+)?$", re.I)
_PAREN_AFTER = re.compile(rf"(?:['’]s?)?(?:\s+(?:[a-z-]+\s+)?(?:{_alt(REPORT_NOUNS)}))?(?:\s*,[^()]{{0,30}})?\s*\)",
                          re.I)  # "(police figures)", "(Skyline Count aerial estimate)"
_SENT_END_OR_COMMA = re.compile(r"^\s*(?:[,.;:!?)\]—–]|$)")
# ... or the speaker's own act to the sentence's end ("..., the ministry said on Tuesday as it imposed duties of up to
# 38.5%.")
_SUBORDINATE_TAIL = re.compile(r"(?:\s+(?:on|late|early|last|this)\s+[A-Za-z]+)?\s+(?:as|while|when|after|before)\s+"
                               r"(?:it|they|he|she)\s+[^;:!?\"“”]*?(?:[;:!?]|\.(?!\d)|$)", re.I)
# What may follow a post-posed reporting verb before its sentence or clause ends: adjuncts of time, place and
# manner, never a "that" clause ("..., the ministry said late on Monday", "..., X said in a statement").
_ADJUNCT_START = "|".join(ADJUNCT_STARTS)
_TRAILING_ADJUNCT = re.compile(rf"\s+(?!at\s+(?:least|most)\b|about\s+\d)(?:{_ADJUNCT_START})\b"
                               rf"(?:(?!\bthat\b)[^,.;:!?\"“”()\[\]—–\d]){{0,60}}?(?=\s*(?:[,.;:!?)\]—–]|$))", re.I)


@dataclass(frozen=True)
class SourceRef:
    """A phrase of the summary that names (or stands for) a source."""

    start: int
    end: int
    source_id: str | None  # a case source id, or None for vague/unknown
    status: str  # "source" | "vague" | "pronoun"
    text: str


@dataclass(frozen=True)
class Frame:
    """A reporting frame and the stretch of text it governs."""

    scope: tuple[int, int]
    source_id: str | None
    status: str  # "source" | "vague" | "reception" | "denial" | "unknown"
    text: str  # the frame's words, e.g. "the minister said"
    rule: str  # the rule in words, e.g. "'X said'"
    rule_id: str  # the rule's id in the tables (``cnh rules``)
    start: int = -1  # where a forward frame's own words begin (the claim may be the report itself: "X denied")
    end: int = -1  # where its words end
    head: str = ""  # the frame's verb or report noun, lower-case ("said", "tally"), if it has one

    def covers(self, pos: int) -> bool:
        """True when the mention at ``pos`` is governed by this frame: inside its scope, or inside the
        words of a forward frame ("Islamic Jihad denied it", where the denial is the claim)."""
        if self.scope[0] <= pos < self.scope[1]:
            return True
        return 0 <= self.start <= pos < self.end


@dataclass
class _Candidate:
    """A frame found in a sentence before its scope is fixed: where its words are, who speaks, which rule."""

    start: int
    end: int
    ref: SourceRef | None
    status: str  # "source" | "vague" | "reception" | "denial" | "unknown"
    direction: str  # "forward" | "backward" | "clause" | "relative" | "by" | "auto"
    rule_id: str
    label: str  # the rule in words, with the verb or noun found: "'X said'"
    head: str = ""  # the verb or report noun, lower-case
    own_words: bool = False  # a denial: its own words may be the claim ("the capital denies involvement")
    detached: bool = False  # ", adding that ...": the speaker was named earlier; the frame's words start here
    reach: int = -1  # where a noun-phrase frame's scope ends, when past its words ("the 35 that X says worked here")


# Frame rules, resolved against the tables at import (an unlisted id fails here).
R_PREP = rulebook.rule("frame.according-to")
R_PAREN = rulebook.rule("frame.parenthetical")
R_INVERTED = rulebook.rule("frame.inverted")
R_RECEPTION = rulebook.rule("frame.reception")
R_DENIAL = rulebook.rule("frame.denial")
R_DENIAL_AS = rulebook.rule("frame.denial-as")
R_VERB = rulebook.rule("frame.source-verb")
R_VAGUE_THAT = rulebook.rule("frame.vague-that")
R_REPORT_THAT = rulebook.rule("frame.report-noun-that")
R_POSSESSIVE = rulebook.rule("frame.possessive")
R_COLON = rulebook.rule("frame.colon")
R_BY = rulebook.rule("frame.by-agent")
R_BY_COUNT = rulebook.rule("frame.by-count")
R_POSS_FIGURE = rulebook.rule("frame.possessive-figure")
R_GAPPED = rulebook.rule("frame.gapped")
R_FIGURE_NP = rulebook.rule("frame.figure-relative")
R_LEAD_IN = rulebook.rule("frame.lead-in")
R_BULLETS = rulebook.rule("frame.lead-in-bullets")
R_ADDING = rulebook.rule("frame.adding")
R_WHO_SAID = rulebook.rule("frame.relative-who")
R_AND_SAID = rulebook.rule("frame.and-verb")
R_HEDGE = rulebook.rule("hedge.cue")
R_SCARE = rulebook.rule("hedge.scare-quotes")
R_NARRATOR = rulebook.rule("verdict.narrator")
# frames that give a speaker's whole report (not one noun phrase of it): what another's report inside it serves
_SPEAKER_RULES = frozenset({R_VERB, R_DENIAL_AS, R_INVERTED, R_ADDING, R_AND_SAID, R_WHO_SAID, R_PREP, R_COLON,
                            R_LEAD_IN, R_BULLETS})
# frames whose source is the subject of its clause: the speaker that ", adding that ..." continues
_CLAUSE_SUBJECT_RULES = frozenset({R_VERB, R_DENIAL, R_DENIAL_AS, R_INVERTED, R_ADDING, R_AND_SAID, R_WHO_SAID,
                                   R_RECEPTION})


@dataclass
class CaseIndex:
    """Per-case compiled patterns, built once per case and reused for every summary."""

    case: Case
    sources: AliasIndex
    alias_to_source: dict[str, str]
    cues: dict[str, list[list[CueTerm]]]
    kinds: dict[str, str]
    sides: dict[str, str]
    statement_terms: dict[str, list[tuple[re.Pattern[str], bool]]]  # claims without cues: (term, distinctive)
    denials: frozenset[str]  # claims whose statement is itself a denial ("the chair denied any tampering")
    side_words: dict[str, str]  # a country or demonym ("ukraine", "ukrainian") -> its side's generic source
    normalised: dict[str, str]  # alias with spaces and hyphens as one space -> source (the first alias wins)
    rare_terms: dict[str, frozenset[int]] = field(default_factory=dict)  # statement terms rare in the article
    negated_terms: dict[str, frozenset[int]] = field(default_factory=dict)  # terms another claim negates
    cause_terms: dict[str, frozenset[str]] = field(default_factory=dict)  # stems of the cause a claim names
    person_names: frozenset[str] = frozenset()  # aliases of a body that are a person's name ("Anika Dorn")
    negated_things: dict[str, frozenset[str]] = field(default_factory=dict)  # "No secret list exists": secret, list
    rival_subjects: dict[str, tuple[tuple[str, frozenset[str]], ...]] = field(default_factory=dict)  # "X fired first"
    priority_agents: dict[str, str] = field(default_factory=dict)  # "who started it" claims: the side they blame
    owned_by: dict[str, frozenset[str]] = field(default_factory=dict)  # "his lawyer" aliases: source -> {"his"}


_NAME_TAIL = re.compile(r"(?:\s+(?![A-Z][a-z]+day\b|January|February|March|April|May|June|July|August|September|"
                        r"October|November|December)[A-Z][a-z]{2,}){1,2}(?=\s+[a-z])")
_GROUP_HEADS = frozenset({"group", "association", "organisation", "organization", "union", "committee", "council",
                          "network", "coalition", "federation", "campaign", "alliance", "activist", "campaigner"})


def _aliases(case: Case) -> dict[str, str]:
    out: dict[str, str] = {}
    for src in case.sources:
        names = [src.name, *src.aliases]
        if src.effective_kind == "person" and len(src.name.split()) > 1:
            names.append(src.name.split()[-1])  # surname
        for name in names:
            key = name.strip()
            if key.lower().startswith("the "):
                key = key[4:]
            if key:
                out.setdefault(key.lower(), src.id)
    for key, sid in list(out.items()):
        words = key.split()
        if len(words) > 1 and not words[0].endswith(("'s", "’s")) and words[0][:1].isalpha():
            out.setdefault(f"{words[0]}'s {' '.join(words[1:])}", sid)  # "the capital's health department"
    # a report of a body's side named with that body as a modifier: "a leaked internal MerNav report" is the case's
    # "leaked internal report", not MerNav speaking
    owners = [(src.side, src.id, name.strip().lower()) for src in case.sources for name in (src.name, *src.aliases)
              if len(name.split()) == 1 and name.strip()[:1].isupper()]
    for src in case.sources:
        for name in (src.name, *src.aliases):
            words = name.lower().split()
            words = words[1:] if words[:1] == ["the"] else words
            if len(words) > 1 and words[-1] in _REPORT_OR_DOCUMENT_WORDS:
                for side, owner_id, owner in owners:
                    if side == src.side and owner_id != src.id:
                        out.setdefault(" ".join([*words[:-1], owner, words[-1]]), src.id)
    # a group named in the singular speaks in the plural too: "residents' groups" for "the residents' group"
    for key, sid in list(out.items()):
        words = key.split()
        if len(words) > 1 and words[-1] in _GROUP_HEADS:
            out.setdefault(" ".join([*words[:-1], words[-1] + "s"]), sid)
    # A generic source named "<Adj> officials" also stands behind "<Adj> forces", "<Adj> sources", ...
    for src in case.sources:
        if src.effective_kind != "generic":
            continue
        for alias in src.aliases:
            m = _ROLE_SUFFIX.search(alias)
            if m and alias[: m.start()].strip():
                adjective = alias[: m.start()].strip().lower()
                for role in ROLE_NOUNS:
                    out.setdefault(f"{adjective} {role}", src.id)
    # "employer estimates", "farmer accounts": a generic source named by a plural noun ("employers") gives its reports
    # with the noun in the singular before the report noun
    for src in case.sources:
        if src.effective_kind != "generic":
            continue
        for alias in (src.name, *src.aliases):
            word = alias.strip().lower().removeprefix("the ")
            if re.fullmatch(r"[a-z][a-z-]{2,}[^s]s", word):
                for noun in _PLURAL_REPORT_NOUNS:
                    out.setdefault(f"{word[:-1]} {noun}", src.id)
    # "officials in Drevna", "authorities in <capital>": a generic source named by a one-word place alias speaks through
    # its officials there
    for src in case.sources:
        if src.effective_kind != "generic":
            continue
        for alias in (src.name, *src.aliases):
            if re.fullmatch(r"[A-Z][\w'’-]+", alias.strip()):
                for role in _PLACE_ROLES:
                    out.setdefault(f"{role} in {alias.strip().lower()}", src.id)
    # "official figures", "official data": the government's generic source, when one generic source alone is the
    # officials or the government of the case
    official = {src.id for src in case.sources if src.effective_kind == "generic"
                and any(a.lower().removeprefix("the ") in _OFFICIAL_ALIASES for a in (src.name, *src.aliases))}
    if len(official) == 1:
        for noun in _OFFICIAL_REPORT_NOUNS:
            out.setdefault(f"official {noun}", next(iter(official)))
    # "the office" for a body whose name ends in that noun ("Dravian Statistical Office"), when no other source's
    # name or alias ends so: the head noun alone names it
    heads: dict[str, set[str]] = {}
    for src in case.sources:
        for name in (src.name, *src.aliases):
            words = re.findall(r"[a-z]+", name.lower())
            if words:
                heads.setdefault(words[-1], set()).add(src.id)
    for src in case.sources:
        words = re.findall(r"[a-z]+", src.name.lower())
        if src.effective_kind == "body" and len(words) > 1 and heads[words[-1]] == {src.id} \
                and words[-1] in INSTITUTION_HEADS:
            out.setdefault(words[-1], src.id)
    return out


_PLACE_ROLES = ("officials", "authorities", "sources", "leaders", "commanders", "diplomats")
_PLURAL_REPORT_NOUNS = ("estimates", "figures", "accounts", "claims", "surveys", "reports", "data", "calculations")
_OFFICIAL_ALIASES = frozenset({"officials", "government officials", "government", "authorities"})
_OFFICIAL_REPORT_NOUNS = ("figures", "figure", "data", "count", "counts", "toll", "tally", "estimate", "estimates",
                          "statistics", "numbers", "records", "sources", "accounts")


@dataclass(frozen=True)
class CueTerm:
    """One ``&``-separated term of a claim's cue: a pattern that must occur (or, written ``!term``, must not)."""

    pattern: re.Pattern[str]
    negative: bool = False


def compile_cue(cue: str) -> list[CueTerm]:
    """Compile one cue ("term|term & term & !term") into one term per ``&``-separated part."""
    out = []
    for term in (t.strip() for t in cue.split("&")):
        if not term:
            continue
        body = _alt(a.strip() for a in term.lstrip("!").strip("() ").split("|"))
        out.append(CueTerm(re.compile(body, re.I), term.startswith("!")))
    return out


def cue_matches(terms: list[CueTerm], text: str) -> bool:
    """True when every positive term occurs in ``text`` and no negative one does."""
    return bool(terms) and all(bool(t.pattern.search(text)) != t.negative for t in terms)


def _side_words(case: Case) -> dict[str, str]:
    """Words that name a side, from its generic sources: a one-word name or alias ("Ukraine") and the adjective of
    an "<Adjective> <role>" alias ("Ukrainian officials")."""
    out: dict[str, str] = {}
    for src in case.sources:
        if src.effective_kind != "generic":
            continue
        for name in (src.name, *src.aliases):
            words = re.sub(r"^the\s+", "", name.strip(), flags=re.I).split()
            if len(words) == 1 and words[0][:1].isupper():
                out.setdefault(re.sub(r"['’]s$", "", words[0]).lower(), src.id)
            elif len(words) == 2 and words[0][:1].isupper() and words[1].lower() in ROLE_NOUNS:
                out.setdefault(words[0].lower(), src.id)
    return out


_ROLE_AFTER_SOURCE = re.compile(rf"\s+(?:{_ROLES})(?![\w])|['’]s?\s+(?:{_POSS_ROLES})(?![\w])", re.I)
"""What may follow a source's name: "<Adj> officials", "its chief" (matched after the name, never backtracked)."""
_RUN = re.compile(r"(?<![\w])\w+")
_ASCII_RUN = re.compile(r"[a-z0-9]*")
# The only non-ASCII characters that an ASCII letter matches under re.I: the text's word is then read against
# every alias, not only those that begin with it.
_ASCII_FOLDS = frozenset("\u0130\u0131\u017f\u212a")


_WORD_CHAR = re.compile(r"\w")


@functools.lru_cache(maxsize=16384)
def _compile_shared(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile``, with compiled per-case patterns shared between cases: the same alias or statement word
    recurs across cases, and the ``re`` module's own cache (512 entries) is too small to keep them."""
    return re.compile(pattern, flags)


class AliasIndex:
    """A case's source names (aliases), found the way one alternation ``(?:the )?(?:alias|...)(?:role)?`` would
    find them (the same matches, in the same order), without compiling that alternation.

    Each alias is filed under its first word (its leading ASCII letters and digits, when a non-word character
    follows them) and what follows that word: the next word ("argentina" + "officials"), an apostrophe, another
    mark, or nothing (a one-word alias). At a word of the text only the aliases filed under that word and what
    follows it there, the word's one-word aliases and the few aliases filed under no word are tried, in the
    alternation's order, as a small pattern compiled on first use. An alias that starts with a non-word character
    makes the case fall back to the whole alternation."""

    def __init__(self, aliases: Iterable[str]):
        self._order = sorted(set(aliases), key=len, reverse=True)  # the alternation's order (as ``_alt``)
        self._buckets: dict[str, dict[str | None, list[int]]] = {}  # first word -> what follows (None: any) -> aliases
        self._other: list[int] = []  # aliases whose first word is not plain ASCII: tried at every word
        self._patterns: dict[tuple[str, str], re.Pattern[str]] = {}
        self._whole: re.Pattern[str] | None = None
        self._starts: re.Pattern[str] | None = None
        for i, alias in enumerate(self._order):
            if not _WORD_CHAR.match(alias):
                self._whole = re.compile(rf"(?:\bthe\s+)?(?:{_alt(self._order)})", re.I)
                break
            first = _plain_word(alias.lower())
            if first is None:
                self._other.append(i)
                continue
            word, rest = first
            self._buckets.setdefault(word, {}).setdefault(_alias_follow(rest), []).append(i)
        if self._whole is None:
            # where a name may start: a word some alias begins with, "the", or where an unfiled alias matches
            keys = by_first_letter(sorted(self._buckets, key=len, reverse=True) + ["the"])
            unfiled = "|".join(word_regex(self._order[i])[len(_NOT_AFTER_WORD):] for i in self._other)
            self._starts = re.compile(rf"{_NOT_AFTER_WORD}(?:(?:{keys})(?![\w])" +
                                      (rf"|(?=(?:{unfiled}))\w" if unfiled else "") + ")", re.I)

    def _pattern(self, key: str, follow: str) -> re.Pattern[str]:
        """The alternation, in order, of the aliases filed under the word ``key`` followed by ``follow``, of its
        one-word aliases and of those filed under no word ("" for either: every alias filed there)."""
        pat = self._patterns.get((key, follow))
        if pat is None:
            if not key:
                chosen = list(range(len(self._order)))
            else:
                filed = self._buckets.get(key, {})
                picked = [i for f, ids in filed.items() if not follow or f is None or f == follow for i in ids]
                chosen = sorted({*picked, *self._other})
            pat = _NOTHING if not chosen else _compile_shared(
                _NOT_AFTER_WORD + "(?:" + "|".join(word_regex(self._order[i])[len(_NOT_AFTER_WORD):]
                                                   for i in chosen) + ")", re.I)
            self._patterns[(key, follow)] = pat
        return pat

    @staticmethod
    def _key(word: str) -> str:
        """The bucket of a word of the text: itself lower-cased; "" (every alias) when it holds a character that
        an ASCII letter matches case-insensitively; "\1" (no bucket) for any other non-ASCII word."""
        if word.isascii():
            return word.lower()
        return "" if any(ch in _ASCII_FOLDS for ch in word) else "\1"

    def _follow(self, text: str, pos: int, endpos: int) -> str:
        """What follows a word of the text that ends at ``pos``, as aliases are filed (:func:`_alias_follow`)."""
        ch = text[pos] if pos < endpos else ""
        if not ch:
            return "\2"  # the end: only one-word aliases
        if ch.isspace() or ch == "-":
            nxt = _AFTER_SEPARATOR.match(text, pos, endpos)
            return self._key(nxt.group(1)) if nxt and nxt.group(1) else "\2"
        return "'" if ch in "'’" else ch

    def _match_at(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        """The alias the alternation would match at ``pos`` (a word start), if any."""
        run = _RUN.match(text, pos, endpos)
        if run is None:
            return None
        key = self._key(run.group())
        if key and key not in self._buckets and not self._other:
            return None  # no alias starts with this word (the pattern for it would be empty)
        follow = self._follow(text, run.end(), endpos) if key not in ("", "\1") else ""
        return self._pattern(key, follow).match(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[tuple[int, int]]:
        """(start, end) of every source name in ``text[pos:endpos]``, as ``re.finditer`` would give them."""
        endpos = len(text) if endpos is None else endpos
        if self._whole is not None:
            for m in self._whole.finditer(text, pos, endpos):
                yield m.start(), _role_end(text, m.end(), endpos)
            return
        cur = pos
        assert self._starts is not None
        for cand in self._starts.finditer(text, pos, endpos):
            start = cand.start()
            if start < cur:
                continue
            m = None
            the = _THE.match(text, start, endpos)
            if the:  # "(?:the\s+)?" is tried with "the" first: a name after it, else a name that starts with "the"
                m = self._match_at(text, the.end(), endpos)
            if m is None:
                m = self._match_at(text, start, endpos)
            if m is not None:
                cur = _role_end(text, m.end(), endpos)
                yield start, cur

    def search(self, text: str) -> tuple[int, int] | None:
        """The first source name in ``text``, if any."""
        return next(self.finditer(text), None)


_THE = re.compile(r"\bthe\s+", re.I)
_AFTER_SEPARATOR = re.compile(r"[\s-]+(\w+)?")
_SEPARATOR = re.compile(r"[\s-]+")


def _plain_word(alias: str) -> tuple[str, str] | None:
    """An alias's first word and the rest, when the word is plain ASCII letters and digits followed by a non-word
    character (or nothing): then the text's word at a match is that same word. None otherwise."""
    head = _ASCII_RUN.match(alias)
    word = head.group() if head else ""
    rest = alias[len(word):]
    if not word or rest[:1] == "*" or _WORD_CHAR.match(rest[:1]):
        return None
    return word, rest


def _alias_follow(rest: str) -> str | None:
    """What must follow an alias's first word in the text (the rest of the alias is ``rest``): the next plain word
    after spaces or hyphens, an apostrophe ("'"), another mark; None when anything may (a one-word alias, or a next
    word that is not plain)."""
    if not rest:
        return None
    if rest[0].isspace() or rest[0] == "-":
        nxt = _plain_word(rest[_SEPARATOR.match(rest).end():])
        return nxt[0] if nxt else None
    return "'" if rest[0] in "'’" else rest[0]
_NOTHING = re.compile(r"(?!)")  # matches nowhere: no alias to try


def _role_end(text: str, end: int, endpos: int) -> int:
    """Where a source's name ends once a role word after it is included ("Ukrainian officials")."""
    m = _ROLE_AFTER_SOURCE.match(text, end, endpos)
    return m.end() if m else end


def _build_index(case: Case) -> CaseIndex:
    aliases = _aliases(case)
    cues = {c.id: [compile_cue(q) for q in c.cues] for c in case.claims}
    statement_terms = _statement_terms(case, aliases)
    denials = frozenset(c.id for c in case.claims if _DENIAL.search(c.statement) or _NEGATION.search(c.statement)
                        or _FIGURE_CALLED_FALSE.search(c.statement))  # "the union's figures are misleading"
    normalised: dict[str, str] = {}
    for key, sid in aliases.items():
        normalised.setdefault(_SPACES.sub(" ", key), sid)
    side_words = _side_words(case)
    sides = {s.id: s.side for s in case.sources}
    return CaseIndex(case, AliasIndex(aliases), aliases, cues, {s.id: s.effective_kind for s in case.sources},
                     sides, statement_terms, denials, side_words, normalised,
                     _rare_statement_terms(case, statement_terms), _negated_terms(case, statement_terms),
                     _cause_terms(case), _person_names(case), _negated_things(case), _rival_subjects(case),
                     _priority_agents(case, side_words, sides, aliases),
                     {s.id: frozenset(w for a in s.aliases if (w := a.split()[0].lower()) in _POSSESSIVE_DETERMINERS)
                      for s in case.sources})


def _person_names(case: Case) -> frozenset[str]:
    """Aliases of a source that is not a person which name a person who speaks for it: two or three capitalised
    words whose last word the author also lists alone ("Anika Dorn" and "Dorn" for a passengers' association), so
    "she" can point back to them."""
    out = set()
    for src in case.sources:
        if src.effective_kind == "person":
            continue
        singles = {a.strip().lower() for a in src.aliases if " " not in a.strip()}
        for alias in src.aliases:
            words = alias.split()
            if 2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:].islower() for w in words) \
                    and words[-1].lower() in singles:
                out.add(alias.lower())
    return frozenset(out)


_SPACES = re.compile(r"[\s-]+")
_THE_START = re.compile(r"^the\s+", re.I)
_INDEXES: PerCase[CaseIndex] = PerCase(_build_index)


def index(case: Case) -> CaseIndex:
    """The compiled patterns of a case, built once per case object (cases are immutable)."""
    return _INDEXES.get(case)


def _lookup(idx: CaseIndex, key: str) -> str | None:
    sid = idx.alias_to_source.get(key)
    if sid is None:  # flexible whitespace/hyphen match: the first alias equal once normalised
        sid = idx.normalised.get(key)
    return sid


# A role word that is also a reporting verb ("reports", "estimates", "counts") ending a source match, and what
# shows it is the verb: an object that follows it ("that", a figure, a determiner).
_ROLE_VERB_END = re.compile(rf"\s+(?:{_alt(w for w in ROLE_NOUNS if w in set(REPORT_VERBS))})$", re.I)
# a bare object and the figure it is put at: "(estimate) loan losses at €2.7 billion", "(count) deaths at 52"
_OBJECT_AT_FIGURE = re.compile(r"\s+(?!\w+ed\b)(?:(?-i:[a-z])[\w-]*\s+){1,3}?(?:at|near|around)\s+"
                               r"(?:about\s+|some\s+|roughly\s+)?[$€£]?\d", re.I)  # not "report exposed a ... at 155"
_OBJECT_AFTER = re.compile(r"\s+(?:that|about|around|nearly|almost|more|over|at\s+least|some|only|up\s+to|roughly|"
                           rf"fewer|less|the|a|an|its|his|her|their|one|{_FIGURE_WORDS})\b|\s+\d", re.I)
# ... or a bare noun phrase that no verb follows ("the association reports crop failures"; "association reports
# show" and "the ministry estimate is" keep the noun)
_BARE_OBJECT_AFTER = re.compile(r"\s+(?!\w+ed\b)[a-z][\w-]*\b")  # not "reports exposed"
_SUBJECT_VERB_AFTER = re.compile(rf"\s+(?:\w+ly\s+)?(?:{_alt(REPORT_VERBS)}|is|are|was|were|has|have|had|will|"
                                 r"would|could|can|may|might|should|must|do|does|did|of|from|by|in|on|for|and|"
                                 r"or)\b", re.I)
# "the reports": a determiner alone before the role word leaves it a noun
_DETERMINER_ONLY = re.compile(r"^\s*(?:(?:the|a|an|these|those|its|their|his|her)\b\s*)?", re.I)
_QUALIFIER_BEFORE = re.compile(r"([A-Z][\w-]*)(?:['’]s?)?\s+$")


_PRONOUN_QUALIFIER = re.compile(r"\b(his|her|their|its)\s+(?:own\s+)?(?:[a-z]+['’]s?\s+(?:own\s+)?)?$", re.I)


@functools.cache
def _runs_back(runs: int) -> re.Pattern[str]:
    """``runs`` whitespace-free runs with the whitespace after each, read on reversed text."""
    return re.compile(rf"\s*+(?:\S++\s*+){{{runs}}}")


def _last_runs(text: str, lo: int, hi: int, runs: int) -> int:
    """Where the last ``runs`` whitespace-free runs of ``text[lo:hi]`` start (``lo`` when it has fewer): a pattern
    anchored at ``hi`` whose matches hold at most that many runs (and whitespace) matches there first if anywhere,
    and its search need not try the offsets before (the end-anchored qualifiers before a source's name)."""
    back = _runs_back(runs).match(text[lo:hi][::-1])
    return hi - back.end() if back else lo


def _cut_tail(pattern: re.Pattern[str], s: str, runs: int) -> str:
    """``pattern.sub("", s)`` for a pattern anchored at the end (``$``) whose match holds whitespace and at most
    ``runs`` whitespace-free runs, and cannot be empty: ``s`` without its one match, searched for from where the
    last ``runs + 1`` runs start (a match may begin with the whitespace after a run)."""
    m = pattern.search(s, _last_runs(s, 0, len(s), runs + 1))
    return s[:m.start()] if m else s


def _owner_named_before(idx: CaseIndex, text: str, start: int, end: int, ref: SourceRef) -> bool:
    """Whether the sentence, before a pronoun that owns a source's name ("their committee"), names that source's
    owners by a word of its name other than the owned one ("Parents ...: their committee" for the parents'
    committee; not "her party's observers" for an observer mission)."""
    src = idx.case.source(ref.source_id or "")
    owned = {w.lower() for w in re.findall(r"[A-Za-z]+", ref.text)}
    words = {w.lower() for n in (src.name, *src.aliases) for w in re.findall(r"[A-Za-z]+", n)
             if len(w) > 3 and w.lower() not in STATEMENT_STOPWORDS} - owned
    before = {w.lower() for w in re.findall(r"[A-Za-z]+", text[start:end])}
    return bool(words & before)


def _side_qualified(idx: CaseIndex, text: str, sent: Sentence, refs: list[SourceRef]) -> list[SourceRef]:
    """A name qualified by another side is that side's: "Ukraine's General Staff", "Ukrainian military" speak for
    Ukraine even when the case's "General Staff" is Russia's. The qualifier's ref, if any, is merged in. A name
    owned by a pronoun is the pronoun's ("her party's observers" are hers, not the case's observer mission)."""
    out: list[SourceRef] = []
    for ref in refs:
        owner = _PRONOUN_QUALIFIER.search(text, _last_runs(text, sent.start, ref.start, 4), ref.start) \
            if ref.source_id else None
        if owner and ref.source_id and owner.group(1).lower() in idx.owned_by.get(ref.source_id, ()):
            owner = None  # "his lawyers" where the author lists "his lawyer", "his family": the story's subject's
        if owner and _owner_named_before(idx, text, sent.start, owner.start(), ref):
            owner = None  # "Parents dispute this: their committee counts": the parents' committee, named by its owner
        if owner and ref.text.lower().split()[-1] in OTHER_PARTY_NOUNS:
            owner = None  # "its owner blames a storm": the ship's owner is a party of its own, the case's owner
        if owner and idx.kinds.get(ref.source_id or "") != "person":  # "his top general" is still the general
            out.append(SourceRef(owner.start(), ref.end, None, "pronoun", owner.group(1)))
            continue
        m = _QUALIFIER_BEFORE.search(text, _last_runs(text, sent.start, ref.start, 1), ref.start) \
            if ref.source_id else None
        other = idx.side_words.get(m.group(1).lower()) if m else None
        if m and other and _named_for_its_country(idx, ref.source_id or "", m.group(1)):
            other = None  # "Kestrania's pharmacists' association" is the "Kestrani Pharmacists' Association"
        if m and other and idx.sides.get(other) != idx.sides.get(ref.source_id or "") and \
                idx.sides.get(ref.source_id or "") in _country_sides(idx):
            if out and out[-1].start >= m.start():
                out.pop()  # the qualifier was matched as a ref of its own
            ref = SourceRef(m.start(), ref.end, other, "source", text[m.start():ref.end])
        out.append(ref)
    return out


def _country_sides(idx: CaseIndex) -> set[str | None]:
    """The sides that a country's name or demonym names (those of :attr:`CaseIndex.side_words`): a body of one of
    them can be another country's namesake ("Ukraine's General Staff"); a body of any other side (an audit office,
    a union) qualified by a country is that country's own ("Almara's National Audit Office")."""
    return {idx.sides.get(sid) for sid in idx.side_words.values()}


def _named_for_its_country(idx: CaseIndex, source_id: str, qualifier: str) -> bool:
    """Whether the source's own name carries the country that qualifies it ("Kestrania's" of the "Kestrani
    Pharmacists' Association"): a national body of that country, not the country's side."""
    stem = re.sub(r"['’]s$", "", qualifier.lower())[:6]
    if len(stem) < 5 or source_id not in idx.kinds:
        return False
    src = idx.case.source(source_id)
    return any(w.lower().startswith(stem) for name in (src.name, *src.aliases) for w in re.findall(r"[A-Za-z]+", name))


_REFS_MEMO: dict[tuple[str, int, int, int], tuple[CaseIndex, tuple[tuple[int, int], ...], list[SourceRef]]] = {}
"""The latest sentences' source references (:func:`_source_refs`), by text, sentence span and case index."""


def _source_refs(idx: CaseIndex, text: str, sent: Sentence, quotes: list[tuple[int, int]]) -> list[SourceRef]:
    """The source references of one sentence (:func:`_read_source_refs`), remembered for the latest sentences: the
    parser stage asks again about sentences that :func:`analyse` has read. Callers must not change the list."""
    key = (text, sent.start, sent.end, id(idx))
    spans = tuple(quotes)
    hit = _REFS_MEMO.get(key)
    if hit is not None and hit[0] is idx and hit[1] == spans:
        return hit[2]
    refs = _read_source_refs(idx, text, sent, quotes)
    if len(_REFS_MEMO) >= 64:
        _REFS_MEMO.clear()
    _REFS_MEMO[key] = (idx, spans, refs)
    return refs


def _read_source_refs(idx: CaseIndex, text: str, sent: Sentence, quotes: list[tuple[int, int]]) -> list[SourceRef]:
    refs: list[SourceRef] = []
    verbs: list[tuple[int, int]] = []  # role words read as verbs: not sources of their own
    for m_start, m_end in idx.sources.finditer(text, sent.start, sent.end):
        if inside_sorted(m_start, quotes):
            continue
        found = text[m_start:m_end]
        adj = _ADJECTIVE_ROLE_END.search(found)
        if adj and _NOUN_AFTER_ADJECTIVE.match(text, m_end, sent.end):
            # "the ministry's official toll": "official" qualifies the toll, it names no official
            m_end = m_start + len(re.sub(r"['’]s?$", "", found[:adj.start()]))  # the possessor; "'s" stays after
            found = text[m_start:m_end]
        key = _THE_START.sub("", found).lower().replace("’", "'")
        if _lookup(idx, key) is None and _POSS_ROLE_END.search(key):
            key = _POSS_ROLE_END.sub("", key)  # "opec's chief" -> "opec"
        key = _SPACES.sub(" ", key)
        sid = _lookup(idx, key)
        if sid is None and _ROLE_SUFFIX.search(key):  # "<body> spokesman" -> the body
            sid = _lookup(idx, _ROLE_SUFFIX.sub("", key))
        end = m_end
        verb = _ROLE_VERB_END.search(found)
        if verb and _DETERMINER_ONLY.sub("", found[:verb.start()]) and (_OBJECT_AFTER.match(text, end, sent.end) or (
                found.endswith("s") and _BARE_OBJECT_AFTER.match(text, end, sent.end)
                and not _SUBJECT_VERB_AFTER.match(text, end, sent.end))  # "the WHO report exposed": a noun
                or _OBJECT_AT_FIGURE.match(text, end, sent.end)  # "Ferrand & Lowe estimate losses at €2.7bn"
                # "the 37 deaths the health ministry reports.": a figure's noun phrase before, its clause ending after
                or (found.endswith("s") and _NP_END.match(text, end, sent.end)
                    and _FIGURE_NP.search(text, max(sent.start, m_start - 60), m_start))):
            # "the IRO reports at least 610": the role word is the verb, the source ends before it
            end = m_start + verb.start()
            sid = _lookup(idx, _SPACES.sub(" ", _ROLE_SUFFIX.sub("", key))) or sid
            verbs.append((end, m_end))
        refs.append(SourceRef(m_start, end, sid, "source", text[m_start:end]))
    refs = _side_qualified(idx, text, sent, refs)
    refs = _owners_documents(idx, text, _merge_adjacent(text, refs))
    taken = [(r.start, r.end) for r in refs] + verbs
    for pat, status in ((_PRONOUN, "pronoun"), (_VAGUE, "vague")):
        scan = _sentence_may_match(pat, text, sent.start, sent.end)
        for m in pat.finditer(text, sent.start, sent.end) if scan else ():
            if inside_sorted(m.start(), quotes) or any(a <= m.start() < b for a, b in taken):
                continue
            if status == "vague" and any(r.source_id and _OWNED_BY.fullmatch(text, r.end, m.start()) for r in refs):
                continue  # "the board's preliminary report says": the board's report, not an unnamed one
            if status == "vague" and (m.group().lower() in {"some", "others"} and _QUANTIFIER_AFTER.match(text, m.end())
                                      or _COUNTED_BEFORE.search(text, sent.start, m.start())):
                continue  # "some 480,000 card numbers", "some of them", "the two accounts": no unnamed speaker
            end = m.end()
            if status == "pronoun" and m.group().lower() in _POSSESSIVE_PRONOUNS:
                role = _PRONOUN_ROLE.match(text, end, sent.end)
                if role and role.group().split()[-1].lower() in OTHER_PARTY_NOUNS and \
                        any(r.source_id and end <= r.start < role.end() for r in refs):
                    continue  # "its owner blames a storm" where "the owner" names a source: that source speaks
                if role:  # "Its spokesman said", "their lawyers argue": the pronoun's source speaks
                    end = role.end()
            refs.append(SourceRef(m.start(), end, None, status, m.group()))
            taken.append((m.start(), end))
    return sorted(refs, key=lambda r: r.start)


def _merge_adjacent(text: str, refs: list[SourceRef]) -> list[SourceRef]:
    """One source named twice in a row is one name: "analyst Dana Korvel", "the minister Reinholt" (each an alias
    of the same source) are a title and its holder, not two speakers. The merged ref keeps the later words as
    its text (the name that tells a person from a body)."""
    merged: list[SourceRef] = []
    for ref in refs:
        last = merged[-1] if merged else None
        if last is not None and ref.source_id and ref.source_id == last.source_id and \
                not text[last.end:ref.start].strip():
            merged[-1] = SourceRef(last.start, ref.end, ref.source_id, ref.status, ref.text)  # the name, as named
        else:
            merged.append(ref)
    return merged


# a verb of writing with a particle is an act, no report: "wrote down the stake", "has written off 40 loans"
_PHRASAL_ACT = re.compile(r"(?:write|writes|wrote|written|writing)\s+(?:down|off)\b", re.I)
# a report's verb closing its sentence after the report: "..., the commission's preliminary count shows."
_POSTPOSED_REPORT_VERB = re.compile(r"\s+(?:\w+ly\s+)?(?:shows?|showed|says|said|finds|found|suggests?|suggested|"
                                    r"indicates?|indicated)\s*(?=[.;!?]|$)", re.I)
_OWNER_GAP = re.compile(r"(?:['’]s?)?\s+(?:(?:own|leaked|internal|confidential|secret|draft|unpublished|latest)\s+)?",
                        re.I)


def _owners_documents(idx: CaseIndex, text: str, refs: list[SourceRef]) -> list[SourceRef]:
    """A source's name right before a document the case counts as a source of its own names that document ("a
    leaked Hearthstone memo", "Hearthstone's internal memo"): the owner's name is the document's modifier, and the
    document is the source."""
    out: list[SourceRef] = []
    for ref in refs:
        last = out[-1] if out else None
        if last is not None and last.source_id and ref.source_id and last.source_id != ref.source_id and \
                _OWNER_GAP.fullmatch(text, last.end, ref.start) and _written_document(idx, ref.source_id, "") and \
                not _written_document(idx, last.source_id, ""):
            out[-1] = SourceRef(last.start, ref.end, ref.source_id, ref.status, text[last.start:ref.end])
        else:
            out.append(ref)
    return out


def _pp_head(idx: CaseIndex, text: str, resolved: list[SourceRef], ref: SourceRef) -> SourceRef | None:
    """The source a prepositional phrase holding ``ref`` modifies, when the phrase follows that source's name
    ("Farmers near the Corvenna Peak resort say", "A snowmaking technician at Corvenna Peak, speaking
    anonymously, says"): that source is the subject of the verb after ``ref``, not ``ref``. A side's generic
    word of a body ("officials at the agency", "experts from the institute") speaks for that body."""
    head, cur = None, ref
    for prev in reversed(resolved):
        if prev.end > cur.start or prev.status != "source" or prev.source_id is None:
            continue
        gap = text[prev.end:cur.start]
        m = _PP_MODIFIER_GAP.fullmatch(gap) if gap.strip() else None
        if gap.strip() and m is None:
            break
        if m and not (m.group("prep").lower() in _MEMBER_PREPS and idx.kinds.get(prev.source_id) == "generic"
                      and idx.kinds.get(cur.source_id or "") in {"body", "media"} and not _names_document(prev.text)):
            head = prev  # a modifying phrase; a bare space only joins the parts of one name
        cur = prev
    return head


def _owned_document(idx: CaseIndex, text: str, ref: SourceRef, verb_start: int) -> SourceRef | None:
    """A written document the case counts as a source of its own, named after its owner and before the verb ("a
    leaked Kestrel board paper dated November 12 puts", "the transport department report found"): the document
    speaks, not its owner."""
    between = text[ref.end:verb_start]
    if re.search(r"[;:()\"“”]|,(?!\s*\d)", between):
        return None  # "Lund, citing a leaked memo, calls ...": an aside, not the name's noun phrase
    # (a key of two words or more may start inside the owner's name, "[transport] department report", not with a
    # determiner: "the report" is the ref itself)
    own = [(ref.start + m.start(), ref.start + m.end()) for m in re.finditer(r"[\w'’-]+", ref.text)][-2:]
    words = own + [(ref.end + m.start(), ref.end + m.end()) for m in re.finditer(r"[\w'’-]+", between)][:6]
    for i in range(len(words)):
        for n in (3, 2, 1):
            if i + n > len(words) or (words[i][0] < ref.end and n < 2) or \
                    text[words[i][0]:words[i][1]].lower() in {"the", "a", "an", "its", "their", "this"}:
                continue
            a, b = words[i][0], words[i + n - 1][1]
            key = _SPACES.sub(" ", text[a:b].lower().replace("’", "'"))
            sid = _lookup(idx, key)
            if sid and sid != ref.source_id and _written_document(idx, sid, "") and \
                    not _written_document(idx, ref.source_id, ""):
                return SourceRef(ref.start, b, sid, "source", text[ref.start:b])
    return None


def _names_document(name: str) -> bool:
    """Whether a source's name ends on a report or document noun ("internal noise-monitor readings", "the leaked
    minutes"): readings from a body are the readings, not the body's members speaking for it."""
    last = name.split()[-1].lower() if name.split() else ""
    return last in _REPORT_OR_DOCUMENT_WORDS or last in WRITTEN_DOCUMENT_HEADS


def _short_form(text: str, resolved: list[SourceRef], ref: SourceRef, paren: int) -> bool:
    """Whether ``ref`` in brackets at ``paren`` only repeats the source named just before the bracket, in a short
    form: "Tanjung Mas Agri (TMA)", "the Harbour Refugee Council (HRC)"."""
    return any(r.end <= paren and not text[r.end:paren].strip() and r.source_id == ref.source_id
               and r is not ref for r in resolved)


def _fits(idx: CaseIndex, pronoun: str, source_id: str) -> bool:
    """Whether a pronoun can stand for a source ("he" for a person, "it" for a body or side)."""
    kind = PRONOUNS.get(_pronoun_key(pronoun))
    if pronoun.lower().startswith("the ") and kind == "group":
        return idx.kinds.get(source_id) in {"body", "media"}  # "the group" is an organisation, not a country
    is_person = idx.kinds.get(source_id) == "person"
    return kind == "any" or (kind == "person") == is_person


# a new subject's clause ("; Veldmark has frozen", ", and donor Veldmark has"), not the same speaker's ("; its")
_NEXT_CLAUSE = re.compile(r"(?:;|,\s+(?:and|but))(?!\s*(?:it|its|he|she|they|his|her|their)\b)", re.I)
_RELATIVE_OPEN = re.compile(r",\s+(?:which|who|whom|whose)\b[^,;]*$", re.I)


def _object_pair(text: str, s1: int, seen: list[SourceRef], ref: SourceRef, raw: list[_Candidate]) -> bool:
    """True when the source before ``ref`` also stands before a figure without being a speaker: "gives X 54% and Y
    42%" pairs objects, it gaps no report."""
    before = [r for r in seen if r.end <= ref.start and r is not ref and r.start != ref.start]
    if not before:
        return False
    prev = before[-1]
    speakers = {r.ref.start for r in raw if r.ref is not None}
    return prev.start not in speakers and bool(_GAP_AFTER.match(text, prev.end, s1))


def _in_closed_relative(text: str, s0: int, cand: _Candidate, before: int) -> bool:
    """True when a frame sits in a relative clause (", which X says ...,") that closes before offset ``before``."""
    return bool(_RELATIVE_OPEN.search(text, s0, cand.start)) and _PUNCT_BREAK.search(text, cand.end, before) is not None


def _prep_direction(text: str, s0: int, s1: int, start: int, end: int) -> str:
    """Where a prepositional frame ("according to X") reaches: forward from the start of a sentence,
    backward at its end or before a new coordinated clause, otherwise over its whole clause."""
    if not text[s0:start].strip(" \t\"“(—–-"):
        return "forward"
    rest = text[end:s1]
    if _CLAUSE_END_AFTER.match(rest):
        return "backward"
    if _COMMA_CONJ_AFTER.match(rest) or _NEXT_ACCOUNT_AFTER.match(rest):
        # "..., and B", or a list of accounts: "62 according to X, 31 according to Y", "18.4 million per X,
        # versus 22.5 million per Y": each source reaches back to its own figure
        return "backward"
    if _COMMA_OR_DASH_AFTER.match(rest):
        if _RELATIVE_OPEN.search(text, s0, start):
            return "relative"  # ", which have retaken 30 km², according to X," covers that relative clause only
        return "clause"
    return "forward"


@dataclass
class _Context:
    """What earlier text tells about pronouns: the most recent person and non-person sources, and the
    person who came first (the subject, as a rule) in the previous sentence: "X gave Y a report. He said ..."
    is X speaking."""

    last_person: str | None = None
    last_group: str | None = None
    last_body: str | None = None  # the latest organisation (not a side or country): what "the group" points to
    last_speaker: str | None = None
    subject_before: str | None = None  # the previous sentence's first source, when it is a person
    subject_now: str | None = None  # this sentence's first source, when it is a person
    person_now: str | None = None  # latest person named in this sentence so far
    group_subject_before: str | None = None  # the previous sentence's only speaking source, when not a person
    group_subject_now: str | None = None
    group_now: str | None = None  # latest non-person source named in this sentence so far
    group_opening: str | None = None  # the non-person source that opens this sentence (its subject), if one does
    group_opening_before: str | None = None  # the previous sentence's subject when it did not speak ("fined ...")
    subject_group_now: str | None = None  # this sentence's first source, a singular non-person, for the next sentence
    spoke_now: bool = False  # whether a source spoke in this sentence
    seen_now: bool = False  # whether this sentence has named any source yet

    def begin_sentence(self) -> None:
        """Called at each new sentence: this sentence's subject becomes the previous sentence's."""
        self.subject_before, self.subject_now, self.person_now, self.seen_now = self.subject_now, None, None, False
        self.group_subject_before, self.group_subject_now, self.group_now = self.group_subject_now, None, None
        self.group_opening_before = None if self.spoke_now else self.subject_group_now
        self.group_opening, self.subject_group_now, self.spoke_now = None, None, False

    def see(self, idx: CaseIndex, source_id: str | None, named: str = "", opening: bool = False,
            subject: bool = False) -> None:
        """Note a source named in the text (``named``: the words that name it; ``opening``: it opens the
        sentence; ``subject``: it opens it perhaps after a place's possessive, "Karvenia's competition authority")."""
        if source_id is None:
            return
        if idx.kinds.get(source_id) == "person" or named.lower() in idx.person_names:
            # a person, or a person who speaks for a body ("Anika Dorn of the passengers' association ... She")
            self.last_person = self.person_now = source_id
            if not self.seen_now:
                self.subject_now = source_id
        else:
            self.last_group = self.group_now = source_id
            if idx.kinds.get(source_id) in {"body", "media"}:
                self.last_body = source_id
            if not self.seen_now and opening:
                self.group_opening = source_id
            if not self.seen_now and subject and not _PLURAL_NAME.search(named):
                self.subject_group_now = source_id  # ("Investors ..." is no "it")
        self.seen_now = True

    def spoke(self, idx: CaseIndex, speakers: list[str]) -> None:
        """The sources that speak in this sentence with a verb of their own ("the union has rejected ...", "..., the
        service said"): when they are one source that is not a person, "it" in the next sentence is that source,
        whatever was named after it ("the operator's claim")."""
        groups = {sid for sid in speakers if idx.kinds.get(sid) != "person"}
        self.group_subject_now = next(iter(groups)) if len(groups) == 1 else None
        self.spoke_now = self.spoke_now or bool(speakers)

    def resolve(self, pronoun: str) -> str | None:
        kind = PRONOUNS.get(_pronoun_key(pronoun))
        if kind == "person":  # a person named earlier in the sentence, else the previous sentence's subject
            return self.person_now or self.subject_before or self.last_person
        if kind == "group":  # "It says ..." after "The union rejected the operator's claim": the union
            if pronoun.lower().startswith("the "):
                return self.last_body
            if self.group_opening and pronoun.lower() in {"it", "its"}:
                # "The IMSF is less upbeat than the government: it forecasts 1.8%": the sentence's subject
                return self.group_opening
            # (else the previous sentence's subject, when no one spoke there, not its object: "The authority fined
            # five cement producers. It says ...")
            return self.group_now or self.group_subject_before or self.group_opening_before or self.last_group
        return self.last_group or self.last_person


_OPENING_ADVERB = re.compile(r"^(?:[A-Z][a-z]+ly|Meanwhile|However|Separately|Also|Still|Yet|Moreover|Elsewhere|"
                             r"Earlier|Later|Now|Instead|Nonetheless|Nevertheless|Meantime)\s*,\s*")
# a place's possessive before a sentence's first source ("Karvenia's competition authority fined ..."): its subject
_POSSESSIVE_PLACE = re.compile(r"^(?:the\s+)?[A-Z][\w-]*['’]s\s*$")
_PLURAL_NAME = re.compile(r"[a-z][a-rt-z]s$|ers$|ies$")  # "investors", "residents", "authorities": no "it"


def _frames_in(idx: CaseIndex, text: str, sent: Sentence, ctx: _Context,
               quotes: list[tuple[int, int]]) -> list[Frame]:
    """Find the reporting frames of one sentence, with their scopes."""
    refs = _source_refs(idx, text, sent, quotes)
    raw: list[_Candidate] = []
    s0, s1 = sent.start, sent.end
    resolved: list[SourceRef] = []  # every mention of a known source, frame or not
    lead = _SHORT_LEAD.match(text, s0, s1) if refs and text.find(":", s0, s1) >= 0 else None  # a label ends at ':'
    lead_colon = lead.end("label") if lead else -1
    for ref in refs:
        sid = ref.source_id
        if ref.status == "pronoun":
            # a pronoun after a frame in the same sentence refers to that frame's speaker
            speaker = next((r.ref.source_id for r in reversed(raw) if r.ref is not None and r.ref.source_id
                            and _fits(idx, ref.text, r.ref.source_id)), None)
            sid = speaker or ctx.resolve(ref.text)
        ref = SourceRef(ref.start, ref.end, sid, ref.status, ref.text)
        if sid:
            resolved.append(ref)
            if ref.status != "pronoun":
                # (a sentence adverb before it leaves it the opening subject: "Separately, the Courier published what
                # it says is ...")
                lead_in = _OPENING_ADVERB.sub("", text[s0:ref.start].strip(" \t\"“*-•("))
                ctx.see(idx, sid, ref.text, opening=not lead_in.lower().removesuffix("the").strip(),
                        subject=not _POSSESSIVE_PLACE.sub("", lead_in).lower().removesuffix("the").strip())
        before = text[s0:ref.start]
        after_pos = ref.end
        if ref.status == "source" and ref.text[-1:].isalpha() and ref.text.split()[-1][:1].isupper():
            # the rest of a proper name the case gives in part: "Halvorsen Maritime says" for "Halvorsen"
            tail = _NAME_TAIL.match(text, after_pos, s1)
            if tail and not any(r.start < tail.end() and r.end > after_pos for r in refs if r is not ref):
                after_pos = tail.end()
        status = "source" if sid else ("vague" if ref.status == "vague" else "unknown")
        if ref.status == "pronoun" and sid is None:
            status = "vague"
        if lead_colon >= ref.end and ref.status != "pronoun" and \
                _LEAD_LABEL_TAIL.fullmatch(text, ref.end, lead_colon):
            # a short label naming its source before a colon ("Ministry toll: 31 dead", "Cause according to
            # Varno: two trucks", "Arrests (prosecutor Ostrin): three"): the source of what follows
            raw.append(_Candidate(ref.start, lead_colon + 1, ref, status, "forward", R_COLON, "'X: ...'"))
            continue
        if ref.status != "pronoun" and _PAREN_BEFORE.search(before):
            m_par = _PAREN_AFTER.match(text, after_pos, s1)
            if m_par and _short_form(text, resolved, ref, s0 + _PAREN_BEFORE.search(before).start()):
                continue  # "oil-palm firm Tanjung Mas Agri (TMA)": a short form of the name before it, no report
            if m_par and _COLON_TEXT_AFTER.match(text[m_par.end():s1]) and _LEAD_SHORT.fullmatch(before):
                # "Official count (statistics office): 6.8%": a lead-in naming its source
                raw.append(_Candidate(ref.start, m_par.end() + 1, ref, status, "forward", R_COLON, "'X: ...'"))
                continue
            if m_par:  # "Sudria lost 4,200 soldiers (Norlandic figures)": the source of its clause, up to the bracket
                start = s0 + _PAREN_BEFORE.search(before).start()
                raw.append(_Candidate(start, m_par.end(), ref, status, "paren", R_PAREN, "'(X)'"))
                continue
        m_of = _REPORT_NOUN_OF.match(text, after_pos, s1) if ref.status != "pronoun" else None
        if m_of:
            # "against police claims of under eight", "the ministry estimate of 40", "and organisers' of more than
            # 11": a report noun after its source (or its source's possessive alone), with its figure: that figure
            end = m_of.end() - (len(m_of.group()) - len(m_of.group().rstrip(".,")))  # (no full stop after the figure)
            raw.append(_Candidate(ref.start, end, ref, status, "np", R_POSSESSIVE,
                                  f"'X {m_of.group('noun') or chr(39) + 's'} of N'", head=m_of.group("noun") or ""))
            continue
        m_by_count = _BY_COUNT_BEFORE_TAIL.search(before) if ref.status != "pronoun" else None
        if m_by_count:
            m_cnt = _COUNT_AFTER.match(text, after_pos, s1)
            if m_cnt or _REPORT_NOUN_END.search(ref.text):  # "about 120,000 by organisers' count", "by police count"
                start = s0 + m_by_count.start()
                # "By X's count, ...", "..., and by X's count the bill exceeds ...": it opens its clause
                opens = not text[s0:start].strip(" \t\"“(—–-") or _CLAUSE_OPENED.search(text, s0, start) is not None
                direction = "forward" if opens else "paren"
                raw.append(_Candidate(start, m_cnt.end() if m_cnt else after_pos, ref, status, direction, R_BY_COUNT,
                                      "'by X's count'"))
                continue
        m_prep = _BEFORE_PREP_TAIL.search(before)
        if m_prep:
            start = s0 + m_prep.start()
            end = after_pos
            m_poss = _POSS_NP_TO_END.match(text[end:s1])
            if m_poss is None and ref.text.lower() in _POSSESSIVE_DETERMINERS:
                m_poss = _NP_TO_END.match(text[end:s1])  # "according to their association, though ..."
            if m_poss:  # "according to the commission's preliminary count"
                end += m_poss.end()
            figure = _FIGURE_NP.search(before, 0, m_prep.start()) if m_prep.group("prep").endswith(" by") else None
            if figure and figure.end() == m_prep.start():  # "than the 45 percent claimed by X": that figure only
                raw.append(_Candidate(s0 + figure.start(), end, ref, status, "np", R_PREP,
                                      f"'{m_prep.group('prep')} X'"))
                continue
            raw.append(_Candidate(start, end, ref, status, _prep_direction(text, s0, s1, start, end), R_PREP,
                                  f"'{m_prep.group('prep')} X'"))
            continue
        m_whose = _WHOSE_REPORT.match(text, after_pos, s1) if ref.status != "pronoun" else None
        if m_whose:  # "the commission, whose count put turnout at 57.8%, ...": its report, in a relative clause
            raw.append(_Candidate(ref.start, m_whose.end(), ref, status, "forward", R_POSSESSIVE,
                                  f"'X, whose {m_whose.group('noun').lower()}'", head=m_whose.group("noun").lower()))
            continue
        m_inv = _BEFORE_INVERTED_TAIL.search(before)
        # "Dask, said Calvera's boarding ...": a possessive starts what was said, it is no inverted subject
        # "..., said they should be treated as ...": a finite verb after the noun makes it the subject of what was
        # said, not the inverted speaker
        if m_inv and _OPENER_AT_END.search(before[: m_inv.start()]) and not _POSSESSIVE_S.match(text, after_pos, s1) \
                and not _FINITE_AFTER.match(text, after_pos, s1) \
                and not (ref.status == "pronoun" and _WORD_AFTER.match(text, after_pos, s1)) \
                and not (m_inv.group("verb").lower() in _GIVE_VERBS and _FIGURE_START.match(text, after_pos, s1)) \
                and m_inv.group("verb").lower() not in _NOT_INVERTED:
            # (a verb of blaming or accusing takes its object after it: "blames oil-palm company TMA" is no "said X")
            # (", gave Solvan 48.9%": who is given the figure, not who gives it)
            raw.append(_Candidate(s0 + m_inv.start(), after_pos, ref, status, "backward", R_INVERTED, "', said X'"))
            continue
        m_rec = _RECEPTION.match(text, after_pos, s1)
        if m_rec:
            by = _BY_FROM_AFTER.match(text[m_rec.end():s1])
            if by:  # "the president was told by the minister that ...": the agent is the source (found on its own)
                continue
            rule = f"'X {m_rec.group('verb')}' names no source"
            raw.append(_Candidate(ref.start, m_rec.end(), ref, "reception", "forward", R_RECEPTION, rule))
            continue
        m_den = _AFTER_SOURCE_DENIAL.match(text, after_pos, s1)
        if m_den and _BE_AT_END.search(text[after_pos:m_den.start("verb")]):
            m_den = None  # "the reports were dismissed (by X)": the subject is not the one who denies
        if m_den and _WHOSE_OBJECT.search(before):
            m_den = None  # "870 voters whose signatures the commission rejected confirmed ...": its object came first
        if m_den and _COUNTED_OBJECT.match(text, m_den.end(), s1):
            m_den = None  # "the insurer rejected or underpaid 6,000 claims": an act on counted things, no denial
        if m_den:
            clause_end = clause_bounds(text, s0, s1, m_den.end())[1]
            as_ = _AS_WORD.search(text[m_den.end():clause_end])
            if as_:  # "rejected the result as a fraud": asserts what follows "as"
                raw.append(_Candidate(ref.start, m_den.end(), ref, status, "forward", R_DENIAL_AS,
                                      f"'X {m_den.group('verb')} ... as'", own_words=True))
            else:
                raw.append(_Candidate(ref.start, m_den.end(), ref, "denial", "forward", R_DENIAL,
                                      f"'X {m_den.group('verb')}' disputes it", own_words=True))
            continue
        m_verb = _AFTER_SOURCE.match(text, after_pos, s1)
        if m_verb and _PHRASAL_ACT.match(text, m_verb.start("verb"), s1):
            m_verb = None  # "the fund had written down its stake": a verb of writing with its particle acts
        if m_verb and m_verb.group("verb").lower().endswith("ing") and \
                _PREPOSITION_END.search(text, after_pos, m_verb.start("verb")):
            m_verb = None  # "police fired water cannon without warning": a preposition's gerund reports nothing
        if m_verb and m_verb.group("verb").lower().endswith("ing") and ref.status == "pronoun" and \
                ref.text.lower() in _POSSESSIVE_DETERMINERS and not text[after_pos:m_verb.start("verb")].strip() \
                and not _IN_BY_AT_END.search(before):
            # "targeted over her reporting on corruption": a possessive's gerund is a noun, no report ("in his
            # telling, ..." still reports)
            m_verb = None
        if m_verb and _REPORT_APPOSITIVE.match(text, after_pos, m_verb.start("verb")) and \
                any(after_pos <= r.start < m_verb.start("verb") for r in refs):
            m_verb = None  # "A left Kestria, Meridian said, citing ...": a report between commas: no appositive
        if m_verb and _PARTICIPLE_OBJECT_TAIL.search(before):
            m_verb = None  # "the agency advising the government puts it at 52": the government is an object
        if m_verb and _THAN_BEFORE_TAIL.search(before):
            m_verb = None  # "far wider than the government admits": the comparison's standard, not a frame
        if m_verb and ref.status == "pronoun" and ref.text.lower() in _POSSESSIVE_DETERMINERS \
                and _OBJECT_VERB_END.search(before):
            m_verb = None  # "dismissed her claims as ...": a possessive and its noun, the object of a verb
        if m_verb and ref.status != "pronoun" and _REPORT_NOUN_END.search(ref.text) and \
                _OBJECT_VERB_END.search(before) and not _OPENING_PARTICIPLE.fullmatch(before):
            m_verb = None  # "the ministry called the figures fabricated and said ...": a report that is an object
        if m_verb is None and ref.status != "pronoun":
            m_verb = _AFTER_SOURCE_REPORT.match(text, after_pos, s1)  # "a Northport Institute re-analysis puts"
        if m_verb is None and status == "source":
            m_verb = _GAVE_REPORT.match(text, after_pos, s1)  # "the agency offered a higher estimate: ..."
        if m_verb is None and status == "source":
            m_verb = _OWN_FIGURE_VERB.match(text, after_pos, s1)  # "the ministry raised its toll to 40"
        if m_verb is None and status == "source":
            m_verb = _VOTED_TO.match(text, after_pos, s1)  # "Norvalia's parliament voted 212-31 to call it genocide"
        if m_verb is None and status == "source" and _written_document(idx, sid, ref.text):
            m_verb = _DOCUMENT_VERB_AFTER.match(text, after_pos, s1)  # "the leaked plan sets a target of 3.2"
        if m_verb and _PREDICATE_BEFORE.search(before):
            m_verb = None  # "a document said to be a Mernistani army order lists ...": what the document is, no speaker
        if m_verb is None and idx.kinds.get(sid or "") in {"body", "person", "media"}:
            m_verb = _SEES_FIGURE.match(text, after_pos, s1)  # "the Fund now sees growth of just 0.8%": a forecast
        doc_ref = _owned_document(idx, text, ref, m_verb.start("verb")) if m_verb and ref.status == "source" and sid \
            else None
        if doc_ref is not None:  # "a leaked Kestrel board paper puts", "the transport department report found"
            ref, sid = doc_ref, doc_ref.source_id
        head_ref = _pp_head(idx, text, resolved, ref) if m_verb and ref.status == "source" and sid else None
        if head_ref is not None:  # "Farmers near the resort say": the farmers speak, the resort places them
            ref, sid = head_ref, head_ref.source_id
        elif m_verb and _PARTICIPLE_PREP_TAIL.search(before):
            m_verb = None  # "a liquidator's report filed with the court says": the court is the participle's object
        loc = _LOCATIVE_BEFORE_TAIL.search(before) if m_verb and head_ref is None else None
        if loc and not (loc.group("prep") in {"from", "at"} and idx.kinds.get(sid or "") in {"body", "media"}):
            # "physicians in Calvessa say": a place that modifies the speaker, not the speaker; "observers from
            # the Council of States say", "researchers at the institute say" speak for that body
            m_verb = None
        if m_verb and m_verb.group("verb").lower() in _INTENT and _INTENT_TO_AFTER.match(text, m_verb.end(), s1):
            # "the company plans to cut 2,100 jobs", "police planned in advance to hold them": the source acts, it
            # does not report ("the league expects to lose 42 million" forecasts: no intent)
            m_verb = None
        if m_verb and m_verb.group("verb").lower() in _RULE_FORMS and _RULE_ON_AFTER.match(text, m_verb.end(), s1):
            m_verb = None  # "will rule within six weeks on 54 charges": a decision about them; "ruled that" reports
        if m_verb and m_verb.group("verb").lower() in PERSON_ROLES and _NAME_AFTER.match(text, m_verb.end(), s1):
            # "a commission chaired by retired judge Tobias Renn": a person's role before a name, no verb ("state", a
            # title word too, still reports before one: "officials state Russia lost ...")
            m_verb = None
        if m_verb and _RELATIVE_OBJECT_TAIL.search(before) and "," in text[after_pos:m_verb.start("verb")]:
            # "Varga, who bought the club in 2014, rejects every charge, saying ...": an object inside a relative
            # clause; the verb after the clause's comma is its antecedent's, not the object's
            m_verb = None
        if m_verb and _CAUSATIVE_BEFORE.search(before):
            m_verb = None  # "amendments letting President Orsz seek a third term": Orsz acts, he reports nothing
        if m_verb and m_verb.group("verb")[:1].isupper():
            m_verb = None  # a capitalised word mid-sentence is a name, not a verb: "the United States"
        if m_verb and m_verb.group("verb").lower().startswith("consider") and \
                _GERUND_AFTER.match(text[m_verb.end():s1]):
            m_verb = None  # "Russia will consider establishing a zone": deliberation, not a report
        if m_verb and m_verb.group("verb").lower() in _PUT_VERBS and \
                not _PUT_AT_AFTER.match(text[m_verb.end():s1]):
            m_verb = None  # "put the toll at 64" reports; "put profits before safety" does not
        if m_verb and m_verb.group("verb").lower() in _GIVE_VERBS and _DEADLINE_AFTER.match(text, m_verb.end(), s1):
            m_verb = None  # "gave nine correspondents 72 hours to leave": a deadline set, an act; "gave a toll of 64"
            # still reports
        figure = _FIGURE_NP.search(before) if m_verb else None
        if figure and _NP_END.match(text, m_verb.end(), s1):
            # "the 4.2 billion its minister cites": the source gives that figure, and only it
            adjunct = _NP_ADJUNCT.match(text, m_verb.end(), s1)  # "the 3.1 percent X reported for 2025"
            raw.append(_Candidate(s0 + figure.start(), adjunct.end() if adjunct else m_verb.end(), ref, status, "np",
                                  R_FIGURE_NP, f"'the N X {m_verb.group('verb').lower()}'"))
            continue
        if figure and m_verb.group("verb").lower() in _SAY and _GAPPED_VERB_AFTER.match(text, m_verb.end(), s1):
            # "the roughly 35 that Halvern says worked at the face": the figure is the subject of what X says, up to
            # the end of the relative clause
            stop = _PUNCT_BREAK.search(text, m_verb.end(), s1)
            raw.append(_Candidate(s0 + figure.start(), m_verb.end(), ref, status, "np", R_FIGURE_NP,
                                  f"'the N X {m_verb.group('verb').lower()} ...'", reach=stop.start() if stop else s1))
            continue
        if m_verb and _REDUCED_RELATIVE.search(before) and m_verb.group("verb").lower() not in _SAY:
            # "the video Israel cited broke up": the source modifies a noun and reports nothing here;
            # "an election its opponents say was stolen" still reports
            m_at = _MEASURED_AT.match(text, m_verb.end(), s1) if m_verb.group("verb").lower() in _MEASURE else None
            if m_at:  # "a figure the ministry puts at about 16,000": the figure it gives, and only it
                raw.append(_Candidate(ref.start, m_at.end(), ref, status, "np", R_FIGURE_NP,
                                      f"'a figure X {m_verb.group('verb').lower()} at N'",
                                      head=m_verb.group("verb").lower()))
                continue
            m_verb = None
        if m_verb is None and before.rstrip().endswith(","):
            m_verb = _AFTER_APPOSITIVE_SOURCE.match(text, after_pos, s1)
        if m_verb and m_verb.group("verb").lower() not in HEARSAY_SPEECH_FORMS and \
                _HEARSAY_ADVERB.search(text, after_pos, m_verb.start("verb")) and \
                not (status == "source" and (_written_document(idx, sid, ref.text) or _names_document(ref.text))):
            # "the bank has reportedly written off 51 billion": hearsay of an act, not the bank's report (a document
            # that "reportedly shows" still speaks: "the leaked minutes reportedly show ...")
            m_verb = None
        passive = m_verb and (_BE_ADVERB_AT_END.search(text[after_pos:m_verb.start("verb")]) or (
            # "Koradia accused of systematic torture", "separatists accused of keeping ...": a headline's passive,
            # the one accused, not the accuser
            m_verb.group("verb").lower() in _CHARGED_FORMS and _OF_FOR_AFTER.match(text, m_verb.end("verb"), s1))) and \
            not m_verb.group("verb").lower().endswith("ing")
        if m_verb and not passive:
            end = m_verb.end()
            adjunct = _TRAILING_ADJUNCT.match(text, end, s1)
            after_verb = adjunct.end() if adjunct else end  # "..., X said late on Monday."
            trailing = _SENT_END_OR_COMMA.match(text[after_verb:s1]) or _SUBORDINATE_TAIL.match(text, after_verb, s1)
            m_obj = _TELL_OBJECT.match(text, m_verb.start("verb"), s1)
            if not trailing and m_obj:  # "..., the minister told the president, while ..."
                trailing = True
            # "..., Trade Minister X said", "..., Osterlund's health directorate said", "..., Norland's Trade Minister"
            lead = _cut_tail(_POSSESSOR_TAIL, _cut_tail(_TITLE_TAIL, _cut_tail(_POSSESSOR_TAIL, before, 4),
                                                        _TITLES_MOST + 1), 4)
            lead = _cut_tail(_DESCRIPTOR_TAIL, lead, 4)  # "..., an independent fact-finding panel says"
            lead = lead.rstrip().rstrip("\"”’'»")
            backward = bool(trailing) and bool(lead) and lead[-1] in ",(—–-?!"
            direction = "backward" if backward else "forward"
            if backward and lead[-1] == "," and _CLAUSE_GOES_ON_AFTER.match(text[after_verb:s1]):
                direction = "clause"  # "The flow, Dresk insisted, has fallen": the frame sits inside its clause
            verb = m_verb.group("verb").lower()
            m_as = _AS_BEFORE_TAIL.search(before) if trailing and not m_obj else None
            if m_as and text[s0:s0 + m_as.start()].strip(" \t\"“(—–-"):
                # "..., as X claims.": X's report is what came before; "not 412 as X claims,": that figure only
                # ("... as X claims 40 km² retaken": "as" is "while", and X's report follows)
                fig = _FIGURE_BEFORE_AS.search(text, s0, s0 + m_as.start())
                if fig:
                    raw.append(_Candidate(fig.start(), end, ref, status, "np", R_VERB, f"'N as X {verb}'",
                                          head=verb.split()[-1]))
                    continue
                direction = "backward"
            # (a vote's own words hold what it says: "voted 212-31 to call it genocide" states the claim's tally; a
            # document's date is part of naming it: "a leaked report dated October 14 described cracks")
            # (so are the words that describe a report before its verb: "a safety inspection report commissioned in
            # 2022 found ...", "the 48-page audit says": its date and size name the report)
            own_words = _VOTED.search(text, after_pos, m_verb.start("verb")) is not None or \
                _DATED.search(text, after_pos, m_verb.start("verb")) is not None or \
                (status == "source" and sid is not None and _REPORT_NOUN_END.search(ref.text) is not None and
                 _DIGIT.search(text, after_pos, m_verb.start("verb")) is not None)
            raw.append(_Candidate(ref.start, end, ref, status, direction, R_VERB, f"'X {verb}'", head=verb.split()[-1],
                                  own_words=own_words))
            continue
        if ref.status == "vague" and raw and raw[-1].rule_id == R_POSSESSIVE and raw[-1].direction == "np" and \
                raw[-1].start <= ref.start < raw[-1].end:
            continue  # "police claims of under eight": the report noun of the source's frame just found
        if ref.status == "vague" and _VAGUE_THAT_AFTER.match(text[after_pos:s1]):
            raw.append(_Candidate(ref.start, after_pos, ref, "vague", "forward", R_VAGUE_THAT, "'reports that'"))
            continue
        if status == "source" and _REPORT_NOUN_END.search(ref.text) and \
                _REPORT_THAT_AFTER.match(text[after_pos:s1]):
            # the source is itself a report: "media reports that ...", "preliminary results showing ..."
            raw.append(_Candidate(ref.start, after_pos, ref, status, "forward", R_REPORT_THAT, "'X (reports) that'"))
            continue
        if raw and any(r.rule_id in _CLAUSE_SUBJECT_RULES for r in raw) and _GAP_BEFORE_TAIL.search(before) \
                and _GAP_AFTER.match(text, after_pos, s1) and not _object_pair(text, s1, resolved, ref, raw) \
                and _FIGURE_IN.search(before[-GAP_FIGURE_REACH:]):
            # (the first conjunct holds its own figure: "it warned the city and Altmoor at least four times" is one
            # verb's two objects, no gap)
            # gapping: "Danov says 420 km2 burned; the agency, about 315", "police reported 63 and organisers 200"
            raw.append(_Candidate(ref.start, after_pos, ref, status, "forward", R_GAPPED, "'..., and X N'"))
            continue
        m_fig = _POSS_FIGURE.match(text, after_pos, s1)
        if m_fig and not (_COMPARED_BEFORE_TAIL.search(before) or _RANGE_BEFORE.search(before)
                          or _own_figure(idx, sid, m_fig.group())
                          or (_REPORT_NOUN_WORD.search(m_fig.group()) and not _YEAR_FIRST.match(m_fig.group())
                              and not _POSSESSIVE.match(text, after_pos, s1))  # (that rule reads its own)
                          or (_LIST_BEFORE.search(before) and any(  # "the ministry's figure of A and the union's B"
                              r.rule_id in {R_POSSESSIVE, R_POSS_FIGURE} and r.ref is not None
                              and r.ref.source_id != sid for r in raw))):
            m_fig = None  # "the ministry's 6.8% income figure" is its account wherever it stands
        if m_fig:  # "the ministry's 4,212 cases and 38 deaths", "against the ministry's 38": its figures
            noun = _REPORT_NOUN_WORD.search(m_fig.group())
            fig_end = m_fig.start() + noun.end() if noun else m_fig.end()  # up to "... income figure"
            raw.append(_Candidate(ref.start, fig_end, ref, status, "np", R_POSS_FIGURE, "'X's N'"))
            continue
        m_from = _REPORT_FROM_BEFORE_TAIL.search(before) if status == "source" else None
        if m_from and any(r.start <= s0 + m_from.start("noun") < r.end and r.source_id not in {None, sid}
                          for r in resolved):
            m_from = None  # "leaked internal readings from the airport show": the readings are a source of their own
        if m_from and not _TOPIC_PREDICATE.match(text, after_pos, s1):
            # "Figures from the monitoring centre put ...", "a study by the institute found": the report is X's
            raw.append(_Candidate(s0 + m_from.start(), after_pos, ref, status, "forward", R_POSSESSIVE,
                                  f"'{m_from.group('noun').lower()} from X'", head=m_from.group("noun").lower()))
            continue
        m_pos = _POSSESSIVE.match(text, after_pos, s1) if not _PLACE_PREP_AT_END_TAIL.search(before) else None
        if m_pos is None and ref.status == "pronoun" and ref.text.lower() in _POSSESSIVE_DETERMINERS and \
                _IN_BY_AT_END.search(before):
            m_pos = _DETERMINER_REPORT.match(text, after_pos, s1)  # "In his account, ...", "in their view"
        if m_pos is None and sid and idx.kinds.get(sid) != "generic":
            m_pos = _POSSESSIVE_TOLL.match(text, after_pos, s1)  # "the commission's toll": a body's count
        if m_pos is None and ref.status != "pronoun" and _POSSESSIVE_IN_NAME.search(ref.text):
            # a possessive name the alias holds ("teachers' union warnings of cuts of up to 8%"): its report
            m_pos = _NAMED_REPORT_OF.match(text, after_pos, s1)
        if m_pos and not m_pos.group("part") and _TOPIC_PREDICATE.match(text, m_pos.end(), s1):
            # "Al Jaber's remarks had been misinterpreted", "India's data are robust": the report is talked
            # about, not quoted ("the ministry's estimate is 5,000", "... is somewhat lower, between 96 and 104"
            # still quote it)
            m_pos = None
        if m_pos and m_pos.group("noun") and (_INSTITUTION_AFTER.match(text, m_pos.end(), s1)
                                              or _COMPOUND_HEAD_AFTER.match(text, m_pos.end(), s1)):
            # "Halvex's data centre draws 4.5 million litres": the report noun names a place with the noun after
            # it, not X's report ("the navy's radar track showed" still reports)
            m_pos = None
        if m_pos and _ACTIVE_PAST_AFTER.match(text, m_pos.end(), s1):
            # "Quellin's analysis left out 214 patients": what the analysis did, said by someone else (the
            # researchers); "Quellin's analysis showed ..." still reports
            m_pos = None
        if m_pos and ref.status != "pronoun" or (m_pos and ref.text.lower() in {"his", "her", "their", "its"}):
            lead = before.rstrip()
            by = _PREP_AT_END.search(before)
            start = ref.start if not by else s0 + by.start()
            at_start = not text[s0:start].strip()
            direction = "backward" if by and not at_start and _SENT_END_OR_COMMA.match(text[m_pos.end():s1]) \
                else "forward"
            if not at_start and lead.endswith(",") and _POSTPOSED_REPORT_VERB.match(text, m_pos.end(), s1):
                direction = "backward"  # "..., the commission's preliminary count shows.": it closes what it tells
            if _LABELLED_AS_AFTER.match(text, m_pos.end(), s1) and _LABELLING_VERB_END.search(before):
                # "Oskarsen dismissed Lund's figures as scaremongering": the report is the object of another
                # speaker's label, which is that speaker's; it covers only itself
                direction = "np"
            if _COMPARED_BEFORE_TAIL.search(before) and not _OF_FIGURE_AFTER.match(text, m_pos.end(), s1) \
                    and not _THAT_CLAUSE_AFTER.match(text, m_pos.end(), s1):
                # "three times the company's figure, and that ...": what is compared; it frames nothing after
                # ("four times the ministry's figure of 25,000" still gives that figure, and "against the ministry's
                # claim that only 19% succeed" its claim)
                if sid:
                    ctx.see(idx, sid)
                continue
            noun = (m_pos.group("noun") or f"{m_pos.group('part')} {m_pos.group('pnoun')}").lower()
            apposed = _APPOSED_FIGURE_TAIL.search(before) if _APPOSITIVE_END.match(text, m_pos.end(), s1) else None
            if apposed is None and by and direction == "backward":
                # "... is 1,730 higher than the 3,120 counted in the Audit Chamber's report": the figure the
                # participle tells, and only that (not the rival figure earlier in the clause)
                apposed = _COUNTED_IN_TAIL.search(before)
            if apposed:  # "from 19, the army's figure, to at least 62": the figure before it, and only that
                raw.append(_Candidate(s0 + apposed.start(), m_pos.end(), ref, status, "np", R_POSSESSIVE,
                                      f"'N, X's {noun}'", head=noun.split()[-1]))
                continue
            raw.append(_Candidate(start, m_pos.end(), ref, status, direction, R_POSSESSIVE, f"'X's {noun}'",
                                  head=noun.split()[-1]))
            continue
        # a label before a colon ("Ministry: ...", and a second one after a semicolon: "Ministry: 412 escapees;
        # union: more than 600"), or a report of X's said to be something before one ("Governor Marek's figures are
        # starkly different: 1.1 billion received", "Figures from the UN are grim: at least 412 killed"): what
        # follows the colon is X's
        labelled = ref.status != "pronoun" and (_COLON.match(text, after_pos, s1) or
                                                _NOUN_COLON.match(text, after_pos, s1) or
                                                _APPOSITIVE_COLON.match(text, after_pos, s1)) \
            and (_LEAD_TITLE.fullmatch(before) or _LEAD_SHORT.fullmatch(before)
                 or (raw and raw[-1].rule_id == R_COLON and _AFTER_SEMICOLON.search(before)))
        if labelled or (ref.status != "pronoun" and ":" in text[after_pos:s1] and (
                (_REPORT_IS_COLON.match(text, after_pos, s1) and _LEAD_TITLE.fullmatch(before))
                or (_LEAD_REPORT_FROM.fullmatch(before) and _REPORT_FROM_COLON.match(text, after_pos, s1)))):
            raw.append(_Candidate(ref.start, text.index(":", after_pos, s1) + 1, ref, status, "forward", R_COLON,
                                  "'X: ...'" if labelled else "'X's figures are ...: ...'"))
            continue
        m_by = _BY_BEFORE_TAIL.search(before)
        if m_by and _NOUN_DETERMINER_END.search(before, 0, m_by.start()) and \
                m_by.group().split()[0].lower() not in _REPORT_NOUN_SET and \
                not re.search(r"(?:ed|en)$", m_by.group().split()[0], re.I):
            m_by = None  # "a lawful response to a plan by some protesters": a noun's maker, no passive's agent
        if m_by:
            # passive with agent: "a figure given by X", "57,000 deaths recorded by X": the phrase back to the
            # last comma (it may sit inside another report: "Rosstat reported 162,000, far more than the
            # 57,000 deaths recorded by the task force")
            raw.append(_Candidate(s0 + m_by.start(), after_pos, ref, status, "by", R_BY, "'... by X'",
                                  head=m_by.group().split()[0].lower()))  # "denounced by X": its verb
            continue
        if sent.lead_in and status == "source" and not raw:
            raw.append(_Candidate(ref.start, ref.end, ref, status, "forward", R_LEAD_IN, "lead-in 'X ...:'"))
            continue
        # not a frame: still a mention that pronouns may later refer to
        if sid:
            ctx.see(idx, sid)
    # ", adding that ..." / ", calling it ..." / ", who said ...": the subject mentioned last speaks
    # ", adding that ..." / ", calling it ..." / "and claimed ...": the subject of the latest frame speaks,
    # else the sentence's first source; ", who said ..." / ", which said ...": the source just before.
    starts = {r.start for r in raw}
    # with no source seen in the sentence and no frame, these find no subject: not searched for
    continuations = ((_ADDING, R_ADDING, "', adding that'"), (_RELATIVE, R_WHO_SAID, "', who said'"),
                     (_AND_VERB, R_AND_SAID, "'and said'"), (_DENYING, R_DENIAL, "', denying that'"),
                     (_RELATIVE_DENIAL, R_WHO_SAID, "', which denies'"))
    for pat, rule_id, rule in continuations if resolved or raw else ():
        for m in pat.finditer(text, s0, s1) if _sentence_may_match(pat, text, s0, s1) else ():
            if m.start() in starts:
                continue
            if (pat is _AND_VERB and m.group("verb2") or pat is _RELATIVE_DENIAL) and \
                    any(r.start <= m.start() < r.end for r in raw):
                continue  # the verb of a frame already found: "Biden, in Israel, said it ..."; its appositive
            if pat is _ADDING and _NOUN_WARNING.match(text, m.start(), s1) and (
                    _DETERMINER_END.search(text, max(s0, m.start() - 12), m.start() + 1)
                    or _WARNING_COMPOUND.match(text, m.start(), s1)):
                continue  # "fired warning shots", "got no warning": the noun, not a gerund that reports
            if pat is _ADDING and any(r.ref is not None and r.ref.end <= m.start() < m.end() <= r.end
                                      and "," not in text[r.ref.end:m.end()] for r in raw):
                continue  # the gerund of a frame already found: "..., with the union claiming ..."
            prev = [r for r in resolved if r.end <= m.start()]
            frames_before = [r for r in raw if r.end <= m.start() and r.ref is not None and r.ref.source_id
                             and r.rule_id in _CLAUSE_SUBJECT_RULES]  # "X's estimate" speaks for no clause
            if pat is _RELATIVE or pat is _RELATIVE_DENIAL:
                subject = prev[-1] if prev else None
            elif frames_before:  # the latest in the text (detached frames are appended out of order)
                latest = max(frames_before, key=lambda r: r.end)
                subject = latest.ref
                if pat is _ADDING:
                    # "X puts it at 700,000, while Vesnia has demanded access, saying ...": the subject of a clause
                    # opened after that frame speaks its participle
                    opened = [r for r in prev if r.start >= latest.end and r.status != "pronoun"
                              and (c := _NEW_CLAUSE.search(text, latest.end, r.start)) is not None
                              and _CLAUSE_SUBJECT_GAP.fullmatch(text, c.end(), r.start)
                              and _FINITE_AFTER_SUBJECT.match(text, r.end)]
                    subject = opened[0] if opened else subject
            else:
                subject = prev[0] if prev else None
            if subject is not None:
                denying = pat is _DENYING or pat is _RELATIVE_DENIAL
                raw.append(_Candidate(m.start(), m.end(), subject, "denial" if denying else "source", "forward",
                                      rule_id, rule, own_words=denying, detached=True))
                starts.add(m.start())
    raw.sort(key=lambda r: r.start)
    # a counting verb nested in another's report is content: "the ministry says its task force counts ..."
    # "Santos says she was told to ...": an audience frame inside someone's report is part of what they report
    # "the museum's director says it proposed lending 30 objects": a pronoun speaking right inside a report (only
    # "that" between) is what the reporter says of it, not a speaker of its own
    raw = [r for r in raw if not (r.rule_id == R_VERB and r.ref is not None and r.ref.status in {"pronoun", "vague"}
                                  and r.ref.text.lower() in {"it", "they"} and any(
        o is not r and o.status == "source" and o.direction == "forward" and o.rule_id == R_VERB
        and _THAT_GAP.fullmatch(text, o.end, r.start) for o in raw))]
    # "an official says the group demanded $2.5 million": a demand, offer or proposal inside another speaker's
    # report (only "that" between) is what that speaker reports of the other, not the other's own report
    raw = [r for r in raw if not (r.rule_id == R_VERB and (r.head in _ACT_REPORTS or (
        r.head in _TELL_FORMS and _INSTRUCTION_AFTER.match(text, r.end, s1))) and any(
        o is not r and o.status == "source" and o.direction == "forward" and o.rule_id in {R_VERB, R_AND_SAID}
        and o.head not in _ACT_REPORTS and _THAT_SUBJECT_GAP.fullmatch(text, o.end, r.start) for o in raw))]
    raw = [r for r in raw if not (r.rule_id == R_RECEPTION and any(
        o is not r and o.status == "source" and o.direction == "forward" and o.end <= r.start
        and not _NEW_CLAUSE.search(text, o.end, r.start) for o in raw))]
    # (not one after a comma and a new determiner-led subject: "the agency says it rebuilt 4,850 homes, a leaked
    # audit counted 3,120, and ...": clauses in a row, each with its speaker)
    # a counted group's report nested in another's is content too: "the service says 14 inmates have confirmed
    # typhoid", "police say three witnesses reported ..."
    raw = [r for r in raw if not (r.rule_id == R_VERB and _COUNTED_SUBJECT_END.search(text, max(s0, r.start - 24),
                                                                                      r.start) and any(
        o is not r and o.direction == "forward" and o.end <= r.start and o.rule_id in _SPEAKER_RULES
        and not _NEW_CLAUSE.search(text, o.end, r.start) and not _COMMA_SUBJECT.search(text, o.end, r.start)
        for o in raw))]
    # (not in a relative clause whose object is a figure's noun: "citing a 1.2 million loss that a leaked audit
    # puts at 380,000": the audit gives its own figure)
    raw = [r for r in raw if not (r.rule_id == R_VERB and r.head in _MEASURE and any(
        o is not r and o.direction in {"forward", "clause"} and o.end <= r.start and o.head not in _MEASURE
        and not _NEW_CLAUSE.search(text, o.end, r.start) and not _COMMA_SUBJECT.search(text, o.end, r.start)
        and not _OBJECT_RELATIVE_END.search(text, o.end, r.start) for o in raw))]
    frames: list[Frame] = []
    for i, cand in enumerate(raw):
        start, end, ref, status, direction = cand.start, cand.end, cand.ref, cand.status, cand.direction
        # a frame that covers only its own noun phrase ("three times the company's figure") ends no other's reach
        # (a frame in a closed relative clause after it does not end a forward frame's reach: "She says the
        # payment, which she called 'crumbs', covers less than 30 percent")
        nxt = next((r.start for r in raw[i + 1:] if r.direction != "np"
                    and not (direction == "forward" and _in_closed_relative(text, s0, r, s1))), s1)
        j = i - 1
        if direction == "backward":  # "A, which X calls liberated, Y said": a closed relative clause does not stop Y
            # (nor does a frame of one noun phrase: "fewer than 4,200 as X claims, Y said")
            while j >= 0 and (raw[j].direction == "np" or _in_closed_relative(text, s0, raw[j], start)):
                j -= 1
        prev_end = raw[j].end if j >= 0 else s0
        if direction == "auto":
            direction = "backward" if _SENT_END_OR_COMMA.match(text[end:s1]) and text[prev_end:start].strip() \
                else "forward"
        if direction == "forward":
            scope = (end, nxt if nxt > end else s1)
            contrast = _CONTRAST_CLAUSE.search(text, end, scope[1])
            # a source fronted before the sentence's first clause ("According to X, nine died, while six are
            # missing", "By X's count, ...") speaks the whole sentence, its contrasting clause too
            fronted = cand.rule_id in {R_PREP, R_BY_COUNT} and not text[s0:start].strip(" \t\"“(—–-")
            if contrast and cand.rule_id != R_DENIAL_AS and not fronted:
                # "X reports 1,284 dead, while the true figure is over 3,000": the contrasting clause is not X's
                scope = (end, contrast.start())
            if _RELATIVE_OPEN.search(text, s0, cand.start):  # "forces, which X says are surrounded, lost ..."
                close = _PUNCT_BREAK.search(text, end, scope[1])  # (not a figure's "380,000")
                if close:
                    scope = (end, close.start())
            if cand.rule_id == R_WHO_SAID:  # "Police, who say they were asked in, cleared the site": the main clause
                resumed = _MAIN_CLAUSE_RESUMES.search(text, end, scope[1])
                if resumed:
                    scope = (end, resumed.start())
                close = _PUNCT_BREAK.search(text, end, scope[1]) if status == "denial" else None
                if close:  # "Farrow, who denies the charges, was reporting ...": the denial ends with its clause
                    scope = (end, close.start())
            if status == "denial" and _DENIED_AFTER.match(text, end, scope[1]):
                # "the governor denies it, and donor Veldmark has frozen $48 million": a denial of "it", "the
                # charge" or "any diversion" ends with its clause
                stop = _NEXT_CLAUSE.search(text, end, scope[1])
                if stop:
                    scope = (end, stop.start())
            if cand.rule_id in _CLAUSE_SUBJECT_RULES:
                # "X says A, and has charged 14 people": the speaker's own act after the report is no part of it
                act = _SPEAKER_ACTS.search(text, end, scope[1])
                if act:
                    scope = (end, act.start())
        elif direction == "backward":
            scope = (prev_end, start)
            if j >= 0 and raw[j].direction == "forward":  # "X said A, and B, Y said": Y's reach stops at ", and"
                scope = (max(prev_end, clause_bounds(text, s0, s1, max(s0, start - 1))[0]), start)
            if cand.rule_id == R_PREP and not _COMMA_OR_DASH_BEFORE.search(text, scope[0], start):
                # "Kestria reports 14 dead, with 2,300 displaced according to X": with no comma before it, X
                # reaches back over its own phrase only
                # (a list of figures goes on: "23 dead, 17 missing per the agency" is all the agency's)
                breaks = [m.end() for m in _PUNCT_BREAK.finditer(text, scope[0], start)
                          if not _FIGURE_START.match(text, m.end(), start)]
                scope = (max(scope[0], breaks[-1]) if breaks else scope[0], start)
            adjunct = _TRAILING_ADJUNCT.match(text, end, nxt)  # "..., the commission said on Tuesday, with ..."
            tail = _WITH_AFTER.match(text, adjunct.end() if adjunct else end, nxt)
            if tail and nxt < s1 and raw[i + 1].direction == "backward" and raw[i + 1].start == nxt:
                tail = None  # "18.4 million per X, versus 22.5 million per Y": the phrase is Y's account
            if tail:  # "A, the commission said, with 61.4% in favour": the phrase belongs to A's clause
                stop = _PHRASE_STOP.search(text, tail.end(), nxt)
                scope = (scope[0], stop.start() if stop else nxt)
        elif direction == "paren":
            scope = (max(prev_end, clause_bounds(text, s0, s1, start)[0]), start)
        elif direction == "relative":
            opened = _RELATIVE_OPEN.search(text, s0, start)
            scope = (opened.start() if opened else prev_end, end)
        else:
            scope = clause_bounds(text, s0, s1, start)
            if j >= 0 and frames and frames[-1].scope[1] == raw[j].start and scope[0] < prev_end <= start:
                # "120,000 according to X, or 18,000 according to Y, in Corvan": what came before the earlier
                # source's own frame is that source's
                scope = (prev_end, scope[1])
            if direction == "by":
                breaks = [m.start() for m in _PUNCT_BREAK.finditer(text, s0, start)]  # not "4,200"
                comma = breaks[-1] if breaks else -1
                scope = (max(scope[0], comma + 1), max(scope[1], end) if comma < 0 else end)
                if comma >= 0 and cand.head in _ACCUSED_FORMS and _CHARGE_AFTER.match(text, end, s1):
                    # "Valdora, accused by the regulator of inflating its income by 412 million, awaits ...": the
                    # charge after the agent is the agent's, up to the phrase's end
                    stop = _PUNCT_BREAK.search(text, end, s1)
                    scope = (scope[0], stop.start() if stop else s1)
                figure = _FIGURE_NP.search(text, scope[0], start)
                if figure:  # "closer to 18 percent than the 45 percent claimed by X": only the figure X gives
                    scope = (figure.start(), end)
            elif direction == "np":
                scope = (start, max(end, cand.reach))
        sid = ref.source_id if ref else None
        fstart = start if cand.detached or ref is None else min(start, ref.start)
        words = text[fstart:end].strip()
        prev = frames[-1] if frames else None
        if status == "vague" and direction == "forward" and prev is not None and prev.status == "source" and \
                prev.scope[1] == start and _EVIDENCE_FRAME.match(words):
            # evidence a speaker cites in the speaker's report is the speaker's: "Vell said the images showed"
            sid, status = prev.source_id, "source"
        # the words of a denial are the claim when the claim is the denial itself ("the capital denies involvement")
        own = direction == "forward" and cand.own_words
        sep = _OWN_ACCOUNT_SEP.search(text, scope[0], scope[1]) if status == "denial" and sid and \
            direction == "forward" else None
        if sep:
            # "The port authority disputes that: it counts 3,100 strikers": after the colon, the denier's own account
            frames.append(Frame((sep.end(), scope[1]), sid, "source", words, f"{cand.label}: its own account",
                                cand.rule_id, head=cand.head))
            scope = (scope[0], sep.start())
        frames.append(Frame(scope, sid, status, words, cand.label, cand.rule_id, fstart if own else -1,
                            end if own else -1, cand.head))
        if sid:
            ctx.see(idx, sid)
    ctx.spoke(idx, [c.ref.source_id for c in raw if c.rule_id in _CLAUSE_SUBJECT_RULES and c.ref is not None
                    and c.ref.source_id and c.ref.status != "pronoun"])
    return frames


def _alias_words(case: Case) -> set[str]:
    """The lower-case words of every source's name and aliases as the author gave them (not the generated
    variants): words that say who speaks, not what a claim says."""
    return {w for src in case.sources for a in (src.name, *src.aliases) for w in re.findall(r"[a-z]+", a.lower())}


def _prefix_stem(word: str) -> str:
    """The prefix a statement word is matched by: the word less two letters, at least four ("stuffed" -> "stuff"),
    and a sibilant's plural less its "es" ("boxes" -> "box", so that "ballot-box" matches)."""
    if word.endswith(("xes", "zes", "ches", "shes", "sses")) and len(word) > 4:
        return word[:-2]
    return word[:max(4, len(word) - 2)]


def _statement_terms(case: Case, aliases: dict[str, str]) -> dict[str, list[tuple[re.Pattern[str], bool]]]:
    """For claims without cues, the content words of their statements as prefix patterns, each marked
    distinctive when no other claim's statement shares it (case-independent words only: no sources)."""
    # the names the author gave (not the generated "<Adj> intelligence" variants, whose role words are content:
    # "hackers working for Korvenia's intelligence service")
    alias_words = _alias_words(case)

    def stems(text: str) -> list[str]:
        # a possessive source name is the source's ("Renewal's headquarters"): no word of what is claimed
        found = re.findall(r"[a-z][a-z'-]+", text.lower().replace("’", "'"))
        words = [w for w in (re.sub(r"'s?$", "", x) for x in found)
                 if w not in STATEMENT_STOPWORDS and w not in alias_words and len(w) > 2 and w not in _UNIT_WORDS]
        return list(dict.fromkeys(map(_compound_stem, words)))

    per_claim = {c.id: stems(c.statement) for c in case.claims}
    # the article's topic words ("plant", "strike" in most of its sentences) tell no claim from another
    article_sents = [t.lower() for t in _article_sentences(case)]
    # (a short article keeps the older, higher bar: in six sentences a word in one of them is no topic word)
    n_sents = len(article_sents)
    topic_share = _topic_share(n_sents)
    # ... nor do the names the first two sentences give the story's setting (the ferry "Sena Mara", the lake, the
    # tanker a dateline's sentence only calls "an oil tanker") where the title, which names what is disputed ("blames
    # Korvenian intelligence"), does not use them: every summary names the setting, whichever claim it tells
    # (a proper name the title gives is the setting too, "at Halvard Shoal", unless it names a side: "Korvenian")
    sides = tuple(_side_words(case))
    story = set(re.findall(r"[a-z][a-z'-]+", " ".join(article_sents[:STORY_SENTENCES]))) - \
        {w.lower() for w in re.findall(r"[A-Za-z][a-z'-]+", case.title) if w.islower() or w.lower().startswith(sides)}
    names = {w for c in case.claims for w in stems(" ".join(re.findall(r"(?<=\s)[A-Z][a-z'-]+", c.statement)))
             if any(x.startswith(w) for x in story)}

    def topical(stem: str) -> bool:
        if stem in names:
            return True
        if len(article_sents) < 4:
            return False
        # only sentences that hold the stem can match: too few of them, and nothing need be compiled
        holding = [t for t in article_sents if stem in t]
        if len(holding) <= topic_share:
            return False
        pat = re.compile(rf"\b{re.escape(stem)}")
        return sum(bool(pat.search(t)) for t in holding) > topic_share

    out: dict[str, list[tuple[re.Pattern[str], bool]]] = {}
    for claim in case.claims:
        if claim.cues:
            continue
        others = {s for cid, ss in per_claim.items() if cid != claim.id for s in ss}
        # a stem another statement shares, or a longer form of it ("vaccinat" of "vaccinated", "vaccinati" of
        # "vaccination"), tells no claim from another
        # a compound is written with a hyphen or a space ("mosquito-control budget", "mosquito control")
        terms: list[tuple[re.Pattern[str], bool]] = []
        for s in per_claim[claim.id]:
            tail = _TERM_TAIL
            shared = _shared_stem(s, others)
            longer = _longer_forms(s, others) if shared else []
            if longer:
                # only another statement's longer form shares it ("authentic" beside "authenticity"): the word in
                # its own form is this claim's, the longer form the other's
                tail = "(?!" + "|".join(re.escape(o[len(s):]) for o in longer) + ")" + _TERM_TAIL
                shared = False
            terms.append((_compile_shared(_TERM_HEAD + _COMPOUND_JOIN.join(map(re.escape, _compound_parts(s) or [s]))
                                          + tail, re.I), not shared and not topical(s)))
        out[claim.id] = terms
    return out


def _unit_words() -> frozenset[str]:
    """The words of measure units ("cubic metres", "tonnes", "hectares") and of scales ("billion"): what a figure
    measures, which the number scorer reads; no words of what a claim says."""
    words = {w for group in UNIT_GROUPS.values() for key in group for w in key.lower().split()
             if w.isalpha() and len(w) > 2}
    # (not the words that are other words too: "sea", "second", "point", "swiss", the "square" of a market square,
    # the "parts" of "parts per million")
    words -= {"sea", "second", "point", "points", "swiss", "statute", "min", "metric", "square", "parts"}
    return frozenset(words | {w for w, factor in SCALE_WORDS.items() if factor >= 1000})


_UNIT_WORDS = _unit_words()


def _longer_forms(stem: str, others: set[str]) -> list[str]:
    """The other statements' stems that are longer forms of ``stem`` ("authenticit" of "authent"), when nothing
    else shares it (no equal stem, no compound part, no shorter form); else none."""
    if _compound_parts(stem) or stem in others or any(stem in (_compound_parts(o) or ()) for o in others) or \
            len(stem) < 7 or any(len(o) >= 7 and stem.startswith(o) for o in others):
        return []
    longer = [o for o in others if len(o) > len(stem) and o.startswith(stem)]
    # (a letter or two more is the same word inflected, "subsidis" of "subsidise"d: shared)
    return sorted(longer) if all(len(o) - len(stem) >= 3 for o in longer) else []


STORY_SENTENCES = 2
"""The article's opening sentences whose names (not in the title) are the story's setting, no claim's own words."""


def _shared_stem(stem: str, others: set[str]) -> bool:
    """Whether another statement's stems hold this one, or one of them is the start of the other; a compound's
    parts count as words ("mosquito" and "control" are shared with "mosquito-control", each way)."""
    parts = _compound_parts(stem)
    if parts:  # shared when every part is
        return stem in others or all(_shared_stem(p, others) for p in parts)
    return stem in others or any(stem in (_compound_parts(o) or ()) for o in others) or \
        len(stem) >= 7 and any(len(o) >= 7 and (o.startswith(stem) or stem.startswith(o)) for o in others)


def _compound_parts(stem: str) -> list[str] | None:
    """The parts of a compound's stem (:func:`_compound_stem`), or None for a stem of one word."""
    parts = stem.split("-")
    return parts if len(parts) > 1 and all(len(p) >= COMPOUND_PART_LETTERS - 1 for p in parts) else None


def _compound_stem(word: str) -> str:
    """A statement word's stem (:func:`_prefix_stem`); a hyphenated compound's, part by part ("mosquito-control" ->
    "mosqui-contr"), so that each part meets the same word written alone."""
    parts = word.split("-")
    if len(parts) > 1 and all(len(p) >= COMPOUND_PART_LETTERS for p in parts):
        return "-".join(map(_prefix_stem, parts))
    return _prefix_stem(word)


COMPOUND_PART_LETTERS = 5
"""The shortest part of a hyphenated statement word that counts as a word of its own ("mosquito-control"; not the
"air" of "air-dropped", which would make every "air strike" another claim's)."""


def _article_sentences(case: Case) -> list[str]:
    """The case's article split into sentences (at a full stop, question or exclamation mark before a space)."""
    return [t for t in re.split(r"(?<=[.!?])\s+", " ".join(case.text.split())) if t.strip()]


def _rare_statement_terms(case: Case, terms: dict[str, list[tuple[re.Pattern[str], bool]]]
                          ) -> dict[str, frozenset[int]]:
    """For each cue-less claim, its distinctive statement words (stems of six letters or more) that at most
    :data:`RARE_WORD_SENTENCES` of the article's sentences use: words that rare name the claim on their own. A word of
    the title or of the article's first sentence names the story every summary tells ("headquarters" of a raid on
    one), never one claim, however seldom the article repeats it."""
    sents = _article_sentences(case)
    topic = " ".join([case.title, *sents[:1]])
    out = {}
    for cid, ts in terms.items():
        out[cid] = frozenset(i for i, (t, d) in enumerate(ts)
                             if d and len(_term_literal(t) or "") >= 6 and not t.search(topic)
                             and sum(t.search(x) is not None for x in sents) <= RARE_WORD_SENTENCES)
    return out


def _negated_terms(case: Case, terms: dict[str, list[tuple[re.Pattern[str], bool]]]) -> dict[str, frozenset[int]]:
    """For each cue-less claim, its statement words that another claim's statement negates ("armed" against
    "unarmed"): the word that tells two opposed claims apart, enough on its own ("his family says he was
    unarmed")."""
    words = {c.id: set(re.findall(r"[a-z]+", c.statement.lower())) for c in case.claims}
    out = {}
    for cid, ts in terms.items():
        others = {w for c, ws in words.items() if c != cid for w in ws}
        out[cid] = frozenset(i for i, (t, d) in enumerate(ts)
                             if d and (w := _term_literal(t) or "")
                             and any(_negated_in(full, others) for full in words[cid] if full.startswith(w)))
    return out


_NEGATING_PREFIXES = ("un", "non", "dis", "il", "ir")  # not "in"/"im": "income", "import" negate nothing


def _negated_in(word: str, others: set[str]) -> bool:
    """Whether another claim's statement has this word with or without a negating prefix ("armed", "unarmed")."""
    if len(word) < 5:
        return False
    return any(p + word in others or (word.startswith(p) and word[len(p):] in others and len(word) - len(p) >= 4)
               for p in _NEGATING_PREFIXES)


RARE_WORD_SENTENCES = 1
"""A distinctive statement word in at most this many article sentences is rare enough to mention its claim alone."""

TOPIC_WORD_SHARE = 0.15
"""A statement word found in more than this share of the article's sentences is a topic word: it does not make a
mention of one claim distinctive ("the plant" in a story about a strike on a power plant). Swept over every labelled
set (python -m benchmarks.agreement): at 0.25, "visas" in 4 of 20 sentences of a story about refused visas told the
retaliation claim from the others; 0.15 raised clean on 28 sets and lowered it on 7 (0.12 and 0.10 gained more on the
oldest rounds but moved mention F1 on over 100 sets, half of them down, and changed the latest rounds both ways)."""


TOPIC_WORD_SHARE_SHORT = 0.25
TOPIC_WORD_SENTENCES = 3
"""In a short article a topic word must be in more than :data:`TOPIC_WORD_SHARE_SHORT` of its sentences, up to
this many: the lower share counts from about twenty sentences on."""


_CAUSE_IN_STATEMENT = re.compile(CAUSE_IN_STATEMENT, re.I)
_ORIGIN_IN_STATEMENT = re.compile(ORIGIN_IN_STATEMENT, re.I)
_PLACE_ORIGIN = re.compile(PLACE_ORIGIN, re.I)
_CAUSE_SUBJECT_IN_STATEMENT = re.compile(CAUSE_SUBJECT_IN_STATEMENT, re.I)
_CAUSE_BEFORE = re.compile(CAUSE_BEFORE, re.I)
_CAUSE_AFTER = re.compile(CAUSE_AFTER, re.I)
# where a cause's phrase ends: punctuation, a rejected alternative ("not by drought", "rather than the weather"),
# the effect ("blames the dam for the low water") or the next clause
_CAUSE_PHRASE_END = re.compile(r"[,;:.()\n\"“”]|\s[-–—]\s|\b(?:not|rather|instead|for|but|while|whereas|which|who|"
                               r"that|and|as|after|since|with)\b", re.I)
_CAUSE_ASIDE_END = re.compile(r",\s*(?:not|rather\s+than|and\s+not)\b[^,;]*,\s*$", re.I)
_CAUSE_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_BLAMING_VERB = re.compile(r"(?:blam|point|la[yi]|put|attribut|pin)", re.I)
CAUSE_PHRASE_WORDS = 6
"""The words of a summary's cause phrase that are read (from the causal word on): "blames the filling of
Veloria's new Tarsk Dam reservoir" names the filling."""


_REJECTED_IN_CAUSE = re.compile(r"\s+(?:not|rather\s+than|instead\s+of)\s+", re.I)
CAUSE_HEAD_WORDS = 3
"""The first words of a statement's cause (its subject) that keep a word other causes share: "driver error"."""


def _cause_stems(phrase: str, alias_words: set[str]) -> set[str]:
    words = [w.lower().replace("’", "'") for w in _CAUSE_WORD.findall(phrase)]
    return {_prefix_stem(w) for w in words
            if w not in STATEMENT_STOPWORDS and w not in alias_words and len(w) > 2}


# "Rebel mortar fire from positions south of the highway hit the convoy": the agent, its verb and the object it ends
# on (the statement's last determiner phrase, after a verb)
_AGENT_STATEMENT = re.compile(r"^(?P<agent>[^,;:]{2,80})\s+(?P<verb>[a-z]+)\s+(?:the|a|an|its|their)\s+"
                              r"(?P<object>(?:(?!the\b|a\b|an\b|its\b|their\b)[^,;:\s]+\s*){1,4}?)\.?$", re.I)


def _rival_agents(case: Case) -> dict[str, str]:
    """Cue-less claims that say who did one thing to the same object ("Rebel mortar fire ... hit the convoy" against
    "A government drone and artillery struck the convoy"), each with its agent's phrase: what a summary blames
    ("the army blames rebel mortars") tells them apart, whatever verb each uses."""
    by_object: dict[str, list[tuple[str, str]]] = {}
    for claim in case.claims:
        m = None if claim.cues else _AGENT_STATEMENT.match(claim.statement)
        if m and m.group("verb").lower() not in STATEMENT_STOPWORDS:
            by_object.setdefault(m.group("object").lower(), []).append((claim.id, m.group("agent")))
    return {cid: agent for pairs in by_object.values() if len(pairs) >= 2 for cid, agent in pairs}


_ARTICLE_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")
# a place after a cause names where it is, not what it is: "a plant on the lake's northern shore"
_PLACE_AFTER_CAUSE = re.compile(r"\s(?:on|in|at|near|along|across|around|inside|outside|during|over)\s", re.I)
ARTICLE_CAUSE_WORDS = 3
"""The most content words of a cause phrase of the article that a causal claim takes as its own."""


def _article_causes(case: Case, per_claim: dict[str, set[str]], alias_words: set[str]) -> None:
    """Add to each causal claim the words the article itself names its cause by, where the article gives that cause
    to sources the claim accepts and no other causal claim does ("The plant's owner and the regulator say the
    weather is to blame": "weather" names the cause of "The fish kill was caused by a heatwave and low water"). Only
    words that no statement uses elsewhere (another claim's, or its own rejected cause)."""
    if not per_claim or not case.article:
        return
    found = [(src.id, re.compile(rf"\b{re.escape(name.strip())}\b", re.I)) for src in case.sources
             for name in (src.name, *src.aliases) if len(name.strip()) > 2]
    claims = {c.id: c for c in case.claims if c.id in per_claim}
    sides = {src.id: src.side for src in case.sources}
    kinds = {src.id: src.effective_kind for src in case.sources}

    def accepts(claim: Claim, sid: str) -> bool:
        return _accepted(claim, sid, kinds, sides)

    for sent in _ARTICLE_SENTENCE.finditer(case.article):
        text = sent.group()
        phrases = []
        for m in _CAUSE_BEFORE.finditer(text):
            end = _CAUSE_PHRASE_END.search(text, m.end())
            phrases.append((m.start(), text[m.end():end.start() if end else len(text)]))
        for m in _CAUSE_AFTER.finditer(text):
            ends = list(_CAUSE_PHRASE_END.finditer(text, 0, m.start()))
            start = ends[-1].end() if ends else 0
            phrases.append((start, text[start:m.start()]))
        if not phrases:
            continue
        speakers = {sid for sid, pat in found if pat.search(text)}
        takers = [cid for cid, claim in claims.items() if speakers and all(accepts(claim, sid) for sid in speakers)]
        if len(takers) != 1 or any(accepts(claims[cid], sid) for cid in claims if cid != takers[0] for sid in speakers):
            continue
        # (nor a word of its own statement outside its cause: "not the plant shutdown" is the cause it rejects)
        others = {w for c in case.claims for w in _cause_stems(c.statement, alias_words)} - per_claim[takers[0]]
        for _at, phrase in phrases:
            phrase = _PLACE_AFTER_CAUSE.split(phrase, maxsplit=1)[0]  # "a plant on the lake's shore": the plant
            words = [w for w in _CAUSE_WORD.findall(phrase) if w.lower() not in STATEMENT_STOPWORDS
                     and w.lower() not in alias_words and len(w) > 2][:ARTICLE_CAUSE_WORDS]
            per_claim[takers[0]] |= _cause_stems(" ".join(words), alias_words) - others


def _cause_terms(case: Case) -> dict[str, frozenset[str]]:
    """For each cue-less claim whose statement names a cause ("the fall is caused by the filling of the
    reservoir, not by drought", "deferred maintenance, not the driver, caused the crash"), the stems of the cause's
    words that no other claim's cause shares."""
    alias_words = _alias_words(case)
    per_claim: dict[str, set[str]] = {}
    heads: dict[str, set[str]] = {}  # the stems of a cause's first words
    later: set[str] = set()  # claims whose cause is in a later clause of their statement
    origins: set[str] = set()  # claims whose cause is where a thing came from
    places: set[str] = set()  # ... told in words that may only name a place ("escaped from")
    for claim in case.claims:
        if claim.cues:
            continue
        if m := _CAUSE_SUBJECT_IN_STATEMENT.search(claim.statement):  # "The driver caused the derailment"
            cause = _REJECTED_IN_CAUSE.split(m.group("cause"), maxsplit=1)[0]  # "driver error rather than equipment"
            if m.start():
                later.add(claim.id)
        elif m := (_CAUSE_IN_STATEMENT.search(claim.statement)  # "caused by the filling of the reservoir"
                   or _ORIGIN_IN_STATEMENT.search(claim.statement)):  # "brought in by smuggled cattle"
            if m.re is _ORIGIN_IN_STATEMENT:
                origins.add(claim.id)
                if _PLACE_ORIGIN.match(m.group()):
                    places.add(claim.id)
            end = _CAUSE_PHRASE_END.search(claim.statement, m.end())
            cause = claim.statement[m.end():end.start() if end else None]
            if re.search(r"[,;]", claim.statement[:m.start()]):
                later.add(claim.id)  # "Snowmaking accounted for 31 percent, the rest being due to drought"
        else:
            continue
        per_claim[claim.id] = _cause_stems(cause, alias_words)
        heads[claim.id] = _cause_stems(" ".join(_CAUSE_WORD.findall(cause)[:CAUSE_HEAD_WORDS]), alias_words)
    if len(origins) < 2:  # "escaped from" tells an origin only against a rival one
        for cid in places:
            del per_claim[cid], heads[cid]
    _article_causes(case, per_claim, alias_words)
    agents = _rival_agents(case)
    for cid, agent in agents.items():
        # the agent's own words: none that another claim's statement uses ("artillery" of a finding about craters)
        others = {s for c in case.claims if c.id != cid and c.id not in agents
                  for s in _cause_stems(c.statement, alias_words)}
        per_claim.setdefault(cid, _cause_stems(agent, alias_words) - others)
    out = {}
    for cid, stems in per_claim.items():
        # a word another cause shares is no one's, except that a cause in a later clause of its statement ("the
        # drought explains most of the decline") takes none from a statement's main cause, and a word that heads
        # exactly one cause is that cause's ("driver error caused the crash" keeps "driver" from "a signalling
        # fault gave the driver a proceed signal and caused it")
        shared = {s for other, ss in per_claim.items() if other != cid and (cid in later or other not in later)
                  for s in ss}
        headed_elsewhere = {s for other, ss in heads.items() if other != cid for s in ss}
        own_heads = heads.get(cid, set())
        own = frozenset(((stems - shared) | (own_heads - headed_elsewhere)) - (headed_elsewhere - own_heads))
        if own:
            out[cid] = own
    return out


def _speaker_words(case: Case) -> dict[str, frozenset[str]]:
    """For each claim, the words of the sources' names that its statement lacks (a possessive's "'s" aside): they
    say who, not what, so "blames informal miners" names no "mine" of a cause (the cause's own stems leave such words
    out), while "blames the government" may name one."""
    names = _alias_words(case)
    return {c.id: frozenset(names - {re.sub(r"['’]s?$", "", w.lower()) for w in _CAUSE_WORD.findall(c.statement)})
            for c in case.claims}


_SPEAKER_WORDS: PerCase[dict[str, frozenset[str]]] = PerCase(_speaker_words)


def _cause_word_at(text: str, start: int, end: int, stems: frozenset[str], last: bool,
                   skip: frozenset[str] = frozenset()) -> int | None:
    """Where a word of the phrase text[start:end] starts with one of the cause's stems (reading its first, or
    its last, :data:`CAUSE_PHRASE_WORDS` words), or None. Words in ``skip`` name no cause."""
    words = list(_CAUSE_WORD.finditer(text, start, end))
    words = words[-CAUSE_PHRASE_WORDS:] if last else words[:CAUSE_PHRASE_WORDS]
    for w in words:
        low = w.group().lower().replace("’", "'")
        if low not in skip and any(low.startswith(s) for s in stems):
            return w.start()
    return None


def _cause_mentions(idx: CaseIndex, claim: Claim, text: str, sent: Sentence) -> list[tuple[int, str]]:
    """A mention of a causal claim by its cause: a causal word ("blames", "due to", "is to blame", "explains")
    whose phrase names the cause the statement names ("Veloria blames drought" mentions "the lower flows are the
    result of a severe drought", whatever else both say). The cause's phrase ends at a rejected alternative."""
    stems = idx.cause_terms.get(claim.id)
    if not stems:
        return []
    low = text[sent.start:sent.end].lower()
    if not any(s in low for s in stems):
        return []
    names = _SPEAKER_WORDS.get(idx.case)[claim.id]
    for m in _CAUSE_BEFORE.finditer(text, sent.start, sent.end):
        end = _CAUSE_PHRASE_END.search(text, m.end(), sent.end)
        at = _cause_word_at(text, m.end(), end.start() if end else sent.end, stems, last=False, skip=names)
        if at is not None:
            # a verb of blaming is a frame's verb: the mention is its object; a connective ("the result of",
            # "due to") is inside the statement, whose clause starts before it
            return [(at if _BLAMING_VERB.match(m.group()) else m.start(), "the cause the claim names")]
    for m in _CAUSE_AFTER.finditer(text, sent.start, sent.end):
        before = text[sent.start:m.start()]
        if _BE_AT_END.search(before):
            continue  # a passive ("the budget was reduced"): its subject is what was done to, not a cause
        aside = _CAUSE_ASIDE_END.search(before)  # "a drought, not the dam, lies behind ...": the aside is no end
        if aside:
            before = before[:aside.start()]
        ends = list(_CAUSE_PHRASE_END.finditer(before))
        at = _cause_word_at(text, sent.start + (ends[-1].end() if ends else 0), sent.start + len(before), stems,
                            last=True, skip=names)
        if at is not None:
            return [(at, "the cause the claim names")]
    return []


_CLAUSE_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
SUBJECT_WORDS = 6
"""The most words a claim's subject may have before the predicate it shares with another claim (and the most a
summary's subject is read back from that predicate)."""


def _rival_subjects(case: Case) -> dict[str, tuple[tuple[str, frozenset[str]], ...]]:
    """For cue-less claims that share a predicate with another claim and differ in who does it ("The Alvar fired
    first" against "The Ostrevian frigate Kestrel fired first"): each shared predicate (a verb in the past and the
    word after it) with the stems of this claim's subject that the other's lacks."""
    alias_words = _alias_words(case)
    clauses = {c.id: [w.lower() for w in _CLAUSE_WORD.findall(re.split(r"[;,:]", c.statement)[0])]
               for c in case.claims if not c.cues}
    out: dict[str, set[tuple[str, frozenset[str]]]] = {}
    for a, wa in clauses.items():
        for b, wb in clauses.items():
            if a == b:
                continue
            pairs_b = {(wb[j], wb[j + 1]): j for j in range(len(wb) - 1)}
            for i in range(1, min(len(wa) - 1, SUBJECT_WORDS + 1)):
                j = pairs_b.get((wa[i], wa[i + 1]))
                # the predicate starts with a verb in the past ("fired first", "broke the"): not a noun the two
                # statements share ("the dam", "nautical miles")
                if j is None or not 1 <= j <= SUBJECT_WORDS or wa[i] in STATEMENT_STOPWORDS or \
                        not wa[i].endswith("ed"):
                    continue
                own = _cause_stems(" ".join(wa[:i]), alias_words) - _cause_stems(" ".join(wb[:j]), alias_words)
                if own:
                    out.setdefault(a, set()).add((f"{wa[i]} {wa[i + 1]}", frozenset(own)))
                break
    return {cid: tuple(sorted(v, key=lambda pv: pv[0])) for cid, v in out.items()}


_AUXILIARY_END = re.compile(r"(?:\s+(?:had|has|have|was|were|is|are|did|also|then|actually))+\s*$", re.I)


def _subject_mentions(idx: CaseIndex, claim: Claim, text: str, sent: Sentence) -> list[tuple[int, str]]:
    """A mention of a claim by its own subject before the predicate it shares with a rival claim ("the Alvar fired
    first" states "The Alvar fired first ...", not "The Ostrevian frigate Kestrel fired first ...")."""
    rivals = idx.rival_subjects.get(claim.id, ())
    if not rivals:
        return []  # most claims: no sentence needs lower-casing
    low = text[sent.start:sent.end].lower()
    for pred, stems in rivals:
        at = low.find(pred)
        while at >= 0:
            if (at == 0 or not low[at - 1].isalpha()) and not low[at + len(pred):at + len(pred) + 1].isalpha():
                before = text[sent.start:sent.start + at]
                aux = _AUXILIARY_END.search(before)
                end = sent.start + (aux.start() if aux else len(before.rstrip()))
                stop = max((m.end() for m in re.finditer(r"[,;:.()\n]|\bthat\b", text[sent.start:end])), default=0)
                hit = _cause_word_at(text, sent.start + stop, end, stems, last=True)
                if hit is not None:
                    return [(hit, f"its subject before '{pred}'")]
            at = low.find(pred, at + 1)
    return []


# "HFF commander Baqir Nasrat was killed", "Baqir Nasrat is alive": a named person's fate (the word after the copula)
_FATE = re.compile(r"\b[A-Z][a-z]+\s+(?P<name>[A-Z][a-z]{2,})\s+(?:is|was|were|has\s+been|had\s+been)\s+"
                   r"(?:\w+ly\s+)?(?P<fate>[a-z]{4,})\b")  # a person's first name and surname
_DEATH_FATES = r"(?:kill\w*|died|dies|dead|death)"
FATE_WINDOW = 60
"""Characters between a person's name and the word of their fate, either side, for :func:`_fate_mentions`."""


def _fate_claims(case: Case) -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
    """Claims that tell what became of a person whom another claim names too ("Nasrat was killed" against "Nasrat
    is alive"): the person's name and the word of their fate, as patterns (built once per case)."""
    alias_words = _alias_words(case)
    out: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {}
    for claim in case.claims:
        m = None if claim.cues else _FATE.search(claim.statement)
        if m is None or m.group("name").lower() in alias_words or m.group("fate") in STATEMENT_STOPWORDS:
            continue
        name = m.group("name")
        if not any(name in c.statement for c in case.claims if c.id != claim.id):
            continue  # nobody else's claim names the person: the name tells this claim apart as it is
        fate = m.group("fate")
        stem = _DEATH_FATES if fate in ("killed", "dead") else re.escape(_prefix_stem(fate)) + r"\w*"
        out[claim.id] = (re.compile(rf"\b{name}\b"), re.compile(rf"\b{stem}\b", re.I))
    return out


_FATE_CLAIMS: PerCase[dict[str, tuple[re.Pattern[str], re.Pattern[str]]]] = PerCase(_fate_claims)


def _fate_mentions(idx: CaseIndex, claim: Claim, text: str, sent: Sentence) -> list[tuple[int, str]]:
    """A claim of what became of a person that another claim names too, mentioned by the person's name and the word
    of that fate near it ("the strike killed HFF commander Baqir Nasrat", "Nasrat, whom the air force says it
    killed"), whatever the statement's other words."""
    pats = _FATE_CLAIMS.get(idx.case).get(claim.id)
    if pats is None:
        return []
    for name in pats[0].finditer(text, sent.start, sent.end):
        near = pats[1].finditer(text, max(sent.start, name.start() - FATE_WINDOW),
                                min(sent.end, name.end() + FATE_WINDOW))
        # the nearest ("the Tashkel dead ... its commander Baqir Nasrat, whom the air force says it killed")
        fate = min(near, key=lambda f: abs(f.start() - name.start()), default=None)
        if fate is not None:
            return [(fate.start(), f"the fate it tells of {name.group()}, '{fate.group()}'")]
    return []


_PRIORITY = re.compile(PRIORITY_CUES, re.I)
_MUTUAL = re.compile(r"\b(?:each\s+other|one\s+another|the\s+other|each\s+(?:side|government|army|camp)\b)",
                     re.I)
_SIDE_WORD = re.compile(r"[A-Za-z][A-Za-z-]*(?:['’]s)?")
PRIORITY_LOOKBACK = 6
"""Words read back from a "who started it" cue for the side that did it ("Karsovan forces broke the ceasefire")."""


def _priority_agents(case: Case, side_words: dict[str, str], sides: dict[str, str],
                     aliases: dict[str, str]) -> dict[str, str]:
    """For opposed claims about who started a fight ("Karsovan forces broke the ceasefire first", "Veldran
    artillery shelled Karsovan positions first") or walked out first, the side each names as the one that did it
    (the first side word of the statement, else the first name of a source in it, "The ALM delegation", "The
    government delegation"); only when at least two such claims name different sides."""
    out = {}
    for claim in case.claims:
        cue = None if claim.cues else _PRIORITY.search(claim.statement)
        if cue is None:
            continue
        for w in _SIDE_WORD.findall(claim.statement):
            sid = side_words.get(w.lower().replace("’", "'")) or side_words.get(re.sub(r"['’]s$", "", w.lower()))
            if sid:
                out[claim.id] = sides.get(sid, sid)
                break
        else:
            first = re.search(r"\bfirst\b", claim.statement)
            if first is None:
                continue  # by a source's name only "X did it first", mirrored by "Y did it first"
            low = claim.statement[:first.start()].lower()
            named = [(m.start(), -len(a), sid) for a, sid in aliases.items()
                     if (m := re.search(rf"(?<![\w]){re.escape(a)}(?![\w])", low))]
            if named:
                sid = min(named)[2]
                out[claim.id] = sides.get(sid, sid)
    return out if len(set(out.values())) >= 2 else {}


def _party_words(case: Case) -> dict[str, str]:
    """Proper words that name a side: its country or demonym, and the capitalised words of its sources' names
    ("Orsenia" of "Orsenia's foreign ministry"), lower-cased, to the side; words two sides share are left out."""
    idx = index(case)
    out: dict[str, set[str]] = {w: {idx.sides.get(sid, sid)} for w, sid in idx.side_words.items()}
    # a proper word the article never writes in lower case ("Orsenia", not the "Gas" of "Trans-Valdan Gas")
    lower_words = set(re.findall(r"\b[a-z][a-z]{2,}\b", case.text))
    for src in case.sources:
        for name in (src.name, *src.aliases):
            for w in re.findall(r"\b[A-Z][a-z]{2,}\b", name):
                if w.lower() not in lower_words:
                    out.setdefault(w.lower(), set()).add(src.side)
    return {w: next(iter(sides)) for w, sides in out.items() if len(sides) == 1 and w not in STATEMENT_STOPWORDS}


def _party_side(words: dict[str, str], word: str) -> str | None:
    low = word.lower().replace("’", "'")
    return words.get(low) or words.get(re.sub(r"'s$", "", low))


def _blamed_sides(case: Case) -> dict[str, str]:
    """For each cue-less claim whose statement names one side as doing something and whose own source is of another
    side ("The blast was deliberate sabotage carried out on behalf of Orsenia", by the Valdmark ministry), that side;
    only sides no other claim's statement names so."""
    words = _PARTY_WORDS.get(case)
    sides = index(case).sides
    named: dict[str, set[str]] = {}
    for claim in case.claims:
        if claim.cues or not claim.contested:
            continue  # (an agreed fact naming a side, "two of them Morvanian nationals", blames nobody)
        own = sides.get(claim.source)
        for w in _SIDE_WORD.findall(claim.statement):
            side = _party_side(words, w)
            if side and side != own:
                named.setdefault(claim.id, set()).add(side)
    counts = Counter(side for ss in named.values() for side in ss)
    return {cid: next(iter(ss)) for cid, ss in named.items() if len(ss) == 1 and counts[next(iter(ss))] == 1}


_PARTY_WORDS: PerCase[dict[str, str]] = PerCase(_party_words)
_BLAMED_SIDES: PerCase[dict[str, str]] = PerCase(_blamed_sides)
_BLAME = re.compile(r"\b(?:blam(?:e|es|ed|ing)|accus(?:e|es|ed|ing)|pointed\s+the\s+finger\s+at|"
                    r"points?\s+the\s+finger\s+at)\b", re.I)
BLAME_LOOKAHEAD = 3
"""Words read after a blame verb for the side blamed ("blamed neighbouring Orsenia for the explosion")."""


def _blame_mentions(idx: CaseIndex, claim: Claim, text: str, sent: Sentence) -> list[tuple[int, str]]:
    """A mention of the claim that one side did it: a blame verb whose object, within a few words, is that side
    ("Valdmark's energy ministry has blamed neighbouring Orsenia for Sunday's explosion")."""
    side = _BLAMED_SIDES.get(idx.case).get(claim.id)
    if side is None:
        return []
    words = _PARTY_WORDS.get(idx.case)
    for m in _BLAME.finditer(text, sent.start, sent.end):
        if _MUTUAL.search(text, m.end(), min(sent.end, m.end() + 30)):
            continue  # "blame each other": no side names the other alone
        for w in list(_SIDE_WORD.finditer(text, m.end(), sent.end))[:BLAME_LOOKAHEAD]:
            if _party_side(words, w.group()) == side:
                return [(w.start(), f"the side it blames, '{w.group()}'")]
    return []


_SPEAKER_VERB_AFTER = re.compile(rf"\s+{_ADVS}(?:{_VERB.pattern})(?![\w])", re.I)  # "Denski says ..."


def _priority_mentions(idx: CaseIndex, claim: Claim, text: str, sent: Sentence) -> list[tuple[int, str]]:
    """A mention of a "who started it" claim: a cue ("fired first", "broke the ceasefire", "started") whose
    nearest side word before it, in its clause, is the side the claim blames ("Veldra's army says Karsovan forces
    broke the ceasefire first" mentions the claim that Karsovia did)."""
    agent = idx.priority_agents.get(claim.id)
    if agent is None:
        return []
    for m in _PRIORITY.finditer(text, sent.start, sent.end):
        clause_start = max((b.end() for b in re.finditer(r"[,;:]", text[sent.start:m.start()])), default=0)
        if _MUTUAL.search(text, sent.start + clause_start, m.start()):
            continue  # "Veldra and Karsovia each accuse the other of ...": no side names the other alone
        words = list(_SIDE_WORD.finditer(text, sent.start + clause_start, m.start()))[-PRIORITY_LOOKBACK:]
        # the nearest side word or source name before the cue ("the ALM walked out first", "the government left
        # first"), words first where both end at once
        named: list[tuple[int, int, int, str]] = []
        for w in words:
            low = w.group().lower().replace("’", "'")
            sid = idx.side_words.get(low) or idx.side_words.get(re.sub(r"'s$", "", low))
            if sid:
                named.append((w.end(), 1, w.start(), sid))
        lo = words[0].start() if words else m.start()
        for a, b in idx.sources.finditer(text, lo, m.start()):
            sid = _lookup(idx, _SPACES.sub(" ", _THE_START.sub("", text[a:b]).lower().replace("’", "'")))
            if sid:
                named.append((b, 0, a, sid))
        if named:
            end, side_word, start, sid = max(named)
            if (_AFTER_SOURCE if side_word else _SPEAKER_VERB_AFTER).match(text, end, sent.end):
                continue  # "Veldra says its enemy fired first": the speaker, not the side it blames
            if idx.sides.get(sid, sid) == agent:
                return [(start, f"the side it says started it, '{text[start:end]}'")]
    return []


@dataclass(frozen=True)
class _ClaimTerms:
    """A cue-less claim's statement terms as :func:`_statement_mentions` reads them, built once per case: each term
    with its place, whether it is distinctive and its word (:func:`_term_literal`), and the number of distinctive
    words the statement needs when none is rare."""

    terms: tuple[tuple[int, re.Pattern[str], bool, str | None], ...]
    need: int


def _claim_terms(idx: CaseIndex) -> dict[str, _ClaimTerms]:
    return {cid: _ClaimTerms(tuple((i, t, d, _term_literal(t)) for i, (t, d) in enumerate(ts)),
                             min(2, sum(d for _, d in ts)))
            for cid, ts in idx.statement_terms.items()}


_CLAIM_TERMS: PerCase[dict[str, _ClaimTerms]] = PerCase(_claim_terms)
_NO_TERMS = _ClaimTerms((), 0)
_UNREAD: str = "\0unread"  # ``low`` not given: read from the sentence


def _scarce_terms(case: Case) -> dict[str, frozenset[int]]:
    """For each cue-less claim, its statement terms that at most :data:`OWN_SOURCE_WORD_SENTENCES` of the article's
    sentences use, and the word a copula ends its first clause on (built once per case)."""
    sents = _article_sentences(case)
    terms = index(case).statement_terms
    statements = {c.id: c.statement for c in case.claims}
    # a side's own name ("farmers" for the side "farmers") says who, not what is claimed
    sides = {w for src in case.sources for w in re.findall(r"[a-z]+", src.side.lower())}
    out = {}
    for cid, ts in terms.items():
        # the word a copula ends the statement's first clause on says what it claims however often the article
        # uses it ("The fire was arson; ...": "arson")
        said = _SAID_TO_BE.match(statements.get(cid, ""))
        out[cid] = frozenset(i for i, (t, _d) in enumerate(ts)
                             if not any(t.fullmatch(w) for w in sides)
                             and (sum(t.search(x) is not None for x in sents) <= OWN_SOURCE_WORD_SENTENCES
                                  or said is not None and t.fullmatch(said.group("word"))))
    return out


_SAID_TO_BE = re.compile(r"(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}\s+(?:is|was|are|were)\s+(?:an?\s+)?"
                         r"(?P<word>[a-z]{4,})(?:\s+[a-z]{4,})?\s*(?:[;,.]|$)", re.I)  # ("... are certified random;")


_SCARCE_TERMS: PerCase[dict[str, frozenset[int]]] = PerCase(_scarce_terms)
OWN_SOURCE_WORD_SENTENCES = 2
"""The most article sentences a word may appear in and still, alone in its source's report, state its claim."""
OWN_SOURCE_WORD_LETTERS = 4
"""The shortest stem that, alone in a report by the claim's own source, states the claim (:func:`_own_source_word`)."""


def _negated_in_statement(case: Case) -> dict[str, frozenset[int]]:
    """For each cue-less claim, its statement terms that a clause opening on a negative subject denies ("hurt" in
    "No one was hurt": alone, the word says the opposite of the claim)."""
    out: dict[str, frozenset[int]] = {}
    for claim in case.claims:
        found = set()
        for i, (term, _d) in enumerate(index(case).statement_terms.get(claim.id, ())):
            m = term.search(claim.statement)
            clause = re.split(r"[,;:]", claim.statement[:m.start()])[-1] if m else ""
            if m and _NEGATIVE_SUBJECT.match(clause):
                found.add(i)
        out[claim.id] = frozenset(found)
    return out


_NEGATIVE_SUBJECT = re.compile(r"\s*(?:no\s+one|nobody|none|nothing)\b", re.I)
_NEGATED_IN_STATEMENT: PerCase[dict[str, frozenset[int]]] = PerCase(_negated_in_statement)


def _contrast_terms(case: Case) -> dict[str, frozenset[int]]:
    """For each cue-less claim, its statement terms that stand only in a contrast it sets itself against ("...
    in dry weather, not only during heavy rain": "rain"; "driver error rather than equipment caused the crash":
    "equipment"): alone they tell what the claim denies, not what it says."""
    def in_tail(m: re.Match[str], term: re.Pattern[str], _distinctive: bool, statement: str) -> bool:
        return (h := term.search(statement)) is not None and m.start("tail") <= h.start() < m.end("tail")

    return _terms_where(case, _CONTRAST_TAIL.search, in_tail)


def _terms_where(case: Case, find: Callable[[str], re.Match[str] | None],
                 keep: Callable[[re.Match[str], re.Pattern[str], bool, str], bool]) -> dict[str, frozenset[int]]:
    """For each claim whose statement ``find`` matches, the places of the statement terms ``keep`` picks (given the
    match, the term, whether it is distinctive and the statement)."""
    out: dict[str, frozenset[int]] = {}
    for claim in case.claims:
        m = find(claim.statement)
        if m is not None:
            terms = index(case).statement_terms.get(claim.id, ())
            out[claim.id] = frozenset(i for i, (t, d) in enumerate(terms) if keep(m, t, d, claim.statement))
    return out


# ", not (only) ...", "rather than ...": up to the clause's end
_CONTRAST_TAIL = re.compile(r"(?:,\s+not\s+(?:only\s+|just\s+|merely\s+)?|\s+rather\s+than\s+)(?P<tail>[^,;]*)", re.I)
_CONTRAST_TERMS: PerCase[dict[str, frozenset[int]]] = PerCase(_contrast_terms)
_SET_ASIDE_BEFORE = re.compile(r"\b(?:not|rather\s+than|instead\s+of)\b[^,;.]*$", re.I)


def _own_frames(idx: CaseIndex, claim: Claim, frames: list[Frame]) -> list[Frame]:
    """The sentence's reports by a source the claim accepts."""
    return [f for f in frames if f.status == "source" and f.source_id and _accepts(idx, claim, f.source_id)]


def _own_source_word(idx: CaseIndex, claim: Claim, text: str, sent: Sentence, frames: list[Frame],
                     low: str | None) -> list[tuple[int, str]]:
    """One distinctive word of a claim's statement inside a report by a source the claim accepts ("the HLF says it
    fired a missile" for "HLF fighters shot the helicopter down with a shoulder-fired missile"): the word no other
    claim uses, and the claim's own source saying it, together state the claim."""
    own = _own_frames(idx, claim, frames)
    if not own:
        return []
    info = _CLAIM_TERMS.get(idx).get(claim.id, _NO_TERMS)
    set_aside = _NEGATED_IN_STATEMENT.get(idx.case).get(claim.id, frozenset()) | \
        _CONTRAST_TERMS.get(idx.case).get(claim.id, frozenset())  # "No one was hurt": "hurt" alone says the opposite
    scarce = _SCARCE_TERMS.get(idx.case).get(claim.id, frozenset()) - set_aside
    # the other claims that accept a speaker of these reports: none, and the speaker ("the coroner ruled that mould
    # caused the death") says this claim whatever word of it (no topic word) it uses
    speakers = {f.source_id for f in own if f.source_id}
    terms = _CLAIM_TERMS.get(idx)
    rivals = [other for other in idx.case.claims
              if other.id != claim.id and any(_accepts(idx, other, sid) for sid in speakers)]
    sole = not rivals
    topic = _TOPIC_LITERALS.get(idx.case) if sole else frozenset()
    for i, term, distinctive, lit in info.terms:
        # a statement of one or two words ("The race should have been cancelled") shares one with another claim's
        # longer one ("... shortened or cancelled if the forecast exceeded 35 C"): its own source saying it, whom no
        # claim with that word accepts, tells it from them
        alone = not distinctive and lit is not None and len(info.terms) <= 2 and \
            not any(t[3] == lit for other in rivals for t in terms.get(other.id, _NO_TERMS).terms)
        only_speaker = sole and distinctive and lit is not None and lit not in topic and i not in set_aside
        if not (distinctive or alone or only_speaker) or (i not in scarce and not only_speaker) or lit is None or \
                len(lit) < OWN_SOURCE_WORD_LETTERS or (low is not None and lit not in low):
            continue  # a short stem ("shot", "fire") or one the article keeps using says too little on its own
        m = term.search(text, sent.start, sent.end)
        if m and any(f.covers(m.start()) for f in own):
            how = "a word only this claim uses" if distinctive and i in scarce else \
                "a word of its short statement" if alone else "a word of its statement, by a source of no other claim"
            return [(m.start(), f"{how}, in its own source's report")]
    return []


def _name_words(case: Case) -> dict[str, tuple[str, ...]]:
    """Each capitalised word of a source's name or alias of several words ("Links" of "Orvan Trade Links"), lower
    case, with the lower-case names that hold it."""
    out: dict[str, set[str]] = {}
    for src in case.sources:
        for name in (src.name, *src.aliases):
            words = name.split()
            if len(words) > 1:
                for w in words:
                    if w[:1].isupper():
                        out.setdefault(w.lower(), set()).add(name.lower())
    return {w: tuple(sorted(ns)) for w, ns in out.items()}


_NAME_WORDS: PerCase[dict[str, tuple[str, ...]]] = PerCase(_name_words)


# The words of the sources' names (:func:`_alias_words`): a statement term that reaches one says who, not what
# ("landfill" of "the landfill operator" is no "land" of "built on municipal land"; "velo" of "38 million velors" is no
# "Velorian" of "Velorian guards"). Alias words are no statement terms, so one a term matches is another word's prefix.
_ALIAS_WORD_SET: PerCase[frozenset[str]] = PerCase(lambda case: frozenset(_alias_words(case)))


def _inside_name(names: tuple[str, ...], text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a word of one of ``names`` written out around it."""
    window = text[max(0, start - 80):end + 80].lower()
    at = start - max(0, start - 80)
    for name in names:
        i = window.find(name)
        while i >= 0:
            if i <= at < i + len(name):
                return True
            i = window.find(name, i + 1)
    return False


def _statement_mentions(idx: CaseIndex, claim: Claim, text: str, sent: Sentence,
                        low: str | None = _UNREAD) -> list[tuple[int, str]]:
    """A mention by the claim's own words: two of them in one sentence, two of them distinctive (or the
    statement's only distinctive one); or one distinctive word that is a side's loaded term ("The referendum
    was rigged" is stated by "calls the vote 'rigged'": the loaded word is the claim); or, for claims that differ
    only in one part, that part (:func:`_cause_mentions`, :func:`_subject_mentions`, :func:`_priority_mentions`).
    ``low``: the sentence's :func:`_ascii_lower`, when the caller has it."""
    cause = _cause_mentions(idx, claim, text, sent) or _subject_mentions(idx, claim, text, sent) or \
        _priority_mentions(idx, claim, text, sent) or _polarity_mentions(idx, claim, text, sent) or \
        _order_mentions(idx, claim, text, sent) or _no_deaths_mentions(idx, claim, text, sent) or \
        _fate_mentions(idx, claim, text, sent) or _universal_mentions(idx, claim, text, sent)
    if cause:
        return cause
    found = []
    found_spans: list[tuple[int, int]] = []
    rare = False
    if low is _UNREAD:
        low = _ascii_lower(text, sent)
    info = _CLAIM_TERMS.get(idx).get(claim.id, _NO_TERMS)
    rare_terms = idx.rare_terms.get(claim.id, frozenset())
    negated_terms = idx.negated_terms.get(claim.id, frozenset())
    # a term whose word is not in the sentence cannot match (a search would try every offset)
    terms = info.terms if low is None else [t for t in info.terms if t[3] is None or t[3] in low]
    # a term the statement only sets itself against counts where the sentence too sets it aside ("the ministry, not
    # the board, decided"), not alone ("the releases came in heavy rain" for "..., not only during heavy rain")
    contrast = _CONTRAST_TERMS.get(idx.case).get(claim.id, frozenset())
    names = _NAME_WORDS.get(idx.case)
    alias_words = _ALIAS_WORD_SET.get(idx.case)
    words: set[int] = set()  # where its words are, but for topic words (:func:`_combination_mention`)
    found_terms: set[int] = set()  # which distinctive terms were found
    topic = _TOPIC_LITERALS.get(idx.case)
    for i, term, distinctive, lit in terms:
        m = _term_in(term, text, sent, names, alias_words)
        if m and i in contrast and not _SET_ASIDE_BEFORE.search(text, max(sent.start, m.start() - 40), m.start()):
            m = None
        if m and any(a <= m.start() < b for a, b in found_spans):
            m = None  # one word is one word of the claim, whichever of its forms the statement has ("crossed ...
            # crossings": "the Harnow crossing")
        if m:
            if lit is not None and lit not in topic and m.group()[:1].islower():
                words.add(m.start())  # (a proper name, "Selka Dawn", "June", is the setting, whichever claim)
            # (the second word of one proper name is no second word of the claim: "Thornby Edge quarry" names one
            # place, whichever claim the sentence tells)
            distinctive = distinctive and not _same_name(text, found_spans, m)
            found.append((m.start(), distinctive))
            if distinctive:
                found_terms.add(i)
            found_spans.append((m.start(), m.end()))
            rare = rare or i in rare_terms
            if distinctive and _is_loaded_word(idx.case, m.group()):
                return [(m.start(), f"the claim's loaded word '{m.group()}'")]
            if i in negated_terms:  # "unarmed" where another claim says "armed": the word that tells them apart
                return [(m.start(), f"the word that sets it against another claim, '{m.group()}'")]
    if len(found) < 2:  # two words at least, whatever the need below; else the side it blames, if it names one
        return _blame_mentions(idx, claim, text, sent)
    if not any(d for _, d in found) and len(words) >= COMBINATION_WORDS:
        combined = _combination_mention(idx, claim, text, sent, words, low, names, alias_words)
        if combined:
            return [(max(p for p, _ in found), combined)]
    # two distinctive words, or the only one a statement has: one shared word of a long statement ("jailed ...
    # on espionage charges") is the story every claim is about, not this claim; one will do when the article
    # itself hardly uses it ("the union blamed the airline's rostering")
    need = 1 if rare else info.need
    if need == 1 and not rare and found_terms and \
            found_terms <= _SUBJECT_TERMS.get(idx.case).get(claim.id, frozenset()):
        need = 2  # "The seized ivory ... is worth $18.5 million": "seized" describes what the claim is about
    if any(d for _, d in found) and sum(d for _, d in found) >= need:
        # the last distinctive word of the clause that holds most of them: "The government says it was a lawful,
        # court-ordered search; Renewal says it was political": the claim stands in the government's clause
        by_clause: dict[tuple[int, int], list[int]] = {}
        for p, d in found:
            if d:
                by_clause.setdefault(clause_bounds(text, sent.start, sent.end, p), []).append(p)
        best = max(by_clause.values(), key=lambda ps: (len(ps), max(ps)))
        return [(max(best), "words of the claim's statement")]
    return _blame_mentions(idx, claim, text, sent)


def _term_in(term: re.Pattern[str], text: str, sent: Sentence, names: dict[str, tuple[str, ...]],
             alias_words: frozenset[str]) -> re.Match[str] | None:
    """A statement term's first match in the sentence that is no word of a source's name."""
    m = term.search(text, sent.start, sent.end)
    while m and ((m.group().lower() in names and _inside_name(names[m.group().lower()], text, m.start(), m.end()))
                 or m.group().lower() in alias_words):
        # "Orvan Trade Links" names a source: no "link" of a claim; "landfill" (of "the landfill operator") is a
        # word of the names, not the "land" of "built on municipal land"
        m = term.search(text, m.end(), sent.end)
    return m


COMBINATION_WORDS = 3
"""The fewest shared statement words whose combination alone states a claim (:func:`_combination_mention`)."""


def _combination_mention(idx: CaseIndex, claim: Claim, text: str, sent: Sentence, words: set[int], low: str | None,
                         names: dict[str, tuple[str, ...]], alias_words: frozenset[str],
                         tie: Callable[[str], bool] | None = None) -> str | None:
    """Shared words that together tell one claim: three or more of its statement's words (no topic words, no proper
    names), each also another claim's, where every other claim's words in the sentence are a part of them ("the
    frigate fired water cannon and shots" states the claim of "water cannon ... fired shots", not the log's "water
    cannon ... fired" nor the official's "fired warning shots"). ``words``: where the claim's words start; ``tie``:
    which other claims that have the very same words it is told from (:func:`_own_source_combination`)."""
    for cid in _CLAIM_TERMS.get(idx):
        if cid == claim.id:
            continue
        theirs = _shared_words(idx, cid, text, sent, low, names, alias_words)
        if theirs and not theirs < words and not (tie is not None and theirs == words and tie(cid)):
            return None
    found = _words_at(text, words)
    return f"words of the claim's statement together ({found}), more than any other claim's"


def _shared_words(idx: CaseIndex, cid: str, text: str, sent: Sentence, low: str | None,
                  names: dict[str, tuple[str, ...]], alias_words: frozenset[str]) -> set[int]:
    """Where a claim's statement words that are no topic words and no proper names start in the sentence."""
    topic = _TOPIC_LITERALS.get(idx.case)
    out = set()
    for _i, term, _d, lit in _CLAIM_TERMS.get(idx).get(cid, _NO_TERMS).terms:
        if lit is None or lit in topic or (low is not None and lit not in low):
            continue
        m = _term_in(term, text, sent, names, alias_words)
        if m and m.group()[:1].islower():
            out.add(m.start())
    return out


def _own_source_combination(idx: CaseIndex, claim: Claim, text: str, sent: Sentence, frames: list[Frame],
                            low: str | None) -> list[tuple[int, str]]:
    """Shared words that together tell one claim (:func:`_combination_mention`), tied with another claim's very same
    words, inside a report by a source this claim accepts and that one does not: "Varga says the deals were at fair
    market value" states Varga's "Every deal was at fair market value", not the valuers' "The fair market value of
    the Orlanda deal is about 21 million"."""
    own = _own_frames(idx, claim, frames)
    if not own:
        return []
    names, alias_words = _NAME_WORDS.get(idx.case), _ALIAS_WORD_SET.get(idx.case)
    words = _shared_words(idx, claim.id, text, sent, low, names, alias_words)
    if len(words) < COMBINATION_WORDS or not all(any(f.covers(p) for f in own) for p in words):
        return []
    claims = {c.id: c for c in idx.case.claims}
    speakers = {f.source_id for f in own if f.source_id}

    def other_speaker(cid: str) -> bool:
        return not any(_accepts(idx, claims[cid], sid) for sid in speakers)

    if _combination_mention(idx, claim, text, sent, words, low, names, alias_words, tie=other_speaker) is None:
        return []
    found = _words_at(text, words)
    return [(max(words), f"words of the claim's statement together ({found}), in a report by its own source")]


def _words_at(text: str, starts: set[int]) -> str:
    """The words that start at these places, quoted, in text order: "'fair', 'market', 'value'"."""
    return ", ".join(repr(re.match(r"[\w'-]+", text[p:]).group()) for p in sorted(starts))  # type: ignore[union-attr]


def _topic_share(n_sents: int) -> float:
    """How many of an article's ``n_sents`` sentences a topic word is in more than (:data:`TOPIC_WORD_SHARE`; a short
    article keeps the older, higher bar: in six sentences a word in one of them is no topic word)."""
    return max(TOPIC_WORD_SHARE * n_sents, min(TOPIC_WORD_SHARE_SHORT * n_sents, TOPIC_WORD_SENTENCES))


def _topic_literals(case: Case) -> frozenset[str]:
    """The statement words (:func:`_term_literal`) that more than :data:`TOPIC_WORD_SHARE` of the article's
    sentences use: the story's topic, which tells no claim from another even in combination."""
    sents = [t.lower() for t in _article_sentences(case)]
    share = _topic_share(len(sents))
    lits = {lit for info in _CLAIM_TERMS.get(index(case)).values() for _i, _t, _d, lit in info.terms if lit}
    return frozenset(lit for lit in lits if sum(bool(re.search(rf"\b{re.escape(lit)}", t)) for t in sents) > share)


_TOPIC_LITERALS: PerCase[frozenset[str]] = PerCase(_topic_literals)


_NAME_GAP = re.compile(r"[\s-]+")
# a statement's subject before its copula, of at most eight words: "The seized ivory and pangolin scales are worth ..."
_STATEMENT_SUBJECT = re.compile(r"^(?:[\w'’-]+\s+){1,8}?(?=(?:is|are|was|were)\s)", re.I)


def _subject_terms(case: Case) -> dict[str, frozenset[int]]:
    """For each cue-less claim whose statement is "<subject> is/are ...", its distinctive statement terms that only
    the subject holds: they say what the claim is about, not what it claims ("seized" of "The seized ivory is worth
    $18.5 million"), and alone do not state it."""
    def subject_only(m: re.Match[str], term: re.Pattern[str], distinctive: bool, statement: str) -> bool:
        return distinctive and (h := term.search(statement)) is not None and h.start() < m.end() \
            and term.search(statement, m.end()) is None

    return _terms_where(case, _STATEMENT_SUBJECT.match, subject_only)


_SUBJECT_TERMS: PerCase[dict[str, frozenset[int]]] = PerCase(_subject_terms)


def _same_name(text: str, spans: list[tuple[int, int]], m: re.Match[str]) -> bool:
    """Whether a capitalised word found for a statement continues a capitalised word found just before it, as one
    proper name ("Thornby Edge")."""
    if not m.group()[:1].isupper():
        return False
    return any(text[a:a + 1].isupper() and (_NAME_GAP.fullmatch(text, b, m.start()) or
                                            _NAME_GAP.fullmatch(text, m.end(), a)) for a, b in spans)


def _nobody(groups: str) -> str:
    """Whoever a statement says came to no harm: "no one", "nobody", "none of the crew", "no (Kestrian) soldiers"
    (``groups``: the people nouns after "no")."""
    return rf"no\s+one|nobody|none\s+of\s+(?:the\s+)?\w+|no\s+(?:\w+\s+)?(?:{groups})"


_NOBODY_GROUPS = r"sailors?|soldiers?|people|person|civilians?|crew|passengers?|workers?|miners?"
# a statement that nobody died, in its common forms: "No one was killed", "nobody died", "there were no deaths",
# "no casualties", "no lives were lost"
_NO_DEATHS = re.compile(rf"\b(?:(?:{_nobody(_NOBODY_GROUPS)})\s+(?:\w+\s+){{0,2}}?"
                        r"(?:killed|died|dead|perished)|no\s+(?:\w+\s+)?(?:deaths|fatalities|casualties|dead)|"
                        r"no\s+lives\s+(?:were\s+|had\s+been\s+)?lost|without\s+(?:any\s+)?(?:casualties|loss\s+of\s+life))\b",
                        re.I)


# ... and that nobody was hurt: "No one was hurt in the operation", "nobody was injured", "there were no injuries"
_NO_INJURIES = re.compile(rf"\b(?:(?:{_nobody(_NOBODY_GROUPS + '|fishermen|protesters?')})\s+"
                          r"(?:\w+\s+){0,2}?(?:hurt|injured|wounded|harmed)|no\s+(?:\w+\s+)?(?:injuries|casualties)|"
                          r"without\s+(?:any\s+)?(?:injuries|casualties)|"
                          r"den(?:y|ies|ied|ying)\s+(?:that\s+)?(?P<any>anyone|anybody)\s+(?:\w+\s+){0,2}?"
                          r"(?:hurt|injured|wounded|harmed))\b", re.I)
_NO_HARM = (("died", _NO_DEATHS), ("was hurt", _NO_INJURIES))


# "Every ventilator, all 400 machines, was delivered": a claim that the whole of something did it (not a rate: "one
# for every 75", "every day")
_UNIVERSAL = re.compile(r"(?<!\bfor\s)(?<!\bin\s)\b(?:every|all)\b(?!\s+(?:\d|one|two|three|four|five|six|seven|"
                        r"eight|nine|ten|few|other|day|week|month|year|time|over|along|but)\b)", re.I)
# ... in a statement, "all" before a count is that count ("will close all 14 camp schools"), no claim about the whole
# (a summary's "all 400 ventilators were delivered" still says every one was)
_UNIVERSAL_STATEMENT = re.compile(rf"{_UNIVERSAL.pattern}(?!\s+\d)", re.I)
UNIVERSAL_REACH = 30
"""Characters between "every"/"all" and a word of its claim, for :func:`_universal_mentions`."""


def _universal_claims(case: Case) -> frozenset[str]:
    """The cue-less claims whose statement says the whole of something did it ("every", "all"), when no other
    claim's statement does (built once per case)."""
    found = [c.id for c in case.claims if not c.cues and _UNIVERSAL_STATEMENT.search(c.statement)]
    return frozenset(found) if len(found) == 1 else frozenset()


_UNIVERSAL_CLAIMS: PerCase[frozenset[str]] = PerCase(_universal_claims)


def _universal_mentions(idx: CaseIndex, claim: Claim, text: str, sent: Sentence) -> list[tuple[int, str]]:
    """A claim that the whole of something did it, whose words other claims share ("only 262 of the 400 ventilators
    were delivered" against "every ventilator was delivered"), mentioned by "every"/"all" near one of its words with
    another of its words in the same clause ("says every machine was delivered", "says all of them were delivered")."""
    if claim.id not in _UNIVERSAL_CLAIMS.get(idx.case):
        return []
    terms = [t for t, _d in idx.statement_terms.get(claim.id, ())]
    for q in _UNIVERSAL.finditer(text, sent.start, sent.end):
        lo, hi = clause_bounds(text, sent.start, sent.end, q.start())
        hits = [m for t in terms if (m := t.search(text, lo, hi))]
        # ("every", a determiner, with one of them and no comma between: "rejects every charge, saying each deal
        # was fair" says nothing of every deal; "the centres, which ..., had all closed" still says all closed)
        if len(hits) >= 2 and any(abs(m.start() - q.end()) <= UNIVERSAL_REACH and not (
                q.group().lower() == "every" and
                _PUNCT_BREAK.search(text, min(q.end(), m.start()), max(q.start(), m.end()))) for m in hits):
            return [(q.start(), f"its statement that all of them did, '{q.group()}'")]
    # "every crown was declared", "everything was declared", "the spending was fully declared": the whole of it, with
    # the statement's own predicate
    for q in _UNIVERSAL_PREDICATE.finditer(text, sent.start, sent.end):
        at = q.start("word") if q.group("word") else q.start("word2")
        if any(t.match(text, at) for t in terms):
            return [(at, f"its statement that all of it did, '{q.group().strip()}'")]
    return []


_UNIVERSAL_PREDICATE = re.compile(r"\b(?:every(?:thing|\s+[\w-]+)|all\s+of\s+it)\s+(?:was|were|is|are|had\s+been|"
                                  r"has\s+been|have\s+been)\s+(?:fully\s+)?(?P<word>[a-z]+)|"
                                  r"\b(?:was|were|is|are|been)\s+fully\s+(?P<word2>[a-z]+)", re.I)


def _no_deaths_claims(case: Case) -> dict[str, tuple[str, re.Pattern[str]]]:
    """The cue-less claims whose statement says nobody died, or nobody was hurt, with that way of saying it (built
    once per case)."""
    return {c.id: harm for c in case.claims if not c.cues
            for harm in _NO_HARM[:1 if _NO_DEATHS.search(c.statement) else 2] if harm[1].search(c.statement)}


_NO_DEATHS_CLAIMS: PerCase[dict[str, tuple[str, re.Pattern[str]]]] = PerCase(_no_deaths_claims)


def _no_deaths_mentions(idx: CaseIndex, claim: Claim, text: str, sent: Sentence) -> list[tuple[int, str]]:
    """A claim that nobody died (or was hurt) is mentioned by any way of saying so ("nobody died" for "No one was
    killed", "no injuries" for "No one was hurt"), whatever its other words."""
    harm = _NO_DEATHS_CLAIMS.get(idx.case).get(claim.id)
    if harm is None:
        return []
    m = harm[1].search(text, sent.start, sent.end)
    if m is None:
        return []
    at = m.start("any") if "any" in m.re.groupindex and m.group("any") else m.start()  # "denies anyone was hurt"
    return [(at, f"its statement that nobody {harm[0]}, '{m.group()}'")]


_GIVE_VERBS = frozenset(all_forms(("give",)))
_DEADLINE_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){0,5}?(?:\d[\d,.]*|an?|one|two|three|four|five|six|seven|eight|"
                             r"nine|ten|a\s+few|several)[\s-]+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+"
                             r"(?:to|before|until|in\s+which)\b", re.I)


_DENIED_AFTER = re.compile(r"\s+(?:it|this|them|"
                           r"the\s+(?:\w+\s+)?(?:charges?|accusations?|allegations?|claims?|reports?)|"
                           r"(?:any|all|its|a)\s+(?:involvement|role|responsibility|part|link|wrongdoing)|"
                           r"involvement|responsibility|wrongdoing|any\s+such\s+\w+|any\s+\w+|"
                           r"\w+\s+(?:charges|accusations|allegations|claims))\b", re.I)
# a statement that calls the other side's charge false: "the torture allegations are a provocation"
_CHARGE_CALLED_FALSE = re.compile(r"\b(?:charges?|accusations?|allegations?|claims?)\s+(?:are|is|were|was)\s+"
                                  r"(?:a\s+|an\s+|pure\s+)?(?:provocation|false|lies?|baseless|fabricat\w+|untrue|"
                                  r"groundless|slander|invented|nonsense)\b", re.I)
# ... or the clause before it, which the denier denies: "a bridge collapse it blames on saboteurs, which Morvany denies"
_DENIED_BEFORE = re.compile(r"\b(?:charges?|accusations?|allegations?|claims?)\s+(?:which\s+|that\s+)?$|"
                            r",\s+(?:which|something|a\s+charge|an\s+accusation)\s+$", re.I)
_INVOLVEMENT_DENIED = re.compile(r"\b(?:nothing\s+to\s+do\s+with|"
                                 r"no\s+(?:role|part|involvement|links?|hand|contacts?|ties|connections?)\b|"
                                 r"never\s+(?:funded|financed|backed|supported|armed|paid|sent|ordered|met|contacted)\b|"
                                 r"not\s+(?:involved|responsible|behind)\b|(?:denie[sd]|deny|denying|rejects?|rejected)\b)",
                                 re.I)
_DENIAL_END = re.compile(rf"(?:{_DENIAL.pattern})$", re.I)
_CALL_END = re.compile(r"\b(?:calls?|called|calling|branded|brands?|labelled|labels?)$", re.I)
_CALLED_FALSE = re.compile(r"\s+(?:it|this|that|the\s+(?:charges?|accusations?|allegations?|claims?|reports?))\s+"
                           r"(?:an?\s+|pure\s+|a\s+complete\s+)?(?:fabrication|lie|lies|fiction|invention|slander|smear|"
                           r"nonsense|baseless|false|absurd|groundless|untrue)\b", re.I)
_GERUND = re.compile(r"\s+(?:ever\s+|having\s+)?(?P<verb>[a-z]{3,}ing)\b", re.I)
# a statement that calls another's figure false ("The alliance's figure is exaggerated"), and a summary's source
# rejecting a figure ("rejects the alliance's figure", "rejects that number as unsupported") or calling it false
# ("calls that figure unsupported")
_FIGURE_NOUNS = r"(?:figures?|numbers?|tolls?|counts?|estimates?|totals?|tally)"
_FALSE_FIGURE = (r"(?:grossly\s+|greatly\s+|wildly\s+|vastly\s+|hugely\s+)?(?:exaggerat\w*|inflated|overstated|"
                 r"false|wrong|unsupported|not\s+supported|unfounded|baseless|untrue|fabricat\w+|invented|"
                 r"misleading|inaccurate|flawed|distorted|overblown|scaremongering|nonsense|an?\s+exaggeration)")
_FIGURE_CALLED_FALSE = re.compile(rf"\b{_FIGURE_NOUNS}\s+(?:are|is|were|was)\s+{_FALSE_FIGURE}\b", re.I)
_THE_FIGURE = rf"\s+(?:the|that|this|those|these|its|their|his|her|[\w’'-]+['’]s?)\s+(?:[\w’'-]+\s+)?{_FIGURE_NOUNS}\b"
_FIGURE_DENIED_AFTER = re.compile(_THE_FIGURE, re.I)
_FIGURE_CALLED_AFTER = re.compile(rf"{_THE_FIGURE}\s+[\"“'‘]?{_FALSE_FIGURE}", re.I)


def _denied_act(text: str, pos: int, end: int, statement: str) -> bool:
    """Whether the denial takes a gerund of the act the claim denies ("denied funding the plotters" for "never
    funded them"), or the act's noun ("denies collusion" for "did not collude", "denied any interference" for
    "did not interfere")."""
    g = _GERUND.match(text, pos, end)
    if g is None:
        n = _ACT_NOUN.match(text, pos, end)
        return n is not None and any(_noun_of_verb(n.group("noun").lower(), w.lower())
                                     for w in re.findall(r"[A-Za-z]{3,}", statement))
    stem = _polarity_stem(g.group("verb"))
    return any(_polarity_stem(w) == stem for w in re.findall(r"[A-Za-z]+", statement))


_ACT_NOUN = re.compile(r"\s+(?:any\s+|all\s+)?(?P<noun>[a-z]{3,}(?:sion|tion|ment|ence|ance|ure))\b", re.I)
_NOUN_SUFFIXES = ("sion", "tion", "ment", "ence", "ance", "ure")


def _noun_of_verb(noun: str, verb: str) -> bool:
    """Whether ``noun`` is the act noun of ``verb`` ("collusion" of "collude", "obstruction" of "obstruct",
    "interference" of "interfere", "involvement" of "involve")."""
    for cut in (0, 1, 2):
        base = verb[:len(verb) - cut] if cut else verb
        if len(base) >= 4 and noun.startswith(base) and noun[len(base):] in _NOUN_SUFFIXES:
            return True
    return False


@functools.lru_cache(maxsize=4096)
def _denies_involvement(statement: str) -> bool:
    """Whether a claim's statement denies a part in something (a pure function of the statement, cached)."""
    return _INVOLVEMENT_DENIED.search(statement) is not None


def _generic_denial(idx: CaseIndex, claim: Claim, text: str, sent: Sentence, frames: list[Frame]) -> Frame | None:
    """A denial claim's source denying "it", "the charge", "any involvement" (or "a charge X denies"): the
    summary states the claim by the denial itself, whatever words the claim's statement uses. A claim that
    negates a thing ("No secret list exists") is stated by its source denying that thing ("Halloran denies that
    any secret list existed")."""
    negated = idx.negated_things.get(claim.id)
    # a claim that denies a part in something, or whose main predicate is denied or whose statement calls the charge
    # false ("No prisoner was mistreated ... the torture allegations are a provocation"): its source denying "it",
    # "the accusations", "any mistreatment" states it
    involvement = _denies_involvement(claim.statement) or _DENYING_STATEMENT.search(claim.statement) is not None \
        or _CHARGE_CALLED_FALSE.search(claim.statement) is not None \
        or _NEVER_STATEMENT.search(claim.statement) is not None
    figure = _FIGURE_CALLED_FALSE.search(claim.statement) is not None
    if not involvement and not negated and not figure:
        return None  # a claim that denies a part in something, not any claim with a negation in it
    for f in frames:
        if not f.source_id or not _accepts(idx, claim, f.source_id):
            continue
        calls = (involvement or figure) and _CALL_END.search(f.text) is not None
        if not calls and not _DENIAL_END.search(f.text):
            continue
        i = text.find(f.text, sent.start, sent.end)
        if i < 0:
            continue
        if calls:
            if involvement and _CALLED_FALSE.match(text, i + len(f.text), sent.end):
                return f  # "Orvenia calls the allegation a fabrication": a denial by a verdict on the charge
            if figure and _FIGURE_CALLED_AFTER.match(text, i + len(f.text), sent.end):
                return f  # "the department calls that figure unsupported"
            continue
        if figure and _FIGURE_DENIED_AFTER.match(text, i + len(f.text), sent.end):
            return f  # "the department rejects the alliance's figure"
        if involvement and (_DENIED_AFTER.match(text, i + len(f.text), sent.end)
                            or _DENIED_BEFORE.search(text, sent.start, i)
                            or _denied_act(text, i + len(f.text), sent.end, claim.statement)):
            return f
        if negated and _cause_word_at(text, i + len(f.text), sent.end, negated, last=False) is not None:
            return f  # the thing the claim says does not exist, among the first words the denial takes
    return None


# Claims that deny what another claim asserts ("No ransom was paid" against "the government paid a ransom"): the
# words they share are not distinctive, so the negation is what tells a summary's sentence which of them it states.
_POLARITY_NEGATION = re.compile(r"\b(?:no|not|never|nothing|none|without|cannot)\b|n['’]t\b|"
                                r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?)\b|"
                                r"\bfail(?:s|ed|ing)?\s+to\b", re.I)  # "the alarms failed to sound": did not
_STATEMENT_NEGATION = re.compile(r"\b(?:no|not|never|nothing|none)\b|n['’]t\b", re.I)
# a statement that denies its own main predicate: "No ransom was paid", "There was no depot", "The stadium was not
# over capacity", "Officers did not fire"; not a quantifier ("no more than 600") or a negation deep in the clause
_DENYING_STATEMENT = re.compile(r"^\s*(?:there\s+(?:is|was|are|were|has\s+been|have\s+been)\s+)?"
                                r"no\s+(?!more|fewer|less)\w|"
                                r"^[^,;:]{0,60}?\b(?:has|have|had)\s+no\s+(?!more|fewer|less|one\b)\w|"
                                r"^(?:the\s+)?[a-z-]+(?:\s+[a-z-]+)?\s+never\s+[a-z]+(?:\s+[a-z]+){0,3}\s*\.?$|"
                                r"^[^,;:]{0,60}?\b(?:is|was|are|were|did|does|do|has|have|had|will|would|could|can)"
                                r"(?:\s+not|\s+never|n['’]t)\b(?!\s+(?:only|just|more|fewer|less)\b)", re.I)
# ... and, for its source denying it only (not for telling mirror claims apart, where "never" alone misleads), one
# whose first clause says its subject never did it: "The ministry and agencies under it never bought or used spyware"
_NEVER_STATEMENT = re.compile(r"^[^,;:]{0,60}?\bnever\s+[a-z]{3,}", re.I)
_POLARITY_CLAUSE_END = re.compile(r"[,;:()\n]|\s[-–—]\s|\b(?:and|but|while|whereas|although|though)\b", re.I)
# past forms whose stem is not the present's ("paid"/"pay"), so that "did not pay" meets "was paid"
_IRREGULAR_PAST = {"threw": "throw", "thrown": "throw", "paid": "pay",
                   "made": "make", "held": "hold", "fought": "fight", "shot": "shoot",
                   "struck": "strike", "took": "take", "taken": "take", "gave": "give", "given": "give",
                   "sold": "sell", "told": "tell", "led": "lead", "kept": "keep", "left": "leave",
                   "brought": "bring", "caught": "catch", "fled": "flee", "sent": "send", "spent": "spend",
                   "lost": "lose", "won": "win", "built": "build", "bought": "buy", "hid": "hide",
                   "hidden": "hide", "knew": "know", "known": "know", "saw": "see", "seen": "see"}
_POLARITY_FUNCTION_WORDS = frozenset("when where while what how whether because if once".split())
NEGATED_WORDS_NEEDED = 2
"""Statement words a sentence must share with a claim's negated clause, away from its negation word, to state it
(one will do when it is the first content word after the negation: "no ransom", "not over capacity")."""


def _polarity_stem(word: str) -> str:
    """A word's stem for telling asserted from denied: irregular past forms read as their present, an inflection
    ending dropped, six letters at most ("paid", "paying" and "pay" are one; "payments" another)."""
    low = word.lower().replace("’", "'")
    low = _IRREGULAR_PAST.get(low, low)
    low = re.sub(r"(?<=\w{3})(?:ing|ed|es|s)$", "", low) if not low.endswith("ss") else low
    return low[:6]


def _content_stems(text: str, alias_words: set[str]) -> list[str]:
    return [_polarity_stem(w) for w in _CAUSE_WORD.findall(text) if w.lower() not in STATEMENT_STOPWORDS
            and w.lower() not in _POLARITY_FUNCTION_WORDS and w.lower() not in alias_words and len(w) > 2]


@dataclass(frozen=True)
class _Polarity:
    """A case's opposed pairs: for each claim whose first clause is negated, the stems of that clause's content
    words; for each claim that asserts them, the same stems (the denial it is opposed by)."""

    negated: dict[str, frozenset[str]]
    asserted: dict[str, frozenset[str]]


def _polarity(case: Case) -> _Polarity:
    alias_words = _alias_words(case)
    negated: dict[str, frozenset[str]] = {}
    for claim in case.claims:
        first = _POLARITY_CLAUSE_END.split(claim.statement, maxsplit=1)[0]
        if _DENYING_STATEMENT.match(first):
            stems = frozenset(_content_stems(_STATEMENT_NEGATION.sub(" ", first), alias_words))
            if len(stems) >= 1:
                negated[claim.id] = stems
    asserted: dict[str, frozenset[str]] = {}
    for cid, stems in negated.items():
        for claim in case.claims:
            if claim.id == cid or claim.id in negated:
                continue
            own = set()
            for clause in _POLARITY_CLAUSE_END.split(claim.statement):
                if not _STATEMENT_NEGATION.search(clause):
                    own |= set(_content_stems(clause, alias_words))
            if len(stems & own) >= min(NEGATED_WORDS_NEEDED, len(stems)):
                asserted[claim.id] = asserted.get(claim.id, frozenset()) | (stems & own)
    # a denial of one word ("does not recruit children": "recruit") that several claims assert opposes none of
    # them: the word is the story's ("Recruitment peaked in March", "recruited at least 300 boys")
    for stems in negated.values():
        if len(stems) == 1 and sum(1 for s in asserted.values() if stems <= s) > 1:
            asserted = {k: s - stems for k, s in asserted.items() if s - stems}
    # a pair only when one claim asserts what the other denies: a lone negated claim keeps its own words
    keep = {cid for cid, stems in negated.items() if any(stems & s for s in asserted.values())}
    return _Polarity({cid: s for cid, s in negated.items() if cid in keep}, asserted)


_POLARITY: PerCase[_Polarity] = PerCase(_polarity)


def _topical_stem(case: Case, stem: str) -> bool:
    """Whether a stem is one of the story's topic words (:func:`_topic_literals`), in either's form."""
    return any(stem.startswith(t) or t.startswith(stem) for t in _TOPIC_LITERALS.get(case))


def _polarity_mentions(idx: CaseIndex, claim: Claim, text: str, sent: Sentence) -> list[tuple[int, str]]:
    """A mention of one of two opposed claims by the words they share and whether the clause negates them: "the
    government insists no ransom was paid", "denies paying anything" state "No ransom was paid"; "the group says a
    ransom was paid" states the claim it denies. A clause is read from the last comma, semicolon or conjunction."""
    pol = _POLARITY.get(idx.case)
    negated = pol.negated.get(claim.id)
    asserted = pol.asserted.get(claim.id)
    if negated is None and asserted is None:
        return []
    stems = negated if negated is not None else asserted
    bounds = [sent.start, *(m.end() for m in _POLARITY_CLAUSE_END.finditer(text, sent.start, sent.end)), sent.end]
    for start, end in itertools.pairwise(bounds):
        words = list(_CAUSE_WORD.finditer(text, start, end))
        hits = [w for w in words if _polarity_stem(w.group()) in stems]
        if not hits:
            continue
        neg = _POLARITY_NEGATION.search(text, start, end)
        if negated is not None and neg:
            after = [w for w in words if w.start() >= neg.end() and w.group().lower() not in STATEMENT_STOPWORDS]
            before = [w for w in words if w.end() <= neg.start()]
            first = after[0] if after else None
            object_negation = neg.group().lower() in ("nothing", "none", "no") and before and \
                _polarity_stem(before[-1].group()) in stems  # "paid nothing"
            if (first is not None and _polarity_stem(first.group()) in stems) or object_negation or \
                    len({_polarity_stem(w.group()) for w in hits}) >= NEGATED_WORDS_NEEDED:
                at = next((w.start() for w in hits if w.start() >= neg.end()), hits[0].start())
                return [(at, "the words it denies, negated")]
        elif asserted is not None and not neg and \
                len(hit_stems := {_polarity_stem(w.group()) for w in hits}) >= min(NEGATED_WORDS_NEEDED, len(stems)) \
                and not all(_topical_stem(idx.case, w) for w in hit_stems):
            # (not by the story's topic words alone: "the strike on the bridge" asserts no claim against another)
            return [(hits[0].start(), "the words another claim denies, asserted")]
    return []


# Claims that put the same two events in opposite order ("Police used water cannon only after protesters threw
# stones" against "Police turned water cannon on the crowd before any stones were thrown"): their words are shared,
# so the order a summary's clause gives the first event tells which it states.
_ORDER_MARKER = re.compile(r"\b(?P<after>only\s+after|after|following|in\s+response(?:\s+to)?|in\s+retaliation"
                           r"(?:\s+for)?|only\s+once|only\s+then|then)\b|"
                           r"\b(?P<before>before|prior\s+to|ahead\s+of)\b|"
                           r"\b(?P<first>first)\b(?=\s*(?:[,.;:)]|$|\s+(?:and|but|while)\b))", re.I)


@dataclass(frozen=True)
class _Order:
    """A case's pair of claims that order one event against another: for each, whether it says the event came
    after ("after") or before ("before"), and the stems both use for that event (its words before the marker)."""

    relation: dict[str, str]
    event: frozenset[str]
    other: frozenset[str]  # the stems both use for the event it is ordered against (after the marker), if any


def _order_pairs(case: Case) -> _Order | None:
    alias_words = _alias_words(case)
    found: dict[str, tuple[str, frozenset[str]]] = {}
    for claim in case.claims:
        marks = list(_ORDER_MARKER.finditer(claim.statement))
        kinds = {"before" if m.group("before") or m.group("first") else "after" for m in marks}
        if len(kinds) != 1:
            continue  # no order, or both orders in one statement
        pre, post = claim.statement[:marks[0].start()], claim.statement[marks[0].end():]
        found[claim.id] = (kinds.pop(), frozenset(_content_stems(pre, alias_words)),
                           frozenset(_content_stems(post, alias_words)))
    befores = [c for c, (k, _, _) in found.items() if k == "before"]
    afters = [c for c, (k, _, _) in found.items() if k == "after"]
    if len(befores) != 1 or len(afters) != 1:
        return None
    # the event is what both claims say happened, not the names they share ("the Marlen ... the Tessar" of two claims
    # that order a collision and a turn across the bow oppositely)
    names = frozenset(_content_stems(" ".join(w for c in case.claims if c.id in found
                                              for w in re.findall(r"(?<=\s)[A-Z][\w'-]*", c.statement)), alias_words))
    event = (found[befores[0]][1] & found[afters[0]][1]) - names
    if not event:
        return None
    other = (found[befores[0]][2] & found[afters[0]][2]) - event
    return _Order({befores[0]: "before", afters[0]: "after"}, event, other)


_ORDER: PerCase[_Order | None] = PerCase(_order_pairs)


def _order_mentions(idx: CaseIndex, claim: Claim, text: str, sent: Sentence) -> list[tuple[int, str]]:
    """A mention of one of two claims that order the same events oppositely: the clause's order marker, and
    whether the event both claims order stands before it ("water cannon were used only after stones were thrown")
    or after it ("demonstrators threw stones before the water cannon was deployed", the order reversed)."""
    pair = _ORDER.get(idx.case)
    if pair is None or claim.id not in pair.relation:
        return []
    bounds = [sent.start, *(m.end() for m in _POLARITY_CLAUSE_END.finditer(text, sent.start, sent.end)), sent.end]
    for start, end in itertools.pairwise(bounds):
        for m in _ORDER_MARKER.finditer(text, start, end):
            words = list(_CAUSE_WORD.finditer(text, start, end))
            hits = [w for w in words if _polarity_stem(w.group()) in pair.event]
            if not hits:
                continue
            before_marker = any(w.end() <= m.start() for w in hits)
            # the event after the marker: what comes before it must be the other event ("92,000 joined the rally
            # before police broke it up with water cannon" orders the rally, not the stones)
            if pair.other and not m.group("first") and not before_marker and \
                    not any(_polarity_stem(w.group()) in pair.other for w in words if w.end() <= m.start()):
                continue
            if m.group("first"):
                relation = "before"
            elif m.group("after"):
                relation = "after" if before_marker or m.group().lower().endswith("then") else "before"
            else:
                relation = "before" if before_marker else "after"
            if relation == pair.relation[claim.id]:
                return [(m.start(), "the order it gives the event")]
    return []


_NEGATED_THING = re.compile(r"^\s*(?:there\s+(?:is|was|are|were)\s+)?no\s+(?P<thing>[^,;.]+?)\s+"
                            r"(?:exists?|existed|was|were|is|are|has|have|had)\b", re.I)


# ... or that its subject did, gave or got none of it: "Harwell Minerals paid no ransom for the workers' release",
# "There was no release of virus from the institute" (the thing: up to a preposition or the clause's end)
_NONE_OF_THING = re.compile(r"^[^,;:]{0,60}?\b(?:[a-z]+ed|paid|made|gave|got|took|held|had|did|was|were)\s+no\s+"
                            r"(?!more\b|fewer\b|less\b|longer\b|one\b)(?P<thing>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)"
                            r"(?=\s+(?:for|to|in|on|at|from|of|with|by|during|since|after|before|and)\b|\s*[,;.]|\s*$)",
                            re.I)


def _negated_things(case: Case) -> dict[str, frozenset[str]]:
    """For each claim that says a thing does not exist ("No secret list exists", "There was no depot") or that its
    subject paid, made or got none of it ("Harwell paid no ransom"), the stems of that thing's words: a denial of that
    thing by the claim's source states the claim ("Harwell denies paying any ransom")."""
    out = {}
    for claim in case.claims:
        m = _NEGATED_THING.match(claim.statement) or _NONE_OF_THING.match(claim.statement)
        if m and (stems := _cause_stems(m.group("thing"), set())):
            out[claim.id] = frozenset(stems)
    return out


def _ascii_lower(text: str, sent: Sentence) -> str | None:
    """The sentence lower-cased when it is ASCII (then a case-insensitive ASCII word occurs in it only if its lower
    case is a substring), else None."""
    part = text[sent.start:sent.end]
    return part.lower() if part.isascii() else None


_TERM_HEAD, _TERM_TAIL = r"(?<![\w])", r"\w*"
_COMPOUND_JOIN = r"\w*[\s-]"  # between the parts of a compound's term: "mosquito-control", "mosquito control"


_TERM_LITERALS: dict[int, tuple[re.Pattern[str], str | None]] = {}
""":func:`_term_literal` by the pattern's identity (with the pattern, so the id cannot be reused while filed; a
pattern's own hash reads its whole program)."""


def _term_literal(term: re.Pattern[str]) -> str | None:
    """The word a statement term (``(?<![\\w])`` + escaped word + ``\\w*``, case-insensitive) starts with, lower-cased,
    when it is ASCII: a match in ASCII text contains it, so a sentence without it needs no search. None: no shortcut."""
    hit = _TERM_LITERALS.get(id(term))
    if hit is not None and hit[0] is term:
        return hit[1]
    if len(_TERM_LITERALS) >= 65536:
        _TERM_LITERALS.clear()
    lit = _TERM_LITERALS[id(term)] = (term, _read_term_literal(term))
    return lit[1]


def _read_term_literal(term: re.Pattern[str]) -> str | None:
    p = term.pattern
    if not (p.startswith(_TERM_HEAD) and p.endswith(_TERM_TAIL)) or term.flags & re.I == 0:
        return None
    body = p[len(_TERM_HEAD):-len(_TERM_TAIL)].split(_COMPOUND_JOIN)[0]  # a compound: its first part
    word = re.sub(r"\\(.)", r"\1", body, flags=re.S)
    if not word or not word.isascii() or re.escape(word) != body:
        return None
    return word.lower()


def _is_loaded_word(case: Case, word: str) -> bool:
    """Whether a word of a summary is (a form of) one of the case's loaded terms."""
    return word.lower().startswith(_LOADED_STEMS.get(case))


def _loaded_stems(case: Case) -> tuple[str, ...]:
    """The leading letters a form of one of the case's one-word loaded terms starts with, built once per case."""
    return tuple(form.lower()[:max(4, len(form) - 2)] for lt in case.loaded_terms for form in lt.all_forms
                 if " " not in form)


_LOADED_STEMS: PerCase[tuple[str, ...]] = PerCase(_loaded_stems)


def _cue_mentions(idx: CaseIndex, claim: Claim, text: str, sent: Sentence,
                  low: str | None = _UNREAD) -> list[tuple[int, str]]:
    """The claim's first cue matched in the sentence (its statement's words for a claim without cues); ``low``: the
    sentence's :func:`_ascii_lower`, when the caller has it."""
    if low is _UNREAD:
        low = _ascii_lower(text, sent)
    if not claim.cues:
        return _statement_mentions(idx, claim, text, sent, low)
    if low is not None:
        gate = _cue_gate(claim.cues, idx.cues[claim.id])
        if gate is not None and not any(map(low.__contains__, gate)):
            return []  # no cue's first term can match: the loop below would find nothing
    out: list[tuple[int, str]] = []
    for cue, terms in zip(claim.cues, idx.cues[claim.id], strict=True):
        positions = []
        for term, need in zip(terms, _cue_needs(cue, len(terms), low), strict=True):
            m = term.pattern.search(text, sent.start, sent.end) if _may_occur(need, low) else None
            if term.negative:
                if m:
                    break  # a word the cue excludes: "the town's industrial zone" is not the town
                continue
            if not m:
                break
            positions.append(m.start())
        else:
            if positions:
                # the last term is the content word more often than the first (which may be the subject)
                out.append((max(positions), f"cue {cue!r}"))
    return out[:1]


_ALNUM_HEAD = re.compile(r"[A-Za-z0-9]+")


@functools.lru_cache(maxsize=65536)
def _cue_chunks(cue: str) -> tuple[tuple[str, ...] | None, ...]:
    """For each term of a cue, split as :func:`compile_cue` splits it, the lower-cased leading ASCII letters and
    digits of each of its alternatives ("slow*" -> "slow", "re-elect*" -> "re"): every match of the term starts with
    one of them. None for a term with an alternative that has none ("%")."""
    out: list[tuple[str, ...] | None] = []
    for term in (t.strip() for t in cue.split("&")):
        if not term:
            continue
        heads = [_ALNUM_HEAD.match(a.strip()) for a in term.lstrip("!").strip("() ").split("|")]
        out.append(tuple(h.group().lower() for h in heads if h) if all(heads) else None)
    return tuple(out)


_CUE_GATES: dict[int, tuple[list[list[CueTerm]], tuple[str, ...] | None]] = {}


def _cue_gate(cues: list[str], compiled: list[list[CueTerm]]) -> tuple[str, ...] | None:
    """The words one of which an ASCII sentence must hold for any of a claim's cues to match there: for each cue,
    the :func:`_cue_chunks` of its first positive term (a cue without one never matches). None when a cue's terms
    have no such words: no shortcut. Kept per compiled cue list (the case index's), by identity."""
    hit = _CUE_GATES.get(id(compiled))
    if hit is not None and hit[0] is compiled:
        return hit[1]
    words: list[str] | None = []
    for cue, terms in zip(cues, compiled, strict=True):
        chunks = _cue_chunks(cue)
        first = next((i for i, t in enumerate(terms) if not t.negative), None)
        if len(chunks) != len(terms) or (first is not None and chunks[first] is None):
            words = None
            break
        if first is not None:
            words.extend(chunks[first])  # type: ignore[arg-type]
    gate = None if words is None else tuple(dict.fromkeys(words))
    if len(_CUE_GATES) >= 65536:
        _CUE_GATES.clear()
    _CUE_GATES[id(compiled)] = (compiled, gate)
    return gate


def _cue_needs(cue: str, n: int, low: str | None) -> tuple[tuple[str, ...] | None, ...]:
    """:func:`_cue_chunks` of a cue with ``n`` compiled terms, or no shortcut (all None) when the sentence is not
    ASCII (``low`` None) or the split disagrees."""
    chunks = _cue_chunks(cue) if low is not None else ()
    return chunks if len(chunks) == n else (None,) * n


def _may_occur(need: tuple[str, ...] | None, low: str | None) -> bool:
    """False only when the ASCII sentence ``low`` holds none of the words a term's every match starts with: then its
    search finds nothing (a case-insensitive search tries the alternation at every offset)."""
    return need is None or low is None or any(map(low.__contains__, need))


# where a coordinated report starts a clause of its own: "... is the largest in 15 years and says the union's ..."
# (or the next complement of the same report: "X says A and that B")
_NEXT_REPORT = re.compile(rf";|\s(?:and|but|while|whereas)\s+(?:also\s+)?(?:{_VERB.pattern})\b"
                          r"|,?\s(?:and|but)\s+that\b", re.I)


def _report_clause(sent: Sentence, pos: int) -> Sentence:
    """The part of the sentence around pos between coordinated reports ("X says A and says B", "X says A and that
    B")."""
    start, end = sent.start, sent.end
    for m in _NEXT_REPORT.finditer(sent.text):
        at = sent.start + m.start()
        if at < pos:
            start = at
        else:
            end = min(end, at)
            break
    return replace(sent, start=start, end=end, text=sent.text[start - sent.start:end - sent.start])


def _sibling_figure(case: Case, claim: Claim, numbers: list[NumberVerdict], sent: Sentence, text: str = "") -> bool:
    """True when the sentence states another claim's figure of the same unit as one of this claim's:
    then the sentence is about that claim ("police estimated 100,000", where 100,000 is the organisers'
    figure), and this claim's word cues do not count as a mention. A figure something is compared with ("kept
    releases above the required 450 m³/s") is no such statement. ``numbers``: at least the sentence's."""
    if not claim.numbers:
        return False
    unit_of = _NUMBER_UNITS.get(case)
    units = {unit_of[n] for n in claim.numbers}
    for n in numbers:
        if (n.number_id and n.number_id not in claim.numbers and sent.start <= n.span[0] < sent.end
                and unit_of[n.number_id] in units and not (text and is_comparison_standard(text, n.span))
                and not clock.is_clock(n)):  # (a time of day sets the scene of both sides' accounts)
            return True
    return False


def _number_units(case: Case) -> dict[str, str]:
    """Each case number's unit by id (the first number with an id, as ``case.number``), for :func:`_sibling_figure`."""
    out: dict[str, str] = {}
    for num in case.numbers:
        out.setdefault(num.id, num.unit)
    return out


_NUMBER_UNITS: PerCase[dict[str, str]] = PerCase(_number_units)


def _shared_values(case: Case) -> frozenset[float]:
    """The values that more than one count of the case has ("two missiles shot down", "two military boats"; a bare
    figure is read as a count, so "14 hours" beside "14 deaths" leaves a bare 14 the deaths')."""
    seen: set[float] = set()
    shared: set[float] = set()
    for num in case.numbers:
        if units.parse_unit(num.unit).dimension == "count":
            (shared if num.value in seen else seen).add(num.value)
    return frozenset(shared)


_SHARED_VALUES: PerCase[frozenset[float]] = PerCase(_shared_values)


def _by_sentence(numbers: list[NumberVerdict], sentences: list[Sentence]) -> list[list[NumberVerdict]]:
    """Each sentence's numbers (those that start inside it), in order: one pass over both lists, which are in text
    order, instead of every number for every sentence."""
    starts = [s.start for s in sentences]
    out: list[list[NumberVerdict]] = [[] for _ in sentences]
    for n in numbers:
        i = bisect_right(starts, n.span[0]) - 1
        if i >= 0 and n.span[0] < sentences[i].end:
            out[i].append(n)
    return out


def _own_values(case: Case) -> dict[str, frozenset[float]]:
    """For each source, the values of the case numbers that the claims it may be credited with state."""
    idx = index(case)
    values = {n.id: float(n.value) for n in case.numbers}
    out: dict[str, set[float]] = {}
    for claim in case.claims:
        for src in case.sources:
            if _accepts(idx, claim, src.id):
                out.setdefault(src.id, set()).update(values[n] for n in claim.numbers if n in values)
    return {k: frozenset(v) for k, v in out.items()}


_OWN_VALUES: PerCase[dict[str, frozenset[float]]] = PerCase(_own_values)
_POSS_VALUE = re.compile(r"\d[\d,]*(?:\.\d+)?(?:\s+(?P<scale>million|billion|thousand))?", re.I)
_SHARE_OR_MONEY = re.compile(r"[%$€£¥]|\bper\s*cent|\bpercent", re.I)


def _own_figure(idx: CaseIndex, sid: str | None, fig: str) -> bool:
    """Whether a possessive's figure ("the institute's 38 sites") is one that a claim its possessor may be credited
    with states: the possessor's own count, its account wherever it stands ("Marquardt said nine of the institute's 38
    sites ..."), not a thing it has."""
    m = _POSS_VALUE.search(fig) if sid else None
    if m is None or sid is None or _SHARE_OR_MONEY.search(fig):
        return False  # "the agency's 40% cut", "Valdoria's 35% tariffs": a measure of what it does
    value = float(m.group().split()[0].replace(",", "")) * SCALE_WORDS.get((m.group("scale") or "").lower(), 1)
    return value in _OWN_VALUES.get(idx.case).get(sid, frozenset())


def _accepts(idx: CaseIndex, claim: Claim, source_id: str) -> bool:
    return _accepted(claim, source_id, idx.kinds, idx.sides)


def _accepted(claim: Claim, source_id: str, kinds: dict[str, str], sides: dict[str, str]) -> bool:
    """Whether a claim accepts a source: by its id, or by its side when the source is a generic one ("side:X")."""
    if source_id in claim.accept:
        return True
    return kinds.get(source_id) == "generic" and f"side:{sides.get(source_id)}" in claim.accept


@dataclass(frozen=True)
class _Judgement:
    """The verdict for one mention, with the source credited, the phrase that decided it and the rule."""

    verdict: str
    source_id: str | None
    phrase: str | None
    rule: str
    rule_id: str


_EVIDENCE_FRAME = re.compile(r"(?:the\s+|these\s+|those\s+|satellite\s+|drone\s+|aerial\s+)*(?:images|pictures|photos|"
                             r"photographs|footage|videos?|imagery|documents|records|data|tests|samples)\b", re.I)


_CITING = re.compile(r"(?:citing|quoting)\b", re.I)


def _judge(idx: CaseIndex, claim: Claim, text: str, sent: Sentence, pos: int, frames: list[Frame],
           quotes: list[tuple[int, int]], mentions: Sequence[int] = ()) -> _Judgement:
    """Verdict for one mention at ``pos``: the innermost frame covering it decides, else a narrator hedge,
    else the narrator's voice. ``mentions``: where the sentence mentions the claim (:func:`_in_own_words`)."""
    covering = [f for f in frames if f.covers(pos)]
    if covering:
        f = max(enumerate(covering), key=lambda p: (p[1].scope[0], p[0]))[1]
        if f.status == "source" and f.source_id and not _accepts(idx, claim, f.source_id) and \
                (f.rule_id in {R_POSSESSIVE, R_POSS_FIGURE} or _CITING.match(f.text)):
            # "The riders' group says the authority's own data show ridership rising 7%": the speaker draws the
            # claim from another's report; either may be the claim's source; so does "The Courier, citing company
            # records, reported that ..." (the speaker's reach ends where the report's words begin: "X says Y's
            # figures show ...")
            words_at = f.scope[0] - len(f.text) - 2
            outer = next((o for o in frames if o is not f and o.status == "source" and o.source_id
                          and o.rule_id in _SPEAKER_RULES and o.scope[0] <= f.scope[0]
                          and (o.covers(pos) or words_at <= o.scope[1] <= f.scope[0])
                          and _accepts(idx, claim, o.source_id)), None)
            if outer is not None:
                f = outer
        if f.status == "source" and f.source_id:
            if _accepts(idx, claim, f.source_id):
                return _Judgement("attributed", f.source_id, f.text, f"{f.rule}: accepted source", f.rule_id)
            return _Judgement("misattributed", f.source_id, f.text, f"{f.rule}: source not accepted by the claim",
                              f.rule_id)
        if f.status == "unknown":
            return _Judgement("misattributed", None, f.text, f"{f.rule}: a source the claim does not accept", f.rule_id)
        if f.status == "denial" and f.source_id and claim.id in idx.denials:  # the claim is itself a denial
            if _accepts(idx, claim, f.source_id):
                return _Judgement("attributed", f.source_id, f.text, f"{f.rule}: the claim is the denier's own",
                                  f.rule_id)
            return _Judgement("misattributed", f.source_id, f.text, f"{f.rule}: a denial the claim credits to another",
                              f.rule_id)
        return _Judgement("hedged", None, f.text, f"{f.rule}: {f.status} frame names no accepted source", f.rule_id)
    own = _in_own_words(idx, claim, text, pos, frames, mentions)
    if own is not None:
        return own
    clause = clause_bounds(text, sent.start, sent.end, pos)
    hedge = hedging.find_hedge(text, clause[0], clause[1], pos, quotes)
    if hedge:
        return _Judgement("hedged", None, hedge.phrase, f"narrator hedge {hedge.phrase!r}",
                          R_SCARE if hedge.kind == "scare-quotes" else R_HEDGE)
    return _Judgement("unattributed", None, None, "stated in the narrator's voice", R_NARRATOR)


def _in_own_words(idx: CaseIndex, claim: Claim, text: str, pos: int, frames: list[Frame],
                  mentions: Sequence[int]) -> _Judgement | None:
    """A mention set off by commas (or in an "of"/"from" phrase) inside the words of a source's frame, between its
    name and its verb, for a claim that source is credited with and that the report itself states too: the source's
    account of how it knows, part of its report ("The Audit Chamber, which reviewed 1,260 contracts, puts the extra
    cost at 310 million": the 1,260 contracts and the 310 million are one claim of the chamber's). A description of
    the source that states a claim its report does not go on with ("The mission, which deployed 420 observers, said
    the broadcaster ...") stays the narrator's."""
    for f in frames:
        lo = f.scope[0] - len(f.text)
        if f.rule_id == R_VERB and f.status == "source" and f.source_id and lo <= pos < f.scope[0] and \
                text.startswith(f.text, lo) and ("," in text[lo:pos] and "," in text[pos:f.scope[0]] or
                                                 _OWN_PP_BEFORE.search(text, lo, pos)) and \
                _accepts(idx, claim, f.source_id) and any(f.scope[0] <= p < f.scope[1] for p in mentions):
            return _Judgement("attributed", f.source_id, f.text, f"{f.rule}: the source's account of itself",
                              f.rule_id)
    return None


# the source's own prepositional phrase before the mention: "minutes from a 14 September meeting record ..."
_OWN_PP_BEFORE = re.compile(r"\s(?:of|from|dated)\s+[^,;:]*$", re.I)


@dataclass
class Analysis:
    """The structure of one summary: sentences, quotations and each sentence's reporting frames."""

    text: str
    sentences: list[Sentence]
    quotes: list[tuple[int, int]]
    frames: list[list[Frame]]

    def frames_at(self, pos: int) -> list[Frame]:
        """The frames whose scope covers offset ``pos`` (sentences are in text order and do not overlap)."""
        i = bisect_right(self.sentences, pos, key=_sentence_start) - 1
        if i >= 0 and pos < self.sentences[i].end:
            return [f for f in self.frames[i] if f.scope[0] <= pos < f.scope[1]]
        return []


_SETTING_DIMENSIONS = frozenset({"date", "duration", "length", "area", "mass", "volume"})


def _setting_numbers(case: Case) -> frozenset[str]:
    """The ids of the case numbers that set a scene (a date, a span of time, a distance, an area, a weight) rather
    than count what is disputed."""
    return frozenset(n.id for n in case.numbers if units.parse_unit(n.unit).dimension in _SETTING_DIMENSIONS)


_SETTING_NUMBERS: PerCase[frozenset[str]] = PerCase(_setting_numbers)


def _setting_dimension(case: Case, how: str) -> bool:
    """Whether a figure mention ("number n-id (text)") is of a number that sets the scene."""
    return how.split()[1] in _SETTING_NUMBERS.get(case)


_FIGURE_AND_NOUN = re.compile(r"\S*(?:\s+[\w-]+){0,2}")  # a figure and the words that count or measure it


def _states_claim_words(idx: CaseIndex, claim: Claim, text: str, sent: Sentence, pos: int) -> bool:
    """Whether a sentence stating a claim's figure also holds a word of the claim's statement beyond the figure and
    its noun (claims with cues: always, their cues decide)."""
    terms = idx.statement_terms.get(claim.id)
    if terms is None:
        return True
    fig = _FIGURE_AND_NOUN.match(text, pos, sent.end)
    rest = text[sent.start:pos] + " " + text[fig.end() if fig else pos:sent.end]
    return any(term.search(rest) for term, _distinct in terms)


def _sentence_start(sent: Sentence) -> int:
    return sent.start


def _within_mention(idx: CaseIndex, claim: Claim, text: str, span: Span, pos: int, at: int) -> bool:
    """Whether offset ``at`` lies among the words by which ``claim`` is mentioned at ``pos`` in the sentence ``span``:
    from its first to its last statement word there (or the mention's own word, for a claim recognised otherwise)."""
    lo, hi = pos, pos + 1
    for term, _d in idx.statement_terms.get(claim.id, ()):
        for m in term.finditer(text, span[0], span[1]):
            lo, hi = min(lo, m.start()), max(hi, m.end())
    return lo <= at < hi


def analyse(case: Case, text: str | Doc) -> Analysis:
    """Find every reporting frame of a summary (or its :class:`~scorers.tokens.Doc`), with scopes."""
    idx = index(case)
    doc = read(text)
    text, sents, quotes = doc.text, doc.sentences, doc.quotes
    ctx = _Context()
    frames_by_sent: list[list[Frame]] = []
    inherited: list[Frame] = []
    for sent in sents:
        ctx.begin_sentence()
        frames = _frames_in(idx, text, sent, ctx, quotes)
        if sent.lead_in:
            inherited = [Frame((0, len(text)), f.source_id, f.status, f.text, f"{f.rule} over the bullets", R_BULLETS,
                               head=f.head) for f in frames[:1]]
        elif not sent.bullet:
            inherited = []
        if sent.bullet and inherited:
            frames = [Frame((sent.start, sent.end), f.source_id, f.status, f.text, f.rule, f.rule_id, head=f.head)
                      for f in inherited] + frames
        frames_by_sent.append(frames)
    return Analysis(text, sents, quotes, frames_by_sent)


# a date that dates a document: "a memo dated July 2", "the July 2 memo", "its March 3 report"
_DATED_BEFORE = re.compile(r"\bdated\s+(?:on\s+)?(?:[A-Z][a-z]+\.?\s+)?$")
_DOCUMENT_AFTER = re.compile(rf"(?:,?\s+\d{{4}})?\s+(?:[a-z]+\s+)?(?:memo|memos|letter|email|e-mail|document|"
                             rf"{_alt(REPORT_NOUNS)})\b", re.I)
# the size of a study: "a survey of 1,150 households", "a poll of 2,000 voters", "tests on 40 samples"
_SAMPLE_BEFORE = re.compile(r"\b(?:survey|surveys|poll|polls|study|studies|sample|samples|questionnaire|tests?\s+on|"
                            r"census|interviews\s+with)\s+of\s+(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|"
                            r"more\s+than\s+|over\s+)?$|\btests?\s+on\s+$|\binterviews\s+with\s+$|"
                            # ... or what a body examined to find it: "examined receipts for 11 brigades and found"
                            r"\b(?:examined|reviewed|tested|surveyed|interviewed|checked|inspected|sampled|analy[sz]ed|"
                            r"audited|polled)\s+(?:(?!and\b|but\b)[a-z]+\s+){0,3}(?:of\s+|for\s+|from\s+|in\s+)?"
                            r"(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$", re.I)


def _names_its_document(text: str, n: NumberVerdict) -> bool:
    """Whether the figure describes the document or study that is the claim's source, not what it found: a day that
    dates it ("a memo dated July 2", "the July 2 memo") or its size ("a survey of 1,150 households")."""
    if _SAMPLE_BEFORE.search(text, max(0, n.span[0] - 40), n.span[0]):
        return True
    if n.unit is None or n.unit.lower() not in MONTHS:
        return False
    return bool(_DATED_BEFORE.search(text, max(0, n.span[0] - 40), n.span[0])) or \
        bool(_DOCUMENT_AFTER.match(text, n.span[1]))


def attribute(case: Case, text: str | Doc, numbers: list[NumberVerdict] | None = None,
              analysis: Analysis | None = None) -> list[ClaimVerdict]:
    """Find the claims a summary mentions and judge how each is attributed.

    Args:
        case: the case whose claims are looked for.
        text: the summary.
        numbers: the numbers scorer's verdicts for the same text (a stated number of a claim
            mentions it); computed here if not given.
        analysis: the summary's sentences and frames (from :func:`analyse`); computed if not given.

    Returns:
        One verdict per mentioned claim, in the order of the case's claims; when a claim is
        mentioned more than once, the worst presentation counts (a contested claim stated bare
        once is stated bare).
    """
    idx = index(case)
    doc = read(text)
    text = doc.text
    if numbers is None:
        from scorers.numbers import score_numbers

        numbers = score_numbers(case, text)
    an = analysis or analyse(case, doc)
    number_of = {c.id: set(c.numbers) for c in case.claims}
    shared = _SHARED_VALUES.get(case)
    # a figure written for the wrong thing ("turnout at 54%" when 54% is the vote share) is about
    # that other thing: it mentions neither its own claim nor blocks the other claim's word cues
    numbers = [n for n in numbers if n.reason != "referent"]
    per_sentence = _by_sentence(numbers, an.sentences)
    lows = [_ascii_lower(text, sent) for sent in an.sentences]  # each sentence lower-cased once, for every claim
    rows = list(zip(an.sentences, an.frames, per_sentence, lows, strict=True))
    # (sentence, source) -> the claims credited to that source there, each where it is mentioned
    own_voiced: dict[tuple[int, str], list[tuple[Claim, int]]] = {}
    best_pos: dict[str, int] = {}  # where the worst mention of each claim is
    # where each case figure is first stated: "the 23 days" after it, in a denial, is the denier citing it back
    # ("Varo denied the review was rushed, saying the 23 days covered only final drafting"), no new statement of
    # its claim
    first_at: dict[str | None, int] = {}
    for n in numbers:
        first_at.setdefault(n.number_id, n.span[0])

    def verdict_of(claim: Claim, skip: frozenset[int] = frozenset()) -> ClaimVerdict | None:
        best: ClaimVerdict | None = None
        # a claim without cues that the summary states by its figure is recognised by that figure: its words
        # elsewhere ("the two sides dispute how many walked out") are talk about it, not a second statement
        own = number_of[claim.id]
        by_figure = not claim.cues and any(n.number_id in own for n in numbers)
        bare_figures: list[ClaimVerdict] = []  # its figures stated in the narrator's voice
        gate = _cue_gate(claim.cues, idx.cues[claim.id]) if claim.cues else None  # as _cue_mentions reads it
        for sent, frames, in_sent, low in rows:
            if best is not None and best.verdict == "unattributed":
                break  # the worst verdict is in and only a worse one replaces it: later mentions change nothing
            # (a bare figure that several case numbers have, "two", is this claim's only beside its words)
            mentions = [(n.span[0], f"number {n.number_id} ({n.text})") for n in in_sent
                        if n.number_id in own and not (n.unit is None and n.value in shared and not
                                                       _states_claim_words(idx, claim, text, sent, n.span[0]))
                        and not (first_at[n.number_id] < sent.start and
                                 _DEFINITE_BEFORE.search(text, max(0, n.span[0] - 8), n.span[0]) and
                                 _DENIAL.search(text, sent.start, n.span[0]))
                        ] if in_sent else []
            # (an ASCII sentence without a word the claim's cues start with: no cue mention, nothing to look up)
            if not mentions and not by_figure and sent.start not in skip and \
                    (gate is None or low is None or any(map(low.__contains__, gate))):
                # a sentence without figures states no other claim's figure (:func:`_sibling_figure`)
                if not (in_sent and _sibling_figure(case, claim, in_sent, sent, text)):
                    mentions += _cue_mentions(idx, claim, text, sent, low)
                    if not mentions and not claim.cues:
                        mentions += _own_source_word(idx, claim, text, sent, frames, low) or \
                            _own_source_combination(idx, claim, text, sent, frames, low)
                elif not claim.cues:  # another claim's figure beside it, but the cause named is this claim's
                    mentions += _cause_mentions(idx, claim, text, sent)
                    if not mentions:  # ... or its word, in a report of its own clause ("..., and says the union's
                        # numbers are misleading"), away from that figure
                        mentions += [hit for hit in _own_source_word(idx, claim, text, sent, frames, low)
                                     if not _sibling_figure(case, claim, in_sent, _report_clause(sent, hit[0]), text)]
            if not mentions and claim.id in idx.denials and sent.start not in skip:
                denial = _generic_denial(idx, claim, text, sent, frames)
                if denial is not None:  # "Korvenia denies it": the denier's own denial, stated by its verb
                    cv = ClaimVerdict(claim.id, "attributed", (sent.start, sent.end), denial.source_id, sent.text,
                                      denial.text, f"{denial.rule}: the claim is the denier's own",
                                      "a denial by its source", denial.rule_id)
                    best = best or cv
            at = [p for p, _ in mentions]  # where the sentence mentions the claim, for every judgement below
            # (a day that dates the claim's document, "a memo dated July 2", or a study's size names its source, like a
            # setting)
            describing = {n.span[0] for n in in_sent if n.number_id in own and _names_its_document(text, n)} \
                if in_sent else set()
            for pos, how in mentions:
                if best is not None and best.verdict == "unattributed":
                    break  # (as above: nothing after the worst verdict counts)
                j = _judge(idx, claim, text, sent, pos, frames, an.quotes, at)
                if parsed.enabled():  # the parser stage (scorers/parsed.py); on unless CNH_PARSER=0
                    j = parsed.reconsider(idx, claim, text, sent, pos, j, an.quotes)
                cv = ClaimVerdict(claim.id, j.verdict, (sent.start, sent.end), j.source_id, sent.text, j.phrase, j.rule,
                                  how, j.rule_id)
                if (pos in describing and j.verdict != "attributed") or (
                        j.verdict == "unattributed" and how.startswith("number ") and _setting_dimension(case, how)
                        and not _states_claim_words(idx, claim, text, sent, pos)):
                    bare_figures.append(cv)  # "Seven months later, ...": the figure alone, with none of its words
                    continue
                if j.verdict == "attributed" and j.source_id is not None:
                    own_voiced.setdefault((sent.start, j.source_id), []).append((claim, pos))
                if best is None or VERDICT_RANK[j.verdict] > VERDICT_RANK[best.verdict]:
                    best = cv
                    best_pos[claim.id] = pos
        if bare_figures and (best is None or best.verdict == "unattributed"):
            # a claim's figure alone in the narrator's voice, the claim told with its source elsewhere, is background
            # ("Seven months later, hundreds walked out" beside "the union says it warned seven months before")
            best = best or bare_figures[0]
        return best

    results: list[ClaimVerdict] = []
    firsts = [verdict_of(claim) for claim in case.claims]
    for claim, best in zip(case.claims, firsts, strict=True):
        skip: frozenset[int] = frozenset()
        while best is not None and best.verdict == "misattributed" and best.source is not None and \
                not best.mention.startswith("number ") and \
                any(_within_mention(idx, other, text, best.span, at, best_pos[claim.id])
                    for other, at in own_voiced.get((best.span[0], best.source), ())):
            # the words are those of a claim the credited source is rightly credited with (a rival's account of the
            # same thing: "the governor says the budget was cut" is her claim, not the ministry's "not cut" given her)
            skip |= {best.span[0]}
            best = verdict_of(claim, skip)
        if best is not None:
            results.append(best)
    return results


# Patterns of the functions above, compiled once at import (not looked up in re's cache, which per-case
# patterns would churn).
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[.;:!?)\]]|$)")
_COMMA_CONJ_AFTER = re.compile(r"\s*,\s*(?:and|but|while|whereas|although|though|yet)\b", re.I)
_COMMA_OR_DASH_AFTER = re.compile(r"\s*[,—–]")
_COMMA_OR_DASH_BEFORE = re.compile(r"[,—–(]\s*$")
_FIGURE_START = re.compile(rf"\s*(?:(?:{_QUALIFIERS})\s+)?(?:[$€£¥]?\d|(?:{_FIGURE_WORDS})\b)", re.I)
# what a denial verb acts on, when it is counted: "rejected 6,000 claims", "refused or delayed more than 300 visas"
_COUNTED_OBJECT = re.compile(rf"(?:\s+(?:or|and)\s+[a-z]+)?{_FIGURE_START.pattern}", re.I)
_AS_BEFORE_TAIL = _TailSearch(re.compile(rf"\bas\s+(?:the\s+)?(?:(?:{_alt(SPEAKER_ADJECTIVES)})\s+)?$", re.I), 4)
_FIGURE_BEFORE_AS = re.compile(rf"(?:[$€£¥]?\d[\d.,]*%?|\b(?:{_FIGURE_WORDS})\b)(?:\s+(?:million|billion|thousand))?"
                               r"(?:\s+[a-z%-]+){0,2}\s+$", re.I)
_NEXT_ACCOUNT_AFTER = re.compile(r"\s*[,;]\s*(?:(?:or|and|but|while|versus|vs\.?|against|compared\s+with)\s+)?"
                                 + _FIGURE_START.pattern, re.I)
# one to three words up to a clause's end: a possessive's noun phrase ("'s preliminary count"), or a possessive
# pronoun's ("their association")
_NP_WORDS_TO_END = r"(?:\s+[\w-]+){1,3}?(?=\s*(?:[,.;:!?)\]—–]|$))"
_POSS_NP_TO_END = re.compile(r"['’]s?" + _NP_WORDS_TO_END)
_APPOSED_FIGURE_TAIL = _TailSearch(re.compile(rf"(?:{_FIGURE_DIGITS}|\b(?:{_FIGURE_WORDS}))"
                                               r"(?:\s+[a-z%-]+){0,2}\s*,\s*(?:the\s+)?$", re.I), 6)
_COUNTED_IN_TAIL = _TailSearch(re.compile(rf"(?:{_FIGURE_DIGITS}|\b(?:{_FIGURE_WORDS}))(?:\s+[a-z%-]+){{0,2}}"
                                           r"\s+(?:[a-z]+ed|given|shown)\s+(?:in|by)\s+(?:the\s+)?$", re.I), 7)
_APPOSITIVE_END = re.compile(r"\s*(?:[,;)]|\.(?:\s|$)|$|\s+(?:to|and|or|against|versus)\b)")
_MAIN_CLAUSE_RESUMES = re.compile(r",\s+(?:(?!(?:need|speed|feed|seed|red|bed|shed)\b)[a-z]+ed|has|have|had|will|"
                                  r"would)\b")
_SPEAKER_ACTS = re.compile(rf",\s+and\s+(?:(?:he|she|it|they)\s+)?(?:has|have|had)\s+(?:also\s+|since\s+|now\s+)?"
                           rf"(?!(?:{_alt(HEARSAY_SPEECH_FORMS)})\b)[a-z]+ed\b", re.I)
_OWN_ACCOUNT_SEP = re.compile(r"\s*:\s+")  # a colon introduces the account; a semicolon may be the narrator's
_AFTER_SEMICOLON = re.compile(r";\s*(?:the\s+)?$", re.I)
_NP_TO_END = re.compile(_NP_WORDS_TO_END)
_OPENER_AT_END = re.compile(r"[,(—–]\s*$")
_WORD_AFTER = re.compile(r"\s+[a-z]")  # "..., saying she hid the memo": a pronoun that goes on is a subject
_FINITE_AFTER = re.compile(r"\s+(?:should|would|will|could|might|must|may|can|shall|had|has|have|were|was|are|is|"
                           r"did|do|does)\b", re.I)
# a finite verb right after a reporting verb, whose subject is a gap: "the 35 that Halvern says worked"
_GAPPED_VERB_AFTER = re.compile(r"\s+(?:had|has|have|were|was|are|is|would|will|could|died|[a-z]{3,}ed)\b(?!\s+that\b)")
_BY_FROM_AFTER = re.compile(r"\s+(?:by|from)\s+")
_BE_AT_END = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+$", re.I)
# past participles of charging verbs ("accused of", "blamed for"), from their lemmas as the other verb sets are
_CHARGED_FORMS = frozenset(inflect(v)[2] for v in ("accuse", "blame", "charge", "suspect", "criticise", "criticize",
                                                    "condemn"))
_OF_FOR_AFTER = re.compile(r"\s+(?:of|for)\b", re.I)
_BE_ADVERB_AT_END = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.I)  # "was officially"
_AS_WORD = re.compile(r"\bas\b")
# a report noun right after its source and "of" a figure ("police claims of under eight"), or the source's
# possessive alone before "of" a figure ("and organisers' of more than 11")
_REPORT_NOUN_OF = re.compile(rf"(?:\s+(?P<noun>claims?|estimates?|figures?|counts?|tall(?:y|ies)|numbers?)|['’]s?)"
                             rf"\s+of\s+{_FIG}", re.I)
_NOUN_DETERMINER_END = re.compile(r"\b(?:a|an|the|this|that|its|their|his|her)\s+$", re.I)  # before a noun
_REPORT_NOUN_SET = frozenset(REPORT_NOUNS)
# a charge's verb and what it charges with ("accused by X of ...", "charged by X with ...", "blamed by X for ...")
_ACCUSED_FORMS = frozenset(all_forms(("accuse", "charge", "suspect", "blame", "fault", "criticise", "criticize")))
_CHARGE_AFTER = re.compile(r"\s+(?:of|with|for)\s", re.I)
# an intent's infinitive, perhaps after a short adverbial: "plans to cut", "planned in advance to hold"
_INTENT_TO_AFTER = re.compile(r"(?:\s+(?:in\s+advance|already|now|still|also|initially|originally|first|\w+ly))?"
                              r"\s+to\s+\w", re.I)
_RULE_FORMS = frozenset(all_forms(("rule",)))
# "rule" with its matter after, perhaps after a time adjunct ("will rule within six weeks on the charges"; not "ruled
# the blockade unlawful on March 7" nor "ruled on Tuesday that")
_RULE_ON_AFTER = re.compile(r"(?:\s+(?:within|in|by|before|after|later|soon|shortly|next|this)\b(?:\s+[\w-]+){0,3}?)?"
                            r"\s+on\s+(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|"
                            r"february|march|april|may|june|july|august|september|october|november|december|\d)"
                            r"\b)", re.I)
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
# the source is a word after a relative pronoun and that clause's own verb: ", who bought the "
_RELATIVE_OBJECT_TAIL = re.compile(r",\s+(?:who|which)\s+(?!(?:the|a|an|its|his|her|their|this|that)\s)[a-z]+\s[^,;]*$")
_GERUND_AFTER = re.compile(r"\s+\w+ing\b")
_VAGUE_THAT_AFTER = re.compile(r"\s+(?:that|suggesting|saying|claiming|of)\b", re.I)
_REPORT_THAT_AFTER = re.compile(r"\s+(?:that|of|showing|suggesting|saying|indicating)\b", re.I)
_PREP_AT_END = re.compile(r"\b(?:by|in|on|from|to)\s+(?:the\s+)?$", re.I)
_COLON_TEXT_AFTER = re.compile(r"\s*:\s+\S")
# "put the toll at 64", "puts the drone about 10 nautical miles out" (a figure within a few words)
_PUT_AT_AFTER = re.compile(r"(?:\s+[\w'’,-]+){0,9}?\s+(?:at|below|above|under|over|near|around|close to)\b|"
                           rf"(?:\s+[\w'’-]+){{0,5}}?\s+(?:\d|(?:{_FIGURE_WORDS})\b)", re.I)
_CLAUSE_GOES_ON_AFTER = re.compile(r"\s*,\s+(?!(?:and|but|while|whereas|although|though|yet|"
                    r"as|with|including|after|before|when|where|which|who|despite|amid|"
                    r"in|on|at|for|from|by)\b|\w+ing\b)[a-z]")
