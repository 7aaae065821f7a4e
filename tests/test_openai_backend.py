"""The OpenAI-compatible backend against a real HTTP server on 127.0.0.1 that speaks the chat-completions schema.

The server (:class:`MockServer`) replays a script of :class:`Reply` objects, one per request, then answers every
further request with a normal completion that echoes the prompt. It records each request (headers, body, arrival
time) and the largest number it held in flight at once. Like a real server it stops a completion at the request's
``max_tokens`` (one word a token) with ``finish_reason: "length"``, answers 404 on any path but
``/v1/chat/completions``, and can refuse some requests on every attempt (``server.refuse``: a permanent 400).
A script such as ``[Reply(503), Reply(503)]`` gives 503-then-success.
"""

from __future__ import annotations

import base64
import json
import re
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from harness import backends
from harness.backends.base import BackendError, Generation, GenerationRequest
from harness.backends.openai_compat import OpenAIBackend, create, parse_retry_after

KEY = "sk-test-0123456789abcdef-SECRET"
ENV = "CNH_TEST_OPENAI_KEY"


@dataclass
class Reply:
    """One scripted answer. ``action``: None (send it), ``"truncate"`` (promise more body than is sent, then close),
    ``"close"`` (close without answering)."""

    status: int = 200
    body: Any = None  # dict/list → JSON; bytes/str → as is; None → a normal completion
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    action: str | None = None


def completion(text: str, prompt_tokens: int = 7, completion_tokens: int = 3,
               finish_reason: str = "stop") -> dict[str, Any]:
    """A chat-completions response body."""
    return {
        "id": "cmpl-1",
        "object": "chat.completion",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": finish_reason}],
        "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens, "total_tokens": 10},
    }


def limited_completion(text: str, max_tokens: int | None) -> dict[str, Any]:
    """A completion as a real server gives it: at most ``max_tokens`` words (one word a token), with
    ``finish_reason: "length"`` when the text was cut there."""
    words = text.split()
    if max_tokens is not None and len(words) > max_tokens:
        return completion(" ".join(words[:max_tokens]), completion_tokens=max_tokens, finish_reason="length")
    return completion(text)


CHAT_PATH = "/v1/chat/completions"


class _QuietServer(ThreadingHTTPServer):
    """Ignores a client that hung up first (e.g. after a read timeout): that is what the tests provoke."""

    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class MockServer:
    """A chat-completions server on an ephemeral port of 127.0.0.1, run in a thread."""

    def __init__(self) -> None:
        self.script: list[Reply] = []
        self.requests: list[dict[str, Any]] = []
        self.delay_by_prompt: dict[str, float] = {}
        self.default_delay = 0.0
        self.in_flight = 0
        self.max_in_flight = 0
        self.refuse: Any = None  # body -> Reply or None: a reply given on EVERY attempt (e.g. a permanent 400)
        self.reply_text: Any = None  # body -> completion text, instead of "summary of: PROMPT"
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as real servers do

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - silence the default stderr log
                pass

            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                body = json.loads(raw)
                with server.lock:
                    server.requests.append(
                        {
                            "path": self.path,
                            "headers": dict(self.headers),
                            "body": body,
                            "time": time.perf_counter(),
                            "port": self.client_address[1],
                        }
                    )
                    if self.path != CHAT_PATH:  # like a real server: nothing lives anywhere else
                        reply = Reply(404, {"error": {"message": "File Not Found", "type": "not_found_error"}})
                    elif server.refuse is not None and server.refuse(body) is not None:
                        reply = server.refuse(body)
                    else:
                        reply = server.script.pop(0) if server.script else Reply()
                    server.in_flight += 1
                    server.max_in_flight = max(server.max_in_flight, server.in_flight)
                try:
                    prompt = body["messages"][-1]["content"]
                    time.sleep(reply.delay or server.delay_by_prompt.get(prompt, server.default_delay))
                    self._send(reply, prompt, body)
                finally:
                    with server.lock:
                        server.in_flight -= 1

            def _send(self, reply: Reply, prompt: str, body: dict[str, Any]) -> None:
                if reply.action == "close":
                    self.close_connection = True
                    return
                text = server.reply_text(body) if server.reply_text else f"summary of: {prompt}"
                payload = limited_completion(text, body.get("max_tokens")) if reply.body is None else reply.body
                data = (
                    payload
                    if isinstance(payload, bytes)
                    else (payload.encode() if isinstance(payload, str) else json.dumps(payload).encode())
                )
                self.send_response(reply.status)
                self.send_header("Content-Type", "application/json")
                length = len(data) + 100 if reply.action == "truncate" else len(data)
                self.send_header("Content-Length", str(length))
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)
                self.wfile.flush()
                if reply.action == "truncate":
                    self.close_connection = True

        self.httpd = _QuietServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}/v1"

    def start(self) -> MockServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server() -> Iterator[MockServer]:
    srv = MockServer().start()
    yield srv
    srv.stop()


