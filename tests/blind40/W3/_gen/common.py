import json, uuid, os
SYS = "urn:oid:1.2.208.176.2.22"
T = {
 "relnet": ("4c082610-b122-4019-96f2-1061e287445e", "Varetage relationer til netværk"),
 "omsorg": ("58ef570c-1c1e-47be-8bfd-26ed99825762", "Udvise hjælp og omsorg for andre"),
 "samtale": ("986898d0-e2e5-4afa-9cb3-ee7aecaa0143", "Samtale"),
 "fremstille": ("2ba29098-a527-43d5-b858-4c5353669f42", "Fremstille meddelelser"),
 "bolig": ("fd4b8dd3-5c4b-4257-8c13-ea045617d2f6", "Varetage bolig"),
 "oekonomi": ("70443014-3faf-402d-abcf-396bfad32eb9", "Varetage økonomi"),
 "uddannelse": ("8888edfa-642b-4329-9fe3-a9b180e6d3f4", "Varetage uddannelse"),
 "sundhed": ("4a58417e-9a75-43f2-9763-66505050159f", "Varetage egen sundhed"),
 "spise": ("464a2ab6-a7df-4b3a-b74d-7873f4cfe668", "Spise"),
 "faellesskab": ("dcc6bb77-45af-4625-9c4d-7d7878307220", "Deltage i sociale fællesskaber og fritidsaktiviteter"),
 "samspil": ("3f9da5ac-9686-4eeb-b517-b46e17fcb1d7", "Indgå i samspil og kontakt"),
 "kommudstyr": ("a80e8f96-18ba-4ee4-9496-d3ce882c2f85", "Anvende kommunikationsudstyr- og teknikker"),
 "koebe": ("01770afa-cd17-41fe-a966-b8895e4d55d8", "Købe ind"),
 "lavemad": ("b947f321-7cdb-4b33-9653-f3ff800572b0", "Lave mad"),
 "pleje": ("b3939f0b-43d9-4e8c-bb2e-50ff8bb7ed03", "Pleje sin krop"),
}
G = {
 "udvikle": ("d41c8072-52f8-42b5-9375-ddbea454d27f", "Udvikle funktionsevne"),
 "fastholde": ("10752a63-00b4-4958-b7f4-9f3a18f74266", "Fastholde funktionsevne"),
}
OUT = "/work/blind/b40/W3"
def mk(fname, title, wording, purpose, measurement, hp_goal, theme, gtype, methods, actions, otherwise,
       attitude, own_words, agreement, guardian, guardian_inv, just, actors, start_level, end_level, levels,
       doc, start, end, evaluation, created):
    d = {
      "schema_version": 1, "language": "da",
      "id": str(uuid.uuid5(uuid.NAMESPACE_URL, "b40/W3/" + fname)),
      "title": title, "wording": wording, "purpose": purpose, "measurement": measurement,
      "handleplan_goal": hp_goal,
      "theme": {"code": T[theme][0], "name": T[theme][1], "system": SYS},
      "goal_type": {"code": G[gtype][0], "name": G[gtype][1], "system": SYS},
      "methods": [{"name": n, "kind": k, "description": ds} for (n, k, ds) in methods],
      "indsats": {"actions": actions, "when_resident_wants_otherwise": otherwise},
      "collaboration": {"resident_attitude": attitude, "resident_own_words": own_words,
                        "agreement": agreement, "guardian_involved": guardian,
                        "guardian_involvement": guardian_inv, "professional_justification": just},
      "external_actors": [{"name": n, "how": h} for (n, h) in actors],
      "indicators": {"start_level": start_level, "expected_end_level": end_level,
                     "levels": [{"level": i, "what_we_see": w, "how_we_support": s} for i, (w, s) in enumerate(levels)]},
      "documentation": {"what": doc[0], "who": doc[1], "how_often": doc[2]},
      "start_date": start, "end_date": end, "evaluation_date": evaluation,
      "crime_prevention": False, "employment": False,
      "created_at": created + "T10:00:00+01:00", "updated_at": created + "T10:00:00+01:00",
    }
    assert len(d["indicators"]["levels"]) == 5
    with open(os.path.join(OUT, fname + ".delmaal.json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2)
        f.write("\n")
