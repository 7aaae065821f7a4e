"""An OpenAI-compatible chat-completions backend: vLLM, llama.cpp server, or any such server (or a fleet of them
behind a load balancer).

Requests go out concurrently from one event loop over ``concurrency`` keep-alive HTTP/1.1 connections of one
``aiohttp`` session; an ``asyncio.Semaphore`` bounds how many are in flight (see :class:`_Lanes`). Each finished
request is handed to ``on_done`` at once, so that the runner can store it before the next one completes.

Each :class:`~harness.backends.base.Generation` carries the server's ``finish_reason`` (``length`` means the summary
hit ``max_tokens`` and was cut: the run marks it truncated), its token usage, how many attempts it took and why each
retry was needed.

Transient failures are retried with exponential backoff and full jitter: connection errors and resets, timeouts,
HTTP 408/429/500/502/503/504, malformed JSON, a response without ``choices`` and a truncated body; each retry is
logged with its cause (``cnh --verbose``). ``Retry-After`` (seconds or an HTTP date) is honoured on 429 and 503,
capped at ``backoff_max``. Any other 4xx answer is permanent: the request gets a Generation whose ``error`` names the
URL, the status and the server's message, with ``permanent`` set (a rerun cannot help). After
``max_connect_failures`` connection failures in a row (nothing answering at ``base_url``) the remaining requests are
not sent: they fail at once with one message.

Timeouts are separate: ``connect_timeout`` (10 s) bounds opening a connection; ``read_timeout`` bounds the wait for
the answer, which includes time queued inside a busy server, and so defaults to 60 s plus 0.25 s per ``max_tokens``
(188 s for 512 tokens, enough for a CPU server at a few tokens per second).

The API key is read from the environment variable named by ``api_key_env`` and from nowhere else. It never appears
in :meth:`OpenAIBackend.params` (the cache key), in ``repr``, or in any text this module produces: server messages
and completions are scrubbed of the key, any 8+ character piece of it, and its base64 form before they are trimmed
or stored. Credentials inside ``base_url`` (``http://user:pass@host``) are sent as HTTP Basic auth and shown nowhere.

Example config::

    backend: openai
    model: meta-llama/Llama-3.1-8B-Instruct
    params: {base_url: "http://127.0.0.1:8000/v1", api_key_env: VLLM_API_KEY, concurrency: 32, max_tokens: 400}
"""

from __future__ import annotations

import asyncio
import base64
import concurrent.futures
import contextlib
import email.utils
import json
import logging
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

import aiohttp

from harness.backends.base import REQUIRED, BackendError, Generation, GenerationRequest, Param
from harness.backends.urls import check_base_url, split_userinfo

__all__ = ["OpenAIBackend", "OpenAIConfig", "PARAMETERS", "create", "parse_retry_after", "redactor"]

log = logging.getLogger("cnh.openai")

# Statuses worth another try: the server is overloaded, restarting, or a proxy in front of it failed.
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
# Statuses whose Retry-After header we obey (RFC 9110 defines it for 503; rate limiters send it with 429).
RETRY_AFTER_STATUSES = frozenset({429, 503})
ERROR_TEXT_MAX = 200  # characters of a server's error message kept in Generation.error (after redaction)
_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_REDACTED = "[REDACTED]"
_MIN_SECRET_PIECE = 8  # a run of this many characters of a key (from its start or anywhere) counts as the key


def default_read_timeout(max_tokens: int) -> float:
    """The read timeout when none is given: 60 s plus 0.25 s per token the server may generate."""
    return 60.0 + 0.25 * max_tokens


MODELS = "the model name the server knows (sent as 'model' in each request)"
PARAMETERS: tuple[Param, ...] = (
    Param("base_url", REQUIRED, "the server's OpenAI-compatible root, e.g. http://127.0.0.1:8000/v1 (the backend "
          "POSTs to BASE_URL/chat/completions); checked when the config loads", False),
    Param("api_key_env", None, "NAME of the environment variable holding the API key (never the key itself); "
          "omit for a server without auth", False),
    Param("temperature", 0.0, "sampling temperature; 0 is greedy"),
    Param("max_tokens", 512, "most tokens per summary; a summary that reaches it is marked truncated "
          "(finish_reason 'length')"),
    Param("top_p", None, "nucleus sampling (0-1]; sent only when set"),
    Param("system", None, "a system message sent before the prompt"),
    Param("concurrency", 16, "requests in flight at once (one keep-alive connection each)", False),
    Param("connect_timeout", 10.0, "seconds to open a connection", False),
    Param("read_timeout", "60 + 0.25 × max_tokens", "seconds to wait for an answer, time queued inside the server "
          "included (alias: timeout)", False),
    Param("max_retries", 5, "retries of a transient failure (timeouts, connection errors, 408/429/5xx, bad bodies)",
          False),
    Param("backoff_base", 0.5, "first backoff in seconds; doubles per retry, with full jitter", False),
    Param("backoff_max", 30.0, "longest backoff (and cap on Retry-After) in seconds", False),
    Param("max_connect_failures", 5, "connection failures in a row after which the server counts as unreachable "
          "and the remaining requests fail without being sent", False),
)

