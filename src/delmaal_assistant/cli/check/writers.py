"""The four output formats of `delmaal check`: readable text (colour on a terminal), one JSON document, JSON
lines, and `source:row:col: severity code: message` lines. Every writer streams: one result at a time."""

from __future__ import annotations

import json
import os
import re
import textwrap

from delmaal_assistant.checker.findings import SEVERITY_DA, Finding
from delmaal_assistant.cli.check.items import WHOLE_FIELD, Item
from delmaal_assistant.cli.check.stats import Stats
from delmaal_assistant.core import texts
from delmaal_assistant.core.model.codes import code_name
from delmaal_assistant.core.sanitize import terminal_safe


_JSON_UNSAFE = re.compile("[\u007f-\u009f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]")


def json_safe(s: str) -> str:
    """JSON text with C1 controls, bidi controls, line separators and lone surrogates (from broken input)
    escaped; json escapes C0 itself. The text keeps every character; nothing is replaced by '?'."""
    return _JSON_UNSAFE.sub(lambda m: "\\u%04x" % ord(m.group(0)), s)


def item_json(i: int, r: Item) -> dict:
    d: dict = {"index": i, "source": r.source, "line": r.line, "text": r.text}
    if r.row is not None:
        d["row"] = r.row
    if r.id is not None:
        d["id"] = r.id
    if r.field:
        d["field"] = r.field
    if r.label:
        d["label"] = r.label
    d["findings"] = [f.to_json() for f in r.findings]
    if r.smart is not None:
        d["smart"] = [i.as_json() for i in r.smart]
    return d


def _dumps(obj) -> str:
    try:
        return json_safe(json.dumps(obj, ensure_ascii=False))
    except UnicodeEncodeError:  # pragma: no cover - dumps does not encode
        return json.dumps(obj)


# one string → its JSON text: the function `json.JSONEncoder(ensure_ascii=False).encode` calls for a str (json.dumps's
# own escaping), without that method's Python frame (≈ 3 calls per result of a large run); a TypeError for anything
# but a str, which `item_text` answers with the general path
_str = json.encoder.encode_basestring
_FIXED: dict[tuple, tuple[str, str]] = {}  # a rule's fields of a finding → JSON


def _finding_text(f: Finding) -> str:
    """`_dumps(f.to_json())`, with the JSON of the fields a rule gives every finding of it (code, severity,
    message, suggestion, question, field, rule: the same few hundred texts in any run) made once per process;
    start, end and the excerpt are the finding's own. json_safe escapes single characters, so escaping the
    parts gives what escaping the whole gives (tests/test_cli_check_json.py holds it to that)."""
    if type(f.start) is not int or type(f.end) is not int:  # (always ints from the checker)
        return _dumps(f.to_json())
    key = (f.code, f.severity, f.message, f.suggestion, f.question, f.field, f.rule)
    got = _FIXED.get(key)
    if got is None:
        head = json_safe(f'{{"code": {_str(f.code)}, "severity": {_str(f.severity)}, "start": ')
        tail = f', "message": {_str(f.message)}'
        for k in ("suggestion", "question", "field", "rule"):
            v = getattr(f, k)
            if v is not None:
                tail += f", {_str(k)}: {_str(v)}"
        got = (head, json_safe(tail + "}"))
        if len(_FIXED) >= 4096:  # bounded: a message with the user's words in it is new every time
            _FIXED.clear()
        _FIXED[key] = got
    head, tail = got
    return f"{head}{f.start!r}, \"end\": {f.end!r}, \"excerpt\": {json_safe(_str(f.excerpt))}{tail}"


def item_text(i: int, r: Item) -> str:
    """`_dumps(item_json(i, r))`, the same text, without a dict per result and finding (the parent of a large
    run writes every result: this was a fifth of its CPU)."""
    if r.smart is not None or type(r.line) not in (int, type(None)) or type(r.row) not in (int, type(None)):
        return _dumps(item_json(i, r))  # a saved delmål's whole result (SMART), or anything unusual
    try:
        return _item_text(i, r)
    except TypeError:  # a text field that is not a str (`_str` takes only str): the general path
        return _dumps(item_json(i, r))


