"""The OpenAI-compatible backend against a bare aiohttp client, on the same mock server, in one run.

Usage: python -m benchmarks.http_vs_aiohttp [--requests N --concurrency C --latency S --rounds R]

The server is ``benchmarks.http_throughput``'s (its own process, a fixed latency per request). Each round runs the
bare client (one ``aiohttp.ClientSession``, a semaphore, ``json.loads`` of each answer: the least any client must
do) and then the backend, and prints both rates as a share of the ideal C / L. On a shared machine the ideal is out
of reach for both; what this measures is the backend's own overhead, which issue 20 wants within 0.05 of the bare
client. Exits 1 when the backend's median share falls more than 0.05 below the bare client's.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing as mp
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.http_throughput import _server_main  # noqa: E402
from harness.backends.base import Generation, GenerationRequest  # noqa: E402
from harness.backends.openai_compat import create  # noqa: E402

PROMPT = "Summarise article. " * 20


def bare_rate(port: int, requests: int, concurrency: int) -> float:
    """Requests per second of a bare aiohttp client."""
    import aiohttp

    async def main() -> None:
        gate = asyncio.Semaphore(concurrency)
        body = json.dumps({"model": "m", "messages": [{"role": "user", "content": PROMPT}]}).encode()
        url = f"http://127.0.0.1:{port}/v1/chat/completions"
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=concurrency)) as session:

            async def one() -> None:
                async with gate, session.post(url, data=body, headers={"Content-Type": "application/json"}) as r:
                    json.loads(await r.read())

            await asyncio.gather(*(one() for _ in range(requests)))

    t0 = time.perf_counter()
    asyncio.run(main())
    return requests / (time.perf_counter() - t0)


def backend_rate(port: int, requests: int, concurrency: int) -> float:
    """Requests per second of ``harness.backends.openai_compat``."""
    backend = create("m", {"base_url": f"http://127.0.0.1:{port}/v1", "concurrency": concurrency, "max_retries": 0})
    reqs = [GenerationRequest(f"k{i}", "c", "", PROMPT, "p", "h", 0, i) for i in range(requests)]
    done: list[Generation] = []
    t0 = time.perf_counter()
    backend.generate(reqs, done.append)
    seconds = time.perf_counter() - t0
    if any(g.error for g in done):
        raise RuntimeError(next(g.error for g in done if g.error))
    return requests / seconds


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=64)
    ap.add_argument("--latency", type=float, default=0.05)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args(argv)
    parent, child = mp.Pipe(duplex=False)
    server = mp.get_context("spawn").Process(target=_server_main, args=(args.latency, child), daemon=True)
    server.start()
    ideal = args.concurrency / args.latency
    bare, ours = [], []
    try:
        port = parent.recv()
        for i in range(args.rounds):
            bare.append(bare_rate(port, args.requests, args.concurrency) / ideal)
            ours.append(backend_rate(port, args.requests, args.concurrency) / ideal)
            print(f"round {i + 1}: bare aiohttp {bare[-1]:.3f}, cnh openai backend {ours[-1]:.3f} of ideal "
                  f"{ideal:.0f} requests/s", flush=True)
    finally:
        server.terminate()
        server.join(5)
    gap = statistics.median(bare) - statistics.median(ours)
    print(f"median: bare {statistics.median(bare):.3f}, backend {statistics.median(ours):.3f}, gap {gap:+.3f} "
          "(goal: gap <= 0.05)")
    return 0 if gap <= 0.05 else 1


if __name__ == "__main__":
    sys.exit(main())
