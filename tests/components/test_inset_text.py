"""Inset text: content set off by a start-side border, as text, html or block content."""

from __future__ import annotations

from pathlib import Path

import pytest

from components import ComponentParamsError
from components.inset_text import InsetText
from tests.components.css import PHYSICAL, css_rules
from tests.components.jinja import agency_environment
from tests.html import classes, one, select, text

CSS = (Path(__file__).parents[2] / "components" / "inset_text" / "inset_text.css").read_text()


def test_text_is_a_paragraph_and_escaped() -> None:
    inset = one(InsetText(text="Allow <8> weeks").render(), "div")
    assert classes(inset) == ["fd-inset-text"]
    paragraphs = inset.find_all(recursive=False)
    assert [(p.name, classes(p), text(p)) for p in paragraphs] == [
        ("p", ["fd-inset-text__text"], "Allow <8> weeks")
    ]


def test_html_is_inserted_as_it_is() -> None:
    inset = one(InsetText(html="<p>One</p><p>Two</p>", id="note").render(), "div#note")
    assert classes(inset) == ["fd-inset-text"]
    assert [text(p) for p in select(inset, ":scope > p")] == ["One", "Two"]


def test_content_is_required() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        InsetText(id="note")
    assert "InsetText" in str(raised.value)
    assert "'text' or 'html'" in str(raised.value)


def test_block_content_through_call() -> None:
    html = (
        agency_environment().from_string("{% call fd.inset_text() %}<p>Note this</p>{% endcall %}").render()
    )
    inset = one(html, "div.fd-inset-text")
    assert [(p.name, classes(p), text(p)) for p in inset.find_all(recursive=False)] == [
        ("p", [], "Note this")
    ]


def test_set_off_by_a_start_border_that_shows_in_forced_colors() -> None:
    rules = css_rules(CSS)
    assert "border-inline-start" in rules[".fd-inset-text"]
    assert any(key.startswith("@media (forced-colors:active) .fd-inset-text") for key in rules)
    assert not PHYSICAL.search(CSS)
