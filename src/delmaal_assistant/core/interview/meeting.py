"""Meeting mode: what the resident sees and hears — the interview calls these while meeting mode is on.

- `resident_followup(prompts, finding)` → (explanation, question) for the resident: du-form, everyday words,
  from `resident_explain`/`resident_question` in prompts/<lang>/followups.toml ([followup.CODE] or
  [resident.CODE]); never the checker's staff message or SMART/SMORT terms.
- `meeting_level(prompts, level)` → the level said plainly ("Vi hjælper dig meget.").
- `wording_proposal(own_words)` → a proposed "At beboeren …" wording from a first-person answer of one or more
  sentences (None when there is none) and what was left out of it, for staff; `propose_wording` → its text.
- `propose_third_person_text(answer)` → the same answer with the pronouns in the third person, for the other
  fields staff read ("Om jeg har vasket" → "Om beboeren har vasket"), or None.
- `dit_delmaal(d)` → "Dit delmål", the easy-read text for the end of meeting mode (also read aloud).
No UI here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from delmaal_assistant.core.outputs.easyread import easy_read, sections, speech_text
from delmaal_assistant.core.outputs.duform import _T, _finite, _sentences
from delmaal_assistant.core.outputs.duform import rules as du_rules
from delmaal_assistant.core.interview import Prompts
from delmaal_assistant.core.model import Delmaal
from delmaal_assistant.core.outputs.person import (has_first_person, propose_third_person, staff_wording,
                                                   third_person_text, without_fillers)
from delmaal_assistant.core.model import LEVEL_LABELS

__all__ = ["resident_followup", "meeting_level", "propose_wording", "wording_proposal", "Proposal", "propose_third_person_text", "dit_delmaal",
           "dit_delmaal_sections", "dit_delmaal_speech"]


def resident_followup(prompts: Prompts, finding) -> tuple[str, str]:
    """(explanation, question) to say to the resident about a finding in meeting mode. A [resident."CODE@FIELD"]
    version is said when the finding names that field (which date is missing)."""
    code = getattr(finding, "code", finding)
    own = prompts.resident_followups.get(f"{code}@{getattr(finding, 'field', None) or ''}")
    if own is not None:
        return own.explain, own.question
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


#: the resident's own words, kept verbatim (never rewritten in the staff's form)
OWN_WORDS = "collaboration.resident_own_words"

#: words of an answer that says nothing yet ("øh", "tja", "det ved jeg ikke"): asked again in meeting mode
_HESITATION_WORDS = frozenset("øh øhm øhh øhhh hm hmm hmmm mm tja tjo nja nå altså ved ikke ik ikk det jeg aner "
                              "ingen anelse hvad vil sige ved-ikke helt rigtig rigtigt sikker på lige".split())


def is_hesitation(text: str) -> bool:
    """"øh", "tja", "det ved jeg ikke", "aner det ikke": a pause or a don't-know, not a goal to judge."""
    words = re.findall(r"[\wæøå-]+", text.lower())
    # a stray letter or two ("h, det ved jeg ikke" when a key was lost) does not make it an answer
    return bool(words) and len(words) <= 8 and all(w in _HESITATION_WORDS or len(w) <= 2 for w in words) and (
        any(w in ("øh", "øhm", "øhh", "øhhh", "hm", "hmm", "hmmm", "mm", "tja", "tjo", "nja") for w in words)
        or ("ved" in words and "ikke" in words) or ("sikker" in words and "ikke" in words) or "aner" in words
        or "anelse" in words)


#: a clause that only hedges what was said, in the first person ("det tror jeg nok", "tror jeg", "det håber jeg",
#: "det regner jeg med"): the speaker's doubt, said of the resident in a wording («det tror beboeren nok») it is no
#: part of the goal
_HEDGE = re.compile(r"(?i)\s*(?:(?:og|men)\s+)?(?:det\s+|så\s+)?(?:tror|håber|regner|mener|gætter)\s+jeg"
                    r"(?:\s+(?:nok|da|vel|godt|egentlig|i\s+hvert\s+fald))*(?:\s+med)?\s*")


def _only_hedges(part: str) -> bool:
    return bool(_HEDGE.fullmatch(part)) and not re.fullmatch(r"(?i)\s*(?:og|men)\s+tror\s+jeg\s*", part) \
        and bool(re.search(r"(?i)\bjeg\b", part))


