"""The demo site's Starlette application: ``create_app()``."""

from __future__ import annotations

import hashlib
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx2
from markupsafe import Markup
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates
from starlette.types import ASGIApp

import components
import feedback_widget
from components.assets import BUNDLE_NAME, SCRIPT_NAME, STATIC_DIR, css_bundle, script_bundle
from components.language_selector import LanguageSelector
from components.page import Page
from demo_site import agency_pages, disaster_help, gallery, identity
from demo_site.security import SecurityHeadersMiddleware, security_headers
from feedback_widget import admin as feedback_admin
from feedback_widget import jinja_global as feedback_jinja
from feedback_widget import web as feedback_web
from feedback_widget.problems import problem_for_exception
from feedback_widget.protection import safe_return_path
from feedback_widget.service import FeedbackService
from feedback_widget.store.drafts import SqlDrafts
from feedback_widget.web import DEFAULT_API_PREFIX, DEFAULT_PREFIX
from feedback_widget.web.shared import FeedbackWeb
from i18n import current_locale, gettext, load_translations, negotiate, use_locale
from i18n.locales import LOCALES, locale_info
from i18n.middleware import COOKIE_NAME, LocaleMiddleware, route_path

HERE = Path(__file__).parent
FEEDBACK_DIR = Path(feedback_widget.__file__).parent
ASSET_URL = "/static/frontdoor"
API_ROOT = "/api"
LOCALE_PREFIXES = {info.url_prefix.strip("/") for info in LOCALES.values()} - {""}


def demo_page(title: str, request: Request, main_attributes: dict[str, str] | None = None) -> Page:
    """The layout every demo page shares: navigation with the current item marked, the language
    selector, and the page title; ``main_attributes`` go on its ``<main>``."""
    home_title = gettext("Front Door")  # the home page: the name alone, not "Front Door - Front Door"
    return Page(
        # Translators: the title of every demo page: %(title)s is what the page is about.
        title=title if title == home_title else gettext("%(title)s - Front Door", title=title),
        main_attributes=main_attributes or {},
        **demo_chrome(request),
    )


def demo_chrome(request: Request) -> dict[str, Any]:
    """The params of :class:`Page` that every demo page shares (all but its title and content)."""
    # The root before any mount: the language prefix, also on the pages of a mounted flow.
    root = request.scope.get("app_root_path", request.scope.get("root_path", ""))
    path = _route_path(request)
    navigation = [
        {"text": gettext("Home"), "href": root + "/", "current": path == "/"},
        {
            "text": gettext("Components"),
            "href": root + "/components",
            "current": path.startswith("/components"),
        },
        {
            "text": gettext("Feedback"),
            "href": root + "/patterns/feedback",
            "current": path.startswith("/patterns/feedback"),
        },
        {
            "text": gettext("Accessibility"),
            "href": root + "/accessibility",
            "current": path == "/accessibility",
        },
    ]
    selector = LanguageSelector.for_locales(
        current_locale(), lambda code: LOCALES[code].url_prefix + path, variant="list"
    )
    site = gettext("Front Door demo site")
    return dict(
        service_name="Front Door",
        service_href=root + "/",
        agency_name=gettext("Front Door demo agency"),
        agency_href=root + "/",
        navigation=navigation,
        # Not an official government website. Its landmarks have names of their own, so that the examples
        # the gallery frames (a header, a footer, a whole page) never repeat one.
        government_banner=False,
        navigation_label=gettext("Demo site menu"),
        footer_navigation_label=gettext("About the demo agency"),
        header_attributes={"aria-label": site},
        footer_attributes={"aria-label": site},
        header_extra_html=selector,
        asset_url=ASSET_URL,
    )


def _feedback_form(feedback: FeedbackService, touchpoint: str) -> Callable[[Request], Markup]:
    """The feedback form of ``touchpoint``, for the end of a flow: how was it?"""
    web = FeedbackWeb(
        feedback, prefix=DEFAULT_PREFIX, api_prefix=DEFAULT_API_PREFIX, asset_url="", css_url=""
    )
    found = feedback.touchpoints.get(touchpoint)

    def form(request: Request) -> Markup:
        return web.widget(
            request, found, return_to=safe_return_path(request.url.path), heading_level=2
        ).render()

    return form


def _route_path(request: Request) -> str:
    # Errors are handled outside the locale middleware, which is what normally sets this.
    return getattr(request.state, "locale_route_path", None) or route_path(request.scope)


def english_path(request: Request) -> str:
    """The English version of the current page."""
    return LOCALES["en"].url_prefix + _route_path(request)


def _templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=HERE / "templates")
    components.install(templates.env)
    templates.env.globals.update(
        demo_page=demo_page,
        english_path=english_path,
        current_locale=current_locale,
        locale_info=lambda: locale_info(current_locale()),
    )
    return templates


def _bundle_response(text: str, media_type: str = "text/css") -> Response:
    etag = hashlib.sha256(text.encode()).hexdigest()[:16]

    async def bundle(request: Request) -> Response:
        if request.headers.get("if-none-match") == etag:
            return Response(status_code=304, headers={"ETag": etag})
        return Response(
            text, media_type=media_type, headers={"ETag": etag, "Cache-Control": "public, max-age=300"}
        )

    return bundle  # type: ignore[return-value]


