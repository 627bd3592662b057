"""The period of a saved delmål: the progression (a text chart and the timeline of observations), recording a new
observation, and the evaluation conversation at (or after) the evaluation date.

The screens are views on `core.observations` and `core.evaluation`. What is being typed (an observation, the
evaluation's answers) is autosaved like a draft (`core.observations.PendingStore`) and taken up again when the
delmål is opened next time, so a kill while typing loses nothing; it reaches the delmål file only when sent.
Everything works at 80×24 and without colour (symbols and words carry the meaning).
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from delmaal_assistant.tui.keys import bind
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Header, Input, Label, OptionList, Static
from delmaal_assistant.tui.fields import LineInput
from textual.widgets.option_list import Option

from delmaal_assistant.core.model.codes import code_name
from delmaal_assistant.core.files.drafts import AutosavePolicy, ConversationEntry, Draft
from delmaal_assistant.core.interview.evaluation import EvaluationSession
from delmaal_assistant.core.dates import DateError, parse_date
from delmaal_assistant.core.interview import AnswerError
from delmaal_assistant.core.model import Delmaal
from delmaal_assistant.core.files.observations import (
    ObservationError,
    PendingStore,
    append_observation,
    evaluation_due,
    fmt,
    judge_note,
    level_text,
    new_observation,
    next_delmaal,
    progress,
)
from delmaal_assistant.core.model.period import CRITERION_DA, NEXT_STEP_DA
from delmaal_assistant.core.sanitize import terminal_safe
from delmaal_assistant.core.files.storage import StorageError, load_delmaal
from delmaal_assistant.core.outputs.textchart import text_chart
from delmaal_assistant.tui.screens.common import calm_cursors
from delmaal_assistant.tui.widgets import StableFooter

PENDING_OBS = "observation"
PENDING_EVAL = "evaluation"


class ChoiceList(OptionList):
    """A list to choose from that never swallows typing: a printable key typed while it has the focus (e.g. right
    after Enter, before the focus has moved on) goes to the text field `target`, so no keystroke is lost. With
    `digits`, a digit chooses the option with that number (the levels 0-4)."""

    def __init__(self, *options, target: str, digits: bool = False, **kw) -> None:
        super().__init__(*options, **kw)
        self.target = target
        self.digits = digits

    def on_key(self, event) -> None:
        if event.key == "enter":
            # chosen here and now: a binding looked up later would follow the focus that typing right after
            # Enter has already moved to the text field (and submit that instead)
            event.stop()
            event.prevent_default()
            self.action_select()
            return
        ch = event.character
        if not ch or not ch.isprintable() or event.key in ("space", "up", "down", "home", "end"):
            return
        if self.digits and ch.isdigit() and int(ch) < self.option_count:
            event.stop()
            event.prevent_default()
            self.highlighted = int(ch)
            return
        try:
            field = self.screen.query_one(self.target, Input)
        except Exception:  # noqa: BLE001 - no such field on this screen: the key is left to the list
            return
        event.stop()
        event.prevent_default()
        field.display = True
        field.focus()
        field.insert_text_at_cursor(ch)


def mark_choice(options: OptionList, labels: list[str]) -> None:
    """Show the highlighted option with ▶ (not by colour alone); the others get two spaces."""
    for i, label in enumerate(labels):
        options.replace_option_prompt_at_index(i, Text(("▶ " if i == options.highlighted else "  ") + label))


def followup_screens(app) -> list:
    """The open screens with unsent typing of their own (flushed by the app on SIGTERM, SIGHUP and Ctrl+Q)."""
    return [s for s in app.screen_stack if isinstance(s, _Autosaving) and hasattr(s, "policy")]


def pending_store(app) -> PendingStore:
    return PendingStore(Path(app.data_dir) / "followup")


class _Autosaving:
    """Mixin: `edited()` on every change, a timer writes `pending_data()` within ~1.25 s however steady the typing."""

    policy: AutosavePolicy
    save_error: str = ""

    def start_autosave(self) -> None:
        self.policy = AutosavePolicy()
        self.set_interval(0.25, self._autosave_tick)  # type: ignore[attr-defined]

    def edited(self) -> None:
        self.policy.edited(time.monotonic())

    def _autosave_tick(self) -> None:
        if self.policy.due(time.monotonic()):
            if self.flush() is False:
                self.policy.retry_later(time.monotonic())

    def flush(self) -> bool:
        """Write what is being typed now. False (and `save_error`) when it could not be written."""
        if not self.policy.dirty:
            return True
        try:
            self.write_pending()
        except (StorageError, OSError) as exc:
            self.save_error = str(exc)
            return False
        self.policy.saved()
        self.save_error = ""
        return True

    def write_pending(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


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
            self.notify("En observation, du var i gang med, er hentet frem igen.", title="Ikke sendt")
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
            self.notify(str(exc), severity="error", timeout=15, title="Kunne ikke åbne")
            self.d = None
            self.query_one("#progress-head", Static).update(Text(f"Delmålet kunne ikke læses: {terminal_safe(str(exc))}"))
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
        head.append(f"Forløb: {terminal_safe(d.title or 'Delmål uden titel')}\n", style="bold")
        head.append(f"Periode {fmt(d.start_date)} – {fmt(d.end_date)} · evaluering {fmt(d.evaluation_date)} · "
                    f"i dag {fmt(self.today)}\n")
        head.append(f"Start {p.start if p.start is not None else '–'} · seneste "
                    f"{p.latest if p.latest is not None else '–'}"
                    + (f" ({fmt(p.latest_on)})" if p.latest_on else "")
                    + f" · forventet {p.expected if p.expected is not None else '–'} · {p.trend_da}")
        self.query_one("#progress-head", Static).update(head)
        due = self.query_one("#progress-due", Static)
        if evaluation_due(d, self.today):
            due.update(Text("Det er tid til at evaluere delmålet. Tryk E for evalueringssamtalen."))
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
            tl.append("(ingen endnu)\n")
        for o in obs:
            who = f" ({terminal_safe(o.by)})" if o.by.strip() else ""
            tl.append(f"{fmt(o.observed_on)}  niveau {o.level}  ", style="bold")
            tl.append(f"{terminal_safe(o.note)}{who}\n")
        self.query_one("#progress-timeline", Static).update(tl)
        ev_box = self.query_one("#progress-evaluation", Static)
        ev = d.evaluation
        if ev is None:
            ev_box.update(Text("Ikke evalueret endnu." + ("" if evaluation_due(d, self.today)
                                                        else f" Evalueringsdato: {fmt(d.evaluation_date or d.end_date)}.")))
        else:
            t = Text()
            t.append(f"Evalueret {fmt(ev.evaluated_on)}: ", style="bold")
            t.append(f"kriteriet nået: {CRITERION_DA[ev.criterion_met].lower()} · niveau nu {ev.level_now} · "
                     f"{NEXT_STEP_DA[ev.next_step].lower()}")
            ev_box.update(t)

    def action_back(self) -> None:
        self.app.pop_screen()

    def action_status(self) -> None:
        """S: the status for the follow-up meeting as Word, beside the delmål (`NAVN.status.docx`; `.bak` kept)."""
        if self.d is None:
            return
        from delmaal_assistant.core.outputs.status import build_status, render
        from delmaal_assistant.core.files.storage import write_bytes_with_backup

        name = self.path.name
        stem = name.removesuffix(".delmaal.json") if name.endswith(".delmaal.json") else self.path.stem
        out = self.path.with_name(stem + ".status.docx")
        try:
            data = render([build_status(self.d, str(self.path), self.today)], ".docx", self.today,
                          "Status til opfølgningsmødet")
            write_bytes_with_backup(out, data)
        except StorageError as exc:
            self.notify(f"Status kunne ikke skrives: {exc}", severity="error", timeout=15)
            return
        self.notify(f"Status til opfølgningsmødet er skrevet til {out}.", title="Status", timeout=10)

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
            self.notify(f"Delmålet er evalueret {fmt(self.d.evaluation.evaluated_on)}.", title="Evaluering")
            return
        when = self.d.evaluation_date or self.d.end_date
        if when is not None and self.today < when:
            self.notify(f"Evalueringen er først {fmt(when)}. Registrér observationer indtil da "
                        f"({self.app.key_label('progress-observe')}).",
                        title="Ikke endnu", timeout=8)
            return
        self.app.push_screen(EvaluationScreen(self.path, self.d))


# ---------------------------------------------------------------------------------------------- one observation


class ObservationScreen(_Autosaving, ModalScreen[bool]):
    """Record one observation: the level on the delmål's own scale, what was seen, who, the date."""

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
            yield Label("Hvilket niveau så I? (delmålets egne indikatorer; ↑↓ eller 0-4 vælger)")
            yield ChoiceList(*[Option(Text("  " + label), id=f"level-{n}") for n, label in enumerate(self.labels)],
                             id="obs-level", target="#obs-note", digits=True)
            with Horizontal(classes="obs-row"):
                yield Label("Hvad så I?")
                yield LineInput(id="obs-note", compact=True, select_on_focus=False,
                            placeholder="hvad gjorde beboeren? fx »satte selv vasken i gang onsdag«")
            with Horizontal(classes="obs-row"):
                yield Label("Hvem")
                yield LineInput(id="obs-by", compact=True, placeholder="dit navn eller initialer")
            with Horizontal(classes="obs-row"):
                yield Label("Dato")
                yield LineInput(fmt(self.app.today), id="obs-date", compact=True, placeholder="DD-MM-ÅÅÅÅ")
            yield Static("", id="obs-feedback")
            yield Static(Text(self.app.hint("{obs-send} gemmer observationen i delmålsfilen · {obs-cancel} lukker (det "
                                             "skrevne gemmes som kladde)")), id="obs-hint")

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
            self._feedback("Vælg det niveau, I så (↑↓ i listen).")
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
        self._feedback("Beskrivelsen tjekkes …")
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
            return  # the text changed while it was checked: the next Ctrl+S checks the new one
        if findings is None:
            self._confirmed_note = obs.note
            self._feedback(Text(self.app.hint("Beskrivelsen kunne ikke tjekkes. Tryk {obs-send} igen for at gemme den alligevel."),
                                style="bold"))
            return
        if findings:
            t = Text()
            t.append(f"{len(findings)} bemærkning{'er' if len(findings) != 1 else ''} til beskrivelsen:\n", style="bold")
            for i, f in enumerate(findings, 1):
                t.append(f"[{i}] {code_name(f.code)}: {terminal_safe(f.question or f.message)}\n")
            t.append(self.app.hint("Skriv, hvad I så beboeren gøre – eller tryk {obs-send} igen for at gemme den, som den er."))
            self._confirmed_note = obs.note
            self._feedback(t)
            self.query_one("#obs-note", Input).focus()
            return
        self._store(obs)

    def _store(self, obs) -> None:
        try:
            append_observation(self.path, obs, today=self.app.today)
        except (StorageError, ObservationError) as exc:
            self._feedback(Text(f"Observationen kunne ikke gemmes: {terminal_safe(str(exc))} Det skrevne er gemt som "
                                "kladde.", style="bold"))
            return
        pending_store(self.app).clear(self.d.id, PENDING_OBS)
        self.policy.saved()
        self.app.notify(f"Observationen er gemt i {self.path.name}: {fmt(obs.observed_on)}, niveau {obs.level}.",
                        title="Gemt")
        self.dismiss(True)


