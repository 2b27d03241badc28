"""bundle_kallelse: Tekniska nämndens kallelse with handlingar (about 100 pages), with the
follow-up of the internal control plan 2022 in the middle.

The handlingar around the follow-up are filler of the kinds a real bundle holds: agenda,
table of contents, attendance list, the previous meeting's protocol, tjänsteskrivelser,
budget and investment tables, indicator tables, a risk matrix legend, fee tables and a list of
delegation decisions. Their prose is composed from sentence pools with a fixed random seed,
so rebuilds are identical."""

from __future__ import annotations

import random

from common import budget_table, risk_matrix
from model import Cell, Col, Doc, P, Page, PageBreak, Table

ORGAN = "Tekniska nämnden"
MEETING = "2023-02-14"
FOLLOWUP_TITLE = "Helårsuppföljning av intern kontroll 2022, Tekniska nämnden"

VERKSAMHETER = [
    "gata/park", "fastighetsavdelningen", "VA-avdelningen", "avfallsverksamheten",
    "kostenheten", "fordons- och serviceenheten", "trafik- och parkeringsenheten",
    "förvaltningens administration",
]

GENERIC = [
    "Förvaltningen har under {year} arbetat vidare med att utveckla {v} utifrån nämndens mål "
    "och de uppdrag som kommunfullmäktige har gett.",
    "Kostnaderna för energi, drivmedel och material har ökat kraftigt under året, vilket har "
    "påverkat {v} mer än vad som förutsågs i budgeten.",
    "Arbetet har bedrivits i nära samverkan med kommunledningsförvaltningen, de kommunala "
    "bolagen och berörda myndigheter.",
    "Under {month} genomfördes en översyn av rutinerna, och ett antal förbättringsåtgärder har "
    "därefter införts i det dagliga arbetet.",
    "Personalomsättningen har varit fortsatt hög inom vissa yrkesgrupper, och rekryteringen av "
    "ingenjörer och tekniker tar längre tid än tidigare år.",
    "Sjukfrånvaron inom {v} uppgick till {pct} procent, vilket är en minskning jämfört med "
    "föregående år.",
    "Det systematiska arbetsmiljöarbetet har följts upp genom skyddsronder och "
    "medarbetarsamtal på samtliga arbetsplatser.",
    "Förvaltningen bedömer att målet är delvis uppfyllt och att arbetet behöver fortsätta "
    "under kommande planperiod.",
    "Investeringsutgifterna blev {amount} miljoner kronor lägre än budgeterat, främst på grund "
    "av förseningar i upphandlingar och leveranser.",
    "Nämnden har fått information om arbetet vid sammanträdena i {month} och oktober.",
    "Medborgardialogen har genomförts både digitalt och vid öppna möten i kommunens "
    "kommundelar.",
    "Statistiken för {year} visar att antalet ärenden har ökat med {pct} procent jämfört med "
    "föregående år.",
    "Digitaliseringen av ärendehanteringen har fortsatt, och fler e-tjänster har gjorts "
    "tillgängliga för invånare och företag.",
    "Klimat- och miljöarbetet har bedrivits enligt kommunens miljöprogram, med särskilt fokus "
    "på energieffektivisering och fossilfria transporter.",
    "Avvikelsen mot budget förklaras i huvudsak av högre kapitalkostnader och ökade "
    "entreprenadkostnader.",
    "Förvaltningen föreslår att arbetet fortsätter enligt den plan som nämnden beslutade om i "
    "{month} {year}.",
    "Ett nytt verksamhetssystem har upphandlats och beräknas vara i drift under andra halvåret "
    "{next}.",
    "Samarbetet med grannkommunerna inom ramen för den gemensamma nämnden har fungerat väl.",
    "Underhållsbehovet är fortsatt stort, och den ackumulerade underhållsskulden uppskattas "
    "till cirka {amount} miljoner kronor.",
    "Under året har {count} ärenden handlagts, varav merparten inom fastställd handläggningstid.",
    "Förvaltningen har deltagit i kommunens arbete med att ta fram en ny översiktsplan.",
    "Uppföljningen sker i enlighet med kommunens styrmodell och redovisas i delårsrapport och "
    "årsredovisning.",
    "Konsekvenserna för barn har beaktats i beredningen, i enlighet med barnkonventionen.",
    "Inga ytterligare ekonomiska konsekvenser bedöms uppstå till följd av beslutet.",
]

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "augusti", "september",
          "oktober", "november"]


