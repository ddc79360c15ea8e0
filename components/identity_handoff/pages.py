"""The pages before and after an identity provider, as whole HTML documents: no web framework here.

- :func:`before_page`: what the provider is and why the service uses it, what the person needs, who
  helps with what, that their answers are kept; a "Sign in with <provider>" button for each provider
  (stacked, all the same size), and "Continue without signing in" where the service allows it.
- :func:`cancelled_page`: the person cancelled at the provider; nothing was lost.
- :func:`problem_page`: something went wrong; the other ways to get help.
- :func:`not_verified_page`: the provider could not verify the person's identity (reached with no
  session and no state, as Login.gov sends people there): why, the provider's help, the agency's ways.
- :func:`signed_out_page`.

Every string goes through gettext; the provider's and the service's names are never translated.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from components.button import Button
from components.page import Page
from i18n import gettext


@dataclass(frozen=True)
class AgencyHelp:
    """How the agency helps people who cannot or will not sign in: by phone, in person, by mail."""

    name: str
    phone: str | None = None
    in_person: str | None = None
    mail: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class SignInButton:
    """One provider the person may sign in with."""

    provider: str
    href: str


def _page(page: Mapping[str, Any], title: str, content: Markup) -> Markup:
    service = page.get("service_name") or ""
    full_title = f"{title} - {service}" if service and service != title else title
    return Page(**{**page, "title": full_title, "content_html": content}).render()


def _p(text: str) -> Markup:
    return Markup('<p class="fd-body">{}</p>').format(text)


def _link(text: str, href: str) -> Markup:
    return Markup('<p class="fd-body"><a class="fd-link" href="{}">{}</a></p>').format(href, text)


def _list(items: Sequence[str]) -> Markup:
    return Markup('<ul class="fd-list fd-list--bullet">{}</ul>').format(
        Markup("").join(Markup("<li>{}</li>").format(item) for item in items)
    )


def _agency_ways(help: AgencyHelp) -> Markup:
    # Translators: %(agency)s is the agency's name.
    ways = [_p(gettext("You can also get help from %(agency)s:", agency=help.name))]
    items = []
    if help.phone:
        # Translators: %(phone)s is a phone number.
        items.append(gettext("Call %(phone)s.", phone=help.phone))
    if help.in_person:
        # Translators: %(place)s is where to go, such as "any of our offices".
        items.append(gettext("Visit us in person at %(place)s.", place=help.in_person))
    if help.mail:
        # Translators: %(address)s is a postal address.
        items.append(gettext("Write to us at %(address)s.", address=help.mail))
    ways.append(_list(items))
    if help.url:
        ways.append(_link(gettext("Other ways to get help"), help.url))
    return Markup("").join(ways)


def before_page(
    *,
    page: Mapping[str, Any],
    provider: str,
    buttons: Sequence[SignInButton],
    verify_identity: bool,
    help: AgencyHelp,
    continue_href: str | None = None,
    answers_kept: bool = True,
) -> Markup:
    """Before the person leaves for the provider: what, why, what they need, who helps, and the buttons."""
    # Translators: %(provider)s is the name of a sign-in service, such as "Login.gov".
    title = (
        gettext("Sign in with %(provider)s", provider=provider) if len(buttons) == 1 else gettext("Sign in")
    )
    parts = [
        Markup('<h1 class="fd-heading-l">{}</h1>').format(title),
        # Translators: %(provider)s is the name of a sign-in service, such as "Login.gov".
        _p(
            gettext(
                "%(provider)s is a secure way to sign in to government services.",
                provider=provider,
            )
        ),
        _p(
            gettext(
                "We use it to keep your information safe. You can use the same account for other services."
            )
        ),
    ]
    if verify_identity:
        parts += [
            Markup('<h2 class="fd-heading-m">{}</h2>').format(gettext("What you need")),
            # Translators: %(provider)s is the name of a sign-in service, such as "Login.gov".
            _p(
                gettext("%(provider)s will ask you to prove your identity. You will need:", provider=provider)
            ),
            _list(
                [
                    gettext("a driver's license, state ID or passport"),
                    gettext("your Social Security number"),
                    gettext("a phone number or your home address"),
                ]
            ),
            _p(gettext("It takes about 10 minutes. You can also do it in person at a Post Office.")),
        ]
    parts += [
        Markup('<h2 class="fd-heading-m">{}</h2>').format(gettext("Who can help")),
        # Translators: %(provider)s is the name of a sign-in service; %(agency)s is the agency's name.
        _p(
            gettext(
                "%(provider)s helps with your account. %(agency)s helps with your application.",
                provider=provider,
                agency=help.name,
            )
        ),
    ]
    if answers_kept:
        parts.append(_p(gettext("We keep the answers you have given so far.")))
    parts.append(
        Markup('<div class="fd-sign-in-buttons">{}</div>').format(
            Markup("").join(
                # Translators: %(provider)s is the name of a sign-in service, such as "Login.gov".
                Button(
                    text=gettext("Sign in with %(provider)s", provider=button.provider), href=button.href
                ).render()
                for button in buttons
            )
        )
    )
    if continue_href:
        parts.append(_link(gettext("Continue without signing in"), continue_href))
    return _page(page, title, Markup("").join(parts))


def cancelled_page(
    *, page: Mapping[str, Any], provider: str, retry_href: str, continue_href: str | None
) -> Markup:
    """The person cancelled at the provider: nothing was lost, try again or go on without signing in."""
    title = gettext("You did not sign in")
    parts = [
        Markup('<h1 class="fd-heading-l">{}</h1>').format(title),
        _p(gettext("Nothing was lost. We kept the answers you have given so far.")),
        # Translators: %(provider)s is the name of a sign-in service, such as "Login.gov".
        _link(gettext("Try to sign in with %(provider)s again", provider=provider), retry_href),
    ]
    if continue_href:
        parts.append(_link(gettext("Continue without signing in"), continue_href))
    return _page(page, title, Markup("").join(parts))


def problem_page(
    *, page: Mapping[str, Any], provider: str, retry_href: str, help: AgencyHelp, expired: bool = False
) -> Markup:
    """Something went wrong on the way to or back from the provider: a plain page, never a 500."""
    title = gettext("Sorry, there is a problem with signing in")
    if expired:
        first = gettext("That sign-in link has expired. Start again.")
    else:
        # Translators: %(provider)s is the name of a sign-in service, such as "Login.gov".
        first = gettext(
            "We could not finish signing you in with %(provider)s. Please try again later.", provider=provider
        )
    parts = [
        Markup('<h1 class="fd-heading-l">{}</h1>').format(title),
        _p(first),
        _p(gettext("We kept the answers you have given so far.")),
        _link(gettext("Try again"), retry_href),
        _agency_ways(help),
    ]
    return _page(page, title, Markup("").join(parts))


def not_verified_page(
    *,
    page: Mapping[str, Any],
    provider: str,
    verify_help_url: str | None,
    contact_url: str | None,
    help: AgencyHelp,
) -> Markup:
    """The provider could not verify the person's identity: why they are here, the provider's help, and
    the agency's other ways. Public: it needs no session and no state."""
    title = gettext("We could not verify your identity")
    parts = [
        Markup('<h1 class="fd-heading-l">{}</h1>').format(title),
        # Translators: %(provider)s is the name of a sign-in service, such as "Login.gov".
        _p(
            gettext(
                "You are here because %(provider)s could not verify your identity, or you chose to stop.",
                provider=provider,
            )
        ),
        _p(gettext("You can still get help. You do not have to try online again.")),
    ]
    if verify_help_url:
        # Translators: %(provider)s is the name of a sign-in service, such as "Login.gov".
        verify_help = gettext("Get help with verifying your identity at %(provider)s", provider=provider)
        parts.append(
            _link(
                verify_help,
                verify_help_url,
            )
        )
    if contact_url:
        # Translators: %(provider)s is the name of a sign-in service, such as "Login.gov".
        parts.append(_link(gettext("Contact %(provider)s", provider=provider), contact_url))
    parts.append(_agency_ways(help))
    return _page(page, title, Markup("").join(parts))


def signed_out_page(*, page: Mapping[str, Any], sign_in_href: str) -> Markup:
    """The person has signed out, here and at the provider."""
    title = gettext("You have signed out")
    parts = [
        Markup('<h1 class="fd-heading-l">{}</h1>').format(title),
        _p(gettext("If you use a shared computer, close your browser.")),
        _link(gettext("Sign in again"), sign_in_href),
    ]
    return _page(page, title, Markup("").join(parts))
