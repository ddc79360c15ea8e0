"""Check many pages with one browser: axe-core, the browser checks, the no-JavaScript pass, HTML validity.

:func:`check_pages` is the engine behind the ``frontdoor a11y check`` command and the pytest plugin.
It talks to the site only over HTTP and through the browser, so it works on any site it can reach.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from html import escape
from typing import Any

from a11y_tests import wcag
from a11y_tests.axe import axe_script_version, check_page
from a11y_tests.checks import BROWSER_CHECKS, check_without_javascript, frame_coverage, page_title
from a11y_tests.crawl import fetch, fetch_page
from a11y_tests.progress import ProgressCallback
from a11y_tests.results import FailingNode, Violation

AXE = "axe"
NO_JAVASCRIPT = "no-javascript"
HTML_VALIDATION = "html-validation"
TITLE_RULE = "page-title-unique"
DEFAULT_CHECKS: tuple[str, ...] = (AXE, *BROWSER_CHECKS)
"""Every in-browser check: axe-core first, then each of ``BROWSER_CHECKS`` in its order."""
READ_ONLY_CHECKS = frozenset({AXE, "page-basics", "reflow", "text-spacing"})
"""Checks that leave the page as they found it: the next check needs no fresh load after them."""
SELF_LOADING_CHECKS = frozenset({"reduced-motion"})
"""Checks that reload the page themselves (under their own emulation): no fresh load before them."""


@dataclass(frozen=True)
class PageResult:
    """What the checks found on one page; ``seconds`` is the time its in-browser checks took."""

    url: str
    title: str
    violations: tuple[Violation, ...]
    seconds: float
    errors: tuple[str, ...] = ()
    """Checks that could not run on this page (the browser crashed, a script timed out...)."""
    lang: str = ""
    """The page's language (``<html lang>``): the same page in two languages may share a title."""
    frames: tuple[str, ...] = ()
    """On a page with frames, what each of our checks covered inside them, one line a check:
    ``keyboard: checked inside 2 frame(s); frames not entered: #map (why)`` (``frame_coverage``)."""

    @property
    def clean(self) -> bool:
        """True when the page broke no rule and every check ran."""
        return not self.violations and not self.errors

    @property
    def rules(self) -> tuple[str, ...]:
        """The rules broken on this page, in the order found."""
        return tuple(dict.fromkeys(violation.rule for violation in self.violations))

    @property
    def node_count(self) -> int:
        """How many failing elements (or HTML errors) the page has, over all its violations."""
        return sum(max(len(violation.nodes), 1) for violation in self.violations)


@dataclass(frozen=True)
class RunResult:
    """A whole run: each page's result, when it ran, and what ran (checks and tool versions)."""

    pages: tuple[PageResult, ...]
    started: datetime
    finished: datetime
    axe_version: str
    checks_run: tuple[str, ...]
    vnu_version: str = ""
    browser_version: str = ""

    @property
    def seconds(self) -> float:
        """The run's wall-clock time."""
        return (self.finished - self.started).total_seconds()

    @property
    def page_count(self) -> int:
        """How many pages were checked."""
        return len(self.pages)

    @property
    def pages_with_violations(self) -> int:
        """How many pages broke at least one rule."""
        return sum(1 for page in self.pages if page.violations)

    @property
    def violation_count(self) -> int:
        """Rules broken, counted once per page."""
        return sum(len(page.violations) for page in self.pages)

    @property
    def node_count(self) -> int:
        """Failing elements (and HTML errors) over all pages."""
        return sum(page.node_count for page in self.pages)

    @property
    def rules(self) -> tuple[str, ...]:
        """Every rule broken anywhere in the run, in the order first found."""
        return tuple(dict.fromkeys(rule for page in self.pages for rule in page.rules))

    @property
    def error_count(self) -> int:
        """Checks that could not run, over all pages."""
        return sum(len(page.errors) for page in self.pages)

    @property
    def clean(self) -> bool:
        """True when no page broke a rule and every check ran."""
        return all(page.clean for page in self.pages)


def available_checks() -> tuple[str, ...]:
    """The names ``checks`` may hold: ``axe`` and each of ``BROWSER_CHECKS``."""
    return (AXE, *BROWSER_CHECKS)


