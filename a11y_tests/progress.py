"""A small progress display for long checks: a redrawn text bar on a terminal, plain lines elsewhere."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from typing import TextIO

ProgressCallback = Callable[[int, int, str], None]
"""Called as ``progress(done, total, label)``: ``done`` items of ``total`` are finished, ``label`` is next."""


class ProgressBar:
    """Shows ``[#####.....]  12/300   4%  http://...`` on ``stream``, for runs of more than a few items.

    On a terminal the bar is redrawn in place (carriage return) and cut to the terminal's width; when
    the stream is not a terminal (a CI log, a pipe) each step is a plain line. Runs of ``min_total``
    items or fewer show nothing. Call :meth:`close` at the end to finish the line.
    """

    def __init__(self, stream: TextIO | None = None, *, min_total: int = 4, width: int = 24) -> None:
        """Draw on ``stream`` (standard error by default); stay quiet for ``min_total`` items or fewer."""
        self.stream = stream if stream is not None else sys.stderr
        self.min_total = min_total
        self.width = width
        self.interactive = bool(getattr(self.stream, "isatty", lambda: False)())
        self._drawn = False

    def line(self, done: int, total: int, label: str) -> str:
        """The text of the bar for ``done`` of ``total``, ending with ``label``."""
        share = done / total if total else 1.0
        filled = round(self.width * share)
        bar = "#" * filled + "." * (self.width - filled)
        digits = len(str(total))
        return f"[{bar}] {done:>{digits}}/{total} {share:>4.0%}  {label}"

    def __call__(self, done: int, total: int, label: str) -> None:
        """Show that ``done`` of ``total`` are finished and ``label`` is being worked on."""
        if total <= self.min_total:
            return
        text = self.line(done, total, label)
        if self.interactive:
            columns = shutil.get_terminal_size((100, 24)).columns
            text = text[: max(columns - 1, 20)]
            self.stream.write("\r\x1b[2K" + text)
            self._drawn = True
        else:
            self.stream.write(text + "\n")
        self.stream.flush()

    def close(self) -> None:
        """End the bar's line on a terminal, so that what follows starts on a line of its own."""
        if self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = False
