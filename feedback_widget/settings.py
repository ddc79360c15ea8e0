"""The feedback widget's settings, from the environment, validated; secrets only from configuration."""

from __future__ import annotations

import os
import secrets
import warnings
from collections.abc import Mapping

from pydantic import BaseModel, Field, SecretStr

from feedback_widget.store.settings import StoreSettings


class FeedbackSettings(BaseModel):
    """Everything the web layer and the admin area need to know, with defaults for a fresh machine."""

    secret_key: SecretStr = Field(
        description="FRONTDOOR_SECRET_KEY: signs CSRF tokens, form timestamps, admin sessions and the "
        "rate-limit key hash. Set it in production (and the same on every worker); without it a "
        "random key is made per process."
    )
    admin_username: str | None = Field(None, description="FRONTDOOR_ADMIN_USERNAME: the admin's user name.")
    admin_password_hash: SecretStr | None = Field(
        None,
        description="FRONTDOOR_ADMIN_PASSWORD_HASH: the admin password, hashed (see "
        "`frontdoor feedback hash-password`). No default: without it the admin area is closed.",
    )
    admin_session_seconds: int = Field(1800, ge=60, description="FRONTDOOR_ADMIN_SESSION_SECONDS.")
    min_fill_seconds: float = Field(
        2.0, ge=0, description="FRONTDOOR_MIN_FILL_SECONDS: faster form posts are treated as bots."
    )
    max_body_bytes: int = Field(
        16_384, ge=1024, description="FRONTDOOR_MAX_BODY_BYTES: larger posts are refused."
    )
    rate_limit_per_minute: int = Field(
        10, ge=1, description="FRONTDOOR_RATE_LIMIT_PER_MINUTE: submissions per client per minute."
    )
    rate_limit_storage: str | None = Field(
        None,
        description="FRONTDOOR_RATE_LIMIT_STORAGE: where rate-limit counters live when not in the "
        "database, as a `limits` storage URI such as redis://localhost:6379.",
    )
    retention_days: int = Field(
        730, ge=1, description="FRONTDOOR_RETENTION_DAYS: responses older than this are purged."
    )
    store: StoreSettings = Field(description="Where responses are stored (FRONTDOOR_DATABASE_URL).")

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> FeedbackSettings:
        """Read the ``FRONTDOOR_*`` variables (default: the process environment)."""
        environ = os.environ if environ is None else environ
        secret = environ.get("FRONTDOOR_SECRET_KEY", "").strip()
        if not secret:
            warnings.warn(
                "FRONTDOOR_SECRET_KEY is not set: using a random key for this process only",
                stacklevel=2,
            )
            secret = secrets.token_urlsafe(32)
        values: dict[str, object] = {"secret_key": secret, "store": StoreSettings.from_env(environ)}
        for field in (
            "admin_username",
            "admin_password_hash",
            "admin_session_seconds",
            "min_fill_seconds",
            "max_body_bytes",
            "rate_limit_per_minute",
            "rate_limit_storage",
            "retention_days",
        ):
            value = environ.get(f"FRONTDOOR_{field.upper()}", "").strip()
            if value:
                values[field] = value
        return cls.model_validate(values)
