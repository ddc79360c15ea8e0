"""OpenID Connect with an identity provider, through Authlib: no web framework here.

:class:`OidcClient` does the three things a service needs:

- :meth:`~OidcClient.start`: the authorization code request, with PKCE (S256), a ``state`` and a ``nonce``
  of 43 characters each (Login.gov wants 22 at least; Authlib's own nonce is 20), ``prompt``, the
  assurance level and the person's language as the provider's profile says. What must stay secret
  until the person comes back (the PKCE verifier, the nonce) is returned as a :class:`PendingSignIn`
  for the web layer to keep on the server, never in a readable cookie.
- :meth:`~OidcClient.finish`: the code exchanged at the token endpoint with ``private_key_jwt`` (RS256,
  ``aud`` the token endpoint, a fresh ``jti`` every time, five minutes to live), and the id_token
  checked: its signature against the provider's keys (fetched again once when a new ``kid`` appears),
  ``iss`` exactly, ``aud``, ``nonce``, ``exp`` and ``iat`` with a small leeway, and the assurance level
  asked for. The person is known by ``sub``, never by email.
- :meth:`~OidcClient.logout_url`: RP-initiated logout, with the client id or the id_token as the hint,
  as the profile says.

Every failure is a :class:`SignInError` with a ``reason`` the pages can explain: the provider could not be
reached, it answered with an error, or what came back did not check out.
"""

from __future__ import annotations

import functools
import secrets
import ssl
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx2
from authlib.integrations.httpx_client import AsyncOAuth2Client, OAuthError
from authlib.oauth2.rfc7523 import PrivateKeyJWT, private_key_jwt_sign
from authlib.oidc.core import CodeIDToken
from joserfc import jwt
from joserfc.errors import InvalidKeyIdError, JoseError
from joserfc.jwk import KeySet, RSAKey
from joserfc.jws import JWSRegistry

from components.identity_handoff.profiles import ProviderProfile

ASSERTION_SECONDS = 300
"""How long a client assertion lives: about five minutes, as Login.gov advises."""
LEEWAY_SECONDS = 30
"""The clock difference allowed when checking an id_token's ``exp`` and ``iat``."""

Reason = Literal["unreachable", "provider_error", "invalid_token"]


@functools.cache
def _tls() -> ssl.SSLContext:
    """One TLS context for every request to providers: making one reads the certificate authorities
    again, which takes longer than the rest of a sign-in's work on our side."""
    return httpx2.create_ssl_context()