def _item_text(i: int, r: Item) -> str:
    out = [f'{{"index": {i!r}, "source": {json_safe(_str(r.source))}, "line": '
           f'{"null" if r.line is None else repr(r.line)}, "text": {json_safe(_str(r.text))}']
    if r.row is not None:
        out.append(f', "row": {r.row!r}')
    if r.id is not None:
        out.append(f', "id": {json_safe(_str(r.id))}')
    if r.field:
        out.append(f', "field": {json_safe(_str(r.field))}')
    if r.label:
        out.append(f', "label": {json_safe(_str(r.label))}')
    out.append(', "findings": [' + ", ".join([_finding_text(f) for f in r.findings]) + "]}")
    return "".join(out)


class _Style:
    def __init__(self, enabled: bool) -> None:
        self.on = enabled

    def __call__(self, text: str, *codes: str) -> str:
        if not self.on or not codes:
            return text
        return "\033[" + ";".join(codes) + "m" + text + "\033[0m"


SEV_STYLE = {"error": ("1", "31"), "warning": ("1", "33"), "suggestion": ("1", "36")}
SEV_MARK = {"error": "✖", "warning": "▲", "suggestion": "●"}
_FIRST_SENTENCE = re.compile(r"^(.+?[.!?])(?=\s+[A-ZÆØÅ\"»(]|\s*$)", re.S)


def first_sentence(message: str) -> str:
    m = _FIRST_SENTENCE.match(message.strip())
    return m.group(1) if m else message.strip()


def _one_line(s: str) -> str:
    return " ".join(terminal_safe(s).split())


def _marked(text: str, f: Finding, style: _Style, context: int = 40) -> str:
    """The text around the finding with the excerpt between » « (and underlined on a terminal)."""
    if f.end <= f.start:
        return ""
    a, b = f.start, f.end
    lo, hi = max(0, a - context), min(len(text), b + context)
    pre = ("…" if lo > 0 else "") + _one_line(text[lo:a]) + (" " if text[lo:a][-1:].isspace() else "")
    post = (" " if text[b:hi][:1].isspace() else "") + _one_line(text[b:hi]) + ("…" if hi < len(text) else "")
    mark = style("»" + _one_line(text[a:b]) + "«", "4", *SEV_STYLE.get(f.severity, ())[1:])
    return pre + mark + post


def _code_name(code: str) -> str:
    """A finding code's Danish name (imported on first use: a plain `check` must start fast)."""

    return code_name(code)


def _where(r: Item) -> str:
    src = terminal_safe(r.source)
    if r.field:
        return f"{src} · {_one_line(r.label or r.field)}"  # a method's or an actor's name is the user's text
    if r.row is not None:
        w = texts.get("cli.check.row", source=src, row=r.row)
        return w + (f" · id {_one_line(r.id)}" if r.id else "")
    if r.line is not None:
        return f"{src}:{r.line}" if r.source != "-" else texts.get("cli.check.line", line=r.line)
    return "" if r.source == "argument" else src