def without_hesitant_clauses(text: str) -> tuple[str, list[str]]:
    """The text without a clause that only hesitates, at the start or the end of a sentence ("Jeg vil købe ind
    hver tirsdag, det ved jeg ikke helt" → "Jeg vil købe ind hver tirsdag"; "Tja, det ved jeg ikke, jeg vil …"):
    such a clause is no part of the goal, and "det ved jeg ikke" said of the resident in a wording is untrue of
    it. Returns the text and the clauses left out (whole sentences that hesitate are left to the caller)."""
    out, dropped = [], []
    for sent in _sentences(text or ""):
        parts = re.split(r",\s+", sent.strip())
        end = sent.strip()[-1:] if sent.strip()[-1:] in (".", "!", "?") else ""
        # at the end, at the start, and between two parts that say something ("… kl. 14, det ved jeg ikke helt,
        # inden jul": the middle clause was proposed as «det ved dig ikke helt»)
        for i in range(len(parts) - 1, -1, -1):
            if len(parts) > 1 and (is_hesitation(parts[i].rstrip(".!?")) or _only_hedges(parts[i].rstrip(".!?"))):
                dropped.insert(0, parts.pop(i).rstrip(".!?"))
        kept = ", ".join(parts)
        if end and not kept.endswith(end):
            kept += end
        out.append(kept[:1].upper() + kept[1:] if len(out) or sent[:1].isupper() else kept)
    return " ".join(x for x in out if x.strip()), dropped


@dataclass(frozen=True)
class Proposal:
    """A proposed delmål wording in the staff's form (None when nothing can be proposed) and what of the resident's
    words is not in it, each with the reason (Danish, for staff: never shown to the resident)."""

    text: str | None
    left: tuple[str, ...] = ()


#: a pronoun for someone who is not the speaker: in the resident's own words it is not them, in a staff sentence
#: about the resident it could be read as them – such a sentence is left to staff
_THIRD = re.compile(r"(?i)(?<![\wæøå])(han|hun|ham|hende|hans|hendes|sig|sin|sit|sine)(?![\wæøå])")


def wording_proposal(own_words: str, lang: str = "da") -> Proposal:
    """The proposed delmål wording from the resident's first-person answer, sentence by sentence: "øh" and the
    like are left out; the first sentence that says what the resident will do becomes "At beboeren …"; a later
    sentence in the first person is said in the third person when every word of it is certain ("Min bror Jonas
    cykler med" → "Beboerens bror Jonas cykler med"); a fragment without a person ("Til jul.") is kept as said.
    What is not certain (a hesitation, an order, a sentence before the goal, a han/hun that could be read as the
    resident) is left out of the proposal and named in `left`. No proposal when no sentence says what the resident
    will do. The own words themselves are never changed."""
    clean, hesitant = without_hesitant_clauses(without_fillers(own_words or "").strip())
    left: list[str] = [f"«{h}» er en tøven og er ikke med i forslaget" for h in hesitant]
    single = propose_third_person(clean, lang)
    if single:
        return Proposal(single, tuple(left))
    out: list[str] = []
    head = False
    for sent in (s.strip() for s in _sentences(clean)):
        if not sent:
            continue
        if is_hesitation(sent):
            left.append(f"«{sent}» er en tøven og er ikke med i forslaget")
            continue
        if not head:
            proposal = propose_third_person(sent, lang)
            if proposal:
                head = True
                out.append(proposal)
            else:
                left.append(f"«{sent}» står før det, beboeren vil gøre, og er ikke med i forslaget")
            continue
        if _THIRD.search(sent):
            left.append(f"«{sent}»: hvem «{_THIRD.search(sent).group()}» er, kan forslaget ikke sige sikkert")
            continue
        if not has_first_person(sent):
            if _certain_as_said(sent):
                out.append(sent)
            else:
                left.append(f"«{sent}» kan være en opfordring eller et brudstykke; skriv selv, hvad det betyder")
            continue
        said = staff_wording(sent, lang=lang)
        if said.text:
            out.append(said.text)
        else:
            left.extend(said.problems)
    if not head:
        return Proposal(None)
    return Proposal(" ".join(out), tuple(left))


#: words a when-fragment opens with ("Til jul.", "Inden påske.", "Fra 1. marts.", "Hver gang.")
_WHEN = frozenset("til inden før fra senest efter indtil hver om i på ved frem sidst først næste den de alle".split())


def _certain_as_said(sent: str, lang: str = "da") -> bool:
    """A sentence without a person in it says the same in the staff's text as in the resident's words when it is a
    when-fragment without a verb ("Til jul.", "Inden påske.") or opens with a subject and its finite verb ("Jonas
    cykler med."); an order or a fragment with a verb ("Bank på først.", "Cykle hver dag.") is not certain."""
    dr = du_rules(lang)
    words = re.findall(r"[\wæøåÆØÅ]+", sent)
    if not words:
        return False
    toks = [_T(w, "") for w in words]
    if words[0].lower() in _WHEN and not any(_finite(t, dr) for t in toks[1:]):
        return True
    return len(toks) > 1 and not _finite(_T(words[0].lower(), ""), dr) and _finite(_T(words[1].lower(), ""), dr)


def propose_wording(own_words: str, lang: str = "da") -> str | None:
    """A proposed third-person delmål wording from the resident's first-person words (to accept or edit);
    None when there is nothing to propose. The own words themselves are never changed."""
    return wording_proposal(own_words, lang).text


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
