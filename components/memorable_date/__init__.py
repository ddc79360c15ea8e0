"""Memorable date: a date as a month select and day and year fields, such as a date of birth."""

from __future__ import annotations

from pydantic import model_validator

from components.base import Component
from components.date_fields import US_ORDER, DateFields


class MemorableDate(Component, DateFields):
    """A date people know well, such as a date of birth: the month picked from a list, the day and
    year typed in.

    The month is a native select of the 12 months, named in the page's language (from the Unicode
    CLDR data, through Babel), after an empty first option; its value is the month's number, 1 to
    12. The day and year are text fields with a numeric keyboard. The legend asks the question, and
    the hint and error describe the whole group. Mark the fields to fix with an item's ``error``.
    For three text fields, see the date input.
    """

    month_select = True

    @model_validator(mode="after")
    def _month_day_year(self) -> MemorableDate:
        names = [item.name for item in self.items]
        if sorted(names) != sorted(US_ORDER):
            raise ValueError(
                f"'items': MemorableDate needs the fields month, day and year (got {', '.join(names)})"
            )
        if any(item.width for item in self.items if item.name == "month"):
            raise ValueError("'items': the month is a select; it takes no width")
        return self
