"""p3-01..08: døgninstitution for unge 14-17 (anbragt uden for hjemmet)."""
from common import write

# 01 — Mikkel, 15, skolefremmøde (god)
write(1, "skole-mikkel",
    title="Møde i skole til tiden",
    wording="At Mikkel står op og møder i skole kl. 8.10 mindst 4 af 5 hverdage fra 4. januar til 26. marts 2027.",
    purpose="Mikkel (15) har boet her siden august. Han har pjækket meget det sidste år, især mandage, og er bagud i dansk. "
            "Han er glad for sin klasselærer Thomas og for idræt, og når han først er i skole, bliver han der hele dagen. "
            "Det svære er at komme op – han spiller FIFA til sent og siger selv, at han er \"død\" om morgenen. "
            "Den unge skal have faste rammer om morgenen, ellers glider det. Vi forventer, at han møder 4 af 5 dage i marts.",
    measurement="Nået, når Mikkel er mødt kl. 8.10 mindst 4 af 5 hverdage i 8 af de sidste 10 uger. Tæller via skolens fraværsliste, som Thomas sender fredag.",
    handleplan_goal="At Mikkel gennemfører 9. klasse med afgangsprøve (handleplanen, mål 2).",
    theme="Varetage uddannelse", goal_type="Udvikle funktionsevne",
    methods=[("Motiverende samtale", "metode", "Kp Jonas tager en kort MI-samtale med Mikkel hver søndag aften om ugen, der kommer, og hvad der kan drille."),
             ("Ugeskema på væggen", "metode", "Mikkel sætter selv et flueben på skemaet, når han er mødt.")],
    actions="Søndag kl. 19 gennemgår kp Jonas ugen med Mikkel. Hverdage kl. 6.50 banker NV Henrik på og tænder lyset; kl. 7.05 kommer dagvagten igen, hvis han ikke er oppe. "
            "Mikkel afleverer konsollens controller til aftenvagten kl. 22.30 søndag–torsdag. Fredag ringer Jonas til Thomas og hører, hvordan ugen gik.",
    otherwise="Hvis Mikkel ikke vil op, sætter dagvagten sig ved sengen med en kop kakao og aftaler, at han kører med til 2. lektion kl. 9.00. "
              "Er han stadig i sengen kl. 9, ringer vi til Thomas, og Mikkel laver skolearbejde i fællesstuen til kl. 12. Jonas tager snakken om det samme aften.",
    attitude="Mikkel synes skole er \"mega kedeligt\", men han vil gerne til prøverne, fordi han vil være mekaniker ligesom sin stedfar Brian. Han har selv foreslået controller-aftalen.",
    own_words="Jeg gider godt, hvis I ikke råber mig op.",
    agreement="Aftalt på netværksmødet 9. december med mor, Brian, sagsbehandleren og Thomas. Mikkel og Jonas følger op hver søndag.",
    actors=[("Klasselærer Thomas, Bakkeskolen", "Sender fraværslisten til Jonas hver fredag og sms'er til afdelingen kl. 8.30, hvis Mikkel ikke er mødt."),
            ("Stedfar Brian", "Ringer til Mikkel søndag aften og spørger til skolen – og siger det ikke, når det er gået skidt.")],
    start=3, end_level=1,
    levels=[("Mikkel står selv op med vækkeur og møder kl. 8.10 hver dag.", "Vi spørger til dagen, når han kommer hjem."),
            ("Mikkel står op, når NV banker på, og cykler selv afsted.", "NV banker på kl. 6.50."),
            ("Mikkel kommer op, når dagvagten kommer igen kl. 7.05, men kommer nogle gange 10-15 min. for sent.", "Dagvagten kommer igen og hjælper ham med at finde tasken."),
            ("Mikkel bliver liggende og kommer først med til 2. lektion, når vi kører ham.", "Dagvagten sidder ved sengen og kører ham kl. 9."),
            ("Mikkel bliver i sengen hele formiddagen.", "Vi ringer til Thomas og sørger for skolearbejde i fællesstuen.")],
    doc_what="Om Mikkel mødte kl. 8.10, og hvad der gjorde det let eller svært den morgen.",
    doc_who="Dagvagten (morgen) og Jonas (fredag, ugens fravær fra Thomas).",
    doc_how_often="Hverdage inden kl. 10 i Bosted, ugenotat fredag.",
    start_date="2027-01-04", end_date="2027-03-26", evaluation_date="2027-03-22",
    created="2026-12-10T14:20:00+01:00")

