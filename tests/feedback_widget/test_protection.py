"""Form tokens, the rate-limit key, origin checks and safe return paths."""

from __future__ import annotations

from ipaddress import IPv4Network, IPv6Network

import pytest
from pydantic import ValidationError

from feedback_widget.protection import (
    FormTokens,
    TokenExpired,
    TokenInvalid,
    TooFast,
    client_address,
    origin_of,
    rate_limit_key,
    safe_return_path,
    same_site_or_allowed,
)
from feedback_widget.settings import FeedbackSettings
from tests.feedback_widget.clock import FakeClock


def test_a_good_token_passes() -> None:
    clock = FakeClock()
    tokens = FormTokens("secret", clock=clock)
    token = tokens.issue("benefits")
    clock.advance(5)
    tokens.check(token, "benefits", min_fill_seconds=2)


@pytest.mark.parametrize("token", [None, "", "abc", "x" * 600])
def test_missing_or_garbled_tokens_are_invalid(token: str | None) -> None:
    with pytest.raises(TokenInvalid):
        FormTokens("secret").check(token, "benefits", min_fill_seconds=0)


def test_tokens_are_bound_to_the_secret_and_the_touchpoint() -> None:
    token = FormTokens("secret").issue("benefits")
    with pytest.raises(TokenInvalid):
        FormTokens("other secret").check(token, "benefits", min_fill_seconds=0)
    with pytest.raises(TokenInvalid):
        FormTokens("secret").check(token, "another-form", min_fill_seconds=0)
    tampered = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    with pytest.raises(TokenInvalid):
        FormTokens("secret").check(tampered, "benefits", min_fill_seconds=0)


def test_fill_time_and_expiry_by_the_clock() -> None:
    clock = FakeClock()
    tokens = FormTokens("secret", max_age=3600, clock=clock)
    token = tokens.issue("benefits")
    clock.advance(1.5)
    with pytest.raises(TooFast):
        tokens.check(token, "benefits", min_fill_seconds=2)
    clock.advance(1)
    tokens.check(token, "benefits", min_fill_seconds=2)
    clock.advance(3600)
    with pytest.raises(TokenExpired):
        tokens.check(token, "benefits", min_fill_seconds=2)


def test_the_system_clock_is_the_default() -> None:
    tokens = FormTokens("secret")
    tokens.check(tokens.issue("benefits"), "benefits", min_fill_seconds=0)
    with pytest.raises(TooFast):
        tokens.check(tokens.issue("benefits"), "benefits", min_fill_seconds=60)


def test_rate_limit_key_hides_the_address() -> None:
    key = rate_limit_key("secret", "203.0.113.7")
    assert "203.0.113.7" not in key
    assert key == rate_limit_key("secret", "203.0.113.7")
    assert key != rate_limit_key("secret", "203.0.113.8")
    assert key != rate_limit_key("other secret", "203.0.113.7")


PROXIES = [IPv4Network("10.0.0.0/8"), IPv6Network("fd00::/8")]


@pytest.mark.parametrize(
    ("peer", "forwarded_for", "client"),
    [
        # No trusted proxy in the way: the header is the client's own words, and ignored.
        ("203.0.113.7", "198.51.100.1", "203.0.113.7"),
        ("127.0.0.1", "198.51.100.1", "127.0.0.1"),
        # Through our proxy: the address it saw, whatever the client wrote before it.
        ("10.0.0.5", "198.51.100.1", "198.51.100.1"),
        ("10.0.0.5", "1.2.3.4, 198.51.100.1", "198.51.100.1"),
        ("10.0.0.5", "1.2.3.4, 198.51.100.1, 10.0.0.9", "198.51.100.1"),
        ("fd00::1", "2001:db8::7", "2001:db8::7"),
        # Our proxy with nothing usable after it: the proxy is the client.
        ("10.0.0.5", None, "10.0.0.5"),
        ("10.0.0.5", "", "10.0.0.5"),
        ("10.0.0.5", "10.0.0.6", "10.0.0.5"),
        ("10.0.0.5", "not an address", "10.0.0.5"),
        (None, "198.51.100.1", None),
    ],
)
def test_client_address_believes_only_trusted_proxies(
    peer: str | None, forwarded_for: str | None, client: str | None
) -> None:
    assert client_address(peer, forwarded_for, PROXIES) == client


def test_trusted_proxies_are_read_as_a_comma_separated_list(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRONTDOOR_SECRET_KEY", "k")
    monkeypatch.setenv("FRONTDOOR_TRUSTED_PROXIES", "10.0.0.5, 10.1.0.0/16,fd00::/8")
    assert FeedbackSettings().trusted_proxies == [
        IPv4Network("10.0.0.5/32"),
        IPv4Network("10.1.0.0/16"),
        IPv6Network("fd00::/8"),
    ]
    monkeypatch.setenv("FRONTDOOR_TRUSTED_PROXIES", "10.0.0.5, nonsense")
    with pytest.raises(ValidationError, match="FRONTDOOR_TRUSTED_PROXIES"):
        FeedbackSettings()


@pytest.mark.parametrize(
    ("url", "origin"),
    [
        ("https://Example.gov/path?q=1", "https://example.gov"),
        ("https://example.gov:443/", "https://example.gov"),
        ("http://localhost:8000/x", "http://localhost:8000"),
        ("null", None),
        ("ftp://example.gov", None),
        ("https://example.gov:99999", None),
        (None, None),
    ],
)
def test_origin_of(url: str | None, origin: str | None) -> None:
    assert origin_of(url) == origin


def test_same_site_or_allowed() -> None:
    own, allowed = "https://service.gov", ("https://partner.gov",)
    assert same_site_or_allowed("https://service.gov", None, own, allowed)
    assert same_site_or_allowed("https://partner.gov", None, own, allowed)
    assert same_site_or_allowed(None, "https://service.gov/apply?x=1", own, allowed)
    assert same_site_or_allowed(None, None, own, allowed)
    assert not same_site_or_allowed("https://evil.example", "https://service.gov/", own, allowed)
    assert not same_site_or_allowed("null", None, own, allowed)
    assert not same_site_or_allowed(None, "https://evil.example/", own, allowed)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("/apply/done", "/apply/done"),
        ("/apply/done?case=123#top", "/apply/done"),
        ("/", "/"),
        ("//evil.example/x", None),
        ("/\\evil.example", None),
        ("https://evil.example/", None),
        ("javascript:alert(1)", None),
        ("apply/done", None),
        ("/apply\nLocation: x", None),
        ("", None),
        (None, None),
    ],
)
def test_safe_return_path(value: str | None, expected: str | None) -> None:
    assert safe_return_path(value) == expected
