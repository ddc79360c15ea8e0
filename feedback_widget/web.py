"""The feedback widget's web layer: the form post, the hosted page, the JSON API and the widget fragment.

    from feedback_widget.service import FeedbackService
    from feedback_widget import jinja_global, web

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

The form post and the JSON API share :func:`build_submission` (validation, redaction of free text,
the page URL without its query) and :func:`take_in` (the rate limit and the store, committed
before the response, through the service's group-commit writer).
"""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable, Mapping
from typing import Any
from urllib.parse import urlencode

from markupsafe import Markup
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from components.page import Page
from feedback_widget.markup import (
    CSS_PATH,
    HONEYPOT_FIELD,
    LOCALE_FIELD,
    RETURN_FIELD,
    TOKEN_FIELD,
    FeedbackWidget,
    render_template,
    render_thanks,
)
from feedback_widget.protection import (
    FormTokens,
    TokenExpired,
    TokenInvalid,
    TooFast,
    origin_of,
    rate_limit_key,
    safe_return_path,
    same_site_or_allowed,
)
from feedback_widget.questions import FeedbackInvalid, QuestionSet, validate_answers
from feedback_widget.redaction import redact, strip_query
from feedback_widget.service import RATE_WINDOW_SECONDS, FeedbackService
from feedback_widget.store import Answer, Submission
from feedback_widget.store.models import Outcome
from feedback_widget.touchpoints import Touchpoint, UnknownTouchpoint
from i18n import current_locale, gettext, use_locale
from i18n.negotiation import match_locale

MAX_FORM_FIELDS = 200
MAX_PAGE_URL = 2000


class BodyTooLarge(Exception):
    """The request body is larger than ``settings.max_body_bytes``."""


# --- the shared path: raw answers to a stored submission ------------------------------------------


def build_submission(
    service: FeedbackService,
    touchpoint: Touchpoint,
    raw: Mapping[str, Any],
    *,
    locale: str,
    page_url: str | None,
    idempotency_key: str | None = None,
    ignore_unknown: bool = True,
) -> Submission:
    """Validate and redact one submission, ready to store.

    Raises :class:`FeedbackInvalid` (messages in ``locale``) when the answers do not fit.
    """
    question_set = service.touchpoints.question_set(touchpoint)
    with use_locale(locale):
        _refuse_unstorable_text(raw, page_url)
        answers = validate_answers(question_set, raw, ignore_unknown=ignore_unknown)
    to_store: list[Answer] = []
    for key, values in answers.items():
        is_text = question_set.question(key).kind == "text"
        for position, value in enumerate(values):
            to_store.append(Answer(key, redact(value) if is_text else value, position))
    # Every field is checked above (or is ours: the touchpoint, set and locale keys), so the model
    # is built without validating it again: this is the hot path of a busy server.
    return Submission.model_construct(
        touchpoint=touchpoint.id,
        question_set=question_set.key,
        locale=locale,
        page_url=strip_query(page_url)[:MAX_PAGE_URL] if page_url else None,
        answers=tuple(to_store),
        idempotency_key=idempotency_key,
    )


async def take_in(service: FeedbackService, request: Request, submission: Submission | None) -> Outcome:
    """Count this post against its client's rate limit and store `submission`, if any, committed.

    An invalid post (no submission) still counts, so a client over its limit always hears so first.
    """
    key = rate_limit_key(
        service.settings.secret_key.get_secret_value(),
        request.client.host if request.client else None,
        request.headers.get("user-agent"),
    )
    return await service.take_in(key, submission)


_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
"""NUL and lone surrogates: no database stores them and no response can echo them."""


def _safe_key(key: str) -> str:
    return key.encode("utf-8", "backslashreplace").decode("utf-8").replace("\x00", "\\x00")


def _field_texts(key: Any, value: Any) -> list[str]:
    """A field's key and its text: one value, or each text in a list."""
    if isinstance(value, str):
        return [str(key), value]
    if isinstance(value, list):
        return [str(key), *(item for item in value if isinstance(item, str))]
    return [str(key)]


