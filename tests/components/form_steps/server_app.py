"""A small ASGI app for ``bench/form_steps.py``: the shared test flow mounted at ``/help`` (drafts in
the database at ``FRONTDOOR_DATABASE_URL``, migrated at start-up), and ``/bare``: a Starlette endpoint
that parses the same form and renders one Jinja template, the baseline the bench compares with.

    FRONTDOOR_DATABASE_URL=sqlite:///tmp/fd.db \
        uvicorn tests.components.form_steps.server_app:create_app --factory
"""

from __future__ import annotations

import os
from datetime import date

from jinja2 import Environment
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Mount, Route

from components.form_steps.starlette import FlowRoutes
from feedback_widget.store import Store, migrate
from feedback_widget.store.drafts import SqlDrafts
from tests.components.form_steps.flows import help_flow

BARE_PAGE = Environment(autoescape=True).from_string(
    "<!doctype html><html lang=en><title>{{ question }}</title><main><form method=post novalidate>"
    "<fieldset><legend><h1>{{ question }}</h1></legend>"
    "{% for value in ('yes', 'no') %}<input type=radio name=in-us value={{ value }}"
    "{% if value == chosen %} checked{% endif %}>{% endfor %}</fieldset><button>Continue</button>"
    "</form></main>"
)


async def bare(request: Request) -> Response:
    """Parse the form (on a post) and render one template: the HTTP and framework layers alone."""
    chosen = ""
    if request.method == "POST":
        form = await request.form()
        chosen = str(form.get("in-us") or "")
    return HTMLResponse(BARE_PAGE.render(question="Do you live in the United States?", chosen=chosen))


async def ready(request: Request) -> Response:
    """201: the server is up (what the launcher in ``tests/servers.py`` waits for)."""
    return Response(status_code=201)


def create_app() -> Starlette:
    """The flow at ``/help`` over the database, and ``/bare``."""
    url = os.environ["FRONTDOOR_DATABASE_URL"]
    migrate(url)
    store = Store(url)
    routes = FlowRoutes(
        help_flow(),
        drafts=SqlDrafts(store.engine),
        secret_key=os.environ.get("FRONTDOOR_SECRET_KEY", "bench-secret-key"),
        today=lambda: date(2026, 12, 3),
        secure_cookie=False,
    )
    return Starlette(
        routes=[
            Route("/bare", bare, methods=["GET", "POST"]),
            Route("/ready", ready, methods=["POST"]),
            Mount("/help", routes=routes.routes()),
        ]
    )
