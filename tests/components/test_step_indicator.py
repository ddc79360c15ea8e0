"""Step indicator: the current step marked, a status in words for every step, the counter heading,
labels that can be hidden but still read, and clear errors for a step that does not exist."""

from __future__ import annotations

import gettext
import re
from pathlib import Path
from typing import Any

import pytest

import i18n
import i18n.locale
from components import ComponentParamsError
from components.step_indicator import StepIndicator
from tests.components.test_radios import PHYSICAL, tree

FOLDER = Path(__file__).parents[2] / "components" / "step_indicator"
CSS = (FOLDER / "step_indicator.css").read_text()
TEMPLATE = (FOLDER / "step_indicator.html").read_text()
STEPS = ["About you", "Household", "Income", "Check and send"]


def statuses(html: str) -> list[str]:
    return [
        item.find_all("span", "fd-visually-hidden")[-1].all_text()
        for item in tree(html).find_all("li", "fd-step-indicator__segment")
    ]


def test_current_step_is_marked_and_every_step_has_its_status() -> None:
    root = tree(StepIndicator(steps=STEPS, current=3).render())
    items = root.find_all("ol")[0].children
    assert [item.attrs.get("aria-current") for item in items] == [None, None, "step", None]
    assert statuses(StepIndicator(steps=STEPS, current=3).render()) == [
        "completed",
        "completed",
        "current step",
        "not completed",
    ]
    assert [item.find_all("span", "fd-step-indicator__name")[0].all_text() for item in items] == STEPS


def test_first_and_last_steps() -> None:
    assert (
        statuses(StepIndicator(steps=STEPS, current=1).render()) == ["current step"] + ["not completed"] * 3
    )
    assert statuses(StepIndicator(steps=STEPS, current=4).render()) == ["completed"] * 3 + ["current step"]


def test_completed_steps_differ_by_shape_not_only_colour() -> None:
    root = tree(StepIndicator(steps=STEPS, current=2).render())
    items = root.find_all("li")
    assert "fd-step-indicator__segment--completed" in items[0].classes
    assert items[0].find_all("svg") and not items[1].find_all("svg")  # a check mark
    assert re.search(r"--completed::before\s*\{[^}]*background", CSS)
    assert re.search(r"--current::before\s*\{[^}]*block-size", CSS)  # the current bar is taller


def test_heading_counts_steps_and_names_the_current_one() -> None:
    root = tree(StepIndicator(steps=STEPS, current=2).render())
    (heading,) = root.find_all("h2")
    assert heading.find_all("span", "fd-step-indicator__counter")[0].all_text() == "Step 2 of 4"
    assert heading.find_all("span", "fd-step-indicator__heading-text")[0].all_text() == "Household"
    assert tree(StepIndicator(steps=["Only"], current=1, heading_level=3).render()).find_all("h3")
    assert "Step 1 of 1" in StepIndicator(steps=["Only"], current=1).render()


def test_hidden_labels_are_still_read_out() -> None:
    root = tree(StepIndicator(steps=STEPS, current=2, show_labels=False).render())
    labels = root.find_all("span", "fd-step-indicator__label")
    assert len(labels) == 4 and all("fd-visually-hidden" in label.classes for label in labels)
    assert labels[1].find_all("span", "fd-step-indicator__name")[0].all_text() == "Household"
    assert labels[1].find_all("span", "fd-visually-hidden")[0].all_text() == "current step"
    shown = tree(StepIndicator(steps=STEPS, current=2).render()).find_all("span", "fd-step-indicator__label")
    assert not any("fd-visually-hidden" in label.classes for label in shown)


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
    html = StepIndicator(steps=["<i>About</i>", "Next"], current=1).render()
    assert "<i>" not in html and html.count("&lt;i&gt;About&lt;/i&gt;") == 2


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
    assert "Paso 2 de 4" in html


def test_css_is_logical_and_forced_colours_safe() -> None:
    assert not PHYSICAL.search(CSS), PHYSICAL.search(CSS)
    assert "@media (forced-colors: active)" in CSS
    assert "<script" not in TEMPLATE and "style=" not in TEMPLATE