class TextWriter:
    """Readable output. A code's full teaching text is shown the first time it occurs; after that the first
    sentence and a pointer back, so 500 wordings do not repeat the same paragraph hundreds of times."""

    def __init__(self, out, style: _Style, width: int) -> None:
        self.out = out
        self.style = style
        self.wrap = max(40, min(width, 100)) - 6
        self.explained: dict[str, str | None] = {}
        self._wrap_memo: dict[str, list[str]] = {}

    def _wrapped(self, para: str) -> list[str]:
        # the same teaching texts come back thousands of times in a batch: wrap each once
        got = self._wrap_memo.get(para)
        if got is None:
            got = ["      " + ln for ln in textwrap.wrap(terminal_safe(para), self.wrap)]
            if len(self._wrap_memo) > 4096:
                self._wrap_memo.clear()
            self._wrap_memo[para] = got
        return got

    def write(self, r: Item) -> None:
        style, out = self.style, []
        where = _where(r)
        head = style(where, "2") + "  " if where else ""
        if r.field == WHOLE_FIELD:
            out.append(style(texts.get("cli.check.whole_head", source=terminal_safe(r.source)), "1"))
        elif r.field and not r.text.strip():
            out.append(f"{head}{style(texts.get('cli.check.empty_field'), '1')}")
        else:
            shown = r.text if len(r.text) <= 200 else r.text[:200] + "…"
            out.append(f"{head}{style(_one_line(shown), '1')}")
        if not r.findings:
            out.append("  " + style(texts.get("cli.check.no_findings"), "32"))
        for f in r.findings:
            label = style(f"{SEV_MARK.get(f.severity, '')} {SEVERITY_DA.get(f.severity, f.severity)}",
                          *SEV_STYLE.get(f.severity, ()))
            out.append(f"  {label} {_code_name(f.code)} [{f.code}]"
                       + (f" {style(f.field, '2')}" if f.field and r.field == WHOLE_FIELD else ""))
            snippet = _marked(r.text, f, style)
            if snippet:
                out.append(f"      {snippet}")
            first = f.code not in self.explained
            if first:
                self.explained[f.code] = f.suggestion
                paras = [f.message]
            else:
                paras = [texts.get("cli.check.explained_above", sentence=first_sentence(f.message), code=f.code)]
            if f.suggestion and (first or f.suggestion != self.explained.get(f.code)):
                paras.append(texts.get("cli.check.suggestion", suggestion=f.suggestion))
            if f.question:
                paras.append(texts.get("cli.check.ask", question=f.question))
            for para in paras:
                out.extend(self._wrapped(para))
        if r.smart:
            # deferred: start-up (only saved delmål need it)
            from delmaal_assistant.core.outputs.smart import STATUS_SYMBOL

            out.append("  " + style(texts.get("cli.check.smart_head"), "1"))
            for it in r.smart:
                line = f"{STATUS_SYMBOL[it.status]} {it.number}. {it.short}: {it.status_text} – {it.reason}"
                out.extend(textwrap.wrap(terminal_safe(line), self.wrap, initial_indent="    ",
                                         subsequent_indent="      "))
        out.append("")
        self.out.write("\n".join(out) + "\n")

    def finish(self, stats: Stats, statistics: bool) -> None:
        if statistics:
            self.out.write(stats.text_table(_code_name))
            self.out.write("\n")
        self.out.write(self.style(stats.summary(), "1") + "\n")

    def abort(self, message: str) -> None:
        pass


class JsonWriter:
    """One JSON document, written as the results come (the contract's shape, in input order)."""

    def __init__(self, out) -> None:
        self.out = out
        self.n = 0
        out.write('{"schema": "delmaal-check/1", "results": [')

    def write(self, r: Item) -> None:
        self.out.write(("\n" if self.n == 0 else ",\n") + item_text(self.n, r))
        self.n += 1

    def finish(self, stats: Stats, statistics: bool) -> None:
        self.out.write("\n]")
        if statistics:
            self.out.write(', "statistics": ' + _dumps(stats.to_json()))
        self.out.write("}\n")

    def abort(self, message: str) -> None:
        # keep the document valid: a script sees "error" (and exit status 2), never a silent short list
        self.out.write('\n], "error": ' + _dumps(message) + "}\n")


class JsonlWriter:
    def __init__(self, out) -> None:
        self.out = out
        self.n = 0

    def write(self, r: Item) -> None:
        self.out.write(item_text(self.n, r) + "\n")
        self.n += 1

    def finish(self, stats: Stats, statistics: bool) -> None:
        if statistics:
            self.out.write(_dumps({"statistics": stats.to_json()}) + "\n")

    def abort(self, message: str) -> None:
        self.out.write(_dumps({"error": message}) + "\n")


class LineWriter:
    """`source:row:col: severity code: message` per finding (editors and grep understand it)."""

    def __init__(self, out) -> None:
        self.out = out

    def write(self, r: Item) -> None:
        src = _one_line(r.source).replace(":", "\\:") if ":" in r.source else _one_line(r.source)
        where = r.field or (r.row if r.row is not None else (r.line if r.line is not None else 1))
        lines = []
        for f in r.findings:
            col = f.start + 1 if f.end > f.start else 0
            lines.append(f"{src}:{where}:{col}: {f.severity} {f.code}: {_one_line(first_sentence(f.message))}"
                         + (f" [{_one_line(r.id)}]" if r.id else ""))
        if lines:
            self.out.write("\n".join(lines) + "\n")

    def finish(self, stats: Stats, statistics: bool) -> None:
        if statistics:
            for c in stats.ordered():
                self.out.write(f"{c.findings:>7}  {c.code}  ({c.severity})\n")
            self.out.write(f"{stats.summary()}\n")

    def abort(self, message: str) -> None:
        pass


def _use_colour(stream) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    try:
        return stream.isatty() and os.environ.get("TERM") != "dumb"
    except (AttributeError, ValueError):
        return False

