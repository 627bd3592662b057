"""What "Dit delmål" must never do, as `shared/tools/check_easy.py` checks it (the same properties, in-process):
name the resident outside their own quoted words, mix du with han/hun in a sentence, hold broken pronoun forms,
drop a weekday the wording names, hold staff words, or read with LIX above 30."""

from __future__ import annotations

import json
import re
from pathlib import Path

from delmaal_assistant.core.outputs.easyread import easy_read, lix
from delmaal_assistant.core.model.migrations import migrate
from delmaal_assistant.core.model import Delmaal

SECOND = re.compile(r"\b(du|dig|din|dit|dine)\b", re.I)
THIRD = re.compile(r"\b(han|hun|ham|hende|hans|hendes)\b", re.I)
BROKEN = re.compile(r"\b(dig|du)'s\b|\b(til|fra|med|hos|på) vi\b", re.I)
JARGON = re.compile(r"\b(indikator\w*|støttebehov\w*|indsats\w*|SMART|metode\w*|handleplan\w*|faglig\w*|Sensum|"
                    r"Bosted|Nexus|KP|DP|VISO|supervision|adfærdsanalyse|beboeren|borgeren|evaluering\w*)\b")
DAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


def load(path: Path) -> Delmaal:
    return Delmaal.model_validate(migrate(json.loads(Path(path).read_text(encoding="utf-8"))))


def problems(d: Delmaal, text: str | None = None) -> list[str]:
    """The properties above of `text`, "Dit delmål" of `d` (made here when not given: a caller that also reads
    the text passes the one it made, so each delmål is written once)."""
    text = easy_read(d) if text is None else text
    body = re.sub(r"«[^»]*»", "", text)
    m = re.match(r"\s*At\s+([A-ZÆØÅ][a-zæøå]+)", d.wording or "")
    name = m.group(1) if m and m.group(1).lower() not in ("beboeren", "borgeren") else None
    out = []
    if name and re.search(rf"\b{name}\b", body):
        out.append(f"names the resident «{name}»")
    for s in re.split(r"(?<=[.!?])\s+|\n", body):
        if SECOND.search(s) and THIRD.search(s):
            out.append(f"mixes du and han/hun: «{s.strip()}»")
        if BROKEN.search(s):
            out.append(f"broken pronoun: «{s.strip()}»")
    for day in DAYS:
        if re.search(rf"\b{day}(e|en)?\b", d.wording or "", re.I) and not re.search(rf"\b{day}", text, re.I):
            out.append(f"drops «{day}»")
    jargon = sorted(set(JARGON.findall(body)))
    if jargon:
        out.append(f"staff words {jargon}")
    if lix(body) > 30:
        out.append(f"LIX {lix(body):.0f}")
    return out
