"""Meeting mode's words (core, no UI): the resident's first-person answers stored in the staff's third person
(their own words kept beside them), a hesitation ("øh, det ved jeg ikke") told from an answer, and a staff-form
text shown back to the resident in du-form. A mixin of `InterviewSession`."""

from __future__ import annotations

import re

from delmaal_assistant.core.interview import Step
from delmaal_assistant.core.interview.answers import parse_actors
from delmaal_assistant.core.model.paths import get_field, set_field
from delmaal_assistant.core.interview.meeting import is_hesitation  # noqa: F401  (the session imports it from here)
from delmaal_assistant.core.interview.meeting import OWN_WORDS, without_hesitant_clauses
from delmaal_assistant.core.outputs.duform import _sentences, find_resident, resident_texts, transform
from delmaal_assistant.core.outputs.duform.transform import _AT_CLAUSE_SUBJECTS
from delmaal_assistant.core.outputs.person import (has_first_person, person_rules, staff_form_of_du, staff_wording,
                                                   without_fillers)


#: meeting mode: steps whose first-person answers get a staff wording in the third person (the delmål sentence
#: has its own "At beboeren …" proposal; the resident's own words are never rewritten)
STAFF_WORDING_KINDS = ("text", "indicator", "actors", "methods", "documentation")


#: a bare yes or no in meeting mode ("ja", "det er rigtigt", "nej tak"): the answer to the assistant's question,
#: never the text of a field
_YES = frozenset({"ja", "ja tak", "jo", "jo tak", "jep", "jeps", "jah", "jaa", "ja ja", "ok", "okay", "ok ja", "ja ok",
                  "fint", "det er fint", "rigtigt", "det er rigtigt", "ja det er rigtigt", "ja det er fint", "gerne",
                  "ja gerne", "yes", "det passer", "ja det passer"})
_NO = frozenset({"nej", "nej tak", "næ", "nix", "nope", "forkert", "det er forkert", "nej det er forkert",
                 "ikke rigtigt", "det er ikke rigtigt", "nej det er ikke rigtigt", "det passer ikke"})


#: words a short yes or no is said with around the «ja»/«nej» itself («okay ja», «nå ja», «ja okay tak», «øh nej
#: tak»): said alone, or around one of the phrases above, they are the reply, not words for a field
_YES_WORDS = frozenset({"ja", "jo", "jep", "jeps", "jah", "jaa", "jaaa", "ok", "okay", "okey", "oki", "fint", "gerne",
                        "tak", "yes", "nå", "nåh", "nårh", "øh", "øhm", "hm", "hmm", "mm", "godt", "så"})
_NO_WORDS = frozenset({"nej", "næ", "nix", "nope", "tak", "øh", "øhm", "hm", "hmm", "nå", "nåh", "så"})
_CORE_YES = frozenset({"ja", "jo", "jep", "jeps", "jah", "jaa", "jaaa", "ok", "okay", "okey", "oki", "yes", "fint",
                       "gerne"})
_CORE_NO = frozenset({"nej", "næ", "nix", "nope"})


def yes_or_no(text: str) -> str | None:
    """"ja" or "nej" when the whole answer is a yes or a no, else None. The same in the terminal and the browser
    (one function): «ja», «okay ja», «ja okay», «nå ja», «ja, det er fint», «nej tak» – what a contact person hears
    as the reply to «Er det rigtigt?». A longer answer that holds a «ja» («ja, hver mandag») is an answer."""
    words = re.findall(r"[\wæøå]+", text.lower())
    t = " ".join(words)
    if t in _YES:
        return "ja"
    if t in _NO:
        return "nej"
    for core, around, phrases, reply in ((_CORE_YES, _YES_WORDS, _YES, "ja"), (_CORE_NO, _NO_WORDS, _NO, "nej")):
        if not words or len(words) > 6:
            continue
        # the words of the reply said around it, at either end; what is left is nothing or one of its phrases
        i, j = 0, len(words)
        while i < j and words[i] in around:
            i += 1
        while j > i and words[j - 1] in around:
            j -= 1
        rest = " ".join(words[i:j])
        if (rest in phrases or (not rest and any(w in core for w in words))) \
                and not any(w in (_CORE_NO if reply == "ja" else _CORE_YES) for w in words):
            return reply
    return None


#: every word a yes or a no is said with (`yes_or_no`)
_REPLY_VOCAB = frozenset(_YES_WORDS | _NO_WORDS | {w for p in _YES | _NO for w in p.split()})


