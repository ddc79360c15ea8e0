"""Rate limits shared across processes: in the database by default, in Redis where configured."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from feedback_widget.ratelimit import DatabaseRateLimiter, LimitsRateLimiter, rate_limiter_for
from feedback_widget.store import Store
from tests.servers import ServerError, redis_server


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    """A throwaway Redis server on loopback (Debian's redis-server; `make test` installs it)."""
    with contextlib.ExitStack() as stack:
        try:
            url = stack.enter_context(redis_server())
        except ServerError as error:
            pytest.fail(f"{error} (`make test` installs it)", pytrace=False)
        yield url


def test_redis_counts_are_shared_between_limiters(redis_url: str) -> None:
    first, second = LimitsRateLimiter(redis_url), LimitsRateLimiter(redis_url)
    results = [limiter.hit("client-a", 3, 60) for limiter in (first, second, first, second, first)]
    assert results == [False, False, False, True, True]
    assert second.hit("client-b", 3, 60) is False  # another client has its own count


def test_database_counts_are_shared_between_stores(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/limits.db"
    with Store(url) as one, Store(url) as two:
        one.migrate()
        first, second = DatabaseRateLimiter(one), DatabaseRateLimiter(two)
        results = [limiter.hit("client-a", 2, 60) for limiter in (first, second, first)]
    assert results == [False, False, True]


def test_configuration_chooses_the_limiter(tmp_path: Path, redis_url: str) -> None:
    with Store(f"sqlite:///{tmp_path}/x.db") as store:
        assert isinstance(rate_limiter_for(store, None), DatabaseRateLimiter)
        assert isinstance(rate_limiter_for(store, redis_url), LimitsRateLimiter)
