"""Run benchmarks by name: ``python -m benchmarks NAME [ARGS...]`` or ``python -m benchmarks all``.

``all`` runs ``performance`` (throughput by summary style beside rouge-score, suite size, memory, start-up, the
HTTP and batching benchmarks, an end-to-end run, the load average; writes results/performance.md) and then
``agreement`` (the scorers against the labelled summaries). The other names run one benchmark with its own arguments:

    python -m benchmarks list
    python -m benchmarks performance --plan paragraph:1000,one-sentence:1000 --suite-sizes 25,1000
    python -m benchmarks http_throughput --requests 500
"""

from __future__ import annotations

import runpy
import sys
import time

NAMES = {
    "performance": "throughput, memory, start-up, HTTP, batching, end to end (writes results/performance.md)",
    "agreement": "scorers against the labelled development and held-out summaries",
    "score_speed": "scoring speed beside rouge-score at one size and style (quicker)",
    "verdict_equality": "dump every record of the project's texts, or compare two dumps (a speed-up changes none)",
    "http_throughput": "the OpenAI-compatible backend against a local server with a fixed latency",
    "batching": "batched against one-at-a-time generation on a tiny local model (needs torch)",
    "draft_recall": "recall of cnh draft-case",
    "reliability": "the fault suite's table (writes results/reliability.md)",
    "screenshot_report": "the HTML report and its screenshot (needs a headless Chromium)",
}
ALL = ("performance", "agreement")


def run(name: str, args: list[str]) -> int:
    """Run ``benchmarks.NAME`` as ``python -m`` would, with ``args``; returns its exit status."""
    saved = sys.argv
    sys.argv = [f"benchmarks.{name}", *args]
    try:
        runpy.run_module(f"benchmarks.{name}", run_name="__main__", alter_sys=True)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    finally:
        sys.argv = saved
    return 0


def main(argv: list[str] | None = None) -> int:
    """Dispatch ``all``, ``list`` or one benchmark name."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in {"-h", "--help", "list"}:
        print(__doc__)
        for name, what in NAMES.items():
            print(f"  {name:<18} {what}")
        return 0 if argv else 2
    name, args = argv[0], argv[1:]
    if name == "all":
        status = 0
        for each in ALL:
            print(f"== benchmarks.{each}", flush=True)
            t0 = time.perf_counter()
            code = run(each, args if each == "performance" else [])
            print(f"== benchmarks.{each}: exit {code}, {time.perf_counter() - t0:.0f} s", flush=True)
            status = status or code
        return status
    if name not in NAMES:
        print(f"unknown benchmark {name!r}; one of: all, {', '.join(NAMES)}", file=sys.stderr)
        return 2
    return run(name, args)


if __name__ == "__main__":
    sys.exit(main())
