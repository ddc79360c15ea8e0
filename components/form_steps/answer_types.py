"""The kinds of question a step can ask, each with its own checks and plain-language errors.

A question is a pydantic model told apart by its ``type``. Each reads the form fields its page
sends (:meth:`fields`), and :meth:`parse` turns them into the answer to store, or into errors by
field, in the person's language. Answers are plain data, the same in every language (an option's
value, never its label): text, a number or an amount as a decimal string ("150.50"), a date as
ISO 8601 ("2025-03-27"), lists and small mappings for the questions with several fields.

Types: ``text``, ``long_text``, ``number``, ``money``, ``yes_no``, ``one_of``, ``several_of``,
``date``, ``date_of_birth``, ``name``, ``us_address``, ``email``, ``us_phone``, ``ssn``,
``bank_account`` and ``file``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from components.form_steps.us_states import US_STATES
from i18n import gettext, ngettext
from i18n.formatting import format_currency, format_date, format_number

FormData = Mapping[str, Sequence[Any]]
"""A posted form: each field's values (text, or :class:`Upload` for a file field)."""


@dataclass(frozen=True)
class Upload:
    """A file as the web layer hands it over: its name, declared type, size in bytes and first bytes."""

    filename: str
    content_type: str
    size: int
    key: str = ""
    """Where the web layer keeps the file's bytes (the answer stores this, never the bytes)."""
    head: bytes | None = None
    """The file's first bytes, to check that its content is of the declared type (``None``: not checked)."""


_SIGNATURES: dict[str, tuple[tuple[int, bytes], ...]] = {
    "application/pdf": ((0, b"%PDF-"),),
    "image/jpeg": ((0, b"\xff\xd8\xff"),),
    "image/png": ((0, b"\x89PNG\r\n\x1a\n"),),
    "image/gif": ((0, b"GIF87a"), (0, b"GIF89a")),
    "image/heic": ((4, b"ftypheic"), (4, b"ftypheix"), (4, b"ftypmif1"), (4, b"ftypmsf1")),
}
"""How files of common types begin (offset, bytes): a file whose bytes do not match its declared type is
refused, so a program renamed "photo.jpg" is not kept."""


def content_matches(content_type: str, head: bytes) -> bool:
    """Whether ``head`` (a file's first bytes) begins as files of ``content_type`` do; a type we know
    no signature for is taken at its word."""
    signatures = _SIGNATURES.get(content_type)
    if signatures is None:
        return True
    return any(head[offset : offset + len(magic)] == magic for offset, magic in signatures)


@dataclass
class Parsed:
    """What :meth:`parse` made of a form: the answer, or errors by field; and what was entered."""

    value: Any = None
    errors: dict[str, str] = field(default_factory=dict)
    entered: dict[str, Any] = field(default_factory=dict)
    """The fields as typed, to show again with the errors."""

    @property
    def ok(self) -> bool:
        """Whether the answer can be stored."""
        return not self.errors


