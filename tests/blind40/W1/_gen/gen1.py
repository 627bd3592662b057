# -*- coding: utf-8 -*-
import json, uuid, os
OUT = "/work/blind/b40/W1"
SYS = "urn:oid:1.2.208.176.2.22"
def T(code, name): return {"code": code, "name": name, "system": SYS}
UDV = T("d41c8072-52f8-42b5-9375-ddbea454d27f", "Udvikle funktionsevne")
FAS = T("10752a63-00b4-4958-b7f4-9f3a18f74266", "Fastholde funktionsevne")
BEG = T("e47c22bd-d88d-48ab-882b-419923e1f44e", "Begrænse tab af funktionsevne")
def L(*rows): return [{"level": i, "what_we_see": a, "how_we_support": b} for i, (a, b) in enumerate(rows)]
def M(*ms): return [{"name": n, "kind": k, "description": d} for n, k, d in ms]
def X(*xs): return [{"name": n, "how": h} for n, h in xs]
def C(att, words, agr, gi=False, ginv="", just=""):
    return {"resident_attitude": att, "resident_own_words": words, "agreement": agr,
            "guardian_involved": gi, "guardian_involvement": ginv, "professional_justification": just}
ALL = []
def D(fname, **k):
    d = {"schema_version": 1, "language": "da", "id": str(uuid.uuid5(uuid.NAMESPACE_URL, "b40W1" + fname))}
    d.update(title=k["title"], wording=k["wording"], purpose=k["purpose"], measurement=k["measurement"],
             handleplan_goal=k["hp"], theme=k["theme"], goal_type=k["gt"], methods=k["methods"],
             indsats={"actions": k["actions"], "when_resident_wants_otherwise": k["planb"]},
             collaboration=k["collab"], external_actors=k["ext"],
             indicators={"start_level": k["start"], "expected_end_level": k["end"], "levels": k["levels"]},
             documentation=k["doc"], start_date=k["sd"], end_date=k["ed"], evaluation_date=k["ev"],
             crime_prevention=False, employment=False,
             created_at=k.get("created", "2026-12-02T10:15:00+01:00"), updated_at=k.get("created", "2026-12-02T10:15:00+01:00"))
    ALL.append((fname, d))
def doc(what, who, often): return {"what": what, "who": who, "how_often": often}
exec(open(os.path.join(os.path.dirname(__file__), "data1.py"), encoding="utf-8").read())
for fname, d in ALL:
    with open(os.path.join(OUT, fname), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2); f.write("\n")
print(len(ALL), "files")