def may_become_reply(text: str) -> bool:
    """Whether `text`, typed so far, can still become a yes or a no («n», «ne», «okay j»): every word it holds is
    one a reply is said with, the last one perhaps not typed to its end."""
    words = re.findall(r"[\wæøå]+", text.lower())
    if not words:
        return True
    *done, last = words
    ended = not text[-1:].isalnum()
    return all(w in _REPLY_VOCAB for w in done) and (
        last in _REPLY_VOCAB if ended else any(v.startswith(last) for v in _REPLY_VOCAB))


NO_STAFF_WORDING = ("wording", "title", OWN_WORDS)

INDSATS, PLAN_B = "indsats.actions", "indsats.when_resident_wants_otherwise"

_DU_WORD = re.compile(r"(?i)(?<![\wæøå])(du|dig|din|dit|dine)(?![\wæøå])")
#: marks a text that mixes a shown du-form with the resident's first person in a way that cannot be read
_MIXED = "\x00mixed\x00"

#: a sentence that says what happens when the resident cannot or will not: a condition of not being able or not
#: wanting ("Hvis jeg ikke har lyst", "Har beboeren ikke overskud", "Hvis hun er syg", "Siger jeg nej") followed
#: by what is done then (after a comma or "så"). A wish ("når jeg har lyst") or a condition without a consequence
#: is not one.
_NOT_ABLE = (r"(?:ikke|aldrig)\s+(?:\w+\s+){0,2}?(?:lyst|kan|vil|gider|orker|magter|overskud|kræfter|kommer|"
             r"klar|tør|godt)\b|er\s+(?:syg|træt|ked\s+af\s+det|sur|vred|bange)\b|har\s+det\s+(?:dårligt|skidt|"
             r"svært)\b|siger\s+nej\b|vil\s+noget\s+andet\b")
_PLAN_B = re.compile(
    # "Hvis jeg ikke har lyst, så …", "Når hun er syg, …"
    rf"(?i)^\s*(?:(?:og|men)\s+)?(?:(?:hvis|når|skulle)\s+[^,.]{{0,60}}?\b(?:{_NOT_ABLE})"
    # "Har jeg ikke lyst, …", "Er han syg, …", "Siger beboeren nej, …"
    r"|(?:har|kan|vil|gider|orker|magter|er|siger)\s+(?:den\s+unge|\w+)\s+(?:ikke|nej|syg|træt)\b)"
    r"[^,.]{0,40}(?:,\s*|\s+så\s+)\S")


_ITEM = re.compile(r"^(\w+)\[(\d+)\]\.(\w+)$")

#: two sentences typed without a space between them («… en god idéJeg glæder mig …»): the second one's first word
#: glued to the first one's last, so «Jeg» was not seen as the subject (and «mig» was said «beboeren»)
_GLUED = re.compile(r"(?<=[a-zæøåéü])(?=(?:Jeg|Du|Vi|Det|Der|Han|Hun|Min|Mit|Mine|Så|Og|Men|Hvis|Når|I)\b)")
#: the same with a space but no full stop («… en god idé Jeg glæder mig …»): a capital «Jeg», «Du» … inside a
#: sentence begins a new one («I», the plural you, is written with a capital anywhere: not this)
_RUN_ON = re.compile(r"(?<=[a-zæøåéü]) +(?=(?:Jeg|Du|Vi|Det|Der|Han|Hun|Min|Mit|Mine|Så|Og|Men|Hvis|Når)\b)")


def unglued(text: str) -> str:
    """Sentences typed together without a space or a full stop are read as two sentences (for the proposal only:
    the resident's own words are kept as typed)."""
    return _RUN_ON.sub(". ", _GLUED.sub(". ", text))


def flat_answer(answer: dict | None) -> dict:
    """A form's answer with its lists of items ("methods": [{"name", "kind", "description"} …]) as one key per
    text ("methods[0].name" – the model's path), so every text of any form is read and shown alike."""
    out: dict = {}
    for k, v in (answer or {}).items():
        if isinstance(v, list) and all(isinstance(x, dict) for x in v):
            for i, item in enumerate(v):
                for kk, vv in item.items():
                    out[f"{k}[{i}].{kk}"] = vv
        else:
            out[k] = v
    return out


def nested_answer(flat: dict, like: dict) -> dict:
    """`flat_answer` undone, in the shape of `like` (the answer it was made from)."""
    out = {k: ([dict(x) for x in v] if isinstance(v, list) else v) for k, v in like.items()}
    for key, v in flat.items():
        m = _ITEM.match(key)
        if m and isinstance(out.get(m.group(1)), list) and int(m.group(2)) < len(out[m.group(1)]):
            out[m.group(1)][int(m.group(2))][m.group(3)] = v
        elif not m:
            out[key] = v
    return out


