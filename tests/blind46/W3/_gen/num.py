import re, sys
HEAD = {"Det vil du gøre","Hvor tit","Start og slut","Hvem er med dig","Hvis du ikke kan eller ikke har lyst","Sådan ser vi, at det går godt","Det sagde du selv","Det viste du os"}
n=0
for line in open(sys.argv[1], encoding='utf-8'):
    line=line.strip()
    if not line: continue
    if line.startswith('Udkast') or line in HEAD: print('   ##', line); continue
    if line.startswith('Dit delmål:') or line.startswith('«'):
        n+=1; print(f'{n:3d} {line}'); continue
    for p in re.split(r'(?<=[.!?])\s+(?=[A-ZÆØÅ«\'])', line):
        n+=1; print(f'{n:3d} {p}')