# Every parameter this backend accepts, with its default. ``base_url`` has none: it is required.
_DEFAULTS: dict[str, Any] = {
    "api_key_env": None,
    "concurrency": 16,
    "timeout": None,  # old name of read_timeout
    "read_timeout": None,
    "connect_timeout": 10.0,
    "max_retries": 5,
    "backoff_base": 0.5,
    "backoff_max": 30.0,
    "max_connect_failures": 5,
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


def _base64_forms(secret: str) -> list[str]:
    """The base64 text of ``secret`` as it appears inside any longer base64 string, at each of the three byte
    alignments (only the characters that depend on the secret's bytes alone)."""
    raw = secret.encode("utf-8")
    forms = []
    for offset, skip in ((0, 0), (1, 2), (2, 3)):
        encoded = base64.b64encode(b"\0" * offset + raw).decode("ascii")
        tail = (offset + len(raw)) % 3
        end = len(encoded) - (0 if tail == 0 else 4 - tail + 1)  # drop '=' padding and the char mixing in padding
        forms.append(encoded[skip:end])
        forms.append(forms[-1].replace("+", "-").replace("/", "_"))  # the URL-safe alphabet
    return [f for f in forms if len(f) >= _MIN_SECRET_PIECE]


def redactor(secrets: Sequence[str]) -> Callable[[str], str]:
    """A function that replaces every secret in a text with ``[REDACTED]``: the secret itself, any run of 8 or more
    of its characters (a key cut short by a length limit, or by a line break), and its base64 forms.

    Args:
        secrets: the values to hide (API key, URL password); empty ones are ignored.

    Returns:
        ``redact(text) -> text``.
    """
    forms: list[str] = []
    for secret in secrets:
        if secret:
            forms.append(secret)
            forms.extend(_base64_forms(secret))
    short = [f for f in forms if len(f) < _MIN_SECRET_PIECE]
    pieces = {f[i:i + _MIN_SECRET_PIECE] for f in forms if len(f) >= _MIN_SECRET_PIECE
              for i in range(len(f) - _MIN_SECRET_PIECE + 1)}

    def redact(text: str) -> str:
        if not forms or not text:
            return text
        for f in short:
            text = text.replace(f, _REDACTED)
        if not pieces:
            return text
        hide = bytearray(len(text))
        n = _MIN_SECRET_PIECE
        for i in range(len(text) - n + 1):
            if text[i:i + n] in pieces:
                hide[i:i + n] = b"\1" * n
        if not any(hide):
            return text
        out, i = [], 0
        while i < len(text):
            if hide[i]:
                while i < len(text) and hide[i]:
                    i += 1
                out.append(_REDACTED)
            else:
                out.append(text[i])
                i += 1
        return "".join(out)

    return redact


@dataclass(frozen=True)
class OpenAIConfig:
    """Validated settings of an :class:`OpenAIBackend` (no secret in here: only the variable's name; ``base_url``
    without any credentials)."""

    base_url: str
    api_key_env: str | None = None
    concurrency: int = 16
    read_timeout: float = 188.0
    connect_timeout: float = 10.0
    max_retries: int = 5
    backoff_base: float = 0.5
    backoff_max: float = 30.0
    max_connect_failures: int = 5
    temperature: float = 0.0
    max_tokens: int = 512
    top_p: float | None = None
    system: str | None = None

    @property
    def url(self) -> str:
        """The chat-completions endpoint."""
        return f"{self.base_url}/chat/completions"

    @property
    def timeout(self) -> float:
        """The read timeout (the old name)."""
        return self.read_timeout


class _Retry(Exception):
    """One attempt failed in a way that another attempt may fix. ``kind`` is a short label for summaries."""

    def __init__(self, cause: str, retry_after: float | None = None, *, kind: str = "", connect: bool = False) -> None:
        super().__init__(cause)
        self.cause = cause
        self.retry_after = retry_after
        self.kind = kind or cause
        self.connect = connect  # nothing answered at the address: counts toward max_connect_failures


class _Final(Exception):
    """One attempt failed in a way that no further attempt will fix (e.g. HTTP 400)."""


class _Lanes:
    """``concurrency`` lanes to the server: an ``asyncio.Semaphore`` bounds the requests in flight, and one
    ``aiohttp`` session keeps at most ``concurrency`` keep-alive HTTP/1.1 connections, so no request waits for a
    connection once admitted.

    aiohttp rather than httpx: on the same machine, 2,000 requests at concurrency 64 to a 50 ms server, the httpx
    client spent 1.1 ms of CPU a request (0.43 of the ideal rate with other jobs running), this one 0.27 ms (0.55);
    ``python -m benchmarks.http_vs_aiohttp`` puts it level with a bare aiohttp client in the same run (median 0.71
    against 0.70 of ideal).
    """

    def __init__(self, concurrency: int, *, base_url: str, headers: dict[str, str], connect_timeout: float,
                 read_timeout: float) -> None:
        self._semaphore = asyncio.Semaphore(concurrency)
        self._concurrency = concurrency
        self._headers = headers
        # sock_connect bounds opening a connection; sock_read bounds each wait for bytes of the answer (the first
        # byte included, i.e. the time queued inside the server). No total limit: a long answer that keeps coming
        # is fine.
        self._timeout = aiohttp.ClientTimeout(total=None, connect=None, sock_connect=connect_timeout,
                                              sock_read=read_timeout)
        self._https = base_url.startswith("https://")
        self.session: aiohttp.ClientSession | None = None

    @contextlib.asynccontextmanager
    async def acquire(self) -> AsyncIterator[aiohttp.ClientSession]:
        """Wait for a free lane and yield the session."""
        async with self._semaphore:
            assert self.session is not None
            yield self.session

    async def __aenter__(self) -> _Lanes:
        # One TLS context (building one loads the CA bundle); none for plain http.
        tls: ssl.SSLContext | bool = ssl.create_default_context() if self._https else False
        connector = aiohttp.TCPConnector(limit=self._concurrency, limit_per_host=self._concurrency,
                                         keepalive_timeout=30.0, ssl=tls)
        # trust_env=False: no proxy or netrc surprises, the server is named by base_url alone.
        self.session = aiohttp.ClientSession(connector=connector, headers=self._headers, timeout=self._timeout,
                                             trust_env=False)
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self.session is not None:
            await self.session.close()


class OpenAIBackend:
    """Generates summaries through an OpenAI-compatible ``/chat/completions`` endpoint.

    Build it with :func:`create`. ``generate`` may be called any number of times; each call opens its own event loop
    and connection pool and closes them before returning.
    """

    kind = "openai"

    def __init__(self, model: str, config: OpenAIConfig, api_key: str | None,
                 basic_auth: tuple[str, str] | None = None) -> None:
        """Store the settings; prefer :func:`create`, which validates them and reads the key from the environment.

        Args:
            model: The model name the server knows (sent as ``model`` in each request).
            config: Validated settings.
            api_key: The key read from ``config.api_key_env``, or None to send no ``Authorization`` header.
            basic_auth: ``(user, password)`` taken out of ``base_url``, sent as HTTP Basic auth when there is no key.
        """
        self.model = model
        self.config = config
        self._key = _Secret(api_key) if api_key else None
        self._basic = _Secret(f"{basic_auth[0]}:{basic_auth[1]}") if basic_auth else None
        secrets = [s for s in (api_key, basic_auth[1] if basic_auth else None) if s]
        self._redact_fn = redactor(secrets)
        self._rng = random.Random()
        self._connect_failures = 0  # connection failures in a row, over all requests of one generate() call
        self._unreachable: str | None = None  # set once the server counts as unreachable

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
        self._connect_failures, self._unreachable = 0, None
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            asyncio.run(self._run(requests, on_done))
            return
        with concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="openai-backend") as pool:
            pool.submit(asyncio.run, self._run(requests, on_done)).result()

    # ----------------------------------------------------------------------------------------------- internals

    def _redact(self, text: str) -> str:
        """``text`` with the API key (whole, any 8+ character piece, base64) and any URL password replaced."""
        return self._redact_fn(text)

    def _lanes(self) -> _Lanes:
        c = self.config
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self._key is not None:
            headers["Authorization"] = f"Bearer {self._key.reveal()}"
        elif self._basic is not None:
            token = base64.b64encode(self._basic.reveal().encode("utf-8")).decode("ascii")
            headers["Authorization"] = f"Basic {token}"
        return _Lanes(c.concurrency, base_url=c.base_url, headers=headers, connect_timeout=c.connect_timeout,
                      read_timeout=c.read_timeout)

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

    def _unsent(self, request: GenerationRequest, started: float, attempts: int, kinds: list[str]) -> Generation:
        what = "not sent" if attempts == 0 else f"gave up after {attempts} attempt{'s' if attempts > 1 else ''}"
        return Generation(key=request.key, text="", seconds=time.perf_counter() - started,
                          error=f"{what}: {self._unreachable}", attempts=attempts, retry_causes=tuple(kinds))

    async def _generate_one(self, lanes: _Lanes, request: GenerationRequest) -> Generation:
        body = self._body(request)
        attempts = self.config.max_retries + 1
        started = time.perf_counter()
        cause = ""
        kinds: list[str] = []  # why each failed attempt failed (short labels)
        for attempt in range(1, attempts + 1):
            if self._unreachable is not None:
                return self._unsent(request, started, attempt - 1, kinds[:-1] if kinds else [])
            async with lanes.acquire() as client:
                if self._unreachable is not None:
                    return self._unsent(request, started, attempt - 1, kinds[:-1] if kinds else [])
                t0 = time.perf_counter()
                try:
                    text, prompt_tokens, completion_tokens, finish = await self._attempt(client, body)
                except _Retry as exc:
                    cause, retry_after = exc.cause, exc.retry_after
                    kinds.append(exc.kind)
                    self._count_connect(exc.connect, cause)
                except _Final as exc:
                    self._connect_failures = 0
                    return Generation(
                        key=request.key, text="", seconds=time.perf_counter() - started,
                        error=self._redact(str(exc)), attempts=attempt, retry_causes=tuple(kinds[:attempt - 1]),
                        permanent=True,
                    )
                else:
                    self._connect_failures = 0
                    return Generation(
                        key=request.key,
                        text=self._redact(text),  # a server that echoes the key must not get it cached
                        seconds=time.perf_counter() - t0,
                        prompt_tokens=prompt_tokens,
                        completion_tokens=completion_tokens,
                        finish_reason=finish,
                        attempts=attempt,
                        retry_causes=tuple(kinds),
                    )
            if attempt < attempts and self._unreachable is None:  # the lane is free while we wait
                wait = self._backoff(attempt, retry_after)
                log.info("%s / %s / sample %d: attempt %d of %d failed: %s; retrying in %.2fs", request.case_id,
                         request.prompt_id, request.sample, attempt, attempts, cause, wait)
                await asyncio.sleep(wait)
        error = f"gave up after {attempts} attempt{'s' if attempts > 1 else ''}; last cause: {cause}"
        return Generation(key=request.key, text="", seconds=time.perf_counter() - started, error=self._redact(error),
                          attempts=attempts, retry_causes=tuple(kinds[:-1]))

    def _count_connect(self, connect: bool, cause: str) -> None:
        """Track connection failures in a row; past the limit, mark the server unreachable."""
        if not connect:
            self._connect_failures = 0
            return
        self._connect_failures += 1
        limit = self.config.max_connect_failures
        if limit and self._connect_failures >= limit and self._unreachable is None:
            self._unreachable = (f"{self.config.base_url} is unreachable ({self._connect_failures} connection "
                                 f"failures in a row; last: {cause}); is the server running, and is base_url right?")
            log.info("giving up on %s: %d connection failures in a row", self.config.base_url,
                        self._connect_failures)

    async def _attempt(self, client: aiohttp.ClientSession,
                       body: bytes) -> tuple[str, int | None, int | None, str | None]:
        """One POST: the completion text, token counts and finish reason, or :class:`_Retry` / :class:`_Final`."""
        c = self.config
        url = c.url
        try:
            async with client.post(url, data=body, allow_redirects=False) as response:
                status = response.status
                content = await response.read()
                retry_after_header = response.headers.get("Retry-After")
        except aiohttp.ConnectionTimeoutError:
            raise _Retry(f"no connection to {url} within the connect timeout ({c.connect_timeout:g}s)",
                         kind="connect timeout", connect=True) from None
        except (TimeoutError, aiohttp.ServerTimeoutError) as exc:
            raise _Retry(f"no answer from {url} within the read timeout ({c.read_timeout:g}s; {type(exc).__name__})",
                         kind="read timeout") from None
        except aiohttp.ClientConnectorError as exc:
            detail = self._redact(str(exc.os_error) if exc.os_error else str(exc)) or "no detail"
            raise _Retry(f"cannot connect to {url} ({type(exc).__name__}: {detail})", kind="connection refused",
                         connect=True) from None
        except (aiohttp.ServerDisconnectedError, aiohttp.ClientPayloadError) as exc:
            raise _Retry(f"connection to {url} dropped or body truncated ({type(exc).__name__}: "
                         f"{self._redact(str(exc))})", kind="connection dropped") from None
        except aiohttp.InvalidURL as exc:  # checked when the config loads; no attempt will do better
            raise BackendError(f"request to {url} failed: invalid URL ({self._redact(str(exc))})") from None
        except (aiohttp.ClientError, OSError) as exc:  # a reset, a malformed status line or header, ...
            raise _Retry(f"{type(exc).__name__} talking to {url}: {self._redact(str(exc)) or 'no detail'}",
                         kind="network error") from None

        if 200 <= status < 300:
            return _parse_completion(content)
        detail = _error_message(content, self._redact)
        cause = f"HTTP {status} from {url}" + (f": {detail}" if detail else "")
        if status in RETRY_STATUSES:
            retry_after = None
            if status in RETRY_AFTER_STATUSES:
                retry_after = parse_retry_after(retry_after_header)
            raise _Retry(cause, retry_after, kind=f"HTTP {status}")
        if status in (401, 403):
            if c.api_key_env:
                cause += f" (check the API key in environment variable {c.api_key_env})"
            else:
                cause += " (no key was sent: set api_key_env to the name of an environment variable holding it)"
        elif status in (404, 405):
            if c.base_url.endswith("/v1"):
                cause += f" (wrong path or unknown model {self.model!r}? GET {c.base_url}/models lists the models)"
            else:
                cause += f" (wrong path? OpenAI-compatible servers answer under /v1: try base_url {c.base_url}/v1)"
        raise _Final(cause)


