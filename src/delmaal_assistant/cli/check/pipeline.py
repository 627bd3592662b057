"""Checking the units in input order: in this process for small inputs, else in forked worker processes fed
through bounded queues (memory stays flat however many wordings or saved delmål come in). A saved delmål becomes
one Item per field it has text or findings in, closed by its whole-delmål Item (WHOLE_FIELD) with the SMART
status; in the worker pool a saved delmål is checked by a worker like a chunk of wordings."""

from __future__ import annotations

import gc
import multiprocessing
import os
import queue as queue_mod
import re
import signal
import threading
from collections import deque
from collections.abc import Iterable, Iterator

from delmaal_assistant.checker import Checker
from delmaal_assistant.checker.findings import Finding
from delmaal_assistant.cli.check.items import WHOLE_FIELD, DelmaalInput, Item, opened
from delmaal_assistant.cli.check.options import Filter
from delmaal_assistant.core import texts
from delmaal_assistant.core.files.inputs import InputError, Record
from delmaal_assistant.core.resources import data_lang

PARALLEL_MIN = 2000  # below this many wordings, starting worker processes costs more than it saves
CHUNK = 250  # wordings per task sent to a worker
INFLIGHT_PER_WORKER = 3  # bounded queue: at most this many chunks per worker are read ahead
DELMAAL_WEIGHT = 25  # a saved delmål counts as this many wordings (about as many texts, and the field judges)


def _weight(u) -> int:
    return DELMAAL_WEIGHT if isinstance(u, DelmaalInput) else 1


def check_text(checker, text: str) -> list[Finding]:
    """Findings for one wording (a text longer than spaCy's max_length is cut into pieces by the checker)."""
    return checker.check(text)


_WORK: tuple | None = None  # (checker, filter, smart, note) in forked workers


def _wire(u):
    """What is sent to a worker for a unit: a wording's text; a saved delmål not opened yet (the audit) as
    (its file name,): the worker reads and validates it – the parent neither reads nor validates it, nor pickles a
    model; any other saved delmål as it is."""
    if isinstance(u, DelmaalInput):
        return (u.source,) if u.delmaal is None else u
    return u.text


def _unwired(u, checker, flt: Filter, smart: bool, note=None):
    """A unit's result in a worker: a wording's findings, or a saved delmål's items (one per field, then the
    whole-delmål result); for a saved delmål that cannot be read or is not valid, the InputError (its Danish
    message), which the parent raises when the delmål's turn comes."""
    if isinstance(u, tuple):  # (file name,): read and validated here
        try:
            u = opened(DelmaalInput(u[0], None))
        except InputError as exc:
            return exc
    if isinstance(u, DelmaalInput):
        return _delmaal_items(u, checker, flt, smart, note)
    return flt.apply(check_text(checker, u))


def _worker(tasks, results) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl+C and stops us
    checker, flt, smart, note = _WORK  # type: ignore[misc]
    while True:
        task = tasks.get()
        if task is None:
            return
        seq, units = task
        try:
            results.put((seq, [flt.apply(check_text(checker, u)) if type(u) is str
                               else _unwired(u, checker, flt, smart, note) for u in units], None))
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
            warn(texts.get("cli.check.jobs_lowered", jobs=jobs, cpus=cpus))
        return cpus
    return jobs


