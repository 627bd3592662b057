"""Read-aloud is feature-detected: a Danish voice or a clear Danish message. Tested with real processes: fake
`espeak-ng` programs on PATH (so no sound is played during the tests) and, when installed, the real one's voice
list."""

import os
import shutil
import stat
import sys
import threading

import pytest

from delmaal_assistant.core.outputs import speech
from delmaal_assistant.core.outputs.speech import NO_BACKEND, NO_DANISH, Reader, SpeechUnavailable, find_voice

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="fake espeak-ng is a shell script")

VOICES_DA = """Pty Language       Age/Gender VoiceName          File                 Other Languages
 5  da              --/M      Danish             gmq/da
"""
VOICES_NONE = "Pty Language       Age/Gender VoiceName          File                 Other Languages\n"


CAT, SLEEP = shutil.which("cat"), shutil.which("sleep")


def _fake(tmp_path, voices: str, body: str = f"{CAT} > \"$OUT\"") -> None:
    exe = tmp_path / "espeak-ng"
    exe.write_text(f"""#!/bin/sh
case "$1" in --voices*) printf '%s' '{voices}'; exit 0;; esac
{body}
""", encoding="utf-8")
    exe.chmod(exe.stat().st_mode | stat.S_IEXEC)


@pytest.fixture
def path_only(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setenv("OUT", str(tmp_path / "spoken.txt"))
    return tmp_path


def test_no_program_at_all(path_only):
    with pytest.raises(SpeechUnavailable) as e:
        find_voice(use_pyttsx3=False)
    assert str(e.value) == NO_BACKEND and "espeak-ng" in str(e.value)


def test_program_without_danish_voice(path_only):
    _fake(path_only, VOICES_NONE)
    with pytest.raises(SpeechUnavailable) as e:
        find_voice(use_pyttsx3=False)
    assert str(e.value) == NO_DANISH and "dansk stemme" in str(e.value)


def test_danish_voice_reads_the_text(path_only):
    _fake(path_only, VOICES_DA)
    v = find_voice(use_pyttsx3=False)
    assert (v.backend, v.id) == ("espeak-ng", "da")
    Reader().speak("Du vasker tøj hver onsdag.", v)
    assert (path_only / "spoken.txt").read_text(encoding="utf-8") == "Du vasker tøj hver onsdag."


def test_no_sound_card_is_reported_not_swallowed(path_only):
    _fake(path_only, VOICES_DA, f"{CAT} >/dev/null; echo 'ALSA lib pcm.c:2666:(snd_pcm_open_noupdate) Unknown PCM default' >&2")
    with pytest.raises(SpeechUnavailable, match="ingen lydenhed"):
        Reader().speak("Hej.", find_voice(use_pyttsx3=False))


def test_stop_ends_a_long_reading(path_only):
    _fake(path_only, VOICES_DA, f"exec {SLEEP} 30")
    r = Reader()
    v = find_voice(use_pyttsx3=False)
    errors = []

    def read():
        try:
            r.speak("lang tekst", v)
        except SpeechUnavailable as exc:
            errors.append(exc)

    t = threading.Thread(target=read)
    t.start()
    for _ in range(200):
        if r.speaking:
            break
        t.join(0.01)
    assert r.stop() is True
    t.join(10)
    assert not t.is_alive() and not r.speaking and errors == []


@pytest.mark.skipif(not shutil.which("espeak-ng"), reason="espeak-ng er ikke installeret (Debian: apt install espeak-ng)")
def test_real_espeak_ng_has_a_danish_voice():
    v = find_voice(use_pyttsx3=False)
    assert v.backend == "espeak-ng" and v.id == "da"
