import json, uuid, os
SYS = "urn:oid:1.2.208.176.2.22"
TH = {
 "beskaeft": ("685e8517-2f5c-4ef8-a7c4-fa2d008fdd9d", "Varetage beskæftigelse"),
 "samspil": ("3f9da5ac-9686-4eeb-b517-b46e17fcb1d7", "Indgå i samspil og kontakt"),
 "spise": ("464a2ab6-a7df-4b3a-b74d-7873f4cfe668", "Spise"),
 "vaske": ("885400cc-dd71-479e-8993-3fc48fdd6710", "Vaske sig"),
 "soevn": ("83376fdb-f55d-4dd9-944e-b49631a9836f", "Søvn"),
 "doegn": ("e6f82424-da5a-41d1-bd1a-5796aa79d5f2", "Døgnrytme"),
 "oekonomi": ("70443014-3faf-402d-abcf-396bfad32eb9", "Varetage økonomi"),
 "komudstyr": ("a80e8f96-18ba-4ee4-9496-d3ce882c2f85", "Anvende kommunikationsudstyr- og teknikker"),
 "fritid": ("dcc6bb77-45af-4625-9c4d-7d7878307220", "Deltage i sociale fællesskaber og fritidsaktiviteter"),
 "organisering": ("9c2173e6-6465-44d3-af16-7c44059193b2", "Organisering og planlægning"),
 "netvaerk": ("4c082610-b122-4019-96f2-1061e287445e", "Varetage relationer til netværk"),
 "transport": ("eff3385d-01fa-4c9c-9850-52e179243f21", "Færdes med transportmidler"),
 "meddelelser": ("2ba29098-a527-43d5-b858-4c5353669f42", "Fremstille meddelelser"),
 "sundhed": ("4a58417e-9a75-43f2-9763-66505050159f", "Varetage egen sundhed"),
 "uddannelse": ("8888edfa-642b-4329-9fe3-a9b180e6d3f4", "Varetage uddannelse"),
}
GT = {
 "udvikle": ("d41c8072-52f8-42b5-9375-ddbea454d27f", "Udvikle funktionsevne"),
 "fastholde": ("10752a63-00b4-4958-b7f4-9f3a18f74266", "Fastholde funktionsevne"),
 "begraense": ("e47c22bd-d88d-48ab-882b-419923e1f44e", "Begrænse tab af funktionsevne"),
}
OUT = "/work/blind/b42/W2"
def mk(fname, *, title, wording, purpose, measurement, goal, theme, gtype, methods, actions, otherwise,
       attitude, own_words, agreement, guardian=False, guardian_inv="", justification="",
       actors, start, expected, levels, doc_what, doc_who, doc_often, start_date, end_date, eval_date,
       created, crime=False, employment=False):
    t = TH[theme]; g = GT[gtype]
    d = {
      "schema_version": 1, "language": "da",
      "id": str(uuid.uuid5(uuid.NAMESPACE_URL, "b42-W2-" + fname)),
      "title": title, "wording": wording, "purpose": purpose, "measurement": measurement,
      "handleplan_goal": goal,
      "theme": {"code": t[0], "name": t[1], "system": SYS},
      "goal_type": {"code": g[0], "name": g[1], "system": SYS},
      "methods": [{"name": n, "kind": k, "description": ds} for (n, k, ds) in methods],
      "indsats": {"actions": actions, "when_resident_wants_otherwise": otherwise},
      "collaboration": {"resident_attitude": attitude, "resident_own_words": own_words,
          "agreement": agreement, "guardian_involved": guardian, "guardian_involvement": guardian_inv,
          "professional_justification": justification},
      "external_actors": [{"name": n, "how": h} for (n, h) in actors],
      "indicators": {"start_level": start, "expected_end_level": expected,
          "levels": [{"level": i, "what_we_see": w, "how_we_support": s} for i, (w, s) in enumerate(levels)]},
      "documentation": {"what": doc_what, "who": doc_who, "how_often": doc_often},
      "start_date": start_date, "end_date": end_date, "evaluation_date": eval_date,
      "crime_prevention": crime, "employment": employment,
      "created_at": created, "updated_at": created,
    }
    assert len(levels) == 5
    p = os.path.join(OUT, fname + ".delmaal.json")
    with open(p, "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2); f.write("\n")
    return p
