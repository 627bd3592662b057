"""Write W2's b37 delmål files from gen_a.py/gen_b.py and validate them."""
import json, os, sys, uuid, subprocess
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from gen_a import D as A
from gen_b import D as B

cs = json.load(open('/work/shared/data/CodeSystem-FFB.json'))
codes = {}
def walk(cc):
    for c in cc:
        codes.setdefault(c['display'], c['code'])
        walk(c.get('concept', []))
walk(cs['concept'])
SYS = "urn:oid:1.2.208.176.2.22"
def coded(name):
    return {"code": codes[name], "name": name, "system": SYS}

for d in A + B:
    assert len(d['levels']) == 5
    obj = {
        "schema_version": 1, "language": "da",
        "id": str(uuid.uuid5(uuid.NAMESPACE_URL, "b37/W2/" + d['slug'])),
        "title": d['title'], "wording": d['wording'], "purpose": d['purpose'],
        "measurement": d['measurement'], "handleplan_goal": d['handleplan_goal'],
        "theme": coded(d['theme']), "goal_type": coded(d['goal_type']),
        "methods": d['methods'],
        "indsats": {"actions": d['actions'], "when_resident_wants_otherwise": d['plan_b']},
        "collaboration": {
            "resident_attitude": d['attitude'], "resident_own_words": d['own_words'],
            "agreement": d['agreement'], "guardian_involved": d['guardian'],
            "guardian_involvement": d['guardian_text'],
            "professional_justification": d['justification']},
        "external_actors": d['actors'],
        "indicators": {"start_level": d['start'], "expected_end_level": d['end'],
            "levels": [{"level": i, "what_we_see": w, "how_we_support": h} for i, (w, h) in enumerate(d['levels'])]},
        "documentation": {"what": d['doc_what'], "who": d['doc_who'], "how_often": d['doc_how']},
        "start_date": d['start_date'], "end_date": d['end_date'], "evaluation_date": d['eval_date'],
        "crime_prevention": False, "employment": False,
        "created_at": d['created'], "updated_at": d['created'],
    }
    path = os.path.join(OUT, "p2-%s.delmaal.json" % d['slug'])
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(obj, f, ensure_ascii=False, indent=2); f.write('\n')
    r = subprocess.run(['/work/coord/delmaal-base37', 'check', path], capture_output=True, text=True)
    print(os.path.basename(path), 'rc', r.returncode, r.stdout.strip().splitlines()[-1] if r.stdout.strip() else r.stderr[:200])
    assert r.returncode in (0, 1), r.stderr
