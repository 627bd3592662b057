import re, sys, glob, os
HEAD = {"Det vil du gøre","Hvor tit","Start og slut","Hvem er med dig","Hvis du ikke kan eller ikke har lyst","Sådan ser vi, at det går godt","Det sagde du selv"}
for p in sorted(glob.glob(sys.argv[1] + '/p2-*.txt')):
    if p.endswith('.stderr.txt'): continue
    print('##', os.path.basename(p)[:-4]); n=0
    for line in open(p, encoding='utf-8'):
        line = line.strip()
        if not line or line.startswith('Udkast') or line in HEAD: continue
        if line.startswith('Dit delmål:') or line.startswith('«'):
            n+=1; print(n, line); continue
        for part in re.split(r'(?<=[.!?])\s+(?=[A-ZÆØÅ«\'])', line):
            n+=1; print(n, part)
