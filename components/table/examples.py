"""Examples of the table component."""

from typing import Any

from markupsafe import Markup

from components.base import Example
from components.choices import LazyHtml
from components.tag import Tag
from i18n import LazyString
from i18n import lazy_gettext as _l


def cells(*values: str | LazyString, numeric: tuple[int, ...] = ()) -> list[dict[str, Any]]:
    """A row of text cells; those at the ``numeric`` positions hold numbers."""
    return [
        {"text": value, **({"format": "numeric"} if index in numeric else {})}
        for index, value in enumerate(values)
    ]


def application(href: str, name: LazyString, sent: LazyString, status: LazyString, color: str) -> list[Any]:
    """A row of the applications example: a link, a date and a status tag."""
    return [
        {"html": LazyHtml(lambda: Markup('<a class="fd-link" href="{}">{}</a>').format(href, name))},
        {"text": sent},
        {"html": LazyHtml(lambda: Tag(text=status, color=color))},
    ]


MONTHLY_LIMITS = ("$1,580", "$2,137", "$2,694", "$3,250", "$3,807", "$4,364", "$4,921", "$5,478")
YEARLY_LIMITS = ("$18,960", "$25,644", "$32,328", "$39,000", "$45,684", "$52,368", "$59,052", "$65,736")
EIGHT = tuple(range(1, 9))

TITLE = _l("Table")
SUMMARY = _l("Shows data in rows and columns, so people can compare it.")
STATUS = "experimental"
WHEN_TO_USE = _l(
    "Use it to show data people need to compare, in rows and columns, such as payments or office hours. "
    "Give it a caption that says what it shows."
)
WHEN_NOT_TO_USE = _l(
    "Do not use it to lay out a page. For pairs of facts, such as answers, use a summary list. Ours does "
    "not sort or filter its rows."
)
ACCESSIBILITY_NOTES = _l(
    "When the first cell names its row, make it a header, so screen readers say it with each cell. Use "
    "the scrolling box for a wide table, and check it on a screen 320 pixels wide. Keep each table "
    "simple, with one row of headers, so screen readers can read it well. Check that the caption says "
    "what the table shows."
)

EXAMPLES = [
    Example(
        _l("Default"),
        _l("A caption that says what the table shows, and a header for each column."),
        {
            "caption_text": _l("Documents we have from you"),
            "head": cells(_l("Document"), _l("Date we got it")),
            "rows": [
                cells(_l("Proof of address"), _l("May 2, 2025")),
                cells(_l("Proof of income"), _l("May 9, 2025")),
                cells(_l("Photo ID"), _l("May 9, 2025")),
            ],
        },
    ),
    Example(
        _l("Row headers"),
        _l("The first cell of each row is its header, so screen readers say it with each cell."),
        {
            "caption_text": _l("Office hours"),
            "first_cell_is_header": True,
            # Translators: headers of a table of office hours: the day, when the office opens and closes.
            "head": cells(_l("Day"), _l("Opens"), _l("Closes")),
            "rows": [
                cells(_l("Monday to Friday"), _l("8 a.m."), _l("5 p.m.")),
                cells(_l("Saturday"), _l("9 a.m."), _l("1 p.m.")),
            ],
        },
    ),
    Example(
        _l("Numbers"),
        _l("Amounts line up at the end of their column, so they are easy to compare."),
        {
            "caption_text": _l("Your payments this year"),
            "first_cell_is_header": True,
            "head": cells(_l("Month"), _l("Amount"), numeric=(1,)),
            "rows": [
                cells(_l("January"), "$1,250.00", numeric=(1,)),
                cells(_l("February"), "$1,250.00", numeric=(1,)),
                cells(_l("March"), "$980.50", numeric=(1,)),
            ],
        },
    ),
    Example(
        _l("Larger caption"),
        _l("A caption the size of a section heading, for a table with no heading above it."),
        {
            "caption_text": _l("Where to get help"),
            "caption_size": "m",
            "head": cells(_l("Office"), _l("Phone")),
            "rows": [
                cells(_l("Main office"), "303-555-0100"),
                cells(_l("Help with benefits"), "303-555-0199"),
            ],
        },
    ),
    Example(
        _l("Wide table that scrolls"),
        _l("A table with many columns scrolls sideways on a narrow screen. Keyboard users can reach it."),
        {
            "id": "table-income-limits",
            "scrollable": True,
            "caption_text": _l("Income limits by the number of people in your household"),
            "first_cell_is_header": True,
            # Translators: the header of a column of income limits; the other columns are numbers of people.
            "head": cells(_l("Limit"), *(str(n) for n in EIGHT), numeric=EIGHT),
            "rows": [
                cells(_l("Each month"), *MONTHLY_LIMITS, numeric=EIGHT),
                cells(_l("Each year"), *YEARLY_LIMITS, numeric=EIGHT),
            ],
        },
    ),
    Example(
        _l("HTML content"),
        _l("Cells with links and status tags."),
        {
            "caption_text": _l("Your applications"),
            # Translators: column headers: the form the person sent (to ask for help), the date, its status.
            "head": cells(_l("Form"), _l("Sent on"), _l("Status")),
            "rows": [
                application("#food-help", _l("Food help"), _l("April 3, 2025"), _l("Approved"), "green"),
                application(
                    "#rent-help", _l("Rent help"), _l("May 20, 2025"), _l("In progress"), "turquoise"
                ),
            ],
        },
    ),
    Example(
        _l("Empty"),
        _l("A table with no rows yet says so under its headers."),
        {
            "caption_text": _l("Your payments this year"),
            "head": cells(_l("Date"), _l("Amount"), numeric=(1,)),
            "empty_text": _l("You have no payments yet."),
        },
    ),
    Example(
        _l("Empty with the default message"),
        _l("With no message given, an empty table says there is nothing to show."),
        {
            "caption_text": _l("Messages from us"),
            "head": cells(_l("Date"), _l("Subject")),
        },
    ),
]
