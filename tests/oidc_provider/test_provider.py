"""The test OpenID provider behaves like Login.gov where a relying party can tell: its discovery, the
authorization request rules, private_key_jwt at the token endpoint, its pages' ways out, and
RP-initiated logout. Driven over real HTTP with httpx2, playing both the browser and the RP."""

from __future__ import annotations

import base64
import hashlib
import secrets
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urljoin, urlsplit

import httpx2
import pytest

from tests.html import attr, one, parse, select, text
from tests.oidc_provider import (
    AUTH_ONLY,
    AUTH_ONLY_PERSON,
    VERIFIED,
    VERIFIED_PERSON,
    KeyPair,
    Provider,
    node,
    rsa_key,
    start_provider,
)
from tests.oidc_provider.rs256 import decode_jwt, sign_jwt, verify_jwt
from tests.servers import ServerError

pytestmark = pytest.mark.slow

CLIENT_ID = "urn:gov:gsa:openidconnect.profiles:sp:sso:frontdoor:tests"
RP = "http://127.0.0.1:9"  # never contacted: the provider's redirects to it are read, not followed
REDIRECT_URI = RP + "/sign-in/callback"
SIGNED_OUT_URI = RP + "/signed-out"
FAILURE_TO_PROOF_URI = RP + "/sign-in/could-not-verify"
ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"


@pytest.fixture(scope="module")
def rp_key() -> KeyPair:
    return rsa_key("rp-key-1")


def client(key: KeyPair) -> dict[str, Any]:
    return {
        "client_id": CLIENT_ID,
        "redirect_uris": [REDIRECT_URI],
        "post_logout_redirect_uris": [SIGNED_OUT_URI],
        "jwks": key.public_jwks,
        "failure_to_proof_uri": FAILURE_TO_PROOF_URI,
    }


@pytest.fixture(scope="module")
def provider(rp_key: KeyPair) -> Iterator[Provider]:
    with start_provider([client(rp_key)]) as running:
        print(f"\ntest OpenID provider: ready {running.start_seconds:.2f} s after start")
        yield running


@pytest.fixture
def browser() -> Iterator[httpx2.Client]:
    """One person's browser: its own cookie jar, redirects read one at a time."""
    with httpx2.Client(follow_redirects=False, timeout=10) as session:
        yield session


@dataclass(frozen=True)
class AuthRequest:
    params: dict[str, str]
    verifier: str

    @property
    def state(self) -> str:
        return self.params["state"]


def auth_request(**changes: str | None) -> AuthRequest:
    """A Login.gov-style authorization request; ``changes`` replace parameters (None drops one)."""
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    params: dict[str, str | None] = {
        "client_id": CLIENT_ID,
        "response_type": "code",
        "redirect_uri": REDIRECT_URI,
        "scope": "openid email profile",
        "acr_values": VERIFIED,
        "prompt": "select_account",
        "state": secrets.token_urlsafe(32),
        "nonce": secrets.token_urlsafe(32),
        "code_challenge": challenge,
        "code_challenge_method": "S256",
        "locale": "es",
        **changes,
    }
    return AuthRequest({name: value for name, value in params.items() if value is not None}, verifier)


def redirect(response: httpx2.Response) -> tuple[str, dict[str, str]]:
    """Where a redirect goes: the absolute URL without its query, and the query."""
    assert response.status_code in {302, 303}, (response.status_code, response.text[:500])
    target = urlsplit(urljoin(str(response.url), response.headers["location"]))
    return f"{target.scheme}://{target.netloc}{target.path}", dict(parse_qsl(target.query))


def open_interaction(browser: httpx2.Client, provider: Provider, request: AuthRequest) -> httpx2.Response:
    """The provider's sign-in page for ``request``."""
    response = browser.get(provider.url("/openid_connect/authorize"), params=request.params)
    where, _ = redirect(response)
    assert where.startswith(provider.url("/interaction/"))
    page = browser.get(where)
    assert page.status_code == 200
    return page


def submit(browser: httpx2.Client, page: httpx2.Response, **fields: str) -> httpx2.Response:
    """Submit the page's one form with its hidden fields and ``fields`` (a pressed button's name
    and value among them), as a browser does."""
    form = one(parse(page.text), "form")
    hidden = {
        attr(field, "name") or "": attr(field, "value") or "" for field in select(form, "input[type=hidden]")
    }
    return browser.post(urljoin(str(page.url), attr(form, "action") or ""), data={**hidden, **fields})


def back_to_rp(browser: httpx2.Client, response: httpx2.Response) -> tuple[str, dict[str, str]]:
    """Follow the provider's redirects, and the form it submits itself when another person signs in
    in the same browser (it ends the first one's session), until one leads back to the RP."""
    for _hop in range(10):
        if response.status_code == 200:
            response = submit(browser, response)
            continue
        where, query = redirect(response)
        if where.startswith(RP):
            return where, query
        response = browser.get(where, params=query)
    raise AssertionError("the provider never sent the browser back")


