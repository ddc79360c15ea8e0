"""The pytest plugin, as an agency would use it: an inner pytest run against the broken site."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from a11y_tests.tests.broken_site import broken_site_app
from tests.html import parse, select, text
from tests.servers import serve

pytest_plugins = ["pytester"]


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    """The deliberately broken site on loopback."""
    with serve(broken_site_app()) as url:
        yield url


AGENCY_TESTS = """
URL = {site!r}


def test_good_page_passes(check_accessibility):
    page = check_accessibility(URL + "/good.html")
    assert page.violations == ()
    assert page.title


def test_page_with_missing_alt_fails(check_accessibility):
    check_accessibility(URL + "/axe.html", checks=("axe",), javascript_off_pass=False, validate=False)


def test_browser_is_shared(a11y_browser, check_accessibility):
    page = check_accessibility(URL + "/good.html", checks=("axe",), validate=False)
    assert a11y_browser.current_url.startswith(URL)
    assert page.url == URL + "/good.html"
"""


@pytest.mark.browser
def test_agency_suite_passes_good_page_and_fails_broken_one(pytester: pytest.Pytester, site: str) -> None:
    pytester.makepyfile(test_agency=AGENCY_TESTS.format(site=site))
    report_dir = pytester.path / "a11y-report"

    result = pytester.runpytest_subprocess("--a11y-report", str(report_dir), "-p", "no:cacheprovider")

    result.assert_outcomes(passed=2, failed=1)
    output = result.stdout.str()
    assert "test_page_with_missing_alt_fails FAILED" in output or "FAILED test_agency.py::test_page" in output
    result.stdout.fnmatch_lines(
        [
            "*Accessibility problems on */axe.html*",
            "*image-alt*",
            "*WCAG: 1.1.1 Non-text Content (A)*",
            "*at img*",
            "*how to fix: https://*",
            "*accessibility report: *report.json*",
        ]
    )
    assert "test_good_page_passes PASSED" in output or "1 failed, 2 passed" in output
    data = json.loads((report_dir / "report.json").read_text())
    assert [page["url"].rsplit("/", 1)[1] for page in data["pages"]] == ["good.html", "axe.html", "good.html"]
    assert "image-alt" in [rule["rule"] for rule in data["rules"]]
    report = parse((report_dir / "report.html").read_text())
    assert "image-alt" in [text(code) for code in select(report, "section.rule > h3 > code")]


@pytest.mark.slow  # an inner pytest run in a process of its own
def test_missing_browser_is_an_error_not_a_skip(pytester: pytest.Pytester, site: str) -> None:
    pytester.makeconftest(
        """
import a11y_tests.browser as browser


def _absent():
    raise browser.BrowserMissing("chromium not found (test)")


browser.find_chromium = _absent
"""
    )
    pytester.makepyfile(
        test_agency=f"""
def test_page(check_accessibility):
    check_accessibility({site!r} + "/good.html")
"""
    )

    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")

    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*BrowserMissing*chromium not found*"])


@pytest.mark.slow  # an inner pytest run in a process of its own
def test_fixtures_are_listed_under_their_own_names(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_nothing="def test_nothing():\n    pass\n")
    result = pytester.runpytest_subprocess("--fixtures", "-p", "no:cacheprovider")
    output = result.stdout.str()
    assert "a11y_browser [session scope]" in output
    assert "check_accessibility" in output
    assert "--a11y-report" in pytester.runpytest_subprocess("--help").stdout.str()


@pytest.mark.slow  # an inner pytest run in a process of its own
def test_missing_selenium_names_the_extra(pytester: pytest.Pytester, site: str) -> None:
    pytester.makeconftest("import sys\n\nsys.modules['selenium'] = None\n")
    pytester.makepyfile(
        test_agency=f"""
def test_page(check_accessibility):
    check_accessibility({site!r} + "/good.html")
"""
    )

    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")

    result.assert_outcomes(errors=1)
    assert "check_accessibility needs Selenium" in result.stdout.str()
    assert "pip install 'frontdoor[a11y]'" in result.stdout.str()
