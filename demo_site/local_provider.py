"""A local OpenID provider for the demo and the tests: the test provider in ``tests/oidc_provider`` (npm
``oidc-provider``, shaped like Login.gov, its pages marked "TEST PROVIDER, NOT LOGIN.GOV") run by Node
on a free loopback port.

``frontdoor demo`` starts one when no ``FRONTDOOR_OIDC_ISSUER`` is set, so that a newcomer can sign in
with no set-up (:func:`demo_provider`); the tests start theirs through :func:`run_provider`. It needs
Node and the folder's ``node_modules`` (``make demo`` and ``make setup-test`` install both).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from joserfc.jwk import RSAKey

FOLDER = Path(__file__).resolve().parents[1] / "tests" / "oidc_provider"
"""Where the provider's script and packages are, in a checkout of the project."""
START_SECONDS = 5
CLIENT_ID = "urn:gov:gsa:openidconnect.profiles:sp:sso:frontdoor:demo"


class ProviderError(RuntimeError):
    """The local provider cannot run, or did not start: the message says why (with its log)."""


def missing() -> str | None:
    """What is missing for the local provider to run, or ``None`` when nothing is."""
    if shutil.which("node") is None:
        return "Node is not installed (apt-get install -y nodejs)"
    if not (FOLDER / "node_modules" / "oidc-provider").is_dir():
        return f"oidc-provider is not installed: run `npm ci --ignore-scripts` in {FOLDER}"
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass(frozen=True)
class Provider:
    """A running local provider."""

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
def run_provider(
    clients: Sequence[Mapping[str, Any]],
    *,
    jwks: Mapping[str, Any] | None = None,
    accept_id_token_hint: bool = False,
) -> Iterator[Provider]:
    """Run the provider until the block ends. ``clients``: dicts of ``client_id``, ``redirect_uris``,
    ``post_logout_redirect_uris``, ``jwks`` (the client's public JWK Set) and ``failure_to_proof_uri``;
    ``jwks``: the provider's private signing keys (a fresh key by default); ``accept_id_token_hint``:
    accept it at logout, which Login.gov refuses. Its issuer is ``http://localhost:<port>/`` (with
    Login.gov's trailing slash). Raises :class:`ProviderError` if it cannot run or does not answer
    discovery within 5 s, three times."""
    problem = missing()
    if problem:
        raise ProviderError(problem)
    base_environment = {
        **os.environ,
        "OP_CLIENTS_JSON": json.dumps(list(clients)),
        "OP_ACCEPT_ID_TOKEN_HINT": "1" if accept_id_token_hint else "0",
    }
    if jwks is not None:
        base_environment["OP_JWKS_JSON"] = json.dumps(jwks)
    with tempfile.TemporaryDirectory(prefix="fd-oidc-") as folder:
        log = Path(folder) / "provider.log"
        started = time.perf_counter()
        # Tried up to three times, each on a new port: a free port may be taken before Node binds it,
        # and twice in long test runs a start hung with nothing logged.
        for attempt in range(3):
            port = _free_port()
            issuer = f"http://localhost:{port}/"
            with log.open("wb") as out:
                process = subprocess.Popen(
                    ["node", "provider.mjs"],
                    cwd=FOLDER,
                    env={**base_environment, "OP_PORT": str(port)},
                    stdout=out,
                    stderr=subprocess.STDOUT,
                )
            try:
                _wait_for_discovery(issuer, process, log)
            except ProviderError:
                _stop(process)
                if attempt == 2:
                    raise
                continue
            break
        try:
            yield Provider(issuer, port, process, log, time.perf_counter() - started)
        finally:
            _stop(process)


def _wait_for_discovery(issuer: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + START_SECONDS
    while True:
        if process.poll() is not None:
            raise ProviderError(
                f"the local OpenID provider exited ({process.returncode}):\n{log.read_text()}"
            )
        url = issuer + ".well-known/openid-configuration"
        with (
            contextlib.suppress(OSError, urllib.error.URLError),
            urllib.request.urlopen(url, timeout=1) as answer,
        ):
            if answer.status == 200:
                return
        if time.monotonic() > deadline:
            raise ProviderError(
                f"the local OpenID provider did not start in {START_SECONDS} s:\n{log.read_text()}"
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


def registration(
    sites: Sequence[str], public_jwks: Mapping[str, Any], client_id: str = CLIENT_ID
) -> dict[str, Any]:
    """The demo site, reached at each of ``sites`` (``http://127.0.0.1:8000``), as the provider knows
    it: its redirect URI, its page after sign-out, its failure-to-proof page and its public key."""
    return {
        "client_id": client_id,
        "redirect_uris": [f"{site}/sign-in/callback" for site in sites],
        "post_logout_redirect_uris": [f"{site}/signed-out" for site in sites],
        "jwks": dict(public_jwks),
        "failure_to_proof_uri": f"{sites[0]}/sign-in/could-not-verify",
    }


@contextlib.contextmanager
def demo_provider(sites: Sequence[str]) -> Iterator[dict[str, str]]:
    """A local provider that knows the demo at each of ``sites`` (one server by several names), with a
    fresh key for the demo; yields the ``FRONTDOOR_OIDC_*`` settings that point the demo at it."""
    key = RSAKey.generate_key(2048, parameters={"alg": "RS256", "use": "sig", "kid": "frontdoor-demo"})
    client = registration(sites, {"keys": [key.as_dict(private=False)]})
    with tempfile.TemporaryDirectory(prefix="fd-demo-key-") as folder, run_provider([client]) as provider:
        key_file = Path(folder) / "demo-key.json"
        key_file.write_text(json.dumps(key.as_dict(private=True)))
        key_file.chmod(0o600)
        yield {
            "FRONTDOOR_OIDC_ISSUER": provider.issuer,
            "FRONTDOOR_OIDC_CLIENT_ID": CLIENT_ID,
            "FRONTDOOR_OIDC_PRIVATE_KEY_FILE": str(key_file),
            "FRONTDOOR_OIDC_ACR_VALUES": "urn:acr.login.gov:verified",
            "FRONTDOOR_OIDC_PROFILE": "login_gov",
        }
