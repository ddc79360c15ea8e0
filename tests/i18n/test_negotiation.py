"""Choosing the language of a request."""

from __future__ import annotations

import pytest

from i18n.negotiation import match_locale, negotiate, parse_accept_language


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("es", "es"),
        ("es-MX", "es"),
        ("ES_us", "es"),
        ("pt-BR", "pt"),
        ("fr-CA", "fr"),
        ("zh", "zh-Hans"),
        ("zh-CN", "zh-Hans"),
        ("zh-Hans", "zh-Hans"),
        ("zh-Hans-SG", "zh-Hans"),
        ("zh-TW", "zh-Hant"),
        ("zh-HK", "zh-Hant"),
        ("zh-Hant", "zh-Hant"),
        ("zh-Hant-US", "zh-Hant"),
        ("fil", "tl"),
        ("tl-PH", "tl"),
        ("ar-EG", "ar"),
        ("ht", "ht"),
        ("de", None),
        ("", None),
        (None, None),
    ],
)
def test_match_locale(tag: str | None, expected: str | None) -> None:
    assert match_locale(tag) == expected


def test_accept_language_is_ordered_by_quality_then_position() -> None:
    header = "de;q=0.9, fr-CA;q=0.8, es, en;q=0.8, ru;q=0, *;q=0.1"
    assert parse_accept_language(header) == ["es", "de", "fr-CA", "en"]


def test_accept_language_with_bad_quality_is_ignored() -> None:
    assert parse_accept_language("ko;q=high, vi") == ["vi"]


@pytest.mark.parametrize(
    ("accept", "remembered", "chosen", "expected"),
    [
        ("de, es-MX;q=0.5", None, None, "es"),
        ("de, it", None, None, "en"),
        (None, None, None, "en"),
        ("es", "ko", None, "ko"),
        ("es", "ko", "ar", "ar"),
        ("es", "not-a-language", None, "es"),
        ("zh-TW,zh;q=0.9", None, None, "zh-Hant"),
    ],
)
def test_negotiate_order(
    accept: str | None, remembered: str | None, chosen: str | None, expected: str
) -> None:
    assert negotiate(accept, remembered, chosen) == expected
