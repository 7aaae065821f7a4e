"""An OpenAI-compatible chat-completions backend: vLLM, llama.cpp server, or any such server (or a fleet of them
behind a load balancer).

Requests go out concurrently from one event loop over ``concurrency`` keep-alive HTTP/1.1 connections; an
``asyncio.Semaphore`` bounds how many are in flight. The connections are owned by small ``httpx.AsyncClient`` objects
rather than one big one, because httpcore's pool costs CPU quadratic in its size (see :class:`_Lanes`). Each finished
request is handed to ``on_done`` at once, so that the runner can store it before the next one completes.

Transient failures are retried with exponential backoff and full jitter: connection errors and resets, timeouts,
HTTP 408/429/500/502/503/504, malformed JSON, a response without ``choices`` and a truncated body. ``Retry-After``
(seconds or an HTTP date) is honoured on 429 and 503, capped at ``backoff_max``. Any other 4xx answer is final: the
request gets a :class:`~harness.backends.base.Generation` whose ``error`` names the status and the server's message.

The API key is read from the environment variable named by ``api_key_env`` and from nowhere else. It never appears
in :meth:`OpenAIBackend.params` (the cache key), in ``repr``, or in any error text this module produces.

Example config::

    backend: openai
    model: meta-llama/Llama-3.1-8B-Instruct
    params: {base_url: "http://127.0.0.1:8000/v1", api_key_env: VLLM_API_KEY, concurrency: 32, max_tokens: 400}
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import email.utils
import json
import math
import os
import random
import re
import ssl
import time
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx

from harness.backends.base import BackendError, Generation, GenerationRequest

__all__ = ["OpenAIBackend", "OpenAIConfig", "create", "parse_retry_after"]

# Statuses worth another try: the server is overloaded, restarting, or a proxy in front of it failed.
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
# Statuses whose Retry-After header we obey (RFC 9110 defines it for 503; rate limiters send it with 429).
RETRY_AFTER_STATUSES = frozenset({429, 503})
# Transport failures worth another try: refused/reset connections, timeouts, a body cut short, bad encoding.
RETRY_EXCEPTIONS: tuple[type[Exception], ...] = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
    httpx.DecodingError,
)
ERROR_TEXT_MAX = 200  # characters of a server's error message kept in Generation.error
# Connections per httpx client. httpcore's pool bookkeeping grows with the square of its size, so one client per
# connection is cheapest (measured: 64 connections in 1 client ~105 req/s, in 8 clients ~850, in 64 clients ~900+).
CONNECTIONS_PER_CLIENT = 1
_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_REDACTED = "[REDACTED]"

# Every parameter this backend accepts, with its default. ``base_url`` has none: it is required.
_DEFAULTS: dict[str, Any] = {
    "api_key_env": None,
    "concurrency": 16,
    "timeout": 60.0,
    "max_retries": 5,
    "backoff_base": 0.5,
    "backoff_max": 30.0,
    "temperature": 0.0,
    "max_tokens": 512,
    "top_p": None,
    "system": None,
}


class _Secret:
    """A string that never shows itself in ``repr``/``str`` (so not in tracebacks, logs or debuggers' summaries)."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "_Secret('***')"

    __str__ = __repr__


@dataclass(frozen=True)
class OpenAIConfig:
    """Validated settings of an :class:`OpenAIBackend` (no secret in here: only the variable's name)."""

    base_url: str
    api_key_env: str | None = None
    concurrency: int = 16
    timeout: float = 60.0
    max_retries: int = 5
    backoff_base: float = 0.5
    backoff_max: float = 30.0
    temperature: float = 0.0
    max_tokens: int = 512
    top_p: float | None = None
    system: str | None = None

    @property
    def url(self) -> str:
        """The chat-completions endpoint."""
        return f"{self.base_url}/chat/completions"


class _Retry(Exception):
    """One attempt failed in a way that another attempt may fix."""

    def __init__(self, cause: str, retry_after: float | None = None) -> None:
        super().__init__(cause)
        self.cause = cause
        self.retry_after = retry_after


class _Final(Exception):
    """One attempt failed in a way that no further attempt will fix (e.g. HTTP 400)."""


class _Lanes:
    """``concurrency`` lanes to the server: an ``asyncio.Semaphore`` bounds the requests in flight, and each request
    in flight holds one lane, i.e. one keep-alive HTTP/1.1 connection of its own.

    The lanes are spread over several ``httpx.AsyncClient`` objects of at most :data:`CONNECTIONS_PER_CLIENT`
    connections each, rather than one client with ``concurrency`` connections: httpcore's pool does work quadratic in
    its size on every request (``AsyncConnectionPool._assign_requests_to_connections``), which at 64 connections
    cost ~20 ms of CPU per request and capped throughput at under a tenth of what the server could give. A lane
    number maps to a fixed client, and no client is ever asked for more connections than it has, so no request waits
    inside httpcore's pool.
    """

    def __init__(self, concurrency: int, *, base_url: str, headers: dict[str, str], timeout: float) -> None:
        per_client = max(1, CONNECTIONS_PER_CLIENT)
        self._per_client = per_client
        self._semaphore = asyncio.Semaphore(concurrency)
        self._free = list(range(concurrency - 1, -1, -1))  # a stack: the most recently used (warm) lane goes first
        # One TLS context for all clients (building one loads the CA bundle: ~25 ms); none for plain http.
        verify: ssl.SSLContext | bool = httpx.create_ssl_context() if base_url.startswith("https://") else False
        self._clients = [
            httpx.AsyncClient(
                headers=headers,
                timeout=httpx.Timeout(timeout),
                limits=httpx.Limits(
                    max_connections=per_client, max_keepalive_connections=per_client, keepalive_expiry=30.0
                ),
                verify=verify,
                trust_env=False,  # no proxy or netrc surprises: the server is named by base_url alone
                follow_redirects=False,
            )
            for _ in range(math.ceil(concurrency / per_client))
        ]

    @contextlib.asynccontextmanager
    async def acquire(self) -> AsyncIterator[httpx.AsyncClient]:
        """Wait for a free lane and yield the client that owns it."""
        async with self._semaphore:
            lane = self._free.pop()  # never empty: the semaphore admits no more holders than there are lanes
            try:
                yield self._clients[lane // self._per_client]
            finally:
                self._free.append(lane)

    async def __aenter__(self) -> _Lanes:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await asyncio.gather(*(client.aclose() for client in self._clients), return_exceptions=True)


class OpenAIBackend:
    """Generates summaries through an OpenAI-compatible ``/chat/completions`` endpoint.

    Build it with :func:`create`. ``generate`` may be called any number of times; each call opens its own event loop
    and connection pool and closes them before returning.
    """

    kind = "openai"

    def __init__(self, model: str, config: OpenAIConfig, api_key: str | None) -> None:
        """Store the settings; prefer :func:`create`, which validates them and reads the key from the environment.

        Args:
            model: The model name the server knows (sent as ``model`` in each request).
            config: Validated settings.
            api_key: The key read from ``config.api_key_env``, or None to send no ``Authorization`` header.
        """
        self.model = model
        self.config = config
        self._key = _Secret(api_key) if api_key else None
        self._rng = random.Random()

    def __repr__(self) -> str:
        c = self.config
        return (
            f"OpenAIBackend(model={self.model!r}, base_url={c.base_url!r}, api_key_env={c.api_key_env!r}, "
            f"concurrency={c.concurrency}, params={self.params()!r})"
        )

    def params(self) -> dict[str, Any]:
        """The settings that change the output, for the cache key.

        Transport settings (``base_url``, concurrency, timeouts, retries) and the key are left out: the same model
        served from another machine, faster or slower, gives the same summaries.

        Returns:
            ``temperature`` and ``max_tokens``, plus ``top_p`` and ``system`` when they are set.
        """
        c = self.config
        out: dict[str, Any] = {"temperature": c.temperature, "max_tokens": c.max_tokens}
        if c.top_p is not None:
            out["top_p"] = c.top_p
        if c.system is not None:
            out["system"] = c.system
        return out

    # ----------------------------------------------------------------------------------------------- public API

    def generate(self, requests: Sequence[GenerationRequest], on_done: Callable[[Generation], None]) -> None:
        """Send every request, calling ``on_done`` as soon as each one finishes (in completion order).

        ``on_done`` runs on the event loop's thread; an exception it raises stops the run (requests still in flight
        are cancelled) and propagates. If this thread already runs an event loop (e.g. a notebook), the requests run
        on a fresh loop in a worker thread instead.

        ``Generation.seconds`` is the wall time of the attempt that succeeded (queueing and earlier failed attempts
        excluded); for a request that failed for good, it is the whole time spent on it, retries and waits included.

        Args:
            requests: The generations to make.
            on_done: Called once per request with its :class:`Generation` (``error`` set if it failed for good).
        """
        if not requests:
            return
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            asyncio.run(self._run(requests, on_done))
            return
        with concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="openai-backend") as pool:
            pool.submit(asyncio.run, self._run(requests, on_done)).result()

    # ----------------------------------------------------------------------------------------------- internals

    def _redact(self, text: str) -> str:
        """``text`` with the API key (if any) replaced."""
        if self._key is None:
            return text
        return text.replace(self._key.reveal(), _REDACTED)

    def _lanes(self) -> _Lanes:
        c = self.config
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self._key is not None:
            headers["Authorization"] = f"Bearer {self._key.reveal()}"
        return _Lanes(c.concurrency, base_url=c.base_url, headers=headers, timeout=c.timeout)

    async def _run(self, requests: Sequence[GenerationRequest], on_done: Callable[[Generation], None]) -> None:
        # Tasks are admitted through a window rather than created all at once, so that 100k requests do not mean
        # 100k live coroutines; the lanes' semaphore (held per attempt) is what bounds the requests on the wire.
        # If on_done raises, the task group cancels everything still running and the first error propagates.
        admit = asyncio.Semaphore(max(4 * self.config.concurrency, 64))

        async with self._lanes() as lanes:

            async def one(request: GenerationRequest) -> None:
                try:
                    on_done(await self._generate_one(lanes, request))
                finally:
                    admit.release()

            try:
                async with asyncio.TaskGroup() as group:
                    for request in requests:
                        await admit.acquire()
                        group.create_task(one(request))
            except BaseExceptionGroup as group_error:
                raise group_error.exceptions[0] from None

    def _body(self, request: GenerationRequest) -> bytes:
        c = self.config
        messages = []
        if c.system is not None:
            messages.append({"role": "system", "content": c.system})
        messages.append({"role": "user", "content": request.prompt})
        body: dict[str, Any] = {
            "model": self.model,
            "messages": messages,
            "temperature": c.temperature,
            "max_tokens": c.max_tokens,
            "seed": request.seed,
        }
        if c.top_p is not None:
            body["top_p"] = c.top_p
        return json.dumps(body, ensure_ascii=False).encode("utf-8")

    def _backoff(self, attempt: int, retry_after: float | None) -> float:
        """Seconds to wait after failed attempt number ``attempt`` (1-based)."""
        c = self.config
        if retry_after is not None:
            return min(max(retry_after, 0.0), c.backoff_max)
        return self._rng.uniform(0.0, min(c.backoff_max, c.backoff_base * 2 ** (attempt - 1)))

    async def _generate_one(self, lanes: _Lanes, request: GenerationRequest) -> Generation:
        body = self._body(request)
        attempts = self.config.max_retries + 1
        started = time.perf_counter()
        cause = ""
        for attempt in range(1, attempts + 1):
            async with lanes.acquire() as client:
                t0 = time.perf_counter()
                try:
                    text, prompt_tokens, completion_tokens = await self._attempt(client, body)
                except _Retry as exc:
                    cause, retry_after = exc.cause, exc.retry_after
                except _Final as exc:
                    return Generation(
                        key=request.key, text="", seconds=time.perf_counter() - started, error=self._redact(str(exc))
                    )
                else:
                    return Generation(
                        key=request.key,
                        text=text,
                        seconds=time.perf_counter() - t0,
                        prompt_tokens=prompt_tokens,
                        completion_tokens=completion_tokens,
                    )
            if attempt < attempts:  # the lane is released while we wait, so other requests can go ahead
                await asyncio.sleep(self._backoff(attempt, retry_after))
        error = f"gave up after {attempts} attempt{'s' if attempts > 1 else ''}; last cause: {cause}"
        return Generation(key=request.key, text="", seconds=time.perf_counter() - started, error=self._redact(error))

    async def _attempt(self, client: httpx.AsyncClient, body: bytes) -> tuple[str, int | None, int | None]:
        """One POST: the completion text and token counts, or :class:`_Retry` / :class:`_Final`."""
        try:
            response = await client.post(self.config.url, content=body)
        except httpx.TimeoutException as exc:
            raise _Retry(f"{type(exc).__name__} (timeout {self.config.timeout:g}s)") from None
        except httpx.RemoteProtocolError as exc:
            raise _Retry(
                f"connection dropped or body truncated ({type(exc).__name__}: {self._redact(str(exc))})"
            ) from None
        except RETRY_EXCEPTIONS as exc:
            raise _Retry(f"{type(exc).__name__}: {self._redact(str(exc)) or 'no detail'}") from None
        except httpx.HTTPError as exc:  # a bad URL scheme, a local protocol error: no attempt will do better
            raise BackendError(f"request to {self.config.url} failed: {self._redact(str(exc))}") from None

        status = response.status_code
        if 200 <= status < 300:
            return _parse_completion(response.content)
        detail = _error_message(response.content)
        cause = f"HTTP {status}" + (f": {self._redact(detail)}" if detail else "")
        if status in RETRY_STATUSES:
            retry_after = None
            if status in RETRY_AFTER_STATUSES:
                retry_after = parse_retry_after(response.headers.get("retry-after"))
            raise _Retry(cause, retry_after)
        if status in (401, 403):
            if self.config.api_key_env:
                cause += f" (check the API key in environment variable {self.config.api_key_env})"
            else:
                cause += " (no key was sent: set api_key_env to the name of an environment variable holding it)"
        raise _Final(cause)


# ----------------------------------------------------------------------------------------------- helpers


def _parse_completion(content: bytes) -> tuple[str, int | None, int | None]:
    """Text and token counts from a chat-completions body; :class:`_Retry` when it is malformed or empty."""
    try:
        data = json.loads(content)
    except (ValueError, UnicodeDecodeError) as exc:
        raise _Retry(f"malformed JSON in response ({exc.__class__.__name__}: {str(exc)[:80]})") from None
    if not isinstance(data, dict):
        raise _Retry("malformed response: top level is not a JSON object")
    choices = data.get("choices")
    if not isinstance(choices, list) or not choices:
        raise _Retry("response has no choices")
    first = choices[0]
    message = first.get("message") if isinstance(first, dict) else None
    text = message.get("content") if isinstance(message, dict) else None
    if not isinstance(text, str):
        raise _Retry("malformed response: choices[0].message.content is missing or not a string")
    usage = data.get("usage")
    usage = usage if isinstance(usage, dict) else {}
    return text, _int_or_none(usage.get("prompt_tokens")), _int_or_none(usage.get("completion_tokens"))


def _int_or_none(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _error_message(content: bytes) -> str:
    """The server's own error message, trimmed: OpenAI's ``{"error": {"message"}}``, or ``message``/``detail``,
    or the raw body."""
    text = content.decode("utf-8", errors="replace").strip()
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    if isinstance(data, dict):
        err = data.get("error")
        if isinstance(err, dict) and err.get("message"):
            text = str(err["message"])
        elif isinstance(err, str) and err:
            text = err
        elif data.get("message"):
            text = str(data["message"])
        elif data.get("detail"):
            text = data["detail"] if isinstance(data["detail"], str) else json.dumps(data["detail"])
    text = " ".join(text.split())
    return text if len(text) <= ERROR_TEXT_MAX else text[: ERROR_TEXT_MAX - 1] + "…"


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header: delta-seconds or an HTTP date.

    Args:
        value: The header value, or None when absent.
        now: The current time (for tests); defaults to the clock.

    Returns:
        Seconds (never negative), or None when the header is absent or unreadable.
    """
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    if not math.isfinite(seconds):
        return None
    return max(seconds, 0.0)


def _number(
    params: dict[str, Any],
    name: str,
    *,
    integer: bool = False,
    low: float = 0.0,
    low_open: bool = False,
    high: float | None = None,
) -> Any:
    value = params[name]
    ok_type = isinstance(value, int) if integer else isinstance(value, int | float)
    if isinstance(value, bool) or not ok_type:
        raise BackendError(f"openai backend: {name} must be {'an integer' if integer else 'a number'}, got {value!r}")
    if value < low or (low_open and value == low) or (high is not None and value > high):
        bound = f"{'>' if low_open else '>='} {low:g}" + (f" and <= {high:g}" if high is not None else "")
        raise BackendError(f"openai backend: {name} must be {bound}, got {value!r}")
    return value if integer else float(value)


def create(model: str, params: dict[str, Any]) -> OpenAIBackend:
    """Build an OpenAI-compatible backend from config parameters.

    Args:
        model: The model name the server knows.
        params: ``base_url`` (required, e.g. ``http://127.0.0.1:8000/v1``); ``api_key_env``, the NAME of an
            environment variable holding the key (omit for a server without auth); ``concurrency`` (16);
            ``timeout`` in seconds (60); ``max_retries`` (5); ``backoff_base`` (0.5 s); ``backoff_max`` (30 s);
            ``temperature`` (0.0); ``max_tokens`` (512); ``top_p``; ``system`` (a system message).

    Returns:
        The backend.

    Raises:
        BackendError: for an ``api_key`` given directly, an unknown or invalid parameter, a missing ``base_url``, or
            an ``api_key_env`` naming a variable that is unset or empty.
    """
    params = dict(params)
    if "api_key" in params:
        raise BackendError(
            "openai backend: do not put the API key in the config; set api_key_env to the NAME of an environment "
            "variable that holds it (e.g. api_key_env: OPENAI_API_KEY)"
        )
    if not isinstance(model, str) or not model:
        raise BackendError("openai backend: model must be a non-empty string")
    unknown = sorted(set(params) - set(_DEFAULTS) - {"base_url"})
    if unknown:
        raise BackendError(
            f"openai backend: unknown parameter(s) {', '.join(unknown)}; known: base_url, {', '.join(_DEFAULTS)}"
        )
    base_url = params.pop("base_url", None)
    if not isinstance(base_url, str) or not base_url.strip():
        raise BackendError("openai backend: base_url is required (e.g. http://127.0.0.1:8000/v1)")
    base_url = base_url.strip().rstrip("/")
    if not base_url.startswith(("http://", "https://")):
        raise BackendError(f"openai backend: base_url must start with http:// or https://, got {base_url!r}")
    merged = {**_DEFAULTS, **params}

    api_key_env = merged["api_key_env"]
    api_key: str | None = None
    if api_key_env is not None:
        # Never echo a value that does not look like a variable name: it may be the key pasted in by mistake.
        if not isinstance(api_key_env, str) or not _ENV_NAME.match(api_key_env):
            raise BackendError(
                "openai backend: api_key_env must be the NAME of an environment variable (letters, digits and "
                "underscores), not the key itself"
            )
        api_key = os.environ.get(api_key_env)
        if not api_key:
            raise BackendError(
                f"openai backend: environment variable {api_key_env} (named by api_key_env) is not set or is empty"
            )

    system = merged["system"]
    if system is not None and not isinstance(system, str):
        raise BackendError(f"openai backend: system must be a string, got {type(system).__name__}")
    config = OpenAIConfig(
        base_url=base_url,
        api_key_env=api_key_env,
        concurrency=_number(merged, "concurrency", integer=True, low=1),
        timeout=_number(merged, "timeout", low=0, low_open=True),
        max_retries=_number(merged, "max_retries", integer=True, low=0),
        backoff_base=_number(merged, "backoff_base", low=0),
        backoff_max=_number(merged, "backoff_max", low=0),
        temperature=_number(merged, "temperature", low=0),
        max_tokens=_number(merged, "max_tokens", integer=True, low=1),
        top_p=None if merged["top_p"] is None else _number(merged, "top_p", low=0, low_open=True, high=1),
        system=system,
    )
    return OpenAIBackend(model, config, api_key)
