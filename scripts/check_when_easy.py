"""Read-aid for issue 24 (i38W): when-words that "Dit delmål" may have lost, over the development sets.

    python scripts/check_when_easy.py OUTDIR SET_DIR ...

OUTDIR is one revision's folder written by ``scripts/diff_easy.py … --out DIR`` (``DIR/<rev>`` or
``DIR/worktree``). Printed: every «Hvor tit» line that does not carry each weekday, clock time, approximation
(«ca.», «omkring», «senest», «ved 16-tiden» …) and time of day or meal of the wording (HVORTIT), and every said
sentence, matched to its source sentence by shared words, that lacks one of its source's (SENT); then the counts.
A candidate list for a reader, not a verdict: a meal that is what is done («laver aftensmad») is no time, and the
matching of sentences by words is rough. The sets are read only to count, never to take a sentence from.
"""
import json
import re
import sys
from pathlib import Path

DAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
DAY = re.compile(r"(?i)\b(" + "|".join(DAYS) + r")(?:e|en|ene|s)?\b")
DAYCLASS = re.compile(r"(?i)\b(hverdag|arbejdsdag|skoledag|weekend|ugedag|hver anden|hvert andet|hver tredje)")
TIME = re.compile(r"(?i)(?:\bkl\.?|\bklokken)\s*(\d{1,2}(?:[.:]\d{2})?)((?:\s*(?:-|–|,|og|eller|til)\s*(?:kl\.?\s*)?\d{1,2}(?:[.:]\d{2})?(?![\d]))*)")
TIDEN = re.compile(r"(?i)\b(\d{1,2})-tiden\b")
APPROX = re.compile(r"(?i)\b(ca\.|cirka|omkring|senest|tidligst|mindst|højst|ved\s+\d{1,2}-tiden|op til|næsten|ca)(?![\wæøå])")
OCCASION = re.compile(r"(?i)\b(morgen\w*|formiddag\w*|middag(?:en|smad\w*)?|eftermiddag\w*|aften\w*|nat(?:ten)?|"
                      r"frokost\w*|aftensmad\w*|sengetid\w*|morgenmad\w*)\b")


def norm_occ(w):
    w = w.lower()
    for base in ("morgenmad", "aftensmad", "eftermiddag", "formiddag", "middagsmad", "morgen", "aften", "frokost",
                 "sengetid", "middag", "nat"):
        if w.startswith(base):
            return base
    return w


def tokens(s):
    out = set()
    for m in DAY.finditer(s):
        out.add(("day", m.group(1).lower()))
    for m in DAYCLASS.finditer(s):
        out.add(("dayclass", m.group(1).lower()))
    for m in TIME.finditer(s):
        for x in re.findall(r"\d{1,2}(?:[.:]\d{2})?", m.group(0)):
            out.add(("time", x.replace(":", ".")))
    for m in TIDEN.finditer(s):
        out.add(("time", m.group(1)))
    for m in APPROX.finditer(s):
        a = m.group(1).lower()
        a = "ca." if a in ("ca", "cirka", "ca.") else ("-tiden" if "tiden" in a else a)
        out.add(("approx", a))
    for m in OCCASION.finditer(s):
        out.add(("occ", norm_occ(m.group(1))))
    return out


def present(tok, said):
    kind, v = tok
    s = said.lower()
    if kind == "day":
        return re.search(rf"\b{v}", s) is not None
    if kind == "time":
        return re.search(rf"(?<![\d.]){re.escape(v)}(?![\d]|[.]\d)", s) is not None or (
            v.endswith(".00") and re.search(rf"(?<![\d.]){re.escape(v[:-3])}(?![\d]|[.]\d)", s) is not None)
    if kind == "approx":
        if v == "ca.":
            return re.search(r"\b(ca\.?|cirka)(?![\wæøå])", s) is not None
        return v in s
    if kind == "occ":
        return v in s
    if kind == "dayclass":
        return v in s
    return True


SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ«'\"])")
ABBR = re.compile(r"(?i)\b(kl|ca|pæd|fys|bl\.a|f\.eks|evt|d|osv|ass|min|ex|inkl|nr|tlf|dvs|pga|jf|mht|ifm|ift|sosu|hhv|vha)\.$")


def sentences(text):
    out = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        parts = SPLIT.split(line)
        buf = ""
        for p in parts:
            buf = (buf + " " + p).strip() if buf else p
            if ABBR.search(buf) or re.search(r"\d\.$", buf):
                continue
            out.append(buf)
            buf = ""
        if buf:
            out.append(buf)
    return out


def strings(d, key=""):
    if isinstance(d, str):
        if key not in ("code", "system", "id", "language", "created_at", "updated_at", "start_date", "end_date",
                       "evaluation_date"):
            yield key, d
    elif isinstance(d, dict):
        for k, v in d.items():
            yield from strings(v, k)
    elif isinstance(d, list):
        for v in d:
            yield from strings(v, key)


WORD = re.compile(r"[a-zæøå0-9]+")


def words(s):
    return set(WORD.findall(s.lower())) - {"du", "dig", "din", "dit", "dine", "han", "hun", "ham", "hende", "og", "i",
                                          "at", "på", "er", "det", "en", "et", "den", "til", "med", "kl", "sin",
                                          "sit", "sine", "hans", "hendes", "vi", "de"}


def main():
    outdir = Path(sys.argv[1])
    sets = [Path(s) for s in sys.argv[2:]]
    counts = {"hvor_tit": 0, "sentence": 0}
    files_hit = set()
    for sdir in sets:
        for js in sorted(sdir.rglob("*.delmaal.json")):
            d = json.loads(js.read_text())
            txt = outdir / sdir.name / f"{js.parent.name}-{js.name[:-len('.delmaal.json')]}.txt"
            if not txt.exists():
                continue
            text = txt.read_text()
            lines = text.splitlines()
            wording = d.get("wording") or ""
            # Hvor tit line
            for i, l in enumerate(lines):
                if l.strip() == "Hvor tit" and i + 1 < len(lines):
                    said = lines[i + 1]
                    miss = [t for t in tokens(wording) if not present(t, said)]
                    if miss:
                        counts["hvor_tit"] += 1
                        files_hit.add(str(js))
                        print(f"HVORTIT {sdir.name}/{js.parent.name}/{js.name}\n   W: {wording}\n   S: {said}\n"
                              f"   missing: {sorted(miss)}")
            # other sentences: map to source sentences by word overlap
            src = []
            for key, s in strings(d):
                for x in sentences(s):
                    src.append((key, x))
            groups = {}
            body = []
            in_tit = False
            for l in lines:
                if l.strip() == "Hvor tit":
                    in_tit = True
                    continue
                if in_tit:
                    in_tit = False
                    continue
                body.append(l)
            for s in sentences("\n".join(body)):
                ws = words(s)
                best, score = None, 0.0
                for key, x in src:
                    wx = words(x)
                    if not wx:
                        continue
                    sc = len(ws & wx) / max(1, len(ws))
                    if sc > score:
                        best, score = (key, x), sc
                if best and score >= 0.6:
                    groups.setdefault(best, []).append(s)
            for (key, x), said in groups.items():
                joined = " ".join(said)
                miss = [t for t in tokens(x) if not present(t, joined)]
                if miss:
                    counts["sentence"] += 1
                    files_hit.add(str(js))
                    print(f"SENT {sdir.name}/{js.parent.name}/{js.name} [{key}]\n   W: {x}\n   S: {joined}\n"
                          f"   missing: {sorted(miss)}")
    print(f"COUNTS {counts} files {len(files_hit)}")


if __name__ == "__main__":
    main()
