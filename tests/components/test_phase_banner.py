"""Phase banner: the tag component's own markup for the phase, then the text and an optional feedback link."""

from __future__ import annotations

import gettext
from pathlib import Path
from typing import Any

import pytest

import i18n.locale
from components import ComponentParamsError
from components.phase_banner import PhaseBanner
from components.tag import Tag
from tests.components.css import PHYSICAL, css_rules
from tests.components.jinja import agency_environment
from tests.html import attr, classes, one, parse, select, text

CSS = (Path(__file__).parents[2] / "components" / "phase_banner" / "phase_banner.css").read_text()


def test_tag_then_text_in_one_paragraph() -> None:
    banner = one(PhaseBanner(tag={"text": "Beta"}, text="This is a new service.").render(), "div")
    assert classes(banner) == ["fd-phase-banner"]
    paragraph = one(banner, ":scope > p.fd-phase-banner__content")
    assert [(child.name, classes(child), text(child)) for child in paragraph.find_all(recursive=False)] == [
        ("strong", ["fd-tag", "fd-tag--blue"], "Beta"),
        ("span", ["fd-phase-banner__text"], "This is a new service."),
    ]
    assert text(paragraph) == "Beta This is a new service."  # a space between them, with no CSS too
    assert not select(banner, "a, [role], h1, h2, h3, h4, h5, h6")


def test_the_tag_is_the_tag_component_as_it_renders_alone() -> None:
    params = {"text": "Alpha", "color": "grey", "id": "phase", "classes": "x", "attributes": {"lang": "en"}}
    html = PhaseBanner(tag=params, text="Test version").render()
    assert str(one(html, ".fd-phase-banner__content > strong")) == str(one(Tag(**params).render(), "strong"))


def test_a_tag_instance_is_accepted() -> None:
    html = PhaseBanner(tag=Tag(text="Beta", color="green"), text="New").render()
    assert classes(one(html, "strong")) == ["fd-tag", "fd-tag--green"]


def test_feedback_link_follows_the_text() -> None:
    html = PhaseBanner(tag={"text": "Beta"}, text="New service.", feedback_href="/feedback").render()
    link = one(html, "span.fd-phase-banner__text > a.fd-link:last-child")
    assert (attr(link, "href"), text(link)) == ("/feedback", "Give feedback")
    assert text(one(html, "span.fd-phase-banner__text")) == "New service. Give feedback"


def test_feedback_link_text_of_your_own() -> None:
    html = PhaseBanner(
        tag={"text": "Beta"}, text="New.", feedback_href="/f", feedback_text="Tell <us>"
    ).render()
    link = one(html, "a")
    assert text(link) == "Tell <us>" and not select(link, "us")


def test_default_feedback_link_text_is_translated(monkeypatch: Any) -> None:
    class Spanish(gettext.NullTranslations):
        def gettext(self, message: str) -> str:
            return {"Give feedback": "Danos su opinión"}.get(message, message)

    monkeypatch.setattr(
        i18n.locale,
        "translations_for",
        lambda code: Spanish() if code == "es" else gettext.NullTranslations(),
    )
    with i18n.locale.use_locale("es"):
        html = PhaseBanner(tag={"text": "Beta"}, text="x", feedback_href="/f").render()
    assert text(one(html, "a")) == "Danos su opinión"


def test_feedback_text_without_a_link_names_both_fields() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        PhaseBanner(tag={"text": "Beta"}, text="x", feedback_text="Tell us")
    message = str(raised.value)
    assert message.startswith("PhaseBanner: invalid params")
    assert "'feedback_text'" in message and "'feedback_href'" in message


def test_text_is_escaped_and_html_is_inserted_as_given() -> None:
    page = parse(PhaseBanner(tag={"text": "<Beta>"}, text="New <b>service</b>").render())
    assert text(one(page, "strong")) == "<Beta>"
    assert text(one(page, "span")) == "New <b>service</b>" and not select(page, "b")
    span = one(PhaseBanner(tag={"text": "Beta"}, html='New. <a href="#s">Tell us</a>.').render(), "span")
    assert attr(one(span, ":scope > a"), "href") == "#s"


def test_tag_is_required_and_checked_as_a_tag() -> None:
    with pytest.raises(ComponentParamsError, match="'tag' is required"):
        PhaseBanner(text="x")  # type: ignore[call-arg]  # the missing param is the test
    with pytest.raises(ComponentParamsError) as raised:
        PhaseBanner(tag={"text": "Beta", "colour": "red"}, text="x")
    assert "'tag.colour' is not a param of PhaseBanner; did you mean 'color'?" in str(raised.value)
    with pytest.raises(ComponentParamsError) as raised:
        PhaseBanner(tag={"text": "Beta", "color": "black"}, text="x")
    assert "'tag.color'" in str(raised.value)


def test_content_is_required() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        PhaseBanner(tag={"text": "Beta"})
    assert "PhaseBanner" in str(raised.value) and "'text' or 'html'" in str(raised.value)


def test_classes_and_attributes_go_on_the_outer_element() -> None:
    banner = one(
        PhaseBanner(
            tag={"text": "Beta"}, text="x", classes="fd-width-container", attributes={"id": "p"}
        ).render(),
        "div",
    )
    assert classes(banner) == ["fd-phase-banner", "fd-width-container"] and attr(banner, "id") == "p"


def test_from_jinja_with_the_tag_as_a_dict() -> None:
    html = (
        agency_environment()
        .from_string("{{ fd.phase_banner(tag={'text': 'Beta'}, text='New', feedback_href='/f') }}")
        .render()
    )
    assert [e.name for e in select(html, ".fd-phase-banner *")] == ["p", "strong", "span", "a"]


def test_css_lays_out_by_logical_properties_and_keeps_its_line_in_forced_colors() -> None:
    rules = css_rules(CSS)
    assert "border-block-end" in rules[".fd-phase-banner"]
    assert rules["@media (forced-colors:active) .fd-phase-banner"]["border-block-end-color"] == "CanvasText"
    assert rules[".fd-phase-banner__content"]["display"] == "flex"
    assert not PHYSICAL.search(CSS)
