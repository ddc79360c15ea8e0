"""The feedback widget's web layer over a real store: form posts with and without htmx, the hosted
pages, the JSON API, and every protection (honeypot, fill time, CSRF, origins, size, rate limit)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from jinja2 import DictLoader, Environment
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.routing import Route
from starlette.testclient import TestClient

import components
from feedback_widget import jinja_global, web
from feedback_widget.clock import SYSTEM_CLOCK, Clock
from feedback_widget.protection import FormTokens
from feedback_widget.service import RATE_WINDOW_SECONDS, FeedbackService
from feedback_widget.settings import FeedbackSettings
from feedback_widget.store import Store, StoreSettings
from feedback_widget.touchpoints import demo_registry
from i18n import gettext, load_translations, use_locale
from i18n.middleware import LocaleMiddleware
from tests.feedback_widget.clock import FakeClock
from tests.html import Tag, attr, classes, one, parse, select, text

SECRET = "test-secret-key"
TOUCHPOINT = "demo-benefits"
FORM_URL = f"/feedback/{TOUCHPOINT}"
API_URL = f"/api/feedback/{TOUCHPOINT}"
ALLOWED_ORIGIN = "http://localhost:8000"


# --- helpers ---------------------------------------------------------------------------------------


def page(html: str) -> Tag:
    """The parsed page or fragment; each id is used once."""
    tree = parse(html)
    ids = [attr(element, "id") for element in select(tree, "[id]")]
    duplicates = {found for found in ids if ids.count(found) > 1}
    assert not duplicates, f"duplicate ids: {duplicates}"
    return tree


def hidden(tree: Tag) -> dict[str, str]:
    """The form's hidden fields, by name."""
    return {
        str(attr(field, "name")): attr(field, "value") or "" for field in select(tree, "input[type=hidden]")
    }


def top_level(tree: Tag) -> list[Tag]:
    """The elements at the top of a fragment."""
    return [child for child in tree.children if isinstance(child, Tag)]


def links(tree: Tag) -> list[str]:
    """Every link's address."""
    return [str(attr(link, "href")) for link in select(tree, "a[href]")]


def make_service(url: str, clock: Clock = SYSTEM_CLOCK, **settings: Any) -> FeedbackService:
    store = Store(url)
    store.migrate()
    values: dict[str, Any] = {
        "secret_key": SECRET,
        "min_fill_seconds": 0,
        "store": StoreSettings(database_url=url),
    }
    values.update(settings)
    return FeedbackService(
        settings=FeedbackSettings.model_validate(values),
        store=store,
        touchpoints=demo_registry(),
        clock=clock,
        separate_process=False,  # HTTP behaviour; the store process has its own tests
    )


def make_app(service: FeedbackService) -> Starlette:
    """Our routes and a page that embeds the widget from Jinja, behind the locale middleware."""
    env = Environment(
        loader=DictLoader({"host.html": '<main>{{ feedback(touchpoint="demo-page") }}</main>'}),
        autoescape=True,
    )
    components.install(env)
    jinja_global.install(env, service)

    async def host_page(request: Request) -> HTMLResponse:
        return HTMLResponse(env.get_template("host.html").render(request=request))

    return Starlette(
        routes=[*web.routes(service), Route("/guide/apply", host_page)],
        middleware=[Middleware(LocaleMiddleware)],
    )


@pytest.fixture(scope="module", autouse=True)
def _translations() -> None:
    load_translations()


@pytest.fixture
def service(tmp_path: Path) -> Iterator[FeedbackService]:
    made = make_service(f"sqlite:///{tmp_path / 'feedback.db'}")
    yield made
    made.store.close()


@pytest.fixture
def client(service: FeedbackService) -> TestClient:
    return TestClient(make_app(service))


def open_form(client: TestClient, url: str = FORM_URL, **params: str) -> Tag:
    response = client.get(url, params=params)
    assert response.status_code == 200
    return page(response.text)


def answers(**extra: Any) -> dict[str, Any]:
    return {"trust": "up", "positive_drivers": ["ease", "efficiency"], "comment": "Quick and clear.", **extra}