class Option(BaseModel):
    """One choice: the value stored, and the label and hint shown."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    value: str = Field(
        pattern=r"^[a-z0-9][a-z0-9_-]{0,62}$", description="The value stored: the same in every language."
    )
    label: str = Field(min_length=1, description="What the person reads.")
    hint: str | None = Field(None, description="A short line under the label.")


def _one(form: FormData, name: str) -> str:
    values = form.get(name) or ()
    first = values[0] if values else ""
    return first.strip() if isinstance(first, str) else ""


_SPACES = re.compile(r"\s+")
_SEPARATORS = re.compile(r"[\s\-.()/]")


class _Question(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    label: str = Field(min_length=1, description="The question: the page's heading.")
    hint: str | None = Field(None, description="One short sentence under the question.")
    optional: bool = Field(False, description="Whether the person may skip it ('(optional)' is shown).")
    error_required: str | None = Field(
        None, description="The error when it is left empty, if not the type's."
    )

    parts: ClassVar[tuple[str, ...]] = ("",)
    """The suffixes of the fields the question's page sends: ``""`` for one field named as the step."""

    def fields(self, step_id: str) -> list[str]:
        """The names of the form fields for this question on step ``step_id``."""
        return [f"{step_id}-{part}" if part else step_id for part in self.parts]

    def parse(self, step_id: str, form: FormData) -> Parsed:
        """The answer in ``form``, or errors by field name (in the current language)."""
        entered = {name: _one(form, name) for name in self.fields(step_id)}
        if not any(entered.values()):
            if self.optional:
                return Parsed(None, entered=entered)
            return Parsed(
                errors={self.fields(step_id)[0]: self.error_required or self._required()}, entered=entered
            )
        return self._parse(step_id, entered)

    def refill(self, step_id: str, value: Any) -> dict[str, Any]:
        """The fields that show the stored answer ``value`` again (going back, or changing it)."""
        names = self.fields(step_id)
        if value is None:
            return {}
        if isinstance(value, dict):
            return {name: str(value.get(part, "")) for name, part in zip(names, self.parts, strict=True)}
        return {names[0]: value}

    def _required(self) -> str:
        return gettext("Enter an answer.")

    def _parse(self, step_id: str, entered: dict[str, Any]) -> Parsed:
        raise NotImplementedError

    def display(self, value: Any) -> str:
        """The answer as check answers shows it."""
        return str(value)


class Text(_Question):
    """A short answer on one line."""

    type: Literal["text"] = "text"
    max_length: int = Field(200, ge=1, le=10_000, description="The most characters the answer may have.")
    autocomplete: str | None = Field(None, description="The HTML autocomplete token, if the answer has one.")
    width: int | None = Field(None, ge=2, le=30, description="The field's width in characters, if fixed.")

    def _parse(self, step_id: str, entered: dict[str, Any]) -> Parsed:
        value = _SPACES.sub(" ", entered[step_id])
        return _within_length(value, self.max_length, step_id, entered)


class LongText(_Question):
    """A longer answer in a text area, with a character count."""

    type: Literal["long_text"] = "long_text"
    max_length: int = Field(1200, ge=1, le=50_000, description="The most characters the answer may have.")

    def _parse(self, step_id: str, entered: dict[str, Any]) -> Parsed:
        value = entered[step_id].replace("\r\n", "\n")
        return _within_length(value, self.max_length, step_id, entered)


def _within_length(value: str, limit: int, name: str, entered: dict[str, Any]) -> Parsed:
    if len(value) > limit:
        message = ngettext(
            "Your answer must be %(num)s character or fewer",
            "Your answer must be %(num)s characters or fewer",
            limit,
            num=format_number(limit),
        )
        return Parsed(errors={name: message}, entered=entered)
    return Parsed(value, entered=entered)


class Number(_Question):
    """A number, whole or not, between limits."""

    type: Literal["number"] = "number"
    whole: bool = Field(True, description="Whether only whole numbers are accepted.")
    minimum: Decimal | None = Field(None, description="The smallest number accepted.")
    maximum: Decimal | None = Field(None, description="The largest number accepted.")
    suffix: str | None = Field(None, description="A word after the field, such as 'people'.")

    def _parse(self, step_id: str, entered: dict[str, Any]) -> Parsed:
        number = _decimal(_decimal_text(entered[step_id]))
        if number is None or (self.whole and number != number.to_integral_value()):
            message = (
                gettext("Enter a whole number, like 3.") if self.whole else gettext("Enter a number, like 3.")
            )
            return Parsed(errors={step_id: message}, entered=entered)
        if self.minimum is not None and number < self.minimum:
            # Translators: %(num)s is the smallest number accepted, such as 1.
            message = gettext("Enter %(num)s or more.", num=format_number(self.minimum))
            return Parsed(errors={step_id: message}, entered=entered)
        if self.maximum is not None and number > self.maximum:
            # Translators: %(num)s is the largest number accepted, such as 130.
            message = gettext("Enter %(num)s or less.", num=format_number(self.maximum))
            return Parsed(errors={step_id: message}, entered=entered)
        return Parsed(str(number.normalize() if not self.whole else int(number)), entered=entered)

    def display(self, value: Any) -> str:
        number = _decimal(str(value))
        shown = format_number(number) if number is not None else str(value)
        return f"{shown} {self.suffix}" if self.suffix else shown


