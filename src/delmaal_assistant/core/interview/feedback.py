"""What the assistant says about a sent answer (core, no UI), the way an experienced colleague would: the step's
findings most important first, what is missing without a finding, a proposal, praise only on positive evidence.
`Feedback` is what it says; `FeedbackMixin` gives `InterviewSession` the saying of it."""

from __future__ import annotations

from dataclasses import dataclass, field

from delmaal_assistant.core.interview import TEXT_KINDS, Step, followup_for
from delmaal_assistant.core.interview.answers import current_answer, describe_answer
from delmaal_assistant.core.interview.checks import CheckRun, _order
from delmaal_assistant.core.interview.meeting import OWN_WORDS, resident_followup, wording_proposal
from delmaal_assistant.core.model import Delmaal
from delmaal_assistant.core.model.codes import code_name, smart_codes
from delmaal_assistant.core.severity import BLOCKING, SEVERITY_DA


@dataclass
class Feedback:
    """What the assistant says about the answer to one step."""

    step_id: str
    findings: list  # on this step's fields, most important first
    ok: bool  # the checker ran
    notes: list[str] = field(default_factory=list)  # what is missing, said without a finding code
    messages: list[str] = field(default_factory=list)
    pending: list = field(default_factory=list)  # what stands in the way of moving on
    praise: bool = False
    focus: str | None = None  # the model path the user is asked to fix first
    advance: bool = False
    #: meeting mode: the form shows this answer now (the staff wording made from the resident's own words)
    form_answer: dict | None = None


#: step kinds answered by picking, not by saying something
CHOICE_KINDS = ("theme", "goal_type", "levels", "flags")
#: meeting mode: steps whose question asks whether there is any («Er der andre end os …?», «Har du en værge …?»):
#: «nej» is the answer, none
NO_MEANS_NONE = ("actors", "guardian")