class SignInError(Exception):
    """A sign-in that could not be finished: why, in a word the pages know, and the detail for the log."""

    def __init__(self, reason: Reason, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason: Reason = reason
        self.detail = detail


@dataclass(frozen=True)
class PendingSignIn:
    """What the service keeps on its server between sending the person to the provider and their return."""

    state: str
    nonce: str
    code_verifier: str
    assurance: str | None
    created: float = field(default_factory=time.time)


@dataclass(frozen=True)
class SignedIn:
    """A person the provider vouched for: known by ``sub``; the level met; the claims given."""

    sub: str
    assurance: str | None
    claims: Mapping[str, Any]
    id_token: str


class _ShortLivedPrivateKeyJWT(PrivateKeyJWT):
    """``private_key_jwt`` with a fresh ``jti`` on every call (Authlib's own reuses the claims it was
    given) and five minutes to live (its default is an hour)."""

    def sign(self, auth: Any, token_endpoint: str) -> str:
        return str(
            private_key_jwt_sign(
                auth.client_secret,
                client_id=auth.client_id,
                token_endpoint=token_endpoint,
                alg="RS256",
                claims={},
                expires_in=ASSERTION_SECONDS,
            )
        )


class OidcClient:
    """One service's client of one identity provider."""

    def __init__(
        self,
        profile: ProviderProfile,
        *,
        client_id: str,
        private_key: RSAKey,
        scopes: tuple[str, ...] = ("openid", "email"),
        http: Callable[[], httpx2.AsyncClient] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.profile = profile
        self.client_id = client_id
        self.private_key = private_key
        self.scopes = scopes
        self._http = http or (lambda: httpx2.AsyncClient(timeout=10, verify=_tls()))
        self.clock = clock
        """The time the id_token's ``exp`` and ``iat`` are checked against."""
        self._metadata: dict[str, Any] | None = None
        self._keys: KeySet | None = None

    # --- the provider's documents ---------------------------------------------------------------------

    async def metadata(self) -> dict[str, Any]:
        """The provider's discovery document, fetched once; its issuer must be the profile's, exactly."""
        if self._metadata is None:
            url = self.profile.issuer.rstrip("/") + "/.well-known/openid-configuration"
            document = await self._get_json(url)
            if document.get("issuer") != self.profile.issuer:
                raise SignInError("invalid_token", f"discovery names issuer {document.get('issuer')!r}")
            self._metadata = document
        return self._metadata

    async def _keys_now(self, *, again: bool = False) -> KeySet:
        if self._keys is None or again:
            document: Any = await self._get_json((await self.metadata())["jwks_uri"])
            self._keys = KeySet.import_key_set(document)
        return self._keys

    async def _get_json(self, url: str) -> dict[str, Any]:
        try:
            async with self._http() as http:
                response = await http.get(url)
                response.raise_for_status()
                return dict(response.json())
        except (httpx2.HTTPError, ValueError) as error:
            raise SignInError("unreachable", f"{url}: {error}") from error

    def _client(self, redirect_uri: str) -> AsyncOAuth2Client:
        client = AsyncOAuth2Client(
            client_id=self.client_id,
            client_secret=self.private_key,
            token_endpoint_auth_method="private_key_jwt",
            code_challenge_method="S256",
            scope=" ".join(self.scopes),
            redirect_uri=redirect_uri,
            timeout=10,
            verify=_tls(),
        )
        client.register_client_auth_method(_ShortLivedPrivateKeyJWT())
        return client

    # --- sign in --------------------------------------------------------------------------------------

    async def start(
        self, redirect_uri: str, *, assurance: str | None = None, locale: str | None = None
    ) -> tuple[str, PendingSignIn]:
        """The provider's sign-in address to send the person to, and what to keep until they return."""
        metadata = await self.metadata()
        pending = PendingSignIn(
            state=secrets.token_urlsafe(32),
            nonce=secrets.token_urlsafe(32),
            code_verifier=secrets.token_urlsafe(48),
            assurance=assurance,
        )
        extra: dict[str, str] = {}
        if self.profile.prompt:
            extra["prompt"] = self.profile.prompt
        if assurance and self.profile.assurance_parameter:
            extra[self.profile.assurance_parameter] = assurance
        language = self._language(locale)
        if language and self.profile.locale_parameter:
            extra[self.profile.locale_parameter] = language
        async with self._client(redirect_uri) as client:
            url, _ = client.create_authorization_url(
                metadata["authorization_endpoint"],
                state=pending.state,
                nonce=pending.nonce,
                code_verifier=pending.code_verifier,
                **extra,
            )
        return str(url), pending

    def _language(self, locale: str | None) -> str | None:
        if not locale:
            return None
        if self.profile.locales:
            return self.profile.locales.get(locale)
        return locale.replace("_", "-")

    async def finish(self, pending: PendingSignIn, code: str, redirect_uri: str) -> SignedIn:
        """Exchange ``code`` for tokens and check the id_token; :class:`SignInError` when anything fails."""
        metadata = await self.metadata()
        try:
            async with self._client(redirect_uri) as client:
                token = await client.fetch_token(
                    metadata["token_endpoint"],
                    grant_type="authorization_code",
                    code=code,
                    code_verifier=pending.code_verifier,
                )
        except OAuthError as error:
            raise SignInError("provider_error", f"token endpoint: {error}") from error
        except httpx2.HTTPError as error:
            raise SignInError("unreachable", f"token endpoint: {error}") from error
        id_token = token.get("id_token")
        if not isinstance(id_token, str):
            raise SignInError("invalid_token", "no id_token in the token response")
        claims = await self._checked_claims(id_token, pending, str(token.get("access_token") or ""))
        sub = claims.get("sub")
        if not isinstance(sub, str) or not sub:
            raise SignInError("invalid_token", "no sub in the id_token")
        claim = self.profile.assurance_claim
        return SignedIn(sub, str(claims.get(claim)) if claim else None, dict(claims), id_token)

    async def _checked_claims(
        self, id_token: str, pending: PendingSignIn, access_token: str
    ) -> dict[str, Any]:
        registry = JWSRegistry(algorithms=["RS256"])
        try:
            try:
                decoded = jwt.decode(id_token, await self._keys_now(), registry=registry)
            except InvalidKeyIdError:  # the provider has a new key: fetch its keys once more
                decoded = jwt.decode(id_token, await self._keys_now(again=True), registry=registry)
            options: dict[str, Any] = {
                "iss": {"essential": True, "values": [self.profile.issuer]},
                "aud": {"essential": True, "values": [self.client_id]},
            }
            if pending.assurance and self.profile.assurance_claim:
                options[self.profile.assurance_claim] = {"essential": True, "values": [pending.assurance]}
            params = {"nonce": pending.nonce, "client_id": self.client_id}
            if access_token:
                params["access_token"] = access_token
            claims = CodeIDToken(decoded.claims, decoded.header, options, params)
            claims.validate(now=int(self.clock()), leeway=LEEWAY_SECONDS)
        except (JoseError, ValueError) as error:
            raise SignInError("invalid_token", f"id_token: {error}") from error
        return dict(claims)

    # --- sign out -------------------------------------------------------------------------------------

    async def logout_url(self, post_logout_redirect_uri: str, *, state: str, id_token: str | None) -> str:
        """The provider's sign-out address (RP-initiated logout), naming the service as the profile says."""
        metadata = await self.metadata()
        endpoint = metadata.get("end_session_endpoint")
        if not endpoint:
            raise SignInError("provider_error", "the provider has no end_session_endpoint")
        params: dict[str, str] = {"post_logout_redirect_uri": post_logout_redirect_uri, "state": state}
        if self.profile.logout_with == "id_token_hint" and id_token:
            params["id_token_hint"] = id_token
        else:
            params["client_id"] = self.client_id
        return str(httpx2.URL(endpoint, params=params))
