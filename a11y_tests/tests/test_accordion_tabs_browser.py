"""The accordion and the tabs in a real browser, on the demo site's previews of their examples.

Accordion: the script puts a button in each heading (the heading stays a heading) and one more that
opens or closes every section; Tab reaches each button, Enter and Space open and close its section, and
``aria-expanded`` says so after each key; a closed section is hidden "until found", so going to an id
inside it (as find in page does) opens it, through the ``beforematch`` event.

Tabs: in a wide window, the contents list becomes tabs; only the chosen tab is in the Tab order; the
arrows (mirrored in Arabic), Home and End choose another at once, with ``aria-selected``, the roving
``tabindex`` and the panels shown or hidden after each key; the URL's fragment chooses the tab, choosing
one changes it without moving the page, and Back goes to the tab before. In a narrow window the list and
the sections stay as they are.

Both: axe finds nothing in the enhanced state; without JavaScript every section is shown.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from a11y_tests.axe import check_page
from i18n.locales import LOCALES

PREVIEW = "{prefix}/components/{name}/{slug}/preview"
ACCORDION_STATE = """
var root = document.querySelector("[data-fd-accordion]");
var active = document.activeElement;
return {
  all: root.firstElementChild.tagName == "BUTTON" ? root.firstElementChild.textContent : null,
  allExpanded: root.firstElementChild.getAttribute("aria-expanded"),
  expanded: Array.from(root.querySelectorAll(".fd-accordion__heading > button"), function (button) {
    return button.getAttribute("aria-expanded");
  }),
  hidden: Array.from(root.querySelectorAll(".fd-accordion__content"), function (content) {
    return content.getAttribute("hidden");
  }),
  shown: Array.from(root.querySelectorAll(".fd-accordion__content"), function (content) {
    return content.getBoundingClientRect().height > 0;
  }),
  focused: active.tagName == "BUTTON" ? active.textContent : active.tagName
};
"""
TABS_STATE = """
var root = document.querySelector("[data-fd-tabs]");
var tabs = Array.from(root.querySelectorAll(".fd-tabs__tab"));
return {
  focused: document.activeElement.textContent,
  labels: tabs.map(function (tab) { return tab.textContent; }),
  selected: tabs.map(function (tab) { return tab.getAttribute("aria-selected"); }),
  tabindex: tabs.map(function (tab) { return tab.getAttribute("tabindex"); }),
  shown: Array.from(root.querySelectorAll(".fd-tabs__panel"), function (panel) { return !panel.hidden; }),
  hash: location.hash,
  scrolled: window.scrollY
};
"""


def _open(browser: Any, demo_url: str, name: str, slug: str, code: str = "en", fragment: str = "") -> None:
    browser.get(demo_url + PREVIEW.format(prefix=LOCALES[code].url_prefix, name=name, slug=slug) + fragment)
    WebDriverWait(browser, 5).until(
        lambda _: browser.execute_script("return document.readyState") == "complete"
    )


def _accordion(browser: Any) -> dict[str, Any]:
    return dict(browser.execute_script(ACCORDION_STATE))


def _tabs(browser: Any) -> dict[str, Any]:
    return dict(browser.execute_script(TABS_STATE))


def _press(browser: Any, key: str) -> None:
    browser.switch_to.active_element.send_keys(key)


def _chosen(browser: Any, index: int) -> dict[str, Any]:
    """The tabs' state once the tab at ``index`` is chosen and has focus (the hashchange event, which
    shows its panel, comes after the key or click)."""

    def done(_: Any) -> bool:
        state = _tabs(browser)
        chosen = state["selected"] == ["true" if i == index else "false" for i in range(len(state["labels"]))]
        return chosen and state["focused"] == state["labels"][index]

    WebDriverWait(browser, 5).until(done)
    return _tabs(browser)


def _tab_until(browser: Any, selector: str) -> None:
    """Press Tab from the top of the page until focus is on an element matching ``selector``."""
    browser.execute_script("document.activeElement.blur(); window.scrollTo(0, 0)")
    for _ in range(10):
        _press(browser, Keys.TAB)
        if browser.execute_script("return document.activeElement.matches(arguments[0])", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


@pytest.fixture
def wide_browser(browser: Any) -> Iterator[Any]:
    """The shared browser in a window wide enough for tabs (and back to its size afterwards)."""
    size = browser.get_window_size()
    browser.set_window_size(1280, 1024)
    try:
        yield browser
    finally:
        browser.set_window_size(size["width"], size["height"])


@pytest.fixture
def scripts_off(browser: Any) -> Iterator[Any]:
    """The shared browser with the pages' scripts off (through DevTools); on again afterwards."""
    browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        yield browser
    finally:
        browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})


