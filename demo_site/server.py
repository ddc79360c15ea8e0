"""How ``frontdoor demo`` runs the site: uvicorn, with its own error answers carrying the security
headers and with forwarded headers ignored (the demo is reached directly, never through a proxy)."""

from __future__ import annotations

from typing import Any

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from demo_site.security import SECURITY_HEADERS


class SecureH11Protocol(H11Protocol):
    """uvicorn's HTTP/1.1 protocol, whose own "400 Bad Request" (sent for a request it cannot parse,
    before any app sees it) carries the same security headers as every page of the app."""

    def send_400_response(self, msg: str) -> None:
        headers = [
            (b"content-type", b"text/plain; charset=utf-8"),
            (b"connection", b"close"),
            *((name.encode("ascii"), value.encode("ascii")) for name, value in SECURITY_HEADERS.items()),
        ]
        for event in (
            h11.Response(status_code=400, headers=headers, reason=b"Bad Request"),
            h11.Data(data=msg.encode("ascii")),
            h11.EndOfMessage(),
        ):
            self.transport.write(self.conn.send(event))
        self.transport.close()


def server_options() -> dict[str, Any]:
    """The uvicorn settings the demo runs with (also used by the tests that start it)."""
    return {"http": SecureH11Protocol, "proxy_headers": False, "server_header": False}


def run(host: str, port: int) -> None:
    """Serve the demo site on ``host:port`` until interrupted."""
    uvicorn.run(
        "demo_site:create_app", factory=True, host=host, port=port, log_level="warning", **server_options()
    )
