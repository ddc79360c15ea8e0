"""A reference and a short code a person can write down, to come back to saved answers without the link.

Both are worked out from the draft's id and the server's secret, so the same draft always shows the
same pair: a reference of 8 letters and digits (``K7QM-2XPD``) and a code of 6 digits (``482913``),
about 60 bits together. The store keeps only a keyed hash of the pair (:func:`resume_key`, to find
the draft) and the draft's id sealed with a key that only the pair gives (:func:`seal`): whoever
reads the table learns neither the pair nor the id.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
"""Letters and digits that cannot be misread for one another: no 0 or O, no 1 or I."""
_NOT_WRITTEN = re.compile(r"[\s\-.]+")


@dataclass(frozen=True)
class ResumeCode:
    """What the person writes down: a reference and a code."""

    reference: str
    code: str


def _digest(secret: bytes, purpose: str, text: str) -> bytes:
    return hmac.new(secret, f"{purpose}:{text}".encode(), hashlib.sha256).digest()


def resume_code(secret: bytes, draft_id: str) -> ResumeCode:
    """The reference and code of the draft ``draft_id``."""
    digest = _digest(secret, "resume-code", draft_id)
    letters = "".join(ALPHABET[byte % len(ALPHABET)] for byte in digest[:8])
    number = int.from_bytes(digest[8:12], "big") % 1_000_000
    return ResumeCode(f"{letters[:4]}-{letters[4:]}", f"{number:06d}")


def as_written(text: str) -> str:
    """A reference or code as typed, in the form it was given: capitals, no spaces or dashes."""
    return _NOT_WRITTEN.sub("", text).upper()


def resume_key(secret: bytes, given: ResumeCode) -> str:
    """What the store finds the draft by: a keyed hash of the reference and code, as written."""
    return _digest(secret, "resume-key", f"{as_written(given.reference)}:{as_written(given.code)}").hex()


def seal(secret: bytes, given: ResumeCode, draft_id: str) -> str:
    """``draft_id`` sealed with a key that only ``given`` (and ``secret``) gives."""
    data = draft_id.encode()
    return bytes(a ^ b for a, b in zip(data, _pad(secret, given, len(data)), strict=True)).hex()


def unseal(secret: bytes, given: ResumeCode, box: str) -> str | None:
    """The draft id :func:`seal` sealed in ``box``, or ``None`` when it does not open."""
    try:
        data = bytes.fromhex(box)
        return bytes(a ^ b for a, b in zip(data, _pad(secret, given, len(data)), strict=True)).decode()
    except ValueError:
        return None


def _pad(secret: bytes, given: ResumeCode, size: int) -> bytes:
    pad = _digest(secret, "resume-seal", f"{as_written(given.reference)}:{as_written(given.code)}")
    if size > len(pad):
        raise ValueError("a draft id longer than the seal")
    return pad[:size]
