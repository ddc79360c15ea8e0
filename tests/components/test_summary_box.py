"""Summary box: a region named by its heading, at any heading level, with text, html or block content."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from components import ComponentParamsError
from components.summary_box import SummaryBox
from tests.components.jinja import agency_environment

CSS = (Path(__file__).parents[2] / "components" / "summary_box" / "summary_box.css").read_text()
PHYSICAL = re.compile(
    r"(margin|padding|border)-(left|right|top|bottom)\b|(?<![-\w])(left|right|top|bottom)\s*:"
    r"|(text-align|float|clear)\s*:\s*(left|right)"
)


def test_region_is_named_by_its_heading() -> None:
    html = SummaryBox(heading_text="Next steps", text="Send your form", id="next").render()
    section = re.search(r"<section ([^>]*)>", html)
    heading = re.search(r'<h2 class="fd-summary-box__heading" id="([^"]+)">Next steps</h2>', html)
    assert section and heading
    assert 'aria-labelledby="next-heading"' in section.group(1)
    assert heading.group(1) == "next-heading"


def test_default_id() -> None:
    assert 'aria-labelledby="summary-box-heading"' in SummaryBox(heading_text="h", text="t").render()


@pytest.mark.parametrize("level", [2, 4])
def test_heading_level(level: int) -> None:
    html = SummaryBox(heading_text="Next", heading_level=level, text="t").render()
    assert f'<h{level} class="fd-summary-box__heading"' in html
    assert f">Next</h{level}>" in html


def test_heading_level_out_of_range_names_the_field() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        SummaryBox(heading_text="Next", heading_level=1, text="t")
    assert "'heading_level'" in str(raised.value)


def test_heading_is_required_because_the_region_needs_a_name() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        SummaryBox(text="t")
    assert "SummaryBox" in str(raised.value)
    assert "heading_text" in str(raised.value)


def test_text_is_escaped_and_html_is_not() -> None:
    html = SummaryBox(heading_text="<h>", text="<t>").render()
    assert "&lt;h&gt;</h2>" in html
    assert "&lt;t&gt;</p>" in html
    html = SummaryBox(heading_html="<em>h</em>", html="<ul><li>t</li></ul>").render()
    assert "<em>h</em></h2>" in html
    assert '<div class="fd-summary-box__text"><ul><li>t</li></ul></div>' in html


def test_block_content_through_call() -> None:
    html = (
        agency_environment()
        .from_string("{% call fd.summary_box(heading_text='Key points') %}<ul><li>One</li></ul>{% endcall %}")
        .render()
    )
    assert "<ul><li>One</li></ul>" in html


def test_css_uses_logical_properties_and_has_forced_colors_rules() -> None:
    assert not PHYSICAL.search(CSS)
    assert "@media (forced-colors: active)" in CSS
