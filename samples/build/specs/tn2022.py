"""Tekniska nämnden, delårsuppföljning 2022: the process is written out on every row instead of
one cell spanning the rows of its risks."""

from specmodel import Column, Layout, PageGeom, Sample

ROWS = [
    {
        "process": "Upphandling och avtalsuppföljning",
        "risk": "Risk att ramavtal för entreprenader inte följs och att avrop sker utanför "
        "avtal, vilket kan leda till otillåten direktupphandling.",
        "value": 12,
        "controls": "Stickprov på 20 leverantörsfakturor per tertial jämförs mot gällande "
        "avtal i avtalsdatabasen.",
        "handling": "Granskas inom internkontrollplanen. Upphandlingsprocessen förtydligas i "
        "en ny rutin för avrop och beställning.",
        "follows": "Ja",
        "comment": "Stickprov av 20 fakturor för perioden januari–april har genomförts. Två "
        "fakturor avsåg inköp av maskinreservdelar utan avtal. Beställarna har informerats och "
        "upphandling av reservdelar påbörjas under hösten i samverkan med "
        "upphandlingsenheten.",
    },
    {
        "process": "Upphandling och avtalsuppföljning",
        "risk": "Risk att avtalade viten och prisjusteringar inte bevakas, så att kommunen "
        "betalar för mycket eller går miste om ersättning.",
        "value": 9,
        "controls": "Avtalsansvarig kontrollerar indexuppräkningar mot avtalsvillkoren vid "
        "varje prisjustering.",
        "handling": "Omhändertas i ordinarie avtalsuppföljning. Avtalsansvariga utbildas i "
        "verksamhetssystemet för avtalsuppföljning.",
        "follows": "Delvis",
        "comment": "Kontroll av indexuppräkningar har gjorts för fem av åtta större avtal. "
        "Utbildningen i verksamhetssystemet har flyttats till oktober på grund av "
        "personalbrist.",
    },
    {
        "process": "Fastighetsförvaltning",
        "risk": "Risk att lagstadgade besiktningar av hissar, ventilation (OVK) och brandlarm "
        "inte utförs i tid.",
        "value": 12,
        "controls": "Besiktningsplan i fastighetssystemet med automatiska påminnelser till "
        "driftteknikerna.",
        "handling": "Granskas inom internkontrollplanen genom kontroll av samtliga "
        "besiktningsprotokoll för skolor och äldreboenden.",
        "follows": "Ja",
        "comment": "Samtliga 46 besiktningar som skulle utföras före 2022-08-31 är genomförda. "
        "Tre anmärkningar på OVK har åtgärdats och ombesiktning är bokad.",
    },
    {
        "process": "Fastighetsförvaltning",
        "risk": "Risk att felanmälningar inte åtgärdas inom avtalad tid, vilket påverkar "
        "arbetsmiljön i verksamhetslokalerna.",
        "value": 9,
        "controls": "Uppföljning av ledtider i felanmälningssystemet varje månad.",
        "handling": "Omhändertas i verksamhetsplanen genom nya nyckeltal och månatlig "
        "rapportering till ledningsgruppen.",
        "follows": "Ja",
        "comment": "Medianledtiden har minskat från 9 till 6 arbetsdagar. Ärenden som rör "
        "skollokaler prioriteras.",
    },
    {
        "process": "Gata/park – vinterväghållning",
        "risk": "Risk att snöröjning och halkbekämpning inte utförs enligt beslutad standard, "
        "med ökad olycksrisk för gående och cyklister.",
        "value": 12,
        "controls": "Entreprenörernas GPS-loggar jämförs med körorder efter varje utryckning.",
        "handling": "Granskas inom internkontrollplanen. Vinterväghållningsplanen revideras "
        "inför säsongen 2022/2023.",
        "follows": "Nej",
        "comment": "Kontrollen visar att två av sju entreprenörer inte lämnat GPS-loggar för "
        "januari och februari. Avtalsvite har aviserats. Revideringen av "
        "vinterväghållningsplanen är försenad och beräknas vara klar i november.",
    },
    {
        "process": "IT-system och informationssäkerhet",
        "risk": "Risk att behörigheter i verksamhetssystemet för fastighetsförvaltning inte "
        "tas bort när anställda slutar, vilket kan ge obehörig åtkomst till avtal och "
        "personuppgifter.",
        "value": 9,
        "controls": "Halvårsvis behörighetsgenomgång där chef attesterar listan över aktiva "
        "användare.",
        "handling": "Granskas inom internkontrollplanen tillsammans med IT-avdelningen.",
        "follows": "Delvis",
        "comment": "Behörighetsgenomgången för första halvåret visade 11 konton för personer "
        "som slutat. Kontona är avslutade. En rutin för automatisk avaktivering via "
        "HR-systemet tas fram under hösten.",
    },
]

