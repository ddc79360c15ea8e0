"""Email for form steps: the link back to saved answers, sent through the agency's SMTP server.

:class:`SmtpMailer` sends one plain-text message with the standard library's ``smtplib`` (STARTTLS
when the server offers it and a user name is set); :func:`resume_message` writes the message in the
person's language. Nothing is kept: the address is used once, to send.
"""

from __future__ import annotations

import smtplib
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from typing import Protocol

from i18n import gettext
from i18n.formatting import format_date


class Mailer(Protocol):
    """Sends one email; blocks until the server has taken it (call it off the event loop)."""

    def send(self, message: EmailMessage) -> None:
        """Hand ``message`` to the mail server; raise ``OSError`` or ``smtplib.SMTPException`` if it fails."""
        ...


@dataclass(frozen=True)
class SmtpMailer:
    """An SMTP server: where it is, who the mail is from, and how to sign in (if at all)."""

    host: str
    port: int = 25
    sender: str = "no-reply@localhost"
    username: str | None = None
    password: str | None = None
    timeout: float = 10.0

    def send(self, message: EmailMessage) -> None:
        """Send ``message`` from :attr:`sender`."""
        message["From"] = self.sender
        with smtplib.SMTP(self.host, self.port, timeout=self.timeout) as server:
            if self.username:
                server.starttls()
                server.login(self.username, self.password or "")
            server.send_message(message)


def resume_message(to: str, *, service: str, link: str, expires: datetime) -> EmailMessage:
    """The email with the link back to saved answers, in the current language."""
    message = EmailMessage()
    message["To"] = to
    # Translators: %(service)s is the name of a service, such as "Get help after a disaster".
    message["Subject"] = gettext("Your saved answers: %(service)s", service=service)
    lines = [
        gettext("To come back to your answers, use this link:"),
        "",
        link,
        "",
        gettext("Keep the link safe: anyone with it can see your answers."),
        # Translators: %(date)s is a date, such as "January 2, 2027".
        gettext("We will delete your answers on %(date)s.", date=format_date(expires.date())),
    ]
    message.set_content("\n".join(lines) + "\n")
    return message
