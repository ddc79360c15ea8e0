"""A clock for tests: it tells the time it is set to, and moves only when told."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

START = datetime(2026, 1, 5, 12, 0, 0, tzinfo=UTC)
"""A Monday noon, at the start of a rate-limit window (a whole minute)."""


class FakeClock:
    """A :class:`feedback_widget.clock.Clock` whose time is set by the test."""

    def __init__(self, start: datetime = START) -> None:
        if start.utcoffset() is None:
            raise ValueError("give the fake clock a timezone-aware time")
        self.time = start.astimezone(UTC)

    def now(self) -> datetime:
        """The time the clock is set to."""
        return self.time

    def advance(self, seconds: float) -> None:
        """Move the clock on by `seconds`."""
        self.time += timedelta(seconds=seconds)
