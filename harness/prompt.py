"""Prompt templates: files with ``{article}``, ``{title}`` and ``{topic}`` fields (``str.format``).

Built-in templates live in ``harness/prompts/`` and are named by file stem (``default``,
``neutral``); any other value is read as a path. The template text and its hash go into every
record, so a result can always be traced to the exact prompt.
"""

from __future__ import annotations

import hashlib
import string
from dataclasses import dataclass
from pathlib import Path

from harness.case import Case

BUILTIN_DIR = Path(__file__).parent / "prompts"
FIELDS = frozenset({"article", "title", "topic"})


class PromptError(ValueError):
    """A prompt template cannot be found or uses unknown fields."""


@dataclass(frozen=True)
class Prompt:
    """A prompt template."""

    id: str
    template: str

    @property
    def hash(self) -> str:
        """First 12 hex digits of the template's sha256."""
        return hashlib.sha256(self.template.encode("utf-8")).hexdigest()[:12]

    def render(self, case: Case) -> str:
        """The prompt for one case."""
        return self.template.format(article=case.text.strip(), title=case.title, topic=case.topic)


def builtin_prompts() -> list[str]:
    """Names of the built-in templates."""
    return sorted(p.stem for p in BUILTIN_DIR.glob("*.txt"))


def load_prompt(name_or_path: str, base: Path | None = None) -> Prompt:
    """Load a built-in template by name, or a template file by path (relative to ``base``)."""
    builtin = BUILTIN_DIR / f"{name_or_path}.txt"
    if "/" not in name_or_path and builtin.is_file():
        path, pid = builtin, name_or_path
    else:
        path = Path(name_or_path)
        if base is not None and not path.is_absolute():
            path = base / path
        pid = path.stem
        if not path.is_file():
            known = ", ".join(builtin_prompts())
            raise PromptError(f"prompt {name_or_path!r} is neither a built-in ({known}) nor a file")
    template = path.read_text(encoding="utf-8")
    used = {f for _, f, _, _ in string.Formatter().parse(template) if f is not None}
    unknown = used - FIELDS
    if unknown:
        raise PromptError(f"prompt {name_or_path!r} uses unknown field(s) {sorted(unknown)}; "
                          f"known: {sorted(FIELDS)} (write {{{{ and }}}} for literal braces)")
    if "article" not in used:
        raise PromptError(f"prompt {name_or_path!r} never uses {{article}}")
    return Prompt(pid, template)
