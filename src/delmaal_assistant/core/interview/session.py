"""The interview session: the state of one delmål being written, without any UI.

`InterviewSession` owns the draft, the current step, the findings, SMART, confirmations and autosave. The
Textual screens are thin views on it: they show what it says and pass on what the user does. The checker runs in
exactly one place (`run_checks`), which never turns a failure into "no findings": a failed check is reported,
logged (without resident text) and makes SMART say "?".

Threading: `snapshot()` and everything that changes state run on the UI thread; `run_checks(snapshot)` is pure
and may run in a worker thread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from typing import Any, Callable, Protocol

from delmaal_assistant.core.files.drafts import ConversationEntry, Draft
from delmaal_assistant.core.model.codes import code_name, smart_codes
from delmaal_assistant.core.files.crashlog import write_crash_report
from delmaal_assistant.core.model.fields import FieldRegistry, registry
from delmaal_assistant.core.interview import (
    parse_actors,
    TEXT_KINDS,
    AnswerError,
    Prompts,
    Step,
    apply_answer,
    current_answer,
    default_prompts,
    describe_answer,
    describe_for_resident,
    followup_for,
    next_step,
    previous_step,
)
from delmaal_assistant.core.model import Delmaal
from delmaal_assistant.core.resources import data_lang
from delmaal_assistant.core.outputs.smart import SmartItem, confirm, drop_stale_confirmations, smart_status, unconfirm
from delmaal_assistant.core.interview.loader import Conversation, conversation
from delmaal_assistant.core.interview.meeting import propose_wording, resident_followup
from delmaal_assistant.core.outputs.duform import find_resident, transform
from delmaal_assistant.core.outputs.person import has_first_person, staff_wording
from delmaal_assistant.core.keymap import keymap
from delmaal_assistant.core.severity import BLOCKING, SEVERITY_DA, SEVERITY_RANK
from delmaal_assistant.core.dates import format_date

REVIEW_STEP = "review"
#: the binding ids a conversation text may name as {k_…} (conversation.toml)
KEY_SLOTS = ("skip", "submit", "review", "use-proposal", "select-all", "meeting", "back", "help", "side")
#: the keys named in messages when no UI says otherwise: the terminal's, from the one keymap (keys.toml)
DEFAULT_KEYS = {b: keymap().label(b) for b in KEY_SLOTS}


class CheckerLike(Protocol):
    def check_delmaal(self, delmaal: Delmaal) -> list: ...


@dataclass(frozen=True)
class CheckRun:
    """The result of checking a whole delmål: its findings, or why it could not be checked."""

    findings: tuple = ()
    ok: bool = True
    error: str | None = None  # Danish, for the user; no resident text


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


#: meeting mode: steps whose first-person answers get a staff wording in the third person (the delmål sentence
#: has its own "At beboeren …" proposal; the resident's own words are never rewritten)
STAFF_WORDING_KINDS = ("text", "indicator", "actors")
#: words of an answer that says nothing yet ("øh", "tja", "det ved jeg ikke"): asked again in meeting mode
_HESITATION_WORDS = frozenset("øh øhm øhh øhhh hm hmm hmmm mm tja tjo nja nå altså ved ikke ik ikk det jeg aner "
                              "ingen anelse hvad vil sige ved-ikke".split())


def is_hesitation(text: str) -> bool:
    """"øh", "tja", "det ved jeg ikke", "aner det ikke": a pause or a don't-know, not a goal to judge."""
    words = re.findall(r"[\wæøå-]+", text.lower())
    # a stray letter or two ("h, det ved jeg ikke" when a key was lost) does not make it an answer
    return bool(words) and len(words) <= 8 and all(w in _HESITATION_WORDS or len(w) <= 2 for w in words) and (
        any(w in ("øh", "øhm", "øhh", "øhhh", "hm", "hmm", "hmmm", "mm", "tja", "tjo", "nja") for w in words)
        or ("ved" in words and "ikke" in words) or "aner" in words or "anelse" in words)
NO_STAFF_WORDING = ("wording", "title", "collaboration.resident_own_words")


