import json, uuid, os
OUT = "/work/blind/b39/W3"
SYS = "urn:oid:1.2.208.176.2.22"
T = {
 "økonomi": ("70443014-3faf-402d-abcf-396bfad32eb9", "Varetage økonomi"),
 "post": ("8bef71de-55b5-47fe-b438-18ac769106b3", "Håndtere post"),
 "bolig": ("fd4b8dd3-5c4b-4257-8c13-ea045617d2f6", "Varetage bolig"),
 "sundhed": ("4a58417e-9a75-43f2-9763-66505050159f", "Varetage egen sundhed"),
 "beskæftigelse": ("685e8517-2f5c-4ef8-a7c4-fa2d008fdd9d", "Varetage beskæftigelse"),
 "uddannelse": ("8888edfa-642b-4329-9fe3-a9b180e6d3f4", "Varetage uddannelse"),
 "vasketøj": ("bd67597b-e80f-427f-8cf9-79d01eff91fc", "Vaske tøj"),
 "netværk": ("4c082610-b122-4019-96f2-1061e287445e", "Varetage relationer til netværk"),
 "fællesskab": ("dcc6bb77-45af-4625-9c4d-7d7878307220", "Deltage i sociale fællesskaber og fritidsaktiviteter"),
 "samspil": ("3f9da5ac-9686-4eeb-b517-b46e17fcb1d7", "Indgå i samspil og kontakt"),
 "kommudstyr": ("a80e8f96-18ba-4ee4-9496-d3ce882c2f85", "Anvende kommunikationsudstyr- og teknikker"),
 "lavemad": ("b947f321-7cdb-4b33-9653-f3ff800572b0", "Lave mad"),
}
G = {
 "udvikle": ("d41c8072-52f8-42b5-9375-ddbea454d27f", "Udvikle funktionsevne"),
 "fastholde": ("10752a63-00b4-4958-b7f4-9f3a18f74266", "Fastholde funktionsevne"),
}
def mk(fn, title, wording, purpose, measurement, hp, theme, gt, methods, actions, otherwise,
       attitude, own, agreement, actors, start_level, end_level, levels, doc, start, end,
       guardian=(False, ""), just="", crime=False, employment=False, evaluation=None):
    d = {
      "schema_version": 1, "language": "da", "id": str(uuid.uuid5(uuid.NAMESPACE_URL, "b39W3"+fn)),
      "title": title, "wording": wording, "purpose": purpose, "measurement": measurement,
      "handleplan_goal": hp,
      "theme": {"code": T[theme][0], "name": T[theme][1], "system": SYS},
      "goal_type": {"code": G[gt][0], "name": G[gt][1], "system": SYS},
      "methods": [{"name": n, "kind": k, "description": ds} for (n, k, ds) in methods],
      "indsats": {"actions": actions, "when_resident_wants_otherwise": otherwise},
      "collaboration": {"resident_attitude": attitude, "resident_own_words": own, "agreement": agreement,
          "guardian_involved": guardian[0], "guardian_involvement": guardian[1], "professional_justification": just},
      "external_actors": [{"name": n, "how": h} for (n, h) in actors],
      "indicators": {"start_level": start_level, "expected_end_level": end_level,
          "levels": [{"level": i, "what_we_see": w, "how_we_support": s} for i, (w, s) in enumerate(levels)]},
      "documentation": {"what": doc[0], "who": doc[1], "how_often": doc[2]},
      "start_date": start, "end_date": end, "evaluation_date": evaluation or end,
      "crime_prevention": crime, "employment": employment,
      "created_at": start + "T10:00:00+01:00", "updated_at": start + "T10:00:00+01:00",
    }
    with open(os.path.join(OUT, fn + ".delmaal.json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2)

exec(open(os.path.join(os.path.dirname(__file__), "data.py"), encoding="utf-8").read())
