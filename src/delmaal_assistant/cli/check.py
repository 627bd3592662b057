"""`delmaal check`: check delmål wording from an argument, standard input, text files, spreadsheets (.csv, .tsv,
.xlsx) or saved delmål (.json).

Contract: ../shared/domain/CHECKS.md. Every input is opened and validated (path type, encoding, header, column)
before anything is checked, so a bad file gives exit 2 and a Danish message, never a traceback. Results are then
streamed: read, checked (in worker processes for large inputs, through bounded queues, input order kept) and
written one at a time, so memory stays flat however many wordings come in.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import re
import shutil
import sys
import textwrap
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from dataclasses import field as dc_field
from pathlib import Path

from delmaal_assistant.checker.findings import SEVERITY_DA, SEVERITY_RANK, Finding
from delmaal_assistant.core.inputs import (
    SPREADSHEET_TYPES,
    Columns,
    InputError,
    Record,
    Source,
    kind_of,
    open_spreadsheet,
    open_stdin,
    open_text_file,
    refuse_unless_file,
)
from delmaal_assistant.core.sanitize import terminal_safe

FAIL_LEVELS = ("error", "warning", "suggestion", "none")
MIN_LEVELS = ("error", "warning", "suggestion")
FORMATS = ("text", "json", "jsonl", "line")
FILE_TYPES = (".txt", ".json", *SPREADSHEET_TYPES)
WHOLE_FIELD = "(hele delmålet)"
CONFIG_NAME = "delmaal.toml"
_LOOKS_LIKE_PATH = re.compile(r"^[^\s]*(/|\\|\.[A-Za-z][A-Za-z0-9]{0,7})$")
SPACY_MAX_LENGTH = 1_000_000  # spaCy's default `nlp.max_length`; longer texts are checked in pieces
PARALLEL_MIN = 2000  # below this many wordings, starting worker processes costs more than it saves
CHUNK = 250  # wordings per task sent to a worker
INFLIGHT_PER_WORKER = 3  # bounded queue: at most this many chunks per worker are read ahead

__all__ = ["InputError", "Item", "run_check", "add_check_parser", "check_stream", "Filter", "Config"]


@dataclass(slots=True)
class Item:
    """One checked text with its findings (a wording, or one field of a saved delmål)."""

    source: str
    line: int | None
    text: str
    field: str | None = None
    findings: list[Finding] = dc_field(default_factory=list)
    row: int | None = None
    id: str | None = None
    group: str | None = None
    smart: list | None = None  # whole-delmål result of a saved delmål: the SMART items (core.smart.SmartItem)
    label: str | None = None  # the field's Danish label (saved delmål), from the field registry


@dataclass
class DelmaalInput:
    source: str
    delmaal: object  # model.Delmaal (imported lazily)


# ---------------------------------------------------------------------------------------------- parser
def add_common_options(c: argparse.ArgumentParser) -> None:
    """Input and filtering options shared by `check` and `audit`."""
    c.add_argument("--column", default=None, metavar="NAVN",
                   help="kolonnen med formuleringer i regneark (standard: delmaal eller Delmål)")
    c.add_argument("--id-column", default=None, metavar="NAVN",
                   help="kolonne med sagens id (fx CPR-fri sags- eller borger-id); sættes som \"id\" på hvert resultat")
    c.add_argument("--sheet", default=None, metavar="ARK", help="arket i en .xlsx-fil (standard: det første)")
    c.add_argument("--select", default=None, metavar="KODE,…", help="vis kun disse koder")
    c.add_argument("--ignore", default=None, metavar="KODE,…", help="vis ikke disse koder")
    c.add_argument("--min-level", choices=MIN_LEVELS, default=None,
                   help="skjul fund under dette niveau (standard: vis alle)")
    c.add_argument("--jobs", type=int, default=None, metavar="N",
                   help="antal processer til store mængder (standard: alle kerner; 1 = ingen ekstra processer)")


def add_check_parser(sub) -> None:
    c = sub.add_parser(
        "check",
        help="tjek formuleringen af et eller flere delmål",
        description=(
            "Tjek formuleringer af delmål. INPUT er en formulering i anførselstegn, - for standard input "
            "(én formulering pr. linje) eller filer: .txt (én pr. linje), regneark (.csv, .tsv, .xlsx: kolonnen "
            "'delmaal'/'Delmål' eller --column) og gemte delmål (.json). Indstillinger kan stå i delmaal.toml."
        ),
    )
    c.add_argument("inputs", nargs="*", metavar="INPUT", help="formulering, -, eller fil")
    c.add_argument("--format", choices=FORMATS, default="text",
                   help="uddataformat: text (standard), json, jsonl (ét resultat pr. linje) eller line "
                        "(kilde:række:kolonne: niveau kode: besked)")
    c.add_argument(
        "--fail-level",
        choices=FAIL_LEVELS,
        default="warning",
        help="afslut med status 1, hvis der er fund på dette niveau eller højere (standard: warning)",
    )
    c.add_argument("--statistics", action="store_true", help="antal fund pr. kode efter resultaterne")
    c.add_argument("--show-config", action="store_true", help="vis de indstillinger, der gælder, og afslut")
    add_common_options(c)
    c.set_defaults(func=run_check)


# ---------------------------------------------------------------------------------------------- config
def known_codes() -> dict[str, str]:
    """Every finding code the lexicons define, with its default severity (read from the TOML data)."""
    import tomllib

    from delmaal_assistant.core.resources import lexicon_dir

    codes: dict[str, str] = {}
    for path in sorted(lexicon_dir("da").glob("*.toml")):
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError):
            continue  # the checker's own loader reports a broken lexicon
        if isinstance(data.get("code"), str):
            codes[data["code"]] = str(data.get("severity", "warning"))
        for key, val in data.items():
            if isinstance(val, dict) and "severity" in val and re.fullmatch(r"[a-z][a-z-]+", key):
                codes[key] = str(val["severity"])
    return codes


def _codes_arg(value: str | list | None, what: str, known: dict[str, str]) -> set[str] | None:
    if value is None:
        return None
    items = value.split(",") if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(x, str) for x in items):
        raise InputError(f"{what} skal være en liste af koder, fx [\"readability\", \"long-sentence\"].")
    codes = {x.strip() for x in items if x.strip()}
    unknown = sorted(codes - set(known))
    if unknown:
        raise InputError(f"{what}: ukendt kode {', '.join(repr(u) for u in unknown)}. "
                         f"Kendte koder: {', '.join(sorted(known))}.")
    return codes


@dataclass
class Filter:
    """Which findings are shown, and at which severity (from --select/--ignore/--min-level and delmaal.toml)."""

    select: set[str] | None = None
    ignore: set[str] = dc_field(default_factory=set)
    severity: dict[str, str] = dc_field(default_factory=dict)
    min_level: str | None = None

    def apply(self, findings: list[Finding]) -> list[Finding]:
        if not (self.select is not None or self.ignore or self.severity or self.min_level):
            return findings
        out = []
        floor = SEVERITY_RANK[self.min_level] if self.min_level else 0
        for f in findings:
            if (self.select is not None and f.code not in self.select) or f.code in self.ignore:
                continue
            sev = self.severity.get(f.code)
            if sev and sev != f.severity:
                f = replace(f, severity=sev)
            if SEVERITY_RANK[f.severity] >= floor:
                out.append(f)
        return out


@dataclass
class Config:
    path: Path | None = None
    filter: Filter = dc_field(default_factory=Filter)
    column: str | None = None
    id_column: str | None = None
    column_from: str = "standard"


def find_config_file(start: Path | None = None) -> Path | None:
    """delmaal.toml in the current folder or its parents, else in the user's config folder."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        cand = folder / CONFIG_NAME
        if kind_of(cand) == "file":
            return cand
    try:
        from platformdirs import user_config_path

        cand = user_config_path("delmaal-assistant") / CONFIG_NAME
    except Exception:  # noqa: BLE001 - no config folder on this platform
        return None
    return cand if kind_of(cand) == "file" else None


