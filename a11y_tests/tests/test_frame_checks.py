"""Our checks beyond axe inside frames: keyboard, page basics, reflow, text spacing and no-JavaScript
find bugs inside same-origin, cross-origin and nested frames and name their frame path; good pages with
good frames pass every check; each check records which frames it checked and which it could not enter.
"""

from __future__ import annotations

from collections.abc import Iterator
from html import escape
from typing import Any
from urllib.parse import quote

import pytest
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.remote.switch_to import SwitchTo
from selenium.webdriver.remote.webelement import WebElement
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.routing import Route

from a11y_tests.axe import Violation, check_page
from a11y_tests.browser import start_browser
from a11y_tests.checks import BROWSER_CHECKS, check_keyboard, check_without_javascript
from a11y_tests.checks._focus import TabWalker
from a11y_tests.checks._frames import frame_coverage
from a11y_tests.results import FRAME_WORK
from a11y_tests.runner import check_page_in_browser
from tests.servers import serve

pytestmark = pytest.mark.browser

FRAME_CHECKS = ("keyboard", "page-basics", "reflow", "text-spacing", "no-javascript")

# page, check, rule, frame path, target of the element named
CAUGHT_IN_FRAMES = [
    ("frame-keyboard-trap.html", "keyboard", "keyboard-trap", ("#search-frame",), "#trap"),
    ("frame-focus-style.html", "keyboard", "focus-visible", ("#hours-frame",), "a.bare-focus"),
    ("frame-wide.html", "reflow", "reflow", ("#fees-frame",), "div.wide-box"),
    ("frame-basics.html", "page-basics", "page-title", (), "#news-frame"),
    ("frame-basics.html", "page-basics", "html-lang", ("#news-frame",), "html"),
]

# Every rule of our checks each page with frames breaks (the axe bugs in frames are test_frames.py's).
EXPECTED_RULES = {
    "good.html": set(),
    "frame-good.html": set(),
    "frame-inert.html": set(),
    "frame-same-origin.html": set(),
    "frame-cross-origin.html": set(),
    "frame-nested.html": set(),
    "frame-refused.html": set(),
    "frame-keyboard-trap.html": {"keyboard-trap"},
    "frame-focus-style.html": {"focus-visible"},
    "frame-wide.html": {"reflow"},
    "frame-basics.html": {"page-title", "html-lang"},
}


@pytest.fixture(scope="module")
def site(broken_site: str) -> str:
    """The deliberately broken site on loopback, its cross-origin frame on another port."""
    return broken_site


