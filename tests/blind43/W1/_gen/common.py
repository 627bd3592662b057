import json, uuid, os
SYS = "urn:oid:1.2.208.176.2.22"
TH = {
 "fremstille": ("2ba29098-a527-43d5-b858-4c5353669f42", "Fremstille meddelelser"),
 "komudstyr": ("a80e8f96-18ba-4ee4-9496-d3ce882c2f85", "Anvende kommunikationsudstyr- og teknikker"),
 "spise": ("464a2ab6-a7df-4b3a-b74d-7873f4cfe668", "Spise"),
 "drikke": ("14615a09-bd94-4602-b43a-f6d3d3f9801d", "Drikke"),
 "kropsstilling": ("759ddc8e-57c0-4aa6-8d32-14d8eb51c5dd", "Ændre og opretholde kropsstilling"),
 "interesse": ("3a748135-98a8-416a-808d-bff88a8e40ee", "Dyrke interesse"),
 "pleje": ("b3939f0b-43d9-4e8c-bb2e-50ff8bb7ed03", "Pleje sin krop"),
 "vaske": ("885400cc-dd71-479e-8993-3fc48fdd6710", "Vaske sig"),
 "faellesskab": ("dcc6bb77-45af-4625-9c4d-7d7878307220", "Deltage i sociale fællesskaber og fritidsaktiviteter"),
 "soevn": ("83376fdb-f55d-4dd9-944e-b49631a9836f", "Søvn"),
 "klaede": ("347aa085-4fe2-411f-ac56-5693d164adc3", "Klæde sig af og på"),
 "gaa": ("4977ce08-df4d-4c09-8e03-c2a563862e68", "Gå og bevæge sig"),
 "netvaerk": ("4c082610-b122-4019-96f2-1061e287445e", "Varetage relationer til netværk"),
 "samspil": ("3f9da5ac-9686-4eeb-b517-b46e17fcb1d7", "Indgå i samspil og kontakt"),
 "transport": ("eff3385d-01fa-4c9c-9850-52e179243f21", "Færdes med transportmidler"),
}
GT = {"udvikle": ("d41c8072-52f8-42b5-9375-ddbea454d27f", "Udvikle funktionsevne"),
      "fastholde": ("10752a63-00b4-4958-b7f4-9f3a18f74266", "Fastholde funktionsevne"),
      "begraense": ("e47c22bd-d88d-48ab-882b-419923e1f44e", "Begrænse tab af funktionsevne")}
def code(t): return {"code": t[0], "name": t[1], "system": SYS}
def build(d):
    fn = d.pop("file")
    out = {"schema_version": 1, "language": "da", "id": str(uuid.uuid5(uuid.NAMESPACE_URL, "b43W1"+fn))}
    out["title"] = d["title"]; out["wording"] = d["wording"]; out["purpose"] = d["purpose"]
    out["measurement"] = d["measurement"]; out["handleplan_goal"] = d["handleplan_goal"]
    out["theme"] = code(TH[d["theme"]]); out["goal_type"] = code(GT[d["goal_type"]])
    out["methods"] = [{"name": m[0], "kind": m[1], "description": m[2]} for m in d["methods"]]
    out["indsats"] = {"actions": d["actions"], "when_resident_wants_otherwise": d["otherwise"]}
    c = d["collab"]
    out["collaboration"] = {"resident_attitude": c.get("attitude", ""), "resident_own_words": c.get("own", ""),
        "agreement": c.get("agreement", ""), "guardian_involved": c.get("guardian", False),
        "guardian_involvement": c.get("guardian_how", ""), "professional_justification": c.get("just", "")}
    out["external_actors"] = [{"name": a[0], "how": a[1]} for a in d["actors"]]
    out["indicators"] = {"start_level": d["start"], "expected_end_level": d["end_level"],
        "levels": [{"level": i, "what_we_see": l[0], "how_we_support": l[1]} for i, l in enumerate(d["levels"])]}
    out["documentation"] = {"what": d["doc"][0], "who": d["doc"][1], "how_often": d["doc"][2]}
    out["start_date"], out["end_date"], out["evaluation_date"] = d["dates"]
    out["crime_prevention"] = False; out["employment"] = False
    out["created_at"] = d.get("created", d["dates"][0] + "T10:00:00+01:00")
    out["updated_at"] = out["created_at"]
    path = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), fn + ".delmaal.json")
    json.dump(out, open(path, "w"), ensure_ascii=False, indent=2)
    print(path)
