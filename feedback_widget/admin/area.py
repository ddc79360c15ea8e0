"""What every part of the admin area shares: its settings, templates and page layout, the signed-in
admin's session (kept on the server), and the guard that sends everyone else to sign in (or says
the area is closed)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from babel import dates
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.templating import Jinja2Templates

import components
from components.page import Page
from feedback_widget.admin.auth import (
    SESSION_COOKIE,
    AdminSession,
    Signer,
    credentials_fingerprint,
    is_valid_hash,
)
from feedback_widget.service import FeedbackService
from feedback_widget.settings import FeedbackSettings
from feedback_widget.store.admin_sessions import AdminSessions
from i18n import gettext as _
from i18n.formatting import _babel

HERE = Path(__file__).resolve().parent
IDLE_SECONDS = 30 * 60
"""A session unused for this long ends, however long sessions may last (``admin_session_seconds``)."""

Handler = Callable[[Request], Awaitable[Response]]
SignedInHandler = Callable[[Request, AdminSession], Awaitable[Response]]


class AdminArea:
    """The admin area of one :class:`FeedbackService` under ``prefix``; its JSON API under ``api_prefix``."""

    def __init__(self, service: FeedbackService, prefix: str = "/admin", api_prefix: str = "/api") -> None:
        self.service = service
        self.prefix = prefix.rstrip("/")
        self.api_prefix = api_prefix.rstrip("/")
        self.sessions = AdminSessions(service.store.engine)
        self.templates = Jinja2Templates(directory=HERE / "templates")
        components.install(self.templates.env)
        self.templates.env.globals.update(
            admin_page=self._page,
            prefix=self.prefix,
            touchpoint_items=_touchpoint_items,
            period_items=_period_items,
            format_time=_format_time,
        )

    @property
    def settings(self) -> FeedbackSettings:
        """The service's settings."""
        return self.service.settings

    # Sessions

    def password_hash(self) -> str | None:
        """The configured password hash; None when the area is closed (no user name or hash)."""
        hashed = self.settings.admin_password_hash
        value = hashed.get_secret_value().strip() if hashed is not None else ""
        return value if is_valid_hash(value) and self.settings.admin_username else None

    def signer(self) -> Signer:
        """Signs and checks session cookies and CSRF tokens."""
        return Signer(
            self.settings.secret_key.get_secret_value(),
            self.settings.admin_session_seconds,
            self.service.clock,
        )

    def fingerprint(self) -> str:
        """The fingerprint of the configured credentials that sessions are bound to."""
        return credentials_fingerprint(
            self.settings.secret_key.get_secret_value(),
            self.settings.admin_username or "",
            self.password_hash() or "",
        )

    def idle_seconds(self) -> int:
        """How long a session may go unused: :data:`IDLE_SECONDS`, or its whole life if shorter."""
        return min(IDLE_SECONDS, self.settings.admin_session_seconds)

    async def current_session(self, request: Request) -> AdminSession | None:
        """The signed-in admin's live session (marked as used now), or None."""
        token = self.signer().session_token(request.cookies.get(SESSION_COOKIE))
        if self.password_hash() is None or token is None:
            return None
        found = await run_in_threadpool(
            self.sessions.find,
            token,
            self.fingerprint(),
            now=self.service.clock.now(),
            lifetime_seconds=self.settings.admin_session_seconds,
            idle_seconds=self.idle_seconds(),
        )
        return AdminSession(id=found.id, username=found.username) if found else None

    async def start_session(self, username: str) -> str:
        """Start a session for `username` (deleting those that have ended); its cookie value."""
        now, fingerprint = self.service.clock.now(), self.fingerprint()
        await run_in_threadpool(
            self.sessions.purge, now=now, idle_seconds=self.idle_seconds(), fingerprint=fingerprint
        )
        token = await run_in_threadpool(
            self.sessions.start,
            username,
            fingerprint,
            now=now,
            lifetime_seconds=self.settings.admin_session_seconds,
        )
        return self.signer().session_cookie(token)

    async def end_session(self, session: AdminSession) -> None:
        """End `session` on the server: its cookie no longer opens anything."""
        await run_in_threadpool(self.sessions.end, session.id)

    def set_cookie(self, request: Request, response: Response, name: str, value: str) -> None:
        """Set an admin cookie: HTTP only, same site only, secure over HTTPS, for the session's life."""
        response.set_cookie(
            name,
            value,
            max_age=self.settings.admin_session_seconds,
            path="/",
            httponly=True,
            samesite="strict",
            secure=request.url.scheme == "https",
        )

    def signed_in(self, handler: SignedInHandler) -> Handler:
        """Wrap a page handler: closed page, or a redirect to sign in, unless an admin is signed in."""

        async def wrapped(request: Request) -> Response:
            if self.password_hash() is None:
                return self.closed(request)
            session = await self.current_session(request)
            if session is None:
                target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
                query = urlencode({"next": target})
                return RedirectResponse(f"{self.prefix}/sign-in?{query}", status_code=303)
            return await handler(request, session)

        return wrapped

    def safe_next(self, target: str | None, default: str) -> str:
        """`target` when it is a path inside the admin area, else `default` (never an open redirect)."""
        target = target or ""
        if target.startswith(self.prefix + "/") and not target.startswith("//") and "\\" not in target:
            return target
        return default

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
        """Render ``admin/<name>``, never cached or framed; with a CSRF token for a signed-in admin."""
        context = {"session": session, "css_url": f"{self.prefix}/admin.css", **context}
        if session is not None:
            context.setdefault("csrf_token", self.signer().csrf_token(session.nonce))
        response = self.templates.TemplateResponse(request, f"admin/{name}", context, status_code=status)
        response.headers["Cache-Control"] = "no-store"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    def closed(self, request: Request) -> HTMLResponse:
        """503: the admin area is not configured."""
        return self.render(request, "closed.html", {"title": _("The admin area is closed")}, status=503)

    def expired(self, request: Request, session: AdminSession) -> Response:
        """403: a form whose CSRF token is missing, forged or too old."""
        context = {"title": _("The form had expired")}
        return self.render(request, "expired.html", context, status=403, session=session)


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
    return dates.format_datetime(value, "medium", tzinfo=dt.UTC, locale=_babel()) + " UTC"
