"""The forms that choose from a list: the FFB theme (searchable) and the goal type."""

from __future__ import annotations

import re

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from delmaal_assistant.core import texts
from delmaal_assistant.core.model import ffb
from delmaal_assistant.tui.bindings import bind
from delmaal_assistant.tui.fields import LineInput


def _stem(word: str) -> str:
    """A word without the e's after its first letter: «cykle» and «cykel» are both «cykl»."""
    return word[:1] + word[1:].replace("e", "")
from delmaal_assistant.tui.forms.base import StepForm


class ThemeForm(StepForm):
    ENTER_WALKS = False  # Enter in the search goes to the list; in the list it picks
    BINDINGS = [bind("theme-down", "focus_list", show=False)]

    KEYS_HINT = texts.get("tui.forms.choices.skriv_for_soege_listen")
    MEETING_HINT = texts.get("tui.forms.choices.skriv_for_soege_listen_2")

    def action_focus_list(self) -> None:
        """↓ in the search field: to the list. Moving focus takes effect a moment later, so ↓ pressed again
        before that (a quick burst) moves down the list instead of going to the list again: three quick ↓
        land on the third theme, as they would once the list has focus."""
        ol = self.query_one("#theme-list", OptionList)
        if self._to_list:
            ol.action_cursor_down()
            return
        self._to_list = True
        ol.focus()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if event.widget.id == "theme-filter":
            self._to_list = False

    def on_key(self, event: events.Key) -> None:
        """Typing on the list searches: the letters go to the search field (in order), not to nowhere."""
        ol = self.query_one("#theme-list", OptionList)
        if ol.has_focus and event.is_printable and event.key != "space" and event.character:
            event.stop()
            event.prevent_default()
            f = self.query_one("#theme-filter", Input)
            f.focus()
            f.insert_text_at_cursor(event.character)

    def compose(self) -> ComposeResult:
        yield LineInput(id="theme-filter", placeholder=self.L("filter", texts.get("tui.forms.choices.soeg_tema_fx_vaske")),
                    compact=True)
        yield OptionList(id="theme-list")
        yield Static(texts.get("tui.forms.choices.valgt_intet"), id="theme-chosen")

    def on_mount(self) -> None:
        self.keep_text_on_focus()
        self.chosen: str | None = None
        self._to_list = False
        self._fill("")

    def _plain(self, theme) -> str | None:
        """The theme as the screen shows it: KL's label for staff; in meeting mode the resident's words for it
        (steps.toml meeting_labels), None for a theme that has none (not on the resident's screen)."""
        return self.step.meeting_label(theme.label, "") or None if self.meeting else theme.label

    def _fill(self, query: str) -> None:
        ol = self.query_one("#theme-list", OptionList)
        ol.clear_options()
        if self.meeting:
            # the resident's words are searched first, then KL's label and definition; only themes with words
            q = query.strip().lower()
            plain = [(t, self._plain(t)) for t in ffb.themes() if self._plain(t)]
            themes = [t for t, p in plain if q in p.lower()] if q else [t for t, _ in plain]
            themes += [t for t in ffb.search_themes(query) if q and t not in themes and self._plain(t)]
            if q and not themes:
                # the verb said for the noun («cykle» for «cykel», «handle» for «handel»): the same word without
                # its unstressed e's
                stems = [_stem(w) for w in re.findall(r"[\wæøå]+", q) if len(_stem(w)) >= 3]
                themes = [t for t, p in plain if stems and all(
                    any(_stem(w).startswith(s) for w in re.findall(r"[\wæøå]+", p.lower())) for s in stems)]
        else:
            themes = ffb.search_themes(query)
        ol.add_options([Option(self._plain(t), id=t.code) for t in themes])
        if ol.option_count:
            ol.highlighted = 0
        self._show_chosen(query)

    def _show_chosen(self, query: str = "") -> None:
        t = ffb.theme_by_code(self.chosen) if self.chosen else None
        if t is None:
            text = texts.get("tui.forms.choices.valgt_intet")
        elif self._plain(t) is None:  # chosen by staff from KL's list: not said to the resident in KL's words
            text = texts.get("tui.forms.choices.valgt_af_kontaktpersonen")
        else:
            text = f"{self.L('chosen', 'Valgt:')} {self._plain(t)}"
        if query.strip() and not self.query_one("#theme-list", OptionList).option_count:
            text = (texts.get("tui.forms.choices.intet_passer_proev" if self.meeting else
                              "tui.forms.choices.ingen_temaer_passer_proev", strip=query.strip()) + text)
        self.query_one("#theme-chosen", Static).update(Text(text))

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._fill(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.query_one("#theme-list", OptionList).option_count:
            self._to_list = True
            self.query_one("#theme-list", OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._choose(event.option.id)
        self.post_message(self.SubmitRequested())

    def _choose(self, code: str | None) -> None:
        self.chosen = code
        self._show_chosen()
        self._edited()

    def get_answer(self) -> dict:
        if self.chosen:
            return {"code": self.chosen}
        ol = self.query_one("#theme-list", OptionList)
        if ol.highlighted is not None and (self._to_list or self.query_one("#theme-filter", Input).value.strip()):
            return {"code": ol.get_option_at_index(ol.highlighted).id}
        return {"code": None}

    def set_answer(self, answer: dict) -> None:
        code = answer.get("code")
        self.chosen = code
        t = ffb.theme_by_code(code) if code else None
        self._show_chosen()
        if t:
            ol = self.query_one("#theme-list", OptionList)
            try:
                ol.highlighted = ol.get_option_index(code)
            except Exception:
                pass


class GoalTypeForm(StepForm):
    KEYS_HINT = texts.get("tui.forms.choices.enter_vaelger_sender_gaar")
    MEETING_HINT = texts.get("tui.forms.choices.enter_vaelger")
    HELP = {
        "Udvikle funktionsevne": texts.get("tui.forms.choices.udviklingsmaal_beboeren_laerer_noget"),
        "Fastholde funktionsevne": texts.get("tui.forms.choices.vedligeholdelsesmaal_beboeren_holder_fast"),
        "Begrænse tab af funktionsevne": texts.get("tui.forms.choices.beboeren_mister_mindst_muligt"),
    }

    def compose(self) -> ComposeResult:
        yield OptionList(
            *[Option(self.L(g.name, f"{g.name} – {self.HELP.get(g.name, '')}"), id=g.code) for g in ffb.goal_types()],
            id="goal-type-list",
        )
        yield Static(texts.get("tui.forms.choices.valgt_ingen"), id="goal-type-chosen")

    def on_mount(self) -> None:
        self.chosen: str | None = None

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._set(event.option.id)
        self._edited()
        self.post_message(self.SubmitRequested())

    def _set(self, code: str | None) -> None:
        self.chosen = code
        name = next((g.name for g in ffb.goal_types() if g.code == code), texts.get("tui.forms.choices.ingen"))
        self.query_one("#goal-type-chosen", Static).update(f"Valgt: {name}")

    def get_answer(self) -> dict:
        if self.chosen:
            return {"code": self.chosen}
        ol = self.query_one(OptionList)
        return {"code": ol.get_option_at_index(ol.highlighted).id if ol.highlighted is not None else None}

    def set_answer(self, answer: dict) -> None:
        self._set(answer.get("code"))
        if self.chosen:
            ol = self.query_one(OptionList)
            ol.highlighted = ol.get_option_index(self.chosen)
