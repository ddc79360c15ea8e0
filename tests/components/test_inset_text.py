"""Inset text: content set off by a start-side border, as text, html or block content."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from components import ComponentParamsError
from components.inset_text import InsetText
from tests.components.jinja import agency_environment
from tests.html import classes, one, select, text

CSS = (Path(__file__).parents[2] / "components" / "inset_text" / "inset_text.css").read_text()
PHYSICAL = re.compile(
    r"(margin|padding|border)-(left|right|top|bottom)\b|(?<![-\w])(left|right|top|bottom)\s*:"
    r"|(text-align|float|clear)\s*:\s*(left|right)"
)


def test_text_is_a_paragraph_and_escaped() -> None:
    html = InsetText(text="Allow <8> weeks").render()
    assert '<div class="fd-inset-text">' in html
    assert '<p class="fd-inset-text__text">Allow &lt;8&gt; weeks</p>' in html


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
    assert "<p>Note this</p>" in html
    assert "fd-inset-text__text" not in html


def test_set_off_by_a_start_border_that_shows_in_forced_colors() -> None:
    assert re.search(r"\.fd-inset-text\s*\{[^}]*border-inline-start:", CSS)
    assert "@media (forced-colors: active)" in CSS
    assert not PHYSICAL.search(CSS)
