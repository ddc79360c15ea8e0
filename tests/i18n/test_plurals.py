"""Our gettext plural formulas agree with CLDR's categories, so scripts and templates pick the same form."""

from __future__ import annotations

import gettext

import pytest
from babel.core import get_cldr_version

import i18n
from i18n.locales import LOCALES, plural_samples

CLDR_ORDER = ["zero", "one", "two", "few", "many", "other"]
CLDR = f"cldr{get_cldr_version()}"  # the CLDR release inside the locked Babel


@pytest.mark.parametrize("code", list(LOCALES), ids=[f"{code}-{CLDR}" for code in LOCALES])
def test_plural_formula_matches_cldr_for_whole_numbers(code: str) -> None:
    info = LOCALES[code]
    rule = info.babel_locale.plural_form
    numbers = range(0, 10001)
    categories = [category for category in CLDR_ORDER if any(rule(n) == category for n in numbers)]
    formula = gettext.c2py(info.plural_forms.split("plural=", 1)[1].rstrip(";"))
    declared = int(info.plural_forms.split("nplurals=")[1].split(";")[0])
    assert declared == len(categories), f"{code}: {CLDR} has {categories}, the formula {declared} forms"
    mismatches = [n for n in numbers if categories[formula(n)] != rule(n)]
    assert not mismatches, f"{code}: first mismatches {mismatches[:5]}"


def test_arabic_has_six_forms_and_russian_three() -> None:
    assert len(plural_samples("ar")) == 6
    assert set(plural_samples("ru")) == {"one", "few", "many"}
    assert set(plural_samples("zh-Hans")) == {"other"}


def test_cldr_49_categories_for_vietnamese_and_haitian_creole() -> None:
    """CLDR 49 gave Vietnamese "one" (0 and 1) and took Haitian Creole's "one" away; a newer CLDR
    that changes them again fails here and in the formula test, naming its version."""
    assert plural_samples("vi") == {"one": 0, "other": 2}, CLDR
    assert plural_samples("ht") == {"other": 0}, CLDR


def test_plural_messages_give_one_message_per_category() -> None:
    with i18n.use_locale("ar"):
        messages = i18n.plural_messages("%(num)s error", "%(num)s errors")
    assert set(messages) == {"zero", "one", "two", "few", "many", "other"}
