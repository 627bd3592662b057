import json, uuid, os
S = "urn:oid:1.2.208.176.2.22"
TH = {
 "uddannelse": ("8888edfa-642b-4329-9fe3-a9b180e6d3f4", "Varetage uddannelse"),
 "okonomi": ("70443014-3faf-402d-abcf-396bfad32eb9", "Varetage økonomi"),
 "transport": ("eff3385d-01fa-4c9c-9850-52e179243f21", "Færdes med transportmidler"),
 "sundhed": ("4a58417e-9a75-43f2-9763-66505050159f", "Varetage egen sundhed"),
 "spise": ("464a2ab6-a7df-4b3a-b74d-7873f4cfe668", "Spise"),
 "dogn": ("e6f82424-da5a-41d1-bd1a-5796aa79d5f2", "Døgnrytme"),
 "job": ("685e8517-2f5c-4ef8-a7c4-fa2d008fdd9d", "Varetage beskæftigelse"),
 "bolig": ("fd4b8dd3-5c4b-4257-8c13-ea045617d2f6", "Varetage bolig"),
 "samspil": ("3f9da5ac-9686-4eeb-b517-b46e17fcb1d7", "Indgå i samspil og kontakt"),
 "netvaerk": ("4c082610-b122-4019-96f2-1061e287445e", "Varetage relationer til netværk"),
 "fritid": ("dcc6bb77-45af-4625-9c4d-7d7878307220", "Deltage i sociale fællesskaber og fritidsaktiviteter"),
 "mad": ("b947f321-7cdb-4b33-9653-f3ff800572b0", "Lave mad"),
 "folelser": ("dccaa419-0bcd-4056-a11a-2e385e23edc6", "Følelser og adfærd"),
 "fremstille": ("2ba29098-a527-43d5-b858-4c5353669f42", "Fremstille meddelelser"),
 "kobe": ("01770afa-cd17-41fe-a966-b8895e4d55d8", "Købe ind"),
}
GT = {"udvikle": ("d41c8072-52f8-42b5-9375-ddbea454d27f", "Udvikle funktionsevne"),
      "fastholde": ("10752a63-00b4-4958-b7f4-9f3a18f74266", "Fastholde funktionsevne")}
OUT = "/work/blind/b43/W2"
def make(fname, title, wording, purpose, measurement, hp, theme, gt, methods, actions, otherwise,
         attitude, own, agreement, ext, start, end_lvl, levels, doc, sd, ed, evd,
         guardian=False, guardian_inv="", just="", crime=False, employment=False, created="2026-12-03T10:00:00+01:00"):
    t = TH[theme]; g = GT[gt]
    d = {"schema_version": 1, "language": "da", "id": str(uuid.uuid5(uuid.NAMESPACE_URL, fname)),
         "title": title, "wording": wording, "purpose": purpose, "measurement": measurement,
         "handleplan_goal": hp,
         "theme": {"code": t[0], "name": t[1], "system": S},
         "goal_type": {"code": g[0], "name": g[1], "system": S},
         "methods": [{"name": m[0], "kind": m[1], "description": m[2]} for m in methods],
         "indsats": {"actions": actions, "when_resident_wants_otherwise": otherwise},
         "collaboration": {"resident_attitude": attitude, "resident_own_words": own, "agreement": agreement,
                           "guardian_involved": guardian, "guardian_involvement": guardian_inv,
                           "professional_justification": just},
         "external_actors": [{"name": a, "how": h} for a, h in ext],
         "indicators": {"start_level": start, "expected_end_level": end_lvl,
                        "levels": [{"level": i, "what_we_see": w, "how_we_support": s} for i, (w, s) in enumerate(levels)]},
         "documentation": {"what": doc[0], "who": doc[1], "how_often": doc[2]},
         "start_date": sd, "end_date": ed, "evaluation_date": evd,
         "crime_prevention": crime, "employment": employment,
         "created_at": created, "updated_at": created}
    p = os.path.join(OUT, fname + ".delmaal.json")
    with open(p, "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2)
    print(p)