#: the inputs of a form that are chosen, not typed (a method's kind)
def is_choice_key(key: str) -> bool:
    return key.endswith(".kind")


def plan_b_sentences(text: str) -> tuple[list[str], list[str]]:
    """(the sentences of an indsats text that say what is done when the resident cannot or will not, the rest)."""
    said, rest = [], []
    for sent in (x.strip() for x in _sentences(text or "")):
        if sent:
            (said if _PLAN_B.search(sent) else rest).append(sent)
    return said, rest


class OwnWordsMixin:
    """The meeting-mode words of an `InterviewSession` (it owns `draft`, `d`, `own_answer`, `_du_shown`)."""

    def resident(self):
        """Who the resident is (name and han/hun) from the delmål so far, for staff wordings."""
        d = self.d
        r = find_resident(d.wording, resident_texts(d))
        return r if r is not None and not r.first_person else None

    def plan_b_from_indsats(self) -> bool:
        """Meeting mode, leaving the indsats: the resident already said what we do when they cannot or will not
        ("Hvis jeg ikke har lyst, så spørger I igen næste morgen"). Those sentences move to their own field (plan B,
        empty so far) and staff are told; the plan-B question is then not asked – it would ask for what was just
        said. Returns whether they moved. Nothing moves when the indsats would be left empty."""
        d = self.d
        if not self.meeting or str(get_field(d, PLAN_B) or "").strip():
            return False
        said, rest = plan_b_sentences(str(get_field(d, INDSATS) or ""))
        if not said or not rest:
            return False
        ended = [x if x[-1] in ".!?" else x + "." for x in said]
        set_field(d, INDSATS, " ".join(rest))
        set_field(d, PLAN_B, " ".join(ended))
        self.staff_notes.append(self._text("plan_b_moved_note", title=self.fields.label(INDSATS),
                                           own=" ".join(ended), reason=self.fields.label(PLAN_B)))
        return True

    def _staff_wording(self, step: Step, answer: dict) -> tuple[dict, str]:
        """(the answer to store, the resident's own words) for a meeting-mode answer."""
        if step.kind not in STAFF_WORDING_KINDS or step.text_path in NO_STAFF_WORDING:
            return answer, ""
        like, answer = answer, flat_answer(answer)
        if step.kind == "indicator":
            keys = ("what_we_see", "how_we_support")
        elif step.kind == "methods":  # a method in the resident's words: its name and how it is used
            keys = tuple(k for k in answer if k.endswith((".name", ".description")))
        elif step.kind == "documentation":  # «Om jeg har købt ind»: what we write about, who, how often
            keys = ("what", "who", "how_often")
        else:
            keys = ("text",)
        base = (step.text_path or step.fields[0]).rsplit(".", 1)[0] if step.kind == "indicator" else None
        box = flat_answer(self._box.get(step.id))
        owns, staffs, problems, unsaid = [], [], [], False
        for key in keys:
            own = str(answer.get(key, ""))
            result = self._third_person(step, self._typed_on_proposal(own, box.get(key)))
            if result is None:
                continue
            path = f"{base}.{key}" if base else key if step.kind == "methods" else \
                f"documentation.{key}" if step.kind == "documentation" else (step.text_path or step.fields[0])
            self.draft.own_words[path] = own
            owns.append(own)
            if result[0]:
                answer = {**answer, key: result[0]}
                staffs.append(result[0])
            else:
                unsaid = True  # nothing of it could be said: kept as said
            problems += list(result[1])
        answer = nested_answer(answer, like)
        if not owns:
            return answer, ""
        own_all = "\n".join(owns)
        # the sentences said with certainty are the proposal; what was left out of it is told to staff
        self.own_answer = (own_all, "\n".join(staffs) if staffs and not unsaid else None, tuple(problems))
        return answer, own_all

    def _without_hesitant_inputs(self, step: Step, answer: dict, replies: bool = False) -> dict:
        """Meeting mode, a form of several inputs: an input that holds only a hesitation («øh», «det ved jeg ikke»)
        keeps what it held before (its text was stored as «øh»); staff are told. `replies`: the same for an input
        that holds only «ja»/«nej» beside new words in another input (the «ja» was stored as a method)."""
        held, like, flat = flat_answer(self._sent.get(step.id)), answer, flat_answer(answer)
        drop = (lambda t: yes_or_no(t) is not None) if replies else is_hesitation
        for key, value in flat.items():
            if isinstance(value, str) and value.strip() and not is_choice_key(key) and drop(value.strip()):
                before = str(held.get(key) or "")
                flat[key] = "" if drop(before.strip()) else before
                self.staff_notes.append(self._text("reply_input_note" if replies else "hesitant_input_note",
                                                   title=step.title, own=value.strip()))
                # a method is stored by its name: «øh» for it and what helps said in the other input – what they
                # said is the method (a method without a name is not stored, and their words were lost)
                other = key[: -len(".name")] + ".description" if key.endswith(".name") else None
                if other and not flat[key].strip() and str(flat.get(other) or "").strip():
                    flat[key], flat[other] = str(flat[other]), ""
        return nested_answer(flat, like)

    def is_yes(self, text: str) -> bool:
        """Meeting mode: «ja» alone, or typed right after a text the answer box showed the resident (a proposal)."""
        if yes_or_no(text) == "ja":
            return True
        t = text.strip()
        step = self.step
        shown = flat_answer(self._box.get(step.id)) if step is not None else {}
        for v in shown.values():
            if isinstance(v, str) and v.strip() and t.startswith(v.strip()):
                return yes_or_no(t[len(v.strip()):]) == "ja"
        return False

    def _typed_on_proposal(self, own: str, shown) -> str:
        """The resident typed on in the first person after the proposal shown to them in du-form ("Du er god til
        at lappe din cykel" + " og jeg vil spare penge"): there "du" is the resident, not the contact person the
        resident's own "du" would be. The proposal's part is put back in its staff form, the rest is theirs to
        be said in the third person. A du-form mixed with the first person any other way cannot be read with
        certainty: it gets a mark that keeps it as said (`_third_person`)."""
        staff = self._du_shown.get(shown.strip()) if isinstance(shown, str) and shown.strip() else None
        if staff is None or not has_first_person(own) or not _DU_WORD.search(own):
            return own
        head = shown.strip().rstrip(".")
        if own.strip().startswith(head):
            return staff.strip().rstrip(".") + own.strip()[len(head):]
        return _MIXED + own

    def _third_person(self, step: Step, own: str) -> tuple[str | None, tuple[str, ...]] | None:
        """(staff wording or None, problems) for one first-person text; None when it is not first person."""
        if own.startswith(_MIXED):
            own = own[len(_MIXED):]
            return None, (f"«{own.strip()}» blander forslagets «du» med beboerens «jeg»; hvem «du» er, kan ikke "
                          "siges sikkert",)
        own = unglued(own)
        if not has_first_person(own):
            # "øh, en opskrift med billeder": no person to say otherwise, but the sounds said while thinking are no
            # part of the field's text
            spoken = without_fillers(own).strip()
            return (spoken[:1].upper() + spoken[1:], ()) if spoken and spoken != own.strip() else None
        res = self.resident()
        name, gender = (res.name, res.gender) if res else ("beboeren", "")
        if step.kind != "actors":
            # "øh" is left out; a sentence that is only a hesitation ("Det ved jeg ikke.") too, and staff are told;
            # the sentences that cannot be said with certainty are left out of the proposal, with the reasons
            spoken, hesitant = without_hesitant_clauses(without_fillers(own))
            kept, problems = [], [f"«{h}» er en tøven og er ikke med i forslaget" for h in hesitant]
            for sent in _sentences(spoken):
                if is_hesitation(sent):
                    problems.append(f"«{sent.strip()}» er en tøven og er ikke med i forslaget")
                elif sent.strip():
                    kept.append(sent.strip())
            sw = staff_wording(" ".join(kept), name, gender, partial=True)
            return sw.text, tuple(problems) + sw.problems
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

    def _du(self, staff: str) -> str | None:
        """A staff-form text ("At beboeren tager selv bussen …") as the resident reads it ("Du tager selv bussen
        …"); None when the rules cannot say every sentence of it with certainty."""
        res = find_resident(staff, (staff,)) or self.resident()
        du = None
        if res is not None and not res.first_person:
            out = transform(staff, res)
            du = out.text if out.sentences and not out.left_out else None
        if du is None:
            du = _du_infinitive(staff)
        if du is None:
            return None
        self._du_shown[du.strip()] = staff
        return du

    def _for_resident(self, step: Step, answer: dict) -> dict:
        """The answer box in meeting mode holds what the resident may read: the du-form of a staff-form text
        (sent unchanged, it is stored in the staff's form); empty when it cannot be said in du-form."""
        res = self.resident()
        names = [n for n in (res.names if res else ()) if n and n != "jeg"]
        # the staff's words for the resident and for us, also in the genitive («Beboerens kontaktperson …» stood in
        # the box of a method the resident had just taken)
        staffish = r"(?i)\b(beboerens?|borgerens?|den unges?|personalets?|medarbejder\w*|KP)\b"
        like, answer = answer, flat_answer(answer)
        out = dict(answer)
        blank: set[str] = set()
        for key, text in answer.items():
            if not isinstance(text, str) or not text.strip() or is_choice_key(key):
                continue
            if not (re.search(staffish, text) or re.match(r"(?i)\s*at\s", text)
                    or any(re.search(rf"(?<![\wæøå]){re.escape(n)}(?![\wæøå])", text) for n in names)):
                continue
            out[key] = self._du(text) or ""
            if not out[key]:
                blank.add(key)  # sent empty, the field keeps its text (`_from_box`)
        if self.step is not None and self.step.id == step.id:
            self._blank[step.id] = blank
        return nested_answer(out, like)

    def _du_edits(self, step: Step, answer: dict) -> tuple[dict, list[str], list[str]]:
        """The resident edited a text shown to them in du-form (the proposal: "Du vasker selv dit tøj hver
        torsdag" where it said onsdag) and sent it: the edit in the staff's form, by the person rules that made the
        du-form, in reverse (du → the resident as the staff wrote them, dig/din → sig/sin or the name). Certain
        only when the du-form of the result is what the resident sent; else the text is kept as said and staff are
        told. Returns (the answer to store, the edited texts as sent, those kept in du-form)."""
        shown = flat_answer(self._box.get(step.id))
        like, answer = answer, flat_answer(answer)
        out, sent, kept = dict(answer), [], []
        for key, text in answer.items():
            box = shown.get(key)
            if not isinstance(text, str) or not text.strip() or not isinstance(box, str):
                continue
            staff = self._du_shown.get(box.strip())
            if staff is None or text.strip() in self._du_shown or has_first_person(text) \
                    or not re.search(r"(?i)(?<![\wæøå])(du|dig|din|dit|dine)(?![\wæøå])", text):
                continue  # not an edit of a du-form shown here (the resident's own words again: the usual way)
            res = find_resident(staff, (staff,)) or self.resident()
            name = res.name if res is not None and not res.first_person and res.name else person_rules().subject
            staff_form = staff_form_of_du(text, name, at_clause=bool(re.match(r"(?i)\s*at\s", staff)))
            sent.append(text.strip())
            if staff_form is not None and res is not None and not res.first_person \
                    and _same(_du_text(staff_form, res), text):
                out[key] = staff_form
            else:
                kept.append(text.strip())
        return nested_answer(out, like), sent, kept

    def _as_staff(self, answer: dict) -> dict:
        """Every text of the answer that is a proposal's du-form as shown to the resident, in its staff form."""
        flat = flat_answer(answer)
        return nested_answer({k: (self._du_shown.get(v.strip(), v) if isinstance(v, str) else v)
                              for k, v in flat.items()}, answer)


