"""A pytest plugin (entry point ``pytest11``): the ``cnh_case`` fixture, parametrised over a case directory.

A test that takes ``cnh_case`` runs once per case under ``--cnh-cases DIR`` (or the ``cnh_cases`` ini
option; default ``cases``)::

    from harness.testing import assert_summary

    def test_summariser(cnh_case):
        assert_summary(my_model(cnh_case.article), cnh_case)

``--cnh-cases`` is relative to the directory pytest runs in, the ini option to the ini file's directory.
At the end of the run, a table gives each requirement's mean over every summary checked with
``assert_summary``, its threshold and how many summaries broke it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

OPTION = "--cnh-cases"


def pytest_addoption(parser: pytest.Parser) -> None:
    """Register ``--cnh-cases`` and the ``cnh_cases`` ini option."""
    group = parser.getgroup("cnh", "contested-news-harness")
    group.addoption(OPTION, default=None, metavar="DIR",
                    help="case file or directory for the cnh_case fixture (relative to the current directory)")
    parser.addini("cnh_cases", "case file or directory for the cnh_case fixture", default="cases")


def _option_value_in(args: list[str]) -> str | None:
    """The value of ``--cnh-cases DIR`` when given in the space form (the ``=`` form needs no repair)."""
    for i, arg in enumerate(args[:-1]):
        if arg == OPTION:
            return args[i + 1]
    return None


@pytest.hookimpl(tryfirst=True)
def pytest_load_initial_conftests(early_config: pytest.Config, parser: pytest.Parser, args: list[str]) -> None:
    """Undo what ``--cnh-cases DIR`` (space form) did to the rootdir.

    pytest picks its rootdir and ini file before it loads plugins, so at that point it does not know that
    ``--cnh-cases`` takes a value and counts ``DIR`` among the test paths: the rootdir (and the ini file)
    could become those of the case directory's checkout, and failures were reported in paths relative to
    it. Now that the option is known, the rootdir is found again from the real test paths.
    """
    value = _option_value_in(args)
    if value is None:
        return
    try:
        from _pytest.config.findpaths import determine_setup

        ns = early_config.known_args_namespace
        rootpath, inipath, inicfg, ignored = determine_setup(
            inifile=ns.inifilename, override_ini=ns.override_ini, args=list(ns.file_or_dir),
            rootdir_cmd_arg=ns.rootdir or None, invocation_dir=early_config.invocation_params.dir)
        if (rootpath, inipath) == (early_config.rootpath, early_config.inipath):
            return
        derived = {str(p) for p in (early_config.rootpath, early_config.inipath and early_config.inipath.parent) if p}
        early_config._rootpath = rootpath  # noqa: SLF001 - no public way to set them after parsing
        early_config._inipath = inipath  # noqa: SLF001
        early_config._inicfg = inicfg  # noqa: SLF001
        early_config._ignored_config_files = ignored  # noqa: SLF001
        early_config._inicache.clear()  # noqa: SLF001
        early_config._parser.extra_info["rootdir"] = str(rootpath)  # noqa: SLF001
        early_config._parser.extra_info["inifile"] = str(inipath)  # noqa: SLF001
        if ns.confcutdir in derived:  # pytest derived it from the wrong rootdir: derive it again
            ns.confcutdir = str(inipath.parent if inipath is not None else rootpath)
    except (ImportError, AttributeError, TypeError, ValueError):  # another pytest: leave its choice alone
        return


def _cases_path(config: pytest.Config) -> tuple[str, Path]:
    """Where the cases are, as given and resolved: the option against the invocation directory, the ini
    value against the ini file's directory (or the rootdir)."""
    given = config.getoption(OPTION)
    if given:
        base = Path(config.invocation_params.dir)
    else:
        given = config.getini("cnh_cases")
        base = config.inipath.parent if config.inipath is not None else Path(config.rootpath)
    path = Path(given)
    return str(given), path if path.is_absolute() else base / path


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Parametrise tests that use ``cnh_case`` over every case, one test id per case id."""
    if "cnh_case" not in metafunc.fixturenames:
        return
    from harness.caseload import CaseError, load_cases

    where, path = _cases_path(metafunc.config)
    try:
        cases = load_cases(path)
    except CaseError as exc:
        raise pytest.UsageError(f"cnh: cannot load cases from {where}:\n{exc}") from None
    metafunc.parametrize("cnh_case", cases, ids=[c.id for c in cases])


@pytest.fixture
def cnh_case(request: pytest.FixtureRequest) -> Any:
    """One case of the suite (the test is parametrised over all of them)."""
    return request.param


def pytest_sessionstart(session: pytest.Session) -> None:
    """Start recording ``assert_summary`` calls for the end-of-run table."""
    import harness.testing

    harness.testing.RECORDER = []


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    """Per-requirement table over every summary checked with ``assert_summary`` in this run."""
    import harness.testing

    checked, harness.testing.RECORDER = harness.testing.RECORDER or [], None
    lines = harness.testing.summary_table(checked)
    if not lines:
        return
    terminalreporter.section("cnh: summaries checked with assert_summary")
    for line in lines:
        terminalreporter.write_line(line)
