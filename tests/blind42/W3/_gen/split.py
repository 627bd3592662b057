import re, sys
HEAD = {"Det vil du gøre","Hvor tit","Start og slut","Hvem er med dig","Hvis du ikke kan eller ikke har lyst","Sådan ser vi, at det går godt","Det sagde du selv","Det viste du os"}
for path in sys.argv[1:]:
    i = 0
    print("#####", path)
    for line in open(path, encoding='utf-8'):
        line = line.strip()
        if not line or line.startswith('Udkast'): continue
        if line in HEAD: print("  ==", line); continue
        if line.startswith('Dit delmål:') or line.startswith('«'):
            parts=[line]
        else:
            parts = re.split(r'(?<=[.!?])\s+(?=[A-ZÆØÅ«\'])', line)
        for p in parts:
            i += 1; print(f"{i:3d} {p}")
