"""Record serialization reads dataclass fields directly (no ``dataclasses.asdict`` deep copy), same JSON."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

import pytest

import scorers.types as types
from scorers.types import ClaimVerdict, LoadedFinding, NumberVerdict, ScoreRecord


def _record() -> ScoreRecord:
    return ScoreRecord(
        case_id="c", summary_id="s", model="m",
        claims=[ClaimVerdict("k1", "attributed", (0, 12), "src", "He said so.", "he said", "r", "cue", "verdict.x")],
        numbers=[NumberVerdict("6,700", (3, 8), 6700.0, None, None, "unsupported")],
        loaded=[LoadedFinding("regime", (1, 7), "narrator")],
        metrics={"coverage": 0.5}, extra={"signature": "sig", "case_id": "ignored"},
    )


def _old_json(rec: ScoreRecord) -> dict:
    """What ``to_json`` wrote before: ``asdict`` per finding, tuples turned into lists."""
    out = {"case_id": rec.case_id, "summary_id": rec.summary_id, "model": rec.model}
    for key in ("claims", "numbers", "loaded"):
        findings = getattr(rec, key)
        out[key] = [{k: list(v) if isinstance(v, tuple) else v for k, v in asdict(x).items()} for x in findings]
    out["metrics"] = rec.metrics
    for k, v in rec.extra.items():
        out.setdefault(k, v)
    return out


def test_to_json_does_not_deep_copy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Plain findings are serialized without ``asdict`` (its recursive deep copy was ~14% of ``cnh score``)."""
    expected = json.dumps(_old_json(_record()), ensure_ascii=False)

    def boom(obj: object) -> dict:
        raise AssertionError("asdict called")

    monkeypatch.setattr(types, "asdict", boom)
    assert json.dumps(_record().to_json(), ensure_ascii=False) == expected


def test_to_json_falls_back_for_nested_values() -> None:
    """A finding with a non-plain field value (here a nested dataclass) is still serialized as ``asdict`` would."""

    @dataclass(frozen=True)
    class Inner:
        a: int

    @dataclass(frozen=True)
    class Odd:
        span: tuple[int, int]
        inner: Inner
        items: list

    rec = ScoreRecord(case_id="c", summary_id="s", model="m", loaded=[Odd((1, 2), Inner(3), [(4, 5)])])  # type: ignore[list-item]
    assert json.dumps(rec.to_json()) == json.dumps(_old_json(rec))


def test_one_field_finding_without_asdict(monkeypatch: pytest.MonkeyPatch) -> None:
    """A finding type of a single field (read without ``attrgetter``'s tuple) is serialized directly too."""

    @dataclass(frozen=True)
    class Single:
        span: tuple[int, int]

    rec = ScoreRecord(case_id="c", summary_id="s", model="m", loaded=[Single((3, 9))])  # type: ignore[list-item]
    expected = json.dumps(_old_json(rec))
    monkeypatch.setattr(types, "asdict", lambda obj: (_ for _ in ()).throw(AssertionError("asdict called")))
    assert json.dumps(rec.to_json()) == expected
