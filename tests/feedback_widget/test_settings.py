"""The widget's settings: each from its FRONTDOOR_ variable, defaults on a fresh machine, blank
means unset, and an error names the variable."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pydantic import ValidationError

from feedback_widget.settings import FeedbackSettings
from feedback_widget.store import StoreSettings


@pytest.fixture
def environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> pytest.MonkeyPatch:
    """No FRONTDOOR_ variable set, in an empty working folder."""
    for name in list(os.environ):
        if name.startswith("FRONTDOOR_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    return monkeypatch


def test_defaults_on_a_fresh_machine(environment: pytest.MonkeyPatch, tmp_path: Path) -> None:
    with pytest.warns(UserWarning, match="FRONTDOOR_SECRET_KEY is not set"):
        settings = FeedbackSettings.from_env()
    assert len(settings.secret_key.get_secret_value()) >= 32
    assert settings.admin_username is None and settings.admin_password_hash is None
    assert (settings.admin_session_seconds, settings.min_fill_seconds, settings.max_body_bytes) == (
        1800,
        2.0,
        16_384,
    )
    assert (settings.rate_limit_per_minute, settings.rate_limit_storage, settings.retention_days) == (
        10,
        None,
        730,
    )
    assert settings.store.database_url == f"sqlite:///{tmp_path.resolve() / 'data' / 'frontdoor.db'}"


def test_each_field_is_read_from_its_variable(environment: pytest.MonkeyPatch) -> None:
    values = {
        "FRONTDOOR_SECRET_KEY": " a-secret ",
        "FRONTDOOR_ADMIN_USERNAME": "admin",
        "FRONTDOOR_ADMIN_PASSWORD_HASH": "scrypt$16384$8$1$c2FsdA==$aGFzaA==",
        "FRONTDOOR_ADMIN_SESSION_SECONDS": "600",
        "FRONTDOOR_MIN_FILL_SECONDS": "0.5",
        "FRONTDOOR_MAX_BODY_BYTES": "2048",
        "FRONTDOOR_RATE_LIMIT_PER_MINUTE": "3",
        "FRONTDOOR_RATE_LIMIT_STORAGE": "redis://127.0.0.1:6379",
        "FRONTDOOR_RETENTION_DAYS": "30",
        "FRONTDOOR_DATABASE_URL": "postgresql://app@db.example.gov/feedback",
    }
    for name, value in values.items():
        environment.setenv(name, value)
    settings = FeedbackSettings.from_env()
    assert settings.secret_key.get_secret_value() == "a-secret"  # spaces around it dropped
    assert settings.admin_username == "admin"
    assert settings.admin_password_hash is not None
    assert settings.admin_password_hash.get_secret_value() == values["FRONTDOOR_ADMIN_PASSWORD_HASH"]
    assert (settings.admin_session_seconds, settings.min_fill_seconds, settings.max_body_bytes) == (
        600,
        0.5,
        2048,
    )
    assert settings.rate_limit_per_minute == 3
    assert settings.rate_limit_storage == "redis://127.0.0.1:6379"
    assert settings.retention_days == 30
    assert settings.store.database_url == values["FRONTDOOR_DATABASE_URL"]


def test_a_blank_variable_is_unset(environment: pytest.MonkeyPatch) -> None:
    environment.setenv("FRONTDOOR_SECRET_KEY", "s")
    environment.setenv("FRONTDOOR_RATE_LIMIT_PER_MINUTE", "   ")
    environment.setenv("FRONTDOOR_ADMIN_USERNAME", "")
    settings = FeedbackSettings.from_env()
    assert settings.rate_limit_per_minute == 10 and settings.admin_username is None


@pytest.mark.parametrize(
    ("name", "value", "words"),
    [
        ("FRONTDOOR_RATE_LIMIT_PER_MINUTE", "0", "greater than or equal to 1"),
        ("FRONTDOOR_RATE_LIMIT_PER_MINUTE", "ten", "valid integer"),
        ("FRONTDOOR_MAX_BODY_BYTES", "10", "greater than or equal to 1024"),
        ("FRONTDOOR_ADMIN_SESSION_SECONDS", "5", "greater than or equal to 60"),
        ("FRONTDOOR_MIN_FILL_SECONDS", "-1", "greater than or equal to 0"),
        ("FRONTDOOR_RETENTION_DAYS", "0", "greater than or equal to 1"),
        ("FRONTDOOR_DATABASE_URL", "mysql://x@y/z", "is not a usable database URL"),
    ],
)
def test_a_wrong_value_names_its_variable(
    environment: pytest.MonkeyPatch, name: str, value: str, words: str
) -> None:
    environment.setenv("FRONTDOOR_SECRET_KEY", "s")
    environment.setenv(name, value)
    with pytest.raises(ValidationError) as raised:
        FeedbackSettings.from_env()
    [error] = raised.value.errors()
    assert error["loc"] == (name,)
    assert words in error["msg"]


def test_values_given_in_code_win_over_the_environment(environment: pytest.MonkeyPatch) -> None:
    environment.setenv("FRONTDOOR_SECRET_KEY", "from-the-environment")
    environment.setenv("FRONTDOOR_RATE_LIMIT_PER_MINUTE", "3")
    settings = FeedbackSettings(
        rate_limit_per_minute=7, store=StoreSettings(database_url="sqlite:///elsewhere.db")
    )
    assert settings.rate_limit_per_minute == 7
    assert settings.secret_key.get_secret_value() == "from-the-environment"
    assert settings.store.database_url == "sqlite:///elsewhere.db"