def sign_in(
    browser: httpx2.Client,
    provider: Provider,
    request: AuthRequest,
    *,
    account: str = VERIFIED_PERSON,
    acr: str = VERIFIED,
) -> dict[str, str]:
    """Sign in at the provider; the query the provider sends back to the callback."""
    page = open_interaction(browser, provider, request)
    where, query = back_to_rp(browser, submit(browser, page, action="sign-in", account=account, acr=acr))
    assert where == REDIRECT_URI
    return query


def assertion(provider: Provider, key: KeyPair, **changes: Any) -> str:
    """A private_key_jwt client assertion as Login.gov wants it; ``changes`` replace claims."""
    now = int(time.time())
    claims = {
        "iss": CLIENT_ID,
        "sub": CLIENT_ID,
        "aud": provider.url("/api/openid_connect/token"),
        "jti": str(uuid.uuid4()),
        "iat": now,
        "exp": now + 300,
        **changes,
    }
    return sign_jwt(claims, key.private)


def redeem(provider: Provider, code: str, verifier: str, client_assertion: str) -> httpx2.Response:
    """The RP's back-channel token request."""
    return httpx2.post(
        provider.url("/api/openid_connect/token"),
        data={
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": REDIRECT_URI,
            "code_verifier": verifier,
            "client_assertion_type": ASSERTION_TYPE,
            "client_assertion": client_assertion,
        },
        timeout=10,
    )


def fresh_code(provider: Provider, request: AuthRequest | None = None) -> tuple[str, AuthRequest]:
    request = request or auth_request()
    with httpx2.Client(follow_redirects=False, timeout=10) as session:
        return sign_in(session, provider, request)["code"], request


# --- discovery -------------------------------------------------------------------------------------


def test_discovery_is_shaped_like_login_gov(provider: Provider) -> None:
    metadata = httpx2.get(provider.url("/.well-known/openid-configuration")).json()
    assert provider.issuer.endswith("/")
    assert metadata["issuer"] == provider.issuer
    assert {
        name: metadata[f"{name}_endpoint"] for name in ("authorization", "token", "userinfo", "end_session")
    } == {
        "authorization": provider.url("/openid_connect/authorize"),
        "token": provider.url("/api/openid_connect/token"),
        "userinfo": provider.url("/api/openid_connect/userinfo"),
        "end_session": provider.url("/openid_connect/logout"),
    }
    assert metadata["jwks_uri"] == provider.url("/api/openid_connect/certs")
    assert metadata["acr_values_supported"] == [
        "urn:acr.login.gov:auth-only",
        "urn:acr.login.gov:verified",
        "urn:acr.login.gov:verified-facial-match-required",
        "urn:acr.login.gov:verified-facial-match-preferred",
    ]
    assert metadata["code_challenge_methods_supported"] == ["S256"]
    assert metadata["token_endpoint_auth_methods_supported"] == ["private_key_jwt"]
    assert metadata["token_endpoint_auth_signing_alg_values_supported"] == ["RS256"]
    assert metadata["id_token_signing_alg_values_supported"] == ["RS256"]
    assert metadata["response_types_supported"] == ["code"]


def test_its_keys_are_public_only(provider: Provider) -> None:
    keys = httpx2.get(provider.url("/api/openid_connect/certs")).json()["keys"]
    assert len(keys) == 1
    assert keys[0]["kty"] == "RSA"
    assert not {"d", "p", "q", "dp", "dq", "qi"} & keys[0].keys()


# --- the authorization request ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "changes",
    [
        pytest.param({"code_challenge": None, "code_challenge_method": None}, id="no PKCE"),
        pytest.param({"code_challenge_method": "plain"}, id="PKCE plain"),
        pytest.param({"state": "s" * 21}, id="state of 21 characters"),
        pytest.param({"nonce": "n" * 21}, id="nonce of 21 characters"),
        pytest.param({"nonce": None}, id="no nonce"),
        pytest.param({"prompt": "login"}, id="prompt login"),
        pytest.param({"prompt": "consent"}, id="prompt consent"),
        pytest.param({"prompt": None}, id="no prompt"),
        pytest.param({"acr_values": None}, id="no acr_values"),
        pytest.param({"acr_values": "http://idmanagement.gov/ns/assurance/aal/2"}, id="no service level"),
    ],
)
def test_a_request_against_login_gov_rules_goes_back_as_invalid_request(
    provider: Provider, browser: httpx2.Client, changes: dict[str, str | None]
) -> None:
    request = auth_request(**changes)
    where, query = redirect(browser.get(provider.url("/openid_connect/authorize"), params=request.params))
    assert where == REDIRECT_URI
    assert query["error"] == "invalid_request", query
    assert query["state"] == request.state


