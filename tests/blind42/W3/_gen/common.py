import json, os, uuid
SYS = "urn:oid:1.2.208.176.2.22"
THEMES = {
 "Gå og bevæge sig": "4977ce08-df4d-4c09-8e03-c2a563862e68",
 "Færdes med transportmidler": "eff3385d-01fa-4c9c-9850-52e179243f21",
 "Anvende kommunikationsudstyr- og teknikker": "a80e8f96-18ba-4ee4-9496-d3ce882c2f85",
 "Lave mad": "b947f321-7cdb-4b33-9653-f3ff800572b0",
 "Vaske tøj": "bd67597b-e80f-427f-8cf9-79d01eff91fc",
 "Passe ejendele": "4a51d7a7-61e7-48fa-a1d5-9d26337c6c38",
 "Deltage i sociale fællesskaber og fritidsaktiviteter": "dcc6bb77-45af-4625-9c4d-7d7878307220",
 "Varetage relationer til netværk": "4c082610-b122-4019-96f2-1061e287445e",
 "Spise": "464a2ab6-a7df-4b3a-b74d-7873f4cfe668",
 "Varetage egen sundhed": "4a58417e-9a75-43f2-9763-66505050159f",
 "Varetage økonomi": "70443014-3faf-402d-abcf-396bfad32eb9",
 "Vaske sig": "885400cc-dd71-479e-8993-3fc48fdd6710",
 "Hukommelse": "61452fe5-cea2-4d92-b2f1-406e9a5d31cb",
 "Orienteringsevne": "f7c0ef6c-18ba-4d38-9df5-4c891f154a08",
 "Dyrke interesse": "3a748135-98a8-416a-808d-bff88a8e40ee",
 "Udvise hjælp og omsorg for andre": "58ef570c-1c1e-47be-8bfd-26ed99825762",
}
GOALS = {"Udvikle funktionsevne": "d41c8072-52f8-42b5-9375-ddbea454d27f",
         "Fastholde funktionsevne": "10752a63-00b4-4958-b7f4-9f3a18f74266",
         "Begrænse tab af funktionsevne": "e47c22bd-d88d-48ab-882b-419923e1f44e"}
OUT = "/work/blind/b42/W3"

def make(name, *, title, wording, purpose, measurement, handleplan_goal, theme, goal_type, methods,
         actions, otherwise, attitude, own_words, agreement, guardian=False, guardian_text="",
         justification="", actors, start_level, end_level, levels, doc_what, doc_who, doc_often,
         start, end, evaluation, created, crime=False, employment=False):
    d = {
      "schema_version": 1, "language": "da",
      "id": str(uuid.uuid5(uuid.NAMESPACE_URL, "b42-W3-" + name)),
      "title": title, "wording": wording, "purpose": purpose, "measurement": measurement,
      "handleplan_goal": handleplan_goal,
      "theme": {"code": THEMES[theme], "name": theme, "system": SYS},
      "goal_type": {"code": GOALS[goal_type], "name": goal_type, "system": SYS},
      "methods": [{"name": n, "kind": k, "description": ds} for (n, k, ds) in methods],
      "indsats": {"actions": actions, "when_resident_wants_otherwise": otherwise},
      "collaboration": {"resident_attitude": attitude, "resident_own_words": own_words,
                        "agreement": agreement, "guardian_involved": guardian,
                        "guardian_involvement": guardian_text,
                        "professional_justification": justification},
      "external_actors": [{"name": n, "how": h} for (n, h) in actors],
      "indicators": {"start_level": start_level, "expected_end_level": end_level,
                     "levels": [{"level": i, "what_we_see": s, "how_we_support": h}
                                for i, (s, h) in enumerate(levels)]},
      "documentation": {"what": doc_what, "who": doc_who, "how_often": doc_often},
      "start_date": start, "end_date": end, "evaluation_date": evaluation,
      "crime_prevention": crime, "employment": employment,
      "created_at": created, "updated_at": created,
    }
    assert len(levels) == 5
    path = os.path.join(OUT, name + ".delmaal.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(path)