def resolve_checks(checks: Iterable[str]) -> tuple[str, ...]:
    """The check names, without repeats; ``ValueError`` naming the known ones for an unknown name."""
    names = tuple(dict.fromkeys(name.strip() for name in checks if name.strip()))
    unknown = [name for name in names if name not in available_checks()]
    if unknown:
        raise ValueError(
            f"unknown check {', '.join(map(repr, unknown))}: choose from {', '.join(available_checks())}"
        )
    return names


def _run_check(name: str, driver: Any) -> list[Violation]:
    if name == AXE:
        return check_page(driver)
    return list(BROWSER_CHECKS[name](driver))


def check_page_in_browser(
    driver: Any,
    url: str,
    checks: Sequence[str],
    *,
    javascript_off_pass: bool = True,
    submit_forms: bool = False,
) -> PageResult:
    """Open ``url`` and run each named check on it, then the no-JavaScript pass.

    A check that presses keys or changes styles can leave the page changed (focus moved, a page script
    woken), so the page is loaded afresh before the next check, except after a check that only reads
    (``READ_ONLY_CHECKS``) and before one that reloads it itself (``SELF_LOADING_CHECKS``). A check
    that raises is recorded in ``errors`` and the others still run: one bad page should not stop a
    run of hundreds.
    """
    began = time.perf_counter()
    violations: list[Violation] = []
    errors: list[str] = []
    frames: list[str] = []
    title = lang = ""
    fresh = False  # is the page as a plain load left it?
    for index, name in enumerate(checks):
        try:
            if index == 0 or driver.current_url != url:
                driver.get(url)
                fresh = True
            elif not fresh and name not in SELF_LOADING_CHECKS:
                driver.refresh()
                fresh = True
            if index == 0:
                title, lang = page_title(driver), _page_lang(driver)
            violations += _run_check(name, driver)
            if (coverage := frame_coverage(driver).get(name)) and coverage.has_frames:
                frames.append(f"{name}: {coverage.summary()}")
        except Exception as error:  # reported with the page; the run goes on
            errors.append(f"{name}: {type(error).__name__}: {_first_line(error)}")
        fresh = fresh and name in READ_ONLY_CHECKS
    if not checks:
        try:
            driver.get(url)
            title, lang = page_title(driver), _page_lang(driver)
        except Exception as error:  # reported with the page
            errors.append(f"title: {type(error).__name__}: {_first_line(error)}")
    if javascript_off_pass:
        try:
            violations += check_without_javascript(driver, url, submit_forms=submit_forms)
            if (coverage := frame_coverage(driver).get(NO_JAVASCRIPT)) and coverage.has_frames:
                frames.append(f"{NO_JAVASCRIPT}: {coverage.summary()}")
        except Exception as error:  # reported with the page
            errors.append(f"{NO_JAVASCRIPT}: {type(error).__name__}: {_first_line(error)}")
    seconds = time.perf_counter() - began
    return PageResult(url, title, tuple(violations), seconds, tuple(errors), lang, tuple(frames))


def _page_lang(driver: Any) -> str:
    return str(driver.execute_script("return document.documentElement.lang || ''") or "")


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else ""


def titles_unique(pages: Sequence[PageResult]) -> list[PageResult]:
    """``pages``, with a ``page-title-unique`` violation on each page whose title another page shares.

    Titles are compared within a language (the same page in English and Spanish may share a title),
    with their white space collapsed and case folded; empty titles are left to
    axe-core's ``document-title`` rule. WCAG 2.4.2 Page Titled asks that a title describe the page's
    topic or purpose; two different pages with the same title cannot both do that, which is why the
    violation carries the 2.4.2 tags.
    """

    def key(page: PageResult) -> tuple[str, str]:
        return page.lang.casefold(), " ".join(page.title.split()).casefold()

    sharing: dict[tuple[str, str], list[str]] = {}
    for page in pages:
        if key(page)[1]:
            sharing.setdefault(key(page), []).append(page.url)
    checked = []
    for page in pages:
        urls = sharing.get(key(page), [])
        others = [url for url in urls if url != page.url]
        if not others:
            checked.append(page)
            continue
        shown = ", ".join(others[:5]) + (f" and {len(others) - 5} more" if len(others) > 5 else "")
        violation = Violation(
            rule=TITLE_RULE,
            impact="moderate",
            description="Each page should have a title of its own that says what the page is for",
            help_url=wcag.rule(TITLE_RULE).help,
            tags=wcag.rule(TITLE_RULE).tags,
            nodes=(
                FailingNode(
                    target="title",
                    html=f"<title>{escape(page.title, quote=False)}</title>",
                    summary=f"The same title is used by {len(others)} other page(s): {shown}",
                ),
            ),
            source="frontdoor",
        )
        checked.append(replace(page, violations=(*page.violations, violation)))
    return checked


