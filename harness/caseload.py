"""Load and validate case files, reporting every problem with its file, line and field.

The YAML is parsed with PyYAML's safe loader (no object construction), the C one (libyaml) where
present. The node tree is kept so that each validation error, which pydantic reports as a field path,
can be mapped back to the line of the YAML node it concerns:
``cases/x.yaml:14: claims[2].accept[1]: unknown source 'gerasimv'``.

Before anything builds or walks the tree, one flat pass over the event stream refuses aliases
(``*name``: a 1 KB "billion laughs" file would otherwise expand to gigabytes) and nesting deeper than
:data:`MAX_DEPTH`, each with its line. Case files, run configs and gate policies all load here.
"""

from __future__ import annotations

import difflib
import hashlib
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from harness.case import Case, cross_check

MAX_CASE_BYTES = 1024 * 1024
"""Case files larger than this are refused: a case is an article and its labels, not a corpus."""

MAX_ARTICLE_BYTES = 1024 * 1024
"""An ``article_file`` larger than this is refused (docs/case-format.md: a case is at most 1 MiB)."""

MAX_DEPTH = 64
"""Deepest nesting of mappings and lists accepted in a YAML input (cases need about six levels)."""

_FAST_LOADER: Any = getattr(yaml, "CSafeLoader", None) or yaml.SafeLoader
"""libyaml's safe loader where PyYAML was built with it (about 8x faster), else the pure-Python one."""

Path_ = tuple[str | int, ...]


@dataclass(frozen=True)
class LintError:
    """One problem in a case file."""

    file: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}: "
        return f"{where}{self.field}: {self.message}" if self.field else f"{where}{self.message}"


class CaseError(Exception):
    """A case file (or several) failed validation; ``errors`` lists every problem found."""

    def __init__(self, errors: list[LintError]):
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))


