"""The progression chart for Word and HTML, drawn by matplotlib (Agg backend, no display): start level, each
observation, the expected end level, the evaluation date and today. Readable without colour: every series has
its own marker and line style, and the legend names them in Danish. SVG keeps its text as text (searchable,
read by screen readers); PNG is for Word."""

from __future__ import annotations

import io
import re
from datetime import date, timedelta

from delmaal_assistant.core import texts
from delmaal_assistant.core.model import Delmaal


def _figure(d: Delmaal, today: date):
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.dates as mdates
    from matplotlib.figure import Figure

    obs = sorted(d.observations, key=lambda o: (o.observed_on, o.recorded_at))
    ind = d.indicators
    fig = Figure(figsize=(7.0, 3.0), dpi=110)
    ax = fig.add_subplot(1, 1, 1)
    days = [o.observed_on for o in obs]
    first = d.start_date or (days[0] if days else today)
    last = d.end_date or max(days + [today])
    if ind.start_level is not None:
        ax.plot([first], [ind.start_level], marker="s", markersize=9, linestyle="none", color="#444444",
                label=f"Start: niveau {ind.start_level}")
    if obs:
        xs = [o.observed_on for o in obs]
        ys = [o.level for o in obs]
        if ind.start_level is not None:
            xs, ys = [first, *xs], [ind.start_level, *ys]
        ax.plot(xs, ys, marker="o", markersize=6, linestyle="-", linewidth=2, color="#1f5f8b",
                label=f"Observationer ({len(obs)})")
    if d.evaluation is not None:
        ax.plot([d.evaluation.evaluated_on], [d.evaluation.level_now], marker="*", markersize=13, linestyle="none",
                color="#1b1b1b", label=f"Evaluering: niveau {d.evaluation.level_now}")
    if ind.expected_end_level is not None:
        if ind.start_level is not None:
            ax.plot([first, last], [ind.start_level, ind.expected_end_level], linestyle=":", linewidth=1.5,
                    color="#777777", label=texts.get("core.outputs.chart.forventet_forloeb"))
        ax.plot([last], [ind.expected_end_level], marker="D", markersize=8, linestyle="none",
                markerfacecolor="white", markeredgecolor="#222222", markeredgewidth=1.5,
                label=texts.get("core.outputs.chart.forventet_ved_afslutning",
                                expected_end_level=ind.expected_end_level))
    if d.evaluation_date:
        ax.axvline(d.evaluation_date, linestyle="-.", linewidth=1, color="#999999", label="Evalueringsdato")
    if first <= today <= last + timedelta(days=60):
        ax.axvline(today, linestyle="--", linewidth=1, color="#b00020", label="I dag")
    ax.set_ylim(-0.4, 4.4)
    ax.set_yticks([0, 1, 2, 3, 4])
    ax.invert_yaxis()  # better (less support) is up
    ax.set_ylabel(texts.get("core.outputs.chart.stoettebehov_04_lavere_bedre"), fontsize=9)  # read bottom-up: the arrow points up
    span = max((last - first).days, 1)
    ax.set_xlim(first - timedelta(days=max(2, span // 30)), max(last, today if today <= last + timedelta(days=60)
                                                                  else last) + timedelta(days=max(2, span // 30)))
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=6))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%d-%m-%y"))
    ax.grid(axis="y", linewidth=0.5, color="#dddddd")
    ax.set_title(texts.get("core.outputs.chart.niveau_over_perioden_0"), fontsize=10, loc="left")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)
    for label in ax.get_xticklabels():
        label.set_fontsize(8)
    fig.tight_layout()
    return fig


def chart_svg(d: Delmaal, today: date) -> str:
    import matplotlib

    fig = _figure(d, today)
    buf = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "delmaal"}):
        fig.savefig(buf, format="svg", metadata={"Date": None})
    svg = buf.getvalue()
    svg = re.sub(r"\s*<metadata>.*?</metadata>", "", svg, flags=re.S)  # the RDF block: nothing a reader needs
    return svg[svg.index("<svg"):]  # without the XML declaration and doctype: ready to inline in HTML


def chart_png(d: Delmaal, today: date) -> bytes:
    fig = _figure(d, today)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=150, metadata={"Software": None})
    return buf.getvalue()
