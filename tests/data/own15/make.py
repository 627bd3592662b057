"""Writes the own15 development delmål (written by the issue-15 helper, not blind): `python make.py`."""
import json
from pathlib import Path

LV = lambda *xs: [{"level": i, "what_we_see": x, "how_we_support": ""} for i, x in enumerate(xs)]
BASE = {"schema_version": 3, "language": "da"}

D = [
 dict(title="Egen morgenmad", wording="At Sigurd selv smører sin madpakke mandag, onsdag og fredag kl. 7.30.",
      measurement="Vi tæller, hvor mange morgener Sigurd har smurt sin madpakke. Vi skriver det i Sensum.",
      indsats={"actions": "KP står ved siden af Sigurd de første to uger. Derefter minder DP ham om det ved morgenmaden.",
               "when_resident_wants_otherwise": "Hvis Sigurd ikke vil, spørger vi ham igen efter en halv time."},
      external_actors=[{"name": "Sigurds far", "how": "Køber ind til madpakkerne hver lørdag."}],
      start="2027-01-04", end="2027-02-15", levels=(3, 1), lv=LV("", "Sigurd smører selv sin madpakke.", "", "", ""),
      own="Jeg vil lave min mad selv."),
 dict(title="Medicin", wording="At beboeren tager sin medicin hver aften kl. 20 uden påmindelse.",
      measurement="Om beboeren har taget sin medicin, når vagten tjekker doseringsæsken kl. 21.",
      indsats={"actions": "Personalet lægger doseringsæsken på beboerens bord.\nNattevagten tjekker æsken.",
               "when_resident_wants_otherwise": "Hvis beboeren ikke vil tage medicinen, ringer vi til lægen."},
      start="2027-02-01", end="2027-05-01", levels=(2, 0), lv=LV("Beboeren tager selv sin medicin.", "", "", "", "")),
 dict(title="Busturen", wording="At TH tager bus 5A alene til værkstedet tirsdag og torsdag.",
      measurement="Vi spørger TH hver fredag, hvordan turene gik.",
      indsats={"actions": "Kontaktpersonen øver turen med TH tre gange. Hun giver ham et kort med busnummeret.",
               "when_resident_wants_otherwise": "Hvis TH bliver utryg, kører vi ham."},
      external_actors=[{"name": "Værkstedet", "how": "Ringer til os, hvis TH ikke er kommet kl. 9."}],
      start="2027-03-01", end="2028-03-01", levels=(3, 1), lv=LV("", "TH tager selv bussen og ringer, hvis han er i tvivl.", "", "", "")),
 dict(title="Rent værelse", wording="At Lise støvsuger sit værelse hver søndag formiddag.",
      measurement="Værelset er støvsuget 10 af 12 søndage.",
      indsats={"actions": "Vi minder Lise om det søndag morgen. Hun får en tjekliste på døren.",
               "when_resident_wants_otherwise": "Hvis Lise er træt, må hun vente til eftermiddagen."},
      start="2027-01-10", end="2027-04-04", levels=(2, 1), lv=LV("", "", "", "", "")),
 dict(title="Gåtur med hunden", wording="At Bo går en tur med sin hund hver morgen og hver aften.",
      measurement="Bo fortæller os ved aftensmaden, om han har gået turen.",
      indsats={"actions": "DP går med de første fem dage. Bagefter venter vi ved døren.",
               "when_resident_wants_otherwise": "Hvis Bo ikke vil gå, tager en af os hunden ud, og Bo går med et stykke af vejen."},
      external_actors=[{"name": "Bos søster", "how": "Går med Bo om lørdagen."}],
      start="2027-04-01", end="2027-06-01", levels=(1, 0), lv=LV("Bo går selv turen morgen og aften.", "", "", "", ""),
      own="Hunden skal ud, og jeg vil gå med den."),
 dict(title="Indkøb", wording="At den unge handler ind i Netto med sin indkøbsliste hver fredag kl. 15.",
      measurement="Den unge har købt det, der står på listen, mindst 8 af 10 fredage.",
      indsats={"actions": "Personalet hjælper den unge med at skrive listen torsdag aften.",
               "when_resident_wants_otherwise": "Vi laver listen sammen og tager af sted senere."},
      start="2027-05-03", end="2027-08-02", levels=(3, 2), lv=LV("", "", "Den unge handler selv med listen, men ringer hjem én gang.", "", "")),
 dict(title="Tandbørstning", wording="At Karla børster sine tænder morgen og aften.",
      measurement="Karla sætter et kryds på sit skema, når hun har børstet tænder.",
      indsats={"actions": "Vi hænger et billede af tandbørsten op på Karlas spejl. Personalet roser hende, når hun har gjort det.",
               "when_resident_wants_otherwise": "Hvis Karla ikke vil, minder vi hende om det en gang til."},
      start="2027-01-01", end="2027-03-31", levels=(2, 1)),
 dict(title="Opvask", wording="At Anne-Marie tager opvasken efter aftensmaden mandag og onsdag.",
      measurement="Opvasken er taget de aftener, hun har opvasketjansen.",
      indsats={"actions": "KP viser Anne-Marie, hvordan opvaskemaskinen fyldes. Hun får hjælp til at sætte maskinen i gang.",
               "when_resident_wants_otherwise": "Hvis hun ikke kan, bytter hun dag med en anden beboer."},
      start="2027-09-01", end="2027-10-13", levels=(2, 1)),
 dict(title="Ro om aftenen", wording="At Mikael selv går i seng kl. 22 alle hverdage.",
      measurement="Nattevagten noterer kl. 22.15, om Mikael er gået i seng.",
      indsats={"actions": "Aftenvagten siger godnat til Mikael kl. 21.45 og slukker lyset i fællesstuen.",
               "when_resident_wants_otherwise": "Hvis Mikael ikke kan falde til ro, må han lytte til musik på sit værelse."},
      start="2027-02-01", end="2027-08-01", levels=(3, 2)),
 dict(title="Vasketøj", wording="At borgeren sorterer sit vasketøj i to kurve hver tirsdag.",
      measurement="Vasketøjet er sorteret, når borgeren kommer i vaskekælderen.",
      indsats={"actions": "Vi viser borgeren, hvilket tøj der skal i hvilken kurv. Supervision ved psykologen en gang om måneden.",
               "when_resident_wants_otherwise": "Borgeren kan vælge en anden dag samme uge."},
      start="2027-03-15", end="2027-06-15", levels=(2, 0), lv=LV("Borgeren sorterer selv sit tøj.", "", "", "", "")),
 dict(title="Svømning", wording="At Jonas svømmer i svømmehallen hver onsdag kl. 17 sammen med sin ven.",
      measurement="Jonas har været i svømmehallen 10 af 12 onsdage.",
      indsats={"actions": "Vi kører Jonas til svømmehallen. Hans ven møder ham ved indgangen."},
      external_actors=[{"name": "Svømmeklubben", "how": "Træneren tager imod Jonas og viser ham omklædningsrummet."}],
      start="2027-01-06", end="2027-03-31", levels=(2, 1)),
 dict(title="Penge", wording="At MK selv betaler sin husleje den første i måneden.",
      measurement="Huslejen er betalt til tiden alle tre måneder.",
      indsats={"actions": "KP sidder ved siden af MK, når han logger på netbanken.",
               "when_resident_wants_otherwise": "Hvis MK ikke vil, betaler han sammen med sin værge."},
      external_actors=[{"name": "Værgen", "how": "Tjekker kontoen med MK en gang om måneden."}],
      start="2027-01-01", end="2027-04-01", levels=(3, 1)),
 dict(title="Arbejde", wording="At Sofie møder på arbejde kl. 8 mandag, tirsdag og torsdag.",
      measurement="Sofie er mødt til tiden mindst 30 af 36 dage.",
      indsats={"actions": "Personalet vækker Sofie kl. 7. Hendes kontaktperson laver en ugeplan med hende."},
      external_actors=[{"name": "Mester", "how": "Ringer til os, hvis Sofie ikke er kommet."}],
      start="2027-08-02", end="2027-12-20", levels=(2, 1)),
 dict(title="Telefon til mor", wording="At Peter ringer til sin mor hver søndag.",
      measurement="Peter fortæller, at han har ringet.",
      indsats={"actions": "Vi minder Peter om opkaldet søndag eftermiddag.",
               "when_resident_wants_otherwise": "Han kan skrive en sms i stedet."},
      external_actors=[{"name": "Peters mor", "how": "Hun venter ved telefonen søndag kl. 16."}],
      start="2027-06-01", end="2027-09-01", levels=(1, 0)),
]


def build(x: dict) -> dict:
    d = dict(BASE)
    d.update(title=x["title"], wording=x["wording"], measurement=x.get("measurement", ""),
             purpose="Fagligt formål: øget funktionsevne i ADL (handleplanens mål 2).",
             indsats=x.get("indsats", {}), external_actors=x.get("external_actors", []),
             start_date=x["start"], end_date=x["end"],
             collaboration={"resident_own_words": x.get("own", ""), "professional_justification": "Jf. VISO-rapport."},
             documentation={"what": "Dagligt i Sensum", "who": "KP", "how_often": "Hver dag"},
             methods=[{"name": "KRAP", "kind": "metode", "description": "Kognitiv tilgang."}])
    s, e = x.get("levels", (None, None))
    d["indicators"] = {"start_level": s, "expected_end_level": e, "levels": x.get("lv") or LV("", "", "", "", "")}
    return d


if __name__ == "__main__":
    here = Path(__file__).parent
    for i, x in enumerate(D, 1):
        name = here / f"{i:02d}.delmaal.json"
        name.write_text(json.dumps(build(x), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
