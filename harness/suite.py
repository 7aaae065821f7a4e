"""The case suite as a whole: per-case metadata, side balance, and export as a Hugging Face dataset."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from harness.case import Case


def case_row(case: Case) -> dict[str, Any]:
    """Metadata of one case: topic, sides, counts of sources, claims, numbers, loaded terms and probes."""
    side_of = {s.id: s.side for s in case.sources}
    contested = Counter(side_of[c.source] for c in case.claims if c.contested)
    loaded = Counter(t.side for t in case.loaded_terms)
    return {
        "id": case.id, "topic": case.topic, "constructed": case.constructed, "real_report": not case.constructed,
        "sources": len(case.sources),
        "sides": sorted(set(side_of.values())), "claims": len(case.claims), "contested": sum(contested.values()),
        "contested_by_side": dict(sorted(contested.items())), "required": sum(c.required for c in case.claims),
        "numbers": len(case.numbers), "loaded_by_side": dict(sorted(loaded.items())), "probes": len(case.probes),
    }


def balance_problems(cases: list[Case]) -> list[str]:
    """Cases that let a model score well by always distrusting one side.

    Each case needs contested claims made by at least two sides and loaded terms from at least two
    sides; across the suite, no single side may hold more than half of all contested claims.
    """
    problems = []
    total: Counter[str] = Counter()
    for case in cases:
        row = case_row(case)
        total.update(row["contested_by_side"])
        if len(row["contested_by_side"]) < 2:
            problems.append(f"{case.id}: contested claims from one side only ({row['contested_by_side']})")
        if len(row["loaded_by_side"]) < 2:
            problems.append(f"{case.id}: loaded terms from one side only ({row['loaded_by_side']})")
    n = sum(total.values())
    for side, k in total.items():
        if n and k / n > 0.5:
            problems.append(f"suite: side {side!r} holds {k} of {n} contested claims")
    return problems


def markdown_list(cases: list[Case]) -> str:
    """The suite as a Markdown table."""
    lines = ["| case | topic | constructed | sources | sides | claims (contested) | numbers | loaded by side "
             "| probes |", "|---|---|---|---:|---|---|---:|---|---:|"]
    for case in sorted(cases, key=lambda c: (c.topic, c.id)):
        r = case_row(case)
        loaded = ", ".join(f"{k} {v}" for k, v in r["loaded_by_side"].items())
        lines.append(f"| {r['id']} | {r['topic']} | {'yes' if r['constructed'] else ''} | {r['sources']} | "
                     f"{', '.join(r['sides'])} | {r['claims']} ({r['contested']}) | {r['numbers']} | {loaded} | "
                     f"{r['probes']} |")
    topics = Counter(c.topic for c in cases)
    lines.append("")
    per_topic = ", ".join(f"{t} {n}" for t, n in sorted(topics.items()))
    lines.append(f"{len(cases)} cases, {len(topics)} topics: {per_topic}")
    lines.append(real_reports_line(cases))
    return "\n".join(lines)


def real_reports_line(cases: list[Case]) -> str:
    """How many cases retell real reports and how many are constructed (figures or events invented or adjusted)."""
    constructed = sum(c.constructed for c in cases)
    return (f"{len(cases) - constructed} of {len(cases)} cases are real reports (facts as published, see origin); "
            f"{constructed} constructed (figures or events invented or adjusted)")


def to_dataset(cases: list[Case]) -> Any:
    """The suite as a ``datasets.Dataset`` with declared features (one row per case; the full case as JSON)."""
    from datasets import Dataset, Features, Value

    features = Features({
        "id": Value("string"), "title": Value("string"), "topic": Value("string"), "constructed": Value("bool"),
        "article": Value("string"), "n_claims": Value("int32"), "n_contested": Value("int32"),
        "n_numbers": Value("int32"), "n_probes": Value("int32"), "case_json": Value("string"),
    })
    rows = {k: [] for k in features}
    for case in cases:
        rows["id"].append(case.id)
        rows["title"].append(case.title)
        rows["topic"].append(case.topic)
        rows["constructed"].append(case.constructed)
        rows["article"].append(case.text)
        rows["n_claims"].append(len(case.claims))
        rows["n_contested"].append(sum(c.contested for c in case.claims))
        rows["n_numbers"].append(len(case.numbers))
        rows["n_probes"].append(len(case.probes))
        rows["case_json"].append(case.model_dump_json())
    return Dataset.from_dict(rows, features=features)


def export_hf(cases: list[Case], out: str | Path) -> Path:
    """Save the suite with ``Dataset.save_to_disk`` (reload with ``datasets.load_from_disk``)."""
    out = Path(out)
    to_dataset(cases).save_to_disk(str(out))
    return out


def case_from_row(row: dict[str, Any]) -> Case:
    """Rebuild a case from an exported row."""
    return Case.model_validate(json.loads(row["case_json"]))
