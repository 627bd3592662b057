"""The status before a follow-up meeting (seed 004: "Status på de mål, der er aftalt … prosa og/eller tal"): for
each of a resident's delmål, how the work went and where the resident stands now in prose, the numbers (start,
latest, expected, trend) on the same 0-4 scale, the resident's own words and what is proposed next. One document
for the delmål together, in Markdown, HTML (one self-contained file, chart as inline SVG) or Word (chart as PNG),
written for a case worker at the municipality who does not have the tool.

Nothing is guessed: what is not recorded is said to be missing ("Der er ikke registreret observationer …").
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date, datetime, time

from delmaal_assistant.core import texts
from delmaal_assistant.core.model import LEVEL_LABELS, Delmaal
from delmaal_assistant.core.files.drafts import default_data_dir, load_settings
from delmaal_assistant.core.files.observations import Progress, fmt, in_period, progress
from delmaal_assistant.core.model.criterion import CriterionCheck, check as check_criterion
from delmaal_assistant.core.model.period import CRITERION_DA, NEXT_STEP_DA
from delmaal_assistant.core.outputs.chart import chart_png, chart_svg  # matplotlib itself is imported when drawn
from delmaal_assistant.core.outputs.duform import find_resident, rules
from delmaal_assistant.core.outputs.textchart import text_chart
from delmaal_assistant.core.outputs.ownership import GENERATOR, HTML_META, MD_MARK
from delmaal_assistant.core.outputs.word import WordMeta, finish, new_document
from delmaal_assistant.core.sanitize import export_safe, html_text, markdown_safe

FORMATS = (".md", ".html", ".htm", ".docx")


def _t(text: str | None) -> str:
    """Text from the delmål as every format may hold it: no control codes, nothing XML cannot hold (U+FFFE/U+FFFF,
    lone surrogates); Markdown and HTML escape it further for their own syntax."""
    return export_safe((text or "").strip())


def _end(text: str) -> str:
    return text if text.endswith((".", "!", "?", "»", '"')) else text + "."


def _lvl(n: int | None) -> str:
    return "–" if n is None else f"{n} ({LEVEL_LABELS[n].split(' (')[0].lower()})"


@dataclass
class DelmaalStatus:
    d: Delmaal
    source: str
    progress: Progress
    prose: list[str] = field(default_factory=list)
    own_words: str = ""
    own_words_when: str = ""
    next_step: str = ""
    criterion: CriterionCheck | None = None
    overdue: str = ""  # Danish: the evaluation date has passed without an evaluation


CRITERION_STATE_DA = {"met": texts.get("core.outputs.status.naaet"), "not_met": texts.get("core.outputs.status.ikke_naaet"), "undecided": texts.get("core.outputs.status.kan_ikke_afgoeres")}


def build_status(d: Delmaal, source: str, today: date) -> DelmaalStatus:
    p = progress(d)
    s = DelmaalStatus(d=d, source=source, progress=p)
    s.criterion = check_criterion(d.measurement, d.indicators.expected_end_level, d.observations, today, d.end_date)
    period = texts.get("core.outputs.status.period", fmt=fmt(d.start_date), fmt2=fmt(d.end_date)) if d.start_date or d.end_date else texts.get("core.outputs.status.periode_ikke_angivet")
    first = texts.get("core.outputs.status.delmaalet_loeber_fra", period=period) + (texts.get("core.outputs.status.evaluering",
                                                                                              fmt=fmt(d.evaluation_date)) if d.evaluation_date
                                              else "") + "."
    if d.wording.strip():
        first += texts.get("core.outputs.status.delmaalet", rstrip=_t(d.wording).rstrip('.'))
    if d.measurement.strip():
        first += texts.get("core.outputs.status.maales_saadan", end=_end(_t(d.measurement)))
    s.prose.append(first)
    # only observations in the period count as "seneste" (one outside it can only be a hand edit)
    obs = sorted((o for o in d.observations if in_period(d, o.observed_on)), key=lambda o: (o.observed_on, o.recorded_at))
    nums = []
    if p.start is not None:
        nums.append(texts.get("core.outputs.status.ved_start_blev_niveauet", lvl=_lvl(p.start)))
    else:
        nums.append(texts.get("core.outputs.status.niveauet_ved_start_ikke"))
    if obs:
        last = obs[-1]
        nums.append(texts.get("core.outputs.status.registreret_observation_perioden_seneste", obs=len(obs),
                              value="er" if len(obs) != 1 else '', fmt=fmt(last.observed_on), lvl=_lvl(last.level),
                              t=_t(last.note))
                    + ("" if _t(last.note).endswith((".", "!", "?")) else "."))
    else:
        nums.append(texts.get("core.outputs.status.ikke_registreret_observationer_perioden"))
    if p.expected is not None:
        nums.append(texts.get("core.outputs.status.forventede_niveau_ved_afslutningen", lvl=_lvl(p.expected)))
    if p.trend != "unknown":
        nums.append(f"Udviklingen: {p.trend_da}.")
    s.prose.append(" ".join(nums))
    s.prose.append(s.criterion.text)
    ev = d.evaluation
    if ev is not None:
        parts = [texts.get("core.outputs.status.ved_evalueringen_blev_succeskriteriet", fmt=fmt(ev.evaluated_on),
                           lower=CRITERION_DA[ev.criterion_met].lower()) + (f": {_t(ev.evidence)}" if ev.evidence.strip()
                                                                  else texts.get("core.outputs.status.uden_beskrevet_belaeg"))]
        parts[0] += "" if parts[0].endswith((".", "!", "?")) else "."
        parts.append(texts.get("core.outputs.status.niveauet_nu", lvl=_lvl(ev.level_now)))
        if ev.worked.strip():
            parts.append(texts.get("core.outputs.status.virkede_indsatsen", t=_t(ev.worked)) + ("" if _t(ev.worked).endswith(".") else "."))
        if ev.did_not_work.strip():
            parts.append(texts.get("core.outputs.status.virkede_ikke", t=_t(ev.did_not_work)) + ("" if _t(ev.did_not_work).endswith(".")
                                                                        else "."))
        s.prose.append(" ".join(parts))
        s.next_step = NEXT_STEP_DA[ev.next_step] + (f": {_t(ev.next_note)}" if ev.next_note.strip() else ".")
    else:
        when = d.evaluation_date or d.end_date
        if when is not None and today > when:
            days = (today - when).days
            s.overdue = (texts.get("core.outputs.status.evalueringsdatoen_passeret_for_dag", fmt=fmt(when), days=days,
                                   value='e' if days != 1 else ''))
            s.prose.append(s.overdue)
            s.next_step = texts.get("core.outputs.status.evalueringen_mangler_boer_holdes")
        else:
            s.prose.append(texts.get("core.outputs.status.delmaalet_ikke_evalueret_endnu") + (f" (evalueringsdato {fmt(when)})." if when else "."))
            s.next_step = texts.get("core.outputs.status.afventer_evalueringen_ikke_foreslaaet")
    if ev is not None and ev.resident_view.strip():
        s.own_words, s.own_words_when = _t(ev.resident_view), texts.get("core.outputs.status.ved_evalueringen",
                                                                        fmt=fmt(ev.evaluated_on))
    elif d.collaboration.resident_own_words.strip():
        s.own_words, s.own_words_when = _t(d.collaboration.resident_own_words), texts.get("core.outputs.status.da_delmaalet_blev_lavet")
    return s


def resident_name(d: Delmaal) -> str | None:
    """Who the delmål is about, by name or initials from its wording ("At Mads …"); None when it only says
    "beboeren" or does not say."""
    r = find_resident(d.wording, (), "da")
    if r is None or r.first_person or not r.name:
        return None
    generic = {" ".join(g) for g in rules("da").generic_subjects}
    return None if r.name.lower() in generic else r.name


def residents(items: list[Delmaal]) -> dict[str, list[Delmaal]]:
    """The delmål by the resident named in their wording (unnamed ones left out)."""
    out: dict[str, list[Delmaal]] = {}
    for d in items:
        name = resident_name(d)
        if name:
            out.setdefault(name, []).append(d)
    return out


def numbers_rows(s: DelmaalStatus) -> list[tuple[str, str]]:
    p = s.progress
    ev = s.d.evaluation
    source = " (evalueringen)" if ev is not None and p.latest_on == ev.evaluated_on and p.latest == ev.level_now else ""
    latest = _lvl(p.latest) + (f", {fmt(p.latest_on)}{source}" if p.latest_on else "")
    rows = [(texts.get("core.outputs.status.niveau_ved_start"), _lvl(p.start)), ("Seneste niveau", latest),
            (texts.get("core.outputs.status.forventet_ved_afslutning"), _lvl(p.expected)), ("Udvikling", p.trend_da),
            ("Observationer", str(p.count))]
    if s.criterion is not None:
        rows.append(("Succeskriteriet", CRITERION_STATE_DA[s.criterion.state]
                     + (f" ({s.criterion.rule})" if s.criterion.rule else "")))
    if s.overdue:
        rows.append(("Evaluering", s.overdue))
    return rows


def scale_rows(d: Delmaal) -> list[tuple[str, str]]:
    """The delmål's own level texts (what the numbers mean for this delmål); only when there are any."""
    rows = [(f"{lvl.level} – {LEVEL_LABELS[lvl.level].split(' (')[0]}", _t(lvl.what_we_see))
            for lvl in d.indicators.levels]
    return rows if any(text for _label, text in rows) else []


