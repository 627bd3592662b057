# Builds /work/blind/b34/W1/firstlook.tsv and firstlook-notes.md from the reading below (READING.md categories).
import re, subprocess, glob, os
FL = '/work/blind/b34/firstlook'
cnt = {}
for line in subprocess.run(['python3', '/work/blind/b34/tools/count_sentences.py', FL], capture_output=True, text=True).stdout.splitlines():
    n, c = line.split()
    if n.startswith('v1-'): cnt[n] = int(c)
def lo_total(n):
    s = open(f'{FL}/{n}.stderr.txt', encoding='utf-8').read()
    listed = len(re.findall(r'^delmaal: udeladt fra', s, re.M))
    m = re.search(r'(\d+) er udeladt', s)
    assert m and int(m.group(1)) == listed, (n, listed)
    return listed

# R[file] = dict(c=[(category, quote, truth)], s=[should-have-been-said left-out sentences], s0=[listed but not counted, why], f=[left-out facts], note='')
R = {}
R['v1-01-mikkel-morgenmedicin'] = dict(
 c=[('untrue', 'Du bestiller selv tiden.', 'The delmål: Mikkel books the time for the blood test at his own doctor (egen læge). The sentence before it was dropped (egen læge, «niveau» taken as staff word), so in the text it follows the Distriktspsykiatrien/Lone sentence and tells him he books a time there: wrong object.')],
 s=['Morgenvagten banker på kl. 8.15 de første 2 uger og spørger om han har taget den, derefter kun hvis der ikke er kryds kl. 9.30.',
    'Distriktspsykiatrien (sygeplejerske Lone) får besked af KP hvis han springer over to dage i træk.',
    'Egen læge tager blodprøve (lithium-niveau) én gang i perioden.',
    'Hvis Mikkel ikke har taget medicinen kl. 9.30 går den der har vagt op til ham og tilbyder at de tager den sammen på kontoret som før.',
    'Siger han nej spørger vi igen kl. 11 og skriver det i Sensum. (the «spørger vi igen kl. 11» part)',
    'Den der har morgenvagt tjekker dosisæsken kl. 9.30 … (staff look in his own dosisæske at 9.30; the Sensum part is staff-only)'],
 s0=['Hvor tit «På hverdage. Det er kl. 8.00.» – the wording line already says it'],
 f=['(4) plan B: the concrete alternative (offer to take it together at the office, ask again kl. 11) is missing; only the escalation «to dage i træk» is left',
    '(5) Egen læge: the blood test is absent (only the orphaned «Du bestiller selv tiden.»)'])
R['v1-02-jens-rusmiddelcenter'] = dict(
 c=[],
 s=['pgl. sætter alarmer op på Jens\' telefon sammen med ham',
    'mandag aften kort snak med pgl. om dagen efter',
    'aftenvagten tjekker at hans buskort er ladet op',
    'tirsdag kl. 8.45 vækker den der har morgenvagt ham hvis han ikke er oppe',
    'de første 3 uger følger en medarb. ham til bussen kl. 9.20',
    'Henrik kører ham de tirsdage han har fri',
    'Henrik (bror) kører Jens til Rusmiddelcentret de tirsdage hvor han har fri fra arbejde og venter på ham ude i bilen.'],
 s0=['Hvor tit – already in the wording', 'Fremmøde tjekkes med behandleren … noteres i Bosted – documentation; the behandler\'s message is already in the text'],
 f=['(3) how staff help: every step of the indsats is gone (alarms, Monday talk, wake-up kl. 8.45, escort to the bus); «Hvem er med dig» holds only the Rusmiddelcenter',
    '(5) Henrik (brother): absent, though the own-words quote is about him driving'])
R['v1-03-den-unge-skole'] = dict(
 c=[],
 s=['Susanne (mor) kører hende tilbage til opholdsstedet søndag kl. 18 i stedet for mandag morgen, og hun ringer til hende kl. 21.30 og siger godnat.',
    'Hjortshøj Skole (klasselærer Mette) … skriver til KP i Aula hvis hun ikke er mødt kl. 8.15.',
    'Hjortshøj Skole (klasselærer Mette) lægger opgaver i Aula de dage hun er hjemme.',
    'Susanne (mor) kører sin datter tilbage til opholdsstedet søndag kl. 18 efter weekender hjemme, så hun sover her natten til mandag.',
    'Bliver hun hjemme hele dagen skal hun lave de opgaver læreren lægger i Aula, mellem kl. 10 og 12 på kontoret.'],
 s0=['Hvor tit – already in the wording', 'Skolen registrerer fremmøde i Aula … Bosted – documentation'],
 f=['(5) the school / klasselærer Mette: absent', '(5) Susanne (mother): absent'])