def test_accordion_buttons_in_headings_by_keyboard(browser: Any, demo_url: str) -> None:
    _open(browser, demo_url, "accordion", "default")
    headings = browser.execute_script(
        "return Array.from(document.querySelectorAll('.fd-accordion__heading'), function (h) {"
        "  var b = h.firstElementChild;"
        "  return [h.tagName, h.childNodes.length, b.tagName, b.type, b.textContent,"
        "          document.getElementById(b.getAttribute('aria-controls')).className]; })"
    )
    assert headings == [
        ["H2", 1, "BUTTON", "button", "Check if you can get help", "fd-accordion__content"],
        ["H2", 1, "BUTTON", "button", "Fill in the form", "fd-accordion__content"],
        ["H2", 1, "BUTTON", "button", "Wait for our letter", "fd-accordion__content"],
    ]
    state = _accordion(browser)
    assert state["all"] == "Show all sections" and state["allExpanded"] == "false"
    assert state["expanded"] == ["false"] * 3
    assert state["hidden"] == ["until-found"] * 3 and state["shown"] == [False] * 3

    _tab_until(browser, ".fd-accordion__button")
    assert _accordion(browser)["focused"] == "Show all sections"
    _press(browser, Keys.TAB)
    assert _accordion(browser)["focused"] == "Check if you can get help"
    _press(browser, Keys.ENTER)
    state = _accordion(browser)
    assert state["expanded"] == ["true", "false", "false"]
    assert state["hidden"] == [None, "until-found", "until-found"] and state["shown"] == [True, False, False]
    assert state["focused"] == "Check if you can get help" and state["all"] == "Show all sections"

    _press(browser, Keys.TAB)  # the open section's content has nothing to focus: on to the next heading
    assert _accordion(browser)["focused"] == "Fill in the form"
    _press(browser, Keys.SPACE)
    _press(browser, Keys.TAB)
    _press(browser, Keys.ENTER)
    state = _accordion(browser)
    assert state["expanded"] == ["true"] * 3 and state["shown"] == [True] * 3
    assert state["all"] == "Hide all sections" and state["allExpanded"] == "true"  # every section is open

    _press(browser, Keys.SPACE)  # closes the last again
    state = _accordion(browser)
    assert state["expanded"] == ["true", "true", "false"] and state["all"] == "Show all sections"


def test_accordion_show_all_then_hide_all(browser: Any, demo_url: str) -> None:
    _open(browser, demo_url, "accordion", "with-summaries")
    _tab_until(browser, ".fd-accordion__button")
    _press(browser, Keys.ENTER)
    state = _accordion(browser)
    assert state["expanded"] == ["true", "true"] and state["shown"] == [True, True]
    assert (state["all"], state["allExpanded"], state["focused"]) == (
        "Hide all sections",
        "true",
        "Hide all sections",
    )
    _press(browser, Keys.SPACE)
    state = _accordion(browser)
    assert state["expanded"] == ["false", "false"] and state["hidden"] == ["until-found"] * 2
    assert (state["all"], state["allExpanded"]) == ("Show all sections", "false")
    # The summaries stay in view under their headings, outside the buttons.
    summaries = browser.execute_script(
        "return Array.from(document.querySelectorAll('.fd-accordion__summary'), function (p) {"
        "  return [p.getBoundingClientRect().height > 0, !!p.closest('button')]; })"
    )
    assert summaries == [[True, False], [True, False]]


def test_accordion_section_open_when_the_page_loads(browser: Any, demo_url: str) -> None:
    _open(browser, demo_url, "accordion", "open")
    state = _accordion(browser)
    assert state["expanded"] == ["true", "false"] and state["shown"] == [True, False]


def test_accordion_opens_a_section_when_its_hidden_content_is_found(browser: Any, demo_url: str) -> None:
    """Find in page cannot be driven from WebDriver (``window.find`` skips hidden-until-found text), so
    this goes to an id in a closed section, which reveals it the same way (``beforematch``); and
    dispatches the event itself, as a browser's find in page would."""
    _open(browser, demo_url, "accordion", "default")
    browser.execute_script("location.hash = '#accordion-default-2'")
    WebDriverWait(browser, 5).until(lambda _: _accordion(browser)["expanded"] == ["false", "true", "false"])
    assert _accordion(browser)["hidden"] == ["until-found", None, "until-found"]

    browser.execute_script(
        "document.getElementById('accordion-default-3').dispatchEvent(new Event('beforematch'))"
    )
    state = _accordion(browser)
    assert state["expanded"] == ["false", "true", "true"] and state["shown"] == [False, True, True]


