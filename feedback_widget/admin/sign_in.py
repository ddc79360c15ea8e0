"""Signing in and out of the admin area: the sign-in form (CSRF-protected), the throttle on wrong
passwords, the password check in constant time, and the session kept on the server.

The throttle counts attempts per user name and client address (a keyed hash of the two): after
:data:`SIGN_IN_LIMIT` wrong ones in a window of :data:`SIGN_IN_WINDOW_SECONDS`, that pair gets a
page saying signing in is paused and how long to wait. Every attempt is counted before the password
is checked (so parallel guesses cannot slip past the limit) and a right password clears the count,
so successes never add up to a lockout, and guesses from elsewhere never lock out the real admin.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets

from starlette.concurrency import run_in_threadpool
from starlette.endpoints import HTTPEndpoint
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from feedback_widget.admin.area import AdminArea
from feedback_widget.admin.auth import SESSION_COOKIE, SIGN_IN_COOKIE, AdminSession, verify_password
from feedback_widget.protection import client_address
from feedback_widget.settings import FeedbackSettings
from i18n import gettext as _
from i18n import ngettext

SIGN_IN_LIMIT = 10
SIGN_IN_WINDOW_SECONDS = 900


def attempt_address(request: Request, settings: FeedbackSettings) -> str:
    """The address the sign-in throttle counts attempts from (a trusted proxy's client's, if any)."""
    peer = request.client.host if request.client else None
    address = client_address(peer, request.headers.get("x-forwarded-for"), settings.trusted_proxies)
    return address or "unknown"


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
        if await area.current_session(request) is not None:
            return RedirectResponse(next_url, status_code=303)
        return self._form(request, next_url)

    async def sign_in(self, request: Request) -> Response:
        """Check the form token, count the attempt, check the user name and password; start a session."""
        area = self.area
        if area.password_hash() is None:
            return area.closed(request)
        form = await request.form()
        next_url = area.safe_next(str(form.get("next") or ""), f"{area.prefix}/")
        if not area.signer().check_csrf(
            str(form.get("csrf_token") or ""), request.cookies.get(SIGN_IN_COOKIE)
        ):
            error = _("The form had expired. Enter your user name and password again.")
            return self._form(request, next_url, error=error, status=400)
        username = str(form.get("username") or "")
        password = str(form.get("password") or "")
        limiter, key = (
            area.service.rate_limiter,
            self._throttle_key(username, attempt_address(request, area.settings)),
        )
        if await run_in_threadpool(limiter.hit, key, SIGN_IN_LIMIT, SIGN_IN_WINDOW_SECONDS):
            return self._paused(request)
        right_name = hmac.compare_digest(
            username.encode("utf-8"), (area.settings.admin_username or "").encode("utf-8")
        )
        right_password = await run_in_threadpool(verify_password, password, area.password_hash() or "")
        if not (right_name and right_password):
            error = _("The user name or password is not right. Check them and try again.")
            return self._form(request, next_url, error=error, status=401, username=username)
        await run_in_threadpool(limiter.reset, key, SIGN_IN_LIMIT, SIGN_IN_WINDOW_SECONDS)
        response = RedirectResponse(next_url, status_code=303)
        area.set_cookie(request, response, SESSION_COOKIE, await area.start_session(username))
        response.delete_cookie(SIGN_IN_COOKIE, path="/")
        return response

    def _throttle_key(self, username: str, address: str) -> str:
        """The throttle's key for attempts at `username` from `address`: a keyed hash, never the two."""
        secret = self.area.settings.secret_key.get_secret_value().encode("utf-8")
        pair = json.dumps([username, address]).encode("utf-8")
        return "admin-sign-in:" + hmac.new(secret, pair, hashlib.sha256).hexdigest()

    def _paused(self, request: Request) -> Response:
        """429: too many wrong attempts at this user name from this address; how long to wait."""
        minutes = SIGN_IN_WINDOW_SECONDS // 60
        context = {
            "title": _("Signing in is paused"),
            # Translators: %(num)s is how many minutes to wait before signing in again.
            "wait": ngettext(
                "Wait %(num)s minute, then sign in again.",
                "Wait %(num)s minutes, then sign in again.",
                minutes,
            ),
        }
        response = self.area.render(request, "paused.html", context, status=429)
        response.headers["Retry-After"] = str(SIGN_IN_WINDOW_SECONDS)
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
        """End the session on the server (with the session's CSRF token), back to the sign-in form."""
        form = await request.form()
        if not self.area.signer().check_csrf(str(form.get("csrf_token") or ""), session.nonce):
            return self.area.expired(request, session)
        await self.area.end_session(session)
        response = RedirectResponse(f"{self.area.prefix}/sign-in", status_code=303)
        response.delete_cookie(SESSION_COOKIE, path="/")
        return response
