import json, uuid, os

SYS = "urn:oid:1.2.208.176.2.22"
_cs = json.load(open("/work/shared/data/CodeSystem-FFB.json"))
_by_name = {}


def _walk(cs):
    for c in cs:
        _by_name.setdefault(c.get("display"), c["code"])
        _walk(c.get("concept", []))


_walk(_cs["concept"])


def code(name):
    return {"code": _by_name[name], "name": name, "system": SYS}


OUT = "/work/blind/b38/W3"


def write(fname, d):
    levels = [
        {"level": i, "what_we_see": w, "how_we_support": h}
        for i, (w, h) in enumerate(d.pop("levels"))
    ]
    start, end = d.pop("dates")
    created = d.pop("created")
    doc = {
        "schema_version": 1,
        "language": "da",
        "id": str(uuid.uuid5(uuid.NAMESPACE_URL, "b38/W3/" + fname)),
        "title": d["title"],
        "wording": d["wording"],
        "purpose": d["purpose"],
        "measurement": d["measurement"],
        "handleplan_goal": d["handleplan_goal"],
        "theme": code(d["theme"]),
        "goal_type": code(d["goal_type"]),
        "methods": [
            {"name": n, "kind": k, "description": desc} for (n, k, desc) in d["methods"]
        ],
        "indsats": {
            "actions": d["actions"],
            "when_resident_wants_otherwise": d["otherwise"],
        },
        "collaboration": {
            "resident_attitude": d["attitude"],
            "resident_own_words": d["own_words"],
            "agreement": d["agreement"],
            "guardian_involved": d.get("guardian_involved", False),
            "guardian_involvement": d.get("guardian_involvement", ""),
            "professional_justification": d.get("justification", ""),
        },
        "external_actors": [{"name": n, "how": h} for (n, h) in d["actors"]],
        "indicators": {
            "start_level": d["start_level"],
            "expected_end_level": d["end_level"],
            "levels": levels,
        },
        "documentation": {
            "what": d["doc_what"],
            "who": d["doc_who"],
            "how_often": d["doc_how_often"],
        },
        "start_date": start,
        "end_date": end,
        "evaluation_date": d.get("evaluation", end),
        "crime_prevention": d.get("crime_prevention", False),
        "employment": d.get("employment", False),
        "created_at": created + "T10:00:00+01:00",
        "updated_at": created + "T10:00:00+01:00",
    }
    path = os.path.join(OUT, fname + ".delmaal.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(path)
