import json, uuid, os
SYS = "urn:oid:1.2.208.176.2.22"
THEMES = {
 "Vaske sig": "885400cc-dd71-479e-8993-3fc48fdd6710",
 "Anvende kommunikationsudstyr- og teknikker": "a80e8f96-18ba-4ee4-9496-d3ce882c2f85",
 "Gå og bevæge sig": "4977ce08-df4d-4c09-8e03-c2a563862e68",
 "Varetage beskæftigelse": "685e8517-2f5c-4ef8-a7c4-fa2d008fdd9d",
 "Varetage relationer til netværk": "4c082610-b122-4019-96f2-1061e287445e",
 "Forstå meddelelser": "9bbbffef-c404-4ea3-a927-cd22d8027e6d",
 "Pleje sin krop": "b3939f0b-43d9-4e8c-bb2e-50ff8bb7ed03",
 "Vaske tøj": "bd67597b-e80f-427f-8cf9-79d01eff91fc",
 "Deltage i sociale fællesskaber og fritidsaktiviteter": "dcc6bb77-45af-4625-9c4d-7d7878307220",
 "Drikke": "14615a09-bd94-4602-b43a-f6d3d3f9801d",
 "Købe ind": "01770afa-cd17-41fe-a966-b8895e4d55d8",
 "Lave mad": "b947f321-7cdb-4b33-9653-f3ff800572b0",
 "Søvn": "83376fdb-f55d-4dd9-944e-b49631a9836f",
 "Passe ejendele": "4a51d7a7-61e7-48fa-a1d5-9d26337c6c38",
 "Spise": "464a2ab6-a7df-4b3a-b74d-7873f4cfe668",
 "Udvise hjælp og omsorg for andre": "58ef570c-1c1e-47be-8bfd-26ed99825762",
 "Klæde sig af og på": "347aa085-4fe2-411f-ac56-5693d164adc3",
}
GOALS = {
 "Udvikle funktionsevne": "d41c8072-52f8-42b5-9375-ddbea454d27f",
 "Fastholde funktionsevne": "10752a63-00b4-4958-b7f4-9f3a18f74266",
 "Begrænse tab af funktionsevne": "e47c22bd-d88d-48ab-882b-419923e1f44e",
}
OUT = "/work/blind/b38/W1"

def make(fname, *, title, wording, purpose, measurement, handleplan_goal, theme, goal_type, methods,
         actions, otherwise, attitude, own_words, agreement, guardian_involved, guardian_involvement,
         justification, actors, start_level, end_level, levels, doc_what, doc_who, doc_often,
         start, end, evaluation, created, crime=False, employment=False):
    d = {
      "schema_version": 1, "language": "da",
      "id": str(uuid.uuid5(uuid.NAMESPACE_URL, "b38/W1/" + fname)),
      "title": title, "wording": wording, "purpose": purpose, "measurement": measurement,
      "handleplan_goal": handleplan_goal,
      "theme": {"code": THEMES[theme], "name": theme, "system": SYS},
      "goal_type": {"code": GOALS[goal_type], "name": goal_type, "system": SYS},
      "methods": [{"name": n, "kind": k, "description": ds} for (n, k, ds) in methods],
      "indsats": {"actions": actions, "when_resident_wants_otherwise": otherwise},
      "collaboration": {"resident_attitude": attitude, "resident_own_words": own_words,
                        "agreement": agreement, "guardian_involved": guardian_involved,
                        "guardian_involvement": guardian_involvement,
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
    p = os.path.join(OUT, fname + ".delmaal.json")
    with open(p, "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote", p)