def _delmaal_items(inp: DelmaalInput, checker, flt: Filter, smart: bool = True, note=None) -> list[Item]:
    """A saved delmål (opened): one result per text field and per other field a finding concerns (each finding on
    the field it is about), then the whole-delmål result with the SMART status (computed on every finding, before
    --select/--ignore hide some of them from the output; with smart=False not computed: its smart is None, for
    a caller that does not show it – the audit) and `note(inp, results)` (Item.note: what the caller takes from the
    delmål and its results where it is checked) when a `note` is given. The note may take field results it will
    not read out of the list (in place: the audit's HTML report, all but those with findings); the whole result
    stays last."""
    # deferred: start-up (only saved delmål need it)
    from delmaal_assistant.core.model.fields import registry, text_fields
    from delmaal_assistant.core.outputs.smart import smart_status  # deferred: start-up

    d = inp.delmaal
    reg = registry(data_lang(d.language))
    fields = text_fields(d)  # read once: the checker's wording rules and judges walk the same fields
    everything = checker.check_delmaal(d, fields) if isinstance(checker, Checker) else checker.check_delmaal(d)
    findings = flt.apply(everything)
    field_texts = {path: (label, text) for path, label, text in fields}
    paths = list(field_texts) + list(dict.fromkeys(f.field for f in findings if f.field and f.field not in field_texts))
    order = _field_order(type(d))  # template order: an actor with no "how" stands among the actors
    last = len(order)

    def rank(path: str) -> int:
        return order.get(path.split(".")[0].split("[")[0], last)

    paths.sort(key=rank)  # stable: text fields keep their order
    def label(p: str) -> str:
        if p in field_texts:
            return field_texts[p][0]
        m = re.match(r"^(.*\[\d+\])\.", p)  # an empty sub-field of a named list entry: "Metode: KRAP"
        name = _field_text(d, m.group(1)) if m else None
        spec = reg.spec(p)
        return f"{spec.label}: {name}" if name and spec else reg.label(p)

    on_field: dict[str, list[Finding]] = {}  # each field's findings, in their order (one pass, not one per field)
    whole: list[Finding] = []
    for f in findings:
        if f.field:
            on_field.setdefault(f.field, []).append(f)
        else:
            whole.append(f)
    out = [Item(inp.source, None, field_texts[p][1] if p in field_texts else (_field_text(d, p) or ""), p,
                on_field.get(p) or [], label=label(p))
           for p in paths]
    out.append(Item(inp.source, None, "", WHOLE_FIELD, whole,
                    smart=smart_status(d, everything) if smart else None, label=texts.get("cli.check.whole_label")))
    if note is not None:
        out[-1].note = note(inp, out)
    return out


_ORDER: dict[type, dict[str, int]] = {}


def _field_order(model: type) -> dict[str, int]:
    """A model's fields → their place in it (made once per model class)."""
    order = _ORDER.get(model)
    if order is None:
        order = _ORDER[model] = {name: k for k, name in enumerate(model.model_fields)}
    return order


def _field_text(d, path: str | None) -> str | None:
    """The text of the field a finding names — its value for a text field, the name for a list entry
    ("external_actors[0]" → "Jobcentret") — or None when the path is not one field (a section, a date)."""
    # deferred: start-up (only saved delmål need it)
    from delmaal_assistant.core.model.fields import field_value, value_text

    node = field_value(d, path or "")
    if node is None:
        return None
    if isinstance(node, str):
        return node
    name = getattr(node, "name", None)
    if isinstance(name, str) and path and path.endswith("]"):
        return name
    return value_text(node) or None  # a date, the methods by name, yes/no: what is there, never "(tomt)"


def _item(rec: Record, findings: list[Finding]) -> Item:
    return Item(rec.source, rec.line, rec.text, None, findings, rec.row, rec.id, rec.group, extra=rec.extra)


def check_stream(units: Iterable[Record | DelmaalInput], checker, jobs: int = 1,
                 flt: Filter | None = None, smart: bool = True, note=None) -> Iterator[Item]:
    """Items in input order, checked as they come. Large inputs go to `jobs` forked worker processes through
    bounded queues (at most INFLIGHT_PER_WORKER chunks per worker read ahead), so memory stays flat.
    A saved delmål not opened yet is opened where it is checked (a bad one: its InputError when its turn comes).
    `smart=False`: a saved delmål's whole result has no SMART status (`_delmaal_items`). `note(inp, results)`: what a
    caller takes from each opened saved delmål and its results (the audit: its month, groups, progression, its
    report row), computed where the delmål is checked and returned on its whole result (Item.note)."""
    flt = flt or Filter()
    it = iter(units)
    head: list = []
    weight = 0
    for u in it:
        head.append(u)
        weight += _weight(u)
        if weight >= PARALLEL_MIN:
            break
    parallel = (weight >= PARALLEL_MIN and jobs >= 2 and threading.active_count() == 1
                and "fork" in multiprocessing.get_all_start_methods())
    if not parallel:
        for k, u in enumerate(head):
            yield from _check_one(u, checker, flt, smart, note)
            if k == 0 and weight >= PARALLEL_MIN:  # a large run on one core: the same as before a fork
                _freeze_loaded()
        for u in it:
            yield from _check_one(u, checker, flt, smart, note)
        return
    first = next((u for u in head if isinstance(u, DelmaalInput)), None)
    if first is not None:
        # what checking a saved delmål loads on first use (the whole-delmål checks, the field registry, the judges'
        # data, SMART) is loaded here once, before the fork, so the workers share it instead of each loading it
        _delmaal_items(opened(first), checker, flt, smart, note)
    else:
        check_text(checker, head[0].text)  # the same for wordings: the lemma table's first look-ups
    _freeze_loaded()
    yield from _check_parallel(_chain(head, it), checker, jobs, flt, smart, note)