def run_checks(checker: CheckerLike | None, snapshot: Delmaal, *, unavailable: str | None = None) -> CheckRun:
    """The one place that runs the checker on a delmål. Pure: safe in a worker thread."""
    if checker is None:
        return CheckRun((), False, unavailable or conversation().text("checker_not_started"))
    try:
        return CheckRun(tuple(checker.check_delmaal(snapshot)), True, None)
    except Exception as exc:  # a checker bug must never lose the answer, nor pass for "no findings"
        return _failed(exc, "sprogtjek af et delmål")


def run_text_checks(checker, text: str) -> CheckRun:
    """Check pasted wordings, one per non-empty line (as `delmaal check` reads text), offsets into the whole
    text. The same failure rules as `run_checks`."""
    if checker is None:
        return CheckRun((), False, conversation().text("checker_not_started"))
    out = []
    offset = 0
    try:
        for line in text.split("\n"):
            if line.strip():
                out.extend(replace(f, start=f.start + offset, end=f.end + offset) for f in checker.check(line))
            offset += len(line) + 1
    except Exception as exc:
        return _failed(exc, "sprogtjek af en formulering")
    return CheckRun(tuple(out), True, None)


def _failed(exc: Exception, what: str) -> CheckRun:
    """A failed check: a crash report without resident text, and a Danish reason for the user."""
    where = write_crash_report(exc, what)
    c, error = conversation(), type(exc).__name__
    return CheckRun((), False, c.text("checker_failed_report", error=error, report=where) if where
                    else c.text("checker_failed", error=error))




def _order(findings: list) -> list:
    """Most severe first; within a level, findings about the whole answer before those on a span."""
    return sorted(findings, key=lambda f: (-SEVERITY_RANK.get(f.severity, 0), f.start if f.excerpt else -1))