def make_request(i: int = 0, prompt: str | None = None) -> GenerationRequest:
    return GenerationRequest(
        key=f"k{i}",
        case_id="dam-dispute",
        article="The dam...",
        prompt=prompt or f"prompt {i}",
        prompt_id="p1",
        prompt_hash="h",
        sample=0,
        seed=1000 + i,
    )


def backend(server: MockServer, **params: Any) -> OpenAIBackend:
    # small backoff so retry tests stay fast; a short timeout so a hung test fails quickly
    return create("test-model", {"base_url": server.base_url, "backoff_base": 0.01, "timeout": 5, **params})


def run(b: OpenAIBackend, requests: list[GenerationRequest]) -> list[Generation]:
    out: list[Generation] = []
    b.generate(requests, out.append)
    return out


def test_normal_completion_with_usage_and_request_body(server: MockServer) -> None:
    b = backend(server, system="You summarise news.", temperature=0.7, max_tokens=100, top_p=0.9)
    [g] = run(b, [make_request(3, "Summarise the dam story.")])
    assert g.error is None
    assert g.text == "summary of: Summarise the dam story."
    assert (g.prompt_tokens, g.completion_tokens) == (7, 3)
    assert g.key == "k3" and g.seconds >= 0
    [req] = server.requests
    assert req["path"] == "/v1/chat/completions"
    assert req["body"] == {
        "model": "test-model",
        "messages": [
            {"role": "system", "content": "You summarise news."},
            {"role": "user", "content": "Summarise the dam story."},
        ],
        "temperature": 0.7,
        "max_tokens": 100,
        "top_p": 0.9,
        "seed": 1003,
    }
    assert "authorization" not in {h.lower() for h in req["headers"]}  # no api_key_env, no header


def test_defaults_omit_system_and_top_p_and_usage_may_be_missing(server: MockServer) -> None:
    server.script = [Reply(body={"choices": [{"message": {"role": "assistant", "content": "ok"}}]})]
    [g] = run(backend(server), [make_request()])
    assert (g.text, g.prompt_tokens, g.completion_tokens, g.error) == ("ok", None, None, None)
    body = server.requests[0]["body"]
    assert body["messages"] == [{"role": "user", "content": "prompt 0"}]
    assert "top_p" not in body and body["temperature"] == 0.0 and body["max_tokens"] == 512


def test_concurrency_is_bounded(server: MockServer) -> None:
    server.default_delay = 0.1
    out = run(backend(server, concurrency=4), [make_request(i) for i in range(16)])
    assert len(out) == 16 and all(g.error is None for g in out)
    assert {g.key for g in out} == {f"k{i}" for i in range(16)}
    assert 1 < server.max_in_flight <= 4
    assert len({r["port"] for r in server.requests}) <= 4  # keep-alive: connections are reused, not one per request


def test_on_done_is_called_in_completion_order(server: MockServer) -> None:
    server.delay_by_prompt = {"slow": 0.4}
    calls: list[tuple[str, float]] = []
    start = time.perf_counter()
    backend(server).generate(
        [make_request(0, "slow"), make_request(1, "fast")], lambda g: calls.append((g.key, time.perf_counter()))
    )
    assert [k for k, _ in calls] == ["k1", "k0"]
    assert calls[0][1] - start < 0.3  # the fast one was delivered before the slow one finished


def test_429_with_retry_after_then_success(server: MockServer) -> None:
    server.script = [Reply(429, {"error": {"message": "rate limited"}}, {"Retry-After": "0.3"})]
    [g] = run(backend(server), [make_request()])
    assert g.error is None and g.text.startswith("summary of")
    assert len(server.requests) == 2
    assert server.requests[1]["time"] - server.requests[0]["time"] >= 0.3


