"""The worked service with sign-in, against the real test provider (npm ``oidc-provider`` shaped like
Login.gov) on loopback: the offer on the start page and the saved page, answers that follow a signed-in
person to another device, their verified email offered at the contact step, sign-out from the header,
and a session end that ends the sign-in too. Sign-ins and sessions are kept in SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from joserfc.jwk import RSAKey
from sqlalchemy import func, select
from starlette.testclient import TestClient

from demo_site import create_app
from demo_site.local_provider import registration
from feedback_widget.service import FeedbackService
from feedback_widget.store.schema import form_drafts, sign_in_sessions
from tests.demo_site.test_disaster_help import GOOD, _go_on, _post
from tests.html import attr, one, parse, text
from tests.html import select as select_html
from tests.oidc_provider import VERIFIED, VERIFIED_PERSON, Provider, start_provider
from tests.oidc_provider.browser import Browser

pytestmark = pytest.mark.slow

RP = "http://rp.test"
CLIENT_ID = "urn:gov:gsa:openidconnect.profiles:sp:sso:test:demo"
APPLY = "/disaster-help/apply"


@pytest.fixture(scope="module")
def demo_key() -> RSAKey:
    return RSAKey.generate_key(2048, parameters={"alg": "RS256", "use": "sig", "kid": "demo-test"})


@pytest.fixture(scope="module")
def provider(demo_key: RSAKey) -> Iterator[Provider]:
    client = {
        **registration([RP], {"keys": [demo_key.as_dict(private=False)]}),
        "client_id": CLIENT_ID,
    }
    with start_provider([client]) as started:
        yield started


@pytest.fixture(params=["sqlite", "postgresql"])
def app(
    request: pytest.FixtureRequest,
    provider: Provider,
    demo_key: RSAKey,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Any:
    """The demo app (``state.test_engine``: its database), its sign-in pointed at the test provider,
    over SQLite or PostgreSQL."""
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    if request.param == "postgresql":
        url = request.getfixturevalue("postgres_server").create_database()
    key_file = tmp_path / "key.json"
    key_file.write_text(json.dumps(demo_key.as_dict(private=True)))
    for name, value in {
        "DATABASE_URL": url,
        "SECRET_KEY": "a-test-secret-key-long-enough",
        "OIDC_ISSUER": provider.issuer,
        "OIDC_CLIENT_ID": CLIENT_ID,
        "OIDC_PRIVATE_KEY_FILE": str(key_file),
        "OIDC_ACR_VALUES": VERIFIED,
    }.items():
        monkeypatch.setenv(f"FRONTDOOR_{name}", value)
    feedback = FeedbackService.from_environment()
    made = create_app(feedback=feedback)
    made.state.test_engine = feedback.store.engine
    return made


def _device(app: Any) -> Browser:
    """A new browser (another device): no cookies."""
    return Browser(TestClient(app, base_url=RP, follow_redirects=False), RP)


def _sign_in(browser: Browser, link: str) -> Any:
    """Follow a "Sign in" link of ours to the page before, press its button, sign in at the provider as
    the verified person; the page the service sends them back to."""
    before = browser.rp.get(link)
    assert text(one(parse(before.text), "h1")) == "Sign in with Login.gov"
    start = attr(one(parse(before.text), "main a.fd-button"), "href") or ""
    asked = parse_qs(urlsplit(browser.rp.get(start).headers["location"]).query)
    assert asked["redirect_uri"] == [f"{RP}/sign-in/callback"] and asked["acr_values"] == [VERIFIED]
    page = browser.follow(browser.rp.get(start))
    return browser.submit(page, action="sign-in", account=VERIFIED_PERSON, acr=VERIFIED)


def _sign_in_link(page_html: str) -> str:
    links = [
        attr(link, "href") or ""
        for link in select_html(parse(page_html), "main a")
        if text(link).startswith("Sign in with Login.gov")
    ]
    assert len(links) == 1, links
    return links[0]


def _answer_until(browser: Browser, stop: str) -> str:
    """Answer the flow with good answers from the task list until the page ``stop``: its path."""
    path = _go_on(parse(browser.rp.get(f"{APPLY}/tasks").text))
    while not path.endswith(f"/{stop}"):
        if path.endswith("/tasks"):
            path = _go_on(parse(browser.rp.get(path).text))
            continue
        page = path.rsplit("/", 1)[-1]
        data = {"household": "no"} if page == "add-another" else GOOD[page]
        response = _post(browser.rp, path, data)
        assert response.status_code == 303, (path, text(one(parse(response.text), "h1")))
        path = response.headers["location"]
    return path


def test_answers_follow_a_signed_in_person_to_another_device(app: Any) -> None:
    laptop = _device(app)
    start_page = laptop.rp.get("/disaster-help").text
    back = _sign_in(laptop, _sign_in_link(start_page))
    assert back.url.path == f"{APPLY}/" or back.url.path == f"{APPLY}/tasks"
    sign_out = one(parse(back.text), "header form.fd-sign-out")
    assert attr(sign_out, "action") == "/sign-in/sign-out"
    email_page = _answer_until(laptop, "email")

    # The verified email is offered, and still the person's to change.
    field = one(parse(laptop.rp.get(email_page).text), "input[name=email]")
    assert attr(field, "value") == "verified.person@example.com"
    assert _post(laptop.rp, email_page, {"email": "ada@example.org"}).status_code == 303

    phone = _device(app)
    assert "fd-flow-disaster-help" not in phone.rp.cookies
    _sign_in(phone, "/sign-in/?next=/disaster-help/apply/")
    tasks = parse(phone.rp.get(f"{APPLY}/tasks").text)
    assert "Check your answers" in [text(link) for link in select_html(tasks, "main a")]
    answered = one(parse(phone.rp.get(email_page).text), "input[name=email]")
    assert attr(answered, "value") == "ada@example.org"  # the answer given, not the one offered


def test_the_saved_page_offers_sign_in_then_says_the_answers_follow(app: Any) -> None:
    browser = _device(app)
    browser.rp.get(f"{APPLY}/")
    first = _go_on(parse(browser.rp.get(f"{APPLY}/tasks").text))
    assert _post(browser.rp, first, GOOD["disaster-type"]).status_code == 303
    saved = browser.rp.get(f"{APPLY}/saved")
    link = _sign_in_link(saved.text)
    assert link == f"/sign-in/?next={APPLY}/saved"
    back = _sign_in(browser, link)
    assert back.url.path == f"{APPLY}/saved"
    notes = [text(p) for p in select_html(parse(back.text), "main p")]
    assert "You are signed in with Login.gov. Sign in on any device to see your answers." in notes

    # The draft begun before signing in is now the person's: another device finds it.
    other = _device(app)
    _sign_in(other, "/sign-in/?next=/disaster-help/apply/")
    question = parse(other.rp.get(first).text)
    assert attr(one(question, "input[value=flood]"), "checked") is not None


def test_signing_out_ends_the_session_here_and_at_the_provider(app: Any) -> None:
    browser = _device(app)
    back = _sign_in(browser, "/sign-in/?next=/disaster-help/apply/")
    form = one(parse(back.text), "header form.fd-sign-out")
    leaving = browser.rp.post(attr(form, "action") or "")
    assert leaving.status_code == 303
    assert parse_qs(urlsplit(leaving.headers["location"]).query)["post_logout_redirect_uri"] == [
        f"{RP}/signed-out"
    ]
    confirm = browser.follow(browser.get(leaving.headers["location"]))
    done = browser.submit(confirm, logout="yes")
    assert done.url.path == "/signed-out"
    assert text(one(parse(done.text), "h1")) == "You have signed out"
    tasks = parse(browser.rp.get(f"{APPLY}/tasks").text)
    assert not select_html(tasks, "header form.fd-sign-out")


def test_the_end_of_a_flow_session_ends_the_sign_in(app: Any) -> None:
    browser = _device(app)
    _sign_in(browser, "/sign-in/?next=/disaster-help/apply/")
    engine = app.state.test_engine
    with engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(sign_in_sessions)).scalar() == 1
    ended = browser.rp.get(f"{APPLY}/session-ended")
    assert ended.status_code == 200
    with engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(sign_in_sessions)).scalar() == 0
        assert connection.execute(select(func.count()).select_from(form_drafts)).scalar() == 0
    assert "fd-session" not in browser.rp.cookies


def test_the_start_page_has_no_sign_in_without_a_provider(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FRONTDOOR_DATABASE_URL", f"sqlite:///{tmp_path / 'demo.db'}")
    monkeypatch.delenv("FRONTDOOR_OIDC_ISSUER", raising=False)
    client = TestClient(create_app(feedback=FeedbackService.from_environment()))
    links = [text(link) for link in select_html(parse(client.get("/disaster-help").text), "main a")]
    assert not [link for link in links if link.startswith("Sign in")]
    assert client.get("/sign-in/").status_code == 404
    assert client.get("/patterns/sign-in/before").status_code == 200
