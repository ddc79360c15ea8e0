"""Cookie banner: a named region of messages, each with a heading, its text and its actions; buttons
that send a post form with the caller's hidden fields, no script; hidden messages; no alert role on the
message that comes with a new page; clear errors."""

from __future__ import annotations

import gettext
from pathlib import Path
from typing import Any

import pytest
from markupsafe import Markup

import i18n.locale
from components import ComponentParamsError
from components.cookie_banner import CookieBanner
from tests.components.css import PHYSICAL, css_rules
from tests.components.jinja import agency_environment
from tests.html import attr, classes, one, parse, select, text

FOLDER = Path(__file__).parents[2] / "components" / "cookie_banner"
CSS = (FOLDER / "cookie_banner.css").read_text()
RULES = css_rules(CSS)
TEMPLATE = (FOLDER / "cookie_banner.html").read_text()
ACCEPT = {"text": "Accept extra cookies", "name": "cookies", "value": "accept"}
REJECT = {"text": "Reject extra cookies", "name": "cookies", "value": "reject"}
VIEW = {"text": "View cookies", "href": "/cookies", "variant": "secondary"}
HIDE = {"text": "Hide cookie message", "name": "cookies", "value": "hide"}
QUESTION = {"text": "May we use extra cookies?", "actions": [ACCEPT, REJECT, VIEW]}


def test_a_named_region_with_a_message_its_heading_text_and_a_post_form() -> None:
    page = parse(CookieBanner(messages=[QUESTION]).render())
    section = one(page, "section")
    assert section.parent is page and classes(section) == ["fd-cookie-banner"]
    assert attr(section, "aria-label") == "Cookies"
    assert section.has_attr("data-nosnippet") and not section.has_attr("hidden")
    message = one(section, ":scope > div")
    assert classes(message) == ["fd-cookie-banner__message", "fd-width-container"]
    assert [(child.name, classes(child)) for child in message.find_all(recursive=False)] == [
        ("p", ["fd-heading-s"]),
        ("p", ["fd-body"]),
        ("form", []),
    ]
    assert [text(child) for child in message.find_all(recursive=False)[:2]] == [
        "Cookies",
        "May we use extra cookies?",
    ]
    form = one(message, "form")
    assert attr(form, "method") == "post" and not form.has_attr("action")
    # The actions are the button group component, each the button component.
    items = select(form, ":scope > ul.fd-button-group > li.fd-button-group__item")
    assert [(item.contents[0].name, text(item)) for item in items] == [
        ("button", "Accept extra cookies"),
        ("button", "Reject extra cookies"),
        ("a", "View cookies"),
    ]
    buttons = select(form, "button.fd-button")
    assert [(attr(b, "type"), attr(b, "name"), attr(b, "value")) for b in buttons] == [
        ("submit", "cookies", "accept"),
        ("submit", "cookies", "reject"),
    ]
    # Accept and reject have the same weight: neither is the less visible choice.
    assert classes(buttons[0]) == classes(buttons[1]) == ["fd-button", "fd-button--primary"]
    assert attr(one(form, "a.fd-button--secondary"), "href") == "/cookies"
    assert not select(page, "script, [role], [aria-live], [tabindex], [autofocus]")


def test_the_service_name_names_the_region_and_the_heading() -> None:
    html = CookieBanner(service_name="Apply for food", messages=[QUESTION]).render()
    assert attr(one(html, "section"), "aria-label") == "Cookies on Apply for food"
    assert text(one(html, ".fd-heading-s")) == "Cookies on Apply for food"


def test_own_region_name_and_own_heading() -> None:
    html = CookieBanner(
        label="Cookie choice", messages=[{**QUESTION, "heading_text": "Cookies on this site"}]
    ).render()
    assert attr(one(html, "section"), "aria-label") == "Cookie choice"
    assert text(one(html, ".fd-heading-s")) == "Cookies on this site"
    # The label names the region only: the default heading still says "Cookies".
    assert (
        text(one(CookieBanner(label="Cookie choice", messages=[QUESTION]).render(), "p.fd-heading-s"))
        == "Cookies"
    )
    with pytest.raises(ComponentParamsError, match=r"'label': .*must have words"):
        CookieBanner(label="  ", messages=[QUESTION])


