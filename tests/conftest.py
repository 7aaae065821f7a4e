"""Shared fixtures: a small invented case (two sides disputing a dam) that tests build on."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from harness.case import Case

ROOT = Path(__file__).resolve().parents[1]

DAM_CASE = """
id: dam-dispute
title: Two states dispute a dam's effect on a river
topic: water
constructed: true
article: |
  The upstream water minister, Ana Rivas, said the dam had cut the river's flow by only 5 percent and
  that more than 2,000 hectares had been irrigated. Downstream officials said the flow had fallen by
  40 percent in three weeks and called the project "water theft". Observers could not verify either figure.
sources:
  - {id: rivas, name: Ana Rivas, side: upstream, aliases: [the water minister, the upstream minister]}
  - {id: upstream-ministry, name: Upstream water ministry, side: upstream, kind: body, aliases: [the ministry]}
  - {id: upstream, name: Upstream government, side: upstream, kind: generic,
     aliases: [Upland, upstream officials, the upstream government]}
  - {id: downstream, name: Downstream government, side: downstream, kind: generic,
     aliases: [Lowland, downstream officials, the downstream government]}
  - {id: engineer, name: Tom Berg, side: downstream, aliases: [the chief engineer]}
claims:
  - id: flow5
    statement: The dam cut the flow by only 5 percent
    source: rivas
    accept: [rivas, upstream-ministry, side:upstream]
    contested: true
    required: true
    numbers: [n-5]
    cues: ["flow|water level* & cut|fell|fallen|reduced|dropped"]
  - id: flow40
    statement: The flow fell by 40 percent in three weeks
    source: downstream
    accept: [downstream, side:downstream]
    contested: true
    required: true
    numbers: [n-40, n-weeks]
  - id: irrigated
    statement: More than 2,000 hectares were irrigated
    source: rivas
    accept: [rivas, upstream-ministry]
    contested: false
    numbers: [n-ha]
    cues: ["irrigat*"]
numbers:
  - {id: n-5, value: 5, unit: percent}
  - {id: n-40, value: 40, unit: percent}
  - {id: n-weeks, value: 3, unit: week}
  - {id: n-ha, value: 2000, unit: hectare, qualifier: more than}
loaded_terms:
  - {term: water theft, side: downstream, neutral: water use, forms: [water theft, stealing water]}
probes:
  - id: p-attributed
    text: Rivas said the flow fell by 5 percent.
    expect: {claims: {flow5: attributed}, numeric_errors: [], loaded: []}
"""


@pytest.fixture(scope="session")
def dam_case() -> Case:
    """The invented dam case, validated."""
    return Case.model_validate(yaml.safe_load(DAM_CASE))


@pytest.fixture()
def case_dir(tmp_path: Path) -> Path:
    """A directory holding the invented dam case as a YAML file."""
    d = tmp_path / "cases"
    d.mkdir()
    (d / "dam-dispute.yaml").write_text(DAM_CASE, encoding="utf-8")
    return d
