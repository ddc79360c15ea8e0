"""Touchpoints: each one configured survey (which service, which channel, which questions), and the
registry that loads them from a TOML or JSON file.

The file named by ``FRONTDOOR_TOUCHPOINTS`` holds ``[[touchpoints]]`` tables, and may declare an
agency's own question sets inline (``[[question_sets]]``) or in files of their own
(``question_set_files = ["sets/library.toml"]``, relative to the file). Without that setting the
registry holds a demo touchpoint for each built-in question set.

``allowed_origins`` takes https origins; plain http is accepted for ``localhost`` and loopback
addresses only, for local development. A file looks like this::

    question_set_files = ["library_visit.toml"]

    [[touchpoints]]
    id = "passport-renewal"
    service_name = { en = "Renew your passport", es = "Renueve su pasaporte" }
    channel = "website"
    question_set = "post_transaction"
    omb_control_number = "1234-5678"
    expires = 2027-05-31
    allowed_origins = ["https://travel.example.gov"]

A wrong file stops start-up with a :class:`ConfigError` that names the file and each wrong field.
"""

from __future__ import annotations

import datetime
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from enum import StrEnum
from pathlib import Path
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from feedback_widget.config_files import ConfigError, describe_validation_error, read_config_file
from feedback_widget.questions import BUILT_IN_SETS, LocalizedText, QuestionSet
from i18n import LazyString, gettext
from i18n import lazy_gettext as _l
from i18n.formatting import format_date

ENVIRONMENT_VARIABLE = "FRONTDOOR_TOUCHPOINTS"
SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ID_MAX_LENGTH = 64
OMB_NUMBER_PATTERN = re.compile(r"^\d{4}-\d{4}$")
_LOOPBACK = {"localhost", "127.0.0.1", "[::1]"}


class Channel(StrEnum):
    """How the person dealt with the service: the federal channel vocabulary."""

    WEBSITE = "website"
    MOBILE_APP = "mobile_app"
    PHONE = "phone"
    AUTOMATED_PHONE = "automated_phone"
    IN_PERSON = "in_person"
    EMAIL = "email"
    CHATBOT = "chatbot"
    TEXT_MESSAGE = "text_message"
    VIDEO_CALL = "video_call"
    SOCIAL_MEDIA = "social_media"
    KIOSK = "kiosk"
    PAPER = "paper"
    OTHER = "other"

    @property
    def label(self) -> LazyString:
        """The channel's name for people, in the current locale when turned into text."""
        return _CHANNEL_LABELS[self]


_CHANNEL_LABELS: dict[Channel, LazyString] = {
    Channel.WEBSITE: _l("Website"),
    Channel.MOBILE_APP: _l("Mobile app"),
    Channel.PHONE: _l("Phone call with a person"),
    Channel.AUTOMATED_PHONE: _l("Automated phone line"),
    Channel.IN_PERSON: _l("In person"),
    Channel.EMAIL: _l("Email"),
    Channel.CHATBOT: _l("Chatbot"),
    Channel.TEXT_MESSAGE: _l("Text message"),
    Channel.VIDEO_CALL: _l("Video call"),
    Channel.SOCIAL_MEDIA: _l("Social media"),
    Channel.KIOSK: _l("Kiosk"),
    Channel.PAPER: _l("Paper or mail"),
    Channel.OTHER: _l("Other"),
}


def normalize_origin(origin: str) -> str:
    """``origin`` in the form a browser sends in its ``Origin`` header, or ``ValueError``."""
    parts = urlsplit(origin.strip())
    host = (parts.hostname or "").lower()
    try:
        port = parts.port
    except ValueError:
        raise ValueError(f"{origin!r} has a port that is not a number from 0 to 65535") from None
    if parts.scheme not in ("https", "http") or not host:
        raise ValueError(f"{origin!r} is not an origin such as https://www.example.gov")
    if parts.path not in ("", "/") or parts.query or parts.fragment or parts.username or parts.password:
        raise ValueError(
            f"{origin!r} is not an origin: give scheme and host only, such as https://example.gov"
        )
    netloc = f"[{host}]" if ":" in host else host
    if parts.scheme == "http" and netloc not in _LOOPBACK:
        raise ValueError(f"{origin!r} uses http: allowed origins must use https (http only for localhost)")
    default_port = 443 if parts.scheme == "https" else 80
    if port is not None and port != default_port:
        netloc = f"{netloc}:{port}"
    return f"{parts.scheme}://{netloc}"


