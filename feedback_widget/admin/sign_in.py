"""Signing in and out of the admin area: the sign-in form (CSRF-protected, throttled per address),
the password check in constant time, and the session cookie."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from starlette.concurrency import run_in_threadpool
from starlette.endpoints import HTTPEndpoint
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from feedback_widget.admin.area import AdminArea
from feedback_widget.admin.auth import SESSION_COOKIE, SIGN_IN_COOKIE, AdminSession, verify_password
from i18n import gettext as _

SIGN_IN_LIMIT = 10
SIGN_IN_WINDOW_SECONDS = 900


class SignIn:
    """``{prefix}/sign-in`` (GET the form, POST the user name and password) and ``{prefix}/sign-out``."""

    def __init__(self, area: AdminArea) -> None:
        self.area = area

    def routes(self) -> list[BaseRoute]:
        """The sign-in and sign-out routes."""
        sign_in, prefix = self, self.area.prefix

        class SignInForm(HTTPEndpoint):
            """GET: the form; POST: the user name and password."""

            async def get(self, request: Request) -> Response:
                return await sign_in.form(request)

            async def post(self, request: Request) -> Response:
                return await sign_in.sign_in(request)

        return [
            Route(f"{prefix}/sign-in", SignInForm, name="feedback_admin_sign_in"),
            Route(f"{prefix}/sign-out", self.area.signed_in(self.sign_out), methods=["POST"]),
        ]

    async def form(self, request: Request) -> Response:
        """The sign-in form; a signed-in admin goes straight on to ``next``."""
        area = self.area
        if area.password_hash() is None:
            return area.closed(request)
        next_url = area.safe_next(request.query_params.get("next"), f"{area.prefix}/")
        if area.session(request) is not None:
            return RedirectResponse(next_url, status_code=303)
        return self._form(request, next_url)

    async def sign_in(self, request: Request) -> Response:
        """Check the form token, the throttle, then the user name and password; start a session."""
        area = self.area
        if area.password_hash() is None:
            return area.closed(request)
        form = await request.form()
        next_url = area.safe_next(str(form.get("next") or ""), f"{area.prefix}/")
        signer = area.signer()
        if not signer.check_csrf(str(form.get("csrf_token") or ""), request.cookies.get(SIGN_IN_COOKIE)):
            error = _("The form had expired. Enter your user name and password again.")
            return self._form(request, next_url, error=error, status=400)
        secret = area.settings.secret_key.get_secret_value().encode("utf-8")
        client = request.client.host if request.client else "unknown"
        key = "admin-sign-in:" + hmac.new(secret, client.encode("utf-8"), hashlib.sha256).hexdigest()
        limited = await run_in_threadpool(
            area.service.rate_limiter.hit, key, SIGN_IN_LIMIT, SIGN_IN_WINDOW_SECONDS
        )
        if limited:
            error = _("There have been too many attempts to sign in. Wait 15 minutes, then try again.")
            return self._form(request, next_url, error=error, status=429)
        username = str(form.get("username") or "")
        password = str(form.get("password") or "")
        right_name = hmac.compare_digest(
            username.encode("utf-8"), (area.settings.admin_username or "").encode("utf-8")
        )
        right_password = await run_in_threadpool(verify_password, password, area.password_hash() or "")
        if not (right_name and right_password):
            error = _("The user name or password is not right. Check them and try again.")
            return self._form(request, next_url, error=error, status=401, username=username)
        value, _session = signer.new_session(username)
        response = RedirectResponse(next_url, status_code=303)
        area.set_cookie(request, response, SESSION_COOKIE, value)
        response.delete_cookie(SIGN_IN_COOKIE, path="/")
        return response

    def _form(
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
            "csrf_token": self.area.signer().csrf_token(nonce),
            "next": next_url,
            "error": error,
            "username": username,
        }
        response = self.area.render(request, "sign_in.html", context, status=status)
        self.area.set_cookie(request, response, SIGN_IN_COOKIE, nonce)
        return response

    async def sign_out(self, request: Request, session: AdminSession) -> Response:
        """End the session (with the session's CSRF token), back to the sign-in form."""
        form = await request.form()
        if not self.area.signer().check_csrf(str(form.get("csrf_token") or ""), session.nonce):
            return self.area.expired(request, session)
        response = RedirectResponse(f"{self.area.prefix}/sign-in", status_code=303)
        response.delete_cookie(SESSION_COOKIE, path="/")
        return response
