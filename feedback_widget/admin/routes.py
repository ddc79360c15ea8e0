"""The admin area's Starlette routes: sign-in, dashboard, comments, exports and the JSON API."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route
from starlette.templating import Jinja2Templates

import components
from components.page import Page
from feedback_widget.admin import charts
from feedback_widget.admin.auth import (
    SESSION_COOKIE,
    SIGN_IN_COOKIE,
    AdminSession,
    Signer,
    is_valid_hash,
    verify_password,
)
from feedback_widget.admin.comments import search_comments
from feedback_widget.admin.exports import (
    all_submissions,
    quarterly_rows,
    responses_rows,
    submission_json,
    to_csv,
)
from feedback_widget.admin.periods import Period, PeriodError, resolve_period
from feedback_widget.admin.reports import Report, build_report
from feedback_widget.openapi import openapi_document
from feedback_widget.service import FeedbackService
from i18n import gettext as _

HERE = Path(__file__).resolve().parent
COMMENTS_PER_PAGE = 20
API_MAX_PER_PAGE = 200
SIGN_IN_LIMIT = 10
SIGN_IN_WINDOW_SECONDS = 900

Handler = Callable[[Request], Awaitable[Response]]


class AdminArea:
    """The admin area of one :class:`FeedbackService`."""

    def __init__(self, service: FeedbackService, prefix: str = "/admin", api_prefix: str = "/api") -> None:
        self.service = service
        self.prefix = prefix.rstrip("/")
        self.api_prefix = api_prefix.rstrip("/")
        self.templates = Jinja2Templates(directory=HERE / "templates")
        components.install(self.templates.env)
        self.templates.env.globals.update(
            admin_page=self._page,
            prefix=self.prefix,
            touchpoint_items=_touchpoint_items,
            period_items=_period_items,
            format_time=_format_time,
        )

    # Configuration and session

    @property
    def settings(self) -> Any:
        return self.service.settings

    def _password_hash(self) -> str | None:
        hashed = self.settings.admin_password_hash
        value = hashed.get_secret_value().strip() if hashed is not None else ""
        return value if is_valid_hash(value) and self.settings.admin_username else None

    def _signer(self) -> Signer:
        return Signer(
            self.settings.secret_key.get_secret_value(),
            self._password_hash() or "",
            self.settings.admin_session_seconds,
        )

    def session(self, request: Request) -> AdminSession | None:
        """The signed-in admin's session, or None."""
        if self._password_hash() is None:
            return None
        return self._signer().read_session(request.cookies.get(SESSION_COOKIE))

    def _set_cookie(self, request: Request, response: Response, name: str, value: str) -> None:
        response.set_cookie(
            name,
            value,
            max_age=self.settings.admin_session_seconds,
            path="/",
            httponly=True,
            samesite="strict",
            secure=request.url.scheme == "https",
        )

    # Rendering

    def _page(self, title: str, session: AdminSession | None = None, current: str = "") -> Page:
        navigation = []
        if session is not None:
            navigation = [
                {"text": _("Dashboard"), "href": f"{self.prefix}/", "current": current == "dashboard"},
                {"text": _("Comments"), "href": f"{self.prefix}/comments", "current": current == "comments"},
            ]
        service_name = _("Feedback reports")
        return Page(
            # Translators: the browser tab's title: %(page)s is the page, %(service)s this admin area.
            title=_("%(page)s - %(service)s", page=title, service=service_name),
            service_name=service_name,
            service_href=f"{self.prefix}/",
            navigation=navigation,
            include_htmx=False,
        )

    def render(
        self,
        request: Request,
        name: str,
        context: dict[str, Any],
        *,
        status: int = 200,
        session: AdminSession | None = None,
    ) -> HTMLResponse:
        context = {"session": session, "css_url": f"{self.prefix}/admin.css", **context}
        if session is not None:
            context.setdefault("csrf_token", self._signer().csrf_token(session.nonce))
        response = self.templates.TemplateResponse(request, f"admin/{name}", context, status_code=status)
        response.headers["Cache-Control"] = "no-store"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    def closed(self, request: Request) -> HTMLResponse:
        return self.render(request, "closed.html", {"title": _("The admin area is closed")}, status=503)

    def _safe_next(self, target: str | None, default: str) -> str:
        target = target or ""
        if target.startswith(self.prefix + "/") and not target.startswith("//") and "\\" not in target:
            return target
        return default

    def signed_in(self, handler: Callable[[Request, AdminSession], Awaitable[Response]]) -> Handler:
        """Wrap a page handler: closed page, or a redirect to sign in, unless an admin is signed in."""

        async def wrapped(request: Request) -> Response:
            if self._password_hash() is None:
                return self.closed(request)
            session = self.session(request)
            if session is None:
                target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
                query = urlencode({"next": target})
                return RedirectResponse(f"{self.prefix}/sign-in?{query}", status_code=303)
            return await handler(request, session)

        return wrapped

    # Sign in and out

    async def sign_in(self, request: Request) -> Response:
        if self._password_hash() is None:
            return self.closed(request)
        next_url = self._safe_next(request.query_params.get("next"), f"{self.prefix}/")
        if request.method == "GET":
            if self.session(request) is not None:
                return RedirectResponse(next_url, status_code=303)
            return self._sign_in_form(request, next_url)
        form = await request.form()
        next_url = self._safe_next(str(form.get("next") or ""), f"{self.prefix}/")
        signer = self._signer()
        if not signer.check_csrf(str(form.get("csrf_token") or ""), request.cookies.get(SIGN_IN_COOKIE)):
            error = _("The form had expired. Enter your user name and password again.")
            return self._sign_in_form(request, next_url, error=error, status=400)
        secret = self.settings.secret_key.get_secret_value().encode("utf-8")
        client = request.client.host if request.client else "unknown"
        key = "admin-sign-in:" + hmac.new(secret, client.encode("utf-8"), hashlib.sha256).hexdigest()
        limited = await run_in_threadpool(
            self.service.rate_limiter.hit, key, SIGN_IN_LIMIT, SIGN_IN_WINDOW_SECONDS
        )
        if limited:
            error = _("There have been too many attempts to sign in. Wait 15 minutes, then try again.")
            return self._sign_in_form(request, next_url, error=error, status=429)
        username = str(form.get("username") or "")
        password = str(form.get("password") or "")
        right_name = hmac.compare_digest(
            username.encode("utf-8"), self.settings.admin_username.encode("utf-8")
        )
        right_password = await run_in_threadpool(verify_password, password, self._password_hash() or "")
        if not (right_name and right_password):
            error = _("The user name or password is not right. Check them and try again.")
            return self._sign_in_form(request, next_url, error=error, status=401, username=username)
        value, _session = signer.new_session(username)
        response = RedirectResponse(next_url, status_code=303)
        self._set_cookie(request, response, SESSION_COOKIE, value)
        response.delete_cookie(SIGN_IN_COOKIE, path="/")
        return response

    def _sign_in_form(
        self,
        request: Request,
        next_url: str,
        *,
        error: str | None = None,
        status: int = 200,
        username: str = "",
    ) -> Response:
        nonce = secrets.token_urlsafe(16)
        context = {
            "title": _("Sign in"),
            "csrf_token": self._signer().csrf_token(nonce),
            "next": next_url,
            "error": error,
            "username": username,
        }
        response = self.render(request, "sign_in.html", context, status=status)
        self._set_cookie(request, response, SIGN_IN_COOKIE, nonce)
        return response

    async def sign_out(self, request: Request, session: AdminSession) -> Response:
        form = await request.form()
        if not self._signer().check_csrf(str(form.get("csrf_token") or ""), session.nonce):
            return self._forbidden(request, session)
        response = RedirectResponse(f"{self.prefix}/sign-in", status_code=303)
        response.delete_cookie(SESSION_COOKIE, path="/")
        return response

    def _forbidden(self, request: Request, session: AdminSession) -> Response:
        context = {"title": _("The form had expired")}
        return self.render(request, "expired.html", context, status=403, session=session)

    # Dashboard

    def _touchpoint(self, request: Request) -> str | None:
        ids = [touchpoint.id for touchpoint in self.service.touchpoints]
        chosen = request.query_params.get("touchpoint")
        return chosen if chosen in ids else (ids[0] if ids else None)

    def _period(self, request: Request, default: str) -> Period:
        query = request.query_params
        return resolve_period(query.get("period"), query.get("from"), query.get("to"), default=default)

    async def dashboard(self, request: Request, session: AdminSession) -> Response:
        touchpoint = self._touchpoint(request)
        errors: list[dict[str, str]] = []
        field_errors: dict[str, str] = {}
        try:
            period = self._period(request, "this_quarter")
        except PeriodError as error:
            errors.append({"text": error.message, "href": f"#{error.field}"})
            field_errors[error.field] = error.message
            period = resolve_period("this_quarter")
        report: Report | None = None
        if touchpoint is not None:
            question_set = self.service.touchpoints.question_set(touchpoint)
            report = await run_in_threadpool(
                build_report, self.service.store, touchpoint, question_set, period
            )
        query = {"touchpoint": touchpoint or "", "period": period.kind}
        if period.kind == "custom":
            query.update({"from": str(period.first_day), "to": str(period.last_day)})
        context = {
            "title": _("Dashboard"),
            "touchpoints": list(self.service.touchpoints),
            "touchpoint": touchpoint,
            "period": period,
            "values": request.query_params,
            "errors": errors,
            "field_errors": field_errors,
            "report": report,
            "charts": self._charts(report) if report else {},
            "export_query": urlencode(query),
            "current": "dashboard",
        }
        return self.render(request, "dashboard.html", context, session=session)

    @staticmethod
    def _charts(report: Report) -> dict[str, Any]:
        made: dict[str, Any] = {}
        for question in report.questions:
            bars = [
                charts.Bar(row.label, row.count, f"{row.count_text} ({row.share_text})")
                for row in question.rows
            ]
            made[question.key] = charts.bar_chart(
                f"chart-{question.key}", question.title, f"table-{question.key}", bars
            )
        if report.trend:
            made["trend-responses"] = charts.bar_chart(
                "chart-trend-responses",
                _("Responses over time"),
                "table-trend",
                [charts.Bar(row.label, row.responses, str(row.responses)) for row in report.trend],
            )
            if report.trust is not None:
                made["trend-trust"] = charts.bar_chart(
                    "chart-trend-trust",
                    _("Trust share over time"),
                    "table-trend",
                    [charts.Bar(row.label, row.share or 0, row.share_text) for row in report.trend],
                    maximum=100,
                )
        return made

    # Comments

    def _text_questions(self) -> list[str]:
        keys: list[str] = []
        for question_set in self.service.touchpoints.question_sets.values():
            keys += [q.key for q in question_set.questions if q.kind == "text"]
        return keys

    async def comments(self, request: Request, session: AdminSession) -> Response:
        query = request.query_params
        search = (query.get("q") or "").strip()[:200]
        touchpoint = query.get("touchpoint") or None
        if touchpoint not in {t.id for t in self.service.touchpoints}:
            touchpoint = None
        try:
            page = max(1, int(query.get("page") or 1))
        except ValueError:
            page = 1
        total, found = await run_in_threadpool(
            search_comments,
            self.service.store,
            self._text_questions(),
            touchpoint=touchpoint,
            query=search,
            limit=COMMENTS_PER_PAGE,
            offset=(page - 1) * COMMENTS_PER_PAGE,
        )
        pages = max(1, -(-total // COMMENTS_PER_PAGE))

        def page_link(number: int) -> str:
            params = {"q": search, "touchpoint": touchpoint or "", "page": number}
            return f"{self.prefix}/comments?" + urlencode({k: v for k, v in params.items() if v})

        here = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        context = {
            "title": _("Comments"),
            "comments": found,
            "total": total,
            "q": search,
            "touchpoint": touchpoint,
            "touchpoints": list(self.service.touchpoints),
            "page_number": page,
            "pages": pages,
            "previous_link": page_link(page - 1) if page > 1 else None,
            "next_link": page_link(page + 1) if page < pages else None,
            "here": here,
            "current": "comments",
        }
        return self.render(request, "comments.html", context, session=session)

    async def mark_spam(self, request: Request, session: AdminSession) -> Response:
        form = await request.form()
        if not self._signer().check_csrf(str(form.get("csrf_token") or ""), session.nonce):
            return self._forbidden(request, session)
        spam = form.get("spam") == "1"
        found = await run_in_threadpool(
            self.service.store.mark_spam, request.path_params["submission_id"], spam
        )
        if not found:
            return self.render(
                request, "not_found.html", {"title": _("Page not found")}, status=404, session=session
            )
        target = self._safe_next(str(form.get("next") or ""), f"{self.prefix}/comments")
        return RedirectResponse(target, status_code=303)

    # Exports

    def _csv(self, text: str, filename: str) -> Response:
        return Response(
            "\ufeff" + text,
            media_type="text/csv; charset=utf-8",
            headers={
                "Content-Disposition": f'attachment; filename="{filename}"',
                "Cache-Control": "no-store",
            },
        )

    async def export_responses(self, request: Request, session: AdminSession) -> Response:
        touchpoint = request.query_params.get("touchpoint") or None
        try:
            period = self._period(request, "all")
        except PeriodError as error:
            return Response(error.message, status_code=400, media_type="text/plain; charset=utf-8")
        sets = dict(self.service.touchpoints.question_sets)

        def build() -> str:
            return to_csv(responses_rows(list(all_submissions(self.service.store, touchpoint, period)), sets))

        text = await run_in_threadpool(build)
        return self._csv(text, f"responses-{touchpoint or 'all'}-{period.kind}.csv")

    async def export_quarterly(self, request: Request, session: AdminSession) -> Response:
        touchpoint = self._touchpoint(request)
        if touchpoint is None:
            return Response(_("There are no touchpoints."), status_code=400, media_type="text/plain")
        try:
            period = self._period(request, "last_quarter")
        except PeriodError as error:
            return Response(error.message, status_code=400, media_type="text/plain; charset=utf-8")
        question_set = self.service.touchpoints.question_set(touchpoint)

        def build() -> str:
            submissions = list(all_submissions(self.service.store, touchpoint, period))
            return to_csv(quarterly_rows(submissions, question_set))

        text = await run_in_threadpool(build)
        label = (
            period.label.replace(" ", "-") if period.kind in ("this_quarter", "last_quarter") else period.kind
        )
        return self._csv(text, f"quarterly-{touchpoint}-{label}.csv")

    # JSON API

    async def api_responses(self, request: Request) -> Response:
        if self._password_hash() is None or self.session(request) is None:
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
        store = self.service.store
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
        return JSONResponse(openapi_document())

    async def css(self, request: Request) -> Response:
        return Response((HERE / "admin.css").read_text(encoding="utf-8"), media_type="text/css")

    async def root(self, request: Request) -> Response:
        return RedirectResponse(f"{self.prefix}/", status_code=307)

    def routes(self) -> list[BaseRoute]:
        p, signed_in = self.prefix, self.signed_in
        return [
            *([Route(p, self.root)] if p else []),
            Route(f"{p}/", signed_in(self.dashboard), name="feedback_admin_dashboard"),
            Route(f"{p}/sign-in", self.sign_in, methods=["GET", "POST"], name="feedback_admin_sign_in"),
            Route(f"{p}/sign-out", signed_in(self.sign_out), methods=["POST"]),
            Route(f"{p}/comments", signed_in(self.comments), name="feedback_admin_comments"),
            Route(f"{p}/comments/{{submission_id}}/spam", signed_in(self.mark_spam), methods=["POST"]),
            Route(f"{p}/export/responses.csv", signed_in(self.export_responses)),
            Route(f"{p}/export/quarterly.csv", signed_in(self.export_quarterly)),
            Route(f"{p}/admin.css", self.css),
            Route(f"{self.api_prefix}/admin/responses", self.api_responses),
            Route(f"{self.api_prefix}/openapi.json", self.openapi),
        ]


def _touchpoint_items(touchpoints: list[Any], chosen: str | None, all_option: bool = False) -> list[dict]:
    items = [{"value": "", "text": _("All touchpoints"), "selected": not chosen}] if all_option else []
    for touchpoint in touchpoints:
        # Translators: a touchpoint in a list: %(name)s is the service's name, %(id)s the touchpoint's id.
        text = _("%(name)s (%(id)s)", name=str(touchpoint.service_name), id=touchpoint.id)
        items.append({"value": touchpoint.id, "text": text, "selected": touchpoint.id == chosen})
    return items


def _period_items(chosen: str) -> list[dict]:
    labels = {
        "this_quarter": _("This quarter"),
        "last_quarter": _("Last quarter"),
        "last_30_days": _("Last 30 days"),
        "custom": _("Dates you choose"),
        "all": _("All time"),
    }
    return [{"value": key, "text": text, "selected": key == chosen} for key, text in labels.items()]


def _format_time(value: dt.datetime) -> str:
    from babel import dates

    from i18n.formatting import _babel

    return dates.format_datetime(value, "medium", tzinfo=dt.UTC, locale=_babel()) + " UTC"


def _parse_time(value: str | None) -> dt.datetime | None:
    value = (value or "").strip()
    if not value:
        return None
    if len(value) == 10:
        day = dt.date.fromisoformat(value)
        return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
    parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def routes(service: FeedbackService, prefix: str = "/admin", api_prefix: str = "/api") -> list[BaseRoute]:
    """The admin area's routes under `prefix`; the admin JSON API and OpenAPI document under `api_prefix`."""
    return AdminArea(service, prefix, api_prefix).routes()