# ----------------------------------------------------------------------------------------------- helpers


def _parse_completion(content: bytes) -> tuple[str, int | None, int | None, str | None]:
    """Text, token counts and finish reason from a chat-completions body; :class:`_Retry` when it is malformed."""
    try:
        data = json.loads(content)
    except (ValueError, UnicodeDecodeError) as exc:
        raise _Retry(f"malformed JSON in response ({exc.__class__.__name__}: {str(exc)[:80]})",
                     kind="malformed response") from None
    if not isinstance(data, dict):
        raise _Retry("malformed response: top level is not a JSON object", kind="malformed response")
    choices = data.get("choices")
    if not isinstance(choices, list) or not choices:
        raise _Retry("response has no choices", kind="malformed response")
    first = choices[0]
    message = first.get("message") if isinstance(first, dict) else None
    text = message.get("content") if isinstance(message, dict) else None
    if not isinstance(text, str):
        raise _Retry("malformed response: choices[0].message.content is missing or not a string",
                     kind="malformed response")
    finish = first.get("finish_reason")
    usage = data.get("usage")
    usage = usage if isinstance(usage, dict) else {}
    return (text, _int_or_none(usage.get("prompt_tokens")), _int_or_none(usage.get("completion_tokens")),
            finish if isinstance(finish, str) else None)


