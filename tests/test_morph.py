"""The analyser process kept alive across calls (issue 28) answers exactly as a one-off process does, starts again
after it died, and is never shared with a forked child."""

import os
import subprocess

import pytest

from delmaal_assistant.core.outputs import morph

pytestmark = pytest.mark.skipif(not morph.available(), reason="Apertium's Danish analyser (apertium-dan-nor) mangler")

WORDS = ["behandler", "Peter", "overførsler", "gangskema", "pædagog", "æblemost", "xqzv"]


def _one_off(text: str) -> str:
    prog = morph._program()
    return subprocess.run([prog[0], prog[1]], input=text, capture_output=True, text=True, encoding="utf-8").stdout


def test_the_kept_process_answers_as_a_one_off_process():
    text = "\n".join(WORDS) + "\n"
    assert morph._analyser.ask(morph._program(), text).strip() == _one_off(text).strip()
    # and again: the second request gets its own answer, not what was left of the first
    assert morph._analyser.ask(morph._program(), "kat\n").strip() == _one_off("kat\n").strip()


def test_a_dead_process_is_started_again():
    morph._analyser.ask(morph._program(), "kat\n")
    morph._analyser.proc.kill()
    morph._analyser.proc.wait()
    assert "<n>" in morph._analyser.ask(morph._program(), "hund\n")


def test_a_forked_child_starts_its_own_process():
    morph._analyser.ask(morph._program(), "kat\n")
    parent_proc = morph._analyser.proc.pid
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: ask, report its analyser's pid, leave at once
        try:
            out = morph._analyser.ask(morph._program(), "hund\n") or ""
            os.write(w, f"{morph._analyser.proc.pid}|{'<n>' in out}".encode())
        finally:
            os._exit(0)
    os.close(w)
    os.waitpid(pid, 0)
    child_proc, ok = os.read(r, 100).decode().split("|")
    os.close(r)
    assert ok == "True" and int(child_proc) != parent_proc
    assert morph._analyser.proc.pid == parent_proc and "<n>" in morph._analyser.ask(morph._program(), "hus\n")