class InterviewSession:
    def __init__(self, draft: Draft, *, prompts: Prompts | None = None, fields: FieldRegistry | None = None,
                 save: Callable[[Draft], Any] | None = None, today: date | None = None) -> None:
        self.draft = draft
        lang = data_lang(draft.delmaal.language)
        self.prompts = prompts or default_prompts(lang)
        self.fields = fields or registry(lang)
        self.texts: Conversation = conversation(lang)
        self._save = save
        self.today = today or date.today()
        self.step: Step | None = None
        self.pending: list = []
        self.last_run: CheckRun | None = None  # the latest check of the whole delmål (for SMART and review)
        self.listeners: list[Callable[[ConversationEntry], None]] = []
        self.save_error: str | None = None
        self.proposal: str | None = None  # a proposed third-person wording (F6 uses it)
        #: meeting mode: (own words, staff wording or None, problems) for the answer just sent
        self.own_answer: tuple[str, str | None, tuple[str, ...]] | None = None
        self.hesitated = False
        self._du_shown: dict[str, str] = {}  # meeting mode: a proposal's du-form shown → its staff form
        self._sent: dict[str, dict] = {}      # step id → the answer last sent (or found on entering the step)
        self._box: dict[str, dict] = {}       # step id → what the answer box last showed the resident
        #: meeting mode: what is for staff only (finding names, what could not be said in the third person);
        #: shown in the staff panel (F4), never in the conversation the resident reads
        self.staff_notes: list[str] = []
        #: where the user was before "Gå til" (a step id, or REVIEW_STEP): the interview returns there
        self.return_to: str | None = None
        #: binding id → the key that runs it where the assistant runs (the UI sets it: the browser has Alt+N
        #: where the terminal has Ctrl+N), so every key named in a message is one that works
        self.keys: Callable[[str], str] = lambda binding_id: DEFAULT_KEYS.get(binding_id, binding_id)

    def _text(self, key: str, **slots) -> str:
        """A staff text from conversation.toml with the keys named as they work where the assistant runs
        ({k_skip}, {k_submit} … : Alt+N in the browser where the terminal has Ctrl+N)."""
        keys = {f"k_{b.replace('-', '_')}": self.keys(b) for b in KEY_SLOTS}
        return self.texts.text(key, **keys, **slots)

    # ------------------------------------------------------------------ state

    @property
    def d(self) -> Delmaal:
        return self.draft.delmaal

    @property
    def meeting(self) -> bool:
        return self.draft.meeting_mode

    def say(self, role: str, text: str) -> ConversationEntry:
        entry = ConversationEntry(role=role, text=text, step=self.step.id if self.step else None)
        self.draft.conversation.append(entry)
        for listener in self.listeners:
            listener(entry)
        return entry

    def first_step(self) -> tuple[Step, bool]:
        """The step to show when the screen opens, and whether the draft was at the review."""
        target = self.draft.step
        if target == REVIEW_STEP:
            return self.prompts.steps[-1], True
        if target:
            try:
                return self.prompts.step(target), False
            except KeyError:
                pass
        return next_step(self.prompts, None, self.d) or self.prompts.steps[0], False

    def reopened(self, step: Step) -> bool:
        """The draft was opened again at `step`: say so and ask again, unless the conversation already ends with
        exactly that note and question (opened and closed again without a word: no second note, no second
        question). Returns whether the question must be asked again."""
        note = f"Kladden er åbnet igen. Du var ved: {step.title}."
        tail = self.draft.conversation[-2:]
        if len(tail) == 2 and (tail[0].role, tail[0].text) == ("system", note) \
                and (tail[1].role, tail[1].step, tail[1].text) == ("assistant", step.id, step.ask(self.meeting)):
            return False
        self.say("system", note)
        return True

    def enter(self, step: Step, *, ask: bool = True) -> dict:
        """Make `step` current; returns the answer to show in its form."""
        self.step = step
        self.draft.step = step.id
        self.pending = []
        if ask:
            self.say("assistant", step.ask(self.meeting))
        answer = current_answer(step, self.d)
        self._sent.setdefault(step.id, dict(answer))  # what the field held: a hesitation ("øh") puts it back
        if step.kind == "dates":
            answer["wording"] = self.d.wording  # the form suggests the end date the wording names
        return answer

    def goto(self, step: Step, *, from_review: bool = False) -> dict:
        """Jump to `step` ("Gå til"); once it is answered or skipped, `next()` returns to where the user was."""
        if self.return_to is None and self.step is not None and (from_review or self.step.id != step.id):
            self.return_to = REVIEW_STEP if from_review else self.step.id
        return self.enter(step)

    def keep_typed(self, answer: dict | None) -> None:
        """What the user typed so far goes into the delmål (leniently: no error while typing)."""
        if answer is not None and self.step is not None:
            apply_answer(self.step, self.d, _clean(answer), lenient=True, today=self.today)
            drop_stale_confirmations(self.d)

    def snapshot(self) -> Delmaal:
        return self.d.model_copy(deep=True)

    def record(self, run: CheckRun) -> None:
        self.last_run = run

    # ------------------------------------------------------------------ answering

    def submit(self, answer: dict) -> str | None:
        """Apply a sent answer. Returns a Danish error (and says it) when it cannot be used. In meeting mode a
        first-person answer to a field staff read is stored in the staff's third person (the judges then read it
        as what the resident does), and the resident's own words are kept verbatim beside it."""
        step = self.step
        if step is None:
            return None
        answer = _clean(answer)
        self.own_answer = None
        self.hesitated = False
        own_text = ""
        as_sent = ""
        if self.meeting and step.kind in TEXT_KINDS and is_hesitation(str(answer.get("text", ""))):
            # "øh, det ved jeg ikke": asked again gently in `feedback`; the field keeps what it had (a proposal too)
            self.hesitated = True
            before = self._sent.get(step.id)
            if before is not None:  # typing went into the field as it was typed: put back what it held
                apply_answer(step, self.d, before, lenient=True, today=self.today)
            self.say("user", str(answer.get("text", "")))
            return None
        if self.meeting and self._du_shown:
            # the resident sent the proposal as shown to them (du-form): store the staff's form of it
            mapped = {k: (self._du_shown.get(v.strip(), v) if isinstance(v, str) else v) for k, v in answer.items()}
            if mapped != answer:  # the resident's screen repeats what they sent (du), the delmål gets the staff form
                as_sent = "\n".join(v for k, v in answer.items() if isinstance(v, str) and v.strip()
                                    and mapped[k] != v)
                answer = mapped
        if self.meeting:
            answer, own_text = self._staff_wording(step, answer)
        try:
            apply_answer(step, self.d, answer, today=self.today)
        except AnswerError as exc:
            self.say("assistant", str(exc))
            return str(exc)
        drop_stale_confirmations(self.d)
        self._sent[step.id] = current_answer(step, self.d)
        said = as_sent or own_text or (describe_for_resident(step, self.d) if self.meeting else describe_answer(step, self.d))
        if self.meeting and step.kind == "goal_type" and self.d.goal_type:
            said = step.meeting_label(self.d.goal_type.name, said)  # the resident's words for the choice
        self.say("user", said)
        self.autosave()
        return None

    def resident(self):
        """Who the resident is (name and han/hun) from the delmål so far, for staff wordings."""
        d = self.d
        texts = (d.indsats.actions, d.indsats.when_resident_wants_otherwise, d.measurement,
                 *(f"{a.name} {a.how}" for a in d.external_actors), *(lv.what_we_see for lv in d.indicators.levels))
        r = find_resident(d.wording, texts)
        return r if r is not None and not r.first_person else None

    def _staff_wording(self, step: Step, answer: dict) -> tuple[dict, str]:
        """(the answer to store, the resident's own words) for a meeting-mode answer."""
        if step.kind not in STAFF_WORDING_KINDS or step.text_path in NO_STAFF_WORDING:
            return answer, ""
        keys = ("what_we_see", "how_we_support") if step.kind == "indicator" else ("text",)
        base = (step.text_path or step.fields[0]).rsplit(".", 1)[0] if step.kind == "indicator" else None
        owns, staffs, problems = [], [], []
        for key in keys:
            own = str(answer.get(key, ""))
            result = self._third_person(step, own)
            if result is None:
                continue
            path = f"{base}.{key}" if base else (step.text_path or step.fields[0])
            self.draft.own_words[path] = own
            owns.append(own)
            if result[0]:
                answer = {**answer, key: result[0]}
                staffs.append(result[0])
            problems += list(result[1])
        if not owns:
            return answer, ""
        own_all = "\n".join(owns)
        self.own_answer = (own_all, "\n".join(staffs) if staffs and not problems else None, tuple(problems))
        return answer, own_all

    def _third_person(self, step: Step, own: str) -> tuple[str | None, tuple[str, ...]] | None:
        """(staff wording or None, problems) for one first-person text; None when it is not first person."""
        if not has_first_person(own):
            return None
        res = self.resident()
        name, gender = (res.name, res.gender) if res else ("beboeren", "")
        if step.kind != "actors":
            sw = staff_wording(own, name, gender)
            return sw.text, sw.problems
        lines, problems = [], []
        for a in parse_actors(own):
            who = staff_wording(a.name, name, gender)
            how = staff_wording(a.how, name, gender) if a.how else None
            if who.text is None or (how is not None and how.text is None):
                problems += list(who.problems) + list(how.problems if how else ())
                break
            lines.append(f"{who.text.rstrip('.')} – {how.text[:1].lower()}{how.text[1:]}" if how
                         else who.text.rstrip("."))
        return (None if problems else "\n".join(lines)), tuple(problems)

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
            fb.messages.append(self.texts.to_resident("hesitation"))
            fb.pending = ["hesitation"]
            fb.form_answer = self._box.get(step.id) or self._for_resident(step, current_answer(step, self.d))
            fb.focus = step.text_path
            self._finish(fb)
            return fb
        empty = _is_empty(step, self.d)
        if not run.ok:
            fb.messages.append(self._text("not_checked", reason=run.error))
            fb.focus = step.text_path
            fb.pending = ["unchecked"]
            self._finish(fb)
            return fb
        if self.meeting and self.own_answer is not None:
            own, staff, problems = self.own_answer
            self.own_answer = None
            where = self.fields.label(step.text_path or step.fields[0])
            if staff and staff.strip() != own.strip():
                # the staff wording to accept (send again) or edit; the resident's words are kept as said
                du = self._du(staff)
                fb.messages.append(self.texts.to_resident("staff_wording", proposal=du) if du else
                                   self.texts.to_resident("proposal_plain"))
                self.staff_notes.append(self._text("staff_wording_note", title=where, own=own, proposal=staff))
                fb.pending = ["proposal"]
                fb.form_answer = self._for_resident(step, current_answer(step, self.d))
                fb.focus = step.text_path
                self._finish(fb)
                return fb
            if not staff:
                # not said in the third person with confidence: stored as said; staff write it afterwards
                self.staff_notes.append(self._text("kept_as_said_note", title=where, own=own,
                                                   reason="; ".join(problems)))
                fb.messages.append(self.texts.to_resident("kept_as_said"))
                fb.advance = True
                self._finish(fb)
                return fb
        for f in fb.findings:
            fb.messages.append(self.explain(f))
        blocking = [f for f in fb.findings if f.severity in BLOCKING]
        if step.kind in TEXT_KINDS and empty and self.fields.is_judged(step.text_path) and not blocking:
            fb.messages.append(self._text("empty"))
            fb.pending = ["empty"]
        elif blocking or notes:
            fb.messages.extend(notes)
            fb.pending = blocking + notes
            fb.focus = getattr(blocking[0], "field", None) if blocking else step.text_path
            fb.messages.append(self._revise_hint(step, len(fb.findings) + len(notes)))
            self._propose(step, fb)
        elif self._propose(step, fb):
            fb.pending = ["proposal"]
            fb.focus = step.text_path
        else:
            judged = any(self.fields.is_judged(p) for p in _judged_paths(step))
            if judged and not empty and not fb.findings:
                fb.praise = True
                fb.messages.append(self.texts.to_resident("praise") if self.meeting else
                                   self._text("praise", elements=self._elements(step)))
            elif fb.findings:
                fb.messages.append(self._text("noted_with_suggestions"))
            else:
                fb.messages.append(self._text("noted"))
            fb.advance = True
        self._finish(fb)
        return fb

    def _finish(self, fb: Feedback) -> None:
        self.pending = list(fb.pending)
        if fb.form_answer is not None and self.step is not None:
            self._box[self.step.id] = dict(fb.form_answer)
        for m in fb.messages:
            self.say("assistant", m)
        if self.meeting and fb.findings:
            # the names of the findings are for staff: the staff panel (F4), not the resident's conversation
            names = ", ".join(dict.fromkeys(code_name(f.code) for f in fb.findings))
            self.staff_notes.append(self._text("for_staff", title=self.step.title if self.step else "",
                                                    names=names))

    def _propose(self, step: Step, fb: Feedback) -> bool:
        """A first-person delmål ("Jeg vil selv vaske …") gets a proposed wording "At beboeren …" to accept
        (F6) or edit; the resident's own words are kept verbatim in their own field."""
        self.proposal = None
        if step.text_path != "wording":
            return False
        proposal = propose_wording(self.d.wording)
        if not proposal or proposal.strip() == self.d.wording.strip():
            return False
        self.proposal = proposal
        if not self.d.collaboration.resident_own_words.strip():
            self.d.collaboration.resident_own_words = self.d.wording
        if self.meeting:
            # no staff key on the resident's screen: the proposal stands in the answer box, to send or edit
            du = self._du(proposal)
            fb.messages.append(self.texts.to_resident("proposal", proposal=du) if du else
                               self.texts.to_resident("proposal_plain"))
            fb.form_answer = self._for_resident(step, {"text": proposal})
            self.staff_notes.append(self._text("proposal_note", own=self.d.collaboration.resident_own_words,
                                                    proposal=proposal))
        else:
            fb.messages.append(self._text("proposal", proposal=proposal))
        return True

    def _du(self, staff: str) -> str | None:
        """A staff-form text ("At beboeren tager selv bussen …") as the resident reads it ("Du tager selv bussen
        …"); None when the rules cannot say every sentence of it with certainty."""
        res = find_resident(staff, (staff,)) or self.resident()
        if res is None or res.first_person:
            return None
        out = transform(staff, res)
        if out.left_out or not out.sentences:
            return None
        du = out.text
        self._du_shown[du.strip()] = staff
        return du

    def _for_resident(self, step: Step, answer: dict) -> dict:
        """The answer box in meeting mode holds what the resident may read: the du-form of a staff-form text
        (sent unchanged, it is stored in the staff's form); empty when it cannot be said in du-form."""
        res = self.resident()
        names = [n for n in (res.names if res else ()) if n and n != "jeg"]
        staffish = r"(?i)\b(beboeren|borgeren|den unge|personalet|medarbejder\w*|KP)\b"
        out = dict(answer)
        for key, text in answer.items():
            if not isinstance(text, str) or not text.strip():
                continue
            if not (re.search(staffish, text) or re.match(r"(?i)\s*at\s", text)
                    or any(re.search(rf"(?<![\wæøå]){re.escape(n)}(?![\wæøå])", text) for n in names)):
                continue
            out[key] = self._du(text) or ""
        return out

    def _revise_hint(self, step: Step, n: int) -> str:
        if self.meeting:
            return self.texts.to_resident("revise")
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
        explains why it is not specific."""
        if step.text_path != "wording" or not self.d.wording.strip():
            return []
        if {f.code for f in findings} & smart_codes("specific"):
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

    def next(self) -> Step | None:
        """The next step that applies; None at the end (the review). After "Gå til", back where the user was."""
        back, self.return_to = self.return_to, None
        if back == REVIEW_STEP:
            self.draft.step = REVIEW_STEP
            return None
        if back and (self.step is None or back != self.step.id):
            try:
                step = self.prompts.step(back)
            except KeyError:
                step = None
            if step is not None:
                self.say("system", self._text("returned", title=step.title))
                return step
        nxt = next_step(self.prompts, self.step.id if self.step else None, self.d)
        if nxt is None:
            self.draft.step = REVIEW_STEP
        return nxt

    def skip_note(self) -> None:
        n = self.point_count() if self.pending else 0
        if n:
            self.say("system", self._text("skipped_one") if n == 1 else self._text("skipped_many", n=n))
        elif self.pending == ["empty"] and self.step:
            self.say("system", self._text("skipped_empty", title=self.step.title))
        elif self.pending == ["unchecked"] and self.step:
            self.say("system", self._text("skipped_unchecked", title=self.step.title))
        elif self.step:
            self.say("system", self._text("moved_on", title=self.step.title))
        self.pending = []

    def previous(self) -> Step | None:
        return previous_step(self.prompts, self.step.id, self.d) if self.step else None

    def toggle_meeting(self) -> None:
        self.draft.meeting_mode = not self.draft.meeting_mode
        if self.meeting:
            self.say("system", self._text("meeting_on"))
        else:
            self.say("system", self._text("meeting_off"))
        if self.step:
            self.say("assistant", self.step.ask(self.meeting))

    # ------------------------------------------------------------------ SMART

    def smart(self) -> list[SmartItem]:
        run = self.last_run
        checked = run is not None and run.ok
        return smart_status(self.d, run.findings if run else (), self.prompts.smart_questions,
                            self.prompts.smart_short, checked=checked, checking=run is None)

    def toggle_confirmation(self, question: int) -> str:
        """A person's yes (or taking it back) to SMART question 3 or 6; returns a Danish note."""
        item = self.smart()[question - 1]
        if item.status == "met" and item.reason.startswith("Ja"):
            unconfirm(self.d, question)
            note = self._text("smart_unconfirmed", question=question)
        elif item.status == "ask":
            confirm(self.d, question, self.today)
            note = self._text("smart_confirmed", question=question, date=format_date(self.today))
        else:
            note = self._text("smart_not_yet", question=question, reason=item.reason)
        self.autosave()
        return note

    # ------------------------------------------------------------------ saving

    def autosave(self) -> str | None:
        """Write the draft now. Returns (and keeps) a Danish error when it could not be written."""
        if self._save is None:
            return None
        try:
            self.d.updated_at = datetime.now(timezone.utc)
            self._save(self.draft)
            self.save_error = None
        except Exception as exc:  # StorageError, OSError: the user is told, the work stays in memory
            self.save_error = self._text("draft_not_saved", error=exc)
        return self.save_error


def _clean(answer: dict) -> dict:
    """No trailing newlines or spaces stored from a text box (Enter at the end of an answer)."""
    out = {}
    for k, v in answer.items():
        out[k] = v.rstrip() if isinstance(v, str) else v
    return out


def _is_empty(step: Step, d: Delmaal) -> bool:
    a = current_answer(step, d)
    return not any((v.strip() if isinstance(v, str) else v) for k, v in a.items() if k != "wording")


def _judged_paths(step: Step) -> tuple[str, ...]:
    return (step.text_path,) if step.kind == "indicator" else step.fields
