"""Answer codecs: a step's answer (a plain dict whose keys depend on the step's kind) read from and written into
the delmål, and rendered for the conversation log. No UI here."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from delmaal_assistant.core import texts
from delmaal_assistant.core.dates import DateError, format_date, parse_date
from delmaal_assistant.core.interview.prompts import TEXT_KINDS, AnswerError, Step
from delmaal_assistant.core.model import Delmaal, ExternalActor, Method, ffb
from delmaal_assistant.core.model.paths import field_text, set_field
from delmaal_assistant.core.outputs.duform import _T as DT
from delmaal_assistant.core.outputs.duform import _finite, _sentences
from delmaal_assistant.core.outputs.duform import rules as du_rules


_ACTOR_SPLIT = re.compile(r"\s+[–—-]\s+|:\s+")


def parse_actors(text: str) -> list[ExternalActor]:
    """One actor per line, "hvem – hvordan". A line without the dash may say it in a sentence: "Min mor ringer
    til mig om onsdagen" (who, then what they do), "Værgen. Hun betaler mine regninger." (who, then a sentence
    about them), "Dem på høreklinikken, de laver det …"."""
    out = []
    for line in text.splitlines():
        line = line.strip().lstrip("•*-").strip()
        if not line:
            continue
        parts = _ACTOR_SPLIT.split(line, maxsplit=1)
        if len(parts) > 1:
            out.append(ExternalActor(name=parts[0].strip() or line, how=parts[1].strip()))
            continue
        out.extend(_actors_in_sentences(line))
    return out


_THEY = re.compile(r"^(?:og\s+)?(?:han|hun|de|den|det)\s+", re.IGNORECASE)


def _actors_in_sentences(line: str) -> list[ExternalActor]:
    r = du_rules("da")
    sents = _sentences(line)
    out: list[ExternalActor] = []
    for s in sents:
        body = re.sub(r"^(?:og|men)\s+", "", s.strip(), flags=re.IGNORECASE).rstrip(".!")
        # "Dem på høreklinikken, de laver det …": who, a comma, then they do
        m = re.match(r"^(.{2,60}?),\s+(?:de|han|hun|den)\s+(.+)$", body, re.IGNORECASE)
        if m and not _finite(DT(m.group(1).split()[-1].lower(), ""), r):
            out.append(ExternalActor(name=_cap(m.group(1).strip()), how=_cap(m.group(2).strip()) + "."))
            continue
        if out and _THEY.match(body) and not out[-1].how:
            # "Værgen. Hun betaler …": the sentence says what the actor just named does
            out[-1] = ExternalActor(name=out[-1].name, how=_cap(_THEY.sub("", body)) + ".")
            continue
        words = body.split()
        verb_at = None
        for i, w in enumerate(words[:6]):
            if w.lower().strip(",") in ("jeg", "mig") or w.endswith(","):
                break  # "Diætisten, hende jeg går til …": the rest of the sentence says who they are
            if i > 0 and _finite(DT(w.lower(), ""), r) and w.lower() not in r.adverbs:
                verb_at = i
                break
        if verb_at is not None:
            out.append(ExternalActor(name=_cap(" ".join(words[:verb_at])),
                                     how=_cap(" ".join(words[verb_at:])) + "."))
        else:
            out.append(ExternalActor(name=_cap(body), how=""))
    return out or [ExternalActor(name=line, how="")]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def format_actors(actors: list[ExternalActor]) -> str:
    return "\n".join(f"{a.name} – {a.how}" if a.how else a.name for a in actors)


def _stripped(value: Any) -> Any:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, dict):
        return {k: _stripped(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_stripped(v) for v in value]
    return value


def has_answer(step: Step, d: Delmaal) -> bool:
    """Whether the delmål holds something for `step` that a new delmål does not: a text, a date, a choice, a tick
    (typed and kept, or sent) – for every step kind alike. (A date the form only suggests is not held.)"""
    return _stripped(current_answer(step, d)) != _stripped(current_answer(step, Delmaal()))


def current_answer(step: Step, d: Delmaal) -> dict[str, Any]:
    """The answer a step would show for this delmål (to prefill inputs when resuming or going back)."""
    k = step.kind
    if k in TEXT_KINDS:
        return {"text": field_text(d, step.fields[0])}
    if k == "theme":
        return {"code": d.theme.code if d.theme else None}
    if k == "goal_type":
        return {"code": d.goal_type.code if d.goal_type else None}
    if k == "methods":
        return {"methods": [m.model_dump() for m in d.methods]}
    if k == "guardian":
        c = d.collaboration
        return {"involved": c.guardian_involved, "how": c.guardian_involvement}
    if k == "actors":
        return {"text": format_actors(d.external_actors)}
    if k == "levels":
        return {"start": d.indicators.start_level, "end": d.indicators.expected_end_level}
    if k == "indicator":
        lvl = d.indicators.level(step.level or 0)
        return {"what_we_see": lvl.what_we_see, "how_we_support": lvl.how_we_support}
    if k == "documentation":
        p = d.documentation
        return {"what": p.what, "who": p.who, "how_often": p.how_often}
    if k == "dates":
        return {"start": format_date(d.start_date), "end": format_date(d.end_date),
                "evaluation": format_date(d.evaluation_date)}
    if k == "flags":
        return {"crime_prevention": d.crime_prevention, "employment": d.employment}
    raise ValueError(k)


def apply_answer(step: Step, d: Delmaal, answer: dict[str, Any], *, lenient: bool = False,
                 today: date | None = None) -> None:
    """Write an answer into the delmål. Raises AnswerError (Danish) unless `lenient` (used while typing)."""
    k = step.kind
    try:
        if k in TEXT_KINDS:
            set_field(d, step.fields[0], str(answer.get("text", "")))
        elif k == "theme":
            code = answer.get("code")
            theme = ffb.theme_by_code(code) if code else None
            if code and theme is None:
                raise AnswerError(texts.get("core.interview.answers.temaet_koden_findes_ikke", code=code))
            d.theme = theme.concept() if theme else None
        elif k == "goal_type":
            code = answer.get("code")
            gt = next((g for g in ffb.goal_types() if g.code == code), None)
            if code and gt is None:
                raise AnswerError(texts.get("core.interview.answers.maaltypen_koden_findes_ikke", code=code))
            d.goal_type = gt
        elif k == "methods":
            methods = []
            for m in answer.get("methods", []):
                name = str(m.get("name", "")).strip()
                if not name:
                    continue
                kind = m.get("kind") if m.get("kind") in ("metode", "tilgang", "ukendt") else "ukendt"
                methods.append(Method(name=name, kind=kind, description=str(m.get("description", ""))))
            d.methods = methods
        elif k == "guardian":
            d.collaboration.guardian_involved = bool(answer.get("involved"))
            d.collaboration.guardian_involvement = str(answer.get("how", ""))
        elif k == "actors":
            d.external_actors = parse_actors(str(answer.get("text", "")))
        elif k == "levels":
            for key, attr in (("start", "start_level"), ("end", "expected_end_level")):
                v = answer.get(key)
                setattr(d.indicators, attr, None if v is None else int(v))
        elif k == "indicator":
            lvl = d.indicators.level(step.level or 0)
            lvl.what_we_see = str(answer.get("what_we_see", ""))
            lvl.how_we_support = str(answer.get("how_we_support", ""))
        elif k == "documentation":
            for key in ("what", "who", "how_often"):
                setattr(d.documentation, key, str(answer.get(key, "")))
        elif k == "dates":
            start = parse_date(answer.get("start", ""), today)
            end = parse_date(answer.get("end", ""), today)
            evaluation = parse_date(answer.get("evaluation", ""), today)
            if start and end and end < start:
                raise AnswerError(texts.get("core.interview.answers.slutdatoen_ligger_foer_startdatoen"))
            if evaluation and start and evaluation < start:
                raise AnswerError(texts.get("core.interview.answers.evalueringsdatoen_ligger_foer_startdatoen"))
            # assign end first to None to avoid a transient order error in the model validator
            d.end_date = None
            d.start_date = start
            d.end_date = end
            d.evaluation_date = evaluation
        elif k == "flags":
            d.crime_prevention = bool(answer.get("crime_prevention"))
            d.employment = bool(answer.get("employment"))
        else:
            raise ValueError(k)
    except AnswerError:
        if not lenient:
            raise
    except DateError as exc:
        if not lenient:
            raise AnswerError(str(exc)) from None
    except ValueError as exc:  # pydantic validation of an assignment
        if not lenient:
            raise AnswerError(texts.get("core.interview.answers.svaret_kan_ikke_bruges", exc=exc)) from None


def describe_for_resident(step: Step, d: Delmaal) -> str:
    """The step's answer as the resident's screen shows it in meeting mode: the values in plain words, without
    staff labels ("Ser vi:", "Værge inddraget", "(ukendt)", "Delmålet er kriminalpræventivt")."""
    a = current_answer(step, d)
    k = step.kind
    if k == "guardian":
        return texts.get("core.interview.answers.ja") + (f" {a['how']}" if a["how"] else "") if a["involved"] else texts.get("core.interview.answers.nej")
    if k == "indicator":
        return "\n".join(x for x in (a["what_we_see"], a["how_we_support"]) if x and x.strip())
    if k == "dates":
        # the day to talk about how it went too, in the form's own words («Vi taler om, hvordan det gik: …»): the
        # recap left out the date the resident had just been asked for
        said = " – ".join(str(x) for x in (a["start"], a["end"]) if x)
        label = step.meeting_label("evaluation", "")
        if a["evaluation"] and label:
            said = "\n".join(x for x in (said, f"{label}: {a['evaluation']}") if x)
        return said
    if k == "theme":  # the resident's words for the theme (steps.toml meeting_labels), never KL's label
        plain = step.meeting_label(ffb.theme_by_code(d.theme.code).label, "") \
            if d.theme and ffb.theme_by_code(d.theme.code) else ""
        return plain or texts.get("core.interview.answers.skrevet_ned")
    if (k in TEXT_KINDS or k == "actors") and not a["text"].strip():
        return ""  # nothing said: not repeated (not the staff's «(tomt)», nor «–»; «Svar: (tomt)» stood after
        # an empty «Er der andre end os …?»)
    if k == "flags":  # what was ticked, in the words of the resident's form ("Målet er om dit job"), or "Nej"
        ticked = [step.meeting_label(key, "") for key in ("crime_prevention", "employment") if a[key]]
        return "\n".join(t for t in ticked if t) or texts.get("core.interview.answers.nej")
    if k in ("methods", "documentation", "levels"):
        return texts.get("core.interview.answers.skrevet_ned")  # staff's fields: the resident does not read their labels
    return describe_answer(step, d)


def describe_answer(step: Step, d: Delmaal) -> str:
    """A short Danish rendering of the step's current answer, for the conversation log."""
    a = current_answer(step, d)
    k = step.kind
    if k in TEXT_KINDS or k == "actors":
        return a["text"].strip() or "(tomt)"
    if k == "theme":
        return d.theme.name if d.theme else texts.get("core.interview.answers.intet_tema")
    if k == "goal_type":
        return d.goal_type.name if d.goal_type else texts.get("core.interview.answers.ingen_maaltype")
    if k == "methods":
        if not d.methods:
            return texts.get("core.interview.answers.ingen_metoder")
        return "\n".join(
            f"{m.name} ({m.kind})" + (f": {m.description}" if m.description else "") for m in d.methods
        )
    if k == "guardian":
        if not a["involved"]:
            return texts.get("core.interview.answers.ingen_vaerge_inddraget")
        return texts.get("core.interview.answers.vaerge_inddraget") + (f": {a['how']}" if a["how"] else ".")
    if k == "levels":
        s, e = a["start"], a["end"]
        return f"Start: {'–' if s is None else s}, forventet slut: {'–' if e is None else e}"
    if k == "indicator":
        return texts.get("core.interview.answers.ser_vi_stoetter_vi", value=a['what_we_see'] or '–',
                         value2=a['how_we_support'] or '–')
    if k == "documentation":
        return texts.get("core.interview.answers.hvad_hvem_hvor_ofte", value=a['what'] or '–', value2=a['who'] or '–',
                         value3=a['how_often'] or '–')
    if k == "dates":
        return f"Start: {a['start'] or '–'}, slut: {a['end'] or '–'}, evaluering: {a['evaluation'] or '–'}"
    if k == "flags":
        parts = []
        if a["crime_prevention"]:
            parts.append(texts.get("core.interview.answers.kriminalpraeventivt"))
        if a["employment"]:
            parts.append(texts.get("core.interview.answers.beskaeftigelse_kometen"))
        return texts.get("core.interview.answers.delmaalet") + texts.get("core.interview.answers.tekst").join(parts) + "." if parts else texts.get("core.interview.answers.hverken_kriminalpraeventivt_eller_beskaeftigelse")
    return ""