_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")


def _decimal_text(text: str) -> str:
    """``text`` with its separators read: "1,250.50" and "150,50" (a decimal comma, as in much of the
    world) are 1250.50 and 150.50; a comma before three digits groups thousands."""
    text = text.replace(" ", "")
    if _DECIMAL_COMMA.fullmatch(text):
        return text.replace(",", ".")
    return text.replace(",", "")


def _decimal(text: str) -> Decimal | None:
    if not re.fullmatch(r"[-+]?(?:\d+\.?\d*|\.\d+)", text):
        return None
    try:
        number = Decimal(text)
    except InvalidOperation:
        return None
    return number if number.is_finite() and abs(number) < Decimal("1e15") else None


class Money(_Question):
    """An amount in US dollars, with cents or without."""

    type: Literal["money"] = "money"
    maximum: Decimal = Field(Decimal("10000000"), gt=0, description="The largest amount accepted.")

    def _parse(self, step_id: str, entered: dict[str, Any]) -> Parsed:
        text = _decimal_text(entered[step_id].removeprefix("$").strip())
        amount = _decimal(text)
        if amount is None or amount < 0 or amount != amount.quantize(Decimal("0.01")):
            return Parsed(
                errors={step_id: gettext("Enter an amount in dollars, like 150 or 150.50.")}, entered=entered
            )
        if amount > self.maximum:
            # Translators: %(num)s is the largest amount accepted in US dollars, such as 10,000.
            message = gettext("Enter an amount of $%(num)s or less.", num=format_number(self.maximum))
            return Parsed(errors={step_id: message}, entered=entered)
        return Parsed(str(amount.quantize(Decimal("0.01"))), entered=entered)

    def display(self, value: Any) -> str:
        amount = _decimal(str(value))
        return format_currency(amount) if amount is not None else str(value)


class _Choice(_Question):
    def _required(self) -> str:
        return gettext("Select an answer.")


class YesNo(_Choice):
    """Yes or no, as two radios side by side."""

    type: Literal["yes_no"] = "yes_no"

    def _parse(self, step_id: str, entered: dict[str, Any]) -> Parsed:
        if entered[step_id] not in ("yes", "no"):
            return Parsed(errors={step_id: self._required()}, entered=entered)
        return Parsed(entered[step_id], entered=entered)

    def display(self, value: Any) -> str:
        return gettext("Yes") if value == "yes" else gettext("No")


class OneOf(_Choice):
    """One choice from a list, as radios."""

    type: Literal["one_of"] = "one_of"
    options: list[Option] = Field(min_length=2, description="The choices, in order.")

    @model_validator(mode="after")
    def _distinct(self) -> OneOf:
        _check_distinct(self.options)
        return self

    def _parse(self, step_id: str, entered: dict[str, Any]) -> Parsed:
        if entered[step_id] not in {option.value for option in self.options}:
            return Parsed(errors={step_id: self._required()}, entered=entered)
        return Parsed(entered[step_id], entered=entered)

    def display(self, value: Any) -> str:
        return _label_of(self.options, value)


NONE_OF_THESE = "none"
"""The value of the "None of these" choice of a several-of-a-list question."""


