"""Read-aloud of "Dit delmål", feature-detected; nothing else in the program depends on it.

Backends, in this order:
1. the `espeak-ng` program (Linux; Debian package `espeak-ng`) when it is on PATH and has a Danish voice — run as
   a child process, so reading can be stopped and a failure (no sound card) is seen and reported;
2. `pyttsx3` (optional extra `speech`; a Danish SAPI5 voice on Windows, NSSpeechSynthesizer on macOS) when it is
   importable and offers a Danish voice.
When neither has a Danish voice, `SpeechUnavailable` carries a clear Danish message saying what to install.
No UI here; the terminal UI calls `speak` from a worker thread.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from dataclasses import dataclass

from delmaal_assistant.core import texts

NO_BACKEND = texts.get("core.outputs.speech.oplaesning_ikke_mulig_denne")
NO_DANISH = texts.get("core.outputs.speech.oplaesning_ikke_mulig_ingen")


class SpeechUnavailable(Exception):
    """Read-aloud cannot run here. The message is Danish and says what to do."""


@dataclass(frozen=True)
class Voice:
    backend: str  # "espeak-ng" or "pyttsx3"
    id: str       # the voice to ask for
    name: str


def _is_danish(langs) -> bool:
    for lang in langs or ():
        if isinstance(lang, bytes):
            lang = lang.decode("ascii", "ignore").lstrip("\x05")
        low = str(lang).lower().replace("_", "-")
        if low == "da" or low.startswith("da-") or low in ("dan", "danish"):
            return True
    return False


def _espeak_voice(exe: str) -> Voice | None:
    try:
        r = subprocess.run([exe, "--voices=da"], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    for line in r.stdout.splitlines()[1:]:
        cols = line.split()
        if len(cols) >= 4 and cols[1].lower() in ("da", "da-dk"):
            return Voice("espeak-ng", "da", cols[3])
    return None


def _pyttsx3_voice() -> Voice | None:
    try:
        import pyttsx3  # optional
    except Exception:
        return None
    try:
        engine = pyttsx3.init()
        voices = engine.getProperty("voices") or []
    except Exception:
        return None
    for v in voices:
        if _is_danish(getattr(v, "languages", ())) or "danish" in (getattr(v, "name", "") or "").lower() \
                or "da-dk" in (getattr(v, "id", "") or "").lower():
            return Voice("pyttsx3", v.id, getattr(v, "name", v.id) or v.id)
    return None


def find_voice(*, use_pyttsx3: bool = True) -> Voice:
    """A Danish voice, or SpeechUnavailable with a Danish message."""
    exe = shutil.which("espeak-ng")
    any_backend = bool(exe)
    if exe and (v := _espeak_voice(exe)):
        return v
    if use_pyttsx3:
        try:
            import pyttsx3  # noqa: F401
            any_backend = True
        except Exception:
            pass
        if v := _pyttsx3_voice():
            return v
    raise SpeechUnavailable(NO_DANISH if any_backend else NO_BACKEND)


class Reader:
    """Reads one text at a time; `stop()` ends the reading from another thread."""

    def __init__(self) -> None:
        self._proc: subprocess.Popen | None = None
        self._engine = None
        self._lock = threading.Lock()

    def speak(self, text: str, voice: Voice | None = None) -> None:
        """Read `text` aloud and return when done (call from a worker thread). Raises SpeechUnavailable."""
        voice = voice or find_voice()
        if voice.backend == "espeak-ng":
            self._speak_espeak(text, voice)
        else:
            self._speak_pyttsx3(text, voice)

    def _speak_espeak(self, text: str, voice: Voice) -> None:
        exe = shutil.which("espeak-ng")
        if not exe:
            raise SpeechUnavailable(NO_BACKEND)
        with self._lock:
            self._proc = subprocess.Popen([exe, "-v", voice.id, "-s", "140", "--stdin"], stdin=subprocess.PIPE,
                                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                          env={**os.environ, "LC_ALL": "C.UTF-8"})
            proc = self._proc
        try:
            _out, err = proc.communicate(text.encode("utf-8"))
        finally:
            with self._lock:
                self._proc = None
        if proc.returncode and proc.returncode < 0:  # stopped by the user
            return
        msg = err.decode("utf-8", "replace")
        no_sound = "Unknown PCM" in msg or "cannot find card" in msg or (
            "audio" in msg.lower() and "error" in msg.lower())
        if proc.returncode or no_sound:
            why = (texts.get("core.outputs.speech.intet_lydkort_fundet") if no_sound else
                   next((ln.strip() for ln in msg.splitlines() if ln.strip()), f"kode {proc.returncode}"))
            raise SpeechUnavailable(texts.get("core.outputs.speech.teksten_kunne_ikke_laeses", why=why[:120]))

    def _speak_pyttsx3(self, text: str, voice: Voice) -> None:
        try:
            import pyttsx3

            engine = pyttsx3.init()
            engine.setProperty("voice", voice.id)
            engine.setProperty("rate", 140)
            with self._lock:
                self._engine = engine
            engine.say(text)
            engine.runAndWait()
        except SpeechUnavailable:
            raise
        except Exception as exc:
            raise SpeechUnavailable(texts.get("core.outputs.speech.teksten_kunne_ikke_laeses",
                                                    why=str(exc)[:120] or type(exc).__name__)) from None
        finally:
            with self._lock:
                self._engine = None

    @property
    def speaking(self) -> bool:
        with self._lock:
            return self._proc is not None or self._engine is not None

    def stop(self) -> bool:
        """Stop reading; True if something was being read."""
        with self._lock:
            proc, engine = self._proc, self._engine
        if proc is not None and proc.poll() is None:
            proc.terminate()
            return True
        if engine is not None:
            try:
                engine.stop()
            except Exception:
                pass
            return True
        return False


def main(argv: list[str] | None = None) -> int:  # `python -m delmaal_assistant.core.outputs.speech TEXT`: a manual check
    text = " ".join(argv if argv is not None else sys.argv[1:]) or texts.get("core.outputs.speech.dit_delmaal")
    try:
        Reader().speak(text)
    except SpeechUnavailable as exc:
        sys.stderr.write(f"{exc}\n")
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