def _feedback_routes(service: FeedbackService) -> list[BaseRoute]:
    """The feedback widget: its embed script and styles, its public routes, and the admin area."""
    # Inside the embed script's shadow root, :root matches nothing: the tokens go on :host too.
    widget_css = (FEEDBACK_DIR / "feedback.css").read_text(encoding="utf-8")
    embed_css = (css_bundle() + "\n" + widget_css).replace(":root{", ":root,:host{")
    return [
        Route("/feedback/embed.js", _static_file(FEEDBACK_DIR / "static" / "embed.js")),
        Route("/feedback/embed.css", _bundle_response(embed_css)),
        Route("/feedback/embed-demo.html", _static_file(FEEDBACK_DIR / "static" / "embed-demo.html")),
        Route("/feedback/embed-demo.css", _static_file(FEEDBACK_DIR / "static" / "embed-demo.css")),
        *feedback_web.routes(service, asset_url=ASSET_URL),
        *feedback_admin.routes(service),
    ]


def _static_file(path: Path) -> Callable[[Request], Awaitable[Response]]:
    async def serve(request: Request) -> Response:
        return FileResponse(path)

    return serve


class DemoApp(Starlette):
    """The demo's Starlette app, with the security headers outside everything else: on the 500 page
    that Starlette's outermost error middleware sends, too."""

    form_targets: tuple[str, ...] = ()
    """Origins other than the demo's that its forms lead to: the identity provider's, when one is set."""

    def build_middleware_stack(self) -> ASGIApp:
        return SecurityHeadersMiddleware(
            super().build_middleware_stack(), security_headers(self.form_targets)
        )


def is_api_request(request: Request) -> bool:
    """Whether the request is for a JSON API (under ``/api/``, after any language prefix): its errors
    are answered as problem documents."""
    path = request.url.path
    first, _, rest = path.lstrip("/").partition("/")
    if first.lower() in LOCALE_PREFIXES:
        path = "/" + rest
    return path == API_ROOT or path.startswith(API_ROOT + "/")


def create_app(*, debug: bool = False, feedback: FeedbackService | None = None) -> Starlette:
    """Build the demo site: home, gallery, a page and previews per component, static files, and the
    feedback widget (its store from ``FRONTDOOR_DATABASE_URL``, default a local SQLite file)."""
    feedback = feedback or FeedbackService.from_environment()
    templates = _templates()
    feedback_jinja.install(templates.env, feedback)
    load_translations()

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        if is_api_request(request):
            return problem_for_exception(exc)
        return templates.TemplateResponse(
            request,
            "error.html",
            {"status": exc.status_code},
            status_code=exc.status_code,
            headers=exc.headers,
        )

    async def server_error(request: Request, exc: Exception) -> Response:
        # Outside the locale middleware: the language is worked out again, from the headers.
        locale = negotiate(request.headers.get("accept-language"), request.cookies.get(COOKIE_NAME))
        with use_locale(locale):
            if is_api_request(request):
                return problem_for_exception(exc)
            return templates.TemplateResponse(request, "error.html", {"status": 500}, status_code=500)

    def service_chrome(request: Request) -> dict[str, Any]:
        chrome = demo_chrome(request)
        extra = Markup("").join([chrome["header_extra_html"], identity.signed_in_extra(sign_in, request)])
        return {**chrome, "service_name": gettext(disaster_help.FLOW.title), "header_extra_html": extra}

    secret_key = feedback.settings.secret_key.get_secret_value()
    sign_in = identity.sign_in_routes(feedback.store.engine, secret_key, service_chrome)
    routes = [
        Route("/", gallery.home, name="home"),
        Route("/components", gallery.index, name="gallery"),
        Route("/components/{name}", gallery.component_page, name="component"),
        Route("/components/{name}/{slug}/preview", gallery.preview, name="preview"),
        Route("/components/{name}/{slug}/open", gallery.preview_options, name="preview_options"),
        Route("/components/{name}/{slug}/narrow", gallery.narrow_preview, name="narrow_preview"),
        Route("/patterns/feedback", gallery.feedback_pattern, name="feedback_pattern"),
        Route("/accessibility", gallery.accessibility_page, name="accessibility"),
        Route("/accessibility/conformance", gallery.conformance_page, name="conformance"),
        Route(
            "/accessibility/conformance/{name}",
            gallery.conformance_component_page,
            name="conformance_component",
        ),
        *agency_pages.routes(retention_days=feedback.settings.retention_days),
        *disaster_help.routes(
            SqlDrafts(feedback.store.engine),
            secret_key,
            page=service_chrome,
            start=gallery.disaster_help_start,
            confirmation_extra=_feedback_form(feedback, "demo-benefits"),
            accounts=sign_in.for_flows(prefill=identity.email_to_prefill) if sign_in else None,
        ),
        *identity.routes(sign_in, service_chrome),
        *_feedback_routes(feedback),
        Route(f"{ASSET_URL}/{BUNDLE_NAME}", _bundle_response(css_bundle()), name="stylesheet"),
        Route(f"{ASSET_URL}/{SCRIPT_NAME}", _bundle_response(script_bundle(), "text/javascript")),
        Mount(ASSET_URL, StaticFiles(directory=STATIC_DIR), name="frontdoor_static"),
        Mount("/static/demo", StaticFiles(directory=HERE / "static"), name="demo_static"),
    ]
    app = DemoApp(
        debug=debug,
        routes=routes,
        middleware=[Middleware(LocaleMiddleware)],
        exception_handlers={HTTPException: http_error, 500: server_error},
    )
    app.state.templates = templates
    app.state.sign_in_provider = sign_in.client.profile.name if sign_in else None
    if sign_in is not None:  # signing out posts a form that leads on to the provider's sign-out page
        issuer = httpx2.URL(sign_in.client.profile.issuer)
        app.form_targets = (f"{issuer.scheme}://{issuer.netloc.decode()}",)
    return app
