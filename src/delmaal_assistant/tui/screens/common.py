"""What the screens share: a chat message, the finding list under an answer, the replace question."""

from __future__ import annotations

import textwrap

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


#: rows the finding list under the answer may take (#live's max-height in app.tcss is this): the count line and
#: whole remarks, each wrapped, never cut; the remarks that do not fit are counted on the last row
LIVE_ROWS = 9


def _wrap(line: str, width: int) -> list[str]:
    """One remark, wrapped to `width` with a hanging indent under its number (never cut with …)."""
    return textwrap.wrap(line, width=max(width, 20), subsequent_indent="    ", break_long_words=True,
                         break_on_hyphens=False) or [line]


def live_width(live) -> int:
    """The width the finding list is wrapped to: the list's own, or the answer column's at 80 columns before the
    first layout."""
    return live.content_region.width or 50


def _finding_list(what: str, lines: list[str], *, more: str, width: int = 50, rows: int = LIVE_ROWS,
                  meeting: bool = False) -> Text:
    """A numbered list of findings, each whole (wrapped to `width`, the width of the list); when not all fit in
    `rows` rows, the last row says how many more there are and where they are (`more`: true for where the list is
    shown), so no finding is hidden or cut without a word."""
    n = len(lines)
    t = Text(no_wrap=True, overflow="fold")
    # meeting mode: the resident's questions – not "N bemærkninger til svaret (se samtalen)", the checker's count
    t.append(texts.get("tui.screens.common.spoergsmaal_til_dig") if meeting else
             texts.get("tui.screens.common.bemaerkning", n=n,
                       value=texts.get("tui.screens.common.tekst_2") if n != 1 else '', what=what), style="bold")
    # one question to the resident is not numbered («[1] Hvad synes du …»)
    wrapped = [_wrap(line if meeting and n == 1 else f"[{i}] {line}", width) for i, line in enumerate(lines, start=1)]

    def more_text(k: int) -> str:
        return texts.get("tui.screens.common.mere", value=k, more=more)

    reserve = len(_wrap(more_text(n), width))
    used, shown = 1, 0
    for k, block in enumerate(wrapped):
        room = rows - used - (0 if k == n - 1 else reserve)  # keep rows for "… og N mere" unless this is the last
        if len(block) > room:
            break
        t.append("\n" + "\n".join(block))
        used += len(block)
        shown += 1
    if shown < n:
        rest = "\n".join(_wrap(more_text(n - shown), width))
        t.append("\n" + rest, style="bold")
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


