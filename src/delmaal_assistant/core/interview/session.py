"""The interview session: the state of one delmål being written, without any UI.

`InterviewSession` owns the draft, the current step, the findings, SMART, confirmations and autosave. The
Textual screens are thin views on it: they show what it says and pass on what the user does. Its other jobs have
their own modules: what it says about an answer (`feedback.py`), meeting mode's words (`own_words.py`), and the
one place the checker runs (`checks.py`: `run_checks`, which never turns a failure into "no findings").

Threading: `snapshot()` and everything that changes state run on the UI thread; `run_checks(snapshot)` is pure
and may run in a worker thread.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any, Callable

from delmaal_assistant.core import texts
from delmaal_assistant.core.dates import format_date
from delmaal_assistant.core.files.drafts import ConversationEntry, Draft
from delmaal_assistant.core.interview import (
    TEXT_KINDS,
    AnswerError,
    Prompts,
    Step,
    default_prompts,
    next_step,
    previous_step,
    should_ask,
)
from delmaal_assistant.core.interview.answers import apply_answer, current_answer, describe_answer, describe_for_resident
from delmaal_assistant.core.interview.checks import CheckerLike, CheckRun, run_checks, run_text_checks
from delmaal_assistant.core.interview.feedback import Feedback, FeedbackMixin
from delmaal_assistant.core.interview.loader import Conversation, conversation
from delmaal_assistant.core.interview.meeting import meeting_level
from delmaal_assistant.core.interview.own_words import (INDSATS, OWN_WORDS, PLAN_B, OwnWordsMixin, flat_answer, is_choice_key,
                                                       is_hesitation, nested_answer, yes_or_no)
from delmaal_assistant.core.keymap import keymap
from delmaal_assistant.core.model import Delmaal
from delmaal_assistant.core.outputs.person import without_fillers
from delmaal_assistant.core.model.fields import FieldRegistry, registry
from delmaal_assistant.core.outputs.smart import SmartItem, confirm, drop_stale_confirmations, smart_status, unconfirm
from delmaal_assistant.core.resources import data_lang

#: moved to their own modules (issue 29); the names stay importable from here
__all__ = ["CheckRun", "CheckerLike", "DEFAULT_KEYS", "Feedback", "InterviewSession", "KEY_SLOTS", "REVIEW_STEP",
           "is_hesitation", "run_checks", "run_text_checks"]

REVIEW_STEP = "review"
#: the binding ids a conversation text may name as {k_…} (conversation.toml)
KEY_SLOTS = ("skip", "submit", "review", "use-proposal", "select-all", "meeting", "back", "help", "side")
#: the keys named in messages when no UI says otherwise: the terminal's, from the one keymap (keys.toml)
DEFAULT_KEYS = {b: keymap().label(b) for b in KEY_SLOTS}


class InterviewSession(FeedbackMixin, OwnWordsMixin):
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
        self.replied: str | None = None  # meeting mode: a bare "ja"/"nej" that was no answer to store
        #: meeting mode: the resident took the proposal ("ja", or sent it as shown): on to the next step at once
        self.accepted = False
        #: meeting mode: the resident's edits of a du-form proposal that could not be put back in the staff's form
        self.du_kept: list[str] = []
        #: meeting mode: step id → such edits typed in the box and not sent (told to staff when the step is left)
        self._typed_kept: dict[str, list[str]] = {}
        self._du_shown: dict[str, str] = {}  # meeting mode: a proposal's du-form shown → its staff form
        self._sent: dict[str, dict] = {}      # step id → the answer last sent (or found on entering the step)
        self._box: dict[str, dict] = {}       # step id → what the answer box last showed the resident
        #: meeting mode: step id → the answer the resident was asked to say another way (the same again is taken)
        self._asked_again: dict[str, dict] = {}
        self._reload_box = False  # meeting mode: a hesitant input was dropped; the box shows the answer as kept
        #: meeting mode: step id → the inputs left empty because their text could not be said in du-form
        self._blank: dict[str, set[str]] = {}
        # meeting mode: the resident's words for the delmål, kept as their own words, behind the own-words step's
        # empty box (by step id): what they say there is added after them, never glued to them
        self._carried: dict[str, str] = {}
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
        return next_step(self.prompts, None, self.d, self.meeting) or self.prompts.steps[0], False

    def reopened(self, step: Step) -> bool:
        """The draft was opened again at `step`: say so and ask again, unless the conversation already ends with
        exactly that note and question (opened and closed again without a word: no second note, no second
        question). Returns whether the question must be asked again."""
        note = texts.get("core.interview.session.reopened", title=step.title)
        tail = self.draft.conversation[-2:]
        if len(tail) == 2 and (tail[0].role, tail[0].text) == ("system", note) \
                and (tail[1].role, tail[1].step, tail[1].text) == ("assistant", step.id, step.ask(self.meeting)):
            return False
        self.say("system", note)
        return True

    def enter(self, step: Step, *, ask: bool = True) -> dict:
        """Make `step` current; returns the answer to show in its form."""
        moved = self.step is None or self.step.id != step.id
        if moved:
            self.proposal = None  # a proposal belongs to the step it was made on
        self.step = step
        self.draft.step = step.id
        self.pending = []
        carried = self._carried_own_words(step)
        if ask:
            if carried and moved:
                # their words for the delmål are kept (they were told so): said before the question, not put in
                # the box for new words to be appended to
                self.say("assistant", self.texts.to_resident("own_words_kept"))
            self.say("assistant", step.ask(self.meeting))
        answer = current_answer(step, self.d)
        self._sent.setdefault(step.id, dict(answer))  # what the field held: a hesitation ("øh") puts it back
        if carried and (moved or step.id not in self._box):
            # the box is for what the resident says now; sent empty, the field keeps the delmål's words
            self._carried[step.id] = carried
            answer = {**answer, "text": ""}
            self._box[step.id] = dict(answer)
            self._blank[step.id] = {"text"}
        elif self.meeting and step.kind != "dates" and (moved or step.id not in self._box):
            # what staff wrote before the meeting is shown in du-form, or not at all; sent as shown it is kept
            answer = self._for_resident(step, answer)
            self._box[step.id] = dict(answer)
        elif self.meeting and step.id in self._box:
            answer = dict(self._box[step.id])
        if step.kind == "dates":
            answer["wording"] = self.d.wording  # the form suggests the end date the wording names
        return answer

    def _carried_own_words(self, step: Step) -> str:
        """Meeting mode, the own-words step: the resident's words for the delmål that were kept as their own words
        when the proposal was made (`feedback._propose`), when the field holds nothing else; else ""."""
        if not self.meeting or step.text_path != OWN_WORDS:
            return ""
        carried = self.draft.own_words.get("wording", "").strip()
        return carried if carried and self.d.collaboration.resident_own_words.strip() == carried else ""

    def goto(self, step: Step, *, from_review: bool = False) -> dict:
        """Jump to `step` ("Gå til"); once it is answered or skipped, `next()` returns to where the user was."""
        if self.return_to is None and self.step is not None and (from_review or self.step.id != step.id):
            self.return_to = REVIEW_STEP if from_review else self.step.id
        return self.enter(step)

    def keep_typed(self, answer: dict | None) -> None:
        """What the user typed so far goes into the delmål (leniently: no error while typing)."""
        if answer is not None and self.step is not None:
            if self.meeting:  # the box in du-form: the field keeps the staff's form (also when left with Ctrl+N)
                answer, _nothing = self._from_box(self.step, _clean(answer))
                answer = self._after_carried(self.step, answer)[0]
                answer = self._as_staff(answer)
                answer, _sent, kept = self._du_edits(self.step, answer)
                # an edit that could not be put back in the staff's form: told to staff if the step is left so
                self._typed_kept[self.step.id] = kept
            apply_answer(self.step, self.d, _clean(answer), lenient=True, today=self.today)
            drop_stale_confirmations(self.d)

    def _after_carried(self, step: Step, answer: dict) -> tuple[dict, str]:
        """The own-words step with the delmål's words kept behind its empty box: what the resident typed now is
        added on a line of its own after them. Returns the answer and the new words ("" when none)."""
        carried = self._carried.get(step.id, "")
        new = str(answer.get("text", "")).strip()
        if not carried or not new or new == carried:
            return answer, ""
        return {**answer, "text": f"{carried}\n{new}"}, new

    def snapshot(self) -> Delmaal:
        return self.d.model_copy(deep=True)

    def record(self, run: CheckRun) -> None:
        self.last_run = run

    # ------------------------------------------------------------------ answering

    def _hesitation(self, step: Step, text: str) -> str | None:
        """The hesitation in a sent text ("øh, det ved jeg ikke"), also when it was typed before or after what the
        field already held (a staff answer or the proposal still in the box): then only the hesitation was said.
        None when the text is an answer."""
        if is_hesitation(text):
            return text
        rest = self._typed_beside_held(step, text)
        return rest if rest is not None and is_hesitation(rest) else None

    def _typed_beside_held(self, step: Step, text: str) -> str | None:
        """What was typed before or after the text the field held (a staff answer or the proposal still in the
        box, whose cursor stands at its end); None when the text does not contain it whole."""
        held = [str((self._sent.get(step.id) or {}).get("text", "")), *self._du_shown.keys(),
                *(str(v) for v in self._du_shown.values())]
        t = text.strip()
        for h in sorted({x.strip() for x in held if x and x.strip()}, key=len, reverse=True):
            rest = t[len(h):] if t.startswith(h) else t[:-len(h)] if t.endswith(h) else None
            if rest is not None and rest.strip(" ,.–-"):
                return rest.strip(" ,.–-")
        return None

    def _reply(self, step: Step, text: str) -> str | None:
        """"ja"/"nej" when that is all the resident said, also typed beside the proposal in the box."""
        reply = yes_or_no(text)
        if reply is None:
            rest = self._typed_beside_held(step, text)
            reply = yes_or_no(rest) if rest is not None else None
        return reply

    def _reply_words(self, step: Step, answer: dict, typed: list[str]) -> str:
        """The words a yes or a no was typed with («okay ja», «nej tak»), without the proposal they were typed
        beside; "" when they cannot be told apart."""
        if step.kind in TEXT_KINDS:
            text = str(answer.get("text", "")).strip()
            if yes_or_no(text) is not None:
                return text
            rest = self._typed_beside_held(step, text)
            return rest if rest is not None and yes_or_no(rest) is not None else ""
        return " ".join(t for t in typed if yes_or_no(t) is not None)

    def submit(self, answer: dict) -> str | None:
        """Apply a sent answer. Returns a Danish error (and says it) when it cannot be used. In meeting mode a
        first-person answer to a field staff read is stored in the staff's third person (the judges then read it
        as what the resident does), and the resident's own words are kept verbatim beside it."""
        step = self.step
        if step is None:
            return None
        answer = _clean(answer)
        self._typed_kept.pop(step.id, None)  # what is sent is judged (and told) here, not when the step is left
        nothing = False
        if self.meeting:
            answer, nothing = self._from_box(step, answer)
        self.own_answer = None
        self.hesitated = False
        self.replied = None
        self.accepted = False
        self.du_kept = []
        own_text = ""
        as_sent = ""
        if nothing:
            # sent with nothing in the box: its text could not be shown, so nothing was said to it; asked again
            self.replied = ""
            self._put_back(step)
            return None
        if self.meeting and step.kind in TEXT_KINDS:
            answer = self._spaced(step, answer)
        if self.meeting and step.kind in (*TEXT_KINDS, "actors"):
            answer = self._without_reply_lines(step, answer)
        # a form of several inputs (an indicator, the methods, the actors …): what the resident typed in it now
        typed = self._typed(step, answer) if self.meeting and step.kind not in TEXT_KINDS else []
        hesitation = self._hesitation(step, str(answer.get("text", ""))) if self.meeting and step.kind in TEXT_KINDS \
            else (" ".join(typed) if typed and all(is_hesitation(t) for t in typed) else None)
        if hesitation is not None:
            # "øh, det ved jeg ikke": asked again gently in `feedback`; the field keeps what it had (a proposal too)
            self.hesitated = True
            self._put_back(step)
            self.say("user", hesitation)
            return None
        if self.meeting and typed and any(is_hesitation(t) for t in typed):
            # «øh» in a method's name beside what the resident said in its other input: not the name; the box then
            # shows what is kept (not «øh» still in it)
            answer = self._without_hesitant_inputs(step, answer)
            self._reload_box = True
            typed = [t for t in typed if not is_hesitation(t)]
        if self.meeting and len({yes_or_no(t) for t in typed}) > 1 and any(yes_or_no(t) is None for t in typed):
            # «ja» typed in an empty input beside new words in another: the words are the answer, the «ja» no
            # input's text
            answer = self._without_hesitant_inputs(step, answer, replies=True)
            self._reload_box = True
            typed = [t for t in typed if yes_or_no(t) is None]
        reply = self._reply(step, str(answer.get("text", ""))) if self.meeting and step.kind in TEXT_KINDS else (
            yes_or_no(typed[0]) if typed and len({yes_or_no(t) for t in typed}) == 1 else None)
        if reply is not None:
            # "ja"/"nej" answers the assistant's question; it is never stored as the field's text. "ja" to a
            # proposal takes the proposal (also one the resident could not be shown in du-form). The resident's
            # screen repeats the words they typed («okay ja»), not the word it was read as («ja»)
            said = self._reply_words(step, answer, typed) or reply
            accepted = self._accepted(step) if reply == "ja" else None
            if accepted is None:
                self.replied = reply
                self._put_back(step)
                self.say("user", said)
                return None
            as_sent = said
            answer = accepted
            self.accepted = True
        if self.meeting and self._du_shown:
            # the resident sent the proposal as shown to them (du-form): store the staff's form of it
            mapped = self._as_staff(answer)
            # the resident edited (part of) the proposal in du-form: stored in the staff's form when certain
            stored, edited, self.du_kept = self._du_edits(step, mapped) if not self.accepted else (mapped, [], [])
            if stored != answer:  # the resident's screen repeats what they sent (du), the delmål gets the staff form
                flat_stored = flat_answer(stored)
                as_sent = "\n".join(v for k, v in flat_answer(answer).items() if isinstance(v, str) and v.strip()
                                    and flat_stored.get(k) != v)
                answer = stored
                self.accepted = self.accepted or not edited  # sent as shown: taken
        if self.meeting and step.text_path == "title" and str(answer.get("text", "")).strip():
            # the title is no one's own words: the sounds said while thinking («øh, Handle ind») are not in it
            spoken = without_fillers(str(answer["text"])).strip()
            if spoken:
                answer = {**answer, "text": spoken[:1].upper() + spoken[1:]}
        if self.meeting:
            answer, new_words = self._after_carried(step, answer)
            as_sent = new_words or as_sent
            answer, own_text = self._staff_wording(step, answer)
        try:
            apply_answer(step, self.d, answer, today=self.today)
        except AnswerError as exc:
            self.say("assistant", str(exc))
            return str(exc)
        drop_stale_confirmations(self.d)
        self._staff_step_done(step)
        self._sent[step.id] = current_answer(step, self.d)
        said = as_sent or own_text or (describe_for_resident(step, self.d) if self.meeting else describe_answer(step, self.d))
        if self.meeting and not (as_sent or own_text) and step.kind in ("methods", "documentation"):
            # what the resident said, not «Det er skrevet ned.» under «Svar:» (the inputs' labels stay the staff's)
            said = "\n".join(v.strip() for k, v in flat_answer(answer).items()
                             if isinstance(v, str) and v.strip() and not is_choice_key(k)) or said
        if self.meeting and step.kind == "goal_type" and self.d.goal_type:
            said = step.meeting_label(self.d.goal_type.name, said)  # the resident's words for the choice
        elif self.meeting and step.kind == "levels" and not as_sent:
            # what the resident chose, in their words ("Nu: Vi hjælper dig meget."), not "Det er skrevet ned."
            ind = self.d.indicators
            chosen = [f"{step.meeting_label(k, k)}: {meeting_level(self.prompts, v)}"
                      for k, v in (("start", ind.start_level), ("end", ind.expected_end_level)) if v is not None]
            said = "\n".join(chosen) or said
        if said.strip():  # an empty answer is not repeated as «Svar: –» (nothing was said)
            self.say("user", said)
        self.autosave()
        return None


    def _from_box(self, step: Step, answer: dict) -> tuple[dict, bool]:
        """What the box holds, for the field: a box left empty because its text could not be said in du-form
        keeps what the field held (Enter on it erased the staff wording). Returns the answer and whether nothing
        at all was said (every input as it was, and none of them shown)."""
        blank, held = self._blank.get(step.id, set()), flat_answer(self._sent.get(step.id))
        like, answer = answer, flat_answer(answer)
        out, restored = dict(answer), False
        for key in blank:
            if isinstance(out.get(key), str) and not out[key].strip() and held.get(key):
                out[key], restored = held[key], True
        nothing = restored and all(not v.strip() or v == held.get(k) for k, v in answer.items() if isinstance(v, str)
                                   and not is_choice_key(k))
        return nested_answer(out, like), nothing

    def _typed(self, step: Step, answer: dict) -> list[str]:
        """The texts of a form of several inputs that differ from what the field held and what the box showed the
        resident: what they typed now («ja» in an empty box beside a proposal, «øh» in a method's name). Typed
        right before or after a text the box showed (the cursor stands at its end: «… hele vejenja»), only what
        was typed counts."""
        held, box = flat_answer(self._sent.get(step.id)), flat_answer(self._box.get(step.id))
        out: list[str] = []
        for key, value in flat_answer(answer).items():
            if not isinstance(value, str) or not value.strip() or is_choice_key(key):
                continue
            v = value.strip()
            before = sorted({str(b or "").strip() for b in (held.get(key), box.get(key))} - {""}, key=len,
                            reverse=True)
            if v in before:
                continue
            for b in before:
                rest = v[len(b):] if v.startswith(b) else v[:-len(b)] if v.endswith(b) else None
                if rest is not None and rest.strip(" ,.–-"):
                    v = rest.strip(" ,.–-")
                    break
            out.append(v)
        return out

    def _spaced(self, step: Step, answer: dict) -> dict:
        """The box held a whole sentence (the resident's own words said before) and the resident typed on right
        after its full stop: "…sommerferien.Jeg vil …" is two sentences, "…sommerferien. Jeg vil …"."""
        text = str(answer.get("text", ""))
        # what the box held: the answer sent before, or the proposal shown to them (in du-form, without its full
        # stop: «… tager du bussenDet er en god idé» was read as one sentence)
        shown = [str((self._sent.get(step.id) or {}).get("text", "")), str((self._box.get(step.id) or {}).get("text", "")),
                 *self._du_shown.keys()]
        for held in sorted({h.strip() for h in shown if h and h.strip()}, key=len, reverse=True):
            if text.startswith(held) and len(text) > len(held) and text[len(held)].isalpha() and (
                    held[-1:] in (".", "!", "?")
                    # "…det ved jeg ikke heltJeg vil …": a capital typed right after a word begins a new sentence;
                    # the space is put between them, nothing else is added to the resident's words
                    or (held[-1:].isalpha() and held[-1:].islower() and text[len(held)].isupper())):
                # the proposal's full stop (not shown in the box) is put back; the resident's own words get a space
                stop = "." if held in self._du_shown and held[-1:].isalpha() else ""
                return {**answer, "text": f"{held}{stop} {text[len(held):]}"}
        return answer

    def _without_reply_lines(self, step: Step, answer: dict) -> dict:
        """A box of one item per line (who else helps): a line that is only «ja», «nej» or «øh» beside lines that
        say something is no item (the resident answered out loud, or paused, on a new line: «Ja.» was proposed as
        a helper). Staff are told."""
        text = str(answer.get("text", ""))
        lines = text.split("\n")
        if len(lines) < 2:
            return answer
        drop = [ln for ln in lines if ln.strip() and (yes_or_no(ln) is not None or is_hesitation(ln.strip()))]
        kept = [ln for ln in lines if ln not in drop]
        if not drop or not any(ln.strip() for ln in kept):
            return answer
        for ln in drop:
            self.staff_notes.append(self._text("reply_input_note", title=step.title, own=ln.strip()))
        return {**answer, "text": "\n".join(kept)}

    def _put_back(self, step: Step) -> None:
        """Typing went into the field as it was typed: put back what it held before (a reply, not an answer)."""
        before = self._sent.get(step.id)
        if before is not None:
            apply_answer(step, self.d, before, lenient=True, today=self.today)

    def _accepted(self, step: Step) -> dict | None:
        """What a "ja" accepts on this step: the proposed wording, or the staff wording already stored."""
        if step.text_path == "wording":
            return {"text": self.proposal} if self.proposal else None
        if "proposal" in self.pending:
            held = self._sent.get(step.id)
            return dict(held) if held else None
        return None

    def next(self) -> Step | None:
        """The next step that applies; None at the end (the review). After "Gå til", back where the user was."""
        back, self.return_to = self.return_to, None
        if back == REVIEW_STEP:
            rest = [st for st in self.open_staff_steps() if self.step is None or st.id != self.step.id]
            if not self.meeting and self.step is not None and self.step.staff_only and rest:
                # led from the review through the staff's steps not put to the resident: on to the next of them
                self.return_to = REVIEW_STEP
                return rest[0]
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
        moved = self.step is not None and self.step.fields == (INDSATS,) and self.plan_b_from_indsats()
        nxt = next_step(self.prompts, self.step.id if self.step else None, self.d, self.meeting)
        if moved and nxt is not None and nxt.fields == (PLAN_B,):
            nxt = next_step(self.prompts, nxt.id, self.d, self.meeting)  # said already: not asked again
            self.autosave()
        self._note_staff_steps(nxt)
        if nxt is None:
            self.draft.step = REVIEW_STEP
        return nxt

    def _note_staff_steps(self, nxt: Step | None) -> None:
        """Meeting mode: the staff's steps passed on the way to `nxt` (not put to the resident) are named in the staff
        panel, to answer after the meeting."""
        if not self.meeting or self.step is None:
            return
        start = self.prompts.index(self.step.id) + 1
        end = self.prompts.index(nxt.id) if nxt is not None else len(self.prompts.steps)
        for st in self.prompts.steps[start:end]:
            if st.staff_only and should_ask(st, self.d):
                self.note_staff_step(st)

    def note_staff_step(self, step: Step) -> None:
        """The staff panel names a step of the staff's that was not put to the resident (once); it is kept in the
        draft, for staff to be led to before the delmål is saved (`open_staff_steps`)."""
        note = self._text("staff_step_note", title=step.title)
        if note not in self.staff_notes:
            self.staff_notes.append(note)
        if step.id not in self.draft.staff_steps:
            self.draft.staff_steps.append(step.id)

    def open_staff_steps(self) -> list[Step]:
        """The staff's steps that were not put to the resident in the meeting and that staff have not answered
        since, in the interview's order (a step that no longer applies – the resident's attitude was written after
        all – is not one)."""
        out = []
        for st in self.prompts.steps:
            if st.id in self.draft.staff_steps and should_ask(st, self.d):
                out.append(st)
        return out

    def _staff_step_done(self, step: Step | None) -> None:
        """Staff answered (or left) one of the staff's steps outside the meeting: no longer open."""
        if step is not None and not self.meeting and step.id in self.draft.staff_steps:
            self.draft.staff_steps.remove(step.id)

    def skip_note(self) -> None:
        self._staff_step_done(self.step)
        kept = self._typed_kept.pop(self.step.id, []) if self.step else []
        if self.meeting and kept and self.step:
            # left with Ctrl+N after editing the proposal in du-form: the field holds the edit as typed
            note = self._text("du_form_kept_note", own="» «".join(kept),
                              title=self.fields.label(self.step.text_path or self.step.fields[0]))
            if note not in self.staff_notes:  # said once (also when it was sent before)
                self.staff_notes.append(note)
        n = self.point_count() if self.pending else 0
        if n and self.step and current_answer(self.step, self.d) != self._sent.get(self.step.id):
            # the box was changed after the answer was checked (typed ahead while the check ran, or edited): what
            # is kept is not the answer the points were about – said so, not «… ikke rettet» about another text
            self.say("system", self._text("skipped_changed", title=self.step.title))
        elif n:
            self.say("system", self._text("skipped_one") if n == 1 else self._text("skipped_many", n=n))
        elif self.pending == ["empty"] and self.step:
            self.say("system", self._text("skipped_empty", title=self.step.title))
        elif self.pending == ["unchecked"] and self.step:
            self.say("system", self._text("skipped_unchecked", title=self.step.title))
        elif self.step:
            self.say("system", self._text("moved_on", title=self.step.title))
        self.pending = []

    def previous(self) -> Step | None:
        return previous_step(self.prompts, self.step.id, self.d, self.meeting) if self.step else None

    def toggle_meeting(self) -> None:
        self.draft.meeting_mode = not self.draft.meeting_mode
        if self.meeting:
            self.say("system", self._text("meeting_on"))
        else:
            self.say("system", self._text("meeting_off"))
        if self.step and not (self.meeting and self.step.staff_only):  # the staff's step is not put to the resident
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