def post(client: TestClient, data: dict[str, Any], *, htmx: bool = False, **headers: str) -> Any:
    if htmx:
        headers["HX-Request"] = "true"
    return client.post(FORM_URL, data=data, headers=headers, follow_redirects=False)


def stored(service: FeedbackService) -> list[Any]:
    return service.store.list_submissions(include_spam=True)


# --- the form, without and with JavaScript -------------------------------------------------------


def test_form_post_without_js_redirects_to_thanks_and_stores(
    client: TestClient, service: FeedbackService
) -> None:
    form = open_form(client, return_to="/apply/done?case=12345")
    assert hidden(form)["fd_return_to"] == "/apply/done"
    element = one(form, "form.fd-feedback__form")
    assert (attr(element, "method"), attr(element, "action")) == ("post", FORM_URL)
    # Without CSS both follow-up lists show: ticks in the one that does not apply are dropped.
    data = {**hidden(form), "fd_locale": "es", **answers(negative_drivers=["humanity"])}
    response = post(client, data, Origin="http://testserver")
    assert response.status_code == 303
    location = urlsplit(response.headers["location"])
    assert location.path == f"{FORM_URL}/thanks"
    assert parse_qs(location.query) == {"return_to": ["/apply/done"]}

    thanks = client.get(response.headers["location"])
    assert thanks.status_code == 200
    message = one(page(thanks.text), "main .fd-feedback__thanks[role=status]")
    assert links(message) == ["/apply/done"]

    [submission] = stored(service)
    assert submission.touchpoint == TOUCHPOINT
    assert submission.locale == "es"
    assert submission.page_url == "http://testserver/apply/done"
    assert submission.answers_by_question() == {
        "trust": ["up"],
        "positive_drivers": ["ease", "efficiency"],
        "comment": ["Quick and clear."],
    }


def test_htmx_post_swaps_in_the_thank_you_fragment(client: TestClient, service: FeedbackService) -> None:
    form = open_form(client)
    element = one(form, "form")
    assert attr(element, "data-hx-post") == FORM_URL
    assert attr(element, "data-hx-target") == f"#fd-feedback-{TOUCHPOINT}"
    assert attr(element, "data-hx-swap") == "outerHTML"
    response = post(client, {**hidden(form), **answers()}, htmx=True)
    assert response.status_code == 200
    fragment = page(response.text)
    assert not select(fragment, "html, body")  # a fragment, not a page
    [wrapper] = top_level(fragment)  # it replaces the widget's wrapper
    assert attr(wrapper, "id") == f"fd-feedback-{TOUCHPOINT}"
    thanks = one(wrapper, ".fd-feedback__thanks")
    assert (attr(thanks, "role"), attr(thanks, "tabindex"), attr(thanks, "autofocus")) == ("status", "-1", "")
    assert len(stored(service)) == 1
    assert stored(service)[0].locale == "en"


@pytest.mark.parametrize("htmx", [False, True])
def test_validation_error_shows_summary_linked_to_fields(
    client: TestClient, service: FeedbackService, htmx: bool
) -> None:
    form = open_form(client)
    data = {**hidden(form), "comment": "x" * 1001, "positive_drivers": "nonsense"}
    response = post(client, data, htmx=htmx)
    assert response.status_code == 400
    document = page(response.text)
    assert bool(select(document, "html")) is not htmx
    summary = [(text(link), attr(link, "href")) for link in select(document, ".fd-error-summary a")]
    assert summary == [
        (gettext("Choose thumbs up or thumbs down"), f"#fd-feedback-{TOUCHPOINT}-trust"),
        ("Your answer must be 1,000 characters or fewer", f"#fd-feedback-{TOUCHPOINT}-comment"),
    ]
    for _, target in summary:
        assert select(document, str(target)), f"{target} links to nothing"
    trust_error = one(document, f"#fd-feedback-{TOUCHPOINT}-trust-error.fd-error-message")
    assert gettext("Choose thumbs up or thumbs down") in text(trust_error)
    comment = one(document, "textarea[name=comment]")
    assert comment.get_text().removeprefix("\n") == "x" * 1001  # the answer is shown again, to shorten
    assert attr(comment, "aria-invalid") == "true"
    assert hidden(document)["fd_token"]  # a fresh token, to send again
    assert stored(service) == []