class Touchpoint(BaseModel):
    """One configured survey: where it is shown, which questions it asks, and who may post to it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(
        description="The touchpoint's slug, used in URLs and embed tags, such as 'passport-renewal'."
    )
    service_name: LocalizedText = Field(description="The service the survey is about, as people know it.")
    channel: Channel = Field(Channel.WEBSITE, description="How people deal with the service here.")
    question_set: str = Field(description="The key of a built-in question set or of the agency's own.")
    omb_control_number: str | None = Field(
        None, description="The Paperwork Reduction Act control number, NNNN-NNNN; shown in the footer."
    )
    expires: datetime.date | None = Field(
        None, description="When the control number's approval ends; shown in the footer."
    )
    allowed_origins: tuple[str, ...] = Field(
        (), description="The https origins whose pages may post to this touchpoint from another site."
    )

    @field_validator("id")
    @classmethod
    def _check_id(cls, value: str) -> str:
        if not SLUG_PATTERN.fullmatch(value) or len(value) > ID_MAX_LENGTH:
            raise ValueError(
                f"{value!r} is not a valid id: use lower case letters, digits and single hyphens, "
                f"such as 'passport-renewal' (at most {ID_MAX_LENGTH})"
            )
        return value

    @field_validator("omb_control_number")
    @classmethod
    def _check_omb_number(cls, value: str | None) -> str | None:
        if value is not None and not OMB_NUMBER_PATTERN.fullmatch(value):
            raise ValueError(
                f"{value!r} is not an OMB control number: use the form NNNN-NNNN, such as 1234-5678"
            )
        return value

    @field_validator("allowed_origins")
    @classmethod
    def _check_origins(cls, origins: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(normalize_origin(origin) for origin in origins))

    def allows_origin(self, origin: str | None) -> bool:
        """Whether a page at ``origin`` (an ``Origin`` header) may post here from another site."""
        if not origin:
            return False
        if origin in self.allowed_origins:
            return True  # browsers send the normal form that allowed_origins holds: no parsing
        try:
            return normalize_origin(origin) in self.allowed_origins
        except ValueError:
            return False

    def is_expired(self, today: datetime.date | None = None) -> bool:
        """Whether the expiry date has passed (never, when there is none)."""
        return self.expires is not None and self.expires < (today or datetime.date.today())

    def footer_text(self) -> str | None:
        """The footer: control number and expiry, in the current locale; ``None`` when neither is set."""
        number = self.omb_control_number
        if number and self.expires:
            # Translators: %(number)s is a form's approval number from the US Office of Management and
            # Budget, such as 1234-5678; %(date)s is the date that approval ends, such as "May 31, 2027".
            return gettext(
                "OMB control number: %(number)s. Expiration date: %(date)s.",
                number=number,
                date=format_date(self.expires),
            )
        if number:
            # Translators: %(number)s is a form's approval number from the US Office of Management and
            # Budget, such as 1234-5678.
            return gettext("OMB control number: %(number)s.", number=number)
        if self.expires:
            # Translators: %(date)s is the date this form's approval ends, such as "May 31, 2027".
            return gettext("Expiration date: %(date)s.", date=format_date(self.expires))
        return None


class UnknownTouchpoint(KeyError):
    """No touchpoint has this id."""


class _RegistryFile(BaseModel):
    """The shape of a touchpoints file."""

    model_config = ConfigDict(extra="forbid")

    touchpoints: tuple[Touchpoint, ...] = Field(min_length=1)
    question_sets: tuple[QuestionSet, ...] = ()
    question_set_files: tuple[str, ...] = ()


class TouchpointRegistry:
    """The touchpoints of one install, with the question sets they use (built-in and the agency's own)."""

    def __init__(
        self,
        touchpoints: Iterable[Touchpoint],
        question_sets: Iterable[QuestionSet] = (),
        *,
        source: str = "touchpoints",
    ) -> None:
        self.source = source
        self._sets: dict[str, QuestionSet] = dict(BUILT_IN_SETS)
        for question_set in question_sets:
            if question_set.key in self._sets:
                kind = "built-in" if question_set.key in BUILT_IN_SETS else "another"
                raise ConfigError(
                    f"{source}: question set {question_set.key!r} has the same key as {kind} set; "
                    "give it a key of its own"
                )
            self._sets[question_set.key] = question_set
        self._touchpoints: dict[str, Touchpoint] = {}
        for index, touchpoint in enumerate(touchpoints):
            where = f"{source}: touchpoints[{index}] (id {touchpoint.id!r})"
            if touchpoint.id in self._touchpoints:
                raise ConfigError(f"{where}.id: another touchpoint already has this id")
            if touchpoint.question_set not in self._sets:
                known = ", ".join(sorted(self._sets))
                raise ConfigError(
                    f"{where}.question_set: there is no question set {touchpoint.question_set!r}; "
                    f"the sets are: {known}"
                )
            self._touchpoints[touchpoint.id] = touchpoint

    @classmethod
    def from_file(cls, path: str | Path) -> TouchpointRegistry:
        """Load the touchpoints (and the agency's own question sets) from a TOML or JSON file."""
        path = Path(path)
        data = read_config_file(path)
        try:
            parsed = _RegistryFile.model_validate(data)
        except ValidationError as error:
            raise ConfigError(describe_validation_error(error, data, str(path))) from None
        sets = list(parsed.question_sets)
        sets += [QuestionSet.from_file(path.parent / name) for name in parsed.question_set_files]
        return cls(parsed.touchpoints, sets, source=str(path))

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> TouchpointRegistry:
        """The file named by ``FRONTDOOR_TOUCHPOINTS``, or the demo touchpoints when it is not set."""
        path = (os.environ if environ is None else environ).get(ENVIRONMENT_VARIABLE, "").strip()
        return cls.from_file(path) if path else demo_registry()

    def get(self, touchpoint_id: str) -> Touchpoint:
        """The touchpoint with this id, or :class:`UnknownTouchpoint`."""
        try:
            return self._touchpoints[touchpoint_id]
        except KeyError:
            raise UnknownTouchpoint(touchpoint_id) from None

    def question_set(self, touchpoint: Touchpoint | str) -> QuestionSet:
        """The question set a touchpoint (or touchpoint id) asks."""
        if isinstance(touchpoint, str):
            touchpoint = self.get(touchpoint)
        return self._sets[touchpoint.question_set]

    @property
    def question_sets(self) -> Mapping[str, QuestionSet]:
        """Every question set by key: the built-in ones and the agency's own."""
        return dict(self._sets)

    def __iter__(self) -> Iterator[Touchpoint]:
        return iter(self._touchpoints.values())

    def __len__(self) -> int:
        return len(self._touchpoints)

    def __contains__(self, touchpoint_id: object) -> bool:
        return touchpoint_id in self._touchpoints


def demo_registry() -> TouchpointRegistry:
    """One demo touchpoint for each built-in question set, for the demo site and a fresh install."""
    local = ("http://localhost:8000", "http://127.0.0.1:8000")
    return TouchpointRegistry(
        [
            Touchpoint(
                id="demo-benefits",
                service_name=_l("Apply for a benefit (demo)"),
                channel=Channel.WEBSITE,
                question_set="post_transaction",
                # Not a real approval: it shows where the footer goes.
                omb_control_number="0000-0000",
                expires=datetime.date(2030, 12, 31),
                allowed_origins=local,
            ),
            Touchpoint(
                id="demo-service-center",
                service_name=_l("Service center visit (demo)"),
                channel=Channel.IN_PERSON,
                question_set="seven_statements",
                allowed_origins=local,
            ),
            Touchpoint(
                id="demo-page",
                service_name=_l("Front Door demo site"),
                channel=Channel.WEBSITE,
                question_set="page_helpful",
                allowed_origins=local,
            ),
        ],
        source="the built-in demo touchpoints",
    )
