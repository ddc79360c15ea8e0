"""Identity hand-off: how long the local test provider takes to start, and the time of one whole sign-in
round trip beside the bare HTTP requests it is made of, in the same run.

The provider is the Login.gov-shaped npm ``oidc-provider`` of ``tests/oidc_provider``, started by
``demo_site.local_provider``. A round trip is what happens when a person signs in: our ``/sign-in/start``
(discovery read once, PKCE, state and nonce kept), the provider's authorization and interaction pages,
the person's choice posted, and our ``/sign-in/callback`` (the code exchanged with ``private_key_jwt``,
the id_token checked against the provider's keys, a session started). The service runs in this process
behind Starlette's test client; the provider is a separate Node process on loopback. The bare figure is
the same number of plain GET requests to the provider's discovery document over one connection: the
floor that HTTP on loopback sets. Figures are printed, not asserted.

    python bench/sign_in.py [--rounds 30]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx2  # noqa: E402
from joserfc.jwk import RSAKey  # noqa: E402
from starlette.applications import Starlette  # noqa: E402
from starlette.routing import Mount  # noqa: E402
from starlette.testclient import TestClient  # noqa: E402

from components.identity_handoff.pages import AgencyHelp  # noqa: E402
from components.identity_handoff.profiles import login_gov  # noqa: E402
from components.identity_handoff.protocol import OidcClient  # noqa: E402
from components.identity_handoff.starlette import SignInRoutes  # noqa: E402
from demo_site.local_provider import CLIENT_ID, registration, run_provider  # noqa: E402

RP = "http://rp.test"
VERIFIED = "urn:acr.login.gov:verified"
PERSON = "8f1c3a52-6d4e-4b7a-9c21-5e0f7d3b9a64"


def _form_fields(html: str) -> tuple[str, dict[str, str]]:
    """The action and hidden fields of the provider page's one form (its markup is ours, and simple)."""
    from html.parser import HTMLParser

    class Reader(HTMLParser):
        action = ""
        hidden: dict[str, str]

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            found = dict(attrs)
            if tag == "form":
                self.action = found.get("action") or ""
            if tag == "input" and found.get("type") == "hidden":
                self.hidden[found.get("name") or ""] = found.get("value") or ""

    reader = Reader()
    reader.hidden = {}
    reader.feed(html)
    return reader.action, reader.hidden


def _follow(provider: httpx2.Client, rp: TestClient, response: Any, hops: list[str]) -> Any:
    for _hop in range(10):
        if response.status_code not in (302, 303):
            return response
        where = urljoin(str(response.url), response.headers["location"])
        hops.append(where)
        response = rp.get(where.removeprefix(RP)) if where.startswith(RP) else provider.get(where)
    raise RuntimeError("too many redirects")


def round_trip(rp: TestClient) -> tuple[float, int]:
    """One person signs in, from our start to signed in on our page: the seconds it took, and how many
    requests the browser made (the service's own request for the token comes on top)."""
    rp.cookies.clear()
    hops: list[str] = ["start"]
    began = time.perf_counter()
    with httpx2.Client(follow_redirects=False, timeout=10) as provider:
        page = _follow(provider, rp, rp.get("/sign-in/start?next=/"), hops)
        action, hidden = _form_fields(page.text)
        choice = {**hidden, "action": "sign-in", "account": PERSON, "acr": VERIFIED}
        hops.append("post")
        done = _follow(provider, rp, provider.post(urljoin(str(page.url), action), data=choice), hops)
    took = time.perf_counter() - began
    if done.status_code != 404 or "fd-session" not in rp.cookies:  # "/" is not served here: signed in
        raise RuntimeError(f"the sign-in did not finish: {done.status_code} {hops}")
    return took, len(hops)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    key = RSAKey.generate_key(2048, parameters={"alg": "RS256", "use": "sig", "kid": "bench"})
    client = registration([RP], {"keys": [key.as_dict(private=False)]})

    starts = []
    for _ in range(3):
        with run_provider([client]) as provider:
            starts.append(provider.start_seconds)
    print(f"provider start-up (3 starts): {', '.join(f'{seconds:.2f} s' for seconds in starts)}")

    with run_provider([client]) as provider:
        oidc = OidcClient(login_gov(provider.issuer), client_id=CLIENT_ID, private_key=key)
        sign_in = SignInRoutes(
            oidc, secret_key="bench-secret-key", help=AgencyHelp("Agency"), assurance=VERIFIED
        )
        rp = TestClient(
            Starlette(routes=[Mount("/sign-in", routes=sign_in.routes())]),
            base_url=RP,
            follow_redirects=False,
        )
        round_trip(rp)  # the discovery document and keys are read once, on the first sign-in
        rounds = [round_trip(rp) for _ in range(args.rounds)]
        times = [seconds for seconds, _ in rounds]
        requests_each = rounds[0][1] + 1  # the browser's requests, and the service's token request
        with httpx2.Client(timeout=10) as bare:
            url = provider.issuer + ".well-known/openid-configuration"
            bare.get(url)
            began = time.perf_counter()
            for _ in range(requests_each * args.rounds):
                bare.get(url)
            bare_each = (time.perf_counter() - began) / args.rounds
    print(
        f"sign-in round trip ({args.rounds} rounds): median {statistics.median(times) * 1000:.0f} ms, "
        f"best {min(times) * 1000:.0f} ms, worst {max(times) * 1000:.0f} ms"
    )
    print(
        f"bare, {requests_each} GETs of the discovery document (as many requests): {bare_each * 1000:.1f} ms"
    )


if __name__ == "__main__":
    main()
