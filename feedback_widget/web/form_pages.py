"""The widget's HTML routes: the hosted page, the form post, the thank-you page and the styles.

The form works without JavaScript (post, 303 to the thank-you page, back to where the person was)
and with htmx (the answer is a fragment swapped in place of the form). Every refusal is a short
page or fragment in plain language: a stale or forged form, a post from another site, too much
text, too many posts.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote, urlencode

from markupsafe import Markup
from starlette.datastructures import FormData
from starlette.endpoints import HTTPEndpoint
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from components.page import Page
from components.starlette import BodyTooLarge, parse_form, read_body
from feedback_widget.intake import check_submission
from feedback_widget.markup import (
    CSS_PATH,
    HONEYPOT_FIELD,
    LOCALE_FIELD,
    RETURN_FIELD,
    TOKEN_FIELD,
    render_template,
    render_thanks,
)
from feedback_widget.protection import (
    TokenExpired,
    TokenInvalid,
    TooFast,
    origin_of,
    safe_return_path,
    same_site_or_allowed,
)
from feedback_widget.questions import FeedbackInvalid
from feedback_widget.redaction_urls import redact_url
from feedback_widget.service import RATE_WINDOW_SECONDS
from feedback_widget.touchpoints import Touchpoint
from feedback_widget.web.shared import FeedbackWeb, is_htmx
from i18n import current_locale, gettext, use_locale
from i18n.negotiation import match_locale

FORM_KEY_PREFIX = "form:"
"""A form post's idempotency key is this and its token's nonce: a replayed post stores nothing."""


class FormPages:
    """The hosted page, the form post and the thank-you page of every touchpoint."""

    def __init__(self, web: FeedbackWeb) -> None:
        self.web = web

    def routes(self) -> list[BaseRoute]:
        """``{prefix}/assets/feedback.css``, ``{prefix}/{touchpoint}`` and ``.../thanks``."""
        pages, prefix = self, self.web.prefix

        class HostedForm(HTTPEndpoint):
            """GET: the hosted page; POST: the answers."""

            async def get(self, request: Request) -> Response:
                return await pages.hosted_page(request)

            async def post(self, request: Request) -> Response:
                return await pages.post_form(request)

        return [
            Route(f"{prefix}/assets/feedback.css", self.stylesheet, methods=["GET"], name="feedback_css"),
            Route(
                f"{prefix}/{{touchpoint}}/thanks", self.thanks_page, methods=["GET"], name="feedback_thanks"
            ),
            Route(f"{prefix}/{{touchpoint}}", HostedForm, name="feedback_form"),
        ]

    # Pages

    async def hosted_page(self, request: Request) -> Response:
        """The form on a page of its own, for links in emails and receipts."""
        touchpoint = self.web.touchpoint(request)
        return_to = safe_return_path(request.query_params.get("return_to"))
        widget = self.web.widget(request, touchpoint, return_to=return_to, heading_level=1)
        return self.page(touchpoint, str(widget.question_set.title), widget.render())

    async def thanks_page(self, request: Request) -> Response:
        """The thank-you page, with a link back to ``return_to`` when it is a path on this site."""
        touchpoint = self.web.touchpoint(request)
        return_to = _redacted_return_path(request.query_params.get("return_to"))
        body = render_thanks(touchpoint, return_to=return_to, heading_level=1)
        return self.page(touchpoint, gettext("Thank you for your feedback"), body)

    async def stylesheet(self, request: Request) -> Response:
        """The widget's styles."""
        return FileResponse(CSS_PATH, media_type="text/css", headers={"Cache-Control": "public, max-age=300"})

    def page(self, touchpoint: Touchpoint, title: str, body: Markup, status_code: int = 200) -> HTMLResponse:
        """A whole page in the Front Door layout around ``body``."""
        service_name = str(touchpoint.service_name)
        page = Page(
            # Translators: a page's title: %(title)s is what the page says, %(service)s the service's name.
            title=gettext("%(title)s - %(service)s", title=title, service=service_name),
            service_name=service_name,
            asset_url=self.web.asset_url,
        )
        html = render_template("feedback/page.html", page=page, body=body, css_url=self.web.css_url)
        return HTMLResponse(html, status_code=status_code)

    def message(
        self,
        request: Request,
        touchpoint: Touchpoint,
        heading: str,
        text: str,
        status_code: int,
        *,
        link: tuple[str, str] | None = None,
    ) -> HTMLResponse:
        """A short message instead of the form: a fragment for htmx, else a whole page."""
        htmx = is_htmx(request)
        body = render_template(
            "feedback/message.html",
            wrapper_id=f"fd-feedback-{touchpoint.id}",
            heading=heading,
            text=text,
            heading_level=2 if htmx else 1,
            link_href=link[0] if link else None,
            link_text=link[1] if link else None,
        )
        if htmx:
            return HTMLResponse(body, status_code=status_code)
        return self.page(touchpoint, heading, body, status_code)

    def form_again(
        self,
        request: Request,
        touchpoint: Touchpoint,
        status_code: int,
        *,
        return_to: str | None,
        **state: Any,
    ) -> HTMLResponse:
        """The form again, with its errors: the fragment for htmx, else the hosted page."""
        htmx = is_htmx(request)
        widget = self.web.widget(
            request, touchpoint, return_to=return_to, heading_level=2 if htmx else 1, **state
        )
        if htmx:
            return HTMLResponse(widget.render(), status_code=status_code)
        # Translators: the title of a page whose form has mistakes: %(title)s is the form's heading.
        title = gettext("Error: %(title)s", title=str(widget.question_set.title))
        return self.page(touchpoint, title, widget.render(), status_code)

    # The form post

    async def post_form(self, request: Request) -> Response:
        """Take the answers: checked, protected, redacted, stored; then the thank-you."""
        touchpoint = self.web.touchpoint(request)
        try:
            body = await read_body(request, self.web.service.settings.max_body_bytes)
        except BodyTooLarge:
            return self.too_large(request, touchpoint)
        try:
            form = await parse_form(request, body)
        except HTTPException:
            return self.message(
                request,
                touchpoint,
                gettext("Sorry, we could not read your answers"),
                gettext("Go back and try again."),
                400,
            )
        locale = match_locale(_text(form, LOCALE_FIELD)) or current_locale()
        with use_locale(locale):
            return await self._handle_form(request, touchpoint, form, locale)

    async def _handle_form(
        self, request: Request, touchpoint: Touchpoint, form: FormData, locale: str
    ) -> Response:
        settings = self.web.service.settings
        return_to = safe_return_path(_text(form, RETURN_FIELD))
        raw = _raw_answers(form)
        if _text(form, HONEYPOT_FIELD):
            return self.success(request, touchpoint, return_to)  # a bot: it learns nothing
        try:
            nonce = self.web.tokens.check(
                _text(form, TOKEN_FIELD), touchpoint.id, min_fill_seconds=settings.min_fill_seconds
            )
        except TokenInvalid:
            return self.forbidden(request, touchpoint)
        except TooFast:
            message = gettext("That was very quick. Check your answers, then send them again.")
            return self.form_again(
                request, touchpoint, 400, return_to=return_to, values=_values_to_show(raw), form_error=message
            )
        except TokenExpired:
            message = gettext("This form was open for a long time. Check your answers, then send them again.")
            return self.form_again(
                request, touchpoint, 400, return_to=return_to, values=_values_to_show(raw), form_error=message
            )
        own_origin = origin_of(str(request.base_url)) or ""
        if not same_site_or_allowed(
            request.headers.get("origin"),
            request.headers.get("referer"),
            own_origin,
            touchpoint.allowed_origins,
        ):
            return self.forbidden(request, touchpoint)
        page_url = own_origin + return_to if return_to else None
        invalid: FeedbackInvalid | None = None
        intake = None
        question_set = self.web.service.touchpoints.question_set(touchpoint)
        try:
            intake = check_submission(
                touchpoint,
                question_set,
                raw,
                locale=locale,
                page_url=page_url,
                idempotency_key=FORM_KEY_PREFIX + nonce,  # one shown form, one submission
            )
        except FeedbackInvalid as error:
            invalid = error
        outcome = await self.web.take_in(request, intake)
        if outcome.limited:
            return self.too_many(request, touchpoint)
        if outcome.conflict:
            message = gettext("You sent this form already. To send other answers, check them and send again.")
            return self.form_again(
                request, touchpoint, 400, return_to=return_to, values=_values_to_show(raw), form_error=message
            )
        if invalid is not None:
            return self.form_again(
                request,
                touchpoint,
                400,
                return_to=return_to,
                values=_values_to_show(raw),
                errors=invalid.errors,
            )
        return self.success(request, touchpoint, return_to)

    def success(self, request: Request, touchpoint: Touchpoint, return_to: str | None) -> Response:
        """The thank-you fragment for htmx; else a redirect to the thank-you page."""
        if is_htmx(request):
            return HTMLResponse(render_thanks(touchpoint))
        url = f"{self.web.form_action(request, touchpoint)}/thanks"
        redacted = _redacted_return_path(return_to)
        if redacted:
            url += "?" + urlencode({"return_to": redacted})
        return RedirectResponse(url, status_code=303)

    def forbidden(self, request: Request, touchpoint: Touchpoint) -> Response:
        """403: a missing, forged or foreign form token, or a post from another site."""
        return self.message(
            request,
            touchpoint,
            gettext("Sorry, we could not accept your answers"),
            gettext("Open the form again from the service's own website, then send your answers."),
            403,
            link=(self.web.form_action(request, touchpoint), gettext("Open the form again")),
        )

    def too_many(self, request: Request, touchpoint: Touchpoint) -> Response:
        """429: this client is over its rate limit."""
        response = self.message(
            request,
            touchpoint,
            gettext("You have sent a lot of answers"),
            gettext("Wait a minute, then try again."),
            429,
        )
        response.headers["Retry-After"] = str(RATE_WINDOW_SECONDS)
        return response

    def too_large(self, request: Request, touchpoint: Touchpoint) -> Response:
        """413: the body is over the size limit."""
        return self.message(
            request,
            touchpoint,
            gettext("Your answers are too long"),
            gettext("Make your comment shorter, then send it again."),
            413,
        )


def _text(form: FormData, name: str) -> str | None:
    value = form.get(name)
    return value if isinstance(value, str) else None


def _raw_answers(form: FormData) -> dict[str, Any]:
    """The form's answers by question: one value as text, several as a list; our own fields left out."""
    raw: dict[str, Any] = {}
    for key in dict.fromkeys(form.keys()):
        if key.startswith("fd_"):
            continue
        values = [value for value in form.getlist(key) if isinstance(value, str)]
        raw[key] = values[0] if len(values) == 1 else values
    return raw


def _values_to_show(raw: Mapping[str, Any]) -> dict[str, list[str]]:
    return {key: [value] if isinstance(value, str) else list(value) for key, value in raw.items()}


def _redacted_return_path(value: str | None) -> str | None:
    """A safe return path with its personal data replaced, as the stored page URL has it, written as a
    URL: ``/account/jane@example.com`` gives ``/account/%5Bemail%20removed%5D``. It goes into the
    redirect after a post and the thank-you link, so that it reaches no access log as typed."""
    path = safe_return_path(value)
    if path is None:
        return None
    return quote(redact_url(path), safe="/%!$&'()*+,;=:@-._~")
