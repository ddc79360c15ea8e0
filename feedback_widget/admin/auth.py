"""The admin's password hash, the signed session cookie and CSRF tokens.

The password is hashed with scrypt (``hashlib.scrypt``) and stored as
``scrypt$<n>$<r>$<p>$<salt b64>$<hash b64>``. The session cookie carries the random token of a
session kept on the server (:mod:`feedback_widget.store.admin_sessions`), signed with the secret
key (itsdangerous) so that forged values are turned away before the database is asked. The
sessions are bound to a fingerprint of the credentials, so that a new user name or password ends
every session; CSRF tokens are bound to the session's id.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass

from itsdangerous import BadSignature, TimestampSigner, URLSafeTimedSerializer

from feedback_widget.clock import SYSTEM_CLOCK, Clock

SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
_MAXMEM = 64 * 1024 * 1024

SESSION_COOKIE = "fd_admin_session"
SIGN_IN_COOKIE = "fd_admin_sign_in"
_SESSION_SALT = "frontdoor.feedback.admin.session"
_CSRF_SALT = "frontdoor.feedback.admin.csrf"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str, *, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> str:
    """The scrypt hash of `password`, as ``scrypt$<n>$<r>$<p>$<salt b64>$<hash b64>``."""
    if not password:
        raise ValueError("the password is empty")
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=_MAXMEM, dklen=32)
    return f"scrypt${n}${r}${p}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, hashed: str) -> bool:
    """Whether `password` matches `hashed` (compared in constant time); False for a malformed hash."""
    try:
        scheme, n, r, p, salt_b64, digest_b64 = hashed.strip().split("$")
        if scheme != "scrypt":
            return False
        salt, expected = (
            base64.b64decode(salt_b64, validate=True),
            base64.b64decode(digest_b64, validate=True),
        )
        actual = hashlib.scrypt(
            password.encode("utf-8"),
            salt=salt,
            n=int(n),
            r=int(r),
            p=int(p),
            maxmem=_MAXMEM,
            dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return bool(expected) and hmac.compare_digest(actual, expected)


def is_valid_hash(hashed: str | None) -> bool:
    """Whether `hashed` looks like a hash made by :func:`hash_password`."""
    parts = (hashed or "").strip().split("$")
    return (
        len(parts) == 6 and parts[0] == "scrypt" and all(parts[1:4]) and all(p.isdigit() for p in parts[1:4])
    )


def credentials_fingerprint(secret_key: str, username: str, password_hash: str) -> str:
    """What sessions are bound to: a keyed hash of the user name and password hash (hex)."""
    credentials = json.dumps([username, password_hash]).encode("utf-8")
    return hmac.new(secret_key.encode("utf-8"), credentials, hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class AdminSession:
    """A signed-in admin: the session's id (the hash of its token) and the admin's user name."""

    id: str
    username: str

    @property
    def nonce(self) -> str:
        """What this session's CSRF tokens are bound to: its id, which does not open the session."""
        return self.id


class Signer:
    """Signs and checks the session cookie and the CSRF tokens with the secret key, timed by `clock`."""

    def __init__(self, secret_key: str, max_age: int, clock: Clock = SYSTEM_CLOCK) -> None:
        self.max_age = max_age

        class ClockSigner(TimestampSigner):
            def get_timestamp(self) -> int:
                return int(clock.now().timestamp())

        self._session = URLSafeTimedSerializer(secret_key, salt=_SESSION_SALT, signer=ClockSigner)
        self._csrf = URLSafeTimedSerializer(secret_key, salt=_CSRF_SALT, signer=ClockSigner)

    def session_cookie(self, token: str) -> str:
        """The cookie value for a session's token."""
        return self._session.dumps(token)

    def session_token(self, value: str | None) -> str | None:
        """The session token in a cookie value; None when missing, tampered with or too old.

        Whether the session is still live is for the server's session table to say.
        """
        if not value:
            return None
        try:
            token = self._session.loads(value, max_age=self.max_age)
        except BadSignature:  # includes SignatureExpired
            return None
        return token if isinstance(token, str) and token else None

    def csrf_token(self, nonce: str) -> str:
        """A CSRF token bound to `nonce` (the session's, or the sign-in form's)."""
        return self._csrf.dumps(nonce)

    def check_csrf(self, token: str | None, nonce: str | None) -> bool:
        """Whether `token` was made for `nonce` within the session lifetime."""
        if not token or not nonce:
            return False
        try:
            signed = self._csrf.loads(token, max_age=self.max_age)
        except BadSignature:
            return False
        return isinstance(signed, str) and hmac.compare_digest(signed, nonce)
