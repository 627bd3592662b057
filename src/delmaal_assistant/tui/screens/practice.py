""""Øv dig": one exercise at a time on an invented case. The learner rewrites a weak answer; the interview's own
judges (core.practice, through `InterviewSession`) say what is missing and ask their question; after a good answer
or three tries the model answer is shown with why it is better and the guide it rests on. Nothing typed is saved;
progress (counts per kind) is, in the user's data folder."""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from delmaal_assistant.core import texts
from delmaal_assistant.tui.bindings import bind
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, Label, Static, TextArea

from delmaal_assistant.core.practice import MAX_TRIES, ProgressStore, bank
from delmaal_assistant.core.practice.bank import KEY_SLOTS
from delmaal_assistant.core.practice.round import PracticeRound, SendResult
from delmaal_assistant.core.practice.summary import headline, render
from delmaal_assistant.core.sanitize import terminal_safe
from delmaal_assistant.tui.fields import SafeTextArea
from delmaal_assistant.tui.screens.common import calm_cursors
from delmaal_assistant.tui.widgets import StableFooter
from delmaal_assistant.core.files.crashlog import write_crash_report
from delmaal_assistant.core.files.storage import StorageError, write_bytes_with_backup
from delmaal_assistant.core.practice.bank import ANSWER_KEYS

#: the labels of a part's answer lines in the one answer box (a form with several inputs, written as lines)
LABELS = {"what": texts.get("tui.screens.practice.hvad"), "who": "Hvem", "how_often": "Hvor ofte", "what_we_see": texts.get("tui.screens.practice.hvad_ser_vi"),
          "how_we_support": texts.get("tui.screens.practice.hvordan_stoetter_vi")}


def answer_text(answer: dict[str, str]) -> str:
    """The answer box's text for an answer: the text itself, or one labelled line per input."""
    if set(answer) == {"text"}:
        return answer["text"]
    return "\n".join(f"{LABELS[k]}: {v}" for k, v in answer.items())


def parse_answer(text: str, keys: tuple[str, ...]) -> dict[str, str]:
    """The answer box read back: `keys` from labelled lines ("Hvem: kontaktpersonen"); a line without a label
    continues the one before."""
    if keys == ("text",):
        return {"text": text.strip()}
    by_label = {LABELS[k].lower(): k for k in keys}
    out = {k: "" for k in keys}
    current = None
    for line in text.splitlines():
        head, sep, rest = line.partition(":")
        key = by_label.get(head.strip().lower()) if sep else None
        if key is not None:
            current = key
            out[key] = rest.strip()
        elif current is not None and line.strip():
            out[current] = f"{out[current]} {line.strip()}".strip()
    return out