CONFIG_KEYS = {"ignore", "select", "severity", "column", "id-column", "min-level"}


def load_config(args: argparse.Namespace) -> Config:
    import tomllib

    known = known_codes()
    path = find_config_file()
    data: dict = {}
    if path is not None:
        refuse_unless_file(path)
        try:
            with open(path, "rb") as fh:
                raw = fh.read(1 << 20)
            data = tomllib.loads(raw.decode("utf-8"))
        except UnicodeDecodeError:
            raise InputError(f"Indstillingsfilen '{path}' er ikke UTF-8-tekst.") from None
        except tomllib.TOMLDecodeError as exc:
            raise InputError(f"Indstillingsfilen '{path}' er ikke gyldig TOML ({exc}).") from None
        except OSError as exc:
            raise InputError(f"Indstillingsfilen '{path}' kunne ikke læses ({exc.strerror}).") from None
        unknown = sorted(set(data) - CONFIG_KEYS)
        if unknown:
            raise InputError(f"Indstillingsfilen '{path}': ukendt nøgle {', '.join(unknown)}. "
                             f"Mulige nøgler: {', '.join(sorted(CONFIG_KEYS))}.")
    where = f"'{path}'" if path else ""
    sev = data.get("severity", {})
    if not isinstance(sev, dict):
        raise InputError(f"{where}: severity skal være en tabel, fx [severity] passive-voice = \"suggestion\".")
    for code, level in sev.items():
        if code not in known:
            raise InputError(f"{where}: [severity] nævner den ukendte kode '{code}'.")
        if level not in MIN_LEVELS:
            raise InputError(f"{where}: [severity] {code} = {level!r}; vælg error, warning eller suggestion.")
    for key in ("column", "id-column", "min-level"):
        if key in data and not isinstance(data[key], str):
            raise InputError(f"{where}: {key} skal være en tekst.")
    if data.get("min-level") is not None and data["min-level"] not in MIN_LEVELS:
        raise InputError(f"{where}: min-level skal være error, warning eller suggestion.")
    ignore = (_codes_arg(data.get("ignore"), f"{where}: ignore", known) or set()) | (
        _codes_arg(args.ignore, "--ignore", known) or set())
    select = _codes_arg(args.select, "--select", known)
    if select is None:
        select = _codes_arg(data.get("select"), f"{where}: select", known)
    flt = Filter(select, ignore, dict(sev), args.min_level or data.get("min-level"))
    column = args.column or data.get("column")
    column_from = "--column" if args.column else (f"{path.name}" if data.get("column") else "standard")
    return Config(path, flt, column, args.id_column or data.get("id-column"), column_from)


