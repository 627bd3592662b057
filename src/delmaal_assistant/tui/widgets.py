"""Small shared widgets."""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from delmaal_assistant.core import texts
from delmaal_assistant.tui.bindings import bind
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Checkbox, Footer, Select


class StableFooter(Footer):
    """A Footer that recomposes only when the keys it shows change.

    The stock Footer rebuilds all its keys on every focus change; while a screen mounts its widgets that
    happened ~7 times and cost ~0.2 s before the first question was visible.
    """

    _signature: tuple | None = None

    def bindings_changed(self, screen: Screen) -> None:
        sig = tuple(
            (binding.key, binding.description, enabled)
            for (_node, binding, enabled, _tooltip) in screen.active_bindings.values()
            if binding.show
        )
        if sig == self._signature and self._bindings_ready:
            return
        if screen.app.app_focus and self.is_attached and screen is self.screen:
            self._signature = sig  # the stock Footer recomposes exactly in this case
        super().bindings_changed(screen)


class TickBox(Checkbox):
    """A Checkbox whose state is visible without colour: ▐X▌ when ticked, ▐ ▌ when not.

    Space ticks and unticks it, and nothing else does: Enter posts `TickBox.Enter`, which a form turns into
    "next field" (Textual's Checkbox toggles on Enter too, which un-ticked the box when the hint said Enter
    moves on, and then every space typed toggled it)."""

    BINDINGS = [
        Binding("space", "toggle_button", texts.get("tui.widgets.saet_fjern_kryds"), show=False),
        Binding("enter", "enter", texts.get("tui.widgets.naeste_felt"), show=False),
    ]

    class Enter(Message):
        def __init__(self, tick_box: "TickBox") -> None:
            super().__init__()
            self.tick_box = tick_box

        @property
        def control(self) -> "TickBox":
            return self.tick_box

    def action_enter(self) -> None:
        self.post_message(self.Enter(self))

    async def _on_key(self, event: events.Key) -> None:
        # Space is handled by the box that received it, not through a binding: a binding is looked up when the
        # key has bubbled up, by which time a fast Enter may have moved focus on (and the tick was lost).
        if event.key == "space":
            event.stop()
            event.prevent_default()
            self.toggle()

    @property
    def BUTTON_INNER(self) -> str:  # type: ignore[override]
        return "X" if self.value else " "


from textual.widgets._select import SelectCurrent, SelectOverlay  # noqa: E402  (Select's own parts)


class DanishSelectOverlay(SelectOverlay):
    """Select's open list, with its key in Danish in the key bar (Textual's says "Dismiss menu")."""

    BINDINGS = [bind("select-dismiss", "dismiss")]


class ChoiceSelect(Select):
    """A Select that opens only when asked (Enter, ↑ or ↓), never because something was typed: Textual's opens
    on Space, and a name typed on into it opened the list and was lost there. A letter typed on the closed
    list picks the choice that starts with it (as a browser's <select> does); any other text is not swallowed
    silently – the user is told where it did not go. `Picked` is posted when a choice is made in the open list."""

    BINDINGS = [Binding("enter,down,up", "show_overlay", "Vis valg", show=False)]

    class Picked(Message):
        def __init__(self, select: "ChoiceSelect") -> None:
            super().__init__()
            self.select = select

        @property
        def control(self) -> "ChoiceSelect":
            return self.select

    _picking = False

    def compose(self):
        yield SelectCurrent(self.prompt)
        yield DanishSelectOverlay(type_to_search=self._type_to_search).data_bind(compact=Select.compact)

    def on_select_overlay_update_selection(self, event) -> None:
        self._picking = True  # Select's own handler (called next) sets the value and closes the list

    def _watch_expanded(self, expanded: bool) -> None:
        super()._watch_expanded(expanded)
        if not expanded and self._picking:
            self._picking = False
            self.post_message(self.Picked(self))

    async def _on_key(self, event: events.Key) -> None:
        if self.expanded or event.character is None or not event.is_printable:
            return
        event.stop()
        event.prevent_default()
        ch = event.character.lower()
        for prompt, value in self._options:
            # a digit picks the level whose number it is also where the list shows words (meeting mode)
            if value is not self.NULL and (str(prompt).strip().lower().startswith(ch)
                                           or (ch.isdigit() and isinstance(value, int) and str(value) == ch)):
                self.value = value
                return
        self.app.bell()
        self.notify(texts.get("tui.widgets.blev_ikke_skrevet_her", character=event.character), timeout=4)
