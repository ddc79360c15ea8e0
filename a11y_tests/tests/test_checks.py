"""Each browser check catches its bug on the broken site, passes the good page, and cleans up after itself."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest

from a11y_tests.axe import Violation, check_page
from a11y_tests.browser import start_browser
from a11y_tests.checks import (
    BROWSER_CHECKS,
    check_keyboard,
    check_reflow,
    check_without_javascript,
    page_title,
)

pytestmark = pytest.mark.browser  # every test here drives its own headless Chromium

IMPACTS = {"minor", "moderate", "serious", "critical"}

# page, check, rule, a selector of the element the check must name
CAUGHT = [
    ("no-focus-style.html", "keyboard", "focus-visible", "a.bare-focus"),
    ("keyboard-trap.html", "keyboard", "keyboard-trap", "#trap"),
    ("unreachable.html", "keyboard", "keyboard-unreachable", 'a[tabindex="-1"]'),
    ("tab-order.html", "keyboard", "focus-order", 'a[tabindex="1"]'),
    ("wide.html", "reflow", "reflow", ".wide-box"),
    ("clipped-text.html", "text-spacing", "text-spacing", ".clip-box"),
    ("forced-colors.html", "forced-colors", "forced-colors-boundary", ".flat-button"),
    ("forced-colors.html", "forced-colors", "forced-colors-focus", ".flat-button"),
    ("motion.html", "reduced-motion", "reduced-motion", ".spinner"),
    ("basics.html", "page-basics", "page-title", "title"),
    ("basics.html", "page-basics", "html-lang", "html"),
    ("basics.html", "page-basics", "page-h1", "h1"),
    ("basics.html", "page-basics", "heading-levels", "h3"),
]

# page, rule, selector, whether to send forms
CAUGHT_WITHOUT_JS = [
    ("needs-js.html", "no-js-content", "main", False),
    ("needs-js.html", "no-js-control", "#renew-all", False),
    ("needs-js.html", "no-js-form-submit", "aside form", False),
    ("form-500.html", "no-js-form-error", "main form", True),
]

# Every rule each broken page breaks, across all our checks: one bug per page.
EXPECTED_RULES = {
    "good.html": set(),
    "index.html": set(),
    "form-500.html": {"no-js-form-error"},
    "axe.html": set(),
    "no-focus-style.html": {"focus-visible"},
    "keyboard-trap.html": {"keyboard-trap"},
    "unreachable.html": {"keyboard-unreachable"},
    "tab-order.html": {"focus-order"},
    "wide.html": {"reflow"},
    "clipped-text.html": {"text-spacing"},
    "forced-colors.html": {"forced-colors-boundary", "forced-colors-focus"},
    "motion.html": {"reduced-motion"},
    "basics.html": {"page-title", "html-lang", "page-h1", "heading-levels"},
    "needs-js.html": {"no-js-content", "no-js-control", "no-js-form-submit"},
    # Their bugs sit in frames and a shadow root, for axe (test_frames.py).
    "frame-same-origin.html": set(),
    "frame-cross-origin.html": set(),
    "frame-nested.html": set(),
    "frame-refused.html": set(),
    "shadow-root.html": set(),
}

_STATE_JS = """
const sheets = document.adoptedStyleSheets.length;
return {
  width: window.innerWidth,
  height: window.innerHeight,
  forced: matchMedia('(forced-colors: active)').matches,
  reduced: matchMedia('(prefers-reduced-motion: reduce)').matches,
  sheets: sheets,
  recorder: window.__fdFocus !== undefined,
  focused: document.activeElement === document.body,
};
"""


@pytest.fixture(scope="module")
def site(broken_site: str) -> str:
    """The deliberately broken site on loopback (``conftest.py``)."""
    return broken_site


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
        return check_without_javascript(driver, url, submit_forms=True)
    return BROWSER_CHECKS[name](driver)


def _same_element(driver: Any, target: str, expected: str) -> bool:
    return bool(
        driver.execute_script(
            "const found = document.querySelectorAll(arguments[0]);"
            "return found.length === 1 && found[0] === document.querySelector(arguments[1]);",
            target,
            expected,
        )
    )


def _assert_well_formed(violation: Violation) -> None:
    assert violation.source == "frontdoor"
    assert violation.impact in IMPACTS
    assert violation.description.endswith(".") and len(violation.description) < 200
    assert violation.help_url.startswith("https://www.w3.org/WAI/WCAG22/Understanding/")
    assert violation.tags and all(tag == "best-practice" or tag.startswith("wcag") for tag in violation.tags)
    assert violation.nodes
    for node in violation.nodes:
        assert node.target and node.summary
        assert node.html.startswith("<") and len(node.html) <= 300


@pytest.mark.parametrize(("page", "check", "rule", "selector"), CAUGHT)
def test_check_catches_its_bug(
    driver: Any, site: str, page: str, check: str, rule: str, selector: str
) -> None:
    found = {violation.rule: violation for violation in _run(driver, f"{site}/{page}", check)}
    assert rule in found, f"{check} missed {rule} on {page}: {list(found)}"
    violation = found[rule]
    _assert_well_formed(violation)
    assert any(_same_element(driver, node.target, selector) for node in violation.nodes), [
        node.target for node in violation.nodes
    ]


@pytest.mark.parametrize(("page", "rule", "selector", "send"), CAUGHT_WITHOUT_JS)
def test_no_javascript_check_catches_its_bug(
    driver: Any, site: str, page: str, rule: str, selector: str, send: bool
) -> None:
    url = f"{site}/{page}"
    found = {v.rule: v for v in check_without_javascript(driver, url, submit_forms=send)}
    assert rule in found, f"missed {rule} on {page}: {list(found)}"
    _assert_well_formed(found[rule])
    driver.get(url)
    assert any(_same_element(driver, node.target, selector) for node in found[rule].nodes)


@pytest.mark.parametrize("page", sorted(EXPECTED_RULES))
def test_each_page_breaks_only_its_own_rules(driver: Any, site: str, page: str) -> None:
    url = f"{site}/{page}"
    rules: set[str] = set()
    for name in [*BROWSER_CHECKS, "no-javascript"]:
        rules |= {violation.rule for violation in _run(driver, url, name)}
    assert rules == EXPECTED_RULES[page]


def test_good_page_passes_axe_too(driver: Any, site: str) -> None:
    assert check_page(driver, f"{site}/good.html") == []
    axe_rules = {violation.rule for violation in check_page(driver, f"{site}/axe.html")}
    # css-orientation-lock is experimental in axe and runs only because check_page names it (1.3.4).
    assert {"image-alt", "label", "css-orientation-lock"} <= axe_rules


@pytest.mark.parametrize("name", [*BROWSER_CHECKS, "no-javascript"])
def test_check_leaves_the_driver_as_it_found_it(driver: Any, site: str, name: str) -> None:
    page = {"reflow": "wide.html", "forced-colors": "forced-colors.html", "reduced-motion": "motion.html"}
    _run(driver, f"{site}/{page.get(name, 'keyboard-trap.html')}", name)
    state = driver.execute_script(_STATE_JS)
    assert state["width"] == 1280
    assert not state["forced"] and not state["reduced"]
    assert state["sheets"] == 0 and not state["recorder"]
    # Scripts run again: the page that draws its content by script has content.
    driver.get(f"{site}/needs-js.html")
    assert driver.execute_script("return document.querySelector('#app h1') !== null")
    assert driver.execute_script(_STATE_JS)["width"] == 1280


def _data_page(body: str, *, lang: str = "en", direction: str = "ltr") -> str:
    html = (
        f'<!DOCTYPE html><html lang="{lang}" dir="{direction}"><head><title>Test page</title></head>'
        f"<body>{body}</body></html>"
    )
    return "data:text/html;charset=utf-8," + quote(html)


def test_keyboard_on_a_page_with_nothing_to_focus(driver: Any) -> None:
    driver.get(_data_page("<main><h1>Nothing to focus here</h1><p>Only text.</p></main>"))
    assert check_keyboard(driver) == []


def test_keyboard_catches_a_key_that_is_swallowed(driver: Any) -> None:
    script = (
        "<script>document.getElementById('q').addEventListener('keydown',"
        " (e) => { if (e.key === 'Tab') e.preventDefault(); });</script>"
    )
    driver.get(_data_page(f'<a href="#a">a</a><input id="q" aria-label="q"><a href="#b">b</a>{script}'))
    traps = [v for v in check_keyboard(driver) if v.rule == "keyboard-trap"]
    assert traps and traps[0].nodes[0].target == "#q"


def test_keyboard_catches_a_small_focus_loop(driver: Any) -> None:
    script = (
        "<script>document.getElementById('b3').addEventListener('keydown', (e) => {"
        " if (e.key === 'Tab') { e.preventDefault(); document.getElementById('b1').focus(); } });</script>"
    )
    buttons = '<button id="b1">1</button><button id="b2">2</button><button id="b3">3</button>'
    driver.get(_data_page(f'<a href="#a">a</a>{buttons}<a href="#b">b</a>{script}'))
    traps = [v for v in check_keyboard(driver) if v.rule == "keyboard-trap"]
    assert traps and {node.target for node in traps[0].nodes} == {"#b1", "#b2", "#b3"}


def test_reflow_right_to_left_and_scrolling_wrappers(driver: Any) -> None:
    wide = '<div id="wide" style="width: 900px">wide</div>'
    driver.get(_data_page(wide, lang="ar", direction="rtl"))
    found = check_reflow(driver)
    assert found and found[0].nodes[0].target == "#wide" and "left edge" in found[0].nodes[0].summary
    driver.get(_data_page(f'<div style="overflow-x: auto">{wide}</div>'))
    assert check_reflow(driver) == []


def test_page_title_helper(driver: Any, site: str) -> None:
    driver.get(f"{site}/good.html")
    assert page_title(driver) == "Apply for a library card \u2013 Front Door broken site"


@pytest.mark.parametrize("path", ["/", "/components/header", "/patterns/feedback"])
def test_our_demo_pages_pass_every_check(driver: Any, demo_url: str, path: str) -> None:
    url = demo_url + path
    found: list[Violation] = []
    for name in BROWSER_CHECKS:
        driver.get(url)
        found += BROWSER_CHECKS[name](driver)
    found += check_without_javascript(driver, url)
    assert found == [], "\n".join(str(violation) for violation in found)
