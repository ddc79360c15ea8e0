"""Dates, numbers and money in each language, as its readers write them."""

from __future__ import annotations

import datetime

import pytest

from i18n import use_locale
from i18n.formatting import format_currency, format_date, format_number
from i18n.locales import LOCALES

DAY = datetime.date(2027, 1, 2)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("en", "January 2, 2027"),
        ("es", "2 de enero de 2027"),
        ("ht", "2 janvye 2027"),
        ("vi", "2 tháng 1, 2027"),
    ],
)
def test_long_dates(code: str, expected: str) -> None:
    with use_locale(code):
        assert format_date(DAY) == expected


@pytest.mark.parametrize("code", list(LOCALES))
def test_no_language_writes_a_placeholder_month(code: str) -> None:
    with use_locale(code):
        assert "M01" not in format_date(DAY)


def test_numbers_and_money() -> None:
    with use_locale("pt"):
        assert format_number(1234.5) == "1.234,5"
    with use_locale("en"):
        assert format_currency(1250.5) == "$1,250.50"
