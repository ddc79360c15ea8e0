"""pytest plugin: accessibility checks inside anyone's test suite (registered as ``frontdoor_a11y``).

Installing Front Door with the ``a11y`` extra makes these available in every pytest run::

    def test_apply_page_is_accessible(check_accessibility):
        check_accessibility("http://127.0.0.1:8000/apply")          # fails the test, listing each problem

    def test_start_page_keyboard_only(check_accessibility):
        page = check_accessibility(url, checks=("keyboard",), validate=False)
        assert page.title == "Apply for a permit"

``check_accessibility(url, ...)`` runs the same checks as ``frontdoor a11y check`` on one page, in one
headless Chromium shared by the whole session (the ``a11y_browser`` fixture). A missing browser is an
error, never a skip. ``pytest --a11y-report DIR`` writes ``report.json`` and ``report.html`` for every
page checked in the session.

Importing this module is cheap: Selenium and the checks load only when a fixture is used.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import pytest

if TYPE_CHECKING:
    from a11y_tests.runner import PageResult, RunResult

_RUNS = pytest.StashKey[list["RunResult"]]()
_WRITTEN = pytest.StashKey[list[Path]]()


class CheckAccessibility(Protocol):
    """The ``check_accessibility`` fixture's value: check one page, fail the test on any problem."""

    def __call__(
        self,
        url: str,
        *,
        checks: Iterable[str] | None = None,
        javascript_off_pass: bool = True,
        validate: bool = True,
        submit_forms: bool = False,
    ) -> PageResult:
        """Check ``url``; return its ``PageResult`` when clean, otherwise fail the calling test."""
        ...


def pytest_addoption(parser: pytest.Parser) -> None:
    """Add ``--a11y-report DIR``."""
    group = parser.getgroup("frontdoor-a11y", "accessibility checks (Front Door)")
    group.addoption(
        "--a11y-report",
        metavar="DIR",
        default=None,
        help="write report.json and report.html of every page check_accessibility checked into DIR",
    )


def pytest_configure(config: pytest.Config) -> None:
    """Make room for the session's results."""
    config.stash[_RUNS] = []
    config.stash[_WRITTEN] = []


def _need_selenium() -> None:
    """Fail the fixture with the install command when the ``a11y`` extra is not installed."""
    missing = ""
    try:
        import selenium  # noqa: F401
    except ImportError as error:
        missing = error.name or "selenium"
    if missing:
        pytest.fail(
            f"check_accessibility needs Selenium ({missing} is missing): pip install 'frontdoor[a11y]'",
            pytrace=False,
        )


@pytest.fixture(scope="session")
def a11y_browser() -> Iterator[Any]:
    """One headless Chromium (a Selenium driver) for the session. A missing browser is an error."""
    _need_selenium()
    from a11y_tests.browser import start_browser

    driver = start_browser()
    try:
        yield driver
    finally:
        driver.quit()


def format_failure(page: PageResult) -> str:
    """A readable account of what is wrong with ``page``: each rule, criterion, element and fix."""
    from a11y_tests.wcag import criterion_name

    lines = [f"Accessibility problems on {page.url} ({len(page.violations)} rule(s) broken):"]
    for violation in page.violations:
        criteria = "; ".join(criterion_name(number) for number in violation.wcag_criteria)
        lines.append("")
        lines.append(f"  {violation.rule} [{violation.impact or 'not rated'}]: {violation.description}")
        lines.append(f"    WCAG: {criteria or 'best practice (no WCAG 2.2 success criterion)'}")
        for node in violation.nodes[:10]:
            lines.append(f"    at {node.location}: {node.summary}")
        if len(violation.nodes) > 10:
            lines.append(f"    ... and {len(violation.nodes) - 10} more element(s)")
        if violation.help_url:
            lines.append(f"    how to fix: {violation.help_url}")
    for error in page.errors:
        lines.append(f"  could not run: {error}")
    return "\n".join(lines)


@pytest.fixture
def check_accessibility(a11y_browser: Any, request: pytest.FixtureRequest) -> CheckAccessibility:
    """A function that checks one page with the shared browser and fails the test on any problem."""
    from a11y_tests.runner import DEFAULT_CHECKS, check_pages

    runs = request.config.stash[_RUNS]

    def check(
        url: str,
        *,
        checks: Iterable[str] | None = None,
        javascript_off_pass: bool = True,
        validate: bool = True,
        submit_forms: bool = False,
    ) -> PageResult:
        run = check_pages(
            [url],
            checks=DEFAULT_CHECKS if checks is None else tuple(checks),
            driver=a11y_browser,
            javascript_off_pass=javascript_off_pass,
            validate=validate,
            submit_forms=submit_forms,
            site_checks=False,
        )
        runs.append(run)
        page = run.pages[0]
        if not page.clean:
            pytest.fail(format_failure(page), pytrace=False)
        return page

    return check


def merge_runs(runs: list[RunResult]) -> RunResult:
    """One ``RunResult`` holding the pages of several runs, for the session's report."""
    from a11y_tests.runner import RunResult

    return RunResult(
        pages=tuple(page for run in runs for page in run.pages),
        started=min(run.started for run in runs),
        finished=max(run.finished for run in runs),
        axe_version=next((run.axe_version for run in runs if run.axe_version), ""),
        checks_run=tuple(dict.fromkeys(name for run in runs for name in run.checks_run)),
        vnu_version=next((run.vnu_version for run in runs if run.vnu_version), ""),
        browser_version=next((run.browser_version for run in runs if run.browser_version), ""),
    )


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """With ``--a11y-report DIR``, write the reports of every page checked in the session."""
    folder = session.config.getoption("--a11y-report")
    runs = session.config.stash.get(_RUNS, [])
    if not folder or not runs:
        return
    from a11y_tests import report

    worker = os.environ.get("PYTEST_XDIST_WORKER")
    stem = f"report-{worker}" if worker else "report"
    merged = merge_runs(runs)
    written = session.config.stash[_WRITTEN]
    written.append(report.write_json(merged, Path(folder) / f"{stem}.json"))
    written.append(report.write_html(merged, Path(folder) / f"{stem}.html"))


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    """Say where the accessibility reports went."""
    for path in config.stash.get(_WRITTEN, []):
        terminalreporter.write_line(f"accessibility report: {path}")
