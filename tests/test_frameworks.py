"""The components render through each framework an agency might use: Starlette, Flask, Django."""

from __future__ import annotations

from pathlib import Path

import pytest

import components
from components.page import Page
from tests.html import attr, classes, one, parse, text

TEMPLATE = (
    '{% extends "frontdoor/page/page.html" %}'
    '{% block content %}<h1>Apply</h1>{{ fd.button(text="Continue") }}{% endblock %}'
)


def assert_page(html: str) -> None:
    page = parse(html)
    main = one(page, "body > main#main-content")
    assert [child.name for child in main.find_all(recursive=False)] == ["h1", "button"]
    assert text(one(main, "h1")) == "Apply"
    assert classes(one(main, "button")) == ["fd-button", "fd-button--primary"]
    assert text(one(page, "head > title")) == "Apply for benefits"


@pytest.fixture
def template_dir(tmp_path: Path) -> Path:
    (tmp_path / "apply.html").write_text(TEMPLATE)
    return tmp_path


def test_starlette(template_dir: Path) -> None:
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route
    from starlette.templating import Jinja2Templates
    from starlette.testclient import TestClient

    templates = Jinja2Templates(directory=template_dir)
    components.install(templates.env)

    async def apply(request: Request) -> Response:
        page = Page(title="Apply for benefits", service_name="Benefits")
        return templates.TemplateResponse(request, "apply.html", {"page": page})

    response = TestClient(Starlette(routes=[Route("/", apply)])).get("/")
    assert response.status_code == 200
    assert_page(response.text)


def test_flask(template_dir: Path) -> None:
    from flask import Flask, render_template

    app = Flask(__name__, template_folder=str(template_dir))
    components.install(app.jinja_env)

    @app.route("/")
    def apply() -> str:
        return render_template("apply.html", page=Page(title="Apply for benefits", service_name="Benefits"))

    response = app.test_client().get("/")
    assert response.status_code == 200
    assert_page(response.get_data(as_text=True))


def test_django_jinja2_backend(template_dir: Path) -> None:
    import django
    from django.conf import settings
    from django.template.loader import get_template

    if not settings.configured:
        settings.configure(
            TEMPLATES=[
                {
                    "BACKEND": "django.template.backends.jinja2.Jinja2",
                    "DIRS": [str(template_dir)],
                    "OPTIONS": {"environment": "components.make_environment"},
                }
            ]
        )
        django.setup()
    html = get_template("apply.html").render(
        {"page": Page(title="Apply for benefits", service_name="Benefits")}
    )
    assert_page(html)


def test_flask_sets_the_locale_per_request(template_dir: Path) -> None:
    """The README's Flask recipe: negotiate, activate before the request, deactivate after."""
    from flask import Flask, g, render_template, request

    import i18n

    app = Flask(__name__, template_folder=str(template_dir))
    components.install(app.jinja_env)

    @app.before_request
    def choose_language() -> None:
        g.language = i18n.activate(
            i18n.negotiate(
                request.headers.get("Accept-Language"),
                request.cookies.get("frontdoor_lang"),
                request.args.get("lang"),
            )
        )

    @app.teardown_request
    def forget_language(exc: BaseException | None) -> None:
        i18n.deactivate(g.language)

    @app.route("/")
    def apply() -> str:
        return render_template("apply.html", page=Page(title="Apply for benefits", service_name="Benefits"))

    html = app.test_client().get("/", headers={"Accept-Language": "ar-EG"}).get_data(as_text=True)
    root = one(html, "html")
    assert (attr(root, "lang"), attr(root, "dir")) == ("ar", "rtl")
    with i18n.use_locale("ar"):
        arabic = i18n.gettext("Skip to main content")
    assert arabic != "Skip to main content"
    assert text(one(html, "a.fd-skip-link")) == arabic
    assert i18n.current_locale() == "en"