def format_field(path: Iterable[str | int]) -> str:
    """Render a field path the way users read it: ``claims[2].accept[1]``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


class _Lines:
    """Line numbers (1-based) of every node in a YAML document, by field path."""

    def __init__(self) -> None:
        self.lines: dict[Path_, int] = {}
        self.duplicates: list[tuple[Path_, int]] = []

    def walk(self, node: yaml.Node, path: Path_ = ()) -> None:
        self.lines[path] = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            seen: set[str] = set()
            for key_node, value_node in node.value:
                key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.start_mark)
                if key in seen:
                    self.duplicates.append((path + (key,), key_node.start_mark.line + 1))
                seen.add(key)
                self.walk(value_node, path + (key,))
                # A key's own line is more useful than its value's for block values.
                self.lines[path + (key,)] = key_node.start_mark.line + 1
        elif isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                self.walk(item, path + (i,))

    def line_of(self, path: Path_) -> int:
        for end in range(len(path), -1, -1):
            if path[:end] in self.lines:
                return self.lines[path[:end]]
        return 1


def _read_text(path: Path, shown: str, what: str = "a case (a YAML mapping)") -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CaseError([LintError(shown, 1, "", f"cannot read file: {exc.strerror or exc}")]) from None
    if len(raw) > MAX_CASE_BYTES:
        msg = f"file too large ({len(raw)} bytes; {what.split(' (')[0]} may have at most {MAX_CASE_BYTES} bytes)"
        raise CaseError([LintError(shown, 1, "", msg)])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        msg = f"not UTF-8: invalid byte 0x{raw[exc.start]:02x} at offset {exc.start}"
        raise CaseError([LintError(shown, line, "", msg)]) from None
    if not text.strip():
        raise CaseError([LintError(shown, 1, "", f"empty file: expected {what}")])
    return text.removeprefix("\ufeff")


def _yaml_error(exc: yaml.YAMLError, text: str, shown: str) -> CaseError:
    """A YAML syntax error as ``FILE:LINE: invalid YAML: problem``."""
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        problem = " ".join(str(exc.problem or exc.context or "syntax error").split())
    elif isinstance(exc, yaml.reader.ReaderError):  # a control character such as NUL
        line = text.count("\n", 0, max(0, exc.position)) + 1
        char = exc.character if isinstance(exc.character, str) else chr(exc.character)
        problem = f"character U+{ord(char):04X} is not allowed (control characters cannot appear in YAML)"
    else:
        line, problem = 1, " ".join(str(exc).split())
    return CaseError([LintError(shown, line, "", f"invalid YAML: {problem}")])


def _scan(text: str, loader: Any) -> LintError | None:
    """One flat pass over the YAML events: the first alias or too-deep nesting, or None.

    Raises:
        yaml.YAMLError: on a syntax error.
    """
    depth = 0
    for event in yaml.parse(text, Loader=loader):
        if isinstance(event, yaml.AliasEvent):
            return LintError("", event.start_mark.line + 1, "",
                             f"YAML aliases are not allowed (*{event.anchor}): write the value out")
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                return LintError("", event.start_mark.line + 1, "",
                                 f"nested deeper than {MAX_DEPTH} levels of mappings and lists")
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1
    return None


def _parse(text: str, shown: str) -> tuple[Any, _Lines]:
    """Parse YAML text safely into (data, line numbers); every problem is a CaseError naming the line."""
    try:
        problem = _scan(text, _FAST_LOADER)
    except yaml.YAMLError:
        # Report syntax errors in the pure-Python parser's words (libyaml's differ); both scans are flat.
        try:
            problem = _scan(text, yaml.SafeLoader)
        except yaml.YAMLError as exc:
            raise _yaml_error(exc, text, shown) from None
    if problem is not None:
        raise CaseError([LintError(shown, problem.line, problem.field, problem.message)])
    loader = _FAST_LOADER(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:  # e.g. an unknown tag, which the event scan does not judge
        raise _yaml_error(exc, text, shown) from None
    finally:
        loader.dispose()
    lines = _Lines()
    if node is not None:
        lines.walk(node)
    return data, lines


_TYPE_NAMES = {dict: "a mapping", list: "a list", str: "a string", int: "an integer", float: "a number",
               bool: "a boolean", type(None): "null"}


def _pydantic_message(err: dict[str, Any], root: type[BaseModel]) -> str:
    kind = err["type"]
    loc = err["loc"]
    if kind == "missing":
        return "required field missing"
    if kind == "extra_forbidden":
        known = _known_fields(root, loc[:-1])
        close = difflib.get_close_matches(str(loc[-1]), known, n=1, cutoff=0.6)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        return f"unknown field{hint}"
    got = _TYPE_NAMES.get(type(err.get("input")), type(err.get("input")).__name__)
    msg = err["msg"]
    msg = msg[0].lower() + msg[1:]
    if kind.endswith("_type") or kind.endswith("_parsing"):
        return f"{msg}, got {got}"
    return msg


def _known_fields(root: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    """Field names allowed at a location, for 'did you mean' hints on unknown keys."""
    import typing

    tp: Any = root
    for part in loc:
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if origin in (list, tuple):
            tp = args[0] if args else Any
        elif origin is dict:
            tp = args[1] if len(args) == 2 else Any
        elif isinstance(tp, type) and hasattr(tp, "model_fields"):
            field = tp.model_fields.get(part)
            if field is None:
                return []
            tp = field.annotation
        else:
            return []
        if typing.get_origin(tp) in (typing.Union, __import__("types").UnionType):
            tp = next((a for a in typing.get_args(tp) if a is not type(None)), Any)
    return list(tp.model_fields) if isinstance(tp, type) and hasattr(tp, "model_fields") else []


def _read_article(target: Path) -> bytes:
    """The bytes of an article file: a regular file of at most MAX_ARTICLE_BYTES.

    Opened without blocking and checked before reading, so a FIFO or a device is refused instead of
    hanging, and a huge file is refused instead of read.

    Raises:
        OSError: the file cannot be opened or read.
        ValueError: it is not a regular file, or it is too large (the message completes "'PATH' ...").
    """
    fd = os.open(target, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ValueError("is not a regular file (a FIFO, device or socket cannot be an article)")
        if info.st_size > MAX_ARTICLE_BYTES:
            raise ValueError(f"is too large ({info.st_size} bytes; an article may have at most "
                             f"{MAX_ARTICLE_BYTES} bytes)")
        with os.fdopen(os.dup(fd), "rb") as fh:
            raw = fh.read(MAX_ARTICLE_BYTES + 1)
    finally:
        os.close(fd)
    if len(raw) > MAX_ARTICLE_BYTES:  # it grew after the check
        raise ValueError(f"is too large (more than {MAX_ARTICLE_BYTES} bytes)")
    return raw


def _resolve_article(case: Case, path: Path, shown: str, lines: _Lines) -> Case:
    if case.article_file is None:
        return case
    base = path.parent.resolve()
    target = (base / case.article_file).resolve()
    line = lines.line_of(("article_file",))
    if not target.is_relative_to(base):
        msg = f"path {case.article_file!r} leaves the case's directory"
        raise CaseError([LintError(shown, line, "article_file", msg)])
    try:
        raw = _read_article(target)
    except OSError as exc:
        msg = f"cannot read {case.article_file!r}: {exc.strerror or exc}"
        raise CaseError([LintError(shown, line, "article_file", msg)]) from None
    except ValueError as exc:
        raise CaseError([LintError(shown, line, "article_file", f"{case.article_file!r} {exc}")]) from None
    digest = hashlib.sha256(raw).hexdigest()
    if digest != case.article_sha256:
        msg = f"does not match {case.article_file!r} (its sha256 is {digest})"
        raise CaseError([LintError(shown, lines.line_of(("article_sha256",)), "article_sha256", msg)])
    try:
        article = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise CaseError([LintError(shown, line, "article_file", f"{case.article_file!r} is not UTF-8")]) from None
    return case.model_copy(update={"article": article})


M = TypeVar("M", bound=BaseModel)


def load_yaml_model(path: str | Path, model: type[M], *, shown: str | None = None,
                    what: str = "a YAML mapping") -> tuple[M, _Lines]:
    """Read a YAML file safely and validate it as ``model``; every problem names file, line and field.

    Raises:
        CaseError: listing each problem (the name is historical: it serves every YAML input).
    """
    path = Path(path)
    shown = shown or str(path)
    text = _read_text(path, shown, what)
    data, lines = _parse(text, shown)
    errors = [LintError(shown, line, format_field(p), "duplicate key") for p, line in lines.duplicates]
    if not isinstance(data, dict):
        got = _TYPE_NAMES.get(type(data), type(data).__name__)
        raise CaseError(errors + [LintError(shown, 1, "", f"expected {what}, got {got}")])
    try:
        obj = model.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            loc = tuple(err["loc"])
            errors.append(LintError(shown, lines.line_of(loc), format_field(loc), _pydantic_message(err, model)))
        raise CaseError(errors) from None
    if errors:
        raise CaseError(errors)
    return obj, lines


def load_case(path: str | Path, *, shown: str | None = None) -> Case:
    """Load and validate one case file.

    Args:
        path: the YAML file.
        shown: how to name the file in error messages (default: ``path`` as given).

    Returns:
        The validated case, with ``article`` filled in from ``article_file`` if one is used.

    Raises:
        CaseError: listing every problem with file, line and field.
    """
    path = Path(path)
    shown = shown or str(path)
    case, lines = load_yaml_model(path, Case, shown=shown, what="a case (a YAML mapping)")
    errors: list[LintError] = []
    for loc, message in cross_check(case):
        errors.append(LintError(shown, lines.line_of(loc), format_field(loc), message))
    if errors:
        raise CaseError(errors)
    return _resolve_article(case, path, shown, lines)


def case_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Expand files and directories into case files (``*.yaml`` / ``*.yml``), sorted per directory."""
    for p in map(Path, paths):
        if p.is_dir():
            yield from sorted(q for q in p.rglob("*") if q.suffix in {".yaml", ".yml"} and q.is_file())
        else:
            yield p


