"""Shared test setup: headless, no animations, no cursor blink; a fake checker for the assistant."""

from __future__ import annotations

import gc
import os
import re

import pytest

# The garbage collector's full passes were a large part of a test process's CPU (issue 28: 10 of 37 s in the two
# review/resume Pilot files): every Textual app a test builds allocates millions of objects that live as long as
# the app, so they reach the oldest generation, and with Python's default thresholds (700, 10, 10) the collector
# walked the whole heap – Textual, spaCy, the lexicons – again and again to free them. Full passes 10× rarer
# (and gen0 a little larger) free the same garbage at a fraction of the cost; thresholds much larger than these made
# the checker's in-process tests slower (their young objects are walked over and over instead). What is imported by
# the end of collection is frozen out of the passes (below). Only the test processes (and what they fork): a program
# the tests start as a new Python keeps Python's defaults, as the user's does.
gc.set_threshold(5_000, 10, 100)


def pytest_collection_finish(session):
    """Modules, data and fixtures' classes loaded while collecting live to the end: the collector skips them."""
    gc.freeze()


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    """At the end of a test process pytest collects the garbage five times over (`gc_collect_harder`, run after
    this hook) so that an exception raised while freeing an object is reported, not lost. The first pass frees the
    garbage; the other four walked the whole heap again and found nothing: 0.4 s of CPU each in a worker that ran
    the Pilot tests (issue 28). Here the garbage is collected until a pass finds none – the same finalizers run,
    now while pytest's hook for unraisable exceptions is still listening, so they are reported as before – and what
    is left alive is then frozen out of pytest's five passes, which walk only what is created after this."""
    ahead = getattr(config, "_rewrite_ahead", None)
    if ahead is not None:
        ahead.join(30)  # a cache file is never left half written (pytest writes it under another name, then renames)
    while gc.collect():
        pass
    gc.freeze()


def pytest_configure(config):
    """In the process that starts the test workers (`./test`: xdist's `-n`), the test modules' asserts are rewritten
    once, in a thread, while the workers start (issue 28). pytest rewrites the asserts of every test module in
    every worker and caches the result only when Python may write bytecode – never with PYTHONDONTWRITEBYTECODE
    (set here), and on a fresh clone the four workers rewrote the same 134 modules at once: 2 of each worker's 4 s
    of collection CPU. pytest reads a cached rewrite (tests/__pycache__/*-pytest-*.pyc, checked against the
    source's size and time) whether or not it may write one, so the workers now load what this thread wrote; a
    module it has not reached yet is rewritten by the worker as before. The same code pytest would make (its own
    functions, the same configuration); only a cache – no test changes, and `-n 0` is untouched."""
    if hasattr(config, "workerinput") or not getattr(config.option, "numprocesses", None):
        return
    if getattr(config.option, "assertmode", "rewrite") != "rewrite":
        return
    import threading

    thread = threading.Thread(target=_rewrite_ahead, args=(config,), name="rewrite-ahead", daemon=True)
    thread.start()
    config._rewrite_ahead = thread


def _rewrite_ahead(config) -> None:
    try:
        from _pytest.assertion import rewrite
        from _pytest.assertion.rewrite import _read_pyc, _rewrite_test, _write_pyc, get_cache_dir
        from _pytest.pathlib import fnmatch_ex

        state = config.stash[rewrite.assertstate_key]
        patterns = config.getini("python_files")
        here = __import__("pathlib").Path(__file__).resolve().parent
        files = [here / "conftest.py"] + sorted(
            p for p in here.glob("*.py") if p.name != "conftest.py" and any(fnmatch_ex(pat, p) for pat in patterns))
        for fn in files:
            pyc = get_cache_dir(fn) / (fn.name[:-3] + rewrite.PYC_TAIL)
            if _read_pyc(fn, pyc) is not None:
                continue
            if not rewrite.try_makedirs(pyc.parent):
                return
            source_stat, co = _rewrite_test(fn, config)
            _write_pyc(state, co, source_stat, pyc)
    except Exception:  # only a cache: whatever fails here, the workers rewrite the module themselves as before
        return


os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")
# crash reports written by tests (a checker made to fail) go to a folder of the test run, not the user's log folder
os.environ.setdefault("DELMAAL_LOG_DIR", os.path.join(__import__("tempfile").mkdtemp(prefix="delmaal-test-logs-")))
# cursor blink: the app turns it off itself when headless (tui.screens.calm_cursors)