def show_config(cfg: Config, args: argparse.Namespace, out) -> None:
    f = cfg.filter
    lines = [
        f"indstillingsfil: {cfg.path if cfg.path else '(ingen – søgt i denne mappe, dens overmapper og brugerens indstillingsmappe)'}",
        f"kolonne: {cfg.column or 'delmaal (eller Delmål)'}  ({cfg.column_from})",
        f"id-kolonne: {cfg.id_column or '(ingen)'}",
        f"vis kun koder: {', '.join(sorted(f.select)) if f.select is not None else '(alle)'}",
        f"ignorer koder: {', '.join(sorted(f.ignore)) or '(ingen)'}",
        "niveau pr. kode: " + (", ".join(f"{k} = {v}" for k, v in sorted(f.severity.items())) or "(som standard)"),
        f"skjul fund under: {f.min_level or '(vis alle)'}",
        f"fejlniveau (--fail-level): {getattr(args, 'fail_level', 'warning')}",
        f"processer: {resolve_jobs(getattr(args, 'jobs', None))}",
    ]
    out.write("\n".join(terminal_safe(x) for x in lines) + "\n")


# ---------------------------------------------------------------------------------------------- inputs
def _json_delmaal(path: Path) -> DelmaalInput:
    from delmaal_assistant.core.storage import StorageError, delmaal_from_json_text, read_text_file

    refuse_unless_file(path)  # a FIFO or device must not be opened (it could block for ever)
    try:
        text = read_text_file(path, "Filen")
    except StorageError as exc:
        raise InputError(str(exc)) from None
    try:
        # deep or huge JSON, an escaped lone surrogate: all "ikke et gyldigt delmål" (core.storage)
        return DelmaalInput(str(path), delmaal_from_json_text(text, f"'{path}'"))
    except StorageError as exc:
        raise InputError(str(exc)) from None
    except RecursionError:
        raise InputError(f"'{path}' er ikke et gyldigt delmål (JSON'en er indlejret for dybt).") from None