SAMPLE = Sample(
    name="tn2022_delar_repeated_process",
    organ="Tekniska nämnden",
    year=2022,
    period="delår",
    title="Delårsuppföljning av internkontrollplan 2022 – Tekniska nämnden",
    risks_inventoried=14,
    risks_critical=6,
    layout=Layout(
        page=PageGeom(29.7, 21.0, 1.5, 1.5, 1.8, 1.8),
        font="Liberation Sans",
        body_size=10,
        cell_size=8.5,
        title_size=15,
        heading_size=12,
        rules="horizontal",
        rule_width="0.75pt",
        cell_padding=0.12,
        running_header="Tekniska nämnden · Dnr TN 2022/0412",
        footer="Sida {page}",
    ),
    prose=[
        ("h1", "Inledning"),
        (
            "p",
            "Tekniska nämnden ska enligt kommunallagen och kommunens reglemente för intern "
            "kontroll varje år anta en internkontrollplan och följa upp att planen efterlevs. "
            "Denna delårsuppföljning avser perioden 2022-01-01 till 2022-08-31 och redovisas "
            "för nämnden i samband med delårsrapporten.",
        ),
        ("h1", "Riskanalys och urval"),
        (
            "p",
            "Inför 2022 genomfördes en riskanalys tillsammans med avdelningscheferna inom "
            "gata/park, fastighet, VA och kost. Sammanlagt identifierades 14 risker i nämndens "
            "bruttolista. Varje risk har bedömts utifrån sannolikhet och konsekvens på en "
            "fyrgradig skala. Sex av dessa risker bedöms som kritiska, det vill säga har ett "
            "riskvärde på 9 eller högre, och ingår i internkontrollplanen.",
        ),
        (
            "p",
            "Uppföljningen visar att merparten av kontrollmomenten har genomförts enligt plan. "
            "För vinterväghållningen och informationssäkerheten redovisas avvikelser som "
            "åtgärdas under hösten.",
        ),
    ],
    columns=[
        Column("process", "Process", "process", 3.0),
        Column("risk", "Risk", "risk", 4.4),
        Column("value", "Riskvärde", "risk_value", 1.5, "center"),
        Column("controls", "Kontrollmoment", "controls", 4.2),
        Column("handling", "Åtgärd/hantering", "handling", 4.2),
        Column("follows", "Följer plan", "follows_plan", 1.6, "center"),
        Column("comment", "Kommentar per 2022-08-31", "comment", 7.2),
    ],
    rows=ROWS,
    made="A4 landscape, Liberation Sans 8.5 pt in the table (10 pt prose), horizontal rules "
    'only (0.75 pt, no vertical lines), running page header "Tekniska nämnden · Dnr TN '
    '2022/0412" and footer "Sida N". Columns 3.0 / 4.4 / 1.5 / 4.2 / 4.2 / 1.6 / 7.2 cm.',
    tests="Process text repeated on every row (no spanning cells, no labels); two processes "
    "with two risks each; Följer plan values Ja / Delvis / Nej; a date in a header "
    '("Kommentar per 2022-08-31"); page header and footer text that is not table content; '
    'count words ("14 risker", "Sex av dessa").',
)
