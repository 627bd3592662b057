"""The period of a saved delmål: the progression (a text chart and the timeline of observations), with keys to
record a new observation (`observation.py`) and to hold the evaluation conversation at (or after) the evaluation
date (`evaluation.py`); what they share is in `followup.py`.

The screens are views on `core.observations` and `core.evaluation`. What is being typed (an observation, the
evaluation's answers) is autosaved like a draft (`core.observations.PendingStore`) and taken up again when the
delmål is opened next time, so a kill while typing loses nothing; it reaches the delmål file only when sent.
Everything works at 80×24 and without colour (symbols and words carry the meaning).
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from delmaal_assistant.core import texts
from delmaal_assistant.tui.bindings import bind
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, Static

from delmaal_assistant.core.model import Delmaal
from delmaal_assistant.core.files.observations import evaluation_due, fmt, progress
from delmaal_assistant.core.model.period import CRITERION_DA, NEXT_STEP_DA
from delmaal_assistant.core.sanitize import terminal_safe
from delmaal_assistant.core.files.storage import StorageError, load_delmaal
from delmaal_assistant.core.outputs.textchart import text_chart
from delmaal_assistant.tui.widgets import StableFooter
from delmaal_assistant.tui.screens.evaluation import EvaluationScreen
from delmaal_assistant.tui.screens.followup import PENDING_OBS, pending_store
from delmaal_assistant.tui.screens.observation import ObservationScreen
from delmaal_assistant.core.files.storage import write_bytes_with_backup

# ---------------------------------------------------------------------------------------------- progression


class ProgressScreen(Screen):
    """The period at a glance: numbers, the chart, the observations; keys to record, evaluate, go back."""

    DEFAULT_CSS = """
    #progress { padding: 0 1; }
    #progress-head { margin-top: 1; }
    #progress-due { margin: 1 0 0 0; text-style: bold; border-left: tall $warning; padding-left: 1; }
    #progress-chart { margin: 1 0; }
    """
    BINDINGS = [
        bind("progress-observe", "observe"),
        bind("progress-evaluate", "evaluate"),
        bind("progress-status", "status"),
        bind("progress-back", "back"),
    ]

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = Path(path)
        self.d: Delmaal | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="progress"):
            yield Static("", id="progress-head")
            yield Static("", id="progress-due")
            yield Static("", id="progress-chart")
            yield Static("", id="progress-timeline")
            yield Static("", id="progress-evaluation")
        yield StableFooter(compact=True)

    def on_mount(self) -> None:
        self.reload()
        self.query_one("#progress", VerticalScroll).focus()
        if self.d is not None and pending_store(self.app).load(self.d.id, PENDING_OBS):
            self.notify(texts.get("tui.screens.progress.observation_du_var_gang"), title=texts.get("tui.screens.progress.ikke_sendt"))
            self.action_observe()

    def on_screen_resume(self) -> None:
        self.reload()

    def on_resize(self) -> None:
        if self.d is not None:
            self._draw()

    def reload(self) -> None:
        try:
            self.d = load_delmaal(self.path)
        except StorageError as exc:
            self.notify(str(exc), severity="error", timeout=15, title=texts.get("tui.screens.progress.kunne_ikke_aabne"))
            self.d = None
            self.query_one("#progress-head", Static).update(Text(texts.get("tui.screens.progress.delmaalet_kunne_ikke_laeses",
                                                                           terminal_safe=terminal_safe(str(exc)))))
            return
        self._draw()

    @property
    def today(self):
        return self.app.today

    def _draw(self) -> None:
        d = self.d
        assert d is not None
        p = progress(d)
        head = Text()
        head.append(texts.get("tui.screens.progress.forloeb",
                              terminal_safe=terminal_safe(d.title or texts.get("tui.screens.progress.delmaal_uden_titel"))), style="bold")
        head.append(f"Periode {fmt(d.start_date)} – {fmt(d.end_date)} · evaluering {fmt(d.evaluation_date)} · "
                    f"i dag {fmt(self.today)}\n")
        head.append(f"Start {p.start if p.start is not None else '–'} · seneste "
                    f"{p.latest if p.latest is not None else '–'}"
                    + (f" ({fmt(p.latest_on)})" if p.latest_on else "")
                    + f" · forventet {p.expected if p.expected is not None else '–'} · {p.trend_da}")
        self.query_one("#progress-head", Static).update(head)
        due = self.query_one("#progress-due", Static)
        if evaluation_due(d, self.today):
            due.update(Text(texts.get("tui.screens.progress.tid_evaluere_delmaalet_tryk")))
            due.display = True
        else:
            due.display = False
        width = max(20, (self.size.width or 80) - 12)
        self.query_one("#progress-chart", Static).update(Text("\n".join(text_chart(d, self.today, width)),
                                                              no_wrap=True, overflow="crop"))
        tl = Text()
        obs = sorted(d.observations, key=lambda o: (o.observed_on, o.recorded_at))
        tl.append(f"Observationer ({len(obs)}) – O registrerer en ny:\n", style="bold")
        if not obs:
            tl.append(texts.get("tui.screens.progress.ingen_endnu"))
        for o in obs:
            who = f" ({terminal_safe(o.by)})" if o.by.strip() else ""
            tl.append(f"{fmt(o.observed_on)}  niveau {o.level}  ", style="bold")
            tl.append(f"{terminal_safe(o.note)}{who}\n")
        self.query_one("#progress-timeline", Static).update(tl)
        ev_box = self.query_one("#progress-evaluation", Static)
        ev = d.evaluation
        if ev is None:
            ev_box.update(Text(texts.get("tui.screens.progress.ikke_evalueret_endnu") + ("" if evaluation_due(d, self.today)
                                                        else f" Evalueringsdato: {fmt(d.evaluation_date or d.end_date)}.")))
        else:
            t = Text()
            t.append(f"Evalueret {fmt(ev.evaluated_on)}: ", style="bold")
            t.append(texts.get("tui.screens.progress.kriteriet_naaet_niveau_nu",
                               lower=CRITERION_DA[ev.criterion_met].lower(), level_now=ev.level_now,
                               lower2=NEXT_STEP_DA[ev.next_step].lower()))
            ev_box.update(t)

    def action_back(self) -> None:
        self.app.pop_screen()

    def action_status(self) -> None:
        """S: the status for the follow-up meeting as Word, beside the delmål (`NAVN.status.docx`; `.bak` kept)."""
        if self.d is None:
            return
        # deferred: start-up (the status document)
        from delmaal_assistant.core.outputs.status import build_status, render

        name = self.path.name
        stem = name.removesuffix(".delmaal.json") if name.endswith(".delmaal.json") else self.path.stem
        out = self.path.with_name(stem + ".status.docx")
        try:
            data = render([build_status(self.d, str(self.path), self.today)], ".docx", self.today,
                          texts.get("tui.screens.progress.status_opfoelgningsmoedet"))
            write_bytes_with_backup(out, data)
        except StorageError as exc:
            self.notify(texts.get("tui.screens.progress.status_kunne_ikke_skrives", exc=exc), severity="error", timeout=15)
            return
        self.notify(texts.get("tui.screens.progress.status_opfoelgningsmoedet_skrevet_mappen", name=out.name,
                              parent=out.parent), title="Status",
                    timeout=10)  # the file name first: a long folder wraps after it, never inside it

    def action_observe(self) -> None:
        if self.d is None:
            return
        self.app.push_screen(ObservationScreen(self.path, self.d), self._observed)

    def _observed(self, saved: bool | None) -> None:
        self.reload()

    def action_evaluate(self) -> None:
        if self.d is None:
            return
        if self.d.evaluation is not None:
            self.notify(texts.get("tui.screens.progress.delmaalet_evalueret", fmt=fmt(self.d.evaluation.evaluated_on)), title="Evaluering")
            return
        when = self.d.evaluation_date or self.d.end_date
        if when is not None and self.today < when:
            self.notify(texts.get("tui.screens.progress.evalueringen_foerst_registrer_observationer", fmt=fmt(when),
                                  key_label=self.app.key_label('progress-observe')),
                        title=texts.get("tui.screens.progress.ikke_endnu"), timeout=8)
            return
        self.app.push_screen(EvaluationScreen(self.path, self.d))


# ---------------------------------------------------------------------------------------------- one observation
