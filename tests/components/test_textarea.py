"""Textarea: rows, the value kept exactly and escaped, ids that link up, and the error state."""

from __future__ import annotations

from pathlib import Path

import pytest

from components import ComponentParamsError
from components.textarea import Textarea
from tests.components.css import PHYSICAL, css_rules
from tests.components.structure import described_ids
from tests.html import attr, classes, one, parse

CSS = (Path(__file__).parents[2] / "components" / "textarea" / "textarea.css").read_text()


def textarea(**params: object) -> Textarea:
    return Textarea(**{"id": "details", "label": {"text": "Tell us more"}, **params})


def test_labelled_textarea_with_five_rows_by_default() -> None:
    page = parse(textarea().render())
    element = one(page, "textarea#details")
    assert (attr(element, "rows"), attr(element, "name"), classes(element)) == (
        "5",
        "details",
        ["fd-textarea"],
    )
    assert attr(one(page, "label.fd-label"), "for") == "details"
    other = one(textarea(rows=8, name="more").render(), "textarea#details")
    assert (attr(other, "rows"), attr(other, "name")) == ("8", "more")


def test_rows_must_be_positive() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        textarea(rows=0)
    assert "'rows'" in str(raised.value)


def test_value_is_escaped_and_a_leading_line_break_survives() -> None:
    html = textarea(value="\nFirst line </textarea><b>").render()
    # HTML parsers drop one line break right after <textarea>; ours is there, so the value's is kept.
    assert ">\n\nFirst line &lt;/textarea&gt;&lt;b&gt;</textarea>" in html  # the bytes the parser reads
    # Python's parser keeps the line break after the start tag that a browser drops.
    assert one(html, "textarea").get_text().removeprefix("\n") == "\nFirst line </textarea><b>"


def test_hint_and_error_are_linked_and_the_error_marks_it_invalid() -> None:
    page = parse(textarea(hint={"text": "A few lines"}, error_message={"text": "Tell us more"}).render())
    element = one(page, ".fd-form-group--error > textarea#details")
    assert described_ids(page, element) == ["details-hint", "details-error"]
    assert attr(element, "aria-invalid") == "true"
    assert classes(element) == ["fd-textarea", "fd-textarea--error"]
    assert attr(one(textarea().render(), "#details"), "aria-describedby") is None


def test_spellcheck_and_autocomplete() -> None:
    element = one(textarea(spellcheck=False, autocomplete="off").render(), "textarea")
    assert (attr(element, "spellcheck"), attr(element, "autocomplete")) == ("false", "off")
    assert attr(one(textarea().render(), "textarea"), "spellcheck") is None


def test_unknown_param_is_named() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        textarea(maxlength=200)
    assert "Textarea" in str(raised.value) and "'maxlength'" in str(raised.value)


def test_css_is_logical_with_focus() -> None:
    assert not PHYSICAL.search(CSS), PHYSICAL.search(CSS)
    assert css_rules(CSS)[".fd-textarea:focus"]["outline"].endswith("var(--fd-color-focus)")
