"""Admin sessions kept in the feedback database, against real SQLite and PostgreSQL, and the rate-limit
reset the sign-in throttle uses after a right password."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from feedback_widget.ratelimit import DatabaseRateLimiter, LimitsRateLimiter, RateLimiter
from feedback_widget.store import Store, migrate
from feedback_widget.store.admin_sessions import AdminSessions, session_id
from feedback_widget.store.schema import admin_sessions
from tests.feedback_widget.clock import FakeClock

T0 = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)
DAY = 86_400
PRINT = "fingerprint-of-the-credentials"


@pytest.fixture
def store(database_url: str) -> Iterator[Store]:
    migrate(database_url)
    with Store(database_url) as opened:
        yield opened


@pytest.fixture
def sessions(store: Store) -> AdminSessions:
    return AdminSessions(store.engine)


def find(sessions: AdminSessions, token: str, seconds: float = 0, fingerprint: str = PRINT) -> str | None:
    """The user name of the live session for `token`, `seconds` after T0 (lifetime a day, idle an hour)."""
    now = T0 + timedelta(seconds=seconds)
    found = sessions.find(token, fingerprint, now=now, lifetime_seconds=DAY, idle_seconds=3600)
    return found.username if found else None


def rows(store: Store) -> list[tuple[str, str]]:
    with store.engine.connect() as connection:
        query = select(admin_sessions.c.id, admin_sessions.c.username).order_by(admin_sessions.c.username)
        return [(row.id, row.username) for row in connection.execute(query)]


def test_only_the_hash_of_the_token_is_stored(store: Store, sessions: AdminSessions) -> None:
    token = sessions.start("admin", PRINT, now=T0, lifetime_seconds=DAY)
    assert len(token) >= 43  # 32 random bytes
    assert rows(store) == [(session_id(token), "admin")]
    assert token not in session_id(token)
    found = sessions.find(token, PRINT, now=T0, lifetime_seconds=DAY, idle_seconds=3600)
    assert found is not None and found.id == session_id(token)
    assert found.created_at == T0 and found.expires_at == T0 + timedelta(days=1)
    assert sessions.start("admin", PRINT, now=T0, lifetime_seconds=DAY) != token


def test_a_session_is_found_by_its_token_only(sessions: AdminSessions) -> None:
    token = sessions.start("admin", PRINT, now=T0, lifetime_seconds=DAY)
    assert find(sessions, token) == "admin"
    assert find(sessions, session_id(token)) is None  # the stored id does not open the session
    assert find(sessions, token + "x") is None
    assert find(sessions, token, fingerprint="other credentials") is None


def test_ending_a_session_deletes_it(store: Store, sessions: AdminSessions) -> None:
    token = sessions.start("admin", PRINT, now=T0, lifetime_seconds=DAY)
    other = sessions.start("admin", PRINT, now=T0, lifetime_seconds=DAY)
    assert sessions.end(session_id(token))
    assert not sessions.end(session_id(token))
    assert find(sessions, token) is None
    assert find(sessions, other) == "admin"  # another browser stays signed in
    assert rows(store) == [(session_id(other), "admin")]


def test_a_session_ends_at_its_end_time(sessions: AdminSessions) -> None:
    token = sessions.start("admin", PRINT, now=T0, lifetime_seconds=1800)
    assert find(sessions, token, 1799) == "admin"
    assert find(sessions, token, 1800) is None


def test_a_shortened_lifetime_ends_older_sessions(sessions: AdminSessions) -> None:
    token = sessions.start("admin", PRINT, now=T0, lifetime_seconds=DAY)
    now = T0 + timedelta(seconds=1801)
    assert sessions.find(token, PRINT, now=now, lifetime_seconds=1800, idle_seconds=3600) is None


def test_a_session_unused_for_the_idle_time_ends(sessions: AdminSessions) -> None:
    token = sessions.start("admin", PRINT, now=T0, lifetime_seconds=DAY)
    uses = [3599, 2 * 3599, 3 * 3599]  # each under an hour after the one before
    assert [find(sessions, token, seconds) for seconds in uses] == ["admin"] * 3
    assert find(sessions, token, uses[-1] + 3600) is None


def test_purge_deletes_ended_sessions_and_those_of_other_credentials(
    store: Store, sessions: AdminSessions
) -> None:
    ended = sessions.start("expired", PRINT, now=T0, lifetime_seconds=60)
    idle = sessions.start("idle", PRINT, now=T0, lifetime_seconds=DAY)
    old_password = sessions.start("old-password", "before", now=T0, lifetime_seconds=DAY)
    clock = FakeClock(T0 + timedelta(seconds=1800))
    live = sessions.start("live", PRINT, now=clock.now(), lifetime_seconds=DAY)
    assert sessions.purge(now=clock.now(), idle_seconds=3600) == 1
    assert {name for _id, name in rows(store)} == {"idle", "old-password", "live"}
    clock.advance(1800)
    assert sessions.purge(now=clock.now(), idle_seconds=3600, fingerprint=PRINT) == 2
    assert rows(store) == [(session_id(live), "live")]
    assert not any(find(sessions, token, 3600) for token in (ended, idle, old_password))


# The throttle's reset


@pytest.fixture(params=["database", "limits"])
def limiter(request: pytest.FixtureRequest, store: Store) -> RateLimiter:
    return (
        DatabaseRateLimiter(store, FakeClock())
        if request.param == "database"
        else LimitsRateLimiter("memory://")
    )


def test_reset_forgets_the_hits_of_one_key(limiter: RateLimiter) -> None:
    assert [limiter.hit("pair", 2, 900) for _ in range(3)] == [False, False, True]
    assert limiter.hit("another pair", 2, 900) is False
    limiter.reset("pair", 2, 900)
    assert [limiter.hit("pair", 2, 900) for _ in range(3)] == [False, False, True]
    assert limiter.hit("another pair", 2, 900) is False  # its one earlier hit still counts
    assert limiter.hit("another pair", 2, 900) is True
