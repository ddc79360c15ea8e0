"""The form fields of each answer type, built from the kit's components.

:func:`question_fields` gives the markup of one question on its own page: the question is the page's
``h1`` (a label, or a fieldset's legend when it has several fields or choices), then its hint, its
error, and the fields with what the person entered. Each type gets the HTML the GOV.UK and USWDS
patterns ask for: ``autocomplete`` tokens, ``inputmode`` for numbers, ``spellcheck`` off for
addresses and numbers, a state select, a "$" prefix for money. "(optional)" follows the question
of a step that may be skipped; no asterisks.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from markupsafe import Markup

from components.character_count import CharacterCount
from components.checkboxes import Checkboxes
from components.date_input import DateInput
from components.fieldset import Fieldset
from components.file_upload import FileUpload
from components.form_steps.answer_types import (
    NONE_OF_THESE,
    BankAccount,
    Date,
    DateOfBirth,
    Email,
    File,
    LongText,
    Money,
    Name,
    Number,
    OneOf,
    SeveralOf,
    Ssn,
    Text,
    UsAddress,
    UsPhone,
    YesNo,
    _Question,
)
from components.form_steps.us_states import US_STATES
from components.radios import Radios
from components.select import Select
from components.text_input import TextInput
from i18n import gettext

Entered = Mapping[str, Any]
Errors = Mapping[str, str]


def question_text(question: _Question) -> str:
    """The question as the page's heading: "(optional)" after it when it may be skipped."""
    return f"{question.label} {gettext('(optional)')}" if question.optional else question.label


def question_fields(question: _Question, name: str, entered: Entered, errors: Errors) -> Markup:
    """The fields of ``question`` named after ``name`` (the step's id), showing ``entered`` and ``errors``."""
    build = _BUILDERS.get(type(question))
    if build is None:
        raise TypeError(f"no fields for answer type {type(question).__name__}")
    return build(question, name, entered, errors)


def _hint(question: _Question) -> dict[str, str] | None:
    return {"text": question.hint} if question.hint else None


def _error(errors: Errors, name: str) -> dict[str, str] | None:
    return {"text": errors[name]} if name in errors else None


def _value(entered: Entered, name: str) -> str:
    value = entered.get(name)
    return value if isinstance(value, str) else ""


def _heading_label(question: _Question) -> dict[str, Any]:
    return {"text": question_text(question), "is_page_heading": True, "size": "l"}


def _single(question: _Question, name: str, entered: Entered, errors: Errors, **field: Any) -> Markup:
    return TextInput(
        id=name,
        label=_heading_label(question),
        hint=_hint(question),
        error_message=_error(errors, name),
        value=_value(entered, name),
        **field,
    ).render()


def _text(question: Text, name: str, entered: Entered, errors: Errors) -> Markup:
    width = str(question.width) if question.width in (2, 3, 4, 5, 10, 20, 30) else None
    return _single(question, name, entered, errors, autocomplete=question.autocomplete, width=width)


def _long_text(question: LongText, name: str, entered: Entered, errors: Errors) -> Markup:
    return CharacterCount(
        id=name,
        label=_heading_label(question),
        hint=_hint(question),
        error_message=_error(errors, name),
        value=_value(entered, name),
        maxlength=question.max_length,
    ).render()


def _number(question: Number, name: str, entered: Entered, errors: Errors) -> Markup:
    return _single(
        question,
        name,
        entered,
        errors,
        inputmode="numeric" if question.whole else "decimal",
        spellcheck=False,
        width="10",
        suffix=question.suffix,
    )


def _money(question: Money, name: str, entered: Entered, errors: Errors) -> Markup:
    return _single(
        question, name, entered, errors, inputmode="decimal", spellcheck=False, width="10", prefix="$"
    )


def _email(question: Email, name: str, entered: Entered, errors: Errors) -> Markup:
    return _single(question, name, entered, errors, type="email", autocomplete="email", spellcheck=False)


def _phone(question: UsPhone, name: str, entered: Entered, errors: Errors) -> Markup:
    return _single(question, name, entered, errors, type="tel", autocomplete="tel", width="20")


def _ssn(question: Ssn, name: str, entered: Entered, errors: Errors) -> Markup:
    return _single(question, name, entered, errors, inputmode="numeric", spellcheck=False, width="10")


def _legend(question: _Question) -> dict[str, Any]:
    return {"legend": _heading_label(question)}


def _radios(
    question: _Question, name: str, errors: Errors, items: list[dict[str, Any]], inline: bool
) -> Markup:
    return Radios(
        name=name,
        fieldset=_legend(question),
        hint=_hint(question),
        error_message=_error(errors, name),
        inline=inline,
        items=items,
    ).render()


def _yes_no(question: YesNo, name: str, entered: Entered, errors: Errors) -> Markup:
    chosen = _value(entered, name)
    items = [
        {"value": "yes", "text": gettext("Yes"), "checked": chosen == "yes"},
        {"value": "no", "text": gettext("No"), "checked": chosen == "no"},
    ]
    return _radios(question, name, errors, items, inline=True)


def _one_of(question: OneOf, name: str, entered: Entered, errors: Errors) -> Markup:
    chosen = _value(entered, name)
    items = [
        {"value": option.value, "text": option.label, "hint": option.hint, "checked": chosen == option.value}
        for option in question.options
    ]
    return _radios(question, name, errors, items, inline=False)


