"""Every demo page answers with the right status and the security headers, over the ASGI app."""

from __future__ import annotations

import pytest
from starlette.routing import Route
from starlette.testclient import TestClient

from a11y_tests.tests.demo_pages import demo_paths
from demo_site import create_app
from demo_site.security import SECURITY_HEADERS
from tests.html import attr, one, parse, select, text


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app())


def assert_secure(response) -> None:  # type: ignore[no-untyped-def]
    for name, value in SECURITY_HEADERS.items():
        if name == "X-Frame-Options" and response.headers[name] == "DENY":
            continue  # stricter than the site's default: the admin area may not be framed at all
        assert response.headers[name] == value
    csp = response.headers["content-security-policy"]
    assert "'unsafe-inline'" not in csp and "'unsafe-eval'" not in csp
    assert "frame-ancestors" in csp


@pytest.mark.parametrize("path", [p for p in demo_paths() if p != "/no-such-page"])
def test_page_answers_200_with_security_headers(client: TestClient, path: str) -> None:
    response = client.get(path)
    # The demo has no admin password configured: its admin area says it is closed.
    assert response.status_code == (503 if path == "/admin/" else 200), path
    assert response.headers["content-type"].startswith("text/html")
    assert_secure(response)
    page = parse(response.text)
    assert not select(page, "script:not([src])"), "inline script"
    assert not select(page, "style, [style]"), "inline style"
    assert len(select(page, "h1")) == 1


def test_gallery_lists_every_component(client: TestClient) -> None:
    from components.registry import registry

    page = parse(client.get("/components").text)
    linked = {attr(link, "href").rsplit("/", 1)[-1] for link in select(page, "main a[href*='/components/']")}
    assert set(registry()) <= linked


def test_component_page_shows_calls_html_and_params(client: TestClient) -> None:
    page = parse(client.get("/components/button").text)
    samples = [text(code) for code in select(page, "pre.demo-code code")]
    assert '{{ fd.button(text="Continue") }}' in samples
    assert 'from components.button import Button html = Button(text="Continue").render()' in samples
    assert '<button type="submit" class="fd-button fd-button--primary">Continue</button>' in samples
    table = one(page, "table:has(caption)")
    assert "prevent_double_click" in [text(cell) for cell in select(table, "tbody tr > :first-child")]


def test_not_found_is_plain_language(client: TestClient) -> None:
    response = client.get("/components/no-such-thing")
    assert response.status_code == 404
    assert text(one(parse(response.text), "h1")) == "Page not found"
    assert_secure(response)
    assert client.get("/components/button/no-such-example/preview").status_code == 404


def test_server_error_is_plain_language() -> None:
    app = create_app()

    async def boom(request):  # type: ignore[no-untyped-def]
        raise RuntimeError("secret internal detail")

    app.router.routes.append(Route("/boom", boom))
    response = TestClient(app, raise_server_exceptions=False).get("/boom")
    assert response.status_code == 500
    assert text(one(parse(response.text), "h1")).startswith("Sorry, something went wrong")
    assert "secret internal detail" not in response.text and "Traceback" not in response.text


def test_static_assets(client: TestClient) -> None:
    css = client.get("/static/frontdoor/frontdoor.css")
    assert css.status_code == 200 and ".fd-button" in css.text
    assert (
        client.get(
            "/static/frontdoor/frontdoor.css", headers={"If-None-Match": css.headers["etag"]}
        ).status_code
        == 304
    )
    assert client.get("/static/frontdoor/frontdoor.js").status_code == 200
    htmx = client.get("/static/frontdoor/vendor/htmx.min.js")
    assert htmx.status_code == 200 and "htmx" in htmx.text
