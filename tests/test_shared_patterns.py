"""Per-case patterns compiled from the same text are compiled once and shared between cases."""

from __future__ import annotations

import re

from scorers.attribution import AliasIndex


def test_alias_patterns_shared_between_cases() -> None:
    """Two cases naming the same source get the same compiled alias pattern, even after ``re``'s own cache is emptied
    (the ``re`` cache holds 512 patterns: a suite of many cases evicted them and compiled them again)."""
    text = "The interior ministry said 40 were hurt."
    first = AliasIndex(["interior ministry", "police"])
    assert list(first.finditer(text)) == [(0, 21)]
    re.purge()
    second = AliasIndex(["interior ministry", "police"])
    assert list(second.finditer(text)) == [(0, 21)]
    assert first._patterns and first._patterns.keys() == second._patterns.keys()
    for key, pat in first._patterns.items():
        assert second._patterns[key] is pat
