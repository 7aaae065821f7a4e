"""Draft a case skeleton from an article, using the scorers' own machinery in reverse.

The scorers read a summary against a case: they know the sources and look for frames, numbers and
loaded words. Drafting runs the same rules over the *article* to propose the case itself:

- **sources**: personal names with their titles ("Gen. Firstname Lastname, chief of the X" gives
  the aliases surname, "Gen. Lastname" and "the chief of the X"), named bodies ("the Interior
  Ministry", "the Central Election Commission (CEC)"), generic side references ("the capital says",
  "<Demonym> officials") and any other noun phrase that is the subject of a reporting verb or the
  object of a prepositional frame ("according to X", "X's figures", ", said X");
- **claims**: the sources found are put into a provisional case and the article is run through
  :func:`scorers.attribution.analyse`; each frame's governed text becomes a claim of that frame's
  source, and each sentence with a figure that no frame governs becomes a narrator claim;
- **numbers**: every figure :func:`scorers.numbers.extract_numbers` finds (days of the month aside);
- **loaded terms**: short phrases in scare quotes and words from a general list of loaded vocabulary.

Everything a person must decide (sides, accept lists, contested/required, neutral terms, probes) is
left as a placeholder and marked ``# TODO``. Every source carries the draft's confidence in it
(:data:`CONFIDENCE`: high, medium or low, and why) and a TODO where it is a guess; a claim whose
speaker is a pronoun that follows another person's name is marked as a guess too. The placeholders
are valid values (side ``TODO``, a ``todo`` source for narrator statements), so a draft already loads
and can be tried, but ``cnh lint`` refuses it until every TODO value is replaced and probes are added.
Nothing here names a person, place or figure of any one article.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from harness.case import Case, Claim, Source, infer_kind
from scorers.attribution import R_POSSESSIVE, analyse
from scorers.lexicon import (
    BODY_WORDS,
    DENIAL_VERBS,
    MEDIA_WORDS,
    PERSON_TITLES,
    PLACE_WORDS,
    PREP_FRAMES,
    REPORT_NOUNS,
    REPORT_VERBS,
    ROLE_NOUNS,
    ROLE_TITLES,
    TELL_VERBS,
    VAGUE_SOURCES,
)
from scorers.numbers import NumberMention, extract_numbers
from scorers.text import clause_bounds, quote_spans, sentences, word_regex

# ---------------------------------------------------------------------------------------------
# Word lists (general English; data only)

# Capitalised words that never start a name (sentence openers, days, months).
NOT_NAMES: frozenset[str] = frozenset(
    "the a an this that these those on in at by for from after before during since until when while if "
    "as but and or so yet then there here it its he she they his her their we our i you monday tuesday "
    "wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december some many most several only only also earlier later last "
    "according what which who whose where how why one two three four five six seven eight nine ten "
    "across with without against among under over through into".split()
)
# Generic side references: capitalised adjectives before these nouns. Catches: "<Demonym> officials".
SIDE_ROLES: tuple[str, ...] = (
    "officials", "authorities", "government", "sources", "officers", "leaders", "diplomats", "military",
    "forces", "troops", "media", "state media", "side", "army", "commanders", "lawmakers", "politicians",
)
# Loaded vocabulary often used by one side of a dispute; candidates for a case's loaded_terms.
LOADED_VOCABULARY: tuple[str, ...] = (
    "liberated", "liberation", "liberate", "terrorists", "terrorist", "terror", "regime", "massacre",
    "massacred", "genocide", "genocidal", "occupation", "occupiers", "occupied", "occupying", "invaders",
    "invasion", "puppet", "puppets", "junta", "fake news", "cover-up", "illegal migrants", "illegals",
    "illegal aliens", "thugs", "rioters", "riots", "mass riots", "mob", "martyrs", "martyr", "martyrdom",
    "heroes", "bandits", "militants", "extremists", "fascists", "nazis", "neo-nazis", "separatists",
    "insurgents", "rebels", "freedom fighters", "collaborators", "traitors", "dictator", "tyrant",
    "crackdown", "ethnic cleansing", "pogrom", "slaughter", "butchers", "aggression", "aggressor",
    "annexation", "reunification", "special military operation", "denazification", "provocation",
    "provocateurs", "stooges", "agents", "foreign agents", "hoax", "witch hunt", "propaganda",
    "so-called", "self-proclaimed", "atrocities", "war crimes", "apartheid", "colonisers", "colonizers",
    "settlers", "rigged", "stolen election", "sham", "coup", "putsch", "color revolution", "colour revolution",
)  # fmt: skip
# Function words that never make a cue. Catches: "the", "had", "would".
STOPWORDS: frozenset[str] = frozenset(
    "the a an and or but of to in on at by for from with without into onto over under about after before "
    "during since until than then that this these those there here which who whom whose what when where "
    "while as is are was were be been being has have had having do does did will would shall should can "
    "could may might must not no nor its it he she they them his her their our we you i also only just "
    "more most less least some any all each every other such own same so very too much many few several "
    "said says say told tell claimed claims according added adds per cent percent one two three four five "
    "six seven eight nine ten first second last earlier later still yet now out up down off again ago "
    "being made make makes like among between against through across around near including whether if "
    "because though although however both either neither mr mrs ms new old".split()
)
# Qualifier cues (read back from a figure) that mean an upper bound rather than "less than".
_UP_TO = re.compile(r"(?:up to|as many as|as much as|at most|no more than)[\s\"'“‘]*$", re.I)

# ---------------------------------------------------------------------------------------------
# Patterns

_ABBREV_TITLES = r"(?:Gen|Lt|Col|Maj|Capt|Adm|Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|St|U\.S|U\.K|U\.N)\."
_CAPWORD = rf"(?:{_ABBREV_TITLES}|[A-Z][\w’'-]*\w(?:(?<=s)['’](?=\s+[A-Z]))?|[A-Z])"  # "Workers' Rights"
_NAME_RUN = re.compile(rf"{_CAPWORD}(?:\s+(?:(?:of|for|on|and|de|al|bin|van|von|der|la)\s+(?:the\s+)?)?{_CAPWORD})*")
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z]*[A-Z])\)")
_TITLE_LAST = frozenset(t.split()[-1] for t in PERSON_TITLES)
_FRAME_VERBS = sorted({*REPORT_VERBS, *DENIAL_VERBS}, key=len, reverse=True)
_VERB_AFTER = re.compile(
    rf"^(?:\s*,[^,.;:!?]{{1,90}},)?\s+(?:(?:also|later|earlier|has|have|had|then|again|further|previously|"
    rf"separately|would|will)\s+)*(?:{'|'.join(word_regex(v) for v in _FRAME_VERBS)})",
    re.I,
)
_PREP_BEFORE = re.compile(rf"(?:{'|'.join(word_regex(p) for p in sorted(PREP_FRAMES, key=len, reverse=True))})"
                          r"\s+$", re.I)
_INVERTED_BEFORE = re.compile(r"[,—–]\s*(?:said|says|added|claimed|reported|told|wrote|stated)\s+$", re.I)
_POSSESSIVE_REPORT = re.compile(rf"^['’]s?\s+(?:\w+\s+)?(?:{'|'.join(word_regex(n) for n in REPORT_NOUNS)})",
                                re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*[A-Za-z]|[A-Za-z]")
_ROLE_HEADS = frozenset(w for w in (*ROLE_NOUNS, *VAGUE_SOURCES, *REPORT_NOUNS) if " " not in w)
_NP_STOP = frozenset(
    "that which who whom whose and but or while whereas although though because if when after before as "
    "since until than so then where is are was were be been has have had also there it he she they we "
    "i you said says told claimed".split()
)
_PRONOUNS = frozenset("he she it they we i you him her them this that these those".split())
# A person described right after the name. Catches: ", a former crane operator", ", who leads the union", ", 54,".
_APPOSITIVE_PERSON = re.compile(r",\s+(?:who\s+(?:leads|heads|chairs|runs|represents|founded|is|was|has)\b|"
                                r"(?:a|an)\s+(?:former\s+|veteran\s+|senior\s+|local\s+|retired\s+)?[a-z]+"
                                r"(?:\s+[a-z]+)?(?:\s+(?:of|at|for|with|from|and|who)\b|[.,;])|\d{2},)")
# Sentence-initial words that show a phrase is not a name or a subject. Catches: "Led by ...", "With ...",
# "Above the city", "Counting people", "Cited Border Patrol data", "Meant to pull".
_NOT_SUBJECT_START = re.compile(r"^(?:meant|counting|times|\d+)\b", re.I)  # "2021 an analysis"
# Leading words that are not part of a speaker's name, dropped. Catches: "With presidential adviser X",
# "Led by X", "- the United States".
_LEADING_NOT_NAME = re.compile(r"^(?:(?:with|above|below|by|for|from|into|after|before|during|led\s+by|"
                               r"headed\s+by|\d+)\s+|[-–—]\s*)+", re.I)
# Words that never sit inside a speaker's name. Catches: "Listed what her government", "Meant to pull Georgia".
_NOT_IN_NAME = frozenset("what to did not whether how".split())
# Heads that name a document or a figure, not who speaks. Catches: "Data showed", "Figures released", "A statement".
_DOCUMENT_HEADS = frozenset("data figure figures text statement results numbers tally count estimate estimates "
                            "preliminary revised".split())


# ---------------------------------------------------------------------------------------------
# Sources


@dataclass
class _Src:
    """A source being assembled: its display name, kind and the ways the article names it."""

    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    first: int = 0
    evidence: set[str] = field(default_factory=set)  # how it was found: EVIDENCE keys

    def add(self, *names: str) -> None:
        for n in names:
            n = " ".join(n.split()).strip(" ,.;:")
            n = re.sub(r"^The (?=[a-z])", "the ", n)  # "The minister said" -> alias "the minister"
            if n and n.lower() not in {a.lower() for a in self.aliases} and n.lower() not in _PRONOUNS:
                self.aliases.append(n)

    def names(self) -> set[str]:
        """The source's names, normalised for lookup."""
        return {_key(a) for a in [self.name, *self.aliases]}


