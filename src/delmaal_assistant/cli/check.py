"""`delmaal check`: check delmål wording from an argument, standard input, .txt, .csv or saved .json files.

Contract: ../shared/domain/CHECKS.md. All input is read and validated before anything is checked, so a bad
file gives exit 2 and a Danish message on stderr, never a traceback and never half an output.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import re
import shutil
import sys
import textwrap
from dataclasses import dataclass
from dataclasses import field as dc_field
from pathlib import Path

from delmaal_assistant.checker.findings import SEVERITY_DA, SEVERITY_RANK, Finding
from delmaal_assistant.core.codes import code_name

FAIL_LEVELS = ("error", "warning", "suggestion", "none")
FILE_TYPES = (".txt", ".csv", ".json")
WHOLE_FIELD = "(hele delmålet)"
_LOOKS_LIKE_PATH = re.compile(r"^[^\s]*(/|\\|\.[A-Za-z][A-Za-z0-9]{0,7})$")


class InputError(Exception):
    """Bad usage or unreadable input: Danish message, exit 2."""


@dataclass
class Item:
    source: str
    line: int | None
    text: str
    field: str | None = None
    findings: list[Finding] = dc_field(default_factory=list)
    smart: list | None = None  # SMART items (whole-delmål result of a saved delmål)
    label: str | None = None  # the field's Danish label (saved delmål)


@dataclass
class DelmaalInput:
    source: str
    delmaal: object  # model.Delmaal (imported lazily)


def add_check_parser(sub) -> None:
    c = sub.add_parser(
        "check",
        help="tjek formuleringen af et eller flere delmål",
        description=(
            "Tjek formuleringer af delmål. INPUT er en formulering i anførselstegn, - for standard input "
            "(én formulering pr. linje) eller filer: .txt (én pr. linje), .csv (kolonnen 'delmaal' eller "
            "--column) og gemte delmål (.json)."
        ),
    )
    c.add_argument("inputs", nargs="*", metavar="INPUT", help="formulering, -, eller fil")
    c.add_argument("--format", choices=("text", "json"), default="text", help="uddataformat (standard: text)")
    c.add_argument(
        "--fail-level",
        choices=FAIL_LEVELS,
        default="warning",
        help="afslut med status 1, hvis der er fund på dette niveau eller højere (standard: warning)",
    )
    c.add_argument("--column", default=None, help="kolonnen med formuleringer i .csv-filer (standard: delmaal)")
    c.add_argument("--jobs", type=int, default=None, metavar="N",
                   help="antal processer til store mængder (standard: alle kerner; 1 = ingen ekstra processer)")
    c.set_defaults(func=run_check)


# ---------------------------------------------------------------------------------------------- reading
def _read_file_text(path: Path) -> str:
    from delmaal_assistant.core.storage import StorageError, read_text_file

    try:
        return read_text_file(path, "Filen")
    except StorageError as exc:
        raise InputError(str(exc)) from None


def _lines(source: str, text: str) -> list[Item]:
    return [Item(source, n, line.strip()) for n, line in enumerate(text.splitlines(), 1) if line.strip()]


def _csv_items(path: Path, text: str, column: str | None) -> list[Item]:
    want = column or "delmaal"
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample.splitlines()[0] if sample else "", delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    csv.field_size_limit(max(csv.field_size_limit(), 1 << 26))  # a long pasted cell is still a wording
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        header = next(reader)
    except StopIteration:
        raise InputError(f"'{path}' er tom: der er ingen kolonneoverskrifter.") from None
    except csv.Error as exc:
        raise InputError(f"'{path}' kan ikke læses som CSV: {exc}.") from None
    names = [h.strip().lstrip("\ufeff") for h in header]
    lowered = [n.lower() for n in names]
    if want.lower() not in lowered:
        shown = ", ".join(f"'{n}'" for n in names if n) or "(ingen)"
        hint = "" if column else " Brug --column NAVN for at vælge en anden kolonne."
        raise InputError(f"'{path}' har ingen kolonne '{want}'. Kolonnerne er: {shown}.{hint}")
    col = lowered.index(want.lower())
    items = []
    try:
        for row in reader:
            if col < len(row) and row[col].strip():
                items.append(Item(str(path), reader.line_num, row[col].strip()))
    except csv.Error as exc:
        raise InputError(f"'{path}' kan ikke læses som CSV (linje {reader.line_num}): {exc}.") from None
    return items


def _json_delmaal(path: Path, text: str) -> DelmaalInput:
    from delmaal_assistant.core.storage import StorageError, delmaal_from_json_text

    try:
        return DelmaalInput(str(path), delmaal_from_json_text(text, f"'{path}'"))
    except StorageError as exc:
        raise InputError(str(exc)) from None


def _kind(path: Path) -> str:
    """"file", "dir", "missing", "denied" or "invalid" (too long for a file name, NUL bytes, …)."""
    import stat

    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return "missing"
    except PermissionError:
        return "denied"
    except (OSError, ValueError):  # a long wording is "File name too long"; NUL bytes are ValueError
        return "invalid"
    return "dir" if stat.S_ISDIR(mode) else "file"


def collect_inputs(args: argparse.Namespace, stdin) -> list[Item | DelmaalInput]:
    if not args.inputs:
        raise InputError(
            'Angiv hvad der skal tjekkes: en formulering i anførselstegn, - for standard input eller en fil.\n'
            'Fx: delmaal check "At borgeren vasker tøj hver onsdag frem til 1. marts."'
        )
    out: list[Item | DelmaalInput] = []
    used_stdin = False
    for arg in args.inputs:
        if arg == "-":
            if used_stdin:
                raise InputError("Standard input (-) kan kun angives én gang.")
            used_stdin = True
            try:
                data = stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read()
            except OSError as exc:
                raise InputError(f"Standard input kunne ikke læses: {exc}.") from None
            if isinstance(data, bytes):
                if b"\x00" in data[:8192]:
                    raise InputError("Standard input ser ud til at være binære data, ikke tekst.")
                try:
                    data = data.decode("utf-8-sig")
                except UnicodeDecodeError:
                    raise InputError("Standard input er ikke UTF-8-tekst.") from None
            items = _lines("-", data)
            if not items:
                raise InputError("Standard input er tom: der er ingen formuleringer at tjekke.")
            out.extend(items)
            continue
        path = Path(arg)
        kind = _kind(path)
        if kind in ("file", "dir", "denied") or (kind == "missing" and _LOOKS_LIKE_PATH.match(arg)):
            if kind == "dir":
                raise InputError(f"'{arg}' er en mappe. Angiv en fil (.txt, .csv eller .json).")
            if kind == "missing":
                raise InputError(f"Filen '{arg}' findes ikke.")
            if kind == "denied":
                raise InputError(f"Du har ikke adgang til '{arg}' (eller mappen, den ligger i).")
            suffix = path.suffix.lower()
            if suffix not in FILE_TYPES:
                raise InputError(
                    f"'{arg}' har en filtype, der ikke kan tjekkes ('{suffix or 'ingen'}'). "
                    "Brug .txt, .csv eller .json (et gemt delmål)."
                )
            text = _read_file_text(path)
            if suffix == ".json":
                out.append(_json_delmaal(path, text))
                continue
            items = _csv_items(path, text, args.column) if suffix == ".csv" else _lines(str(path), text)
            if not items:
                raise InputError(f"'{arg}' indeholder ingen formuleringer at tjekke.")
            out.extend(items)
            continue
        if not arg.strip():
            raise InputError("Formuleringen er tom.")
        out.append(Item("argument", None, arg.strip()))
    return out


# ---------------------------------------------------------------------------------------------- checking
def check_inputs(inputs: list[Item | DelmaalInput], checker, jobs: int | None = None) -> list[Item]:
    from delmaal_assistant.core.model import Delmaal

    plain = [inp for inp in inputs if isinstance(inp, Item)]
    many = getattr(checker, "check_many", None)
    texts = [i.text for i in plain]
    found = many(texts, workers=jobs) if many else [checker.check(t) for t in texts]
    for item, findings in zip(plain, found):
        item.findings = findings
    results: list[Item] = []
    for inp in inputs:
        if isinstance(inp, Item):
            results.append(inp)
            continue
        results.extend(delmaal_results(inp.source, inp.delmaal, checker))  # type: ignore[arg-type]
    return results


def delmaal_results(source: str, d, checker) -> list[Item]:
    """A saved delmål: one result per text field and per other field a finding concerns (each finding on the
    field it is about), then the whole-delmål result with the SMART status."""
    from delmaal_assistant.core.fields import registry
    from delmaal_assistant.core.resources import data_lang
    from delmaal_assistant.core.smart import smart_status

    reg = registry(data_lang(d.language))
    findings = checker.check_delmaal(d)
    texts = {path: (label, text) for path, label, text in d.text_fields()}
    paths = list(texts) + list(dict.fromkeys(f.field for f in findings if f.field and f.field not in texts))
    out = [Item(source, None, texts[p][1] if p in texts else (_field_text(d, p) or ""), p,
                [f for f in findings if f.field == p],
                label=texts[p][0] if p in texts else reg.label(p)) for p in paths]
    smart = smart_status(d, findings)
    out.append(Item(source, None, "", WHOLE_FIELD, [f for f in findings if not f.field], smart=smart,
                    label="Hele delmålet"))
    return out


_STEP = re.compile(r"([A-Za-z_]+)(?:\[(\d+)\])?$")


def _field_text(d, path: str | None) -> str | None:
    """The text of the field a finding names — its value for a text field, the name for a list entry
    ("external_actors[0]" → "Jobcentret") — or None when the path is not one field (the delmål as a whole,
    a section, a date)."""
    node = d
    for step in (path or "").split("."):
        m = _STEP.match(step)
        if not m or not hasattr(node, m.group(1)):
            return None
        node = getattr(node, m.group(1))
        if m.group(2) is not None:
            if not isinstance(node, list) or int(m.group(2)) >= len(node):
                return None
            node = node[int(m.group(2))]
    if isinstance(node, str):
        return node
    name = getattr(node, "name", None)
    return name if isinstance(name, str) and path and path.endswith("]") else None


# ---------------------------------------------------------------------------------------------- output
def to_json(results: list[Item]) -> dict:
    out = []
    for i, r in enumerate(results):
        d = {"index": i, "source": r.source, "line": r.line, "text": r.text}
        if r.field:
            d["field"] = r.field
        if r.label:
            d["label"] = r.label
        d["findings"] = [f.to_json() for f in r.findings]
        if r.smart is not None:
            d["smart"] = [i.as_json() for i in r.smart]
        out.append(d)
    return {"schema": "delmaal-check/1", "results": out}


class _Style:
    def __init__(self, enabled: bool) -> None:
        self.on = enabled

    def __call__(self, text: str, *codes: str) -> str:
        if not self.on or not codes:
            return text
        return "\033[" + ";".join(codes) + "m" + text + "\033[0m"


SEV_STYLE = {"error": ("1", "31"), "warning": ("1", "33"), "suggestion": ("1", "36")}
SEV_MARK = {"error": "✖", "warning": "▲", "suggestion": "●"}


def _marked(text: str, f: Finding, style: _Style, context: int = 40) -> str:
    """The text around the finding with the excerpt between » « (and underlined on a terminal)."""
    if f.end <= f.start:
        return ""
    a, b = f.start, f.end
    lo, hi = max(0, a - context), min(len(text), b + context)
    pre = ("…" if lo > 0 else "") + text[lo:a]
    post = text[b:hi] + ("…" if hi < len(text) else "")
    mark = style("»" + text[a:b] + "«", "4", *SEV_STYLE.get(f.severity, ())[1:])
    return (pre + mark + post).replace("\n", " ")


def to_text(results: list[Item], style: _Style, width: int) -> str:
    out: list[str] = []
    wrap = max(40, min(width, 100)) - 6
    counts = {"error": 0, "warning": 0, "suggestion": 0}
    for r in results:
        where = r.source if r.source != "argument" else ""
        if r.line is not None:
            where = f"{r.source}:{r.line}" if r.source != "-" else f"linje {r.line}"
        if r.field:
            where = f"{r.source} · {r.label or r.field}"
        head = style(where, "2") + "  " if where else ""
        if r.field == WHOLE_FIELD:
            out.append(style(f"{r.source} · hele delmålet", "1"))
        elif r.field and not r.text.strip():
            out.append(f"{head}{style('(tomt)', '1')}")
        else:
            shown = r.text if r.text.strip() else "(tomt)"
            out.append(f"{head}{style(shown, '1')}" if len(shown) <= 200 else f"{head}{style(shown[:200] + '…', '1')}")
        if not r.findings:
            out.append("  " + style("✔ ingen fund", "32"))
        for f in r.findings:
            counts[f.severity] = counts.get(f.severity, 0) + 1
            label = style(f"{SEV_MARK.get(f.severity, '')} {SEVERITY_DA.get(f.severity, f.severity)}",
                          *SEV_STYLE.get(f.severity, ()))
            out.append(f"  {label} {code_name(f.code)} [{f.code}]" + (f" {style(f.field, '2')}" if f.field and r.field == WHOLE_FIELD else ""))
            snippet = _marked(r.text, f, style)
            if snippet:
                out.append(f"      {snippet}")
            for para in (f.message,):
                out.extend("      " + ln for ln in textwrap.wrap(para, wrap))
            if f.suggestion:
                out.extend("      " + ln for ln in textwrap.wrap("Forslag: " + f.suggestion, wrap))
            if f.question:
                out.extend("      " + ln for ln in textwrap.wrap("Spørg: " + f.question, wrap))
        if r.smart:
            from delmaal_assistant.core.smart import STATUS_DA, STATUS_SYMBOL

            out.append("  " + style("SMART (de otte spørgsmål fra Kofoedsmindes skabelon):", "1"))
            for it in r.smart:
                line = f"{STATUS_SYMBOL[it.status]} {it.number}. {it.short}: {STATUS_DA[it.status]} – {it.reason}"
                out.extend(textwrap.wrap(line, wrap, initial_indent="    ", subsequent_indent="      "))
        out.append("")
    n_words = sum(1 for r in results if r.field is None)
    n_files = sum(1 for r in results if r.field == WHOLE_FIELD)
    checked = []
    if n_words:
        checked.append(f"{n_words} {'formulering' if n_words == 1 else 'formuleringer'}")
    if n_files:
        checked.append(f"{n_files} delmål")  # same form in singular and plural
    names = {"error": ("fejl", "fejl"), "warning": ("advarsel", "advarsler"), "suggestion": ("forslag", "forslag")}
    parts = [f"{counts[k]} {names[k][0] if counts[k] == 1 else names[k][1]}" for k in ("error", "warning", "suggestion")]
    out.append(style(" og ".join(checked) + " tjekket: " + ", ".join(parts), "1"))
    return "\n".join(out) + "\n"


def _use_colour(stream) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    try:
        return stream.isatty() and os.environ.get("TERM") != "dumb"
    except (AttributeError, ValueError):
        return False


def run_check(args: argparse.Namespace, stdin=None, stdout=None, stderr=None, checker=None) -> int:
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    try:
        inputs = collect_inputs(args, stdin)
    except InputError as exc:
        stderr.write(f"delmaal check: {exc}\n")
        return 2
    if checker is None:
        from delmaal_assistant.checker import get_checker
        from delmaal_assistant.checker.lexicon import LexiconError

        try:
            checker = get_checker()
        except LexiconError as exc:
            stderr.write(f"delmaal check: ordlisterne kunne ikke indlæses: {exc}\n")
            return 2
    if args.jobs is not None and args.jobs < 1:
        stderr.write("delmaal check: --jobs skal være 1 eller mere.\n")
        return 2
    results = check_inputs(inputs, checker, getattr(args, "jobs", None))
    if args.format == "json":
        stdout.write(json.dumps(to_json(results), ensure_ascii=False))  # dumps uses the C encoder
        stdout.write("\n")
    else:
        width = shutil.get_terminal_size((100, 24)).columns
        stdout.write(to_text(results, _Style(_use_colour(stdout)), width))
    stdout.flush()
    level = args.fail_level
    if level == "none":
        return 0
    failing = any(SEVERITY_RANK[f.severity] >= SEVERITY_RANK[level] for r in results for f in r.findings)
    return 1 if failing else 0
