import json, uuid, os
OUT = "/work/blind/b45/W2"
SYS = "urn:oid:1.2.208.176.2.22"
TH = {
 "klaede": ("347aa085-4fe2-411f-ac56-5693d164adc3", "Klæde sig af og på"),
 "kommudstyr": ("a80e8f96-18ba-4ee4-9496-d3ce882c2f85", "Anvende kommunikationsudstyr- og teknikker"),
 "meddelelser": ("2ba29098-a527-43d5-b858-4c5353669f42", "Fremstille meddelelser"),
 "transport": ("eff3385d-01fa-4c9c-9850-52e179243f21", "Færdes med transportmidler"),
 "gaa": ("4977ce08-df4d-4c09-8e03-c2a563862e68", "Gå og bevæge sig"),
 "kropsstilling": ("759ddc8e-57c0-4aa6-8d32-14d8eb51c5dd", "Ændre og opretholde kropsstilling"),
 "netvaerk": ("4c082610-b122-4019-96f2-1061e287445e", "Varetage relationer til netværk"),
 "spise": ("464a2ab6-a7df-4b3a-b74d-7873f4cfe668", "Spise"),
 "fritid": ("dcc6bb77-45af-4625-9c4d-7d7878307220", "Deltage i sociale fællesskaber og fritidsaktiviteter"),
 "pleje": ("b3939f0b-43d9-4e8c-bb2e-50ff8bb7ed03", "Pleje sin krop"),
 "sundhed": ("4a58417e-9a75-43f2-9763-66505050159f", "Varetage egen sundhed"),
 "koebe": ("01770afa-cd17-41fe-a966-b8895e4d55d8", "Købe ind"),
 "samtale": ("986898d0-e2e5-4afa-9cb3-ee7aecaa0143", "Samtale"),
 "samspil": ("3f9da5ac-9686-4eeb-b517-b46e17fcb1d7", "Indgå i samspil og kontakt"),
 "planlaeg": ("9c2173e6-6465-44d3-af16-7c44059193b2", "Organisering og planlægning"),
}
GT = {
 "udvikle": ("d41c8072-52f8-42b5-9375-ddbea454d27f", "Udvikle funktionsevne"),
 "fastholde": ("10752a63-00b4-4958-b7f4-9f3a18f74266", "Fastholde funktionsevne"),
 "begraense": ("e47c22bd-d88d-48ab-882b-419923e1f44e", "Begrænse tab af funktionsevne"),
}
def mk(fname, *, title, wording, purpose, measurement, hp, theme, gt, methods, actions, otherwise,
       attitude, own, agreement, g_inv=False, g_how="", just="", actors=(), start_level, end_level, levels,
       doc, start, end, evald=None, created="2026-12-01T10:00:00+01:00"):
    d = {
     "schema_version": 1, "language": "da",
     "id": str(uuid.uuid5(uuid.NAMESPACE_URL, "b45W2/" + fname)),
     "title": title, "wording": wording, "purpose": purpose, "measurement": measurement,
     "handleplan_goal": hp,
     "theme": {"code": TH[theme][0], "name": TH[theme][1], "system": SYS},
     "goal_type": {"code": GT[gt][0], "name": GT[gt][1], "system": SYS},
     "methods": [{"name": n, "kind": k, "description": ds} for (n, k, ds) in methods],
     "indsats": {"actions": actions, "when_resident_wants_otherwise": otherwise},
     "collaboration": {"resident_attitude": attitude, "resident_own_words": own, "agreement": agreement,
        "guardian_involved": g_inv, "guardian_involvement": g_how, "professional_justification": just},
     "external_actors": [{"name": n, "how": h} for (n, h) in actors],
     "indicators": {"start_level": start_level, "expected_end_level": end_level,
        "levels": [{"level": i, "what_we_see": w, "how_we_support": s} for i, (w, s) in enumerate(levels)]},
     "documentation": {"what": doc[0], "who": doc[1], "how_often": doc[2]},
     "start_date": start, "end_date": end, "evaluation_date": evald or end,
     "crime_prevention": False, "employment": False,
     "created_at": created, "updated_at": created,
    }
    p = os.path.join(OUT, fname + ".delmaal.json")
    with open(p, "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2)
    print(p)
