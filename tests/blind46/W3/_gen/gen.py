import json, uuid, os, sys
OUT = "/work/blind/b46/W3"
SYS = "urn:oid:1.2.208.176.2.22"
TH = {
 "transport": ("eff3385d-01fa-4c9c-9850-52e179243f21", "Færdes med transportmidler"),
 "fremstille": ("2ba29098-a527-43d5-b858-4c5353669f42", "Fremstille meddelelser"),
 "samtale": ("986898d0-e2e5-4afa-9cb3-ee7aecaa0143", "Samtale"),
 "komudstyr": ("a80e8f96-18ba-4ee4-9496-d3ce882c2f85", "Anvende kommunikationsudstyr- og teknikker"),
 "uddannelse": ("8888edfa-642b-4329-9fe3-a9b180e6d3f4", "Varetage uddannelse"),
 "oekonomi": ("70443014-3faf-402d-abcf-396bfad32eb9", "Varetage økonomi"),
 "faellesskab": ("dcc6bb77-45af-4625-9c4d-7d7878307220", "Deltage i sociale fællesskaber og fritidsaktiviteter"),
 "netvaerk": ("4c082610-b122-4019-96f2-1061e287445e", "Varetage relationer til netværk"),
 "sundhed": ("4a58417e-9a75-43f2-9763-66505050159f", "Varetage egen sundhed"),
 "post": ("8bef71de-55b5-47fe-b438-18ac769106b3", "Håndtere post"),
 "ejendele": ("4a51d7a7-61e7-48fa-a1d5-9d26337c6c38", "Passe ejendele"),
 "interesse": ("3a748135-98a8-416a-808d-bff88a8e40ee", "Dyrke interesse"),
 "bolig": ("fd4b8dd3-5c4b-4257-8c13-ea045617d2f6", "Varetage bolig"),
}
GT = {
 "udvikle": ("d41c8072-52f8-42b5-9375-ddbea454d27f", "Udvikle funktionsevne"),
 "fastholde": ("10752a63-00b4-4958-b7f4-9f3a18f74266", "Fastholde funktionsevne"),
 "begraense": ("e47c22bd-d88d-48ab-882b-419923e1f44e", "Begrænse tab af funktionsevne"),
}
def code(t, k):
    c, n = t[k]; return {"code": c, "name": n, "system": SYS}

def build(d):
    levels = [{"level": i, "what_we_see": w, "how_we_support": h} for i, (w, h) in enumerate(d["levels"])]
    j = {
      "schema_version": 1, "language": "da",
      "id": str(uuid.uuid5(uuid.NAMESPACE_URL, "b46-W3-" + d["name"])),
      "title": d["title"], "wording": d["wording"], "purpose": d["purpose"],
      "measurement": d["measurement"], "handleplan_goal": d["hp"],
      "theme": code(TH, d["theme"]), "goal_type": code(GT, d["gt"]),
      "methods": [{"name": n, "kind": k, "description": de} for (n, k, de) in d["methods"]],
      "indsats": {"actions": d["actions"], "when_resident_wants_otherwise": d["otherwise"]},
      "collaboration": {
         "resident_attitude": d["attitude"], "resident_own_words": d["own"],
         "agreement": d["agreement"], "guardian_involved": bool(d.get("guardian")),
         "guardian_involvement": d.get("guardian", ""),
         "professional_justification": d.get("just", "")},
      "external_actors": [{"name": n, "how": h} for (n, h) in d["actors"]],
      "indicators": {"start_level": d["start_level"], "expected_end_level": d["end_level"], "levels": levels},
      "documentation": {"what": d["doc"][0], "who": d["doc"][1], "how_often": d["doc"][2]},
      "start_date": d["start"], "end_date": d["end"], "evaluation_date": d["eval"],
      "crime_prevention": False, "employment": d.get("employment", False),
      "created_at": d["start"] + "T10:00:00+01:00", "updated_at": d["start"] + "T10:00:00+01:00",
    }
    p = os.path.join(OUT, d["name"] + ".delmaal.json")
    with open(p, "w", encoding="utf-8") as f:
        json.dump(j, f, ensure_ascii=False, indent=2); f.write("\n")
    print(p)

from data import ITEMS
for d in ITEMS: build(d)
