"""What the date input and the memorable date share: the parts of a date, their names, ids, labels,
values and errors, and the checks on them.

Their markup is ``date_fields.html`` and their layout ``date_fields.css``, beside this module.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Literal

from pydantic import Field, model_validator

from components.base import Params, Text
from components.choices import ItemLabel
from components.fields import FieldParams
from components.fieldset import Fieldset
from i18n import current_locale, gettext
from i18n.formatting import HAITIAN_MONTHS
from i18n.locales import locale_info

US_ORDER = ("month", "day", "year")
"""The parts of a date in the order people in the US write them."""

BIRTHDAY_TOKENS = {"month": "bday-month", "day": "bday-day", "year": "bday-year"}
"""The ``autocomplete`` token of each part of a date of birth, so browsers can fill it in."""


class DateItem(Params):
    """One field of a date, such as the month."""

    name: str = Field(
        min_length=1,
        description='The part of the date: "month", "day", "year", or another name if you give a label. '
        "The field's name is name_prefix-name.",
    )
    id: str | None = Field(None, description="The field's id; by default the date's id, a hyphen and name.")
    label: Text | None = Field(
        None,
        description='The field\'s label; "Month", "Day" or "Year" in the current language for those names.',
    )
    value: str | None = Field(None, description="What the person entered, shown in the field.")
    width: Literal["2", "3", "4"] | None = Field(
        None, description="Width in characters: 4 for the year, 2 for the others, unless given."
    )
    autocomplete: str | None = Field(
        None, description="The autocomplete token; date_of_birth sets the bday ones for you."
    )
    error: bool = Field(
        False,
        description="Mark this field as the one to fix. With an error_message and no field marked, "
        "every field is.",
    )


@dataclass(frozen=True, slots=True)
class MonthOption:
    """One month in the month select: its number as the value, its name in the current language."""

    value: str
    text: str
    selected: bool


@dataclass(slots=True)
class DatePart:
    """One field as the template needs it: its id, name, label, value, width, token and error state.

    ``months`` holds the options when the field is a month select, and is empty for a text field.
    """

    id: str
    name: str
    label: ItemLabel
    value: str | None
    width: str
    autocomplete: str | None
    error: bool
    months: list[MonthOption] = field(default_factory=list)


def month_names() -> list[str]:
    """The 12 months' names in the current language, as a list or menu shows them (capitalised)."""
    locale = locale_info(current_locale()).babel_locale
    if locale.language == "ht":
        names = list(HAITIAN_MONTHS)  # the CLDR data Babel ships has no Haitian Creole months
    else:
        names = list(locale.months["stand-alone"]["wide"].values())
    return [name[:1].upper() + name[1:] for name in names]


class DateFields(FieldParams):
    """The params the date input and the memorable date share: the date's id, its fieldset and legend,
    the fields' names, and the error state of each field."""

    id: str = Field(
        description="The id of the group of fields; the fields', hint's and error's ids start with it."
    )
    name_prefix: str | None = Field(
        None,
        description='The start of each field\'s name, as in "name_prefix-month"; defaults to id. '
        'Give "" for names without a prefix ("month").',
    )
    fieldset: Fieldset = Field(
        description="The fieldset and its legend, which asks the question. Give the hint and error to "
        "the date itself, not to its fieldset."
    )
    items: list[DateItem] = Field(
        default_factory=lambda: [DateItem(name=name) for name in US_ORDER],
        min_length=1,
        description="The fields, in order: month, day and year by default. Give them to set values, "
        "ids, labels or which field is in error.",
    )
    date_of_birth: bool = Field(
        False,
        description="A date of birth: the fields get the bday-month, bday-day and bday-year "
        "autocomplete tokens, so browsers can fill them in.",
    )

    month_select: ClassVar[bool] = False
    """Whether the month is a select of the 12 months rather than a text field."""

    @model_validator(mode="after")
    def _date_rules(self) -> DateFields:
        problem = self._date_problem()
        if problem:
            raise ValueError(problem)
        return self

    def _date_problem(self) -> str | None:
        """What is wrong with the params as a whole, if anything."""
        kind = type(self).__name__
        fieldset = self.fieldset
        misplaced = [
            name
            for name in ("hint", "error_message", "html", "form_group_classes")
            if getattr(fieldset, name)
        ]
        if misplaced:
            return f"'fieldset': give {', '.join(misplaced)} to {kind} itself, not to its fieldset"
        names = [item.name for item in self.items]
        if len(set(names)) < len(names):
            return f"'items': two fields are named {sorted({n for n in names if names.count(n) > 1})[0]!r}"
        unlabelled = [item.name for item in self.items if item.label is None and item.name not in US_ORDER]
        if unlabelled:
            return f"'items': give a label to the field named {unlabelled[0]!r}"
        if self.error_message is None and any(item.error for item in self.items):
            return "'error_message': give it to say what to fix in the fields marked 'error'"
        ids = [self.id, self.hint_id, self.error_id, *(self._item_id(item) for item in self.items)]
        if len(set(ids)) < len(ids):
            duplicate = sorted({i for i in ids if ids.count(i) > 1})[0]
            return f"'items': two elements would have the id {duplicate!r}; give each field its own id"
        return None

    def _item_id(self, item: DateItem) -> str:
        return item.id or f"{self.id}-{item.name}"

    def _label(self, item: DateItem) -> str:
        if item.label is not None:
            return item.label
        return {"month": gettext("Month"), "day": gettext("Day"), "year": gettext("Year")}[item.name]

    @property
    def parts(self) -> list[DatePart]:
        """Each field ready to render, its label and month names in the current language."""
        prefix = self.id if self.name_prefix is None else self.name_prefix
        all_in_error = self.error_message is not None and not any(item.error for item in self.items)
        found = []
        for item in self.items:
            autocomplete = item.autocomplete
            if autocomplete is None and self.date_of_birth:
                autocomplete = BIRTHDAY_TOKENS.get(item.name)
            part = DatePart(
                id=self._item_id(item),
                name=f"{prefix}-{item.name}" if prefix else item.name,
                label=ItemLabel(self._label(item), None, ""),
                value=item.value,
                width=item.width or ("4" if item.name == "year" else "2"),
                autocomplete=autocomplete,
                error=item.error or all_in_error,
            )
            if self.month_select and item.name == "month":
                chosen = int(item.value) if item.value and item.value.isdigit() else None
                part.months = [
                    MonthOption(str(number), name, number == chosen)
                    for number, name in enumerate(month_names(), start=1)
                ]
            found.append(part)
        return found

    def fieldset_describedby(self) -> str:
        """``aria-describedby`` for the fieldset: its own ids, then the date's hint and error."""
        own = self.fieldset.described_by or ""
        return " ".join(part for part in (own, self.describedby(self.id)) if part)