def test_honeypot_pretends_success_and_stores_nothing(client: TestClient, service: FeedbackService) -> None:
    form = open_form(client)
    honeypot = one(form, ".fd-feedback__honeypot[aria-hidden=true] input[name=fd_website]")
    assert (attr(honeypot, "tabindex"), attr(honeypot, "autocomplete")) == ("-1", "off")
    response = post(client, {**hidden(form), "fd_website": "http://spam.example", **answers()})
    assert response.status_code == 303
    assert urlsplit(response.headers["location"]).path == f"{FORM_URL}/thanks"
    assert post(client, {**hidden(form), "fd_website": "x", **answers()}, htmx=True).status_code == 200
    assert stored(service) == []


def test_too_fast_shows_the_form_again(tmp_path: Path) -> None:
    clock = FakeClock()
    service = make_service(f"sqlite:///{tmp_path / 'f.db'}", clock, min_fill_seconds=30)
    client = TestClient(make_app(service))
    form = open_form(client)
    clock.advance(29)
    response = post(client, {**hidden(form), **answers()})
    assert response.status_code == 400
    document = page(response.text)
    summary = one(document, ".fd-error-summary")
    assert gettext("That was very quick. Check your answers, then send them again.") in text(summary)
    assert [attr(box, "value") for box in select(document, "input[name=trust][checked]")] == ["up"]  # kept
    assert stored(service) == []
    clock.advance(2)  # the same form, shown long enough ago, goes through
    assert post(client, {**hidden(form), **answers()}).status_code == 303
    assert len(stored(service)) == 1


def test_expired_token_shows_the_form_again(tmp_path: Path) -> None:
    clock = FakeClock()
    service = make_service(f"sqlite:///{tmp_path / 'f.db'}", clock)
    client = TestClient(make_app(service))
    form = open_form(client)
    clock.advance(3 * 3600)
    response = post(client, {**hidden(form), **answers()})
    assert response.status_code == 400
    summary = one(page(response.text), ".fd-error-summary")
    assert gettext("This form was open for a long time. Check your answers, then send them again.") in text(
        summary
    )
    assert stored(service) == []


@pytest.mark.parametrize(
    "token",
    [
        "",
        "not-a-token",
        FormTokens("another-secret").issue(TOUCHPOINT),
        FormTokens(SECRET).issue("demo-page"),
    ],
)
def test_bad_csrf_token_is_refused(client: TestClient, service: FeedbackService, token: str) -> None:
    form = open_form(client)
    response = post(client, {**hidden(form), "fd_token": token, **answers()})
    assert response.status_code == 403
    message = one(page(response.text), "main .fd-feedback__message[role=alert]")
    assert text(one(message, "h1")) == gettext("Sorry, we could not accept your answers")
    assert links(message) == [FORM_URL]  # open the form again
    assert stored(service) == []


@pytest.mark.parametrize(
    "headers",
    [{"Origin": "https://evil.example"}, {"Origin": "null"}, {"Referer": "https://evil.example/page"}],
)
def test_cross_site_form_post_is_refused(
    client: TestClient, service: FeedbackService, headers: dict[str, str]
) -> None:
    form = open_form(client)
    response = post(client, {**hidden(form), **answers()}, **headers)
    assert response.status_code == 403
    assert stored(service) == []


def test_form_post_from_an_allowed_origin_is_accepted(client: TestClient, service: FeedbackService) -> None:
    form = open_form(client)
    assert post(client, {**hidden(form), **answers()}, Origin=ALLOWED_ORIGIN).status_code == 303
    assert len(stored(service)) == 1


