"""The OpenAPI 3.1 description of the feedback widget's JSON APIs, as an app mounts them.

The schemas come from the pydantic models in :mod:`feedback_widget.api_models` (their ``$defs``
become ``components/schemas``); the paths are those of the app's own routes, found by route name,
so the document follows wherever the routes are mounted. An operation whose route the app does not
have is left out.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import JsonSchemaMode, models_json_schema
from starlette.routing import NoMatchFound, Router

from feedback_widget.api_models import (
    MAX_IDEMPOTENCY_KEY,
    ApiCreated,
    ApiSubmission,
    Problem,
    ResponsePage,
    ResponsesQuery,
)
from feedback_widget.problems import PROBLEM_JSON
from feedback_widget.touchpoints import ID_MAX_LENGTH, SLUG_PATTERN

SUBMIT = "feedback_api_submit"
WIDGET = "feedback_api_widget"
ADMIN_RESPONSES = "feedback_admin_api_responses"
_PATH_PARAMETERS = {SUBMIT: ("touchpoint",), WIDGET: ("touchpoint",), ADMIN_RESPONSES: ()}

_MODELS: list[tuple[type[BaseModel], JsonSchemaMode]] = [
    (ApiSubmission, "validation"),
    (ApiCreated, "serialization"),
    (Problem, "serialization"),
    (ResponsePage, "serialization"),
]


def mounted_paths(router: Router) -> dict[str, str]:
    """The path template (``/api/feedback/{touchpoint}``) of each documented route `router` has."""
    found = {}
    for name, parameters in _PATH_PARAMETERS.items():
        try:
            found[name] = str(router.url_path_for(name, **{p: "{" + p + "}" for p in parameters}))
        except NoMatchFound:
            continue
    return found


def openapi_document(
    paths: Mapping[str, str], *, session_cookie: str, server_url: str = "/"
) -> dict[str, Any]:
    """The OpenAPI document of the operations in `paths` (route name to path, see :func:`mounted_paths`).

    `session_cookie` is the admin session cookie's name, which the admin API needs.
    """
    refs, schemas = models_json_schema(_MODELS, ref_template="#/components/schemas/{model}")

    def ref(model: type[BaseModel]) -> dict[str, Any]:
        mode: JsonSchemaMode = "validation" if model is ApiSubmission else "serialization"
        return refs[(model, mode)]

    def json_response(model: type[BaseModel], description: str) -> dict[str, Any]:
        return {"description": description, "content": {"application/json": {"schema": ref(model)}}}

    def problem(description: str, **extra: Any) -> dict[str, Any]:
        return {"description": description, "content": {PROBLEM_JSON: {"schema": ref(Problem)}}, **extra}

    refused_method = problem(
        "The path does not take this method.", headers={"Allow": {"schema": {"type": "string"}}}
    )

    touchpoint = {
        "name": "touchpoint",
        "in": "path",
        "required": True,
        "description": "The touchpoint (survey) id, such as demo-benefits.",
        "schema": {"type": "string", "pattern": SLUG_PATTERN.pattern, "maxLength": ID_MAX_LENGTH},
    }
    operations: dict[str, dict[str, Any]] = {
        SUBMIT: {
            "post": {
                "operationId": "submitFeedback",
                "summary": "Send one feedback response.",
                "description": "Validated against the touchpoint's question set; personal data in free "
                "text is redacted before it is stored. A retry with the same Idempotency-Key is "
                "stored once and answered with 200 and the first response's id.",
                "parameters": [
                    touchpoint,
                    {
                        "name": "Idempotency-Key",
                        "in": "header",
                        "required": False,
                        "description": "A key the client makes per response (such as a UUID), sent "
                        "again with every retry.",
                        "schema": {"type": "string", "minLength": 1, "maxLength": MAX_IDEMPOTENCY_KEY},
                    },
                ],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": ref(ApiSubmission)}},
                },
                "responses": {
                    "201": json_response(ApiCreated, "Stored."),
                    "200": json_response(
                        ApiCreated, "Already stored with this Idempotency-Key: the first response's id."
                    ),
                    "403": problem("Not allowed from this origin."),
                    "404": problem("There is no such touchpoint."),
                    "405": refused_method,
                    "413": problem("The body is too large."),
                    "415": problem(
                        "The body is not JSON.", headers={"Accept-Post": {"schema": {"type": "string"}}}
                    ),
                    "422": problem(
                        "The answers are not valid, or the Idempotency-Key was used for other answers: "
                        "a message per field, in the response's language.",
                    ),
                    "429": problem(
                        "Too many responses from this client; try again later.",
                        headers={"Retry-After": {"schema": {"type": "integer", "minimum": 0}}},
                    ),
                },
            }
        },
        WIDGET: {
            "get": {
                "operationId": "getWidget",
                "summary": "The widget as an HTML fragment, in the language asked for.",
                "parameters": [
                    touchpoint,
                    {
                        "name": "lang",
                        "in": "query",
                        "required": False,
                        "description": "The language (BCP 47); otherwise from Accept-Language.",
                        "schema": {"type": "string", "maxLength": 35},
                    },
                ],
                "responses": {
                    "200": {
                        "description": "The widget's form, a fragment of HTML.",
                        "content": {"text/html": {"schema": {"type": "string"}}},
                    },
                    "404": problem("There is no such touchpoint."),
                    "405": refused_method,
                },
            }
        },
        ADMIN_RESPONSES: {
            "get": {
                "operationId": "listResponses",
                "summary": "Stored responses (spam left out), newest first, a page at a time.",
                "description": "Needs the admin session cookie (sign in at the admin area).",
                "security": [{"adminSession": []}],
                "parameters": query_parameters(ResponsesQuery),
                "responses": {
                    "200": json_response(ResponsePage, "One page of responses."),
                    "401": problem("Not signed in."),
                    "405": refused_method,
                    "422": problem("A parameter is wrong."),
                },
            }
        },
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Front Door feedback widget",
            "version": "1.0.0",
            "summary": "Customer feedback for US public digital services (federal post-transaction set).",
            "license": {"name": "MIT", "identifier": "MIT"},
        },
        "servers": [{"url": server_url}],
        "paths": {path: operations[name] for name, path in paths.items()},
        "components": {
            "securitySchemes": {
                "adminSession": {"type": "apiKey", "in": "cookie", "name": session_cookie},
            },
            "schemas": schemas.get("$defs", {}),
        },
    }


def query_parameters(model: type[BaseModel]) -> list[dict[str, Any]]:
    """Each field of `model` as an optional query parameter, with its schema and description.

    A parameter is absent rather than null, so an optional field's ``null`` choice is left out.
    """
    properties = model.model_json_schema()["properties"]
    parameters = []
    for name, field in model.model_fields.items():
        schema = {
            key: value for key, value in properties[name].items() if key not in ("title", "description")
        }
        choices = [choice for choice in schema.pop("anyOf", []) if choice.get("type") != "null"]
        if choices:
            schema.update(choices[0] if len(choices) == 1 else {"anyOf": choices})
        if schema.get("default", ...) is None:
            del schema["default"]
        parameter: dict[str, Any] = {"name": name, "in": "query", "required": False, "schema": schema}
        if field.description:
            parameter["description"] = field.description
        parameters.append(parameter)
    return parameters