R['v1-04-soeren-vaelger-mad'] = dict(
 c=[],
 s=['Anne (søster og værge) tager billeder af den mad de spiser hjemme hos hende, så vi kan lave nye kort.'],
 s0=['Pæd. noterer i Bosted … – documentation'],
 f=[], note='Own words empty → no quote (correct). Title renamed «At vælge aftensmad» (name removed) – fine.')
R['v1-05-ellen-rollator'] = dict(
 c=[],
 s=['Birgit (datter) går med sin mor til spisestuen når hun er på besøg om søndagen og spiser med.'],
 s0=['Hvor tit – already in the wording', 'SSH/SSA krydser af i Nexus … – documentation'],
 f=['(5) Birgit (daughter): absent'],
 note='«Inga spørger tit om I skal følges ad» – I = du og Inga: right. Levels 2→2 with «Vi vil hjælpe dig med at blive ved» – right for Begrænse tab.')
R['v1-06-kl-ugebudget'] = dict(
 c=[],
 s=['De deler pengene i kuverterne på KL\'s værelse.',
    'Er der penge tilbage i en kuvert bestemmer han selv om de skal spares op.',
    'Per (økonomisk værge) overfører lommepengene til hans konto så de står der den 1., og får besked fra KP hvis KL har lånt penge.'],
 s0=['Søndag kl. 16 tæller de sammen. – already said under «Sådan ser vi …»', 'Sagsbehandler: orienteres, ingen opgave – nothing for the resident', 'KP noterer i Sensum. – documentation'],
 f=['(5) Per (økonomisk værge): his «how» (the money is on the account on the 1st; told if KL borrows) is absent; he appears only as «som aftalt med Per»'],
 note='«og at han bruger højst» became «og du bruger højst» – correct. «En sagsbehandler i kommunen er også med.» – the delmål gives the sagsbehandler no task in the period; not counted as a fact the resident needs.')
R['v1-07-carsten-genstande'] = dict(
 c=[],
 s=['Efter aftensmaden sætter den der har aftenvagt sig med ham i 5 min. og han skriver i dagbogen.',
    'Fredag gennemgår pgl. dagbogen med ham.',
    'Egen læge tager blodprøve (levertal) ved start og slut og taler med ham om resultatet.',
    'Alkoholbehandlingen i kommunen tilbyder Antabus hvis han ønsker det, ellers ingen opgave i perioden.'],
 s0=['Hvor tit – already in the wording', 'Pgl. gennemgår dagbogen med ham om fredagen. (measurement) – same content as the Friday sentence above'],
 f=['(3) how staff help: the two staff steps (5 min with the evening staff at the diary; the Friday review) are gone; «Vi tæller ikke for dig.» is left orphaned',
    '(5) Egen læge: absent (blood test, talk about the result)',
    '(5) Alkoholbehandlingen (Antabus offer): absent'],
 note='«Lene ringer til dig … og I taler om hvordan det går» – I = du og Lene: right. «Vil du ikke skrive, skriver aftenvagten det» (source «noterer») – close enough, not counted.')
R['v1-08-jo-toejvask'] = dict(
 c=[('staff_word', 'En af os peger på piktogrammet og du gør det.', 'true; «piktogram» is a method term (the wording line itself was turned into «billeder»)'),
    ('staff_word', 'Målet er nået, når du de sidste 3 onsdage har lavet alle 5 trin selv med piktogrammerne.', 'true; «piktogrammerne»')],
 s=['De går op igen mens maskinen kører, og kl. 19.45 tømmer hun maskinen og hænger tøjet på stativet i sin lejlighed.',
    'Inger (mor) vasker tøj sammen med sin datter hjemme når J.O. er på weekend hver anden weekend, og bruger de samme piktogrammer (har fået en kopi).'],
 s0=['Medarb. noterer i Bosted … – documentation'],
 f=['(5) Inger (mother): her «how» (washing together at home every other weekend with the same pictures) is absent; only the basket she bought is said'],
 note='«Er du træt eller har ikke lyst, flyttes …» copies the source\'s subject ellipsis – clumsy, not counted. Level line «Alle 5 trin selv m. billeder» is a fragment after the colon – not counted.')
