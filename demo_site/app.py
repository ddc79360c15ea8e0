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
from components.page import Page
from demo_site import gallery
from demo_site.security import SecurityHeadersMiddleware
from i18n import gettext

HERE = Path(__file__).parent
ASSET_URL = "/static/frontdoor"


def demo_page(title: str, path: str) -> Page:
    """The layout settings every demo page shares, with the navigation item for ``path`` marked."""
    navigation = [
        {"text": gettext("Home"), "href": "/", "current": path == "/"},
        {"text": gettext("Components"), "href": "/components", "current": path.startswith("/components")},
    ]
    return Page(
        title=gettext("%(title)s - Front Door", title=title),
        service_name="Front Door",
        service_href="/",
        agency_name=gettext("Front Door demo agency"),
        agency_href="/",
        navigation=navigation,
        asset_url=ASSET_URL,
    )


def _templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=HERE / "templates")
    components.install(templates.env)
    templates.env.globals["demo_page"] = demo_page
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

    async def not_found(request: Request, exc: HTTPException) -> Response:
        return templates.TemplateResponse(
            request, "error.html", {"status": exc.status_code}, status_code=exc.status_code
        )

    async def server_error(request: Request, exc: Exception) -> Response:
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
        middleware=[Middleware(SecurityHeadersMiddleware)],
        exception_handlers={HTTPException: not_found, 500: server_error},
    )
    app.state.templates = templates
    return app
