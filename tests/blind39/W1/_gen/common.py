import json, uuid, os
OUT = "/work/blind/b39/W1"
SYS = "urn:oid:1.2.208.176.2.22"
TH = {
 "Varetage egen sundhed": "4a58417e-9a75-43f2-9763-66505050159f",
 "Varetage beskæftigelse": "685e8517-2f5c-4ef8-a7c4-fa2d008fdd9d",
 "Varetage økonomi": "70443014-3faf-402d-abcf-396bfad32eb9",
 "Håndtere post": "8bef71de-55b5-47fe-b438-18ac769106b3",
 "Varetage relationer til netværk": "4c082610-b122-4019-96f2-1061e287445e",
 "Deltage i sociale fællesskaber og fritidsaktiviteter": "dcc6bb77-45af-4625-9c4d-7d7878307220",
 "Gøre rent": "8f32c948-41c4-49d7-8913-cdeede2e7fe1",
 "Vaske sig": "885400cc-dd71-479e-8993-3fc48fdd6710",
 "Færdes med transportmidler": "eff3385d-01fa-4c9c-9850-52e179243f21",
 "Gå og bevæge sig": "4977ce08-df4d-4c09-8e03-c2a563862e68",
 "Rusmidler": "c8f4475a-8de3-4920-ad0c-eea78c49a68d",
 "Døgnrytme": "e6f82424-da5a-41d1-bd1a-5796aa79d5f2",
 "Dyrke interesse": "3a748135-98a8-416a-808d-bff88a8e40ee",
 "Spise": "464a2ab6-a7df-4b3a-b74d-7873f4cfe668",
 "Motion": "0b650369-258a-4d01-a811-42b306c2f89d",
}
GT = {"Udvikle funktionsevne": "d41c8072-52f8-42b5-9375-ddbea454d27f",
      "Fastholde funktionsevne": "10752a63-00b4-4958-b7f4-9f3a18f74266",
      "Begrænse tab af funktionsevne": "e47c22bd-d88d-48ab-882b-419923e1f44e"}
def write(name, *, title, wording, purpose, measurement, goal, theme, gtype, methods, actions, otherwise,
          attitude, own, agreement, actors, start_level, end_level, levels, doc, start, end, evaluation=None,
          guardian=False, guardian_inv="", justification="", crime=False, employment=False, created="2026-12-04T10:00:00+01:00"):
    d = {"schema_version": 1, "language": "da", "id": str(uuid.uuid5(uuid.NAMESPACE_URL, "b39W1"+name)),
         "title": title, "wording": wording, "purpose": purpose, "measurement": measurement,
         "handleplan_goal": goal,
         "theme": {"code": TH[theme], "name": theme, "system": SYS},
         "goal_type": {"code": GT[gtype], "name": gtype, "system": SYS},
         "methods": [{"name": n, "kind": k, "description": ds} for n, k, ds in methods],
         "indsats": {"actions": actions, "when_resident_wants_otherwise": otherwise},
         "collaboration": {"resident_attitude": attitude, "resident_own_words": own, "agreement": agreement,
                           "guardian_involved": guardian, "guardian_involvement": guardian_inv,
                           "professional_justification": justification},
         "external_actors": [{"name": n, "how": h} for n, h in actors],
         "indicators": {"start_level": start_level, "expected_end_level": end_level,
                        "levels": [{"level": i, "what_we_see": w, "how_we_support": s} for i, (w, s) in enumerate(levels)]},
         "documentation": {"what": doc[0], "who": doc[1], "how_often": doc[2]},
         "start_date": start, "end_date": end, "evaluation_date": evaluation or end,
         "crime_prevention": crime, "employment": employment,
         "created_at": created, "updated_at": created}
    p = os.path.join(OUT, f"p1-{name}.delmaal.json")
    json.dump(d, open(p, "w"), ensure_ascii=False, indent=2)
    print(p)
