"""`cnh lint` and the case loader: every class of bad input gets an exact, located message."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from harness.caseload import MAX_CASE_BYTES, CaseError, load_case, load_cases
from harness.cli import main

GOOD = """\
id: river-dam
title: Two states dispute a dam's effect on a river
topic: water
article: |
  The upstream ministry said the dam cut the river's flow by only 5 percent.
  Downstream officials said flow fell by 40 percent.
sources:
  - id: upstream-ministry
    name: Upstream water ministry
    side: upstream
    aliases: [the ministry]
  - id: downstream
    name: Downstream officials
    side: downstream
    kind: generic
claims:
  - id: flow5
    statement: The dam cut the flow by 5 percent
    source: upstream-ministry
    accept: [upstream-ministry, side:upstream]
    numbers: [n-5]
numbers:
  - id: n-5
    value: 5
    unit: percent
probes:
  - id: p1
    text: The ministry said the flow fell by 5 percent.
    expect: {claims: {flow5: attributed}}
"""


def write(tmp_path: Path, text: str | bytes, name: str = "case.yaml") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def errors_of(path: Path) -> list[str]:
    with pytest.raises(CaseError) as info:
        load_case(path, shown="x.yaml")
    return [str(e) for e in info.value.errors]


def test_good_case_loads(tmp_path: Path) -> None:
    case = load_case(write(tmp_path, GOOD))
    assert case.id == "river-dam"
    assert case.claims[0].accept == ["upstream-ministry", "side:upstream"]
    assert case.number("n-5").value == 5


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        # bad YAML
        ("title: Two states", "title: [Two states", "x.yaml:3: invalid YAML: expected ',' or ']', but got ':'"),
        # wrong type
        ("value: 5\n", "value: five\n", "x.yaml:24: numbers[0].value: input should be a valid number, "
         "unable to parse string as a number, got a string"),
        # missing field
        ("    statement: The dam cut the flow by 5 percent\n", "",
         "x.yaml:17: claims[0].statement: required field missing"),
        # dangling reference, with a suggestion
        ("accept: [upstream-ministry, side:upstream]", "accept: [upstream-ministy, side:upstream]",
         "x.yaml:20: claims[0].accept[0]: unknown source 'upstream-ministy' (did you mean 'upstream-ministry'?)"),
        # unknown side
        ("side:upstream]", "side:upstreem]", "x.yaml:20: claims[0].accept[1]: unknown side 'upstreem' "
         "(did you mean 'upstream'?)"),
        # dangling number reference
        ("numbers: [n-5]", "numbers: [n-6]", "x.yaml:21: claims[0].numbers[0]: unknown number 'n-6' "
         "(did you mean 'n-5'?)"),
        # duplicate id
        ("  - id: downstream\n", "  - id: upstream-ministry\n", "x.yaml:12: sources[1].id: duplicate source id "
         "'upstream-ministry'"),
        # unknown top-level key
        ("topic: water\n", "topic: water\ntopik: water\n", "x.yaml:4: topik: unknown field (did you mean 'topic'?)"),
        # unknown nested key
        ("    kind: generic\n", "    kinds: generic\n",
         "x.yaml:15: sources[1].kinds: unknown field (did you mean 'kind'?)"),
        # bad enum value
        ("    kind: generic\n", "    kind: crowd\n", "x.yaml:15: sources[1].kind: input should be 'person', 'body', "
         "'media' or 'generic'"),
        # probe refers to an unknown claim
        ("{claims: {flow5: attributed}}", "{claims: {flow6: attributed}}",
         "x.yaml:29: probes[0].expect.claims.flow6: unknown claim 'flow6' (did you mean 'flow5'?)"),
        # bad verdict in a probe
        ("{claims: {flow5: attributed}}", "{claims: {flow5: attribute}}",
         "x.yaml:29: probes[0].expect.claims.flow5: input should be 'attributed', 'misattributed', 'hedged' "
         "or 'unattributed'"),
        # duplicate key in a mapping
        ("topic: water\n", "topic: water\ntopic: dams\n", "x.yaml:4: topic: duplicate key"),
        # bad id
        ("id: river-dam", "id: River Dam", "x.yaml:1: id: value error, id 'River Dam' must be lower-case letters "
         "and digits joined by '-' or '_'"),
    ],
)
def test_bad_case_is_located(tmp_path: Path, old: str, new: str, expected: str) -> None:
    assert old in GOOD
    assert expected in errors_of(write(tmp_path, GOOD.replace(old, new, 1)))


def test_non_utf8(tmp_path: Path) -> None:
    data = GOOD.encode().replace(b"Two states", b"Two st\xe4tes")
    assert errors_of(write(tmp_path, data)) == ["x.yaml:2: not UTF-8: invalid byte 0xe4 at offset 27"]


def test_empty_file(tmp_path: Path) -> None:
    assert errors_of(write(tmp_path, "  \n")) == ["x.yaml:1: empty file: expected a case (a YAML mapping)"]


def test_not_a_mapping(tmp_path: Path) -> None:
    assert errors_of(write(tmp_path, "- a\n- b\n")) == ["x.yaml:1: expected a case (a YAML mapping), got a list"]


def test_file_too_large(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD + "#" * MAX_CASE_BYTES)
    assert errors_of(path) == [f"x.yaml:1: file too large ({path.stat().st_size} bytes; a case may have at most "
                               f"{MAX_CASE_BYTES} bytes)"]


def test_yaml_tags_are_not_constructed(tmp_path: Path) -> None:
    text = GOOD.replace("title: Two states", "title: !!python/object/apply:os.system ['true']\nx: Two states")
    (msg,) = errors_of(write(tmp_path, text))
    assert msg.startswith("x.yaml:2: invalid YAML: could not determine a constructor for the tag")


def article_case(tmp_path: Path, sha: str, file: str = "article.txt") -> Path:
    (tmp_path / "article.txt").write_text("The dam cut the flow.\n", encoding="utf-8")
    text = GOOD.replace("article: |\n  The upstream ministry said the dam cut the river's flow by only 5 percent.\n"
                        "  Downstream officials said flow fell by 40 percent.\n",
                        f"article_file: {file}\narticle_sha256: '{sha}'\n")
    return write(tmp_path, text)


def test_article_file_and_sha(tmp_path: Path) -> None:
    sha = hashlib.sha256(b"The dam cut the flow.\n").hexdigest()
    case = load_case(article_case(tmp_path, sha))
    assert case.text == "The dam cut the flow.\n"


def test_article_sha_mismatch(tmp_path: Path) -> None:
    sha = hashlib.sha256(b"The dam cut the flow.\n").hexdigest()
    assert errors_of(article_case(tmp_path, "0" * 64)) == [
        f"x.yaml:5: article_sha256: does not match 'article.txt' (its sha256 is {sha})"]


def test_article_file_cannot_escape(tmp_path: Path) -> None:
    assert errors_of(article_case(tmp_path, "0" * 64, file="../../etc/passwd")) == [
        "x.yaml:4: article_file: path '../../etc/passwd' leaves the case's directory"]


def test_several_errors_are_all_reported(tmp_path: Path) -> None:
    text = GOOD.replace("source: upstream-ministry", "source: nobody").replace("numbers: [n-5]", "numbers: [n-9]")
    msgs = errors_of(write(tmp_path, text))
    assert msgs == ["x.yaml:19: claims[0].source: unknown source 'nobody'",
                    "x.yaml:21: claims[0].numbers[0]: unknown number 'n-9' (did you mean 'n-5'?)"]


def test_duplicate_case_ids_across_files(tmp_path: Path) -> None:
    write(tmp_path, GOOD, "a.yaml")
    write(tmp_path, GOOD, "b.yaml")
    with pytest.raises(CaseError) as info:
        load_cases(tmp_path)
    assert [str(e) for e in info.value.errors] == [
        f"{tmp_path / 'b.yaml'}:1: id: duplicate case id 'river-dam' (also in {tmp_path / 'a.yaml'})"]


def test_cli_exit_codes(tmp_path: Path) -> None:
    runner = CliRunner()
    good = write(tmp_path, GOOD, "good.yaml")
    assert runner.invoke(main, ["lint", str(good)]).exit_code == 0
    bad = write(tmp_path, GOOD.replace("source: upstream-ministry", "source: nobody"), "bad.yaml")
    result = runner.invoke(main, ["lint", str(bad)])
    assert result.exit_code == 1
    assert f"{bad}:19: claims[0].source: unknown source 'nobody'" in result.output
    assert runner.invoke(main, ["lint", str(tmp_path / "missing.yaml")]).exit_code == 2
    empty_dir = tmp_path / "empty"
    empty_dir.mkdir()
    assert runner.invoke(main, ["lint", str(empty_dir)]).exit_code == 2


def test_shipped_cases_lint_clean() -> None:
    cases_dir = Path(__file__).resolve().parents[1] / "cases"
    cases = load_cases(cases_dir)
    assert {c.id for c in cases} >= {"kursk-command-post"}


def test_qualifier_words_as_authors_write_them_map_to_the_contract() -> None:
    from harness.case import Number

    assert Number(id="n", value=600, unit="km2", qualifier="nearly").qualifier == "less than"
    assert Number(id="n", value=600, unit="km2", qualifier="Roughly").qualifier == "about"
    assert Number(id="n", value=600, unit="km2", qualifier="no more than").qualifier == "at most"
    import pydantic
    import pytest

    with pytest.raises(pydantic.ValidationError):
        Number(id="n", value=600, unit="km2", qualifier="perhaps")
