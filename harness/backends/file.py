"""Summaries produced elsewhere: read from a JSONL file (docs/contract.md §3) instead of generated.

Params: ``path`` (the summaries file). A line matches a request by ``case_id``, and by ``sample``
(default 0) and ``prompt`` (when the line has one); ``model`` filters lines when the file holds
several models. A request with no matching line finishes with an error naming the case.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from harness.backends.base import REQUIRED, BackendError, Generation, GenerationRequest, Param
from harness.scoring import read_summaries

MODELS = "the model name to take from the file's lines ('*' for any)"
PARAMETERS: tuple[Param, ...] = (
    Param("path", REQUIRED, "a summaries JSONL file (docs/contract.md §3); lines match by case_id, sample and prompt"),
)


@dataclass
class FileBackend:
    """Summaries looked up in a file."""

    model: str
    path: Path
    kind: str = field(default="file", init=False)

    def params(self) -> dict[str, Any]:
        """The file's path and modification time: a changed file is read again."""
        return {"path": str(self.path), "mtime": self.path.stat().st_mtime_ns}

    def _index(self) -> dict[tuple[str, int, str | None], str]:
        table: dict[tuple[str, int, str | None], str] = {}
        for item in read_summaries(self.path):
            if item.error is not None:
                raise BackendError(f"{self.path}:{item.line}: {item.error}")
            data = item.data or {}
            if self.model not in {"*", ""} and data.get("model") not in {None, self.model}:
                continue
            key = (data["case_id"], int(data.get("sample", 0)), data.get("prompt"))
            table.setdefault(key, data["text"])
        return table

    def generate(self, requests: Sequence[GenerationRequest], on_done: Callable[[Generation], None]) -> None:
        """Look up each request's summary."""
        table = self._index()
        for req in requests:
            text = table.get((req.case_id, req.sample, req.prompt_id), table.get((req.case_id, req.sample, None)))
            if text is None:
                on_done(Generation(req.key, "", 0.0, error=f"{self.path}: no summary for case {req.case_id!r} "
                                                           f"(sample {req.sample}, model {self.model!r})",
                                   permanent=True))  # the same file gives the same answer on a rerun
            else:
                on_done(Generation(req.key, text, 0.0))


def create(model: str, params: dict[str, Any]) -> FileBackend:
    """Build a file backend (params: ``path``)."""
    path = params.pop("path", None)
    if not path:
        raise BackendError("the file backend needs a 'path' parameter (a summaries JSONL file)")
    if params:
        raise BackendError(f"unknown parameter(s) for the file backend: {', '.join(sorted(params))}")
    if not Path(path).is_file():
        raise BackendError(f"summaries file {path!r} not found")
    return FileBackend(model, Path(path))
