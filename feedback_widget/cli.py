"""``frontdoor feedback ...``: migrate, purge and hash-password for the feedback widget.

Each task returns an exit status (0 on success) and prints for a person at a terminal. The storage
modules are imported when a task runs, so the ``frontdoor`` command starts without them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import sys

from i18n import gettext as _
from i18n import ngettext

MIN_PASSWORD_LENGTH = 12


def hash_password_command() -> int:
    """Ask for a password twice (not shown), print its hash for ``FRONTDOOR_ADMIN_PASSWORD_HASH``."""
    try:
        password = getpass.getpass(_("Admin password: "))
        again = getpass.getpass(_("The same password again: "))
    except (EOFError, KeyboardInterrupt):
        print(file=sys.stderr)
        return 1
    if password != again:
        print(_("The two passwords are not the same. Nothing was made."), file=sys.stderr)
        return 1
    if len(password) < MIN_PASSWORD_LENGTH:
        # Translators: %(num)s is the least number of characters a password must have.
        print(_("Use a password of at least %(num)s characters.", num=MIN_PASSWORD_LENGTH), file=sys.stderr)
        return 1
    from feedback_widget.admin.auth import hash_password

    print(hash_password(password))
    print(
        _("Set FRONTDOOR_ADMIN_PASSWORD_HASH to the line above (in single quotes in a shell)."),
        file=sys.stderr,
    )
    return 0


def purge_command(days: int | None = None) -> int:
    """Delete the responses older than `days` (default: the configured retention), print how many;
    delete spent rate-limit counters, ended admin sessions and expired form drafts too."""
    from feedback_widget.admin.area import IDLE_SECONDS
    from feedback_widget.settings import FeedbackSettings
    from feedback_widget.store import Store
    from feedback_widget.store.admin_sessions import AdminSessions
    from feedback_widget.store.drafts import SqlDrafts

    settings = FeedbackSettings.from_env()
    days = settings.retention_days if days is None else days
    if days < 1:
        print(_("Give a number of days of 1 or more."), file=sys.stderr)
        return 1
    now = dt.datetime.now(dt.UTC)
    idle_seconds = min(IDLE_SECONDS, settings.admin_session_seconds)
    with Store.from_settings(settings.store) as store:
        deleted = store.purge(now - dt.timedelta(days=days))
        store.purge_rate_limits()
        AdminSessions(store.engine).purge(now=now, idle_seconds=idle_seconds)
        SqlDrafts(store.engine).purge(now)
    # Translators: %(num)s is how many feedback responses were deleted; %(days)s a number of days.
    message = ngettext(
        "Deleted %(num)s response older than %(days)s days.",
        "Deleted %(num)s responses older than %(days)s days.",
        deleted,
        days=days,
    )
    print(message)
    return 0


def migrate_command() -> int:
    """Bring the feedback database to the latest schema."""
    from feedback_widget.settings import FeedbackSettings
    from feedback_widget.store import Store

    settings = FeedbackSettings.from_env()
    with Store.from_settings(settings.store) as store:
        store.migrate()
    print(_("The feedback database is up to date."))
    return 0


def _run(args: argparse.Namespace) -> int:
    if args.action == "migrate":
        return migrate_command()
    if args.action == "purge":
        return purge_command(args.days)
    return hash_password_command()


def add_feedback_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``frontdoor feedback ACTION``: look after the feedback widget's store and admin."""
    feedback = commands.add_parser("feedback", help="look after the feedback widget's store and admin")
    feedback.add_argument(
        "action",
        choices=["migrate", "purge", "hash-password"],
        help="migrate: bring the database schema up to date; purge: delete responses older than the "
        "retention (FRONTDOOR_RETENTION_DAYS, or --days); hash-password: make FRONTDOOR_ADMIN_PASSWORD_HASH",
    )
    feedback.add_argument("--days", type=int, default=None, help="with purge: keep this many days")
    feedback.set_defaults(run=_run)
