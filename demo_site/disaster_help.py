"""The worked service: "Get help after a disaster", a form-steps flow on the demo site.

The start page is at ``/disaster-help``; the flow itself under ``/disaster-help/apply``. Its text is
marked with ``N_`` so that the catalogs hold it, and shown in the person's language by the pages.
Answers are kept as drafts in the demo's database, saved before each next page.
"""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from markupsafe import Markup
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Mount, Route

from components.form_steps import (
    BankAccount,
    Date,
    DateOfBirth,
    Email,
    Exit,
    Flow,
    LongText,
    Name,
    OneOf,
    Option,
    Repeat,
    Section,
    SeveralOf,
    Ssn,
    Step,
    UsAddress,
    UsPhone,
    When,
    YesNo,
)
from components.form_steps import (
    Route as FlowRoute,
)
from components.form_steps.drafts import DraftStore
from components.form_steps.mail import SmtpMailer
from components.form_steps.starlette import Accounts, FlowRoutes
from i18n import N_

START_PATH = "/disaster-help"
APPLY_PATH = f"{START_PATH}/apply"


SESSION_MINUTES = 20
"""How long the demo keeps a session without activity: each page warns of it and can keep it going."""


def _options(*pairs: tuple[str, str]) -> list[Option]:
    return [Option(value=value, label=label) for value, label in pairs]


FLOW = Flow(
    id="disaster-help",
    title=N_("Get help after a disaster"),
    draft_days=30,
    task_list=True,
    declaration=N_("I confirm that my answers are true and complete."),
    sections=[
        Section(
            id="disaster",
            title=N_("Tell us what happened"),
            steps=[
                Step(
                    id="disaster-type",
                    question=OneOf(
                        label=N_("What kind of disaster was it?"),
                        options=_options(
                            ("hurricane", N_("Hurricane or tropical storm")),
                            ("flood", N_("Flood")),
                            ("fire", N_("Wildfire")),
                            ("tornado", N_("Tornado")),
                            ("earthquake", N_("Earthquake")),
                            ("other", N_("Something else")),
                        ),
                    ),
                ),
                Step(
                    id="disaster-date",
                    question=Date(
                        label=N_("When did it happen?"),
                        hint=N_("For example, 8 27 2026."),
                        when="past",
                    ),
                    routes=[FlowRoute(to="too-late", when=~When.answer("disaster-date").within_days(60))],
                ),
                Step(
                    id="declared-area",
                    question=YesNo(
                        label=N_("Is your home in a county the President declared a disaster area?"),
                        hint=N_("Your county or city website will say so."),
                    ),
                    routes=[FlowRoute(to="not-declared", when=When.answer("declared-area").is_("no"))],
                ),
            ],
        ),
        Section(
            id="you",
            title=N_("Tell us about you"),
            steps=[
                Step(id="your-name", question=Name(label=N_("What is your name?"))),
                Step(id="your-birth-date", question=DateOfBirth(label=N_("What is your date of birth?"))),
                Step(
                    id="your-ssn",
                    question=Ssn(
                        label=N_("What is your Social Security number?"),
                        hint=N_("We use it to check that no one else applied in your name."),
                    ),
                ),
            ],
        ),
        Section(
            id="home",
            title=N_("Tell us about your home"),
            steps=[
                Step(id="home-address", question=UsAddress(label=N_("What is the address of your home?"))),
                Step(
                    id="own-or-rent",
                    question=OneOf(
                        label=N_("Do you own or rent your home?"),
                        options=_options(
                            ("own", N_("I own it")), ("rent", N_("I rent it")), ("other", N_("Neither"))
                        ),
                    ),
                ),
                Step(
                    id="damage",
                    question=OneOf(
                        label=N_("How much damage does your home have?"),
                        options=_options(
                            ("none", N_("No damage")),
                            ("some", N_("Some damage, but we can live there")),
                            ("major", N_("Major damage: we cannot live there now")),
                            ("destroyed", N_("It was destroyed")),
                        ),
                    ),
                    routes=[FlowRoute(to="household", when=When.answer("damage").is_("none"))],
                ),
                Step(id="has-insurance", question=YesNo(label=N_("Do you have insurance for your home?"))),
            ],
        ),
        Section(
            id="people",
            title=N_("Tell us who lives with you"),
            steps=[
                Repeat(
                    id="household",
                    title=N_("People who live with you"),
                    add_question=N_("Does anyone else live with you?"),
                    max_items=15,
                    steps=[
                        Step(id="member-name", question=Name(label=N_("What is their name?"))),
                        Step(
                            id="member-birth-date",
                            question=DateOfBirth(label=N_("What is their date of birth?")),
                        ),
                    ],
                )
            ],
        ),
        Section(
            id="needs",
            title=N_("Tell us what you need"),
            steps=[
                Step(
                    id="needs",
                    question=SeveralOf(
                        label=N_("What do you need help with now?"),
                        options=_options(
                            ("shelter", N_("A safe place to stay")),
                            ("food", N_("Food and water")),
                            ("medicine", N_("Medicine or medical care")),
                            ("repairs", N_("Repairs to my home")),
                            ("transport", N_("A way to get around")),
                        ),
                        none_of_these=N_("None of these"),
                    ),
                ),
                Step(
                    id="needs-more",
                    question=LongText(
                        label=N_("Is there anything else we should know?"),
                        hint=N_("For example, a medical need or a pet."),
                        optional=True,
                        max_length=1000,
                    ),
                ),
            ],
        ),
        Section(
            id="payment",
            title=N_("Choose how we pay you"),
            steps=[
                Step(
                    id="payment",
                    question=OneOf(
                        label=N_("How do you want us to pay you?"),
                        options=_options(
                            ("bank", N_("Into my bank account")),
                            ("check", N_("A paper check in the mail")),
                        ),
                    ),
                    routes=[FlowRoute(to="phone", when=When.answer("payment").is_("check"))],
                ),
                Step(id="bank", question=BankAccount(label=N_("What are your bank account details?"))),
            ],
        ),
        Section(
            id="contact",
            title=N_("Tell us how to contact you"),
            steps=[
                Step(id="phone", question=UsPhone(label=N_("What is your phone number?"))),
                Step(
                    id="email",
                    question=Email(
                        label=N_("What is your email address?"),
                        hint=N_("We will send you a copy of your answers."),
                        optional=True,
                    ),
                ),
            ],
        ),
    ],
    exits=[
        Exit(
            id="too-late",
            title=N_("You cannot apply online"),
            body=N_("It has been more than 60 days since the disaster. Call us and we will help you apply."),
        ),
        Exit(
            id="not-declared",
            title=N_("This service cannot help you"),
            body=N_(
                "Only people in a declared disaster area can use it. Your state emergency office can help."
            ),
        ),
    ],
)
"""The worked flow: 16 question pages in 7 sections, 2 more for each person listed, two exit pages and
a branch between direct deposit and a paper check."""


