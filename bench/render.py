"""Render speed: a standard question page with Front Door and, in the same run, govuk-frontend-jinja.

The page body: a back link; an error summary with two errors; radios with the legend as the page
heading, a hint and an error; a text input with a hint and an error; details; a button. Both sides
render through a Jinja template compiled once, from the same plain-dict params; ours validates them
with pydantic on every render.

    make bench            # or: python bench/render.py [--seconds 3]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from jinja2 import ChoiceLoader, Environment, PackageLoader, PrefixLoader

import components
from components.environment import uses_stock_jinja

ERRORS = [
    {"text": "Select if you have a Social Security number", "href": "#has-ssn"},
    {"text": "Enter your ZIP code", "href": "#zip"},
]
RADIO_ITEMS = [{"value": "yes", "text": "Yes"}, {"value": "no", "text": "No"}]

OURS = """
{{ fd.back_link(href="/previous") }}
{{ fd.error_summary(errors=errors) }}
{{ fd.radios(name="has-ssn", items=items, inline=true,
     fieldset={"legend": {"text": "Do you have a Social Security number?",
                          "is_page_heading": true, "size": "l"}},
     hint={"text": "It is on your Social Security card."},
     error_message={"text": "Select if you have a Social Security number"}) }}
{{ fd.text_input(id="zip", label={"text": "ZIP code"}, hint={"text": "For example, 20500"},
     error_message={"text": "Enter your ZIP code"}, width="10", autocomplete="postal-code") }}
{{ fd.details(summary_text="Help with this question", text="Call us if you are not sure.") }}
{{ fd.button(text="Continue") }}
"""

GOVUK = """
{% from "govuk_frontend_jinja/components/back-link/macro.html" import govukBackLink %}
{% from "govuk_frontend_jinja/components/error-summary/macro.html" import govukErrorSummary %}
{% from "govuk_frontend_jinja/components/radios/macro.html" import govukRadios %}
{% from "govuk_frontend_jinja/components/input/macro.html" import govukInput %}
{% from "govuk_frontend_jinja/components/details/macro.html" import govukDetails %}
{% from "govuk_frontend_jinja/components/button/macro.html" import govukButton %}
{{ govukBackLink({"href": "/previous"}) }}
{{ govukErrorSummary({"titleText": "There is a problem", "errorList": errors}) }}
{{ govukRadios({"name": "has-ssn", "items": items, "classes": "govuk-radios--inline",
     "fieldset": {"legend": {"text": "Do you have a Social Security number?", "isPageHeading": true,
                             "classes": "govuk-fieldset__legend--l"}},
     "hint": {"text": "It is on your Social Security card."},
     "errorMessage": {"text": "Select if you have a Social Security number"}}) }}
{{ govukInput({"id": "zip", "name": "zip", "label": {"text": "ZIP code"},
     "hint": {"text": "For example, 20500"},
     "errorMessage": {"text": "Enter your ZIP code"}, "classes": "govuk-input--width-10",
     "autocomplete": "postal-code"}) }}
{{ govukDetails({"summaryText": "Help with this question", "text": "Call us if you are not sure."}) }}
{{ govukButton({"text": "Continue"}) }}
"""


def ours() -> Callable[[], str]:
    """Our question page: a template in an agency's environment after ``components.install``."""
    template = components.make_environment(autoescape=True).from_string(OURS)
    return lambda: template.render(errors=ERRORS, items=RADIO_ITEMS)


def govuk() -> Callable[[], str]:
    """The same page with govuk-frontend-jinja's macros."""
    loader = PrefixLoader({"govuk_frontend_jinja": PackageLoader("govuk_frontend_jinja", "templates")})
    env = Environment(loader=ChoiceLoader([loader]), autoescape=True)
    template = env.from_string(GOVUK)
    return lambda: template.render(errors=ERRORS, items=RADIO_ITEMS)


def pages_per_second(render: Callable[[], str], seconds: float) -> float:
    """Render repeatedly for about ``seconds`` and return the rate (after a warm-up)."""
    for _ in range(50):
        render()
    count, start = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - start) < seconds:
        for _ in range(50):
            render()
        count += 50
    return count / elapsed


def main() -> None:
    """Print pages per second for both and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="time per side (default 3)")
    args = parser.parse_args()
    ours_render, govuk_render = ours(), govuk()
    assert "Social Security" in ours_render() and "Social Security" in govuk_render()
    ours_rate = pages_per_second(ours_render, args.seconds)
    govuk_rate = pages_per_second(govuk_render, args.seconds)
    print(f"{'renderer':<28}{'pages/s':>12}{'µs/page':>12}")
    print(f"{'Front Door':<28}{ours_rate:>12,.0f}{1e6 / ours_rate:>12,.0f}")
    print(f"{'govuk-frontend-jinja 4.1.0':<28}{govuk_rate:>12,.0f}{1e6 / govuk_rate:>12,.0f}")
    print(f"ratio: Front Door renders {ours_rate / govuk_rate:.1f}x the pages of govuk-frontend-jinja")
    generator = "Jinja's own (FRONTDOOR_STOCK_JINJA=1)" if uses_stock_jinja() else "Front Door's"
    print(f"component templates compiled by {generator} code generator")


if __name__ == "__main__":
    main()