from delmaal_assistant.checker.findings import Finding  # noqa: E402

#: substring -> (code, severity, message, question)
FAKE_RULES: list[tuple[str, str, str]] = [
    ("ikke", "avoidance", "warning"),
    ("bliver bedre til", "vague-verb", "warning"),
    ("personalet", "staff-perspective", "warning"),
    ("mere", "vague-quantifier", "warning"),
    ("selvhjulpen", "purpose-like", "warning"),
]
_PHONE = re.compile(r"\b\d{8}\b|\b\d{6}-\d{4}\b")
_TIMEFRAME = re.compile(r"\binden\b|\bfrem til\b|\buger\b|\d{4}")


class FakeChecker:
    """Canned findings for certain substrings, so tests don't depend on the real checker."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def check(self, text: str) -> list[Finding]:
        self.calls.append(text)
        out: list[Finding] = []
        low = text.lower()
        for needle, code, sev in FAKE_RULES:
            i = low.find(needle)
            if i >= 0:
                out.append(Finding(code, sev, i, i + len(needle), text[i:i + len(needle)], f"test: {code}"))
        for m in _PHONE.finditer(text):
            out.append(Finding("personal-data", "error", m.start(), m.end(), m.group(), "test: personal-data"))
        if text.strip() and not _TIMEFRAME.search(low):
            out.append(Finding("missing-timeframe", "warning", 0, 0, "", "test: missing-timeframe"))
        return sorted(out, key=lambda f: f.start)

    def check_delmaal(self, d) -> list[Finding]:
        """Canned text findings, but the real field policy (registry) and the real whole-delmål rules."""
        from delmaal_assistant.checker.whole import apply_registry, whole_config, whole_findings
        from delmaal_assistant.core.model.fields import registry, text_fields

        reg = registry()
        out = []
        for path, _title, text in text_fields(d):
            for f in self.check(text):
                if f.code in reg.codes_for(path):
                    if path == "wording" and f.code == "missing-timeframe" and d.end_date is not None:
                        continue
                    out.append(Finding(f.code, f.severity, f.start, f.end, f.excerpt, f.message, field=path))
        out.extend(whole_findings(whole_config("da"), d))
        return apply_registry(reg, out)


@pytest.fixture
def fake_checker() -> FakeChecker:
    return FakeChecker()


@pytest.fixture
def data_dir(tmp_path):
    d = tmp_path / "data"
    d.mkdir()
    return d


_SECONDS = __import__("json").loads(
    (__import__("pathlib").Path(__file__).with_name("module_seconds.json")).read_text(encoding="utf-8"))
_LONGEST, _TOTAL = _SECONDS["longest"], _SECONDS["total"]


def _worksteal_shares(count: int, workers: int) -> list[int]:
    """How many tests xdist's `worksteal` hands each worker at the start: the collection in order, cut into
    contiguous runs – the first worker `count // workers`, each next one an even share of what is left
    (xdist/scheduler/worksteal.py, `check_schedule`)."""
    shares, left = [], count
    for k in range(workers):
        shares.append(left // (workers - k))
        left -= shares[-1]
    return shares


def _balanced(items: list, workers: int) -> list:
    """The items laid out so that each worker's first run (`_worksteal_shares`) holds about as many seconds as the
    others, its longest tests first: modules, heaviest first, go to the worker with the fewest seconds so far that
    has room for the whole module (a module that fits nowhere whole is split over the emptiest ones)."""
    modules: dict[str, list] = {}
    for item in items:
        modules.setdefault(item.path.name, []).append(item)
    shares = _worksteal_shares(len(items), workers)
    bins: list[list] = [[] for _ in range(workers)]
    load = [0.0] * workers

    def seconds(name: str, n: int) -> float:
        return _TOTAL.get(name, 0.02 * n)  # a module not measured yet: about what a short in-process test takes

    for name in sorted(modules, key=lambda m: -seconds(m, len(modules[m]))):
        tests = modules[name]
        per_test = seconds(name, len(tests)) / len(tests)
        while tests:
            room = [k for k in range(workers) if shares[k] - len(bins[k]) >= len(tests)] or \
                   [k for k in range(workers) if shares[k] > len(bins[k])]
            k = min(room, key=lambda k: load[k])
            part, tests = tests[:shares[k] - len(bins[k])], tests[shares[k] - len(bins[k]):]
            bins[k].extend(part)
            load[k] += per_test * len(part)
    order = []
    for b in bins:  # in each worker's run: the modules with the longest tests first, each in its own order
        first = {}
        for i, item in enumerate(b):
            first.setdefault(item.path.name, i)
        order += sorted(b, key=lambda item: (-_LONGEST.get(item.path.name, 0.0), first[item.path.name]))
    return order


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(session, config, items):
    """Modules whose longest test is longest run first (issue 28). With two workers and work stealing, a 70 s
    browser walk that starts last keeps one core busy after the other has finished; started first, the short
    tests fill the other core around it. Whole modules move, in their own order, so module fixtures are still
    built once per worker; the order is the same on every worker (xdist requires it).

    Under `--dist worksteal` (./test) with several workers, the long modules are also spread over the workers:
    worksteal gives each worker a contiguous run of the collection at the start and a worker that runs dry
    steals the back half of the longest queue – so with the long modules all at the front, the first worker got
    every one of them (84 tests, a browser walk after another) while the others ran the short tests and stole
    them from its back (issue 28, i38S's profile). Now each worker's run starts with its share of the long
    modules (`_balanced`, by the seconds each module took in a measured run) and ends with short tests for the
    others to steal."""
    first = {}
    for i, item in enumerate(items):
        first.setdefault(item.path.name, i)
    items.sort(key=lambda item: (-_LONGEST.get(item.path.name, 0.0), first[item.path.name]))
    workers = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "0"))
    if workers > 1 and getattr(config.option, "dist", "no") == "worksteal" and len(items) > workers:
        items[:] = _balanced(items, workers)


@pytest.fixture(params=[True, False], ids=["analyser", "no_analyser"])
def analyser(request, monkeypatch):
    """Each test twice: with the optional Danish analyser as this machine has it, and without it (no program, no
    cached readings – as on Windows), for "Dit delmål"'s rules that must hold both ways. Where the analyser is not
    installed (./test installs it when it may: scripts/ensure-analyser.sh) the first variant is skipped with the
    reason, never run as a second copy of the second."""
    if request.param:
        from delmaal_assistant.core.outputs import morph

        if not morph.available():
            pytest.skip("the Danish analyser (apertium-dan-nor: lt-proc) is not installed")
    else:
        from delmaal_assistant.core.outputs import morph

        monkeypatch.setattr(morph, "_program", lambda: None)
        monkeypatch.setattr(morph, "_cache", {})
    return request.param


# ------------------------------------------------------------------------------------------ one Chromium a worker

#: the event loop of this worker's Playwright (`chromium_session`); None until a browser test starts it
_PLAYWRIGHT_LOOP = None


@pytest.fixture(scope="session")
def chromium_session():
    """One headless Chromium (Playwright, Debian's browser) for every browser test a worker runs – through
    `chromium_pw` (tests/test_web_playwright.py), which each such test asks for. Starting Playwright's driver and
    a browser costs about 1.7 s of CPU; it was done once per module (issue 28). Each test still gets its own
    server, data folder, contexts and pages (`browser_on_server` closes them and checks none is left open)."""
    global _PLAYWRIGHT_LOOP
    import asyncio

    from browser import FLAGS
    from test_web_playwright import _chromium

    exe = _chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        _PLAYWRIGHT_LOOP = asyncio.events._get_running_loop()
        browser = p.chromium.launch(executable_path=exe, headless=True, args=[a for a in FLAGS if a != "--headless"])
        try:
            yield browser
        finally:
            # the worker's last test may be one that hid Playwright's loop (below): show it again to close
            asyncio.events._set_running_loop(_PLAYWRIGHT_LOOP)
            browser.close()
    _PLAYWRIGHT_LOOP = None


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    """Between its calls Playwright's sync API leaves its event loop marked as running on the worker's thread
    (playwright/_impl/_greenlets.py, `wait_for_future`), and an asyncio test (pytest-asyncio, `asyncio.run`)
    refuses to start a loop beside it. For a test that does not use the browser the mark is taken away and put
    back afterwards; Playwright is not called in between."""
    import asyncio

    hidden = None
    if _PLAYWRIGHT_LOOP is not None and "chromium_pw" not in getattr(item, "fixturenames", ()):
        if asyncio.events._get_running_loop() is _PLAYWRIGHT_LOOP:
            asyncio.events._set_running_loop(None)
            hidden = _PLAYWRIGHT_LOOP
    yield
    if hidden is not None and not hidden.is_closed() and asyncio.events._get_running_loop() is None:
        asyncio.events._set_running_loop(hidden)