class Prose:
    def __init__(self, seed: int):
        self.rnd = random.Random(seed)

    def sentence(self, topic: list[str] | None = None) -> str:
        r = self.rnd
        pool = GENERIC if not topic or r.random() < 0.45 else topic
        s = r.choice(pool)
        return s.format(
            year=2022, next=2023, v=r.choice(VERKSAMHETER), month=r.choice(MONTHS),
            pct=f"{r.randint(3, 9)},{r.randint(0, 9)}", amount=f"{r.randint(2, 48)},{r.randint(1, 9)}",
            count=r.randint(120, 2400),
        )

    def para(self, topic: list[str] | None = None, n: tuple[int, int] = (4, 7)) -> P:
        k = self.rnd.randint(*n)
        out: list[str] = []
        while len(out) < k:
            s = self.sentence(topic)
            if s not in out:
                out.append(s)
        return P(" ".join(out))


# ---------------------------------------------------------------------------------------------
# The agenda

AGENDA = [
    ("Val av justerare", "TN 2023/1"),
    ("Information från förvaltningschefen", "TN 2023/2"),
    ("Verksamhetsberättelse och bokslut 2022", "TN 2023/14"),
    ("Investeringsredovisning 2022", "TN 2023/15"),
    ("Uppföljning av nämndens mål 2022", "TN 2023/16"),
    ("Helårsuppföljning av intern kontroll 2022", "TN 2022/212"),
    ("Internkontrollplan 2023", "TN 2023/17"),
    ("Taxa för vatten och avlopp 2023", "TN 2022/198"),
    ("Avfallstaxa 2023", "TN 2022/199"),
    ("Trafiksäkerhetsprogram 2023–2026", "TN 2022/154"),
    ("Medborgarförslag om farthinder på Storgatan", "TN 2022/171"),
    ("Motion om laddinfrastruktur vid kommunala arbetsplatser", "TN 2022/133"),
    ("Yttrande över detaljplan för Norra hamnen, etapp 2", "TN 2023/9"),
    ("Upphandling av vinterväghållning 2023–2027", "TN 2022/187"),
    ("Lokalförsörjningsplan 2023–2027", "TN 2023/11"),
    ("Redovisning av delegationsbeslut", "TN 2023/3"),
    ("Anmälningsärenden", "TN 2023/4"),
    ("Sammanträdesplan 2023", "TN 2022/190"),
]

TOPIC = {
    "bokslut": [
        "Nämnden redovisar för {year} ett underskott mot budget om {amount} miljoner kronor.",
        "Verksamhetens nettokostnad uppgick till 412,6 miljoner kronor, vilket är 1,9 procent "
        "högre än budgeterat.",
        "VA-verksamheten redovisar ett överskott som förs till VA-kollektivets resultatfond.",
        "Kostverksamheten har påverkats av livsmedelsprisernas kraftiga ökning under hösten.",
        "Fastighetsavdelningen har haft högre kostnader för el och fjärrvärme än budgeterat, "
        "vilket delvis vägts upp av lägre kostnader för planerat underhåll.",
        "Vinterväghållningen kostade mindre än budgeterat tack vare en mild vinter.",
    ],
    "invest": [
        "Investeringsbudgeten för {year} uppgick till 236,0 miljoner kronor inklusive "
        "ombudgeteringar från föregående år.",
        "Förnyelsen av vatten- och avloppsledningar har genomförts enligt plan i tre områden.",
        "Ombyggnaden av Centrumskolans kök har försenats och slutförs under våren {next}.",
        "Projekten som inte slutförts under året föreslås ombudgeteras till {next}.",
    ],
    "mal": [
        "Målet om att minska energianvändningen i kommunens lokaler med två procent per år har "
        "uppnåtts.",
        "Andelen ekologiska livsmedel i de kommunala köken uppgick till 38 procent.",
        "Nöjd-kund-index för gata och park ligger kvar på samma nivå som föregående år.",
        "Andelen fossilfria fordon i kommunens fordonsflotta har ökat till 64 procent.",
    ],
    "ik": [
        "Den interna kontrollen ska enligt kommunens reglemente följas upp minst en gång per år.",
        "Riskanalysen för {next} har tagits fram av förvaltningens ledningsgrupp tillsammans "
        "med avdelningscheferna.",
        "Riskerna har bedömts utifrån sannolikhet och konsekvens enligt kommunens riskmatris.",
        "Risker med riskvärde 9 eller högre förs in i internkontrollplanen.",
    ],
    "taxa": [
        "Taxan föreslås höjas med 8 procent för att täcka ökade kostnader för energi, kemikalier "
        "och kapitaltjänst.",
        "VA-verksamheten ska enligt lagen om allmänna vattentjänster finansieras med avgifter "
        "och får inte ge överskott över tid.",
        "En normalvillatyp A med en årlig förbrukning om 150 kubikmeter får en ökad kostnad om "
        "cirka 56 kronor per månad.",
        "Avfallstaxan föreslås differentieras ytterligare för att främja sortering av matavfall.",
    ],
    "trafik": [
        "Trafiksäkerhetsprogrammet bygger på nollvisionen och kommunens mål om säkra skolvägar.",
        "Hastighetsmätningar har gjorts på 42 platser, varav 11 visade medelhastigheter över "
        "skyltad hastighet.",
        "Förslagsställaren anför att trafiken på Storgatan har ökat sedan den nya "
        "handelsplatsen öppnade.",
        "Fysiska farthinder bedöms påverka framkomligheten för kollektivtrafik och "
        "utryckningsfordon.",
        "Laddinfrastruktur vid kommunala arbetsplatser kan byggas ut i takt med att "
        "fordonsflottan elektrifieras.",
    ],
    "plan": [
        "Detaljplanen syftar till att möjliggöra cirka 450 nya bostäder samt verksamheter i "
        "bottenvåningarna.",
        "Förvaltningen har synpunkter på dagvattenhanteringen och på utformningen av gatorna i "
        "planområdet.",
        "Den nya upphandlingen av vinterväghållning omfattar sju geografiska områden.",
        "Lokalförsörjningsplanen visar ett ökat behov av förskoleplatser i de västra "
        "kommundelarna.",
        "Tomma lokaler föreslås avyttras eller hyras ut för att minska kostnaderna.",
    ],
}


