"""The widget's API for other sites and apps: ``POST`` a submission as JSON (with ``Idempotency-Key``),
``GET`` the form as an HTML fragment for the embed script, and CORS for each touchpoint's allowed
origins."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError
from starlette.endpoints import HTTPEndpoint
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import BaseRoute, Route

from components.starlette import BodyTooLarge, read_body
from feedback_widget.api_models import MAX_IDEMPOTENCY_KEY, ApiCreated, ApiSubmission
from feedback_widget.intake import check_submission
from feedback_widget.problems import problem, problem_for_exception
from feedback_widget.protection import origin_of
from feedback_widget.questions import FeedbackInvalid
from feedback_widget.service import RATE_WINDOW_SECONDS
from feedback_widget.touchpoints import Touchpoint
from feedback_widget.web.shared import FeedbackWeb
from i18n import current_locale, gettext, use_locale
from i18n.negotiation import match_locale

JSON_TYPES = ("application/json",)
"""The media types a submission may be sent as (``application/*+json`` is taken too)."""

PREFLIGHT_HEADERS = {
    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
    "Access-Control-Allow-Headers": "Content-Type, Idempotency-Key, Accept-Language, HX-Request",
    "Access-Control-Max-Age": "600",
}


class JsonApi:
    """``POST {api_prefix}/{touchpoint}`` and ``GET {api_prefix}/{touchpoint}/widget``, with CORS."""

    def __init__(self, web: FeedbackWeb) -> None:
        self.web = web

    def routes(self) -> list[BaseRoute]:
        """The submission and widget routes; each answers ``OPTIONS`` (the CORS preflight) too."""
        api, prefix = self, self.web.api_prefix

        class ApiEndpoint(HTTPEndpoint):
            """Answers every error as a problem document: an unknown touchpoint, a method not taken."""

            async def dispatch(self) -> None:
                try:
                    await super().dispatch()
                except HTTPException as error:
                    await problem_for_exception(error)(self.scope, self.receive, self.send)

            async def method_not_allowed(self, request: Request) -> Response:
                allowed = ", ".join(self._allowed_methods)
                return problem_for_exception(HTTPException(405, headers={"Allow": allowed}))

        class Submissions(ApiEndpoint):
            """POST: one submission; OPTIONS: the preflight."""

            async def post(self, request: Request) -> Response:
                return await api.submit(request)

            async def options(self, request: Request) -> Response:
                return await api.preflight(request)

        class WidgetFragment(ApiEndpoint):
            """GET: the form as an HTML fragment; OPTIONS: the preflight."""

            async def get(self, request: Request) -> Response:
                return await api.widget_fragment(request)

            async def options(self, request: Request) -> Response:
                return await api.preflight(request)

        return [
            Route(f"{prefix}/{{touchpoint}}/widget", WidgetFragment, name="feedback_api_widget"),
            Route(f"{prefix}/{{touchpoint}}", Submissions, name="feedback_api_submit"),
        ]

    def cors_headers(self, request: Request, touchpoint: Touchpoint) -> dict[str, str]:
        """``Access-Control-Allow-Origin`` for an allowed origin (and ``Vary: Origin`` always)."""
        headers = {"Vary": "Origin"}
        origin = request.headers.get("origin")
        if origin and touchpoint.allows_origin(origin):
            headers["Access-Control-Allow-Origin"] = origin
        return headers

    def cross_site_refused(self, request: Request, touchpoint: Touchpoint) -> bool:
        """True for a browser request from another site that is not one of the allowed origins."""
        origin = request.headers.get("origin")
        if origin is None:
            return False  # not a cross-site browser request: a mobile app, a server, curl
        if touchpoint.allows_origin(origin):
            return False  # an allowed site, the usual case: no need to work out our own origin
        return origin_of(origin) != origin_of(str(request.base_url))

    async def preflight(self, request: Request) -> Response:
        """204 with the CORS headers for an allowed origin; 403 for any other."""
        touchpoint = self.web.touchpoint(request)
        headers = self.cors_headers(request, touchpoint)
        if "Access-Control-Allow-Origin" not in headers:
            return problem(403, gettext("This site may not send answers to this form."), headers=headers)
        return Response(status_code=204, headers={**headers, **PREFLIGHT_HEADERS})

    async def submit(self, request: Request) -> Response:
        """Store one submission: 201 with its id (200 and the first id for a repeated key)."""
        touchpoint = self.web.touchpoint(request)
        response = await self._submit(request, touchpoint)
        response.headers.update(self.cors_headers(request, touchpoint))
        return response

    async def _submit(self, request: Request, touchpoint: Touchpoint) -> Response:
        if self.cross_site_refused(request, touchpoint):
            return _json_error(403, {"origin": gettext("This site may not send answers to this form.")})
        if not _is_json(request.headers.get("content-type")):
            response = _json_error(415, {"Content-Type": gettext("Send the answers as JSON.")})
            response.headers["Accept-Post"] = ", ".join(JSON_TYPES)
            return response
        try:
            body = await read_body(request, self.web.service.settings.max_body_bytes)
        except BodyTooLarge:
            return _json_error(413, {"body": gettext("Your answers are too long.")})
        body_locale = None
        try:
            data = json.loads(body)
            body_locale = data.get("locale") if isinstance(data, dict) else None
            submission = ApiSubmission.model_validate(data)
        except (ValueError, ValidationError, RecursionError) as error:  # RecursionError: nested too deep
            with use_locale(_api_locale(body_locale)):
                return _json_error(422, _shape_errors(error))
        locale = _api_locale(submission.locale)
        with use_locale(locale):
            key = request.headers.get("idempotency-key")
            if key is not None and not (1 <= len(key) <= MAX_IDEMPOTENCY_KEY and key.isprintable()):
                return _json_error(422, {"Idempotency-Key": gettext("Use a key of 1 to 200 characters.")})
            invalid: FeedbackInvalid | None = None
            to_store = None
            try:
                to_store = check_submission(
                    touchpoint,
                    self.web.service.touchpoints.question_set(touchpoint),
                    submission.answers,
                    locale=locale,
                    page_url=submission.page_url,
                    idempotency_key=key,
                    ignore_unknown=False,
                )
            except FeedbackInvalid as error:
                invalid = error
            outcome = await self.web.take_in(request, to_store)
            if outcome.limited:
                response = _json_error(429, {"rate": gettext("Wait a minute, then try again.")})
                response.headers["Retry-After"] = str(RATE_WINDOW_SECONDS)
                return response
            if invalid is not None:
                return _json_error(422, invalid.errors)
            if outcome.conflict:
                message = gettext(
                    "This key was sent before with other answers. Use a new key for new answers."
                )
                return _json_error(422, {"Idempotency-Key": message})
        assert outcome.submission_id is not None  # within the limit and valid: stored, or found stored
        created = ApiCreated(id=outcome.submission_id)
        return JSONResponse(created.model_dump(), status_code=201 if outcome.created else 200)

    async def widget_fragment(self, request: Request) -> Response:
        """The form as an HTML fragment posting to its absolute URL, for the embed script."""
        touchpoint = self.web.touchpoint(request)
        widget = self.web.widget(request, touchpoint, return_to=None, htmx=False, absolute=True, embed=True)
        return HTMLResponse(widget.render(), headers=self.cors_headers(request, touchpoint))


def _api_locale(body_locale: Any) -> str:
    """The body's locale when we ship it, else the request's (``Accept-Language``, via the middleware)."""
    return (isinstance(body_locale, str) and match_locale(body_locale)) or current_locale()


def _shape_errors(error: Exception) -> dict[str, str]:
    if isinstance(error, ValidationError):
        fields = {str(item["loc"][0]) if item["loc"] else "body" for item in error.errors()}
        return dict.fromkeys(sorted(fields), gettext("Check this value and send it again."))
    return {"body": gettext("Send the answers as JSON.")}


def _is_json(content_type: str | None) -> bool:
    """Whether a Content-Type header names JSON (``application/json``, or ``application/*+json``)."""
    media_type = (content_type or "").split(";", 1)[0].strip().lower()
    structured = media_type.startswith("application/") and media_type.endswith("+json")
    return media_type in JSON_TYPES or structured


def _json_error(status: int, errors: Mapping[str, str]) -> JSONResponse:
    return problem(status, next(iter(errors.values()), None), errors=errors)