def _several_of(question: SeveralOf, name: str, entered: Entered, errors: Errors) -> Markup:
    raw = entered.get(name)
    chosen = set(raw) if isinstance(raw, list) else set()
    items: list[dict[str, Any]] = [
        {"value": option.value, "text": option.label, "hint": option.hint, "checked": option.value in chosen}
        for option in question.options
    ]
    if question.none_of_these:
        items += [
            {"divider": gettext("or")},
            {"value": NONE_OF_THESE, "text": question.none_of_these, "checked": NONE_OF_THESE in chosen},
        ]
    return Checkboxes(
        name=name,
        fieldset=_legend(question),
        hint=_hint(question) or {"text": gettext("Select all that apply.")},
        error_message=_error(errors, name),
        items=items,
    ).render()


def _group(question: _Question, name: str, errors: Errors, inner: Markup) -> Markup:
    first_error = next((errors[field] for field in question.fields(name) if field in errors), None)
    return Fieldset(
        id=name,
        legend=_heading_label(question),
        hint=_hint(question),
        error_message={"text": first_error} if first_error else None,
        html=inner,
    ).render()


def _part(name: str, label: str, entered: Entered, errors: Errors, **field: Any) -> Markup:
    """One field inside a group: its label, and the error state (the group shows the message)."""
    return TextInput(
        id=name,
        label={"text": label},
        value=_value(entered, name),
        classes="fd-input--error" if name in errors else "",
        **field,
    ).render()


def _date(question: Date, name: str, entered: Entered, errors: Errors) -> Markup:
    """Month, day and year fields; those named in ``errors`` are marked, the first error is shown."""
    names = question.fields(name)
    first_error = next((errors[field] for field in names if field in errors), None)
    return DateInput(
        id=name,
        fieldset=_legend(question),
        hint=_hint(question),
        error_message={"text": first_error} if first_error else None,
        items=[
            {"name": part, "value": _value(entered, field), "error": field in errors}
            for part, field in zip(question.parts, names, strict=True)
        ],
        date_of_birth=isinstance(question, DateOfBirth),
    ).render()


def _name(question: Name, name: str, entered: Entered, errors: Errors) -> Markup:
    first, middle, last = question.fields(name)
    inner = Markup("").join(
        [
            _part(first, gettext("First name"), entered, errors, autocomplete="given-name", spellcheck=False),
            _part(
                middle,
                gettext("Middle name"),
                entered,
                errors,
                autocomplete="additional-name",
                spellcheck=False,
            ),
            _part(last, gettext("Last name"), entered, errors, autocomplete="family-name", spellcheck=False),
        ]
    )
    return _group(question, name, errors, inner)


def _address(question: UsAddress, name: str, entered: Entered, errors: Errors) -> Markup:
    line1, line2, city, state, zip_code = question.fields(name)
    chosen = _value(entered, state)
    state_select = Select(
        id=state,
        label={"text": gettext("State")},
        autocomplete="address-level1",
        classes="fd-select--error" if state in errors else "",
        items=[{"value": "", "text": gettext("Select a state"), "selected": not chosen}]
        + [{"value": code, "text": title, "selected": code == chosen} for code, title in US_STATES.items()],
    ).render()
    inner = Markup("").join(
        [
            _part(line1, gettext("Street address"), entered, errors, autocomplete="address-line1"),
            _part(line2, gettext("Street address line 2"), entered, errors, autocomplete="address-line2"),
            _part(
                city,
                gettext("City or town"),
                entered,
                errors,
                autocomplete="address-level2",
                width="two-thirds",
            ),
            state_select,
            _part(
                zip_code,
                gettext("ZIP code"),
                entered,
                errors,
                autocomplete="postal-code",
                inputmode="numeric",
                width="10",
            ),
        ]
    )
    return _group(question, name, errors, inner)


def _bank(question: BankAccount, name: str, entered: Entered, errors: Errors) -> Markup:
    routing, account = question.fields(name)
    numeric: dict[str, Any] = {"inputmode": "numeric", "spellcheck": False, "autocomplete": "off"}
    inner = Markup("").join(
        [
            _part(routing, gettext("Routing number"), entered, errors, width="10", **numeric),
            _part(account, gettext("Account number"), entered, errors, width="20", **numeric),
        ]
    )
    return _group(question, name, errors, inner)


def _file(question: File, name: str, entered: Entered, errors: Errors) -> Markup:
    """A native file field (it works without JavaScript), labelled by the question as the page's h1."""
    return FileUpload(
        id=name,
        label=_heading_label(question),
        hint=_hint(question),
        error_message=_error(errors, name),
        accept=question.accept,
    ).render()


_BUILDERS: dict[type, Callable[[Any, str, Entered, Errors], Markup]] = {
    Text: _text,
    LongText: _long_text,
    Number: _number,
    Money: _money,
    YesNo: _yes_no,
    OneOf: _one_of,
    SeveralOf: _several_of,
    Date: _date,
    DateOfBirth: _date,
    Name: _name,
    UsAddress: _address,
    Email: _email,
    UsPhone: _phone,
    Ssn: _ssn,
    BankAccount: _bank,
    File: _file,
}