class SeveralOf(_Choice):
    """Any number of choices from a list, as checkboxes; "None of these" can stand alone."""

    type: Literal["several_of"] = "several_of"
    options: list[Option] = Field(min_length=1, description="The choices, in order.")
    none_of_these: str | None = Field(
        None, description="The label of a 'None of these' choice, if there is one."
    )

    @model_validator(mode="after")
    def _distinct(self) -> SeveralOf:
        _check_distinct(self.options)
        if self.none_of_these and any(option.value == NONE_OF_THESE for option in self.options):
            raise ValueError(f"the value {NONE_OF_THESE!r} is kept for 'none_of_these'")
        return self

    def parse(self, step_id: str, form: FormData) -> Parsed:
        chosen = [value for value in (form.get(step_id) or ()) if isinstance(value, str) and value]
        entered: dict[str, Any] = {step_id: chosen}
        if not chosen:
            if self.optional:
                return Parsed(None, entered=entered)
            message = self.error_required or (
                # Translators: %(none)s is the label of the last choice, such as "None of these".
                gettext('Select the answers that apply, or select "%(none)s".', none=self.none_of_these)
                if self.none_of_these
                else gettext("Select at least one answer.")
            )
            return Parsed(errors={step_id: message}, entered=entered)
        allowed = {option.value for option in self.options} | (
            {NONE_OF_THESE} if self.none_of_these else set()
        )
        if not set(chosen) <= allowed:
            return Parsed(errors={step_id: gettext("Select at least one answer.")}, entered=entered)
        if NONE_OF_THESE in chosen and len(set(chosen)) > 1:
            # Translators: %(none)s is the label of the last choice, such as "None of these".
            message = gettext(
                'Select "%(none)s" on its own, or the answers that apply.', none=self.none_of_these
            )
            return Parsed(errors={step_id: message}, entered=entered)
        order = [option.value for option in self.options] + [NONE_OF_THESE]
        return Parsed([value for value in order if value in chosen], entered=entered)

    def display(self, value: Any) -> str:
        values = value if isinstance(value, list) else [value]
        labels = [
            self.none_of_these or "" if item == NONE_OF_THESE else _label_of(self.options, item)
            for item in values
        ]
        return "\n".join(labels)


def _check_distinct(options: list[Option]) -> None:
    values = [option.value for option in options]
    if len(set(values)) != len(values):
        raise ValueError(f"option values must differ: {values}")


def _label_of(options: list[Option], value: Any) -> str:
    return next((option.label for option in options if option.value == value), str(value))


class Date(_Question):
    """A date as three fields, month, day and year (the USWDS memorable date)."""

    type: Literal["date"] = "date"
    parts: ClassVar[tuple[str, ...]] = ("month", "day", "year")
    when: Literal["any", "past", "future"] = Field(
        "any", description="Whether the date must be past or future."
    )

    def _required(self) -> str:
        return gettext("Enter the month, day and year.")

    def refill(self, step_id: str, value: Any) -> dict[str, Any]:
        """The three fields of a stored ISO date, without leading zeros."""
        try:
            chosen = date.fromisoformat(str(value))
        except ValueError:
            return {}
        return dict(
            zip(self.fields(step_id), (str(chosen.month), str(chosen.day), str(chosen.year)), strict=True)
        )

    def _parse(self, step_id: str, entered: dict[str, Any]) -> Parsed:
        month_name, day_name, year_name = self.fields(step_id)
        missing = [name for name in (month_name, day_name, year_name) if not entered[name]]
        if missing:
            return Parsed(errors={missing[0]: gettext("Enter the month, day and year.")}, entered=entered)
        month, day, year = (_small_number(entered[name]) for name in (month_name, day_name, year_name))
        if year is None or not 1000 <= year <= 9999:
            return Parsed(
                errors={year_name: gettext("Enter the year with 4 numbers, like 1990.")}, entered=entered
            )
        if month is None or not 1 <= month <= 12:
            return Parsed(errors={month_name: gettext("Enter a month from 1 to 12.")}, entered=entered)
        if day is None or not 1 <= day <= calendar.monthrange(year, month)[1]:
            return Parsed(errors={day_name: gettext("Enter a real date.")}, entered=entered)
        chosen = date(year, month, day)
        problem = self._problem(chosen)
        if problem:
            return Parsed(errors={month_name: problem}, entered=entered)
        return Parsed(chosen.isoformat(), entered=entered)

    def _problem(self, chosen: date) -> str | None:
        today = date.today()
        if self.when == "past" and chosen > today:
            return gettext("The date must be today or in the past.")
        if self.when == "future" and chosen < today:
            return gettext("The date must be today or in the future.")
        return None

    def display(self, value: Any) -> str:
        try:
            return format_date(date.fromisoformat(str(value)))
        except ValueError:
            return str(value)


