"""The assistant's keys, once (`prompts/<lang>/keys.toml`): per action its binding id, the key in the terminal, the
key in the browser (`delmaal web`), the Danish label of the key bar and what the help says it does.

Every binding (tui.keys.bind), key bar, hint, help text and message that names a key reads it – the UI through
`DelmaalApp.key_label`, texts as {binding-id} placeholders – so no text can name a key that does something else
where the assistant runs. No UI here: the command line names keys from it too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Annotated

from pydantic import Field, StringConstraints, field_validator, model_validator

from delmaal_assistant.core.datafile import DataLoadError, DataModel, load_data
from delmaal_assistant.core.resources import prompts_dir

__all__ = ["BROWSER_KEEPS", "KeyEntry", "Keymap", "KeymapError", "key_text", "keymap"]


class KeymapError(DataLoadError):
    """keys.toml is missing or invalid (a Danish message)."""


#: keys a browser keeps for itself: they never reach the page (Ctrl+N/T/W/Q), or the browser acts first (F1 help,
#: F3 find, F6 address bar, F7 caret browsing, Ctrl+R reload, Ctrl+J downloads, F5 reload, F11 full screen, F12
#: developer tools). A browser key may not be one of them.
BROWSER_KEEPS = frozenset({"ctrl+n", "ctrl+t", "ctrl+w", "ctrl+q", "f1", "f3", "f5", "f6", "f7", "f11", "f12",
                           "ctrl+r", "ctrl+j", "ctrl+shift+n", "ctrl+shift+t", "ctrl+shift+w", "ctrl+tab"})

_NAMES = {"escape", "enter", "tab", "space", "backspace", "delete", "insert", "home", "end", "pageup", "pagedown",
          "up", "down", "left", "right"}
_KEY = re.compile(r"((ctrl|alt|shift)\+)*([a-z0-9]|f([1-9]|1[0-2])|" + "|".join(sorted(_NAMES)) + ")")

_Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9-]+$")]
_Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


def _check_key(value: str) -> str:
    if not _KEY.fullmatch(value):
        raise ValueError(f"'{value}' er ikke en tast, som assistenten kender (skriv fx ctrl+s, alt+n, f1, escape)")
    return value


class KeyEntry(DataModel):
    id: _Id
    terminal: str
    browser: str | None = None
    label: _Text
    help: str = ""

    @field_validator("terminal", "browser")
    @classmethod
    def _known_key(cls, value: str | None) -> str | None:
        return None if value is None else _check_key(value)

    @model_validator(mode="after")
    def _browser_gets_it(self):
        if self.browser_key in BROWSER_KEEPS:
            raise ValueError(f"tasten {key_text(self.browser_key)} når aldrig frem i en browser (browseren bruger "
                             f"den selv); giv '{self.id}' en anden tast under browser, fx en Alt-tast")
        return self

    @property
    def browser_key(self) -> str:
        return self.browser or self.terminal


class KeymapFile(DataModel):
    lang: str
    key: list[KeyEntry] = Field(min_length=1)

    @model_validator(mode="after")
    def _ids_once(self):
        seen: set[str] = set()
        for entry in self.key:
            if entry.id in seen:
                raise ValueError(f"tasten '{entry.id}' står der to gange; hver handling står der én gang")
            seen.add(entry.id)
        return self


@dataclass(frozen=True)
class Keymap:
    entries: dict[str, KeyEntry]

    def entry(self, binding_id: str) -> KeyEntry:
        try:
            return self.entries[binding_id]
        except KeyError:
            raise KeymapError(f"Datafilen 'keys.toml' har ingen tast med id '{binding_id}'.") from None

    def key(self, binding_id: str, *, browser: bool = False) -> str:
        """The key that runs `binding_id` ('ctrl+n'; in the browser 'alt+n')."""
        e = self.entry(binding_id)
        return e.browser_key if browser else e.terminal

    def label(self, binding_id: str, *, browser: bool = False) -> str:
        """The key as a Danish user reads it: 'Ctrl+N', 'Alt+N', 'F1', 'Esc'."""
        return key_text(self.key(binding_id, browser=browser))

    def browser_keymap(self) -> dict[str, str]:
        """For Textual's `App.update_keymap` in the browser: the browser's key first (the one the key bar and
        the texts name), the terminal's too (where the browser lets it through, it works as well)."""
        return {e.id: f"{e.browser},{e.terminal}" for e in self.entries.values()
                if e.browser and e.browser != e.terminal}

    def fill(self, template: str, *, browser: bool = False) -> str:
        """A text with {binding-id} placeholders, filled with the keys where the assistant runs."""
        import string

        names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
        return template.format(**{n: self.label(n, browser=browser) for n in names})


@lru_cache(maxsize=4)
def keymap(lang: str = "da") -> Keymap:
    f = load_data(prompts_dir(lang) / "keys.toml", KeymapFile, KeymapError)
    return Keymap({e.id: e for e in f.key})


_KEY_NAMES = {"escape": "Esc", "pageup": "PgUp", "pagedown": "PgDn", "enter": "Enter", "space": "Mellemrum",
              "tab": "Tab", "up": "↑", "down": "↓", "left": "←", "right": "→", "home": "Home", "end": "End",
              "backspace": "Backspace", "delete": "Delete", "insert": "Insert"}


def key_text(key: str) -> str:
    """'ctrl+n' → 'Ctrl+N', 'alt+f1' → 'Alt+F1', 'pagedown' → 'PgDn', 'o' → 'O'."""
    *mods, last = key.split("+")
    name = _KEY_NAMES.get(last) or (last.upper() if len(last) <= 3 else last.capitalize())
    return "+".join([m.capitalize() for m in mods] + [name])
