"""Built-in extractive baselines: no model, deterministic, always available.

- ``lead-k`` (``lead-3``, ``lead-5``, ...): the first k sentences of the article.
- ``strip-attribution``: the first 5 sentences with their reporting frames removed ("according to
  X, ", ", X said", "X said that "): a deliberately bad baseline that states every claim bare, so
  the scorers must rank it last.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from harness.backends.base import BackendError, Generation, GenerationRequest, Param
from scorers.lexicon import REPORT_VERBS
from scorers.text import sentences

MODELS = "lead-K (the first K sentences, e.g. lead-3), strip-attribution (lead sentences with reporting frames removed)"
PARAMETERS: tuple[Param, ...] = (
    Param("k", 5, "sentences kept by strip-attribution (lead-K takes K from its name)"),
    Param("delay", 0.0, "seconds to wait per summary, to imitate a slow model in tests and demos", False),
)

_VERBS = "|".join(sorted({re.escape(v) for v in REPORT_VERBS if " " not in v}, key=len, reverse=True))
_SPEAKER = r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*|the\s+[\w\s'’-]{1,40}?|[Hh]e|[Ss]he|[Tt]hey)"
# Patterns of reporting frames, removed in order. Each keeps the reported content.
_STRIP = [
    re.compile(r"(?:^|(?<=,))\s*[Aa]ccording to [^,]{1,80},\s*"),  # "According to X, A" -> "A"
    re.compile(r",\s*according to [^,.;]{1,80}(?=\s*[,.;]|$)"),  # "A, according to X." -> "A."
    # "A, X said." / "A, X told reporters." -> "A."
    re.compile(rf",\s*{_SPEAKER}\s+(?:also\s+)?(?:{_VERBS})\b(?:\s+[\w'’]+){{0,2}}(?=\s*[,.;]|$)"),
    re.compile(rf",\s*(?:{_VERBS})\s+{_SPEAKER}(?=\s*[,.;]|$)"),  # "A, said X." -> "A."
    # "X said (that) A" at the start of a sentence or after a comma -> "A"
    re.compile(rf"(?:^|(?<=,))\s*{_SPEAKER}\s+(?:has\s+|had\s+|also\s+)?(?:{_VERBS})\b(?:\s+on\s+\w+)?"
               rf"\s*(?:that\s+)?"),
]
_CONTINUE = re.compile(r",\s*(?:adding|saying|noting|claiming)\s+(?:that\s+)?")  # ", adding that A" -> ", A"


def strip_attribution(sentence: str) -> str:
    """Remove reporting frames from one sentence, keeping what they report."""
    out = " ".join(sentence.split())
    for pat in _STRIP:
        out = pat.sub(" ", out)
    out = _CONTINUE.sub(", ", out)
    out = re.sub(r"[“”\"]", "", out)
    out = re.sub(r"\s+([,.;])", r"\1", " ".join(out.split())).strip(" ,")
    return out[:1].upper() + out[1:] if out else out


@dataclass
class BaselineBackend:
    """A deterministic extractive baseline."""

    model: str
    k: int
    strip: bool
    delay: float = 0.0  # seconds per summary, to simulate a slow model in tests and demos
    kind: str = field(default="baseline", init=False)

    def params(self) -> dict[str, Any]:
        """Output-affecting parameters: the strategy, k, and the scorers' signature (sentence splitting and
        reporting verbs come from ``scorers``, so a change there can change a baseline summary)."""
        from scorers.signature import scorers_signature

        return {"k": self.k, "strip": self.strip, "scorers": scorers_signature()}

    def summarise(self, article: str) -> str:
        """The baseline summary of an article."""
        sents = [s.text for s in sentences(article) if not s.lead_in]
        # a first line without final punctuation is a headline: skip it
        if sents and not sents[0].rstrip().endswith((".", "!", "?", '"', "”")):
            sents = sents[1:]
        chosen = sents[: self.k]
        if self.strip:
            chosen = [strip_attribution(s) for s in chosen]
        return " ".join(" ".join(s.split()) for s in chosen if s)

    def generate(self, requests: Sequence[GenerationRequest], on_done: Callable[[Generation], None]) -> None:
        """Summarise each request's article; no prompt is used."""
        for req in requests:
            t0 = time.perf_counter()
            if self.delay:
                time.sleep(self.delay)
            text = self.summarise(req.article)
            on_done(Generation(req.key, text, time.perf_counter() - t0, len(req.article.split()), len(text.split())))


def create(model: str, params: dict[str, Any]) -> BaselineBackend:
    """Build a baseline: ``lead-K`` or ``strip-attribution`` (params: ``k``, ``delay``)."""
    delay = float(params.pop("delay", 0.0))
    m = re.fullmatch(r"lead-(\d+)", model)
    if m:
        k, strip = int(m.group(1)), False
    elif model == "strip-attribution":
        k, strip = int(params.pop("k", 5)), True
    else:
        raise BackendError(f"unknown baseline {model!r}; known: lead-K (e.g. lead-3), strip-attribution")
    if params:
        raise BackendError(f"unknown parameter(s) for baseline {model!r}: {', '.join(sorted(params))}")
    if k < 1:
        raise BackendError(f"baseline {model!r}: k must be at least 1")
    return BaselineBackend(model, k, strip, delay)
