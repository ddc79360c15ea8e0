"""What differs between identity providers, kept as data: one profile per provider.

A profile says how a provider is asked for a level of assurance (Login.gov's ``acr_values``, GOV.UK One
Login's ``vtr``) and which claim of the id_token answers it, how it is told the person's language, how
sign-out is asked for, and where its own help is. The code that speaks OpenID Connect reads these; it
has no ``if login_gov`` in it.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

LOGIN_GOV_ACR = (
    "urn:acr.login.gov:auth-only",
    "urn:acr.login.gov:verified",
    "urn:acr.login.gov:verified-facial-match-required",
    "urn:acr.login.gov:verified-facial-match-preferred",
)
"""Login.gov's service levels: sign in only, identity verified, and verified with a facial match."""


class ProviderProfile(BaseModel):
    """One identity provider: where it is and how it differs from the others."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(min_length=1, description='The provider\'s name as people know it: "Login.gov".')
    issuer: str = Field(
        min_length=1,
        description="The issuer exactly as the provider's discovery document gives it (Login.gov's ends "
        "with a slash).",
    )
    assurance_parameter: Literal["acr_values", "vtr"] | None = Field(
        "acr_values", description="The authorization parameter that asks for a level of assurance."
    )
    assurance_claim: str | None = Field(
        "acr", description="The id_token claim that says which level was met; checked against the one asked."
    )
    assurance_levels: tuple[str, ...] = Field(
        default=(), description="The levels the provider knows; the service picks one in its settings."
    )
    verifying_levels: tuple[str, ...] = Field(
        default=(), description="The levels at which the provider verifies the person's identity."
    )
    prompt: str | None = Field("select_account", description="The ``prompt`` sent with every sign-in.")
    locale_parameter: str | None = Field(
        "locale", description="The authorization parameter that carries the person's language."
    )
    locales: dict[str, str] = Field(
        default_factory=dict,
        description="Our language codes to the provider's; a language not listed is not sent.",
    )
    logout_with: Literal["client_id", "id_token_hint"] = Field(
        "client_id", description="How RP-initiated logout names the service: its client id or the id_token."
    )
    help_url: str | None = Field(None, description="The provider's help pages, for the error pages.")
    contact_url: str | None = Field(None, description="How to reach the provider's own help desk.")
    verify_help_url: str | None = Field(
        None, description="The provider's help with identity verification, for the failure-to-verify page."
    )


def login_gov(issuer: str = "https://idp.int.identitysandbox.gov/") -> ProviderProfile:
    """Login.gov: the sandbox by default; production is ``https://secure.login.gov/``."""
    return ProviderProfile(
        name="Login.gov",
        issuer=issuer,
        assurance_levels=LOGIN_GOV_ACR,
        verifying_levels=LOGIN_GOV_ACR[1:],
        locales={"es": "es", "fr": "fr", "zh_Hans": "zh", "zh_Hant": "zh"},
        help_url="https://www.login.gov/help/",
        contact_url="https://www.login.gov/contact/",
        verify_help_url="https://www.login.gov/help/verify-your-identity/overview/",
    )


LOGIN_GOV_SANDBOX = login_gov()
LOGIN_GOV = login_gov("https://secure.login.gov/")


def generic_oidc(name: str, issuer: str, *, assurance_levels: tuple[str, ...] = ()) -> ProviderProfile:
    """Any other OpenID Connect provider: ``acr_values`` when levels are given, ``ui_locales`` for the
    language, no ``prompt``, and sign-out with the id_token as the hint."""
    return ProviderProfile(
        name=name,
        issuer=issuer,
        assurance_parameter="acr_values" if assurance_levels else None,
        assurance_claim="acr" if assurance_levels else None,
        assurance_levels=assurance_levels,
        prompt=None,
        locale_parameter="ui_locales",
        logout_with="id_token_hint",
    )
