"""``evaluate`` metric modules shipped with the package, loaded by local path (never from a hub).

>>> import evaluate                                          # doctest: +SKIP
>>> metric = evaluate.load(harness.metrics.path("contested_news"))   # doctest: +SKIP
"""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).parent


def path(name: str) -> str:
    """The local directory of a shipped metric, for ``evaluate.load``.

    Raises:
        FileNotFoundError: for an unknown metric name.
    """
    target = _HERE / name
    if not (target / f"{name}.py").is_file():
        known = ", ".join(sorted(p.name for p in _HERE.iterdir() if (p / f"{p.name}.py").is_file()))
        raise FileNotFoundError(f"no shipped metric {name!r}; known: {known}")
    return str(target)
