"""A pytest plugin (entry point ``pytest11``): the ``cnh_case`` fixture, parametrised over a case directory.

A test that takes ``cnh_case`` runs once per case under ``--cnh-cases DIR`` (or the ``cnh_cases`` ini
option; default ``cases``)::

    from harness.testing import assert_summary

    def test_summariser(cnh_case):
        assert_summary(my_model(cnh_case.article), cnh_case)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    """Register ``--cnh-cases`` and the ``cnh_cases`` ini option."""
    group = parser.getgroup("cnh", "contested-news-harness")
    group.addoption("--cnh-cases", default=None, help="case file or directory for the cnh_case fixture")
    parser.addini("cnh_cases", "case file or directory for the cnh_case fixture", default="cases")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Parametrise tests that use ``cnh_case`` over every case, one test id per case id."""
    if "cnh_case" not in metafunc.fixturenames:
        return
    from harness.caseload import CaseError, load_cases

    config = metafunc.config
    where = config.getoption("--cnh-cases") or config.getini("cnh_cases")
    path = Path(where)
    if not path.is_absolute():
        path = Path(config.rootpath) / path
    try:
        cases = load_cases(path)
    except CaseError as exc:
        raise pytest.UsageError(f"cnh: cannot load cases from {where}:\n{exc}") from None
    metafunc.parametrize("cnh_case", cases, ids=[c.id for c in cases])


@pytest.fixture
def cnh_case(request: pytest.FixtureRequest) -> Any:
    """One case of the suite (the test is parametrised over all of them)."""
    return request.param
