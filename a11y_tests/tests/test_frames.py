"""axe-core in every frame and open shadow root of the broken site, each failing element with its frame
path: found by ``check_page``, named by ``frontdoor a11y check`` in its terminal table, its JSON report
and its HTML report; a frame that cannot be checked is reported, never skipped.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote, urlsplit

import pytest
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.remote.switch_to import SwitchTo
from selenium.webdriver.remote.webelement import WebElement

from a11y_tests.axe import FRAME_TESTED, check_page
from a11y_tests.results import FailingNode, Violation
from a11y_tests.tests.test_cli import Outcome, frontdoor
from tests.html import Tag, one, parse, select, text

pytestmark = pytest.mark.browser

# page: the frame path of the image without alt text and the unlabelled field, and their selectors
INSIDE = {
    "frame-same-origin.html": (("#ask-frame",), "img", "input"),
    "frame-cross-origin.html": (("#ask-frame",), "img", "input"),
    "frame-nested.html": (("#outer-frame", "#inner-frame"), "img", "input"),
    "shadow-root.html": ((), "fd-shelf-search >>> img", "fd-shelf-search >>> input"),
}
REFUSED = "frame-refused.html"

# In the page (or a shadow root in it): the element a selector with `>>>` steps names.
_FIND = """
let found = null, root = document;
for (const step of arguments[0].split(' >>> ')) {
  found = root && root.querySelector(step);
  root = found && found.shadowRoot;
}
return found;
"""


def _element(driver: Any, path: tuple[str, ...], target: str) -> WebElement | None:
    """Follow the frame path from the top of the page, then find ``target``; WebDriver is left there."""
    driver.switch_to.default_content()
    for frame in path:
        driver.switch_to.frame(driver.execute_script(_FIND, frame))
    found = driver.execute_script(_FIND, target)
    return found if isinstance(found, WebElement) else None


def _by_rule(violations: list[Violation]) -> dict[str, Violation]:
    return {violation.rule: violation for violation in violations}


@pytest.mark.parametrize("page", sorted(INSIDE))
def test_check_page_finds_bugs_in_frames_and_shadow_roots(browser: Any, broken_site: str, page: str) -> None:
    path, image, field = INSIDE[page]
    found = _by_rule(check_page(browser, f"{broken_site}/{page}"))
    assert set(found) == {"image-alt", "label"}, [str(violation) for violation in found.values()]
    assert browser.execute_script("return window === window.top")  # left in the page's top frame
    for rule, target in (("image-alt", image), ("label", field)):
        [node] = found[rule].nodes
        assert (node.frame, node.target) == (path, target)
        assert node.location == " -> ".join((*path, target))
        element = _element(browser, node.frame, node.target)
        assert element is not None and element.get_attribute("outerHTML") == node.html
    browser.switch_to.default_content()


def test_the_cross_origin_frame_is_from_the_other_server(
    browser: Any, broken_site: str, frame_origin: str
) -> None:
    browser.get(f"{broken_site}/frame-cross-origin.html")
    browser.switch_to.frame(browser.find_element("css selector", "#ask-frame"))
    origin = browser.execute_script("return location.origin")
    browser.switch_to.default_content()
    assert origin == frame_origin != broken_site
    assert urlsplit(origin).port != urlsplit(broken_site).port


def test_the_good_page_passes_with_frames_checked(browser: Any, broken_site: str) -> None:
    assert check_page(browser, f"{broken_site}/good.html") == []


def test_a_frame_whose_page_does_not_load_is_reported(browser: Any, broken_site: str) -> None:
    found = _by_rule(check_page(browser, f"{broken_site}/{REFUSED}"))
    assert set(found) == {FRAME_TESTED}
    [node] = found[FRAME_TESTED].nodes
    assert (node.frame, node.target) == ((), "#map-frame")
    assert "could not be tested" in node.summary and "did not load" in node.summary
    assert found[FRAME_TESTED].impact == "critical"


def test_a_frame_webdriver_cannot_enter_is_reported_and_the_rest_checked(
    browser: Any, broken_site: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    enter = SwitchTo.frame

    def refuse_the_inner_frame(self: SwitchTo, frame_reference: Any) -> None:
        if isinstance(frame_reference, WebElement) and frame_reference.get_attribute("id") == "inner-frame":
            raise WebDriverException("no such frame (made up by this test)")
        enter(self, frame_reference)

    monkeypatch.setattr(SwitchTo, "frame", refuse_the_inner_frame)
    browser.get(f"{broken_site}/frame-nested.html")
    # The outer frame holds an unlabelled field of its own for this test, so its results must show.
    browser.switch_to.frame(browser.find_element("css selector", "#outer-frame"))
    browser.execute_script("document.body.append(document.createElement('input'))")
    browser.switch_to.default_content()
    found = _by_rule(check_page(browser))
    assert set(found) == {FRAME_TESTED, "label"}
    [refused] = found[FRAME_TESTED].nodes
    assert (refused.frame, refused.target) == (("#outer-frame",), "#inner-frame")
    assert "WebDriver could not enter it: WebDriverException" in refused.summary
    [field] = found["label"].nodes
    assert (field.frame, field.target) == (("#outer-frame",), "input")
    assert browser.execute_script("return window === window.top")


_FRAME_IN_SHADOW_ROOTS = """<!DOCTYPE html><html lang="en"><head><title>Frames in shadow roots</title></head>
<body><main><h1>Frames in shadow roots</h1><div id="host"></div><script>
const outer = document.getElementById('host').attachShadow({mode: 'open'});
outer.innerHTML = '<div class="inner"></div>';
const inner = outer.querySelector('.inner').attachShadow({mode: 'open'});
inner.innerHTML = '<iframe title="Map" srcdoc="<!DOCTYPE html><html lang=en><title>Map</title>'
  + '<img src=map.png>"></iframe>';