# 02 — Sara, 16, alene hjem til mor hver anden weekend (god, 6 mdr.)
write(2, "weekend-sara",
    title="Selv med bussen hjem til mor",
    wording="At Sara selv tager bussen hjem til sin mor i Slagelse hver anden fredag efter skole og er tilbage på Egely søndag senest kl. 19, fra 8. januar til 2. juli 2027.",
    purpose="Sara (16) har været anbragt på Egely i to år. Hun har samvær med sin mor Lene hver anden weekend, og indtil nu har en pæd. kørt hende. "
            "Sara kan sagtens finde vej, hun tager selv bussen til skole og har rejsekort. Hun bliver bare stresset, når bussen er forsinket, og har to gange ringet grædende. "
            "Hun vil gerne være mere selvstændig og ligesom veninderne. Hun skal lære at klare det, når noget går skævt undervejs, og at komme hjem til tiden søndag.",
    measurement="Nået, når Sara har taget turen selv både ud og hjem mindst 10 af de 13 samværsweekender og har været tilbage senest kl. 19 hver gang.",
    handleplan_goal="At Sara bliver mere selvstændig i transport og kan klare sig selv, når hun flytter i efterværn som 18-årig.",
    theme="Varetage relationer til netværk", goal_type="Udvikle funktionsevne",
    methods=[("Plan B-kort", "metode", "Et lamineret kort i pungen: hvad hun gør, hvis bussen er aflyst, og hvem hun ringer til.")],
    actions="Torsdag før samværsweekenden tjekker Sara og pæd. Camilla afgangstider i Rejseplanen og laver plan B-kortet. "
            "De første to gange kører Camilla med i samme bus og sidder et andet sted. Sara sms'er til afdelingen, når hun er hos mor, og når hun sidder i bussen søndag. "
            "Søndag kl. 19 tjekker aftenvagten, at hun er kommet.",
    otherwise="Hvis Sara ikke tør tage bussen, kører vi hende som hidtil, og Camilla tager en snak med hende mandag om, hvad der var svært. "
              "Er hun ikke tilbage kl. 19, ringer aftenvagten til hende og derefter til Lene; er hun ikke hjemme kl. 21, følger vi forsvindingsproceduren.",
    attitude="Sara vil meget gerne selv. Hun synes det er pinligt at blive kørt. Hun er lidt bange for at blive strandet i Ringsted, hvis hun misser skiftet.",
    own_words="Det er bare nederen at man skal køres som en baby.",
    agreement="Aftalt på statusmødet 1. december med Sara, Lene og sagsbehandler Pia. Camilla og Sara tager det op hver anden torsdag.",
    actors=[("Mor, Lene", "Henter Sara ved stationen i Slagelse fredag og følger hende til bussen søndag. Sms'er til afdelingen, når Sara er kommet."),
            ("Sagsbehandler Pia, Næstved Kommune", "Har godkendt, at Sara rejser alene, og får en kort status fra Camilla hver måned.")],
    start=3, end_level=1,
    levels=[("Sara tager selv turen ud og hjem og klarer selv forsinkelser.", "Vi spørger til turen søndag aften."),
            ("Sara tager turen selv og sms'er undervejs, som aftalt.", "Aftenvagten svarer på hendes sms."),
            ("Sara tager turen selv, men ringer, når noget går skævt, og skal have hjælp til at finde en ny bus.", "Den, der tager telefonen, finder afgangen med hende."),
            ("Sara tager bussen, når Camilla sidder med i bussen.", "Camilla kører med."),
            ("Sara vil kun køres.", "Vi kører hende til Slagelse.")],
    doc_what="Om Sara tog turen selv, om hun var hjemme kl. 19, og om hun brugte plan B-kortet.",
    doc_who="Aftenvagten søndag. Camilla samler op.",
    doc_how_often="Hver samværsweekend (søndag aften) i Bosted.",
    start_date="2027-01-08", end_date="2027-07-02", evaluation_date="2027-04-02",
    created="2026-12-03T10:05:00+01:00")

