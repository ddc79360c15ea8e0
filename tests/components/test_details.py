"""Details: native <details>, open on request, block content, an arrow that flips right to left."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from components import ComponentParamsError
from components.details import Details
from tests.components.jinja import agency_environment
from tests.html import attr, classes, one

CSS = (Path(__file__).parents[2] / "components" / "details" / "details.css").read_text()
PHYSICAL = re.compile(
    r"(margin|padding|border)-(left|right|top|bottom)\b|(?<![-\w])(left|right|top|bottom)\s*:"
    r"|(text-align|float|clear)\s*:\s*(left|right)"
)


def test_native_details_and_summary() -> None:
    html = Details(summary_text="Help with this", text="More help").render()
    assert html.startswith('<details class="fd-details">')
    assert '<span class="fd-details__summary-text">Help with this</span></summary>' in html
    assert "<p>More help</p>" in html
    assert html.rstrip().endswith("</details>")


def test_closed_by_default_and_open_when_asked() -> None:
    assert attr(one(Details(summary_text="s", text="t").render(), "details.fd-details"), "open") is None
    opened = one(Details(summary_text="s", text="t", open=True, id="d").render(), "details")
    assert (classes(opened), attr(opened, "id"), attr(opened, "open")) == (["fd-details"], "d", "")


def test_arrow_is_hidden_from_screen_readers() -> None:
    html = Details(summary_text="s", text="t").render()
    assert re.search(
        r'<summary[^>]*><svg class="fd-details__icon"[^>]*aria-hidden="true" focusable="false"', html
    )


def test_summary_and_content_text_are_escaped_html_is_not() -> None:
    html = Details(summary_text="a <b>", text="c <d>").render()
    assert "a &lt;b&gt;" in html
    assert "c &lt;d&gt;" in html
    html = Details(summary_html="a <em>b</em>", html="<ul><li>c</li></ul>").render()
    assert "a <em>b</em></span>" in html
    assert '<div class="fd-details__text"><ul><li>c</li></ul></div>' in html


def test_summary_is_required() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        Details(text="t")
    assert "Details" in str(raised.value)
    assert "summary_text" in str(raised.value)


def test_open_must_be_a_boolean() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        Details(summary_text="s", text="t", open="sometimes")
    assert "'open'" in str(raised.value)


def test_block_content_through_call() -> None:
    html = (
        agency_environment()
        .from_string("{% call fd.details(summary_text='More') %}<p>Hidden help</p>{% endcall %}")
        .render()
    )
    assert '<div class="fd-details__text"><p>Hidden help</p></div>' in html


def test_arrow_flips_in_right_to_left_turns_down_when_open_and_shows_in_forced_colors() -> None:
    assert re.search(r"\.fd-details__icon:dir\(rtl\)\s*\{[^}]*scaleX\(-1\)", CSS)
    assert re.search(r"\.fd-details\[open\][^{]*\.fd-details__icon\s*\{[^}]*rotate\(90deg\)", CSS)
    forced = CSS[CSS.index("@media (forced-colors: active)") :]
    assert ".fd-details__icon" in forced


def test_css_uses_logical_properties() -> None:
    assert not PHYSICAL.search(CSS)
