"""A Jinja environment as an agency has one, with Front Door installed, for tests that call ``fd``."""

from __future__ import annotations

from jinja2 import Environment

import components


def agency_environment() -> Environment:
    """A fresh autoescaping environment after ``components.install``."""
    return components.install(Environment(autoescape=True))
