"""File upload: a native file field with its label, hint and error, such as for a photo of a document."""

from __future__ import annotations

from pydantic import Field

from components.base import Component
from components.fields import FieldParams
from components.label import Label


class FileUpload(Component, FieldParams):
    """A file field: the browser's own control, labelled, with a hint and an error.

    It has no drop zone and no script. Drop zones in other systems are often hard to reach with a
    keyboard, not announced by screen readers, or need dragging (which some people cannot do), and
    need a button beside them anyway. The native control has none of these problems: it is one
    focusable control, opened with Enter or Space, that screen readers name by its label and that
    says which file was chosen. Say in the hint which types and how large a file may be; the server
    must check both again.
    """

    id: str = Field(description="The field's id; the label, hint and error ids derive from it.")
    name: str | None = Field(None, description="The name sent with the form; defaults to the id.")
    label: Label = Field(description="The field's label (text or html, size, is_page_heading).")
    accept: list[str] = Field(
        default_factory=list,
        description='The file types the picker offers, as media types or extensions ("application/pdf", '
        '".jpg"). A hint, not a check: the server must check the file.',
    )
    multiple: bool = Field(False, description="Let the person pick more than one file.")
    disabled: bool = Field(False, description="Disable the field.")
