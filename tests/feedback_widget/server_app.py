"""A small ASGI app with only the feedback widget's routes, served by uvicorn in the process tests
and in ``bench/feedback.py``.

    FRONTDOOR_DATABASE_URL=sqlite:///tmp/fd.db uvicorn tests.feedback_widget.server_app:create_app --factory

It serves ``feedback_widget.web.routes`` over :meth:`FeedbackService.from_environment` (so every
``FRONTDOOR_*`` variable applies, and the database is migrated at start-up) behind the locale
middleware, plus ``POST /bare``: an endpoint that reads a JSON body and answers 201 ``{"id": "x"}``
without touching the database, the baseline that the bench compares submissions with. With
``FD_TEST_CLOCK`` set to an ISO 8601 time, the app's clock stands still at that time.
"""

from __future__ import annotations

import json
import os
from datetime import datetime

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from feedback_widget import web
from feedback_widget.clock import SYSTEM_CLOCK, Clock
from feedback_widget.service import FeedbackService
from i18n import load_translations
from i18n.middleware import LocaleMiddleware
from tests.feedback_widget.clock import FakeClock

CLOCK_VARIABLE = "FD_TEST_CLOCK"


async def bare(request: Request) -> Response:
    """Read and parse the JSON body, store nothing: the cost of the HTTP and framework layers alone."""
    try:
        json.loads(await request.body())
    except ValueError:
        return JSONResponse({"errors": {"body": "Send JSON."}}, status_code=422)
    return JSONResponse({"id": "x"}, status_code=201)


def create_app() -> Starlette:
    """The widget's routes from the environment, and ``POST /bare``, behind the locale middleware."""
    frozen = os.environ.get(CLOCK_VARIABLE)
    clock: Clock = FakeClock(datetime.fromisoformat(frozen)) if frozen else SYSTEM_CLOCK
    service = FeedbackService.from_environment(clock)
    load_translations()
    return Starlette(
        routes=[*web.routes(service), Route("/bare", bare, methods=["POST"])],
        middleware=[Middleware(LocaleMiddleware)],
    )