class FeedbackMixin:
    """The feedback of an `InterviewSession` on the answer to its current step."""

    def step_findings(self, run: CheckRun, step: Step | None = None) -> list:
        step = step or self.step
        if step is None:
            return []
        return _order([f for f in run.findings if step.owns(getattr(f, "field", None))])

    def current_points(self) -> tuple[list, list[str]]:
        """The one source of every count the user sees about the current step ("N bemærkninger mens du
        skriver", "Ret svaret efter de N bemærkninger", "N bemærkninger ikke rettet"): the step's findings in
        the latest check, and what is missing without a finding (the evidence notes)."""
        run = self.last_run
        if self.step is None or run is None or not run.ok:
            return [], []
        findings = self.step_findings(run)
        return findings, self._evidence_notes(self.step, findings)

    def point_count(self) -> int:
        findings, notes = self.current_points()
        return len(findings) + len(notes)

    def feedback(self, run: CheckRun) -> Feedback:
        """React to the sent answer of the current step, the way an experienced colleague would."""
        self.record(run)
        step = self.step
        assert step is not None
        findings, notes = self.current_points()
        fb = Feedback(step.id, findings, run.ok, notes=notes)
        if self.meeting and self.hesitated:
            self.hesitated = False
            fb = Feedback(step.id, [], run.ok)
            # asked again with the step's own question (a general «Hvad kunne du tænke dig?» did not fit them all)
            fb.messages.append(f'{self.texts.to_resident("hesitation")} {step.ask(True)}')
            fb.pending = ["hesitation"]
            fb.form_answer = self._box.get(step.id) or self._for_resident(step, current_answer(step, self.d))
            fb.focus = step.text_path
            self._finish(fb)
            return fb
        if self.meeting and self.replied is not None:
            reply, self.replied = self.replied, None
            fb = Feedback(step.id, [], run.ok)
            if reply == "" and "proposal" in self.pending:
                # Enter on a box left empty: the proposal the contact person read aloud is asked about again
                fb.messages.append(self.texts.to_resident("proposal_plain"))
                fb.pending = ["proposal"]
                fb.form_answer = self._box.get(step.id) or self._for_resident(step, current_answer(step, self.d))
                fb.focus = step.text_path
            elif reply == "" and step.text_path == OWN_WORDS:
                # nothing more said beside the delmål's words kept as their own words: those stay, on to the next
                fb.messages.append(self.texts.to_resident("empty_again"))
                fb.advance = True
            elif reply == "":  # what staff wrote before could not be shown: kept as it is, on to the next
                fb.messages.append(self.texts.to_resident("kept_reply"))
                fb.advance = True
            elif reply == "nej" and step.kind in NO_MEANS_NONE and "proposal" not in self.pending \
                    and _is_empty(step, self.d):
                # «nej» to «Er der andre end os, som hjælper dig?» is the answer: nobody – not words to rephrase
                fb.messages.append(self.texts.to_resident("noted"))
                self.staff_notes.append(self._text("no_none_note", title=step.title))
                fb.advance = True
            elif reply == "nej":
                fb.messages.append(self.texts.to_resident("revise"))
                fb.pending = ["reply"]
                fb.form_answer = self._box.get(step.id) or self._for_resident(step, current_answer(step, self.d))
                fb.focus = step.text_path
            else:
                fb.messages.append(self.texts.to_resident("kept_reply"))
                self.staff_notes.append(self._text("kept_reply_note", reply=reply,
                                                   title=self.fields.label(step.text_path or step.fields[0])))
                fb.advance = True
            self._finish(fb)
            return fb
        if self.meeting and self.accepted:
            # "ja" to the proposal, or the proposal sent as shown: taken, and on to the next step at once. What the
            # checker still finds in it is for staff (the panel), not asked of the resident a second time
            self.accepted = False
            fb = Feedback(step.id, findings if run.ok else [], run.ok)
            fb.messages.append(self.texts.to_resident("accepted"))
            fb.advance = True
            self._finish(fb)
            return fb
        if self.meeting and self.du_kept:
            kept, self.du_kept = self.du_kept, []
            self.staff_notes.append(self._text("du_form_kept_note", title=self.fields.label(step.text_path or
                                                                                             step.fields[0]),
                                               own="» «".join(kept)))
            fb = Feedback(step.id, [], run.ok)
            fb.messages.append(self.texts.to_resident("kept_as_said"))
            fb.advance = True
            self._finish(fb)
            return fb
        empty = _is_empty(step, self.d)
        if not run.ok:
            if self.meeting:  # the reason and the keys are for staff: their panel; the resident is thanked
                self.staff_notes.append(self._text("not_checked", reason=run.error))
                fb.messages.append(self.texts.to_resident("not_checked"))
            else:
                fb.messages.append(self._text("not_checked", reason=run.error))
            fb.focus = step.text_path
            fb.pending = ["unchecked"]
            self._finish(fb)
            return fb
        if self.meeting and self.own_answer is not None:
            own, staff, problems = self.own_answer
            self.own_answer = None
            where = self.fields.label(step.text_path or step.fields[0])
            if staff and problems:  # said only in part: what is not in the proposal is for staff
                self.staff_notes.append(self._text("left_out_note", title=where, reason="; ".join(problems)))
            if staff and staff.strip() != own.strip():
                # the staff wording to accept (send again) or edit; the resident's words are kept as said
                # each input's text its own sentence («Du cykler selv hele vejen. Vi spørger …», not «…vejen Vi»)
                lines = [self._du(line) for line in staff.split("\n") if line.strip()]
                du = " ".join(_ended(x) for x in lines) if lines and all(lines) else None
                fb.messages.append(self.texts.to_resident("staff_wording", proposal=du) if du else
                                   self.texts.to_resident("proposal_plain"))
                self.staff_notes.append(self._text("staff_wording_note", title=where, own=own, proposal=staff))
                fb.pending = ["proposal"]
                fb.form_answer = self._for_resident(step, current_answer(step, self.d))
                fb.focus = step.text_path
                self._finish(fb)  # the findings' names go to the staff panel
                fb.findings = []  # the resident was asked about the proposal, not about them ("se samtalen")
                return fb
            if not staff:
                # not said in the third person with confidence: stored as said; staff write it afterwards
                self.staff_notes.append(self._text("kept_as_said_note", title=where, own=own,
                                                   reason="; ".join(problems)))
                fb.messages.append(self.texts.to_resident("kept_as_said"))
                fb.advance = True
                self._finish(fb)
                return fb
        explained = [self.explain(f) for f in fb.findings]
        fb.messages.extend(explained)
        blocking = [f for f in fb.findings if f.severity in BLOCKING]
        answer_now = current_answer(step, self.d)
        asked_again = self._asked_again.pop(step.id, None)
        if self.meeting and (blocking or notes) and not empty and asked_again == answer_now:
            # asked to say it another way, the resident said the same again: that is their answer. Taken as it is
            # (a colleague would not ask a third time); what the checker finds in it is for staff
            fb.messages = [self.texts.to_resident("noted")]
            self.staff_notes.append(self._text("same_again_note", title=step.title,
                                               own=describe_answer(step, self.d).replace("\n", " ")))
            fb.advance = True
            self._finish(fb)
            return fb
        if self.meeting and step.kind in TEXT_KINDS and empty and self.pending == ["empty"]:
            # sent empty again after «Vil du sige noget om det? Ellers går vi videre.»: that is the answer – on
            # to the next question, as said (Enter again only asked the same again)
            fb = Feedback(step.id, [], run.ok)
            fb.messages.append(self.texts.to_resident("empty_again"))
            self.staff_notes.append(self._text("skipped_empty", title=step.title))
            fb.advance = True
            self._finish(fb)
            return fb
        if step.kind in TEXT_KINDS and empty and self.fields.is_judged(step.text_path) and not blocking:
            # meeting mode: not the staff's «Du har ikke skrevet noget endnu … (Ctrl+N)» – a key for staff
            fb.messages.append(self.texts.to_resident("empty") if self.meeting else self._text("empty"))
            fb.pending = ["empty"]
        elif self.meeting and self._propose(step, fb, only=True):
            # the resident's own words made a proposal: they are asked about it alone. What the checker found in
            # their words (an «ikke» in «det ved jeg ikke», a name) is not asked of them beside it – three
            # questions and one box, and «Vil du sige det på en anden måde?» above «Er det rigtigt?». The findings'
            # names go to the staff panel; what is still found in the proposal once taken is for staff too
            fb.pending = ["proposal"]
            fb.focus = step.text_path
            self._finish(fb)
            fb.findings, fb.notes = [], []
            return fb
        elif blocking or notes:
            if self.meeting:
                # one question at a time, as a colleague asks: the most important one; the others go to the staff
                # panel (`_finish`) – three questions and one box left the resident not knowing which to answer
                fb.messages = [m for m in fb.messages if m not in explained]
                fb.messages.extend(([self.explain(blocking[0])] if blocking else notes[:1]))
                self._asked_again[step.id] = answer_now
            else:
                fb.messages.extend(notes)
            fb.pending = blocking + notes
            fb.focus = getattr(blocking[0], "field", None) if blocking else step.text_path
            fb.messages.append(self._revise_hint(step, len(fb.findings) + len(notes)))
            self._propose(step, fb)
        elif self._propose(step, fb):
            fb.pending = ["proposal"]
            fb.focus = step.text_path
        else:
            if self.meeting:
                # the assistant goes on: a question put to the resident now would be left unanswered («Må vi tage
                # navnet ud?» and then the next question) – the remarks go to the staff panel alone (`_finish`)
                fb.messages = [m for m in fb.messages if m not in explained]
            judged = any(self.fields.is_judged(p) for p in _judged_paths(step))
            if judged and not empty and not fb.findings:
                fb.praise = True
                fb.messages.append(self.texts.to_resident("praise") if self.meeting else
                                   self._text("praise", elements=self._elements(step)))
            elif self.meeting and empty and not any(isinstance(v, bool) for v in current_answer(step, self.d).values()):
                # (a tick box left empty is an answer: «nej» to «Har du en værge …?» is written down)
                # nothing said in a form (a level described by no one): «Tak. Det er skrevet ned.» was untrue –
                # on to the next question, as said when a box is left empty; staff are told which was skipped
                fb.messages.append(self.texts.to_resident("empty_again"))
                self.staff_notes.append(self._text("skipped_empty", title=step.title))
            elif self.meeting:
                fb.messages.append(self.texts.to_resident("noted"))  # the staff's "Noteret." is not for the resident
            elif fb.findings:
                fb.messages.append(self._text("noted_with_suggestions"))
            else:
                fb.messages.append(self._text("noted"))
            fb.advance = True
        self._finish(fb)
        return fb

    def _finish(self, fb: Feedback) -> None:
        if self._reload_box and fb.form_answer is None and not fb.advance and self.step is not None:
            fb.form_answer = self._for_resident(self.step, current_answer(self.step, self.d))
        self._reload_box = False
        self.pending = list(fb.pending)
        if fb.form_answer is not None and self.step is not None:
            self._box[self.step.id] = dict(fb.form_answer)
        for m in fb.messages:
            self.say("assistant", m)
        if self.meeting and fb.findings:
            # the names of the findings are for staff: the staff panel (F4), not the resident's conversation
            names = ", ".join(dict.fromkeys(code_name(f.code) for f in fb.findings))
            note = self._text("for_staff", title=self.step.title if self.step else "", names=names)
            if note not in self.staff_notes:  # the proposal taken finds what the raw words had: said once
                self.staff_notes.append(note)

    def _propose(self, step: Step, fb: Feedback, only: bool = False) -> bool:
        """A first-person delmål ("Jeg vil selv vaske …") gets a proposed wording "At beboeren …" to accept
        (F6) or edit; the resident's own words are kept verbatim in their own field. `only`: the proposal is all
        that is said (meeting mode: the messages said so far are dropped)."""
        self.proposal = None
        if step.text_path != "wording":
            return False
        made = wording_proposal(self.d.wording)
        proposal = made.text
        if not proposal or proposal.strip() == self.d.wording.strip():
            return False
        self.proposal = proposal
        if only:
            fb.messages = []
        if made.left:  # what of the resident's words is not in the proposal: for staff, never the resident
            self.staff_notes.append(self._text("left_out_note", title=self.fields.label("wording"),
                                               reason="; ".join(made.left)))
        if not self.d.collaboration.resident_own_words.strip():
            self.d.collaboration.resident_own_words = self.d.wording
            # remembered as carried over: the own-words step then asks for new words in an empty box
            self.draft.own_words["wording"] = self.d.wording
        if self.meeting:
            # no staff key on the resident's screen: the proposal stands in the answer box, to send or edit
            du = self._du(proposal)
            fb.messages.append(self.texts.to_resident("proposal", proposal=_ended(du)) if du else
                               self.texts.to_resident("proposal_plain"))
            fb.form_answer = self._for_resident(step, {"text": proposal})
            self.staff_notes.append(self._text("proposal_note" if du else "proposal_note_plain",
                                               own=self.d.collaboration.resident_own_words, proposal=proposal))
        else:
            fb.messages.append(self._text("proposal", proposal=proposal))
        return True

    def _revise_hint(self, step: Step, n: int) -> str:
        if self.meeting:
            # a choice (the theme, the kind of goal, the levels, the ticks) is an answer, not words to rephrase
            return self.texts.to_resident("revise_choice" if step.kind in CHOICE_KINDS else "revise")
        out = self._text("revise_one") if n == 1 else self._text("revise_many", n=n)
        return out + (" " + self._text("revise_text_hint") if step.kind == "text" else "")

    def _elements(self, step: Step) -> str:
        out: list[str] = []
        for p in _judged_paths(step):
            s = self.fields.spec(p)
            if s and s.judged:
                out.extend(e for e in s.elements if e not in out)
        return "; ".join(out)

    def _evidence_notes(self, step: Step, findings: list) -> list[str]:
        """For the delmål sentence: no praise without positive evidence (FIELDS.md, SMART 1). When the wording
        names no frequency, occasion or amount, or describes a state, say so – unless a finding already
        explains why it is not specific, or already asks for the number («mere»: «Hvor meget eller hvor ofte helt
        præcist?» – the same remark twice on one answer)."""
        if step.text_path != "wording" or not self.d.wording.strip():
            return []
        if {f.code for f in findings} & (smart_codes("specific") | smart_codes("measurable")):
            return []
        item = self.smart()[0]
        if item.status != "missing":
            return []
        if self.meeting:
            return [self.texts.to_resident("no_criterion")]
        return [self._text("no_criterion", reason=item.reason)]

    def explain(self, f) -> str:
        """A finding as one plain-Danish message: explanation, suggestion, follow-up question. In meeting mode
        the resident's version (du-form, everyday words); the staff note follows discreetly (`staff_note`)."""
        if self.meeting:
            explain, question = resident_followup(self.prompts, f)
            return f"{explain}\n→ {question}"
        explain, question = followup_for(self.prompts, f)
        where = ""
        if getattr(f, "field", None) and self.step and self.step.kind not in TEXT_KINDS:
            where = f" [{self.fields.label(f.field)}]"  # which part of a form with several inputs
        excerpt = f" «{f.excerpt}»" if f.excerpt else ""
        text = f"{SEVERITY_DA.get(f.severity, f.severity).upper()}{where}{excerpt}: {explain}"
        if f.suggestion:
            text += "\n" + self._text("suggestion", suggestion=f.suggestion)
        return text + f"\n→ {question}"


def _is_empty(step: Step, d: Delmaal) -> bool:
    a = current_answer(step, d)
    return not any((v.strip() if isinstance(v, str) else v) for k, v in a.items() if k != "wording")


def _judged_paths(step: Step) -> tuple[str, ...]:
    return (step.text_path,) if step.kind == "indicator" else step.fields


def _ended(sentence: str) -> str:
    """A proposal quoted to the resident ends its sentence («Du vil klare mere selv.» Er det rigtigt?) – the box
    keeps it as proposed."""
    s = sentence.rstrip()
    return s if not s or s[-1] in ".!?…" else s + "."