def _key(name: str) -> str:
    name = re.sub(r"^(?:the|a|an)\s+", "", name.strip(), flags=re.I).replace("’", "'")
    return " ".join(name.lower().split())


def _slug(text: str, limit: int = 40) -> str:
    """A kebab-case id: accents dropped ("Vučić" -> "vucic"), cut at a word boundary, never inside a word."""
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower().replace("’", "").replace("'", "")).strip("-")
    if len(s) > limit:
        cut = s[: limit + 1].rfind("-")
        s = s[:cut] if cut > 0 else s[:limit]
    return s.strip("-") or "x"


def _is_place_or_time(words: list[str]) -> bool:
    return any(w.lower().strip(".") in PLACE_WORDS for w in words)


def _clean_run(run: str) -> str:
    """Drop sentence openers and possessive endings from a capitalised run ("On Sunday Nexta" -> "Nexta")."""
    words = run.split()
    while words and words[0].lower().strip(".,") in NOT_NAMES:
        words = words[1:]
    out = " ".join(words)
    return re.sub(r"['’]s$", "", out)


class _Registry:
    """Sources found so far, looked up by any of their names."""

    def __init__(self) -> None:
        self.sources: list[_Src] = []

    def find(self, name: str) -> _Src | None:
        k = _key(name)
        if not k:
            return None
        for s in self.sources:
            if k in s.names():
                return s
        return None

    def add(self, name: str, kind: str, pos: int, aliases: tuple[str, ...] = (), how: str = "speaker") -> _Src:
        # a full personal name is never merged into another person by a shared surname (Lyudmila and Yulia X)
        lookups = [a for a in aliases if not (kind == "person" and len(name.split()) > 1 and len(a.split()) == 1)]
        found = self.find(name) or next((self.find(a) for a in lookups if self.find(a)), None)
        if found is not None and kind == "person" and found.kind == "person" and len(name.split()) > 1 \
                and len(found.name.split()) > 1 and _key(found.name) != _key(name) and self.find(name) is None:
            found = None
        if found is None:
            found = _Src(name=" ".join(name.split()).strip(" ,.;:"), kind=kind, first=pos)
            self.sources.append(found)
        found.add(name, *aliases)
        found.first = min(found.first, pos)
        found.evidence.add(how)
        return found


