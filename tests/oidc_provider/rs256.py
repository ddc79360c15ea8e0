"""RS256 JSON Web Tokens (RSASSA-PKCS1-v1_5 with SHA-256) signed and checked with JWK RSA keys, in
plain Python: for tests that play a relying party's client assertion or mint a token with a known
key. Not constant-time, so for tests only.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Mapping
from typing import Any

# The DER prefix of a SHA-256 DigestInfo (RFC 8017, section 9.2).
_SHA256_PREFIX = bytes.fromhex("3031300d060960864801650304020105000420")


class InvalidSignature(ValueError):
    """A token's signature does not match the key."""


def b64url_encode(data: bytes) -> str:
    """Base64url without padding, as JOSE writes it."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text: str) -> bytes:
    """The bytes of a base64url string written without padding."""
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _integer(jwk: Mapping[str, Any], name: str) -> int:
    return int.from_bytes(b64url_decode(jwk[name]), "big")


def _encoded_digest(message: bytes, size: int) -> int:
    digest_info = _SHA256_PREFIX + hashlib.sha256(message).digest()
    padded = b"\x00\x01" + b"\xff" * (size - len(digest_info) - 3) + b"\x00" + digest_info
    return int.from_bytes(padded, "big")


def sign_jwt(claims: Mapping[str, Any], private_jwk: Mapping[str, Any]) -> str:
    """A compact RS256 JWT of ``claims``, with the key's ``kid`` in the header when it has one."""
    header = {"alg": "RS256", "typ": "JWT", **({"kid": private_jwk["kid"]} if "kid" in private_jwk else {})}
    signing_input = ".".join(
        b64url_encode(json.dumps(part, separators=(",", ":")).encode()) for part in (header, claims)
    ).encode("ascii")
    modulus = _integer(private_jwk, "n")
    size = (modulus.bit_length() + 7) // 8
    signature = pow(_encoded_digest(signing_input, size), _integer(private_jwk, "d"), modulus)
    return signing_input.decode("ascii") + "." + b64url_encode(signature.to_bytes(size, "big"))


def decode_jwt(token: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The header and claims of a compact JWT, without checking its signature."""
    header, claims, _signature = token.split(".")
    return json.loads(b64url_decode(header)), json.loads(b64url_decode(claims))


def verify_jwt(token: str, jwks: Mapping[str, Any]) -> dict[str, Any]:
    """The claims of an RS256 ``token`` whose signature matches the key in ``jwks`` (a JWK Set) named
    by its ``kid``; raises :class:`InvalidSignature` otherwise. Claims themselves are not judged."""
    header, claims = decode_jwt(token)
    if header.get("alg") != "RS256":
        raise InvalidSignature(f"alg is {header.get('alg')!r}, not RS256")
    keys = [key for key in jwks["keys"] if key.get("kid") == header.get("kid")]
    if not keys:
        raise InvalidSignature(f"no key with kid {header.get('kid')!r}")
    signing_input, _, signature = token.rpartition(".")
    modulus = _integer(keys[0], "n")
    size = (modulus.bit_length() + 7) // 8
    recovered = pow(int.from_bytes(b64url_decode(signature), "big"), _integer(keys[0], "e"), modulus)
    if recovered != _encoded_digest(signing_input.encode("ascii"), size):
        raise InvalidSignature("the signature does not match the key")
    return claims
