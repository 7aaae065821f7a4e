"""Scoring speed beside rouge-score on the same summary/article pairs, in one run.

Usage: python -m benchmarks.score_speed [--n 5000] [--workers 2] [--style paragraph]

Summaries of one style (``benchmarks.performance.base_summaries``: paragraph, multi-paragraph or one-sentence, over
every case of the suite and the blind rounds), cycled to --n with a numbered suffix so that no two texts are
identical. Reports summaries/s for `cnh` scoring in one process and in --workers processes, and for rouge-score
(rouge1/rouge2/rougeL against the article).
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.performance import STYLES, all_cases, base_summaries  # noqa: E402
from scorers import score_summary  # noqa: E402

_CASES: dict = {}


def _init() -> None:
    _CASES.update({c.id: c for c in all_cases()})


def _score_chunk(items: list[tuple[str, str]]) -> int:
    for case_id, text in items:
        score_summary(_CASES[case_id], text)
    return len(items)


def load_items(n: int, style: str = "paragraph") -> list[tuple[str, str]]:
    """(case_id, text) pairs of ``style``, cycled to n."""
    base = [(item["case_id"], item["text"]) for item in base_summaries(style)]
    return [(cid, f"{text} ({i})") for i, (cid, text) in enumerate(base[i % len(base)] for i in range(n))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=5000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--style", choices=STYLES, default="paragraph")
    args = parser.parse_args()
    items = load_items(args.n, args.style)
    _init()
    articles = {cid: c.text for cid, c in _CASES.items()}

    t0 = time.perf_counter()
    _score_chunk(items)
    one = args.n / (time.perf_counter() - t0)

    chunks = [items[i::args.workers * 8] for i in range(args.workers * 8)]
    with mp.get_context("fork").Pool(args.workers, initializer=_init) as pool:
        t0 = time.perf_counter()
        done = sum(pool.map(_score_chunk, chunks))
        many = done / (time.perf_counter() - t0)

    from rouge_score import rouge_scorer

    rouge = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    t0 = time.perf_counter()
    for cid, text in items:
        rouge.score(articles[cid], text)
    rouge_rate = args.n / (time.perf_counter() - t0)

    print(f"machine: {platform.machine()}, {mp.cpu_count()} cores, Python {platform.python_version()}")
    print(f"summaries: {args.n} ({args.style}), load average {os.getloadavg()[0]:.1f}")
    print("| scorer | summaries/s |")
    print("|---|---|")
    print(f"| cnh, 1 process | {one:.0f} |")
    print(f"| cnh, {args.workers} processes | {many:.0f} |")
    print(f"| rouge-score (rouge1/2/L, stemmer), 1 process | {rouge_rate:.0f} |")
    print(f"ratio cnh(1 process) / rouge-score: {one / rouge_rate:.2f}")


if __name__ == "__main__":
    main()