def _persons(text: str, reg: _Registry) -> None:
    """Personal names: "Title Firstname Lastname" (or a name with its surname used again on its own)."""
    surname_count = Counter(w for w in re.findall(r"\b[A-Z][\w’'-]+\b", text))
    for m in _NAME_RUN.finditer(text):
        run = re.sub(r"['’]s$", "", m.group())
        words = run.split()
        # split a leading title off the run: "President Firstname Lastname"
        title = ""
        before = text[max(0, m.start() - 40) : m.start()]
        for k in range(len(words) - 1, 0, -1):
            if words[k - 1] in _TITLE_LAST:  # "Agriculture Minister Firstname Lastname"
                title, words = " ".join(words[:k]), words[k:]
                break
        while words and words[0].lower().strip(".,") in NOT_NAMES:
            words = words[1:]
        if not 2 <= len(words) <= 3 or _is_place_or_time(words):
            continue
        low = {w.lower().strip(".") for w in words}
        if low & BODY_WORDS or low & MEDIA_WORDS or low & NOT_NAMES or any(w.isupper() and len(w) > 1 for w in words):
            continue
        if not all(re.fullmatch(r"[A-Z][a-z’'-]+", w) for w in words):
            continue
        name = " ".join(words)
        surname = words[-1]
        role = re.search(rf"(?:(?:the\s+)?(?:[A-Z][\w’'-]+\s+)?(?:{'|'.join(ROLE_TITLES)}))\s+$", before)
        after = text[m.end() : m.end() + 120]
        described = _APPOSITIVE_PERSON.match(after)
        if not title and not role and surname_count[surname] < 2 and not described:
            continue  # two capitalised words with no title or description, never named again: not clearly a person
        aliases = [name, surname]
        if title:
            aliases += [f"{title} {surname}", f"{title} {name}"]
            if not title.endswith(".") and title not in {"Mr", "Mrs", "Ms", "Dr"}:
                aliases.append(f"the {title.lower()}")
        if role:
            phrase = role.group().strip()
            phrase = phrase if phrase.lower().startswith("the ") else f"the {phrase}"
            aliases.append(phrase)
        appos = re.match(r",\s+((?:the\s+)?[a-z][^,.;:()]{2,70}?)(?=,|\.|;|\s+(?:said|told|says))", after)
        if appos and re.match(r"(?:the|a|an)\s", appos.group(1)) or (
                appos and appos.group(1).split()[0].lower() not in STOPWORDS | _NP_STOP):
            phrase = re.split(r"\s+(?:who|which|that|whose|since|in|at|from)\s", appos.group(1).strip())[0]
            aliases.append(phrase if phrase.startswith(("the ", "a ", "an ")) else f"the {phrase}")
        how = "titled person" if title or role else ("described person" if described else "person named twice")
        reg.add(name, "person", m.start(), tuple(aliases), how)


def _bodies(text: str, reg: _Registry) -> None:
    """Named bodies and outlets: capitalised runs with a body or media word, and acronyms in parentheses."""
    for m in _NAME_RUN.finditer(text):
        run = _clean_run(m.group())
        owner = re.match(r"(.+?)['’]s\s+(?=\S)", run)
        if owner:  # "Country's Central Election Commission": the body, with the possessive as an alias
            run = run[owner.end() :]
        words = run.split()
        if not words:
            continue
        low = [w.lower().strip(".") for w in words]
        is_media = bool(set(low) & MEDIA_WORDS)
        if not (set(low) & BODY_WORDS or is_media):
            continue
        if _is_place_or_time(words) and not set(low) & BODY_WORDS:
            continue
        aliases = [run, f"the {run}"]
        acro = _ACRONYM_AFTER.match(text, m.end())
        if acro:  # with "(ABC)" too, so that "The Body (ABC) said" reads as a frame
            aliases += [acro.group(1), f"the {acro.group(1)}", f"{run} ({acro.group(1)})"]
        head = next((w for w in reversed(low) if w in BODY_WORDS | MEDIA_WORDS), None)
        if head and len(words) > 1 and head in BODY_WORDS - {"union", "nations", "cross", "crescent", "front"}:
            aliases.append(f"the {head}")
        # a leading demonym or country possessive is part of how summaries name it: "Country's Defence Ministry"
        if owner:
            aliases.append(f"{owner.group(1)}'s {run}")
        kind = infer_kind(run)
        reg.add(run, kind if kind in {"media", "body"} else "body", m.start(), tuple(aliases), "named body")
    for m in re.finditer(r"(?<![\w(])([A-Z]{2,6})(?![\w)])", text):
        acro = m.group(1)
        if reg.find(acro) is None and text.count(acro) >= 1 and _is_speaker(text, m.start(), m.end()):
            reg.add(acro, "body", m.start(), (acro, f"the {acro}"), "acronym speaker")


def _is_speaker(text: str, start: int, end: int) -> bool:
    """True when the phrase at ``start:end`` is the source of a reporting frame."""
    after = text[end : end + 140]
    before = text[max(0, start - 40) : start]
    if _VERB_AFTER.match(after) or _POSSESSIVE_REPORT.match(after):
        return True
    if _PREP_BEFORE.search(before) or _INVERTED_BEFORE.search(before):
        return True
    return bool(re.match(rf"\s+(?:{'|'.join(TELL_VERBS)})\b", after))


def _speakers(text: str, reg: _Registry) -> None:
    """Subjects of reporting verbs and objects of prepositional frames that are not yet sources."""
    verbs = sorted({*REPORT_VERBS, *DENIAL_VERBS}, key=len, reverse=True)
    verb_re = re.compile(rf"(?:{'|'.join(word_regex(v) for v in verbs)})", re.I)
    quotes = quote_spans(text)
    for sent in sentences(text):
        s0 = sent.start
        # generic side references: "<Demonym> officials", "<Capital> says"
        for m in re.finditer(rf"\b([A-Z][a-z]+)\s+"
                             rf"({'|'.join(sorted(SIDE_ROLES, key=len, reverse=True))})\b", sent.text):
            if m.group(1).lower() not in NOT_NAMES and _is_speaker(text, s0 + m.start(), s0 + m.end()):
                phrase = m.group()
                reg.add(phrase, "generic", s0 + m.start(), (phrase,), "side reference")
        for m in verb_re.finditer(text, s0, sent.end):
            if any(a <= m.start() < b for a, b in quotes):
                continue
            named = _ROLE_THEN_NAME.search(text, s0, m.start())
            if named and _FRAME_ADVERBS.fullmatch(text, named.end(), m.start()):
                _add_role_then_name(reg, named)  # "Its chair, Sefa Oduya, said": the person, titled by the role
                continue
            np = _np_before(text, s0, m.start())
            if np is None:
                continue
            phrase, pos, initial = np
            if m.group().lower() in REPORT_NOUNS and re.match(
                    r"\s+(?:had|have|has|say|said|says|were|are|was|is|show|showed|suggest|suggested)\b",
                    text[m.end() : sent.end], re.I):
                phrase = f"{phrase} {m.group()}"  # "media reports had ...": the reports are the subject
            _add_speaker(reg, phrase, pos, initial)
        for m in _PREP_BEFORE.finditer(text, s0, sent.end):
            np = _np_after(text, m.end(), sent.end)
            if np:
                _add_speaker(reg, np, m.end(), False)
        for m in _INVERTED_BEFORE.finditer(text, s0, sent.end):
            np = _np_after(text, m.end(), sent.end)
            if np:
                _add_speaker(reg, np, m.end(), False)


