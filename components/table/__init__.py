"""Table: data in rows and columns, with a caption, column headers and, if needed, row headers."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from components.base import Component, HasContent, Text, TrustedHtml


class TableCell(HasContent):
    """One cell: its content, and whether it holds a number."""

    format: Literal["numeric"] | None = Field(
        None,
        description='"numeric" for a number or an amount: it lines up at the end of the cell, in digits of '
        "one width, so that columns of numbers are easy to compare. Give it to the column's header too.",
    )


class Table(Component):
    """A table of data, with a caption that says what it shows and headers for its columns.

    Column headers are ``th`` with ``scope="col"``; with ``first_cell_is_header``, the first cell of
    each row is a ``th`` with ``scope="row"``. With no rows, it says so in one cell across the columns.
    With ``scrollable``, a table wider than the screen scrolls sideways in a box of its own that
    keyboard users can reach, named by the caption, which stays in view.
    """

    caption_text: Text | None = Field(None, description="What the table shows, as plain text.")
    caption_html: TrustedHtml | None = Field(None, description="What the table shows, as trusted HTML.")
    caption_size: Literal["s", "m", "l", "xl"] = Field(
        "s",
        description="The caption's size: s (bold, the size of the text), m, l or xl, to match the headings "
        "around it.",
    )
    head: list[TableCell] = Field(
        default_factory=list, description="The column headers, one a column: each text or html, and format."
    )
    rows: list[list[TableCell]] = Field(
        default_factory=list, description="The rows, each a list of cells (text or html, and format)."
    )
    first_cell_is_header: bool = Field(
        False, description="Make the first cell of each row its header, such as a name or a date."
    )
    empty_text: Text | None = Field(
        None,
        description='What to say when there are no rows; "There is nothing to show." in the current '
        "language when not given.",
    )
    empty_html: TrustedHtml | None = Field(
        None, description="What to say when there are no rows, as trusted HTML."
    )
    scrollable: bool = Field(
        False,
        description="For a table with many columns, which may not fit a narrow screen: it scrolls sideways "
        "in a box named by its caption. The box is a tab stop, so that keyboard users can scroll it; "
        "leave this off for a table that always fits. Needs an id.",
    )
    id: str | None = Field(None, description="The table's id; its caption's id adds \"-caption\" to it.")

    @model_validator(mode="after")
    def _check(self) -> Table:
        if self.caption_text is None and self.caption_html is None:
            raise ValueError("give 'caption_text' or 'caption_html': the caption says what the table shows")
        if not self.head and not self.rows:
            raise ValueError("give 'rows', or a 'head' so that an empty table shows its columns")
        columns = self.columns
        for number, row in enumerate(self.rows):
            if len(row) != columns:
                found = f"{len(row)} cell" if len(row) == 1 else f"{len(row)} cells"
                raise ValueError(
                    f"'rows.{number}' has {found}; every row needs {columns}, "
                    f"as many as {'the head' if self.head else 'the first row'}"
                )
        if self.scrollable and not self.id:
            raise ValueError("a 'scrollable' table needs an 'id': its caption's id names the scrolling box")
        return self

    @property
    def columns(self) -> int:
        """How many columns the table has."""
        return len(self.head) if self.head else len(self.rows[0])

    @property
    def caption_id(self) -> str:
        """The caption's id, which names the scrolling box; empty when the table has no id."""
        return f"{self.id}-caption" if self.id else ""
