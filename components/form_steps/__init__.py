"""Form steps: a declared flow of one-question pages, and the journey through it.

Declare a :class:`Flow` (sections of :class:`Step` and :class:`Repeat`, :class:`Route` with
conditions, :class:`Exit` pages) in Python or load it from YAML or JSON (:func:`load_flow`); it is
checked when it loads (:func:`check_flow`). :func:`journey` says, from the flow and the answers
alone, what is done and what comes next. Each step's question is an answer type
(:mod:`components.form_steps.answer_types`) that parses its form fields into an answer, or errors
in the person's language.

This package imports no web framework.
"""

from __future__ import annotations

from components.form_steps.answer_types import (
    ANSWER_TYPES,
    BankAccount,
    Date,
    DateOfBirth,
    Email,
    File,
    LongText,
    Money,
    Name,
    Number,
    OneOf,
    Option,
    Parsed,
    Question,
    SeveralOf,
    Ssn,
    Text,
    Upload,
    UsAddress,
    UsPhone,
    YesNo,
)
from components.form_steps.checks import FlowError, check_flow, checked
from components.form_steps.conditions import Condition, When, holds
from components.form_steps.flow import CHECK_ANSWERS, Exit, Flow, Migration, Repeat, Route, Section, Step
from components.form_steps.journey import Destination, Journey, journey
from components.form_steps.loading import dump_flow, flow_from_data, flow_to_data, load_flow

__all__ = [
    "ANSWER_TYPES",
    "CHECK_ANSWERS",
    "BankAccount",
    "Condition",
    "Date",
    "DateOfBirth",
    "Destination",
    "Email",
    "Exit",
    "File",
    "Flow",
    "FlowError",
    "Journey",
    "LongText",
    "Migration",
    "Money",
    "Name",
    "Number",
    "OneOf",
    "Option",
    "Parsed",
    "Question",
    "Repeat",
    "Route",
    "Section",
    "SeveralOf",
    "Ssn",
    "Step",
    "Text",
    "Upload",
    "UsAddress",
    "UsPhone",
    "When",
    "YesNo",
    "check_flow",
    "checked",
    "dump_flow",
    "flow_from_data",
    "flow_to_data",
    "holds",
    "journey",
    "load_flow",
]
