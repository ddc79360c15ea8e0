"""The identity hand-off served by Starlette: the only module of the hand-off that imports a web framework.

    sign_in = SignInRoutes(client, secret_key=KEY, help=AgencyHelp("FEMA", phone="1-800-621-3362"))
    app = Starlette(routes=[Mount("/sign-in", routes=sign_in.routes())])

Pages, under the mount:

- ``/``: before the provider (what it is, what you need, who helps, the button)
- ``/start?next=/path``: to the provider, with the person's language; ``next`` is where they come back to
- ``/callback``: back from the provider: signed in and on to ``next``, or cancelled, or a problem
- ``/sign-out`` (POST): our session ends first, then the provider's sign-out; ``/signed-out`` after it
  (or the path given as ``signed_out_path``, served by :meth:`SignInRoutes.signed_out`)
- ``/could-not-verify``: where the provider sends people it could not verify (public: no state needed)

The browser holds two signed cookies, both ``HttpOnly`` and ``SameSite=Lax`` (so they come back with the
provider's redirect): the state of the sign-in under way, which the callback's ``state`` must match, and
the session id. Everything else stays on the server (:mod:`components.identity_handoff.stores`). No
answer is ever a 5xx: a provider that is down, an error, a state that does not match each get a plain
page with other ways to get help.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any
from urllib.parse import quote

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from components.form_steps.starlette import Accounts, SignedInPerson
from components.identity_handoff.pages import (
    AgencyHelp,
    SignInButton,
    before_page,
    cancelled_page,
    not_verified_page,
    problem_page,
    signed_out_page,
)
from components.identity_handoff.protocol import OidcClient, SignedIn, SignInError
from components.identity_handoff.stores import MemorySignIns, Pending, SignInStore
from i18n import current_locale

STATE_COOKIE = "fd-sign-in"
SESSION_COOKIE = "fd-session"
KEPT_CLAIMS = ("email", "email_verified")
"""The claims of the id_token a session keeps (beside ``sub`` and the level met): no more than the
service uses."""


def _local_path(path: str | None) -> str:
    """``path`` when it is a path on this site, else ``/``: never a way to send people elsewhere."""
    if not path or not path.startswith("/") or path.startswith("//") or "\\" in path or "\n" in path:
        return "/"
    return path


def _quoted(path: str) -> str:
    """``path`` as a query value: its own ``?``, ``&`` and ``#`` survive the trip through ``next``."""
    return quote(path, safe="/")


_UNREAD = object()


