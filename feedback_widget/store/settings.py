"""Where the store lives: ``FRONTDOOR_DATABASE_URL``, else a SQLite file under the working folder."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, field_validator

from feedback_widget.env_settings import EnvironmentSettings, variable
from feedback_widget.store.engine import normalize_url

DEFAULT_SQLITE_PATH = Path("data") / "frontdoor.db"


def default_database_url() -> str:
    """The SQLite file ``data/frontdoor.db`` under the working folder, as a URL."""
    return f"sqlite:///{(Path.cwd() / DEFAULT_SQLITE_PATH).resolve()}"


class StoreSettings(EnvironmentSettings):
    """The store's settings, validated."""

    database_url: str = Field(
        default_factory=default_database_url,
        description=(
            "SQLAlchemy URL of the database: sqlite:///path/to/file.db or postgresql://user@host/db "
            "(psycopg 3 is used). Default: the SQLite file data/frontdoor.db under the working directory."
        ),
    )

    @field_validator("database_url")
    @classmethod
    def _check_url(cls, value: str) -> str:
        try:
            normalize_url(value)
        except Exception as error:
            raise ValueError(f"{variable('database_url')} is not a usable database URL: {error}") from None
        return value
