"""Notification banner: a named region for news, or an alert that takes focus for a success; the title
says which in words, in the current language."""

from __future__ import annotations

import gettext
from pathlib import Path
from typing import Any

import pytest

import i18n.locale
from components import ComponentParamsError
from components.notification_banner import NotificationBanner
from tests.components.css import PHYSICAL, css_rules
from tests.components.jinja import agency_environment
from tests.html import attr, classes, one, parse, select, text

CSS = (
    Path(__file__).parents[2] / "components" / "notification_banner" / "notification_banner.css"
).read_text()


def test_important_is_a_region_named_by_its_title() -> None:
    page = parse(NotificationBanner(heading_text="Closed Monday", text="Apply online", id="news").render())
    banner = one(page, "section")
    title = one(banner, ":scope > h2.fd-notification-banner__title")
    assert classes(banner) == ["fd-notification-banner", "fd-notification-banner--important"]
    assert attr(banner, "id") == "news"
    assert attr(banner, "aria-labelledby") == attr(title, "id") == "news-title"
    assert text(title) == "Important"
    # A section with a name is a region: no role to add, and nothing that takes focus or interrupts.
    for name in ("role", "tabindex", "autofocus", "data-fd-notification-banner"):
        assert attr(banner, name) is None, name
    content = one(banner, ":scope > div.fd-notification-banner__content")
    assert [(child.name, classes(child), text(child)) for child in content.find_all(recursive=False)] == [
        ("p", ["fd-notification-banner__heading"], "Closed Monday"),
        ("p", ["fd-notification-banner__text"], "Apply online"),
    ]


def test_success_is_an_alert_that_takes_focus_without_javascript() -> None:
    html = NotificationBanner(variant="success", heading_text="Sent", id="done").render()
    assert not select(html, "section")
    banner = one(html, "div#done")
    assert classes(banner) == ["fd-notification-banner", "fd-notification-banner--success"]
    assert attr(banner, "role") == "alert"
    assert attr(banner, "aria-labelledby") == attr(one(banner, "h2"), "id") == "done-title"
    assert attr(banner, "tabindex") == "-1"
    assert attr(banner, "autofocus") == ""
    assert attr(banner, "data-fd-notification-banner") == ""
    assert text(one(banner, "h2.fd-notification-banner__title")) == "Success"


def test_success_can_leave_focus_where_it_is() -> None:
    banner = one(
        NotificationBanner(variant="success", heading_text="Sent", disable_auto_focus=True).render(),
        "div.fd-notification-banner",
    )
    assert attr(banner, "autofocus") is None
    assert (attr(banner, "role"), attr(banner, "tabindex")) == ("alert", "-1")


def test_only_success_takes_focus_so_only_it_can_turn_that_off() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        NotificationBanner(heading_text="News", disable_auto_focus=True)
    assert "NotificationBanner" in str(raised.value)
    assert "'disable_auto_focus'" in str(raised.value) and "'success'" in str(raised.value)


def test_default_titles_are_translated(monkeypatch: Any) -> None:
    class Spanish(gettext.NullTranslations):
        def gettext(self, message: str) -> str:
            return {"Important": "Importante", "Success": "Éxito"}.get(message, message)

    monkeypatch.setattr(
        i18n.locale,
        "translations_for",
        lambda code: Spanish() if code == "es" else gettext.NullTranslations(),
    )
    with i18n.locale.use_locale("es"):
        important = NotificationBanner(text="x").render()
        success = NotificationBanner(variant="success", text="x").render()
    assert text(one(important, "h2")) == "Importante"
    assert text(one(success, "h2")) == "Éxito"


def test_own_title_as_text_is_escaped_and_as_html_is_not() -> None:
    title = one(NotificationBanner(title_text="Update <b>now</b>", text="x").render(), "h2")
    assert text(title) == "Update <b>now</b>" and not select(title, "b")
    title = one(NotificationBanner(title_html="Update <b>now</b>", text="x").render(), "h2")
    assert text(one(title, "b")) == "now"


