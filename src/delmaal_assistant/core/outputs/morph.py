"""Optional Danish morphology for "Dit delmål": Apertium's Danish analyser (Debian/Ubuntu package
`apertium-dan-nor`, program `lt-proc`) tells a word's part of speech, a noun's gender and number and a first
name's gender ("behandler" is one noun, "Overførsler" is a plural noun, "Peter" is a man's name).

It is used only to be MORE certain: when the analyser is missing (Windows, a Linux without the package) or does
not know a word, `readings` is empty and the rules in `duform/` fall back to their word lists and leave a
sentence out rather than guess. Set DELMAAL_NO_MORPH=1 to run without it. No UI here.
"""

from __future__ import annotations

from collections.abc import Callable

import atexit
import os
import re
import selectors
import shutil
import subprocess
import threading
from functools import lru_cache
from pathlib import Path

_DIRS = ("/usr/share/apertium/apertium-dan-nor", "/usr/local/share/apertium/apertium-dan-nor")
_FILE = "dan-nob.automorf.bin"   # the Danish analyser of the pair (the same for dan-nno)
_cache: dict[str, frozenset[str]] = {}


@lru_cache(maxsize=1)
def _program() -> tuple[str, str] | None:
    if os.environ.get("DELMAAL_NO_MORPH"):
        return None
    exe = shutil.which("lt-proc")
    if not exe:
        return None
    for d in (os.environ.get("DELMAAL_APERTIUM_DIR", ""), *_DIRS):
        if d and (Path(d) / _FILE).is_file():
            return exe, str(Path(d) / _FILE)
    return None


def available() -> bool:
    return _program() is not None


