"""Password input: a plain password field with its label, hint and error; the "Show" button is in the
page but hidden until the script shows it, and every word the script uses comes from the server."""

from __future__ import annotations

from pathlib import Path

import pytest

import i18n
from components import ComponentParamsError
from components.assets import css_bundle
from components.password_input import PasswordInput
from tests.components.css import PHYSICAL, css_rules
from tests.components.jinja import agency_environment
from tests.components.structure import described_ids
from tests.html import attr, classes, one, parse, select, text

FOLDER = Path(__file__).parents[2] / "components" / "password_input"
CSS = (FOLDER / "password_input.css").read_text()
SCRIPT = (FOLDER / "password_input.js").read_text()


def field(**params: object) -> PasswordInput:
    return PasswordInput(**{"id": "password", "label": {"text": "Password"}, **params})


def test_a_plain_password_field_that_keyboards_and_managers_understand() -> None:
    page = parse(field().render())
    group = one(page, "div.fd-password-input")
    assert classes(group) == ["fd-form-group", "fd-password-input"]
    assert attr(one(page, "label"), "for") == "password" and text(one(page, "label")) == "Password"
    box = one(group, ".fd-input__wrapper > input#password")
    assert (attr(box, "type"), attr(box, "name"), attr(box, "autocomplete")) == (
        "password",
        "password",
        "current-password",
    )
    assert (attr(box, "spellcheck"), attr(box, "autocapitalize")) == ("false", "none")
    assert classes(box) == ["fd-input", "fd-input--width-20"]
    assert attr(box, "value") is None and attr(box, "aria-describedby") is None


def test_the_show_button_is_hidden_until_the_script_shows_it() -> None:
    button = one(field().render(), ".fd-input__wrapper > input + button")
    assert attr(button, "type") == "button" and attr(button, "hidden") == ""
    assert attr(button, "aria-controls") == "password"
    assert classes(button) == ["fd-button", "fd-button--secondary", "fd-password-input__toggle"]
    assert text(button) == "Show password"
    assert text(one(button, "[data-fd-password-input-word]")) == "Show"
    assert [text(span) for span in select(button, ".fd-visually-hidden")] == ["password"]


def test_the_script_words_and_a_polite_live_region() -> None:
    page = parse(field().render())
    group = one(page, "div.fd-password-input")
    assert attr(group, "data-fd-password-input") == ""
    words = {name: attr(group, f"data-fd-{name}") for name in ("show", "hide", "visible", "hidden")}
    assert words == {
        "show": "Show",
        "hide": "Hide",
        "visible": "Your password is visible",
        "hidden": "Your password is hidden",
    }
    live = one(page, "[aria-live]")
    assert (attr(live, "aria-live"), classes(live), text(live)) == ("polite", ["fd-visually-hidden"], "")
    assert live.parent is group


def test_hidden_words_follow_the_languages_word_order(monkeypatch: pytest.MonkeyPatch) -> None:
    translations = {"%(shown)s password": "비밀번호 %(shown)s"}
    monkeypatch.setattr("components.password_input.gettext", lambda message, **kw: translations[message] % kw)
    button = one(field().render(), "button")
    assert [(span.get("class"), text(span)) for span in button.find_all("span")] == [
        (["fd-visually-hidden"], "비밀번호"),
        (None, "Show"),
    ]


def test_new_password_hint_and_error() -> None:
    page = parse(
        field(
            autocomplete="new-password",
            hint={"text": "At least 12 characters"},
            error_message={"text": "Enter a password"},
            width="full",
            name="pw",
        ).render()
    )
    group = one(page, "div.fd-password-input")
    assert classes(group) == ["fd-form-group", "fd-password-input", "fd-form-group--error"]
    box = one(page, "input")
    assert (attr(box, "autocomplete"), attr(box, "name"), attr(box, "aria-invalid")) == (
        "new-password",
        "pw",
        "true",
    )
    assert classes(box) == ["fd-input", "fd-input--width-full", "fd-input--error"]
    assert described_ids(page, box) == ["password-hint", "password-error"]
    assert text(one(page, "#password-error")) == "Error: Enter a password"


def test_text_is_escaped_and_classes_and_attributes_go_on_the_field() -> None:
    html = field(
        label={"text": "Pass <word>"},
        hint={"text": "<b>x</b>"},
        classes="extra",
        attributes={"data-x": "1"},
        form_group_classes="group-extra",
    ).render()
    assert text(one(html, "label")) == "Pass <word>" and not select(html, "word, b")
    box = one(html, "input")
    assert classes(box)[-1] == "extra" and attr(box, "data-x") == "1"
    assert "group-extra" in classes(one(html, "div.fd-password-input"))


def test_from_a_template_in_another_language() -> None:
    with i18n.use_locale("es"):
        html = (
            agency_environment().from_string('{{ fd.password_input(id="p", label={"text": "C"}) }}').render()
        )
    assert attr(one(html, "input#p"), "type") == "password"


def test_params_are_checked() -> None:
    with pytest.raises(ComponentParamsError, match="PasswordInput") as raised:
        field(autocomplete="on")
    assert "'autocomplete'" in str(raised.value)
    with pytest.raises(ComponentParamsError, match="'value' is not a param of PasswordInput"):
        field(value="secret")
    with pytest.raises(ComponentParamsError, match="'label' is required"):
        PasswordInput(id="p")  # type: ignore[call-arg]  # the missing param is the test


def test_script_shows_the_button_and_hides_the_password_on_submit() -> None:
    assert 'FrontDoor.start("[data-fd-password-input]"' in SCRIPT
    assert "button.hidden = false" in SCRIPT and '"submit"' in SCRIPT
    assert "innerHTML" not in SCRIPT and ".style" not in SCRIPT and "eval(" not in SCRIPT


def test_css_puts_the_button_beside_the_field_and_is_logical() -> None:
    assert css_rules(css_bundle())["[hidden]"]["display"].startswith("none")  # keeps the button hidden
    assert css_rules(CSS)[".fd-password-input__toggle"]["margin-inline-start"] == "var(--fd-space-2)"
    assert not PHYSICAL.search(CSS)
