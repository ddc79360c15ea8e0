"""Right-to-left in the browser: with Arabic the layout mirrors; with English it does not.

Screenshots of both are written to ``reports/`` for a person to look at.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from selenium.webdriver.common.by import By

REPORTS = Path(__file__).resolve().parents[2] / "reports"
PAGE = "/components/text_input"


def _layout(browser: Any, url: str, screenshot: Path) -> dict[str, float]:
    browser.set_window_size(1280, 900)
    browser.get(url)
    REPORTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(screenshot))
    main = browser.find_element(By.CSS_SELECTOR, "main").rect
    back = browser.find_element(By.CSS_SELECTOR, ".fd-back-link").rect
    heading = browser.find_element(By.CSS_SELECTOR, "main h1").rect
    field = browser.find_element(By.CSS_SELECTOR, ".fd-form-group .fd-input").rect
    return {
        "main_left": main["x"],
        "main_right": main["x"] + main["width"],
        "back_left": back["x"],
        "back_right": back["x"] + back["width"],
        "heading_left": heading["x"],
        "heading_right": heading["x"] + heading["width"],
        "field_left": field["x"],
        "field_right": field["x"] + field["width"],
        "direction": browser.execute_script("return getComputedStyle(document.body).direction"),
    }


def test_arabic_mirrors_the_layout(browser: Any, demo_url: str) -> None:
    english = _layout(browser, f"{demo_url}/en{PAGE}", REPORTS / "rtl-en.png")
    arabic = _layout(browser, f"{demo_url}/ar{PAGE}", REPORTS / "rtl-ar.png")
    assert english["direction"] == "ltr" and arabic["direction"] == "rtl"
    width = english["main_right"] - english["main_left"]
    # English: the back link starts at the left edge of the main column, Arabic at the right edge.
    assert abs(english["back_left"] - english["main_left"]) < 40
    assert abs(arabic["back_right"] - arabic["main_right"]) < 40
    assert arabic["back_left"] > english["back_left"] + width / 2
    # The page heading follows the same side.
    assert abs(arabic["heading_right"] - arabic["main_right"]) < 40
    assert abs(english["heading_left"] - english["main_left"]) < 40


def test_back_arrow_points_the_other_way_in_arabic(browser: Any, demo_url: str) -> None:
    script = (
        "const link = document.querySelector('.fd-back-link');"
        "return getComputedStyle(link, '::before').transform;"
    )
    browser.get(f"{demo_url}/en{PAGE}")
    english = browser.execute_script(script)
    browser.get(f"{demo_url}/ar{PAGE}")
    arabic = browser.execute_script(script)
    assert english != arabic