class DateOfBirth(Date):
    """A date of birth: in the past, and not more than 130 years ago."""

    type: Literal["date_of_birth"] = "date_of_birth"  # type: ignore[assignment]
    when: Literal["past"] = "past"

    def _problem(self, chosen: date) -> str | None:
        today = date.today()
        if chosen >= today:
            return gettext("Your date of birth must be in the past.")
        if today.year - chosen.year > 130:
            return gettext("Check the year of your date of birth.")
        return None


def _small_number(text: str) -> int | None:
    return int(text) if text.isdigit() and len(text) <= 4 else None


class Name(_Question):
    """A person's name: first, middle (not required) and last."""

    type: Literal["name"] = "name"
    parts: ClassVar[tuple[str, ...]] = ("first", "middle", "last")
    max_length: int = Field(100, ge=1, le=500, description="The most characters in each part.")

    def _parse(self, step_id: str, entered: dict[str, Any]) -> Parsed:
        first, middle, last = self.fields(step_id)
        errors = {}
        if not entered[first]:
            errors[first] = gettext("Enter the first name.")
        if not entered[last]:
            errors[last] = gettext("Enter the last name.")
        for name in (first, middle, last):
            if len(entered[name]) > self.max_length:
                errors.setdefault(name, _too_long(self.max_length))
        if errors:
            return Parsed(errors=errors, entered=entered)
        value = {
            part: _SPACES.sub(" ", entered[name])
            for part, name in zip(self.parts, self.fields(step_id), strict=True)
        }
        return Parsed(value, entered=entered)

    def display(self, value: Any) -> str:
        return " ".join(part for part in (value.get("first"), value.get("middle"), value.get("last")) if part)


def _too_long(limit: int) -> str:
    return ngettext(
        "Your answer must be %(num)s character or fewer",
        "Your answer must be %(num)s characters or fewer",
        limit,
        num=format_number(limit),
    )


_ZIP = re.compile(r"\d{5}(?:-?\d{4})?")


class UsAddress(_Question):
    """A US address: street, a second line, city, state (a select) and ZIP code."""

    type: Literal["us_address"] = "us_address"
    parts: ClassVar[tuple[str, ...]] = ("line1", "line2", "city", "state", "zip")

    def _parse(self, step_id: str, entered: dict[str, Any]) -> Parsed:
        line1, line2, city, state, zip_code = self.fields(step_id)
        errors = {}
        if not entered[line1]:
            errors[line1] = gettext("Enter the street address.")
        if not entered[city]:
            errors[city] = gettext("Enter the city or town.")
        if entered[state] not in US_STATES:
            errors[state] = gettext("Select the state.")
        zip_text = entered[zip_code].replace(" ", "")
        if not _ZIP.fullmatch(zip_text):
            errors[zip_code] = gettext("Enter a ZIP code with 5 numbers, like 20500.")
        for name in (line1, line2, city):
            if len(entered[name]) > 200:
                errors.setdefault(name, _too_long(200))
        if errors:
            return Parsed(errors=errors, entered=entered)
        if len(zip_text) == 9:
            zip_text = f"{zip_text[:5]}-{zip_text[5:]}"
        value = {
            "line1": _SPACES.sub(" ", entered[line1]),
            "line2": _SPACES.sub(" ", entered[line2]),
            "city": _SPACES.sub(" ", entered[city]),
            "state": entered[state],
            "zip": zip_text,
        }
        return Parsed(value, entered=entered)

    def display(self, value: Any) -> str:
        lines = [
            value.get("line1", ""),
            value.get("line2", ""),
            f"{value.get('city', '')}, {value.get('state', '')} {value.get('zip', '')}",
        ]
        return "\n".join(line for line in lines if line.strip())