def _int_or_none(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _error_message(content: bytes, redact: Callable[[str], str] = lambda t: t) -> str:
    """The server's own error message, redacted and then trimmed: OpenAI's ``{"error": {"message"}}``, or
    ``message``/``detail``, or the raw body."""
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
    text = redact(text)  # before the line breaks are joined and before the cut: neither may expose a piece of it
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


def _looks_like_a_name(value: str) -> bool:
    """Environment variable names are short or upper case; anything else may be a key pasted in by mistake."""
    return len(value) < 16 or value.upper() == value


def read_api_key(api_key_env: Any) -> str:
    """The API key from the environment variable named ``api_key_env``, surrounding whitespace removed.

    Errors name the variable but never show its value, nor a value of ``api_key_env`` that may be the key itself.

    Raises:
        BackendError: the name is not a variable name, the variable is unset or empty, or its value has inner
            whitespace, control or non-ASCII characters (which no HTTP header can carry).
    """
    if not isinstance(api_key_env, str) or not _ENV_NAME.match(api_key_env):
        raise BackendError(
            "openai backend: api_key_env must be the NAME of an environment variable (letters, digits and "
            "underscores), not the key itself"
        )
    value = os.environ.get(api_key_env)
    if value is None or not value.strip():
        if not _looks_like_a_name(api_key_env):
            raise BackendError(
                "openai backend: api_key_env names no environment variable that is set, and its value looks like a "
                "key itself (not shown): put the key in an environment variable and give that variable's NAME"
            )
        raise BackendError(
            f"openai backend: environment variable {api_key_env} (named by api_key_env) is not set or is empty"
        )
    key = value.strip()  # a key read from a file often ends in "\n" or "\r\n"
    for i, ch in enumerate(key):
        if ord(ch) > 126:
            raise BackendError(
                f"openai backend: the API key in environment variable {api_key_env} has a non-ASCII character at "
                f"position {i + 1} (value not shown); API keys are plain ASCII: was it copied with a typographic "
                "character?"
            )
        if ch.isspace() or ord(ch) < 32:
            raise BackendError(
                f"openai backend: the API key in environment variable {api_key_env} has whitespace or a control "
                f"character at position {i + 1} (value not shown); set the variable to the key alone"
            )
    return key


def create(model: str, params: dict[str, Any]) -> OpenAIBackend:
    """Build an OpenAI-compatible backend from config parameters (see :data:`PARAMETERS`, or ``cnh backends``).

    Args:
        model: The model name the server knows.
        params: ``base_url`` (required, e.g. ``http://127.0.0.1:8000/v1``); ``api_key_env``, the NAME of an
            environment variable holding the key (omit for a server without auth); ``concurrency`` (16);
            ``connect_timeout`` (10 s); ``read_timeout`` (alias ``timeout``; 60 s + 0.25 s per ``max_tokens``);
            ``max_retries`` (5); ``backoff_base`` (0.5 s); ``backoff_max`` (30 s); ``max_connect_failures`` (5);
            ``temperature`` (0.0); ``max_tokens`` (512); ``top_p``; ``system`` (a system message).

    Returns:
        The backend.

    Raises:
        BackendError: for an ``api_key`` given directly, an unknown or invalid parameter, a missing or malformed
            ``base_url``, or an ``api_key_env`` naming a variable that is unset, empty or holds an unusable key.
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
    try:
        base_url = check_base_url(params.pop("base_url", None))
    except ValueError as exc:
        raise BackendError(f"openai backend: {exc}") from None
    base_url, user, password = split_userinfo(base_url)
    merged = {**_DEFAULTS, **params}

    api_key_env = merged["api_key_env"]
    api_key = None if api_key_env is None else read_api_key(api_key_env)

    system = merged["system"]
    if system is not None and not isinstance(system, str):
        raise BackendError(f"openai backend: system must be a string, got {type(system).__name__}")
    if merged["timeout"] is not None and merged["read_timeout"] is not None:
        raise BackendError("openai backend: give read_timeout or its old name timeout, not both")
    max_tokens = _number(merged, "max_tokens", integer=True, low=1)
    read_key = "read_timeout" if merged["read_timeout"] is not None else "timeout"
    read_timeout = (default_read_timeout(max_tokens) if merged[read_key] is None
                    else _number(merged, read_key, low=0, low_open=True))
    config = OpenAIConfig(
        base_url=base_url,
        api_key_env=api_key_env,
        concurrency=_number(merged, "concurrency", integer=True, low=1),
        read_timeout=read_timeout,
        connect_timeout=_number(merged, "connect_timeout", low=0, low_open=True),
        max_retries=_number(merged, "max_retries", integer=True, low=0),
        backoff_base=_number(merged, "backoff_base", low=0),
        backoff_max=_number(merged, "backoff_max", low=0),
        max_connect_failures=_number(merged, "max_connect_failures", integer=True, low=0),
        temperature=_number(merged, "temperature", low=0),
        max_tokens=max_tokens,
        top_p=None if merged["top_p"] is None else _number(merged, "top_p", low=0, low_open=True, high=1),
        system=system,
    )
    basic = (user or "", password or "") if (user or password) else None
    return OpenAIBackend(model, config, api_key, basic)
