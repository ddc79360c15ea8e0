"""The widget's protections that need no database: form tokens, the rate-limit key, origin checks and
safe return paths.

- A form token is signed with the secret key (itsdangerous) and holds the touchpoint, the time
  the form was shown and a random nonce. The nonce becomes the submission's idempotency key, so
  one shown form stores at most one submission: a replayed post stores nothing. A post must
  bring one back: a missing or forged token, or one for another
  touchpoint, is refused (this is the CSRF check of same-site form posts, beside the ``Origin`` /
  ``Referer`` check); a token older than :data:`TOKEN_MAX_AGE` or younger than the minimum fill
  time gets the form shown again with a plain-language error.
- The rate-limit key is an HMAC of the client's IP address alone (anything the client chooses, such
  as its user agent, would let it make a new key per request): the database counts hits per key,
  and never sees the address. The address is the peer's, or, when the peer is one of the trusted
  proxies, the last address in ``X-Forwarded-For`` that is not a trusted proxy.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Sequence
from ipaddress import IPv4Address, IPv4Network, IPv6Address, IPv6Network, ip_address
from urllib.parse import urlsplit

from itsdangerous import BadSignature, URLSafeSerializer

from feedback_widget.clock import SYSTEM_CLOCK, Clock

TOKEN_MAX_AGE = 2 * 3600
"""Seconds a shown form stays valid; after that, the form is shown again with a fresh token."""

_SALT = "frontdoor.feedback.form-token"


class TokenInvalid(Exception):
    """The token is missing, forged, or for another touchpoint: refuse the post (403)."""


class TokenExpired(Exception):
    """The form was shown too long ago: show it again."""


class TooFast(Exception):
    """The form came back faster than a person can fill it in: treat it as a bot, show it again."""


class FormTokens:
    """Signed tokens that bind a shown form to its touchpoint and the time it was shown."""

    def __init__(
        self, secret_key: str, *, max_age: float = TOKEN_MAX_AGE, clock: Clock = SYSTEM_CLOCK
    ) -> None:
        self._serializer = URLSafeSerializer(secret_key, salt=_SALT)
        self.max_age = max_age
        self.clock = clock

    def issue(self, touchpoint: str) -> str:
        """A token for a form of ``touchpoint`` shown now."""
        issued_ms = int(self.clock.now().timestamp() * 1000)
        return self._serializer.dumps({"tp": touchpoint, "ts": issued_ms, "n": secrets.token_urlsafe(16)})

    def check(self, token: str | None, touchpoint: str, *, min_fill_seconds: float) -> str:
        """The token's nonce, when it is good; else :class:`TokenInvalid`, :class:`TokenExpired` or
        :class:`TooFast`."""
        if not token or len(token) > 500:
            raise TokenInvalid("no form token")
        try:
            data = self._serializer.loads(token)
        except BadSignature:
            raise TokenInvalid("the form token is not ours") from None
        if not isinstance(data, dict) or data.get("tp") != touchpoint or not isinstance(data.get("ts"), int):
            raise TokenInvalid("the form token is for another form")
        nonce = data.get("n")
        if not isinstance(nonce, str) or not nonce:
            raise TokenInvalid("the form token has no nonce")
        age = self.clock.now().timestamp() - data["ts"] / 1000
        if age > self.max_age:
            raise TokenExpired(f"the form was shown {age:.0f} seconds ago")
        if age < min_fill_seconds:
            raise TooFast(f"the form came back after {age:.2f} seconds")
        return nonce


def rate_limit_key(secret_key: str, client_ip: str | None) -> str:
    """An opaque key for one client: HMAC-SHA256 of its IP address. No IP is kept."""
    digest = hmac.new(secret_key.encode(), (client_ip or "").encode(), hashlib.sha256).hexdigest()
    return f"feedback:{digest}"


Network = IPv4Network | IPv6Network


def client_address(
    peer: str | None, forwarded_for: str | None, trusted_proxies: Sequence[Network]
) -> str | None:
    """The client's IP address: `peer` (who connected), unless it is a trusted proxy; then the
    nearest address in `forwarded_for` (``X-Forwarded-For``, read from the right, each proxy having
    added the address it saw) that is not a trusted proxy.

    A client can write anything in the header, but only the addresses after the first untrusted one
    were added by our own proxies, so nothing it writes can stand in for its own address.
    """
    if not _is_trusted(peer, trusted_proxies):
        return peer
    chain = [part.strip() for part in (forwarded_for or "").split(",")]
    for address in reversed(chain):
        if not _is_trusted(address, trusted_proxies):
            return address if _parse_ip(address) is not None else peer
    return peer


def _parse_ip(value: str | None) -> IPv4Address | IPv6Address | None:
    try:
        return ip_address(value or "")
    except ValueError:
        return None


def _is_trusted(value: str | None, trusted_proxies: Sequence[Network]) -> bool:
    if not trusted_proxies:
        return False
    address = _parse_ip(value)
    return address is not None and any(address in network for network in trusted_proxies)


def origin_of(url: str | None) -> str | None:
    """The origin (``scheme://host[:port]``, lower case, default port left out) of a URL, or None."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("http", "https") or not host:
        return None
    netloc = f"[{host}]" if ":" in host else host
    if port is not None and port != (443 if parts.scheme == "https" else 80):
        netloc = f"{netloc}:{port}"
    return f"{parts.scheme}://{netloc}"


def same_site_or_allowed(
    origin_header: str | None, referer_header: str | None, own_origin: str, allowed: tuple[str, ...]
) -> bool:
    """Whether a form post comes from our own site or an allowed one.

    The ``Origin`` header decides when there is one (``null`` is refused); else the ``Referer``'s
    origin. A post with neither (some privacy tools remove both) passes: its signed token still
    has to be good.
    """
    if origin_header is not None:
        origin = origin_of(origin_header)
    elif referer_header:
        origin = origin_of(referer_header)
    else:
        return True
    return origin is not None and (origin == own_origin or origin in allowed)


def safe_return_path(value: str | None) -> str | None:
    """``value`` when it is a path on this site (``/...``), without its query and fragment; else None.

    Never an open redirect: absolute URLs, scheme-relative ``//host`` and ``/\\host`` forms, and
    control characters are refused.
    """
    if not value or len(value) > 2000 or not value.startswith("/"):
        return None
    if value.startswith(("//", "/\\")) or any(ord(char) < 32 or char == "\\" for char in value):
        return None
    parts = urlsplit(value)
    if parts.scheme or parts.netloc:
        return None
    return parts.path or "/"