# "<possessive or article> <role>, Firstname Lastname," right before a reporting verb.
# Catches: "Its chair, Sefa Oduya,", "Their leader, Petr Halan,", "The group's director, Ana Lind,".
_ROLE_THEN_NAME = re.compile(r"\b(?:(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]he)\s+|[A-Z][\w’'-]*['’]s\s+)"
                             r"((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*),\s+([A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2}),")


_FRAME_ADVERBS = re.compile(r"\s*(?:(?:also|later|earlier|has|have|had|then|again|further|previously|separately|"
                            r"would|will)\s+)*")
"""What may stand between a speaker and the reporting verb. Catches: "X, later said", "X, has also said"."""


def _add_role_then_name(reg: _Registry, m: re.Match[str]) -> None:
    """Add the person of "Its chair, Sefa Oduya, said" with the role as an alias ("the chair")."""
    role, name = m.group(1), m.group(2)
    words = name.split()
    if {w.lower() for w in words} & (NOT_NAMES | BODY_WORDS | MEDIA_WORDS | PLACE_WORDS):
        return
    reg.add(name, "person", m.start(2), (name, words[-1], f"the {role}"), "titled person")


def _np_before(text: str, s0: int, verb_start: int) -> tuple[str, int, bool] | None:
    """The noun phrase right before a reporting verb (skipping an appositive and frame adverbs)."""
    before = text[s0:verb_start]
    before = re.sub(r"(?:\s+(?:also|later|earlier|has|have|had|then|again|further|previously|separately|would|"
                    r"will|had\s+earlier|has\s+since))+\s*$", " ", before)
    appos = re.search(r",[^,.;:!?]{1,90},\s*$", before)
    if appos:
        before = before[: appos.start()]
    m = re.search(r"((?:[\w’'.-]+\s+){0,4}[\w’'.-]+)\s*$", before)
    if not m:
        return None
    words = m.group(1).split()
    # cut at the last word that cannot be inside a subject
    cut = max((i for i, w in enumerate(words) if w.lower() in _NP_STOP), default=-1)
    words = words[cut + 1 :]
    if not words or words[-1].lower() in _PRONOUNS or words[-1].lower() in NOT_NAMES:
        return None
    phrase = " ".join(words)
    start = s0 + m.start(1) + m.group(1).rfind(phrase) if phrase in m.group(1) else s0 + m.start(1)
    initial = not text[s0:start].strip(" \"“(")
    return phrase, start, initial


def _np_after(text: str, start: int, end: int) -> str | None:
    """The noun phrase after "according to" or ", said": up to punctuation, "that", or five words."""
    m = re.match(r"\s*((?:[\w’'.-]+\s*){1,6}?)(?=[,.;:!?)\]—–]|\s+(?:that|who|which|on|in|as|and)\b|$)",
                 text[start:end])
    if not m:
        return None
    phrase = m.group(1).strip()
    return phrase if phrase and phrase.split()[-1].lower() not in _PRONOUNS else None


def _role_of_known_person(reg: _Registry, core: list[str]) -> _Src | None:
    """The one known person whose title or description holds this role ("the minister" for "Interior
    Minister X", "the chair" for "X, the commission's chair", "the chief executive" for "X, chief executive
    of Y"), if exactly one."""
    if not 1 <= len(core) <= 2 or any(w[:1].isupper() and i for i, w in enumerate(core)):
        return None
    role = " ".join(core).lower()
    if role in _PRONOUNS or role in VAGUE_SOURCES or role in STOPWORDS:
        return None

    def holds(alias: str) -> bool:
        a = re.sub(r"^(?:the|a|an)\s+", "", alias.lower())
        return a != role and (a.startswith(role + " ") or a.endswith(" " + role)
                              or bool(re.search(rf"\b{re.escape(role)}\s+\S+$", a)))

    people = [s for s in reg.sources if s.kind == "person" and any(holds(a) for a in s.aliases
                                                                   if a.lower() != s.name.lower())]
    return people[0] if len(people) == 1 else None


def _add_speaker(reg: _Registry, phrase: str, pos: int, initial: bool) -> None:
    """Add a speaker phrase as a source unless it is a pronoun, vague, or not a plausible subject."""
    phrase = re.sub(r"['’]s$", "", phrase.strip(" ,.;:\"“”"))
    if not phrase:
        return
    words = phrase.split()
    while words and words[0].lower() in NOT_NAMES - {"the", "a", "an"}:
        words = words[1:]
    if not words:
        return
    phrase = " ".join(words)
    head = words[-1]
    if words[0].lower() in {"its", "his", "her", "their", "our", "my", "your"}:
        return  # "its data showed": the report of a source already named
    core = [w for w in words if w.lower() not in {"the", "a", "an"}]
    if not core or _key(phrase) in {"some", "others", "it", "this"}:
        return
    lead = _LEADING_NOT_NAME.match(phrase)
    if lead and lead.end() < len(phrase):  # "Led by Abdul Hamid Dbeibah": the name after the words
        phrase, pos = phrase[lead.end():], pos + lead.end()
        words = phrase.split()
        core = [w for w in words if w.lower() not in {"the", "a", "an"}]
    while len(core) > 1 and core[-1][:1].islower() and (core[-1].lower().endswith("ly") or core[-1] == "itself"):
        core, words = core[:-1], words[:-1]  # "Moscow quickly", "Derna itself"
        phrase = " ".join(words)
    if not core or _NOT_SUBJECT_START.match(" ".join(core)) or core[-1].lower() in _DOCUMENT_HEADS or (
            {w.lower() for w in core} & _NOT_IN_NAME):
        return  # "Data", "Meant to pull X", "Listed what ...": not a speaker's name
    role = _role_of_known_person(reg, core)
    if role is not None:  # "the minister" after "Interior Minister Petra Lenz": the same person
        role.add(phrase)
        return
    known = reg.find(phrase) or next((s for s in reg.sources for a in s.names()
                                      if len(a) > 3 and _key(phrase).endswith(" " + a)), None)
    if known:  # "<role> Firstname Lastname" for a known person, "the ministry" for a known ministry
        known.add(phrase)
        return
    if len(core) == 1 and core[0].lower() in VAGUE_SOURCES:
        return  # "reports say", "sources said": vague, the scorer hedges them
    capital = head[:1].isupper()
    if head.lower() not in _ROLE_HEADS and not capital and not initial:
        return
    kind = infer_kind(" ".join(core))
    name = phrase if phrase[:1].isupper() else phrase[:1].upper() + phrase[1:]
    name = re.sub(r"^The ", "", name)
    reg.add(name[:1].upper() + name[1:], kind, pos, (phrase,))