def _title(d: Delmaal) -> str:
    return _t(d.title) or texts.get("core.outputs.status.delmaal_uden_titel")


# ------------------------------------------------------------------------------------------------ Markdown


def render_md(items: list[DelmaalStatus], today: date, heading: str) -> str:

    out = [f"# {markdown_safe(heading)}", "", texts.get("core.outputs.status.udarbejdet_delmaal_niveauerne_delmaalenes",
                                                        fmt=fmt(today), items=len(items)), ""]
    for i, s in enumerate(items, 1):
        out += [f"## {i}. {markdown_safe(_title(s.d))}", "", "### Status", ""]
        for para in s.prose:
            out += [markdown_safe(para), ""]
        out += ["### Tal", "", "| | |", "|---|---|"]
        out += [f"| {markdown_safe(a)} | {markdown_safe(b)} |" for a, b in numbers_rows(s)]
        out += ["", "```", *text_chart(s.d, today, 56), texts.get("core.outputs.status.lavere_niveau_mindre_stoette"), "```", ""]
        if scale_rows(s.d):
            out += [texts.get("core.outputs.status.niveauerne_dette_delmaal"), "", texts.get("core.outputs.status.niveau_hvad_beboeren_goer"), "|---|---|"]
            out += [f"| {markdown_safe(a)} | {markdown_safe(b) or '–'} |" for a, b in scale_rows(s.d)]
            out.append("")
        if s.d.observations:
            out += ["### Observationer", "", texts.get("core.outputs.status.dato_niveau_hvad_blev"), "|---|---|---|---|"]
            for o in sorted(s.d.observations, key=lambda o: (o.observed_on, o.recorded_at)):
                out.append(f"| {fmt(o.observed_on)} | {o.level} | {markdown_safe(_t(o.note))} | {markdown_safe(_t(o.by)) or '–'} |")
            out.append("")
        out += [texts.get("core.outputs.status.beboerens_egne_ord"), ""]
        out += ([f"> {markdown_safe(s.own_words)}".replace("\n", "\n> "), "", f"({s.own_words_when})", ""] if s.own_words
                else [texts.get("core.outputs.status.beboerens_egne_ord_ikke"), ""])
        out += [texts.get("core.outputs.status.forslag_videre_forloeb"), "", markdown_safe(s.next_step), ""]
    out += ["", MD_MARK]  # the mark of our report: a later run may replace it (core.outputs.ownership)
    return "\n".join(out).rstrip() + "\n"


