import json, uuid, os
SYS = "urn:oid:1.2.208.176.2.22"
T = {
 "lave_mad": ("b947f321-7cdb-4b33-9653-f3ff800572b0", "Lave mad"),
 "komm_udstyr": ("a80e8f96-18ba-4ee4-9496-d3ce882c2f85", "Anvende kommunikationsudstyr- og teknikker"),
 "kropsstilling": ("759ddc8e-57c0-4aa6-8d32-14d8eb51c5dd", "Ændre og opretholde kropsstilling"),
 "transport": ("eff3385d-01fa-4c9c-9850-52e179243f21", "Færdes med transportmidler"),
 "hukommelse": ("61452fe5-cea2-4d92-b2f1-406e9a5d31cb", "Hukommelse"),
 "gaa": ("4977ce08-df4d-4c09-8e03-c2a563862e68", "Gå og bevæge sig"),
 "fremstille": ("2ba29098-a527-43d5-b858-4c5353669f42", "Fremstille meddelelser"),
 "vaske_sig": ("885400cc-dd71-479e-8993-3fc48fdd6710", "Vaske sig"),
 "doegnrytme": ("e6f82424-da5a-41d1-bd1a-5796aa79d5f2", "Døgnrytme"),
 "netvaerk": ("4c082610-b122-4019-96f2-1061e287445e", "Varetage relationer til netværk"),
 "spise": ("464a2ab6-a7df-4b3a-b74d-7873f4cfe668", "Spise"),
 "sundhed": ("4a58417e-9a75-43f2-9763-66505050159f", "Varetage egen sundhed"),
 "klaede": ("347aa085-4fe2-411f-ac56-5693d164adc3", "Klæde sig af og på"),
 "faellesskab": ("dcc6bb77-45af-4625-9c4d-7d7878307220", "Deltage i sociale fællesskaber og fritidsaktiviteter"),
 "interesse": ("3a748135-98a8-416a-808d-bff88a8e40ee", "Dyrke interesse"),
}
G = {"udvikle": ("d41c8072-52f8-42b5-9375-ddbea454d27f", "Udvikle funktionsevne"),
     "fastholde": ("10752a63-00b4-4958-b7f4-9f3a18f74266", "Fastholde funktionsevne"),
     "begraense": ("e47c22bd-d88d-48ab-882b-419923e1f44e", "Begrænse tab af funktionsevne")}
OUT = "/work/blind/b39/W2"
def mk(name, title, wording, purpose, measurement, goal, theme, gtype, methods, actions, otherwise,
       attitude, own_words, agreement, guardian, guardian_inv, justification, actors, start_level, end_level,
       levels, doc_what, doc_who, doc_often, start, end, evaluation, created):
    d = {"schema_version": 1, "language": "da", "id": str(uuid.uuid5(uuid.NAMESPACE_URL, "b39-W2-" + name)),
         "title": title, "wording": wording, "purpose": purpose, "measurement": measurement,
         "handleplan_goal": goal,
         "theme": {"code": T[theme][0], "name": T[theme][1], "system": SYS},
         "goal_type": {"code": G[gtype][0], "name": G[gtype][1], "system": SYS},
         "methods": [{"name": m[0], "kind": m[1], "description": m[2]} for m in methods],
         "indsats": {"actions": actions, "when_resident_wants_otherwise": otherwise},
         "collaboration": {"resident_attitude": attitude, "resident_own_words": own_words, "agreement": agreement,
                           "guardian_involved": guardian, "guardian_involvement": guardian_inv,
                           "professional_justification": justification},
         "external_actors": [{"name": a[0], "how": a[1]} for a in actors],
         "indicators": {"start_level": start_level, "expected_end_level": end_level,
                        "levels": [{"level": i, "what_we_see": l[0], "how_we_support": l[1]} for i, l in enumerate(levels)]},
         "documentation": {"what": doc_what, "who": doc_who, "how_often": doc_often},
         "start_date": start, "end_date": end, "evaluation_date": evaluation,
         "crime_prevention": False, "employment": False,
         "created_at": created + "T10:00:00+01:00", "updated_at": created + "T10:00:00+01:00"}
    assert len(levels) == 5
    p = os.path.join(OUT, "p2-%s.delmaal.json" % name)
    with open(p, "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2)
    print(p)
