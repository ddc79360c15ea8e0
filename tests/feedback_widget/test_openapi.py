"""The OpenAPI document: valid, its schemas those of the API's models, its paths the app's routes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.testclient import TestClient

from feedback_widget import admin, web
from feedback_widget.api_models import ApiSubmission, ResponsePage, ResponsesQuery
from feedback_widget.service import FeedbackService
from feedback_widget.settings import FeedbackSettings
from feedback_widget.store import Store, StoreSettings
from feedback_widget.touchpoints import demo_registry
from i18n.middleware import LocaleMiddleware

# A request each operation can take without signing in: anything but 404 and 405 proves the route.
SAMPLE_REQUESTS: dict[str, dict[str, Any]] = {
    "post": {"json": {"answers": {"trust": "up"}}},
    "get": {},
}


@pytest.fixture
def service(tmp_path: Path) -> Iterator[FeedbackService]:
    url = f"sqlite:///{tmp_path / 'feedback.db'}"
    store = Store(url)
    store.migrate()
    settings = FeedbackSettings(secret_key="openapi-test", store=StoreSettings(database_url=url))
    yield FeedbackService(settings=settings, store=store, touchpoints=demo_registry(), separate_process=False)
    store.close()


def client_for(*routes: Any) -> TestClient:
    return TestClient(Starlette(routes=list(routes), middleware=[Middleware(LocaleMiddleware)]))


def test_the_document_is_valid_and_every_path_is_a_route_of_the_app(service: FeedbackService) -> None:
    client = client_for(
        *web.routes(service, prefix="/survey", api_prefix="/v2/feedback"),
        *admin.routes(service, prefix="/reports", api_prefix="/v2"),
    )
    document = client.get("/v2/openapi.json").json()
    validate(document)
    assert set(document["paths"]) == {
        "/v2/feedback/{touchpoint}",
        "/v2/feedback/{touchpoint}/widget",
        "/v2/admin/responses",
    }
    for path, operations in document["paths"].items():
        url = path.replace("{touchpoint}", "demo-benefits")
        for method in operations:
            response = client.request(method, url, **SAMPLE_REQUESTS[method])
            assert response.status_code not in (404, 405), (method, path, response.status_code)


def test_an_app_without_the_public_api_documents_only_the_admin_api(service: FeedbackService) -> None:
    document = client_for(*admin.routes(service)).get("/api/openapi.json").json()
    validate(document)
    assert list(document["paths"]) == ["/api/admin/responses"]


def test_a_language_prefix_is_the_server_url(service: FeedbackService) -> None:
    client = client_for(*web.routes(service), *admin.routes(service))
    assert client.get("/api/openapi.json").json()["servers"] == [{"url": "/"}]
    assert client.get("/es/api/openapi.json").json()["servers"] == [{"url": "/es"}]


def test_schemas_are_the_models(service: FeedbackService) -> None:
    document = client_for(*web.routes(service), *admin.routes(service)).get("/api/openapi.json").json()
    schemas = document["components"]["schemas"]
    submission = schemas["ApiSubmission"]
    assert set(submission["properties"]) == set(ApiSubmission.model_fields)
    assert submission["required"] == ["answers"] and submission["additionalProperties"] is False
    assert set(schemas["ResponsePage"]["properties"]) == set(ResponsePage.model_fields)
    assert schemas["ResponsePage"]["properties"]["items"]["items"] == {
        "$ref": "#/components/schemas/StoredResponse"
    }
    post = document["paths"]["/api/feedback/{touchpoint}"]["post"]
    assert post["requestBody"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/ApiSubmission"
    }
    assert {"200", "201", "403", "413", "422", "429"} <= set(post["responses"])
    assert any(p["name"] == "Idempotency-Key" and p["in"] == "header" for p in post["parameters"])
    widget = document["paths"]["/api/feedback/{touchpoint}/widget"]["get"]
    assert "text/html" in widget["responses"]["200"]["content"]
    listing = document["paths"]["/api/admin/responses"]["get"]
    assert [p["name"] for p in listing["parameters"]] == list(ResponsesQuery.model_fields)
    schemas = {p["name"]: p["schema"] for p in listing["parameters"]}
    assert schemas["per_page"] == {"type": "integer", "minimum": 1, "maximum": 200, "default": 50}
    assert schemas["touchpoint"] == {"type": "string"}  # absent, never null
