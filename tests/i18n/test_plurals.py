"""Our gettext plural formulas agree with CLDR's categories, so scripts and templates pick the same form."""

from __future__ import annotations

import gettext

import pytest

import i18n
from i18n.locales import LOCALES, plural_samples

CLDR_ORDER = ["zero", "one", "two", "few", "many", "other"]


@pytest.mark.parametrize("code", list(LOCALES))
def test_plural_formula_matches_cldr_for_whole_numbers(code: str) -> None:
    info = LOCALES[code]
    rule = info.babel_locale.plural_form
    numbers = range(0, 10001)
    categories = [category for category in CLDR_ORDER if any(rule(n) == category for n in numbers)]
    formula = gettext.c2py(info.plural_forms.split("plural=", 1)[1].rstrip(";"))
    declared = int(info.plural_forms.split("nplurals=")[1].split(";")[0])
    assert declared == len(categories)
    mismatches = [n for n in numbers if categories[formula(n)] != rule(n)]
    assert not mismatches, f"{code}: first mismatches {mismatches[:5]}"


def test_arabic_has_six_forms_and_russian_three() -> None:
    assert len(plural_samples("ar")) == 6
    assert set(plural_samples("ru")) == {"one", "few", "many"}
    assert set(plural_samples("zh-Hans")) == {"other"}


def test_plural_messages_give_one_message_per_category() -> None:
    with i18n.use_locale("ar"):
        messages = i18n.plural_messages("%(num)s error", "%(num)s errors")
    assert set(messages) == {"zero", "one", "two", "few", "many", "other"}