def test_oversized_body_is_refused(client: TestClient, service: FeedbackService) -> None:
    form = open_form(client)
    response = post(client, {**hidden(form), **answers(comment="x" * 20_000)})
    assert response.status_code == 413
    assert text(one(page(response.text), "main .fd-feedback__message h1")) == gettext(
        "Your answers are too long"
    )
    big = client.post(API_URL, json={"answers": {"trust": "up", "comment": "x" * 20_000}})
    assert big.status_code == 413
    assert "body" in big.json()["errors"]
    assert stored(service) == []


def test_rate_limit_is_shared_through_the_database(database_url: str) -> None:
    clock = FakeClock()  # at the start of a window: the whole minute is the test's
    first = make_service(database_url, clock, rate_limit_per_minute=3)
    second = make_service(database_url, clock, rate_limit_per_minute=3)
    client_one, client_two = TestClient(make_app(first)), TestClient(make_app(second))

    def send(client: TestClient, **headers: str) -> Any:
        return post(client, {**hidden(open_form(client)), **answers()}, **headers)

    for client in (client_one, client_two, client_one):
        assert send(client).status_code == 303
    clock.advance(59)
    refused = send(client_two)
    assert refused.status_code == 429
    assert refused.headers["retry-after"] == str(RATE_WINDOW_SECONDS)
    assert text(one(page(refused.text), "main .fd-feedback__message h1")) == gettext(
        "You have sent a lot of answers"
    )
    assert first.store.count() == 3
    api = client_two.post(API_URL, json={"answers": {"trust": "up"}})
    assert api.status_code == 429 and "errors" in api.json()
    # What a client chooses (its user agent) makes no new count; another address has its own.
    assert send(client_one, **{"User-Agent": "another browser"}).status_code == 429
    elsewhere = TestClient(make_app(first), client=("203.0.113.9", 50000))
    assert send(elsewhere).status_code == 303
    clock.advance(1)  # the next window: a fresh count
    assert send(client_two).status_code == 303
    assert first.store.count() == 5
    first.store.close()
    second.store.close()


def test_free_text_is_redacted_before_storage(client: TestClient, service: FeedbackService) -> None:
    form = open_form(client)
    comment = "Write to me at jane.doe@example.com or call 202-555-0143."
    assert post(client, {**hidden(form), **answers(comment=comment)}).status_code == 303
    [submission] = stored(service)
    assert submission.answers_by_question()["comment"] == [
        "Write to me at [email removed] or call [phone number removed]."
    ]


# --- the hosted pages -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "evil", ["https://evil.example/", "//evil.example/path", "/\\evil.example", "javascript:alert(1)", "evil"]
)
def test_return_to_is_never_an_open_redirect(client: TestClient, evil: str) -> None:
    form = open_form(client, return_to=evil)
    assert "fd_return_to" not in hidden(form)
    response = post(client, {**hidden(form), "fd_return_to": evil, **answers()})
    assert response.status_code == 303
    assert response.headers["location"] == f"{FORM_URL}/thanks"
    thanks = client.get(f"{FORM_URL}/thanks", params={"return_to": evil})
    assert not select(page(thanks.text), ".fd-feedback__thanks a")  # no link back to it


def test_the_return_path_is_redacted_in_the_redirect_and_the_thank_you_link(
    client: TestClient, service: FeedbackService
) -> None:
    personal = "/account/jane.doe@example.com/ssn/536-22-1847"
    redacted = "/account/%5Bemail%20removed%5D/ssn/%5BSSN%20removed%5D"
    form = open_form(client, return_to=personal)
    response = post(client, {**hidden(form), **answers()})
    assert response.status_code == 303
    location = response.headers["location"]
    assert "jane.doe" not in location and "1847" not in location
    assert parse_qs(urlsplit(location).query) == {"return_to": [redacted]}
    thanks = client.get(location)
    assert links(one(page(thanks.text), "main .fd-feedback__thanks")) == [redacted]
    typed = client.get(f"{FORM_URL}/thanks", params={"return_to": personal})
    assert links(one(page(typed.text), "main .fd-feedback__thanks")) == [redacted]
    assert stored(service)[0].page_url == "http://testserver/account/[email removed]/ssn/[SSN removed]"


