"""Small shared widgets."""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Checkbox, Footer


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
    """A Checkbox whose state is visible without colour: ▐X▌ when ticked, ▐ ▌ when not."""

    @property
    def BUTTON_INNER(self) -> str:  # type: ignore[override]
        return "X" if self.value else " "
