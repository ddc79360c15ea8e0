"""Search: a form inside a <search> landmark, GET to the action by default, a label hidden unless asked,
a search field and the button component; three sizes; right-to-left; in the header; clear errors."""

from __future__ import annotations

import gettext
from pathlib import Path
from typing import Any

import pytest

import i18n
import i18n.locale
from components import ComponentParamsError
from components.header import Header
from components.search import Search
from tests.components.css import PHYSICAL, css_rules
from tests.components.jinja import agency_environment
from tests.html import attr, classes, one, parse, select, text

FOLDER = Path(__file__).parents[2] / "components" / "search"
CSS = (FOLDER / "search.css").read_text()
RULES = css_rules(CSS)
TEMPLATE = (FOLDER / "search.html").read_text()


def error(**params: Any) -> str:
    with pytest.raises(ComponentParamsError) as raised:
        Search(**params)
    return str(raised.value)


def test_a_get_form_in_a_search_landmark_with_a_label_field_and_button() -> None:
    page = parse(Search(action="/search").render())
    landmark = one(page, "search")
    assert landmark.parent is page and classes(landmark) == ["fd-search"]
    assert attr(landmark, "aria-label") is None and attr(landmark, "role") is None
    form = one(landmark, ":scope > form")
    assert (attr(form, "action"), attr(form, "method"), classes(form)) == (
        "/search",
        "get",
        ["fd-search__form"],
    )
    assert [child.name for child in form.find_all(recursive=False)] == ["label", "input", "button"]
    label, field, button = form.find_all(recursive=False)
    assert attr(label, "for") == "search" == attr(field, "id")
    assert classes(label) == ["fd-label", "fd-visually-hidden"] and text(label) == "Search"
    assert (attr(field, "type"), attr(field, "name"), attr(field, "value")) == ("search", "q", None)
    assert classes(field) == ["fd-input", "fd-search__input"]
    assert attr(button, "type") == "submit" and text(button) == "Search"
    assert classes(button) == ["fd-button", "fd-button--primary", "fd-search__button"]
    assert attr(button, "name") is None  # the button adds nothing to the address


def test_name_id_value_method_and_landmark_name() -> None:
    html = Search(
        action="/help/search",
        method="post",
        name="words",
        id="help-search",
        value="flood",
        landmark_label="Help",
    ).render()
    form = one(html, "search[aria-label=Help] > form")
    assert (attr(form, "action"), attr(form, "method")) == ("/help/search", "post")
    field = one(form, "input")
    assert (attr(field, "id"), attr(field, "name"), attr(field, "value")) == ("help-search", "words", "flood")
    assert attr(one(form, "label"), "for") == "help-search"


def test_the_label_can_be_shown_and_changed() -> None:
    label = one(Search(action="/s", label_visible=True).render(), "label")
    assert classes(label) == ["fd-label"] and text(label) == "Search"
    own = one(Search(action="/s", label={"text": "Search for help", "size": "m"}).render(), "label")
    assert (
        classes(own) == ["fd-label", "fd-label--m", "fd-visually-hidden"] and text(own) == "Search for help"
    )
    heading = Search(action="/s", label={"text": "Search", "is_page_heading": True}, label_visible=True)
    assert text(one(heading.render(), "form > h1 > label")) == "Search"


def test_sizes() -> None:
    assert classes(one(Search(action="/s", size="big").render(), "search")) == ["fd-search", "fd-search--big"]
    assert RULES[".fd-search--big .fd-search__form"]["font-size"] == "var(--fd-font-size-l)"
    small = parse(Search(action="/s", size="small").render())
    assert classes(one(small, "search")) == ["fd-search", "fd-search--small"]
    button = one(small, "button")
    icon = one(button, ":scope > svg.fd-search__icon")
    assert (attr(icon, "aria-hidden"), attr(icon, "focusable")) == ("true", "false")
    assert text(one(button, ":scope > span.fd-visually-hidden")) == "Search"
    assert text(button) == "Search"  # its name, for screen readers and voice control
    assert not select(parse(Search(action="/s").render()), "svg")