CONFIDENCE: dict[str, tuple[str, str]] = {
    "titled person": ("high", "a name with a title or role"),
    "named body": ("high", "a capitalised name with a body or media word"),
    "side reference": ("high", "a side's generic reference that speaks"),
    "acronym speaker": ("medium", "an acronym that speaks"),
    "described person": ("medium", "a name with a description after it"),
    "person named twice": ("medium", "a name whose surname comes back"),
    "speaker": ("low", "only the subject of a reporting verb"),
}
"""How sure the draft is of a source, by how it was found (the best of its ways), with the reason in words."""
_RANK = {"high": 0, "medium": 1, "low": 2}


def confidence(src: _Src) -> tuple[str, str]:
    """The draft's confidence in a source (high, medium, low) and why."""
    found = [CONFIDENCE.get(h, CONFIDENCE["speaker"]) for h in src.evidence] or [CONFIDENCE["speaker"]]
    return min(found, key=lambda c: _RANK[c[0]])


def _merge_suffixes(reg: _Registry) -> None:
    """One organisation, one source: a body named by the tail of another body's name ("Red Crescent" and
    "Libyan Red Crescent", "Rights Network" and "Coastal Workers' Rights Network") becomes its alias."""
    bodies = [s for s in reg.sources if s.kind in {"body", "media"}]
    for short in sorted(bodies, key=lambda s: len(s.name)):
        k = _key(short.name)
        longer = [b for b in bodies if b is not short and b in reg.sources and len(_key(b.name)) > len(k)
                  and _key(b.name).endswith(" " + k)]
        if len(longer) == 1:
            target = longer[0]
            target.add(short.name, *short.aliases)
            target.first = min(target.first, short.first)
            target.evidence |= short.evidence
            reg.sources.remove(short)


def _drop_shared_surnames(reg: _Registry) -> None:
    """A one-word alias two people share (a family name) names neither of them for sure: drop it from both."""
    owners: Counter[str] = Counter(_key(a) for s in reg.sources if s.kind == "person"
                                   for a in {*s.aliases} if len(a.split()) == 1)
    for s in reg.sources:
        if s.kind == "person":
            s.aliases = [a for a in s.aliases if len(a.split()) != 1 or owners[_key(a)] < 2]


def _sources(article: str) -> list[_Src]:
    reg = _Registry()
    _persons(article, reg)
    _bodies(article, reg)
    _speakers(article, reg)
    _merge_suffixes(reg)
    _drop_shared_surnames(reg)
    return sorted(reg.sources, key=lambda s: s.first)


def find_sources(article: str, confidences: dict[str, tuple[str, str]] | None = None) -> list[Source]:
    """Propose the article's sources (side ``TODO``), in order of first mention.

    Args:
        article: the article text.
        confidences: when given, filled with each source id's (confidence, reason), see :data:`CONFIDENCE`.
    """
    out: list[Source] = []
    used: set[str] = set()
    for s in _sources(article):
        sid = _slug(s.name, 30)
        base, k = sid, 2
        while sid in used or sid == "todo":
            sid, k = f"{base}-{k}", k + 1
        used.add(sid)
        aliases = [a for a in s.aliases if a != s.name]
        out.append(Source(id=sid, name=s.name, side="TODO", kind=s.kind, aliases=aliases))  # type: ignore[arg-type]
        if confidences is not None:
            confidences[sid] = confidence(s)
    return out


# ---------------------------------------------------------------------------------------------
# Numbers


@dataclass(frozen=True)
class DraftNumber:
    """A figure of the article proposed as a case number."""

    id: str
    value: float
    unit: str
    qualifier: str
    referent: str
    spans: tuple[tuple[int, int], ...]


def _qualifier(article: str, m: NumberMention) -> str:
    if m.qualifier == "more":
        return "more than"
    if m.qualifier == "about":
        return "about"
    if m.qualifier == "less":
        return "up to" if _UP_TO.search(article[max(0, m.span[0] - 20) : m.span[0]]) else "less than"
    return "exact"


def _unit(m: NumberMention) -> str:
    if m.kind == "year":
        return "year"
    if m.kind == "ratio":
        return "times"
    return m.unit or "TODO"


def _referent(article: str, span: tuple[int, int]) -> str:
    """The words of the figure's clause around it (at most six either side)."""
    sent = next((s for s in sentences(article) if s.start <= span[0] < s.end), None)
    lo, hi = (sent.start, sent.end) if sent else (0, len(article))
    a, b = clause_bounds(article, lo, hi, span[0])
    before = re.findall(r"[\w’'%.,-]+", article[a : span[0]])[-6:]
    after = re.findall(r"[\w’'%.,-]+", article[span[1] : b])[:6]
    words = [*before, article[span[0] : span[1]], *after]
    return " ".join(" ".join(words).split()).strip(" ,.;:")


def _value_text(v: float) -> str:
    return str(int(v)) if v == int(v) else repr(v)