# 03 — J.B., 14, taler næsten ikke (selektiv mutisme), fodbold, 6 uger
write(3, "fodbold-jb",
    title="Fodbold tirsdag og torsdag",
    wording="At J.B. tager med til fodboldtræning i Vestbyens IF tirsdag og torsdag kl. 16.30–18.00 og bliver til træningen er slut, mindst 8 af de 12 gange i perioden.",
    purpose="J.B. (14) taler næsten ikke med voksne uden for familien – kun med sin far Kenneth og sin storebror Oliver. På afdelingen svarer han med nik, tommel og små sedler. "
            "Han er god til fodbold og spillede på et hold, før han flyttede hertil. Han sidder meget på værelset efter skole. "
            "Vi vil gerne have ham ud blandt jævnaldrende, hvor han ikke skal snakke for at være med. Kort periode, så vi kan se, om det virker.",
    measurement="Vi tæller fremmøde. Nået ved mindst 8 af 12 træninger, hvor han bliver hele tiden.",
    handleplan_goal="At J.B. har en fritidsaktivitet med jævnaldrende uden for institutionen.",
    theme="Deltage i sociale fællesskaber og fritidsaktiviteter", goal_type="Udvikle funktionsevne",
    methods=[("Billedkort og ja/nej-kort", "metode", "J.B. svarer på spørgsmål om træningen ved at pege på kort med tommel op, tommel ned og 'ved ikke'.")],
    actions="Pæd. Martin (kp) kører J.B. til træning tirsdag og torsdag kl. 16.10 og bliver på sidelinjen de første 4 gange. Derefter bliver han i bilen. "
            "Martin har talt med træneren om, at J.B. ikke skal presses til at snakke. Efter træning viser J.B. med kortene, hvordan det gik.",
    otherwise="Vil J.B. ikke afsted, spørger Martin med kortene, om han vil med og bare kigge. Siger han nej, bliver de hjemme og sparker bold i gården kl. 17. "
              "Næste træning spørger vi igen.",
    attitude="J.B. har peget på billedet af fodboldbanen, da vi viste ham 4 fritidsaktiviteter, og givet tommel op til tirsdag/torsdag. Far Kenneth siger, at han savner at spille.",
    own_words="(Viste tommel op og pegede på sine fodboldstøvler, da Martin spurgte – gengivet af Martin.)",
    agreement="Aftalt med J.B. på hans værelse med kort 24. november, og med far på telefon samme dag. Martin og J.B. kigger på kortene hver fredag.",
    actors=[("Træner Mads, Vestbyens IF", "Lader J.B. spille med uden at han skal sige noget, og giver Martin et tegn, hvis han har det svært."),
            ("Far, Kenneth", "Kommer og ser en træning hver anden torsdag og kører ham hjem bagefter.")],
    start=3, end_level=2,
    levels=[("J.B. tager selv cyklen til træning og bliver hele tiden.", "Vi spørger med kortene bagefter."),
            ("J.B. tager med, når Martin kører, og er med i alle øvelser.", "Martin kører og venter i bilen."),
            ("J.B. er med i træningen, men går ud til Martin en gang eller to.", "Martin står ved sidelinjen."),
            ("J.B. tager med, men ser kun på fra sidelinjen.", "Martin står ved siden af ham."),
            ("J.B. vil ikke med.", "Bold i gården kl. 17.")],
    doc_what="Om han var med, hvor længe, og hvad han viste med kortene.",
    doc_who="Martin eller den, der kører.",
    doc_how_often="Efter hver træning.",
    start_date="2027-01-05", end_date="2027-02-16", evaluation_date="2027-02-16",
    created="2026-11-30T15:40:00+01:00",
    justification="J.B. taler ikke med personalet. Hans holdning er fundet med billedkort og via far.")

