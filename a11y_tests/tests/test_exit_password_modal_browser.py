"""Exit this page, password input and modal in a real browser, with JavaScript on, on the demo site's
previews of their examples; each passes axe-core in its enhanced state. (With JavaScript off, their
baseline is checked by the demo site's sweep.)

- Exit this page: pressing Shift 3 times leaves for the safe page, with the page hidden at once and
  this page gone from the history; a hidden live region counts down; Shift with another key does not
  count, and the count starts again after 5 seconds. The safe page is one of the demo's own here.
- Password input: the "Show" button appears, shows the password and hides it again, says so through a
  polite live region, and the password is hidden again when the form is sent.
- Modal: the dialog opens on a click and on Enter, focus goes to its heading, Escape and the close
  button close it and focus goes back to the button that opened it; the forced one ignores Escape.
  The same with the browser's invoker commands turned off, so that our script's fallback does the work.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from a11y_tests.axe import check_page
from i18n.locales import LOCALES

PREFIX = LOCALES["en"].url_prefix
PREVIEW = PREFIX + "/components/{name}/{slug}/preview"


def _open(browser: Any, demo_url: str, name: str, slug: str) -> None:
    browser.get(demo_url + PREVIEW.format(name=name, slug=slug))


def _no_axe_violations(browser: Any) -> None:
    violations = check_page(browser)
    assert not violations, "\n".join(str(violation) for violation in violations)


def _press(browser: Any, *keys: str) -> None:
    chain = ActionChains(browser)
    for key in keys:
        chain.send_keys(key)
    chain.perform()


# --- Exit this page --------------------------------------------------------------------------------

# Point the link at a page of the demo (the tests are offline), and note what the page looks like the
# moment it starts to leave: sessionStorage outlives the page, within the site.
EXIT_TO = """
var link = document.querySelector("[data-fd-exit-this-page] a");
link.href = arguments[0];
sessionStorage.removeItem("fdExit");
new MutationObserver(function () {
  sessionStorage.setItem("fdExit", JSON.stringify({
    classes: document.body.className,
    display: getComputedStyle(document.body).display
  }));
}).observe(document.body, {attributes: true});
return history.length;
"""
EXIT_STATUS = """
var root = document.querySelector("[data-fd-exit-this-page]");
return root.querySelector("[aria-live=polite]").textContent;
"""


def _exit_status(browser: Any) -> str:
    return str(browser.execute_script(EXIT_STATUS))


def _exit_page(browser: Any, demo_url: str) -> tuple[str, str, int]:
    """Open a first page, then the exit example pointed at the gallery: the first page's URL, the safe
    page's URL and the history's length."""
    first, safe = demo_url + PREFIX + "/", demo_url + PREFIX + "/components"
    browser.get(first)
    _open(browser, demo_url, "exit_this_page", "default")
    length = int(browser.execute_script(EXIT_TO, safe))
    return first, safe, length


def _left_for(browser: Any, safe: str, first: str, length: int) -> None:
    """The browser is on the safe page, the page it left is hidden at once and not in the history."""
    WebDriverWait(browser, 10).until(lambda _: browser.current_url == safe)
    hidden = browser.execute_script("return JSON.parse(sessionStorage.getItem('fdExit'))")
    assert "fd-exit-this-page--exiting" in hidden["classes"].split()
    assert hidden["display"] == "none"
    assert browser.execute_script("return history.length") == length  # replaced, not added
    browser.back()
    WebDriverWait(browser, 10).until(lambda _: browser.current_url == first)


def test_three_shifts_leave_for_the_safe_page_and_back_skips_the_page(browser: Any, demo_url: str) -> None:
    first, safe, length = _exit_page(browser, demo_url)
    assert _exit_status(browser) == ""  # nothing is said when the page loads
    _no_axe_violations(browser)
    _press(browser, Keys.SHIFT)
    assert _exit_status(browser) == "Press Shift 2 more times to exit this page."
    _no_axe_violations(browser)
    _press(browser, Keys.SHIFT)
    assert _exit_status(browser) == "Press Shift 1 more time to exit this page."
    _press(browser, Keys.SHIFT)
    _left_for(browser, safe, first, length)


def test_shift_with_another_key_does_not_count(browser: Any, demo_url: str) -> None:
    _exit_page(browser, demo_url)
    page = browser.current_url
    for _ in range(3):  # Shift+Tab, then a capital letter: three times each
        ActionChains(browser).key_down(Keys.SHIFT).send_keys(Keys.TAB).key_up(Keys.SHIFT).perform()
    for _ in range(3):
        ActionChains(browser).key_down(Keys.SHIFT).send_keys("a").key_up(Keys.SHIFT).perform()
    assert browser.current_url == page
    assert _exit_status(browser) == ""


def test_the_count_starts_again_after_five_seconds(browser: Any, demo_url: str) -> None:
    _exit_page(browser, demo_url)
    page = browser.current_url
    _press(browser, Keys.SHIFT, Keys.SHIFT)
    assert _exit_status(browser) == "Press Shift 1 more time to exit this page."
    WebDriverWait(browser, 8, poll_frequency=0.2).until(lambda _: _exit_status(browser) == "")
    _press(browser, Keys.SHIFT)
    assert _exit_status(browser) == "Press Shift 2 more times to exit this page."
    assert browser.current_url == page


def test_the_link_leaves_the_same_way(browser: Any, demo_url: str) -> None:
    first, safe, length = _exit_page(browser, demo_url)
    browser.find_element(By.CSS_SELECTOR, "[data-fd-exit-this-page] a").click()
    _left_for(browser, safe, first, length)


# --- Password input ------------------------------------------------------------------------------

PASSWORD_STATE = """
var root = document.querySelector("[data-fd-password-input]");
var button = root.querySelector("button");
return {
  type: root.querySelector("input").type,
  button: button.hidden ? null : button.textContent,
  status: root.querySelector("[aria-live=polite]").textContent,
  typeAtSubmit: window.fdTypeAtSubmit || null
};
"""
# Catch the form on its way out (after the component's own listener, which is on the form itself).
HOLD_SUBMIT = """
document.addEventListener("submit", function (event) {
  window.fdTypeAtSubmit = document.querySelector("[data-fd-password-input] input").type;
  event.preventDefault();
});
"""


def _password(browser: Any) -> dict[str, Any]:
    return dict(browser.execute_script(PASSWORD_STATE))


def test_the_password_shows_and_hides_and_is_hidden_when_sent(browser: Any, demo_url: str) -> None:
    _open(browser, demo_url, "password_input", "default")
    assert _password(browser) == {
        "type": "password",
        "button": "Show password",
        "status": "",
        "typeAtSubmit": None,
    }
    field = browser.find_element(By.ID, "password")
    field.send_keys("correct horse battery staple")
    _press(browser, Keys.TAB)  # the button comes straight after the field
    button = browser.switch_to.active_element
    assert button.get_attribute("aria-controls") == "password"
    button.send_keys(Keys.ENTER)
    state = _password(browser)
    assert (state["type"], state["button"], state["status"]) == (
        "text",
        "Hide password",
        "Your password is visible",
    )
    word = button.find_element(By.CSS_SELECTOR, "[data-fd-password-input-word]")
    assert word.text == "Hide"  # "password" after it is for screen readers only
    assert button.find_element(By.CSS_SELECTOR, ".fd-visually-hidden").size["width"] <= 1
    assert field.get_attribute("value") == "correct horse battery staple"
    _no_axe_violations(browser)

    button.send_keys(Keys.SPACE)
    state = _password(browser)
    assert (state["type"], state["button"], state["status"]) == (
        "password",
        "Show password",
        "Your password is hidden",
    )

    button.click()
    assert _password(browser)["type"] == "text"
    browser.execute_script(HOLD_SUBMIT)
    field.send_keys(Keys.ENTER)  # sends the form
    WebDriverWait(browser, 5).until(lambda _: _password(browser)["typeAtSubmit"] is not None)
    assert _password(browser) == {
        "type": "password",
        "button": "Show password",
        "status": "Your password is hidden",
        "typeAtSubmit": "password",
    }


# --- Modal ---------------------------------------------------------------------------------------

MODAL_STATE = """
var dialog = document.querySelector("dialog[data-fd-modal]");
var active = document.activeElement;
return {
  open: dialog.open,
  modal: dialog.matches(":modal"),
  focused: active === dialog.querySelector("h2") ? "heading" : active && active.textContent.trim(),
  focusInside: dialog.contains(active),
  name: document.getElementById(dialog.getAttribute("aria-labelledby")).textContent
};
"""
# Turn the browser's invoker commands off before the page's scripts run: our fallback does the work.
NO_INVOKERS = """
delete HTMLButtonElement.prototype.commandForElement;
document.addEventListener("command", function (event) { event.preventDefault(); }, true);
"""


def _modal(browser: Any) -> dict[str, Any]:
    return dict(browser.execute_script(MODAL_STATE))


def _trigger(browser: Any) -> Any:
    return browser.find_element(By.CSS_SELECTOR, "[command=show-modal]")


def _wait_closed(browser: Any) -> dict[str, Any]:
    WebDriverWait(browser, 5).until(lambda _: not _modal(browser)["open"])
    return _modal(browser)


@pytest.fixture
def without_invokers(browser: Any) -> Iterator[Any]:
    """The shared browser with invoker commands off, as in a browser that has none."""
    added = browser.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": NO_INVOKERS})
    try:
        yield browser
    finally:
        browser.execute_cdp_cmd(
            "Page.removeScriptToEvaluateOnNewDocument", {"identifier": added["identifier"]}
        )


def _opens_closes_and_gives_focus_back(browser: Any, demo_url: str) -> None:
    _open(browser, demo_url, "modal", "confirmation")
    trigger = _trigger(browser)
    assert trigger.text == "Leave this form"
    assert not _modal(browser)["open"]

    trigger.click()
    assert _modal(browser) == {
        "open": True,
        "modal": True,
        "focused": "heading",
        "focusInside": True,
        "name": "Leave this form?",
    }
    _press(browser, Keys.ESCAPE)
    assert _wait_closed(browser)["focused"] == "Leave this form"  # back on the trigger

    _press(browser, Keys.ENTER)  # the trigger has focus
    state = _modal(browser)
    assert (state["open"], state["focused"]) == (True, "heading")
    _press(browser, Keys.TAB)
    assert _modal(browser)["focused"] == "Leave without saving"
    _press(browser, Keys.TAB)
    assert _modal(browser)["focused"] == "Stay on this page"
    _press(browser, Keys.ENTER)
    assert _wait_closed(browser)["focused"] == "Leave this form"


def test_the_modal_opens_by_click_and_enter_and_gives_focus_back(browser: Any, demo_url: str) -> None:
    _opens_closes_and_gives_focus_back(browser, demo_url)
    _trigger(browser).click()
    _no_axe_violations(browser)
    assert _modal(browser)["open"]


def test_without_invoker_commands_the_script_does_the_same(without_invokers: Any, demo_url: str) -> None:
    _opens_closes_and_gives_focus_back(without_invokers, demo_url)
    assert (
        without_invokers.execute_script('return "commandForElement" in HTMLButtonElement.prototype') is False
    )


def test_the_forced_modal_ignores_escape_and_waits_for_a_choice(browser: Any, demo_url: str) -> None:
    _open(browser, demo_url, "modal", "forced-action")
    _trigger(browser).send_keys(Keys.ENTER)
    assert _modal(browser)["focused"] == "heading"
    assert not browser.find_elements(By.CSS_SELECTOR, "dialog [command=close]")
    _press(browser, Keys.ESCAPE)
    _press(browser, Keys.ESCAPE)
    state = _modal(browser)
    assert (state["open"], state["focusInside"]) == (True, True)
    _no_axe_violations(browser)
    browser.find_element(By.LINK_TEXT, "Go on where I stopped").click()
    WebDriverWait(browser, 10).until(lambda _: browser.current_url.endswith("#go-on"))


def test_without_closedby_the_script_keeps_the_forced_modal_open(
    without_invokers: Any, demo_url: str
) -> None:
    """In a browser that ignores closedby="none", the script cancels Escape's close (one press: Chromium
    lets a page cancel it only once per click or key press that is not Escape)."""
    _open(without_invokers, demo_url, "modal", "forced-action")
    without_invokers.execute_script("document.querySelector('dialog').removeAttribute('closedby')")
    _trigger(without_invokers).click()
    assert _modal(without_invokers)["open"]
    _press(without_invokers, Keys.ESCAPE)
    assert _modal(without_invokers)["open"]
