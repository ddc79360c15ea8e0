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
    return _digest(secret, "resume-key", _written_pair(given)).hex()


def seal(secret: bytes, given: ResumeCode, draft_id: str) -> str:
    """``draft_id`` sealed with a key that only ``given`` (and ``secret``) gives."""
    return _seal(_digest(secret, "resume-seal", _written_pair(given)), draft_id)


def unseal(secret: bytes, given: ResumeCode, box: str) -> str | None:
    """The draft id :func:`seal` sealed in ``box``, or ``None`` when it does not open."""
    return _unseal(_digest(secret, "resume-seal", _written_pair(given)), box)


def owner_key(secret: bytes, flow_id: str, person: str) -> str:
    """What the store finds a signed-in person's draft of ``flow_id`` by: a keyed hash of their stable
    id at the identity provider (``sub``), never the id itself."""
    return _digest(secret, "owner-key", f"{flow_id}:{person}").hex()


def owner_seal(secret: bytes, flow_id: str, person: str, draft_id: str) -> str:
    """``draft_id`` sealed with a key that only the person's id (and ``secret``) gives."""
    return _seal(_digest(secret, "owner-seal", f"{flow_id}:{person}"), draft_id)


def owner_unseal(secret: bytes, flow_id: str, person: str, box: str) -> str | None:
    """The draft id :func:`owner_seal` sealed in ``box``, or ``None`` when it does not open."""
    return _unseal(_digest(secret, "owner-seal", f"{flow_id}:{person}"), box)


def _written_pair(given: ResumeCode) -> str:
    return f"{as_written(given.reference)}:{as_written(given.code)}"


def _seal(pad: bytes, draft_id: str) -> str:
    data = draft_id.encode()
    if len(data) > len(pad):
        raise ValueError("a draft id longer than the seal")
    return bytes(a ^ b for a, b in zip(data, pad, strict=False)).hex()


def _unseal(pad: bytes, box: str) -> str | None:
    try:
        data = bytes.fromhex(box)
        if len(data) > len(pad):
            return None
        return bytes(a ^ b for a, b in zip(data, pad, strict=False)).decode()
    except ValueError:
        return None