# 04 — Nadia, 17, fritidsjob (svag)
write(4, "fritidsjob-nadia",
    title="Fritidsjob",
    wording="At Nadia bliver bedre til at passe sit fritidsjob i Fakta.",
    purpose="Nadia har fået job i Fakta mandag og onsdag kl. 16–19. Hun kommer tit for sent eller melder afbud. Vi skal støtte hende i at holde fast.",
    measurement="Vurderes løbende af personalet.",
    handleplan_goal="At den unge bliver selvforsørgende.",
    theme="Varetage beskæftigelse", goal_type="Udvikle funktionsevne",
    methods=[("Relationspædagogik", "tilgang", "Vi bygger på relationen til Nadia."), ("Anerkendende tilgang", "tilgang", "Vi anerkender hende, når det lykkes.")],
    actions="Pæd. Sofie og kp støtter Nadia og motiverer hende til at gå på arbejde. Vi hjælper hende efter behov.",
    otherwise="Så motiverer vi hende.",
    attitude="Informeret.",
    own_words="Jeg prøver.",
    agreement="Som aftalt.",
    actors=[("UU-vejleder Louise", "Er med.")],
    start=2, end_level=1,
    levels=[("Intet støttebehov.", "Ingen."),
            ("Let støttebehov.", "Lidt støtte."),
            ("Nadia har moderat støttebehov.", "Noget støtte."),
            ("Stort støttebehov.", "Meget støtte."),
            ("Kan ikke.", "Fuld støtte.")],
    doc_what="Hvordan det går.",
    doc_who="Personalet.",
    doc_how_often="Løbende.",
    start_date="2027-01-04", end_date="2027-04-04", evaluation_date="2027-04-04",
    created="2026-12-14T21:50:00+01:00", employment=True)

