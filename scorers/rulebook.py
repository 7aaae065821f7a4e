"""Rules as data: every rule that can decide a verdict, with an id, a priority, a description and examples.

The rule tables are YAML files in ``scorers/rules/`` (one per stage family). Each entry is validated
by :class:`Rule` when this module is imported, so a malformed rule (a missing description, a bad id,
no example, a duplicate id) fails at import, not when it misfires. Scorers look rules up by id with
:func:`rule` at import time, so a scorer that names a rule the tables do not list fails at import too.

Every verdict a scorer returns carries the ``rule_id`` of the rule that decided it; ``cnh rules``
lists the tables and ``cnh explain`` shows the rule's description beside each verdict. The examples
of every rule are run as tests (``tests/test_rules.py``) against the example cases in
``scorers/examples/``: each example is a summary in which the rule itself decides the verdict named.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

RULES_DIR = Path(__file__).with_name("rules")
EXAMPLES_DIR = Path(__file__).with_name("examples")

Stage = Literal["mention", "frame", "hedge", "verdict", "number", "loaded"]


class Example(BaseModel):
    """A summary in which the rule decides one verdict: of a claim, a number or a loaded term."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str = Field(min_length=1)
    case: str = "basic"  # an example case: scorers/examples/<case>.yaml
    claim: str | None = None  # claim id whose verdict is checked
    number: str | None = None  # the number as written in ``text`` whose verdict is checked
    term: str | None = None  # the loaded term whose voice is checked
    verdict: str  # the expected claim verdict, number verdict or voice

    @model_validator(mode="after")
    def _one_target(self) -> Example:
        if sum(x is not None for x in (self.claim, self.number, self.term)) != 1:
            raise ValueError("an example checks exactly one of claim, number or term")
        return self


class Rule(BaseModel):
    """One rule: what it recognises and decides, in a line, with examples that are run as tests."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z]+(\.[a-z0-9]+(-[a-z0-9]+)*)+$")
    stage: Stage
    priority: int = Field(ge=0, le=1000)  # higher wins where two rules could decide the same verdict
    description: str = Field(min_length=10, max_length=200, pattern=r"^[^\n]+$")
    examples: list[Example] = Field(min_length=1)


class RuleTableError(ValueError):
    """A rule table is malformed: names the file, the entry and the field."""


def _load_table(path: Path) -> list[Rule]:
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if not isinstance(data, list):
        raise RuleTableError(f"{path}: expected a list of rules")
    out = []
    for i, entry in enumerate(data):
        try:
            out.append(Rule.model_validate(entry))
        except ValidationError as exc:
            where = entry.get("id", f"entry {i}") if isinstance(entry, dict) else f"entry {i}"
            first = exc.errors()[0]
            field = ".".join(str(p) for p in first["loc"])
            raise RuleTableError(f"{path.name}: rule {where}: {field}: {first['msg']}") from None
    return out


@cache
def rules() -> dict[str, Rule]:
    """Every rule of every table, by id, in table order (tables sorted by file name)."""
    out: dict[str, Rule] = {}
    for path in sorted(RULES_DIR.glob("*.yaml")):
        for r in _load_table(path):
            if r.id in out:
                raise RuleTableError(f"{path.name}: rule {r.id}: duplicate id")
            out[r.id] = r
    return out


def rule(rule_id: str) -> str:
    """Check that ``rule_id`` is a listed rule and return it: scorers name their rules through this at import.

    Raises:
        KeyError: the tables list no such rule.
    """
    if rule_id not in rules():
        raise KeyError(f"rule {rule_id!r} is not listed in {RULES_DIR}")
    return rule_id


def describe(rule_id: str) -> str:
    """The one-line description of a rule, or an empty string for an unknown id (old records)."""
    r = rules().get(rule_id)
    return r.description if r else ""
