import json, uuid, os
OUT = "/work/blind/b44/W3"
SYS = "urn:oid:1.2.208.176.2.22"
GT = {"U": ("d41c8072-52f8-42b5-9375-ddbea454d27f", "Udvikle funktionsevne"),
      "F": ("10752a63-00b4-4958-b7f4-9f3a18f74266", "Fastholde funktionsevne"),
      "B": ("e47c22bd-d88d-48ab-882b-419923e1f44e", "Begrænse tab af funktionsevne")}
TH = {"post": ("8bef71de-55b5-47fe-b438-18ac769106b3", "Håndtere post"),
      "besk": ("685e8517-2f5c-4ef8-a7c4-fa2d008fdd9d", "Varetage beskæftigelse"),
      "udd": ("8888edfa-642b-4329-9fe3-a9b180e6d3f4", "Varetage uddannelse"),
      "sundhed": ("4a58417e-9a75-43f2-9763-66505050159f", "Varetage egen sundhed"),
      "oko": ("70443014-3faf-402d-abcf-396bfad32eb9", "Varetage økonomi"),
      "netvaerk": ("4c082610-b122-4019-96f2-1061e287445e", "Varetage relationer til netværk"),
      "faellesskab": ("dcc6bb77-45af-4625-9c4d-7d7878307220", "Deltage i sociale fællesskaber og fritidsaktiviteter"),
      "spise": ("464a2ab6-a7df-4b3a-b74d-7873f4cfe668", "Spise"),
      "kommudstyr": ("a80e8f96-18ba-4ee4-9496-d3ce882c2f85", "Anvende kommunikationsudstyr- og teknikker"),
      "fremstille": ("2ba29098-a527-43d5-b858-4c5353669f42", "Fremstille meddelelser"),
      "transport": ("eff3385d-01fa-4c9c-9850-52e179243f21", "Færdes med transportmidler"),
      "gaa": ("4977ce08-df4d-4c09-8e03-c2a563862e68", "Gå og bevæge sig"),
      "klaede": ("347aa085-4fe2-411f-ac56-5693d164adc3", "Klæde sig af og på"),
      "planlaeg": ("9c2173e6-6465-44d3-af16-7c44059193b2", "Organisering og planlægning"),
      }

def mk(n, short, title, wording, purpose, measurement, hp, theme, gt, methods, actions, otherwise,
       attitude, own, agreement, guardian, justification, actors, sl, el, levels, doc, start, end, ev,
       created):
    guardian_involved, guardian_txt = guardian
    d = {
      "schema_version": 1, "language": "da",
      "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"b44-W3-{n}")),
      "title": title, "wording": wording, "purpose": purpose, "measurement": measurement,
      "handleplan_goal": hp,
      "theme": {"code": TH[theme][0], "name": TH[theme][1], "system": SYS},
      "goal_type": {"code": GT[gt][0], "name": GT[gt][1], "system": SYS},
      "methods": [{"name": a, "kind": "metode", "description": b} for a, b in methods],
      "indsats": {"actions": actions, "when_resident_wants_otherwise": otherwise},
      "collaboration": {"resident_attitude": attitude, "resident_own_words": own, "agreement": agreement,
                        "guardian_involved": guardian_involved, "guardian_involvement": guardian_txt,
                        "professional_justification": justification},
      "external_actors": [{"name": a, "how": b} for a, b in actors],
      "indicators": {"start_level": sl, "expected_end_level": el,
                     "levels": [{"level": i, "what_we_see": w, "how_we_support": h} for i, (w, h) in enumerate(levels)]},
      "documentation": {"what": doc[0], "who": doc[1], "how_often": doc[2]},
      "start_date": start, "end_date": end, "evaluation_date": ev,
      "crime_prevention": False, "employment": theme == "besk",
      "created_at": created, "updated_at": created,
    }
    fn = os.path.join(OUT, f"p3-{n:02d}-{short}.delmaal.json")
    with open(fn, "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2)
    print(fn)
