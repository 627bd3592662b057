import json, uuid, os

SYS = "urn:oid:1.2.208.176.2.22"
THEMES = {
    "Købe ind": "01770afa-cd17-41fe-a966-b8895e4d55d8",
    "Vaske sig": "885400cc-dd71-479e-8993-3fc48fdd6710",
    "Spise": "464a2ab6-a7df-4b3a-b74d-7873f4cfe668",
    "Færdes med transportmidler": "eff3385d-01fa-4c9c-9850-52e179243f21",
    "Varetage relationer til netværk": "4c082610-b122-4019-96f2-1061e287445e",
    "Anvende kommunikationsudstyr- og teknikker": "a80e8f96-18ba-4ee4-9496-d3ce882c2f85",
    "Fremstille meddelelser": "2ba29098-a527-43d5-b858-4c5353669f42",
    "Varetage egen sundhed": "4a58417e-9a75-43f2-9763-66505050159f",
    "Deltage i sociale fællesskaber og fritidsaktiviteter": "dcc6bb77-45af-4625-9c4d-7d7878307220",
    "Følelser og adfærd": "dccaa419-0bcd-4056-a11a-2e385e23edc6",
    "Varetage uddannelse": "8888edfa-642b-4329-9fe3-a9b180e6d3f4",
    "Vaske tøj": "bd67597b-e80f-427f-8cf9-79d01eff91fc",
    "Indgå i samspil og kontakt": "3f9da5ac-9686-4eeb-b517-b46e17fcb1d7",
    "Varetage beskæftigelse": "685e8517-2f5c-4ef8-a7c4-fa2d008fdd9d",
    "Organisering og planlægning": "9c2173e6-6465-44d3-af16-7c44059193b2",
    "Pleje sin krop": "b3939f0b-43d9-4e8c-bb2e-50ff8bb7ed03",
}
GT = {
    "U": ("d41c8072-52f8-42b5-9375-ddbea454d27f", "Udvikle funktionsevne"),
    "F": ("10752a63-00b4-4958-b7f4-9f3a18f74266", "Fastholde funktionsevne"),
    "B": ("e47c22bd-d88d-48ab-882b-419923e1f44e", "Begrænse tab af funktionsevne"),
}
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def make(name, *, title, wording, purpose, measurement, goal, theme, gt, methods, actions, otherwise,
         attitude, own_words, agreement, guardian, guardian_how, justification, actors, start_level,
         end_level, levels, doc_what, doc_who, doc_when, start, end, evaluation=None, created="2026-12-01T10:00:00+01:00",
         crime=False, employment=False):
    d = {
        "schema_version": 1,
        "language": "da",
        "id": str(uuid.uuid5(uuid.NAMESPACE_URL, "b44-W1-" + name)),
        "title": title,
        "wording": wording,
        "purpose": purpose,
        "measurement": measurement,
        "handleplan_goal": goal,
        "theme": {"code": THEMES[theme], "name": theme, "system": SYS},
        "goal_type": {"code": GT[gt][0], "name": GT[gt][1], "system": SYS},
        "methods": [{"name": n, "kind": k, "description": desc} for (n, k, desc) in methods],
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
            "levels": [{"level": i, "what_we_see": w, "how_we_support": h} for i, (w, h) in enumerate(levels)],
        },
        "documentation": {"what": doc_what, "who": doc_who, "how_often": doc_when},
        "start_date": start,
        "end_date": end,
        "evaluation_date": evaluation or end,
        "crime_prevention": crime,
        "employment": employment,
        "created_at": created,
        "updated_at": created,
    }
    assert len(levels) == 5
    path = os.path.join(OUT, f"p1-{name}.delmaal.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return path
