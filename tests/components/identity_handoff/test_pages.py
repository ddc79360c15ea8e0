"""The pages before and after the provider: what they say, their links and buttons, in any language."""

from __future__ import annotations

import pytest

from components.identity_handoff.pages import (
    AgencyHelp,
    SignInButton,
    before_page,
    cancelled_page,
    not_verified_page,
    problem_page,
    signed_out_page,
)
from components.identity_handoff.profiles import LOGIN_GOV, LOGIN_GOV_ACR, LOGIN_GOV_SANDBOX, generic_oidc
from components.identity_handoff.starlette import _local_path
from i18n import use_locale
from tests.html import attr, one, parse, select, text

PAGE = {"service_name": "Get help after a disaster", "government_banner": False}
HELP = AgencyHelp("FEMA", phone="1-800-621-3362", in_person="a Disaster Recovery Center", url="/help")


def test_before_the_provider_says_what_why_what_you_need_and_who_helps() -> None:
    page = parse(
        before_page(
            page=PAGE,
            provider="Login.gov",
            buttons=[SignInButton("Login.gov", "/sign-in/start?next=/apply/")],
            verify_identity=True,
            help=HELP,
            continue_href="/apply/",
        )
    )
    assert text(one(page, "h1")) == "Sign in with Login.gov"
    assert text(one(page, "title")) == "Sign in with Login.gov - Get help after a disaster"
    needs = [text(item) for item in select(page, "main ul li")]
    assert needs == [
        "a driver's license, state ID or passport",
        "your Social Security number",
        "a phone number or your home address",
    ]
    button = one(page, ".fd-sign-in-buttons a")
    assert text(button) == "Sign in with Login.gov" and attr(button, "href") == "/sign-in/start?next=/apply/"
    assert select(button, "svg") == []  # no external-link icon on the button
    assert "login" not in text(one(page, "main")).lower().replace("login.gov", "")
    assert attr(one(page, "main a[href='/apply/']"), "href") == "/apply/"  # continue without signing in


def test_several_providers_are_stacked_buttons_and_no_verification_means_no_list() -> None:
    page = parse(
        before_page(
            page=PAGE,
            provider="Login.gov",
            buttons=[SignInButton("Login.gov", "/a"), SignInButton("ID.me", "/b")],
            verify_identity=False,
            help=HELP,
        )
    )
    assert text(one(page, "h1")) == "Sign in"
    assert [text(button) for button in select(page, ".fd-sign-in-buttons a")] == [
        "Sign in with Login.gov",
        "Sign in with ID.me",
    ]
    assert select(page, "main ul") == []


def test_the_pages_after_the_provider() -> None:
    cancelled = parse(cancelled_page(page=PAGE, provider="Login.gov", retry_href="/s", continue_href=None))
    assert text(one(cancelled, "h1")) == "You did not sign in"
    assert "Nothing was lost" in text(one(cancelled, "main"))
    problem = parse(problem_page(page=PAGE, provider="Login.gov", retry_href="/s", help=HELP, expired=True))
    assert "That sign-in link has expired" in text(one(problem, "main"))
    assert [text(item) for item in select(problem, "main ul li")] == [
        "Call 1-800-621-3362.",
        "Visit us in person at a Disaster Recovery Center.",
    ]
    failed = parse(
        not_verified_page(
            page=PAGE,
            provider="Login.gov",
            verify_help_url=LOGIN_GOV.verify_help_url,
            contact_url=LOGIN_GOV.contact_url,
            help=HELP,
        )
    )
    assert text(one(failed, "h1")) == "We could not verify your identity"
    hrefs = [attr(link, "href") for link in select(failed, "main a")]
    assert LOGIN_GOV.verify_help_url in hrefs and LOGIN_GOV.contact_url in hrefs and "/help" in hrefs
    out = parse(signed_out_page(page=PAGE, sign_in_href="/sign-in/"))
    assert text(one(out, "h1")) == "You have signed out"


@pytest.mark.parametrize("code", ["es", "ar"])
def test_the_pages_are_in_the_persons_language(code: str) -> None:
    with use_locale(code):
        page = parse(signed_out_page(page=PAGE, sign_in_href="/sign-in/"))
    assert attr(one(page, "html"), "lang") == code
    assert text(one(page, "h1")) != "You have signed out"


def test_profiles() -> None:
    assert LOGIN_GOV_SANDBOX.issuer == "https://idp.int.identitysandbox.gov/"
    assert LOGIN_GOV.issuer == "https://secure.login.gov/"
    assert LOGIN_GOV.assurance_levels == LOGIN_GOV_ACR and LOGIN_GOV.prompt == "select_account"
    assert LOGIN_GOV.logout_with == "client_id" and LOGIN_GOV.locale_parameter == "locale"
    other = generic_oidc("Example", "https://id.example.com/")
    assert other.logout_with == "id_token_hint" and other.assurance_parameter is None and other.prompt is None


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("/apply/", "/apply/"),
        ("//evil.example/", "/"),
        ("https://evil.example/", "/"),
        ("/\\evil.example", "/"),
        (None, "/"),
        ("apply", "/"),
    ],
)
def test_only_local_paths_are_followed(given: str | None, expected: str) -> None:
    assert _local_path(given) == expected
