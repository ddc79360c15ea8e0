"""Bytes on the wire for the feedback widget's embed script: raw and gzipped (level 9), against the
5 KB budget, beside the script GSA Touchpoints ships per form (about 133 KB, from the issue).

    python bench/embed_size.py
"""

from __future__ import annotations

import gzip
from pathlib import Path

EMBED = Path(__file__).resolve().parent.parent / "feedback_widget" / "static" / "embed.js"
BUDGET = 5 * 1024
TOUCHPOINTS_BYTES = 133 * 1024


def gz(data: bytes) -> int:
    """Gzipped size at the highest level, as a server with static compression would send it."""
    return len(gzip.compress(data, compresslevel=9, mtime=0))


def main() -> None:
    """Print the script's raw and gzipped bytes and how they compare with the budget."""
    data = EMBED.read_bytes()
    size = gz(data)
    print(f"{'file':<32}{'bytes':>10}{'gzipped':>10}")
    print(f"{'embed.js':<32}{len(data):>10,}{size:>10,}")
    print(f"budget: {BUDGET:,} bytes gzipped; used {size / BUDGET:.0%}; {'OK' if size <= BUDGET else 'OVER'}")
    print(f"GSA Touchpoints, per form (issue 4): about {TOUCHPOINTS_BYTES:,} bytes of script")


if __name__ == "__main__":
    main()
