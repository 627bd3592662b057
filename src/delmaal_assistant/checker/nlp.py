"""Danish tokens with lemmas, on spaCy's blank Danish tokenizer.

spaCy's trained Danish pipelines are not installable here, so we use `spacy.blank("da")` for tokens and
the Danish lemma table from `spacy-lookups-data`. Loading that table through spaCy takes ~1.5 s, which
would blow the start-up budget of `delmaal check`, so the table is copied once into a small SQLite file in
the user's cache folder (built from the installed package: nothing is downloaded) and looked up per word.

The table has known errors (spiser→spis, holdt→holdt) and is case-sensitive, so every token carries a set of
candidate lemmas (the lower-cased form, the table's lemma of the form and of the lower-cased form, and the
irregular verb map from the lexicons); rules match on forms as well as lemmas.
"""

from __future__ import annotations

import gzip
import json
import os
import sqlite3
import sys
import threading
import types
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import platformdirs

SENT_END = {".", "!", "?", "…"}
NUMBER_WORDS = {
    "en", "et", "én", "ét", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti", "elleve", "tolv",
    "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten", "tyve", "tredive", "fyrre",
    "halvtreds", "tres", "halvfjerds", "firs", "halvfems", "hundrede", "halvanden", "halvandet", "begge",
}


@dataclass(slots=True)
class Tok:
    i: int
    text: str
    lower: str
    start: int
    end: int
    lemmas: frozenset[str]
    is_punct: bool
    is_digit: bool  # starts with a digit ("12", "12.", "1/3-2027")
    # (lower, lemmas): what the pattern indexes' memos are keyed on, made once per distinct token of a run of text
    # (`Analyzer._chunk`) and shared by every token of that form, not built again at each look-up
    key: tuple
    sent: int = 0
    side: bool = False  # inside a side clause (condition, relative clause, …)
    clause: int = 0


@dataclass(slots=True)
class Analysis:
    text: str
    toks: list[Tok]
    n_sents: int = 1
    sent_bounds: list[tuple[int, int]] = field(default_factory=list)  # token index ranges per sentence
    # what has been found in this text so far (pattern hits, a detector's findings, a field element's spans), so
    # one analysis shared by the checks of one delmål is matched once (checker.engine.OneDelmaal)
    memo: dict = field(default_factory=dict)


_SPACE = ("", frozenset(), True, False)  # the facts of a whitespace token (spaCy's, for runs of spaces): left out


def _import_spacy():
    """Import spaCy without its command-line package (weasel, typer, requests: ~0.2-0.35 s).

    `spacy/__init__` imports `spacy.cli.info` only to re-export `spacy.info`. While spaCy is imported we put
    a stand-in for those two modules in `sys.modules`, then take it out again, so a later `import spacy.cli`
    (by anyone) loads the real package and `spacy.info` still works (it imports the real one on call).
    """
    if "spacy" in sys.modules:
        return sys.modules["spacy"]

    def info(*args, **kwargs):
        from spacy.cli.info import info as real_info

        return real_info(*args, **kwargs)

    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []  # a package, so `spacy.cli.info` resolves
    cli_info = types.ModuleType("spacy.cli.info")
    cli_info.info = info
    cli.info = cli_info
    stubs = {"spacy.cli": cli, "spacy.cli.info": cli_info}
    missing = [n for n in stubs if n not in sys.modules]
    for name in missing:
        sys.modules[name] = stubs[name]
    try:
        import spacy
    finally:
        for name in missing:
            if sys.modules.get(name) is stubs[name]:
                del sys.modules[name]
        if getattr(sys.modules.get("spacy"), "cli", None) is cli:
            del sys.modules["spacy"].cli
    return spacy


def _lookups_table_path() -> Path:
    import spacy_lookups_data

    return Path(spacy_lookups_data.__file__).parent / "data" / "da_lemma_lookup.json.gz"


