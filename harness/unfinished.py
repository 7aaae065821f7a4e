"""Lint rules for cases that are not finished: what only a draft (``cnh draft-case``) may contain.

A case file can load and score while it still holds placeholders; ``cnh lint`` refuses it as finished:

- any value that is, or contains, the word ``TODO`` (``side: TODO``, ``origin: "TODO: outlet"``), or is
  the draft's placeholder id ``todo``;
- a case with no probes: nothing checks that the scorers judge it as its author meant.

Each finding names the file, the line and the field, like every other lint finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from harness.caseload import CaseError, LintError, _parse, _read_text, format_field

TODO = re.compile(r"\bTODO\b")
"""A placeholder a person must replace. Catches: ``TODO``, ``TODO: who said this``; not ``todos`` or ``Todor``."""


def _scalars(node: Any, path: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], Any]]:
    """Every scalar value of a parsed YAML document with its field path."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _scalars(value, (*path, str(key)))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _scalars(value, (*path, i))
    else:
        yield path, node


def unfinished_findings(path: str | Path) -> list[LintError]:
    """Placeholders and missing probes in one case file (empty for a finished case or an unreadable file:
    the loader reports those)."""
    shown = str(path)
    try:
        data, lines = _parse(_read_text(Path(path), shown), shown)
    except CaseError:
        return []
    if not isinstance(data, dict):
        return []
    out: list[LintError] = []
    for loc, value in _scalars(data):
        if isinstance(value, str) and (TODO.search(value) or value.strip().lower() == "todo"):
            shown_value = value if len(value) <= 60 else value[:57] + "..."
            out.append(LintError(shown, lines.line_of(loc), format_field(loc),
                                 f"placeholder {shown_value!r} left by a draft: replace it with a decision"))
    if not data.get("probes"):
        out.append(LintError(shown, lines.line_of(("probes",)), "probes",
                             "no probes: add labelled summaries (see docs/case-format.md) so that "
                             "`cnh check-case` can check how the scorers judge this case"))
    return out


def unfinished_report(files: Iterable[str | Path]) -> list[LintError]:
    """:func:`unfinished_findings` of every file, in file order."""
    return [err for path in files for err in unfinished_findings(path)]