def _title_page() -> list:
    rows = [{"nr": f"{i}", "arende": title, "dnr": dnr} for i, (title, dnr) in enumerate(AGENDA, 1)]
    agenda = Table("Föredragningslista", [
        Col("nr", "Nr", 1.2, align="left"),
        Col("arende", "Ärende", 11.0, align="left"),
        Col("dnr", "Dnr", 3.5, align="left"),
    ], rows, rules="horizontal", size=10)
    return [
        P("Kallelse till sammanträde med Tekniska nämnden", "Title"),
        P([("b", "Tid: "), "tisdag 2023-02-14 kl. 13.15"], "BodyLeft"),
        P([("b", "Plats: "), "Kommunhuset, sammanträdesrum Storsjön"], "BodyLeft"),
        P("Förhinder anmäls till nämndsekreteraren senast måndag 2023-02-13 kl. 12.00. "
          "Ersättare kallas i den ordning som fullmäktige har bestämt.", "BodyLeft"),
        P("Föredragningslista", "H1"),
        agenda,
        P("Erik Johansson (S), ordförande", "Sign"),
        P("Helena Wikström, nämndsekreterare", "BodyLeft"),
    ]


def _attendance() -> list:
    people = [
        ("Erik Johansson", "S", "Ordförande"), ("Marie Lundberg", "M", "1:e vice ordförande"),
        ("Ahmed Karimi", "S", "2:e vice ordförande"), ("Britt-Marie Olofsson", "C", "Ledamot"),
        ("Jonas Pettersson", "SD", "Ledamot"), ("Sara Nilsson", "V", "Ledamot"),
        ("Tomas Åberg", "KD", "Ledamot"), ("Linnea Forsberg", "L", "Ledamot"),
        ("Göran Holmqvist", "M", "Ledamot"), ("Elin Sandberg", "S", "Ersättare"),
        ("Kjell Ström", "SD", "Ersättare"), ("Hanna Lind", "MP", "Ersättare"),
        ("Oskar Berglund", "M", "Ersättare"), ("Aisha Mohammed", "S", "Ersättare"),
    ]
    rows = [{"n": n, "p": p, "f": f, "x": "", "s": ""} for n, p, f in people]
    t = Table("Närvarolista", [
        Col("n", "Namn", 5.0, align="left"), Col("p", "Parti", 1.6, align="left"),
        Col("f", "Uppdrag", 4.2, align="left"), Col("x", "Närvarande", 2.6, align="center"),
        Col("s", "Tjänstgör §§", 2.6, align="center"),
    ], rows, size=10, header_fill="#eeeeee")
    return [
        P("Närvarolista", "H1PB"),
        P("Tekniska nämndens sammanträde 2023-02-14. Listan fylls i av nämndsekreteraren vid "
          "sammanträdets början.", "BodyLeft"),
        t,
        P("Tjänstepersoner: Annika Bergström, förvaltningschef; Mats Olsson, ekonomichef; "
          "Helena Wikström, nämndsekreterare; Peter Sundin, controller.", "BodyLeft"),
    ]