def mailer_from_environment(environ: Mapping[str, str] | None = None) -> SmtpMailer | None:
    """The SMTP server named by ``FRONTDOOR_SMTP_HOST`` (and ``_PORT``, ``_SENDER``, ``_USERNAME``,
    ``_PASSWORD``), or ``None``: then the saved page shows the link alone, with no email form."""
    environ = os.environ if environ is None else environ
    host = environ.get("FRONTDOOR_SMTP_HOST")
    if not host:
        return None
    return SmtpMailer(
        host,
        int(environ.get("FRONTDOOR_SMTP_PORT", "25")),
        sender=environ.get("FRONTDOOR_SMTP_SENDER", "no-reply@localhost"),
        username=environ.get("FRONTDOOR_SMTP_USERNAME") or None,
        password=environ.get("FRONTDOOR_SMTP_PASSWORD") or None,
    )


def routes(
    drafts: DraftStore,
    secret_key: str,
    page: Callable[[Request], Mapping[str, Any]],
    start: Callable[[Request], Awaitable[Response]],
    confirmation_extra: Callable[[Request], Markup] | None = None,
    accounts: Accounts | None = None,
) -> list[BaseRoute]:
    """The start page (``start``) and the flow, its pages in the demo's ``page`` chrome; with
    ``accounts``, a signed-in person's answers follow them."""
    flow_routes = FlowRoutes(
        FLOW,
        drafts=drafts,
        secret_key=secret_key,
        page=page,
        next_steps=N_("We will call you within 10 days. Keep your reference number."),
        mailer=mailer_from_environment(),
        confirmation_extra=confirmation_extra,
        session_minutes=SESSION_MINUTES,
        accounts=accounts,
    )
    return [Route(START_PATH, start, name="disaster_help"), Mount(APPLY_PATH, routes=flow_routes.routes())]
