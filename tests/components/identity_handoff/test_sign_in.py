"""The hand-off against a real, certified OpenID provider (npm ``oidc-provider``, shaped like Login.gov in
``tests/oidc_provider``) on loopback: sign in and out, cancel, failure to verify, a provider that is down,
a replayed or foreign state, a wrong acr and a wrong issuer. Each ends on the right plain page, never a 5xx.

The service runs in-process behind Starlette's test client at ``http://rp.test``; its calls to the provider
(discovery, keys, token) cross loopback for real. The person's browser is the test client for the service
and an httpx client for the provider, each keeping its own cookies, as a browser does for two sites.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from joserfc.jwk import KeySet, RSAKey
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Mount, Route
from starlette.testclient import TestClient

from components.identity_handoff.pages import AgencyHelp
from components.identity_handoff.profiles import ProviderProfile, login_gov
from components.identity_handoff.protocol import OidcClient, PendingSignIn, SignInError
from components.identity_handoff.starlette import SignInRoutes
from i18n.middleware import LocaleMiddleware
from tests.html import attr, one, parse, select, text
from tests.oidc_provider import (
    AUTH_ONLY,
    VERIFIED,
    VERIFIED_PERSON,
    KeyPair,
    Provider,
    rsa_key,
    start_provider,
)
from tests.oidc_provider.browser import Browser
from tests.servers import free_port

pytestmark = [pytest.mark.slow, pytest.mark.anyio]

RP = "http://rp.test"
CLIENT_ID = "urn:gov:gsa:openidconnect.profiles:sp:sso:test:frontdoor"
HELP = AgencyHelp("FEMA", phone="1-800-621-3362")


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="module")
def rp_key() -> KeyPair:
    return rsa_key("frontdoor-test")


def registered(rp_key: KeyPair) -> dict[str, Any]:
    """The service as the provider knows it."""
    return {
        "client_id": CLIENT_ID,
        "redirect_uris": [f"{RP}/sign-in/callback", f"{RP}/es/sign-in/callback"],
        "post_logout_redirect_uris": [f"{RP}/sign-in/signed-out"],
        "jwks": rp_key.public_jwks,
        "failure_to_proof_uri": f"{RP}/sign-in/could-not-verify",
    }


@pytest.fixture(scope="module")
def provider(rp_key: KeyPair) -> Iterator[Provider]:
    with start_provider([registered(rp_key)]) as started:
        yield started


def service(
    provider_issuer: str, rp_key: KeyPair, *, profile: ProviderProfile | None = None
) -> tuple[TestClient, SignInRoutes]:
    """The service: the hand-off at /sign-in (and /es/sign-in), a page that says who is signed in."""
    client = OidcClient(
        profile or login_gov(provider_issuer),
        client_id=CLIENT_ID,
        private_key=RSAKey.import_key(dict(rp_key.private)),
    )
    sign_in = SignInRoutes(client, secret_key="a-test-secret-key-long-enough", help=HELP, assurance=VERIFIED)

    async def me(request: Request) -> PlainTextResponse:
        person = sign_in.person(request)
        return PlainTextResponse(person.sub if person else "nobody")

    routes = [Mount("/sign-in", routes=sign_in.routes()), Route("/me", me)]
    app = Starlette(routes=[*routes, Mount("/es", routes=routes)], middleware=[Middleware(LocaleMiddleware)])
    return TestClient(app, base_url=RP, follow_redirects=False), sign_in


def _to_provider(
    browser: Browser, start: str = "/sign-in/start?next=/me"
) -> tuple[Any, dict[str, list[str]]]:
    response = browser.rp.get(start)
    assert response.status_code == 303
    location = response.headers["location"]
    return browser.follow(browser.get(location)), parse_qs(urlsplit(location).query)


def test_sign_in_and_out(provider: Provider, rp_key: KeyPair) -> None:
    rp, _ = service(provider.issuer, rp_key)
    browser = Browser(rp, RP)
    assert text(one(parse(rp.get("/sign-in/").text), "h1")) == "Sign in with Login.gov"
    page, asked = _to_provider(browser)
    assert asked["prompt"] == ["select_account"] and asked["acr_values"] == [VERIFIED]
    assert asked["code_challenge_method"] == ["S256"] and "code_verifier" not in asked
    assert len(asked["state"][0]) >= 22 and len(asked["nonce"][0]) >= 22
    assert "locale" not in asked  # English: Login.gov's default, not sent
    back = browser.submit(page, action="sign-in", account=VERIFIED_PERSON, acr=VERIFIED)
    assert back.text == VERIFIED_PERSON  # on to "next", signed in as the provider's sub
    assert "fd-sign-in" not in rp.cookies

    signing_out = rp.post("/sign-in/sign-out")
    assert rp.get("/me").text == "nobody"  # our session ended before the provider's sign-out
    logout = urlsplit(signing_out.headers["location"])
    assert parse_qs(logout.query)["client_id"] == [CLIENT_ID]  # Login.gov: the client id, no id_token
    confirm = browser.follow(browser.get(signing_out.headers["location"]))
    done = browser.submit(confirm, logout="yes")
    assert text(one(parse(done.text), "h1")) == "You have signed out"


def test_the_persons_language_goes_to_the_provider(provider: Provider, rp_key: KeyPair) -> None:
    rp, _ = service(provider.issuer, rp_key)
    page, asked = _to_provider(Browser(rp, RP), "/es/sign-in/start?next=/es/me")
    assert asked["locale"] == ["es"]
    assert asked["redirect_uri"] == [f"{RP}/es/sign-in/callback"]
    assert attr(one(parse(page.text), "html"), "lang") == "es"


def test_cancelling_keeps_everything_and_offers_to_try_again(provider: Provider, rp_key: KeyPair) -> None:
    rp, _ = service(provider.issuer, rp_key)
    browser = Browser(rp, RP)
    page, _ = _to_provider(browser)
    back = browser.submit(page, action="cancel")
    assert back.status_code == 200
    assert text(one(parse(back.text), "h1")) == "You did not sign in"
    assert rp.get("/me").text == "nobody"


def test_failure_to_verify_lands_on_a_public_page(provider: Provider, rp_key: KeyPair) -> None:
    rp, _ = service(provider.issuer, rp_key)
    browser = Browser(rp, RP)
    page, _ = _to_provider(browser)
    back = browser.submit(page, action="exit")
    assert str(back.url) == f"{RP}/sign-in/could-not-verify"
    assert text(one(parse(back.text), "h1")) == "We could not verify your identity"


@pytest.mark.parametrize("acr", [AUTH_ONLY, "none"], ids=["wrong", "missing"])
def test_a_wrong_or_missing_acr_is_refused(provider: Provider, rp_key: KeyPair, acr: str) -> None:
    rp, _ = service(provider.issuer, rp_key)
    browser = Browser(rp, RP)
    page, _ = _to_provider(browser)
    back = browser.submit(page, action="sign-in", account=VERIFIED_PERSON, acr=acr)
    assert back.status_code == 200
    assert text(one(parse(back.text), "h1")) == "Sorry, there is a problem with signing in"
    assert rp.get("/me").text == "nobody"


def test_a_state_is_used_once_and_only_by_its_browser(provider: Provider, rp_key: KeyPair) -> None:
    rp, _ = service(provider.issuer, rp_key)
    browser = Browser(rp, RP)
    page, _ = _to_provider(browser)
    callback_url = browser.back_to_service(page).removeprefix(RP)
    other = TestClient(rp.app, base_url=RP, follow_redirects=False)  # the same service, another browser
    assert other.get(callback_url).status_code == 400  # not this browser's sign-in: refused
    assert rp.get(callback_url).status_code == 303  # this browser's: signed in
    replayed = rp.get(callback_url)
    assert replayed.status_code == 400  # the same state again: spent
    assert "That sign-in link has expired" in text(one(parse(replayed.text), "main"))


def test_a_provider_that_does_not_answer_gets_a_plain_page(rp_key: KeyPair) -> None:
    rp, _ = service(f"http://localhost:{free_port()}/", rp_key)
    response = rp.get("/sign-in/start?next=/me")
    assert response.status_code == 200
    page = parse(response.text)
    assert text(one(page, "h1")) == "Sorry, there is a problem with signing in"
    assert "Call 1-800-621-3362." in [text(item) for item in select(page, "main li")]


def test_a_provider_with_another_issuer_is_refused(provider: Provider, rp_key: KeyPair) -> None:
    rp, _ = service(
        provider.issuer.rstrip("/"), rp_key
    )  # the docs' issuer without the slash: not the real one
    response = rp.get("/sign-in/start?next=/me")
    assert text(one(parse(response.text), "h1")) == "Sorry, there is a problem with signing in"


# --- the id_token's checks, one at a time, on tokens the real provider issued ---------------------------


async def _code(client: OidcClient, browser: Browser, *, acr: str = VERIFIED) -> tuple[PendingSignIn, str]:
    """Start a sign-in with ``client``, sign in at the provider, and return what was kept and the code."""
    url, pending = await client.start(f"{RP}/sign-in/callback", assurance=VERIFIED)
    page = browser.follow(browser.provider.get(url))
    query = parse_qs(urlsplit(browser.back_to_service(page, acr=acr)).query)
    assert query["state"] == [pending.state]
    return pending, query["code"][0]


def _client(provider: Provider, rp_key: KeyPair, client_id: str = CLIENT_ID) -> OidcClient:
    return OidcClient(
        login_gov(provider.issuer), client_id=client_id, private_key=RSAKey.import_key(dict(rp_key.private))
    )


async def test_a_code_is_redeemed_once(provider: Provider, rp_key: KeyPair) -> None:
    client, browser = _client(provider, rp_key), Browser(service(provider.issuer, rp_key)[0], RP)
    pending, code = await _code(client, browser)
    person = await client.finish(pending, code, f"{RP}/sign-in/callback")
    assert person.sub == VERIFIED_PERSON and person.assurance == VERIFIED
    with pytest.raises(SignInError) as refused:
        await client.finish(pending, code, f"{RP}/sign-in/callback")
    assert refused.value.reason == "provider_error"


async def test_a_wrong_nonce_is_refused(provider: Provider, rp_key: KeyPair) -> None:
    client, browser = _client(provider, rp_key), Browser(service(provider.issuer, rp_key)[0], RP)
    pending, code = await _code(client, browser)
    other = PendingSignIn(
        pending.state, "another-nonce-of-enough-length-0123", pending.code_verifier, VERIFIED
    )
    with pytest.raises(SignInError) as refused:
        await client.finish(other, code, f"{RP}/sign-in/callback")
    assert refused.value.reason == "invalid_token" and "nonce" in refused.value.detail


@pytest.mark.parametrize(("hours", "claim"), [(2, "expired"), (-1, "future")])
async def test_an_expired_or_not_yet_issued_token_is_refused(
    provider: Provider, rp_key: KeyPair, hours: int, claim: str
) -> None:
    client, browser = _client(provider, rp_key), Browser(service(provider.issuer, rp_key)[0], RP)
    pending, code = await _code(client, browser)
    client.clock = lambda: time.time() + hours * 3600  # the service's clock only: the provider's is real
    with pytest.raises(SignInError) as refused:
        await client.finish(pending, code, f"{RP}/sign-in/callback")
    assert refused.value.reason == "invalid_token" and claim in refused.value.detail


async def test_a_new_signing_key_is_fetched_once(provider: Provider, rp_key: KeyPair) -> None:
    client, browser = _client(provider, rp_key), Browser(service(provider.issuer, rp_key)[0], RP)
    stale = rsa_key("retired-provider-key")
    client._keys = KeySet([RSAKey.import_key(dict(stale.public))])  # keys fetched before a rotation
    pending, code = await _code(client, browser)
    person = await client.finish(pending, code, f"{RP}/sign-in/callback")
    assert person.sub == VERIFIED_PERSON  # the unknown kid made it fetch the provider's keys again


async def test_a_token_for_another_service_is_refused(provider: Provider, rp_key: KeyPair) -> None:
    """An id_token the provider issued to another client (its ``aud``) does not sign anyone in here."""
    client, browser = _client(provider, rp_key), Browser(service(provider.issuer, rp_key)[0], RP)
    pending, code = await _code(client, browser)
    person = await client.finish(pending, code, f"{RP}/sign-in/callback")
    elsewhere = _client(provider, rp_key, client_id="urn:gov:gsa:openidconnect.profiles:sp:sso:test:other")
    with pytest.raises(SignInError) as refused:
        await elsewhere._checked_claims(person.id_token, pending, "")
    assert refused.value.reason == "invalid_token" and "aud" in refused.value.detail


def test_a_provider_that_wants_the_id_token_at_sign_out_gets_it(rp_key: KeyPair) -> None:
    """The profile, not the code, says how sign-out names the service: here with the id_token as the
    hint (as GOV.UK One Login wants), against a provider that accepts it."""
    with start_provider([registered(rp_key)], accept_id_token_hint=True) as hinted:
        profile = login_gov(hinted.issuer).model_copy(update={"logout_with": "id_token_hint"})
        rp, sign_in = service(hinted.issuer, rp_key, profile=profile)
        browser = Browser(rp, RP)
        page, _ = _to_provider(browser)
        assert (
            browser.submit(page, action="sign-in", account=VERIFIED_PERSON, acr=VERIFIED).text
            == VERIFIED_PERSON
        )
        session_id = sign_in._unsigned(rp.cookies["fd-session"])
        assert session_id is not None
        session = sign_in.store.session(session_id)
        assert session is not None
        signing_out = rp.post("/sign-in/sign-out")
        asked = parse_qs(urlsplit(signing_out.headers["location"]).query)
        assert asked["id_token_hint"] == [session.person.id_token] and "client_id" not in asked
        confirm = browser.follow(browser.get(signing_out.headers["location"]))
        done = browser.submit(confirm, logout="yes")
        assert text(one(parse(done.text), "h1")) == "You have signed out"


@pytest.mark.parametrize("acr", [AUTH_ONLY, "none"], ids=["wrong", "missing"])
async def test_the_level_asked_for_must_be_the_one_asserted(
    provider: Provider, rp_key: KeyPair, acr: str
) -> None:
    client, browser = _client(provider, rp_key), Browser(service(provider.issuer, rp_key)[0], RP)
    pending, code = await _code(client, browser, acr=acr)
    with pytest.raises(SignInError) as refused:
        await client.finish(pending, code, f"{RP}/sign-in/callback")
    assert refused.value.reason == "invalid_token" and "acr" in refused.value.detail


def test_the_way_back_keeps_its_query(provider: Provider, rp_key: KeyPair) -> None:
    rp, _ = service(provider.issuer, rp_key)
    browser = Browser(rp, RP)
    before = parse(rp.get("/sign-in/", params={"next": "/me?case=1&step=2"}).text)
    start = attr(one(before, "main a.fd-button"), "href") or ""
    assert parse_qs(urlsplit(start).query) == {"next": ["/me?case=1&step=2"]}
    page, _ = _to_provider(browser, start)
    back = browser.follow(browser.post_form(page, action="sign-in", account=VERIFIED_PERSON, acr=VERIFIED))
    assert back.url.path == "/me" and back.url.params["case"] == "1" and back.url.params["step"] == "2"
