"""The base of the widget's settings classes: each field is read from the environment variable
``FRONTDOOR_`` + its name in capitals, a blank variable counts as unset, and an error names the
variable."""

from __future__ import annotations

from typing import Any

from pydantic import model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PREFIX = "FRONTDOOR_"


def variable(field: str) -> str:
    """The environment variable that sets `field`: ``rate_limit_per_minute`` gives
    ``FRONTDOOR_RATE_LIMIT_PER_MINUTE``."""
    return PREFIX + field.upper()


class EnvironmentSettings(BaseSettings):
    """Settings from ``FRONTDOOR_*`` variables; in code, fields may also be given by name."""

    model_config = SettingsConfigDict(alias_generator=variable, validate_by_name=True, extra="ignore")

    @model_validator(mode="before")
    @classmethod
    def _blank_is_unset(cls, data: Any) -> Any:
        """Strip text values; leave out blank ones, so that their defaults apply."""
        if not isinstance(data, dict):
            return data
        return {
            key: value.strip() if isinstance(value, str) else value
            for key, value in data.items()
            if not (isinstance(value, str) and not value.strip())
        }
