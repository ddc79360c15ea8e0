"""A developer's mistake gets an error naming the component, the field and what was expected."""

from __future__ import annotations

import pytest

from components import ComponentParamsError, fd
from components.button import Button
from components.text_input import TextInput
from tests.components.jinja import agency_environment


def test_wrong_value_names_field_and_expected_values() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        Button(text="Go", variant="big")
    message = str(raised.value)
    assert message.startswith("Button: invalid params")
    assert "'variant'" in message and "'primary'" in message and "'big'" in message


def test_missing_and_misspelt_nested_params() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        TextInput(id="email", label={"txt": "Email"})
    message = str(raised.value)
    assert "'label.txt' is not a param of TextInput; did you mean 'text'?" in message
    assert raised.value.component == "TextInput"


def test_missing_required_param() -> None:
    with pytest.raises(ComponentParamsError, match="'id' is required"):
        TextInput(label={"text": "Email"})  # type: ignore[call-arg]  # the missing param is the test


def test_same_errors_from_templates() -> None:
    with pytest.raises(ComponentParamsError, match="'variant'"):
        agency_environment().from_string('{{ fd.button(text="Go", variant="big") }}').render()
    with pytest.raises(ComponentParamsError, match="'widht' is not a param of TextInput"):
        fd.text_input(id="a", label={"text": "A"}, widht="10")
