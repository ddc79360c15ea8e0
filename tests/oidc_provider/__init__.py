"""A real OpenID provider for tests: npm ``oidc-provider`` shaped like Login.gov (``provider.mjs``
beside this file), run by Node on a free loopback port, and RSA keys for the relying parties it
knows.

``start_provider(clients)`` starts it and stops it at the end of the block. Its issuer is
``http://localhost:<port>/`` (with Login.gov's trailing slash; ``localhost`` so that a relying party
on 127.0.0.1 is cross-site, as in real life). Node and ``node_modules`` (``npm ci --ignore-scripts``
in this folder; ``make setup-test`` installs both) are needed: without them the caller fails, as a
missing browser or database does.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx2

from tests.servers import ServerError, free_port

FOLDER = Path(__file__).resolve().parent
START_SECONDS = 10

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


@dataclass(frozen=True)
class Provider:
    """A running test OpenID provider."""

    issuer: str
    port: int
    process: subprocess.Popen[bytes]
    log: Path
    start_seconds: float

    def url(self, path: str) -> str:
        """The absolute URL of ``path`` on the provider (``/api/openid_connect/token``)."""
        return self.issuer + path.lstrip("/")

    def output(self) -> str:
        """What the provider has written so far (stdout and stderr)."""
        return self.log.read_text(errors="replace") if self.log.exists() else ""


@contextlib.contextmanager
def start_provider(
    clients: Sequence[Mapping[str, Any]],
    *,
    jwks: Mapping[str, Any] | None = None,
    accept_id_token_hint: bool = False,
) -> Iterator[Provider]:
    """Run the test provider until the block ends.

    ``clients``: dicts of ``client_id``, ``redirect_uris``, ``post_logout_redirect_uris``, ``jwks``
    (the client's public JWK Set) and ``failure_to_proof_uri``. ``jwks``: the provider's private
    signing keys (the first signs); a fresh key by default. ``accept_id_token_hint``: accept it at
    logout, which Login.gov refuses. Raises :class:`ServerError` if it does not answer discovery
    within 10 s."""
    binary = node()
    port = free_port()
    environment = {
        **os.environ,
        "OP_PORT": str(port),
        "OP_CLIENTS_JSON": json.dumps(list(clients)),
        "OP_ACCEPT_ID_TOKEN_HINT": "1" if accept_id_token_hint else "0",
    }
    if jwks is not None:
        environment["OP_JWKS_JSON"] = json.dumps(jwks)
    issuer = f"http://localhost:{port}/"
    with tempfile.TemporaryDirectory(prefix="fd-oidc-") as folder:
        log = Path(folder) / "provider.log"
        started = time.perf_counter()
        with log.open("wb") as out:
            process = subprocess.Popen(
                [binary, "provider.mjs"], cwd=FOLDER, env=environment, stdout=out, stderr=subprocess.STDOUT
            )
        try:
            _wait_for_discovery(issuer, process, log)
            yield Provider(issuer, port, process, log, time.perf_counter() - started)
        finally:
            _stop(process)


def _wait_for_discovery(issuer: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + START_SECONDS
    while True:
        if process.poll() is not None:
            raise ServerError(f"the test OpenID provider exited ({process.returncode}):\n{log.read_text()}")
        with contextlib.suppress(httpx2.TransportError):
            if httpx2.get(issuer + ".well-known/openid-configuration", timeout=1).status_code == 200:
                return
        if time.monotonic() > deadline:
            raise ServerError(
                f"the test OpenID provider did not start in {START_SECONDS} s:\n{log.read_text()}"
            )
        time.sleep(0.02)


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