def _protocol(pr: Prose) -> list:
    out = [P("Protokoll från Tekniska nämndens sammanträde 2023-01-17", "H1PB"),
           P("Justerat 2023-01-24. Protokollet läggs fram för kännedom.", "BodyLeft")]
    paras = [
        ("§ 1 Val av justerare", "Nämnden utser Marie Lundberg (M) att jämte ordföranden "
         "justera protokollet."),
        ("§ 2 Godkännande av dagordningen", "Dagordningen godkänns med tillägget att ärendet om "
         "vinterväghållning behandlas före informationsärendena."),
        ("§ 3 Information om vinterväghållningen", None),
        ("§ 4 Tertialrapport 3 och preliminärt bokslut", None),
        ("§ 5 Upphandling av entreprenader för VA-ledningar", None),
        ("§ 6 Yttrande över remiss om regional transportplan", None),
        ("§ 7 Revidering av delegationsordningen", None),
        ("§ 8 Svar på medborgarförslag om hundrastgård i Västerby", None),
        ("§ 9 Ny renhållningsordning", None),
        ("§ 10 Redovisning av delegationsbeslut", "Redovisningen läggs till handlingarna."),
        ("§ 11 Anmälningsärenden", "Anmälningsärendena läggs till handlingarna."),
    ]
    for head, text in paras:
        out.append(P(head, "H2"))
        if text:
            out.append(P(text))
        else:
            for _ in range(3):
                out.append(pr.para(TOPIC["trafik"] + TOPIC["plan"]))
            out.append(pr.para(TOPIC["bokslut"]))
            out.append(P("Beslut: Tekniska nämnden beslutar enligt förvaltningens förslag."))
    return out


