"""The admin area's JSON API (stored responses, a page at a time, for a signed-in admin) and the
OpenAPI document of every JSON API the app serves."""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlencode

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from feedback_widget.admin.area import AdminArea
from feedback_widget.admin.exports import submission_json
from feedback_widget.openapi import openapi_document

API_MAX_PER_PAGE = 200


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
        if self.area.password_hash() is None or self.area.session(request) is None:
            return JSONResponse(
                {"error": "Sign in to the admin area first."},
                status_code=401,
                headers={"Cache-Control": "no-store"},
            )
        query = request.query_params
        errors: dict[str, str] = {}
        touchpoint = query.get("touchpoint") or None
        bounds: dict[str, dt.datetime | None] = {}
        for name in ("since", "until"):
            try:
                bounds[name] = _parse_time(query.get(name))
            except ValueError:
                errors[name] = "Give a date or date and time in ISO 8601 form, like 2026-01-31."
        numbers: dict[str, int] = {}
        for name, default, top in (("page", 1, None), ("per_page", 50, API_MAX_PER_PAGE)):
            try:
                value = int(query.get(name) or default)
                if value < 1 or (top is not None and value > top):
                    raise ValueError
                numbers[name] = value
            except ValueError:
                errors[name] = f"Give a whole number from 1{f' to {top}' if top else ''}."
        if errors:
            return JSONResponse({"errors": errors}, status_code=422)
        page, per_page = numbers["page"], numbers["per_page"]
        since, until = bounds["since"], bounds["until"]
        store = self.area.service.store
        total = await run_in_threadpool(store.count, touchpoint, since, until)
        items = await run_in_threadpool(
            lambda: store.list_submissions(
                touchpoint, since, until, limit=per_page, offset=(page - 1) * per_page, include_spam=False
            )
        )

        def link(number: int) -> str:
            params = {k: v for k, v in query.items() if k not in ("page", "per_page")}
            params.update({"page": str(number), "per_page": str(per_page)})
            return f"{request.url.path}?{urlencode(params)}"

        links = {
            "self": link(page),
            "next": link(page + 1) if page * per_page < total else None,
            "prev": link(page - 1) if page > 1 else None,
        }
        body = {
            "total": total,
            "page": page,
            "per_page": per_page,
            "items": [submission_json(item) for item in items],
            "links": links,
        }
        return JSONResponse(body, headers={"Cache-Control": "no-store"})

    async def openapi(self, request: Request) -> Response:
        """The OpenAPI document."""
        return JSONResponse(openapi_document())


def _parse_time(value: str | None) -> dt.datetime | None:
    """A date (midnight UTC) or an ISO 8601 time (UTC when it has no offset); None when empty."""
    value = (value or "").strip()
    if not value:
        return None
    if len(value) == 10:
        day = dt.date.fromisoformat(value)
        return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
    parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
