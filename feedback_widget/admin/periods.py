"""Reporting periods: federal fiscal quarters (the fiscal year starts on October 1), the last 30 days,
or dates chosen by the admin. Days run midnight to midnight UTC."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from i18n import gettext as _
from i18n.formatting import format_date

PeriodKind = Literal["this_quarter", "last_quarter", "last_30_days", "custom", "all"]
PERIOD_KINDS: tuple[str, ...] = ("this_quarter", "last_quarter", "last_30_days", "custom", "all")
EARLIEST_DAY = dt.date(2000, 1, 1)
LATEST_DAY = dt.date(2099, 12, 31)
LONGEST_CUSTOM_DAYS = 3653
"""A custom period runs between these days and is at most ten years long (its chart stays readable)."""


@dataclass(frozen=True)
class Period:
    """A reporting period: ``since`` inclusive, ``until`` exclusive (None: no bound)."""

    kind: str
    since: dt.datetime | None
    until: dt.datetime | None
    label: str

    @property
    def first_day(self) -> dt.date | None:
        return self.since.date() if self.since else None

    @property
    def last_day(self) -> dt.date | None:
        return (self.until - dt.timedelta(days=1)).date() if self.until else None

    @property
    def days(self) -> int | None:
        if self.since is None or self.until is None:
            return None
        return (self.until - self.since).days


class PeriodError(ValueError):
    """The dates chosen are not valid: ``field`` names the form field, the message says how to fix it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


def fiscal_quarter(day: dt.date) -> tuple[int, int, dt.date]:
    """``(fiscal year, quarter 1-4, first day of the quarter)`` for `day`; FY 2026 Q1 starts 2025-10-01."""
    first_month = 1 + 3 * ((day.month - 1) // 3)
    start = dt.date(day.year, first_month, 1)
    fiscal_year = day.year + 1 if day.month >= 10 else day.year
    quarter = {10: 1, 1: 2, 4: 3, 7: 4}[first_month]
    return fiscal_year, quarter, start


def _next_quarter_start(start: dt.date) -> dt.date:
    return dt.date(start.year + 1, 1, 1) if start.month == 10 else dt.date(start.year, start.month + 3, 1)


def _quarter(start: dt.date, kind: str) -> Period:
    fiscal_year, quarter, start = fiscal_quarter(start)
    # Translators: a federal fiscal quarter, such as "FY 2026 Q2"; %(year)s is the fiscal year and
    # %(quarter)s its quarter (1 to 4).
    label = _("FY %(year)s Q%(quarter)s", year=fiscal_year, quarter=quarter)
    return Period(kind, _midnight(start), _midnight(_next_quarter_start(start)), label)


def parse_day(value: str | None) -> dt.date | None:
    """A date in the form YYYY-MM-DD, or None when empty; ValueError when it is not a date."""
    value = (value or "").strip()
    return dt.date.fromisoformat(value) if value else None


def resolve_period(
    kind: str | None,
    first: str | None = None,
    last: str | None = None,
    *,
    today: dt.date | None = None,
    default: str = "this_quarter",
) -> Period:
    """The period the admin chose. ``custom`` uses `first` and `last` (dates, both included)."""
    today = today or dt.datetime.now(dt.UTC).date()
    kind = kind if kind in PERIOD_KINDS else default
    if kind == "this_quarter":
        return _quarter(today, kind)
    if kind == "last_quarter":
        start = fiscal_quarter(today)[2]
        return _quarter(start - dt.timedelta(days=1), kind)
    if kind == "last_30_days":
        return Period(
            kind,
            _midnight(today - dt.timedelta(days=29)),
            _midnight(today + dt.timedelta(days=1)),
            _("Last 30 days"),
        )
    if kind == "all":
        return Period(kind, None, None, _("All time"))
    try:
        since = parse_day(first)
    except ValueError:
        raise PeriodError("from", _("Enter the start date as year, month and day, like 2026-01-31")) from None
    try:
        until = parse_day(last)
    except ValueError:
        raise PeriodError("to", _("Enter the end date as year, month and day, like 2026-03-31")) from None
    if since is None:
        raise PeriodError("from", _("Enter the start date"))
    if until is None:
        raise PeriodError("to", _("Enter the end date"))
    for field, day in (("from", since), ("to", until)):
        if not EARLIEST_DAY <= day <= LATEST_DAY:
            # Translators: %(first)s and %(last)s are the earliest and latest dates allowed.
            message = _(
                "Enter a date from %(first)s to %(last)s",
                first=format_date(EARLIEST_DAY),
                last=format_date(LATEST_DAY),
            )
            raise PeriodError(field, message)
    if until < since:
        raise PeriodError("to", _("The end date must be the same as or after the start date"))
    if (until - since).days >= LONGEST_CUSTOM_DAYS:
        raise PeriodError("to", _("Choose a period of 10 years or less"))
    # Translators: a period of dates, such as "January 1, 2026 to March 31, 2026".
    label = _("%(first)s to %(last)s", first=format_date(since), last=format_date(until))
    return Period("custom", _midnight(since), _midnight(until + dt.timedelta(days=1)), label)


def buckets(period: Period) -> list[tuple[dt.datetime, dt.datetime, str]]:
    """The trend's buckets over `period`: weeks (starting Monday) up to about four months, else months."""
    if period.since is None or period.until is None:
        return []
    result: list[tuple[dt.datetime, dt.datetime, str]] = []
    weekly = (period.until - period.since).days <= 124
    start = period.since
    while start < period.until:
        day = start.date()
        if weekly:
            boundary = _midnight(day - dt.timedelta(days=day.weekday()) + dt.timedelta(days=7))
            # Translators: a week in a chart, such as "Week of Jan 5, 2026".
            label = _("Week of %(date)s", date=format_date(day, "medium"))
        else:
            next_month = (
                dt.date(day.year + 1, 1, 1) if day.month == 12 else dt.date(day.year, day.month + 1, 1)
            )
            boundary = _midnight(next_month)
            label = _month_label(day)
        end = min(boundary, period.until)
        result.append((start, end, label))
        start = end
    return result


def _month_label(day: dt.date) -> str:
    from babel import dates

    from i18n.formatting import _babel

    return dates.format_skeleton("yMMM", day, locale=_babel())
