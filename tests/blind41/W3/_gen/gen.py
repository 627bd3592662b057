import json, uuid, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
CODES = json.load(open(os.path.join(HERE, "codes.json")))
SYS = "urn:oid:1.2.208.176.2.22"
ALL = []

def code(name):
    return {"code": CODES[name], "name": name, "system": SYS}

def D(fname, title, wording, purpose, measurement, handleplan_goal, theme, goal_type, methods,
      actions, otherwise, attitude, own_words, agreement, actors, start_level, end_level, levels,
      doc_what, doc_who, doc_often, start, end, evaluation, created,
      guardian=False, guardian_how="", justification="", crime=False, employment=False):
    d = {
        "schema_version": 1, "language": "da",
        "id": str(uuid.uuid5(uuid.NAMESPACE_URL, "b41/W3/" + fname)),
        "title": title, "wording": wording, "purpose": purpose, "measurement": measurement,
        "handleplan_goal": handleplan_goal, "theme": code(theme), "goal_type": code(goal_type),
        "methods": [{"name": m[0], "kind": m[1], "description": m[2]} for m in methods],
        "indsats": {"actions": actions, "when_resident_wants_otherwise": otherwise},
        "collaboration": {"resident_attitude": attitude, "resident_own_words": own_words,
                          "agreement": agreement, "guardian_involved": guardian,
                          "guardian_involvement": guardian_how,
                          "professional_justification": justification},
        "external_actors": [{"name": a, "how": h} for a, h in actors],
        "indicators": {"start_level": start_level, "expected_end_level": end_level,
                       "levels": [{"level": i, "what_we_see": w, "how_we_support": s}
                                  for i, (w, s) in enumerate(levels)]},
        "documentation": {"what": doc_what, "who": doc_who, "how_often": doc_often},
        "start_date": start, "end_date": end, "evaluation_date": evaluation,
        "crime_prevention": crime, "employment": employment,
        "created_at": created, "updated_at": created,
    }
    ALL.append((fname, d))

