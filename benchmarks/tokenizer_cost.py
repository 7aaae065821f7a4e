"""The token layer's tokenizer: the project's regular expressions against spaCy's blank English tokenizer.

Usage:
    pip install "spacy>=3.8,<3.9"      # for this measurement only; spaCy is not a dependency
    python -m benchmarks.tokenizer_cost [--n 2000]

On the default job's own summaries (results/baselines/summaries.jsonl: paragraph-length, every case of
the suite), cycled to --n, in one process and one run it reports:
- texts/s for ``scorers.tokens.read`` + its words (sentences, quotations, Markdown, words with offsets),
  for spaCy's blank English tokenizer alone (words only), and for all scorers (``score_summary``);
- how often the two tokenizers disagree on the words that matter to the scorers (tokens holding a
  letter or a digit; spaCy splits "4,200" and "km²" differently, so tokens are compared by their
  letters: a word of one tokenizer that no token of the other covers with the same offsets).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from harness.caseload import load_cases  # noqa: E402
from scorers import score_summary  # noqa: E402
from scorers.tokens import read  # noqa: E402


def load_paragraphs(n: int) -> list[tuple[str, str]]:
    """(case_id, text) pairs of the default job's summaries, cycled to n with a numbered suffix."""
    path = ROOT / "results" / "baselines" / "summaries.jsonl"
    base = [(r["case_id"], r["text"]) for r in map(json.loads, path.read_text(encoding="utf-8").splitlines()) if r]
    return [(cid, f"{text} ({i})") for i, (cid, text) in enumerate(base[i % len(base)] for i in range(n))]


def _rate(fn, items: list) -> float:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    for item in items:
        fn(item)
    return len(items) / (time.perf_counter() - t0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=2000)
    args = parser.parse_args()
    try:
        import spacy
    except ImportError:
        sys.exit("spaCy is not installed; see the usage line at the top of this file")
    items = load_paragraphs(args.n)
    texts = [t for _, t in items]
    cases = {c.id: c for c in load_cases(ROOT / "cases")}
    nlp = spacy.blank("en")
    for cid, text in items[:100]:  # warm caches
        score_summary(cases[cid], text)
        nlp.tokenizer(text)
    from scorers.tokens import _WORD

    words = _rate(lambda t: [(m.start(), m.end()) for m in _WORD.finditer(t)], texts)
    ours = _rate(lambda t: read(t).words, texts)
    theirs = _rate(nlp.tokenizer, texts)
    scorers = _rate(lambda it: score_summary(cases[it[0]], it[1]), items)
    differ = total = 0
    for text in texts[:500]:
        mine = {(w.start, w.end) for w in read(text).words}
        spans = {(t.idx, t.idx + len(t.text)) for t in nlp.tokenizer(text) if t.text.isalpha()}
        total += len(mine)
        differ += len(mine ^ spans)
    chars = sum(map(len, texts)) / len(texts)
    print(f"texts: {len(texts)} default-job summaries, {chars:.0f} characters on average")
    print("| stage | texts/s |\n|---|---|")
    print(f"| regex words with offsets (what the token layer's words cost) | {words:,.0f} |")
    print(f"| scorers.tokens.read + words (Markdown, quotations, sentences, words) | {ours:,.0f} |")
    print(f"| spaCy blank English tokenizer (words only) | {theirs:,.0f} |")
    print(f"| all scorers (score_summary) | {scorers:,.0f} |")
    print(f"alphabetic word spans found by one tokenizer and not the other: {differ} of {total} ({differ / total:.1%})")


if __name__ == "__main__":
    main()
