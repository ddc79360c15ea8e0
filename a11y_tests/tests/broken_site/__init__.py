"""A small static site in which each page has one accessibility bug, for proving the checks catch them.

``good.html`` has no known bug and passes every check and axe. The others each break one thing:

============================  ==========================================================
page                          the bug, and the check that must catch it
============================  ==========================================================
``no-focus-style.html``       a link whose focus outline is removed: keyboard (2.4.7)
``keyboard-trap.html``        a script sends focus back to a field: keyboard (2.1.2)
``unreachable.html``          a link with ``tabindex="-1"``: keyboard (2.1.1)
``tab-order.html``            a positive ``tabindex`` out of page order: keyboard (2.4.3)
``wide.html``                 a 1000 px wide box: reflow (1.4.10)
``clipped-text.html``         a fixed-height ``overflow: hidden`` box: text spacing (1.4.12)
``forced-colors.html``        a borderless button with a shadow-only focus: forced colours
``motion.html``               an endless animation: reduced motion
``basics.html``               no ``lang``, the title "Document", two h1s, a skipped level: basics
``needs-js.html``             content drawn by script, a form with no submit, a JS-only button
``axe.html``                  an image without ``alt`` and an unlabelled input: axe
``form-500.html``             a good page whose form posts to ``/explode`` (a 500): no-JS
``frame-same-origin.html``    the bugs of ``axe.html`` in a same-origin frame
                              (``frames/form.html``): axe, frame path ``#ask-frame``
``frame-cross-origin.html``   the same frame from another origin: axe, frame path
                              ``#ask-frame``
``frame-nested.html``         the same frame inside another (``frames/outer.html``):
                              axe, frame path ``#outer-frame``, ``#inner-frame``
``shadow-root.html``          the bugs of ``axe.html`` in the open shadow root of a custom
                              element (``shadow.js``): axe
``frame-refused.html``        a frame whose page refuses to be framed, so nothing can
                              check inside it: axe (``frame-tested``)
``frame-good.html``           no known bug, with a good form in a frame (``frames/good-form.html``)
``frame-keyboard-trap.html``  the trap of ``keyboard-trap.html`` in a frame: keyboard, ``#search-frame``
``frame-focus-style.html``    the link of ``no-focus-style.html`` in a frame: keyboard, ``#hours-frame``
``frame-wide.html``           the box of ``wide.html`` in a frame: reflow, ``#fees-frame``
``frame-basics.html``         a frame with no ``title``, its page with no ``lang``: basics
============================  ==========================================================

``index.html`` links every page, for crawlers. ``/submitted`` answers any form with a 200 page and
``/explode`` always answers 500. ``/frame-cross-origin.html`` is made per request, to point its frame
at the other origin (``broken_site_app(frame_origin=...)``); ``/refuses-frames`` answers with headers
that forbid showing it in a frame. The pages in ``frames/`` are the documents shown in frames.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

SITE_DIR = Path(__file__).parent

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} &ndash; Front Door broken site</title>
<link rel="stylesheet" href="/site.css">
</head>
<body>
<header>
<p><a href="/index.html">Front Door broken site</a></p>
</header>
<main id="main">
<h1>{title}</h1>
<p>{text}</p>
</main>
<footer>
<p>A test site with one accessibility bug per page.</p>
</footer>
</body>
</html>
"""


_CROSS_ORIGIN_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ask a librarian from anywhere &ndash; Front Door broken site</title>
<link rel="stylesheet" href="/site.css">
</head>
<body>
<header>
<p><a href="/index.html">Front Door broken site</a></p>
</header>
<main id="main">
<h1>Ask a librarian from anywhere</h1>
<p>Our question form, served by the library's help desk.</p>
<iframe id="ask-frame" src="{frame_origin}/frames/form.html" title="Ask a librarian form" height="280">
</iframe>
</main>
<footer>
<p>A test site with one accessibility bug per page. <a href="/good.html">The page with no bugs</a>.</p>
</footer>
</body>
</html>
"""


def _other_origin(request: Request) -> str:
    """This server under its other loopback name: another origin (and site) to the browser."""
    host = "127.0.0.1" if request.url.hostname == "localhost" else "localhost"
    return f"{request.url.scheme}://{host}:{request.url.port}"


async def _submitted(request: Request) -> HTMLResponse:
    return HTMLResponse(_PAGE.format(title="Form received", text="Thank you. We have your answers."))


async def _explode(request: Request) -> HTMLResponse:
    return HTMLResponse(
        _PAGE.format(title="Server error", text="Something went wrong on our side."), status_code=500
    )


async def _refuses_frames(request: Request) -> Response:
    return HTMLResponse(
        _PAGE.format(title="Branch map", text="Our branches on a map."),
        headers={"X-Frame-Options": "DENY", "Content-Security-Policy": "frame-ancestors 'none'"},
    )


def broken_site_app(frame_origin: str | None = None) -> Starlette:
    """The broken site as an ASGI app: the static pages, ``/submitted`` (200), ``/explode`` (500),
    ``/refuses-frames`` and ``/frame-cross-origin.html``, whose frame comes from ``frame_origin``
    (such as ``http://127.0.0.1:8001``, another server of this app), by default from this server
    under its other loopback name (``localhost`` for ``127.0.0.1``)."""

    async def cross_origin(request: Request) -> HTMLResponse:
        origin = frame_origin.rstrip("/") if frame_origin else _other_origin(request)
        return HTMLResponse(_CROSS_ORIGIN_PAGE.format(frame_origin=escape(origin)))

    return Starlette(
        routes=[
            Route("/submitted", _submitted, methods=["GET", "POST"]),
            Route("/explode", _explode, methods=["GET", "POST"]),
            Route("/refuses-frames", _refuses_frames),
            Route("/frame-cross-origin.html", cross_origin),
            Mount("/", StaticFiles(directory=SITE_DIR, html=True)),
        ]
    )
