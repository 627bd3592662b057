"""Helpers for writing b37/W3 delmål files (p3-NN-slug.delmaal.json)."""
import json, uuid, os

SYS = "urn:oid:1.2.208.176.2.22"
THEMES = {
    "Varetage uddannelse": "8888edfa-642b-4329-9fe3-a9b180e6d3f4",
    "Varetage relationer til netværk": "4c082610-b122-4019-96f2-1061e287445e",
    "Deltage i sociale fællesskaber og fritidsaktiviteter": "dcc6bb77-45af-4625-9c4d-7d7878307220",
    "Varetage beskæftigelse": "685e8517-2f5c-4ef8-a7c4-fa2d008fdd9d",
    "Klæde sig af og på": "347aa085-4fe2-411f-ac56-5693d164adc3",
    "Døgnrytme": "e6f82424-da5a-41d1-bd1a-5796aa79d5f2",
    "Søvn": "83376fdb-f55d-4dd9-944e-b49631a9836f",
    "Følelser og adfærd": "dccaa419-0bcd-4056-a11a-2e385e23edc6",
    "Rusmidler": "c8f4475a-8de3-4920-ad0c-eea78c49a68d",
    "Varetage bolig": "fd4b8dd3-5c4b-4257-8c13-ea045617d2f6",
    "Varetage økonomi": "70443014-3faf-402d-abcf-396bfad32eb9",
    "Håndtere post": "8bef71de-55b5-47fe-b438-18ac769106b3",
    "Vaske sig": "885400cc-dd71-479e-8993-3fc48fdd6710",
    "Varetage egen sundhed": "4a58417e-9a75-43f2-9763-66505050159f",
    "Indgå i samspil og kontakt": "3f9da5ac-9686-4eeb-b517-b46e17fcb1d7",
    "Fremstille meddelelser": "2ba29098-a527-43d5-b858-4c5353669f42",
}
GOALTYPES = {
    "Udvikle funktionsevne": "d41c8072-52f8-42b5-9375-ddbea454d27f",
    "Fastholde funktionsevne": "10752a63-00b4-4958-b7f4-9f3a18f74266",
    "Begrænse tab af funktionsevne": "e47c22bd-d88d-48ab-882b-419923e1f44e",
}
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def write(nn, slug, *, title, wording, purpose, measurement, handleplan_goal, theme, goal_type,
          methods, actions, otherwise, attitude, own_words, agreement, actors, start, end_level,
          levels, doc_what, doc_who, doc_how_often, start_date, end_date, evaluation_date,
          created, guardian=False, guardian_how="", justification="", crime=False, employment=False):
    assert len(levels) == 5
    d = {
        "schema_version": 1,
        "language": "da",
        "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"b37/W3/p3-{nn:02d}-{slug}")),
        "title": title,
        "wording": wording,
        "purpose": purpose,
        "measurement": measurement,
        "handleplan_goal": handleplan_goal,
        "theme": {"code": THEMES[theme], "name": theme, "system": SYS},
        "goal_type": {"code": GOALTYPES[goal_type], "name": goal_type, "system": SYS},
        "methods": [{"name": n, "kind": k, "description": ds} for n, k, ds in methods],
        "indsats": {"actions": actions, "when_resident_wants_otherwise": otherwise},
        "collaboration": {
            "resident_attitude": attitude,
            "resident_own_words": own_words,
            "agreement": agreement,
            "guardian_involved": guardian,
            "guardian_involvement": guardian_how,
            "professional_justification": justification,
        },
        "external_actors": [{"name": n, "how": h} for n, h in actors],
        "indicators": {
            "start_level": start,
            "expected_end_level": end_level,
            "levels": [{"level": i, "what_we_see": w, "how_we_support": s} for i, (w, s) in enumerate(levels)],
        },
        "documentation": {"what": doc_what, "who": doc_who, "how_often": doc_how_often},
        "start_date": start_date,
        "end_date": end_date,
        "evaluation_date": evaluation_date,
        "crime_prevention": crime,
        "employment": employment,
        "created_at": created,
        "updated_at": created,
    }
    path = os.path.join(OUT, f"p3-{nn:02d}-{slug}.delmaal.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return path
