"""Modal: a button and a native dialog tied by invoker commands, a heading that names the dialog and
takes focus, the content, the actions then a close button (none in the forced variant)."""

from __future__ import annotations

from pathlib import Path

import pytest

from components import ComponentParamsError
from components.modal import Modal
from tests.components.css import PHYSICAL, css_rules
from tests.components.jinja import agency_environment
from tests.html import attr, classes, one, parse, select, text

FOLDER = Path(__file__).parents[2] / "components" / "modal"
CSS = (FOLDER / "modal.css").read_text()
SCRIPT = (FOLDER / "modal.js").read_text()
DELETE = {"text": "Delete", "variant": "warning", "name": "action", "value": "delete"}


def modal(**params: object) -> Modal:
    return Modal(
        **{
            "id": "confirm",
            "trigger_text": "Delete draft",
            "heading_text": "Delete?",
            "text": "Gone.",
            **params,
        }
    )


def test_a_trigger_button_and_a_dialog_it_opens_without_script() -> None:
    root = one(modal(actions=[DELETE]).render(), "div.fd-modal")
    assert classes(root) == ["fd-modal"]
    assert [child.name for child in root.find_all(recursive=False)] == ["button", "dialog"]
    trigger = one(root, ":scope > button")
    assert (attr(trigger, "type"), attr(trigger, "commandfor"), attr(trigger, "command")) == (
        "button",
        "confirm",
        "show-modal",
    )
    assert attr(trigger, "aria-haspopup") == "dialog" and text(trigger) == "Delete draft"
    assert classes(trigger) == ["fd-button", "fd-button--secondary"]
    dialog = one(root, ":scope > dialog#confirm")
    assert classes(dialog) == ["fd-modal__dialog"] and attr(dialog, "data-fd-modal") == ""
    assert attr(dialog, "open") is None and attr(dialog, "closedby") is None


def test_the_heading_names_the_dialog_and_takes_focus_and_the_text_describes_it() -> None:
    page = parse(modal().render())
    dialog = one(page, "dialog")
    heading = one(page, f"#{attr(dialog, 'aria-labelledby')}")
    assert (heading.name, text(heading), attr(heading, "tabindex"), attr(heading, "autofocus")) == (
        "h2",
        "Delete?",
        "-1",
        "",
    )
    assert heading is dialog.find(True)  # the first thing in the dialog
    assert text(one(page, f"#{attr(dialog, 'aria-describedby')}")) == "Gone."


def test_actions_then_a_close_button_that_closes_by_command() -> None:
    page = parse(modal(actions=[DELETE, {"text": "Help", "href": "/help", "variant": "secondary"}]).render())
    buttons = select(page, "dialog > ul.fd-button-group > li > .fd-button")
    assert [(b.name, text(b)) for b in buttons] == [("button", "Delete"), ("a", "Help"), ("button", "Close")]
    assert (attr(buttons[0], "type"), attr(buttons[0], "name"), attr(buttons[0], "value")) == (
        "submit",
        "action",
        "delete",
    )
    assert attr(buttons[1], "href") == "/help"
    close = buttons[2]
    assert (attr(close, "type"), attr(close, "commandfor"), attr(close, "command")) == (
        "button",
        "confirm",
        "close",
    )
    assert classes(close) == ["fd-button", "fd-button--secondary"]
    assert text(one(modal(close_text="Keep it").render(), "[command=close]")) == "Keep it"


def test_forced_has_no_close_button_and_ignores_escape() -> None:
    page = parse(modal(actions=[DELETE], forced=True).render())
    dialog = one(page, "dialog")
    assert (attr(dialog, "closedby"), attr(dialog, "data-fd-modal-forced")) == ("none", "")
    assert not select(page, "[command=close]")
    assert [text(b) for b in select(dialog, ".fd-button")] == ["Delete"]


def test_html_content_is_inserted_as_given_and_not_used_as_a_description() -> None:
    page = parse(
        modal(text=None, html="<p>One</p><ul><li>Two</li></ul>", heading_html="<em>Sure</em>?").render()
    )
    dialog = one(page, "dialog")
    assert [child.name for child in dialog.find_all(recursive=False)] == ["h2", "p", "ul", "ul"]
    assert text(one(dialog, "h2 > em")) == "Sure"
    assert attr(dialog, "aria-describedby") is None


def test_text_params_are_escaped() -> None:
    page = parse(modal(trigger_text="<b>Open</b>", heading_text="<i>H</i>", text="<s>T</s>").render())
    assert not select(page, "b, i, s")
    assert text(one(page, "h2")) == "<i>H</i>"


def test_block_content_classes_and_attributes_from_a_template() -> None:
    html = (
        agency_environment()
        .from_string(
            '{% call fd.modal(id="more", trigger_text="More", heading_text="More", classes="extra", '
            'attributes={"data-x": "1"}) %}<p>Detail</p>{% endcall %}'
        )
        .render()
    )
    root = one(html, "div.fd-modal")
    assert classes(root) == ["fd-modal", "extra"] and attr(root, "data-x") == "1"
    assert text(one(root, "dialog#more > p")) == "Detail"


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"heading_text": None}, "give 'heading_text' or 'heading_html'"),
        ({"forced": True}, "a forced modal has no close button: give it 'actions'"),
        ({"forced": True, "actions": [DELETE], "close_text": "No"}, "remove 'close_text' or 'forced'"),
        ({"text": None}, "give 'text' or 'html'"),
        ({"trigger_text": ""}, "'trigger_text'"),
        ({"actions": [{"txt": "Go"}]}, "'actions.0.txt' is not a param of Modal"),
    ],
)
def test_params_are_checked(params: dict[str, object], message: str) -> None:
    with pytest.raises(ComponentParamsError, match="Modal") as raised:
        modal(**params)
    assert message in str(raised.value)


def test_script_is_only_a_fallback_and_keeps_forced_dialogs_open() -> None:
    assert '"commandForElement" in HTMLButtonElement.prototype' in SCRIPT
    assert 'FrontDoor.start("[data-fd-modal-forced]"' in SCRIPT and "preventDefault()" in SCRIPT
    assert "event.source.focus()" in SCRIPT
    assert "innerHTML" not in SCRIPT and ".style" not in SCRIPT and "eval(" not in SCRIPT


def test_css_draws_the_dialog_in_forced_colours_and_is_logical() -> None:
    rules = css_rules(CSS)
    assert "border" in rules[".fd-modal__dialog"]
    assert rules["@media (forced-colors:active) .fd-modal__dialog"]["border-color"] == "CanvasText"
    assert ".fd-modal__dialog::backdrop" in rules
    assert not PHYSICAL.search(CSS)