def test_retry_after_is_capped_at_backoff_max(server: MockServer) -> None:
    server.script = [Reply(503, "busy", {"Retry-After": "120"})]
    t0 = time.perf_counter()
    [g] = run(backend(server, backoff_max=0.2), [make_request()])
    assert g.error is None and len(server.requests) == 2
    assert 0.2 <= time.perf_counter() - t0 < 2


def test_503_burst_then_success(server: MockServer) -> None:
    server.script = [Reply(503, {"error": {"message": "loading"}}) for _ in range(3)]
    [g] = run(backend(server), [make_request()])
    assert g.error is None and len(server.requests) == 4


@pytest.mark.parametrize("status", [500, 502, 504])
def test_other_retryable_statuses(server: MockServer, status: int) -> None:
    server.script = [Reply(status, "oops")]
    [g] = run(backend(server), [make_request()])
    assert g.error is None and len(server.requests) == 2


@pytest.mark.parametrize("status", [400, 404, 422])
def test_client_error_is_not_retried(server: MockServer, status: int) -> None:
    server.script = [Reply(status, {"error": {"message": "max_tokens is too large " + "x" * 500}})]
    [g] = run(backend(server), [make_request()])
    assert len(server.requests) == 1
    assert g.text == "" and g.error is not None
    assert f"HTTP {status}" in g.error and "max_tokens is too large" in g.error
    assert "x" * 200 not in g.error and "…" in g.error  # the server's message is trimmed to 200 characters
    assert server.base_url + "/chat/completions" in g.error  # the URL is named


def test_401_names_the_env_var_and_hides_the_key(server: MockServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV, KEY)
    # a careless server that echoes the key back: it must not reach our error text
    server.script = [Reply(401, {"error": {"message": f"Incorrect API key provided: {KEY}"}})]
    [g] = run(backend(server, api_key_env=ENV), [make_request()])
    assert len(server.requests) == 1
    assert g.error is not None and "HTTP 401" in g.error and ENV in g.error
    assert KEY not in g.error and "REDACTED" in g.error


def test_403_without_api_key_env_says_how_to_set_one(server: MockServer) -> None:
    server.script = [Reply(403, {"detail": "forbidden"})]
    [g] = run(backend(server), [make_request()])
    assert g.error is not None and "HTTP 403 from " in g.error and ": forbidden" in g.error and "api_key_env" in g.error


def test_authorization_header_carries_key_from_env(server: MockServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV, KEY)
    [g] = run(backend(server, api_key_env=ENV), [make_request()])
    assert g.error is None
    assert server.requests[0]["headers"]["Authorization"] == f"Bearer {KEY}"


@pytest.mark.parametrize(
    "bad",
    [
        Reply(200, b"{not json"),
        Reply(200, {"choices": []}),
        Reply(200, {"error": "no choices key at all"}),
        Reply(200, {"choices": [{"message": {"role": "assistant", "content": None}}]}),
        Reply(200, action="truncate"),
        Reply(200, action="close"),
    ],
    ids=["malformed-json", "empty-choices", "no-choices", "null-content", "truncated-body", "connection-closed"],
)
def test_bad_response_then_success(server: MockServer, bad: Reply) -> None:
    server.script = [bad]
    [g] = run(backend(server), [make_request()])
    assert g.error is None and g.text == "summary of: prompt 0"
    assert len(server.requests) == 2


def test_read_timeout_then_success(server: MockServer) -> None:
    server.script = [Reply(delay=1.0)]
    [g] = run(backend(server, timeout=0.3), [make_request()])
    assert g.error is None and len(server.requests) == 2


def test_connection_refused_exhausts_retries() -> None:
    srv = MockServer()  # bound but never served, then closed: nothing listens on the port
    url = srv.base_url
    srv.httpd.server_close()
    b = create("m", {"base_url": url, "max_retries": 2, "backoff_base": 0.01})
    [g] = run(b, [make_request()])
    assert g.error is not None and "3 attempts" in g.error and f"cannot connect to {url}/chat/completions" in g.error


def test_retries_exhausted(server: MockServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV, KEY)
    server.script = [Reply(500, {"error": {"message": f"internal error near {KEY}"}}) for _ in range(10)]
    [g] = run(backend(server, max_retries=2, api_key_env=ENV), [make_request()])
    assert len(server.requests) == 3
    assert g.text == "" and g.error is not None
    assert "gave up after 3 attempts" in g.error and "HTTP 500" in g.error
    assert KEY not in g.error


