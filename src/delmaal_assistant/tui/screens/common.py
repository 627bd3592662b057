"""What the screens share: a chat message, the finding list under an answer, the replace question."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.widgets import Static

from delmaal_assistant.core import texts
from delmaal_assistant.core.files.drafts import ConversationEntry
from delmaal_assistant.core.outputs.manifest import changed_export_sentence
from delmaal_assistant.core.sanitize import terminal_safe


#: finding codes that stop a save until the user confirms (CPR/phone numbers; names)
LIVE_DELAY = 0.3
ROLE_PREFIX = {"assistant": "Assistent", "user": texts.get("tui.screens.common.svar"), "system": "Note"}


def replace_question(paths: list[Path], changed: list[Path] = ()) -> Text:
    """Ask before files are replaced; the old ones are kept as NAME.bak. `changed`: those of `paths` that are
    earlier exports someone else changed since."""
    t = Text()
    names = ", ".join(f"'{terminal_safe(str(p))}'" for p in paths)
    one = len(paths) == 1
    t.append(f"{'Filen' if one else 'Filerne'} {names} findes allerede. ")
    if changed:
        t.append(texts.get("tui.screens.common.aendret_anden_siden_sidste") + ", ".join(f"'{terminal_safe(p.name)}'" for p in changed)
                 + ". ", style="bold")
    t.append(texts.get("tui.screens.common.vil_du_erstatte",
                       value=texts.get("tui.screens.common.tekst") if one else 'dem'))
    t.append(texts.get("tui.screens.common.de_gamle_gemmes") + ", ".join(f"'{terminal_safe(p.name)}.bak'" for p in paths) + ".")
    return t


def changed_question(changed: list[Path], foreign: list[Path] = ()) -> Text:
    """Exports this window wrote earlier, changed by someone else since: replace them, a copy, or cancel."""
    t = Text()
    t.append(changed_export_sentence([terminal_safe(str(p)) for p in changed]))
    if foreign:
        t.append(texts.get("tui.screens.common.ogsaa") + ", ".join(f"'{terminal_safe(p.name)}'" for p in foreign) + " findes allerede.")
    t.append(texts.get("tui.screens.common.erstat_de_gamle_gemmes"))
    return t


def calm_cursors(root) -> None:
    """No blinking cursors in headless runs (tests, benchmarks): nothing changes between frames."""
    if root.app.is_headless:
        for w in root.query("Input, TextArea"):
            w.cursor_blink = False


#: lines the finding list under the answer shows (#live's max-height in app.tcss is this + 1)
LIVE_LINES = 5


def _finding_list(what: str, lines: list[str], *, more: str) -> Text:
    """A numbered list of findings, one line each (cut with … at the edge); when more than fit, the last line
    says how many more there are and where they are (`more`: true for where the list is shown), so no finding
    is hidden without a word."""
    n = len(lines)
    t = Text(no_wrap=True, overflow="ellipsis")
    t.append(texts.get("tui.screens.common.bemaerkning", n=n,
                       value=texts.get("tui.screens.common.tekst_2") if n != 1 else '', what=what), style="bold")
    shown = lines if n <= LIVE_LINES else lines[:LIVE_LINES - 1]
    for i, line in enumerate(shown, start=1):
        t.append(f"\n[{i}] {line}")
    if len(shown) < n:
        t.append(texts.get("tui.screens.common.mere", value=n - len(shown), more=more), style="bold")
    return t


class ChatMessage(Static):
    """One entry in the conversation. The role is written out, not only coloured."""

    def __init__(self, entry: ConversationEntry, meeting: bool = False) -> None:
        prefix = ROLE_PREFIX.get(entry.role, entry.role)
        t = Text()
        t.append(f"{prefix}: ", style="bold")
        t.append(terminal_safe(entry.text))
        super().__init__(t, classes=f"msg msg-{entry.role}")
        self.entry = entry


