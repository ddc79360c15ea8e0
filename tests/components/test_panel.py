"""Panel: a heading at level 1 by default or any other, with text, html, block content or none."""

from __future__ import annotations

from pathlib import Path

import pytest

from components import ComponentParamsError
from components.panel import Panel
from tests.components.css import PHYSICAL, css_rules
from tests.components.jinja import agency_environment
from tests.html import attr, classes, one, parse, select, text

CSS = (Path(__file__).parents[2] / "components" / "panel" / "panel.css").read_text()


def test_heading_is_the_page_heading_by_default_and_text_follows_it() -> None:
    panel = one(Panel(heading_text="Application complete", text="We sent you an email").render(), "div")
    assert (classes(panel), attr(panel, "id")) == (["fd-panel"], None)
    assert [(e.name, classes(e), text(e)) for e in panel.find_all(recursive=False)] == [
        ("h1", ["fd-panel__title"], "Application complete"),
        ("p", ["fd-panel__body"], "We sent you an email"),
    ]


@pytest.mark.parametrize("level", [1, 2, 6])
def test_heading_level(level: int) -> None:
    html = Panel(heading_text="Done", heading_level=level, id="done").render()
    headings = select(html, "h1, h2, h3, h4, h5, h6")
    assert [(h.name, classes(h), text(h)) for h in headings] == [(f"h{level}", ["fd-panel__title"], "Done")]
    assert attr(one(html, "div.fd-panel"), "id") == "done"


@pytest.mark.parametrize("level", [0, 7])
def test_heading_level_out_of_range_names_the_field(level: int) -> None:
    with pytest.raises(ComponentParamsError) as raised:
        Panel(heading_text="Done", heading_level=level)
    assert str(raised.value).startswith("Panel: invalid params")
    assert "'heading_level'" in str(raised.value)


def test_heading_is_required() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        Panel(text="Your reference number")
    assert "Panel" in str(raised.value)
    assert "'heading_text' or 'heading_html'" in str(raised.value)


def test_heading_alone_has_no_empty_body() -> None:
    panel = one(Panel(heading_text="Saved").render(), "div.fd-panel")
    assert [e.name for e in panel.find_all(recursive=False)] == ["h1"]
    assert not select(panel, ".fd-panel__body")


def test_text_is_escaped_and_html_is_not() -> None:
    page = parse(Panel(heading_text="<h>", text="<t>").render())
    assert text(one(page, "h1")) == "<h>" and text(one(page, "p.fd-panel__body")) == "<t>"
    assert [e.name for e in select(page, "*")] == ["div", "h1", "p"]
    page = parse(Panel(heading_html="Done <em>now</em>", html="Ref<br><strong>AB12</strong>").render())
    assert text(one(page, "h1.fd-panel__title > em")) == "now"
    body = one(page, "div.fd-panel__body")
    assert [e.name for e in body.find_all(recursive=False)] == ["br", "strong"]
    assert text(one(body, "strong")) == "AB12"


def test_html_wins_over_text() -> None:
    body = one(Panel(heading_text="Done", text="plain", html="<b>rich</b>").render(), ".fd-panel__body")
    assert (body.name, text(body)) == ("div", "rich")


def test_classes_and_attributes_go_on_the_outer_element() -> None:
    panel = one(Panel(heading_text="Done", classes="app-wide", attributes={"data-x": "1"}).render(), "div")
    assert (classes(panel), attr(panel, "data-x")) == (["fd-panel", "app-wide"], "1")


def test_block_content_through_call() -> None:
    html = (
        agency_environment()
        .from_string("{% call fd.panel(heading_text='Sent', heading_level=2) %}<p>Ref 42</p>{% endcall %}")
        .render()
    )
    assert text(one(html, "div.fd-panel > h2.fd-panel__title")) == "Sent"
    assert text(one(html, "div.fd-panel > div.fd-panel__body > p")) == "Ref 42"


def test_css_keeps_the_box_in_forced_colors_and_focus_visible_on_the_green() -> None:
    rules = css_rules(CSS)
    assert not PHYSICAL.search(CSS)
    assert rules["@media (forced-colors:active) .fd-panel"]["border-color"] == "CanvasText"
    assert rules[".fd-panel"]["color"] == "var(--fd-color-text-inverse)"
    assert rules[".fd-panel a:focus-visible"]["outline"].endswith("var(--fd-color-focus)")
    assert "var(--fd-color-text-inverse)" in rules[".fd-panel a:focus-visible"]["box-shadow"]
