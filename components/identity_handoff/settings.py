"""The hand-off's settings, from the environment, checked at start-up: each error names its variable.

- ``FRONTDOOR_OIDC_ISSUER``: the provider's issuer, exactly (Login.gov's sandbox:
  ``https://idp.int.identitysandbox.gov/``); unset: the service signs no one in
- ``FRONTDOOR_OIDC_CLIENT_ID``: the service's client id at the provider
- ``FRONTDOOR_OIDC_PRIVATE_KEY_FILE``: the service's RSA private key for ``private_key_jwt``, PEM or JWK
- ``FRONTDOOR_OIDC_ACR_VALUES``: the level of assurance to ask for (Login.gov: ``urn:acr.login.gov:...``)
- ``FRONTDOOR_OIDC_PROFILE``: ``login_gov`` (the default) or ``generic``
- ``FRONTDOOR_OIDC_PROVIDER_NAME``: the provider's name on the pages, with the ``generic`` profile
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from joserfc.errors import JoseError
from joserfc.jwk import RSAKey

from components.identity_handoff.profiles import ProviderProfile, generic_oidc, login_gov
from components.identity_handoff.protocol import OidcClient

PREFIX = "FRONTDOOR_OIDC_"
PROFILES = ("login_gov", "generic")


class SettingsError(ValueError):
    """A setting that is missing or wrong: the message names the variable and what it should be."""


@dataclass(frozen=True)
class OidcSettings:
    """What the service needs to sign people in with one provider."""

    profile: ProviderProfile
    client_id: str
    private_key: RSAKey
    assurance: str | None

    def client(self) -> OidcClient:
        """The OpenID Connect client these settings describe."""
        return OidcClient(self.profile, client_id=self.client_id, private_key=self.private_key)


def _read_key(variable: str, path: str) -> RSAKey:
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise SettingsError(f"{variable}: cannot read {path!r} ({error.strerror})") from None
    try:
        if data.lstrip().startswith(b"{"):
            key = RSAKey.import_key(json.loads(data))
        else:
            key = RSAKey.import_key(data)
    except (JoseError, ValueError, TypeError) as error:
        raise SettingsError(f"{variable}: {path!r} is not an RSA key in PEM or JWK form ({error})") from None
    if not key.is_private:
        raise SettingsError(f"{variable}: {path!r} holds a public key; the private key is needed")
    return key


def oidc_settings(environ: Mapping[str, str] | None = None) -> OidcSettings | None:
    """The settings in ``environ`` (this process's environment by default), or ``None`` when no issuer
    is set. Raises :class:`SettingsError` naming the first variable that is missing or wrong."""
    environ = os.environ if environ is None else environ

    def get(name: str) -> str:
        return environ.get(PREFIX + name, "").strip()

    issuer = get("ISSUER")
    if not issuer:
        return None
    if not issuer.startswith(("https://", "http://localhost:", "http://127.0.0.1:")):
        raise SettingsError(f"{PREFIX}ISSUER: {issuer!r} must be an https address")
    profile_name = get("PROFILE") or "login_gov"
    if profile_name not in PROFILES:
        raise SettingsError(f"{PREFIX}PROFILE: {profile_name!r} must be one of {', '.join(PROFILES)}")
    assurance = get("ACR_VALUES") or None
    if profile_name == "login_gov":
        profile = login_gov(issuer)
        if assurance and assurance not in profile.assurance_levels:
            raise SettingsError(
                f"{PREFIX}ACR_VALUES: {assurance!r} is not one of Login.gov's: "
                + ", ".join(profile.assurance_levels)
            )
    else:
        name = get("PROVIDER_NAME")
        if not name:
            raise SettingsError(
                f"{PREFIX}PROVIDER_NAME: the provider's name is needed with the generic profile"
            )
        profile = generic_oidc(name, issuer, assurance_levels=(assurance,) if assurance else ())
    client_id = get("CLIENT_ID")
    if not client_id:
        raise SettingsError(f"{PREFIX}CLIENT_ID: the service's client id at the provider is needed")
    key_file = get("PRIVATE_KEY_FILE")
    if not key_file:
        raise SettingsError(f"{PREFIX}PRIVATE_KEY_FILE: the path of the service's private key is needed")
    return OidcSettings(profile, client_id, _read_key(f"{PREFIX}PRIVATE_KEY_FILE", key_file), assurance)