def test_the_form_goes_where_it_is_told_with_the_callers_hidden_fields() -> None:
    token = '<input type="hidden" name="csrf_token" value="abc">'
    html = CookieBanner(
        form_action="/cookie-choice",
        extra_fields_html=token,
        messages=[QUESTION, {"text": "Saved", "actions": [HIDE], "hidden": True}],
    ).render()
    forms = select(html, "form")
    assert [attr(form, "action") for form in forms] == ["/cookie-choice", "/cookie-choice"]
    for form in forms:
        field = one(form, ":scope > input[type=hidden]")
        assert (attr(field, "name"), attr(field, "value")) == ("csrf_token", "abc")


def test_no_form_when_the_actions_are_links_only() -> None:
    html = CookieBanner(messages=[{"text": "We use essential cookies.", "actions": [VIEW]}]).render()
    assert not select(html, "form") and attr(one(html, "ul > li > a"), "href") == "/cookies"
    assert not select(CookieBanner(messages=[{"text": "We use essential cookies."}]).render(), "form, ul")


def test_the_answer_comes_with_a_new_page_so_it_is_not_an_alert() -> None:
    html = CookieBanner(
        messages=[
            {**QUESTION, "hidden": True},
            {"html": '<p class="fd-body">You accepted. <a href="/cookies">Change</a></p>', "actions": [HIDE]},
        ]
    ).render()
    question, answer = select(html, ".fd-cookie-banner__message")
    assert question.has_attr("hidden") and not answer.has_attr("hidden")
    assert not select(html, "[role], [aria-live]")
    assert attr(one(answer, "p.fd-body > a"), "href") == "/cookies"
    assert [attr(b, "value") for b in select(answer, "button")] == ["hide"]


def test_a_banner_whose_messages_are_all_hidden_is_hidden() -> None:
    html = CookieBanner(messages=[{**QUESTION, "hidden": True}, {"text": "Saved", "hidden": True}]).render()
    assert one(html, "section").has_attr("hidden")


@pytest.mark.parametrize("level", [2, 3, 6])
def test_heading_level(level: int) -> None:
    html = CookieBanner(heading_level=level, messages=[QUESTION, {"text": "x", "hidden": True}]).render()
    headings = select(html, "h1, h2, h3, h4, h5, h6")
    assert [(h.name, classes(h), text(h)) for h in headings] == [
        (f"h{level}", ["fd-heading-m"], "Cookies")
    ] * 2


def test_the_heading_is_bold_text_by_default_so_the_page_h1_stays_its_first_heading() -> None:
    assert not select(CookieBanner(messages=[QUESTION]).render(), "h1, h2, h3, h4, h5, h6")


@pytest.mark.parametrize("level", [1, 7])
def test_heading_level_out_of_range_names_the_field(level: int) -> None:
    with pytest.raises(ComponentParamsError, match="'heading_level'"):
        CookieBanner(heading_level=level, messages=[QUESTION])


def test_text_is_escaped_and_html_is_inserted_as_given() -> None:
    html = CookieBanner(
        service_name="<b>Apply</b>",
        messages=[
            {"heading_text": "<i>Cookies</i>", "text": "<u>We use cookies</u>"},
            {"heading_html": '<span lang="es">Galletas</span>', "html": "<p><em>Usamos galletas</em></p>"},
        ],
    ).render()
    page = parse(html)
    assert not select(page, "b, i, u")
    assert attr(one(page, "section"), "aria-label") == "Cookies on <b>Apply</b>"
    first, second = select(page, ".fd-cookie-banner__message")
    assert [text(child) for child in first.find_all(recursive=False)] == [
        "<i>Cookies</i>",
        "<u>We use cookies</u>",
    ]
    assert text(one(second, "p.fd-heading-s > span[lang=es]")) == "Galletas"
    assert text(one(second, ":scope > p > em")) == "Usamos galletas"


