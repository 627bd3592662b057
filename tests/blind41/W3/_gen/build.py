import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen, part_a, part_b, part_c, part_d
for fname, d in gen.ALL:
    p = os.path.join(gen.OUT, fname + ".delmaal.json")
    with open(p, "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2); f.write("\n")
print(len(gen.ALL), "files")