</script></main></body></html>"""


def test_a_frame_inside_nested_shadow_roots(browser: Any) -> None:
    found = _by_rule(check_page(browser, "data:text/html;charset=utf-8," + quote(_FRAME_IN_SHADOW_ROOTS)))
    assert set(found) == {"image-alt"}
    [node] = found["image-alt"].nodes
    assert (node.frame, node.target) == (("#host >>> .inner >>> iframe",), "img")
    element = _element(browser, node.frame, node.target)
    assert element is not None and element.get_attribute("outerHTML") == node.html
    browser.switch_to.default_content()


_AXE_LOCKED_OUT = (
    '<!DOCTYPE html><html lang="en"><head><title>Locked frame</title></head><body><main><h1>Locked</h1>'
    '<iframe id="locked" title="Locked" srcdoc="<!DOCTYPE html><html lang=en><title>Locked</title>'
    "<script>Object.defineProperty(window, &quot;axe&quot;, {value: undefined});</script>"
    '<img src=a.png>"></iframe></main></body></html>'
)


def test_a_frame_axe_cannot_run_in_is_reported(browser: Any) -> None:
    found = _by_rule(check_page(browser, "data:text/html;charset=utf-8," + quote(_AXE_LOCKED_OUT)))
    assert set(found) == {FRAME_TESTED}
    [node] = found[FRAME_TESTED].nodes
    assert (node.frame, node.target) == ((), "#locked")
    assert "axe-core could not run in it: AxeFailed" in node.summary


_MAKE_LAZY = """
const old = document.getElementById('ask-frame');
const spacer = document.createElement('div');
spacer.style.height = '6000px';
const lazy = document.createElement('iframe');
lazy.id = 'lazy-frame';
lazy.title = old.title;
lazy.loading = 'lazy';
lazy.src = old.src;
old.replaceWith(spacer, lazy);
return lazy.contentDocument.URL;
"""


def test_a_lazy_frame_out_of_view_is_loaded_and_checked(browser: Any, broken_site: str) -> None:
    browser.get(f"{broken_site}/frame-same-origin.html")
    assert browser.execute_script(_MAKE_LAZY) == "about:blank"  # not loaded: far out of view
    found = _by_rule(check_page(browser))
    assert set(found) == {"image-alt", "label"}
    assert {(node.frame, node.target) for node in found["label"].nodes} == {(("#lazy-frame",), "input")}


def test_page_scripts_cannot_break_the_merge(browser: Any, broken_site: str) -> None:
    """A page that takes away what axe's results travel in (compression) or merge with (a working
    ``Promise.all``) is still checked: results are merged in a blank window of our own."""
    browser.get(f"{broken_site}/frame-same-origin.html")
    browser.execute_script("window.CompressionStream = undefined; Promise.all = () => { throw 1; };")
    assert set(_by_rule(check_page(browser))) == {"image-alt", "label"}


def test_the_blank_window_is_kept_and_opened_again_when_closed(browser: Any, broken_site: str) -> None:
    url = f"{broken_site}/shadow-root.html"
    check_page(browser, url)
    page = browser.current_window_handle
    [blank] = [handle for handle in browser.window_handles if handle != page]
    check_page(browser, url)
    assert browser.window_handles == [page, blank] and browser.current_window_handle == page
    browser.switch_to.window(blank)
    browser.close()
    browser.switch_to.window(page)
    assert set(_by_rule(check_page(browser, url))) == {"image-alt", "label"}
    assert len(browser.window_handles) == 2 and browser.current_window_handle == page


# --- the command and its reports ------------------------------------------------------------------


@pytest.fixture(scope="module")
def command(broken_site: str, tmp_path_factory: pytest.TempPathFactory) -> Outcome:
    """``frontdoor a11y check`` with axe alone on the good page and each page with bugs out of reach
    of a check that reads only the page's own document."""
    folder = tmp_path_factory.mktemp("frames")
    pages = ["good.html", *sorted(INSIDE), REFUSED]
    return frontdoor(
        folder,
        *(f"{broken_site}/{page}" for page in pages),
        "--checks",
        "axe",
        "--no-validate",
        "--no-javascript-pass",
        "--json",
        str(folder / "report.json"),
        "--html",
        str(folder / "report.html"),
    )


