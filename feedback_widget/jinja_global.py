"""The ``feedback()`` global for any Jinja environment: ``{{ feedback(touchpoint="demo-benefits") }}``.

    from feedback_widget import jinja_global
    jinja_global.install(templates.env, service)     # Starlette's Jinja2Templates(...).env

The call renders the form inline, server-side, in the current locale. With a ``request`` in the
template's context (Starlette's ``TemplateResponse`` puts it there) the form posts under the
request's root path (keeping a language prefix such as ``/es``) and brings the person back to
this page after the thank-you page. Give the same ``prefix`` as to :func:`feedback_widget.web.routes`.
"""

from __future__ import annotations

from typing import Any

from jinja2 import Environment, pass_context
from jinja2.runtime import Context
from markupsafe import Markup

from feedback_widget.protection import safe_return_path
from feedback_widget.service import FeedbackService
from feedback_widget.web import DEFAULT_API_PREFIX, DEFAULT_PREFIX
from feedback_widget.web.shared import FeedbackWeb


def install(
    env: Environment,
    service: FeedbackService,
    *,
    prefix: str = DEFAULT_PREFIX,
    name: str = "feedback",
) -> Environment:
    """Add the ``feedback(touchpoint=..., heading_level=2)`` global to ``env``."""
    web = FeedbackWeb(service, prefix=prefix, api_prefix=DEFAULT_API_PREFIX, asset_url="", css_url="")

    @pass_context
    def feedback(context: Context, touchpoint: str, heading_level: int = 2) -> Markup:
        """The feedback form of ``touchpoint`` (an id); unknown ids raise ``UnknownTouchpoint``."""
        request: Any = context.get("request")
        found = service.touchpoints.get(touchpoint)
        return_to = safe_return_path(request.url.path) if request is not None else None
        return web.widget(request, found, return_to=return_to, heading_level=heading_level).render()

    env.globals[name] = feedback
    return env