class SignInRoutes:
    """The routes of the hand-off to one provider."""

    def __init__(
        self,
        client: OidcClient,
        *,
        secret_key: str,
        help: AgencyHelp | Callable[[Request], AgencyHelp],
        store: SignInStore | None = None,
        assurance: str | None = None,
        page: Mapping[str, Any] | Callable[[Request], Mapping[str, Any]] | None = None,
        continue_href: str | None = None,
        secure_cookie: bool | None = None,
        mount_path: str = "/sign-in",
        callback_path: str | None = None,
        signed_out_path: str | None = None,
    ) -> None:
        self.client = client
        self.secret = secret_key.encode()
        self.help = help
        """The agency's other ways to help, or a function of the request that gives them (in the
        person's language)."""
        self.store: SignInStore = store or MemorySignIns()
        self.assurance = assurance
        self.page = page if callable(page) else dict(page or {})
        self.continue_href = continue_href
        self.secure_cookie = secure_cookie
        self.mount_path = mount_path
        """Where the routes are mounted on the site: the sign-in page flows link to."""
        self.callback_path = callback_path
        self.signed_out_path = signed_out_path
        """The paths on this site the provider sends people back to (its redirect URI, and after signing
        out) when they are not ``/callback`` and ``/signed-out`` under the mount. One fixed path each (no
        language prefix: the language cookie keeps the person's choice) is one address to register."""

    def routes(self) -> list[BaseRoute]:
        """The hand-off's routes, to mount where the service wants them."""
        return [
            Route("/", self.before, methods=["GET"]),
            Route("/start", self.start, methods=["GET"]),
            Route("/callback", self.callback, methods=["GET"]),
            Route("/sign-out", self.sign_out, methods=["POST"]),
            Route("/signed-out", self.signed_out, methods=["GET"]),
            Route("/could-not-verify", self.not_verified, methods=["GET"]),
        ]

    # --- who is signed in -----------------------------------------------------------------------------

    def person(self, request: Request) -> SignedIn | None:
        """The person signed in on this request, or ``None``: read from the store once per request."""
        found = getattr(request.state, "fd_signed_in", _UNREAD)
        if found is _UNREAD:
            session_id = self._unsigned(request.cookies.get(SESSION_COOKIE, ""))
            session = self.store.session(session_id) if session_id else None
            found = request.state.fd_signed_in = session.person if session is not None else None
        return found if isinstance(found, SignedIn) else None

    def for_flows(self, prefill: Callable[[SignedIn], Mapping[str, Any]] | None = None) -> Accounts:
        """What a form-steps flow needs to tie drafts to the people signed in here (``FlowRoutes(...,
        accounts=...)``); ``prefill`` gives the answers to offer a person, by step id."""

        def person(request: Request) -> SignedInPerson | None:
            signed_in = self.person(request)
            if signed_in is None:
                return None
            return SignedInPerson(signed_in.sub, prefill(signed_in) if prefill else {})

        def sign_in_href(request: Request, next_path: str) -> str:
            root = str(request.scope.get("app_root_path", ""))  # the language prefix, if any
            return f"{root}{self.mount_path}/?next={_quoted(next_path)}"

        return Accounts(person, sign_in_href, self.client.profile.name, self.end)

    async def end(self, request: Request, response: Response) -> None:
        """End the person's session here (not at the provider), and forget its cookie on ``response``."""
        session_id = self._unsigned(request.cookies.get(SESSION_COOKIE, ""))
        if session_id:
            await run_in_threadpool(self.store.end_session, session_id)
        response.delete_cookie(SESSION_COOKIE, path="/")

    # --- cookies --------------------------------------------------------------------------------------

    def _signed(self, value: str) -> str:
        return f"{value}.{hmac.new(self.secret, value.encode(), hashlib.sha256).hexdigest()[:32]}"

    def _unsigned(self, cookie: str) -> str | None:
        value = cookie.rpartition(".")[0]
        if value and hmac.compare_digest(self._signed(value), cookie):
            return value
        return None

    def _set(self, response: Response, request: Request, name: str, value: str) -> None:
        secure = request.url.scheme == "https" if self.secure_cookie is None else self.secure_cookie
        response.set_cookie(
            name,
            self._signed(value),
            httponly=True,
            samesite="lax",
            secure=secure,
            path="/",
            max_age=8 * 3600,
        )

    # --- pages ----------------------------------------------------------------------------------------

    def _base(self, request: Request) -> str:
        return str(request.scope.get("root_path", "")).rstrip("/")

    def _help(self, request: Request) -> AgencyHelp:
        return self.help(request) if callable(self.help) else self.help

    def _page_params(self, request: Request) -> Mapping[str, Any]:
        return self.page(request) if callable(self.page) else self.page

    def _callback_url(self, request: Request) -> str:
        path = self.callback_path or f"{self._base(request)}/callback"
        return f"{request.url.scheme}://{request.url.netloc}{path}"

    def _problem(self, request: Request, *, expired: bool = False) -> Response:
        html = problem_page(
            page=self._page_params(request),
            provider=self.client.profile.name,
            retry_href=f"{self._base(request)}/",
            help=self._help(request),
            expired=expired,
        )
        return HTMLResponse(html, status_code=400 if expired else 200)

    async def before(self, request: Request) -> Response:
        """What the provider is, what the person needs, who helps, and the button."""
        next_path = _local_path(request.query_params.get("next"))
        start = f"{self._base(request)}/start?next={_quoted(next_path)}"
        html = before_page(
            page=self._page_params(request),
            provider=self.client.profile.name,
            buttons=[SignInButton(self.client.profile.name, start)],
            verify_identity=self.assurance in self.client.profile.verifying_levels,
            help=self._help(request),
            continue_href=self.continue_href,
        )
        return HTMLResponse(html)

    async def start(self, request: Request) -> Response:
        """To the provider: the sign-in request, its secrets kept here, its state in a cookie."""
        next_path = _local_path(request.query_params.get("next"))
        try:
            url, sign_in = await self.client.start(
                self._callback_url(request), assurance=self.assurance, locale=current_locale()
            )
        except SignInError:
            return self._problem(request)
        await run_in_threadpool(self.store.put_pending, Pending(sign_in, next_path))
        response = RedirectResponse(url, status_code=303)
        self._set(response, request, STATE_COOKIE, sign_in.state)
        return response

    async def callback(self, request: Request) -> Response:
        """Back from the provider: signed in, cancelled, or a problem; the state must be this browser's."""
        state = request.query_params.get("state", "")
        expected = self._unsigned(request.cookies.get(STATE_COOKIE, ""))
        pending = (
            await run_in_threadpool(self.store.take_pending, state) if state and expected == state else None
        )
        if pending is None:  # no sign-in under way here, or this one was used already
            return self._problem(request, expired=True)
        error = request.query_params.get("error")
        if error == "access_denied":
            html = cancelled_page(
                page=self._page_params(request),
                provider=self.client.profile.name,
                retry_href=f"{self._base(request)}/start?next={_quoted(pending.next_path)}",
                continue_href=self.continue_href,
            )
            response: Response = HTMLResponse(html)
        elif error or not request.query_params.get("code"):
            response = self._problem(request)
        else:
            try:
                person = await self.client.finish(
                    pending.sign_in, request.query_params["code"], self._callback_url(request)
                )
            except SignInError:
                return self._problem(request)
            kept = {name: person.claims[name] for name in KEPT_CLAIMS if name in person.claims}
            needs_token = self.client.profile.logout_with == "id_token_hint"
            person = replace(person, claims=kept, id_token=person.id_token if needs_token else "")
            session = await run_in_threadpool(self.store.start_session, person)
            response = RedirectResponse(pending.next_path, status_code=303)
            self._set(response, request, SESSION_COOKIE, session.id)
        response.delete_cookie(STATE_COOKIE, path="/")
        return response

    async def sign_out(self, request: Request) -> Response:
        """End our session first (the provider's sign-out needs a click there), then go to the provider's."""
        session_id = self._unsigned(request.cookies.get(SESSION_COOKIE, ""))
        session = await run_in_threadpool(self.store.session, session_id) if session_id else None
        if session_id:
            await run_in_threadpool(self.store.end_session, session_id)
        state = secrets.token_urlsafe(32)  # Login.gov wants one; the page after needs nothing from it
        done_path = self.signed_out_path or f"{self._base(request)}/signed-out"
        done = f"{request.url.scheme}://{request.url.netloc}{done_path}"
        try:
            url = await self.client.logout_url(
                done, state=state, id_token=session.person.id_token if session else None
            )
        except SignInError:
            url = done
        response = RedirectResponse(url, status_code=303)
        response.delete_cookie(SESSION_COOKIE, path="/")
        return response

    async def signed_out(self, request: Request) -> Response:
        """Signed out here and at the provider."""
        html = signed_out_page(page=self._page_params(request), sign_in_href=f"{self._base(request)}/")
        return HTMLResponse(html)

    async def not_verified(self, request: Request) -> Response:
        """The provider could not verify the person: public, no session or state needed."""
        profile = self.client.profile
        html = not_verified_page(
            page=self._page_params(request),
            provider=profile.name,
            verify_help_url=profile.verify_help_url,
            contact_url=profile.contact_url,
            help=self._help(request),
        )
        return HTMLResponse(html)
