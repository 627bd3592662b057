"""Rich renderables shared by the screens: findings marked in text, SMART lines, chat messages.

Nothing is signalled by colour alone: every finding is marked with brackets, an underline, a number and
the severity word; every SMART status has a symbol and a word.
"""

from __future__ import annotations

from rich.text import Text

from delmaal_assistant.smart import STATUS_DA, STATUS_SYMBOL, SmartItem

SEVERITY_WORD = {"error": "FEJL", "warning": "ADVARSEL", "suggestion": "FORSLAG"}
SEVERITY_STYLE = {"error": "bold red", "warning": "bold yellow", "suggestion": "cyan"}
STATUS_STYLE = {"met": "green", "missing": "bold red", "human": "yellow"}


def severity_word(sev: str) -> str:
    return SEVERITY_WORD.get(sev, sev.upper())


def display_order(findings: list) -> list:
    """Findings with a span first (by position), then those about the whole text."""
    return sorted(findings, key=lambda f: (f.start >= f.end, f.start, f.end))


def marked_text(text: str, findings: list) -> Text:
    """`text` with each finding's span shown as ⟦span⟧¹ (underlined), numbered in order of the list."""
    out = Text()
    spans = sorted(
        ((f.start, f.end, i + 1, f) for i, f in enumerate(findings)
         if 0 <= f.start < f.end <= len(text)),
        key=lambda s: (s[0], -s[1]),
    )
    pos = 0
    for start, end, num, f in spans:
        if start < pos:  # overlapping span: only number it
            out.append(f"[{num}]", style="bold")
            continue
        out.append(text[pos:start])
        style = f"underline {SEVERITY_STYLE.get(f.severity, '')}"
        out.append("⟦", style="bold")
        out.append(text[start:end], style=style)
        out.append(f"⟧[{num}]", style="bold")
        pos = end
    out.append(text[pos:])
    return out


def finding_line(num: int | None, f, explain: str | None = None, question: str | None = None) -> Text:
    t = Text()
    if num is not None:
        t.append(f"[{num}] ", style="bold")
    t.append(severity_word(f.severity), style=SEVERITY_STYLE.get(f.severity, "bold"))
    t.append(f" ({f.code})")
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
    t.append(STATUS_DA[item.status], style=STATUS_STYLE[item.status])
    if with_reason:
        t.append(f"\n   {item.reason}", style="dim")
    return t


def smart_block(items: list[SmartItem], *, with_reason: bool = True) -> Text:
    t = Text()
    met = sum(1 for i in items if i.status == "met")
    t.append(f"SMART ({met} af {len(items)} opfyldt)\n", style="bold")
    for i, item in enumerate(items):
        if i:
            t.append("\n")
        t.append_text(smart_line(item, with_reason=with_reason))
    return t
