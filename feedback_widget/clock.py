"""The widget's one source of the current time. Everything that measures time takes a clock: the
rate limit's windows, a form's age (the minimum fill time and the token's expiry), an admin
session's age and the reports' "today"; tests give them a clock they set by hand."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    """Tells the time."""

    def now(self) -> datetime:
        """The current time, timezone-aware, in UTC."""
        ...


class SystemClock:
    """The machine's clock."""

    def now(self) -> datetime:
        """The current time, timezone-aware, in UTC."""
        return datetime.now(UTC)


SYSTEM_CLOCK: Clock = SystemClock()