def open_inputs(inputs: list[str], cfg: Config, stdin, sheet: str | None = None,
                group: str | None = None) -> list[Source | DelmaalInput | Record]:
    """Every input opened and validated, in order: Sources (files, stdin), saved delmål, or a single wording."""
    if not inputs:
        raise InputError(
            'Angiv hvad der skal tjekkes: en formulering i anførselstegn, - for standard input eller en fil.\n'
            'Fx: delmaal check "At borgeren vasker tøj hver onsdag frem til 1. marts."'
        )
    out: list[Source | DelmaalInput | Record] = []
    used_stdin = False
    cols = Columns(cfg.column, cfg.id_column, group, sheet)
    try:
        for arg in inputs:
            if arg == "-":
                if used_stdin:
                    raise InputError("Standard input (-) kan kun angives én gang.")
                used_stdin = True
                out.append(open_stdin(stdin))
                continue
            if not arg.strip():
                raise InputError("Formuleringen er tom. Skriv formuleringen i anførselstegn, fx "
                                 "delmaal check \"At borgeren vasker tøj hver onsdag frem til 1. marts.\"")
            kind = kind_of(arg)
            if kind in ("missing", "invalid") and not (kind == "missing" and _LOOKS_LIKE_PATH.match(arg)):
                out.append(Record("argument", None, _argv_text(arg).strip()))
                continue
            refuse_unless_file(arg)  # folders, FIFOs, devices, sockets, missing files: a Danish message
            suffix = Path(arg).suffix.lower()
            if suffix not in FILE_TYPES:
                raise InputError(
                    f"'{arg}' har en filtype, der ikke kan tjekkes ('{suffix or 'ingen'}'). "
                    "Brug .txt, .csv, .tsv, .xlsx eller .json (et gemt delmål)."
                )
            if suffix == ".json":
                out.append(_json_delmaal(Path(arg)))
            elif suffix in SPREADSHEET_TYPES:
                out.append(open_spreadsheet(arg, cols))
            else:
                out.append(open_text_file(arg))
    except BaseException:
        close_inputs(out)
        raise
    return out


def _argv_text(arg: str) -> str:
    """An argument as the user typed it: in a C/POSIX locale Python decodes argv as ASCII with surrogate
    escapes, so 'går' arrives as 'g\\udcc3\\udca5r'; the bytes are UTF-8 (or replaced if they are not)."""
    if not any("\udc80" <= c <= "\udcff" for c in arg):
        return arg
    try:
        return os.fsencode(arg).decode("utf-8", errors="replace")
    except UnicodeError:
        return arg


def close_inputs(inputs: Iterable) -> None:
    for s in inputs:
        if isinstance(s, Source):
            s.close()


def iter_units(opened: list, strict_empty: bool = True) -> Iterator[Record | DelmaalInput]:
    """The records of every input in order; an input with no wordings at all is an input error."""
    for s in opened:
        if isinstance(s, Source):
            n = 0
            for rec in s.records():
                n += 1
                yield rec
            if n == 0 and strict_empty:
                if s.name == "-":
                    raise InputError("Standard input er tom: der er ingen formuleringer at tjekke.")
                raise InputError(f"'{s.name}' indeholder ingen formuleringer at tjekke.")
        else:
            yield s


# ---------------------------------------------------------------------------------------------- checking
def check_text(checker, text: str, limit: int = SPACY_MAX_LENGTH) -> list[Finding]:
    """Findings for one wording. A text longer than spaCy's max_length is checked in pieces cut at sentence
    or line ends; a missing timeframe is reported once, and only when no piece has one."""
    if len(text) <= limit:
        return checker.check(text)
    out: list[Finding] = []
    timeframe: list[Finding] = []
    pieces = 0
    pos = 0
    while pos < len(text):
        end = min(len(text), pos + limit)
        if end < len(text):
            cut = max(text.rfind(". ", pos, end), text.rfind("\n", pos, end))
            if cut <= pos:
                cut = text.rfind(" ", pos, end)
            end = cut + 1 if cut > pos else end
        pieces += 1
        for f in checker.check(text[pos:end]):
            f = replace(f, start=f.start + pos, end=f.end + pos)
            (timeframe if f.code == "missing-timeframe" else out).append(f)
        pos = end
    if len(timeframe) == pieces:
        out.append(replace(timeframe[0], start=0, end=0, excerpt=""))
    out.sort(key=lambda f: (f.start, f.end))
    return out


