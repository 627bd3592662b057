"""Rich renderables shared by the screens: findings marked in text, SMART lines, chat messages.

Nothing is signalled by colour alone: every finding is marked with brackets, an underline, a number and
the severity word; every SMART status has a symbol and a word.
"""

from __future__ import annotations

from rich.text import Text

from delmaal_assistant.core import texts
from delmaal_assistant.core.outputs.smart import STATUS_SYMBOL, SmartItem
from delmaal_assistant.core.severity import SEVERITY_DA
from delmaal_assistant.core.severity import worst as worst_severity
from delmaal_assistant.core.model.codes import code_name

SEVERITY_WORD = {k: v.upper() for k, v in SEVERITY_DA.items()}  # FEJL, ADVARSEL, FORSLAG
SEVERITY_STYLE = {"error": "bold red", "warning": "bold yellow", "suggestion": "cyan"}
STATUS_STYLE = {"met": "green", "missing": "bold red", "ask": "yellow", "unknown": "yellow"}


def show(widget, content) -> None:
    """`widget.update(content)` (a Static), unless it shows exactly that already. An update draws the widget anew
    and lays out the whole screen again; the side panel was updated on every key typed, its SMART list nearly
    always the same (issue 28: a Pilot walk's CPU is this drawing). What is shown stays the same: the widget
    keeps the content it has, which is equal in text, styles and layout options. Content that is not a str or a
    rich Text, and the very Text object shown (it may have been changed in place), are always updated."""
    if not _same_content(widget.content, content):
        widget.update(content)


def _same_content(old, new) -> bool:
    if type(old) is not type(new):
        return False
    if isinstance(new, str):
        return old == new
    if isinstance(new, Text):
        def key(t: Text) -> tuple:
            return t.plain, t.spans, t.style, t.justify, t.overflow, t.no_wrap, t.end, t.tab_size

        return old is not new and key(old) == key(new)
    return False


def severity_word(sev: str) -> str:
    return SEVERITY_WORD.get(sev, sev.upper())


def display_order(findings: list, text: str | None = None) -> list:
    """Specific spans first (by position), then findings about the whole text (no span, or ~all of it)."""
    n = len(text) if text else 0

    def whole(f) -> bool:
        return f.start >= f.end or (n > 0 and (f.end - f.start) >= 0.9 * n)

    return sorted(findings, key=lambda f: (whole(f), f.start, -(f.end - f.start)))


def marked_text(text: str, findings: list) -> Text:
    """`text` with each finding's span shown as ⟦span⟧[n] (underlined); spans may nest or overlap.

    `n` is the finding's position in `findings` (1-based), matching the numbered list shown with it.
    """
    opens: dict[int, list[int]] = {}
    closes: dict[int, list[int]] = {}
    spans = []
    core = text.strip().rstrip(".!?").strip()
    for i, f in enumerate(findings, start=1):
        if f.excerpt.strip() == core and len(findings) > 1:
            continue  # about the whole wording (e.g. no timeframe): listed below, a frame round it all is noise
        if 0 <= f.start < f.end <= len(text):
            opens.setdefault(f.start, []).append(i)
            closes.setdefault(f.end, []).append(i)
            spans.append((f.start, f.end, f.severity))
    out = Text()
    for pos in range(len(text) + 1):
        for num in sorted(closes.get(pos, []), reverse=True):
            out.append(f"⟧[{num}]", style="bold")
        for _ in opens.get(pos, []):
            out.append("⟦", style="bold")
        if pos < len(text):
            covering = [sev for (a, b, sev) in spans if a <= pos < b]
            if covering:
                worst = worst_severity(covering) or ""
                out.append(text[pos], style=f"underline {SEVERITY_STYLE.get(worst, '')}")
            else:
                out.append(text[pos])
    return out


def finding_line(num: int | None, f, explain: str | None = None, question: str | None = None) -> Text:
    t = Text()
    if num is not None:
        t.append(f"[{num}] ", style="bold")
    t.append(severity_word(f.severity), style=SEVERITY_STYLE.get(f.severity, "bold"))

    t.append(f" ({code_name(f.code)})")
    if f.excerpt:
        t.append(" «")
        t.append(f.excerpt, style="underline")
        t.append("»")
    t.append(": ")
    t.append(explain if explain is not None else f.message)
    if f.suggestion:
        t.append("\n    Forslag: ", style="bold")
        t.append(f.suggestion)
    if question:
        t.append("\n    → ", style="bold")
        t.append(question, style="bold")
    return t


def smart_line(item: SmartItem, *, with_reason: bool = True) -> Text:
    t = Text()
    t.append(f"{STATUS_SYMBOL[item.status]} ", style=STATUS_STYLE[item.status])
    t.append(f"{item.number}. {item.short}: ")
    t.append(item.status_text, style=STATUS_STYLE[item.status])
    if with_reason:
        t.append(f"\n   {item.reason}", style="dim")
    return t


def smart_block(items: list[SmartItem], *, with_reason: bool = True) -> Text:
    t = Text()
    met = sum(1 for i in items if i.status == "met")
    t.append(texts.get("tui.render.smart_opfyldt", met=met, items=len(items)), style="bold")
    for i, item in enumerate(items):
        if i:
            t.append("\n")
        t.append_text(smart_line(item, with_reason=with_reason))
    return t
