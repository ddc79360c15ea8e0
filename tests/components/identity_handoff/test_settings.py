"""The hand-off's settings from the environment: read as given, and each mistake named by its variable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from joserfc.jwk import RSAKey

from components.identity_handoff.settings import SettingsError, oidc_settings

SANDBOX = "https://idp.int.identitysandbox.gov/"
KEY = RSAKey.generate_key(2048, parameters={"kid": "settings-test"})


def _environment(tmp_path: Path, key_form: str = "pem", **changes: str) -> dict[str, str]:
    key_file = tmp_path / f"key.{key_form}"
    if key_form == "pem":
        key_file.write_bytes(KEY.as_pem(private=True))
    else:
        key_file.write_text(json.dumps(KEY.as_dict(private=True)))
    environment = {
        "FRONTDOOR_OIDC_ISSUER": SANDBOX,
        "FRONTDOOR_OIDC_CLIENT_ID": "urn:gov:gsa:openidconnect.profiles:sp:sso:agency:app",
        "FRONTDOOR_OIDC_PRIVATE_KEY_FILE": str(key_file),
        "FRONTDOOR_OIDC_ACR_VALUES": "urn:acr.login.gov:verified",
    }
    return {**environment, **changes}


def test_no_issuer_means_no_sign_in() -> None:
    assert oidc_settings({}) is None
    assert oidc_settings({"FRONTDOOR_OIDC_ISSUER": "  "}) is None


@pytest.mark.parametrize("key_form", ["pem", "jwk"])
def test_the_login_gov_sandbox_in_four_settings(tmp_path: Path, key_form: str) -> None:
    settings = oidc_settings(_environment(tmp_path, key_form))
    assert settings is not None
    assert settings.profile.name == "Login.gov" and settings.profile.issuer == SANDBOX
    assert settings.assurance == "urn:acr.login.gov:verified"
    assert settings.private_key.is_private
    assert settings.private_key.as_dict(private=False)["n"] == KEY.as_dict(private=False)["n"]
    client = settings.client()
    assert client.client_id == "urn:gov:gsa:openidconnect.profiles:sp:sso:agency:app"


def test_a_generic_provider_needs_its_name(tmp_path: Path) -> None:
    changes = {"FRONTDOOR_OIDC_PROFILE": "generic", "FRONTDOOR_OIDC_ACR_VALUES": "substantial"}
    with pytest.raises(SettingsError, match=r"^FRONTDOOR_OIDC_PROVIDER_NAME: "):
        oidc_settings(_environment(tmp_path, **changes))
    settings = oidc_settings(_environment(tmp_path, FRONTDOOR_OIDC_PROVIDER_NAME="State ID", **changes))
    assert settings is not None
    assert settings.profile.name == "State ID" and settings.profile.assurance_levels == ("substantial",)
    assert settings.profile.logout_with == "id_token_hint"


@pytest.mark.parametrize(
    ("changes", "variable", "problem"),
    [
        ({"FRONTDOOR_OIDC_ISSUER": "http://idp.example.gov/"}, "ISSUER", "must be an https address"),
        ({"FRONTDOOR_OIDC_PROFILE": "okta"}, "PROFILE", "must be one of login_gov, generic"),
        ({"FRONTDOOR_OIDC_ACR_VALUES": "urn:acr.login.gov:gold"}, "ACR_VALUES", "not one of Login.gov's"),
        ({"FRONTDOOR_OIDC_CLIENT_ID": ""}, "CLIENT_ID", "client id at the provider is needed"),
        ({"FRONTDOOR_OIDC_PRIVATE_KEY_FILE": ""}, "PRIVATE_KEY_FILE", "path of the service's private key"),
        ({"FRONTDOOR_OIDC_PRIVATE_KEY_FILE": "/no/such/key.pem"}, "PRIVATE_KEY_FILE", "cannot read"),
    ],
)
def test_each_mistake_names_its_variable(
    tmp_path: Path, changes: dict[str, str], variable: str, problem: str
) -> None:
    with pytest.raises(SettingsError, match=f"^FRONTDOOR_OIDC_{variable}: .*{problem}"):
        oidc_settings(_environment(tmp_path, **changes))


def test_a_public_key_or_something_else_is_refused(tmp_path: Path) -> None:
    public = tmp_path / "public.json"
    public.write_text(json.dumps(KEY.as_dict(private=False)))
    with pytest.raises(SettingsError, match=r"^FRONTDOOR_OIDC_PRIVATE_KEY_FILE: .*holds a public key"):
        oidc_settings(_environment(tmp_path, FRONTDOOR_OIDC_PRIVATE_KEY_FILE=str(public)))
    garbage = tmp_path / "garbage.pem"
    garbage.write_text("not a key")
    with pytest.raises(SettingsError, match=r"^FRONTDOOR_OIDC_PRIVATE_KEY_FILE: .*not an RSA key"):
        oidc_settings(_environment(tmp_path, FRONTDOOR_OIDC_PRIVATE_KEY_FILE=str(garbage)))