@pytest.mark.parametrize("level", [2, 3, 6])
def test_title_heading_level(level: int) -> None:
    html = NotificationBanner(title_heading_level=level, heading_text="News").render()
    headings = select(html, "h1, h2, h3, h4, h5, h6")
    assert [(h.name, classes(h)) for h in headings] == [(f"h{level}", ["fd-notification-banner__title"])]


@pytest.mark.parametrize("level", [1, 7])
def test_title_heading_level_out_of_range_names_the_field(level: int) -> None:
    with pytest.raises(ComponentParamsError) as raised:
        NotificationBanner(title_heading_level=level, heading_text="News")
    assert "'title_heading_level'" in str(raised.value)


def test_heading_and_content_text_are_escaped() -> None:
    content = one(
        NotificationBanner(heading_text="a <i>b</i>", text="c <script>d</script>").render(),
        ".fd-notification-banner__content",
    )
    assert [text(child) for child in content.find_all(recursive=False)] == [
        "a <i>b</i>",
        "c <script>d</script>",
    ]
    assert not select(content, "i, script")


def test_heading_and_content_html_are_inserted_as_given() -> None:
    content = one(
        NotificationBanner(
            heading_html='Due soon. <a href="#send">Send it</a>', html="<p>One</p><ul><li>Two</li></ul>"
        ).render(),
        ".fd-notification-banner__content",
    )
    assert attr(one(content, "p.fd-notification-banner__heading > a"), "href") == "#send"
    text_block = one(content, ":scope > div.fd-notification-banner__text")
    assert [child.name for child in text_block.find_all(recursive=False)] == ["p", "ul"]


@pytest.mark.parametrize(
    ("params", "shown"),
    [
        ({"heading_text": "Only a heading"}, ["fd-notification-banner__heading"]),
        ({"text": "Only text"}, ["fd-notification-banner__text"]),
    ],
)
def test_heading_or_content_alone(params: dict[str, str], shown: list[str]) -> None:
    content = one(NotificationBanner(**params).render(), ".fd-notification-banner__content")
    assert [classes(child)[0] for child in content.find_all(recursive=False)] == shown


def test_a_message_is_required() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        NotificationBanner(variant="success", title_text="Done")
    message = str(raised.value)
    assert message.startswith("NotificationBanner: invalid params")
    assert "'heading_text'" in message and "'text'" in message


def test_unknown_variant_names_the_field() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        NotificationBanner(variant="error", text="x")
    assert "'variant'" in str(raised.value) and "'important'" in str(raised.value)


def test_classes_and_attributes_go_on_the_outer_element() -> None:
    banner = one(
        NotificationBanner(text="x", classes="extra", attributes={"data-track": "news"}).render(), "section"
    )
    assert classes(banner) == ["fd-notification-banner", "fd-notification-banner--important", "extra"]
    assert attr(banner, "data-track") == "news"


def test_block_content_through_call() -> None:
    html = (
        agency_environment()
        .from_string(
            "{% call fd.notification_banner(variant='success', heading_text='Sent') %}<p>We will write</p>"
            "{% endcall %}"
        )
        .render()
    )
    assert text(one(html, "div[role=alert] div.fd-notification-banner__text > p")) == "We will write"


def test_css_shows_focus_keeps_its_borders_in_forced_colors_and_is_logical() -> None:
    rules = css_rules(CSS)
    assert "var(--fd-color-focus)" in rules[".fd-notification-banner:focus"]["outline"]
    assert rules["@media (forced-colors:active) .fd-notification-banner"]["border-color"] == "CanvasText"
    assert (
        "CanvasText"
        in rules["@media (forced-colors:active) .fd-notification-banner__title"]["border-block-end"]
    )
    assert (
        rules["@media (forced-colors:active) .fd-notification-banner:focus"]["outline-color"] == "Highlight"
    )
    assert rules[".fd-notification-banner--success"]["border-color"] == "var(--fd-color-success)"
    assert not PHYSICAL.search(CSS)
