"""The feedback widget's routes for a Starlette app: the form pages and the JSON API.

    from feedback_widget import jinja_global, web
    from feedback_widget.service import FeedbackService

    service = FeedbackService.from_environment()
    app = Starlette(routes=[*web.routes(service), ...], middleware=[Middleware(LocaleMiddleware)])
    jinja_global.install(templates.env, service)     # then {{ feedback(touchpoint="demo-benefits") }}

Routes (``prefix`` defaults to ``/feedback``, ``api_prefix`` to ``/api/feedback``):

- ``GET {prefix}/{touchpoint}``: the hosted page, for links in emails and receipts;
- ``POST {prefix}/{touchpoint}``: the form post (no JavaScript: 303 to the thank-you page; htmx:
  the thank-you fragment in place of the form);
- ``GET {prefix}/{touchpoint}/thanks``: the thank-you page, with a link back (``return_to``);
- ``GET {prefix}/assets/feedback.css``: the widget's styles;
- ``POST {api_prefix}/{touchpoint}``: the JSON API, with ``Idempotency-Key`` and CORS for the
  touchpoint's allowed origins;
- ``GET {api_prefix}/{touchpoint}/widget``: the form as an HTML fragment, for the embed script.

The HTML routes are in :mod:`.form_pages`, the API in :mod:`.api`; both take answers through
:mod:`feedback_widget.intake`.
"""

from __future__ import annotations

from starlette.routing import BaseRoute

from feedback_widget.service import FeedbackService
from feedback_widget.web.api import JsonApi
from feedback_widget.web.form_pages import FormPages
from feedback_widget.web.shared import FeedbackWeb

DEFAULT_PREFIX = "/feedback"
DEFAULT_API_PREFIX = "/api/feedback"


def routes(
    service: FeedbackService,
    prefix: str = DEFAULT_PREFIX,
    *,
    api_prefix: str = DEFAULT_API_PREFIX,
    asset_url: str = "/static/frontdoor",
    css_url: str | None = None,
) -> list[BaseRoute]:
    """The widget's routes, to add to a Starlette app (with :class:`i18n.middleware.LocaleMiddleware`).

    ``asset_url`` is where Front Door's static files are served (for the hosted pages' layout);
    ``css_url`` where the widget's styles are (default: the route ``{prefix}/assets/feedback.css``).
    """
    web = FeedbackWeb(
        service,
        prefix=prefix,
        api_prefix=api_prefix,
        asset_url=asset_url,
        css_url=css_url or f"{prefix.rstrip('/')}/assets/feedback.css",
    )
    return [*FormPages(web).routes(), *JsonApi(web).routes()]
