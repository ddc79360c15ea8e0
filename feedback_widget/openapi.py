"""The OpenAPI 3.1 description of the feedback widget's HTTP API, served at ``/api/openapi.json``."""

from __future__ import annotations

from typing import Any

from feedback_widget.questions import DRIVERS

_ERROR = {"$ref": "#/components/schemas/Error"}
_TOUCHPOINT = {
    "name": "touchpoint",
    "in": "path",
    "required": True,
    "description": "The touchpoint (survey) id, such as demo-benefits.",
    "schema": {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$", "maxLength": 200},
}


def _json(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def openapi_document(server_url: str = "/") -> dict[str, Any]:
    """The OpenAPI document: the public submission and widget endpoints, and the admin JSON API."""
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Front Door feedback widget",
            "version": "1.0.0",
            "summary": "Customer feedback for US public digital services (federal post-transaction set).",
            "license": {"name": "MIT", "identifier": "MIT"},
        },
        "servers": [{"url": server_url}],
        "paths": {
            "/api/feedback/{touchpoint}": {
                "post": {
                    "operationId": "submitFeedback",
                    "summary": "Send one feedback response.",
                    "description": "Validated against the touchpoint's question set; personal data in free "
                    "text is redacted before it is stored. A retry with the same Idempotency-Key is "
                    "stored once and answered with 200 and the first response's id.",
                    "parameters": [
                        _TOUCHPOINT,
                        {
                            "name": "Idempotency-Key",
                            "in": "header",
                            "required": False,
                            "description": "A key the client makes per response (such as a UUID), sent "
                            "again with every retry.",
                            "schema": {"type": "string", "minLength": 1, "maxLength": 200},
                        },
                    ],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Submission"}}
                        },
                    },
                    "responses": {
                        "201": _json({"$ref": "#/components/schemas/Created"}, "Stored."),
                        "200": _json(
                            {"$ref": "#/components/schemas/Created"},
                            "Already stored with this Idempotency-Key: the first response's id.",
                        ),
                        "403": _json(_ERROR, "Not allowed from this origin, or the form looked automated."),
                        "404": _json(_ERROR, "There is no such touchpoint."),
                        "413": _json(_ERROR, "The body is too large."),
                        "422": _json(
                            {"$ref": "#/components/schemas/ValidationErrors"},
                            "The answers are not valid: a message per field, in the response's language.",
                        ),
                        "429": {
                            "description": "Too many responses from this client; try again later.",
                            "headers": {"Retry-After": {"schema": {"type": "integer", "minimum": 0}}},
                            "content": {"application/json": {"schema": _ERROR}},
                        },
                    },
                }
            },
            "/api/feedback/{touchpoint}/widget": {
                "get": {
                    "operationId": "getWidget",
                    "summary": "The widget as an HTML fragment, in the language asked for.",
                    "parameters": [
                        _TOUCHPOINT,
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
                        "404": {"description": "There is no such touchpoint."},
                    },
                }
            },
            "/api/admin/responses": {
                "get": {
                    "operationId": "listResponses",
                    "summary": "Stored responses (spam left out), newest first, a page at a time.",
                    "description": "Needs the admin session cookie (sign in at the admin area).",
                    "security": [{"adminSession": []}],
                    "parameters": [
                        {
                            "name": "touchpoint",
                            "in": "query",
                            "required": False,
                            "schema": {"type": "string"},
                        },
                        {
                            "name": "since",
                            "in": "query",
                            "required": False,
                            "description": "From this date or time (included), ISO 8601; UTC when no offset.",
                            "schema": {"type": "string"},
                        },
                        {
                            "name": "until",
                            "in": "query",
                            "required": False,
                            "description": "Before this date or time (not included), ISO 8601.",
                            "schema": {"type": "string"},
                        },
                        {
                            "name": "page",
                            "in": "query",
                            "required": False,
                            "schema": {"type": "integer", "minimum": 1, "default": 1},
                        },
                        {
                            "name": "per_page",
                            "in": "query",
                            "required": False,
                            "schema": {"type": "integer", "minimum": 1, "maximum": 200, "default": 50},
                        },
                    ],
                    "responses": {
                        "200": _json({"$ref": "#/components/schemas/ResponsePage"}, "One page of responses."),
                        "401": _json(_ERROR, "Not signed in."),
                        "422": _json(
                            {"$ref": "#/components/schemas/ValidationErrors"}, "A parameter is wrong."
                        ),
                    },
                }
            },
        },
        "components": {
            "securitySchemes": {
                "adminSession": {"type": "apiKey", "in": "cookie", "name": "fd_admin_session"},
            },
            "schemas": {
                "Submission": {
                    "type": "object",
                    "required": ["answers"],
                    "additionalProperties": False,
                    "properties": {
                        "answers": {
                            "type": "object",
                            "description": "Question key to answer: a string, or a list for tick-box "
                            f"questions. post_transaction: trust (up or down), positive_drivers and "
                            f"negative_drivers (of {', '.join(DRIVERS)}), comment.",
                            "additionalProperties": {
                                "oneOf": [
                                    {"type": "string", "maxLength": 10000},
                                    {"type": "array", "items": {"type": "string", "maxLength": 200}},
                                ]
                            },
                            "examples": [{"trust": "up", "positive_drivers": ["ease"], "comment": "Quick."}],
                        },
                        "locale": {"type": "string", "maxLength": 35, "description": "BCP 47 language."},
                        "page_url": {
                            "type": ["string", "null"],
                            "maxLength": 2000,
                            "description": "The page the feedback is about.",
                        },
                    },
                },
                "Created": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {"id": {"type": "string", "format": "uuid"}},
                },
                "Error": {
                    "type": "object",
                    "properties": {"error": {"type": "string"}},
                },
                "ValidationErrors": {
                    "type": "object",
                    "required": ["errors"],
                    "properties": {
                        "errors": {"type": "object", "additionalProperties": {"type": "string"}},
                    },
                },
                "StoredResponse": {
                    "type": "object",
                    "required": ["id", "created_at", "touchpoint", "question_set", "locale", "answers"],
                    "properties": {
                        "id": {"type": "string", "format": "uuid"},
                        "created_at": {"type": "string", "format": "date-time"},
                        "touchpoint": {"type": "string"},
                        "question_set": {"type": "string"},
                        "locale": {"type": "string"},
                        "page_url": {"type": ["string", "null"]},
                        "answers": {
                            "type": "object",
                            "additionalProperties": {"type": "array", "items": {"type": "string"}},
                        },
                    },
                },
                "ResponsePage": {
                    "type": "object",
                    "required": ["total", "page", "per_page", "items", "links"],
                    "properties": {
                        "total": {"type": "integer", "minimum": 0},
                        "page": {"type": "integer", "minimum": 1},
                        "per_page": {"type": "integer", "minimum": 1},
                        "items": {"type": "array", "items": {"$ref": "#/components/schemas/StoredResponse"}},
                        "links": {
                            "type": "object",
                            "properties": {
                                "self": {"type": "string"},
                                "next": {"type": ["string", "null"]},
                                "prev": {"type": ["string", "null"]},
                            },
                        },
                    },
                },
            },
        },
    }
