"""Process list: an ordered list of steps, each with a heading at the page's level (or bold text) and
its text or html; the numbers and the line between them drawn by CSS that works in forced colors and
right to left."""

from __future__ import annotations

from pathlib import Path

import pytest

from components import ComponentParamsError
from components.process_list import ProcessList
from tests.components.css import PHYSICAL, css_rules
from tests.components.jinja import agency_environment
from tests.html import attr, classes, one, parse, select, text

CSS = (Path(__file__).parents[2] / "components" / "process_list" / "process_list.css").read_text()
RULES = css_rules(CSS)
STEPS = [
    {"heading_text": "Check", "text": "Answer questions"},
    {"heading_text": "Apply", "html": "<p>Fill in <a href='#form'>the form</a></p>"},
    {"heading_text": "Wait"},
]
NUMBER = ".fd-process-list__item::before"
LINE = ".fd-process-list__item:not(:last-child)::after"


def test_an_ordered_list_of_steps_each_with_a_heading_and_its_content() -> None:
    page = parse(ProcessList(items=STEPS).render())
    ol = one(page, "ol")
    assert ol.parent is page and classes(ol) == ["fd-process-list"]
    assert attr(ol, "id") is None and attr(ol, "role") is None
    items = select(ol, ":scope > li")
    assert [classes(li) for li in items] == [["fd-process-list__item"]] * 3
    assert [[(child.name, classes(child)) for child in li.find_all(recursive=False)] for li in items] == [
        [("h2", ["fd-process-list__heading"]), ("p", ["fd-process-list__text"])],
        [("h2", ["fd-process-list__heading"]), ("div", ["fd-process-list__text"])],
        [("h2", ["fd-process-list__heading"])],
    ]
    assert [text(h) for h in select(ol, "h2")] == ["Check", "Apply", "Wait"]
    assert text(one(items[0], "p")) == "Answer questions"
    assert attr(one(items[1], "div.fd-process-list__text > p > a"), "href") == "#form"


def test_no_numbers_in_the_markup_because_css_draws_them_from_the_list() -> None:
    html = ProcessList(items=STEPS).render()
    assert [text(h) for h in select(html, "li > :first-child")] == ["Check", "Apply", "Wait"]
    assert not select(html, "[aria-hidden], [aria-label], [role]")


@pytest.mark.parametrize("level", [2, 3, 6])
def test_heading_level(level: int) -> None:
    html = ProcessList(items=STEPS, heading_level=level).render()
    assert [(h.name, classes(h)) for h in select(html, "li > :first-child")] == [
        (f"h{level}", ["fd-process-list__heading"])
    ] * 3


def test_steps_can_be_bold_text_rather_than_headings() -> None:
    html = ProcessList(items=STEPS, heading_level=None).render()
    assert not select(html, "h1, h2, h3, h4, h5, h6")
    assert [(p.name, text(p)) for p in select(html, "li > .fd-process-list__heading")] == [
        ("p", "Check"),
        ("p", "Apply"),
        ("p", "Wait"),
    ]


@pytest.mark.parametrize("level", [1, 7])
def test_heading_level_out_of_range_names_the_field(level: int) -> None:
    with pytest.raises(ComponentParamsError) as raised:
        ProcessList(items=STEPS, heading_level=level)
    assert "ProcessList" in str(raised.value) and "'heading_level'" in str(raised.value)


def test_text_is_escaped_and_html_is_not() -> None:
    page = parse(ProcessList(items=[{"heading_text": "<b>Go</b>", "text": "<i>now</i>"}]).render())
    assert text(one(page, "h2")) == "<b>Go</b>" and text(one(page, "p.fd-process-list__text")) == "<i>now</i>"
    assert not select(page, "b, i")
    page = parse(
        ProcessList(items=[{"heading_html": "Go <em>now</em>", "html": "<ul><li>a</li></ul>"}]).render()
    )
    assert text(one(page, "h2 > em")) == "now"
    assert text(one(page, "div.fd-process-list__text > ul > li")) == "a"


def test_classes_attributes_and_id_go_on_the_list() -> None:
    ol = one(ProcessList(items=STEPS, id="steps", classes="extra", attributes={"data-x": "1"}).render(), "ol")
    assert (attr(ol, "id"), classes(ol), attr(ol, "data-x")) == ("steps", ["fd-process-list", "extra"], "1")


def test_the_list_needs_a_step() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        ProcessList(items=[])
    assert "ProcessList" in str(raised.value) and "'items'" in str(raised.value)


def test_each_step_needs_a_heading_and_the_error_says_which() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        ProcessList(items=[STEPS[0], {"text": "No heading"}])
    assert "'items.1'" in str(raised.value) and "heading_text" in str(raised.value)
    with pytest.raises(ComponentParamsError) as raised:
        ProcessList(items=[{"heading_text": "Go", "txt": "x"}])
    assert "'items.0.txt' is not a param of ProcessList; did you mean 'text'?" in str(raised.value)


def test_from_jinja() -> None:
    html = (
        agency_environment()
        .from_string("{{ fd.process_list(items=items, heading_level=3) }}")
        .render(items=STEPS)
    )
    assert [text(h) for h in select(html, "ol.fd-process-list > li > h3")] == ["Check", "Apply", "Wait"]


def test_numbers_come_from_a_counter_on_the_list() -> None:
    assert RULES[".fd-process-list"]["counter-reset"] == "fd-process-list"
    assert RULES[".fd-process-list"]["list-style"] == "none"
    assert RULES[".fd-process-list__item"]["counter-increment"] == "fd-process-list"
    assert RULES[NUMBER]["content"] == "counter(fd-process-list)"


def test_circles_and_line_are_borders_on_the_start_side_that_show_in_forced_colors() -> None:
    assert RULES[NUMBER]["inset-inline-start"] == "0"
    assert "solid" in RULES[NUMBER]["border"]
    assert "solid" in RULES[LINE]["border-inline-start"]
    assert "inset-inline-start" in RULES[LINE]
    forced = "@media (forced-colors:active) "
    assert RULES[forced + NUMBER]["border-color"] == "CanvasText"
    assert RULES[forced + LINE]["border-inline-start-color"] == "CanvasText"
    assert not PHYSICAL.search(CSS)