R['v1-09-camilla-faellesspisning'] = dict(
 c=[],
 s=['Hun sidder ved siden af Maria eller en medarb. hun kender.',
    'Vi sørger for at hendes plads er ved enden af bordet tæt på døren.',
    'Hun må gerne gå efter 15 min uden at forklare.',
    'Om torsdagen må hun være med til at lave maden fra kl. 17 hvis hun vil.',
    'De går en tur bagefter hvis Camilla vil. (Louise and Camilla)',
    'Psykologen har fået delmålet med hendes samtykke.',
    'Vi motiverer Camilla og respekterer hendes valg.'],
 s0=['Hvor tit – already in the wording', 'Louise … så Camilla har en hun kender ved bordet – the fact (Louise eats with her the first Tuesday) is already in the text', 'Den der har aftenvagt noterer i Sensum … – documentation'],
 f=['(4) plan B: its core («vi respekterer dit valg») is missing; only «Vi tager det op på næste samtale.» is left'])
R['v1-10-mathias-praktik'] = dict(
 c=[],
 s=['Thomas og Mathias taler om praktikken når han er hjemme hver anden weekend.',
    'Jobcentret (ungevejleder Ali) holder opfølgningsmøde med Mathias og KP hver anden uge på jobcentret og står for papirerne til EGU.',
    'Netto (butikschef Lars) er Mathias\' praktikvejleder, viser ham opgaverne og sender sms til KP hvis han ikke kommer.',
    'Thomas (far) taler med Mathias om praktikken i weekenderne og henter ham fredag kl. 13 ved Netto hver anden uge.',
    'Har han meldt fra 2 gange på en uge holder KP, Mathias og Ali et ekstra møde.'],
 s0=['KP skriver fremmøde i Bosted. – documentation'],
 f=['(5) Jobcentret / Ali: absent (a meeting he must attend every other week)', '(5) Thomas (father): absent'],
 note='Own words empty → no quote (correct).')
R['v1-11-nadia-fodbold'] = dict(
 c=[('ungrammatical', 'Nået ved mindst 14 af 18 træninger.', 'true, but a verbless staff note shown as a sentence')],
 s=['At Nadia træner med sit fodboldhold i Vanløse IF hver tirsdag og torsdag kl. 17.30-19.00, mindst 14 af de 18 træninger. (the delmål itself: «udsagnsordet efter At … blev ikke fundet»)',
    'Hver tirsdag og torsdag kl. 17.30. Det er kl. 17.30-19.00. (Hvor tit – needed, since the wording is gone)',
    'Vi har betalt kontingent via hendes særlige tilskud.',
    'Vanløse IF (træner Sofie) sender sms til KP om Nadia var til træning og tager godt imod hende på holdet.',
    'Sofie har sagt at hun gerne vil hente hende ved bussen de første gange.',
    'Nadia fortæller selv aftenvagten om hun har været til træning … (her own action)'],
 s0=['Noteres i Sensum. – documentation'],
 f=['(1) the delmål sentence: replaced by «Vi har ikke skrevet dit mål i let sprog endnu. Spørg din kontaktperson.»',
    '(2) core time: tirsdag og torsdag kl. 17.30-19.00 appears nowhere (only «bus 2A kl. 17.00»)',
    '(5) Vanløse IF / træner Sofie: absent'],
 note='check_easy: «drops tirsdag/torsdag from the wording».')