def _expected_nodes(page: str) -> list[tuple[str, list[str], str]]:
    path, image, field = INSIDE[page]
    return [("image-alt", list(path), image), ("label", list(path), field)]


def test_the_command_exits_1_and_the_good_page_is_clean(command: Outcome) -> None:
    assert command.code == 1, command.stdout + command.stderr
    assert command.rules_of("good.html") == []


@pytest.mark.parametrize("page", sorted(INSIDE))
def test_the_json_report_names_each_elements_frame_path(command: Outcome, page: str) -> None:
    nodes = [
        (violation["rule"], node["frame"], node["target"])
        for violation in command.page(page)["violations"]
        for node in violation["nodes"]
    ]
    assert sorted(nodes) == _expected_nodes(page)


def test_the_json_report_names_the_frame_that_was_not_checked(command: Outcome) -> None:
    [violation] = command.page(REFUSED)["violations"]
    assert violation["rule"] == FRAME_TESTED
    assert [(node["frame"], node["target"]) for node in violation["nodes"]] == [([], "#map-frame")]


def _terminal_elements(stdout: str) -> list[list[str]]:
    """The rows of the terminal's table of failing elements: rule, page, frame path, element."""
    lines = stdout.splitlines()
    start = next(index for index, line in enumerate(lines) if re.match(r"Rule\s+Page\s+Frame path", line))
    rows = []
    for line in lines[start + 2 :]:
        if not line.strip():
            break
        rows.append(re.split(" {2,}", line))
    return rows


def test_the_terminal_table_names_each_elements_frame_path(command: Outcome, broken_site: str) -> None:
    rows = _terminal_elements(command.stdout)
    expected = [
        [rule, f"{broken_site}/{page}", " -> ".join(path) or "-", target]
        for page in INSIDE
        for rule, path, target in _expected_nodes(page)
    ]
    expected.append([FRAME_TESTED, f"{broken_site}/{REFUSED}", "-", "#map-frame"])
    assert sorted(rows) == sorted(expected)


def _html_rows(report: Tag, rule: str, url: str) -> list[tuple[list[str], str]]:
    """The frame path and element of each failing element the HTML report shows for ``rule`` on ``url``."""
    section = one(report, f"section[aria-labelledby='rule-{rule}']")
    rows = []
    for heading in section.select("h4"):
        link = heading.find_next_sibling("p")
        if link is None or text(link) != url:
            continue
        table = link.find_next_sibling("table")
        assert isinstance(table, Tag)
        for row in table.select("tbody tr"):
            frame_cell, element_cell = row.select("td")[:2]
            frames = [text(code) for code in frame_cell.select("ol.frame-path > li > code")]
            assert frames or text(frame_cell) == "The page itself"
            rows.append((frames, text(element_cell)))
    return rows


@pytest.mark.parametrize("page", sorted(INSIDE))
def test_the_html_report_names_each_elements_frame_path(
    command: Outcome, broken_site: str, page: str
) -> None:
    report = parse((command.folder / "report.html").read_text())
    url = f"{broken_site}/{page}"
    for rule, path, target in _expected_nodes(page):
        assert _html_rows(report, rule, url) == [(path, target)]


def test_the_html_report_names_the_frame_that_was_not_checked(command: Outcome, broken_site: str) -> None:
    report = parse((command.folder / "report.html").read_text())
    assert _html_rows(report, FRAME_TESTED, f"{broken_site}/{REFUSED}") == [([], "#map-frame")]
    summary = [text(code) for code in select(report, "main > table")[0].select("tbody th code")]
    assert FRAME_TESTED in summary


def test_failing_node_location_joins_frames_and_shadow_steps() -> None:
    node = FailingNode("fd-card >>> input", "<input>", "No label", ("#outer", "fd-embed >>> iframe"))
    assert node.location == "#outer -> fd-embed >>> iframe -> fd-card >>> input"
    assert FailingNode("img", "<img>", "No alt").location == "img"
