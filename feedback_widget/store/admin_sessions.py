"""Admin sessions kept in the feedback database: started at sign-in, checked on every admin request,
ended by signing out, by new credentials, by their age or by going unused.

A session is known by a random token that only the admin's cookie holds. The table keeps the
token's SHA-256 as the row's id, so whoever reads the table cannot take over a session.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine, delete, insert, or_, update

from feedback_widget.store.engine import writing
from feedback_widget.store.schema import admin_sessions

TOKEN_BYTES = 32


def session_id(token: str) -> str:
    """The id of the session whose token is `token`: the token's SHA-256, in hex."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class StoredSession:
    """A live session: its id (the token's hash), the admin's user name, when it started and ends."""

    id: str
    username: str
    created_at: datetime
    expires_at: datetime


class AdminSessions:
    """The ``admin_sessions`` table behind `engine`. Thread-safe; every method commits before returning.

    Times are timezone-aware, from the caller's clock. `fingerprint` is whatever the caller derives
    from the credentials a session was started with: a session only counts while it still matches.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def start(self, username: str, fingerprint: str, *, now: datetime, lifetime_seconds: int) -> str:
        """Start a session for `username` ending `lifetime_seconds` after `now`; return its token.

        The token goes in the admin's cookie and nowhere else: only its hash is stored.
        """
        token = secrets.token_urlsafe(TOKEN_BYTES)
        row = {
            "id": session_id(token),
            "username": username,
            "fingerprint": fingerprint,
            "created_at": now,
            "last_seen_at": now,
            "expires_at": now + timedelta(seconds=lifetime_seconds),
        }
        with writing(self.engine) as connection:
            connection.execute(insert(admin_sessions).values(row))
        return token

    def find(
        self,
        token: str,
        fingerprint: str,
        *,
        now: datetime,
        lifetime_seconds: int,
        idle_seconds: int,
    ) -> StoredSession | None:
        """The live session whose token is `token`, marked as seen at `now`.

        None when there is no such session, or it was started with other credentials, or it has
        ended: past its end, older than `lifetime_seconds` (should the lifetime have been
        shortened since it started), or unused for `idle_seconds`.
        """
        table = admin_sessions
        query = (
            update(table)
            .where(
                table.c.id == session_id(token),
                table.c.fingerprint == fingerprint,
                table.c.expires_at > now,
                table.c.created_at > now - timedelta(seconds=lifetime_seconds),
                table.c.last_seen_at > now - timedelta(seconds=idle_seconds),
            )
            .values(last_seen_at=now)
            .returning(table.c.id, table.c.username, table.c.created_at, table.c.expires_at)
        )
        with writing(self.engine) as connection:
            row = connection.execute(query).first()
        if row is None:
            return None
        return StoredSession(
            id=row.id, username=row.username, created_at=row.created_at, expires_at=row.expires_at
        )

    def end(self, session: str) -> bool:
        """End the session with id `session` (see :func:`session_id`); False when there was none."""
        with writing(self.engine) as connection:
            return (
                connection.execute(delete(admin_sessions).where(admin_sessions.c.id == session)).rowcount > 0
            )

    def purge(self, *, now: datetime, idle_seconds: int, fingerprint: str | None = None) -> int:
        """Delete the sessions that have ended by `now` (past their end, or unused for `idle_seconds`)
        and, given `fingerprint`, those started with other credentials; return how many."""
        table = admin_sessions
        ended = [table.c.expires_at <= now, table.c.last_seen_at <= now - timedelta(seconds=idle_seconds)]
        if fingerprint is not None:
            ended.append(table.c.fingerprint != fingerprint)
        with writing(self.engine) as connection:
            return connection.execute(delete(table).where(or_(*ended))).rowcount