R['v1-12-poul-morgenmad'] = dict(
 c=[('ungrammatical', 'En af os på morgenvagt hjælper du med tøjet kl. 8.00 og følger dig til fællesstuen.', 'true in content; «hjælper du» – du in the wrong case (dig)'),
    ('ungrammatical', 'Vægt 1. mandag i måneden.', 'true (he is weighed the 1st Monday); a verbless note standing as a sentence'),
    ('third_person', '«Grete fortæller at Poul altid har sagt: "Morgenmaden er dagens vigtigste måltid."»', 'the own-words quote names the resident («Poul») – relayed words shown verbatim')],
 s=['Brød, smør og ost stilles foran ham og han smører selv.',
    'Er Poul urolig eller vil ikke ud af stuen, serverer vi morgenmaden på stuen med hans egen kop og SSH bliver hos ham mens han spiser.'],
 s0=['Grete (hustru) kommer onsdag og lørdag … – already in the text', 'SSA vejer ham 1. mandag i måneden. – present as «Vægt 1. mandag i måneden.»', 'SSH noterer dagligt i Nexus … – documentation'],
 f=['(4) plan B: breakfast in his room with SSH staying with him is missing; only «Vi prøver fællesstuen igen næste morgen.» is left'],
 note='Levels 1→1, «så du stadig kun har brug for lidt hjælp» – right for Fastholde.')
R['v1-13-borgeren-bad'] = dict(
 c=[],
 s=['Efter badet drikker de en kop kaffe sammen i hendes stue.',
    'KP bestiller tid hos frisør 1 gang i perioden hvis hun vil.',
    'SSA tjekker kalenderen hver morgen … (staff look at her calendar every morning; the Nexus part is staff-only)'],
 s0=['Hvor tit – already in the wording', 'KP kontakter hende (Hanne) hvis borgeren ikke har været i bad i 3 dage. – already said in plan B'],
 f=[])
R['v1-14-kasper-bus'] = dict(
 c=[('ungrammatical', 'De første 3 mdr. følger en af os.', 'source «følger medarb. Kasper hele vejen»: the sentence was cut after the object-less «følger en af os»'),
    ('ungrammatical', 'Du hele vejen.', 'the rest of the same source sentence, left without a verb (garbled substitution/split at «medarb.»)')],
 s=['Står han af det forkerte sted ringer værkstedet eller den der har vagt til ham og henter ham.'],
 s0=['Morten … så han kender skiftet ved Torvet – the fact is in the text', 'Hjortebo værksted tager imod Kasper … – in the text', 'Medarb. noterer i Bosted hvilket trin … – documentation'],
 f=[],
 note='Own words empty (resident speaks few words) → no quote, correct. End level 0 → «måske ikke brug for hjælp», right.')
R['v1-15-rene-metadon'] = dict(
 c=[('untrue', 'Jonas (søn) er også med.', 'The delmål says Jonas «Er ikke med i delmålet, men René har selv fortalt ham om det.» – the text says the opposite'),
    ('third_person', 'Målet er nået, når R.H. har fået metadon inden kl. 9.30 mindst 30 af de 35 hverdage.', 'initials R.H. for the resident')],
 s=['Behandleren har samtale med ham hver 14. dag.',
    'Jonas (søn) er ikke med i delmålet, men René har selv fortalt ham om det.'],
 s0=['Ses med sin far hver anden søndag. – in the text (café every other Sunday)', 'Medarb. skriver i Sensum. – documentation'],
 f=[])
R['v1-16-sara-ringer-mor'] = dict(
 c=[('third_person', 'Din kontaktperson og du taler om opkaldene på deres samtale om onsdagen.', 'true in content; «deres» includes the resident (should be «jeres»)')],
 s=['At Sara ringer til sin mor Hanne hver søndag kl. 19.00 og taler med hende i mindst 10 minutter. (the delmål itself)',
    'Hver søndag kl. 19.00. (Hvor tit – needed, since the wording is gone)',
    'Hun (Hanne) har lovet ikke at spørge til medicinen i telefonen.',
    'Har Sara ikke lyst til at ringe, kan hun sende en sms til sin mor i stedet, så hun ikke sidder og venter forgæves.',
    'Har hun det dårligt, flytter hun opkaldet til mandag.'],
 s0=['Aftenvagten skriver det i Bosted. – documentation'],
 f=['(1) the delmål sentence: replaced by «Vi har ikke skrevet dit mål i let sprog endnu. Spørg din kontaktperson.» (the «mindst 10 minutter» is gone)',
    '(4) plan B: the whole section is absent (sms instead; move the call to Monday)'])