def test_every_page_and_fragment_has_its_form(client: TestClient) -> None:
    for touchpoint in ("demo-benefits", "demo-service-center", "demo-page"):
        response = client.get(f"/feedback/{touchpoint}")
        assert response.status_code == 200
        document = page(response.text)
        assert {"fd_token", "fd_locale"} <= set(hidden(one(document, "main form")))
        assert text(one(document, "main h1")) == text(one(document, "title")).split(" - ")[0]
        fragment = client.get(f"/api/feedback/{touchpoint}/widget")
        assert fragment.status_code == 200
        [wrapper] = top_level(page(fragment.text))
        assert classes(wrapper) == ["fd-feedback"] and select(wrapper, "form")
    assert select(page(client.get(f"{FORM_URL}/thanks").text), "main .fd-feedback__thanks h1")
    assert client.get("/feedback/no-such-touchpoint").status_code == 404
    css = client.get("/feedback/assets/feedback.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")


def test_widget_shows_footer_privacy_line_and_honeypot_label(client: TestClient) -> None:
    form = one(page(client.get(FORM_URL).text), "main form")
    assert "OMB control number: 0000-0000" in text(one(form, ".fd-feedback__footer"))
    assert select(form, ".fd-feedback__privacy")
    label = one(form, ".fd-feedback__honeypot label")
    assert text(label) == gettext("Leave this empty")
    assert attr(one(form, f"#{attr(label, 'for')}"), "name") == "fd_website"
    # Each follow-up list sits in a block shown for its answer, after the question it follows.
    followups = {attr(block, "data-fd-when"): block for block in select(form, ".fd-feedback__followup")}
    assert set(followups) == {"up", "down"}
    assert {attr(box, "name") for box in select(followups["up"], "input[type=checkbox]")} == {
        "positive_drivers"
    }
    assert {attr(box, "name") for box in select(followups["down"], "input[type=checkbox]")} == {
        "negative_drivers"
    }
    assert {attr(box, "name") for box in select(form, "[data-fd-controls=true] input")} == {"trust"}
    described_by = (attr(one(form, "textarea[name=comment]"), "aria-describedby") or "").split()
    assert "You can write up to 1,000 characters." in text(one(form, f"#{described_by[0]}"))


def test_hosted_page_in_spanish_posts_under_the_language_prefix(
    client: TestClient, service: FeedbackService
) -> None:
    response = client.get(f"/es{FORM_URL}")
    document = page(response.text)
    assert attr(one(document, "html"), "lang") == "es"
    assert attr(one(document, "main form"), "action") == f"/es{FORM_URL}"
    assert hidden(document)["fd_locale"] == "es"
    sent = client.post(f"/es{FORM_URL}", data={**hidden(document), **answers()}, follow_redirects=False)
    assert sent.headers["location"].startswith(f"/es{FORM_URL}/thanks")
    assert stored(service)[0].locale == "es"


def test_jinja_global_renders_the_widget_inline(client: TestClient, service: FeedbackService) -> None:
    response = client.get("/guide/apply?step=3")
    document = page(response.text)
    assert attr(one(document, "main > .fd-feedback > form"), "action") == "/feedback/demo-page"
    assert hidden(document)["fd_return_to"] == "/guide/apply"
    sent = client.post(
        "/feedback/demo-page", data={**hidden(document), "helpful": "no"}, follow_redirects=False
    )
    assert sent.status_code == 303
    assert parse_qs(urlsplit(sent.headers["location"]).query) == {"return_to": ["/guide/apply"]}
    [submission] = stored(service)
    assert submission.answers_by_question() == {"helpful": ["no"]}
    assert submission.page_url == "http://testserver/guide/apply"


# --- the JSON API ----------------------------------------------------------------------------------