_INFINITIVE = re.compile(r"(?i)\s*at\s+(?P<rest>[a-zæøå][^\n]*)")


def _du_infinitive(staff: str) -> str | None:
    """«at klare sig mere selv» (the resident said «at klare mig mere selv»: an infinitive, the resident its
    understood subject, nobody named) in du-form: «At klare dig mere selv» – said by the same person rules as
    «Beboeren vil klare sig mere selv» → «Du vil klare dig mere selv», whose infinitive is the same; None when
    those rules cannot say it with certainty or the words after «at» are a clause of their own («at nogen …»)."""
    m = _INFINITIVE.fullmatch(staff.strip())
    if m is None or m.group("rest").split()[0].lower() in _AT_CLAUSE_SUBJECTS:
        return None
    subject = person_rules().subject
    lead = f"{subject[:1].upper()}{subject[1:]} vil "
    res = find_resident(lead + m.group("rest"), ())
    if res is None or res.first_person:
        return None
    out = transform(lead + m.group("rest"), res)
    if out.left_out or len(out.sentences) != 1 or not out.text.startswith("Du vil ") \
            or re.search(r"(?i)(?<![\wæøå])(sig|sin|sit|sine)(?![\wæøå])", out.text):
        return None  # (a reflexive left as it was: whose – the resident's or another's? Not guessed)
    return "At " + out.text[len("Du vil "):]


def _du_text(staff: str, res) -> str | None:
    out = transform(staff, res)
    return None if out.left_out or not out.sentences else out.text


def _same(a: str | None, b: str) -> bool:
    """The same text but for spacing, a capital first letter and a final full stop."""
    def norm(t: str) -> str:
        t = " ".join(t.split()).rstrip(" .")
        return t[:1].upper() + t[1:]
    return a is not None and norm(a) == norm(b)
