import json, uuid, os

SYS = "urn:oid:1.2.208.176.2.22"
THEMES = {
    "Varetage uddannelse": "8888edfa-642b-4329-9fe3-a9b180e6d3f4",
    "Håndtere post": "8bef71de-55b5-47fe-b438-18ac769106b3",
    "Varetage økonomi": "70443014-3faf-402d-abcf-396bfad32eb9",
    "Døgnrytme": "e6f82424-da5a-41d1-bd1a-5796aa79d5f2",
    "Søvn": "83376fdb-f55d-4dd9-944e-b49631a9836f",
    "Varetage beskæftigelse": "685e8517-2f5c-4ef8-a7c4-fa2d008fdd9d",
    "Varetage bolig": "fd4b8dd3-5c4b-4257-8c13-ea045617d2f6",
    "Spise": "464a2ab6-a7df-4b3a-b74d-7873f4cfe668",
    "Lave mad": "b947f321-7cdb-4b33-9653-f3ff800572b0",
    "Købe ind": "01770afa-cd17-41fe-a966-b8895e4d55d8",
    "Færdes med transportmidler": "eff3385d-01fa-4c9c-9850-52e179243f21",
    "Varetage egen sundhed": "4a58417e-9a75-43f2-9763-66505050159f",
    "Indgå i samspil og kontakt": "3f9da5ac-9686-4eeb-b517-b46e17fcb1d7",
    "Varetage sin seksualitet": "28fbf17e-bca3-45e1-be35-553e3d91f1b7",
    "Anvende kommunikationsudstyr- og teknikker": "a80e8f96-18ba-4ee4-9496-d3ce882c2f85",
    "Fremstille meddelelser": "2ba29098-a527-43d5-b858-4c5353669f42",
    "Gøre rent": "8f32c948-41c4-49d7-8913-cdeede2e7fe1",
    "Vaske tøj": "bd67597b-e80f-427f-8cf9-79d01eff91fc",
    "Deltage i sociale fællesskaber og fritidsaktiviteter": "dcc6bb77-45af-4625-9c4d-7d7878307220",
    "Varetage relationer til netværk": "4c082610-b122-4019-96f2-1061e287445e",
}
GOALTYPES = {
    "Udvikle funktionsevne": "d41c8072-52f8-42b5-9375-ddbea454d27f",
    "Fastholde funktionsevne": "10752a63-00b4-4958-b7f4-9f3a18f74266",
    "Begrænse tab af funktionsevne": "e47c22bd-d88d-48ab-882b-419923e1f44e",
}
OUT = "/work/blind/b38/W2"


def make(fname, *, title, wording, purpose, measurement, handleplan_goal, theme, goal_type, methods,
         actions, otherwise, attitude, own_words, agreement, guardian=False, guardian_how="", justification="",
         actors, start_level, end_level, levels, doc_what, doc_who, doc_how_often, start, end, evaluation,
         crime=False, employment=False, created="2026-11-30T10:15:00+01:00"):
    d = {
        "schema_version": 1,
        "language": "da",
        "id": str(uuid.uuid5(uuid.NAMESPACE_URL, "b38/W2/" + fname)),
        "title": title,
        "wording": wording,
        "purpose": purpose,
        "measurement": measurement,
        "handleplan_goal": handleplan_goal,
        "theme": {"code": THEMES[theme], "name": theme, "system": SYS},
        "goal_type": {"code": GOALTYPES[goal_type], "name": goal_type, "system": SYS},
        "methods": [{"name": n, "kind": k, "description": ds} for (n, k, ds) in methods],
        "indsats": {"actions": actions, "when_resident_wants_otherwise": otherwise},
        "collaboration": {
            "resident_attitude": attitude,
            "resident_own_words": own_words,
            "agreement": agreement,
            "guardian_involved": guardian,
            "guardian_involvement": guardian_how,
            "professional_justification": justification,
        },
        "external_actors": [{"name": n, "how": h} for (n, h) in actors],
        "indicators": {
            "start_level": start_level,
            "expected_end_level": end_level,
            "levels": [{"level": i, "what_we_see": w, "how_we_support": s} for i, (w, s) in enumerate(levels)],
        },
        "documentation": {"what": doc_what, "who": doc_who, "how_often": doc_how_often},
        "start_date": start,
        "end_date": end,
        "evaluation_date": evaluation,
        "crime_prevention": crime,
        "employment": employment,
        "created_at": created,
        "updated_at": created,
    }
    assert len(d["indicators"]["levels"]) == 5
    with open(os.path.join(OUT, fname + ".delmaal.json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2)
        f.write("\n")
