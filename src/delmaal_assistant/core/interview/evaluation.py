"""The evaluation conversation at (or after) the evaluation date, without any UI: one question at a time, a
colleague's reaction to each answer, and the `Evaluation` stored in the delmål at the end.

Steps: is the measurement criterion met (yes / partly / no) → the evidence → the level now (the delmål's own level
texts, against the start and the expected level) → what in the indsats worked → what did not → the resident's own
view, verbatim → what next (continue, adjust, or a new delmål started from this one) → what exactly.

A thin answer is asked about once ("send again to keep it"), never silently accepted as good; nothing the
resident said is rewritten.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from delmaal_assistant.core.keymap import keymap
from delmaal_assistant.core.model import Delmaal
from delmaal_assistant.core.files.observations import fmt, level_text, progress, trend, TREND_DA
from delmaal_assistant.core.model.period import CRITERION_DA, NEXT_STEP_DA, Evaluation


@dataclass(frozen=True)
class EvalStep:
    id: str
    question: str
    choices: tuple[tuple[str, str], ...] = ()  # (value, label) for a choice; empty for a text answer
    placeholder: str = ""


@dataclass
class Reply:
    accepted: bool
    text: str  # the assistant's reaction (Danish)


FIRST_PERSON = re.compile(r"\b(jeg|mig|min|mit|mine|vi|os|vores)\b", re.IGNORECASE)
STEP_IDS = ("criterion", "evidence", "level_now", "worked", "did_not_work", "resident_view", "next_step", "next_note")


@dataclass
class EvaluationSession:
    d: Delmaal
    today: date
    answers: dict[str, str] = field(default_factory=dict)
    step_index: int = 0
    asked_again: set[str] = field(default_factory=set)  # steps whose thin answer was asked about once

    # ---------------------------------------------------------------------------------- the questions

    def steps(self) -> list[EvalStep]:
        d = self.d
        crit = d.measurement.strip() or "(der er ikke skrevet et succeskriterium i delmålet)"
        p = progress(d)
        seen = (f"I har registreret {p.count} observation{'er' if p.count != 1 else ''}"
                + (f"; den seneste ({fmt(p.latest_on)}) viste niveau {p.latest}." if p.latest is not None else "."))
        levels = tuple((str(n), level_text(d, n)) for n in range(5))
        nexts = tuple((k, v) for k, v in NEXT_STEP_DA.items())
        note_q = {"continue": "Hvad fortsætter, og til hvornår?",
                  "adjust": "Hvad skal justeres – fx indsatsen, tidsrammen eller kriteriet – og hvorfor?",
                  "new": "Hvad skal det nye delmål handle om? Titel, tema og måltype tages med, og det nåede niveau "
                         "bliver startniveau."}.get(self.answers.get("next_step", ""), "Hvad er næste skridt?")
        return [
            EvalStep("criterion", f"Er succeskriteriet nået? Det lyder: »{crit}«",
                     tuple((k, v) for k, v in CRITERION_DA.items())),
            EvalStep("evidence", f"Hvad viser det? Beskriv, hvad I har set beboeren gøre (hvor ofte, hvornår). {seen}",
                     placeholder="fx »vasket selv 9 af de 12 onsdage, se observationerne«"),
            EvalStep("level_now", "Hvilket niveau er beboeren på nu? Vælg ud fra delmålets egne indikatorer.", levels),
            EvalStep("worked", "Hvad i indsatsen virkede?", placeholder="fx »påmindelsen onsdag kl. 16 på ugeplanen«"),
            EvalStep("did_not_work", "Hvad virkede ikke – eller hvad var svært?",
                     placeholder="fx »når vaskekælderen var optaget, gav beboeren op«"),
            EvalStep("resident_view", "Hvad siger beboeren selv om forløbet? Spørg fx: »Hvordan synes du, det er "
                     "gået?« Skriv beboerens egne ord, ordret.",
                     placeholder="fx »Jeg kan godt selv nu, men jeg vil gerne have sedlen.«"),
            EvalStep("next_step", "Hvad nu?", nexts),
            EvalStep("next_note", note_q),
        ]

    @property
    def done(self) -> bool:
        return self.step_index >= len(STEP_IDS)

    @property
    def current(self) -> EvalStep | None:
        return None if self.done else self.steps()[self.step_index]

    # ---------------------------------------------------------------------------------- the answers

    def answer(self, value: str) -> Reply:
        """Take the answer to the current step; the reply says what the assistant makes of it. A thin answer is
        asked about once; sent again it is kept as it is."""
        step = self.current
        if step is None:
            return Reply(False, f"Evalueringen er færdig. Tryk {keymap().label('eval-save')} for at gemme den.")
        value = (value or "").strip()
        if step.choices and value not in {k for k, _ in step.choices}:
            return Reply(False, "Vælg et af svarene på listen.")
        again = step.id in self.asked_again
        concern = self._concern(step.id, value)
        if concern and not again:
            self.asked_again.add(step.id)
            return Reply(False, concern + " Send svaret igen for at beholde det, som det er.")
        self.answers[step.id] = value
        self.step_index += 1
        return Reply(True, self._reaction(step.id, value))

    def _concern(self, sid: str, value: str) -> str | None:
        words = value.split()
        if sid == "evidence" and len(words) < 4:
            return ("Det er tyndt som belæg. Hvad har I set beboeren gøre, og hvor ofte? Henvis gerne til "
                    "observationerne.")
        if sid in ("worked", "did_not_work") and len(words) < 2:
            return ("Skriv lidt mere: hvad i det, I gjorde (hvem, hvad, hvornår), gjorde forskellen?" if sid == "worked"
                    else "Var der intet, der var svært? Skriv fx hvad der fik beboeren til at springe over.")
        if sid == "resident_view":
            if not value:
                return ("Spørg beboeren: »Hvordan synes du, det er gået?« Skriv svaret med beboerens egne ord. Ville "
                        "beboeren ikke svare, så skriv det.")
            if not FIRST_PERSON.search(value) and not value.startswith(("»", '"', "'", "“")):
                return ("Det lyder som din gengivelse. Skriv gerne beboerens egne ord, fx »Jeg synes …«.")
        if sid == "next_note" and len(words) < 3:
            return "Skriv konkret, hvad der skal ske nu, så kommunen kan se forslaget."
        return None

    def _reaction(self, sid: str, value: str) -> str:
        d = self.d
        ind = d.indicators
        if sid == "criterion":
            return {"yes": "Kriteriet er nået. Hvad viser det?",
                    "partly": "Delvist nået. Hvad er nået, og hvad mangler?",
                    "no": "Ikke nået. Det er også vigtig viden. Hvad har I set?"}[value]
        if sid == "level_now":
            n = int(value)
            t = trend(ind.start_level, n, ind.expected_end_level)
            parts = [f"Niveau {n} nu"]
            if ind.start_level is not None:
                parts.append(f"mod {ind.start_level} ved start")
            if ind.expected_end_level is not None:
                parts.append(f"og forventet {ind.expected_end_level}")
            text = " ".join(parts) + (f": {TREND_DA[t]}." if t != "unknown" else ".")
            crit = self.answers.get("criterion")
            if crit == "yes" and t in ("same", "away"):
                text += " Kriteriet er nået, men niveauet er ikke flyttet mod det forventede – passer begge dele?"
            if crit == "no" and t == "reached":
                text += " Niveauet er nået, men kriteriet ikke – måske var kriteriet sat for højt?"
            return text
        if sid == "resident_view":
            return "Beboerens ord er skrevet ned, som de er."
        if sid == "next_step":
            return NEXT_STEP_DA[value] + "."
        if sid == "next_note":
            return f"Det er hele evalueringen. Tryk {keymap().label('eval-save')} for at gemme den i delmålsfilen."
        return "Noteret."

    def back(self) -> str | None:
        """Go one question back (its answer is taken out to be given again); the step id, or None at the first."""
        if self.step_index == 0:
            return None
        self.step_index -= 1
        sid = STEP_IDS[self.step_index]
        self.answers.pop(sid, None)
        for later in STEP_IDS[self.step_index:]:
            self.answers.pop(later, None)
        self.asked_again.discard(sid)
        return sid

    def restore(self, data: dict) -> None:
        """Answers autosaved before (a kill, Esc): taken up again where they were left."""
        answers = data.get("answers")
        if isinstance(answers, dict):
            for sid in STEP_IDS:
                v = answers.get(sid)
                if isinstance(v, str):
                    self.answers[sid] = v
                else:
                    break
            self.step_index = len(self.answers)

    def to_pending(self, draft_text: str = "") -> dict:
        return {"answers": dict(self.answers), "typing": draft_text}

    def evaluation(self, by: str = "") -> Evaluation:
        a = self.answers
        return Evaluation(evaluated_on=self.today, criterion_met=a["criterion"], evidence=a.get("evidence", ""),
                          level_now=int(a["level_now"]), worked=a.get("worked", ""),
                          did_not_work=a.get("did_not_work", ""), resident_view=a.get("resident_view", ""),
                          next_step=a["next_step"], next_note=a.get("next_note", ""), by=by)

    def label(self, sid: str, value: str) -> str:
        """How an answer is shown in the conversation (the label of a choice, the text as written)."""
        for step in self.steps():
            if step.id == sid and step.choices:
                return dict(step.choices).get(value, value)
        return value
