"""What the widget's form pages, JSON API and Jinja global share: where the routes are mounted, the
touchpoint a request names, the form's action and token, the rendered form, and the intake."""

from __future__ import annotations

from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request

from feedback_widget.markup import FeedbackWidget
from feedback_widget.protection import FormTokens, client_address, rate_limit_key
from feedback_widget.service import FeedbackService
from feedback_widget.store.models import Intake, Outcome
from feedback_widget.touchpoints import Touchpoint, UnknownTouchpoint
from i18n import current_locale


class FeedbackWeb:
    """The state the routes share: the service, the form-token signer, where things are served."""

    def __init__(
        self, service: FeedbackService, *, prefix: str, api_prefix: str, asset_url: str, css_url: str
    ) -> None:
        self.service = service
        self.prefix = prefix.rstrip("/")
        self.api_prefix = api_prefix.rstrip("/")
        self.asset_url = asset_url
        self.css_url = css_url
        self.tokens = FormTokens(service.settings.secret_key.get_secret_value(), clock=service.clock)

    def touchpoint(self, request: Request) -> Touchpoint:
        """The touchpoint named in the request's path; 404 when there is none."""
        try:
            return self.service.touchpoints.get(request.path_params["touchpoint"])
        except UnknownTouchpoint:
            raise HTTPException(404) from None

    def form_action(self, request: Request | None, touchpoint: Touchpoint, *, absolute: bool = False) -> str:
        """Where the form posts: under the request's root path (a language prefix), or absolute."""
        path = f"{self.prefix}/{touchpoint.id}"
        if request is None:
            return path
        if absolute:
            return str(request.base_url).rstrip("/") + path
        return request.scope.get("root_path", "") + path

    def widget(
        self,
        request: Request | None,
        touchpoint: Touchpoint,
        *,
        return_to: str | None,
        heading_level: int = 2,
        htmx: bool = True,
        absolute: bool = False,
        **state: Any,
    ) -> FeedbackWidget:
        """The form of `touchpoint` with a fresh token, in the current locale (``state``: values, errors)."""
        return FeedbackWidget(
            touchpoint=touchpoint,
            question_set=self.service.touchpoints.question_set(touchpoint),
            action=self.form_action(request, touchpoint, absolute=absolute),
            token=self.tokens.issue(touchpoint.id),
            locale=current_locale(),
            return_to=return_to,
            heading_level=heading_level,
            htmx=htmx,
            **state,
        )

    async def take_in(self, request: Request, intake: Intake | None) -> Outcome:
        """Count this post against its client's rate limit and store `intake`'s submission, if any,
        committed.

        An invalid post (no submission) still counts, so a client over its limit always hears so first.
        """
        settings = self.service.settings
        address = client_address(
            request.client.host if request.client else None,
            request.headers.get("x-forwarded-for"),
            settings.trusted_proxies,
        )
        key = rate_limit_key(settings.secret_key.get_secret_value(), address)
        return await self.service.take_in(key, intake)


def is_htmx(request: Request) -> bool:
    """Whether htmx sent the request (it swaps the answer in place of the form)."""
    return request.headers.get("hx-request") == "true"
