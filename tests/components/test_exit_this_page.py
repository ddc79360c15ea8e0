"""Exit this page: a plain link to a neutral website, styled as a warning button, with the script's
hooks and its messages for each plural category of the language."""

from __future__ import annotations

from pathlib import Path

import pytest

import i18n
from components import ComponentParamsError
from components.exit_this_page import ExitThisPage
from i18n.locales import plural_samples
from tests.components.css import PHYSICAL, css_rules
from tests.components.jinja import agency_environment
from tests.html import attr, classes, one, parse, select, text

FOLDER = Path(__file__).parents[2] / "components" / "exit_this_page"
CSS = (FOLDER / "exit_this_page.css").read_text()
SCRIPT = (FOLDER / "exit_this_page.js").read_text()


def messages(html: str) -> dict[str, str]:
    root = one(html, "div.fd-exit-this-page")
    prefix = "data-fd-presses-"
    return {
        name.removeprefix(prefix): str(value) for name, value in root.attrs.items() if name.startswith(prefix)
    }


def test_a_plain_link_to_a_neutral_website_by_default() -> None:
    page = parse(ExitThisPage().render())
    root = one(page, "div.fd-exit-this-page")
    assert (classes(root), attr(root, "data-fd-exit-this-page")) == (["fd-exit-this-page"], "")
    assert [child.name for child in root.find_all(recursive=False)] == ["a", "div"]
    link = one(root, ":scope > a")
    assert attr(link, "href") == "https://www.weather.gov/"
    assert text(link) == "Exit this page"
    assert classes(link) == ["fd-button", "fd-button--warning"]
    assert str(attr(link, "rel")).split() == ["nofollow", "noreferrer"]
    assert not select(page, "button, form, [target]")


def test_a_hidden_live_region_for_the_shift_key() -> None:
    live = one(ExitThisPage().render(), "[aria-live]")
    assert attr(live, "aria-live") == "polite"
    assert classes(live) == ["fd-visually-hidden"]
    assert attr(live, "data-fd-exit-this-page-status") == "" and text(live) == ""


def test_text_is_escaped_and_href_and_attributes_are_kept() -> None:
    html = ExitThisPage(
        text="Leave <now>", href="https://example.gov/?a=1&b=2", classes="extra", attributes={"id": "exit"}
    ).render()
    root = one(html, "div#exit")
    assert classes(root) == ["fd-exit-this-page", "extra"]
    link = one(root, "a")
    assert text(link) == "Leave <now>" and not select(root, "now")
    assert attr(link, "href") == "https://example.gov/?a=1&b=2"


def test_english_messages_have_one_and_other() -> None:
    assert messages(ExitThisPage().render()) == {
        "one": "Press Shift %(num)s more time to exit this page.",
        "other": "Press Shift %(num)s more times to exit this page.",
    }


def test_a_message_for_every_plural_category_of_the_language() -> None:
    with i18n.use_locale("ru"):
        found = messages(ExitThisPage().render())
    assert set(found) == set(plural_samples("ru")) == {"one", "few", "many"}
    assert all(message.strip() for message in found.values())


def test_from_a_template() -> None:
    html = agency_environment().from_string('{{ fd.exit_this_page(href="/safe") }}').render()
    assert attr(one(html, "div.fd-exit-this-page > a"), "href") == "/safe"


def test_params_are_checked() -> None:
    with pytest.raises(ComponentParamsError, match="ExitThisPage") as raised:
        ExitThisPage(text="")
    assert "'text'" in str(raised.value)
    with pytest.raises(ComponentParamsError, match="'href'"):
        ExitThisPage(href=None)  # type: ignore[arg-type]  # the wrong type is the test


def test_script_leaves_without_a_history_entry_and_counts_shift_alone() -> None:
    assert 'FrontDoor.start("[data-fd-exit-this-page]"' in SCRIPT
    assert "location.replace(" in SCRIPT and "location.assign(" not in SCRIPT
    assert "fd-exit-this-page--exiting" in SCRIPT and "event.repeat" in SCRIPT
    assert 'FrontDoor.message(root, "presses"' in SCRIPT
    assert "innerHTML" not in SCRIPT and ".style" not in SCRIPT and "eval(" not in SCRIPT


def test_css_hides_the_page_on_exit_and_is_logical() -> None:
    rules = css_rules(CSS)
    assert rules[".fd-exit-this-page--exiting"] == {"display": "none"}
    assert rules[".fd-exit-this-page"]["justify-content"] == "flex-end"
    assert not PHYSICAL.search(CSS)