# 05 — AH, 16, autisme, taler ikke, morgenrutine med billedskema
write(5, "morgen-ah",
    title="Klar til skolebussen",
    wording="At AH selv tager tøj på og spiser morgenmad efter sit billedskema på hverdage, så han står klar ved skolebussen kl. 7.40.",
    purpose="AH (16) har autisme og taler ikke; han bruger billeder og nogle tegn, og han kan sætte billeder i rækkefølge. "
            "Han kan godt tage tøj på selv, men går i stå, hvis noget er anderledes end i går, og så når han ikke bussen. "
            "Hans far Peter siger, at han klarede det selv hjemme, da han havde samme skema på døren. Det kræver en fast og ens morgen hver dag.",
    measurement="Nået, når AH står klar ved bussen kl. 7.40 mindst 4 af 5 hverdage i 6 uger i træk uden at en voksen har taget tøjet frem.",
    handleplan_goal="At AH klarer sin morgen med visuel støtte (handleplanen, mål 1).",
    theme="Klæde sig af og på", goal_type="Udvikle funktionsevne",
    methods=[("Piktogramskema", "metode", "Billedskema på døren med 6 trin: op, toilet, tøj, morgenmad, tænder, jakke. AH flytter selv en magnet ned, når et trin er gjort."),
             ("Tegn til tale", "metode", "Personalet bruger tegnene for 'færdig' og 'næste'.")],
    actions="Aftenvagten Kasper lægger tøjet for næste dag på stolen sammen med AH kl. 20.30. Kl. 6.45 tænder morgenvagten lyset og peger på første billede. "
            "Derefter står den voksne i døren og viser kun tegnet 'næste', når AH går i stå. Højst ét tegn pr. trin. "
            "Kl. 7.35 går vi med ham ud til bussen.",
    otherwise="Går AH helt i stå eller bliver urolig, tager den voksne et skridt tilbage og venter 2 minutter uden at sige noget. "
              "Hjælper det ikke, tager vi næste trin hånd-over-hånd, og hvis han misser bussen, kører vi ham kl. 8.15.",
    attitude="Vi kan ikke spørge AH direkte. Han flytter magneterne med det samme og smiler, når han er færdig, og han bliver rolig, når skemaet hænger.",
    own_words="(Pegede på billedet af bussen og lavede tegnet for 'færdig' – skrevet af kp Morten.)",
    agreement="Aftalt med mor og far på forældremødet 26. november. Morten viser AH skemaet hver søndag.",
    guardian=True, guardian_how="Mor har forældremyndigheden og har været med til at vælge billederne; hun får en sms hver fredag om ugen.",
    justification="AH har ikke talesprog. Vi har set på, hvordan han reagerer på skemaet i 3 uger, og spurgt far og mor.",
    actors=[("Buschauffør Ole, Movia flextur", "Venter højst 3 minutter og hilser med samme tegn hver morgen."),
            ("Far, Peter", "Har samme skema hjemme de weekender, AH er hjemme, så morgenen er ens.")],
    start=3, end_level=1,
    levels=[("AH følger hele skemaet selv og står ved døren kl. 7.35.", "Vi siger godmorgen og går med ud."),
            ("AH følger skemaet selv, men skal have tegnet 'næste' en eller to gange.", "Den voksne står i døren og viser tegnet."),
            ("AH tager tøjet på, men skal have tegnet ved hvert trin.", "Vi viser tegnet og peger på billedet."),
            ("AH går i stå efter toilettet og skal hjælpes hånd-over-hånd med tøjet.", "Vi hjælper hånd-over-hånd med bukser og trøje."),
            ("AH bliver i sengen eller bliver meget urolig.", "Vi giver ro, og han bliver kørt senere.")],
    doc_what="Hvilket trin han gik i stå ved, hvor mange tegn han fik, og om han nåede bussen.",
    doc_who="Morgenvagten.",
    doc_how_often="Hver hverdag inden kl. 9 i Bosted; Morten laver ugeoversigt fredag.",
    start_date="2026-12-07", end_date="2027-03-05", evaluation_date="2027-03-01",
    created="2026-11-27T11:00:00+01:00")

# 06 — Emma, 15, mobil og søvn
write(6, "soevn-emma",
    title="Mobilen på kontoret om aftenen",
    wording="At Emma afleverer sin mobil på kontoret senest kl. 22.30 søndag til torsdag og selv henter den igen kl. 7.",
    purpose="Emma sidder på Snap til kl. 2-3 om natten og er smadret i skolen. Hun falder i søvn i timerne, og skolen har ringet flere gange. "
            "Hun er ellers god til at holde styr på sine ting og vil gerne klare sig godt i 9. Hun har selv sagt, at hun ikke kan lægge den fra sig, når den ligger på værelset. "
            "Vi tror på, at hun kan klare det, hvis hun får hjælp til at stoppe. Forventer det er på plads til påske.",
    measurement="Nået, når Emma har afleveret mobilen senest kl. 22.30 mindst 4 af 5 skoleaftener i 6 uger i træk.",
    handleplan_goal="At Emma har en stabil døgnrytme, så hun kan følge undervisningen.",
    theme="Søvn", goal_type="Udvikle funktionsevne",
    methods=[("Kontrakt", "metode", "Skriftlig aftale, som Emma og kp Maria har skrevet sammen, hængt op på hendes dør.")],
    actions="Kl. 22.15 minder AV Emma om mobilen. Hun lægger den selv i sin kasse på kontoret. Fredag taler kp Maria med Emma om ugen. "
            "Hun må gerne låne afdelingens radio til at falde i søvn til.",
    otherwise="Vil Emma ikke aflevere, spørger AV, om hun vil aflevere den kl. 23 i stedet. Ellers skrives det, og Maria tager det op næste dag. Vi tager ikke mobilen fra hende.",
    attitude="Hun synes det er lidt for meget, men går med til det, fordi hun selv er træt af at være træt. Hun har selv valgt kl. 22.30.",
    own_words="Ok men ikke i weekenden.",
    agreement="Aftalt mellem Emma og Maria 2. december, mor Helle er orienteret.",
    actors=[("Mor, Helle", "Skriver ikke til Emma efter kl. 22 på skoledage."),
            ("Sundhedsplejerske Tina, skolen", "Snakker søvn med Emma hver anden onsdag i 2. frikvarter.")],
    start=3, end_level=1,
    levels=[("Emma afleverer selv mobilen uden påmindelse.", "Vi siger godnat."),
            ("Emma afleverer mobilen, når AV minder hende om det kl. 22.15.", "AV minder hende."),
            ("Emma afleverer mobilen, men først kl. 23.", "AV minder to gange."),
            ("Emma afleverer den nogle aftener, men ikke de fleste.", "Maria taler med hende dagen efter."),
            ("Emma afleverer ikke.", "Vi skriver det og taler med hende.")],
    doc_what="Tidspunkt for aflevering.",
    doc_who="AV",
    doc_how_often="Søndag til torsdag.",
    start_date="2027-01-03", end_date="2027-03-26", evaluation_date="2027-03-26",
    created="2026-12-02T16:30:00+01:00")

