"""The timeout warning in a real browser, on the worked service's task list: the dialog opens as a modal
before the session ends, with focus inside it; "Continue" and Escape keep the session going on the server
and close it; left alone, the browser goes to the page that says the session has ended.

The page's timers run 200 times faster here (a script added before the page's own), so a session
of 20 minutes lasts 6 seconds: the warning opens after 5.4 seconds.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

FASTER_TIMERS = """
(function () {
  var later = window.setTimeout, every = window.setInterval, now = Date.now, start = now();
  window.setTimeout = function (callback, delay) { return later(callback, (delay || 0) / 200); };
  window.setInterval = function (callback, delay) { return every(callback, (delay || 0) / 200); };
  Date.now = function () { return start + (now() - start) * 200; };
})();
"""
STATE = """
var dialog = document.querySelector("[data-fd-timeout-warning] dialog");
var active = document.activeElement;
return {
  open: dialog.open,
  modal: dialog.matches(":modal"),
  focusInside: dialog.contains(active),
  focused: active && active.textContent.trim(),
  label: document.getElementById(dialog.getAttribute("aria-labelledby")).textContent,
  description: document.getElementById(dialog.getAttribute("aria-describedby")).textContent,
  path: location.pathname
};
"""


@pytest.fixture
def fast_browser(browser: Any) -> Iterator[Any]:
    """The shared browser, with every page's timers 200 times faster, and fresh cookies."""
    browser.delete_all_cookies()
    added = browser.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": FASTER_TIMERS})
    try:
        yield browser
    finally:
        browser.execute_cdp_cmd(
            "Page.removeScriptToEvaluateOnNewDocument", {"identifier": added["identifier"]}
        )
        browser.delete_all_cookies()


def _state(browser: Any) -> dict[str, Any]:
    return dict(browser.execute_script(STATE))


def _wait_open(browser: Any) -> dict[str, Any]:
    WebDriverWait(browser, 10, poll_frequency=0.05).until(lambda _: _state(browser)["open"])
    return _state(browser)


def _keep_going_then_end(browser: Any, demo_url: str, keep_going: Any) -> None:
    browser.get(demo_url + "/disaster-help/apply/")
    assert not _state(browser)["open"]
    state = _wait_open(browser)
    assert state["modal"] and state["focusInside"] and state["focused"] == "Continue with your answers"
    assert state["label"] == "Do you need more time?"
    assert state["description"] in (  # counted down by the page's clock, which runs fast here
        "We will end your session in 2 minutes to keep your information safe.",
        "We will end your session in 1 minute to keep your information safe.",
    )
    posts_before = browser.execute_script("return performance.getEntriesByType('resource').length")
    keep_going()
    WebDriverWait(browser, 5, poll_frequency=0.02).until(lambda _: not _state(browser)["open"])

    def posted() -> list[int]:
        return list(
            browser.execute_script(
                "return performance.getEntriesByType('resource').slice(arguments[0])"
                ".filter(function (e) { return e.name.endsWith('/disaster-help/apply/session'); })"
                ".map(function (e) { return e.responseStatus; })",
                posts_before,
            )
        )

    # The timing entry is queued after the response has been read, so it can lag the dialog closing.
    WebDriverWait(browser, 5, poll_frequency=0.02).until(lambda _: posted())
    assert posted() == [204]  # the server kept the session going
    assert _state(browser)["path"] == "/disaster-help/apply/tasks" or _state(browser)["path"].endswith(
        "/apply/"
    )
    _wait_open(browser)  # the next warning, a whole session later
    WebDriverWait(browser, 10, poll_frequency=0.05).until(
        lambda _: browser.current_url.endswith("/disaster-help/apply/session-ended")
    )
    assert browser.find_element(By.TAG_NAME, "h1").text == "Your session has ended"


def test_continue_keeps_the_session_going_then_it_ends(fast_browser: Any, demo_url: str) -> None:
    def press_continue() -> None:
        fast_browser.find_element(By.CSS_SELECTOR, "[data-fd-timeout-continue]").click()

    _keep_going_then_end(fast_browser, demo_url, press_continue)


def test_escape_keeps_the_session_going_too(fast_browser: Any, demo_url: str) -> None:
    def press_escape() -> None:
        fast_browser.switch_to.active_element.send_keys(Keys.ESCAPE)

    _keep_going_then_end(fast_browser, demo_url, press_escape)
