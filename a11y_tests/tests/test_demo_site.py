"""Every page of the demo site, in every language, checked in headless Chromium.

- In all twelve languages, every page but the single-example previews (home, gallery, each component
  page, which shows the examples of the component live or in a frame, the feedback, admin and
  accessibility pages, the 404 page), plus the previews of the examples a component page links to
  instead of showing: axe-core (WCAG 2.0, 2.1 and 2.2 A and AA, and best practice), the page
  basics, reflow at 320 px and text spacing. So every example is checked in every language.
- Every page including each example's own preview, in English and Arabic (left to right and right
  to left): the same checks, and keyboard use with visible focus, forced colours, reduced motion,
  and the no-JavaScript pass with every form submitted.
- The HTML of every page, previews included, in every language, through the Nu HTML Checker in one
  run; and a title of its own per page within each language.

The sweeps check the pages of the tests selected in this run only (``-k``, a node id), all of them
in a full run, in ``BROWSERS`` browsers at once.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator
from types import SimpleNamespace
from typing import Any

import pytest
from bs4 import BeautifulSoup, SoupStrainer

from a11y_tests.crawl import fetch
from a11y_tests.html_validation import validate_html, vnu_version
from a11y_tests.plugin import format_failure
from a11y_tests.runner import TITLE_RULE, PageResult, check_pages, titles_unique
from a11y_tests.tests.demo_pages import demo_paths, own_page_previews
from demo_site.conformance import Evidence
from i18n.locales import LOCALES
from tests.html import Tag, text

BROWSERS = 3  # page loads are CPU-bound: more browsers than cores gain little
EVERY_LANGUAGE_CHECKS = ("axe", "page-basics", "text-spacing", "reflow")
LAYOUT_LANGUAGES = ("en", "ar")
LAYOUT_CHECKS = ("keyboard", "forced-colors", "reduced-motion")


def pages(languages: tuple[str, ...] | None = None, *, previews: bool = True) -> list[Any]:
    """Params for every demo page in the given languages (default: all), with or without previews."""
    return [
        pytest.param(info.url_prefix + path, id=f"{code}:{path}")
        for code, info in LOCALES.items()
        if languages is None or code in languages
        for path in demo_paths()
        if previews or not path.endswith("/preview")
    ]


# Previews in English and Arabic; those of examples not shown on their component page, in every language.
UNSHOWN = set(own_page_previews())
EVERY_LANGUAGE_PAGES = pages(previews=False) + [
    param
    for param in pages()
    if param.values[0].endswith("/preview")
    and (param.id.split(":", 1)[0] in LAYOUT_LANGUAGES or param.id.split(":", 1)[1] in UNSHOWN)
]


def assert_clean(page: PageResult) -> None:
    assert page.clean, format_failure(page)


def selected_paths(items: Iterable[object], fixture: str) -> list[str]:
    """The ``path`` param of each of ``items`` (the tests selected in this run) that uses ``fixture``,
    in run order."""
    paths: dict[str, None] = {}
    for item in items:
        callspec = getattr(item, "callspec", None)
        if callspec and "path" in callspec.params and fixture in getattr(item, "fixturenames", ()):
            paths[callspec.params["path"]] = None
    return list(paths)


def sweep(
    demo_url: str, paths: list[str], checks: tuple[str, ...], evidence: Evidence, **options: Any
) -> dict[str, PageResult]:
    """Check every path with ``BROWSERS`` browsers at once; the results by path, also recorded as the
    conformance report's evidence."""
    run = check_pages(
        [demo_url + path for path in paths],
        checks=checks,
        site_checks=False,
        browsers=BROWSERS,
        error_pages=True,  # the 404 page is checked too
        **options,
    )
    evidence.tools.update({"axe-core": run.axe_version, "Chromium": run.browser_version})
    found = {page.url.removeprefix(demo_url): page for page in run.pages}
    # axe runs on every page, and the no-JavaScript pass unless it is turned off.
    ran = {"axe", *checks} | ({"no-javascript"} if options.get("javascript_off_pass", True) else set())
    for path, page in found.items():
        problems = [(violation.rule, violation.wcag_criteria) for violation in page.violations]
        evidence.record(path, sorted(ran), problems, sorted(ran) if page.errors else [])
    return found


@pytest.fixture(scope="module")
def evidence() -> Iterator[Evidence]:
    """What this module's sweeps checked, written when they are done for the conformance report."""
    found = Evidence(date=datetime.date.today().isoformat())
    yield found
    if found.components:
        found.write()