def _handling(nr: int, pr: Prose, topic: str, n_paras: int, sections: list[str]) -> list:
    title, dnr = AGENDA[nr - 1]
    out = [P(f"{nr}. {title}", "H1PB"),
           P(f"Tjänsteskrivelse · Dnr {dnr} · Handläggare: förvaltningens kansli", "Small"),
           P("Förslag till beslut", "H2"),
           P(f"Tekniska nämnden godkänner förvaltningens redovisning av ärendet "
             f"\"{title.lower()}\" och överlämnar den till kommunstyrelsen.")]
    per = max(1, n_paras // max(1, len(sections)))
    for s in sections:
        out.append(P(s, "H2"))
        for _ in range(per):
            out.append(pr.para(TOPIC[topic]))
    out.append(P("Annika Bergström, förvaltningschef", "Sign"))
    return out


def _investments(rnd: random.Random) -> Table:
    names = [
        "Förnyelse VA-ledningar", "Ombyggnad kök", "Beläggningsprogram", "Gång- och cykelväg",
        "Energieffektivisering", "Ny förskola", "Lekplatsprogram", "Belysning", "Broreparation",
        "Dagvattendamm", "Tillgänglighetsanpassning", "Fordon", "Laddstolpar", "Takbyte",
        "Ventilation", "Reservvattenförsörjning", "Pumpstation", "Återvinningscentral",
    ]
    places = ["Norra hamnen", "Västerby", "Centrum", "Åby", "Strandvägen", "Ekbacken",
              "Industriområdet", "Kyrkbyn", "Södra skolan", "Centrumskolan", "Lillsjön"]
    rows = []
    for i in range(120):
        b = rnd.randint(3, 180) * 100
        u = int(b * rnd.uniform(0.55, 1.2))
        rows.append({
            "p": f"{9100 + i * 7}", "n": f"{rnd.choice(names)}, {rnd.choice(places)}",
            "b": f"{b:,}".replace(",", " "), "u": f"{u:,}".replace(",", " "),
            "a": (f"-{u - b:,}" if u > b else f"{b - u:,}").replace(",", " "),
        })
    return Table("Investeringar", [
        Col("p", "Projekt", 1.8, align="left"), Col("n", "Benämning", 7.3, align="left"),
        Col("b", "Budget (tkr)", 2.4, align="right", head_align="right"),
        Col("u", "Utfall (tkr)", 2.4, align="right", head_align="right"),
        Col("a", "Avvikelse (tkr)", 2.6, align="right", head_align="right"),
    ], rows, rules="horizontal", size=9, header_fill="#d9e2f3")


def _indicators(rnd: random.Random, title: str) -> Table:
    names = [
        "Energianvändning i kommunens lokaler (kWh/kvm)", "Andel ekologiska livsmedel (%)",
        "Andel fossilfria fordon (%)", "Nöjd-kund-index gata/park", "Antal felanmälningar",
        "Andel felanmälningar åtgärdade inom 5 dagar (%)", "Matsvinn per portion (gram)",
        "Debiterad vattenförbrukning (tusen kbm)", "Andel utsorterat matavfall (%)",
        "Antal trafikolyckor med personskada", "Sjukfrånvaro (%)",
    ]
    rows = []
    for n in rnd.sample(names, 7):
        base = rnd.randint(12, 400)
        rows.append({"n": n, "a": str(base), "b": str(base + rnd.randint(-9, 9)),
                     "c": str(base + rnd.randint(-12, 12)), "m": str(base + rnd.randint(-15, 5))})
    return Table(title, [
        Col("n", "Indikator", 7.5, align="left"), Col("a", "2020", 2.0, align="right", head_align="right"),
        Col("b", "2021", 2.0, align="right", head_align="right"),
        Col("c", "2022", 2.0, align="right", head_align="right"),
        Col("m", "Målvärde 2022", 2.5, align="right", head_align="right"),
    ], rows, rules="horizontal", size=9)


def _fees() -> Table:
    rows = [
        ("Anläggningsavgift, servisavgift per fastighet", "58 600", "63 300"),
        ("Anläggningsavgift per kvm tomtyta", "34,00", "36,70"),
        ("Brukningsavgift, fast avgift per år", "4 250", "4 590"),
        ("Brukningsavgift per kubikmeter", "26,40", "28,50"),
        ("Dagvattenavgift per år, villa", "1 120", "1 210"),
        ("Avgift för extra vattenmätare", "690", "745"),
        ("Avstängning och påsläpp av vatten", "1 350", "1 460"),
    ]
    return Table("VA-taxa", [
        Col("t", "Avgift", 9.5, align="left"),
        Col("a", "Taxa 2022 (kr)", 3.0, align="right", head_align="right"),
        Col("b", "Förslag 2023 (kr)", 3.0, align="right", head_align="right"),
    ], [{"t": t, "a": a, "b": b} for t, a, b in rows], size=9)


def _delegation(rnd: random.Random) -> Table:
    kinds = [
        ("Beslut om schaktlov", "Gatuingenjör"), ("Beslut om lokal trafikföreskrift", "Trafikingenjör"),
        ("Tilldelningsbeslut, direktupphandling", "Avdelningschef"),
        ("Beslut om parkeringstillstånd för rörelsehindrad", "Handläggare"),
        ("Yttrande till polisen om markupplåtelse", "Gatuingenjör"),
        ("Beslut om befrielse från avfallshämtning", "Avfallshandläggare"),
        ("Beslut om anslutning till VA-nätet", "VA-ingenjör"),
        ("Attesträtt och ersättare", "Förvaltningschef"), ("Anställning av personal", "Enhetschef"),
        ("Beslut om nedsättning av VA-avgift", "VA-chef"),
    ]
    streets = ["Storgatan", "Kyrkvägen", "Strandvägen", "Åbyvägen", "Industrigatan", "Parkgatan",
               "Skolgatan", "Hamngatan", "Ringvägen", "Björkvägen"]
    rows = []
    for i in range(300):
        kind, who = rnd.choice(kinds)
        m, d = divmod(i, 101)
        date = f"2022-{11 + m if m < 2 else 1:02d}-{d % 28 + 1:02d}" if m < 2 else f"2023-01-{d % 28 + 1:02d}"
        rows.append({"d": date, "n": f"TN 2022/{300 + i}", "b": f"{kind}, {rnd.choice(streets)} {rnd.randint(1, 60)}",
                     "w": who})
    return Table("Delegationsbeslut", [
        Col("d", "Datum", 2.3, align="left"), Col("n", "Dnr", 2.6, align="left"),
        Col("b", "Beslut", 8.0, align="left"), Col("w", "Delegat", 3.6, align="left"),
    ], rows, rules="horizontal", size=9, header_fill="#eeeeee")


# ---------------------------------------------------------------------------------------------
# The follow-up section (the part the expected JSON describes)

FOLLOWUP_ROWS = [
    {
        "process": "Upphandling och inköp",
        "risk": "Risk att inköp görs utanför ramavtal och att direktupphandlingar inte "
        "dokumenteras enligt lagen om offentlig upphandling.",
        "value": 12,
        "controls": "Stickprov på 25 leverantörsfakturor per halvår som jämförs med "
        "avtalsdatabasen.",
        "handling": "Granskas inom internkontrollplanen.",
        "follows": "Ja",
        "comment": "Stickproven omfattade 50 fakturor. Tre inköp av förbrukningsmaterial "
        "gjordes utanför ramavtal; beställarna har fått information och en ny "
        "beställningsrutin gäller från och med 2022-11-01.",
    },
    {
        "process": "Fastighetsförvaltning",
        "_span": {"process": 2},
        "risk": ["Skollokaler", "a) Risk att lagstadgade besiktningar av hissar, ventilation "
                 "(OVK) och brandlarm inte utförs i tid."],
        "value": 12,
        "controls": "a) Besiktningsplan i fastighetssystemet med automatiska påminnelser.",
        "handling": "a) Granskas genom kontroll av samtliga besiktningsprotokoll.",
        "follows": "Ja",
        "comment": "Samtliga 58 besiktningar som skulle utföras under 2022 är genomförda. Fyra "
        "anmärkningar på OVK har åtgärdats och ombesiktning är godkänd.",
    },
    {
        "risk": "b) Risk att felanmälningar inte åtgärdas inom avtalad tid, vilket påverkar "
        "arbetsmiljön och undervisningen.",
        "value": 9,
        "controls": "b) Uppföljning av ledtider i felanmälningssystemet varje månad.",
        "handling": "b) Omhändertas i verksamhetsplanen med nya nyckeltal.",
        "follows": "Delvis",
        "comment": "Medianledtiden har minskat från nio till sex arbetsdagar, men målet om fem "
        "dagar har inte nåtts. Ärenden som rör skollokaler prioriteras sedan september.",
    },
    {
        "process": "Vinterväghållning",
        "risk": "Risk att snöröjning och halkbekämpning inte utförs enligt beslutad standard, "
        "med ökad olycksrisk för gående och cyklister.",
        "value": 12,
        "controls": "Entreprenörernas GPS-loggar jämförs med körorder efter varje utryckning.",
        "handling": "Granskas inom internkontrollplanen. Vinterväghållningsplanen revideras.",
        "follows": "Nej",
        "comment": "Två av sju entreprenörer har inte lämnat GPS-loggar för januari och "
        "februari. Vite har utdömts. Revideringen av vinterväghållningsplanen är försenad och "
        "beräknas vara klar i mars 2023.",
    },
    {
        "process": "VA-verksamhet",
        "risk": "Risk att avgifter för vatten och avlopp inte debiteras eller debiteras med fel "
        "belopp vid ägarbyten och nyanslutningar.",
        "value": 9,
        "controls": "Avstämning mellan anslutna fastigheter i VA-registret och kundregistret "
        "i debiteringssystemet.",
        "handling": "Granskas inom internkontrollplanen tillsammans med kundtjänst.",
        "follows": "Ja",
        "comment": "Avstämningen visade att tolv nyanslutna fastigheter inte debiterats "
        "brukningsavgift. Fakturering har skett retroaktivt om sammanlagt 84 000 kronor.",
    },
    {
        "process": "IT-system och informationssäkerhet",
        "risk": "Risk att behörigheter i IT-systemen för fastighetsförvaltning och "
        "felanmälan inte tas bort när anställda slutar.",
        "value": 9,
        "controls": "Halvårsvis behörighetsgenomgång där chef attesterar listan över aktiva "
        "användare.",
        "handling": "Granskas inom internkontrollplanen tillsammans med IT-avdelningen.",
        "follows": "Delvis",
        "comment": "Genomgången visade 14 aktiva konton för personer som slutat. Kontona är "
        "avslutade. En automatisk avaktivering via HR-systemet införs under 2023.",
    },
    {
        "process": "Kostverksamhet",
        "risk": "Risk att specialkost serveras felaktigt till barn och elever med allergier "
        "eller överkänslighet.",
        "value": 8,
        "controls": "Dubbelkontroll vid utlämning och egenkontrollprogram i samtliga kök.",
        "handling": "Omhändertas i ordinarie verksamhet genom utbildning av kockar och "
        "måltidsbiträden.",
        "follows": "Ja",
        "comment": "Utbildningen i specialkost har genomförts för samtliga 64 medarbetare. Inga "
        "allvarliga incidenter har inträffat under året.",
    },
]


def followup_section(pr: Prose) -> list:
    title, dnr = AGENDA[5]
    table = Table("Internkontroll 2022", [
        Col("process", "Process", 2.2, "process", "left"),
        Col("risk", "Risk", 2.9, "risk"),
        Col("value", "Riskvärde", 1.3, "risk_value", "center", "center"),
        Col("controls", "Kontrollmoment", 2.6, "controls"),
        Col("handling", "Hantering", 2.4, "handling"),
        Col("follows", "Följer plan", 1.3, "follows_plan", "center", "center"),
        Col("comment", "Kommentar", 3.8, "comment"),
    ], FOLLOWUP_ROWS, risk=True, header_fill="#d9d9d9")
    return [
        P(f"6. {title}", "H1PB"),
        P(f"Tjänsteskrivelse · Dnr {dnr} · Handläggare: Peter Sundin, controller", "Small"),
        P("Förslag till beslut", "H2"),
        P("Tekniska nämnden godkänner helårsuppföljningen av intern kontroll 2022 och "
          "överlämnar den till kommunstyrelsen."),
        P("Ärendet", "H2"),
        P("Förvaltningen har sammanställt uppföljningen av nämndens internkontrollplan för 2022. "
          "Rapporten bifogas nedan."),
        P("Annika Bergström, förvaltningschef", "Sign"),
        PageBreak(),
        P(FOLLOWUP_TITLE, "Title"),
        P("Bakgrund", "H1"),
        P("Enligt kommunallagen ska nämnderna se till att den interna kontrollen är tillräcklig "
          "och att verksamheten bedrivs på ett i övrigt tillfredsställande sätt. Tekniska "
          "nämnden antog internkontrollplanen för 2022 vid sammanträdet 2022-02-15."),
        P("Uppföljning 2022", "H1"),
        P("Inför 2022 genomfördes en riskanalys där risker inom nämndens verksamheter "
          "inventerades, bedömdes och gavs förslag på hantering. I nämndens bruttolista har 17 "
          "risker inventerats och bedömts. Sju av dessa risker har ett riskvärde som värderar "
          "risken som kritisk. Risker med lägre riskvärde omhändertas inom ramen för "
          "verksamhetens ordinarie förbättringsarbete."),
        P("I tabellen nedan redovisas för varje kritisk risk om den hantering som angavs i "
          "internkontrollplanen har följts samt en kommentar om genomförda och planerade "
          "aktiviteter. Riskvärdet är produkten av sannolikhet och konsekvens."),
        table,
        P("Sammanfattande bedömning", "H1"),
        P("Fyra av sju kontroller har genomförts enligt plan, två delvis och en inte alls. "
          "Bristerna i vinterväghållningen och i behörighetshanteringen följs upp särskilt i "
          "internkontrollplanen för 2023."),
    ]


# ---------------------------------------------------------------------------------------------


def bundle_doc(toc_pages: dict[int, int] | None = None) -> Doc:
    pr = Prose(2023)
    rnd = random.Random(14)
    blocks: list = []
    blocks += _title_page()
    # table of contents (page numbers from a first build)
    blocks.append(P("Innehållsförteckning", "H1PB"))
    toc_items = [("Kallelse och föredragningslista", 0), ("Närvarolista", -1),
                 ("Protokoll från sammanträdet 2023-01-17", -2)]
    toc_items += [(f"{i}. {t}", i) for i, (t, _d) in enumerate(AGENDA, 1)]
    for text, key in toc_items:
        num = str(toc_pages[key]) if toc_pages else "00"
        blocks.append(P([text, ("tab",), num], "Toc"))
    blocks += _attendance()
    blocks += _protocol(pr)
    # 1-2
    blocks += [P(f"1. {AGENDA[0][0]}", "H1PB"),
               P("Till justerare föreslås Marie Lundberg (M) med Ahmed Karimi (S) som ersättare."),
               P(f"2. {AGENDA[1][0]}", "H2"),
               P("Förvaltningschefen informerar om läget i verksamheterna, om "
                 "rekryteringen av en ny VA-chef och om arbetet med budget 2024."),
               pr.para(TOPIC["bokslut"])]
    # 3 bokslut with the budget table
    blocks += _handling(3, pr, "bokslut", 100, [
        "Sammanfattning", "Gata/park", "Fastighet", "VA och avfall", "Kost och service",
        "Ekonomiskt utfall"])
    blocks += [P("Driftredovisning per verksamhet", "H2"),
               P("Tabellen visar budget, utfall och avvikelse per verksamhet för 2022 i "
                 "tusentals kronor. Avvikelse anges som budget minus utfall."),
               budget_table("Driftredovisning", 2022, [
                   ("Nämnd och förvaltningsledning", 12_450, 12_980),
                   ("Gata och park", 98_300, 96_120),
                   ("Fastighetsförvaltning", 142_700, 151_340),
                   ("Vatten och avlopp (avgiftsfinansierat)", 0, -3_870),
                   ("Avfall (avgiftsfinansierat)", 0, -1_240),
                   ("Kost", 88_600, 92_410),
                   ("Fordon och service", 14_200, 13_650),
                   ("Trafik och parkering", 21_900, 20_780),
               ], size=9)]
    for _ in range(40):
        blocks.append(pr.para(TOPIC["bokslut"]))
    # 4 investeringar
    blocks += _handling(4, pr, "invest", 22, ["Bakgrund", "Investeringsutfall"])
    blocks += [P("Investeringsprojekt 2022", "H2"), _investments(rnd)]
    blocks += [pr.para(TOPIC["invest"]) for _ in range(3)]
    # 5 mål
    blocks += _handling(5, pr, "mal", 6, ["Bakgrund"])
    for goal in ["Mål 1: Hållbar och resurseffektiv verksamhet",
                 "Mål 2: Trygga och tillgängliga offentliga miljöer",
                 "Mål 3: Hög kvalitet i måltider och service",
                 "Mål 4: Attraktiv arbetsgivare",
                 "Mål 5: God ekonomisk hushållning"]:
        blocks.append(P(goal, "H2"))
        blocks += [pr.para(TOPIC["mal"]) for _ in range(13)]
        blocks.append(_indicators(rnd, goal))
        blocks += [pr.para(TOPIC["mal"]) for _ in range(11)]
    # 6 the follow-up
    blocks += followup_section(pr)
    # 7 internkontrollplan 2023 with the risk matrix legend
    blocks += _handling(7, pr, "ik", 16, ["Bakgrund", "Riskanalys"])
    blocks += [P("Riskmatris", "H2"),
               P("Sannolikhet och konsekvens bedöms på en fyrgradig skala. Riskvärdet är "
                 "produkten av de två bedömningarna och kan anta värden mellan 1 och 16."),
               risk_matrix("Riskmatris 2023"),
               P("Riskvärde 1–4 (grönt): låg risk. Riskvärde 6–8 (gult): medelhög risk. "
                 "Riskvärde 9–16 (rött): hög risk, förs in i internkontrollplanen.", "Small")]
    blocks += [pr.para(TOPIC["ik"]) for _ in range(10)]
    # 8-9 taxor
    blocks += _handling(8, pr, "taxa", 40, ["Bakgrund", "Taxans konstruktion", "Konsekvenser"])
    blocks += [P("Förslag till taxa", "H2"), _fees()]
    blocks += _handling(9, pr, "taxa", 18, ["Bakgrund", "Förslag"])
    # 10-15
    blocks += _handling(10, pr, "trafik", 70, ["Bakgrund", "Nulägesanalys", "Åtgärdsområden",
                                               "Uppföljning"])
    blocks += _handling(11, pr, "trafik", 12, ["Förslaget", "Förvaltningens bedömning"])
    blocks += _handling(12, pr, "trafik", 14, ["Motionen", "Förvaltningens bedömning"])
    blocks += _handling(13, pr, "plan", 40, ["Planförslaget", "Synpunkter"])
    blocks += _handling(14, pr, "plan", 40, ["Bakgrund", "Upphandlingens omfattning",
                                            "Tidplan"])
    blocks += _handling(15, pr, "plan", 76, ["Sammanfattning", "Förskola och skola",
                                             "Äldreomsorg", "Kontor och övriga lokaler"])
    # 16-18
    blocks += [P(f"16. {AGENDA[15][0]}", "H1PB"),
               P("Förteckning över beslut fattade med stöd av delegation under perioden "
                 "2022-11-01–2023-01-31."), _delegation(rnd)]
    blocks += [P(f"17. {AGENDA[16][0]}", "H1PB")]
    for i in range(1, 25):
        blocks.append(P(f"17.{i} Skrivelse från {rnd.choice(['länsstyrelsen', 'Trafikverket', 'en privatperson', 'kommunstyrelsen', 'Miljö- och byggnadsnämnden', 'en bostadsrättsförening'])} "
                        f"angående {rnd.choice(['dagvatten', 'buller', 'snöröjning', 'belysning', 'parkering', 'avfallshämtning', 'trädfällning', 'vattenläcka'])}, "
                        f"inkommen 2023-01-{rnd.randint(2, 31):02d}.", "BodyLeft"))
    sched = Table("Sammanträdesplan", [
        Col("d", "Datum", 4.0, align="left"), Col("t", "Tid", 3.0, align="left"),
        Col("a", "Särskilda ärenden", 9.0, align="left"),
    ], [{"d": d, "t": "13.15", "a": a} for d, a in [
        ("2023-03-14", "Verksamhetsplan 2024"), ("2023-04-18", "Tertialrapport 1"),
        ("2023-05-23", "Budgetförslag 2024"), ("2023-06-13", "–"),
        ("2023-08-29", "Internkontroll, delårsuppföljning"), ("2023-09-26", "Tertialrapport 2"),
        ("2023-10-24", "Taxor 2024"), ("2023-11-21", "Internkontrollplan 2024"),
        ("2023-12-12", "Sammanträdesplan 2024")]], rules="horizontal", size=10)
    blocks += [P(f"18. {AGENDA[17][0]}", "H1PB"), pr.para(TOPIC["plan"]), sched]
    return Doc(
        name="bundle_kallelse",
        blocks=blocks,
        page=Page(21.0, 29.7, 1.8, 1.8, 2.5, 2.0),
        font="Liberation Serif",
        body_size=11,
        cell_size=9,
        running_header=f"{ORGAN}, Kallelse {MEETING}",
        footer="Sida {page} av {pages}",
        organ=ORGAN,
        year=2022,
        period="helår",
        title=FOLLOWUP_TITLE,
        risks_inventoried=17,
        risks_critical=7,
        made="LibreOffice (flat ODF), A4 portrait, Liberation Serif 11 pt (9 pt tables), one "
        "document: kallelse with föredragningslista, table of contents (page numbers from a "
        "first build), närvarolista, the previous protocol, tjänsteskrivelser (prose composed "
        "from sentence pools with a fixed seed), a budget table, an investment table of 120 "
        "rows, indicator tables, the follow-up report (section 6), a risk matrix legend, fee "
        "tables, 300 delegation decisions; running header and footer \"Sida N av M\" "
        "(page-number and page-count fields) on every page.",
        tests="Finding the follow-up inside a meeting bundle of about 100 pages: report "
        "fields come from the section (title line, counts \"17 risker\", \"Sju av dessa\"), "
        "not from the bundle; a risk table of 7 risks crossing a page break under a repeated "
        "header, with a process cell spanning two rows and a heading plus labels a)/b) in the "
        "risk cell; numeric tables (budget, investments, indicators, fees, delegation list, "
        "risk matrix 1-16, attendance list) that must give no risks; running header/footer "
        "text never in any field.",
    )