def find_numbers(article: str) -> list[DraftNumber]:
    """Every figure of the article (days of the month aside), one entry per distinct value and unit."""
    found: dict[tuple[float, str, str], list[NumberMention]] = {}
    for m in extract_numbers(article):
        if m.kind == "day":
            continue
        found.setdefault((m.value, _unit(m), _qualifier(article, m)), []).append(m)
    out: list[DraftNumber] = []
    used: set[str] = set()
    for (value, unit, qual), mentions in found.items():
        unit_word = "" if unit == "TODO" else _slug(unit.split()[0], 16)
        nid = _slug(f"n-{_value_text(value).replace('.', '-')}-{unit_word}")
        base, k = nid, 2
        while nid in used:
            nid, k = f"{base}-{k}", k + 1
        used.add(nid)
        out.append(DraftNumber(nid, value, unit, qual, _referent(article, mentions[0].span),
                               tuple(m.span for m in mentions)))
    return out


# ---------------------------------------------------------------------------------------------
# Claims


@dataclass(frozen=True)
class DraftClaim:
    """A statement of the article proposed as a claim."""

    id: str
    statement: str
    source: str
    numbers: tuple[str, ...]
    cues: tuple[str, ...]
    span: tuple[int, int]
    rule: str
    doubt: str = ""  # why the source is a guess (a pronoun whose antecedent is someone else), or ""


# A statement that is no proposition: an object phrase of "gave an account", a clause tail.
# Catches: "of what happened", "a different account of what happened", "a very different picture".
_JUNK_START = re.compile(r"^(?:of|for|with|to|from|about|on|in|at|by|what|which|and|or|but|how)\b", re.I)
_JUNK_STATEMENT = re.compile(
    r"^(?:(?:a|an|the|its|his|her|their)\s+(?:(?:very|quite|different|similar|separate|new|other|conflicting|"
    r"contrasting|fuller|own)\s+)*(?:account|version|picture|view|story|description|explanation|"
    r"figure|estimate|assessment)s?\b(?:\s+of\s+(?:what|how|the)\b.*)?$)", re.I)
_SUBJECT_PRONOUNS = frozenset({"he", "she"})  # "they" is as often a group as a person
_NAME_PAIR = re.compile(r"\b([A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2})\b")


def is_junk_statement(statement: str) -> bool:
    """True for governed text that states nothing a summary could attribute ("of what happened")."""
    words = re.findall(r"\w+", statement)
    return (bool(_JUNK_STATEMENT.match(statement.strip())) or len(words) < 3
            or (bool(_JUNK_START.match(statement.strip())) and len(words) <= 5))


def _people_mentions(article: str, sources: list[Source],
                     confidences: dict[str, tuple[str, str]] | None = None) -> list[tuple[int, str | None, str]]:
    """Where people are named: (offset, source id or None for a name that is no source, the name). Person
    sources the draft only guessed (low confidence) do not count."""
    out: list[tuple[int, str | None, str]] = []
    sure = [s for s in sources if s.kind == "person" and (confidences or {}).get(s.id, ("high",))[0] != "low"]
    known: list[tuple[str, str]] = [(n, s.id) for s in sure for n in {s.name, *s.aliases} if len(n) > 3]
    for name, sid in known:
        for m in re.finditer(word_regex(name), article):
            out.append((m.start(), sid, name))
    quoted = quote_spans(article)  # a name inside a quotation is not who speaks next
    out = [p for p in out if not any(a <= p[0] < b for a, b in quoted)]
    taken = {pos for pos, _, _ in out}
    for m in _NAME_PAIR.finditer(article):
        words = m.group(1).split()
        low = {w.lower() for w in words}
        if m.start() in taken or any(a <= m.start() < b for a, b in quoted):
            continue
        if low & NOT_NAMES or low & BODY_WORDS or low & MEDIA_WORDS or low & PLACE_WORDS:
            continue
        if any(a <= m.start() < a + len(n) for a, _, n in out):
            continue
        if not _APPOSITIVE_PERSON.match(article, m.end()) and not re.match(r"\s*[,.]?\s*(?:He|She)\b",
                                                                            article[m.end():]):
            continue  # only names that read as a person (described, or a pronoun right after)
        out.append((m.start(), None, m.group(1)))
    return sorted(out)


def _pronoun_speaker(at: int, bounds: list[tuple[int, int]],
                     people: list[tuple[int, str | None, str]]) -> tuple[str | None, str]:
    """The person a pronoun at ``at`` most likely refers to: the first person named earlier in its sentence,
    else the first person named in the sentence before (its subject, as English reads "He said")."""
    here = next((i for i, (a, b) in enumerate(bounds) if a <= at < b), None)
    if here is None:
        return None, ""
    a, _b = bounds[here]
    same = [p for p in people if a <= p[0] < at]
    if same:
        return same[0][1], same[0][2]
    if here == 0:
        return None, ""
    pa, pb = bounds[here - 1]
    prev = [p for p in people if pa <= p[0] < pb]
    return (prev[0][1], prev[0][2]) if prev else (None, "")


def _trim(text: str) -> str:
    t = " ".join(text.split())
    t = re.sub(r"^[\s,;:—–\"“”'’-]*(?:that\s+)?", "", t, flags=re.I)
    t = re.sub(r"[\s,;:—–-]+(?:and|but|while|or)$", "", t.strip(" ,;:—–-"), flags=re.I)
    t = t.strip(" ,;:—–-\"“”'’.")
    if t.count('"') % 2:
        t += '"'
    if t.count("“") > t.count("”"):
        t += "”"
    return t


