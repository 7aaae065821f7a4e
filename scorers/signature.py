"""The scorers' part of a run's signature: the package version plus a hash of every file of the package.

``scorers.__version__`` is set by hand and is easily left unbumped when a rule changes a verdict, so the
signature does not trust it alone: ``scorers:0.1.0+3f2a9c1d0b7e`` carries a sha256 over the sorted
relative paths and bytes of every file in ``scorers/`` (modules, word lists, data), so that any edit
to a judgement rule or its data changes the signature and makes old and new numbers not comparable.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

HASH_CHARS = 12
"""Hex characters of the content hash kept in the signature."""

_SKIP_DIRS = {"__pycache__"}
_SKIP_SUFFIXES = {".pyc", ".pyo"}


def package_files(directory: str | Path) -> list[Path]:
    """Every file of a package directory that can change a verdict, sorted by relative path.

    Byte-code caches (``__pycache__``, ``*.pyc``) are left out: they follow from the sources.
    """
    root = Path(directory)
    files = [p for p in root.rglob("*") if p.is_file() and not _SKIP_DIRS & set(p.relative_to(root).parts)
             and p.suffix not in _SKIP_SUFFIXES]
    return sorted(files, key=lambda p: p.relative_to(root).as_posix())


def content_hash(directory: str | Path, version: str = "") -> str:
    """sha256 (first :data:`HASH_CHARS` hex characters) over ``version`` and each file's relative path and bytes.

    Args:
        directory: the package directory (``scorers/``, or a copy of it).
        version: the package version, hashed too.
    """
    root = Path(directory)
    h = hashlib.sha256(f"version\0{version}\0".encode())
    for path in package_files(root):
        data = path.read_bytes()
        h.update(f"{path.relative_to(root).as_posix()}\0{len(data)}\0".encode())
        h.update(data)
    return h.hexdigest()[:HASH_CHARS]


def scorers_part(directory: str | Path, version: str) -> str:
    """``VERSION+HASH`` for a scorers package directory (uncached; see :func:`scorers_signature`)."""
    return f"{version}+{content_hash(directory, version)}"


@lru_cache(maxsize=1)
def scorers_signature() -> str:
    """The installed scorers' signature part, e.g. ``0.1.0+3f2a9c1d0b7e``; computed once per process. With the
    parser stage on (the default; ``CNH_PARSER=0`` turns it off), the stage and its model follow:
    ``...+parser-1:en_core_web_sm-3.8.0``."""
    import scorers
    from scorers.parsed import signature_suffix

    return scorers_part(Path(scorers.__file__).parent, scorers.__version__) + signature_suffix()
