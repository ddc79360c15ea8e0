"""Flows the form-steps tests share: a small one with every kind of route, built in Python."""

from __future__ import annotations

from components.form_steps import (
    CHECK_ANSWERS,
    Exit,
    Flow,
    Name,
    Number,
    OneOf,
    Option,
    Repeat,
    Route,
    Section,
    Step,
    Text,
    When,
    YesNo,
)
from components.form_steps.answer_types import BankAccount, Date, UsAddress


def help_flow() -> Flow:
    """A short "get help" flow: an eligibility exit, a date window, a list of people, a payment branch."""
    return Flow(
        id="help",
        title="Get help after a disaster",
        sections=[
            Section(
                id="about",
                title="Tell us what happened",
                steps=[
                    Step(
                        id="in-us",
                        question=YesNo(label="Do you live in the United States?"),
                        routes=[Route(to="not-eligible", when=When.answer("in-us").is_("no"))],
                    ),
                    Step(
                        id="when",
                        question=Date(label="When did the disaster happen?", when="past"),
                        routes=[Route(to="too-late", when=~When.answer("when").within_days(60))],
                    ),
                    Step(id="address", question=UsAddress(label="What is the address of your home?")),
                    Step(
                        id="damage",
                        question=OneOf(
                            label="How bad is the damage to your home?",
                            options=[
                                Option(value="none", label="No damage"),
                                Option(value="some", label="Some damage"),
                                Option(value="destroyed", label="Destroyed"),
                            ],
                        ),
                        routes=[Route(to="household", when=When.answer("damage").is_("none"))],
                    ),
                    Step(
                        id="damage-cost",
                        question=Number(label="About how much will repairs cost?", optional=True),
                    ),
                ],
            ),
            Section(
                id="people",
                title="Tell us who lives with you",
                steps=[
                    Repeat(
                        id="household",
                        title="People who live with you",
                        add_question="Does anyone else live with you?",
                        max_items=5,
                        steps=[
                            Step(id="person-name", question=Name(label="What is their name?")),
                            Step(
                                id="person-age",
                                question=Number(label="How old are they?", minimum=0, maximum=130),
                            ),
                        ],
                    )
                ],
            ),
            Section(
                id="payment",
                title="Choose how we pay you",
                steps=[
                    Step(
                        id="pay-by",
                        question=OneOf(
                            label="How should we pay you?",
                            options=[
                                Option(value="bank", label="Direct deposit to a bank account"),
                                Option(value="check", label="A paper check"),
                            ],
                        ),
                        routes=[Route(to="mail-to", when=When.answer("pay-by").is_("check"))],
                    ),
                    Step(
                        id="bank",
                        question=BankAccount(label="What are your bank details?"),
                        routes=[Route(to=CHECK_ANSWERS)],
                    ),
                    Step(id="mail-to", question=Text(label="Who should we write the check to?")),
                ],
            ),
        ],
        exits=[
            Exit(
                id="not-eligible",
                title="You cannot use this service",
                body="Call your state's emergency office.",
            ),
            Exit(
                id="too-late", title="It is too late to apply online", body="Call us to ask about late help."
            ),
        ],
    )