class PracticeScreen(Screen):
    BINDINGS = [
        bind("submit", "send", priority=True, tooltip=texts.get("tui.screens.practice.send_dit_svar_vurdering")),
        bind("skip", "next", priority=True,
                tooltip=texts.get("tui.screens.practice.vis_forbilledet_gaa_naeste")),
        bind("practice-summary", "summary", priority=True,
                tooltip=texts.get("tui.screens.practice.skriv_din_status_html")),
        bind("practice-home", "app.home"),
        bind("select-all", "select_answer", show=False, priority=True),
        bind("practice-up", "scroll_box(-1)", show=False, priority=True),
        bind("practice-down", "scroll_box(1)", show=False, priority=True),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.store: ProgressStore | None = None
        self.round: PracticeRound | None = None
        self.busy = False

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="practice"):
            with VerticalScroll(id="practice-box"):
                yield Static("", id="practice-head")
                yield Static("", id="practice-case")
                yield Static("", id="practice-feedback")
            yield Label("", id="practice-hint", classes="section-label")
            yield SafeTextArea(id="practice-answer", soft_wrap=True, tab_behavior="focus")
        yield StableFooter(compact=True)

    def on_mount(self) -> None:
        app = self.app
        self.sub_title = bank().text("subtitle")
        self.store = ProgressStore(app.data_dir)
        progress = self.store.load()
        if self.store.problem:
            self.notify(self.store.problem, severity="warning", timeout=15, title=texts.get("tui.screens.practice.oev_dig"))
        self.round = PracticeRound(progress, bank(), save=self.store.save, run=app.run_checks,
                                   keys=app.key_label, today=app.today)
        calm_cursors(self)
        self.show_exercise(self.round.next())

    # ------------------------------------------------------------------ showing

    def _t(self, key: str, **slots) -> str:
        """A text of the practice screen (practice.toml [texts]) with the keys named as they work here: the
        keymap's slots {k_submit}, {k_skip}, {k_select_all}, {k_practice_home} (the browser's keys in `delmaal web`)."""
        keys = {f"k_{b.replace('-', '_')}": self.app.key_label(b) for b in KEY_SLOTS}
        return self.round.bank.text(key, **keys, **slots)

    def show_exercise(self, _exercise=None) -> None:
        r = self.round
        ex, part = r.exercise, r.part
        n = r.progress.total_done + 1
        head = Text()
        parts = self._t("part", i=r.part_index + 1, of=len(ex.parts)) if len(ex.parts) > 1 else ""
        head.append(self._t("head", n=n, kind=ex.kind.title, part=parts), style="bold")
        head.append("  " + self._t(f"level_{ex.level}"))
        self.query_one("#practice-head", Static).update(head)
        case = Text()
        case.append(self._t("case"), style="bold")
        case.append(terminal_safe(ex.case))
        step = self.app.prompts.step(part.step)
        case.append("\n" + self._t("field", title=step.title), style="bold")
        case.append(terminal_safe(ex.kind.task if len(ex.parts) == 1 else step.question))
        case.append("\n" + self._t("weak"), style="bold")
        case.append(terminal_safe(answer_text(part.weak)))
        self.query_one("#practice-case", Static).update(case)
        self.query_one("#practice-feedback", Static).update("")
        box = self.query_one("#practice-answer", TextArea)
        box.read_only = False
        box.text = answer_text(part.weak)
        box.move_cursor(box.document.end)
        box.focus()
        self._hint()

    def _hint(self) -> None:
        r = self.round
        if r.part_done:
            more = r.part_index < len(r.exercise.parts) - 1
            text = self._t("hint_next_part" if more else "hint_next_exercise")
        else:
            text = self._t("hint_try", try_=r.tries + 1, of=MAX_TRIES)
        self.query_one("#practice-hint", Label).update(text)

    def show_result(self, result: SendResult) -> None:
        self.busy = False  # only now: a second Ctrl+S meanwhile is not a second send
        r = self.round
        v = result.verdict
        t = Text()
        if not v.ok:
            t.append(terminal_safe(self._t("not_checked", reason=" ".join(v.messages))), style="bold")
        else:
            t.append(self._t("try_head", try_=result.tries, of=MAX_TRIES), style="bold")
            t.append(self._t("passed" if v.passed else "not_yet") + "\n",
                     style="bold green" if v.passed else "bold")
            for m in v.messages:
                t.append(terminal_safe(m) + "\n")
        if result.reveal:
            self._append_model(t)
        self.query_one("#practice-feedback", Static).update(t)
        if result.reveal:
            self.query_one("#practice-answer", TextArea).read_only = True
        self._hint()
        self.query_one("#practice-box", VerticalScroll).scroll_end(animate=False)

    def _append_model(self, t: Text) -> None:
        r = self.round
        ex, part = r.exercise, r.part
        t.append("\n" + self._t("model"), style="bold")
        t.append(terminal_safe(answer_text(part.model)) + "\n")
        if r.part_index == len(ex.parts) - 1:
            t.append(self._t("why"), style="bold")
            t.append(terminal_safe(ex.why) + "\n")
            t.append(f"»{terminal_safe(ex.kind.guide)}« ({terminal_safe(ex.kind.source)})\n", style="italic")

    # ------------------------------------------------------------------ actions

    def action_send(self) -> None:
        """Ctrl+S is a priority binding: keys typed just before it may still wait in the answer box's queue, so
        the answer is read from there, after them (no trailing characters lost when typing fast)."""
        r = self.round
        if r is None or self.busy:
            return
        if r.part_done:
            self._advance()
            return
        self.busy = True
        self.query_one("#practice-hint", Label).update(self._t("judging"))
        self.query_one("#practice-answer", TextArea).call_later(self._send_typed)

    def _send_typed(self) -> None:
        r = self.round
        step = self.app.prompts.step(r.part.step)
        kind = "text" if step.kind == "line" else step.kind
        self._judge(parse_answer(self.query_one("#practice-answer", TextArea).text, ANSWER_KEYS[kind]))

    @work(thread=True, exclusive=True, group="practice")
    def _judge(self, answer: dict[str, str]) -> None:
        try:
            result = self.round.send(answer)
        except Exception as exc:  # a bug must not end the round: the user is told, a report is written

            where = write_crash_report(exc, texts.get("tui.screens.practice.oev_dig_vurdering_svar"))
            self.app.call_from_thread(self._failed, type(exc).__name__, where)
            return
        self.app.call_from_thread(self.show_result, result)

    def _failed(self, error: str, report) -> None:
        self.busy = False
        self.notify(self._t("not_checked", reason=f"intern fejl ({error})" + (f"; rapport: {report}." if report
                                                                              else ".")),
                    severity="error", timeout=15, title=texts.get("tui.screens.practice.oev_dig"))
        self._hint()

    def action_scroll_box(self, direction: int) -> None:
        """PgUp/PgDn scroll the case and the feedback above the answer box (the box keeps the focus)."""
        box = self.query_one("#practice-box", VerticalScroll)
        box.scroll_page_up(animate=False) if direction < 0 else box.scroll_page_down(animate=False)

    def action_select_answer(self) -> None:
        box = self.query_one("#practice-answer", TextArea)
        box.focus()
        box.select_all()

    def action_next(self) -> None:
        r = self.round
        if r is None or self.busy:
            return
        if r.part_done:
            self._advance()
            return
        r.give_up()
        t = Text()
        t.append(self._t("gave_up") + "\n", style="bold")
        self._append_model(t)
        self.query_one("#practice-feedback", Static).update(t)
        self.query_one("#practice-answer", TextArea).read_only = True
        self._hint()

    def _advance(self) -> None:
        r = self.round
        if r.advance():
            self.show_exercise()
            return
        if r.save_error:
            self.notify(r.save_error, severity="error", timeout=15, title=texts.get("tui.screens.practice.oev_dig"))
        lines = headline(r.progress, r.bank)
        self.notify("\n".join(lines[1:]) or lines[0], title=self._t("round_one") if r.done_in_round == 1 else self._t("round_many", n=r.done_in_round), timeout=8)
        self.show_exercise(r.next())

    def action_summary(self) -> None:
        """Write the status as HTML and Word in the save folder, for the new colleague's leader."""

        r = self.round
        folder = self.app.default_save_dir()
        written = []
        for suffix in (".html", ".docx"):
            path = folder / texts.get("tui.screens.practice.oev_dig_status", suffix=suffix)
            try:
                write_bytes_with_backup(path, render(suffix, r.progress, r.bank))
            except StorageError as exc:
                self.notify(str(exc), severity="error", timeout=15, title="Status")
                return
            written.append(path.name)
        self.notify(self._t("summary_written", folder=folder, files=", ".join(written)), title="Status", timeout=12)
