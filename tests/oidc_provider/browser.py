"""One person's browser across two sites: the service, in-process behind Starlette's test client, and the
test provider over real HTTP, each keeping its own cookies, as a browser does."""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin

import httpx2
from starlette.testclient import TestClient

from tests.html import attr, one, parse, select
from tests.oidc_provider import VERIFIED, VERIFIED_PERSON


class Browser:
    """One person's browser: the service through its test client, the provider over real HTTP."""

    def __init__(self, rp: TestClient, rp_base: str) -> None:
        self.rp = rp
        self.rp_base = rp_base
        self.provider = httpx2.Client(follow_redirects=False, timeout=10)

    def get(self, url: str, **params: Any) -> Any:
        if url.startswith(self.rp_base) or url.startswith("/"):
            return self.rp.get(url.removeprefix(self.rp_base), params=params or None)
        return self.provider.get(url, params=params or None)

    def follow(self, response: Any) -> Any:
        """Follow redirects, across both sites, to the first page that is not one."""
        for _hop in range(10):
            if response.status_code not in (302, 303):
                return response
            where = urljoin(str(response.url), response.headers["location"])
            response = self.get(where)
        raise AssertionError("too many redirects")

    def post_form(self, page: Any, **fields: str) -> Any:
        """Post the provider page's one form, as a browser does, with a pressed button's name and value;
        the answer, not followed."""
        form = one(parse(page.text), "form")
        hidden = {
            attr(field, "name") or "": attr(field, "value") or ""
            for field in select(form, "input[type=hidden]")
        }
        target = urljoin(str(page.url), attr(form, "action") or "")
        return self.provider.post(target, data={**hidden, **fields})

    def submit(self, page: Any, **fields: str) -> Any:
        """Post the page's form and follow where it leads, across both sites."""
        return self.follow(self.post_form(page, **fields))

    def back_to_service(self, page: Any, *, acr: str = VERIFIED) -> str:
        """Sign in at the provider's page; the address it sends the browser back to (not followed)."""
        response = self.post_form(page, action="sign-in", account=VERIFIED_PERSON, acr=acr)
        while not response.headers["location"].startswith(self.rp_base):
            response = self.provider.get(urljoin(str(response.url), response.headers["location"]))
        return str(response.headers["location"])