def lint(paths: Iterable[str | Path]) -> tuple[list[Case], list[LintError]]:
    """Validate every case under ``paths``; return the good cases and all problems found."""
    cases: list[Case] = []
    errors: list[LintError] = []
    first_seen: dict[str, str] = {}
    for path in case_files(paths):
        try:
            case = load_case(path)
        except CaseError as exc:
            errors.extend(exc.errors)
            continue
        except RecursionError:  # a structure the depth check let through: still this file's problem only
            errors.append(LintError(str(path), 1, "", "nested too deeply to validate"))
            continue
        if case.id in first_seen:
            msg = f"duplicate case id {case.id!r} (also in {first_seen[case.id]})"
            errors.append(LintError(str(path), 1, "id", msg))
            continue
        first_seen[case.id] = str(path)
        cases.append(case)
    return cases, errors


def unit_findings(path: str | Path, case: Case) -> list[tuple[LintError, Any]]:
    """How the scorers read each case number's unit, with where it is written.

    Returns one (location, unit) pair per number: the location is a :class:`LintError` naming the
    file, line and field (``numbers[i].unit``) whose message says how the unit was read; the unit is a
    :class:`scorers.units.Unit` (its ``parsed`` is False when the string is not unit words or a
    plain noun phrase).
    """
    from scorers.numbers import case_number_unit  # scorers import harness.case, not this module

    try:
        _data, lines = _parse(_read_text(Path(path), str(path)), str(path))
    except CaseError:
        return []
    out = []
    for i, n in enumerate(case.numbers):
        u = case_number_unit(n)
        line = lines.line_of(("numbers", i, "unit"))
        rate = str(u.per) if u.per else "none"
        what = (f"{n.id} = {n.value:,.10g} {n.unit!r} -> dimension {u.dimension} ({u.key}), rate {rate}, "
                f"referent {' '.join(u.referent) or 'none'}")
        out.append((LintError(str(path), line, f"numbers[{i}].unit", what), u))
    return out