def test_default_words_go_through_gettext(monkeypatch: Any) -> None:
    spanish = {"Cookies": "Cookies (es)", "Cookies on %(service)s": "Cookies en %(service)s"}

    class Spanish(gettext.NullTranslations):
        def gettext(self, message: str) -> str:
            return spanish.get(message, message)

    monkeypatch.setattr(
        i18n.locale,
        "translations_for",
        lambda code: Spanish() if code == "es" else gettext.NullTranslations(),
    )
    with i18n.locale.use_locale("es"):
        plain = CookieBanner(messages=[QUESTION]).render()
        named = CookieBanner(service_name="Solicitar", messages=[QUESTION]).render()
    assert attr(one(plain, "section"), "aria-label") == text(one(plain, ".fd-heading-s")) == "Cookies (es)"
    assert (
        attr(one(named, "section"), "aria-label")
        == text(one(named, ".fd-heading-s"))
        == "Cookies en Solicitar"
    )


def test_buttons_must_send_the_form_with_a_name_and_value() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        CookieBanner(messages=[{"text": "x", "actions": [{**ACCEPT, "type": "button"}]}])
    message = str(raised.value)
    assert message.startswith("CookieBanner: invalid params")
    assert "'actions.0' is a button of type 'button', which does nothing without a script" in message
    with pytest.raises(ComponentParamsError, match=r"'actions\.1' needs 'name' and 'value'"):
        CookieBanner(messages=[{"text": "x", "actions": [ACCEPT, {"text": "Reject", "name": "cookies"}]}])


def test_wrong_params_name_the_component_and_field() -> None:
    with pytest.raises(ComponentParamsError, match="'messages' is required"):
        CookieBanner()  # type: ignore[call-arg]  # the missing param is the test
    with pytest.raises(ComponentParamsError, match="'messages'"):
        CookieBanner(messages=[])
    with pytest.raises(ComponentParamsError, match="give 'text' or 'html'"):
        CookieBanner(messages=[{"heading_text": "Cookies"}])
    with pytest.raises(ComponentParamsError, match=r"'messages\.0\.actions\.0\.variant'"):
        CookieBanner(messages=[{"text": "x", "actions": [{**ACCEPT, "variant": "big"}]}])
    with pytest.raises(ComponentParamsError, match=r"'messages\.0\.role' is not a param of CookieBanner"):
        CookieBanner(messages=[{"text": "x", "role": "alert"}])


def test_classes_attributes_and_call_from_a_template() -> None:
    section = one(
        CookieBanner(messages=[QUESTION], classes="extra", attributes={"data-x": "1"}).render(), "section"
    )
    assert (classes(section), attr(section, "data-x")) == (["fd-cookie-banner", "extra"], "1")
    html = agency_environment().from_string(
        "{{ fd.cookie_banner(service_name='Apply', extra_fields_html=token, "
        "messages=[{'text': 'We use cookies.', 'actions': "
        "[{'text': 'OK, hide this message', 'name': 'cookies', 'value': 'hide'}]}]) }}"
    )
    page = parse(html.render(token=Markup('<input type="hidden" name="t" value="1">')))
    assert [attr(field, "name") for field in select(page, "form > input")] == ["t"]
    assert [attr(b, "value") for b in select(page, "form button")] == ["hide"]


def test_css_sets_the_band_apart_in_forced_colors_too() -> None:
    band = RULES[".fd-cookie-banner"]
    assert band["background"] == "var(--fd-color-background-muted)"
    assert band["border-block-end"] == "1px solid var(--fd-color-border-light)"
    assert RULES["@media (forced-colors:active) .fd-cookie-banner"]["border-block-end-color"] == "CanvasText"
    assert not PHYSICAL.search(CSS), PHYSICAL.search(CSS)
    assert "<script" not in TEMPLATE and "style=" not in TEMPLATE
