"""Bar charts as inline SVG, drawn on the server: no script, no style attribute, only presentation
attributes and classes. Each chart is an image (``role="img"``) named by its ``<title>`` and
described by the data table beside it, which holds the same numbers. Each bar has its value written
at its end, so the chart does not rely on colour, and the colours meet WCAG contrast on white.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

BAR_FILL = "#1a4480"  # 9.3:1 on white
TEXT_FILL = "#1b1b1b"  # 17:1 on white
AXIS_STROKE = "#565c65"  # 6.4:1 on white

WIDTH = 720
LABEL_WIDTH = 260
VALUE_WIDTH = 110
ROW_HEIGHT = 32
BAR_HEIGHT = 20
PADDING = 8


@dataclass(frozen=True)
class Bar:
    """One bar: its label, its value (the bar's length against the chart's maximum) and the text shown."""

    label: str
    value: float
    text: str


def _shorten(label: str, limit: int = 34) -> str:
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def bar_chart(
    chart_id: str, title: str, table_id: str, bars: list[Bar], maximum: float | None = None
) -> Markup:
    """A horizontal bar chart; `table_id` is the id of the table with the same data."""
    maximum = maximum if maximum is not None else max((bar.value for bar in bars), default=0)
    track = WIDTH - LABEL_WIDTH - VALUE_WIDTH - 2 * PADDING
    height = max(1, len(bars)) * ROW_HEIGHT + 2 * PADDING
    x0 = LABEL_WIDTH + PADDING
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="fd-chart__svg" role="img" '
        f'viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" '
        f'aria-labelledby="{escape(chart_id)}-title" aria-describedby="{escape(table_id)}" '
        f'id="{escape(chart_id)}">',
        f'<title id="{escape(chart_id)}-title">{escape(title)}</title>',
    ]
    for index, bar in enumerate(bars):
        y = PADDING + index * ROW_HEIGHT
        length = 0.0 if maximum <= 0 else round(track * max(0.0, bar.value) / maximum, 1)
        middle = y + ROW_HEIGHT / 2
        parts.append(
            f'<g class="fd-chart__row">'
            f'<text class="fd-chart__label" x="{LABEL_WIDTH}" y="{middle}" text-anchor="end" '
            f'dominant-baseline="middle" fill="{TEXT_FILL}" font-size="14">'
            f"{escape(_shorten(bar.label))}</text>"
            f'<rect class="fd-chart__bar" x="{x0}" y="{y + (ROW_HEIGHT - BAR_HEIGHT) / 2}" '
            f'width="{length}" height="{BAR_HEIGHT}" fill="{BAR_FILL}"/>'
            f'<text class="fd-chart__value" x="{x0 + length + 6}" y="{middle}" dominant-baseline="middle" '
            f'fill="{TEXT_FILL}" font-size="14">{escape(bar.text)}</text>'
            f"</g>"
        )
    parts.append(
        f'<line class="fd-chart__axis" x1="{x0}" y1="{PADDING}" x2="{x0}" y2="{height - PADDING}" '
        f'stroke="{AXIS_STROKE}" stroke-width="1"/>'
    )
    parts.append("</svg>")
    return Markup("".join(parts))
