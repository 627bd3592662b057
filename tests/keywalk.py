"""A walk through the assistant that presses every key of the keymap (prompts/da/keys.toml) where it works, for
the terminal (Pilot, tests/test_keys_pressed.py) and the browser (Chromium through `delmaal web`,
tests/test_web_keys.py). Each step says what must be seen afterwards: the screen (Pilot) and a text that the
assistant draws (browser). Typed text is checked on disk at the end: a key that typed a character would show there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from delmaal_assistant.core.files.drafts import Settings, save_settings
from delmaal_assistant.core.files.storage import save_delmaal

TITLE = "Tøjvask om onsdagen"
WORDING = "At beboeren vasker tøj hver onsdag."
CHECKED = "Borgeren bliver bedre til at vaske tøj"
NOTE = "Satte selv vasken i gang"


@dataclass(frozen=True)
class Step:
    kind: str  # "press": a keymap id · "key": a key that is not an action of ours (Enter in a list, Esc) · "type"
    arg: str
    screen: str | None = None  # the screen (class name) on top afterwards
    text: str | None = None  # a text drawn after the step (browser)
    check: str | None = None  # a further check by name (Pilot: PILOT_CHECKS)


def P(binding_id, screen=None, text=None, check=None):
    return Step("press", binding_id, screen, text, check)


def K(key, screen=None, text=None, check=None):
    return Step("key", key, screen, text, check)


def T(text, screen=None, shown=None):
    return Step("type", text, screen, shown)


def saved_file(data_dir: Path, today: date) -> Path:
    """A saved delmål in the save folder, its period over (the evaluation is due), listed on the start screen."""
    from sample_delmaal import full_delmaal

    folder = data_dir / "gemte"
    folder.mkdir(parents=True, exist_ok=True)
    d = full_delmaal()
    d.start_date = today - timedelta(days=120)
    d.end_date = today - timedelta(days=1)
    d.evaluation_date = d.end_date
    path = folder / "Tøjvask.delmaal.json"
    save_delmaal(path, d)
    save_settings(data_dir, Settings(save_dir=str(folder)))
    return path


WALK: list[Step] = [
    # ---- the start screen
    P("palette", "DanishCommandPalette", "Søg efter kommandoer"),
    K("escape", "StartScreen"),
    P("start-check", "CheckScreen", "Tjek en formulering"),
    T(CHECKED),
    P("check-now", "CheckScreen", "bliver bedre til", check="checked"),
    P("check-home", "StartScreen", "Fortsæt en kladde"),
    # ---- the period of the saved delmål (highlighted in the list of saved delmål)
    P("start-progress", "ProgressScreen", "Forløb"),
    P("progress-observe", "ObservationScreen", "Hvem"),
    T(NOTE),
    P("obs-send", "ObservationScreen", check="obs-feedback"),
    P("obs-cancel", "ProgressScreen"),
    P("progress-status", "ProgressScreen", "status.docx", check="status-written"),
    P("progress-evaluate", "EvaluationScreen", "Evaluering"),
    P("eval-previous", "EvaluationScreen", "første spørgsmål"),
    P("eval-save", "EvaluationScreen", "Svar på alle"),
    P("eval-back", "ProgressScreen"),
    P("progress-back", "StartScreen", "Fortsæt en kladde"),
    # ---- a new delmål
    P("start-new", "InterviewScreen", "Spørgsmål 1 af"),
    T(TITLE),
    P("help", "HelpScreen", "Gode eksempler"),
    P("help-close", "InterviewScreen"),
    P("help", "HelpScreen", "Gode eksempler"),
    P("help-close-f1", "InterviewScreen"),
    P("help", "HelpScreen", "Gode eksempler"),
    P("help-close-enter", "InterviewScreen"),
    P("use-proposal", "InterviewScreen", "ikke noget forslag"),
    P("confirm-smart", "ConfirmSmartScreen", "SMART"),
    P("smart-cancel", "InterviewScreen"),
    P("meeting", "InterviewScreen", "Dit mål", check="meeting-on"),  # the resident's header (round 5)
    P("meeting", "InterviewScreen", check="meeting-off"),
    P("side", "InterviewScreen", check="side-hidden"),
    P("side", "InterviewScreen", check="side-shown"),
    P("log-up", "InterviewScreen"),
    P("log-down", "InterviewScreen"),
    P("select-all", "InterviewScreen", check="all-selected"),
    P("enter-next", "InterviewScreen", "Spørgsmål 2 af", check="on-wording"),
    P("back", "InterviewScreen", "Spørgsmål 1 af", check="on-title"),
    P("skip", "InterviewScreen", "Spørgsmål 2 af", check="on-wording"),
    T(WORDING),
    P("submit", "InterviewScreen", check="sent"),
    P("review", "ReviewScreen", "Gennemse og gem"),
    # ---- the review
    P("review-confirm-smart", "ConfirmSmartScreen", "SMART"),
    P("smart-cancel", "ReviewScreen"),
    P("review-approve-easy", "ApproveEasyScreen", "godkend"),
    P("approve-cancel", "ReviewScreen"),
    P("review-approve-easy", "ApproveEasyScreen", "godkend"),
    P("approve-ok", "ReviewScreen", "er godkendt"),
    P("review-copy", "DanishCommandPalette", "Kopiér hvilket felt"),
    K("escape", "ReviewScreen"),
    P("review-read", "ReviewScreen", check="read-aloud"),
    P("review-progress", "ReviewScreen", "Gem delmålet først"),
    P("review-export", "SaveScreen", "Eksportér delmålet"),
    P("save-cancel", "ReviewScreen"),
    P("review-save", "SaveScreen", "Gem delmålet"),
    P("save-cancel", "ReviewScreen"),
    P("review-back", "InterviewScreen"),
    # ---- lists: the theme's filter field goes down into its list; a select's open list closes with Esc
    P("palette", "DanishCommandPalette"),
    T("Gå til: Tema", shown="Hvilket tema hører"),  # the command found (its help: the step's question)
    K("enter", "InterviewScreen", "Spørgsmål 6 af"),
    P("theme-down", "InterviewScreen", check="theme-list-focused"),
    P("palette", "DanishCommandPalette"),
    T("Gå til: Faglige metoder", shown="Hvilken faglig metode"),
    K("enter", "InterviewScreen", check="on-methods"),
    K("tab", "InterviewScreen", check="kind-select-focused"),
    K("enter", "InterviewScreen", check="select-open"),
    P("select-dismiss", "InterviewScreen", check="select-closed"),
    P("home", "StartScreen", "Fortsæt en kladde"),
    # ---- "Øv dig" (practice), the third entry of the start menu: its keys, named in its key bar and hints
    K("down", "StartScreen"),
    K("down", "StartScreen"),
    K("enter", "PracticeScreen", "Øvelse 1"),
    P("practice-down", "PracticeScreen", check="practice-scrolled"),
    P("practice-up", "PracticeScreen", check="practice-scrolled-back"),
    P("practice-summary", "PracticeScreen", "Din status er skrevet", check="practice-summary-written"),
    P("practice-home", "StartScreen", "Fortsæt en kladde"),
    # ---- the draft is open in another window (Pilot only: a lock held by this test) – see test_keys_pressed
]

#: keys pressed outside the walk (they need a situation the walk cannot make in both front-ends), by the test
#: named: quit – last, it ends the app; the dialogs of a locked draft, a stale saved file, a changed export and a
#: confirmation – tests/test_keys_pressed.py makes each situation in the terminal
ELSEWHERE = {"quit", "start-open", "locked-cancel", "view-close", "stale-cancel", "changed-cancel", "confirm-cancel"}
#: keys of "Øv dig" not walked: none since issue 26 walks the practice screen too (kept for the tests' imports)
PRACTICE_NOT_WALKED: set[str] = set()


def walked_ids() -> set[str]:
    return {s.arg for s in WALK if s.kind == "press"}
