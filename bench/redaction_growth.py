"""How redaction time grows with long, repetitive text: a search for rules that take quadratic time.

Every pair of short pieces (letters of both cases and of scripts with no case, digits, punctuation,
telling words, a link) is repeated to about 3,000 characters and to four times that; each text is
redacted once. Time that grows linearly grows about four times; quadratic, about sixteen. The
slowest texts are printed with their growth, beside a bare pass that only reads the text (NFKC).

    .venv/bin/python bench/redaction_growth.py [--length 3000] [--show 12]
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from feedback_widget.redaction import redact

PIECES = (
    *("A", "a", "1", "-", " ", ".", "'", '"', ",", ":", "/", "@", "#", "(", "\n", "É", "日", "_", "~"),
    *("%", "+", "&", "Mr", "de", "St", "Ab", "12", "my name is", "born", "https://x.org/", "?a="),
)
"""The pieces paired: 31, so 961 texts."""


def _seconds(redactor: Callable[[str], str], text: str) -> float:
    started = time.perf_counter()
    redactor(text)
    return time.perf_counter() - started


def main() -> None:
    """Print the slowest repeated texts, their time at four times the length, and how it grew."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--length", type=int, default=3_000, help="characters of the shorter text")
    parser.add_argument("--show", type=int, default=12, help="how many of the slowest texts to print")
    arguments = parser.parse_args()
    rows: list[tuple[float, float, float, str]] = []
    for first, second in itertools.product(PIECES, repeat=2):
        piece = first + second
        short = piece * max(1, arguments.length // len(piece))
        long = short * 4
        ours = _seconds(redact, long)
        growth = ours / max(_seconds(redact, short), 1e-3)
        bare = _seconds(lambda text: unicodedata.normalize("NFKC", text), long)
        rows.append((ours, growth, bare, piece))
    print(f"{len(rows)} texts of {arguments.length * 4:,} characters; the slowest:")
    print(f"{'piece repeated':<24} {'ours (s)':>9} {'growth x4':>10} {'bare (s)':>9}")
    for ours, growth, bare, piece in sorted(rows, reverse=True)[: arguments.show]:
        print(f"{piece!r:<24} {ours:>9.3f} {growth:>10.1f} {bare:>9.4f}")


if __name__ == "__main__":
    main()
