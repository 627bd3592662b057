"""Bindings made from the one keymap (prompts/da/keys.toml, `core.keymap`): the key and the key bar's label come
from the data (the browser's key is set by `delmaal web` through Textual's keymap, by the same id), the action and
how the binding behaves (priority, shown in the key bar) from the screen."""

from __future__ import annotations

from textual.binding import Binding

from delmaal_assistant.core.keymap import keymap


def bind(binding_id: str, action: str, **kw) -> Binding:
    """The binding `binding_id` of keys.toml running `action`."""
    entry = keymap().entry(binding_id)
    return Binding(entry.terminal, action, entry.label, id=binding_id, **kw)
