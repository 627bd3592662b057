"""The side panel: the delmål so far and the SMART checklist; in meeting mode the staff panel (F4)."""

from __future__ import annotations

from rich.text import Text
from textual.css.query import NoMatches
from textual.widgets import Static

from delmaal_assistant.core import texts
from delmaal_assistant.core.model.paths import get_field
from delmaal_assistant.core.sanitize import terminal_safe
from delmaal_assistant.tui.render import show, smart_block
from delmaal_assistant.core.dates import format_date


def side_rows(d, reg) -> list[tuple[str, str]]:
    """The side panel's "DELMÅLET" rows: (label, value) for the fields the field registry shows there (`panel`
    in fields.toml), in its order."""
    rows: list[tuple[str, str]] = []
    for spec in reg.specs:
        if spec.panel is None:
            continue
        if spec.panel == "period":  # the period under its section's heading ("Datoer")
            rows.append((spec.section or reg.label(spec.path),
                         " – ".join(format_date(x) for x in (d.start_date, d.end_date) if x)))
        elif spec.panel == "methods":
            rows.append((reg.label(spec.path), ", ".join(f"{m.name} ({m.kind})" for m in d.methods)))
        elif spec.panel == "level-span":
            ind = d.indicators
            rows.append((reg.label(spec.path), f"{'–' if ind.start_level is None else ind.start_level} → "
                                               f"{'–' if ind.expected_end_level is None else ind.expected_end_level}"))
        else:
            value = get_field(d, spec.path)
            if spec.panel == "name":
                value = value.name if value else ""
            rows.append((reg.label(spec.path), value[:80] if spec.panel == "short" else value))
    return rows


class SidePanel:
    """Mixin for `InterviewScreen`: the side panel."""

    def on_resize(self, event) -> None:
        self.set_class(self.app.size.width < 100, "narrow")
        self.update_side()

    def action_toggle_side(self) -> None:
        """F4: the side panel; in meeting mode the staff panel (SMART, notes, the resident's own words), which is
        hidden until staff ask for it."""
        if self.meeting:
            self.toggle_class("staff-panel")
            self.update_side()
        else:
            self.toggle_class("no-side")

    # ------------------------------------------------------------------ side panel

    def update_side(self) -> None:
        if not self.is_attached or self.session is None:
            return  # a check that finished after the screen was left
        try:
            self._update_side()
        except NoMatches:  # the screen is being taken down (a check finished as the app quits)
            pass

    def _update_side(self) -> None:
        d = self.d
        reg = self.session.fields
        t = Text()
        t.append(texts.get("tui.screens.interview_parts.side.delmaalet"), style="bold")

        for label, value in side_rows(d, reg):
            t.append(f"{label}: ", style="bold")
            t.append((terminal_safe(value).strip() or "–") + "\n")
        try:
            side = self.query_one("#side-delmaal", Static)
            smart_panel = self.query_one("#side-smart", Static)
        except NoMatches:
            return  # the side panel is not mounted (yet, or any more): nothing to update
        show(side, t)
        items = self.session.smart()
        wide = self.app.size.width >= 110
        block = smart_block(items, with_reason=wide)
        if any(i.status == "ask" and i.number in (3, 6) for i in items):
            block.append(texts.get("tui.screens.interview_parts.side.svar_ja_3_eller",
                                   key_label=self.app.key_label('confirm-smart')), style="dim")
        if self.meeting:
            # the staff panel: what is for staff only while the resident reads the conversation
            head = Text(texts.get("tui.screens.interview_parts.side.personalet_skjuler",
                                  key_label=self.app.key_label('side')), style="bold")
            for note in self.session.staff_notes[-6:]:
                head.append("• " + terminal_safe(note) + "\n")
            if not self.session.staff_notes:
                head.append(texts.get("tui.screens.interview_parts.side.ingen_noter_endnu"), style="dim")
            # the key bar is off the resident's screen in meeting mode: the staff's keys are named here
            head.append(texts.get("tui.screens.interview_parts.side.taster",
                                  **{b: self.app.key_label(b) for b in ("skip", "back", "review", "meeting", "side")}),
                        style="dim")
            head.append("\n")
            block = head + block
        show(smart_panel, block)