R['v1-17-den-unge-mobil'] = dict(
 c=[('ungrammatical', 'Fredag: ekstra tid hvis 4 aftener ok', 'true; a verbless note standing as a sentence'),
    ('ungrammatical', 'Tager en snak med dig, prøver igen dagen efter', 'true (vague plan B); no subject – the staff fragment was not made into a sentence')],
 s=['Pia (mor) har samme regel hjemme i weekenderne … (the «same rule at home» part; the Wednesday call is in the text)'],
 s0=['Den der har vagt skriver i Bosted kl. 22.30 … – documentation'],
 f=[],
 note='Bullet lines 18–21, 23 kept as staff-style lines without full stops, but each has a subject and a verb – not counted.')
R['v1-18-bente-torsdagsmad'] = dict(
 c=[],
 s=['Hun laver maden kl. 16.30-17.30 i sit eget køkken, medarb. er med.',
    'Gæsten er Grethe (hver anden torsdag) eller en beboer hun selv inviterer.',
    'De rydder op sammen efter maden.',
    'Grethe (søster) kommer til torsdagsmad hver anden torsdag kl. 17.30, og hun og Bente spiser sammen i Bentes lejlighed.',
    'Er Bente træt eller ked af det, laver de en nemmere ret (fx omelet) eller flytter til fredag.'],
 s0=['Medarb. skriver i Bosted … – documentation'],
 f=['(4) plan B: the concrete alternative (easier dish / move to Friday) is missing; only «får du mad fra køkkenet» is left',
    '(5) Grethe (sister): absent, though the own-words quote is about cooking for her'],
 note='«En værge har godkendt budgettet til indkøb.» – her own guardian as «En værge»: odd, not counted.')
R['v1-19-th-mentor-jobcenter'] = dict(
 c=[('ungrammatical', 'Mailer til din kontaktperson efter hver samtale.', 'Martin mails the KP; the sentence naming Martin was dropped and this one has no subject (a reader may take it as «du mailer»)'),
    ('staff_word', 'Distriktspsykiatrien er også med. Psykiateren ser dig hver 6. uge og skriver statusattest til jobcentret.', 'true; «statusattest» is process jargon')],
 s=['Jobcenter Aarhus (mentor Martin) holder samtaler med TH hver anden onsdag kl. 13 om hans hverdag og vejen mod praktik.',
    'Han (Martin) ringer til TH hvis han ikke dukker op.',
    'Kan TH ikke overskue at tage derind, ringer han selv (eller KP sammen med ham) til Martin inden kl. 12 og spørger om samtalen kan være over telefonen.',
    'Har han det psykisk dårligt, aftaler vi en ny tid inden for en uge.'],
 s0=['Hvor tit – already in the wording', 'KP noterer i Sensum. – documentation'],
 f=['(4) plan B: the whole section is absent (phone meeting with Martin; new time within a week)'])
R['v1-20-ahmed-gaatur'] = dict(
 c=[],
 s=['Karim går med om fredagen når han kan, så går Karim og Ahmed alene og Karim sender en sms til bostedet når de er tilbage.',
    'Ahmed bestemmer selv om de går hurtigt eller stille og roligt.',
    'Regner det eller er Ahmed træt, går de en kortere tur på 10 min i haven.'],
 s0=['Hvor tit – already in the wording', 'Karim (bror) går turen med Ahmed om fredagen … i stedet for medarbejderen. – same content as the Karim sentence above', 'Karim (bror) sender sms til bostedet … – same', 'Medarb. der går med noterer … Sensum – documentation'],
 f=['(4) plan B: the shorter walk in the garden is missing; only «Vil du slet ikke, spørger en af os igen kl. 15.» is left',
    '(5) Karim (brother): absent, though the own-words quote is about him'],
 note='«I går den lille rute rundt om søen» – I = du og medarbejderen: right.')
R['v1-21-lise-koekken'] = dict(
 c=[],
 s=['Når Maja sover der hjælper hun med opvasken, men det er Lise der har ansvaret.'],
 s0=['Maja (kæreste) sover i lejligheden 2-3 nætter … – same content as the sentence above', 'Aftenvagten kigger ind kl. 21.15 og noterer i Sensum … – the visit is in the text; the rest is documentation'],
 f=['(5) Maja (partner): absent, though the own-words quote is about her'])