#: the garbage collector's youngest generation in a large run (Python's default: 700 allocations): see _freeze_loaded
GC_YOUNG = 10_000


def _freeze_loaded() -> None:
    """Before the fork of a large run: what is loaded by now (spaCy, the lexicons, the judges' data: hundreds of
    thousands of objects that live to the end) is moved out of the garbage collector's generations (`gc.freeze`,
    Python's advice before fork). The collector then never walks it again – a fifth of the checker's CPU in a long
    run went to those walks – and the workers' copies of its pages are not written to by the collector (less
    memory per worker).

    The youngest generation is then collected every GC_YOUNG allocations instead of every 700: checking a delmål
    allocates tens of thousands of objects (tokens, matches, findings) that reference counting frees – no cycles –
    and each young collection walked the ones alive at that moment for nothing (6–7 % of a distinct audit's
    checking CPU, measured side by side); what a cycle may hold waits at most GC_YOUNG allocations longer."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(GC_YOUNG, *gc.get_threshold()[1:])


def _chain(head: list, rest: Iterator):
    yield from head
    head.clear()
    yield from rest


def _check_one(u, checker, flt: Filter, smart: bool = True, note=None) -> Iterator[Item]:
    if isinstance(u, DelmaalInput):
        yield from _delmaal_items(opened(u), checker, flt, smart, note)
    else:
        yield _item(u, flt.apply(check_text(checker, u.text)))


def _chunks(units: Iterator) -> Iterator[list]:
    """Units in chunks of about CHUNK wordings' worth (a saved delmål weighs DELMAAL_WEIGHT)."""
    buf: list = []
    weight = 0
    for u in units:
        buf.append(u)
        weight += _weight(u)
        if weight >= CHUNK:
            yield buf
            buf, weight = [], 0
    if buf:
        yield buf


def _check_parallel(units: Iterator, checker, jobs: int, flt: Filter, smart: bool = True,
                    note=None) -> Iterator[Item]:
    global _WORK
    if "fork" not in multiprocessing.get_all_start_methods():  # Windows: no fork, check here, in order
        for u in units:
            yield from _check_one(u, checker, flt, smart, note)
        return
    ctx = multiprocessing.get_context("fork")
    _WORK = (checker, flt, smart, note)
    tasks = ctx.Queue()
    results = ctx.Queue()
    procs = [ctx.Process(target=_worker, args=(tasks, results), daemon=True) for _ in range(jobs)]
    try:
        for p in procs:
            p.start()
    finally:
        _WORK = None
    limit = jobs * INFLIGHT_PER_WORKER
    ledger: deque = deque()  # (seq, chunk) in input order
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
                tasks.put((seq, [_wire(u) for u in entry]))
                inflight += 1
                ledger.append((seq, entry))
                seq += 1
            if not ledger:
                break
            s0, entry = ledger[0]
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
            for unit, f in zip(entry, found):
                if isinstance(unit, DelmaalInput):
                    if isinstance(f, InputError):  # the worker could not open it: reported now, in input order
                        raise InputError(str(f)) from None
                    # the worker sent back the delmål's texts with its items: the parent's copy of an opened
                    # delmål is not needed any more (10,000 opened delmål hold ~150 MB until they are checked)
                    unit.delmaal = None
                    yield from f
                else:
                    yield _item(unit, f)
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

