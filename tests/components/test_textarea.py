"""Textarea: rows, the value kept exactly and escaped, ids that link up, and the error state."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from components import ComponentParamsError
from components.textarea import Textarea
from tests.components.test_radios import PHYSICAL, described_ids, tree

CSS = (Path(__file__).parents[2] / "components" / "textarea" / "textarea.css").read_text()


def textarea(**params: object) -> Textarea:
    return Textarea(**{"id": "details", "label": {"text": "Tell us more"}, **params})


def test_labelled_textarea_with_five_rows_by_default() -> None:
    root = tree(textarea().render())
    element = root.by_id("details")
    assert element.tag == "textarea"
    assert element.attrs["rows"] == "5" and element.attrs["name"] == "details"
    assert root.find_all("label")[0].attrs["for"] == "details"
    assert tree(textarea(rows=8, name="more").render()).by_id("details").attrs["rows"] == "8"


def test_rows_must_be_positive() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        textarea(rows=0)
    assert "'rows'" in str(raised.value)


def test_value_is_escaped_and_a_leading_line_break_survives() -> None:
    html = textarea(value="\nFirst line </textarea><b>").render()
    # HTML parsers drop one line break right after <textarea>; ours is there, so the value's is kept.
    assert ">\n\nFirst line &lt;/textarea&gt;&lt;b&gt;</textarea>" in html


def test_hint_and_error_are_linked_and_the_error_marks_it_invalid() -> None:
    root = tree(textarea(hint={"text": "A few lines"}, error_message={"text": "Tell us more"}).render())
    element = root.by_id("details")
    assert described_ids(root, element) == ["details-hint", "details-error"]
    assert element.attrs["aria-invalid"] == "true"
    assert "fd-form-group--error" in root.children[0].classes
    assert "aria-describedby" not in tree(textarea().render()).by_id("details").attrs


def test_spellcheck_and_autocomplete() -> None:
    html = textarea(spellcheck=False, autocomplete="off").render()
    assert 'spellcheck="false"' in html and 'autocomplete="off"' in html
    assert "spellcheck" not in textarea().render()


def test_unknown_param_is_named() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        textarea(maxlength=200)
    assert "Textarea" in str(raised.value) and "'maxlength'" in str(raised.value)


def test_css_is_logical_with_focus() -> None:
    assert not PHYSICAL.search(CSS), PHYSICAL.search(CSS)
    assert re.search(r"\.fd-textarea:focus\s*\{[^}]*var\(--fd-color-focus\)", CSS)
