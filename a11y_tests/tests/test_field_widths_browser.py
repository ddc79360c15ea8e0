"""A text field sized for N digits shows N digits whole, in a real browser: the date fields and every
fixed width of the text input."""

from __future__ import annotations

from typing import Any

import pytest

from components.registry import registry

FITS = """
var field = document.querySelector(arguments[0]);
field.value = arguments[1];
return [field.scrollWidth, field.clientWidth];
"""


@pytest.mark.parametrize("width", [2, 3, 4, 5, 10, 20, 30])
def test_a_field_of_each_width_shows_that_many_digits(browser: Any, demo_url: str, width: int) -> None:
    slug = registry()["text_input"].examples[0].slug
    browser.get(f"{demo_url}/components/text_input/{slug}/preview")
    browser.execute_script(
        "document.querySelector('.fd-input').className = 'fd-input fd-input--width-' + arguments[0];",
        width,
    )
    scroll, client = browser.execute_script(FITS, ".fd-input", "8" * width)
    assert scroll <= client, f"{width} digits need {scroll}px, the field shows {client}px"


def test_the_date_fields_show_a_whole_date(browser: Any, demo_url: str) -> None:
    slug = registry()["date_input"].examples[0].slug
    browser.get(f"{demo_url}/components/date_input/{slug}/preview")
    for part, digits in (("month", "12"), ("day", "28"), ("year", "2026")):
        scroll, client = browser.execute_script(FITS, f"input[id$='-{part}']", digits)
        assert scroll <= client, part
