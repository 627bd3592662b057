"""Generate the 16 W1 delmål of blind set b37 (socialpsykiatri, bosted §107/§108).

Everything here is invented. Run: python3 gen.py  (writes ../p1-NN-slug.delmaal.json)
"""
import json
import os
import uuid

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SYS = "urn:oid:1.2.208.176.2.22"

THEMES = {
    "Varetage egen sundhed": "4a58417e-9a75-43f2-9763-66505050159f",
    "Døgnrytme": "e6f82424-da5a-41d1-bd1a-5796aa79d5f2",
    "Købe ind": "01770afa-cd17-41fe-a966-b8895e4d55d8",
    "Varetage økonomi": "70443014-3faf-402d-abcf-396bfad32eb9",
    "Varetage beskæftigelse": "685e8517-2f5c-4ef8-a7c4-fa2d008fdd9d",
    "Spise": "464a2ab6-a7df-4b3a-b74d-7873f4cfe668",
    "Vaske sig": "885400cc-dd71-479e-8993-3fc48fdd6710",
    "Rusmidler": "c8f4475a-8de3-4920-ad0c-eea78c49a68d",
    "Varetage relationer til netværk": "4c082610-b122-4019-96f2-1061e287445e",
    "Gøre rent": "8f32c948-41c4-49d7-8913-cdeede2e7fe1",
    "Deltage i sociale fællesskaber og fritidsaktiviteter": "dcc6bb77-45af-4625-9c4d-7d7878307220",
    "Motion": "0b650369-258a-4d01-a811-42b306c2f89d",
    "Indsigt i egen situation": "6279a3dc-7085-4157-809c-f96922242b1b",
    "Lave mad": "b947f321-7cdb-4b33-9653-f3ff800572b0",
    "Håndtere post": "8bef71de-55b5-47fe-b438-18ac769106b3",
}
GOALS = {
    "Udvikle funktionsevne": "d41c8072-52f8-42b5-9375-ddbea454d27f",
    "Fastholde funktionsevne": "10752a63-00b4-4958-b7f4-9f3a18f74266",
    "Begrænse tab af funktionsevne": "e47c22bd-d88d-48ab-882b-419923e1f44e",
}


def coded(table, name):
    return {"code": table[name], "name": name, "system": SYS}


