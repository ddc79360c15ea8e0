"""ASGI middleware that sets the locale of each request (works with any Starlette or FastAPI app).

The order: a URL prefix (``/es/...``: the app then sees ``/es`` as its root path, so its own
``url_for`` keeps the prefix), then a ``lang`` query parameter, then the cookie that remembers
an explicit choice, then ``Accept-Language``, then English. Responses say which language they
are in (``Content-Language``) and what they depend on (``Vary``).
"""

from __future__ import annotations

from urllib.parse import parse_qs

from starlette.datastructures import MutableHeaders
from starlette.requests import cookie_parser
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from i18n.locale import use_locale
from i18n.locales import LOCALES
from i18n.negotiation import match_locale, negotiate

COOKIE_NAME = "frontdoor_lang"
ONE_YEAR = 365 * 24 * 3600
_PREFIXES = {info.url_prefix.strip("/"): code for code, info in LOCALES.items()}


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key == name:
            return value.decode("latin-1")
    return None


def route_path(scope: Scope) -> str:
    """The request's path inside the app (without its root path or a language prefix)."""
    path, root = scope.get("path", "/"), scope.get("root_path", "")
    return path[len(root) :] or "/" if root and path.startswith(root) else path


class LocaleMiddleware:
    """Negotiates the locale, makes it current for the request, and remembers explicit choices."""

    def __init__(self, app: ASGIApp, *, cookie_name: str = COOKIE_NAME, secure_cookie: bool = False) -> None:
        self.app = app
        self.cookie_name = cookie_name
        self.secure_cookie = secure_cookie

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        inner_path = route_path(scope)
        first = inner_path.split("/", 2)[1] if inner_path.startswith("/") else ""
        chosen = _PREFIXES.get(first.lower())
        if chosen:
            scope = {**scope, "root_path": scope.get("root_path", "") + "/" + first}
            inner_path = route_path(scope)
        else:
            query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
            chosen = match_locale(query.get("lang", [None])[0])
        # Browsers send cookies that the strict http.cookies grammar refuses (`AMCV_ABC@AdobeOrg=1`):
        # read them as browsers write them.
        remembered = cookie_parser(_header(scope, b"cookie") or "").get(self.cookie_name)
        locale = negotiate(_header(scope, b"accept-language"), remembered, chosen)
        scope.setdefault("state", {}).update(locale=locale, locale_route_path=inner_path)

        async def send_with_language(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers["Content-Language"] = locale
                headers.add_vary_header("Accept-Language")
                headers.add_vary_header("Cookie")
                if chosen and chosen != remembered:
                    secure = "; Secure" if self.secure_cookie else ""
                    headers.append(
                        "Set-Cookie",
                        f"{self.cookie_name}={chosen}; Path=/; Max-Age={ONE_YEAR}; SameSite=Lax{secure}",
                    )
            await send(message)

        with use_locale(locale):
            await self.app(scope, receive, send_with_language)
