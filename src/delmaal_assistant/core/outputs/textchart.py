"""The progression as a small text chart (the assistant at 80×24, Markdown): one row per level 0-4, time across.

Nothing is told by colour: ■ start level, ● an observation, ★ the evaluation, ◇ the expected end level, ┊ today.
"""

from __future__ import annotations

from datetime import date

from delmaal_assistant.core.model import Delmaal
from delmaal_assistant.core.dates import format_short_date

LEGEND = "■ start  ● observation  ★ evaluering  ◇ forventet  ┊ i dag"


def text_chart(d: Delmaal, today: date, width: int = 60) -> list[str]:
    """Lines of the chart, each at most `width` + 6 characters."""
    obs = sorted(d.observations, key=lambda o: (o.observed_on, o.recorded_at))
    days = [o.observed_on for o in obs]
    first = d.start_date or (min(days) if days else today)
    last = d.end_date or max(days + [today])
    if last <= first:
        last = first
    span = max((last - first).days, 1)
    width = max(width, 10)

    def col(day: date) -> int | None:
        off = (day - first).days
        if off < 0 or off > span:
            return None
        return round(off * (width - 1) / span)

    grid = [[" "] * width for _ in range(5)]
    today_col = col(today)
    if today_col is not None:
        for row in grid:
            row[today_col] = "┊"
    ind = d.indicators
    if ind.expected_end_level is not None:
        grid[ind.expected_end_level][width - 1] = "◇"
    if ind.start_level is not None:
        grid[ind.start_level][0] = "■"
    for o in obs:
        c = col(o.observed_on)
        if c is not None:
            grid[o.level][c] = "●"
    if d.evaluation is not None:
        c = col(d.evaluation.evaluated_on)
        if c is not None:
            grid[d.evaluation.level_now][c] = "★"
    out = []
    left, right = format_short_date(first), format_short_date(last)
    out.append("niv. " + left + " " * max(1, width - len(left) - len(right)) + right)
    for level in range(5):
        out.append(f"  {level} │" + "".join(grid[level]).rstrip())
    axis = ["─"] * width
    if today_col is not None:
        axis[today_col] = "┴"
    out.append("    └" + "".join(axis))
    out.append("     " + LEGEND)
    return out
