"""Holdout12 document C: Park- och naturnämnden, a ruled risk table interrupted by another
page: it starts on page 1 (five risks), page 2 holds a different table (the audit plan
"Granskningsplan 2025": Område | Kontroll | Metod | Ansvarig | Rapporteras), and the risk
table goes on on page 3 with its header repeated (two table objects with identical
headers)."""

from h12kit import Caption, H12Table
from holdout_model import Col, Doc, P, Page, SmallTable


def row(process, risk, value, controls, follows, comment):
    return {"process": process, "risk": risk, "value": value, "controls": controls,
            "follows": follows, "comment": comment}


PNN_ROWS = [
    row("Lekplatser",
        "Risk att lekredskap med säkerhetsbrister står kvar i bruk eftersom den årliga "
        "huvudbesiktningen inte genomförs eller dokumenteras.",
        "12",
        "Genomgång av besiktningsprotokollen för samtliga 64 lekplatser och av att "
        "anmärkningar med hög risk åtgärdats inom en vecka.",
        "Ja",
        "Alla lekplatser var besiktigade. 17 anmärkningar med hög risk hade åtgärdats i tid; "
        "ett klätterredskap har tagits bort helt."),
    row("Trädsäkerhet",
        "Risk att riskträd i parker och längs gång- och cykelvägar inte inventeras, så att "
        "nedfallande grenar skadar människor eller egendom.",
        "12",
        "Kontroll av att trädinventeringen har uppdaterats för de områden som enligt planen "
        "skulle inventeras under året.",
        "Delvis",
        "Inventeringen gjordes i fem av sju områden. I de två övriga flyttades arbetet till "
        "2025 efter stormen i oktober."),
    row("Skötselentreprenader",
        "Risk att entreprenörer för gräsklippning och snöröjning i parkerna fakturerar för "
        "arbete som inte har utförts enligt avtalet.",
        "9",
        "Stickprov på 20 fakturor, jämförda med entreprenörernas dagböcker, GPS-loggar och "
        "förvaltningens kvalitetsronder.",
        "Ja",
        "19 fakturor stämde. En faktura avsåg snöröjning som inte hade utförts och har "
        "krediterats med 14 300 kronor."),
    row("Naturreservat",
        "Risk att skötselplanerna för kommunens naturreservat inte följs, så att naturvärden "
        "går förlorade och statliga bidrag måste betalas tillbaka.",
        "9",
        "Uppföljning av skötselåtgärderna i de tre naturreservaten mot skötselplanernas "
        "åtgärdslistor för 2024.",
        "Delvis",
        "Åtgärderna var genomförda i två reservat. I det tredje har slåttern av ängsmarken "
        "skjutits upp; länsstyrelsen är informerad."),
    row("Invasiva arter",
        "Risk att invasiva främmande arter, till exempel parkslide och jättebalsamin, sprids "
        "från kommunens mark till omgivande områden.",
        "8",
        "Kontroll av att alla kända växtplatser har bekämpats enligt plan och att åtgärderna "
        "registrerats i IT-stödet för grönyteförvaltning.",
        "Ja",
        "Samtliga 46 kända växtplatser har bekämpats minst två gånger. Tre nya växtplatser "
        "har upptäckts och registrerats."),
    row("Föreningsbidrag",
        "Risk att bidrag till koloniträdgårdsföreningar och naturvårdsföreningar betalas ut "
        "utan att villkoren i beslutet är uppfyllda.",
        "8",
        "Stickprov på tio utbetalda bidrag: ansökan, redovisning och att bidraget har använts "
        "för avsett ändamål.",
        "Nej",
        "Redovisning saknades för fyra bidrag. Föreningarna har fått en påminnelse med sista "
        "dag för redovisning 2025-01-31."),
    row("Upplåtelse av parkmark",
        "Risk att parkmark upplåts för evenemang och marknader utan tillstånd eller utan att "
        "avgift tas ut enligt taxan.",
        "6",
        "Kontroll av att samtliga evenemang i stadsparken under maj–september hade tillstånd "
        "och att avgiften hade fakturerats.",
        "Delvis",
        "Tillstånd fanns för alla 23 evenemang. För två evenemang hade avgiften inte "
        "fakturerats; fakturorna har skickats i december."),
    row("Arbetsmiljö",
        "Risk för allvarliga skador hos parkarbetare vid arbete med motorsåg och röjsåg och "
        "vid tunga lyft under säsongsarbetet.",
        "9",
        "Kontroll av att alla som använder motorsåg har giltigt motorsågskörkort och att "
        "skyddsronderna har genomförts.",
        "Ja",
        "Samtliga 31 medarbetare och säsongsanställda hade giltigt körkort. Skyddsronder har "
        "genomförts i alla fyra driftområden."),
]

