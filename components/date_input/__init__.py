"""Date input: a date as three text fields, month, day and year, the way people in the US write it."""

from __future__ import annotations

from components.base import Component
from components.date_fields import DateFields


class DateInput(Component, DateFields):
    """A date people know or can look up, such as a date of birth, as month, day and year fields.

    Each field is a text field with a numeric keyboard; the legend asks the question, and the
    hint and error describe the whole group (the fieldset points to them with
    ``aria-describedby``). Mark the fields to fix with an item's ``error``; with an error message
    and no field marked, every field is. For a date picked from a list of months, see the
    memorable date.
    """
