"""Details: native <details>, open on request, block content, an arrow that flips right to left."""

from __future__ import annotations

from pathlib import Path

import pytest

from components import ComponentParamsError
from components.details import Details
from tests.components.css import PHYSICAL, css_rules
from tests.components.jinja import agency_environment
from tests.html import attr, classes, one, parse, select, text

CSS = (Path(__file__).parents[2] / "components" / "details" / "details.css").read_text()


def test_native_details_and_summary() -> None:
    page = parse(Details(summary_text="Help with this", text="More help").render())
    details = one(page, "details.fd-details")
    assert details.parent is page
    summary, content = details.find_all(recursive=False)
    assert summary.name == "summary" and text(one(summary, ".fd-details__summary-text")) == "Help with this"
    assert classes(content) == ["fd-details__text"] and text(one(content, "p")) == "More help"


def test_closed_by_default_and_open_when_asked() -> None:
    assert attr(one(Details(summary_text="s", text="t").render(), "details.fd-details"), "open") is None
    opened = one(Details(summary_text="s", text="t", open=True, id="d").render(), "details")
    assert (classes(opened), attr(opened, "id"), attr(opened, "open")) == (["fd-details"], "d", "")


def test_arrow_is_hidden_from_screen_readers() -> None:
    icon = one(Details(summary_text="s", text="t").render(), "summary > svg:first-child")
    assert (classes(icon), attr(icon, "aria-hidden"), attr(icon, "focusable")) == (
        ["fd-details__icon"],
        "true",
        "false",
    )


def test_summary_and_content_text_are_escaped_html_is_not() -> None:
    page = parse(Details(summary_text="a <b>", text="c <d>").render())
    assert text(one(page, ".fd-details__summary-text")) == "a <b>"
    assert text(one(page, ".fd-details__text > p")) == "c <d>"
    assert not select(page, "b, d")
    page = parse(Details(summary_html="a <em>b</em>", html="<ul><li>c</li></ul>").render())
    assert text(one(page, ".fd-details__summary-text > em")) == "b"
    assert text(one(page, "div.fd-details__text > ul > li")) == "c"


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
    assert text(one(html, "details > div.fd-details__text > p")) == "Hidden help"


def test_arrow_flips_in_right_to_left_turns_down_when_open_and_shows_in_forced_colors() -> None:
    rules = css_rules(CSS)
    assert rules[".fd-details__icon:dir(rtl)"]["transform"].endswith("scaleX(-1)")
    opened = [
        rule for key, rule in rules.items() if key.startswith(".fd-details[open]") and key.endswith("__icon")
    ]
    assert opened and all("rotate(90deg)" in rule["transform"] for rule in opened)
    assert any(
        key.startswith("@media (forced-colors:active) ") and "fd-details__icon" in key for key in rules
    )


def test_css_uses_logical_properties() -> None:
    assert not PHYSICAL.search(CSS)
