"""Numbers, dates and money written the way the current locale writes them (through Babel)."""

from __future__ import annotations

import datetime
from decimal import Decimal

from babel import Locale, dates, lists, numbers

from i18n.locale import current_locale
from i18n.locales import locale_info


def _babel() -> Locale:
    return locale_info(current_locale()).babel_locale


def format_number(value: int | float | Decimal) -> str:
    """``1234.5`` as ``1,234.5`` in English, ``1.234,5`` in Portuguese."""
    return numbers.format_decimal(value, locale=_babel())


def format_currency(amount: int | float | Decimal, currency: str = "USD") -> str:
    """An amount of money with its currency sign, such as ``$1,234.50``."""
    return numbers.format_currency(amount, currency, locale=_babel())


HAITIAN_MONTHS = (
    *("janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm", "oktòb", "novanm"),
    "desanm",
)
"""The months in Haitian Creole, which the CLDR data Babel ships lacks (it writes "2027 M01 2")."""


def format_date(value: datetime.date, format: str = "long") -> str:
    """A date such as ``November 22, 2026`` in the current locale; ``format``: short, medium, long, full."""
    locale = _babel()
    if locale.language == "ht" and format != "short":
        return f"{value.day} {HAITIAN_MONTHS[value.month - 1]} {value.year}"
    return dates.format_date(value, format=format, locale=locale)


def format_list(items: list[str]) -> str:
    """Items joined as the locale joins a list: ``a, b, and c`` in English, ``a، b و c`` in Arabic."""
    return lists.format_list(items, locale=_babel())
