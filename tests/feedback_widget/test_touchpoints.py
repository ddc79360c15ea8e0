"""Touchpoints: the model, the footer text, and the registry loaded from a file or the demo set."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest
from pydantic import ValidationError

import i18n.locale
from feedback_widget.config_files import ConfigError
from feedback_widget.questions import BUILT_IN_SETS
from feedback_widget.touchpoints import (
    ENVIRONMENT_VARIABLE,
    Channel,
    Touchpoint,
    TouchpointRegistry,
    UnknownTouchpoint,
    demo_registry,
    normalize_origin,
)
from i18n import use_locale
from tests.feedback_widget.test_questions import LIBRARY_TOML, _Shouting


def _touchpoint(**changes: object) -> Touchpoint:
    values: dict[str, object] = {
        "id": "passport-renewal",
        "service_name": "Renew your passport",
        "question_set": "post_transaction",
    }
    return Touchpoint(**(values | changes))


# --- the model -----------------------------------------------------------------------------------


def test_a_touchpoint_with_defaults() -> None:
    touchpoint = _touchpoint()
    assert touchpoint.channel is Channel.WEBSITE
    assert touchpoint.omb_control_number is None and touchpoint.expires is None
    assert touchpoint.allowed_origins == ()
    assert touchpoint.footer_text() is None


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("id", "Passport Renewal", "not a valid id"),
        ("id", "-renewal", "not a valid id"),
        ("channel", "fax_machine", "Input should be 'website', 'mobile_app'"),
        ("omb_control_number", "12345678", "use the form NNNN-NNNN"),
        ("omb_control_number", "123-45678", "use the form NNNN-NNNN"),
        ("expires", "next year", "valid date"),
        ("allowed_origins", ["http://www.example.gov"], "must use https"),
        ("allowed_origins", ["https://www.example.gov/page"], "give scheme and host only"),
        ("allowed_origins", ["www.example.gov"], "not an origin"),
        ("allowed_origins", ["https://example.gov:99999"], "port"),
        ("service_name", "", "the text is empty"),
        ("colour", "blue", "Extra inputs are not permitted"),
    ],
)
def test_bad_fields_name_the_problem(field: str, value: object, expected: str) -> None:
    with pytest.raises(ValidationError) as caught:
        _touchpoint(**{field: value})
    assert field in str(caught.value)
    assert expected in str(caught.value)


def test_origins_are_normalized_and_checked() -> None:
    touchpoint = _touchpoint(
        allowed_origins=[
            "https://Travel.Example.GOV/",
            "https://travel.example.gov:443",
            "http://localhost:8000",
        ]
    )
    assert touchpoint.allowed_origins == ("https://travel.example.gov", "http://localhost:8000")
    assert touchpoint.allows_origin("https://travel.example.gov")
    assert touchpoint.allows_origin("HTTPS://TRAVEL.EXAMPLE.GOV:443")
    assert not touchpoint.allows_origin("https://evil.example.com")
    assert not touchpoint.allows_origin("https://travel.example.gov.evil.example.com")
    assert not touchpoint.allows_origin("null")
    assert not touchpoint.allows_origin(None)
    assert not touchpoint.allows_origin("http://travel.example.gov")
    assert normalize_origin("http://127.0.0.1:9000") == "http://127.0.0.1:9000"
    assert normalize_origin("http://[::1]") == "http://[::1]"


def test_channels_have_translated_labels(monkeypatch: pytest.MonkeyPatch) -> None:
    assert str(Channel.IN_PERSON.label) == "In person"
    assert {channel.value for channel in Channel} >= {
        "website",
        "mobile_app",
        "phone",
        "in_person",
        "email",
        "chatbot",
        "paper",
    }
    monkeypatch.setattr(i18n.locale, "translations_for", lambda code: _Shouting())
    assert str(Channel.MOBILE_APP.label) == "MOBILE APP"


def test_expiry() -> None:
    touchpoint = _touchpoint(expires=datetime.date(2027, 5, 31))
    assert not touchpoint.is_expired(datetime.date(2027, 5, 31))
    assert touchpoint.is_expired(datetime.date(2027, 6, 1))
    assert not _touchpoint().is_expired()


# --- the footer ----------------------------------------------------------------------------------


def test_footer_with_number_and_date() -> None:
    touchpoint = _touchpoint(omb_control_number="1234-5678", expires="2027-05-31")
    assert touchpoint.footer_text() == "OMB control number: 1234-5678. Expiration date: May 31, 2027."


def test_footer_with_one_of_them() -> None:
    assert _touchpoint(omb_control_number="1234-5678").footer_text() == "OMB control number: 1234-5678."
    assert _touchpoint(expires=datetime.date(2027, 5, 31)).footer_text() == "Expiration date: May 31, 2027."


def test_footer_date_follows_the_locale() -> None:
    touchpoint = _touchpoint(omb_control_number="1234-5678", expires=datetime.date(2027, 5, 31))
    with use_locale("es"):
        assert "31 de mayo de 2027" in touchpoint.footer_text()
    with use_locale("fr"):
        assert "31 mai 2027" in touchpoint.footer_text()


def test_footer_goes_through_the_catalog(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n.locale, "translations_for", lambda code: _Shouting())
    touchpoint = _touchpoint(omb_control_number="1234-5678", expires=datetime.date(2027, 5, 31))
    assert touchpoint.footer_text() == "OMB CONTROL NUMBER: 1234-5678. EXPIRATION DATE: May 31, 2027."


# --- the registry --------------------------------------------------------------------------------

REGISTRY_TOML = """
question_set_files = ["library.toml"]

