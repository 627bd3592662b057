import json, uuid, os
OUT = "/work/blind/b43/W3"
SYS = "urn:oid:1.2.208.176.2.22"
TH = {
 "Spise": "464a2ab6-a7df-4b3a-b74d-7873f4cfe668",
 "Varetage egen sundhed": "4a58417e-9a75-43f2-9763-66505050159f",
 "Varetage økonomi": "70443014-3faf-402d-abcf-396bfad32eb9",
 "Gå og bevæge sig": "4977ce08-df4d-4c09-8e03-c2a563862e68",
 "Indgå i samspil og kontakt": "3f9da5ac-9686-4eeb-b517-b46e17fcb1d7",
 "Lave mad": "b947f321-7cdb-4b33-9653-f3ff800572b0",
 "Deltage i sociale fællesskaber og fritidsaktiviteter": "dcc6bb77-45af-4625-9c4d-7d7878307220",
 "Varetage bolig": "fd4b8dd3-5c4b-4257-8c13-ea045617d2f6",
 "Vaske tøj": "bd67597b-e80f-427f-8cf9-79d01eff91fc",
 "Gøre rent": "8f32c948-41c4-49d7-8913-cdeede2e7fe1",
 "Færdes med transportmidler": "eff3385d-01fa-4c9c-9850-52e179243f21",
 "Varetage relationer til netværk": "4c082610-b122-4019-96f2-1061e287445e",
 "Købe ind": "01770afa-cd17-41fe-a966-b8895e4d55d8",
}
GT = {"Udvikle funktionsevne": "d41c8072-52f8-42b5-9375-ddbea454d27f",
      "Fastholde funktionsevne": "10752a63-00b4-4958-b7f4-9f3a18f74266",
      "Begrænse tab af funktionsevne": "e47c22bd-d88d-48ab-882b-419923e1f44e"}

def mk(fn, title, wording, purpose, measurement, hp, theme, gt, methods, actions, otherwise,
       attitude, own, agreement, guardian, guardian_txt, justification, actors, start_lvl, end_lvl,
       levels, doc, start, end, evald, created):
    d = {
      "schema_version": 1, "language": "da",
      "id": str(uuid.uuid5(uuid.NAMESPACE_URL, "b43-W3-" + fn)),
      "title": title, "wording": wording, "purpose": purpose, "measurement": measurement,
      "handleplan_goal": hp,
      "theme": {"code": TH[theme], "name": theme, "system": SYS},
      "goal_type": {"code": GT[gt], "name": gt, "system": SYS},
      "methods": [{"name": n, "kind": k, "description": ds} for (n, k, ds) in methods],
      "indsats": {"actions": actions, "when_resident_wants_otherwise": otherwise},
      "collaboration": {"resident_attitude": attitude, "resident_own_words": own,
                        "agreement": agreement, "guardian_involved": guardian,
                        "guardian_involvement": guardian_txt, "professional_justification": justification},
      "external_actors": [{"name": n, "how": h} for (n, h) in actors],
      "indicators": {"start_level": start_lvl, "expected_end_level": end_lvl,
                     "levels": [{"level": i, "what_we_see": w, "how_we_support": s} for i, (w, s) in enumerate(levels)]},
      "documentation": {"what": doc[0], "who": doc[1], "how_often": doc[2]},
      "start_date": start, "end_date": end, "evaluation_date": evald,
      "crime_prevention": False, "employment": False,
      "created_at": created, "updated_at": created,
    }
    assert len(levels) == 5
    with open(os.path.join(OUT, fn + ".delmaal.json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2)
        f.write("\n")