_EMAIL = re.compile(r"[^@\s]{1,64}@[^@\s.]+(?:\.[^@\s.]+)+")


class Email(_Question):
    """An email address."""

    type: Literal["email"] = "email"

    def _parse(self, step_id: str, entered: dict[str, Any]) -> Parsed:
        value = entered[step_id].replace(" ", "")
        if len(value) > 254 or not _EMAIL.fullmatch(value):
            return Parsed(
                errors={step_id: gettext("Enter an email address like name@example.com.")}, entered=entered
            )
        local, _, domain = value.rpartition("@")
        return Parsed(f"{local}@{domain.lower()}", entered=entered)


class UsPhone(_Question):
    """A US phone number of 10 digits, written any common way."""

    type: Literal["us_phone"] = "us_phone"

    def _parse(self, step_id: str, entered: dict[str, Any]) -> Parsed:
        digits = _SEPARATORS.sub("", entered[step_id]).removeprefix("+")
        if len(digits) == 11 and digits.startswith("1"):
            digits = digits[1:]
        if not (digits.isdigit() and len(digits) == 10 and digits[0] not in "01" and digits[3] not in "01"):
            return Parsed(
                errors={step_id: gettext("Enter a phone number with 10 numbers, like 202-555-0143.")},
                entered=entered,
            )
        return Parsed(digits, entered=entered)

    def display(self, value: Any) -> str:
        text = str(value)
        return f"({text[:3]}) {text[3:6]}-{text[6:]}" if len(text) == 10 else text


class Ssn(_Question):
    """A Social Security number: 9 numbers, with or without dashes or spaces."""

    type: Literal["ssn"] = "ssn"

    def _parse(self, step_id: str, entered: dict[str, Any]) -> Parsed:
        digits = _SEPARATORS.sub("", entered[step_id])
        if not (digits.isdigit() and len(digits) == 9):
            return Parsed(
                errors={step_id: gettext("Enter a Social Security number with 9 numbers.")}, entered=entered
            )
        area, group, serial = digits[:3], digits[3:5], digits[5:]
        if area in ("000", "666") or area.startswith("9") or group == "00" or serial == "0000":
            message = gettext("Check your Social Security number. This one is not valid.")
            return Parsed(errors={step_id: message}, entered=entered)
        return Parsed(digits, entered=entered)

    def display(self, value: Any) -> str:
        text = str(value)
        return f"{text[:3]}-{text[3:5]}-{text[5:]}" if len(text) == 9 else text


def routing_number_is_valid(digits: str) -> bool:
    """Whether ``digits`` is an ABA routing number: 9 numbers that pass its checksum."""
    if not (digits.isdigit() and len(digits) == 9):
        return False
    weights = (3, 7, 1) * 3
    return sum(int(digit) * weight for digit, weight in zip(digits, weights, strict=True)) % 10 == 0


