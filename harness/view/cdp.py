"""A minimal headless-Chromium driver over the DevTools protocol, standard library only.

Used by the viewer's browser tests and ``benchmarks/screenshot_view.py``. Chromium is started with
``--remote-debugging-pipe``: it reads protocol messages (JSON, each ended by a NUL byte) on file
descriptor 3 and writes replies and events on descriptor 4, so no port, websocket library or
Playwright download is needed. The driver records what a test must see: console errors and uncaught
exceptions, JavaScript dialogs (``alert`` from injected markup), and every network request the page makes.
"""

from __future__ import annotations

import fcntl
import json
import os
import queue
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")


class CdpError(RuntimeError):
    """The browser refused a command, timed out, or went away."""


def find_chromium() -> str | None:
    """The path of a Chromium (or Chrome) binary: ``$CNH_CHROMIUM``, ``/usr/bin/chromium`` or one on PATH."""
    env = os.environ.get("CNH_CHROMIUM")
    if env and Path(env).is_file():
        return env
    if Path("/usr/bin/chromium").is_file():
        return "/usr/bin/chromium"
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    return None


class Chromium:
    """One headless Chromium with one page, driven over the DevTools pipe.

    Args:
        executable: the browser binary (see :func:`find_chromium`).
        width: viewport width in CSS pixels.
        height: viewport height in CSS pixels.
        timeout: seconds to wait for any one reply.
    """

    def __init__(self, executable: str, *, width: int = 1280, height: int = 900, timeout: float = 30.0) -> None:
        self.timeout = timeout
        self.console: list[str] = []  # console errors/warnings, uncaught exceptions, log errors
        self.dialogs: list[str] = []  # alert/confirm/prompt messages (each dismissed)
        self.requests: list[str] = []  # URLs the page requested
        self._profile = tempfile.TemporaryDirectory(prefix="cnh-cdp-")
        to_chrome_r, to_chrome_w = os.pipe()
        from_chrome_r, from_chrome_w = os.pipe()
        # the child's ends, moved above 10 so that dup2 onto 3 and 4 cannot clobber one another
        child_r = fcntl.fcntl(to_chrome_r, fcntl.F_DUPFD_CLOEXEC, 10)
        child_w = fcntl.fcntl(from_chrome_w, fcntl.F_DUPFD_CLOEXEC, 10)
        os.close(to_chrome_r)
        os.close(from_chrome_w)

        def wire() -> None:  # in the child, before exec: the pipe ends become fds 3 and 4 (inheritable)
            os.dup2(child_r, 3)
            os.dup2(child_w, 4)

        args = [executable, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-default-apps", "--disable-extensions",
                "--mute-audio", "--hide-scrollbars", f"--user-data-dir={self._profile.name}",
                f"--window-size={width},{height}", "--remote-debugging-pipe", "about:blank"]
        self._proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL, close_fds=False, preexec_fn=wire)  # noqa: PLW1509
        os.close(child_r)
        os.close(child_w)
        self._out = os.fdopen(to_chrome_w, "wb", buffering=0)
        self._in = from_chrome_r
        self._next = 0
        self._replies: dict[int, dict[str, Any]] = {}
        self._events: queue.Queue[dict[str, Any]] = queue.Queue()
        self._lock = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self.session: str | None = None
        try:
            target = self.call("Target.createTarget", {"url": "about:blank"}, session=False)["targetId"]
            self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True},
                                     session=False)["sessionId"]
            for domain in ("Page", "Runtime", "Log", "Network"):
                self.call(f"{domain}.enable")
            self.resize(width, height)
        except (CdpError, OSError) as exc:
            self.close()
            status = self._proc.returncode
            raise CdpError(f"{executable} did not start a DevTools session"
                           + (f" (exited with status {status})" if status is not None else "") + f": {exc}") from None

    def resize(self, width: int, height: int) -> None:
        """Set the viewport to ``width`` × ``height`` CSS pixels (scale 1)."""
        self.call("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})

    # -- transport --------------------------------------------------------------------------------------
    def _read(self) -> None:
        buf = b""
        while True:
            try:
                chunk = os.read(self._in, 1 << 16)
            except OSError:
                chunk = b""
            if not chunk:
                with self._lock:
                    self._replies[-1] = {"error": {"message": "browser closed the pipe"}}
                    self._lock.notify_all()
                return
            buf += chunk
            while b"\0" in buf:
                raw, buf = buf.split(b"\0", 1)
                msg = json.loads(raw)
                if "id" in msg:
                    with self._lock:
                        self._replies[msg["id"]] = msg
                        self._lock.notify_all()
                else:
                    self._on_event(msg)

    def _on_event(self, msg: dict[str, Any]) -> None:
        method, params = msg.get("method"), msg.get("params", {})
        if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "warning", "assert"):
            args = " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", []))
            self.console.append(f"console.{params['type']}: {args}")
        elif method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            self.console.append("exception: " + str(details.get("exception", {}).get("description")
                                                     or details.get("text")))
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") in ("error", "warning"):
            self.console.append(f"log.{params['entry']['level']}: {params['entry'].get('text')}")
        elif method == "Page.javascriptDialogOpening":
            self.dialogs.append(str(params.get("message")))
            self._send("Page.handleJavaScriptDialog", {"accept": False}, msg.get("sessionId"))
        elif method == "Network.requestWillBeSent":
            self.requests.append(str(params.get("request", {}).get("url")))
        self._events.put(msg)

    def _send(self, method: str, params: dict[str, Any] | None, session: str | None) -> int:
        with self._lock:
            self._next += 1
            ident = self._next
        msg: dict[str, Any] = {"id": ident, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        self._out.write(json.dumps(msg).encode("utf-8") + b"\0")
        return ident

    def call(self, method: str, params: dict[str, Any] | None = None, *, session: bool = True) -> dict[str, Any]:
        """Send one command (to the page's session unless ``session=False``) and return its result."""
        ident = self._send(method, params, self.session if session else None)
        deadline = time.monotonic() + self.timeout
        with self._lock:
            while ident not in self._replies and -1 not in self._replies:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise CdpError(f"{method}: no reply within {self.timeout:.0f} s")
                self._lock.wait(left)
            reply = self._replies.pop(ident, None) or self._replies[-1]
        if "error" in reply:
            raise CdpError(f"{method}: {reply['error'].get('message')}")
        return reply.get("result", {})

    def wait_event(self, method: str, timeout: float | None = None) -> dict[str, Any]:
        """Wait for the next event named ``method`` (earlier events of other names are dropped)."""
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise CdpError(f"no {method} event within {timeout or self.timeout:.0f} s")
            try:
                msg = self._events.get(timeout=left)
            except queue.Empty:
                continue
            if msg.get("method") == method:
                return msg.get("params", {})

    # -- page actions -----------------------------------------------------------------------------------
    def open(self, url: str) -> None:
        """Navigate the page to ``url`` and wait for its load event."""
        while not self._events.empty():
            self._events.get_nowait()
        result = self.call("Page.navigate", {"url": url})
        if result.get("errorText"):
            raise CdpError(f"cannot open {url}: {result['errorText']}")
        self.wait_event("Page.loadEventFired")

    def reload(self) -> None:
        """Reload the page (same URL, hash included) and wait for its load event."""
        while not self._events.empty():
            self._events.get_nowait()
        self.call("Page.reload", {"ignoreCache": True})
        self.wait_event("Page.loadEventFired")

    def eval(self, expression: str) -> Any:
        """Evaluate a JavaScript expression in the page and return its value (promises awaited)."""
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                "awaitPromise": True, "userGesture": True})
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            raise CdpError(f"{expression[:80]!r} threw: "
                           f"{details.get('exception', {}).get('description') or details.get('text')}")
        return result.get("result", {}).get("value")

    def click(self, selector: str) -> None:
        """A real mouse click (pressed and released) at the centre of the first element matching ``selector``
        (of its first line box, for an inline element that wraps)."""
        box = self.eval(f"""(() => {{ const e = document.querySelector({json.dumps(selector)});
            if (!e) return null; e.scrollIntoView({{block: 'center'}});
            const r = e.getClientRects()[0] || e.getBoundingClientRect();  // an inline element's first line
            return [r.left + r.width / 2, r.top + r.height / 2]; }})()""")
        if box is None:
            raise CdpError(f"no element matches {selector!r}")
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", {"type": kind, "x": box[0], "y": box[1], "button": "left",
                                                   "clickCount": 1})

    def screenshot(self, path: str | Path, *, full_page: bool = False) -> Path:
        """Save a PNG of the viewport (or of the whole page) to ``path``."""
        import base64

        params: dict[str, Any] = {"format": "png"}
        if full_page:
            params["captureBeyondViewport"] = True
        data = self.call("Page.captureScreenshot", params)["data"]
        out = Path(path)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(base64.b64decode(data))
        return out

    def close(self) -> None:
        """Close the browser and remove its temporary profile (safe to call twice)."""
        if self._out.closed:
            return
        try:
            self._send("Browser.close", None, None)
            self._proc.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            self._proc.kill()
            self._proc.wait()
        finally:
            self._out.close()
            self._profile.cleanup()

    def __enter__(self) -> Chromium:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