def build(nn, slug, d):
    levels = [
        {"level": i, "what_we_see": w, "how_we_support": h}
        for i, (w, h) in enumerate(d["levels"])
    ]
    assert len(levels) == 5
    doc = {
        "schema_version": 1,
        "language": "da",
        "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"b37/W1/{nn}-{slug}")),
        "title": d["title"],
        "wording": d["wording"],
        "purpose": d["purpose"],
        "measurement": d["measurement"],
        "handleplan_goal": d["handleplan_goal"],
        "theme": coded(THEMES, d["theme"]),
        "goal_type": coded(GOALS, d["goal_type"]),
        "methods": [
            {"name": n, "kind": k, "description": ds} for (n, k, ds) in d["methods"]
        ],
        "indsats": {
            "actions": d["actions"],
            "when_resident_wants_otherwise": d["plan_b"],
        },
        "collaboration": {
            "resident_attitude": d["attitude"],
            "resident_own_words": d["own_words"],
            "agreement": d["agreement"],
            "guardian_involved": d.get("guardian_involved", False),
            "guardian_involvement": d.get("guardian_involvement", ""),
            "professional_justification": d.get("justification", ""),
        },
        "external_actors": [{"name": n, "how": h} for (n, h) in d["actors"]],
        "indicators": {
            "start_level": d["start"],
            "expected_end_level": d["end"],
            "levels": levels,
        },
        "documentation": dict(zip(("what", "who", "how_often"), d["doc"])),
        "start_date": d["dates"][0],
        "end_date": d["dates"][1],
        "evaluation_date": d["dates"][2],
        "crime_prevention": False,
        "employment": d.get("employment", False),
        "created_at": d["created"],
        "updated_at": d.get("updated", d["created"]),
    }
    path = os.path.join(OUT, f"p1-{nn:02d}-{slug}.delmaal.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    return path


D = {}

D[(1, "dosisaeske")] = dict(
    title="Dosisæske hver søndag",
    wording="At Kasper selv fylder sin dosisæske for den kommende uge hver søndag kl. 19 sammen med SSA, fra 13. december 2026 til 14. marts 2027.",
    purpose="Kasper (34 år, paranoid skizofreni) har boet på bostedet siden april. Medicinen doseres i dag af personalet, og han har to gange i år sprunget sin Leponex over, hvilket endte med indlæggelse i august. KL kender sine piller på farve og navn og kan læse sit medicinskema. Han vil gerne være mere selvstændig, inden han på sigt flytter i egen lejlighed. Der skal en målrettet indsats til, fordi han bliver urolig og opgiver, når der er ændringer i medicinen. Vi forventer, at han i marts kan fylde æsken selv med et tjek bagefter.",
    measurement="Nået når Kasper har fyldt æsken rigtigt mindst 11 af de 13 søndage (SSA tjekker æsken mod medicinskemaet). Noteres i Sensum.",
    handleplan_goal="Borgeren håndterer selv sin medicin med støtte fra distriktspsykiatrien (handleplan, mål 2).",
    theme="Varetage egen sundhed",
    goal_type="Udvikle funktionsevne",
    methods=[("Medicinskema med farvekoder", "metode", "Skemaet er printet med pillernes farve ud for hvert navn, så KL kan sammenligne pille for pille.")],
    actions="Søndag kl. 19 sætter SSA (aftenvagt) sig med Kasper i hans lejlighed. Han finder selv medicinskemaet frem og lægger pillerne i æsken dag for dag. SSA tjekker æsken mod skemaet bagefter, og de skriver begge under. Ved ændringer i medicinen gennemgår KP det nye skema med ham mandag formiddag, før han skal bruge det. Medarb. har stadig nøglen til medicinskabet.",
    plan_b="Hvis Kasper ikke vil søndag aften, tilbyder aftenvagten mandag kl. 10 i stedet. Siger han nej igen, doserer personalet som nu for den uge, og KP spørger ind til det ved næste samtale. Virker han mistænksom over for pillerne (set før ved forværring), kontakter vi hans SPV i distriktspsykiatrien samme dag.",
    attitude="Kasper synes, det er flovt, at vi står for hans medicin. Han vil gerne selv, men er bange for at lave fejl. Han har selv valgt søndag, fordi der er ro i huset.",
    own_words="Jeg er ikke et barn, jeg kan godt finde ud af mine piller.",
    agreement="Aftalt på netværksmøde 26/11 med KL, KP Mads og SPV Henrik fra DP.",
    actors=[
        ("Distriktspsykiatrien, SPV Henrik", "Sender nyt medicinskema til bostedet senest dagen efter hver ændring og kigger æsken igennem med Kasper ved samtalen hver anden torsdag."),
        ("Apoteket på Torvet", "Leverer medicinen i ugeposer hver fredag, så den er på plads til søndag."),
    ],
    start=3, end=1,
    levels=[
        ("Kasper fylder æsken selv søndag uden påmindelse og viser den frem bagefter.", "Vi kigger æsken igennem, når han viser den."),
        ("Kasper fylder æsken selv, når aftenvagten har banket på kl. 19, og der er ingen fejl.", "Aftenvagten banker på og tjekker æsken mod skemaet bagefter."),
        ("Kasper fylder æsken, men spørger undervejs om piller, han er i tvivl om, eller laver en enkelt fejl.", "SSA sidder med hele tiden og peger på skemaet, når han spørger."),
        ("Kasper er med, mens SSA fylder æsken, og lægger selv enkelte piller i.", "SSA fylder æsken og siger navnet på hver pille højt."),
        ("Kasper vil ikke være med og vil ikke se æsken.", "Personalet doserer som nu og fortæller ham, hvad der er i æsken."),
    ],
    doc=("Om æsken var fyldt rigtigt, eventuelle fejl og om Kasper selv tog initiativ.", "Aftenvagten søndag.", "Hver søndag, notat under delmålet i Sensum."),
    dates=("2026-12-13", "2027-03-14", "2027-03-14"),
    created="2026-11-27T10:15:00+01:00",
)

D[(2, "doegnrytme")] = dict(
    title="Seng før midnat på hverdage",
    wording="At M.H. går i seng senest kl. 23.30 og står op senest kl. 9 på hverdage i 12 uger.",
    purpose="Mette (27 år, bipolar affektiv sindslidelse) har i efteråret haft en periode med meget sene nætter, hvor hun er oppe til kl. 3-4 og sover til over middag. Lidt søvn er hos hende et kendt tegn på optakt til mani (står i hendes tilbagefaldsplan). MH er god til at bruge sin telefon og har selv sat alarmer før. Hun går til yoga om torsdagen og kan godt lide at have en plan. Hun har brug for en fast ramme og for at nogen følger op, fordi det glider, når hun er alene om aftenen.",
    measurement="Mette udfylder et søvnskema hver morgen. Delmålet er nået, når hun har været i seng senest 23.30 og oppe senest kl. 9 mindst 4 af 5 hverdage i hver af de sidste 6 uger.",
    handleplan_goal="At borgeren får en stabil døgnrytme, så hun kan starte på sit hold på VUC igen til august.",
    theme="Døgnrytme",
    goal_type="Udvikle funktionsevne",
    methods=[
        ("Søvnskema", "metode", "Et skema på køleskabet, hvor Mette hver morgen skriver, hvornår hun gik i seng og stod op."),
        ("Skærmfri halve time", "metode", "Telefonen lægges i opladeren i stuen kl. 23."),
    ],
    actions="Aftenvagten banker på kl. 22.45 på hverdage og spørger, om hun er ved at runde af. Hanne (pæd., KP) gennemgår søvnskemaet med hende hver mandag kl. 13. Er der to nætter i træk med under 5 timers søvn, tager vi tilbagefaldsplanen frem med hende og ringer til DP, som aftalt med Mette.",
    plan_b="Vil hun ikke i seng, presser vi ikke, men spørger, om hun vil have en kop te og lægge telefonen i stuen. Nyt forsøg næste aften. Sover hun over kl. 9, vækker morgenvagten hende kl. 9.30 med en kop kaffe.",
    attitude="Mette er selv bekymret for at blive syg igen og vil gerne. Hun synes, det er træls, at vi banker på, men har sagt ja til det i 12 uger.",
    own_words="Når jeg ikke sover, så går det galt. Det ved jeg godt.",
    agreement="Aftalt med Mette og Hanne 30/11. Mettes mor er orienteret og bakker op.",
    actors=[
        ("Mettes mor, Grethe", "Ringer ikke længere efter kl. 22 på hverdage, men i stedet i frokostpausen."),
        ("Distriktspsykiatrien", "Psykiateren ser søvnskemaet ved kontrollen i januar og vurderer, om sovemedicinen skal justeres."),
    ],
    start=3, end=1,
    levels=[
        ("Mette går selv i seng før 23.30 og står op før kl. 9 alle hverdage og udfylder skemaet uden påmindelse.", "Hanne ser skemaet igennem med hende om mandagen."),
        ("Mette går i seng til tiden, når aftenvagten har banket på, og står op med sin alarm.", "Aftenvagten banker på kl. 22.45."),
        ("Mette kommer i seng til tiden 2-3 hverdage om ugen; de andre aftener sidder hun med telefonen til efter kl. 1.", "Aftenvagten kommer igen kl. 23.15 og tilbyder te i stuen."),
        ("Mette går i seng efter kl. 2 de fleste nætter og sover til middag, men udfylder skemaet.", "Morgenvagten vækker hende kl. 9.30, og Hanne taler med hende om tilbagefaldsplanen."),
        ("Mette sover næsten ikke og vil ikke tale om det.", "Vi følger tilbagefaldsplanen og kontakter DP samme dag."),
    ],
    doc=("Tidspunkt for sengetid og opvågning fra søvnskemaet, og om aftenvagten skulle banke på igen.", "Aftenvagten hver hverdag, Hanne samler op om mandagen.", "Dagligt på hverdage i Sensum, ugestatus mandag."),
    dates=("2026-12-07", "2027-03-01", "2027-03-01"),
    created="2026-11-30T14:40:00+01:00",
)

D[(3, "handle-rema")] = dict(
    title="Handle selv",
    wording="At Jonas bliver mere tryg ved at handle i Rema 1000 hver anden onsdag.",
    purpose="Den unge (22 år) har svær angst og har ikke været i et supermarked alene i over et år. Han får mad bragt fra Nemlig.com, som hans mor bestiller. Jonas kan godt lide at lave mad og ved, hvad han skal bruge. Han skal støttes i at komme mere ud.",
    measurement="Vurderes løbende af KP.",
    handleplan_goal="At Jonas bliver mere selvstændig.",
    theme="Købe ind",
    goal_type="Udvikle funktionsevne",
    methods=[("Eksponering", "metode", "Gradvis, efter angsttrappen fra psykologen.")],
    actions="Medarb. går med Jonas i Rema hver anden onsdag kl. 10.30, hvor der er færrest kunder. Første gang går vi med hele turen, derefter venter medarb. ved indgangen. Jonas har selv listen på telefonen. Motiveres.",
    plan_b="Vi prøver igen.",
    attitude="Jonas siger, at han godt vil prøve, men at han ikke lover noget.",
    own_words="Hvis der er mange mennesker, så går jeg.",
    agreement="Aftalt m. Jonas og psykolog Anders 2/12.",
    actors=[
        ("Psykolog Anders Beck (privat, henvist via egen læge)", "Jonas har samtaler hos ham hver anden mandag; de laver angsttrappen sammen, og den følger vi i butikken."),
        ("Mor", "Bestiller ikke Nemlig-levering i de uger, hvor Jonas handler."),
    ],
    start=4, end=2,
    levels=[
        ("Jonas handler alene.", "Ingen."),
        ("Jonas handler næsten alene.", "Lidt støtte."),
        ("Jonas går ind i butikken alene, mens medarb. venter ved indgangen.", "Medarb. venter ved indgangen."),
        ("Jonas går med ind, når medarb. går med hele vejen.", "Medarb. går med hele turen."),
        ("Jonas vil ikke med ud.", "Motiveres."),
    ],
    doc=("Hvordan det gik.", "KP.", "Løbende."),
    dates=("2026-12-09", "2027-02-03", "2027-02-03"),
    created="2026-12-02T11:05:00+01:00",
)

D[(4, "ugebudget")] = dict(
    title="Ugebudget",
    wording="At SB hæver højst 600 kr. om ugen fra sin forbrugskonto og skriver sine udgifter ind i budget-appen hver mandag kl. 10 med KP, i 6 måneder.",
    purpose="Borgeren (29 år, emotionelt ustabil personlighedsstruktur, tidligere hashmisbrug) har økonomisk værge til de faste udgifter. Resten af pengene bruger han ofte de første dage efter overførslen, og så låner han af andre beboere, hvilket giver konflikter i huset. SB er god til tal og har arbejdet i Netto i to år. Han har selv bedt om hjælp til at få pengene til at række. Det kræver en målrettet indsats, fordi det har været prøvet uden fast struktur og ikke holdt mere end et par uger.",
    measurement="Nået når SB har holdt sig til højst 600 kr. mindst 20 af 26 uger og har været med til mandagsmødet mindst 20 gange. KP og SB kigger kontoudtoget igennem sammen.",
    handleplan_goal="At borgeren får sin økonomi til at hænge sammen uden at låne penge (mål 3).",
    theme="Varetage økonomi",
    goal_type="Udvikle funktionsevne",
    methods=[
        ("Budget-app", "metode", "Pengeoverblik-appen på hans telefon med fire kategorier: mad, tobak, transport, andet."),
        ("Motiverende samtale", "metode", "Jesper bruger MI ved mandagsmødet, når SB har brugt mere end aftalt."),
    ],
    actions="Hver mandag kl. 10 sidder KP (Jesper) og SB ved computeren på kontoret. SB logger selv på netbanken og skriver ugens udgifter ind i appen. Jesper spørger til, hvad der gik godt, og hvad der var svært. Har SB lånt penge af andre beboere, laver de en afdragsplan. Medarb. låner ikke penge ud.",
    plan_b="Kommer SB ikke mandag, banker Jesper på kl. 11. Vil han ikke, flyttes mødet til tirsdag kl. 10. Er der brugt mere end 600 kr., kigger vi sammen på, hvad pengene gik til, uden at skælde ud. Værgen kontaktes kun, hvis SB selv ønsker det.",
    attitude="SB vil gerne have styr på pengene og har selv foreslået grænsen på 600 kr. Han er træt af at være flad hver måned. Han vil ikke have, at værgen får mere kontrol.",
    own_words="Jeg vil bare ikke skylde nogen noget.",
    agreement="Aftalt på netværksmøde 25/11 med SB, Jesper (KP), værge og sagsbehandler.",
    guardian_involved=True,
    guardian_involvement="Økonomisk værge Lars Holm (advokat) var med på mødet og er enig i beløbet. Han overfører fortsat pengene hver mandag og får en kort status fra KP hver 3. måned.",
    actors=[
        ("Værge Lars Holm", "Overfører 600 kr. til forbrugskontoen hver mandag kl. 8 og betaler de faste regninger."),
        ("Sagsbehandler, Ydelsesservice", "Har lagt gælden til kommunen i en afdragsordning på 200 kr. om måneden, som trækkes før overførslen."),
    ],
    start=3, end=1,
    levels=[
        ("SB holder sig til 600 kr. og skriver selv udgifterne ind uden mandagsmødet.", "Jesper ser appen igennem med ham en gang om måneden."),
        ("SB holder sig til 600 kr. og skriver udgifterne ind på mandagsmødet.", "Mandagsmøde kl. 10 med Jesper."),
        ("SB bruger lidt over 600 kr. nogle uger, men kommer til mandagsmødet og kan forklare, hvad pengene gik til.", "Jesper og SB laver en plan for næste uge på mødet."),
        ("SB bruger pengene de første dage og låner af andre beboere, men kommer til mødet, når Jesper banker på.", "Jesper banker på kl. 11 og laver afdragsplan med ham."),
        ("SB vil ikke tale om penge og kommer ikke til møderne.", "Vi tilbyder tirsdag i stedet og holder fast i, at vi ikke låner penge ud."),
    ],
    doc=("Ugens forbrug i kr., om SB var med til mødet, og lån hos andre beboere.", "KP (Jesper), ellers den der holder mødet.", "Hver mandag efter mødet i Sensum."),
    dates=("2026-12-07", "2027-06-07", "2027-03-08"),
    created="2026-11-26T09:30:00+01:00",
)

D[(5, "praktik-genbrug")] = dict(
    title="Praktik i genbrugsbutik",
    wording="At Ali møder i praktik i Genbrugsen på Vestergade tirsdag og torsdag kl. 9-12 fra januar til juni 2027.",
    purpose="Ali (38 år, paranoid skizofreni, stabil på medicin det sidste år) har ikke haft arbejde i 9 år. Han er i ressourceforløb, og jobcenteret har tilbudt en virksomhedspraktik. Ali er god til at sortere og ordne ting og holder sit værelse meget pænt. Han bliver træt om eftermiddagen af medicinen og har svært ved at komme afsted om morgenen. Målrettet indsats, fordi han ellers melder afbud første gang noget er svært.",
    measurement="Butikken fører mødeliste. Nået når Ali har mødt mindst 80 % af de planlagte dage i perioden.",
    handleplan_goal="At Ali kommer i beskæftigelse i et skånejob eller fleksjob (handleplan mål 1).",
    theme="Varetage beskæftigelse",
    goal_type="Udvikle funktionsevne",
    methods=[("Morgenplan på tavle", "metode", "Tavle ved døren med tre punkter: tøj, madpakke, bus kl. 8.20.")],
    actions="Morgenvagten vækker Ali kl. 7.30 tirsdag og torsdag, hvis han ikke er oppe. Han smører selv madpakke. De første 3 uger følger en medarb. ham med bus 12 til butikken. Efter hver praktikdag taler pæd. med ham i 10 min om dagen. KP tager med til opfølgningsmøderne på jobcenteret.",
    plan_b="Vil Ali melde sig syg, spørger vi ind til, om det er symptomer eller træthed. Ved symptomer kontakter vi DP. Er han bare træt, tilbyder vi, at han kun tager 2 timer den dag. Han ringer selv til butikken, men vi sidder ved siden af, hvis han vil.",
    attitude="Ali er glad for at komme ud og lave noget. Han er nervøs for at møde folk, han kender fra før.",
    own_words="Jeg vil gerne have noget at stå op til.",
    agreement="Aftalt på møde på jobcenteret 20/11 med Ali, virksomhedskonsulent Jens og KP Camilla.",
    actors=[
        ("Jens, virksomhedskonsulent i jobcenteret", "Ringer til butikslederen hver anden fredag og holder opfølgningsmøde med Ali og KP hver 6. uge."),
        ("Bent, butiksleder i Genbrugsen", "Tager imod Ali kl. 9 og har en fast opgave klar til ham: at sortere bøger i baglokalet."),
    ],
    start=3, end=1,
    levels=[
        ("Ali står selv op og tager bussen til praktik begge dage uden påmindelse.", "Vi spørger til dagen, når han kommer hjem."),
        ("Ali kommer afsted begge dage, når morgenvagten har vækket ham kl. 7.30.", "Morgenvagten vækker ham og tjekker tavlen med ham."),
        ("Ali kommer afsted én af de to dage om ugen eller kommer for sent.", "Pæd. taler med ham om, hvad der var svært, og justerer morgenplanen."),
        ("Ali kommer kun afsted, når en medarb. følger ham i bussen.", "En medarb. følger ham hele vejen og går med ind."),
        ("Ali melder afbud og vil ikke ud af sengen.", "Vi spørger til symptomer og kontakter DP ved tegn på forværring."),
    ],
    doc=("Fremmøde, tidspunkt for afgang og hvad Ali fortæller om dagen.", "Morgenvagten og pæd. om eftermiddagen.", "Tirsdag og torsdag i Sensum; mødelisten fra butikken hver anden fredag."),
    dates=("2027-01-05", "2027-06-29", "2027-04-06"),
    employment=True,
    created="2026-11-23T13:00:00+01:00",
)

D[(6, "aftensmad-faelles")] = dict(
    title="Aftensmad i fælleskøkkenet",
    wording="At Lene spiser aftensmad i fælleskøkkenet kl. 17.30 mindst 2 gange om ugen, mandag og torsdag, i 3 måneder.",
    purpose="L.P. (45 år, skizofreni med udtalte negative symptomer) taler næsten ikke. Hun svarer med nik, ved at ryste på hovedet eller ved at pege på billedkort. Hun spiser i dag alene på sit værelse og har tabt 6 kg siden sommer. Hun kan godt lide lasagne og at sidde ved vinduet. Hun har tidligere spist med i køkkenet, da Susanne var hendes KP. Målrettet, fordi hun trækker sig mere og mere.",
    measurement="Nået når Lene har siddet med ved aftensmaden (mindst 15 min) mindst 2 gange om ugen i 10 af 13 uger.",
    handleplan_goal="At borgeren deltager i fællesskabet på bostedet og spiser regelmæssigt.",
    theme="Spise",
    goal_type="Udvikle funktionsevne",
    methods=[("Billedkort", "metode", "Et kort med fælleskøkkenet og et med hendes værelse; hun peger på det, hun vælger.")],
    actions="Kl. 17.15 mandag og torsdag banker SSA på og viser hende de to kort. Vi holder pladsen ved vinduet fri til hende. Ved bordet stiller vi hende ingen spørgsmål – personalet snakker med de andre. Hun må gå, når hun vil.",
    plan_b="Peger hun på kortet med værelset, stiller vi en tallerken ind til hende og spørger igen næste dag kl. 17.15.",
    attitude="Lene har nikket til delmålet, da vi viste hende kortene, og hun pegede på pladsen ved vinduet.",
    own_words="(Lene pegede på billedet af køkkenet og nikkede, da vi spurgte, om hun vil prøve mandag og torsdag.)",
    justification="Lene kan ikke sige sin holdning med ord på grund af de negative symptomer. Vi har spurgt med billedkort på to forskellige dage og fulgt hendes reaktioner, og vi har talt med hendes søster Bente.",
    agreement="Aftalt m. L.P. med billedkort 1/12 og 2/12, søsteren Bente var med anden gang.",
    actors=[
        ("Søsteren Bente", "Kommer og spiser med hver anden torsdag kl. 17.30."),
        ("Distriktspsykiatrien", "Sygeplejersken vejer Lene, når hun får sin depotinjektion hver 14. dag, og giver os besked, hvis vægten falder mere."),
    ],
    start=3, end=2,
    levels=[
        ("Lene kommer selv ned i køkkenet kl. 17.30 og bliver, til de andre er færdige.", "Vi holder pladsen ved vinduet fri."),
        ("Lene kommer, når SSA har vist hende kortene, og sidder med hele måltidet.", "SSA banker på kl. 17.15 med kortene."),
        ("Lene kommer med, når SSA har vist kortene, men går efter et kvarter.", "Vi lader hende gå og siger tak, fordi hun kom."),
        ("Lene peger på værelset og spiser der, men åbner døren, når vi banker på.", "Vi stiller en tallerken ind og spørger igen næste dag."),
        ("Lene åbner ikke døren og spiser ikke det, vi stiller ind.", "Vi giver DP-sygeplejersken besked samme dag."),
    ],
    doc=("Om Lene sad med, hvor længe, og hvad hun pegede på.", "SSA på aftenvagt mandag og torsdag.", "Mandag og torsdag i Sensum."),
    dates=("2026-12-07", "2027-03-07", "2027-03-07"),
    created="2026-12-02T15:20:00+01:00",
)

D[(7, "dp-samtaler")] = dict(
    title="Samtaler i DP",
    wording="At Mikkel møder op til sine samtaler i distriktspsykiatrien hver anden torsdag kl. 13 og viser sin sygeplejerske sit dagsskema, fra 10. december 2026 til 4. marts 2027.",
    purpose="MR (31 år, skizofreni og social angst) har næsten ikke talt i to år. Han skriver korte beskeder på telefonen og bruger tommelfinger op eller ned. Han er udeblevet fra 4 af de sidste 6 samtaler i DP, og de har skrevet, at forløbet lukkes, hvis det fortsætter. Mikkel kan selv tage bussen og har styr på klokken. Han udfylder et dagsskema med smileys hver aften. Kræver en målrettet indsats, så han ikke mister behandlingen.",
    measurement="Nået når Mikkel har været til mindst 5 af de 7 samtaler i perioden. DP bekræfter fremmøde.",
    handleplan_goal="At borgeren fastholder sit behandlingsforløb i distriktspsykiatrien (mål 1).",
    theme="Varetage egen sundhed",
    goal_type="Fastholde funktionsevne",
    methods=[("Skriftlig kommunikation", "metode", "Mikkel og medarb. skriver sammen i en delt note på hans telefon.")],
    actions="Onsdag aften skriver aftenvagten en påmindelse i den delte note. Torsdag kl. 12.15 banker medarb. på og spørger, om han er klar (han svarer med tommelfinger). De første 2 gange følger pæd. Morten med i bussen og venter i venteværelset. Efter samtalen skriver Mikkel et ord om, hvordan det gik.",
    plan_b="Viser han tommel ned, tilbyder vi at køre ham i bostedets bil. Vil han stadig ikke, hjælper vi ham med at skrive en sms til sygeplejersken og bede om en ny tid i samme uge.",
    attitude="Mikkel skrev, at han godt vil blive ved i DP, men at venteværelset er det værste.",
    own_words="vil gerne men ikke sidde med mange mennesker",
    justification="Mikkel taler ikke; hans holdning er givet skriftligt på telefonen 3/12.",
    agreement="Aftalt skriftligt med Mikkel 3/12, KP Morten og DP-sygeplejerske Lise.",
    actors=[
        ("Distriktspsykiatrien, sygeplejerske Lise", "Lader Mikkel vente i et tomt samtalerum i stedet for venteværelset og sender en sms dagen før."),
        ("Mikkels bror, Simon", "Kører ham til samtalen de torsdage, hvor han har fri."),
    ],
    start=3, end=1,
    levels=[
        ("Mikkel tager selv afsted og viser dagsskemaet til Lise uden påmindelse.", "Vi spørger i noten, hvordan det gik."),
        ("Mikkel tager afsted, når han har fået påmindelsen i noten og vi har banket på.", "Påmindelse onsdag og banke på kl. 12.15."),
        ("Mikkel tager afsted, men glemmer dagsskemaet eller går før samtalen er slut.", "Vi lægger skemaet frem sammen med ham onsdag aften."),
        ("Mikkel kommer kun afsted, når Morten eller Simon følger ham.", "En følger ham hele vejen og venter."),
        ("Mikkel viser tommel ned og bliver på værelset.", "Vi hjælper ham med at skrive sms om ny tid."),
    ],
    doc=("Fremmøde, om han viste dagsskemaet, og hans eget ord bagefter.", "Medarb. der bankede på.", "Hver anden torsdag i Sensum."),
    dates=("2026-12-10", "2027-03-04", "2027-03-04"),
    created="2026-12-03T16:00:00+01:00",
)

D[(8, "bad")] = dict(
    title="Bad mandag, onsdag og fredag",
    wording="BJ går i bad mandag, onsdag og fredag formiddag før kl. 11 med SSA i nærheden.",
    purpose="Birgitte (52 år, bipolar lidelse, lang depressiv periode) siger kun få ord og svarer oftest med et nik eller ved at kigge væk. Hun har de sidste måneder kun været i bad, når personalet har gjort det meget konkret. Hun er glad for sin lavendelsæbe og for at få føntørret håret. Hygiejnen er vigtig for hendes hud (eksem), og for at hun kan tage hjem til sin datter i weekenderne.",
    measurement="Mindst 2 af 3 bade om ugen i 8 af 12 uger. Afkrydsning på skema på badeværelset.",
    handleplan_goal="At Birgitte varetager sin personlige hygiejne.",
    theme="Vaske sig",
    goal_type="Begrænse tab af funktionsevne",
    methods=[("Piktogramtavle", "metode", "Fire billeder på badeværelsesdøren: tøj, bad, håndklæde, føntørrer.")],
    actions="SSA (Pia eller Dorthe) banker på kl. 9.30 de tre dage, lægger håndklæde og rent tøj frem og tænder for vandet, hvis BJ nikker. Pia venter i stuen og hjælper med at føntørre håret bagefter. Hånd-over-hånd ved hårvask, hvis hun ikke selv kommer i gang.",
    plan_b="Ryster hun på hovedet, kommer vi igen kl. 10.30. Siger hun stadig nej, tilbyder vi en vask ved håndvasken og nyt forsøg næste dag.",
    attitude="Birgitte har ikke kunnet sige sin holdning med ord. Hun nikkede, da Pia viste billedet af badet og føntørreren.",
    own_words="Ja. Føn bagefter. (sagt til Pia 28/11)",
    justification="Borgeren er i en svær depressiv periode og svarer kun med få ord og nik. Vi har spurgt med piktogrammer på to forskellige dage og talt med datteren Louise, som kender hende godt.",
    agreement="Aftalt med BJ (nik) og datteren Louise ved pårørendesamtale 28/11.",
    actors=[
        ("Datteren Louise", "Ringer onsdag efter badet og roser hende, og tager ny lavendelsæbe med, når hun besøger hende hver anden søndag."),
        ("Egen læge", "Ser på eksemen i januar og ordinerer en creme, som SSA smører på efter badet."),
    ],
    start=3, end=2,
    levels=[
        ("Birgitte går selv i bad de tre dage og sætter kryds på skemaet.", "Vi spørger, om hun vil have håret føntørret."),
        ("Birgitte går i bad, når SSA har banket på kl. 9.30 og lagt tøjet frem.", "SSA banker på og lægger håndklæde og tøj frem."),
        ("Birgitte går i bad, når SSA har tændt for vandet og peger på billederne undervejs.", "SSA tænder for vandet og venter i stuen."),
        ("Birgitte vasker sig kun ved håndvasken og ryster på hovedet ved badet.", "Vi tilbyder vask ved håndvasken og kommer igen næste dag."),
        ("Birgitte ligger i sengen og reagerer ikke, når vi banker på.", "Vi sidder hos hende lidt og kontakter DP, hvis det varer mere end 3 dage."),
    ],
    doc=("Bad ja/nej, hvad hun selv gjorde, og hendes reaktion på billederne.", "SSA på dagvagt.", "Mandag, onsdag og fredag i Sensum."),
    dates=("2026-12-07", "2027-03-01", "2027-02-26"),
    created="2026-11-28T12:10:00+01:00",
)

D[(9, "hash")] = dict(
    title="Misbrug",
    wording="At Dennis ikke ryger hash.",
    purpose="Dennis ryger hash dagligt. Det påvirker hans psykose.",
    measurement="Kan ses på hans adfærd.",
    handleplan_goal="Trivsel.",
    theme="Rusmidler",
    goal_type="Udvikle funktionsevne",
    methods=[("MI", "metode", "Motiverende samtale.")],
    actions="Personalet støtter og motiverer Dennis ift. misbrug. Han skal til samtaler på rusmiddelcenteret hver tirsdag kl. 13, og medarb. minder ham om det. Efter behov.",
    plan_b="Respekterer hans valg.",
    attitude="Informeret.",
    own_words="Det er min sag.",
    agreement="Orienteret 1/12.",
    actors=[("Rusmiddelcenteret", "Samtaler.")],
    start=4, end=2,
    levels=[
        ("Dennis ryger ikke.", "Ros."),
        ("Dennis ryger lidt.", "Motiverer."),
        ("Dennis ryger noget.", "Motiverer."),
        ("Dennis ryger meget.", "Motiverer."),
        ("Dennis ryger hele tiden.", "Motiverer."),
    ],
    doc=("Misbrug.", "Personalet.", "Løbende i Sensum."),
    dates=("2026-12-01", "2027-03-01", "2027-03-01"),
    created="2026-12-01T20:45:00+01:00",
)

D[(10, "ringe-mor")] = dict(
    title="Kontakt til mor og søster",
    wording="At Sofie selv ringer til sin mor tirsdag og søndag kl. 19 og inviterer sin søster Camilla til netværksmødet i februar.",
    purpose="Sofie (24 år, generaliseret angst og periodevis depression) har haft meget lidt kontakt til familien, siden hun flyttede ind. Hun savner dem, men er bange for at forstyrre og for, at de er skuffede over hende. Hun skriver gerne sms og er god til at huske fødselsdage. Moren har sagt til KP, at hun gerne vil høre mere fra Sofie. Målrettet, fordi Sofie undgår opkald, når hun har det dårligt.",
    measurement="Sofie sætter kryds i sin kalender efter hvert opkald. Nået når hun har ringet mindst 16 af de 24 gange, og Camilla er inviteret til mødet.",
    handleplan_goal="At Sofie genopbygger kontakten til sit netværk.",
    theme="Varetage relationer til netværk",
    goal_type="Udvikle funktionsevne",
    methods=[("Stikordskort", "metode", "Sofie skriver 2-3 ting, hun vil fortælle, på et kort, før hun ringer.")],
    actions="Tirsdag og søndag kl. 18.45 spørger aftenvagten, om hun har sine stikord klar. Maria (KP) øver opkaldet med hende om tirsdagen i de første 4 uger. Til invitationen hjælper Maria med at skrive en sms, som Sofie selv sender til Camilla i januar.",
    plan_b="Har hun det for dårligt til at ringe, kan hun sende en sms til mor i stedet. Har hun ikke haft kontakt i 2 uger, tager Maria det op ved ugesamtalen om fredagen.",
    attitude="Sofie vil gerne, men er nervøs. Hun har selv valgt tirsdag og søndag, fordi moren har fri de aftener.",
    own_words="Jeg savner dem. Jeg ved bare aldrig, hvad jeg skal sige.",
    agreement="Aftalt med Sofie og Maria 27/11.",
    actors=[
        ("Mor, Anne", "Har lovet at være hjemme og tage telefonen tirsdag og søndag ca. kl. 19 og selv ringe tilbage, hvis hun ikke når den."),
        ("Søster, Camilla", "Kommer med til netværksmødet 24. februar, hvis Sofie inviterer hende."),
    ],
    start=3, end=1,
    levels=[
        ("Sofie ringer selv til sin mor de to aftener uden påmindelse.", "Vi spørger til opkaldet ved ugesamtalen."),
        ("Sofie ringer, når aftenvagten har spurgt til stikordene.", "Aftenvagten spørger kl. 18.45."),
        ("Sofie ringer én af de to aftener og sender sms den anden.", "Maria øver opkaldet med hende om tirsdagen."),
        ("Sofie sender kun sms og siger, at hun ikke kan ringe.", "Vi sidder med, mens hun skriver sms'en, og aftaler et opkald næste gang."),
        ("Sofie har ingen kontakt og vil ikke tale om familien.", "Maria tager det op ved ugesamtalen fredag."),
    ],
    doc=("Om Sofie ringede eller skrev, og hvordan hun havde det bagefter.", "Aftenvagten tirsdag og søndag.", "Efter hvert opkald i Sensum."),
    dates=("2026-12-08", "2027-03-02", "2027-03-02"),
    created="2026-11-27T15:00:00+01:00",
)

D[(11, "rengoering")] = dict(
    title="Rengøring",
    wording="At beboeren støttes i at holde orden i sin lejlighed.",
    purpose="PN (56 år, skizofreni, KOL) har svært ved at overskue rengøring. Lejligheden er meget rodet, og der har været klager fra viceværten over lugt. Han kan godt støvsuge, når det er sat i gang.",
    measurement="Når lejligheden er pæn.",
    handleplan_goal="At Peter kan blive boende i egen lejlighed (§107, mål 4).",
    theme="Gøre rent",
    goal_type="Udvikle funktionsevne",
    methods=[
        ("Guidning", "metode", "Verbal guidning."),
        ("Ressourcefokuseret tilgang", "tilgang", "Vi tager udgangspunkt i det, han kan."),
    ],
    actions="Medarb. går med ind hver anden lørdag kl. 11 og guider Peter til at støvsuge og tage opvasken. Hjemmeplejen kommer også.",
    plan_b="Prøver igen næste gang.",
    attitude="Peter synes ikke selv, at der er rodet, men vil gerne have, at viceværten holder op med at klage.",
    own_words="Der er jo ikke beskidt.",
    agreement="Aftalt med KP.",
    actors=[
        ("Viceværten, Ole", "Giver besked til KP i stedet for at skrive klager til boligselskabet."),
        ("Hjemmeplejen", "Hjælper."),
    ],
    start=3, end=2,
    levels=[
        ("Peter gør rent selv.", "Ingen."),
        ("Peter gør rent med lidt støtte.", "Lidt guidning."),
        ("Peter gør rent med noget støtte.", "Guidning."),
        ("Peter gør rent med meget støtte.", "Meget guidning."),
        ("Peter vil ikke.", "Prøver igen."),
    ],
    doc=("Rengøring.", "Medarb.", "Hver anden lørdag."),
    dates=("2026-12-12", "2027-03-13", "2027-03-13"),
    created="2026-12-04T10:00:00+01:00",
)

D[(12, "onsdagscafe")] = dict(
    title="Onsdagscafé med besøgsven",
    wording="At Rasmus går med sin besøgsven Torben til aftencaféen i medborgerhuset hver onsdag kl. 17-19 i 3 måneder.",
    purpose="Rasmus (41 år, skizoaffektiv lidelse, tidligere alkoholmisbrug, ædru i 2 år) sidder det meste af dagen på sit værelse og har ingen venner uden for bostedet. Han spiller godt skak og kan lide at tale om fodbold. Han har sagt ja til en besøgsven fra Frivilligcentret. Målrettet, fordi han tidligere har fundet sit netværk i miljøer med alkohol.",
    measurement="Nået når Rasmus har været i caféen mindst 9 af 13 onsdage, og mindst 3 gange er blevet til kl. 19.",
    handleplan_goal="At borgeren får et netværk uden for bostedet (mål 2).",
    theme="Deltage i sociale fællesskaber og fritidsaktiviteter",
    goal_type="Udvikle funktionsevne",
    methods=[("Netværkskort", "metode", "Rasmus og Kim tegner hans netværk i starten og slutningen af perioden.")],
    actions="Onsdag kl. 16.30 minder dagvagten Rasmus om caféen og spørger, om han har penge til kaffe (10 kr.). Torben henter ham ved hoveddøren kl. 16.45. Rasmus' KP Kim ringer til Torben hver anden uge og hører, hvordan det går. Kim og Rasmus taler om caféen ved deres ugentlige samtale fredag.",
    plan_b="Vil Rasmus ikke, ringer han selv til Torben inden kl. 16 (vi sidder med, hvis han vil). Torben tilbyder i stedet et spil skak på bostedet.",
    attitude="Rasmus synes, det er rart med Torben, og glæder sig til skak. Han er usikker på de mange mennesker i caféen.",
    own_words="Det er fint nok, så længe der ikke er øl.",
    agreement="Aftalt på netværksmøde 2/12 med Rasmus, Kim (KP) og koordinator fra Frivilligcentret.",
    actors=[
        ("Torben, besøgsven (frivillig via Frivilligcentret)", "Henter Rasmus onsdag kl. 16.45 og går med til caféen; giver Kim besked, hvis Rasmus ikke kommer."),
        ("Medborgerhusets café", "Caféen er alkoholfri og stiller et skakbræt frem om onsdagen."),
    ],
    start=3, end=1,
    levels=[
        ("Rasmus går selv til caféen og bliver til kl. 19, også uden Torben.", "Kim spørger til det fredag."),
        ("Rasmus går med Torben og bliver hele tiden.", "Dagvagten minder ham om det kl. 16.30."),
        ("Rasmus går med Torben, men går hjem efter en halv time.", "Kim taler med ham om, hvad der var svært."),
        ("Rasmus vil kun spille skak med Torben på bostedet.", "Torben kommer og spiller på bostedet."),
        ("Rasmus vil ikke se Torben.", "Kim ringer til Torben og aflyser, og vi taler med Rasmus om det fredag."),
    ],
    doc=("Om Rasmus var i caféen, hvor længe, og hvad han fortæller.", "Aftenvagten onsdag; Kim efter samtalen med Torben.", "Hver onsdag i Sensum."),
    dates=("2027-01-06", "2027-03-31", "2027-03-31"),
    created="2026-12-03T09:40:00+01:00",
)

D[(13, "gaature")] = dict(
    title="Gåture",
    wording="At Nanna går en tur på mindst 30 minutter mindst 3 gange om ugen i 12 måneder.",
    purpose="Nanna (36 år, bipolar lidelse type 2) har taget 14 kg på, siden hun skiftede medicin. Hun begyndte at gå ture i efteråret sammen med medarb. og går nu 2-3 gange om ugen. Hun kan lide podcasts og går gerne ved søen. Vi vil fastholde det hen over vinteren, hvor hun plejer at gå i stå. Hendes blodprøver viser forhøjet blodsukker.",
    measurement="Nanna registrerer turene i skridttælleren på telefonen. Nået når hun har gået mindst 3 ture om ugen i mindst 40 af 52 uger. Status hver 3. måned.",
    handleplan_goal="At borgeren bevarer sit fysiske helbred og taber sig.",
    theme="Motion",
    goal_type="Fastholde funktionsevne",
    methods=[("Skridttæller-app", "metode", "Turene registreres automatisk, og Nanna viser Signe ugens tal om mandagen.")],
    actions="Mandag planlægger KP (Signe) og Nanna ugens ture på hendes ugeskema. Har Nanna ikke gået en tur inden torsdag, tilbyder dagvagten at gå med kl. 14. Hver anden måned følges hun til fysioterapeuten på Sundhedscentret.",
    plan_b="I dårlige perioder aftaler vi en kortere tur på 15 min rundt om bostedet. Er hun i en depressiv periode i mere end 2 uger, taler vi med DP om planen.",
    attitude="Nanna vil gerne og synes, at turene hjælper på humøret. Hun er bange for at stoppe igen til vinter.",
    own_words="Det er det eneste, der virker, når jeg er flad.",
    agreement="Aftalt m. Nanna og Signe 1/12, efter snak med egen læge.",
    actors=[
        ("Sundhedscentret, fysioterapeut Katrine", "Laver et gåprogram og ser skridttælleren igennem med Nanna hver anden måned."),
        ("Egen læge", "Tager blodsukker hver 3. måned og sender svaret til Nanna i e-Boks."),
    ],
    start=1, end=1,
    levels=[
        ("Nanna går 3 ture eller flere om ugen på egen hånd og planlægger dem selv.", "Signe ser tallene igennem med hende om mandagen."),
        ("Nanna går 3 ture om ugen, når hun har planlagt dem med Signe om mandagen.", "Ugeplanlægning mandag."),
        ("Nanna går 1-2 ture om ugen og skal have følgeskab til den tredje.", "Dagvagten går med kl. 14."),
        ("Nanna går kun, når en medarb. går med hele vejen.", "En medarb. går med, og vi tager den korte tur."),
        ("Nanna går ikke ud.", "Vi tilbyder 15 min rundt om huset og taler med DP efter 2 uger."),
    ],
    doc=("Antal ture og minutter fra appen.", "Signe (KP).", "Hver mandag i Sensum."),
    dates=("2026-12-07", "2027-12-06", "2027-06-07"),
    created="2026-12-01T13:30:00+01:00",
)

D[(14, "tilbagefaldsplan")] = dict(
    title="Min tilbagefaldsplan",
    wording="At Thomas gennemgår sin tilbagefaldsplan med KP hver fredag kl. 10 og siger til, hvis han har sovet under 5 timer, i 6 uger efter udskrivelsen.",
    purpose="Thomas (48 år, bipolar affektiv sindslidelse) blev udskrevet 1/12 efter 5 ugers indlæggelse med mani. TN kender selv sine faresignaler (køber for mange ting, sover lidt, taler hurtigt), men opdager dem for sent. Han har fået en tilbagefaldsplan med fra afdelingen. Han er skarp og vil gerne selv styre. 6 uger, fordi tiden lige efter udskrivelsen er den mest sårbare.",
    measurement="Nået når Thomas har været med til mindst 5 af 6 fredagssamtaler og selv har sagt til ved søvn under 5 timer (tjekkes mod natvagtens søvnliste).",
    handleplan_goal="At Thomas undgår genindlæggelse og kan vende tilbage til sit job på lageret.",
    theme="Indsigt i egen situation",
    goal_type="Udvikle funktionsevne",
    methods=[("Tilbagefaldsplan", "metode", "Planen fra afdelingen med grønne, gule og røde tegn og hvad Thomas og personalet gør ved hvert.")],
    actions="Fredag kl. 10 sætter KP (Søren) sig med Thomas og tilbagefaldsplanen. De går ugens grønne, gule og røde tegn igennem. Natvagten skriver i søvnlisten, om han har været oppe. Ved gule tegn ringer Søren eller Thomas til DP samme dag.",
    plan_b="Vil Thomas ikke holde samtalen, tager vi en kort snak på 5 min om søvnen i stedet. Afviser han flere gange, og der er gule tegn, kontakter vi DP som aftalt i planen (han har givet samtykke).",
    attitude="Thomas synes, det er lidt overdrevet, men har sagt ja, fordi han ikke vil indlægges igen.",
    own_words="Fint, men jeg er ikke syg længere.",
    agreement="Aftalt på udskrivningsmødet 1/12 med Thomas, Søren, kæresten Anja og en sygeplejerske fra afsnit P2.",
    actors=[
        ("Distriktspsykiatrien, opfølgende team", "Tager telefonen samme dag ved gule tegn og har en tid til Thomas hver anden tirsdag kl. 9."),
        ("Kæresten Anja", "Ringer til Søren på hverdage kl. 8-15, hvis hun ser faresignaler, når Thomas er hjemme hos hende i weekenden."),
    ],
    start=2, end=1,
    levels=[
        ("Thomas tager selv planen frem og siger til, når han ser et gult tegn.", "Søren lytter og spørger, hvad han vil gøre."),
        ("Thomas går planen igennem med Søren fredag og fortæller selv om sin søvn.", "Fredagssamtale kl. 10."),
        ("Thomas kommer til samtalen, men siger, at alt er grønt, selvom søvnlisten viser andet.", "Søren viser ham søvnlisten og spørger til det."),
        ("Thomas vil kun tage en kort snak om søvnen.", "5 minutters snak i stedet for samtalen."),
        ("Thomas afviser samtalen og viser flere gule eller røde tegn.", "Vi kontakter DP som aftalt i planen."),
    ],
    doc=("Tegn fra planen (grøn/gul/rød), timers søvn, og om Thomas selv sagde til.", "Søren (KP); natvagten skriver søvnen.", "Hver fredag efter samtalen og natvagten hver nat."),
    dates=("2026-12-04", "2027-01-15", "2027-01-15"),
    created="2026-12-02T08:50:00+01:00",
)

D[(15, "varm-mad")] = dict(
    title="Julie skal lave mad",
    wording="At Julie bliver bedre til at lave varm mad selv mindst 3 hverdage om ugen.",
    purpose="Julie (23 år, emotionelt ustabil personlighedsforstyrrelse, borderlinetype) lever mest af toast og energidrik. Hun har lavet mad med sin mormor som barn og kan godt lide at bage. Hun bliver hurtigt frustreret, hvis noget går galt i køkkenet, og smider det ud.",
    measurement="Hun tager et billede af maden, når hun har lavet den. Vi tæller billederne hver søndag. Nået ved mindst 3 om ugen i 8 af 10 uger.",
    handleplan_goal="Sund kost.",
    theme="Lave mad",
    goal_type="Udvikle funktionsevne",
    methods=[("DAT-færdighedskort", "metode", "Julies egne kort fra DAT-gruppen, især 'modsat handling', når hun vil opgive.")],
    actions="Pæd. hjælper Julie med at finde opskrifter om mandagen. Medarb. støtter i køkkenet.",
    plan_b="Bliver Julie frustreret og vil smide maden ud, foreslår vi en pause på 10 minutter, og at hun bruger sine færdighedskort. Bliver det ikke til noget, laver hun en nem ret (omelet) i stedet.",
    attitude="Vil gerne.",
    own_words="",
    agreement="Aftalt med Julie.",
    actors=[("Mormor, Inge", "Sender Julie en opskrift på Messenger hver anden søndag, som hun kan prøve i den kommende uge.")],
    start=3, end=2,
    levels=[
        ("Julie laver selv varm mad 3 hverdage eller flere.", "Ingen."),
        ("Julie laver varm mad, når hun har fundet opskriften med pæd. om mandagen.", "Opskrift om mandagen."),
        ("Julie laver mad, når en medarb. står i køkkenet.", "Medarb. står i køkkenet."),
        ("Julie går i gang, men smider maden ud, når noget går galt.", "Pause og færdighedskort."),
        ("Julie laver ikke mad og spiser toast.", "Vi tilbyder omelet sammen."),
    ],
    doc=("Billeder af maden.", "Pæd.", "Søndag."),
    dates=("2027-01-11", "2027-03-21", "2027-03-21"),
    created="2026-12-04T14:25:00+01:00",
)

D[(16, "e-boks")] = dict(
    title="e-Boks hver mandag",
    wording="At Henrik åbner sin e-Boks hver mandag kl. 14 og lægger breve, han ikke forstår, i den blå mappe til KP, fra 4. januar til 27. september 2027.",
    purpose="H.K. (59 år, paranoid skizofreni) har i perioder ikke åbnet sin post og har fået rykkere og et brev fra inkasso. I efteråret har han klaret e-Boks selv, men han bliver mistænksom over for breve fra det offentlige, når han er presset. Han kan bruge MitID-appen og læser godt. Vi vil fastholde det, han kan, så han ikke mister overblikket igen.",
    measurement="Nået når Henrik har åbnet e-Boks mindst 32 af 39 mandage. KP skriver i Sensum, om der ligger ulæste breve.",
    handleplan_goal="At borgeren varetager sin post og betaler sine regninger til tiden.",
    theme="Håndtere post",
    goal_type="Fastholde funktionsevne",
    methods=[("Den blå mappe", "metode", "En mappe på Henriks skrivebord til breve, han vil have hjælp til; KP tømmer den om onsdagen.")],
    actions="Mandag kl. 14 sætter Henrik sig ved sin egen computer. Medarb. (Kurt) kigger ind kl. 14.15 og spørger, om der var noget. Brevene i den blå mappe gennemgår KP med ham onsdag kl. 10. Har han ikke åbnet e-Boks i 2 uger, aftaler vi en fælles gennemgang.",
    plan_b="Er Henrik mistænksom over for et brev, læser KP det højt og forklarer, hvem der har sendt det. Vil han slet ikke, skriver vi det på hans tavle og spørger igen tirsdag.",
    attitude="Henrik siger, at han godt kan selv, men vil gerne have, at nogen kigger med. Han har selv valgt mandag.",
    own_words="Det er mig, der bestemmer over min post.",
    agreement="Aftalt med Henrik og KP Kurt 1/12. Sagsbehandler orienteret.",
    actors=[("Sagsbehandler i kommunen, Bo", "Sender vigtige breve både i e-Boks og med posten, så Henrik også kan se dem på papir.")],
    start=1, end=1,
    levels=[
        ("Henrik åbner e-Boks selv mandag og tager selv kontakt, hvis der er noget.", "Vi spørger til posten en gang om måneden."),
        ("Henrik åbner e-Boks mandag kl. 14 og lægger de svære breve i den blå mappe.", "Kurt kigger ind kl. 14.15, og KP tager mappen onsdag."),
        ("Henrik åbner e-Boks, når Kurt har kigget ind, men lader breve fra kommunen ligge uåbnede.", "KP læser de uåbnede breve højt med ham onsdag."),
        ("Henrik åbner kun e-Boks, når KP sidder ved siden af.", "Fælles gennemgang hver uge."),
        ("Henrik vil ikke åbne e-Boks og siger, at brevene ikke er til ham.", "Vi skriver det på tavlen, spørger igen tirsdag og kontakter Bo, hvis der er frister."),
    ],
    doc=("Om e-Boks er åbnet, antal breve i mappen og ulæste breve.", "KP (Kurt).", "Hver mandag og onsdag i Sensum."),
    dates=("2027-01-04", "2027-09-27", "2027-06-28"),
    created="2026-12-01T11:00:00+01:00",
)


if __name__ == "__main__":
    for (nn, slug), d in sorted(D.items()):
        print(build(nn, slug, d))
