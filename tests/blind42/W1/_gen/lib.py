import json, uuid, os
FFB = json.load(open('/work/shared/data/CodeSystem-FFB.json'))
CODES = {}
def walk(cs):
    for c in cs:
        CODES.setdefault(c.get('display'), c['code'])
        walk(c.get('concept', []))
walk(FFB['concept'])
SYS = "urn:oid:1.2.208.176.2.22"
OUT = '/work/blind/b42/W1'

def make(fname, title, wording, purpose, measurement, hp_goal, theme, goal_type, methods,
         actions, otherwise, attitude, own_words, agreement, guardian, guardian_inv, justification,
         actors, start_level, end_level, levels, doc, start, end, evald, crime=False, employment=False,
         created="2026-12-01T10:00:00+01:00"):
    assert theme in CODES and goal_type in CODES, (theme, goal_type)
    d = {
        "schema_version": 1, "language": "da",
        "id": str(uuid.uuid5(uuid.NAMESPACE_URL, "b42-W1-" + fname)),
        "title": title, "wording": wording, "purpose": purpose, "measurement": measurement,
        "handleplan_goal": hp_goal,
        "theme": {"code": CODES[theme], "name": theme, "system": SYS},
        "goal_type": {"code": CODES[goal_type], "name": goal_type, "system": SYS},
        "methods": [{"name": n, "kind": k, "description": ds} for (n, k, ds) in methods],
        "indsats": {"actions": actions, "when_resident_wants_otherwise": otherwise},
        "collaboration": {"resident_attitude": attitude, "resident_own_words": own_words,
                          "agreement": agreement, "guardian_involved": guardian,
                          "guardian_involvement": guardian_inv,
                          "professional_justification": justification},
        "external_actors": [{"name": n, "how": h} for (n, h) in actors],
        "indicators": {"start_level": start_level, "expected_end_level": end_level,
                       "levels": [{"level": i, "what_we_see": w, "how_we_support": s}
                                  for i, (w, s) in enumerate(levels)]},
        "documentation": {"what": doc[0], "who": doc[1], "how_often": doc[2]},
        "start_date": start, "end_date": end, "evaluation_date": evald,
        "crime_prevention": crime, "employment": employment,
        "created_at": created, "updated_at": created,
    }
    assert len(levels) == 5
    p = os.path.join(OUT, f"p1-{fname}.delmaal.json")
    with open(p, 'w', encoding='utf-8') as f:
        json.dump(d, f, ensure_ascii=False, indent=2)
    print(p)