def unit_warnings(path: str | Path, case: Case) -> list[LintError]:
    """A warning for every case number whose unit string does not parse into the unit model
    (digits or symbols, an unknown abbreviation): the scorers then read it as a counted noun."""
    out = []
    for where, u in unit_findings(path, case):
        if not u.parsed:
            n = case.numbers[int(where.field.split("[")[1].split("]")[0])]
            out.append(LintError(where.file, where.line, where.field,
                                 f"warning: unit {n.unit!r} is not a known unit or a plain noun phrase; "
                                 f"read as a count of {u.key!r} (write the unit in words, e.g. 'km2', "
                                 f"'percent of the vote', 'euros per year')"))
    return out


def unit_report(files: Iterable[str | Path], explain: bool = False) -> list[LintError]:
    """Unit warnings of every valid case file (:func:`unit_warnings`) and, with ``explain``, how
    every case number's unit was read (:func:`unit_findings`), in file order."""
    out: list[LintError] = []
    for path in files:
        try:
            case = load_case(path)
        except CaseError:
            continue  # its errors are reported by lint()
        out.extend(unit_warnings(path, case))
        if explain:
            out.extend(w for w, _u in unit_findings(path, case))
    return out


def load_cases(paths: str | Path | Iterable[str | Path]) -> list[Case]:
    """Load every case under one or more files or directories.

    Raises:
        CaseError: if any case is invalid (all problems are listed), or no case was found.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    paths = list(paths)
    cases, errors = lint(paths)
    if errors:
        raise CaseError(errors)
    if not cases:
        raise CaseError([LintError(", ".join(map(str, paths)), 1, "", "no case files (*.yaml) found")])
    return cases
