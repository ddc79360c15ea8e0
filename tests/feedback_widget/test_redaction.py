"""Redaction: the corpus of personal data is caught, ordinary sentences are left alone."""

from __future__ import annotations

import time
from unittest import mock

import pytest
from hypothesis import given
from hypothesis import strategies as st

from feedback_widget import redaction
from feedback_widget.redaction import CARD, EMAIL, PHONE, SSN, Finding, find, redact, strip_query
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
    ("text", "expected"),
    [
        ("write to jane.doe@example.gov", f"write to {EMAIL}"),  # an email with no digit
        ("reply to pat (at) example (dot) gov", f"reply to {EMAIL}"),  # nor an @
        ("SSN \uff12\uff11\uff19-\uff10\uff19-\uff19\uff19\uff19\uff19", f"SSN {SSN}"),  # full-width digits
        (
            "phone \u0968\u0966\u0968-\u096b\u096b\u096b-\u0966\u0967\u096a\u0969",
            f"phone {PHONE}",
        ),  # Devanagari
        ("card \u0664\u0661\u0661\u0661" + "\u0661" * 12, f"card {CARD}"),  # Arabic-Indic, no separator
        ("Quick and clear (really).", "Quick and clear (really)."),
    ],
)
def test_text_with_no_digit_or_no_email_sign_is_read_correctly(text: str, expected: str) -> None:
    assert redact(text) == expected


def _find_with_every_rule(text: str) -> list[Finding]:
    with mock.patch.object(redaction, "_rules_for", return_value=redaction._RULES):
        return find(text)


_PIECES = [
    *"aZé#@[]().-+/:, ",
    *"0159\u0662\u0665\uff17\u096f",
    " at ",
    " dot ",
    "example",
    ".gov",
    " SSN ",
    " call ",
    " passport ",
    " DL ",
    " born ",
    " account ",
    " A-number ",
    " Jan ",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_the_quick_look_never_skips_a_rule_that_would_match(text: str) -> None:
    assert find(text) == _find_with_every_rule(text)


def test_the_quick_look_agrees_with_every_rule_on_the_corpus() -> None:
    for text in [text for text, _ in PERSONAL] + ORDINARY:
        assert find(text) == _find_with_every_rule(text), text


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
