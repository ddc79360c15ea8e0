"""The admin area's JSON API (stored responses, a page at a time, for a signed-in admin) and the
OpenAPI document of the JSON APIs the app serves."""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlencode

from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from feedback_widget.admin.area import AdminArea
from feedback_widget.admin.auth import SESSION_COOKIE
from feedback_widget.api_models import (
    MAX_PER_PAGE,
    ResponseLinks,
    ResponsePage,
    ResponsesQuery,
    StoredResponse,
)
from feedback_widget.openapi import mounted_paths, openapi_document
from feedback_widget.problems import problem
from i18n import gettext as _

MAX_PAGE = 100_000


def _message(field: str) -> str:
    """What to send instead, for a query parameter that is wrong (in the request's language)."""
    if field in ("page", "per_page"):
        # Translators: %(most)s is the largest number allowed.
        return _(
            "Give a whole number from 1 to %(most)s.", most=MAX_PAGE if field == "page" else MAX_PER_PAGE
        )
    return _("Give a date, or a date and time, in ISO 8601 form, like 2026-01-31.")


class AdminApi:
    """``GET {api_prefix}/admin/responses`` and ``GET {api_prefix}/openapi.json``."""

    def __init__(self, area: AdminArea) -> None:
        self.area = area

    def routes(self) -> list[BaseRoute]:
        """The admin JSON API and the OpenAPI document."""
        prefix = self.area.api_prefix
        return [
            Route(f"{prefix}/admin/responses", self.responses, name="feedback_admin_api_responses"),
            Route(f"{prefix}/openapi.json", self.openapi, name="feedback_openapi"),
        ]

    async def responses(self, request: Request) -> Response:
        """Stored responses (spam left out), newest first, filtered by touchpoint and time, paged."""
        if self.area.password_hash() is None or await self.area.current_session(request) is None:
            return problem(401, _("Sign in to the admin area first."))
        given = {
            key: value
            for key, value in request.query_params.items()
            if value and key in ResponsesQuery.model_fields
        }
        errors: dict[str, str] = {}
        try:
            query = ResponsesQuery.model_validate(given)
        except ValidationError as error:
            errors = {str(item["loc"][0]): _message(str(item["loc"][0])) for item in error.errors()}
            query = ResponsesQuery.model_validate({k: v for k, v in given.items() if k not in errors})
        bounds: dict[str, dt.datetime | None] = {}
        for name in ("since", "until"):
            try:
                bounds[name] = _parse_time(getattr(query, name))
            except ValueError:
                errors[name] = _message(name)
        if errors:
            return problem(422, _("Check the query parameters."), errors=errors)
        page, per_page = query.page, query.per_page
        since, until = bounds["since"], bounds["until"]
        store = self.area.service.store
        total = await run_in_threadpool(store.count, query.touchpoint, since, until)
        items = await run_in_threadpool(
            lambda: store.list_submissions(
                query.touchpoint,
                since,
                until,
                limit=per_page,
                offset=(page - 1) * per_page,
                include_spam=False,
            )
        )

        def link(number: int) -> str:
            params = {k: v for k, v in request.query_params.items() if k not in ("page", "per_page")}
            params.update({"page": str(number), "per_page": str(per_page)})
            return f"{request.url.path}?{urlencode(params)}"

        body = ResponsePage(
            total=total,
            page=page,
            per_page=per_page,
            items=[StoredResponse.of(item) for item in items],
            links=ResponseLinks(
                self=link(page),
                next=link(page + 1) if page * per_page < total else None,
                prev=link(page - 1) if page > 1 else None,
            ),
        )
        return JSONResponse(body.model_dump(mode="json"), headers={"Cache-Control": "no-store"})

    async def openapi(self, request: Request) -> Response:
        """The OpenAPI document of the JSON APIs this app serves, at the paths it serves them."""
        document = openapi_document(
            mounted_paths(request.app.router),
            session_cookie=SESSION_COOKIE,
            server_url=request.scope.get("root_path") or "/",
        )
        return JSONResponse(document)


def _parse_time(value: str | None) -> dt.datetime | None:
    """A date (midnight UTC) or an ISO 8601 time (UTC when it has no offset); None when empty."""
    value = (value or "").strip()
    if not value:
        return None
    if len(value) == 10:
        day = dt.date.fromisoformat(value)
        return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
    parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    try:
        return parsed.astimezone(dt.UTC) if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
    except OverflowError:  # an offset that moves the time past year 1 or 9999
        raise ValueError(value) from None
