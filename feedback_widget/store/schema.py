"""The tables, as SQLAlchemy Core metadata. The migrations create exactly this shape (a test checks)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC timestamp on every database.

    PostgreSQL stores ``timestamptz``; SQLite has no time zones, so the value is stored as naive UTC
    (in SQLAlchemy's fixed-width text form, which sorts and compares correctly) and comes back
    with ``tzinfo=UTC``. Naive datetimes are refused: their time zone would be a guess.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime) or value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"feedback store: expected a timezone-aware datetime, got {value!r}")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


# SQLite only makes an auto-incrementing rowid alias of a column declared exactly INTEGER.
_BIG_ID = BigInteger().with_variant(Integer(), "sqlite")

submissions = Table(
    "submissions",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("touchpoint", Text, nullable=False),
    Column("question_set", Text, nullable=False),
    Column("locale", Text, nullable=False),
    Column("page_url", Text, nullable=True),
    Column("created_at", UTCDateTime, nullable=False),
    Column("idempotency_key", Text, nullable=True),
    Column("is_spam", Boolean(create_constraint=False), nullable=False, server_default=false()),
    # NULL keys never collide (in SQLite and PostgreSQL alike), so only keyed submissions are unique.
    UniqueConstraint("touchpoint", "idempotency_key"),
    Index(None, "touchpoint", "created_at"),
)

answers = Table(
    "answers",
    metadata,
    Column("id", _BIG_ID, primary_key=True, autoincrement=True),
    Column(
        "submission_id",
        String(36),
        ForeignKey("submissions.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("question", Text, nullable=False),
    Column("value", Text, nullable=False),
    Column("position", Integer, nullable=False, server_default="0"),
    Index(None, "submission_id"),
    Index(None, "question", "value"),
)

rate_limits = Table(
    "rate_limits",
    metadata,
    Column("key", Text, primary_key=True),
    Column("window_start", UTCDateTime, primary_key=True),
    Column("count", Integer, nullable=False),
)

admin_sessions = Table(
    "admin_sessions",
    metadata,
    # The SHA-256 of the session's random token (hex): the token itself is only ever in the cookie.
    Column("id", String(64), primary_key=True),
    Column("username", Text, nullable=False),
    # Binds the session to the credentials it was started with: new ones end it.
    Column("fingerprint", String(64), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("last_seen_at", UTCDateTime, nullable=False),
    Column("expires_at", UTCDateTime, nullable=False),
)

form_drafts = Table(
    "form_drafts",
    metadata,
    # The SHA-256 of the draft's random id (hex): the id itself is only ever in the person's cookie.
    Column("id", String(64), primary_key=True),
    Column("flow_id", String(64), nullable=False),
    Column("flow_version", Integer, nullable=False),
    # The answers so far, as JSON text: each flow decides their shape.
    Column("answers", Text, nullable=False),
    Column("reference", String(64), nullable=True),
    Column("updated_at", UTCDateTime, nullable=False),
    Column("expires_at", UTCDateTime, nullable=False),
    # Set when the person saves to come back: a keyed hash of the reference and code they wrote down,
    # and the draft's id sealed with a key only those give.
    Column("resume_key", String(64), nullable=True),
    Column("resume_box", String(128), nullable=True),
    # Set while a signed-in person fills it in: a keyed hash of their provider's ``sub``, and the draft's
    # id sealed with a key only that ``sub`` gives.
    Column("owner_key", String(64), nullable=True),
    Column("owner_box", String(128), nullable=True),
    Index(None, "expires_at"),
    Index(None, "resume_key", unique=True),
    Index(None, "owner_key"),
)

form_files = Table(
    "form_files",
    metadata,
    # The SHA-256 of the draft's id, as in form_drafts; no foreign key: a file may be kept a moment
    # before the draft's first save, and both are deleted together.
    Column("draft_id", String(64), primary_key=True),
    Column("key", String(64), primary_key=True),
    Column("filename", String(255), nullable=False),
    Column("content_type", String(255), nullable=False),
    Column("content", LargeBinary, nullable=False),
    Column("expires_at", UTCDateTime, nullable=False),
    Index(None, "expires_at"),
)

sign_in_pending = Table(
    "sign_in_pending",
    metadata,
    # The SHA-256 of the sign-in's state: the state itself is only in the person's cookie and URL.
    Column("id", String(64), primary_key=True),
    # Kept here, never in a cookie: the nonce the id_token must carry and the PKCE verifier.
    Column("nonce", Text, nullable=False),
    Column("code_verifier", Text, nullable=False),
    Column("assurance", Text, nullable=True),
    Column("next_path", Text, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("expires_at", UTCDateTime, nullable=False),
    Index(None, "expires_at"),
)

sign_in_sessions = Table(
    "sign_in_sessions",
    metadata,
    # The SHA-256 of the session's id: the id itself is only in the person's cookie.
    Column("id", String(64), primary_key=True),
    Column("sub", Text, nullable=False),
    Column("assurance", Text, nullable=True),
    # Only the claims the service uses (JSON), and the id_token only when the provider's sign-out needs it.
    Column("claims", Text, nullable=False),
    Column("id_token", Text, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("expires_at", UTCDateTime, nullable=False),
    Index(None, "sub"),
    Index(None, "expires_at"),
)