def test_the_sign_in_page_is_labelled_shows_the_locale_and_offers_the_requested_acr(
    provider: Provider, browser: httpx2.Client
) -> None:
    page = parse(open_interaction(browser, provider, auth_request(acr_values=AUTH_ONLY, locale="es")).text)
    assert attr(one(page, "html"), "lang") == "es"
    assert text(one(page, "h1")) == "TEST PROVIDER, NOT LOGIN.GOV"
    assert text(one(page, "#locale")) == "locale: es"
    assert text(one(page, "select#acr option[selected]")) == AUTH_ONLY
    for field in select(page, "input:not([type=hidden]), select"):
        assert len(select(page, f"label[for='{attr(field, 'id')}']")) == 1, field
    assert [text(button) for button in select(page, "form button")] == [
        "Sign in",
        "Cancel and go back",
        "Exit identity verification",
    ]
    assert not select(page, "script")


# --- the code flow and the token endpoint ----------------------------------------------------------


def test_the_code_flow_gives_an_id_token_with_the_chosen_acr_and_the_nonce(
    provider: Provider, browser: httpx2.Client, rp_key: KeyPair
) -> None:
    started = time.perf_counter()
    request = auth_request(acr_values=VERIFIED)
    query = sign_in(browser, provider, request, account=AUTH_ONLY_PERSON, acr=AUTH_ONLY)
    assert query["state"] == request.state
    assert query["iss"] == provider.issuer
    response = redeem(provider, query["code"], request.verifier, assertion(provider, rp_key))
    print(f"\none sign-in round trip (authorize to tokens): {time.perf_counter() - started:.3f} s")
    assert response.status_code == 200, response.text
    tokens = response.json()
    assert tokens["token_type"] == "Bearer"
    jwks = httpx2.get(provider.url("/api/openid_connect/certs")).json()
    claims = verify_jwt(tokens["id_token"], jwks)
    assert claims["iss"] == provider.issuer
    assert claims["aud"] == CLIENT_ID
    assert claims["sub"] == AUTH_ONLY_PERSON
    assert claims["acr"] == AUTH_ONLY
    assert claims["nonce"] == request.params["nonce"]
    assert claims["email"] == "auth.only@example.com"
    userinfo = httpx2.get(
        provider.url("/api/openid_connect/userinfo"),
        headers={"authorization": f"Bearer {tokens['access_token']}"},
    ).json()
    assert userinfo["sub"] == AUTH_ONLY_PERSON
    assert userinfo["email_verified"] is True


def test_select_account_lets_the_same_browser_sign_in_as_another_person(
    provider: Provider, browser: httpx2.Client, rp_key: KeyPair
) -> None:
    subjects = []
    for account in (VERIFIED_PERSON, AUTH_ONLY_PERSON, VERIFIED_PERSON):
        request = auth_request()
        code = sign_in(browser, provider, request, account=account)["code"]
        tokens = redeem(provider, code, request.verifier, assertion(provider, rp_key)).json()
        subjects.append(decode_jwt(tokens["id_token"])[1]["sub"])
    assert subjects == [VERIFIED_PERSON, AUTH_ONLY_PERSON, VERIFIED_PERSON]


def test_a_replayed_assertion_is_refused(provider: Provider, rp_key: KeyPair) -> None:
    used = assertion(provider, rp_key)
    first, first_request = fresh_code(provider)
    assert redeem(provider, first, first_request.verifier, used).status_code == 200
    second, second_request = fresh_code(provider)
    replayed = redeem(provider, second, second_request.verifier, used)
    assert replayed.status_code == 401
    assert replayed.json()["error"] == "invalid_client"


# Claims of an assertion that Login.gov refuses, made for a running provider.
REFUSED_ASSERTIONS: dict[str, Callable[[Provider], dict[str, Any]]] = {
    "aud the issuer": lambda provider: {"aud": provider.issuer},
    "aud the authorization endpoint": lambda provider: {"aud": provider.url("/openid_connect/authorize")},
    "iat a minute ahead": lambda provider: {"iat": int(time.time()) + 60},
    "iss not the client": lambda provider: {"iss": "someone-else"},
}


@pytest.mark.parametrize("case", REFUSED_ASSERTIONS)
def test_an_assertion_login_gov_would_refuse_is_refused(
    provider: Provider, rp_key: KeyPair, case: str
) -> None:
    code, request = fresh_code(provider)
    claims = REFUSED_ASSERTIONS[case](provider)
    response = redeem(provider, code, request.verifier, assertion(provider, rp_key, **claims))
    assert response.status_code == 401, response.text
    assert response.json()["error"] == "invalid_client"


