"""The demo site's Starlette application: ``create_app()``."""

from __future__ import annotations

import hashlib
from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

import components
from components.assets import BUNDLE_NAME, STATIC_DIR, css_bundle
from components.language_selector import LanguageSelector
from components.page import Page
from demo_site import gallery
from demo_site.security import SecurityHeadersMiddleware
from i18n import current_locale, gettext, load_translations, negotiate, use_locale
from i18n.locales import LOCALES, locale_info
from i18n.middleware import COOKIE_NAME, LocaleMiddleware, route_path

HERE = Path(__file__).parent
ASSET_URL = "/static/frontdoor"


def demo_page(title: str, request: Request) -> Page:
    """The layout every demo page shares: navigation with the current item marked, the language
    selector, and the page title."""
    root = request.scope.get("root_path", "")
    path = _route_path(request)
    navigation = [
        {"text": gettext("Home"), "href": root + "/", "current": path == "/"},
        {
            "text": gettext("Components"),
            "href": root + "/components",
            "current": path.startswith("/components"),
        },
    ]
    selector = LanguageSelector.for_locales(
        current_locale(), lambda code: LOCALES[code].url_prefix + path, variant="list"
    )
    return Page(
        # Translators: the title of every demo page: %(title)s is what the page is about.
        title=gettext("%(title)s - Front Door", title=title),
        service_name="Front Door",
        service_href=root + "/",
        agency_name=gettext("Front Door demo agency"),
        agency_href=root + "/",
        navigation=navigation,
        header_extra_html=selector,
        asset_url=ASSET_URL,
    )


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
        demo_page=demo_page, english_path=english_path, locale_info=lambda: locale_info(current_locale())
    )
    return templates


def _css_response(css: str) -> Response:
    etag = hashlib.sha256(css.encode()).hexdigest()[:16]

    async def stylesheet(request: Request) -> Response:
        if request.headers.get("if-none-match") == etag:
            return Response(status_code=304, headers={"ETag": etag})
        return Response(
            css, media_type="text/css", headers={"ETag": etag, "Cache-Control": "public, max-age=300"}
        )

    return stylesheet  # type: ignore[return-value]


def create_app(*, debug: bool = False) -> Starlette:
    """Build the demo site: home, gallery, a page and previews per component, static files."""
    templates = _templates()
    load_translations()

    async def not_found(request: Request, exc: HTTPException) -> Response:
        return templates.TemplateResponse(
            request, "error.html", {"status": exc.status_code}, status_code=exc.status_code
        )

    async def server_error(request: Request, exc: Exception) -> Response:
        locale = negotiate(request.headers.get("accept-language"), request.cookies.get(COOKIE_NAME))
        with use_locale(locale):
            return templates.TemplateResponse(request, "error.html", {"status": 500}, status_code=500)

    routes = [
        Route("/", gallery.home, name="home"),
        Route("/components", gallery.index, name="gallery"),
        Route("/components/{name}", gallery.component_page, name="component"),
        Route("/components/{name}/{slug}/preview", gallery.preview, name="preview"),
        Route(f"{ASSET_URL}/{BUNDLE_NAME}", _css_response(css_bundle()), name="stylesheet"),
        Mount(ASSET_URL, StaticFiles(directory=STATIC_DIR), name="frontdoor_static"),
        Mount("/static/demo", StaticFiles(directory=HERE / "static"), name="demo_static"),
    ]
    app = Starlette(
        debug=debug,
        routes=routes,
        middleware=[Middleware(SecurityHeadersMiddleware), Middleware(LocaleMiddleware)],
        exception_handlers={HTTPException: not_found, 500: server_error},
    )
    app.state.templates = templates
    return app