def test_json_api_idempotency_key_stores_once(database_url: str) -> None:
    service = make_service(database_url)
    client = TestClient(make_app(service))
    body = {
        "answers": {"trust": "down", "negative_drivers": ["ease"]},
        "locale": "es",
        "page_url": "https://x.gov/a?b=c",
    }
    first = client.post(API_URL, json=body, headers={"Idempotency-Key": "retry-1"})
    assert first.status_code == 201
    again = client.post(API_URL, json=body, headers={"Idempotency-Key": "retry-1"})
    assert again.status_code == 200
    assert again.json() == first.json()
    assert service.store.count() == 1
    submission = service.store.get(first.json()["id"])
    assert submission is not None
    assert submission.locale == "es"
    assert submission.page_url == "https://x.gov/a"
    assert submission.answers_by_question() == {"trust": ["down"], "negative_drivers": ["ease"]}
    assert client.post(API_URL, json=body).status_code == 201  # no key: a new submission
    assert service.store.count() == 2
    service.store.close()


@pytest.mark.parametrize(
    "change",
    [
        {"answers": {"trust": "up"}},
        {"answers": {"trust": "down", "negative_drivers": ["ease"], "comment": "More."}},
        {"locale": "fr"},
        {"page_url": "https://x.gov/other"},
    ],
)
def test_json_api_refuses_a_used_idempotency_key_with_other_answers(
    client: TestClient, service: FeedbackService, change: dict[str, Any]
) -> None:
    body = {
        "answers": {"trust": "down", "negative_drivers": ["ease"]},
        "locale": "es",
        "page_url": "https://x.gov/a",
    }
    headers = {"Idempotency-Key": "retry-2"}
    first = client.post(API_URL, json=body, headers=headers)
    assert first.status_code == 201
    other = client.post(API_URL, json={**body, **change}, headers=headers)
    assert other.status_code == 422
    assert other.headers["content-type"] == "application/problem+json"
    assert set(other.json()["errors"]) == {"Idempotency-Key"}
    [kept] = stored(service)
    assert kept.id == first.json()["id"]
    assert kept.answers_by_question() == {"trust": ["down"], "negative_drivers": ["ease"]}
    # The same answers again are still a retry, answered with the first id.
    assert client.post(API_URL, json=body, headers=headers).json() == first.json()


def test_a_shown_form_stores_one_submission(client: TestClient, service: FeedbackService) -> None:
    form = hidden(open_form(client))
    for _ in range(4):  # a double click, a replay of a captured post: one submission
        assert post(client, {**form, **answers()}).status_code == 303
    assert len(stored(service)) == 1
    stuffed = post(client, {**form, **answers(comment="Other answers, same form.")})
    assert stuffed.status_code == 400
    shown = page(stuffed.text)
    message = gettext("You sent this form already. To send other answers, check them and send again.")
    assert message in text(one(shown, ".fd-error-summary"))
    assert len(stored(service)) == 1
    # The form shown again has a fresh token: sending it stores the new answers.
    again = post(client, {**hidden(shown), **answers(comment="Other answers, same form.")})
    assert again.status_code == 303
    assert len(stored(service)) == 2


def test_json_api_errors_are_translated(client: TestClient, service: FeedbackService) -> None:
    with use_locale("es"):
        expected = gettext("Choose thumbs up or thumbs down")
    with use_locale("en"):
        english = gettext("Choose thumbs up or thumbs down")
    response = client.post(API_URL, json={"answers": {"comment": "hola"}, "locale": "es"})
    assert response.status_code == 422
    assert response.json()["errors"]["trust"] == expected
    by_header = client.post(API_URL, json={"answers": {}}, headers={"Accept-Language": "es-MX,es;q=0.9"})
    assert by_header.json()["errors"]["trust"] == expected
    in_english = client.post(API_URL, json={"answers": {"bogus": "1"}})
    assert in_english.json()["errors"]["trust"] == english
    assert "bogus" in in_english.json()["errors"]
    not_json = client.post(API_URL, content=b"{not json", headers={"Content-Type": "application/json"})
    assert not_json.status_code == 422
    assert client.post(API_URL, json={"answers": "up"}).status_code == 422
    assert stored(service) == []