# ------------------------------------------------------------------------------------------------ HTML

CSS = """
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1b1f24;
       max-width: 900px; margin: 0 auto; padding: 24px; }
h1 { font-size: 1.6em; margin-bottom: 4px; } h2 { font-size: 1.3em; margin-top: 2em; border-bottom: 2px solid #d7dce2; }
h3 { font-size: 1.05em; margin: 1.2em 0 4px; }
.meta { color: #5b6470; }
table { border-collapse: collapse; margin: 6px 0 12px; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid #d7dce2; }
th { background: #f3f5f7; } table.numbers th { width: 34%; }
blockquote { margin: 6px 0; padding: 6px 14px; border-left: 4px solid #1f5f8b; font-style: italic; }
figure { margin: 8px 0; } figure svg { max-width: 100%; height: auto; }
@media print { body { max-width: none; padding: 0; } section.delmaal { break-before: page; }
  section.delmaal:first-of-type { break-before: auto; } figure, table { break-inside: avoid; } }
"""


def render_html(items: list[DelmaalStatus], today: date, heading: str) -> str:

    e = html_text
    h = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">', HTML_META,
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         f"<title>{e(heading)}</title><style>{CSS}</style></head><body>",
         f"<h1>{e(heading)}</h1>",
         texts.get("core.outputs.status.p_class_meta_udarbejdet", fmt=fmt(today), items=len(items))]
    for i, s in enumerate(items, 1):
        h.append(f'<section class="delmaal" id="delmaal-{i}"><h2>{i}. {e(_title(s.d))}</h2><h3>Status</h3>')
        h += [f'<p class="prose">{e(p)}</p>' for p in s.prose]
        h.append('<h3>Tal</h3><table class="numbers"><tbody>')
        h += [f"<tr><th>{e(a)}</th><td>{e(b)}</td></tr>" for a, b in numbers_rows(s)]
        h.append("</tbody></table>")
        h.append(f'<figure class="chart">{chart_svg(s.d, today)}<figcaption>Niveau over perioden for '
                 f"»{e(_title(s.d))}«.</figcaption></figure>")
        if scale_rows(s.d):
            h.append(texts.get("core.outputs.status.h3_niveauerne_dette_delmaal"))
            h += [f"<tr><td>{e(a)}</td><td>{e(b) or '–'}</td></tr>" for a, b in scale_rows(s.d)]
            h.append("</tbody></table>")
        if s.d.observations:
            h.append(texts.get("core.outputs.status.h3_observationer_h3_table"))
            for o in sorted(s.d.observations, key=lambda o: (o.observed_on, o.recorded_at)):
                h.append(f"<tr><td>{fmt(o.observed_on)}</td><td>{o.level}</td><td>{e(_t(o.note))}</td>"
                         f"<td>{e(_t(o.by)) or '–'}</td></tr>")
            h.append("</tbody></table>")
        h.append(texts.get("core.outputs.status.h3_beboerens_egne_ord"))
        h.append(f'<blockquote class="own-words">{e(s.own_words)}</blockquote><p class="meta">({e(s.own_words_when)})'
                 "</p>" if s.own_words else texts.get("core.outputs.status.p_beboerens_egne_ord"))
        h.append(texts.get("core.outputs.status.h3_forslag_videre_forloeb", e=e(s.next_step)))
    h.append("</body></html>")
    return "\n".join(h)