_FRAMING_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>A framed page</title></head>
<body><main><h1>A framed page</h1>
<iframe id="other" src="{src}" title="Framed page" width="300" height="200"></iframe>
<p><a href="/">After the frame</a></p></main></body></html>
"""


@pytest.fixture(scope="module")
def framing(frame_origin: str) -> Iterator[str]:
    """A server on a third loopback port whose page ``/?src=<path>`` shows ``frame_origin``'s page at
    ``path`` in a frame: a cross-origin frame."""

    async def page(request: Request) -> HTMLResponse:
        source = f"{frame_origin}/{request.query_params.get('src', '')}"
        html = _FRAMING_PAGE.format(src=escape(source))
        if request.query_params.get("lazy"):  # the frame far below the fold, loaded only when near
            html = html.replace("<iframe ", '<div style="height: 20000px"></div><iframe loading="lazy" ')
        return HTMLResponse(html)

    with serve(Starlette(routes=[Route("/", page)])) as url:
        yield url


# page of the other origin shown in a frame, check, rule, target of the element named inside the frame
CAUGHT_IN_CROSS_ORIGIN_FRAMES = [
    ("frames/trap.html", "keyboard", "keyboard-trap", "#trap"),
    ("frames/hours.html", "keyboard", "focus-visible", "a.bare-focus"),
    ("unreachable.html", "keyboard", "keyboard-unreachable", "#main > p:nth-of-type(2) > a"),
    ("frames/wide.html", "reflow", "reflow", "div.wide-box"),
    ("clipped-text.html", "text-spacing", "text-spacing", "p.clip-box"),
    ("frames/no-lang.html", "page-basics", "html-lang", "html"),
    ("needs-js.html", "no-javascript", "no-js-form-submit", "body > aside > form"),
]


@pytest.fixture(scope="module")
def driver() -> Iterator[Any]:
    """One headless Chromium for this module."""
    browser = start_browser()
    try:
        yield browser
    finally:
        browser.quit()


def _run(driver: Any, url: str, name: str) -> list[Violation]:
    driver.get(url)
    if name == "no-javascript":
        return check_without_javascript(driver, url)
    return BROWSER_CHECKS[name](driver)


@pytest.mark.parametrize(("page", "check", "rule", "frame", "target"), CAUGHT_IN_FRAMES)
def test_check_catches_its_bug_inside_a_frame(
    driver: Any, site: str, page: str, check: str, rule: str, frame: tuple[str, ...], target: str
) -> None:
    found = {violation.rule: violation for violation in _run(driver, f"{site}/{page}", check)}
    assert rule in found, f"{check} missed {rule} on {page}: {list(found)}"
    assert (frame, target) in [(node.frame, node.target) for node in found[rule].nodes]
    assert driver.execute_script("return window === window.top")  # left in the page, not a frame


@pytest.mark.parametrize(("page", "check", "rule", "target"), CAUGHT_IN_CROSS_ORIGIN_FRAMES)
def test_check_catches_its_bug_inside_a_cross_origin_frame(
    driver: Any, framing: str, page: str, check: str, rule: str, target: str
) -> None:
    found = {violation.rule: violation for violation in _run(driver, f"{framing}/?src={quote(page)}", check)}
    assert rule in found, f"{check} missed {rule} in a cross-origin frame: {list(found)}"
    assert (("#other",), target) in [(node.frame, node.target) for node in found[rule].nodes]
    assert frame_coverage(driver)[check].entered == [("#other",)]


@pytest.mark.parametrize("page", sorted(EXPECTED_RULES))
def test_each_framed_page_breaks_only_its_own_rules(driver: Any, site: str, page: str) -> None:
    rules: set[str] = set()
    for name in [*BROWSER_CHECKS, "no-javascript"]:
        rules |= {violation.rule for violation in _run(driver, f"{site}/{page}", name)}
    assert rules == EXPECTED_RULES[page]


def test_good_page_with_a_good_frame_passes_axe_too(driver: Any, site: str) -> None:
    assert check_page(driver, f"{site}/frame-good.html") == []


@pytest.mark.parametrize("name", FRAME_CHECKS)
def test_each_check_says_which_frames_it_checked(driver: Any, site: str, name: str) -> None:
    _run(driver, f"{site}/frame-nested.html", name)
    coverage = frame_coverage(driver)[name]
    assert coverage.entered == [("#outer-frame",), ("#outer-frame", "#inner-frame")]
    assert coverage.not_entered == []
    assert coverage.summary() == "checked inside 2 frame(s)"
    assert FRAME_WORK[name]
    _run(driver, f"{site}/good.html", name)
    assert frame_coverage(driver)[name].summary() == "no frames on the page"


@pytest.mark.parametrize("name", FRAME_CHECKS)
def test_a_frame_showing_an_error_page_is_reported_not_skipped(driver: Any, site: str, name: str) -> None:
    _run(driver, f"{site}/frame-refused.html", name)
    coverage = frame_coverage(driver)[name]
    assert [path for path, _ in coverage.not_entered] == [("#map-frame",)]
    assert "error page" in coverage.not_entered[0][1]
    assert "frames not entered: #map-frame" in coverage.summary()


def test_a_frame_webdriver_cannot_enter_is_reported(
    driver: Any, site: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    enter = SwitchTo.frame

    def refuse(self: SwitchTo, frame: Any) -> None:
        if isinstance(frame, WebElement) and frame.get_attribute("id") == "search-frame":
            raise WebDriverException("no such frame")
        enter(self, frame)

    monkeypatch.setattr(SwitchTo, "frame", refuse)
    driver.get(f"{site}/frame-keyboard-trap.html")
    check_keyboard(driver)  # Tab still goes through the frame; the check does not break
    coverage = frame_coverage(driver)["keyboard"]
    assert coverage.entered == []
    assert coverage.not_entered[0][0] == ("#search-frame",)
    assert "WebDriver could not enter it" in coverage.not_entered[0][1]


@pytest.mark.parametrize("page", ["frame-cross-origin.html", "frame-nested.html"])
def test_tab_goes_into_a_frame_and_out_again(driver: Any, site: str, page: str) -> None:
    driver.get(f"{site}/{page}")
    with TabWalker(driver) as walker:
        run = walker.walk()
    reached = [run.elements[element] for element in run.reached()]
    framed = [info for info in reached if info["frame"] and info["tag"] == "input"]
    assert framed, "Tab never reached the field inside the frame"
    frame_rank = framed[0]["rank"]
    # After the frame, Tab comes back to the page: the footer link after the frame is reached.
    assert any(not info["frame"] and info["rank"] > frame_rank and info["tag"] == "a" for info in reached)
    assert driver.execute_script("return window === window.top && window.__fdFocus === undefined")


def test_the_runner_keeps_each_checks_frame_coverage(driver: Any, site: str) -> None:
    result = check_page_in_browser(driver, f"{site}/frame-refused.html", ["axe", *BROWSER_CHECKS])
    covered = {line.split(":", 1)[0]: line for line in result.frames}
    assert set(covered) == set(FRAME_CHECKS)
    assert all("frames not entered: #map-frame" in line for line in covered.values())
    assert check_page_in_browser(driver, f"{site}/good.html", ["keyboard"]).frames == ()


@pytest.mark.parametrize("name", ["page-basics", "reflow"])
def test_a_lazy_frame_far_out_of_view_is_loaded_and_checked(driver: Any, framing: str, name: str) -> None:
    found = _run(driver, f"{framing}/?lazy=1&src={quote('frames/no-lang.html')}", name)
    assert frame_coverage(driver)[name].entered == [("#other",)]
    if name == "page-basics":
        assert [(n.frame, n.target) for v in found for n in v.nodes] == [(("#other",), "html")]


def test_tab_is_not_expected_inside_an_inert_frame(driver: Any, site: str) -> None:
    # A frame inside an inert picture: no one can reach it, so its form is not "never reached".
    assert _run(driver, f"{site}/frame-inert.html", "keyboard") == []
    assert frame_coverage(driver)["keyboard"].entered == [("#picture-frame",)]
