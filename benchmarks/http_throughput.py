"""Throughput of the OpenAI-compatible backend against a mock server with a fixed latency per request.

Usage: python -m benchmarks.http_throughput [--requests N --concurrency C --latency S]

The mock server is a minimal HTTP/1.1 keep-alive server on asyncio (so it holds any number of concurrent requests
for the price of a coroutine each), run in its own process on 127.0.0.1 so that it does not share a CPU or an event
loop with the client under test. Every request waits --latency seconds and gets a small chat-completions answer.

With C requests in flight and L seconds each, the ideal rate is C / L (64 / 0.05 s = 1280 requests/s); the benchmark
prints the achieved rate and its ratio to the ideal. The goal is a ratio of at least 0.9: below that, the client's own
overhead (connection handling, JSON, task scheduling) is what limits a fleet of fast servers.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing as mp
import platform
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from harness.backends.base import Generation, GenerationRequest  # noqa: E402
from harness.backends.openai_compat import create  # noqa: E402

GOAL = 0.9

_BODY = json.dumps(
    {
        "id": "cmpl-bench",
        "object": "chat.completion",
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": "A short summary."}, "finish_reason": "stop"}
        ],
        "usage": {"prompt_tokens": 100, "completion_tokens": 5, "total_tokens": 105},
    }
).encode()
_RESPONSE = (
    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: keep-alive\r\n"
    + f"Content-Length: {len(_BODY)}\r\n\r\n".encode()
    + _BODY
)


async def _serve(latency: float, port_out: mp.connection.Connection) -> None:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n"):
                    if line[:15].lower() == b"content-length:":
                        length = int(line[15:])
                if length:
                    await reader.readexactly(length)
                await asyncio.sleep(latency)
                writer.write(_RESPONSE)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=1024)
    port_out.send(server.sockets[0].getsockname()[1])
    port_out.close()
    async with server:
        await server.serve_forever()


def _server_main(latency: float, port_out: mp.connection.Connection) -> None:
    asyncio.run(_serve(latency, port_out))


def run(requests: int, concurrency: int, latency: float) -> dict[str, float]:
    """Run the benchmark once.

    Args:
        requests: How many requests to send.
        concurrency: The backend's ``concurrency``.
        latency: The mock server's delay per request, in seconds.

    Returns:
        ``seconds``, ``rate`` (requests/s), ``ideal`` (concurrency / latency), ``ratio``, ``errors`` and
        ``cpu_ms_per_request`` (the client's CPU time per request: what limits the rate on a busy machine).
    """
    parent, child = mp.Pipe(duplex=False)
    server = mp.get_context("spawn").Process(target=_server_main, args=(latency, child), daemon=True)
    server.start()
    try:
        if not parent.poll(30):
            raise RuntimeError("mock server did not start")
        port = parent.recv()
        backend = create(
            "bench-model",
            {"base_url": f"http://127.0.0.1:{port}/v1", "concurrency": concurrency, "timeout": 30, "max_retries": 0},
        )
        reqs = [
            GenerationRequest(
                key=f"k{i}",
                case_id="bench",
                article="",
                prompt=f"Summarise article {i}. " * 20,
                prompt_id="p",
                prompt_hash="h",
                sample=0,
                seed=i,
            )
            for i in range(requests)
        ]
        done: list[Generation] = []
        cpu0 = resource.getrusage(resource.RUSAGE_SELF)
        t0 = time.perf_counter()
        backend.generate(reqs, done.append)
        seconds = time.perf_counter() - t0
        cpu1 = resource.getrusage(resource.RUSAGE_SELF)
    finally:
        server.terminate()
        server.join(5)
    ideal = concurrency / latency
    rate = len(done) / seconds
    errors = sum(1 for g in done if g.error)
    cpu = (cpu1.ru_utime - cpu0.ru_utime) + (cpu1.ru_stime - cpu0.ru_stime)
    return {
        "seconds": seconds,
        "rate": rate,
        "ideal": ideal,
        "ratio": rate / ideal,
        "errors": errors,
        "cpu_ms_per_request": 1000 * cpu / max(len(done), 1),
    }


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; exits 1 when the ratio is below the goal or a request failed."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=64)
    ap.add_argument("--latency", type=float, default=0.05, help="mock server delay per request, seconds")
    args = ap.parse_args(argv)
    r = run(args.requests, args.concurrency, args.latency)
    print(f"python {platform.python_version()} on {platform.machine()}, {mp.cpu_count()} cores")
    print(f"{args.requests} requests, concurrency {args.concurrency}, latency {args.latency * 1000:g} ms")
    print(f"time {r['seconds']:.2f} s, {r['rate']:.0f} requests/s, ideal {r['ideal']:.0f} requests/s")
    print(f"client CPU {r['cpu_ms_per_request']:.3f} ms/request")
    print(f"ratio to ideal {r['ratio']:.3f} (goal >= {GOAL}), errors {r['errors']:.0f}")
    return 0 if r["ratio"] >= GOAL and not r["errors"] else 1


if __name__ == "__main__":
    sys.exit(main())
