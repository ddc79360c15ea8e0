"""The gallery's controls in a real browser: the filter as the person types, the copy buttons, and
the preview options (no script at all, a 320 pixel viewport, right to left)."""

from __future__ import annotations

from typing import Any

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from a11y_tests.axe import check_page
from components.registry import registry


def _visible_items(browser: Any) -> list[str]:
    items = browser.find_elements(By.CSS_SELECTOR, "[data-demo-words]")
    return [item.find_element(By.TAG_NAME, "a").text for item in items if item.is_displayed()]


def test_the_filter_filters_as_the_person_types(browser: Any, demo_url: str) -> None:
    browser.get(demo_url + "/components")
    assert len(_visible_items(browser)) == len(registry())
    field = browser.find_element(By.CSS_SELECTOR, "[data-demo-filter=q]")
    field.send_keys("error SUMMARY")
    WebDriverWait(browser, 5).until(lambda _: _visible_items(browser) == ["Error summary"])
    status = browser.find_element(By.CSS_SELECTOR, "[data-demo-filter=count]")
    assert status.text == "1 component shown"
    field.clear()
    field.send_keys("zzzz")
    WebDriverWait(browser, 5).until(lambda _: status.text == "0 components shown")
    assert check_page(browser) == []


def test_the_copy_button_copies_the_code_and_says_so(browser: Any, demo_url: str) -> None:
    browser.execute_cdp_cmd(
        "Browser.grantPermissions",
        {"origin": demo_url, "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]},
    )
    browser.get(demo_url + "/components/button")
    section = browser.find_element(By.CSS_SELECTOR, "section.demo-example")
    details = section.find_elements(By.CSS_SELECTOR, "details")[1]  # the Jinja call
    details.find_element(By.TAG_NAME, "summary").click()
    button = details.find_element(By.CSS_SELECTOR, "[data-demo-copy]")
    assert button.is_displayed() and button.text == "Copy code"
    # A copy button the script has not revealed stays hidden, though a button's class gives it a display.
    hidden = browser.execute_script(
        "var b = arguments[0].cloneNode(true); b.hidden = true; arguments[0].after(b);"
        "var shown = getComputedStyle(b).display; b.remove(); return shown;",
        button,
    )
    assert hidden == "none"
    button.click()
    status = browser.find_element(By.CSS_SELECTOR, "[data-demo-copy-status]")
    WebDriverWait(browser, 5).until(lambda _: status.get_attribute("textContent") == "Code copied")
    copied = browser.execute_async_script("navigator.clipboard.readText().then(arguments[0])")
    assert copied == details.find_element(By.TAG_NAME, "code").get_attribute("textContent")
    assert copied.startswith("{{ fd.button(")


def test_preview_options_open_without_script_and_right_to_left(browser: Any, demo_url: str) -> None:
    browser.get(demo_url + "/components/character_count")
    section = browser.find_element(By.CSS_SELECTOR, "section.demo-example")
    section.find_elements(By.CSS_SELECTOR, "details")[0].find_element(By.TAG_NAME, "summary").click()
    form = section.find_element(By.CSS_SELECTOR, "form[action$='/open']")
    form.find_element(By.CSS_SELECTOR, "option[value=ar]").click()
    for value in ("rtl", "no-script"):
        box = form.find_element(By.CSS_SELECTOR, f"input[value={value}]")
        browser.execute_script("arguments[0].click()", box)
    form.find_element(By.CSS_SELECTOR, "button:not([type=button])").click()
    WebDriverWait(browser, 5).until(lambda _: "/ar/components/" in browser.current_url)
    assert browser.execute_script("return [document.documentElement.lang, document.documentElement.dir]") == [
        "ar",
        "rtl",
    ]
    # Our script did not run: nothing registered, nothing enhanced.
    assert browser.execute_script("return typeof window.FrontDoor") == "undefined"
    assert check_page(browser) == []


def test_the_narrow_view_is_320_pixels_wide(browser: Any, demo_url: str) -> None:
    slug = registry()["radios"].examples[0].slug
    browser.get(f"{demo_url}/components/radios/{slug}/narrow")
    frame = browser.find_element(By.CSS_SELECTOR, "iframe.demo-narrow-frame")
    browser.switch_to.frame(frame)
    try:
        assert browser.execute_script("return window.innerWidth") == 320
        # Nothing scrolls sideways at that width.
        assert browser.execute_script("return document.documentElement.scrollWidth <= window.innerWidth")
    finally:
        browser.switch_to.default_content()
