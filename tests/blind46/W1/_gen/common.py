import json, uuid, os
SYS = "urn:oid:1.2.208.176.2.22"
TH = {
 "Varetage relationer til netværk": "4c082610-b122-4019-96f2-1061e287445e",
 "Deltage i sociale fællesskaber og fritidsaktiviteter": "dcc6bb77-45af-4625-9c4d-7d7878307220",
 "Varetage egen sundhed": "4a58417e-9a75-43f2-9763-66505050159f",
 "Lave mad": "b947f321-7cdb-4b33-9653-f3ff800572b0",
 "Varetage økonomi": "70443014-3faf-402d-abcf-396bfad32eb9",
 "Samtale": "986898d0-e2e5-4afa-9cb3-ee7aecaa0143",
 "Håndtere post": "8bef71de-55b5-47fe-b438-18ac769106b3",
 "Rusmidler": "c8f4475a-8de3-4920-ad0c-eea78c49a68d",
 "Døgnrytme": "e6f82424-da5a-41d1-bd1a-5796aa79d5f2",
 "Gøre rent": "8f32c948-41c4-49d7-8913-cdeede2e7fe1",
 "Varetage beskæftigelse": "685e8517-2f5c-4ef8-a7c4-fa2d008fdd9d",
 "Vaske sig": "885400cc-dd71-479e-8993-3fc48fdd6710",
 "Fremstille meddelelser": "2ba29098-a527-43d5-b858-4c5353669f42",
}
GT = {"udvikle": ("d41c8072-52f8-42b5-9375-ddbea454d27f", "Udvikle funktionsevne"),
      "fastholde": ("10752a63-00b4-4958-b7f4-9f3a18f74266", "Fastholde funktionsevne"),
      "begrænse": ("e47c22bd-d88d-48ab-882b-419923e1f44e", "Begrænse tab af funktionsevne")}
OUT = "/work/blind/b46/W1"
def make(name, *, title, wording, purpose, measurement, handleplan_goal, theme, goal_type, methods,
         actions, otherwise, attitude, own_words, agreement, justification="", guardian=False, guardian_inv="",
         actors, start, expected, levels, doc_what, doc_who, doc_often, start_date, end_date, eval_date,
         crime=False, employment=False, created="2026-12-01T10:00:00+01:00"):
    gc, gn = GT[goal_type]
    d = {"schema_version": 1, "language": "da", "id": str(uuid.uuid5(uuid.NAMESPACE_URL, "b46W1"+name)),
         "title": title, "wording": wording, "purpose": purpose, "measurement": measurement,
         "handleplan_goal": handleplan_goal,
         "theme": {"code": TH[theme], "name": theme, "system": SYS},
         "goal_type": {"code": gc, "name": gn, "system": SYS},
         "methods": [{"name": n, "kind": k, "description": ds} for n, k, ds in methods],
         "indsats": {"actions": actions, "when_resident_wants_otherwise": otherwise},
         "collaboration": {"resident_attitude": attitude, "resident_own_words": own_words, "agreement": agreement,
                           "guardian_involved": guardian, "guardian_involvement": guardian_inv,
                           "professional_justification": justification},
         "external_actors": [{"name": n, "how": h} for n, h in actors],
         "indicators": {"start_level": start, "expected_end_level": expected,
                        "levels": [{"level": i, "what_we_see": w, "how_we_support": s} for i, (w, s) in enumerate(levels)]},
         "documentation": {"what": doc_what, "who": doc_who, "how_often": doc_often},
         "start_date": start_date, "end_date": end_date, "evaluation_date": eval_date,
         "crime_prevention": crime, "employment": employment, "created_at": created, "updated_at": created}
    assert len(levels) == 5
    with open(os.path.join(OUT, name + ".delmaal.json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2)
