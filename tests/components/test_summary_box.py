"""Summary box: a region named by its heading, at any heading level, with text, html or block content."""

from __future__ import annotations

from pathlib import Path

import pytest

from components import ComponentParamsError
from components.summary_box import SummaryBox
from tests.components.css import PHYSICAL, css_rules
from tests.components.jinja import agency_environment
from tests.html import attr, classes, one, parse, select, text

CSS = (Path(__file__).parents[2] / "components" / "summary_box" / "summary_box.css").read_text()


def test_region_is_named_by_its_heading() -> None:
    section = one(SummaryBox(heading_text="Next steps", text="Send your form", id="next").render(), "section")
    heading = one(section, ":scope > h2.fd-summary-box__heading")
    assert (attr(section, "id"), classes(section)) == ("next", ["fd-summary-box"])
    assert attr(section, "aria-labelledby") == attr(heading, "id") == "next-heading"
    assert text(heading) == "Next steps"


def test_default_id() -> None:
    section = one(SummaryBox(heading_text="h", text="t").render(), "section")
    assert attr(section, "aria-labelledby") == attr(one(section, "h2"), "id") == "summary-box-heading"


@pytest.mark.parametrize("level", [2, 4])
def test_heading_level(level: int) -> None:
    html = SummaryBox(heading_text="Next", heading_level=level, text="t").render()
    headings = select(html, "h1, h2, h3, h4, h5, h6")
    assert [(h.name, classes(h), text(h)) for h in headings] == [
        (f"h{level}", ["fd-summary-box__heading"], "Next")
    ]


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
    page = parse(SummaryBox(heading_text="<h>", text="<t>").render())
    assert text(one(page, "h2")) == "<h>" and text(one(page, "p.fd-summary-box__text")) == "<t>"
    assert [e.name for e in select(page, "*")] == ["section", "h2", "p"]
    page = parse(SummaryBox(heading_html="<em>h</em>", html="<ul><li>t</li></ul>").render())
    assert text(one(page, "h2 > em")) == "h"
    assert text(one(page, "div.fd-summary-box__text > ul > li")) == "t"


def test_block_content_through_call() -> None:
    html = (
        agency_environment()
        .from_string("{% call fd.summary_box(heading_text='Key points') %}<ul><li>One</li></ul>{% endcall %}")
        .render()
    )
    assert [text(li) for li in select(html, "section > div.fd-summary-box__text > ul > li")] == ["One"]


def test_css_uses_logical_properties_and_has_forced_colors_rules() -> None:
    assert not PHYSICAL.search(CSS)
    assert any(key.startswith("@media (forced-colors:active) .fd-summary-box") for key in css_rules(CSS))
