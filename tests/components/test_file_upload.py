"""File upload: a native file field, labelled, with its hint and error linked, accept and multiple, an
error state, a 44px target and a visible focus, and no script."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from components import ComponentParamsError
from components.file_upload import FileUpload
from tests.components.css import PHYSICAL, css_rules
from tests.components.jinja import agency_environment
from tests.components.structure import described_ids
from tests.html import attr, classes, one, parse, select, text

FOLDER = Path(__file__).parents[2] / "components" / "file_upload"
CSS = (FOLDER / "file_upload.css").read_text()
RULES = css_rules(CSS)


def file_upload(**params: Any) -> FileUpload:
    return FileUpload(**{"id": "lease", "label": {"text": "Upload your lease"}, **params})


def test_a_labelled_native_file_field() -> None:
    page = parse(file_upload().render())
    group = one(page, "div.fd-form-group")
    label, field = group.find_all(recursive=False)
    assert (label.name, attr(label, "for"), text(label)) == ("label", "lease", "Upload your lease")
    assert (field.name, attr(field, "type"), attr(field, "id"), attr(field, "name")) == (
        "input",
        "file",
        "lease",
        "lease",
    )
    assert classes(field) == ["fd-file-upload"]
    for absent in ("accept", "multiple", "aria-describedby", "aria-invalid", "disabled"):
        assert attr(field, absent) is None, absent


def test_accept_multiple_name_and_disabled() -> None:
    field = one(
        file_upload(accept=["application/pdf", ".jpg"], multiple=True, name="files", disabled=True).render(),
        "input",
    )
    assert attr(field, "accept") == "application/pdf,.jpg"
    assert (attr(field, "multiple"), attr(field, "disabled"), attr(field, "name")) == ("", "", "files")


def test_hint_and_error_describe_the_field_and_mark_it() -> None:
    html = file_upload(
        hint={"text": "A PDF, up to 10 MB."}, error_message={"text": "Select a file."}, described_by="intro"
    ).render()
    page = parse('<p id="intro">Intro</p>' + str(html))
    field = one(page, ".fd-form-group.fd-form-group--error > input")
    assert described_ids(page, field) == ["intro", "lease-hint", "lease-error"]
    assert attr(field, "aria-invalid") == "true"
    assert classes(field) == ["fd-file-upload", "fd-file-upload--error"]
    assert text(one(page, "#lease-error")) == "Error: Select a file."


def test_the_label_can_be_the_page_heading() -> None:
    label = one(
        file_upload(label={"text": "Upload a photo ID", "is_page_heading": True, "size": "l"}).render(),
        "h1 > label",
    )
    assert classes(label) == ["fd-label", "fd-label--l"] and attr(label, "for") == "lease"


def test_text_is_escaped_and_html_is_inserted_as_given() -> None:
    page = parse(file_upload(label={"text": "<b>Lease</b>"}, hint={"html": "<em>PDF</em> only"}).render())
    assert not select(page, "b") and text(one(page, "label")) == "<b>Lease</b>"
    assert text(one(page, ".fd-hint > em")) == "PDF"


def test_wrong_params_name_the_component_and_field() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        file_upload(accept="application/pdf")
    assert str(raised.value).startswith("FileUpload: invalid params") and "'accept'" in str(raised.value)
    with pytest.raises(ComponentParamsError, match="'label' is required"):
        FileUpload(id="lease")  # type: ignore[call-arg]  # the missing param is the test


def test_classes_attributes_and_a_call_from_a_template() -> None:
    field = one(file_upload(classes="extra", attributes={"capture": "environment"}).render(), "input")
    assert (classes(field), attr(field, "capture")) == (["fd-file-upload", "extra"], "environment")
    html = agency_environment().from_string(
        '{{ fd.file_upload(id="f", label={"text": "File"}, multiple=true) }}'
    )
    assert attr(one(html.render(), "input#f"), "multiple") == ""


def test_a_44px_target_a_visible_focus_and_no_script() -> None:
    assert RULES[".fd-file-upload"]["min-height"] == "var(--fd-target-size)"
    assert RULES[".fd-file-upload:focus"]["outline"] == "var(--fd-focus-width) solid var(--fd-color-focus)"
    assert RULES["@media (forced-colors:active) .fd-file-upload:focus"]["outline-color"] == "Highlight"
    assert RULES[".fd-file-upload--error"]["border-color"] == "var(--fd-color-error)"
    assert RULES[".fd-file-upload"]["border"].endswith("solid transparent")  # forced colours paint it
    assert not PHYSICAL.search(CSS)
    assert not (FOLDER / "file_upload.js").exists()
    assert "<script" not in (FOLDER / "file_upload.html").read_text()