class BankAccount(_Question):
    """A US bank account for direct deposit: routing number (checked) and account number."""

    type: Literal["bank_account"] = "bank_account"
    parts: ClassVar[tuple[str, ...]] = ("routing", "account")

    def _parse(self, step_id: str, entered: dict[str, Any]) -> Parsed:
        routing_name, account_name = self.fields(step_id)
        routing = _SEPARATORS.sub("", entered[routing_name])
        account = _SEPARATORS.sub("", entered[account_name])
        errors = {}
        if not (routing.isdigit() and len(routing) == 9):
            errors[routing_name] = gettext("Enter a routing number with 9 numbers.")
        elif not routing_number_is_valid(routing):
            errors[routing_name] = gettext("Check the routing number. This one is not valid.")
        if not (account.isdigit() and 4 <= len(account) <= 17):
            errors[account_name] = gettext("Enter an account number with 4 to 17 numbers.")
        if errors:
            return Parsed(errors=errors, entered=entered)
        return Parsed({"routing": routing, "account": account}, entered=entered)

    def display(self, value: Any) -> str:
        account = str(value.get("account", ""))
        # Translators: %(routing)s is a 9-digit routing number; %(last)s the last 4 digits of the account.
        return gettext(
            "Routing number %(routing)s, account ending %(last)s",
            routing=value.get("routing", ""),
            last=account[-4:],
        )


class File(_Question):
    """A file to upload, checked for size and type; a plain file field, so it works without JavaScript."""

    type: Literal["file"] = "file"
    max_bytes: int = Field(
        10_000_000, ge=1, le=100_000_000, description="The largest file accepted, in bytes."
    )
    accept: list[str] = Field(
        default_factory=lambda: ["application/pdf", "image/jpeg", "image/png"],
        min_length=1,
        description="The media types accepted.",
    )

    def _required(self) -> str:
        return gettext("Select a file.")

    def parse(self, step_id: str, form: FormData) -> Parsed:
        uploads = [
            value for value in (form.get(step_id) or ()) if isinstance(value, Upload) and value.size > 0
        ]
        entered: dict[str, Any] = {step_id: ""}
        if not uploads:
            if self.optional:
                return Parsed(None, entered=entered)
            return Parsed(errors={step_id: self.error_required or self._required()}, entered=entered)
        upload = uploads[0]
        if upload.size > self.max_bytes:
            # Translators: %(size)s is a file size, such as "10 MB".
            message = gettext("The file must be smaller than %(size)s.", size=_megabytes(self.max_bytes))
            return Parsed(errors={step_id: message}, entered=entered)
        if upload.content_type not in self.accept or (
            upload.head is not None and not content_matches(upload.content_type, upload.head)
        ):
            # Translators: %(types)s lists file types, such as "PDF, JPG, PNG".
            message = gettext(
                "The file must be one of these types: %(types)s.", types=", ".join(_type_names(self.accept))
            )
            return Parsed(errors={step_id: message}, entered=entered)
        value = {
            "filename": upload.filename,
            "content_type": upload.content_type,
            "size": upload.size,
            "key": upload.key,
        }
        return Parsed(value, entered=entered)

    def refill(self, step_id: str, value: Any) -> dict[str, Any]:
        """Nothing: a file field cannot be filled in again (the page says which file is kept)."""
        return {}

    def display(self, value: Any) -> str:
        return str(value.get("filename", ""))


def _megabytes(size: int) -> str:
    return f"{format_number(Decimal(size) / Decimal(1_000_000))} MB"


_TYPE_NAMES = {
    **{"application/pdf": "PDF", "image/jpeg": "JPG", "image/png": "PNG", "image/heic": "HEIC"},
    **{"image/gif": "GIF"},
}


def _type_names(types: list[str]) -> list[str]:
    return [_TYPE_NAMES.get(media_type, media_type) for media_type in types]


Question = Annotated[
    Text
    | LongText
    | Number
    | Money
    | YesNo
    | OneOf
    | SeveralOf
    | Date
    | DateOfBirth
    | Name
    | UsAddress
    | Email
    | UsPhone
    | Ssn
    | BankAccount
    | File,
    Field(discriminator="type"),
]
"""Any question, told apart by its ``type``."""

ANSWER_TYPES: tuple[type[_Question], ...] = (
    Text, LongText, Number, Money, YesNo, OneOf, SeveralOf, Date, DateOfBirth, Name, UsAddress, Email,
    UsPhone, Ssn, BankAccount, File,
)  # fmt: skip
"""Every answer type, in the order the docs list them."""