# ------------------------------------------------------------------------------------------------ Word


def render_docx(items: list[DelmaalStatus], today: date, heading: str, author: str | None = None,
                unit_name: str | None = None) -> bytes:
    """The status as Word, built like the delmål export (core.outputs.word); the unit and author from the user's
    settings unless given."""
    if author is None or unit_name is None:
        st = load_settings(default_data_dir())  # unreadable settings read as empty
        author = st.author.strip() if author is None else author
        unit_name = st.unit_name.strip() if unit_name is None else unit_name

    from docx.enum.text import WD_BREAK
    from docx.shared import Cm

    heading = export_safe(heading)
    made = datetime.combine(today, time(12, 0))
    newest = max((s.d.updated_at for s in items), default=None)
    meta = WordMeta(title=heading, subject=texts.get("core.outputs.status.status_opfoelgningsmoedet"), created=made,
                    modified=max(made, newest.replace(tzinfo=None)) if newest else made, author=author,
                    keywords=texts.get("core.outputs.status.delmaal_status"), company=unit_name)
    doc = new_document(meta, today=today, header=heading, unit_name=unit_name)
    doc.add_heading(heading, level=0)
    doc.add_paragraph(texts.get("core.outputs.status.udarbejdet_delmaal_niveauerne_delmaalenes", fmt=fmt(today),
                                items=len(items)))
    for i, s in enumerate(items, 1):
        if i > 1:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        doc.add_heading(f"{i}. {_title(s.d)}", level=1)
        doc.add_heading("Status", level=2)
        for p in s.prose:
            doc.add_paragraph(p)
        doc.add_heading("Tal", level=2)
        table = doc.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        for a, b in numbers_rows(s):
            cells = table.add_row().cells
            cells[0].text = ""
            cells[0].paragraphs[0].add_run(a).bold = True
            cells[1].text = b
        doc.add_picture(io.BytesIO(chart_png(s.d, today)), width=Cm(17.0))
        if scale_rows(s.d):
            doc.add_heading(texts.get("core.outputs.status.niveauerne_dette_delmaal_2"), level=2)
            st = doc.add_table(rows=1, cols=2)
            st.style = "Table Grid"
            for cell, text in zip(st.rows[0].cells, ("Niveau", texts.get("core.outputs.status.hvad_beboeren_goer"))):
                cell.text = ""
                cell.paragraphs[0].add_run(text).bold = True
            for a, b in scale_rows(s.d):
                c = st.add_row().cells
                c[0].text, c[1].text = a, b or "–"
        if s.d.observations:
            doc.add_heading("Observationer", level=2)
            t = doc.add_table(rows=1, cols=4)
            t.style = "Table Grid"
            for cell, text in zip(t.rows[0].cells, ("Dato", "Niveau", texts.get("core.outputs.status.hvad_blev_set"), "Hvem")):
                cell.text = ""
                cell.paragraphs[0].add_run(text).bold = True
            for o in sorted(s.d.observations, key=lambda o: (o.observed_on, o.recorded_at)):
                c = t.add_row().cells
                c[0].text, c[1].text, c[2].text, c[3].text = fmt(o.observed_on), str(o.level), _t(o.note), _t(o.by) or "–"
        doc.add_heading(texts.get("core.outputs.status.beboerens_egne_ord_2"), level=2)
        if s.own_words:
            doc.add_paragraph(s.own_words, style="Quote")
            doc.add_paragraph(f"({s.own_words_when})")
        else:
            doc.add_paragraph(texts.get("core.outputs.status.beboerens_egne_ord_ikke"))
        doc.add_heading(texts.get("core.outputs.status.forslag_videre_forloeb_2"), level=2)
        doc.add_paragraph(s.next_step)
    return finish(doc, meta)


def render(items: list[DelmaalStatus], suffix: str, today: date, heading: str) -> bytes:
    suffix = suffix.lower()
    if suffix == ".md":
        return render_md(items, today, heading).encode("utf-8")
    if suffix in (".html", ".htm"):
        return render_html(items, today, heading).encode("utf-8")
    if suffix == ".docx":
        return render_docx(items, today, heading)
    raise ValueError(suffix)
