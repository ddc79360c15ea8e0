"""Each answer type turns its form fields into a language-neutral answer, or plain errors by field."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from components.form_steps import (
    ANSWER_TYPES,
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
    Option,
    SeveralOf,
    Ssn,
    Text,
    Upload,
    UsAddress,
    UsPhone,
    YesNo,
)
from components.form_steps.answer_types import routing_number_is_valid
from i18n import use_locale

OPTIONS = [Option(value="water", label="Water"), Option(value="food", label="Food")]


def _form(**fields: Any) -> dict[str, list[Any]]:
    return {
        name.replace("__", "-"): value if isinstance(value, list) else [value]
        for name, value in fields.items()
    }


@pytest.mark.parametrize(
    ("question", "form", "value"),
    [
        (Text(label="Q"), _form(q="  Ana   Ruiz "), "Ana Ruiz"),
        (LongText(label="Q"), _form(q="line one\r\nline two"), "line one\nline two"),
        (Number(label="Q"), _form(q="1,200"), "1200"),
        (Number(label="Q", whole=False), _form(q="2.50"), "2.5"),
        (Money(label="Q"), _form(q="$1,250.5"), "1250.50"),
        (Money(label="Q"), _form(q="150,50"), "150.50"),  # a decimal comma
        (Money(label="Q"), _form(q="1,250"), "1250.00"),
        (YesNo(label="Q"), _form(q="no"), "no"),
        (OneOf(label="Q", options=OPTIONS), _form(q="food"), "food"),
        (SeveralOf(label="Q", options=OPTIONS), _form(q=["food", "water"]), ["water", "food"]),
        (SeveralOf(label="Q", options=OPTIONS, none_of_these="None of these"), _form(q=["none"]), ["none"]),
        (Date(label="Q"), _form(q__month="3", q__day="07", q__year="2025"), "2025-03-07"),
        (DateOfBirth(label="Q"), _form(q__month="12", q__day="31", q__year="1960"), "1960-12-31"),
        (
            Name(label="Q"),
            _form(q__first=" Ana ", q__middle="", q__last="de la  Cruz"),
            {"first": "Ana", "middle": "", "last": "de la Cruz"},
        ),
        (
            UsAddress(label="Q"),
            _form(q__line1="1 Main St", q__line2="", q__city="Austin", q__state="TX", q__zip="787011234"),
            {"line1": "1 Main St", "line2": "", "city": "Austin", "state": "TX", "zip": "78701-1234"},
        ),
        (Email(label="Q"), _form(q="Ana.Ruiz@Example.ORG "), "Ana.Ruiz@example.org"),
        (UsPhone(label="Q"), _form(q="+1 (202) 555-0143"), "2025550143"),
        (Ssn(label="Q"), _form(q="219 09 9999"), "219099999"),
        (
            BankAccount(label="Q"),
            _form(q__routing="021000021", q__account="0001-2345"),
            {"routing": "021000021", "account": "00012345"},
        ),
        (
            File(label="Q"),
            _form(q=Upload("lease.pdf", "application/pdf", 2048, "k1")),
            {"filename": "lease.pdf", "content_type": "application/pdf", "size": 2048, "key": "k1"},
        ),
    ],
)
def test_a_good_answer_is_stored_plainly(question: Any, form: dict[str, list[Any]], value: Any) -> None:
    parsed = question.parse("q", form)
    assert parsed.ok, parsed.errors
    assert parsed.value == value


@pytest.mark.parametrize(
    ("question", "form", "field", "message"),
    [
        (Text(label="Q"), _form(q=""), "q", "Enter an answer."),
        (Text(label="Q", error_required="Enter your full name."), _form(), "q", "Enter your full name."),
        (Text(label="Q", max_length=3), _form(q="abcd"), "q", "Your answer must be 3 characters or fewer"),
        (Number(label="Q"), _form(q="2.5"), "q", "Enter a whole number, like 3."),
        (Number(label="Q", minimum=1), _form(q="0"), "q", "Enter 1 or more."),
        (Number(label="Q", maximum=130), _form(q="131"), "q", "Enter 130 or less."),
        (Number(label="Q"), _form(q="1e999"), "q", "Enter a whole number, like 3."),
        (Money(label="Q"), _form(q="12.345"), "q", "Enter an amount in dollars, like 150 or 150.50."),
        (Money(label="Q", maximum=100), _form(q="101"), "q", "Enter an amount of $100 or less."),
        (YesNo(label="Q"), _form(q="maybe"), "q", "Select an answer."),
        (OneOf(label="Q", options=OPTIONS), _form(q="gold"), "q", "Select an answer."),
        (SeveralOf(label="Q", options=OPTIONS), _form(), "q", "Select at least one answer."),
        (
            SeveralOf(label="Q", options=OPTIONS, none_of_these="None of these"),
            _form(q=["none", "food"]),
            "q",
            'Select "None of these" on its own, or the answers that apply.',
        ),
        (
            Date(label="Q"),
            _form(q__month="2", q__day="", q__year="2025"),
            "q-day",
            "Enter the month, day and year.",
        ),
        (Date(label="Q"), _form(q__month="2", q__day="30", q__year="2025"), "q-day", "Enter a real date."),
        (
            Date(label="Q"),
            _form(q__month="13", q__day="1", q__year="2025"),
            "q-month",
            "Enter a month from 1 to 12.",
        ),
        (
            Date(label="Q"),
            _form(q__month="1", q__day="1", q__year="25"),
            "q-year",
            "Enter the year with 4 numbers, like 1990.",
        ),
        (
            Date(label="Q", when="past"),
            _form(q__month="1", q__day="1", q__year="9999"),
            "q-month",
            "The date must be today or in the past.",
        ),
        (
            DateOfBirth(label="Q"),
            _form(q__month="1", q__day="1", q__year="1800"),
            "q-month",
            "Check the year of your date of birth.",
        ),
        (Name(label="Q"), _form(q__first="Ana", q__middle="", q__last=""), "q-last", "Enter the last name."),
        (
            UsAddress(label="Q"),
            _form(q__line1="1 Main St", q__city="Austin", q__state="XX", q__zip="78701"),
            "q-state",
            "Select the state.",
        ),
        (
            UsAddress(label="Q"),
            _form(q__line1="1 Main St", q__city="Austin", q__state="TX", q__zip="787"),
            "q-zip",
            "Enter a ZIP code with 5 numbers, like 20500.",
        ),
        (Email(label="Q"), _form(q="ana@example"), "q", "Enter an email address like name@example.com."),
        (
            UsPhone(label="Q"),
            _form(q="555-0143"),
            "q",
            "Enter a phone number with 10 numbers, like 202-555-0143.",
        ),
        (
            Ssn(label="Q"),
            _form(q="666-12-3456"),
            "q",
            "Check your Social Security number. This one is not valid.",
        ),
        (Ssn(label="Q"), _form(q="12345"), "q", "Enter a Social Security number with 9 numbers."),
        (
            BankAccount(label="Q"),
            _form(q__routing="021000022", q__account="1234"),
            "q-routing",
            "Check the routing number. This one is not valid.",
        ),
        (
            BankAccount(label="Q"),
            _form(q__routing="021000021", q__account="12"),
            "q-account",
            "Enter an account number with 4 to 17 numbers.",
        ),
        (File(label="Q"), _form(), "q", "Select a file."),
        (
            File(label="Q", max_bytes=1_000_000),
            _form(q=Upload("a.pdf", "application/pdf", 2_000_000)),
            "q",
            "The file must be smaller than 1 MB.",
        ),
        (
            File(label="Q"),
            _form(q=Upload("a.exe", "application/x-msdownload", 20)),
            "q",
            "The file must be one of these types: PDF, JPG, PNG.",
        ),
    ],
)
def test_a_bad_answer_gets_a_plain_error_on_its_field(
    question: Any, form: dict[str, list[Any]], field: str, message: str
) -> None:
    with use_locale("en"):
        parsed = question.parse("q", form)
    assert not parsed.ok
    assert parsed.errors[field] == message
    assert set(parsed.errors) <= set(question.fields("q"))


@pytest.mark.parametrize("question_type", ANSWER_TYPES, ids=lambda kind: kind.__name__)
def test_an_optional_question_left_empty_is_skipped(question_type: type) -> None:
    extra = {"options": OPTIONS} if question_type in (OneOf, SeveralOf) else {}
    question = question_type(label="Q", optional=True, **extra)
    parsed = question.parse("q", {})
    assert parsed.ok and parsed.value is None


def test_there_are_at_least_fifteen_answer_types() -> None:
    assert len(ANSWER_TYPES) >= 15
    assert len({kind.model_fields["type"].default for kind in ANSWER_TYPES}) == len(ANSWER_TYPES)


def test_routing_numbers_are_checked() -> None:
    assert routing_number_is_valid("021000021")
    assert routing_number_is_valid("011000015")
    assert not routing_number_is_valid("021000022")
    assert not routing_number_is_valid("02100002")


def test_options_must_differ() -> None:
    with pytest.raises(ValidationError, match="option values must differ"):
        OneOf(label="Q", options=[Option(value="a", label="A"), Option(value="a", label="B")])


def test_errors_are_in_the_persons_language() -> None:
    with use_locale("es"):
        spanish = Email(label="Q").parse("q", _form(q="nope")).errors["q"]
    with use_locale("en"):
        english = Email(label="Q").parse("q", _form(q="nope")).errors["q"]
    assert spanish != english


@pytest.mark.parametrize(
    ("question", "value", "shown"),
    [
        (UsPhone(label="Q"), "2025550143", "(202) 555-0143"),
        (Ssn(label="Q"), "219099999", "219-09-9999"),
        (Money(label="Q"), "1250.50", "$1,250.50"),
        (YesNo(label="Q"), "yes", "Yes"),
        (OneOf(label="Q", options=OPTIONS), "food", "Food"),
        (Name(label="Q"), {"first": "Ana", "middle": "", "last": "Ruiz"}, "Ana Ruiz"),
        (Date(label="Q"), "2025-03-07", "March 7, 2025"),
    ],
)
def test_answers_are_shown_for_check_answers(question: Any, value: Any, shown: str) -> None:
    with use_locale("en"):
        assert question.display(value) == shown


fields = st.dictionaries(
    st.sampled_from(
        ["q", "q-month", "q-day", "q-year", "q-first", "q-last", "q-zip", "q-state", "q-routing", "q-account"]
    ),
    st.lists(st.text(max_size=12), max_size=2),
)


@given(fields)
def test_no_form_makes_a_question_raise(form: dict[str, list[str]]) -> None:
    for question_type in ANSWER_TYPES:
        extra = {"options": OPTIONS} if question_type in (OneOf, SeveralOf) else {}
        parsed = question_type(label="Q", **extra).parse("q", form)
        assert parsed.ok or parsed.errors