@pytest.fixture(scope="module")
def every_language(
    demo_url: str, request: pytest.FixtureRequest, evidence: Evidence
) -> dict[str, PageResult]:
    """axe, page basics, reflow and text spacing on each selected page of ``EVERY_LANGUAGE_PAGES``."""
    paths = selected_paths(request.session.items, "every_language")
    return sweep(demo_url, paths, EVERY_LANGUAGE_CHECKS, evidence, javascript_off_pass=False, validate=False)


@pytest.fixture(scope="module")
def layout(demo_url: str, request: pytest.FixtureRequest, evidence: Evidence) -> dict[str, PageResult]:
    """Keyboard, forced colours, reduced motion and no JavaScript (forms sent) on each selected page in
    English and Arabic."""
    paths = selected_paths(request.session.items, "layout")
    return sweep(demo_url, paths, LAYOUT_CHECKS, evidence, submit_forms=True, validate=False)


@pytest.mark.browser
@pytest.mark.parametrize("path", EVERY_LANGUAGE_PAGES)
def test_page_in_every_language(every_language: dict[str, PageResult], path: str) -> None:
    assert_clean(every_language[path])


@pytest.mark.browser
@pytest.mark.parametrize("path", pages(LAYOUT_LANGUAGES))
def test_page_by_keyboard_in_forced_colours_with_less_motion_and_without_javascript(
    layout: dict[str, PageResult], path: str
) -> None:
    assert_clean(layout[path])


@pytest.fixture(scope="module")
def served_html(demo_url: str) -> dict[str, bytes]:
    """Every page in every language, previews included, as the server sends it."""
    return {param.values[0]: fetch(demo_url + param.values[0]).body for param in pages()}


@pytest.mark.browser  # the HTML checker runs in Java
@pytest.mark.slow  # and every page is fetched over HTTP
def test_every_page_in_every_language_is_valid_html(
    served_html: dict[str, bytes], evidence: Evidence
) -> None:
    found = validate_html(served_html)  # one run of the checker for all of them
    for path, violations in found.items():
        evidence.record(path, ["html-validation"], [(v.rule, v.wcag_criteria) for v in violations])
    evidence.tools["Nu HTML Checker"] = vnu_version()
    broken = {path: violations for path, violations in found.items() if violations}
    report = "\n".join(
        f"{path}: {violation}" for path, violations in broken.items() for violation in violations
    )
    assert not broken, f"{len(broken)} of {len(served_html)} pages have HTML errors:\n{report}"


@pytest.mark.slow  # every page in every language is fetched over HTTP
def test_each_page_has_a_title_of_its_own_in_each_language(served_html: dict[str, bytes]) -> None:
    """Within one language, no two pages (previews included) share a title."""
    results = [PageResult(path, served_title(html), (), 0.0) for path, html in served_html.items()]
    for code, info in LOCALES.items():
        in_language = [page for page in results if page.url.startswith(info.url_prefix + "/")]
        shared = [page for page in titles_unique(in_language) if TITLE_RULE in page.rules]
        assert len(in_language) == len(demo_paths())
        assert not shared, f"{code}: " + "; ".join(f"{page.url}: {page.title!r}" for page in shared)


def served_title(html: bytes) -> str:
    """The document's title (its first ``title`` element), with white space collapsed."""
    title = BeautifulSoup(html, "html.parser", parse_only=SoupStrainer("title")).find("title")
    return text(title) if isinstance(title, Tag) else ""


def test_the_checks_catch_a_broken_page(browser: Any, demo_url: str) -> None:
    """The same checks fail a page of ours once it is broken: an image without alt text, an
    unlabelled field and a second h1. (Each check's own tests break pages in every other way.)"""
    from a11y_tests.axe import check_page
    from a11y_tests.checks import check_page_basics

    browser.get(demo_url + "/en/")
    breakage = '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input type="text"><h1>Second</h1>'
    browser.execute_script(
        "document.querySelector('main').insertAdjacentHTML('beforeend', arguments[0])", breakage
    )
    rules = {violation.rule for violation in check_page(browser)}
    assert {"image-alt", "label"} <= rules
    assert "page-h1" in {violation.rule for violation in check_page_basics(browser)}


def test_a_sweep_checks_only_the_pages_of_the_selected_tests() -> None:
    def item(path: str, fixture: str) -> SimpleNamespace:
        return SimpleNamespace(callspec=SimpleNamespace(params={"path": path}), fixturenames=[fixture])

    items = [
        item("/en/", "every_language"),
        item("/ar/", "layout"),
        item("/es/", "every_language"),
        SimpleNamespace(fixturenames=["every_language"]),  # a test without a path param
        item("/en/", "every_language"),
    ]
    assert selected_paths(items, "every_language") == ["/en/", "/es/"]
    assert selected_paths(items, "layout") == ["/ar/"]