def test_accordion_chevron_turns_the_other_way_in_arabic(browser: Any, demo_url: str) -> None:
    turns = {}
    for code in ("en", "ar"):
        _open(browser, demo_url, "accordion", "open", code)
        turns[code] = browser.execute_script(
            "return Array.from(document.querySelectorAll('.fd-accordion__heading > button'), function (b) {"
            "  return getComputedStyle(b, '::before').transform; })"
        )
    # rotate(135deg) open and rotate(45deg) closed; in Arabic the borders and the turn are mirrored.
    assert turns["en"][0] != turns["en"][1]
    assert turns["ar"][0] != turns["en"][0] and turns["ar"][1] != turns["en"][1]


def test_accordion_enhanced_passes_axe(browser: Any, demo_url: str) -> None:
    for slug in ("default", "with-summaries", "level-3-headings"):
        _open(browser, demo_url, "accordion", slug)
        browser.execute_script("document.querySelector('.fd-accordion__heading > button').click()")
        assert not check_page(browser), slug


def test_tabs_by_keyboard(wide_browser: Any, demo_url: str) -> None:
    _open(wide_browser, demo_url, "tabs", "default")
    roles = wide_browser.execute_script(
        "var root = document.querySelector('[data-fd-tabs]');"
        "return [root.querySelector('.fd-tabs__title').hidden, root.querySelector('ul').getAttribute('role'),"
        " Array.from(root.querySelectorAll('.fd-tabs__item'), function (li) {"
        "   return li.getAttribute('role'); }),"
        " Array.from(root.querySelectorAll('.fd-tabs__tab'), function (a) { return [a.getAttribute('role'),"
        "   a.getAttribute('aria-controls')]; }),"
        " Array.from(root.querySelectorAll('section'), function (s) { return [s.getAttribute('role'),"
        "   document.getElementById(s.getAttribute('aria-labelledby')).textContent]; })]"
    )
    assert roles == [
        True,
        "tablist",
        ["presentation"] * 3,
        [["tab", "apply-online"], ["tab", "apply-by-mail"], ["tab", "apply-in-person"]],
        [["tabpanel", "Apply online"], ["tabpanel", "Mail"], ["tabpanel", "Help centers"]],
    ]
    state = _tabs(wide_browser)
    assert state["selected"] == ["true", "false", "false"] and state["tabindex"] == ["0", "-1", "-1"]
    assert state["shown"] == [True, False, False] and state["hash"] == ""

    _tab_until(wide_browser, "[role=tab]")
    assert _tabs(wide_browser)["focused"] == "Apply online"
    _press(wide_browser, Keys.TAB)  # only the chosen tab is in the Tab order
    assert wide_browser.execute_script("return document.activeElement.getAttribute('role')") != "tab"

    _tab_until(wide_browser, "[role=tab]")
    expected = [
        (Keys.ARROW_RIGHT, 1),
        (Keys.ARROW_RIGHT, 2),
        (Keys.ARROW_RIGHT, 0),  # round to the first
        (Keys.ARROW_LEFT, 2),  # and back round to the last
        (Keys.HOME, 0),
        (Keys.END, 2),
        (Keys.ENTER, 2),  # the chosen tab stays chosen
    ]
    hashes = ["#apply-online", "#apply-by-mail", "#apply-in-person"]
    for key, index in expected:
        _press(wide_browser, key)
        state = _chosen(wide_browser, index)
        assert state["hash"] == hashes[index], key
        assert state["focused"] == ["Apply online", "Mail", "Help centers"][index], key
        assert state["tabindex"] == ["0" if i == index else "-1" for i in range(3)], key
        assert state["shown"] == [i == index for i in range(3)], key


def test_tabs_arrows_are_mirrored_in_arabic(wide_browser: Any, demo_url: str) -> None:
    _open(wide_browser, demo_url, "tabs", "default", "ar")
    _tab_until(wide_browser, "[role=tab]")
    _press(wide_browser, Keys.ARROW_LEFT)  # the next tab is on the left
    assert _chosen(wide_browser, 1)["shown"] == [False, True, False]
    _press(wide_browser, Keys.ARROW_RIGHT)
    assert _chosen(wide_browser, 0)["shown"] == [True, False, False]
    _press(wide_browser, Keys.ARROW_RIGHT)  # round to the last
    assert _chosen(wide_browser, 2)["shown"] == [False, False, True]