[[question_sets]]
key = "kiosk"
title = "Kiosk"
[[question_sets.questions]]
key = "easy"
kind = "thumbs"
required = true
text = "It was easy."

[[touchpoints]]
id = "passport-renewal"
service_name = { en = "Renew your passport", es = "Renueve su pasaporte" }
channel = "website"
question_set = "post_transaction"
omb_control_number = "1234-5678"
expires = 2027-05-31
allowed_origins = ["https://travel.example.gov"]

[[touchpoints]]
id = "library"
service_name = "City library"
channel = "in_person"
question_set = "library_visit"

[[touchpoints]]
id = "lobby-kiosk"
service_name = "Lobby kiosk"
channel = "kiosk"
question_set = "kiosk"
"""


@pytest.fixture
def config(tmp_path: Path) -> Path:
    (tmp_path / "library.toml").write_text(LIBRARY_TOML, encoding="utf-8")
    path = tmp_path / "touchpoints.toml"
    path.write_text(REGISTRY_TOML, encoding="utf-8")
    return path


def test_registry_from_a_toml_file(config: Path) -> None:
    registry = TouchpointRegistry.from_file(config)
    assert [touchpoint.id for touchpoint in registry] == ["passport-renewal", "library", "lobby-kiosk"]
    assert len(registry) == 3 and "library" in registry and "nope" not in registry
    passport = registry.get("passport-renewal")
    assert passport.expires == datetime.date(2027, 5, 31)
    with use_locale("es"):
        assert str(passport.service_name) == "Renueve su pasaporte"
    assert registry.question_set(passport) is BUILT_IN_SETS["post_transaction"]
    assert registry.question_set("library").key == "library_visit"
    assert registry.question_set("lobby-kiosk").question("easy").kind == "thumbs"
    assert set(registry.question_sets) == {*BUILT_IN_SETS, "library_visit", "kiosk"}
    with pytest.raises(UnknownTouchpoint):
        registry.get("nope")


def test_registry_from_a_json_file(tmp_path: Path) -> None:
    path = tmp_path / "touchpoints.json"
    path.write_text(
        json.dumps(
            {
                "touchpoints": [
                    {"id": "faq", "service_name": "FAQ", "question_set": "page_helpful", "channel": "chatbot"}
                ]
            }
        )
    )
    registry = TouchpointRegistry.from_file(path)
    assert registry.get("faq").channel is Channel.CHATBOT


def test_registry_from_the_environment(config: Path) -> None:
    assert "library" in TouchpointRegistry.from_environment({ENVIRONMENT_VARIABLE: str(config)})
    assert "demo-benefits" in TouchpointRegistry.from_environment({})


def test_registry_reads_the_real_environment(config: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, str(config))
    assert "library" in TouchpointRegistry.from_environment()
    monkeypatch.delenv(ENVIRONMENT_VARIABLE)
    assert "demo-page" in TouchpointRegistry.from_environment()


def test_the_demo_set_covers_every_built_in_question_set() -> None:
    registry = demo_registry()
    assert {touchpoint.question_set for touchpoint in registry} == set(BUILT_IN_SETS)
    with_footer = [touchpoint for touchpoint in registry if touchpoint.footer_text()]
    assert with_footer, "one demo touchpoint shows the control number footer"


def _error_for(path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        TouchpointRegistry.from_file(path)
    return str(caught.value)


GOOD = '[[touchpoints]]\nid = "a"\nservice_name = "A"\nquestion_set = "page_helpful"\n'


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            GOOD + '[[touchpoints]]\nid = "b"\nservice_name = "B"\n'
            'question_set = "page_helpful"\nchannel = "fax"\n',
            "touchpoints[1] (id 'b').channel: Input should be 'website'",
        ),
        (
            GOOD.replace('"a"', '"a"\nomb_control_number = "1234"'),
            "touchpoints[0] (id 'a').omb_control_number: '1234' is not an OMB control number",
        ),
        (
            GOOD.replace('"a"', '"a"\nallowed_origins = ["http://example.gov"]'),
            "touchpoints[0] (id 'a').allowed_origins: 'http://example.gov' uses http",
        ),
        (
            GOOD.replace("page_helpful", "page_helpfull"),
            "touchpoints[0] (id 'a').question_set: there is no question set",
        ),
        (GOOD + GOOD, "touchpoints[1] (id 'a').id: another touchpoint already has this id"),
        (GOOD.replace('service_name = "A"\n', ""), "touchpoints[0] (id 'a').service_name: Field required"),
        ("", "touchpoints: Field required"),
        ("touchpoints = []", "touchpoints: give at least 1"),
        ("colour = 1\n" + GOOD, "colour: Extra inputs are not permitted"),
        ("[[touchpoints]\n", "not valid TOML"),
        (
            GOOD + '[[question_sets]]\nkey = "page_helpful"\ntitle = "T"\n'
            '[[question_sets.questions]]\nkey = "q"\nkind = "text"\ntext = "Q"\n',
            "question set 'page_helpful' has the same key as built-in set",
        ),
        ('question_set_files = ["missing.toml"]\n' + GOOD, "missing.toml: cannot read the file"),
    ],
)
def test_bad_config_names_field_and_file(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "touchpoints.toml"
    message = _error_for(path, text)
    assert str(path.parent) in message
    assert expected in message


def test_bad_custom_set_file_is_named(config: Path) -> None:
    (config.parent / "library.toml").write_text('key = "library_visit"\ntitle = "L"\nquestions = []\n')
    with pytest.raises(ConfigError) as caught:
        TouchpointRegistry.from_file(config)
    assert "library.toml" in str(caught.value) and "questions: give at least 1" in str(caught.value)