class _Analyser:
    """One `lt-proc -z` process per Python process, asked again and again (each start loads the automaton,
    ~0.05 s of CPU: most of an easy-read text's time when started per word; issue 28). In -z mode the analyser
    answers each NUL-terminated request with its analysis and a NUL, and flushes. A process that fails, hangs
    (10 s) or belongs to the parent of a forked worker is dropped; the caller then starts a one-off process."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.proc: subprocess.Popen | None = None
        self.pid = 0

    def close(self) -> None:
        p, self.proc = self.proc, None
        if p is not None and self.pid == os.getpid():
            try:
                p.kill()
                p.wait(timeout=2)
            except (OSError, subprocess.SubprocessError):
                pass

    def ask(self, prog: tuple[str, str], text: str) -> str | None:
        with self.lock:
            try:
                if self.proc is None or self.pid != os.getpid() or self.proc.poll() is not None:
                    self.proc = None  # a forked child never uses its parent's pipes
                    self.proc = subprocess.Popen([prog[0], "-z", prog[1]], stdin=subprocess.PIPE,
                                                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
                    self.pid = os.getpid()
                p = self.proc
                assert p.stdin is not None and p.stdout is not None
                p.stdin.write(text.replace("\0", "").encode("utf-8") + b"\0")
                p.stdin.flush()
                buf = bytearray()
                with selectors.DefaultSelector() as sel:
                    sel.register(p.stdout, selectors.EVENT_READ)
                    while not buf.endswith(b"\0"):
                        if not sel.select(timeout=10):
                            raise TimeoutError
                        chunk = p.stdout.read1(65536)
                        if not chunk:
                            raise EOFError
                        buf += chunk
                return buf[:-1].decode("utf-8", "replace")
            except (OSError, ValueError, subprocess.SubprocessError, TimeoutError, EOFError, AssertionError):
                self.close()
                return None


_analyser = _Analyser()
atexit.register(_analyser.close)


def _ask(prog: tuple[str, str], text: str) -> str:
    """The analyser's output for `text` (one word a line): the long-lived process, else a one-off one."""
    out = _analyser.ask(prog, text) if os.name == "posix" else None  # select() on pipes: POSIX only
    if out is not None:
        return out
    try:
        return subprocess.run([prog[0], prog[1]], input=text, capture_output=True, text=True,
                              encoding="utf-8", timeout=10, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return ""


_UNIT = re.compile(r"\^([^/$]*)((?:/[^/$]*)*)\$")


def prime(words) -> None:
    """Analyse many words in one call of the analyser (cached); does nothing when it is missing."""
    prog = _program()
    todo = sorted({w for w in words if w and w not in _cache and re.fullmatch(r"[\wæøåÆØÅéü'-]+", w)})
    if not todo:
        return
    if prog is None:
        for w in todo:
            _cache[w] = frozenset()
        return
    out = _ask(prog, "\n".join(todo) + "\n")
    found: dict[str, frozenset[str]] = {}
    for m in _UNIT.finditer(out):
        tags = frozenset(".".join(re.findall(r"<([^>]+)>", r)) for r in m.group(2).split("/")[1:]
                         if not r.startswith("*") and "compound-only-L" not in r and "<cmp>" not in r)
        found[m.group(1)] = tags
    for w in todo:
        _cache[w] = found.get(w, frozenset())


def readings(word: str) -> frozenset[str]:
    """The word's readings as dotted tags ("n.ut.sg.ind", "vblex.pres.actv", "np.ant.f"); empty when unknown or
    when the analyser is missing."""
    if word not in _cache:
        prime([word])
    return _cache.get(word, frozenset())


def compound_readings(word: str) -> frozenset[str]:
    """The readings of a word, or when the analyser does not know it, of its longest known last part (a Danish
    compound takes the gender and number of its last part: "gangskema" like "skema", "talepædagog" like
    "pædagog"). Empty when neither is known."""
    low = word.lower()
    # the word and every last part it may be asked for, in one call of the analyser (each call loads its
    # automaton: one call per part cost ~0.05 s of CPU each, most of an easy-read text's time; issue 28)
    prime([low, *(low[i:] for i in range(2, len(low) - 2))])
    rs = readings(low)
    if rs:
        return rs
    for i in range(2, len(low) - 2):
        rs = frozenset(x for x in readings(low[i:]) if x.startswith("n."))
        if rs:
            return rs
    return frozenset()


def noun_agreement(noun: str) -> str | None:
    """"din", "dit" or "dine" for a noun when every noun reading agrees; None when unknown or not certain."""
    forms = set()
    for r in readings(noun) | readings(noun.lower()) or compound_readings(noun):
        tags = r.split(".")
        if tags[0] != "n":
            continue
        if "pl" in tags:
            forms.add("dine")
        elif "nt" in tags:
            forms.add("dit")
        elif "ut" in tags:
            forms.add("din")
    return forms.pop() if len(forms) == 1 else None


def is_noun_only(word: str) -> bool | None:
    """True when the analyser knows the word only as a noun (or name), False when it can be a finite verb, None
    when it does not know it."""
    rs = readings(word) | readings(word.lower())
    if not rs:
        return None
    verb = any(r.startswith(("vblex.pres", "vbmod.pres", "vbhaver.pres", "vbser.pres")) for r in rs)
    return not verb and any(r.startswith(("n.", "np.")) for r in rs)


def name_gender(word: str) -> str | None:
    """"han"/"hun" for a first name the analyser knows as only a man's or only a woman's name, "" for a name of
    unknown gender, None when the word is not known as a name. A double name joined by a hyphen whose parts are
    each a first name («Karl-Johan», «Marie-Louise», also written «Marie-louise») is a name: the parts' gender when they
    agree, else ""."""
    if "-" in word.strip("-") and word[:1].isupper():
        parts = [name_gender(p[:1].upper() + p[1:]) for p in word.split("-")]
        if all(x is not None for x in parts):
            return parts[0] if len(set(parts)) == 1 else ""
        return None
    gs = {("han" if ".m" in r + "." and ".m." in r + "." else "hun" if ".f." in r + "." else "")
          for r in readings(word) if r.startswith("np.ant")}
    if not gs:
        return listed_name_gender(word)
    return gs.pop() if len(gs) == 1 else ""


#: the du-form rules' [names] list (duform.toml), given by duform/rules.py when it loads (it imports this module,
#: so this module cannot import it): a first name → "han"/"hun"
_listed_names: Callable[[str], str | None] | None = None


def use_name_list(lookup: Callable[[str], str | None]) -> None:
    global _listed_names
    _listed_names = lookup


def listed_name_gender(word: str) -> str | None:
    """"han"/"hun" for a capitalised first name in the du-form rules' [names] list (duform.toml), None otherwise:
    what is known of a name when the analyser is missing (Windows) or does not know it."""
    if not word[:1].isupper() or not word[1:].islower() or _listed_names is None:
        return None
    return _listed_names(word)
