"""Server URLs: checked when a config loads, and shown without credentials wherever they are printed or written.

Kept free of the HTTP client (``aiohttp``) so that loading a run config stays cheap.
"""

from __future__ import annotations

from urllib.parse import SplitResult, urlsplit, urlunsplit

__all__ = ["check_base_url", "display_url", "split_userinfo"]


def check_base_url(url: object) -> str:
    """Validate a ``base_url``: ``http``/``https``, a host, a port in 1-65535, no query or fragment.

    Args:
        url: the configured value.

    Returns:
        The URL without surrounding whitespace or a trailing slash.

    Raises:
        ValueError: naming what is wrong; the message never repeats credentials held in the URL.
    """
    if not isinstance(url, str) or not url.strip():
        raise ValueError("base_url is required (e.g. http://127.0.0.1:8000/v1)")
    url = url.strip().rstrip("/")
    shown = display_url(url)
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        raise ValueError(f"base_url {shown!r} is not a valid URL ({exc})") from None
    if parts.scheme not in ("http", "https"):
        raise ValueError(f"base_url must start with http:// or https://, got {shown!r}")
    if not parts.hostname:
        raise ValueError(f"base_url {shown!r} has no host name")
    try:
        port = parts.port
    except ValueError:  # urllib says "Port out of range 0-65535" or "Port could not be cast to integer value"
        port = -1
    if port is not None and not 1 <= port <= 65535:
        raw = parts.netloc.rpartition("@")[2].rpartition(":")[2]
        raise ValueError(f"base_url {shown!r}: port {raw!r} is not a number from 1 to 65535")
    if parts.query or parts.fragment:
        raise ValueError(f"base_url {shown!r} must not have a query or fragment (give the path up to /v1)")
    return url


def split_userinfo(url: str) -> tuple[str, str | None, str | None]:
    """``http://user:pass@host/v1`` → ``("http://host/v1", "user", "pass")``; a URL without credentials is
    returned as is with ``(None, None)``."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url, None, None
    host = parts.netloc.rpartition("@")[2]
    bare = urlunsplit(SplitResult(parts.scheme, host, parts.path, parts.query, parts.fragment))
    return bare, parts.username, parts.password


def display_url(url: str) -> str:
    """The URL as it may be shown in logs, errors and ``run.json``: any ``user:password@`` removed."""
    try:
        return split_userinfo(url)[0]
    except ValueError:
        return url.rpartition("@")[2] if "@" in url else url