R['v1-22-flemming-eboks'] = dict(
 c=[],
 s=['De læser brevene, og Flemming bestemmer hvilke der skal i den røde mappe.',
    'Regninger betaler han selv i netbank samme dag med KP ved siden af.',
    'Emil og Flemming taler i telefon fredag eftermiddag, og han fortæller ham hvad der var i posten hvis han vil.',
    'Er der noget fra kommunen ringer de sammen til sagsbehandleren.',
    '(Sagsbehandler) Kontaktes af dig og din kontaktperson sammen når der er breve fra kommunen, og hjælper med svaret til Udbetaling Danmark.'],
 s0=['Emil (søn) ringer til sin far fredag eftermiddag … – same content as the Emil sentence above', 'KP noterer i Sensum … – documentation'],
 f=['(5) Sagsbehandler: reduced to «En sagsbehandler i kommunen er også med.» (the help with Udbetaling Danmark is lost)'])

CATS = ['untrue', 'ungrammatical', 'third_person', 'staff_word']
files = sorted(cnt)
assert set(files) == set(R), set(files) ^ set(R)
rows = []; T = dict(sentences=0, lo_t=0, lo_s=0, lo_f=0, **{c: 0 for c in CATS})
for n in files:
    r = R[n]; row = dict(file=n, sentences=cnt[n], lo_t=lo_total(n), lo_s=len(r['s']), lo_f=len(r['f']))
    for c in CATS: row[c] = sum(1 for x in r['c'] if x[0] == c)
    rows.append(row)
    for k in T: T[k] += row[k]
hdr = ['file', 'sentences', 'untrue', 'ungrammatical', 'third_person', 'staff_word', 'left_out_sentences_total', 'left_out_sentences_should', 'left_out_facts']
key = ['file', 'sentences'] + CATS + ['lo_t', 'lo_s', 'lo_f']
with open('/work/blind/b34/W1/firstlook.tsv', 'w') as f:
    f.write('\t'.join(hdr) + '\n')
    for row in rows: f.write('\t'.join(str(row[k]) for k in key) + '\n')
    T['file'] = 'TOTAL'; f.write('\t'.join(str(T[k]) for k in key) + '\n')
share_s = T['lo_s'] / (T['sentences'] + T['lo_s']); share_t = T['lo_t'] / (T['sentences'] + T['lo_t'])
untrue_files = [r['file'] for r in rows if r['untrue']]
print(open('/work/blind/b34/W1/firstlook.tsv').read())
print(f"share should {T['lo_s']}/({T['sentences']}+{T['lo_s']}) = {share_s:.1%}; total {T['lo_t']}/({T['sentences']}+{T['lo_t']}) = {share_t:.1%}; untrue files {len(untrue_files)}/{len(rows)} {untrue_files}")
import json; json.dump(dict(T=T, share_s=share_s, share_t=share_t, untrue_files=untrue_files, n=len(rows)), open('/tmp/w1dd/fl.json', 'w'))
# notes body
out = []
for row in rows:
    n = row['file']; r = R[n]
    out.append(f"### {n}\n")
    out.append(f"sentences {row['sentences']} · untrue {row['untrue']} · ungrammatical {row['ungrammatical']} · third_person {row['third_person']} · staff_word {row['staff_word']} · left out {row['lo_t']} listed / {row['lo_s']} should / {row['lo_f']} facts\n")
    if r['c']:
        out.append('Counted sentences:')
        for c, q, t in r['c']: out.append(f"- **{c}** — «{q}» — {t}")
    else:
        out.append('Counted sentences: none (every sentence read against the delmål: true, grammatical, du-form, no staff words).')
    out.append('\nLeft out, should have been said:' if r['s'] else '\nLeft out, should have been said: none.')
    for q in r['s']: out.append(f"- «{q}»")
    if r.get('s0'):
        out.append('Listed on stderr but not counted as should:')
        for q in r['s0']: out.append(f"- {q}")
    out.append('\nLeft-out facts:' if r['f'] else '\nLeft-out facts: none.')
    for q in r['f']: out.append(f"- {q}")
    if r.get('note'): out.append(f"\nAlso: {r['note']}")
    out.append('')
open('/tmp/w1dd/notes_body.md', 'w').write('\n'.join(out))