def _cache_path(src: Path) -> Path:
    st = src.stat()
    tag = f"{st.st_size}-{int(st.st_mtime)}"
    base = os.environ.get("DELMAAL_CACHE_DIR") or platformdirs.user_cache_dir("delmaal-assistant", appauthor=False)
    return Path(base) / f"da_lemma_lookup-{tag}.sqlite3"


#: bumped when the cache layout changes; an older cache fails verification and is rebuilt
CACHE_FORMAT = 2


def _build_cache(src: Path, dst: Path) -> None:
    """Build the SQLite copy of the lemma table at `dst`, atomically (temp file + rename), owner-only, in a
    cache folder that is created 0700 whatever the umask."""
    from delmaal_assistant.core.files.storage import ensure_private_dir  # start-up: once per machine, not per run

    with gzip.open(src, "rt", encoding="utf-8") as fh:
        table = json.load(fh)
    ensure_private_dir(dst.parent)
    tmp = dst.with_name(f".{dst.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        if tmp.exists():
            tmp.unlink()
        con = sqlite3.connect(tmp)
        try:
            os.chmod(tmp, 0o600)
            con.execute("CREATE TABLE lemma (form TEXT PRIMARY KEY, lemma TEXT NOT NULL) WITHOUT ROWID")
            con.executemany("INSERT OR REPLACE INTO lemma VALUES (?, ?)", table.items())
            con.execute("CREATE TABLE meta (format INTEGER NOT NULL, rows INTEGER NOT NULL)")
            con.execute("INSERT INTO meta VALUES (?, ?)", (CACHE_FORMAT, len(table)))
            con.commit()
        finally:
            con.close()
        os.replace(tmp, dst)
    finally:
        if tmp.exists():
            tmp.unlink()


def _open_verified(path: Path) -> sqlite3.Connection:
    """Open the cache read-only and check it is a whole one of our format; sqlite3.Error if not (an empty or
    truncated file, another program's file, an older format)."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    try:
        meta = con.execute("SELECT format, rows FROM meta").fetchone()
        if meta is None or meta[0] != CACHE_FORMAT or not meta[1]:
            raise sqlite3.DatabaseError("lemma cache of another format")
        if con.execute("SELECT 1 FROM lemma LIMIT 1").fetchone() is None:
            raise sqlite3.DatabaseError("empty lemma cache")
    except BaseException:
        con.close()
        raise
    return con


class LemmaTable:
    """Word form → lemma, from spacy-lookups-data's Danish table via a SQLite cache (thread-safe).

    A cache that cannot be opened or fails verification (an empty file, a damaged or foreign one) is rebuilt
    atomically and the check goes on; if the cache folder is not writable, the table is read into memory.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._con: sqlite3.Connection | None = None
        self._mem: dict[str, str] | None = None
        self.rebuilt = False  # True when a broken cache was found and rebuilt
        src = _lookups_table_path()
        try:
            path = _cache_path(src)
            if not path.exists():
                _build_cache(src, path)
            try:
                self._con = _open_verified(path)
            except sqlite3.Error:
                _build_cache(src, path)
                self._con = _open_verified(path)
                self.rebuilt = True
        except Exception:  # noqa: BLE001 - no usable cache (read-only folder, …): the table in memory
            with gzip.open(src, "rt", encoding="utf-8") as fh:
                self._mem = json.load(fh)

    @lru_cache(maxsize=65536)  # noqa: B019 - one table per process
    def get(self, form: str) -> str | None:
        if self._mem is not None:
            return self._mem.get(form)
        with self._lock:
            row = self._con.execute("SELECT lemma FROM lemma WHERE form = ?", (form,)).fetchone()
        return row[0] if row else None


class Analyzer:
    """Tokenizes Danish text and attaches candidate lemmas; loads spaCy once per process."""

    def __init__(self, irregular: dict[str, str] | None = None, abbreviations: set[str] | None = None) -> None:
        self._nlp = _import_spacy().blank("da")
        from spacy.attrs import IDX, LENGTH  # spaCy is imported by now

        self._offsets_and_lengths = [IDX, LENGTH]
        self._table = LemmaTable()
        self._irregular = irregular or {}
        self._abbreviations = abbreviations or frozenset()  # from lexicons/<lang>/common.toml
        self._facts_memo: dict[str, tuple[str, frozenset[str], bool, bool]] = {}
        # a run of text between whitespace ("går", "kl.", "(fx", "12.30-13") → its tokens, each as (start, end in
        # the run, text, lower, lemmas, is_punct, is_digit, (lower, lemmas)): see `tokenize`
        self._chunk_memo: dict[str, tuple[tuple, ...]] = {}

    def lemmas(self, text: str, lower: str) -> frozenset[str]:
        out = {lower}
        for form in (lower, text):
            lem = self._table.get(form)
            # The table maps some short words to longer, unrelated lemmas ("frem" → "fremme"); an inflected
            # form is never more than one letter shorter than its lemma, except the irregulars mapped below.
            if lem and len(lower) >= len(lem) - 1:
                out.add(lem.lower())
        irr = self._irregular.get(lower)
        if irr:
            out.add(irr)
        return frozenset(out)

    def known_form(self, form: str) -> bool:
        """True when the lemma table knows `form` (as a word form of any lemma)."""
        return self._table.get(form) is not None

    def lemma(self, form: str) -> str | None:
        """The lemma table's lemma of `form` (case-sensitive), or None when the table does not know it."""
        return self._table.get(form)

    def _facts(self, raw: str) -> tuple[str, frozenset[str], bool, bool]:
        """(lower, lemmas, is_punct, is_digit) for a token text; memoised, since words repeat a lot."""
        hit = self._facts_memo.get(raw)
        if hit is None:
            lower = raw.lower()
            hit = _SPACE if raw.isspace() else (lower, self.lemmas(raw, lower), not any(c.isalnum() for c in raw),
                                                raw[:1].isdigit())
            if len(self._facts_memo) > 200_000:  # bounded: 1 MB of unusual words must not grow memory forever
                self._facts_memo.clear()
            self._facts_memo[raw] = hit
        return hit

    @property
    def max_length(self) -> int:
        """The longest text spaCy tokenizes in one go (`nlp.max_length`); longer texts go in pieces."""
        return self._nlp.max_length

    @max_length.setter
    def max_length(self, value: int) -> None:
        self._nlp.max_length = value

    def tokenize(self, text: str) -> list[Tok]:
        """The text's tokens with their offsets in `text`. A text longer than spaCy's max_length (1,000,000
        characters) is tokenized in pieces cut at a sentence end, a line end or a space – never inside a word –
        so every caller (the wording check, the whole-delmål check, the field judges) gets one analysis of the
        whole text: one set of sentences, findings at their place, a missing timeframe reported once.

        spaCy's tokenizer splits the text at whitespace first and tokenizes each run between whitespace on its
        own (its cache is keyed on the run; the special cases that could span runs are whitespace alone or never
        apply across a space – `test_fast_path.test_tokens_are_spacys_on_every_text` holds it to spaCy's tokens). The runs repeat
        heavily (the same words, "kl.", "(fx"), so each distinct run is tokenized by spaCy once per process and
        its tokens with their facts are kept: a text costs one `str.split`, one look-up per run and one `Tok`
        per token, no spaCy `Doc`. Whitespace tokens are left out either way."""
        if len(text) > self._nlp.max_length:
            return self._tokenize_spacy(text)
        toks: list[Tok] = []
        add = toks.append
        known = self._chunk_memo.get
        find = text.find
        pos = n = 0
        for chunk in text.split():  # str.split and spaCy split at the same characters (str.isspace)
            pos = find(chunk, pos)
            for a, b, raw, lower, lemmas, punct, digit, key in known(chunk) or self._chunk(chunk):
                add(Tok(n, raw, lower, pos + a, pos + b, lemmas, punct, digit, key))
                n += 1
            pos += len(chunk)
        return toks

    def _chunk(self, chunk: str) -> tuple[tuple, ...]:
        """The tokens of one run of text without whitespace, by spaCy, with their facts; memoised (bounded)."""
        facts = self._facts
        out = []
        for idx, length in self._nlp.make_doc(chunk).to_array(self._offsets_and_lengths).tolist():
            raw = chunk[idx:idx + length]
            f = facts(raw)
            if f is _SPACE:  # (no whitespace in a run; kept for symmetry with _tokenize_spacy)
                continue
            out.append((idx, idx + length, raw, f[0], f[1], f[2], f[3], (f[0], f[1])))
        hit = tuple(out)
        if len(self._chunk_memo) > 200_000:  # bounded, like the facts memo
            self._chunk_memo.clear()
        self._chunk_memo[chunk] = hit
        return hit

    def _tokenize_spacy(self, text: str) -> list[Tok]:
        """`tokenize` with spaCy's `Doc` of the whole text (in pieces when it is longer than max_length)."""
        toks: list[Tok] = []
        facts = self._facts
        known = self._facts_memo.get
        add = toks.append
        cols = self._offsets_and_lengths
        for offset, piece in _pieces(text, self._nlp.max_length):
            # the tokens' offsets and lengths as one array (no spaCy Token object per token: a third of the time)
            for idx, length in self._nlp.make_doc(piece).to_array(cols).tolist():
                raw = piece[idx:idx + length]
                f = known(raw) or facts(raw)  # (a word seen before: one look-up, no call)
                if f is _SPACE:
                    continue
                start = idx + offset
                add(Tok(len(toks), raw, f[0], start, start + length, f[1], f[2], f[3], (f[0], f[1])))
        return toks

    def analyze(self, text: str) -> Analysis:
        toks = self.tokenize(text)
        bounds = split_sentences(text, toks, self._abbreviations)
        for sid, (a, b) in enumerate(bounds):
            if sid:  # (a Tok's sentence is 0 until set: the first sentence's tokens need nothing)
                for t in toks[a:b]:
                    t.sent = sid
        return Analysis(text=text, toks=toks, n_sents=max(1, len(bounds)), sent_bounds=bounds)


def _pieces(text: str, limit: int):
    """(offset, piece) of `text` in pieces of at most `limit` characters, cut after ". ", a line end or a space."""
    if len(text) <= limit:
        yield 0, text
        return
    pos = 0
    while pos < len(text):
        end = min(len(text), pos + limit)
        if end < len(text):
            cut = max(text.rfind(". ", pos, end - 1), text.rfind("\n", pos, end))
            if cut <= pos:
                cut = max(text.rfind(" ", pos, end), text.rfind("\t", pos, end))
            end = cut + 1 if cut > pos else end
        yield pos, text[pos:end]
        pos = end


def split_sentences(text: str, toks: list[Tok], abbreviations: set[str] | None = None) -> list[tuple[int, int]]:
    """Sentence boundaries: . ! ? (alone or glued to a number: "uge 12.") followed by a capital or the end,
    and line breaks. "1. marts" is not a sentence end."""
    bounds: list[tuple[int, int]] = []
    start = 0
    n = len(toks)
    lines = "\n" in text  # most texts are one line: no look between the tokens
    for k, t in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < n else None
        end_here = False
        if lines and nxt is not None and text.find("\n", t.end, nxt.start) >= 0:
            end_here = True
        # (each case ends in . ! ? or …: one test of the last letter first)
        elif t.text[-1:] in SENT_END and (t.text in SENT_END or t.is_digit or t.text.endswith((".", "!", "?"))):
            if nxt is None:
                end_here = True
            elif nxt.text[:1].isupper() or nxt.text[:1] in "\"'»«(" or nxt.is_digit and t.text in SENT_END:
                # an abbreviation like "kl." or "fx." before a capital is rare in delmål; accept the split
                end_here = t.lower not in (abbreviations or ())
        if end_here:
            bounds.append((start, k + 1))
            start = k + 1
    if start < len(toks):
        bounds.append((start, len(toks)))
    return bounds