def test_an_assertion_may_name_the_token_endpoint_among_other_audiences(
    provider: Provider, rp_key: KeyPair
) -> None:
    audiences = [provider.issuer, provider.url("/api/openid_connect/token")]
    code, request = fresh_code(provider)
    response = redeem(provider, code, request.verifier, assertion(provider, rp_key, aud=audiences))
    assert response.status_code == 200, response.text


def test_an_assertion_signed_with_another_key_is_refused(provider: Provider) -> None:
    code, request = fresh_code(provider)
    response = redeem(provider, code, request.verifier, assertion(provider, rsa_key("rp-key-1")))
    assert response.json()["error"] == "invalid_client"


def test_a_wrong_verifier_or_a_reused_code_is_invalid_grant(provider: Provider, rp_key: KeyPair) -> None:
    code, request = fresh_code(provider)
    wrong = redeem(provider, code, secrets.token_urlsafe(48), assertion(provider, rp_key))
    assert wrong.json()["error"] == "invalid_grant"
    code, request = fresh_code(provider)
    assert redeem(provider, code, request.verifier, assertion(provider, rp_key)).status_code == 200
    reused = redeem(provider, code, request.verifier, assertion(provider, rp_key))
    assert reused.json()["error"] == "invalid_grant"


# --- the ways out -----------------------------------------------------------------------------------


def test_cancel_goes_back_as_access_denied_with_the_state(provider: Provider, browser: httpx2.Client) -> None:
    request = auth_request()
    page = open_interaction(browser, provider, request)
    where, query = back_to_rp(browser, submit(browser, page, action="cancel"))
    assert where == REDIRECT_URI
    assert query["error"] == "access_denied"
    assert query["state"] == request.state
    assert "code" not in query


def test_exit_goes_to_the_failure_to_proof_page_with_no_state(
    provider: Provider, browser: httpx2.Client
) -> None:
    page = open_interaction(browser, provider, auth_request())
    response = submit(browser, page, action="exit")
    assert response.status_code == 303
    assert response.headers["location"] == FAILURE_TO_PROOF_URI


def test_logout_asks_then_returns_the_state(provider: Provider, browser: httpx2.Client) -> None:
    sign_in(browser, provider, auth_request())
    state = secrets.token_urlsafe(32)
    page = browser.get(
        provider.url("/openid_connect/logout"),
        params={"client_id": CLIENT_ID, "post_logout_redirect_uri": SIGNED_OUT_URI, "state": state},
    )
    assert page.status_code == 200
    tree = parse(page.text)
    assert text(one(tree, "h1")) == "TEST PROVIDER, NOT LOGIN.GOV"
    assert attr(one(tree, "form"), "id") == "op.logoutForm"
    confirm = one(tree, "button[name=logout]")
    assert text(confirm) == "Yes, sign out"
    where, query = redirect(submit(browser, page, logout=attr(confirm, "value") or ""))
    assert where == SIGNED_OUT_URI
    assert query == {"state": state}


def test_logout_with_an_id_token_hint_is_refused_as_login_gov_does(provider: Provider) -> None:
    response = httpx2.get(
        provider.url("/openid_connect/logout"),
        params={"id_token_hint": "x.y.z", "post_logout_redirect_uri": SIGNED_OUT_URI},
    )
    assert response.status_code == 400
    assert "Please send client_id instead." in text(one(parse(response.text), "main"))


# --- the provider's own keys -------------------------------------------------------------------------


def test_signing_keys_can_be_given_and_the_first_signs(rp_key: KeyPair) -> None:
    new, old = rsa_key("op-new"), rsa_key("op-old")
    with start_provider([client(rp_key)], jwks={"keys": [new.private, old.private]}) as running:
        served = httpx2.get(running.url("/api/openid_connect/certs")).json()["keys"]
        assert [key["kid"] for key in served] == ["op-new", "op-old"]
        assert [key["n"] for key in served] == [new.public["n"], old.public["n"]]
        code, request = fresh_code(running)
        id_token = redeem(running, code, request.verifier, assertion(running, rp_key)).json()["id_token"]
    assert running.process.returncode == 0, running.output()  # SIGTERM ends it cleanly
    assert decode_jwt(id_token)[0]["kid"] == "op-new"
    assert verify_jwt(id_token, new.public_jwks)["sub"] == VERIFIED_PERSON


# --- when Node is missing -------------------------------------------------------------------------------


@pytest.mark.parametrize("ci", ["true", ""])
def test_without_node_a_test_fails_and_says_what_to_install(monkeypatch: pytest.MonkeyPatch, ci: str) -> None:
    monkeypatch.setattr("shutil.which", lambda _name: None)
    monkeypatch.setenv("CI", ci)
    with pytest.raises(ServerError, match=r"Node is not installed.*make setup-test installs it"):
        node()
