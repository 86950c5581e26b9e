"""Charts drawn on the server as SVG: this module computes the geometry, `templates/chart.html` draws it.

Pure arithmetic on the figures a view returns; colours come from the stylesheet by class name.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    series: str  # a right, e.g. "erasure": the CSS class colours it
    label: str  # the month
    value: int


@dataclass(frozen=True)
class Tick:
    y: float
    value: int


@dataclass(frozen=True)
class StackedBars:
    width: int
    height: int
    left: int  # room for the value axis
    bottom: int  # room for the month labels
    bars: tuple[Bar, ...]
    ticks: tuple[Tick, ...]
    labels: tuple[tuple[float, str], ...]  # (x of the bar's middle, month)


def nice_top(value: int) -> int:
    """The smallest of 1, 2, 5, 10, 20, 50 ... that is at least `value` (at least 1)."""
    step = 1
    while True:
        for factor in (1, 2, 5):
            if step * factor >= value:
                return step * factor
        step *= 10


def stacked_bars(counts: dict[str, dict[str, int]], series: tuple[str, ...], width: int = 720,
                 height: int = 260, left: int = 36, bottom: int = 28) -> StackedBars:
    """One bar a month, stacked by series in the given order."""
    months = list(counts)
    top = nice_top(max((sum(counts[m].get(s, 0) for s in series) for m in months), default=0))
    plot_w, plot_h = width - left - 8, height - bottom - 8
    slot = plot_w / max(len(months), 1)
    bar_w = max(min(slot * 0.7, 48), 2)
    bars, labels = [], []
    for i, month in enumerate(months):
        x = left + i * slot + (slot - bar_w) / 2
        base = 8 + plot_h
        for name in series:
            value = counts[month].get(name, 0)
            if not value:
                continue
            h = plot_h * value / top
            base -= h
            bars.append(Bar(round(x, 1), round(base, 1), round(bar_w, 1), round(h, 1), name, month, value))
        labels.append((round(x + bar_w / 2, 1), month))
    ticks = tuple(Tick(round(8 + plot_h - plot_h * v / top, 1), v) for v in sorted({0, top // 2, top}))
    return StackedBars(width, height, left, bottom, tuple(bars), ticks, tuple(labels))