# 07 — Oliver "Olle", 16, UU-vejleder og brobygning
write(7, "uddannelse-olle",
    title="Olle finder en uddannelse",
    wording="At Olle selv ringer til sin UU-vejleder Anders og aftaler et besøg på tømrerlinjen på EUC, og at han deltager i mindst 2 brobygningsdage inden 31. marts 2027.",
    purpose="Oliver (Olle, 16) går i 10. klasse på ungdomsskolen og har ingen plan efter sommer. Han siger, han vil være tømrer ligesom sin morbror Kim, og han er god med hænderne – han har selv bygget en skaterampe i gården. "
            "Han har svært ved at ringe til folk, han ikke kender, og dropper aftaler, hvis nogen andre har lavet dem for ham. "
            "Derfor skal han selv tage kontakten, med en voksen ved siden af.",
    measurement="Nået, når Olle selv har ringet til Anders og har været på EUC mindst 2 dage (tæller fra brobygningslisten).",
    handleplan_goal="At Oliver starter på en ungdomsuddannelse i august 2027.",
    theme="Varetage uddannelse", goal_type="Udvikle funktionsevne",
    methods=[("Rollespil", "metode", "Olle og kp René øver telefonsamtalen to gange, før han ringer.")],
    actions="Onsdag i uge 2 kl. 15 sidder René ved siden af Olle, mens han ringer til Anders. De skriver spørgsmålene på en seddel først. "
            "René kører ham til EUC første brobygningsdag og henter ham kl. 14.30. Anden gang tager Olle bussen selv.",
    otherwise="Hvis Olle ikke vil ringe, må han skrive en sms til Anders i stedet, med René ved siden af. Dropper han en brobygningsdag, ringer René til Anders samme dag og finder en ny dato sammen med Olle.",
    attitude="Olle er frisk på tømrer, men \"gider ikke snakke i telefon\". Han synes, det er fedt, at han selv skal bestemme.",
    own_words="Jeg ringer sgu selv, bare du ikke blander dig.",
    agreement="Aftalt på handleplansmødet 10. december med Olle, far Jan og sagsbehandleren. René og Olle følger op hver onsdag.",
    actors=[("UU-vejleder Anders", "Holder møde med Olle på institutionen første tirsdag i måneden kl. 14 og booker brobygningsdagene."),
            ("Morbror Kim", "Tager Olle med på en byggeplads en lørdag i februar.")],
    start=2, end_level=0,
    levels=[("Olle ringer selv og tager selv afsted til EUC.", "Vi spørger, hvordan det gik."),
            ("Olle ringer selv, når René minder ham om det.", "René minder ham om det om onsdagen."),
            ("Olle ringer, når René sidder ved siden af og har hjulpet med sedlen.", "René sidder med og laver sedlen sammen med ham."),
            ("Olle vil kun skrive sms, og René skal tage ham med til EUC.", "René kører og går med ind."),
            ("Olle vil ikke tage kontakt.", "René ringer til Anders for ham.")],
    doc_what="Om Olle ringede selv, og hvilke brobygningsdage han var med til.",
    doc_who="René (kp).",
    doc_how_often="Hver onsdag i Bosted.",
    start_date="2027-01-06", end_date="2027-03-31", evaluation_date="2027-03-31",
    created="2026-12-11T13:15:00+01:00", employment=True)

