"""Problem documents (RFC 9457, ``application/problem+json``): how the JSON APIs answer every error.

Each has the HTTP status and its name (``title``); ``detail`` says what to do in plain words and
``errors`` gives a message per field, both in the request's language. An app that mounts the APIs
can answer its own errors under their prefix the same way with :func:`problem_for_exception`.
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus

from starlette.exceptions import HTTPException
from starlette.responses import JSONResponse

from feedback_widget.api_models import Problem
from feedback_widget.intake import printable_key
from i18n import gettext

PROBLEM_JSON = "application/problem+json"


def problem(
    status: int,
    detail: str | None = None,
    *,
    errors: Mapping[str, str] | None = None,
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    """A problem document with `status`, answered with that status, never cached."""
    body = Problem(
        title=HTTPStatus(status).phrase,
        status=status,
        detail=detail,
        errors={printable_key(key): value for key, value in errors.items()} if errors else None,
    )
    return JSONResponse(
        body.model_dump(exclude_none=True),
        status_code=status,
        media_type=PROBLEM_JSON,
        headers={"Cache-Control": "no-store", **(headers or {})},
    )


def problem_for_exception(exc: Exception) -> JSONResponse:
    """The problem document for an exception that reached the app: its status, or 500."""
    if isinstance(exc, HTTPException):
        return problem(exc.status_code, _detail(exc.status_code), headers=exc.headers)
    return problem(500, gettext("The problem is on our side. Please try again later."))


def _detail(status: int) -> str:
    if status == 404:
        return gettext("There is nothing at this address.")
    if status == 405:
        return gettext("This address does not take that method.")
    return gettext("Check the request and send it again.")
