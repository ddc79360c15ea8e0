"""The locale middleware on a real Starlette app: prefix, query, cookie, Accept-Language, headers."""

from __future__ import annotations

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from starlette.testclient import TestClient

import i18n
from i18n.middleware import COOKIE_NAME, LocaleMiddleware


async def where(request: Request) -> JSONResponse:
    return JSONResponse(
        {
            "locale": i18n.current_locale(),
            "url": str(request.url_for("where")),
            "route_path": request.state.locale_route_path,
        }
    )


@pytest.fixture
def client() -> TestClient:
    app = Starlette(routes=[Route("/where", where, name="where")])
    app.add_middleware(LocaleMiddleware)
    return TestClient(app)


def test_default_is_english_with_headers(client: TestClient) -> None:
    response = client.get("/where")
    assert response.json()["locale"] == "en"
    assert response.headers["content-language"] == "en"
    assert "Accept-Language" in response.headers["vary"] and "Cookie" in response.headers["vary"]
    assert "set-cookie" not in response.headers


def test_accept_language(client: TestClient) -> None:
    assert client.get("/where", headers={"Accept-Language": "zh-TW"}).json()["locale"] == "zh-Hant"
    assert client.get("/where", headers={"Accept-Language": "es-MX,en;q=0.5"}).json()["locale"] == "es"


def test_url_prefix_chooses_keeps_prefix_in_links_and_is_remembered(client: TestClient) -> None:
    response = client.get("/zh-hant/where", headers={"Accept-Language": "es"})
    body = response.json()
    assert body["locale"] == "zh-Hant"
    assert body["url"].endswith("/zh-hant/where")
    assert body["route_path"] == "/where"
    assert f"{COOKIE_NAME}=zh-Hant" in response.headers["set-cookie"]
    assert "SameSite=Lax" in response.headers["set-cookie"]
    # The cookie now outranks the browser's language.
    assert client.get("/where", headers={"Accept-Language": "es"}).json()["locale"] == "zh-Hant"


def test_query_parameter_chooses(client: TestClient) -> None:
    response = client.get("/where?lang=ar")
    assert response.json()["locale"] == "ar"
    assert response.headers["content-language"] == "ar"
    assert f"{COOKIE_NAME}=ar" in response.headers["set-cookie"]


def test_unknown_prefix_is_just_a_path(client: TestClient) -> None:
    assert client.get("/de/where").status_code == 404


def test_locale_does_not_leak_out_of_the_request(client: TestClient) -> None:
    client.get("/es/where")
    assert i18n.current_locale() == "en"