def _start_browsers(count: int) -> list[Any]:
    from a11y_tests.browser import start_browser

    started: list[Any] = []
    try:
        for _ in range(count):
            started.append(start_browser())
    except BaseException:
        for each in started:
            each.quit()
        raise
    return started


def _browser_version(driver: Any) -> str:
    try:
        capabilities = driver.capabilities or {}
    except Exception:  # a version is a nicety
        return ""
    return str(capabilities.get("browserVersion") or capabilities.get("version") or "")


def check_pages(
    urls: Iterable[str],
    *,
    checks: Iterable[str] = DEFAULT_CHECKS,
    driver: Any = None,
    javascript_off_pass: bool = True,
    validate: bool = True,
    submit_forms: bool = False,
    site_checks: bool = True,
    progress: ProgressCallback | None = None,
    browsers: int = 1,
    error_pages: bool = False,
) -> RunResult:
    """Check each page in ``urls`` with one browser and return the typed results.

    On each page: axe-core and the selected ``BROWSER_CHECKS`` (``checks``), then, with
    ``javascript_off_pass``, the no-JavaScript check (``submit_forms`` lets it submit the page's
    forms). Each page's HTML as served is fetched over HTTP, and with ``validate`` all of them go
    through the Nu HTML Checker in one run at the end. With ``site_checks``, pages of the run that
    share a title get a ``page-title-unique`` violation.

    ``driver`` is reused when given (and left open); otherwise ``browsers`` headless Chromiums are
    started, share the pages between them, and are quit at the end (page loads are CPU-bound: more
    browsers than cores gain little). ``progress(done, total, label)`` is called
    before each page and before the HTML validation. With ``error_pages``, a page that answers with
    an error status (a 404 page, which must be accessible too) is checked like any other. With
    ``validate``, raises ``PageUnavailable`` for a page that does not answer with HTML (or, without
    ``error_pages``, with an error status). Raises ``ValueError`` for an unknown check,
    ``BrowserMissing`` and ``ValidatorMissing`` for a missing tool.
    """
    pages_to_check = list(dict.fromkeys(urls))
    names = resolve_checks(checks)
    started = datetime.now(UTC)
    report = progress or (lambda done, total, label: None)
    total = len(pages_to_check)
    if validate:
        from a11y_tests.html_validation import ensure_validator

        ensure_validator()  # fail before the browser work, not after it
    drivers = [driver] if driver is not None else _start_browsers(max(1, min(browsers, total)))
    raw: dict[str, bytes] = {}
    done = iter(range(total))
    lock = threading.Lock()
    free: queue.SimpleQueue[Any] = queue.SimpleQueue()
    for each in drivers:
        free.put(each)

    def check_one(url: str) -> PageResult:
        with lock:
            report(next(done), total, url)
        if validate:  # the HTML as served, for the checker; the browser has its own copy
            raw[url] = (fetch(url) if error_pages else fetch_page(url)).body
        browser = free.get()
        try:
            return check_page_in_browser(
                browser, url, names, javascript_off_pass=javascript_off_pass, submit_forms=submit_forms
            )
        finally:
            free.put(browser)

    try:
        with ThreadPoolExecutor(max_workers=len(drivers)) as pool:
            results = list(pool.map(check_one, pages_to_check))
        browser_version = _browser_version(drivers[0])
    finally:
        if driver is None:
            for each in drivers:
                each.quit()
    ran = list(names) + ([NO_JAVASCRIPT] if javascript_off_pass else [])
    vnu = ""
    if validate and raw:
        from a11y_tests.html_validation import validate_html, vnu_version

        report(total, total, "validating the HTML (Nu HTML Checker)")
        found = validate_html(raw)
        results = [replace(page, violations=(*page.violations, *found[page.url])) for page in results]
        ran.append(HTML_VALIDATION)
        vnu = vnu_version()
    if site_checks:
        results = titles_unique(results)
        ran.append(TITLE_RULE)
    report(total, total, "done")
    return RunResult(
        pages=tuple(results),
        started=started,
        finished=datetime.now(UTC),
        axe_version=axe_script_version(),
        checks_run=tuple(ran),
        vnu_version=vnu,
        browser_version=browser_version,
    )
