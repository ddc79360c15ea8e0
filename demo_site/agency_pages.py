"""The pages every federal website links to from its footer, for the demo's made-up agency.

The footer builds its required links (``components.footer.REQUIRED_LINK_PATHS``) under the agency's
address, which on the demo is the site itself. Each page here says what it holds on a real agency
site and why it is required, and that the demo agency has none of its own. The accessibility
statement is the demo's own page (``gallery.accessibility_page``), so it is not here.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from components.footer import REQUIRED_LINK_PATHS
from feedback_widget.settings import FeedbackSettings
from i18n.formatting import format_number

OWN_PAGES = {"accessibility"}
"""Required links the demo serves elsewhere, with content of its own."""
PAGE_KEYS = tuple(key for key in REQUIRED_LINK_PATHS if key not in OWN_PAGES)
"""The required links served here, as keys of ``REQUIRED_LINK_PATHS``; each has ``agency/<key>.html``."""
DEFAULT_RETENTION_DAYS: int = FeedbackSettings.model_fields["retention_days"].default
"""How long the feedback widget keeps responses when ``FRONTDOOR_RETENTION_DAYS`` is not set."""


def _page(template: str, context: Callable[[], dict[str, Any]]) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        response: Response = request.app.state.templates.TemplateResponse(request, template, context())
        return response

    return endpoint


def routes(*, retention_days: int = DEFAULT_RETENTION_DAYS) -> list[BaseRoute]:
    """A route per required footer link the demo has no page for (``/about``, ``/foia``...), named
    ``agency_<key>``. ``retention_days`` is what the privacy page says the feedback widget keeps
    responses for: give the running widget's ``settings.retention_days``."""

    def privacy() -> dict[str, Any]:
        # Formatted per request, in the request's language; the count picks the plural form.
        return {"retention_days": retention_days, "retention_days_text": format_number(retention_days)}

    contexts: dict[str, Callable[[], dict[str, Any]]] = {"privacy": privacy}
    return [
        Route(
            f"/{REQUIRED_LINK_PATHS[key]}",
            _page(f"agency/{key}.html", contexts.get(key, dict)),
            name=f"agency_{key}",
        )
        for key in PAGE_KEYS
    ]
