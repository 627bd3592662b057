"""The methods and approaches (name, kind, how they are used) and the guardian form."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Checkbox, Input, Label, Select, Static

from delmaal_assistant.core import texts
from delmaal_assistant.tui.fields import LineInput
from delmaal_assistant.tui.forms.base import StepForm, put_text
from delmaal_assistant.tui.widgets import ChoiceSelect, TickBox


KIND_OPTIONS = [("Metode", "metode"), ("Tilgang", "tilgang"), (texts.get("tui.forms.methods.ved_ikke"), "ukendt")]


class MethodsForm(StepForm):
    KEYS_HINT = texts.get("tui.forms.methods.enter_naeste_felt_send")
    FOCUS = {r"methods\[0\]\.description": "m1-how", r"methods\[1\]\.description": "m2-how",
             r"methods\[0\].*": "m1-name", r"methods\[1\].*": "m2-name", r"methods": "m1-name"}

    def compose(self) -> ComposeResult:
        note = self.note(texts.get("tui.forms.methods.tilgang_overordnet_forstaaelse_fx"))
        if note:
            yield Static(note, classes="form-note")
        for n in (1, 2):
            # meeting mode: the resident's words only – no method names, no "Metode ▼", no "(valgfri)"
            label = self.L("name", "Metode") + ("" if self.meeting else f" {n}" + (" (valgfri)" if n == 2 else ""))
            yield Label(label if n == 1 or not self.meeting else texts.get("tui.forms.methods.mere"), classes="form-label")
            with Horizontal(classes="form-row"):
                yield LineInput(id=f"m{n}-name", placeholder=texts.get("tui.forms.methods.sig_dine_egne_ord") if self.meeting else
                            "Navn, fx motiverende samtale", compact=True)
                kind = ChoiceSelect(KIND_OPTIONS, id=f"m{n}-kind", value="ukendt" if self.meeting else "metode",
                                    allow_blank=False, compact=True)
                kind.display = not self.meeting
                yield kind
            yield LineInput(id=f"m{n}-how", placeholder=self.L("how", texts.get("tui.forms.methods.hvordan_bruger_dette_delmaal")), compact=True)

    def get_answer(self) -> dict:
        methods = []
        for n in (1, 2):
            methods.append({
                "name": self.query_one(f"#m{n}-name", Input).value,
                "kind": self.query_one(f"#m{n}-kind", Select).value,
                "description": self.query_one(f"#m{n}-how", Input).value,
            })
        return {"methods": methods}

    def set_answer(self, answer: dict) -> None:
        self._loading = True
        ms = answer.get("methods", [])
        for n in (1, 2):
            m = ms[n - 1] if len(ms) >= n else {}
            put_text(self.query_one(f"#m{n}-name", Input), m.get("name", ""))
            self.query_one(f"#m{n}-kind", Select).value = m.get("kind", "ukendt" if self.meeting else "metode")
            put_text(self.query_one(f"#m{n}-how", Input), m.get("description", ""))
        self.call_after_refresh(setattr, self, "_loading", False)

    def send_from(self, widget) -> bool:
        """Enter in the empty name of the optional second method sends: one method is enough."""
        return widget.id == "m2-name" and not widget.value.strip() and not self.query_one("#m2-how", Input).value

    def check_text(self) -> str:
        return ""


class GuardianForm(StepForm):
    KEYS_HINT = texts.get("tui.forms.methods.mellemrum_kryds_fra_enter")
    MEETING_HINT = texts.get("tui.forms.methods.skriv_ja_eller_nej")
    FOCUS = {r"collaboration\.guardian_involvement": "guardian-how"}
    SEND_ON_NO = ("guardian-involved",)  # «nej» to «Har du en værge …?»: nothing to say about how

    def compose(self) -> ComposeResult:
        yield TickBox(self.L("guardian_involved", texts.get("tui.forms.methods.vaerge_har_vaeret_inddraget")), id="guardian-involved")
        yield LineInput(id="guardian-how", placeholder=self.L("guardian_how", texts.get("tui.forms.methods.hvordan_blev_vaergen_inddraget")), compact=True)

    def get_answer(self) -> dict:
        return {"involved": self.query_one("#guardian-involved", Checkbox).value,
                "how": self.query_one("#guardian-how", Input).value}

    def set_answer(self, answer: dict) -> None:
        self._loading = True
        self.query_one("#guardian-involved", Checkbox).value = bool(answer.get("involved"))
        put_text(self.query_one("#guardian-how", Input), answer.get("how", ""))
        self.call_after_refresh(setattr, self, "_loading", False)