def test_button_words() -> None:
    assert text(one(Search(action="/s", button_text="Find").render(), "button")) == "Find"
    small = one(Search(action="/s", size="small", button_text="Find").render(), "button .fd-visually-hidden")
    assert text(small) == "Find"


def test_text_is_escaped_and_label_html_is_inserted_as_given() -> None:
    page = parse(
        Search(
            action="/s?a=1&b=<2>",
            value='"><b>x</b>',
            button_text="<i>Go</i>",
            landmark_label="<u>Site</u>",
            label={"html": '<span lang="es">Buscar</span>'},
        ).render()
    )
    assert not select(page, "b, i, u")
    assert attr(one(page, "input"), "value") == '"><b>x</b>'
    assert attr(one(page, "form"), "action") == "/s?a=1&b=<2>"
    assert text(one(page, "button")) == "<i>Go</i>"
    assert attr(one(page, "search"), "aria-label") == "<u>Site</u>"
    assert text(one(page, "label > span[lang=es]")) == "Buscar"


def test_default_words_go_through_gettext(monkeypatch: Any) -> None:
    class Spanish(gettext.NullTranslations):
        def gettext(self, message: str) -> str:
            return {"Search": "Buscar"}.get(message, message)

    def translations(code: str) -> gettext.NullTranslations:
        return Spanish() if code == "es" else gettext.NullTranslations()

    monkeypatch.setattr(i18n.locale, "translations_for", translations)
    monkeypatch.setattr(i18n, "translations_for", translations)
    with i18n.locale.use_locale("es"):
        page = parse(Search(action="/s", size="small").render())
    assert text(one(page, "label")) == "Buscar" == text(one(page, "button"))


def test_wrong_params_name_the_component_and_field() -> None:
    assert error().startswith("Search: invalid params")
    assert "'action' is required" in error()
    assert "'size'" in error(action="/s", size="large")
    assert "'method'" in error(action="/s", method="put")
    assert "'name'" in error(action="/s", name="")
    assert "'button_text'" in error(action="/s", button_text="")
    assert "'landmark_label'" in error(action="/s", landmark_label=" ")
    assert "'label.txt' is not a param of Search; did you mean 'text'?" in error(
        action="/s", label={"txt": "x"}
    )


def test_classes_attributes_and_call_from_a_template() -> None:
    search = one(
        Search(action="/s", classes="extra", attributes={"lang": "ar", "dir": "rtl"}).render(), "search"
    )
    assert classes(search) == ["fd-search", "extra"]
    assert (attr(search, "lang"), attr(search, "dir")) == ("ar", "rtl")
    html = agency_environment().from_string('{{ fd.search(action="/find", size="small") }}').render()
    assert attr(one(html, "search > form"), "action") == "/find"


def test_it_sits_in_the_header() -> None:
    header = Header(
        service_name="Benefits", extra_html=Search(action="/search", id="site-search", size="small")
    )
    page = parse(header.render())
    search = one(page, "header > .fd-header__container > .fd-header__extra > search.fd-search--small")
    assert attr(one(search, "input"), "id") == "site-search"


def test_field_and_button_share_a_row_in_the_text_direction() -> None:
    form = RULES[".fd-search__form"]
    assert (form["display"], form["grid-template-columns"]) == ("grid", "minmax(0,1fr) auto")
    assert RULES[".fd-search__form>:first-child"]["grid-column"] == "1 / -1"  # a visible label: its own line
    button = RULES[".fd-search__button"]
    assert button["margin"] == "0" and button["border-start-start-radius"] == "0"
    assert not PHYSICAL.search(CSS), PHYSICAL.search(CSS)


def test_the_icon_keeps_a_system_color_in_forced_colors() -> None:
    assert RULES["@media (forced-colors:active) .fd-search__icon"]["color"] == "ButtonText"
    assert 'fill="currentColor"' in str(Search(action="/s", size="small").render())
    assert "<script" not in TEMPLATE and "style=" not in TEMPLATE
