"""Fieldset: a legend (optionally the page heading), block content by param or {% call %}, hint and error."""

from __future__ import annotations

from pathlib import Path

import pytest

from components import ComponentParamsError
from components.fieldset import Fieldset
from tests.components.jinja import agency_environment
from tests.components.test_radios import PHYSICAL, described_ids, tree

CSS = (Path(__file__).parents[2] / "components" / "fieldset" / "fieldset.css").read_text()


def test_legend_names_the_fieldset_and_content_is_inside() -> None:
    root = tree(Fieldset(legend={"text": "Home address"}, html='<p id="inside">Fields</p>').render())
    fieldset = root.find_all("fieldset")[0]
    assert fieldset.children[0].tag == "legend"
    assert fieldset.children[0].all_text() == "Home address"
    assert fieldset.by_id("inside").tag == "p"
    assert root.children[0].classes == ["fd-form-group"]


def test_legend_as_page_heading_gives_an_h1_inside_the_legend() -> None:
    root = tree(
        Fieldset(legend={"text": "What is your address?", "is_page_heading": True, "size": "xl"}).render()
    )
    legend = root.find_all("legend")[0]
    assert legend.classes == ["fd-fieldset__legend", "fd-fieldset__legend--xl"]
    assert [child.tag for child in legend.children] == ["h1"]
    assert legend.children[0].all_text() == "What is your address?"


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
    root = tree(html)
    fieldset = root.by_id("name")
    assert fieldset.tag == "fieldset"
    assert fieldset.by_id("first-name").tag == "input"
    assert "&lt;" not in html


def test_hint_and_error_describe_the_fieldset() -> None:
    html = Fieldset(
        legend={"text": "Your name"},
        id="name",
        hint={"text": "As on your ID."},
        error_message={"text": "Enter your name"},
        described_by="intro",
    ).render()
    root = tree('<p id="intro">Intro</p>' + str(html))
    assert described_ids(root, root.by_id("name")) == ["intro", "name-hint", "name-error"]
    assert root.by_id("name-error").parent is root.by_id("name")
    assert "fd-form-group--error" in root.children[1].classes


def test_hint_without_id_is_refused() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        Fieldset(legend={"text": "Your name"}, hint={"text": "As on your ID."})
    assert "Fieldset" in str(raised.value) and "'id' is required" in str(raised.value)


def test_legend_is_required_and_needs_text_or_html() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        Fieldset(html="<p>x</p>")
    assert "'legend' is required" in str(raised.value)
    with pytest.raises(ComponentParamsError) as raised:
        Fieldset(legend={"size": "l"})
    assert "'legend'" in str(raised.value) and "text" in str(raised.value)


def test_bad_legend_size_names_the_field() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        Fieldset(legend={"text": "x", "size": "huge"})
    assert "'legend.size'" in str(raised.value)


def test_legend_text_is_escaped_html_param_is_not() -> None:
    html = Fieldset(legend={"text": "<b>x</b>"}, html="<p>kept</p>").render()
    assert "&lt;b&gt;x&lt;/b&gt;" in html and "<p>kept</p>" in html


def test_role_and_attributes() -> None:
    root = tree(Fieldset(legend={"text": "x"}, role="group", attributes={"data-step": "2"}).render())
    fieldset = root.find_all("fieldset")[0]
    assert fieldset.attrs["role"] == "group" and fieldset.attrs["data-step"] == "2"


def test_css_is_logical() -> None:
    assert not PHYSICAL.search(CSS), PHYSICAL.search(CSS)