def _refuse_unstorable_text(raw: Mapping[str, Any], page_url: str | None) -> None:
    """Raise :class:`FeedbackInvalid` for text that cannot be stored, naming each field."""
    texts = [page_url or ""]
    for key, value in raw.items():
        texts += _field_texts(key, value)
    if not _UNSTORABLE.search("".join(texts)):
        return  # the common case, found with one search over all the text
    message = gettext("Check this value and send it again.")
    errors = {
        _safe_key(str(key)): message
        for key, value in raw.items()
        if _UNSTORABLE.search("".join(_field_texts(key, value)))
    }
    if page_url and _UNSTORABLE.search(page_url):
        errors["page_url"] = message
    raise FeedbackInvalid(errors)


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, or :class:`BodyTooLarge` as soon as it passes ``limit`` bytes."""
    length = request.headers.get("content-length")
    if length is not None and (not length.isdigit() or int(length) > limit):
        raise BodyTooLarge
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge
        chunks.append(chunk)
    return b"".join(chunks)


async def _parse_form(request: Request, body: bytes) -> FormData:
    sent = False

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    replay = Request(request.scope, receive)
    return await replay.form(max_files=0, max_fields=MAX_FORM_FIELDS, max_part_size=len(body) + 1)


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


# --- the web routes --------------------------------------------------------------------------------


class FeedbackWeb:
    """The routes' shared state: the service, the token signer, where things are served."""

    def __init__(
        self, service: FeedbackService, *, prefix: str, api_prefix: str, asset_url: str, css_url: str
    ) -> None:
        self.service = service
        self.prefix = prefix.rstrip("/")
        self.api_prefix = api_prefix.rstrip("/")
        self.asset_url = asset_url
        self.css_url = css_url
        self.tokens = FormTokens(service.settings.secret_key.get_secret_value())

    # Building blocks

    def touchpoint(self, request: Request) -> Touchpoint:
        try:
            return self.service.touchpoints.get(request.path_params["touchpoint"])
        except UnknownTouchpoint:
            raise HTTPException(404) from None

    def question_set(self, touchpoint: Touchpoint) -> QuestionSet:
        return self.service.touchpoints.question_set(touchpoint)

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
        return FeedbackWidget(
            touchpoint=touchpoint,
            question_set=self.question_set(touchpoint),
            action=self.form_action(request, touchpoint, absolute=absolute),
            token=self.tokens.issue(touchpoint.id),
            locale=current_locale(),
            return_to=return_to,
            heading_level=heading_level,
            htmx=htmx,
            **state,
        )

    def page(self, touchpoint: Touchpoint, title: str, body: Markup, status_code: int = 200) -> HTMLResponse:
        """A whole page in the Front Door layout around ``body``."""
        service_name = str(touchpoint.service_name)
        page = Page(
            # Translators: a page's title: %(title)s is what the page says, %(service)s the service's name.
            title=gettext("%(title)s - %(service)s", title=title, service=service_name),
            service_name=service_name,
            asset_url=self.asset_url,
        )
        html = render_template("feedback/page.html", page=page, body=body, css_url=self.css_url)
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
        htmx = _is_htmx(request)
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
        htmx = _is_htmx(request)
        widget = self.widget(
            request, touchpoint, return_to=return_to, heading_level=2 if htmx else 1, **state
        )
        if htmx:
            return HTMLResponse(widget.render(), status_code=status_code)
        # Translators: the title of a page whose form has mistakes: %(title)s is the form's heading.
        title = gettext("Error: %(title)s", title=str(widget.question_set.title))
        return self.page(touchpoint, title, widget.render(), status_code)

    # Hosted pages

    async def hosted_page(self, request: Request) -> Response:
        touchpoint = self.touchpoint(request)
        return_to = safe_return_path(request.query_params.get("return_to"))
        widget = self.widget(request, touchpoint, return_to=return_to, heading_level=1)
        return self.page(touchpoint, str(widget.question_set.title), widget.render())

    async def thanks_page(self, request: Request) -> Response:
        touchpoint = self.touchpoint(request)
        return_to = safe_return_path(request.query_params.get("return_to"))
        body = render_thanks(touchpoint, return_to=return_to, heading_level=1)
        return self.page(touchpoint, gettext("Thank you for your feedback"), body)

    async def stylesheet(self, request: Request) -> Response:
        return FileResponse(CSS_PATH, media_type="text/css", headers={"Cache-Control": "public, max-age=300"})

    # The form post

    async def post_form(self, request: Request) -> Response:
        touchpoint = self.touchpoint(request)
        settings = self.service.settings
        try:
            body = await read_body(request, settings.max_body_bytes)
        except BodyTooLarge:
            return self.too_large(request, touchpoint)
        try:
            form = await _parse_form(request, body)
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
        settings = self.service.settings
        return_to = safe_return_path(_text(form, RETURN_FIELD))
        raw = _raw_answers(form)
        if _text(form, HONEYPOT_FIELD):
            return self.success(request, touchpoint, return_to)  # a bot: it learns nothing
        try:
            self.tokens.check(
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
        submission = None
        try:
            submission = build_submission(self.service, touchpoint, raw, locale=locale, page_url=page_url)
        except FeedbackInvalid as error:
            invalid = error
        if (await take_in(self.service, request, submission)).limited:
            return self.too_many(request, touchpoint)
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
        if _is_htmx(request):
            return HTMLResponse(render_thanks(touchpoint))
        url = f"{self.form_action(request, touchpoint)}/thanks"
        if return_to:
            url += "?" + _query({"return_to": return_to})
        return RedirectResponse(url, status_code=303)

    def forbidden(self, request: Request, touchpoint: Touchpoint) -> Response:
        return self.message(
            request,
            touchpoint,
            gettext("Sorry, we could not accept your answers"),
            gettext("Open the form again from the service's own website, then send your answers."),
            403,
            link=(self.form_action(request, touchpoint), gettext("Open the form again")),
        )

    def too_many(self, request: Request, touchpoint: Touchpoint) -> Response:
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
        return self.message(
            request,
            touchpoint,
            gettext("Your answers are too long"),
            gettext("Make your comment shorter, then send it again."),
            413,
        )

    # The JSON API

    def cors_headers(self, request: Request, touchpoint: Touchpoint) -> dict[str, str]:
        headers = {"Vary": "Origin"}
        origin = request.headers.get("origin")
        if origin and touchpoint.allows_origin(origin):
            headers["Access-Control-Allow-Origin"] = origin
        return headers

    def cross_site_refused(self, request: Request, touchpoint: Touchpoint) -> bool:
        """True for a browser request from another site that is not one of the allowed origins."""
        origin = request.headers.get("origin")
        if origin is None:
            return False  # not a cross-site browser request: a mobile app, a server, curl
        if touchpoint.allows_origin(origin):
            return False  # an allowed site, the usual case: no need to work out our own origin
        return origin_of(origin) != origin_of(str(request.base_url))

    async def preflight(self, request: Request) -> Response:
        touchpoint = self.touchpoint(request)
        headers = self.cors_headers(request, touchpoint)
        if "Access-Control-Allow-Origin" not in headers:
            return Response(status_code=403, headers=headers)
        headers.update(
            {
                "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                "Access-Control-Allow-Headers": "Content-Type, Idempotency-Key, Accept-Language, HX-Request",
                "Access-Control-Max-Age": "600",
            }
        )
        return Response(status_code=204, headers=headers)

    async def api_submit(self, request: Request, touchpoint: Touchpoint) -> Response:
        if self.cross_site_refused(request, touchpoint):
            return _json_error(403, {"origin": gettext("This site may not send answers to this form.")})
        try:
            body = await read_body(request, self.service.settings.max_body_bytes)
        except BodyTooLarge:
            return _json_error(413, {"body": gettext("Your answers are too long.")})
        body_locale = None
        try:
            data = json.loads(body)
            body_locale = data.get("locale") if isinstance(data, dict) else None
            submission = ApiSubmission.model_validate(data)
        except (ValueError, ValidationError) as error:
            with use_locale(_api_locale(request, body_locale)):
                return _json_error(422, _shape_errors(error))
        locale = _api_locale(request, submission.locale)
        with use_locale(locale):
            key = request.headers.get("idempotency-key")
            if key is not None and not (1 <= len(key) <= 200 and key.isprintable()):
                return _json_error(422, {"Idempotency-Key": gettext("Use a key of 1 to 200 characters.")})
            invalid: FeedbackInvalid | None = None
            to_store = None
            try:
                to_store = build_submission(
                    self.service,
                    touchpoint,
                    submission.answers,
                    locale=locale,
                    page_url=submission.page_url,
                    idempotency_key=key,
                    ignore_unknown=False,
                )
            except FeedbackInvalid as error:
                invalid = error
            outcome = await take_in(self.service, request, to_store)
            if outcome.limited:
                response = _json_error(429, {"rate": gettext("Wait a minute, then try again.")})
                response.headers["Retry-After"] = str(RATE_WINDOW_SECONDS)
                return response
            if invalid is not None:
                return _json_error(422, invalid.errors)
        return JSONResponse({"id": outcome.submission_id}, status_code=201 if outcome.created else 200)

    async def api_submit_with_cors(self, request: Request) -> Response:
        touchpoint = self.touchpoint(request)
        response = await self.api_submit(request, touchpoint)
        response.headers.update(self.cors_headers(request, touchpoint))
        return response

    async def api_widget(self, request: Request) -> Response:
        touchpoint = self.touchpoint(request)
        widget = self.widget(request, touchpoint, return_to=None, htmx=False, absolute=True, embed=True)
        return HTMLResponse(widget.render(), headers=self.cors_headers(request, touchpoint))

    def routes(self) -> list[BaseRoute]:
        p, api = self.prefix, self.api_prefix
        return [
            Route(f"{p}/assets/feedback.css", self.stylesheet, methods=["GET"], name="feedback_css"),
            Route(f"{p}/{{touchpoint}}/thanks", self.thanks_page, methods=["GET"], name="feedback_thanks"),
            Route(
                f"{p}/{{touchpoint}}", _dispatch(self.hosted_page, self.post_form), methods=["GET", "POST"]
            ),
            Route(
                f"{api}/{{touchpoint}}/widget",
                _dispatch(self.api_widget, options=self.preflight),
                methods=["GET", "OPTIONS"],
            ),
            Route(
                f"{api}/{{touchpoint}}",
                _dispatch(post=self.api_submit_with_cors, options=self.preflight),
                methods=["POST", "OPTIONS"],
            ),
        ]


class ApiSubmission(BaseModel):
    """The JSON API's body."""

    model_config = ConfigDict(extra="forbid")

    answers: dict[str, Any] = Field(description="Question key to a value or a list of values.")
    locale: str | None = Field(None, max_length=35, description="The language the person answered in.")
    page_url: str | None = Field(None, max_length=MAX_PAGE_URL, description="The page the feedback is about.")


def _api_locale(request: Request, body_locale: Any) -> str:
    """The body's locale when we ship it, else the request's (``Accept-Language``, via the middleware)."""
    return (isinstance(body_locale, str) and match_locale(body_locale)) or current_locale()


def _shape_errors(error: Exception) -> dict[str, str]:
    if isinstance(error, ValidationError):
        fields = {str(item["loc"][0]) if item["loc"] else "body" for item in error.errors()}
        return dict.fromkeys(sorted(fields), gettext("Check this value and send it again."))
    return {"body": gettext("Send the answers as JSON.")}


def _json_error(status: int, errors: Mapping[str, str]) -> JSONResponse:
    return JSONResponse(
        {"errors": {_safe_key(key): value for key, value in errors.items()}}, status_code=status
    )


def _is_htmx(request: Request) -> bool:
    return request.headers.get("hx-request") == "true"


def _text(form: FormData, name: str) -> str | None:
    value = form.get(name)
    return value if isinstance(value, str) else None


def _query(values: Mapping[str, str]) -> str:
    return urlencode(values)


Handler = Callable[[Request], Awaitable[Response]]


def _dispatch(
    get: Handler | None = None, post: Handler | None = None, *, options: Handler | None = None
) -> Handler:
    async def endpoint(request: Request) -> Response:
        handler = {"GET": get, "HEAD": get, "POST": post, "OPTIONS": options}.get(request.method)
        if handler is None:
            raise HTTPException(405)
        return await handler(request)

    return endpoint


def routes(
    service: FeedbackService,
    prefix: str = "/feedback",
    *,
    api_prefix: str = "/api/feedback",
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
    return web.routes()