# 08 — Freja, 14, samvær med mor (hver anden søndag, overvåget)
write(8, "samvaer-freja",
    title="Samvær med mor",
    wording="At Freja er med til samvær med sin mor Susanne hver anden søndag kl. 13–15 i besøgslejligheden og selv vælger, hvad de skal lave.",
    purpose="Den unge har haft mange aflyste samvær, fordi hun ikke ville se sin mor, og fordi mor har aflyst. Hun bliver vred og smider med ting, når det bliver aflyst. "
            "Hun siger selv, at hun gerne vil se mor, \"når det ikke er akavet\". Freja er kreativ og kan lide at bage og lave perler, og det går bedst, når hun har noget i hænderne. "
            "Det skal øve samværet i trygge rammer, og hun skal selv have noget at skulle have sagt.",
    measurement="Freja har været med til mindst 5 af de 6 samvær i perioden og har selv valgt en aktivitet hver gang.",
    handleplan_goal="At Freja har en stabil kontakt til sin mor.",
    theme="Varetage relationer til netværk", goal_type="Fastholde funktionsevne",
    methods=[("Aktivitetskort", "metode", "Freja vælger mellem 6 kort (bage, perler, spil, gåtur, film, neglelak) lørdag aften.")],
    actions="Lørdag aften vælger Freja en aktivitet sammen med pæd. Nanna, og Nanna køber ind til det. Søndag kl. 12.45 følger Nanna hende til besøgslejligheden. "
            "Samværsstøtten er med i lejligheden; Nanna henter hende kl. 15 og tager en kort snak på vejen hjem.",
    otherwise="Vil Freja ikke, spørger Nanna, om hun vil være med bare den første halve time. Vil hun stadig ikke, ringer Nanna til mor og siger det, og Freja skriver en lille besked til mor på en seddel, hvis hun vil.",
    attitude="Freja vil gerne se mor, men synes det er akavet at sidde og snakke. Hun har selv fundet på at de skal lave noget.",
    own_words="Hvis vi laver noget er det fint.",
    agreement="Aftalt 28. november med Freja, Susanne, sagsbehandler Karin og samværsstøtten. Nanna og Freja evaluerer efter hvert samvær.",
    actors=[("Samværsstøtte Gitte, Familiehuset", "Er med hele samværet og skriver et kort referat til sagsbehandleren."),
            ("Mor, Susanne", "Bekræfter samværet på sms til afdelingen senest fredag kl. 12."),
            ("Mormor Inge", "Kommer med hver fjerde gang, hvis Freja vil.")],
    start=3, end_level=1,
    levels=[("Freja går selv til samværet og har planlagt aktiviteten.", "Vi spørger bagefter."),
            ("Freja vælger aktivitet og går med Nanna derover.", "Nanna følger hende."),
            ("Freja er med, men vil have at Nanna bliver den første halve time.", "Nanna bliver med."),
            ("Freja er med i kort tid og går igen.", "Nanna henter hende."),
            ("Freja vil ikke.", "Vi ringer til mor.")],
    doc_what="Om samværet blev til noget, hvad de lavede, hvordan Freja var bagefter.",
    doc_who="Nanna; ellers den pæd. der er på.",
    doc_how_often="Hver anden søndag efter samværet.",
    start_date="2027-01-10", end_date="2027-03-21", evaluation_date="2027-03-21",
    created="2026-12-01T09:30:00+01:00")
print("unge ok")
