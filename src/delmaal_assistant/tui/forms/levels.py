"""The indicator scale: the start and target levels, and what we see and how we support on one level."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Input, Label, Select, Static

from delmaal_assistant.core import texts
from delmaal_assistant.core.model import LEVEL_LABELS
from delmaal_assistant.tui.fields import LineInput
from delmaal_assistant.tui.forms.base import StepForm, put_text
from delmaal_assistant.tui.widgets import ChoiceSelect
from delmaal_assistant.core.interview import default_prompts
from delmaal_assistant.core.interview.meeting import meeting_level


def _level_options(meeting: bool = False) -> list[tuple[str, int]]:
    if meeting:
        # the resident picks the words ("Vi hjælper dig meget."); the number is what is stored, never shown
        return [(meeting_level(default_prompts(), n), n) for n in LEVEL_LABELS]
    return [(f"{n} – {label}", n) for n, label in LEVEL_LABELS.items()]


class LevelsForm(StepForm):
    KEYS_HINT = texts.get("tui.forms.levels.enter_aabner_listen_enter")
    MEETING_HINT = texts.get("tui.forms.levels.moede_enter_aabner_listen")
    FOCUS = {r"indicators\.start_level": "level-start", r"indicators\.expected_end_level": "level-end"}

    def compose(self) -> ComposeResult:
        pick = self.L("pick", texts.get("tui.forms.levels.vaelg_niveau_0_4"))
        yield Label(self.L("start", texts.get("tui.forms.levels.ved_delmaalets_opstart")), classes="form-label")
        yield ChoiceSelect(_level_options(self.meeting), id="level-start", prompt=pick, compact=True)
        yield Label(self.L("end", texts.get("tui.forms.levels.forventes_ved_delmaalets_afslutning")), classes="form-label")
        yield ChoiceSelect(_level_options(self.meeting), id="level-end", prompt=pick, compact=True)

    def on_choice_select_picked(self, event: ChoiceSelect.Picked) -> None:
        """A level picked in the open list: on to the next list (after the last, Ctrl+S or Enter sends)."""
        event.stop()
        if event.select.id == "level-start":
            self.query_one("#level-end", Select).focus()

    @staticmethod
    def _val(sel: Select):
        v = sel.value
        return None if v is Select.NULL or v is None else int(v)

    def get_answer(self) -> dict:
        return {"start": self._val(self.query_one("#level-start", Select)),
                "end": self._val(self.query_one("#level-end", Select))}

    def set_answer(self, answer: dict) -> None:
        self._loading = True
        for key, wid in (("start", "#level-start"), ("end", "#level-end")):
            sel = self.query_one(wid, Select)
            v = answer.get(key)
            if v is None:
                sel.clear()
            else:
                sel.value = int(v)
        self.call_after_refresh(setattr, self, "_loading", False)


class IndicatorForm(StepForm):
    def level_text(self, lvl: int) -> str:
        """The level in the words of whoever reads: plain words for the resident in meeting mode."""
        if self.meeting:
            return meeting_level(default_prompts(), lvl)
        return LEVEL_LABELS[lvl]

    FOCUS = {r"indicators\.levels\[\d\]\.what_we_see": "ind-see", r"indicators\.levels\[\d\]\.how_we_support": "ind-support",
             r"indicators\.levels\[\d\]": "ind-see"}

    def compose(self) -> ComposeResult:
        lvl = self.step.level or 0
        # meeting mode: the level in words only (the number on the scale is the staff's)
        yield Static(self.level_text(lvl) if self.meeting else f"Niveau {lvl}: {self.level_text(lvl)}",
                     classes="form-note")
        yield Label(self.L("what_we_see", texts.get("tui.forms.levels.hvad_goer_beboeren_hvad")), classes="form-label")
        # meeting mode: not the staff's examples about another goal («Fx: sætter selv vasken i gang om onsdagen»)
        own = texts.get("tui.forms.methods.sig_dine_egne_ord") if self.meeting else None
        yield LineInput(id="ind-see", compact=True, placeholder=own or texts.get("tui.forms.levels.fx_saetter_selv_vasken"))
        yield Label(self.L("how_we_support", texts.get("tui.forms.levels.hvordan_moeder_stoetter_vi")), classes="form-label")
        yield LineInput(id="ind-support", compact=True,
                        placeholder=own or texts.get("tui.forms.levels.fx_spoerger_kort_hvordan"))

    def get_answer(self) -> dict:
        return {"what_we_see": self.query_one("#ind-see", Input).value,
                "how_we_support": self.query_one("#ind-support", Input).value}

    def set_answer(self, answer: dict) -> None:
        self._loading = True
        put_text(self.query_one("#ind-see", Input), answer.get("what_we_see", ""))
        put_text(self.query_one("#ind-support", Input), answer.get("how_we_support", ""))
        self.call_after_refresh(setattr, self, "_loading", False)

    def check_text(self) -> str:
        return self.query_one("#ind-see", Input).value
