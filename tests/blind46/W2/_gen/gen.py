# Generator for b46/W2: 16 delmål from a §108 unit (Huntington / Korsakoff), written by hand below.
import json, uuid, os, sys
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SYS = "urn:oid:1.2.208.176.2.22"
TH = {
 "gaa": ("4977ce08-df4d-4c09-8e03-c2a563862e68", "Gå og bevæge sig"),
 "spise": ("464a2ab6-a7df-4b3a-b74d-7873f4cfe668", "Spise"),
 "klaede": ("347aa085-4fe2-411f-ac56-5693d164adc3", "Klæde sig af og på"),
 "sundhed": ("4a58417e-9a75-43f2-9763-66505050159f", "Varetage egen sundhed"),
 "kommudstyr": ("a80e8f96-18ba-4ee4-9496-d3ce882c2f85", "Anvende kommunikationsudstyr- og teknikker"),
 "faelles": ("dcc6bb77-45af-4625-9c4d-7d7878307220", "Deltage i sociale fællesskaber og fritidsaktiviteter"),
 "soevn": ("83376fdb-f55d-4dd9-944e-b49631a9836f", "Søvn"),
 "hukommelse": ("61452fe5-cea2-4d92-b2f1-406e9a5d31cb", "Hukommelse"),
 "drikke": ("14615a09-bd94-4602-b43a-f6d3d3f9801d", "Drikke"),
 "netvaerk": ("4c082610-b122-4019-96f2-1061e287445e", "Varetage relationer til netværk"),
 "vaske": ("885400cc-dd71-479e-8993-3fc48fdd6710", "Vaske sig"),
 "motion": ("0b650369-258a-4d01-a811-42b306c2f89d", "Motion"),
 "behandling": ("081ab1be-7dc1-41fa-803c-12a146eb0b74", "Sundhedsfaglig behandling og træning"),
 "samspil": ("3f9da5ac-9686-4eeb-b517-b46e17fcb1d7", "Indgå i samspil og kontakt"),
 "interesse": ("3a748135-98a8-416a-808d-bff88a8e40ee", "Dyrke interesse"),
 "kost": ("c67aed23-d4f3-4ae6-8886-156c99048e5b", "Kost"),
}
GT = {
 "udvikle": ("d41c8072-52f8-42b5-9375-ddbea454d27f", "Udvikle funktionsevne"),
 "fastholde": ("10752a63-00b4-4958-b7f4-9f3a18f74266", "Fastholde funktionsevne"),
 "begraense": ("e47c22bd-d88d-48ab-882b-419923e1f44e", "Begrænse tab af funktionsevne"),
}

def mk(fname, *, title, wording, purpose, measurement, handleplan_goal, theme, goal_type, methods,
       actions, otherwise, attitude, own_words, agreement, guardian_involved=False, guardian_involvement="",
       professional_justification="", actors, start_level, end_level, levels, doc_what, doc_who, doc_often,
       start, end, evaluation, created):
    d = {
      "schema_version": 1, "language": "da",
      "id": str(uuid.uuid5(uuid.NAMESPACE_URL, "b46-W2-" + fname)),
      "title": title, "wording": wording, "purpose": purpose, "measurement": measurement,
      "handleplan_goal": handleplan_goal,
      "theme": {"code": TH[theme][0], "name": TH[theme][1], "system": SYS},
      "goal_type": {"code": GT[goal_type][0], "name": GT[goal_type][1], "system": SYS},
      "methods": [{"name": n, "kind": k, "description": ds} for (n, k, ds) in methods],
      "indsats": {"actions": actions, "when_resident_wants_otherwise": otherwise},
      "collaboration": {"resident_attitude": attitude, "resident_own_words": own_words, "agreement": agreement,
                        "guardian_involved": guardian_involved, "guardian_involvement": guardian_involvement,
                        "professional_justification": professional_justification},
      "external_actors": [{"name": n, "how": h} for (n, h) in actors],
      "indicators": {"start_level": start_level, "expected_end_level": end_level,
                     "levels": [{"level": i, "what_we_see": w, "how_we_support": s} for i, (w, s) in enumerate(levels)]},
      "documentation": {"what": doc_what, "who": doc_who, "how_often": doc_often},
      "start_date": start, "end_date": end, "evaluation_date": evaluation,
      "crime_prevention": False, "employment": False,
      "created_at": created, "updated_at": created,
    }
    assert len(d["indicators"]["levels"]) == 5
    with open(os.path.join(OUT, fname + ".delmaal.json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2)
        f.write("\n")

exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "data.py"), encoding="utf-8").read())