def test_max_retries_zero_means_one_attempt(server: MockServer) -> None:
    server.script = [Reply(503, "busy")]
    [g] = run(backend(server, max_retries=0), [make_request()])
    assert len(server.requests) == 1 and g.error is not None and "1 attempt;" in g.error


def test_on_done_failure_stops_the_run(server: MockServer) -> None:
    def fail(_: Generation) -> None:
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        backend(server).generate([make_request(i) for i in range(5)], fail)


def test_api_key_in_params_is_refused(server: MockServer) -> None:
    with pytest.raises(BackendError, match="api_key_env") as info:
        create("m", {"base_url": server.base_url, "api_key": KEY})
    assert KEY not in str(info.value)


def test_unset_env_var_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV, raising=False)
    with pytest.raises(BackendError, match=ENV):
        create("m", {"base_url": "http://127.0.0.1:9/v1", "api_key_env": ENV})


def test_key_pasted_into_api_key_env_is_not_echoed() -> None:
    with pytest.raises(BackendError) as info:
        create("m", {"base_url": "http://127.0.0.1:9/v1", "api_key_env": KEY})
    assert KEY not in str(info.value)


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"base_url": "127.0.0.1:8000/v1"},
        {"base_url": "http://x/v1", "temprature": 0.5},
        {"base_url": "http://x/v1", "concurrency": 0},
        {"base_url": "http://x/v1", "max_tokens": "many"},
        {"base_url": "http://x/v1", "top_p": 1.5},
        {"base_url": "http://x/v1", "timeout": 0},
    ],
)
def test_bad_params_raise(params: dict[str, Any]) -> None:
    with pytest.raises(BackendError):
        create("m", params)


def test_key_never_in_repr_or_params(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV, KEY)
    b = backends.create("openai", "m", {"base_url": "http://127.0.0.1:9/v1/", "api_key_env": ENV, "system": "S"})
    assert isinstance(b, OpenAIBackend) and b.kind == "openai"
    assert KEY not in repr(b) and KEY not in str(vars(b)) and KEY not in repr(b.config)
    assert b.params() == {"temperature": 0.0, "max_tokens": 512, "system": "S"}
    other = create("m", {"base_url": "http://10.0.0.1:8000/v1", "concurrency": 3, "timeout": 9})
    assert other.params() == {"temperature": 0.0, "max_tokens": 512}  # transport settings do not change the key


