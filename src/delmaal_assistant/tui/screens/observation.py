"""Record one observation of a saved delmål (a modal on the progression screen)."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from delmaal_assistant.core import texts
from delmaal_assistant.tui.bindings import bind
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, Static
from delmaal_assistant.tui.fields import LineInput
from textual.widgets.option_list import Option

from delmaal_assistant.core.model.codes import code_name
from delmaal_assistant.core.dates import DateError, parse_date
from delmaal_assistant.core.interview import AnswerError
from delmaal_assistant.core.model import Delmaal
from delmaal_assistant.core.files.observations import (
    ObservationError,
    append_observation,
    fmt,
    judge_note,
    level_text,
    new_observation,
    progress,
)
from delmaal_assistant.core.sanitize import terminal_safe
from delmaal_assistant.core.files.storage import StorageError
from delmaal_assistant.tui.screens.common import calm_cursors
from delmaal_assistant.tui.screens.followup import PENDING_OBS, ChoiceList, _Autosaving, mark_choice, pending_store
from delmaal_assistant.core.files.storage.locking import file_turn
from delmaal_assistant.core.outputs.publish import current_stamp

class ObservationScreen(_Autosaving, ModalScreen[bool]):
    """Record one observation: the level on the delmål's own scale, what was seen, who, the date."""

    #: the level list has the focus from the moment the screen is shown (Textual's auto-focus, set at once), not
    #: only after on_mount's focus() has run: in between, Textual focused the scrolling box, and an Enter and the
    #: first letter typed right after it (a fast typist, a loaded machine) went there and were lost
    AUTO_FOCUS = "#obs-level"

    DEFAULT_CSS = """
    #obs-box { width: 96%; max-width: 100; height: auto; max-height: 100%; border: thick $primary;
               padding: 0 1; background: $surface; }
    #obs-scroll { height: auto; max-height: 1fr; }
    #obs-level { height: auto; max-height: 12; }
    .obs-row { height: auto; }
    .obs-row Label { width: 14; padding-top: 0; }
    .obs-row Input { width: 1fr; }
    #obs-feedback { height: auto; margin-top: 1; }
    """
    BINDINGS = [
        bind("obs-send", "send", priority=True),
        bind("obs-cancel", "cancel"),
    ]

    def __init__(self, path: Path, d: Delmaal) -> None:
        super().__init__()
        self.path = path
        self.d = d
        self._confirmed_note: str | None = None  # a note with remarks, sent again: kept as it is
        self.labels = [terminal_safe(level_text(d, n)) for n in range(5)]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="obs-box"):
            yield Static(Text(f"Ny observation – {terminal_safe(self.d.title or 'delmål')}", style="bold"))
            yield Label(texts.get("tui.screens.observation.hvilket_niveau_saa_delmaalets"))
            yield ChoiceList(*[Option(Text("  " + label), id=f"level-{n}") for n, label in enumerate(self.labels)],
                             id="obs-level", target="#obs-note", digits=True)
            with Horizontal(classes="obs-row"):
                yield Label(texts.get("tui.screens.observation.hvad_saa"))
                yield LineInput(id="obs-note", compact=True, select_on_focus=False,
                            placeholder=texts.get("tui.screens.observation.hvad_gjorde_beboeren_fx"))
            with Horizontal(classes="obs-row"):
                yield Label("Hvem")
                yield LineInput(id="obs-by", compact=True, placeholder=texts.get("tui.screens.observation.dit_navn_eller_initialer"))
            with Horizontal(classes="obs-row"):
                yield Label("Dato")
                yield LineInput(fmt(self.app.today), id="obs-date", compact=True, placeholder=texts.get("tui.screens.observation.dd_mm_aaaaaaaa"))
            yield Static("", id="obs-feedback")
            yield Static(Text(self.app.hint(texts.get("tui.screens.observation.gemmer_observationen_delmaalsfilen_lukker"))), id="obs-hint")

    def on_mount(self) -> None:
        calm_cursors(self)
        levels = self.query_one("#obs-level", OptionList)
        pending = pending_store(self.app).load(self.d.id, PENDING_OBS) or {}
        p = progress(self.d)
        level = pending.get("level")
        if not (isinstance(level, int) and 0 <= level <= 4):
            level = p.latest if p.latest is not None else p.start
        levels.highlighted = level if level is not None else None
        for key, sel in (("note", "#obs-note"), ("by", "#obs-by"), ("date", "#obs-date")):
            if isinstance(pending.get(key), str):
                self.query_one(sel, Input).value = pending[key]
        self.start_autosave()
        levels.focus()

    def pending_data(self) -> dict:
        levels = self.query_one("#obs-level", OptionList)
        return {"path": str(self.path), "level": levels.highlighted,
                "note": self.query_one("#obs-note", Input).value, "by": self.query_one("#obs-by", Input).value,
                "date": self.query_one("#obs-date", Input).value}

    def write_pending(self) -> None:
        pending_store(self.app).save(self.d.id, PENDING_OBS, self.pending_data())

    def on_input_changed(self, event: Input.Changed) -> None:
        self.edited()
        if event.input.id == "obs-note" and event.value.strip() != (self._confirmed_note or ""):
            self._confirmed_note = None

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        mark_choice(event.option_list, self.labels)
        self.edited()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.query_one("#obs-note", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        nxt = {"obs-note": "#obs-by", "obs-by": "#obs-date"}.get(event.input.id or "")
        if nxt:
            self.query_one(nxt, Input).focus()
        else:
            self.action_send()

    def _feedback(self, text: Text | str) -> None:
        box = self.query_one("#obs-feedback", Static)
        box.update(text if isinstance(text, Text) else Text(text))
        self.call_after_refresh(box.scroll_visible, animate=False)

    def action_cancel(self) -> None:
        self.flush()
        self.dismiss(False)

    def action_send(self) -> None:
        levels = self.query_one("#obs-level", OptionList)
        if levels.highlighted is None:
            self._feedback(texts.get("tui.screens.observation.vaelg_niveau_saa_listen"))
            levels.focus()
            return
        level = int(levels.highlighted)
        note = self.query_one("#obs-note", Input).value
        try:
            on = parse_date(self.query_one("#obs-date", Input).value, self.app.today)
            if on is None:
                raise AnswerError("Skriv datoen for observationen, fx 12-03-2027.")
            obs = new_observation(self.d, level=level, note=note, on=on,
                                  by=self.query_one("#obs-by", Input).value, today=self.app.today)
        except (AnswerError, DateError, ObservationError) as exc:
            self._feedback(Text(terminal_safe(str(exc)), style="bold"))
            return
        self.flush()
        if self._confirmed_note == obs.note:
            self._store(obs)
            return
        self._feedback(texts.get("tui.screens.observation.beskrivelsen_tjekkes"))
        self._judge(obs)

    @work(thread=True, exclusive=True, group="obs-judge", exit_on_error=False)
    def _judge(self, obs) -> None:
        checker = self.app.checker_blocking()
        try:
            findings = judge_note(checker, self.d, obs.level, obs.note) if checker is not None else None
        except Exception:  # noqa: BLE001 - a failing checker is reported, never read as all clear
            findings = None
        self.app.call_from_thread(self._judged, obs, findings)

    def _judged(self, obs, findings: list | None) -> None:
        if not self.is_attached:
            return
        note_now = self.query_one("#obs-note", Input).value.strip()
        if note_now != obs.note:
            # the text changed while it was checked: the next Ctrl+S checks the new one – said so, not left at
            # «Beskrivelsen tjekkes …» as if something were still on its way to the file
            self._feedback(self.app.hint(texts.get("tui.screens.observation.beskrivelsen_rettet_imens")))
            return
        if findings is None:
            self._confirmed_note = obs.note
            self._feedback(Text(self.app.hint(texts.get("tui.screens.observation.beskrivelsen_kunne_ikke_tjekkes")),
                                style="bold"))
            return
        if findings:
            t = Text()
            t.append(texts.get("tui.screens.observation.bemaerkning_beskrivelsen", findings=len(findings),
                               value=texts.get("tui.screens.observation.tekst") if len(findings) != 1 else ''), style="bold")
            for i, f in enumerate(findings, 1):
                t.append(f"[{i}] {code_name(f.code)}: {terminal_safe(f.question or f.message)}\n")
            t.append(self.app.hint(texts.get("tui.screens.observation.skriv_hvad_saa_beboeren")))
            self._confirmed_note = obs.note
            self._feedback(t)
            self.query_one("#obs-note", Input).focus()
            return
        self._store(obs)

    def _store(self, obs) -> None:
        try:
            with file_turn(self.path):  # both stamps under the lock: nothing else is written in between
                before = current_stamp(self.path)
                append_observation(self.path, obs, today=self.app.today)
                after = current_stamp(self.path)
        except (StorageError, ObservationError) as exc:
            self._feedback(Text(texts.get("tui.screens.observation.observationen_kunne_ikke_gemmes",
                                          terminal_safe=terminal_safe(str(exc))), style="bold"))
            return
        pending_store(self.app).clear(self.d.id, PENDING_OBS)
        self.policy.saved()
        self.app.observation_logged(self.path, before, after)
        self.app.notify(texts.get("tui.screens.observation.observationen_gemt_niveau", name=self.path.name,
                                  fmt=fmt(obs.observed_on), level=obs.level),
                        title="Gemt")
        self.dismiss(True)


# ---------------------------------------------------------------------------------------------- the evaluation
