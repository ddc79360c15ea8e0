"""Step indicator: the current step marked, a status in words for every step, the counter heading,
labels that can be hidden but still read, and clear errors for a step that does not exist."""

from __future__ import annotations

import gettext
from pathlib import Path
from typing import Any

import pytest

import i18n
import i18n.locale
from components import ComponentParamsError
from components.step_indicator import StepIndicator
from tests.components.css import PHYSICAL, css_rules
from tests.html import attr, classes, one, parse, select, text

FOLDER = Path(__file__).parents[2] / "components" / "step_indicator"
CSS = (FOLDER / "step_indicator.css").read_text()
TEMPLATE = (FOLDER / "step_indicator.html").read_text()
STEPS = ["About you", "Household", "Income", "Check and send"]


def statuses(html: str) -> list[str]:
    return [
        text(one(item, ".fd-step-indicator__label > span.fd-visually-hidden"))
        for item in select(html, "ol > li.fd-step-indicator__segment")
    ]


def test_current_step_is_marked_and_every_step_has_its_status() -> None:
    items = select(StepIndicator(steps=STEPS, current=3).render(), "ol.fd-step-indicator__segments > li")
    assert [attr(item, "aria-current") for item in items] == [None, None, "step", None]
    assert statuses(StepIndicator(steps=STEPS, current=3).render()) == [
        "completed",
        "completed",
        "current step",
        "not completed",
    ]
    assert [text(one(item, ".fd-step-indicator__name")) for item in items] == STEPS


def test_first_and_last_steps() -> None:
    assert (
        statuses(StepIndicator(steps=STEPS, current=1).render()) == ["current step"] + ["not completed"] * 3
    )
    assert statuses(StepIndicator(steps=STEPS, current=4).render()) == ["completed"] * 3 + ["current step"]


def test_completed_steps_differ_by_shape_not_only_colour() -> None:
    items = select(StepIndicator(steps=STEPS, current=2).render(), "li")
    modifiers = [classes(item)[-1].rsplit("--", 1)[1] for item in items]
    assert modifiers == ["completed", "current", "not-completed", "not-completed"]
    assert select(items[0], "svg.fd-step-indicator__check") and not select(items[1], "svg")  # a check mark
    rules = css_rules(CSS)
    assert "background" in " ".join(rules[".fd-step-indicator__segment--completed::before"])
    assert "block-size" in rules[".fd-step-indicator__segment--current::before"]  # the current bar is taller


def test_heading_counts_steps_and_names_the_current_one() -> None:
    heading = one(StepIndicator(steps=STEPS, current=2).render(), "h2.fd-step-indicator__heading")
    assert text(one(heading, ".fd-step-indicator__counter")) == "Step 2 of 4"
    assert text(one(heading, ".fd-step-indicator__heading-text")) == "Household"
    only = StepIndicator(steps=["Only"], current=1, heading_level=3).render()
    assert text(one(only, "h3 > .fd-step-indicator__counter")) == "Step 1 of 1"


def test_hidden_labels_are_still_read_out() -> None:
    labels = select(StepIndicator(steps=STEPS, current=2, show_labels=False).render(), "li > span")
    assert len(labels) == 4 and all(classes(label)[-1] == "fd-visually-hidden" for label in labels)
    assert text(one(labels[1], ".fd-step-indicator__name")) == "Household"
    assert text(one(labels[1], "span.fd-visually-hidden")) == "current step"
    shown = select(StepIndicator(steps=STEPS, current=2).render(), "li > span")
    assert [classes(label) for label in shown] == [["fd-step-indicator__label"]] * 4


@pytest.mark.parametrize("current", [0, -1, 5, 99])
def test_a_step_that_does_not_exist_is_refused(current: int) -> None:
    with pytest.raises(ComponentParamsError) as raised:
        StepIndicator(steps=STEPS, current=current)
    assert "StepIndicator" in str(raised.value) and "'current'" in str(raised.value)


def test_steps_and_heading_level_are_checked() -> None:
    with pytest.raises(ComponentParamsError, match="'steps'"):
        StepIndicator(steps=[], current=1)
    with pytest.raises(ComponentParamsError, match="'heading_level'"):
        StepIndicator(steps=STEPS, current=1, heading_level=7)


def test_labels_are_escaped() -> None:
    page = parse(StepIndicator(steps=["<i>About</i>", "Next"], current=1).render())
    assert not select(page, "i")
    assert text(select(page, ".fd-step-indicator__name")[0]) == "<i>About</i>"
    assert text(one(page, ".fd-step-indicator__heading-text")) == "<i>About</i>"


def test_words_are_translated(monkeypatch: Any) -> None:
    words = {"completed": "completado", "current step": "paso actual", "not completed": "sin completar"}

    class Spanish(gettext.NullTranslations):
        def gettext(self, message: str) -> str:
            return words.get(message, message)

        def ngettext(self, singular: str, plural: str, n: int) -> str:
            return "Paso %(current)s de %(num)s" if singular.startswith("Step") else singular

    def translations(code: str) -> gettext.NullTranslations:
        return Spanish() if code == "es" else gettext.NullTranslations()

    monkeypatch.setattr(i18n.locale, "translations_for", translations)
    monkeypatch.setattr(i18n, "translations_for", translations)
    with i18n.use_locale("es"):
        html = StepIndicator(steps=STEPS, current=2).render()
    assert statuses(html) == ["completado", "paso actual", "sin completar", "sin completar"]
    assert text(one(html, ".fd-step-indicator__counter")) == "Paso 2 de 4"


def test_css_is_logical_and_forced_colours_safe() -> None:
    assert not PHYSICAL.search(CSS), PHYSICAL.search(CSS)
    assert any(key.startswith("@media (forced-colors:active) ") for key in css_rules(CSS))
    assert "<script" not in TEMPLATE and "style=" not in TEMPLATE