def test_tabs_follow_the_url_without_moving_the_page(wide_browser: Any, demo_url: str) -> None:
    _open(wide_browser, demo_url, "tabs", "default", fragment="#apply-in-person")
    state = _tabs(wide_browser)
    assert state["selected"] == ["false", "false", "true"] and state["shown"] == [False, False, True]

    _open(wide_browser, demo_url, "tabs", "default")
    wide_browser.execute_script("document.body.style.paddingBlockEnd = '300vh'; window.scrollTo(0, 40)")
    wide_browser.find_elements("css selector", "[role=tab]")[1].click()
    state = _chosen(wide_browser, 1)
    assert state["hash"] == "#apply-by-mail" and state["shown"] == [False, True, False]
    assert state["scrolled"] == 40  # the page did not jump to the panel
    _press(wide_browser, Keys.ENTER)  # the chosen tab again: nowhere to go
    assert _tabs(wide_browser)["scrolled"] == 40

    wide_browser.back()  # to the page as it loaded, with no fragment: the tab stays
    wide_browser.forward()
    assert _chosen(wide_browser, 1)["hash"] == "#apply-by-mail"
    _press(wide_browser, Keys.ARROW_RIGHT)
    assert _chosen(wide_browser, 2)["hash"] == "#apply-in-person"
    wide_browser.back()  # Back goes to the tab before
    state = _chosen(wide_browser, 1)
    assert state["hash"] == "#apply-by-mail" and state["shown"] == [False, True, False]


def test_tabs_headings_hidden_from_view_only(wide_browser: Any, demo_url: str) -> None:
    _open(wide_browser, demo_url, "tabs", "headings-hidden-as-tabs")
    headings = wide_browser.execute_script(
        "return Array.from(document.querySelectorAll('.fd-tabs__heading'), function (h) {"
        "  return [h.tagName, h.textContent, h.classList.contains('fd-visually-hidden'),"
        "          h.getBoundingClientRect().width <= 1]; })"
    )
    assert headings == [["H2", "Food benefits", True, True], ["H2", "Help with power bills", True, True]]


def test_tabs_stay_a_list_of_sections_in_a_narrow_window(browser: Any, demo_url: str) -> None:
    size = browser.get_window_size()
    browser.set_window_size(500, 900)
    try:
        _open(browser, demo_url, "tabs", "default")
        found = browser.execute_script(
            "var root = document.querySelector('[data-fd-tabs]');"
            "return [root.querySelectorAll('[role], [hidden], [aria-selected]').length,"
            " Array.from(root.querySelectorAll('section, .fd-tabs__title'), function (e) {"
            "   return e.getBoundingClientRect().height > 0; })]"
        )
        assert found == [0, [True] * 4]
    finally:
        browser.set_window_size(size["width"], size["height"])


def test_tabs_enhanced_pass_axe(wide_browser: Any, demo_url: str) -> None:
    for slug in ("default", "headings-hidden-as-tabs", "level-3-headings"):
        _open(wide_browser, demo_url, "tabs", slug)
        assert wide_browser.execute_script("return !!document.querySelector('[role=tablist]')"), slug
        assert not check_page(wide_browser), slug


@pytest.mark.parametrize(("name", "slug"), [("accordion", "default"), ("tabs", "default")])
def test_without_javascript_every_section_is_shown(
    scripts_off: Any, demo_url: str, name: str, slug: str
) -> None:
    _open(scripts_off, demo_url, name, slug)
    found = scripts_off.execute_script(
        "var root = document.querySelector('.fd-' + arguments[0]);"
        "return [root.querySelectorAll('button, [role], [hidden], [aria-expanded]').length,"
        " Array.from(root.querySelectorAll('h2, .fd-accordion__content, section'), function (e) {"
        "   return e.getBoundingClientRect().height > 0; })]",
        name,
    )
    assert found[0] == 0 and found[1] and all(found[1])


def test_tabs_go_back_to_sections_when_the_window_narrows_and_return(
    wide_browser: Any, demo_url: str
) -> None:
    # As when someone zooms in past 40em after the page loaded: the tabs become the list and sections.
    state = (
        "var root = document.querySelector('[data-fd-tabs]');"
        "return [root.querySelectorAll('[role], [aria-selected], [tabindex]').length,"
        " Array.from(root.querySelectorAll('section'), function (e) { return !e.hidden; })]"
    )
    _open(wide_browser, demo_url, "tabs", "default")
    roles, shown = wide_browser.execute_script(state)
    assert roles > 0 and shown.count(True) == 1
    wide_browser.set_window_size(500, 900)
    WebDriverWait(wide_browser, 5).until(lambda driver: driver.execute_script(state)[0] == 0)
    assert wide_browser.execute_script(state) == [0, [True] * len(shown)]
    wide_browser.set_window_size(1280, 1024)
    WebDriverWait(wide_browser, 5).until(lambda driver: driver.execute_script(state)[0] > 0)
    assert wide_browser.execute_script(state) == [roles, shown]
