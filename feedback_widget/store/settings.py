"""Where the store lives, from the environment: ``FRONTDOOR_DATABASE_URL``, else a local SQLite file."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from pydantic import BaseModel, Field, field_validator

from feedback_widget.store.engine import normalize_url

ENV_VAR = "FRONTDOOR_DATABASE_URL"
DEFAULT_SQLITE_PATH = Path("data") / "frontdoor.db"


class StoreSettings(BaseModel):
    """The store's settings, validated."""

    database_url: str = Field(
        description=(
            "SQLAlchemy URL of the database: sqlite:///path/to/file.db or postgresql://user@host/db "
            "(psycopg 3 is used). Default: the SQLite file data/frontdoor.db under the working directory."
        )
    )

    @field_validator("database_url")
    @classmethod
    def _check_url(cls, value: str) -> str:
        try:
            normalize_url(value)
        except Exception as error:
            raise ValueError(f"{ENV_VAR} is not a usable database URL: {error}") from None
        return value

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, cwd: Path | None = None) -> StoreSettings:
        """Read ``FRONTDOOR_DATABASE_URL`` from `environ` (default: the process environment)."""
        environ = os.environ if environ is None else environ
        url = environ.get(ENV_VAR, "").strip()
        if not url:
            path = (cwd or Path.cwd()) / DEFAULT_SQLITE_PATH
            url = f"sqlite:///{path.resolve()}"
        return cls(database_url=url)
