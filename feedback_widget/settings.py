"""The feedback widget's settings, from ``FRONTDOOR_*`` environment variables, validated."""

from __future__ import annotations

import secrets
import warnings
from ipaddress import IPv4Network, IPv6Network
from typing import Annotated, Any

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import NoDecode

from feedback_widget.env_settings import EnvironmentSettings
from feedback_widget.store.settings import StoreSettings


def _random_secret_key() -> SecretStr:
    warnings.warn("FRONTDOOR_SECRET_KEY is not set: using a random key for this process only", stacklevel=2)
    return SecretStr(secrets.token_urlsafe(32))


class FeedbackSettings(EnvironmentSettings):
    """Everything the web layer and the admin area need to know, with defaults for a fresh machine.

    Each field is read from ``FRONTDOOR_`` + its name in capitals (``FRONTDOOR_RATE_LIMIT_PER_MINUTE``);
    the store's from ``FRONTDOOR_DATABASE_URL``.
    """

    secret_key: SecretStr = Field(
        default_factory=_random_secret_key,
        description="Signs CSRF tokens, form timestamps, admin sessions and the rate-limit key hash. "
        "Set it in production (and the same on every worker); without it a random key is made per "
        "process.",
    )
    admin_username: str | None = Field(None, description="The admin's user name.")
    admin_password_hash: SecretStr | None = Field(
        None,
        description="The admin password, hashed (see `frontdoor feedback hash-password`). No default: "
        "without it the admin area is closed.",
    )
    admin_session_seconds: int = Field(1800, ge=60, description="How long an admin stays signed in.")
    min_fill_seconds: float = Field(2.0, ge=0, description="Faster form posts are treated as bots.")
    max_body_bytes: int = Field(16_384, ge=1024, description="Larger posts are refused.")
    rate_limit_per_minute: int = Field(10, ge=1, description="Submissions per client per minute.")
    rate_limit_storage: str | None = Field(
        None,
        description="Where rate-limit counters live when not in the database, as a `limits` storage "
        "URI such as redis://localhost:6379.",
    )
    trusted_proxies: Annotated[list[IPv4Network | IPv6Network], NoDecode] = Field(
        default_factory=list,
        description="The proxies in front of the app whose X-Forwarded-For header is believed: addresses "
        "or networks, separated by commas (10.0.0.5, 10.1.0.0/16). Empty (the default): the header "
        "is ignored and the client is the peer that connected.",
    )
    retention_days: int = Field(730, ge=1, description="Responses older than this are purged.")
    store: StoreSettings = Field(
        default_factory=StoreSettings, description="Where responses are stored (FRONTDOOR_DATABASE_URL)."
    )

    @field_validator("trusted_proxies", mode="before")
    @classmethod
    def _comma_separated(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [item.strip() for item in value.split(",") if item.strip()]
        return value

    @classmethod
    def from_env(cls) -> FeedbackSettings:
        """Read the ``FRONTDOOR_*`` variables of the process environment."""
        return cls()
