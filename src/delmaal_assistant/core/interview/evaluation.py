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

from delmaal_assistant.core import texts
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
        crit = d.measurement.strip() or texts.get("core.interview.evaluation.ikke_skrevet_succeskriterium_delmaalet")
        p = progress(d)
        seen = (texts.get("core.interview.evaluation.har_registreret_observation", count=p.count,
                          value="er" if p.count != 1 else '')
                + (texts.get("core.interview.evaluation.seneste_viste_niveau", fmt=fmt(p.latest_on), latest=p.latest) if p.latest is not None else "."))
        levels = tuple((str(n), level_text(d, n)) for n in range(5))
        nexts = tuple((k, v) for k, v in NEXT_STEP_DA.items())
        note_q = {"continue": texts.get("core.interview.evaluation.hvad_fortsaetter_hvornaar"),
                  "adjust": texts.get("core.interview.evaluation.hvad_skal_justeres_fx"),
                  "new": texts.get("core.interview.evaluation.hvad_skal_nye_delmaal")}.get(self.answers.get("next_step", ""), texts.get("core.interview.evaluation.hvad_naeste_skridt"))
        return [
            EvalStep("criterion", texts.get("core.interview.evaluation.succeskriteriet_naaet_lyder", crit=crit),
                     tuple((k, v) for k, v in CRITERION_DA.items())),
            EvalStep("evidence", texts.get("core.interview.evaluation.hvad_viser_beskriv_hvad", seen=seen),
                     placeholder=texts.get("core.interview.evaluation.fx_vasket_selv_9")),
            EvalStep("level_now", texts.get("core.interview.evaluation.hvilket_niveau_beboeren_nu"), levels),
            EvalStep("worked", texts.get("core.interview.evaluation.hvad_indsatsen_virkede"), placeholder=texts.get("core.interview.evaluation.fx_paamindelsen_onsdag_kl")),
            EvalStep("did_not_work", texts.get("core.interview.evaluation.hvad_virkede_ikke_eller"),
                     placeholder=texts.get("core.interview.evaluation.fx_naar_vaskekaelderen_var")),
            EvalStep("resident_view", texts.get("core.interview.evaluation.hvad_siger_beboeren_selv"),
                     placeholder=texts.get("core.interview.evaluation.fx_jeg_kan_godt")),
            EvalStep("next_step", texts.get("core.interview.evaluation.hvad_nu"), nexts),
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
            return Reply(False, texts.get("core.interview.evaluation.evalueringen_faerdig_tryk_for",
                                          label=keymap().label('eval-save')))
        value = (value or "").strip()
        if step.choices and value not in {k for k, _ in step.choices}:
            return Reply(False, texts.get("core.interview.evaluation.vaelg_svarene_listen"))
        again = step.id in self.asked_again
        concern = self._concern(step.id, value)
        if concern and not again:
            self.asked_again.add(step.id)
            return Reply(False, concern + texts.get("core.interview.evaluation.send_svaret_igen_for"))
        self.answers[step.id] = value
        self.step_index += 1
        return Reply(True, self._reaction(step.id, value))

    def _concern(self, sid: str, value: str) -> str | None:
        words = value.split()
        if sid == "evidence" and len(words) < 4:
            return (texts.get("core.interview.evaluation.tyndt_belaeg_hvad_har"))
        if sid in ("worked", "did_not_work") and len(words) < 2:
            return (texts.get("core.interview.evaluation.skriv_lidt_mere_hvad") if sid == "worked"
                    else texts.get("core.interview.evaluation.var_intet_var_svaert"))
        if sid == "resident_view":
            if not value:
                return (texts.get("core.interview.evaluation.spoerg_beboeren_hvordan_synes"))
            if not FIRST_PERSON.search(value) and not value.startswith(("»", '"', "'", "“")):
                return (texts.get("core.interview.evaluation.lyder_din_gengivelse_skriv"))
        if sid == "next_note" and len(words) < 3:
            return texts.get("core.interview.evaluation.skriv_konkret_hvad_skal")
        return None

    def _reaction(self, sid: str, value: str) -> str:
        d = self.d
        ind = d.indicators
        if sid == "criterion":
            return {"yes": texts.get("core.interview.evaluation.kriteriet_naaet_hvad_viser"),
                    "partly": texts.get("core.interview.evaluation.delvist_naaet_hvad_naaet"),
                    "no": texts.get("core.interview.evaluation.ikke_naaet_ogsaa_vigtig")}[value]
        if sid == "level_now":
            n = int(value)
            t = trend(ind.start_level, n, ind.expected_end_level)
            parts = [f"Niveau {n} nu"]
            if ind.start_level is not None:
                parts.append(texts.get("core.interview.evaluation.mod_ved_start", start_level=ind.start_level))
            if ind.expected_end_level is not None:
                parts.append(texts.get("core.interview.evaluation.forventet",
                                       expected_end_level=ind.expected_end_level))
            text = " ".join(parts) + (f": {TREND_DA[t]}." if t != "unknown" else ".")
            crit = self.answers.get("criterion")
            if crit == "yes" and t in ("same", "away"):
                text += texts.get("core.interview.evaluation.kriteriet_naaet_men_niveauet")
            if crit == "no" and t == "reached":
                text += texts.get("core.interview.evaluation.niveauet_naaet_men_kriteriet")
            return text
        if sid == "resident_view":
            return texts.get("core.interview.evaluation.beboerens_ord_skrevet_ned")
        if sid == "next_step":
            return NEXT_STEP_DA[value] + "."
        if sid == "next_note":
            return texts.get("core.interview.evaluation.hele_evalueringen_tryk_for", label=keymap().label('eval-save'))
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
