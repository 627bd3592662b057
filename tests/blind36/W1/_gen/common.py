import json, uuid
cs = json.load(open('/work/shared/data/CodeSystem-FFB.json'))
SYS = 'urn:oid:1.2.208.176.2.22'
idx = {}
def walk(c, path):
    for x in c:
        idx.setdefault(x['display'], []).append((x['code'], path + [x['display']]))
        walk(x.get('concept', []), path + [x['display']])
walk(cs['concept'], [])
def code(name, under):
    hits = [c for c, p in idx[name] if under in p]
    assert len(hits) == 1, (name, hits)
    return {"code": hits[0], "name": name, "system": SYS}
OUT = '/work/blind/b36/W1'
def mk(nn, slug, d):
    lv = d.pop('levels')
    assert len(lv) == 5
    out = {
        "schema_version": 1, "language": "da",
        "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"b36-W1-{nn}-{slug}")),
        "title": d['title'], "wording": d['wording'], "purpose": d['purpose'],
        "measurement": d['measurement'], "handleplan_goal": d['handleplan_goal'],
        "theme": code(d['theme'], 'Aktivitet og deltagelse'),
        "goal_type": code(d['goal_type'], 'Måltype'),
        "methods": [{"name": n, "kind": "metode", "description": ds} for n, ds in d['methods']],
        "indsats": {"actions": d['actions'], "when_resident_wants_otherwise": d['otherwise']},
        "collaboration": {
            "resident_attitude": d.get('attitude', ''),
            "resident_own_words": d.get('own_words', ''),
            "agreement": d['agreement'],
            "guardian_involved": bool(d.get('guardian_involvement')),
            "guardian_involvement": d.get('guardian_involvement', ''),
            "professional_justification": d.get('justification', ''),
        },
        "external_actors": [{"name": n, "how": h} for n, h in d['actors']],
        "indicators": {"start_level": d['start'], "expected_end_level": d['end_level'],
            "levels": [{"level": i, "what_we_see": w, "how_we_support": h} for i, (w, h) in enumerate(lv)]},
        "documentation": {"what": d['doc'][0], "who": d['doc'][1], "how_often": d['doc'][2]},
        "start_date": d['dates'][0], "end_date": d['dates'][1], "evaluation_date": d['dates'][2],
        "crime_prevention": d.get('crime', False), "employment": d.get('employment', False),
        "created_at": d['created'], "updated_at": d['created'],
    }
    fn = f"{OUT}/v1-{nn:02d}-{slug}.delmaal.json"
    with open(fn, 'w') as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write('\n')
    print(fn)
