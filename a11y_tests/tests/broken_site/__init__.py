"""A small static site in which each page has one accessibility bug, for proving the checks catch them.

``good.html`` has no known bug and passes every check and axe. The others each break one thing:

==========================  ==========================================================
page                        the bug, and the check that must catch it
==========================  ==========================================================
``no-focus-style.html``     a link whose focus outline is removed: keyboard (2.4.7)
``keyboard-trap.html``      a script sends focus back to a field: keyboard (2.1.2)
``unreachable.html``        a link with ``tabindex="-1"``: keyboard (2.1.1)
``tab-order.html``          a positive ``tabindex`` out of page order: keyboard (2.4.3)
``wide.html``               a 1000 px wide box: reflow (1.4.10)
``clipped-text.html``       a fixed-height ``overflow: hidden`` box: text spacing (1.4.12)
``forced-colors.html``      a borderless button with a shadow-only focus: forced colours
``motion.html``             an endless animation: reduced motion
``basics.html``             no ``lang``, the title "Document", two h1s, a skipped level: basics
``needs-js.html``           content drawn by script, a form with no submit, a JS-only button
``axe.html``                an image without ``alt`` and an unlabelled input: axe
``form-500.html``           a good page whose form posts to ``/explode`` (a 500): no-JS
==========================  ==========================================================

``index.html`` links every page, for crawlers. ``/submitted`` answers any form with a 200 page and
``/explode`` always answers 500.
"""

from __future__ import annotations

from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse
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


async def _submitted(request: Request) -> HTMLResponse:
    return HTMLResponse(_PAGE.format(title="Form received", text="Thank you. We have your answers."))


async def _explode(request: Request) -> HTMLResponse:
    return HTMLResponse(
        _PAGE.format(title="Server error", text="Something went wrong on our side."), status_code=500
    )


def broken_site_app() -> Starlette:
    """The broken site as an ASGI app: the static pages, ``/submitted`` (200) and ``/explode`` (500)."""
    return Starlette(
        routes=[
            Route("/submitted", _submitted, methods=["GET", "POST"]),
            Route("/explode", _explode, methods=["GET", "POST"]),
            Mount("/", StaticFiles(directory=SITE_DIR, html=True)),
        ]
    )
