"""The character count script in a real browser: it counts down as the person types, says how many
characters are too many, marks the error, and updates the polite live region only once typing pauses."""

from __future__ import annotations

from typing import Any

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from i18n.locales import LOCALES

PREVIEW = "/components/character_count/{slug}/preview"
TYPE_AND_READ = """
var field = document.getElementById(arguments[0]);
field.value = arguments[1];
field.dispatchEvent(new Event("input", {bubbles: true}));
var root = field.closest("[data-fd-character-count]");
return {
  message: root.querySelector("[data-fd-character-count-message]").textContent,
  status: root.querySelector("[aria-live=polite]").textContent
};
"""


def _open(browser: Any, demo_url: str, code: str, slug: str) -> Any:
    browser.get(demo_url + LOCALES[code].url_prefix + PREVIEW.format(slug=slug))
    return browser.find_element(By.CSS_SELECTOR, "[data-fd-character-count]")


def _message(root: Any) -> str:
    return root.find_element(By.CSS_SELECTOR, "[data-fd-character-count-message]").text


def classes(element: Any) -> list[str]:
    """The element's classes, as the browser has them now."""
    return str(element.get_attribute("class") or "").split()


def _status(root: Any) -> str:
    return root.find_element(By.CSS_SELECTOR, "[aria-live=polite]").get_attribute("textContent")


def test_typing_past_the_limit_says_how_many_too_many(browser: Any, demo_url: str) -> None:
    root = _open(browser, demo_url, "en", "default")
    field = root.find_element(By.TAG_NAME, "textarea")
    assert _message(root) == "You have 200 characters remaining"
    assert _status(root) == ""  # nothing is announced when the page loads

    field.send_keys("a" * 195)
    WebDriverWait(browser, 5).until(lambda _: _status(root) == "You have 5 characters remaining")
    assert _message(root) == "You have 5 characters remaining"

    field.send_keys("b" * 11)
    assert _message(root) == "You have 6 characters too many"
    message = root.find_element(By.CSS_SELECTOR, "[data-fd-character-count-message]")
    assert "fd-character-count__message--error" in classes(message)
    assert "fd-character-count__field--error" in classes(field)
    WebDriverWait(browser, 5).until(lambda _: _status(root) == "You have 6 characters too many")

    field.send_keys("\b" * 5)
    assert _message(root) == "You have 1 character too many"
    field.send_keys("\b")
    assert _message(root) == "You have 0 characters remaining"
    assert "fd-character-count__field--error" not in classes(field)


def test_the_live_region_waits_for_a_pause_in_typing(browser: Any, demo_url: str) -> None:
    root = _open(browser, demo_url, "en", "default")
    shown = browser.execute_script(TYPE_AND_READ, "more-detail", "x" * 210)
    assert shown == {"message": "You have 10 characters too many", "status": ""}
    # Still quiet 0.4 s later, timed by the page's own clock: it waits for a pause of about a second.
    status_soon = browser.execute_async_script(
        "var done = arguments[0], live = document.querySelector('[aria-live=polite]');"
        "setTimeout(function () { done(live.textContent); }, 400);"
    )
    assert status_soon == ""
    WebDriverWait(browser, 5).until(lambda _: _status(root) == "You have 10 characters too many")


def test_below_the_threshold_the_message_gives_the_limit(browser: Any, demo_url: str) -> None:
    root = _open(browser, demo_url, "en", "threshold")
    assert _message(root) == "You can enter up to 100 characters"
    shown = browser.execute_script(TYPE_AND_READ, "job-title", "x" * 74)
    assert shown["message"] == "You can enter up to 100 characters"
    shown = browser.execute_script(TYPE_AND_READ, "job-title", "x" * 75)
    assert shown["message"] == "You have 25 characters remaining"


def test_an_answer_sent_too_long_shows_the_error_on_load(browser: Any, demo_url: str) -> None:
    root = _open(browser, demo_url, "en", "over-the-limit")
    assert _message(root).endswith("characters too many")
    assert "fd-character-count__field--error" in classes(root.find_element(By.TAG_NAME, "textarea"))


def test_russian_picks_the_plural_form_of_its_own_rules(browser: Any, demo_url: str) -> None:
    """1, 2 and 5 are Russian's one, few and many: each message is the server's for that category."""
    root = _open(browser, demo_url, "ru", "default")
    expected = {
        n: root.get_attribute(f"data-fd-over-{category}").replace("%(num)s", str(n))
        for n, category in [(1, "one"), (2, "few"), (5, "many"), (21, "one")]
    }
    assert expected[1] == expected[21].replace("21", "1")
    for n, text in expected.items():
        shown = browser.execute_script(TYPE_AND_READ, "more-detail", "ж" * (200 + n))
        assert shown["message"] == text, n
