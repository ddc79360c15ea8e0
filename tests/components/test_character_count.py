"""Character count: the textarea from its own template, no maxlength attribute, a hint with the limit
linked to the field, and the script's messages for every plural category of the language."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.extract import extract_from_file

import i18n
from components import ComponentParamsError
from components.assets import script_sources
from components.character_count import CharacterCount
from components.textarea import Textarea
from i18n.catalogs import KEYWORDS
from i18n.locales import plural_samples
from tests.components.css import PHYSICAL, css_rules
from tests.components.structure import described_ids
from tests.html import attr, classes, one, parse, select, text

FOLDER = Path(__file__).parents[2] / "components" / "character_count"
CSS = (FOLDER / "character_count.css").read_text()
TEMPLATE = (FOLDER / "character_count.html").read_text()
SCRIPT = "\n".join(path.read_text() for path in script_sources())


def count(**params: object) -> CharacterCount:
    return CharacterCount(**{"id": "reason", "label": {"text": "Why?"}, "maxlength": 200, **params})


def messages(html: str, kind: str) -> dict[str, str]:
    wrapper = one(html, "div.fd-character-count")
    prefix = f"data-fd-{kind}-"
    return {
        name.removeprefix(prefix): str(value)
        for name, value in wrapper.attrs.items()
        if name.startswith(prefix)
    }


def test_no_maxlength_attribute_so_people_can_paste_then_edit() -> None:
    page = parse(count(maxlength=20, value="x" * 30).render())
    assert not select(page, "[maxlength]")
    assert one(page, "#reason").name == "textarea"


def test_hint_gives_the_limit_and_describes_the_field() -> None:
    page = parse(count(hint={"text": "Keep it short"}, error_message={"text": "Enter a reason"}).render())
    field = one(page, "#reason")
    assert described_ids(page, field) == ["reason-info", "reason-hint", "reason-error"]
    assert text(one(page, "#reason-info")) == "You can enter up to 200 characters"
    assert text(one(count(maxlength=1).render(), "#reason-info")) == "You can enter up to 1 character"
    assert text(one(count(maxlength=1500).render(), "#reason-info")) == "You can enter up to 1,500 characters"


def test_extra_described_by_ids_are_kept() -> None:
    field = one(count(described_by="other-help").render(), "#reason")
    assert str(attr(field, "aria-describedby")).split() == ["other-help", "reason-info"]


def test_textarea_comes_from_the_textarea_template() -> None:
    component = count(rows=3, value="Lost my job", spellcheck=True, classes="extra")
    html = component.render()
    assert isinstance(component, Textarea)
    assert str(component.textarea().render()) in html  # the textarea template's own output, whole
    field = one(html, "div.fd-character-count > div.fd-character-count__group > textarea#reason")
    assert classes(field) == ["fd-textarea", "fd-character-count__field", "extra"]
    assert (attr(field, "rows"), attr(field, "spellcheck")) == ("3", "true")


def test_polite_live_region_and_script_hooks() -> None:
    page = parse(count(threshold=75).render())
    wrapper = one(page, "div.fd-character-count")
    assert attr(wrapper, "data-fd-character-count") == ""
    assert (attr(wrapper, "data-fd-limit"), attr(wrapper, "data-fd-threshold")) == ("200", "75")
    live = one(page, "[aria-live]")
    assert attr(live, "aria-live") == "polite" and classes(live) == ["fd-visually-hidden"]
    assert live.parent is wrapper and text(live) == ""
    assert attr(one(count().render(), "div.fd-character-count"), "data-fd-threshold") is None


def test_english_messages_have_one_and_other() -> None:
    html = count().render()
    assert messages(html, "remaining") == {
        "one": "You have %(num)s character remaining",
        "other": "You have %(num)s characters remaining",
    }
    assert messages(html, "over") == {
        "one": "You have %(num)s character too many",
        "other": "You have %(num)s characters too many",
    }


@pytest.mark.parametrize(
    ("code", "categories"),
    [("ar", {"zero", "one", "two", "few", "many", "other"}), ("ru", {"one", "few", "many"})],
)
def test_a_message_for_every_plural_category(code: str, categories: set[str]) -> None:
    with i18n.use_locale(code):
        html = count().render()
    assert set(plural_samples(code)) == categories
    for kind in ("remaining", "over"):
        found = messages(html, kind)
        assert set(found) == categories, kind
        # Every form is translated text; the "other" form always shows the number (a form for one
        # or two may say the number as a word instead).
        assert all(message.strip() for message in found.values())
        assert "%(num)s" in found["other" if "other" in found else "many"]


def test_error_state_wraps_the_field_and_the_count() -> None:
    page = parse(count(error_message={"text": "Shorten your answer"}).render())
    outer = one(page, "div.fd-character-count")
    assert classes(outer) == ["fd-form-group", "fd-character-count", "fd-form-group--error"]
    assert attr(one(page, "#reason"), "aria-invalid") == "true"
    assert one(page, "#reason-info").parent is outer


def test_params_are_checked() -> None:
    with pytest.raises(ComponentParamsError, match="'maxlength' is required"):
        CharacterCount(id="reason", label={"text": "Why?"})  # type: ignore[call-arg]  # the missing param is the test
    with pytest.raises(ComponentParamsError, match="'maxlength'"):
        count(maxlength=0)
    with pytest.raises(ComponentParamsError, match="'threshold'"):
        count(threshold=101)


def test_count_matches_the_script() -> None:
    assert CharacterCount.count("a\r\nb") == 3
    assert CharacterCount.count("😀é") == 2
    assert count(maxlength=3).is_too_long("abcd") and not count(maxlength=3).is_too_long("a\r\nc")


def test_messages_are_extracted_for_translation() -> None:
    found = {
        message for _, message, _, _ in extract_from_file("python", FOLDER / "__init__.py", keywords=KEYWORDS)
    }
    assert ("You have %(num)s character remaining", "You have %(num)s characters remaining") in found
    assert ("You have %(num)s character too many", "You have %(num)s characters too many") in found


def test_script_picks_the_form_with_plural_rules_and_waits_before_announcing() -> None:
    assert "new Intl.PluralRules(" in SCRIPT and "new Intl.NumberFormat(" in SCRIPT
    assert '"data-fd-" + kind + "-" + category' in SCRIPT
    assert "eval(" not in SCRIPT and ".style" not in SCRIPT


def test_css_is_logical_with_focus_and_forced_colours() -> None:
    assert not PHYSICAL.search(CSS), PHYSICAL.search(CSS)
    rules = css_rules(CSS)
    assert rules[".fd-character-count__field:focus-visible"]["outline"].endswith("var(--fd-color-focus)")
    assert any(key.startswith("@media (forced-colors:active) ") for key in rules)
    assert "<script" not in TEMPLATE and "style=" not in TEMPLATE
