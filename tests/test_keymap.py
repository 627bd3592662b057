"""One keymap as data (issue 26, point 1): `prompts/da/keys.toml` holds every action once; every binding is made
from it, every text names keys through it, and it refuses a browser key the browser keeps for itself."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
from pathlib import Path

import pytest
from textual.binding import Binding

import delmaal_assistant
from delmaal_assistant.core.keymap import BROWSER_KEEPS, KeymapError, KeymapFile, keymap
from delmaal_assistant.core.datafile import validate_data


def our_bindings():
    """(class, binding) for every binding the assistant declares."""
    import delmaal_assistant.tui as tui
    import delmaal_assistant.tui.screens as screens

    names = [f"delmaal_assistant.tui.{i.name}" for i in pkgutil.iter_modules(tui.__path__)]
    names += [f"delmaal_assistant.tui.screens.{i.name}" for i in pkgutil.iter_modules(screens.__path__)]
    seen = set()
    for name in names:
        module = importlib.import_module(name)
        for _n, cls in inspect.getmembers(module, inspect.isclass):
            if not cls.__module__.startswith("delmaal_assistant.") or cls in seen:
                continue
            seen.add(cls)
            for b in cls.__dict__.get("BINDINGS", []):
                if isinstance(b, Binding):
                    yield cls, b


def test_every_binding_with_an_id_is_made_from_the_keymap_and_every_entry_is_bound():
    km = keymap()
    bound = set()
    for cls, b in our_bindings():
        if b.id is None:
            continue  # a widget's own keys (Space ticks a box), not an action of the assistant
        entry = km.entry(b.id)
        assert (b.key, b.description) == (entry.terminal, entry.label), (cls.__name__, b.id)
        bound.add(b.id)
    assert bound == set(km.entries), set(km.entries) ^ bound


def test_no_browser_key_is_one_the_browser_keeps_and_none_clashes_on_a_screen():
    km = keymap()
    for cls, _b in our_bindings():
        ids = [b.id for b in cls.__dict__.get("BINDINGS", []) if isinstance(b, Binding) and b.id]
        keys = [km.key(i, browser=True) for i in ids]
        for i, k in zip(ids, keys):
            assert k not in BROWSER_KEEPS, (cls.__name__, i, k)
        # one key, one action on a screen (help-close-f1 and a screen's help never share a screen)
        dup = {k for k in keys if keys.count(k) > 1}
        assert not dup, (cls.__name__, dup)


@pytest.mark.parametrize("entry, problem", [
    ({"id": "x", "terminal": "ctrl+n", "label": "Nyt"}, "når aldrig frem i en browser"),  # must flag: no Alt key
    ({"id": "x", "terminal": "f1", "browser": "f3", "label": "Hjælp"}, "når aldrig frem i en browser"),
    ({"id": "x", "terminal": "ctrl+sx", "label": "Send"}, "er ikke en tast"),
    ({"id": "x", "terminal": "f1", "browser": "alt+h", "lable": "Hjælp"}, "ukendt nøgle"),
])
def test_the_keymap_refuses_keys_a_browser_keeps_and_misspelt_ones_in_danish(entry, problem):
    with pytest.raises(KeymapError) as exc:
        validate_data({"lang": "da", "key": [entry]}, KeymapFile, "keys.toml", KeymapError)
    assert problem in str(exc.value)


def test_the_keymap_passes_a_good_entry_and_refuses_an_action_twice():
    good = {"id": "x", "terminal": "f1", "browser": "alt+h", "label": "Hjælp"}
    assert validate_data({"lang": "da", "key": [good]}, KeymapFile, "keys.toml", KeymapError)  # must pass
    with pytest.raises(KeymapError, match="to gange"):
        validate_data({"lang": "da", "key": [good, good]}, KeymapFile, "keys.toml", KeymapError)


KEY_NAME = re.compile(r"\b(?:Ctrl|Alt)\+[A-Za-z0-9]+|\bF[0-9]{1,2}\b|\bEsc\b|PgUp|PgDn")
#: key names a text may write out: not the assistant's actions (the system's paste, the console's Ctrl+C that
#: stops `delmaal web`, end of input for `delmaal check`) or the help's own scrolling
ALLOWED = {
    ("cli/check/command.py", "Ctrl+D"), ("cli/check/command.py", "Ctrl+Z"),
    ("cli/web/page.py", "Ctrl+C"), ("cli/web/server.py", "Ctrl+C"), ("tui/screens/review.py", "Ctrl+V"), ("tui/modals.py", "PgUp"), ("tui/modals.py", "PgDn"),
    ("core/keymap.py", "Esc"), ("core/keymap.py", "PgUp"), ("core/keymap.py", "PgDn"),
}


def test_no_text_writes_out_a_key_of_the_assistant_it_names_it_through_the_keymap():
    """Every string in the program that the user may read (docstrings aside) names the assistant's keys as
    {binding-id} or through key_label: so a text can never name a key that does something else where it runs."""
    root = Path(delmaal_assistant.__file__).parent
    found = []
    for f in sorted(root.rglob("*.py")):
        rel = f.relative_to(root).as_posix()
        tree = ast.parse(f.read_text(encoding="utf-8"))
        docs = set()
        for node in ast.walk(tree):
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
                first = node.body[0]
                if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                    docs.add(id(first.value))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs:
                for name in KEY_NAME.findall(node.value):
                    if (rel, name) not in ALLOWED:
                        found.append((rel, node.lineno, name))
    assert not found


#: the same, for the program's own texts in prompts/da/messages/ (by the text's key)
ALLOWED_TEXTS = {
    ("cli.check.", "Ctrl+D"), ("cli.check.", "Ctrl+Z"), ("cli.web.", "Ctrl+C"), ("tui.screens.review.", "Ctrl+V"),
    ("tui.modals.", "PgUp"), ("tui.modals.", "PgDn"),
}


def test_the_programs_own_texts_name_keys_only_through_the_keymap():
    from delmaal_assistant.core.texts import keys_in_file

    found = [(key, name) for key, text in keys_in_file("da").items() for name in KEY_NAME.findall(text)
             if not any(key.startswith(prefix) and name == allowed for prefix, allowed in ALLOWED_TEXTS)]
    assert not found


def test_data_texts_name_keys_only_through_placeholders():
    from delmaal_assistant.core.resources import prompts_dir

    for f in prompts_dir("da").glob("*.toml"):
        if f.name == "keys.toml":
            continue
        for i, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if line.lstrip().startswith("#"):
                continue
            assert not KEY_NAME.search(line), (f.name, i, line)


def test_the_practice_texts_name_only_keys_the_practice_screen_binds():
    from delmaal_assistant.core.practice.bank import KEY_SLOTS
    from delmaal_assistant.core.resources import prompts_dir
    from delmaal_assistant.tui.screens import PracticeScreen

    text = (prompts_dir("da") / "practice.toml").read_text(encoding="utf-8")
    named = set(re.findall(r"\{k_([a-z_]+)\}", text))
    assert named == {b.replace("-", "_") for b in KEY_SLOTS}
    bound = {b.id for b in PracticeScreen.BINDINGS}
    assert set(KEY_SLOTS) <= bound, set(KEY_SLOTS) - bound


def test_the_web_server_passes_esc_and_alt_letters_on_whole():
    """The browser sends Esc as the lone byte ESC and Alt+H as ESC h; two such messages read as one were taken for
    another key (Esc then S: Alt+S; Alt+H then Esc: "^h" typed). The server passes them on in a form that is one
    key by itself; everything else unchanged."""
    from textual._xterm_parser import XTermParser

    from delmaal_assistant.cli.web.server import unambiguous_keys

    parser = XTermParser()

    def keys(*messages):
        return [e.key for e in parser.feed("".join(unambiguous_keys(m) for m in messages)) if hasattr(e, "key")]

    assert keys("\x1b", "s") == ["escape", "s"]  # must pass: was Alt+S
    assert keys("\x1bh", "\x1b") == ["alt+h", "escape"]  # was "^", "h" and a late Esc
    assert keys("\x1ba", "x") == ["alt+a", "x"]
    assert keys("\x1bå") == ["alt+å"]
    for unchanged in ("s", "æ", "\x1b[A", "\x1bOP", "\x1b[200~\x1bh\x1b[201~", "\x1bH", "\x1b\x1b"):
        assert unambiguous_keys(unchanged) == unchanged  # must flag nothing else


#: key names as the texts write them (prompts/da and the README), beyond the keymap's own labels
_NAMED = re.compile(r"\b(?:Ctrl|Alt|Shift)\+(?:[A-Za-z0-9]|F[0-9]{1,2})\b|\bF[0-9]{1,2}\b|\bEsc\b|PgUp|PgDn|\bEnter\b|\bTab\b"
                    r"|\bMellemrum\b|↑|↓|\bpil (?:op|ned)\b")
_AS_KEY = {"Esc": "escape", "PgUp": "pageup", "PgDn": "pagedown", "Enter": "enter", "Tab": "tab",
           "Mellemrum": "space", "↑": "up", "↓": "down", "pil op": "up", "pil ned": "down"}
#: keys a text names that are not the assistant's actions: the system's paste, the console's Ctrl+C that stops
#: `delmaal web`, end of input for `delmaal check`; the README names Ctrl+A (not select-all) and the keys a
#: browser keeps (Ctrl+W, Ctrl+T: why the browser has Alt keys)
_NOT_OURS = {"ctrl+v", "ctrl+c", "ctrl+d", "ctrl+z", "ctrl+a", "ctrl+w", "ctrl+t"}
#: keys texts name that the key walk (both front-ends) does not press, and the tests that press them in the
#: terminal and in Chromium (issue 26)
NOT_WALKED = {"space": "test_tui_keys.py, test_web_typing.py (Mellemrum ticks a box)",
              "up": "test_followup_tui.py, test_web_typing.py (↑ in a list)"}


def test_every_key_a_text_names_is_pressed_by_a_test():
    """Every key any text names – hints, help, messages (prompts/da) and the README – is one the key walk presses in
    both front-ends (a keymap key: test_every_key_of_the_keymap_is_pressed_somewhere; a widget's own key such as
    Enter or Tab: a step of the walk), or one named in NOT_WALKED, or not the assistant's own. A key named but
    pressed by no test fails here."""
    from delmaal_assistant.core.resources import prompts_dir
    from keywalk import WALK

    km = keymap()
    ours = {k for e in km.entries.values() for k in (e.terminal, e.browser_key)}
    walked = {s.arg for s in WALK if s.kind == "key"}
    files = [f for f in prompts_dir("da").rglob("*.toml") if f.name != "keys.toml"]
    files.append(Path(delmaal_assistant.__file__).parents[2] / "README.md")
    named: dict[str, str] = {}
    for f in files:
        for i, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if f.suffix == ".toml" and line.lstrip().startswith("#"):
                continue
            for name in _NAMED.findall(line):
                key = _AS_KEY.get(name) or name.lower()
                named.setdefault(key, f"{f.name}:{i}")
    assert {"enter", "tab", "space", "up", "down", "pageup", "escape"} <= set(named)  # the scan finds them
    untested = {k: where for k, where in named.items()
                if k not in ours | walked | set(NOT_WALKED) | _NOT_OURS}
    assert not untested