_WORK: tuple | None = None  # (checker, filter) in forked workers


def _worker(tasks, results) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl+C and stops us
    checker, flt = _WORK  # type: ignore[misc]
    while True:
        task = tasks.get()
        if task is None:
            return
        seq, texts = task
        try:
            results.put((seq, [flt.apply(check_text(checker, t)) for t in texts], None))
        except Exception as exc:  # noqa: BLE001 - reported by the parent as an unexpected error
            results.put((seq, None, type(exc).__name__))


def resolve_jobs(jobs: int | None, warn=None) -> int:
    """Worker processes to use: --jobs, capped at the usable CPUs (default: all of them, at most 4)."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cpus = os.cpu_count() or 1
    if jobs is None:
        return min(cpus, 4)
    if jobs > cpus:
        if warn:
            warn(f"--jobs {jobs} er sat ned til {cpus} (antallet af kerner på denne maskine).")
        return cpus
    return jobs


def _delmaal_items(inp: DelmaalInput, checker, flt: Filter) -> list[Item]:
    """A saved delmål: one result per text field and per other field a finding concerns (each finding on the
    field it is about), then the whole-delmål result with the SMART status (computed on every finding, before
    --select/--ignore hide some of them from the output)."""
    from delmaal_assistant.core.fields import registry
    from delmaal_assistant.core.resources import data_lang
    from delmaal_assistant.core.smart import smart_status

    d = inp.delmaal
    reg = registry(data_lang(d.language))
    everything = checker.check_delmaal(d)
    findings = flt.apply(everything)
    texts = {path: (label, text) for path, label, text in d.text_fields()}
    paths = list(texts) + list(dict.fromkeys(f.field for f in findings if f.field and f.field not in texts))
    order = list(type(d).model_fields)  # template order: an actor with no "how" stands among the actors

    def rank(path: str) -> int:
        top = path.split(".")[0].split("[")[0]
        return order.index(top) if top in order else len(order)

    paths.sort(key=rank)  # stable: text fields keep their order
    out = [Item(inp.source, None, texts[p][1] if p in texts else (_field_text(d, p) or ""), p,
                [f for f in findings if f.field == p], label=texts[p][0] if p in texts else reg.label(p))
           for p in paths]
    out.append(Item(inp.source, None, "", WHOLE_FIELD, [f for f in findings if not f.field],
                    smart=smart_status(d, everything), label="Hele delmålet"))
    return out


_STEP = re.compile(r"([A-Za-z_]+)(?:\[(\d+)\])?$")


def _field_text(d, path: str | None) -> str | None:
    """The text of the field a finding names — its value for a text field, the name for a list entry
    ("external_actors[0]" → "Jobcentret") — or None when the path is not one field (a section, a date)."""
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


def _item(rec: Record, findings: list[Finding]) -> Item:
    return Item(rec.source, rec.line, rec.text, None, findings, rec.row, rec.id, rec.group)


def check_stream(units: Iterable[Record | DelmaalInput], checker, jobs: int = 1,
                 flt: Filter | None = None) -> Iterator[Item]:
    """Items in input order, checked as they come. Large inputs go to `jobs` forked worker processes through
    bounded queues (at most INFLIGHT_PER_WORKER chunks per worker read ahead), so memory stays flat."""
    flt = flt or Filter()
    it = iter(units)
    head: list = []
    for u in it:
        head.append(u)
        if len(head) >= PARALLEL_MIN:
            break
    parallel = (len(head) >= PARALLEL_MIN and jobs >= 2 and threading.active_count() == 1
                and "fork" in multiprocessing.get_all_start_methods())
    if not parallel:
        for u in head:
            yield from _check_one(u, checker, flt)
        for u in it:
            yield from _check_one(u, checker, flt)
        return
    yield from _check_parallel(_chain(head, it), checker, jobs, flt)


def _chain(head: list, rest: Iterator):
    yield from head
    head.clear()
    yield from rest


def _check_one(u, checker, flt: Filter) -> Iterator[Item]:
    if isinstance(u, DelmaalInput):
        yield from _delmaal_items(u, checker, flt)
    else:
        yield _item(u, flt.apply(check_text(checker, u.text)))


def _chunks(units: Iterator) -> Iterator[list[Record] | DelmaalInput]:
    buf: list[Record] = []
    for u in units:
        if isinstance(u, DelmaalInput):
            if buf:
                yield buf
                buf = []
            yield u
        else:
            buf.append(u)
            if len(buf) >= CHUNK:
                yield buf
                buf = []
    if buf:
        yield buf


def _check_parallel(units: Iterator, checker, jobs: int, flt: Filter) -> Iterator[Item]:
    import queue as queue_mod

    global _WORK
    if "fork" not in multiprocessing.get_all_start_methods():  # Windows: no fork, check here, in order
        for u in units:
            yield from _check_one(u, checker, flt)
        return
    ctx = multiprocessing.get_context("fork")
    _WORK = (checker, flt)
    tasks = ctx.Queue()
    results = ctx.Queue()
    procs = [ctx.Process(target=_worker, args=(tasks, results), daemon=True) for _ in range(jobs)]
    try:
        for p in procs:
            p.start()
    finally:
        _WORK = None
    limit = jobs * INFLIGHT_PER_WORKER
    ledger: deque = deque()  # (seq, chunk or DelmaalInput) in input order
    done: dict[int, list] = {}
    inflight = 0
    seq = 0
    src = _chunks(units)
    exhausted = False
    try:
        while True:
            while not exhausted and inflight < limit:
                entry = next(src, None)
                if entry is None:
                    exhausted = True
                    break
                if isinstance(entry, list):
                    tasks.put((seq, [r.text for r in entry]))
                    inflight += 1
                ledger.append((seq, entry))
                seq += 1
            if not ledger:
                break
            s0, entry = ledger[0]
            if isinstance(entry, DelmaalInput):
                ledger.popleft()
                yield from _delmaal_items(entry, checker, flt)
                continue
            while s0 not in done:
                try:
                    s, found, err = results.get(timeout=1.0)
                except queue_mod.Empty:
                    if not all(p.is_alive() for p in procs):
                        raise RuntimeError("en arbejdsproces stoppede uventet") from None
                    continue
                if err is not None:
                    raise RuntimeError(f"fejl i en arbejdsproces ({err})")
                done[s] = found
            ledger.popleft()
            found = done.pop(s0)
            inflight -= 1
            for rec, f in zip(entry, found):
                yield _item(rec, f)
    finally:
        for _ in procs:
            try:
                tasks.put_nowait(None)
            except Exception:  # noqa: BLE001
                pass
        for p in procs:
            p.join(timeout=0.5)
            if p.is_alive():
                p.terminate()
                p.join(timeout=2)
        tasks.cancel_join_thread()
        results.cancel_join_thread()
        tasks.close()
        results.close()


# ---------------------------------------------------------------------------------------------- output
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


class Stats:
    """Counts for the summary line, --statistics and the exit status (no results kept)."""

    def __init__(self) -> None:
        self.results = 0
        self.wordings = 0
        self.delmaal = 0
        self.with_findings = 0
        self.by_severity = {"error": 0, "warning": 0, "suggestion": 0}
        self.by_code: dict[str, list] = {}  # code -> [findings, results, severity]

    def add(self, r: Item) -> None:
        self.results += 1
        if r.field is None:
            self.wordings += 1
        elif r.field == WHOLE_FIELD:
            self.delmaal += 1
        if r.findings:
            self.with_findings += 1
        seen = set()
        for f in r.findings:
            self.by_severity[f.severity] = self.by_severity.get(f.severity, 0) + 1
            c = self.by_code.setdefault(f.code, [0, 0, f.severity])
            c[0] += 1
            if f.code not in seen:
                c[1] += 1
                seen.add(f.code)

    def failing(self, level: str) -> bool:
        if level == "none":
            return False
        return any(n for sev, n in self.by_severity.items() if SEVERITY_RANK[sev] >= SEVERITY_RANK[level])

    def ordered(self) -> list[tuple[str, int, int, str]]:
        return sorted(((c, v[0], v[1], v[2]) for c, v in self.by_code.items()), key=lambda x: (-x[1], x[0]))

    def to_json(self) -> dict:
        return {
            "results": self.results,
            "results_with_findings": self.with_findings,
            "findings": sum(self.by_severity.values()),
            "by_severity": dict(self.by_severity),
            "by_code": {c: {"findings": n, "results": m, "severity": sev} for c, n, m, sev in self.ordered()},
        }

    def text_table(self) -> str:
        rows = self.ordered()
        if not rows:
            return "Statistik: ingen fund.\n"
        w = max(len(str(n)) for _, n, _, _ in rows)
        cw = max(len(c) for c, *_ in rows)
        out = ["Statistik (fund pr. kode; andel af de tjekkede tekster med mindst ét fund af koden):"]
        for c, n, m, sev in rows:
            share = f"{100 * m / self.results:.0f} %" if self.results else ""
            out.append(f"  {n:>{w}}  {c:<{cw}}  {SEVERITY_DA.get(sev, sev):<9} {share:>5}")
        return "\n".join(out) + "\n"

    def summary(self) -> str:
        checked = []
        if self.wordings:
            checked.append(f"{self.wordings} {'formulering' if self.wordings == 1 else 'formuleringer'}")
        if self.delmaal:
            checked.append(f"{self.delmaal} delmål")  # same form in singular and plural
        names = {"error": ("fejl", "fejl"), "warning": ("advarsel", "advarsler"), "suggestion": ("forslag", "forslag")}
        parts = [f"{self.by_severity[k]} {names[k][0] if self.by_severity[k] == 1 else names[k][1]}"
                 for k in ("error", "warning", "suggestion")]
        return " og ".join(checked or ["0 formuleringer"]) + " tjekket: " + ", ".join(parts)


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
    from delmaal_assistant.core.codes import code_name

    return code_name(code)


def _where(r: Item) -> str:
    src = terminal_safe(r.source)
    if r.field:
        return f"{src} · {r.label or r.field}"
    if r.row is not None:
        w = f"{src} række {r.row}"
        return w + (f" · id {_one_line(r.id)}" if r.id else "")
    if r.line is not None:
        return f"{src}:{r.line}" if r.source != "-" else f"linje {r.line}"
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
            out.append(style(f"{terminal_safe(r.source)} · hele delmålet", "1"))
        elif r.field and not r.text.strip():
            out.append(f"{head}{style('(tomt)', '1')}")
        else:
            shown = r.text if len(r.text) <= 200 else r.text[:200] + "…"
            out.append(f"{head}{style(_one_line(shown), '1')}")
        if not r.findings:
            out.append("  " + style("✔ ingen fund", "32"))
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
                paras = [first_sentence(f.message) + f" (forklaringen står ved første [{f.code}] ovenfor)"]
            if f.suggestion and (first or f.suggestion != self.explained.get(f.code)):
                paras.append("Forslag: " + f.suggestion)
            if f.question:
                paras.append("Spørg: " + f.question)
            for para in paras:
                out.extend(self._wrapped(para))
        if r.smart:
            from delmaal_assistant.core.smart import STATUS_SYMBOL

            out.append("  " + style("SMART (de otte spørgsmål fra Kofoedsmindes skabelon):", "1"))
            for it in r.smart:
                line = f"{STATUS_SYMBOL[it.status]} {it.number}. {it.short}: {it.status_text} – {it.reason}"
                out.extend(textwrap.wrap(terminal_safe(line), self.wrap, initial_indent="    ",
                                         subsequent_indent="      "))
        out.append("")
        self.out.write("\n".join(out) + "\n")

    def finish(self, stats: Stats, statistics: bool) -> None:
        if statistics:
            self.out.write(stats.text_table())
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
        self.out.write(("\n" if self.n == 0 else ",\n") + _dumps(item_json(self.n, r)))
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
        self.out.write(_dumps(item_json(self.n, r)) + "\n")
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
            for c, n, _m, sev in stats.ordered():
                self.out.write(f"{n:>7}  {c}  ({sev})\n")
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


def utf8_streams(stdout, stderr):
    """stdout/stderr write UTF-8 on every platform (a Windows console or a C locale included)."""
    for s in (stdout, stderr):
        reconf = getattr(s, "reconfigure", None)
        enc = (getattr(s, "encoding", None) or "").lower().replace("_", "-")
        if reconf is not None and enc not in ("utf-8", "utf8"):
            try:
                reconf(encoding="utf-8", errors="replace")
            except (ValueError, OSError):  # pragma: no cover - a closed or special stream
                pass
        elif reconf is not None:
            try:
                reconf(errors="replace")  # a lone surrogate from a broken argument must not crash the output
            except (ValueError, OSError):  # pragma: no cover
                pass
    return stdout, stderr


def get_default_checker(stderr, prog: str):
    from delmaal_assistant.checker import get_checker
    from delmaal_assistant.checker.lexicon import LexiconError

    try:
        return get_checker()
    except LexiconError as exc:
        raise InputError(f"ordlisterne kunne ikke indlæses: {exc}") from None


def unexpected(prog: str, exc: BaseException, stderr) -> int:
    if os.environ.get("DELMAAL_DEBUG"):
        raise exc
    stderr.write(
        f"{prog}: der opstod en uventet fejl under tjekket (intern fejltype: {type(exc).__name__}). "
        "Dine filer er ikke ændret. Kør igen med DELMAAL_DEBUG=1 for at se detaljerne, og giv dem videre til "
        "udviklerne.\n"
    )
    return 2


def run_check(args: argparse.Namespace, stdin=None, stdout=None, stderr=None, checker=None) -> int:
    stdout, stderr = utf8_streams(stdout or sys.stdout, stderr or sys.stderr)
    stdin = stdin or sys.stdin
    if args.jobs is not None and args.jobs < 1:
        stderr.write("delmaal check: --jobs skal være 1 eller mere.\n")
        return 2
    opened: list = []
    writer = None
    try:
        cfg = load_config(args)
        if args.show_config:
            show_config(cfg, args, stdout)
            return 0
        opened = open_inputs(args.inputs, cfg, stdin, args.sheet)
        for s in opened:
            if isinstance(s, Source) and s.note:
                stderr.write(f"delmaal check: {terminal_safe(s.note)}\n")
        if any(isinstance(s, Source) and s.name == "-" for s in opened) and _isatty(stdin):
            stderr.write("Skriv formuleringer, én pr. linje. Afslut med Ctrl+D (Windows: Ctrl+Z og Enter).\n")
        if checker is None:
            checker = get_default_checker(stderr, "delmaal check")
        jobs = resolve_jobs(args.jobs, lambda m: stderr.write(f"delmaal check: {m}\n"))
        if args.format == "json":
            writer = JsonWriter(stdout)
        elif args.format == "jsonl":
            writer = JsonlWriter(stdout)
        elif args.format == "line":
            writer = LineWriter(stdout)
        else:
            writer = TextWriter(stdout, _Style(_use_colour(stdout)), shutil.get_terminal_size((100, 24)).columns)
        stats = Stats()
        for item in check_stream(iter_units(opened), checker, jobs, cfg.filter):
            writer.write(item)
            stats.add(item)
        writer.finish(stats, args.statistics)
        stdout.flush()
        return 1 if stats.failing(args.fail_level) else 0
    except InputError as exc:
        if writer is not None:
            writer.abort(str(exc))
            stdout.flush()
        stderr.write(f"delmaal check: {terminal_safe(str(exc))}\n")
        return 2
    except (KeyboardInterrupt, BrokenPipeError):
        raise
    except MemoryError as exc:
        return unexpected("delmaal check", exc, stderr)
    except Exception as exc:  # noqa: BLE001 - never a traceback with resident data
        return unexpected("delmaal check", exc, stderr)
    finally:
        close_inputs(opened)


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
