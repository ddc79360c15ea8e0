"""Starlette glue the kit's routes share (form steps, the feedback widget): request bodies under a size
limit, read at most so many bytes, then a form parsed from them.

Like every module named ``starlette.py`` in ``components``, it is the only kind that imports a web
framework; the core stays free of one."""

from __future__ import annotations

from typing import Any

from starlette.datastructures import FormData
from starlette.requests import Request

MAX_FORM_FIELDS = 200


class BodyTooLarge(Exception):
    """The request body is larger than the limit."""


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, or :class:`BodyTooLarge` as soon as it passes ``limit`` bytes."""
    length = request.headers.get("content-length")
    if length is not None and (not length.isdigit() or int(length) > limit):
        raise BodyTooLarge
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge
        chunks.append(chunk)
    return b"".join(chunks)


async def parse_form(request: Request, body: bytes, *, max_files: int = 0) -> FormData:
    """The form in `body` (already read from `request`), with at most ``max_files`` files; Starlette's
    ``HTTPException`` if malformed."""
    sent = False

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    replay = Request(request.scope, receive)
    return await replay.form(max_files=max_files, max_fields=MAX_FORM_FIELDS, max_part_size=len(body) + 1)