# ---------------------------------------------------------------------------------------------- the evaluation


class EvaluationScreen(_Autosaving, Screen):
    """The evaluation as a conversation: one question at a time, the assistant's reaction to each answer."""

    DEFAULT_CSS = """
    #eval-log { height: 1fr; padding: 0 1; }
    #eval-box { height: auto; max-height: 60%; border-top: solid $primary; padding: 0 1; }
    #eval-question { text-style: bold; }
    #eval-choice { height: auto; max-height: 8; }
    EvaluationScreen .msg { margin-bottom: 1; }
    """
    BINDINGS = [
        bind("eval-save", "save", priority=True),
        bind("eval-previous", "previous", priority=True),
        bind("eval-back", "back"),
    ]

    def __init__(self, path: Path, d: Delmaal) -> None:
        super().__init__()
        self.path = path
        self.d = d
        self.session = EvaluationSession(d, date.today())  # today from the app once mounted
        self.saved = False
        self._choice_labels: list[str] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield VerticalScroll(id="eval-log")
        with VerticalScroll(id="eval-box"):
            yield Static("", id="eval-question")
            yield ChoiceList(id="eval-choice", target="#eval-text")
            yield LineInput(id="eval-text", compact=True, select_on_focus=False)
            yield Static("", id="eval-hint")
        yield StableFooter(compact=True)

    def on_mount(self) -> None:
        calm_cursors(self)
        self.session.today = self.app.today
        pending = pending_store(self.app).load(self.d.id, PENDING_EVAL)
        self._say("assistant", f"Evaluering af »{self.d.title or 'delmålet'}« ({fmt(self.d.start_date)} – "
                               f"{fmt(self.d.end_date)}). Svar ét spørgsmål ad gangen; alt gemmes undervejs.")
        if pending:
            self.session.restore(pending)
            for sid, value in self.session.answers.items():
                self._say("user", self.session.label(sid, value))
            if self.session.answers:
                self._say("system", "Svarene fra sidst er hentet frem igen.")
        self.start_autosave()
        self._ask(typing=(pending or {}).get("typing", "") if pending else "")

    def _say(self, role: str, text: str) -> None:
        from delmaal_assistant.tui.screens.common import ChatMessage

        log = self.query_one("#eval-log", VerticalScroll)
        log.mount(ChatMessage(ConversationEntry(role=role, text=text)))
        log.scroll_end(animate=False)

    def _ask(self, typing: str = "") -> None:
        step = self.session.current
        choice = self.query_one("#eval-choice", OptionList)
        text = self.query_one("#eval-text", Input)
        hint = self.query_one("#eval-hint", Static)
        if step is None:
            self.query_one("#eval-question", Static).update(Text(self.app.hint(
                "Evalueringen er færdig. {eval-save} gemmer den i delmålsfilen.")))
            choice.display = False
            text.display = False
            hint.update("")
            return
        self.query_one("#eval-question", Static).update(Text(terminal_safe(step.question)))
        if step.choices:
            choice.clear_options()
            self._choice_labels = [terminal_safe(label) for _value, label in step.choices]
            for value, label in zip((v for v, _ in step.choices), self._choice_labels):
                choice.add_option(Option(Text("  " + label), id=value))
            choice.display, text.display = True, False
            if step.id == "level_now":
                p = progress(self.d)
                choice.highlighted = p.latest if p.latest is not None else 0
            else:
                choice.highlighted = 0
            hint.update(Text(self.app.hint("↑↓ vælg · Enter svar · {eval-previous} forrige spørgsmål · {eval-back} tilbage "
                                            "(svarene gemmes)")))
            choice.focus()
        else:
            if typing:
                text.value = typing
            text.placeholder = step.placeholder
            choice.display, text.display = False, True
            hint.update(Text(self.app.hint("Enter sender svaret · {eval-previous} forrige spørgsmål · {eval-back} tilbage "
                                            "(svarene gemmes)")))
            text.focus()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list.id == "eval-choice":
            mark_choice(event.option_list, self._choice_labels)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option_list.id == "eval-choice":
            self._answer(event.option.id or "")

    def on_input_changed(self, event: Input.Changed) -> None:
        self.edited()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "eval-text":
            self._answer(event.value)

    def _answer(self, value: str) -> None:
        step = self.session.current
        if step is None:
            return
        reply = self.session.answer(value)
        if reply.accepted:
            self._say("user", self.session.label(step.id, value) or "(intet svar)")
            self._say("assistant", reply.text)
            if not step.choices:  # after a choice, the field may already hold what was typed next: keep it
                self.query_one("#eval-text", Input).value = ""
            self.edited()
            self.flush()
            self._ask()
        else:
            self._say("assistant", reply.text)

    def pending_data(self) -> dict:
        return self.session.to_pending(self.query_one("#eval-text", Input).value)

    def write_pending(self) -> None:
        if not self.saved:
            pending_store(self.app).save(self.d.id, PENDING_EVAL, self.pending_data())

    def action_back(self) -> None:
        if not self.saved:
            self.edited()
            self.flush()
        self.app.pop_screen()

    def action_previous(self) -> None:
        """Ctrl+B: one question back, to answer it again."""
        if self.saved:
            return
        sid = self.session.back()
        if sid is None:
            self.notify("Det er det første spørgsmål.", title="Evaluering")
            return
        self._say("system", "Et spørgsmål tilbage: svar igen.")
        self.edited()
        self.flush()
        self.query_one("#eval-text", Input).display = True
        self._ask()

    def action_save(self) -> None:
        if self.saved:
            return
        if not self.session.done:
            self.notify("Svar på alle spørgsmålene først; svarene gemmes undervejs.", title="Ikke færdig")
            return
        ev = self.session.evaluation()
        new = next_delmaal(self.d, ev) if ev.next_step == "new" else None
        if new is not None:
            ev = ev.model_copy(update={"next_delmaal_id": new.id})
        try:
            from delmaal_assistant.core.files.observations import save_evaluation

            self.d = save_evaluation(self.path, ev)
        except StorageError as exc:
            self.notify(f"Evalueringen kunne ikke gemmes: {exc} Svarene er gemt som kladde.", severity="error",
                        timeout=15)
            return
        self.saved = True
        self.policy.saved()
        pending_store(self.app).clear(self.d.id, PENDING_EVAL)
        self._say("system", f"Evalueringen er gemt i {self.path.name}.")
        self.notify(f"Evalueringen er gemt i {self.path.name}.", title="Gemt")
        if new is not None:
            self._start_next(new)
        else:
            self.app.pop_screen()

    def _start_next(self, new: Delmaal) -> None:
        """The new delmål as a draft in the interview: title, theme, måltype and the start level carried over."""
        draft = Draft(delmaal=new, meeting_mode=self.app.settings.meeting_mode_default)
        draft.conversation.append(ConversationEntry(
            role="system", text=f"Nyt delmål, der bygger videre på »{self.d.title}« (evalueret {fmt(self.app.today)}). "
                                f"Titel, tema og måltype er taget med; startniveauet er {new.indicators.start_level}, "
                                "det niveau, beboeren nåede."))
        self.app.pop_screen()
        self.app.open_interview(draft)
