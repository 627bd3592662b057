"""Meeting mode's words (core, no UI): the resident's first-person answers stored in the staff's third person
(their own words kept beside them), a hesitation ("øh, det ved jeg ikke") told from an answer, and a staff-form
text shown back to the resident in du-form. A mixin of `InterviewSession`."""

from __future__ import annotations

import re

from delmaal_assistant.core.interview import Step
from delmaal_assistant.core.interview.answers import parse_actors
from delmaal_assistant.core.interview.meeting import is_hesitation  # noqa: F401  (the session imports it from here)
from delmaal_assistant.core.outputs.duform import _sentences, find_resident, resident_texts, transform
from delmaal_assistant.core.outputs.person import (has_first_person, person_rules, staff_form_of_du, staff_wording,
                                                   without_fillers)


#: meeting mode: steps whose first-person answers get a staff wording in the third person (the delmål sentence
#: has its own "At beboeren …" proposal; the resident's own words are never rewritten)
STAFF_WORDING_KINDS = ("text", "indicator", "actors")


#: a bare yes or no in meeting mode ("ja", "det er rigtigt", "nej tak"): the answer to the assistant's question,
#: never the text of a field
_YES = frozenset({"ja", "ja tak", "jo", "jo tak", "jep", "jeps", "jah", "jaa", "ja ja", "ok", "okay", "ok ja", "ja ok",
                  "fint", "det er fint", "rigtigt", "det er rigtigt", "ja det er rigtigt", "ja det er fint", "gerne",
                  "ja gerne", "yes", "det passer", "ja det passer"})
_NO = frozenset({"nej", "nej tak", "næ", "nix", "nope", "forkert", "det er forkert", "nej det er forkert",
                 "ikke rigtigt", "det er ikke rigtigt", "nej det er ikke rigtigt", "det passer ikke"})


def yes_or_no(text: str) -> str | None:
    """"ja" or "nej" when the whole answer is a yes or a no, else None."""
    t = " ".join(re.findall(r"[\wæøå]+", text.lower()))
    return "ja" if t in _YES else "nej" if t in _NO else None


NO_STAFF_WORDING = ("wording", "title", "collaboration.resident_own_words")


class OwnWordsMixin:
    """The meeting-mode words of an `InterviewSession` (it owns `draft`, `d`, `own_answer`, `_du_shown`)."""

    def resident(self):
        """Who the resident is (name and han/hun) from the delmål so far, for staff wordings."""
        d = self.d
        r = find_resident(d.wording, resident_texts(d))
        return r if r is not None and not r.first_person else None

    def _staff_wording(self, step: Step, answer: dict) -> tuple[dict, str]:
        """(the answer to store, the resident's own words) for a meeting-mode answer."""
        if step.kind not in STAFF_WORDING_KINDS or step.text_path in NO_STAFF_WORDING:
            return answer, ""
        keys = ("what_we_see", "how_we_support") if step.kind == "indicator" else ("text",)
        base = (step.text_path or step.fields[0]).rsplit(".", 1)[0] if step.kind == "indicator" else None
        owns, staffs, problems, unsaid = [], [], [], False
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
            else:
                unsaid = True  # nothing of it could be said: kept as said
            problems += list(result[1])
        if not owns:
            return answer, ""
        own_all = "\n".join(owns)
        # the sentences said with certainty are the proposal; what was left out of it is told to staff
        self.own_answer = (own_all, "\n".join(staffs) if staffs and not unsaid else None, tuple(problems))
        return answer, own_all

    def _third_person(self, step: Step, own: str) -> tuple[str | None, tuple[str, ...]] | None:
        """(staff wording or None, problems) for one first-person text; None when it is not first person."""
        if not has_first_person(own):
            return None
        res = self.resident()
        name, gender = (res.name, res.gender) if res else ("beboeren", "")
        if step.kind != "actors":
            # "øh" is left out; a sentence that is only a hesitation ("Det ved jeg ikke.") too, and staff are told;
            # the sentences that cannot be said with certainty are left out of the proposal, with the reasons
            kept, problems = [], []
            for sent in _sentences(without_fillers(own)):
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
        blank: set[str] = set()
        for key, text in answer.items():
            if not isinstance(text, str) or not text.strip():
                continue
            if not (re.search(staffish, text) or re.match(r"(?i)\s*at\s", text)
                    or any(re.search(rf"(?<![\wæøå]){re.escape(n)}(?![\wæøå])", text) for n in names)):
                continue
            out[key] = self._du(text) or ""
            if not out[key]:
                blank.add(key)  # sent empty, the field keeps its text (`_from_box`)
        if self.step is not None and self.step.id == step.id:
            self._blank[step.id] = blank
        return out

    def _du_edits(self, step: Step, answer: dict) -> tuple[dict, list[str], list[str]]:
        """The resident edited a text shown to them in du-form (the proposal: "Du vasker selv dit tøj hver
        torsdag" where it said onsdag) and sent it: the edit in the staff's form, by the person rules that made the
        du-form, in reverse (du → the resident as the staff wrote them, dig/din → sig/sin or the name). Certain
        only when the du-form of the result is what the resident sent; else the text is kept as said and staff are
        told. Returns (the answer to store, the edited texts as sent, those kept in du-form)."""
        shown = self._box.get(step.id) or {}
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
        return out, sent, kept


def _du_text(staff: str, res) -> str | None:
    out = transform(staff, res)
    return None if out.left_out or not out.sentences else out.text


def _same(a: str | None, b: str) -> bool:
    """The same text but for spacing, a capital first letter and a final full stop."""
    def norm(t: str) -> str:
        t = " ".join(t.split()).rstrip(" .")
        return t[:1].upper() + t[1:]
    return a is not None and norm(a) == norm(b)
