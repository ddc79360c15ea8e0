"""Link: a text link that says when it goes to another website, opens a new tab or downloads a file."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from components.base import Component, HasContent, Href, Text

DOWNLOAD_ONLY = ("file_type", "file_size", "download_attribute")
"""The params that only a download link takes."""


class Link(Component, HasContent):
    """A link in running text, underlined, that tells people before they follow it where it takes them.

    - ``plain``: a link like any other.
    - ``external``: to another website. It opens in the same tab, with an icon after the text and
      hidden words for screen readers, "(opens another website)" in the current language.
    - ``download``: to a file. The file's type and size show after the text, such as "(PDF, 2 MB)".

    It opens a new tab only when ``new_tab`` asks, and then its hidden words say so. Give the words as
    ``text``, ``html`` (phrasing content only: it goes inside the link) or ``{% call %}`` block content.
    """

    block_param = "html"

    href: Href = Field(description="Where the link goes.")
    variant: Literal["plain", "external", "download"] = Field(
        "plain",
        description="plain for a link like any other, external for a link to another website, download "
        "for a link to a file.",
    )
    new_tab: bool = Field(
        False,
        description="Open the link in a new tab. Avoid it: people lose their way back. Use it only where "
        "leaving the page would lose their work, such as help in the middle of a form. The link then "
        "shows an icon and tells screen reader users that it opens a new tab.",
    )
    file_type: Text | None = Field(
        None,
        min_length=1,
        description='The type of file, such as "PDF" or "Spreadsheet". Required for a download link, '
        "and only for it.",
    )
    file_size: Text | None = Field(
        None,
        min_length=1,
        description='The size of the file, written as the page\'s language writes it, such as "2 MB". '
        "Download links only.",
    )
    download_attribute: bool | Text = Field(
        False,
        description="Add the download attribute, so that the browser saves the file rather than opening "
        "it: True, or the name to save it under. Browsers follow it only for files on the same website. "
        "Download links only.",
    )

    @model_validator(mode="after")
    def _download_params_fit_the_variant(self) -> Link:
        if self.variant == "download":
            if self.file_type is None:
                raise ValueError("'file_type' is required for a download link, such as \"PDF\"")
            if self.download_attribute == "":
                raise ValueError("'download_attribute' needs a file name, or True")
            return self
        for name in DOWNLOAD_ONLY:
            if name in self.model_fields_set and getattr(self, name) not in (None, False):
                raise ValueError(f"'{name}' is for download links only: add variant=\"download\"")
        return self

    @property
    def download_name(self) -> str | None:
        """The value of the download attribute: a file name, "" for the attribute alone, or None for
        no attribute."""
        if self.download_attribute is True:
            return ""
        return self.download_attribute or None
