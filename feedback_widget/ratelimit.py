"""Rate limits whose state is shared by every worker and machine: the database by default, Redis
(through the ``limits`` library) where ``FRONTDOOR_RATE_LIMIT_STORAGE`` names one."""

from __future__ import annotations

from typing import Protocol

from sqlalchemy import delete

from feedback_widget.clock import SYSTEM_CLOCK, Clock
from feedback_widget.store import Store
from feedback_widget.store.schema import rate_limits


class RateLimiter(Protocol):
    """Counts hits per key in fixed windows, and forgets them on request."""

    def hit(self, key: str, limit: int, window_seconds: int) -> bool:
        """Count one hit for ``key``; True when it is over ``limit`` in the current window."""
        ...

    def reset(self, key: str, limit: int, window_seconds: int) -> None:
        """Forget the hits counted for ``key`` (under this ``limit`` and window)."""
        ...


class DatabaseRateLimiter:
    """Counters in the feedback store's ``rate_limits`` table (no extra service to run), in windows
    of the clock's time."""

    def __init__(self, store: Store, clock: Clock = SYSTEM_CLOCK) -> None:
        self.store = store
        self.clock = clock

    def hit(self, key: str, limit: int, window_seconds: int) -> bool:
        """Count one hit for ``key`` in the database; True when over ``limit``."""
        return self.store.hit_rate_limit(key, limit, window_seconds, now=self.clock.now())

    def reset(self, key: str, limit: int, window_seconds: int) -> None:
        """Delete every window counted for ``key``."""
        with self.store.engine.begin() as connection:
            connection.execute(delete(rate_limits).where(rate_limits.c.key == key))


class LimitsRateLimiter:
    """Counters in any storage the ``limits`` library knows, such as ``redis://host:6379``, in windows
    of that storage's time (not the widget's clock)."""

    def __init__(self, storage_uri: str) -> None:
        from limits import storage, strategies

        self.storage = storage.storage_from_string(storage_uri)
        self.strategy = strategies.FixedWindowRateLimiter(self.storage)

    def hit(self, key: str, limit: int, window_seconds: int) -> bool:
        """Count one hit for ``key``; True when over ``limit``."""
        from limits import RateLimitItemPerSecond

        return not self.strategy.hit(RateLimitItemPerSecond(limit, window_seconds), "frontdoor", key)

    def reset(self, key: str, limit: int, window_seconds: int) -> None:
        """Clear the counter for ``key`` under this limit."""
        from limits import RateLimitItemPerSecond

        self.strategy.clear(RateLimitItemPerSecond(limit, window_seconds), "frontdoor", key)


def rate_limiter_for(store: Store, storage_uri: str | None, clock: Clock = SYSTEM_CLOCK) -> RateLimiter:
    """The database limiter, or the ``limits`` one when a storage URI is configured."""
    return LimitsRateLimiter(storage_uri) if storage_uri else DatabaseRateLimiter(store, clock)
