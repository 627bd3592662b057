"""Start-up (issue 28): a run of one command builds only that command's parser, so `delmaal check "…"` does not
import the code registry, the interview data or the web server; every command parses exactly as before."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from delmaal_assistant.cli.main import COMMANDS, build_parser, command_in

ARGV = {
    "check": ["check", "--format", "json", "--select", "vague-verb", "At borgeren går en tur."],
    "export": ["export", "x.delmaal.json", "--to", "md", "-o", "x.md", "--force"],
    "web": ["web", "--no-browser", "--port", "0"],
    "audit": ["audit", "a.csv", "-o", "r.html", "--group-by", "Team", "--jobs", "1"],
    "rules": ["rules"],
    "log": ["log", "x.delmaal.json", "--level", "2", "--note", "Gik selv."],
    "status": ["status", "x.delmaal.json", "-o", "s.md"],
    "indstillinger": ["indstillinger"],
    "øv": ["øv", "--status", "-o", "s.html", "--navn", "Ida"],
    "schema": ["schema"],
}


def test_every_command_has_an_example_here():
    assert set(ARGV) == set(COMMANDS) | {"schema"}


@pytest.mark.parametrize("name", sorted(ARGV))
def test_a_command_parses_the_same_with_only_its_own_parser(name):
    argv = ["--data-dir", "/tmp/d", *ARGV[name]]
    assert command_in(argv) == name
    assert _parsed(build_parser(name), argv) == _parsed(build_parser(), argv)


def _parsed(parser, argv) -> dict:
    out = vars(parser.parse_args(argv))
    func = out.get("func")
    out["func"] = getattr(func, "__code__", func)  # a lambda made per parser: the same code, not the same object
    return out


@pytest.mark.parametrize("argv", [[], ["--help"], ["--version"], ["hjælp"], ["-x", "check"], ["--data-dir"]])
def test_no_plain_command_gets_the_whole_parser(argv):
    assert command_in(argv) is None


def test_check_of_one_wording_loads_nothing_it_does_not_use():
    code = ("import json, sys\n"
            "from delmaal_assistant.cli.main import main\n"
            "rc = main(['check', '--fail-level', 'none', 'At borgeren går en tur hver dag frem til 1. marts 2027.'])\n"
            "sys.stderr.write(json.dumps(sorted(sys.modules)))\n"
            "sys.exit(rc)\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-1000:]
    loaded = set(json.loads(r.stderr.strip().splitlines()[-1]))
    assert "delmaal_assistant.checker.engine" in loaded  # it did check
    unused = {"delmaal_assistant.cli.rules", "delmaal_assistant.cli.web", "delmaal_assistant.checker.registry",
              "delmaal_assistant.core.interview", "textual", "spacy.cli.info"}
    assert not unused & loaded, unused & loaded


def test_first_screen_loads_nothing_it_does_not_draw(tmp_path):
    """The assistant's first screen (issue 28: ≤ 0.6 s) is drawn without spaCy, the checker, langcodes or
    Textual's Markdown widget: the checker loads in a thread after the first paint (here held back, so what the
    start screen itself imports is what is seen), the help panel when it is opened."""
    code = ("import asyncio, json, os, sys\n"
            "os.environ['TEXTUAL_ANIMATIONS'] = 'none'\n"
            "from delmaal_assistant.tui.app import DelmaalApp, create_app\n"
            "DelmaalApp.CHECKER_DELAY = 600\n"
            "async def main():\n"
            "    app = create_app(data_dir=sys.argv[1])\n"
            "    async with app.run_test(size=(80, 24)) as pilot:\n"
            "        await pilot.pause()\n"
            "        drawn = type(app.screen).__name__\n"
            "        loaded = sorted(sys.modules)\n"
            "    sys.stderr.write(json.dumps([drawn, loaded]))\n"
            "asyncio.run(main())\n")
    r = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, timeout=120,
                       env={**os.environ, "DELMAAL_DATA_DIR": str(tmp_path)})
    assert r.returncode == 0, r.stderr[-1000:]
    drawn, loaded = json.loads(r.stderr.strip().splitlines()[-1])
    assert drawn == "StartScreen"
    unused = {"spacy", "delmaal_assistant.checker.engine", "langcodes", "markdown_it",
              # the other screens and what only they use: loaded when they are opened
              "delmaal_assistant.tui.screens.interview", "delmaal_assistant.tui.screens.review",
              "delmaal_assistant.tui.screens.check", "delmaal_assistant.tui.screens.practice",
              "delmaal_assistant.core.interview.answers", "delmaal_assistant.core.outputs.duform",
              "delmaal_assistant.core.outputs.publish"}
    assert not unused & set(loaded), unused & set(loaded)


def test_keys_typed_at_once_after_start_land_in_order_before_the_checker_is_ready(tmp_path):
    """A fresh process (so the start screen is all that is imported when the keys come, issue 28): the keys are sent
    the moment the app runs – before the first screen has settled, before the interview screen's code is loaded
    and while the checker cannot finish loading (held at a gate) – as one burst: Enter on "Nyt delmål", a title,
    Enter, a wording with æøå. Every key lands in order, the title is sent and checked once the checker is there."""
    tests = os.path.dirname(os.path.abspath(__file__))
    code = ("import asyncio, json, os, sys, threading\n"
            f"sys.path.insert(0, {tests!r})\n"
            "os.environ['TEXTUAL_ANIMATIONS'] = 'none'\n"
            "from textual import events\n"
            "from conftest import FakeChecker\n"
            "import delmaal_assistant.checker as checker_mod\n"
            "gate, fake = threading.Event(), FakeChecker()\n"
            "def gated(lang='da'):\n"
            "    gate.wait(60)\n"
            "    return fake\n"
            "checker_mod.get_checker = gated\n"
            "from delmaal_assistant.tui.app import create_app\n"
            "TITLE, WORDING = 'Tøjvask om onsdagen', 'At beboeren vasker tøj hver onsdag frem til 1. marts 2027, æøå'\n"
            "def send(app, key):\n"
            "    char = {'enter': '\\r', 'space': ' '}.get(key, key)\n"
            "    ev = events.Key(key, char)\n"
            "    ev.set_sender(app)\n"
            "    app._driver.send_message(ev)\n"
            "async def main():\n"
            "    app = create_app(data_dir=sys.argv[1])\n"
            "    out = {}\n"
            "    async with app.run_test(size=(80, 24)) as pilot:\n"
            "        out['interview_code_loaded_before'] = 'delmaal_assistant.tui.screens.interview' in sys.modules\n"
            "        keys = ['enter', *[('space' if c == ' ' else c) for c in TITLE], 'enter',\n"
            "                *[('space' if c == ' ' else c) for c in WORDING]]\n"
            "        for k in keys:\n"
            "            send(app, k)\n"
            "        for _ in range(400):\n"
            "            await asyncio.sleep(0.05)\n"
            "            s = app.screen\n"
            "            if getattr(s, 'step', None) is not None and s.step.id == 'title' and 'answer' not in out:\n"
            "                out['ready_while_title_waits'] = app.checker_ready\n"
            "            form = getattr(s, 'form', None)\n"
            "            if getattr(s, 'step', None) is not None and s.step.id == 'wording' and form is not None \\\n"
            "                    and form.get_answer().get('text') == WORDING:\n"
            "                break\n"
            "            if not gate.is_set() and type(s).__name__ == 'InterviewScreen':\n"
            "                await asyncio.sleep(0.5)\n"
            "                out['ready_before_gate'] = app.checker_ready\n"
            "                gate.set()\n"
            "        await pilot.pause()\n"
            "        s = app.screen\n"
            "        out['screen'] = type(s).__name__\n"
            "        out['title'] = s.draft.delmaal.title\n"
            "        out['step'] = s.step.id\n"
            "        out['answer'] = s.form.get_answer()\n"
            "        out['checked'] = fake.calls\n"
            "    sys.stderr.write(json.dumps(out))\n"
            "asyncio.run(main())\n")
    r = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, timeout=180,
                       env={**os.environ, "DELMAAL_DATA_DIR": str(tmp_path)})
    assert r.returncode == 0, r.stderr[-2000:]
    out = json.loads(r.stderr.strip().splitlines()[-1])
    assert out["interview_code_loaded_before"] is False  # the keys came before the interview's code was loaded
    assert out["ready_before_gate"] is False  # and before the checker could be ready
    assert out["screen"] == "InterviewScreen"
    assert out["title"] == "Tøjvask om onsdagen"
    assert out["step"] == "wording"
    assert out["answer"] == {"text": "At beboeren vasker tøj hver onsdag frem til 1. marts 2027, æøå"}
    assert "Tøjvask om onsdagen" in out["checked"]  # the sent title was checked once the checker was there
