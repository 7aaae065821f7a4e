"""Marks on a table that say how far to trust it: a partial run (items that failed to generate) and summaries that
were truncated (generation stopped at the token limit, ``finish_reason: length``).

Kept apart from the renderers in ``tables``: these functions take a rendered Markdown table and the records, so
they work whatever the renderer does.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["add_truncated_column", "partial_line", "truncated_counts"]


def partial_line(failed: int, items: int, name: str = "") -> str:
    """The line put above a partial run's table (empty for a complete run).

    Args:
        failed: items that failed to generate.
        items: every item of the run.
        name: the run's directory, when a table shows several runs.
    """
    if not failed:
        return ""
    which = f" {name}" if name else ""
    return (f"**Partial run{which}: {failed} failed of {items} items**; the table covers the {items - failed} that "
            "finished (failures are listed in run.json; rerun to retry those that can succeed).\n\n")


def truncated_counts(records: Iterable[Mapping[str, Any]], by: str = "model") -> dict[str, tuple[int, int]]:
    """Per group: (truncated summaries, scored summaries). Only groups of scored records count."""
    out: dict[str, tuple[int, int]] = {}
    for rec in records:
        if "error" in rec:
            continue
        key = str(rec.get(by) or "-")
        cut, n = out.get(key, (0, 0))
        out[key] = (cut + bool(rec.get("truncated")), n + 1)
    return out


def add_truncated_column(markdown: str, counts: Mapping[str, tuple[int, int]]) -> str:
    """Add a ``truncated`` column after ``n`` to the first table of ``markdown`` when any summary was truncated.

    Args:
        markdown: a table as ``harness.reporting.tables.markdown`` renders it (``| group | n | ... |`` rows).
        counts: from :func:`truncated_counts`, grouped the same way as the table.

    Returns:
        The table with the column (``3/20`` a row), or unchanged when nothing was truncated.
    """
    if not any(cut for cut, _ in counts.values()):
        return markdown
    lines = markdown.split("\n")
    for i, line in enumerate(lines):
        if not line.startswith("|"):
            if i > 0 and lines[i - 1].startswith("|"):
                break  # the end of the first table
            continue
        if line.startswith("|---"):  # the alignment row
            parts = line.split("|")
            parts.insert(3, "---:")
            lines[i] = "|".join(parts)
            continue
        cells = line.split(" | ")
        if len(cells) < 3:
            continue
        if i + 1 < len(lines) and lines[i + 1].startswith("|---"):  # the header row
            cells.insert(2, "truncated ↓")
        else:
            key = cells[0][2:].strip()
            cut, n = counts.get(key, (0, 0))
            cells.insert(2, f"{cut}/{n}")
        lines[i] = " | ".join(cells)
    return "\n".join(lines)