PLAN_ROWS = [
    ["Lekplatser", "Att anmärkningar från huvudbesiktningen åtgärdas inom utsatt tid",
     "Genomgång av protokoll", "Enhetschef drift", "Delår"],
    ["Trädsäkerhet", "Att trädinventeringen i de två återstående områdena slutförs",
     "Uppföljning mot plan", "Stadsträdgårdsmästare", "Delår"],
    ["Entreprenader", "Att fakturerade timmar för gräsklippning motsvarar utfört arbete",
     "Stickprov, 20 fakturor", "Controller", "Helår"],
    ["Föreningsbidrag", "Att bidrag betalas ut först när redovisning av föregående års "
     "bidrag har kommit in", "Stickprov, tio bidrag", "Nämndsekreterare", "Helår"],
    ["Upplåtelser", "Att upplåtelser av parkmark har tillstånd och att avgift faktureras "
     "enligt taxan", "Avstämning mot tillståndsregister", "Handläggare, markupplåtelse",
     "Helår"],
    ["Informationssäkerhet", "Att behörigheter i IT-stödet för grönyteförvaltning är "
     "aktuella", "Genomgång av behörighetslistor", "Systemförvaltare", "Delår"],
    ["Ekonomi", "Att attest av leverantörsfakturor sker enligt attestreglementet",
     "Stickprov, 40 fakturor", "Ekonom", "Helår"],
]


def pnn2024() -> Doc:
    cols = [
        Col("process", "Process", 2.5, "process", "left"),
        Col("risk", "Risk", 3.8, "risk", "left"),
        Col("value", "Riskvärde", 1.5, "risk_value", "left"),
        Col("controls", "Kontrollmoment", 3.7, "controls", "left"),
        Col("follows", "Följer plan", 1.5, "follows_plan", "left"),
        Col("comment", "Kommentar", 4.0, "comment", "left"),
    ]
    plan = SmallTable(
        "Granskningsplan 2025",
        ["Område", "Kontroll", "Metod", "Ansvarig", "Rapporteras"],
        [2.8, 5.4, 3.4, 3.4, 2.0],
        PLAN_ROWS,
        ["left"] * 5,
        rule="0.5pt solid #808080", size=9, header_fill="#fce4d6",
    )
    between = [
        Caption("Tabell 2. Granskningsplan 2025", bold=True, keep_next=True, break_before=True,
                before=0.0, after=0.2),
        P("Inför 2025 har förvaltningen tagit fram en granskningsplan. Den bygger på årets "
          "resultat och på riskanalysen för 2025; kontrollerna rapporteras till nämnden vid "
          "delåret eller helåret enligt tabellen."),
        plan,
        P("Granskningsplanen fastställs av nämnden i samband med internkontrollplanen för "
          "2025 i februari."),
        Caption("Tabell 1 (forts.). Resultat av kontrollerna 2024", bold=True, keep_next=True,
                break_before=True, before=0.0, after=0.0),
    ]
    t = H12Table("Resultat", cols, PNN_ROWS, rule="0.5pt solid #808080",
                 header_fill="#e2efda", font="DejaVu Sans", size=8, pad=0.1, margin_top=0.1,
                 split_at=5, between=between)
    title = "Uppföljning av internkontrollplan 2024 – helår"
    blocks = [
        P("Park- och naturnämnden", "Sub"),
        P(title, "Title"),
        P("Park- och naturnämnden ansvarar för kommunens parker, lekplatser, naturreservat och "
          "tätortsnära skogar. Förvaltningen sköter 210 hektar park och 64 lekplatser, delvis "
          "genom entreprenörer."),
        P("I riskanalysen för 2024 identifierades 15 risker. Åtta av dem bedömdes som kritiska "
          "och har kontrollerats under året. Resultatet redovisas i tabell 1; tabell 2 visar "
          "granskningsplanen för 2025."),
        Caption("Tabell 1. Resultat av kontrollerna 2024", bold=True, keep_next=True,
                before=0.2, after=0.0),
        t,
        P("Sammanfattande bedömning", "H2"),
        P("Nämnden bedömer att den interna kontrollen är tillräcklig. Uppföljningen av "
          "föreningsbidrag behöver skärpas och ingår därför i granskningsplanen för 2025."),
    ]
    return Doc(
        "pnn2024_risk_table_interrupted_by_plan_page", blocks, Page(left=2.0, right=2.0),
        font="DejaVu Serif", body_size=10, cell_size=8,
        footer="Park- och naturnämnden · helårsuppföljning internkontroll 2024 · sida {page}",
        organ="Park- och naturnämnden", year=2024, period="helår", title=title,
        risks_inventoried=15, risks_critical=8,
    )
