"""Fieldset: a legend (optionally the page heading), block content by param or {% call %}, hint and error."""

from __future__ import annotations

from pathlib import Path

import pytest

from components import ComponentParamsError
from components.fieldset import Fieldset
from tests.components.css import PHYSICAL
from tests.components.jinja import agency_environment
from tests.components.structure import described_ids
from tests.html import attr, classes, one, parse, select, text

CSS = (Path(__file__).parents[2] / "components" / "fieldset" / "fieldset.css").read_text()


def test_legend_names_the_fieldset_and_content_is_inside() -> None:
    page = parse(Fieldset(legend={"text": "Home address"}, html='<p id="inside">Fields</p>').render())
    fieldset = one(page, "div.fd-form-group > fieldset.fd-fieldset")
    legend, content = fieldset.find_all(recursive=False)
    assert (legend.name, text(legend)) == ("legend", "Home address")
    assert (content.name, attr(content, "id")) == ("p", "inside")
    assert classes(one(page, "div")) == ["fd-form-group"]


def test_legend_as_page_heading_gives_an_h1_inside_the_legend() -> None:
    legend = one(
        Fieldset(legend={"text": "What is your address?", "is_page_heading": True, "size": "xl"}).render(),
        "fieldset > legend",
    )
    assert classes(legend) == ["fd-fieldset__legend", "fd-fieldset__legend--xl"]
    assert [child.name for child in legend.find_all(recursive=False)] == ["h1"]
    assert text(legend) == text(one(legend, "h1.fd-fieldset__heading")) == "What is your address?"


def test_block_content_through_call() -> None:
    html = (
        agency_environment()
        .from_string(
            '{% call fd.fieldset(legend={"text": "Your name"}, id="name") %}'
            '{{ fd.text_input(id="first-name", label={"text": "First name"}) }}'
            "{% endcall %}"
        )
        .render()
    )
    fieldset = one(html, "fieldset#name")
    assert one(fieldset, ".fd-form-group > input#first-name")  # markup from the block, not escaped text
    assert "<" not in text(fieldset)


def test_hint_and_error_describe_the_fieldset() -> None:
    html = Fieldset(
        legend={"text": "Your name"},
        id="name",
        hint={"text": "As on your ID."},
        error_message={"text": "Enter your name"},
        described_by="intro",
    ).render()
    page = parse('<p id="intro">Intro</p>' + str(html))
    fieldset = one(page, ".fd-form-group--error > fieldset#name")
    assert described_ids(page, fieldset) == ["intro", "name-hint", "name-error"]
    assert [attr(child, "id") for child in fieldset.find_all(recursive=False)[1:]] == [
        "name-hint",
        "name-error",
    ]


def test_hint_without_id_is_refused() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        Fieldset(legend={"text": "Your name"}, hint={"text": "As on your ID."})
    assert "Fieldset" in str(raised.value) and "'id' is required" in str(raised.value)


def test_legend_is_required_and_needs_text_or_html() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        Fieldset(html="<p>x</p>")  # type: ignore[call-arg]  # the missing param is the test
    assert "'legend' is required" in str(raised.value)
    with pytest.raises(ComponentParamsError) as raised:
        Fieldset(legend={"size": "l"})
    assert "'legend'" in str(raised.value) and "text" in str(raised.value)


def test_bad_legend_size_names_the_field() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        Fieldset(legend={"text": "x", "size": "huge"})
    assert "'legend.size'" in str(raised.value)


def test_legend_text_is_escaped_html_param_is_not() -> None:
    fieldset = one(Fieldset(legend={"text": "<b>x</b>"}, html="<p>kept</p>").render(), "fieldset")
    assert text(one(fieldset, "legend")) == "<b>x</b>" and not select(fieldset, "b")
    assert text(one(fieldset, ":scope > p")) == "kept"


def test_role_and_attributes() -> None:
    fieldset = one(
        Fieldset(legend={"text": "x"}, role="group", attributes={"data-step": "2"}).render(), "fieldset"
    )
    assert (attr(fieldset, "role"), attr(fieldset, "data-step")) == ("group", "2")


def test_css_is_logical() -> None:
    assert not PHYSICAL.search(CSS), PHYSICAL.search(CSS)
