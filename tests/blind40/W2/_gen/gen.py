import json, uuid, os
OUT = "/work/blind/b40/W2"
SYS = "urn:oid:1.2.208.176.2.22"
TH = {
 "Varetage økonomi": "70443014-3faf-402d-abcf-396bfad32eb9",
 "Håndtere post": "8bef71de-55b5-47fe-b438-18ac769106b3",
 "Varetage bolig": "fd4b8dd3-5c4b-4257-8c13-ea045617d2f6",
 "Varetage beskæftigelse": "685e8517-2f5c-4ef8-a7c4-fa2d008fdd9d",
 "Varetage relationer til netværk": "4c082610-b122-4019-96f2-1061e287445e",
 "Varetage egen sundhed": "4a58417e-9a75-43f2-9763-66505050159f",
 "Købe ind": "01770afa-cd17-41fe-a966-b8895e4d55d8",
 "Vaske tøj": "bd67597b-e80f-427f-8cf9-79d01eff91fc",
 "Lave mad": "b947f321-7cdb-4b33-9653-f3ff800572b0",
 "Gøre rent": "8f32c948-41c4-49d7-8913-cdeede2e7fe1",
 "Vaske sig": "885400cc-dd71-479e-8993-3fc48fdd6710",
 "Indgå i samspil og kontakt": "3f9da5ac-9686-4eeb-b517-b46e17fcb1d7",
 "Deltage i sociale fællesskaber og fritidsaktiviteter": "dcc6bb77-45af-4625-9c4d-7d7878307220",
 "Udvise hjælp og omsorg for andre": "58ef570c-1c1e-47be-8bfd-26ed99825762",
 "Færdes med transportmidler": "eff3385d-01fa-4c9c-9850-52e179243f21",
}
GT = {"U": ("d41c8072-52f8-42b5-9375-ddbea454d27f", "Udvikle funktionsevne"),
      "F": ("10752a63-00b4-4958-b7f4-9f3a18f74266", "Fastholde funktionsevne"),
      "B": ("e47c22bd-d88d-48ab-882b-419923e1f44e", "Begrænse tab af funktionsevne")}

def mk(nn, short, title, wording, purpose, measurement, goal, theme, gt, methods, actions, otherwise,
       attitude, own, agreement, guardian, guardian_inv, justification, actors, start_level, end_level, levels,
       doc_what, doc_who, doc_often, start, end, evaluation, crime=False, employment=False, created="2026-12-01T10:00:00+01:00"):
    d = {
      "schema_version": 1, "language": "da",
      "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"b40/W2/{nn}")),
      "title": title, "wording": wording, "purpose": purpose, "measurement": measurement,
      "handleplan_goal": goal,
      "theme": {"code": TH[theme], "name": theme, "system": SYS},
      "goal_type": {"code": GT[gt][0], "name": GT[gt][1], "system": SYS},
      "methods": [{"name": m[0], "kind": m[1], "description": m[2]} for m in methods],
      "indsats": {"actions": actions, "when_resident_wants_otherwise": otherwise},
      "collaboration": {"resident_attitude": attitude, "resident_own_words": own, "agreement": agreement,
                        "guardian_involved": guardian, "guardian_involvement": guardian_inv,
                        "professional_justification": justification},
      "external_actors": [{"name": a, "how": h} for a, h in actors],
      "indicators": {"start_level": start_level, "expected_end_level": end_level,
                     "levels": [{"level": i, "what_we_see": w, "how_we_support": s} for i, (w, s) in enumerate(levels)]},
      "documentation": {"what": doc_what, "who": doc_who, "how_often": doc_often},
      "start_date": start, "end_date": end, "evaluation_date": evaluation,
      "crime_prevention": crime, "employment": employment,
      "created_at": created, "updated_at": created,
    }
    fn = os.path.join(OUT, f"p2-{nn:02d}-{short}.delmaal.json")
    with open(fn, "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(fn)

exec(open(os.path.join(os.path.dirname(__file__), "data.py"), encoding="utf-8").read())
