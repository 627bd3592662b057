import json, uuid, os
OUT = "/work/blind/b45/W1"
SYS = "urn:oid:1.2.208.176.2.22"
TH = {
 "uddannelse": ("8888edfa-642b-4329-9fe3-a9b180e6d3f4", "Varetage uddannelse"),
 "post": ("8bef71de-55b5-47fe-b438-18ac769106b3", "Håndtere post"),
 "oekonomi": ("70443014-3faf-402d-abcf-396bfad32eb9", "Varetage økonomi"),
 "mad": ("b947f321-7cdb-4b33-9653-f3ff800572b0", "Lave mad"),
 "sundhed": ("4a58417e-9a75-43f2-9763-66505050159f", "Varetage egen sundhed"),
 "rus": ("c8f4475a-8de3-4920-ad0c-eea78c49a68d", "Rusmidler"),
 "samtale": ("986898d0-e2e5-4afa-9cb3-ee7aecaa0143", "Samtale"),
 "komudstyr": ("a80e8f96-18ba-4ee4-9496-d3ce882c2f85", "Anvende kommunikationsudstyr- og teknikker"),
 "transport": ("eff3385d-01fa-4c9c-9850-52e179243f21", "Færdes med transportmidler"),
 "beskaeft": ("685e8517-2f5c-4ef8-a7c4-fa2d008fdd9d", "Varetage beskæftigelse"),
 "toej": ("bd67597b-e80f-427f-8cf9-79d01eff91fc", "Vaske tøj"),
 "fritid": ("dcc6bb77-45af-4625-9c4d-7d7878307220", "Deltage i sociale fællesskaber og fritidsaktiviteter"),
 "doegn": ("e6f82424-da5a-41d1-bd1a-5796aa79d5f2", "Døgnrytme"),
 "netvaerk": ("4c082610-b122-4019-96f2-1061e287445e", "Varetage relationer til netværk"),
 "bolig": ("fd4b8dd3-5c4b-4257-8c13-ea045617d2f6", "Varetage bolig"),
}
GT = {"udvikle": ("d41c8072-52f8-42b5-9375-ddbea454d27f", "Udvikle funktionsevne"),
      "fastholde": ("10752a63-00b4-4958-b7f4-9f3a18f74266", "Fastholde funktionsevne")}
def mk(name, title, wording, purpose, measurement, hp, theme, gt, methods, actions, otherwise,
       attitude, own, agreement, actors, start_level, end_level, levels, doc, start, end, evald,
       guardian=False, guardian_inv="", just="", crime=False, employment=False, created="2026-12-02T14:10:00+01:00"):
    d = {"schema_version": 1, "language": "da", "id": str(uuid.uuid5(uuid.NAMESPACE_URL, "b45W1"+name)),
         "title": title, "wording": wording, "purpose": purpose, "measurement": measurement,
         "handleplan_goal": hp,
         "theme": {"code": TH[theme][0], "name": TH[theme][1], "system": SYS},
         "goal_type": {"code": GT[gt][0], "name": GT[gt][1], "system": SYS},
         "methods": [{"name": m[0], "kind": m[1], "description": m[2]} for m in methods],
         "indsats": {"actions": actions, "when_resident_wants_otherwise": otherwise},
         "collaboration": {"resident_attitude": attitude, "resident_own_words": own, "agreement": agreement,
                           "guardian_involved": guardian, "guardian_involvement": guardian_inv,
                           "professional_justification": just},
         "external_actors": [{"name": a, "how": h} for a, h in actors],
         "indicators": {"start_level": start_level, "expected_end_level": end_level,
                        "levels": [{"level": i, "what_we_see": w, "how_we_support": s} for i, (w, s) in enumerate(levels)]},
         "documentation": {"what": doc[0], "who": doc[1], "how_often": doc[2]},
         "start_date": start, "end_date": end, "evaluation_date": evald,
         "crime_prevention": crime, "employment": employment,
         "created_at": created, "updated_at": created}
    p = os.path.join(OUT, name + ".delmaal.json")
    with open(p, "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2)
    print(p)
