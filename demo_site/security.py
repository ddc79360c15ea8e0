"""Security headers on every response, as pure ASGI middleware (works for any Starlette app)."""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send


def content_security_policy(form_targets: tuple[str, ...] = ()) -> str:
    """The policy: everything from this origin only, no inline script or style. ``form_targets``: other
    origins a form may lead to, through a redirect too (the identity provider, after signing out)."""
    return "; ".join(
        [
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            " ".join(["form-action 'self'", *form_targets]),
            "frame-ancestors 'self'",
        ]
    )


CONTENT_SECURITY_POLICY = content_security_policy()


def security_headers(form_targets: tuple[str, ...] = ()) -> dict[str, str]:
    """The headers every response carries; ``form_targets`` as for :func:`content_security_policy`."""
    return {
        "Content-Security-Policy": content_security_policy(form_targets),
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "strict-origin-when-cross-origin",
        "X-Frame-Options": "SAMEORIGIN",
        "Cross-Origin-Opener-Policy": "same-origin",
        "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
    }


SECURITY_HEADERS = security_headers()


class SecurityHeadersMiddleware:
    """Adds a strict Content-Security-Policy (no inline script or style) and related headers."""

    def __init__(self, app: ASGIApp, headers: dict[str, str] | None = None) -> None:
        self.app = app
        self.headers = headers or SECURITY_HEADERS

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in self.headers.items():
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, send_with_headers)
