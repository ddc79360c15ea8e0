"""Redaction: the corpus of personal data is caught, ordinary sentences are left alone."""

from __future__ import annotations

import time

import pytest

from feedback_widget.redaction import CARD, EMAIL, PHONE, SSN, find, redact, strip_query
from i18n import use_locale
from tests.feedback_widget.redaction_corpus import ORDINARY, PERSONAL


def test_the_corpus_is_big_enough() -> None:
    assert len(PERSONAL) >= 40
    assert len(ORDINARY) >= 40


@pytest.mark.parametrize(("text", "expected"), PERSONAL, ids=[text[:40] for text, _ in PERSONAL])
def test_personal_data_is_redacted(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize("text", ORDINARY, ids=[text[:40] for text in ORDINARY])
def test_ordinary_sentences_are_unchanged(text: str) -> None:
    assert redact(text) == text


def test_card_numbers_need_the_luhn_check() -> None:
    assert redact("card 4111 1111 1111 1111") == f"card {CARD}"
    assert redact("card 4111 1111 1111 1112") == "card 4111 1111 1111 1112"
    assert redact("4111111111111112") == "4111111111111112"


def test_a_number_needs_a_telling_word_when_it_has_no_separators() -> None:
    assert redact("reference 2025550143") == "reference 2025550143"
    assert redact("call me on 2025550143") == f"call me on {PHONE}"
    assert redact("ID 219099999 sent") == "ID 219099999 sent"
    assert redact("SSN 219099999 sent") == f"SSN {SSN} sent"


def test_find_gives_where_and_what() -> None:
    text = "a@example.com or 202-555-0143"
    found = find(text)
    assert [(text[item.start : item.end], item.marker) for item in found] == [
        ("a@example.com", EMAIL),
        ("202-555-0143", PHONE),
    ]


def test_markers_are_not_translated() -> None:
    with use_locale("es"):
        assert redact("x@example.com") == EMAIL == "[email removed]"


def test_empty_and_plain_text() -> None:
    assert redact("") == ""
    assert redact("Thank you, it was quick.") == "Thank you, it was quick."


@pytest.mark.parametrize(
    "text",
    ["a" * 100_000, "a." * 50_000, "1" * 100_000, "1 " * 50_000, "1-" * 50_000, "@".join(["a"] * 50_000)],
    ids=["letters", "dots", "digits", "spaced-digits", "dashed-digits", "at-signs"],
)
def test_long_hostile_text_is_handled_quickly(text: str) -> None:
    started = time.perf_counter()
    redact(text)
    assert time.perf_counter() - started < 2


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.example.gov/apply?ssn=219099999#step-2", "https://www.example.gov/apply"),
        ("https://www.example.gov/apply", "https://www.example.gov/apply"),
        ("https://jo:secret@www.example.gov:8443/a/b/?q=1", "https://www.example.gov:8443/a/b/"),
        ("/benefits/status?case=123", "/benefits/status"),
        ("https://www.example.gov/#top", "https://www.example.gov/"),
        ("http://[::1", "http://[::1"),
        ("http://[::1?x=1", "http://[::1"),
        ("", ""),
    ],
)
def test_strip_query(url: str, expected: str) -> None:
    assert strip_query(url) == expected