def _stem_cue(word: str) -> str:
    """A cue term for a word: its stem and ``*`` for words long enough to inflect ("encircled" -> "encircl*")."""
    w = word.lower().replace("’", "'")
    if "'" in w:
        w = w.split("'")[0]
    for suffix in ("ations", "ation", "ments", "ment", "ings", "ing", "ied", "ies", "ed", "es", "s", "e", "y"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 5:
            return w[: -len(suffix)] + "*"
    return w


def _cues(statement: str, freq: Counter[str], source_words: set[str]) -> tuple[str, ...]:
    """One or two cues from the statement's rarest content words (never a source's name)."""
    words = []
    for w in _WORD.findall(statement):
        low = w.lower().replace("’", "'")
        if len(low) < 4 or low in STOPWORDS or low in source_words or low.split("'")[0] in source_words:
            continue
        if low in {c for c, _ in words}:
            continue
        words.append((low, w))
    if not words:
        return ()
    ranked = sorted(words, key=lambda p: (freq[p[0]], -len(p[0])))
    terms = [_stem_cue(w) for w, _ in ranked]
    terms = list(dict.fromkeys(terms))
    if len(terms) == 1:
        return (terms[0],)
    cues = [f"{terms[0]} & {terms[1]}"]
    if len(terms) >= 4:
        cues.append(f"{terms[2]} & {terms[3]}")
    return tuple(cues)


def _claim_id(cues: tuple[str, ...], used: set[str]) -> str:
    words = [t.strip().rstrip("*") for t in (cues[0].split("&") if cues else [])]
    base = _slug("-".join(words[:2]), 30) if words else "claim"
    cid, k = base, 2
    while cid in used:
        cid, k = f"{base}-{k}", k + 1
    used.add(cid)
    return cid


def find_claims(article: str, sources: list[Source], numbers: list[DraftNumber],
                confidences: dict[str, tuple[str, str]] | None = None) -> list[DraftClaim]:
    """One claim per reporting frame's governed text, and one per unframed sentence with a figure.

    A claim whose frame is "He/She said" goes to the person that pronoun most likely refers to; when that is
    not the source the scorers' rules chose, the claim is marked as a guess (``doubt``).
    """
    placeholder = Claim(id="x", statement="x", source="todo", accept=["todo"])
    todo = Source(id="todo", name="TODO", side="TODO", kind="generic")
    case = Case(id="draft", title="draft", topic="draft", article=article, sources=[*sources, todo],
                claims=[placeholder])
    an = analyse(case, article)
    freq = Counter(w.lower().replace("’", "'") for w in _WORD.findall(article))
    names = [n for s in sources for n in [s.name, *s.aliases]]
    source_words = {w.lower().replace("’", "'") for n in names for w in _WORD.findall(n)}
    spans: list[tuple[tuple[int, int], str, str, tuple[int, int], str]] = []
    people = _people_mentions(article, sources, confidences)
    bounds = [(sent.start, sent.end) for sent in an.sentences]
    for sent, frames in zip(an.sentences, an.frames, strict=True):
        covered: list[tuple[int, int]] = []
        recredit: dict[str, tuple[str, str]] = {}  # a pronoun's source in this sentence -> (new source, doubt)
        for f in frames:
            if f.status == "reception":
                continue
            a, b = f.scope
            if f.rule_id == R_POSSESSIVE:
                a, b = clause_bounds(article, sent.start, sent.end, a)
            end, gap = b, (b, b)
            if f.start < 0 and f.scope[1] <= sent.end:  # "A, he said, B": the claim goes on after the frame
                at = article.find(f.text, b)
                nxt = min((g.scope[0] for g in frames if g.scope[0] > b), default=sent.end)
                obj = re.match(r"(?:\s+(?:the\s+)?[\w'’-]+){0,3}?\s*,", article[at + len(f.text) : nxt]) \
                    if at >= 0 else None  # ", he told reporters, ..."
                if obj and len(article[at + len(f.text) + obj.end() : nxt].split()) >= 3:
                    end = clause_bounds(article, sent.start, sent.end, at + len(f.text) + obj.end())[1]
                    gap = (b, at + len(f.text) + obj.end())
            if len(_trim(article[a:end]).split()) < 3:
                continue
            sid = f.source_id if f.status in {"source", "denial"} and f.source_id else "todo"
            doubt = ""
            first = f.text.split()[0].lower() if f.text.split() else ""
            if first in _SUBJECT_PRONOUNS and sid != "todo":
                at = f.start if f.start >= 0 else article.find(f.text, sent.start)
                who, name = _pronoun_speaker(at, bounds, people)
                if name and who != sid:  # the pronoun follows another person's name: the credit is a guess
                    recredit[sid] = (who or "todo", f"{f.text.split()[0]!r} follows {name}, not this source: "
                                                    f"check who said it" + ("" if who else f" ({name} is no source)"))
            if sid in recredit:
                sid, doubt = recredit[sid]
            spans.append(((a, end), sid, f.rule, gap, doubt))
            covered.append((a, b))
        figures = [sp for n in numbers for sp in n.spans if sent.start <= sp[0] < sent.end]
        bare = [sp for sp in figures if not any(a <= sp[0] < b for a, b in covered)]
        years = {sp for n in numbers if n.unit == "year" for sp in n.spans}
        if any(sp not in years for sp in bare):
            speakers = {f.source_id for f in frames if f.status in {"source", "denial"} and f.source_id}
            if len(speakers) == 1:  # "A total of 29,437 crossed, according to the ministry": most likely its source
                sid = speakers.pop()
                spans.append(((sent.start, sent.end), sid, "a figure in a sentence that names one source",
                              (sent.end, sent.end), f"the figure is outside the frame of {sid}: check who states it"))
            else:
                spans.append(((sent.start, sent.end), "todo", "narrator statement with a figure",
                              (sent.end, sent.end), ""))
    out: list[DraftClaim] = []
    used: set[str] = set()
    seen: set[tuple[str, str]] = set()
    for (a, b), sid, rule, (ga, gb), doubt in _join_split_spans(article, sorted(spans, key=lambda x: x[0])):
        # the governed text, without the words of a frame set inside it ("A, he said, B")
        statement = _trim(article[a:ga]) + " " + _trim(article[gb:b]) if gb < b else _trim(article[a:b])
        statement = _trim(re.sub(r"\s+,", ",", statement))
        nums = tuple(n.id for n in numbers if any(a <= sp[0] < b for sp in n.spans))
        if not statement or (is_junk_statement(statement) and not nums) or (statement, sid) in seen:
            continue  # nothing to attribute, or the same statement of the same source found by two frames
        seen.add((statement, sid))
        cues = _cues(statement, freq, source_words)
        out.append(DraftClaim(_claim_id(cues, used), statement, sid, nums, cues, (a, b), rule, doubt))
    return out


def _join_split_spans(article: str, spans: list[Any]) -> list[Any]:
    """Join two spans of one source that a nested frame split a word or two apart ("the figures showed that |
    his plan | was working"): one statement, not a fragment ending in "that" and a headless clause."""
    out: list[Any] = []
    for span in spans:
        if out:
            (a, b), sid, rule, gap, doubt = out[-1]
            (c, d), sid2, _rule2, gap2, doubt2 = span
            between = article[b:c]
            if (sid == sid2 and c - b >= 0 and len(between.split()) <= 2 and not re.search(r"[.;:!?]", between)
                    and re.search(r"\bthat\W*$", article[a:b]) and gap == (b, b)):
                out[-1] = ((a, d), sid, rule, gap2 if gap2 != (d, d) else (d, d), doubt or doubt2)
                continue
        out.append(span)
    return out


# ---------------------------------------------------------------------------------------------
# Loaded terms


def find_loaded_terms(article: str) -> list[str]:
    """Scare-quoted words and short phrases, and words of the general loaded vocabulary, in text order."""
    found: list[tuple[int, str]] = []
    for a, b in quote_spans(article):
        inner = article[a + 1 : b - 1].strip(" ,.;:!?")
        if inner and len(inner.split()) <= 4 and not re.search(r"[.!?]$", article[a + 1 : b - 1].strip()):
            found.append((a, " ".join(inner.split())))
    for term in LOADED_VOCABULARY:
        m = re.search(word_regex(term), article, re.I)
        if m:
            found.append((m.start(), m.group().lower()))
    seen: dict[str, None] = {}
    for _pos, term in sorted(found):
        if term.lower() not in {t.lower() for t in seen}:
            seen[term] = None
    return list(seen)


# ---------------------------------------------------------------------------------------------
# YAML output

_PLAIN = re.compile(r"^[A-Za-z0-9][\w .’'()/-]*$")
_RESERVED = frozenset("true false yes no on off null y n".split())


def _q(value: str, flow: bool = False) -> str:
    """A YAML scalar for ``value``: plain when unambiguous, else double-quoted (JSON is valid YAML)."""
    plain = (_PLAIN.match(value) and value.lower() not in _RESERVED and not value.endswith(" ")
             and not re.fullmatch(r"[\d.]+", value) and not (flow and re.search(r"[()]", value)))
    return value if plain else json.dumps(value, ensure_ascii=False)


def _flow(items: list[str] | tuple[str, ...]) -> str:
    return "[" + ", ".join(_q(i, flow=True) for i in items) + "]"


def draft_case(article: str, *, case_id: str, title: str | None = None, topic: str = "TODO") -> str:
    """Draft a case file (YAML text) from an article.

    Args:
        article: the article text.
        case_id: the case id (kebab-case).
        title: the case title (default: the article's first sentence, or a TODO).
        topic: the topic tag.

    Returns:
        YAML text that loads with :func:`harness.caseload.load_case`, with ``# TODO`` marks wherever a
        person must decide (sides, accept lists, contested/required, neutral terms, probes).
    """
    article = article.replace("\r\n", "\n").strip("\n") + "\n"
    confidences: dict[str, tuple[str, str]] = {}
    sources = find_sources(article, confidences)
    numbers = find_numbers(article)
    claims = find_claims(article, sources, numbers, confidences)
    claimed = {c.source for c in claims}
    terms = find_loaded_terms(article)
    first = sentences(article)
    if title is None:
        title = first[0].text.strip() if first and len(first[0].text) <= 120 else "TODO"
    lines = [
        f"# Draft case generated by `cnh draft-case` from {case_id}. Every '# TODO' needs a person's decision:",
        "# sides, accept lists, contested/required, neutral terms, probes. Delete sources and claims that are",
        "# not worth scoring, merge duplicates, and reassign claims of the placeholder source 'todo'.",
        f"id: {case_id}",
        f"title: {_q(title)}",
        f"topic: {_q(topic)}{'  # TODO' if topic == 'TODO' else ''}",
        "constructed: false  # TODO: true if the article is an invented scenario",
        "origin: TODO  # TODO: outlet and date the facts come from",
    ]
    indicator = "|2" if article[:1].isspace() else "|"
    lines.append(f"article: {indicator}")
    lines += [f"  {line}" if line.strip() else "" for line in article.rstrip("\n").split("\n")]
    lines += ["", "sources:"]
    for s in sources:
        level, why = confidences.get(s.id, CONFIDENCE["speaker"])
        note = f"  # confidence: {level} ({why})"
        if level != "high":
            note += ": TODO: a guess, check it is a source"
        if s.id not in claimed:
            note += "; TODO: no claim found for it: delete it unless summaries may name it"
        lines += [
            f"  - id: {s.id}{note}",
            f"    name: {_q(s.name)}",
            "    side: TODO  # TODO: the side this source speaks for",
            f"    kind: {s.kind}  # TODO: check (person | body | media | generic)",
            f"    aliases: {_flow(s.aliases)}",
        ]
    lines += [
        "  - id: todo  # TODO: placeholder for narrator statements: reassign its claims, then delete it",
        "    name: TODO",
        "    side: TODO",
        "    kind: generic",
        "    aliases: []",
        "",
        "claims:",
    ]
    for c in claims:
        lines += [
            f"  - id: {c.id}",
            f"    statement: {_q(c.statement)}",
            f"    source: {c.source}" + (f"  # TODO: {c.doubt}" if c.doubt else
                                         "  # TODO: narrator statement: who is the source?" if c.source == "todo"
                                         else f"  # found by {c.rule}"),
            f"    accept: [{c.source}]  # TODO: other sources, side:X",
            "    contested: true  # TODO",
            "    required: false  # TODO",
            f"    numbers: {_flow(c.numbers)}",
        ]
        if c.cues:
            lines.append("    cues:  # TODO: check")
            lines += [f"      - {json.dumps(q, ensure_ascii=False)}" for q in c.cues]
        else:
            lines.append("    cues: []  # TODO")
    if not claims:
        lines += [
            "  - id: todo-claim  # TODO: no reporting frame found: write the claims by hand",
            "    statement: TODO",
            "    source: todo",
            "    accept: [todo]  # TODO",
        ]
    lines += ["", "numbers:" + (" []" if not numbers else "")]
    for n in numbers:
        lines += [
            f"  - id: {n.id}",
            f"    value: {_value_text(n.value)}",
            f"    unit: {_q(n.unit)}" + ("  # TODO: unit or counted noun" if n.unit == "TODO" else ""),
            "    unit_aliases: []  # TODO: other nouns for the same count",
            f"    qualifier: {n.qualifier}",
            f"    referent: {_q(n.referent)}  # TODO: what the figure measures",
        ]
    lines += ["", "loaded_terms:" + (" []" if not terms else "")]
    for t in terms:
        lines.append(f"  - {{term: {_q(t, flow=True)}, side: TODO, neutral: TODO}}  # TODO: side and neutral term")
    lines += ["", "probes: []  # TODO: add at least 8 labelled probes", ""]
    return "\n".join(lines)
