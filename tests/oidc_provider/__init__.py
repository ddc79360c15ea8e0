"""A real OpenID provider for tests: npm ``oidc-provider`` shaped like Login.gov (``provider.mjs``
beside this file), run by Node on a free loopback port, and RSA keys for the relying parties it
knows.

``start_provider(clients)`` starts it (as the demo does, through :mod:`demo_site.local_provider`) and
stops it at the end of the block. Its issuer is
``http://localhost:<port>/`` (with Login.gov's trailing slash; ``localhost`` so that a relying party
on 127.0.0.1 is cross-site, as in real life). Node and ``node_modules`` (``npm ci --ignore-scripts``
in this folder; ``make setup-test`` installs both) are needed: without them the caller fails, as a
missing browser or database does.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import subprocess
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from demo_site.local_provider import Provider, ProviderError, run_provider
from tests.servers import ServerError

FOLDER = Path(__file__).resolve().parent

# Login.gov's service levels, as the provider offers them.
AUTH_ONLY = "urn:acr.login.gov:auth-only"
VERIFIED = "urn:acr.login.gov:verified"
FACIAL_MATCH_REQUIRED = "urn:acr.login.gov:verified-facial-match-required"
FACIAL_MATCH_PREFERRED = "urn:acr.login.gov:verified-facial-match-preferred"

# The provider's fixture people (provider.mjs), by their stable sub.
VERIFIED_PERSON = "8f1c3a52-6d4e-4b7a-9c21-5e0f7d3b9a64"
AUTH_ONLY_PERSON = "2b7e9d40-1a3c-4f85-b6e2-9d4c8a1f0e37"


def node() -> str:
    """The path of ``node``, with this folder's packages installed; :class:`ServerError` naming what to
    install when either is missing (never a skip: a test that cannot run has not passed)."""
    binary = shutil.which("node")
    if binary is None:
        missing = "Node is not installed (apt-get install -y nodejs)"
    elif not (FOLDER / "node_modules" / "oidc-provider").is_dir():
        missing = f"oidc-provider is not installed: run `npm ci --ignore-scripts` in {FOLDER}"
    else:
        return binary
    raise ServerError(f"{missing}; the test OpenID provider cannot run (make setup-test installs it)")


@dataclass(frozen=True)
class KeyPair:
    """An RSA key pair as JWKs (RS256, with a ``kid``)."""

    private: dict[str, str]
    public: dict[str, str]

    @property
    def public_jwks(self) -> dict[str, list[dict[str, str]]]:
        """The public key as a JWK Set, as a client registers it."""
        return {"keys": [self.public]}


_KEY_SCRIPT = """
const { generateKeyPairSync, randomUUID } = require('node:crypto');
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const extra = { kid: process.argv[1] || randomUUID(), alg: 'RS256', use: 'sig' };
console.log(JSON.stringify({
  private: { ...privateKey.export({ format: 'jwk' }), ...extra },
  public: { ...publicKey.export({ format: 'jwk' }), ...extra },
}));
"""


def rsa_key(kid: str = "") -> KeyPair:
    """A fresh 2048-bit RSA key pair made by Node (``kid``: a random UUID unless given): for a
    relying party's ``private_key_jwt``, or as the provider's own signing key (``jwks=``)."""
    result = subprocess.run(
        [node(), "-e", _KEY_SCRIPT, kid], capture_output=True, text=True, check=True, timeout=30
    )
    keys = json.loads(result.stdout)
    return KeyPair(private=keys["private"], public=keys["public"])


@contextlib.contextmanager
def start_provider(
    clients: Sequence[Mapping[str, Any]],
    *,
    jwks: Mapping[str, Any] | None = None,
    accept_id_token_hint: bool = False,
) -> Iterator[Provider]:
    """Run the test provider until the block ends (:func:`demo_site.local_provider.run_provider`), or
    fail with :class:`ServerError` naming what is missing."""
    node()
    try:
        with run_provider(clients, jwks=jwks, accept_id_token_hint=accept_id_token_hint) as provider:
            yield provider
    except ProviderError as error:
        raise ServerError(str(error)) from error
