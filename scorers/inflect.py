"""Verb forms from lemmas, so that word lists name each verb once and no form is missing.

``forms("reiterate")`` gives reiterate, reiterates, reiterated, reiterating. Regular English spelling
rules cover most verbs; :data:`IRREGULAR` lists the rest. A phrase ("point to", "hold responsible")
inflects its first word. Tested in ``tests/test_inflect.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

IRREGULAR: dict[str, tuple[str, ...]] = {
    # lemma: (third person singular, past, past participle, gerund); extra forms after these are variants
    "say": ("says", "said", "said", "saying"),
    "tell": ("tells", "told", "told", "telling"),
    "write": ("writes", "wrote", "written", "writing"),
    "give": ("gives", "gave", "given", "giving"),
    "find": ("finds", "found", "found", "finding"),
    "think": ("thinks", "thought", "thought", "thinking"),
    "seek": ("seeks", "sought", "sought", "seeking"),
    "hold": ("holds", "held", "held", "holding"),
    "put": ("puts", "put", "put", "putting"),
    "speak": ("speaks", "spoke", "spoken", "speaking"),
    "forecast": ("forecasts", "forecast", "forecast", "forecasting"),
    "hear": ("hears", "heard", "heard", "hearing"),
    "learn": ("learns", "learned", "learned", "learning", "learnt"),
    "show": ("shows", "showed", "shown", "showing"),
    "lead": ("leads", "led", "led", "leading"),
    "lay": ("lays", "laid", "laid", "laying"),
    "set": ("sets", "set", "set", "setting"),
    "read": ("reads", "read", "read", "reading"),
    "broadcast": ("broadcasts", "broadcast", "broadcast", "broadcasting"),
    "label": ("labels", "labelled", "labelled", "labelling", "labeled", "labeling"),
    "signal": ("signals", "signalled", "signalled", "signalling", "signaled", "signaling"),
    "characterise": ("characterises", "characterised", "characterised", "characterising", "characterize",
                     "characterizes", "characterized", "characterizing"),
    "criticise": ("criticises", "criticised", "criticised", "criticising", "criticize", "criticizes",
                  "criticized", "criticizing"),
}

# Verbs of two or more syllables stressed on the last, which double their final consonant: "admitted".
DOUBLING: frozenset[str] = frozenset("admit commit regret refer prefer patrol control compel omit submit "
                                     "confer defer transfer occur rebut".split())

_CVC = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")  # one-syllable consonant-vowel-consonant: "slam", "log"


def _doubles(verb: str) -> bool:
    return verb in DOUBLING or bool(_CVC.match(verb))


def inflect(verb: str) -> tuple[str, str, str, str]:
    """(third person singular, past, past participle, gerund) of a one-word verb."""
    if verb in IRREGULAR:
        f = IRREGULAR[verb]
        return f[0], f[1], f[2], f[3]
    if re.search(r"(?:s|x|z|ch|sh|o)$", verb):
        third = verb + "es"
    elif re.search(r"[^aeiou]y$", verb):
        third = verb[:-1] + "ies"
    else:
        third = verb + "s"
    if verb.endswith("e"):
        past = verb + "d"
    elif re.search(r"[^aeiou]y$", verb):
        past = verb[:-1] + "ied"
    elif _doubles(verb):
        past = verb + verb[-1] + "ed"
    else:
        past = verb + "ed"
    if verb.endswith("ie"):
        gerund = verb[:-2] + "ying"
    elif verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        gerund = verb[:-1] + "ing"
    elif _doubles(verb):
        gerund = verb + verb[-1] + "ing"
    else:
        gerund = verb + "ing"
    return third, past, past, gerund


def forms(lemma: str, *, gerund: bool = True) -> list[str]:
    """Every form of a verb or verb phrase: the lemma, third person, past, participle (and gerund)."""
    head, _, rest = lemma.partition(" ")
    extra = list(IRREGULAR.get(head, ())[4:])
    third, past, participle, ing = inflect(head)
    heads = [head, third, past, participle, *([ing] if gerund else []), *extra]
    if not gerund:
        heads = [h for h in heads if not h.endswith("ing")]
    out = [f"{h} {rest}" if rest else h for h in heads]
    return list(dict.fromkeys(out))


def all_forms(lemmas: Iterable[str], *, gerund: bool = True) -> tuple[str, ...]:
    """Every form of every lemma, without duplicates, in lemma order."""
    return tuple(dict.fromkeys(f for lemma in lemmas for f in forms(lemma, gerund=gerund)))