def test_parse_retry_after() -> None:
    now = datetime(2024, 5, 1, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after(None) is None
    assert parse_retry_after("2") == 2.0
    assert parse_retry_after(" 0.25 ") == 0.25
    assert parse_retry_after("-3") == 0.0
    assert parse_retry_after(format_datetime(now + timedelta(seconds=5), usegmt=True), now=now) == 5.0
    assert parse_retry_after(format_datetime(now - timedelta(seconds=5), usegmt=True), now=now) == 0.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after("nan") is None


def test_retry_after_http_date_is_honoured(server: MockServer) -> None:
    when = datetime.now(UTC) + timedelta(seconds=1)
    server.script = [Reply(429, "slow down", {"Retry-After": format_datetime(when, usegmt=True)})]
    [g] = run(backend(server, backoff_max=0.5), [make_request()])
    assert g.error is None
    # one-second resolution dates: the wait is whatever is left of that second, capped at backoff_max
    assert 0.0 <= server.requests[1]["time"] - server.requests[0]["time"] <= 1.0


def test_empty_request_list_does_nothing(server: MockServer) -> None:
    backend(server).generate([], lambda g: pytest.fail("on_done called"))
    assert server.requests == []


# ----------------------------------------------------------------------------------------------- issue 18 and 17.2


def test_length_stop_is_reported_as_truncated(server: MockServer) -> None:
    """18.1: a completion cut at max_tokens carries finish_reason "length" and counts as truncated."""
    [cut] = run(backend(server, max_tokens=2), [make_request(0, "a long prompt of many words")])
    assert (cut.text, cut.finish_reason, cut.truncated, cut.completion_tokens) == ("summary of:", "length", True, 2)
    [whole] = run(backend(server), [make_request(1, "short")])
    assert (whole.finish_reason, whole.truncated) == ("stop", False)


def test_attempts_and_retry_causes_are_counted_and_logged(server: MockServer,
                                                          caplog: pytest.LogCaptureFixture) -> None:
    """18.2: 503-then-success takes 3 attempts; each retry is logged (cnh --verbose) with its cause."""
    server.script = [Reply(503, {"error": {"message": "loading model"}}), Reply(503, "busy")]
    with caplog.at_level("INFO", logger="cnh.openai"):
        [g] = run(backend(server), [make_request()])
    assert g.error is None and g.attempts == 3 and g.retry_causes == ("HTTP 503", "HTTP 503")
    logged = [r.getMessage() for r in caplog.records if r.name == "cnh.openai"]
    assert len(logged) == 2 and "attempt 1 of 6 failed: HTTP 503" in logged[0] and "loading model" in logged[0]
    assert "retrying in" in logged[1]


def test_connect_and_read_timeouts_are_separate_and_read_scales_with_max_tokens() -> None:
    """18.2: a short connect timeout; a read timeout that grows with max_tokens unless set."""
    small = create("m", {"base_url": "http://127.0.0.1:9/v1", "max_tokens": 100}).config
    big = create("m", {"base_url": "http://127.0.0.1:9/v1", "max_tokens": 2000}).config
    assert small.connect_timeout == big.connect_timeout == 10.0
    assert small.read_timeout == 85.0 and big.read_timeout == 560.0
    assert create("m", {"base_url": "http://x/v1", "read_timeout": 7, "connect_timeout": 2}).config.read_timeout == 7
    assert create("m", {"base_url": "http://x/v1", "timeout": 9}).config.read_timeout == 9  # the old name
    with pytest.raises(BackendError, match="not both"):
        create("m", {"base_url": "http://x/v1", "timeout": 9, "read_timeout": 9})


def test_read_timeout_error_names_url_and_timeout(server: MockServer) -> None:
    server.script = [Reply(delay=1.0)] * 2
    b = create("m", {"base_url": server.base_url, "read_timeout": 0.2, "max_retries": 1, "backoff_base": 0.01})
    [g] = run(b, [make_request()])
    assert g.error is not None and "read timeout (0.2s" in g.error and server.base_url in g.error
    assert g.retry_causes == ("read timeout",) and not g.permanent


def test_wrong_path_404_names_url_suggests_v1_and_is_permanent(server: MockServer) -> None:
    """18.4: a base_url without /v1 gets 404; the error names the URL and suggests the /v1 path."""
    root = server.base_url.removesuffix("/v1")
    [g] = run(create("m", {"base_url": root, "backoff_base": 0.01}), [make_request()])
    assert g.error is not None and g.permanent and len(server.requests) == 1
    assert f"HTTP 404 from {root}/chat/completions" in g.error and f"try base_url {root}/v1" in g.error


@pytest.mark.parametrize("status", [400, 401, 403, 404])
def test_client_errors_are_permanent_and_server_errors_are_not(server: MockServer, status: int) -> None:
    """18.4: 400/401/403/404 fail for good (a rerun cannot help); exhausted 5xx retries may pass later."""
    server.refuse = lambda body: Reply(status, {"error": {"message": "no"}})
    [g] = run(backend(server), [make_request()])
    assert g.permanent and len(server.requests) == 1
    server.refuse = lambda body: Reply(500, "down")
    [g] = run(backend(server, max_retries=1), [make_request()])
    assert g.error is not None and not g.permanent


def test_unreachable_server_stops_early_with_one_message() -> None:
    """18.4: after max_connect_failures connection failures in a row, the rest fail at once without being sent."""
    srv = MockServer()
    url = srv.base_url
    srv.httpd.server_close()
    b = create("m", {"base_url": url, "max_retries": 5, "backoff_base": 0.05, "concurrency": 2,
                     "max_connect_failures": 3})
    t0 = time.perf_counter()
    out = run(b, [make_request(i) for i in range(50)])
    assert len(out) == 50 and all(g.error for g in out)
    assert sum(g.attempts for g in out) <= 3 + 2  # the failures in a row, plus what was already in flight
    assert time.perf_counter() - t0 < 5  # not 50 items x 6 attempts of backoff
    unsent = [g for g in out if g.error and g.error.startswith("not sent:")]
    assert len(unsent) >= 45 and len({g.error for g in unsent}) == 1
    assert url in unsent[0].error and "unreachable" in unsent[0].error


@pytest.mark.parametrize("url, problem", [
    ("http://127.0.0.1:99999/v1", "port '99999'"),
    ("ftp://127.0.0.1:8000/v1", "http:// or https://"),
    ("http://:8000/v1", "no host"),
    ("http://127.0.0.1:8000/v1?x=1", "query"),
])
def test_bad_base_url_is_refused_when_created(url: str, problem: str) -> None:
    with pytest.raises(BackendError, match=re.escape(problem)):
        create("m", {"base_url": url})


def test_userinfo_in_base_url_is_sent_as_basic_auth_and_shown_nowhere(server: MockServer) -> None:
    """17.2: credentials in base_url never appear in the config, repr, errors or logs."""
    password = "pa55-word-very-secret"
    url = server.base_url.replace("http://", f"http://alice:{password}@")
    b = create("m", {"base_url": url, "backoff_base": 0.01})
    assert password not in repr(b) and password not in repr(b.config) and "alice" not in b.config.base_url
    server.script = [Reply(400, {"error": {"message": f"bad password {password}"}})]
    [g] = run(b, [make_request()])
    assert g.error is not None and password not in g.error and "[REDACTED]" in g.error
    sent = server.requests[0]["headers"]["Authorization"]
    assert sent == "Basic " + base64.b64encode(f"alice:{password}".encode()).decode()


def test_key_cut_by_the_length_limit_is_still_redacted(server: MockServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """17.2: redaction comes before trimming: a key cut at the 200-character limit leaves no 8-character piece."""
    monkeypatch.setenv(ENV, KEY)
    for pad in range(160, 200, 3):
        server.script = [Reply(400, {"error": {"message": "x" * pad + KEY}})]
        [g] = run(backend(server, api_key_env=ENV), [make_request()])
        assert g.error is not None
        assert not any(KEY[i:i + 8] in g.error for i in range(len(KEY) - 7)), pad


def test_base64_of_the_key_and_key_pieces_are_redacted(server: MockServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV, KEY)
    b64 = base64.b64encode(f"Bearer {KEY}".encode()).decode()
    server.script = [Reply(401, {"error": {"message": f"bad header {b64}; key starts {KEY[:12]}"}})]
    [g] = run(backend(server, api_key_env=ENV), [make_request()])
    assert g.error is not None and KEY[:12] not in g.error
    inner = base64.b64encode(KEY.encode()).decode()[4:-4]
    assert not any(b64[i:i + 12] in g.error for i in range(len(b64) - 11) if b64[i:i + 12] in b64[8:])
    assert inner[:12] not in g.error


def test_key_echoed_in_a_completion_is_redacted(server: MockServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV, KEY)
    server.reply_text = lambda body: f"Your key is {KEY}. Summary follows."
    [g] = run(backend(server, api_key_env=ENV), [make_request()])
    assert g.error is None and KEY not in g.text and "[REDACTED]" in g.text


def test_key_with_a_line_ending_is_stripped(server: MockServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """17.2: a key read from a Windows file ends in CR LF: it is stripped, not sent (nor printed) as is."""
    monkeypatch.setenv(ENV, KEY + "\r\n")
    [g] = run(backend(server, api_key_env=ENV), [make_request()])
    assert g.error is None and server.requests[0]["headers"]["Authorization"] == f"Bearer {KEY}"


@pytest.mark.parametrize("value, problem", [
    (KEY[:10] + " " + KEY[10:], "whitespace or a control character at position 11"),
    (KEY[:10] + "\r" + KEY[10:], "whitespace or a control character at position 11"),
    (KEY[:5] + "–" + KEY[5:], "non-ASCII character at position 6"),
])
def test_unusable_key_names_the_variable_never_the_value(monkeypatch: pytest.MonkeyPatch, value: str,
                                                         problem: str) -> None:
    monkeypatch.setenv(ENV, value)
    with pytest.raises(BackendError) as info:
        create("m", {"base_url": "http://127.0.0.1:9/v1", "api_key_env": ENV})
    message = str(info.value)
    assert ENV in message and problem in message
    assert not any(value[i:i + 8] in message for i in range(len(value) - 7))


def test_key_that_looks_like_a_variable_name_is_not_echoed(monkeypatch: pytest.MonkeyPatch) -> None:
    """18.4: a key put in api_key_env by mistake, even one made only of letters, digits and underscores."""
    pasted = "sk_live_4eC39HqLyjWDarjtT1zdp7dc"
    monkeypatch.delenv(pasted, raising=False)
    with pytest.raises(BackendError, match="looks like a key") as info:
        create("m", {"base_url": "http://127.0.0.1:9/v1", "api_key_env": pasted})
    assert pasted[:8] not in str(info.value)