def test_cors_only_for_allowed_origins(client: TestClient, service: FeedbackService) -> None:
    preflight = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"}
    allowed = client.options(API_URL, headers={"Origin": ALLOWED_ORIGIN, **preflight})
    assert allowed.status_code == 204
    assert allowed.headers["access-control-allow-origin"] == ALLOWED_ORIGIN
    assert "Idempotency-Key" in allowed.headers["access-control-allow-headers"]
    assert "Origin" in allowed.headers["vary"]
    refused = client.options(API_URL, headers={"Origin": "https://evil.example", **preflight})
    assert refused.status_code == 403
    assert "access-control-allow-origin" not in refused.headers

    ok = client.post(API_URL, json={"answers": {"trust": "up"}}, headers={"Origin": ALLOWED_ORIGIN})
    assert ok.status_code == 201
    assert ok.headers["access-control-allow-origin"] == ALLOWED_ORIGIN
    evil = client.post(API_URL, json={"answers": {"trust": "up"}}, headers={"Origin": "https://evil.example"})
    assert evil.status_code == 403
    assert "access-control-allow-origin" not in evil.headers
    assert len(stored(service)) == 1

    widget = client.get(f"{API_URL}/widget", headers={"Origin": ALLOWED_ORIGIN})
    assert widget.headers["access-control-allow-origin"] == ALLOWED_ORIGIN
    embedded = one(page(widget.text), "form")
    assert attr(embedded, "action") == f"http://testserver{FORM_URL}"
    assert attr(embedded, "data-fd-thanks") == gettext("Thank you for your feedback")
    assert attr(embedded, "data-fd-error-title") and attr(embedded, "data-fd-open")
    assert not any("hx-" in name for name in embedded.attrs)  # no htmx attributes at all
    spanish = page(client.get(f"{API_URL}/widget?lang=es").text)
    assert hidden(spanish)["fd_locale"] == "es"
    other = client.get(f"{API_URL}/widget", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in other.headers


def test_json_api_refuses_unstorable_text_field_by_field_in_the_submission_language(
    client: TestClient, service: FeedbackService
) -> None:
    with use_locale("es"):
        expected = gettext("Check this value and send it again.")
    assert expected != "Check this value and send it again."
    body = {
        "answers": {"trust": "up", "positive_drivers": ["ease", "a\x00b"], "comment": "fine", "\ud800": "x"},
        "locale": "es",
        "page_url": "https://example.gov/a\x00",
    }
    response = client.post(
        API_URL, content=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 422
    assert response.json()["errors"] == {
        "positive_drivers": expected,
        "\\ud800": expected,
        "page_url": expected,
    }
    assert stored(service) == []


@pytest.mark.parametrize("origin", [ALLOWED_ORIGIN, "HTTP://LOCALHOST:8000", "http://localhost:8000/"])
def test_json_api_takes_an_allowed_origin_however_it_is_written(client: TestClient, origin: str) -> None:
    response = client.post(API_URL, json={"answers": {"trust": "up"}}, headers={"Origin": origin})
    assert response.status_code == 201
    assert response.headers["access-control-allow-origin"] == origin


def test_json_api_takes_its_own_site_without_cors(client: TestClient) -> None:
    response = client.post(
        API_URL, json={"answers": {"trust": "up"}}, headers={"Origin": "http://testserver"}
    )
    assert response.status_code == 201
    assert "access-control-allow-origin" not in response.headers


# --- methods -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("PUT", FORM_URL, "GET, HEAD, POST"),
        ("DELETE", FORM_URL, "GET, HEAD, POST"),
        ("POST", f"{FORM_URL}/thanks", "GET, HEAD"),
        ("POST", "/feedback/assets/feedback.css", "GET, HEAD"),
        ("GET", API_URL, "POST, OPTIONS"),
        ("PATCH", API_URL, "POST, OPTIONS"),
        ("POST", f"{API_URL}/widget", "GET, HEAD, OPTIONS"),
    ],
)
def test_a_method_a_route_does_not_take_gets_405_with_allow(
    client: TestClient, method: str, path: str, allowed: str
) -> None:
    response = client.request(method, path)
    assert response.status_code == 405
    assert set(response.headers["allow"].split(", ")) == set(allowed.split(", "))


def test_head_answers_like_get(client: TestClient) -> None:
    assert client.head(FORM_URL).status_code == 200
    assert client.head(f"{API_URL}/widget").status_code == 200
