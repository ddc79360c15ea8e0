"""Sign-in on the demo: the identity hand-off to the provider that ``FRONTDOOR_OIDC_*`` names (``frontdoor
demo`` starts a local test provider when none is named), and the hand-off's pages as a pattern to
preview in every language, with or without a provider.

Routes: ``/sign-in`` (the page before), ``/sign-in/callback`` (the redirect URI), ``/signed-out`` (after
sign-out) and ``/sign-in/could-not-verify`` (the failure-to-proof page); ``/patterns/sign-in`` and
``/patterns/sign-in/{page}`` show each page as the hand-off serves it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from markupsafe import Markup
from sqlalchemy import Engine
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import BaseRoute, Mount, Route

from components.button import Button
from components.identity_handoff.pages import (
    AgencyHelp,
    SignInButton,
    before_page,
    cancelled_page,
    not_verified_page,
    problem_page,
    signed_out_page,
)
from components.identity_handoff.profiles import LOGIN_GOV_SANDBOX
from components.identity_handoff.protocol import SignedIn
from components.identity_handoff.settings import oidc_settings
from components.identity_handoff.starlette import SignInRoutes
from components.page import Page
from feedback_widget.store.sign_ins import SqlSignIns
from i18n import N_, gettext


def agency_help(request: Request | None = None) -> AgencyHelp:
    """The demo agency's other ways to help, in the person's language (made up: a 555 number is never
    anyone's)."""
    return AgencyHelp(
        gettext("Front Door demo agency"),
        phone="1-800-555-0199",
        in_person=gettext("any of our disaster recovery centers"),
        mail="PO Box 1000, Washington, DC 20000",
    )


PATTERN_PAGES: dict[str, str] = {
    "before": N_("Before signing in"),
    "cancelled": N_("Cancelled at the provider"),
    "problem": N_("Something went wrong"),
    "could-not-verify": N_("Could not verify the person's identity"),
    "signed-out": N_("Signed out"),
}
"""The hand-off's pages the pattern shows, by slug, with their names in the pattern's list."""

PageParams = Callable[[Request], Mapping[str, Any]]


def email_to_prefill(person: SignedIn) -> dict[str, Any]:
    """The answers the worked service offers a signed-in person: their email, when the provider says
    they proved it is theirs."""
    email = person.claims.get("email")
    if isinstance(email, str) and person.claims.get("email_verified") is True:
        return {"email": email}
    return {}


def signed_in_extra(sign_in: SignInRoutes | None, request: Request) -> Markup:
    """For the header of a signed-in person's pages: a "Sign out" button (a form: it works without
    JavaScript, and the session cookie is ``SameSite=Lax``, so another site cannot post it)."""
    if sign_in is None or sign_in.person(request) is None:
        return Markup("")
    root = str(request.scope.get("app_root_path", ""))
    button = Button(text=gettext("Sign out"), variant="secondary").render()
    return Markup('<form class="fd-sign-out" method="post" action="{}/sign-in/sign-out">{}</form>').format(
        root, button
    )


def sign_in_routes(engine: Engine, secret_key: str, page: PageParams) -> SignInRoutes | None:
    """The hand-off to the provider the environment names, its sign-ins kept in the demo's database; or
    ``None`` when no provider is named (then nothing offers to sign in)."""
    settings = oidc_settings()
    if settings is None:
        return None
    return SignInRoutes(
        settings.client(),
        secret_key=secret_key,
        help=agency_help,
        store=SqlSignIns(engine),
        assurance=settings.assurance,
        page=page,
        continue_href="/disaster-help/apply/",
        callback_path="/sign-in/callback",
        signed_out_path="/signed-out",
    )


def routes(sign_in: SignInRoutes | None, page: PageParams) -> list[BaseRoute]:
    """The hand-off's routes (when a provider is named) and the pattern's pages (always)."""
    pattern: list[BaseRoute] = [
        Route("/patterns/sign-in", _pattern_index(page), name="sign_in_pattern"),
        Route("/patterns/sign-in/{slug}", _pattern_page(page), name="sign_in_pattern_page"),
    ]
    if sign_in is None:
        return pattern
    return [
        Mount("/sign-in", routes=sign_in.routes()),
        Route("/signed-out", sign_in.signed_out, name="signed_out"),
        *pattern,
    ]


def _pattern_index(page: PageParams) -> Callable[[Request], Any]:
    async def index(request: Request) -> Response:
        root = str(request.scope.get("root_path", ""))
        items = Markup("").join(
            Markup('<li><a class="fd-link" href="{}/patterns/sign-in/{}">{}</a></li>').format(
                root, slug, gettext(name)
            )
            for slug, name in PATTERN_PAGES.items()
        )
        title = gettext("Sign in: the pages before and after")
        content = Markup('<h1 class="fd-heading-l">{}</h1><p class="fd-body">{}</p>{}').format(
            title,
            gettext("Each page a service shows before and after Login.gov. Open one to see it."),
            Markup('<ul class="fd-list fd-list--bullet">{}</ul>').format(items),
        )
        return HTMLResponse(Page(**{**page(request), "title": title, "content_html": content}).render())

    return index


def _pattern_page(page: PageParams) -> Callable[[Request], Any]:
    async def show(request: Request) -> Response:
        slug = request.path_params["slug"]
        if slug not in PATTERN_PAGES:
            raise HTTPException(404)
        root = str(request.scope.get("root_path", ""))
        params = page(request)
        provider = LOGIN_GOV_SANDBOX.name
        back = f"{root}/patterns/sign-in"
        if slug == "before":
            html = before_page(
                page=params,
                provider=provider,
                buttons=[SignInButton(provider, back)],
                verify_identity=True,
                help=agency_help(),
                continue_href=back,
            )
        elif slug == "cancelled":
            html = cancelled_page(page=params, provider=provider, retry_href=back, continue_href=back)
        elif slug == "problem":
            html = problem_page(page=params, provider=provider, retry_href=back, help=agency_help())
        elif slug == "could-not-verify":
            html = not_verified_page(
                page=params,
                provider=provider,
                verify_help_url=LOGIN_GOV_SANDBOX.verify_help_url,
                contact_url=LOGIN_GOV_SANDBOX.contact_url,
                help=agency_help(),
            )
        else:
            html = signed_out_page(page=params, sign_in_href=back)
        return HTMLResponse(html)

    return show
