"""Meeting mode: what the resident sees and hears — the interview calls these while meeting mode is on.

- `resident_followup(prompts, finding)` → (explanation, question) for the resident: du-form, everyday words,
  from `resident_explain`/`resident_question` in prompts/<lang>/followups.toml ([followup.CODE] or
  [resident.CODE]); never the checker's staff message or SMART/SMORT terms.
- `meeting_level(prompts, level)` → the level said plainly ("Vi hjælper dig meget.").
- `propose_wording(own_words)` → a proposed "At beboeren …" wording from a first-person answer, or None.
- `propose_third_person_text(answer)` → the same answer with the pronouns in the third person, for the other
  fields staff read ("Om jeg har vasket" → "Om beboeren har vasket"), or None.
- `dit_delmaal(d)` → "Dit delmål", the easy-read text for the end of meeting mode (also read aloud).
No UI here.
"""

from __future__ import annotations

from delmaal_assistant.core.outputs.easyread import easy_read, sections, speech_text
from delmaal_assistant.core.interview import Prompts
from delmaal_assistant.core.model import Delmaal
from delmaal_assistant.core.outputs.person import propose_third_person, third_person_text
from delmaal_assistant.core.model import LEVEL_LABELS

__all__ = ["resident_followup", "meeting_level", "propose_wording", "propose_third_person_text", "dit_delmaal",
           "dit_delmaal_sections", "dit_delmaal_speech"]


def resident_followup(prompts: Prompts, finding) -> tuple[str, str]:
    """(explanation, question) to say to the resident about a finding in meeting mode."""
    code = getattr(finding, "code", finding)
    fu = prompts.followups.get(code)
    if fu and fu.resident_explain:
        return fu.resident_explain, fu.resident_question
    if code in prompts.resident_followups:
        r = prompts.resident_followups[code]
        return r.explain, r.question
    d = prompts.default_followup
    return d.resident_explain or d.explain, d.resident_question or d.question


def meeting_level(prompts: Prompts, level: int) -> str:
    """An indicator level said plainly to the resident; the staff label when the prompts have none."""
    if prompts.meeting_levels:
        return prompts.meeting_levels[level]
    return LEVEL_LABELS[level]


def propose_wording(own_words: str, lang: str = "da") -> str | None:
    """A proposed third-person delmål wording from the resident's first-person words (to accept or edit);
    None when there is nothing to propose. The own words themselves are never changed."""
    return propose_third_person(own_words, lang)


def propose_third_person_text(answer: str, lang: str = "da") -> str | None:
    """An answer to a staff-read field (measurement, documentation, indicator texts) with its first-person words
    in the third person; None when there are none. Never for `collaboration.resident_own_words` (verbatim)."""
    return third_person_text(answer, lang)


def dit_delmaal(d: Delmaal, lang: str = "da") -> str:
    return easy_read(d, lang)


def dit_delmaal_sections(d: Delmaal, lang: str = "da") -> list[tuple[str, str]]:
    return sections(d, lang)


def dit_delmaal_speech(d: Delmaal, lang: str = "da") -> str:
    return speech_text(d, lang)
