"""Word report 2: Social resursnämnd (a city's nämnd named without the article, as
Göteborg's), helår 2024. Word 2003's Times look (Liberation Serif 12 pt, bold black numbered
headings, 2.3 cm margins), a "Table Grid" risk table in 10 pt that **runs over three
pages** under its repeated header, with **process cells spanning two or three rows, one of
them across a page break** (its rows on pages 1 and 2, the text only on page 1). Values
printed **with their level, "12 (mycket hög)"**; the answers are **"Uppfyllt", "Delvis
uppfyllt", "Ej uppfyllt" and "Pågår"**."""

from holdout_model import P, Page
from word_report import COV, C, Grid, ReportDoc, rec

ORGAN = "Social resursnämnd"
TITLE = "Uppföljning av internkontrollplan 2024"
LEVEL = {16: "mycket hög", 12: "mycket hög", 9: "hög", 8: "hög", 6: "medel"}
ANSWER = {"Uppfyllt": "Ja", "Delvis uppfyllt": "Delvis", "Ej uppfyllt": "Nej", "Pågår": None}

# (process, [(risk, riskvärde, kontrollmoment, resultat, följer plan)])
GROUPS = [
    ("Föreningsbidrag", [
        ("Risk att bidrag betalas ut till föreningar som inte uppfyller villkoren i "
         "riktlinjerna för föreningsbidrag.", 12,
         "Granskning av 20 beviljade verksamhetsbidrag mot riktlinjernas villkor och "
         "föreningarnas ansökningshandlingar.",
         "18 av 20 ansökningar var fullständiga. Två föreningar saknade revisionsberättelse; "
         "bidragen har hållits inne tills den har kommit in.", "Delvis uppfyllt"),
        ("Risk att bidrag används till annat än det som bidraget har beviljats för.", 9,
         "Uppföljning av verksamhetsberättelser och ekonomiska redovisningar från de tio "
         "föreningar som fått störst bidrag.",
         "Redovisningarna visade att bidragen använts enligt beslut. En förening har fått "
         "anstånd med redovisningen till den 31 mars 2025.", "Uppfyllt"),
        ("Risk att handläggare som beslutar om bidrag har intressen i de föreningar som "
         "söker (jäv).", 8,
         "Jävsdeklaration från samtliga handläggare inför bidragsomgången och kontroll mot "
         "föreningsregistret.",
         "Alla sex handläggare har lämnat jävsdeklaration. En handläggare var styrelseledamot "
         "i en sökande förening och deltog inte i beslutet.", "Uppfyllt"),
        ("Risk att en förening får bidrag för samma verksamhet från flera nämnder "
         "(dubbelfinansiering).", 8,
         "Samkörning av årets bidragsmottagare med idrotts- och föreningsnämndens och "
         "kulturnämndens bidragsregister.",
         "Samkörningen visade fyra föreningar med bidrag från två nämnder, alla för olika "
         "verksamheter. Ingen dubbelfinansiering hittades.", "Uppfyllt"),
    ]),
    ("Köpt vård och placeringar", [
        ("Risk att placeringar på behandlingshem görs hos utförare utan avtal, till högre "
         "kostnad och utan kvalitetsuppföljning.", 12,
         "Genomgång av samtliga placeringar som påbörjats under året och jämförelse med "
         "ramavtalen.",
         "Av 64 nya placeringar gjordes 9 hos utförare utan avtal. För sju av dem fanns "
         "ett dokumenterat skäl; två saknade motivering.", "Ej uppfyllt"),
        ("Risk att fakturor för placeringar betalas för dygn då den placerade inte har "
         "vistats på behandlingshemmet.", 9,
         "Stickprov på 30 fakturor där vårddygnen jämförs med journalanteckningar om in- och "
         "utskrivning.",
         "Tre fakturor avsåg dygn efter utskrivning. Sammanlagt 41 600 kronor har krävts "
         "tillbaka och har återbetalats.", "Uppfyllt"),
    ]),
    ("Skyddat boende", [
        ("Risk att uppgifter om var skyddat boende ligger röjs genom utskick eller "
         "fakturor.", 16,
         "Granskning av rutinen för skyddade adresser och kontroll av 25 utskick från "
         "verksamhetssystemet.",
         "Inga skyddade adresser röjdes i de kontrollerade utskicken. Rutinen har "
         "kompletterats med en checklista för fakturering.", "Uppfyllt"),
        ("Risk att placerade i skyddat boende inte får en utredning av sina behov inom "
         "fastställd tid.", 8,
         "Uppföljning av handläggningstiden för samtliga inskrivningar under andra "
         "halvåret.",
         "Uppföljningen av andra halvåret pågår och redovisas för nämnden i mars 2025.",
         "Pågår"),
    ]),
    ("Ekonomi och attest", [
        ("Risk att fakturor attesteras av någon som saknar attesträtt för ansvaret.", 9,
         "Kontroll av attesterna på 40 fakturor mot den beslutade attestförteckningen.",
         "39 av 40 fakturor var rätt attesterade. En faktura hade attesterats av en "
         "ersättare som inte stod i förteckningen; förteckningen har uppdaterats.",
         "Delvis uppfyllt"),
        ("Risk att representation och kurser betalas utan att syftet och deltagarna "
         "dokumenteras.", 8,
         "Genomgång av samtliga representationsfakturor under året.",
         "Syfte och deltagare var dokumenterade på 22 av 23 fakturor.", "Uppfyllt"),
    ]),
    ("Personal", [
        ("Risk att medarbetare har bisysslor som är förtroendeskadliga, till exempel "
         "uppdrag hos utförare som förvaltningen köper vård av.", 9,
         "Inventering av bisysslor vid medarbetarsamtalen och kontroll mot förvaltningens "
         "leverantörslista.",
         "Inventeringen gjordes på fyra av fem avdelningar. Socialjouren genomför sin "
         "inventering i januari 2025.", "Ej uppfyllt"),
        ("Risk att arbetsmiljöuppgifter inte är fördelade skriftligt till chefer som "
         "tillträtt under året.", 8,
         "Kontroll av att alla chefer som anställts under året har en undertecknad "
         "uppgiftsfördelning.",
         "Alla fem nya chefer hade en undertecknad uppgiftsfördelning inom en månad från "
         "tillträdet.", "Uppfyllt"),
    ]),
]

HEAD = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Resultat", "Följer plan"]
WIDTHS = [2.4, 3.9, 1.7, 3.3, 3.4, 1.7]  # 16.4 cm


def srn2024():
    page = Page(21.0, 29.7, 2.3, 2.0, 2.3, 2.3)
    rows, records = [], []
    seq = 0
    for proc, risks in GROUPS:
        for j, (risk, rv, ctrl, res, fp) in enumerate(risks):
            seq += 1
            pcell = C(proc, rows=len(risks)) if j == 0 else COV
            if len(risks) == 1:
                pcell = C(proc)
            rows.append((seq, [pcell, C(risk), C(f"{rv} ({LEVEL[rv]})"), C(ctrl), C(res),
                               C(fp)]))
            records.append(rec(process=proc, risk=risk, risk_value=rv, controls=ctrl,
                               comment=res, follows_plan=ANSWER[fp]))
    blocks = [
        P(ORGAN, "Organ"),
        P(TITLE, "Title"),
        P("Helårsuppföljning · Beslutad av nämnden 2025-02-18, § 14", "Subtitle"),
        P("1. Inledning", "H1"),
        P("Nämnden ska enligt 6 kap. 6 § kommunallagen se till att verksamheten bedrivs på "
          "ett tillfredsställande sätt och att den interna kontrollen är tillräcklig. "
          "Internkontrollplanen för 2024 fastställdes av nämnden i december 2023. Den här "
          "rapporten redovisar resultatet av kontrollerna för hela året."),
        P("2. Riskanalys", "H1"),
        P("I förvaltningens riskanalys för 2024 har 23 risker identifierats och värderats. "
          "Tolv av dem har ett riskvärde på 8 eller högre och är därmed kritiska; de ingår i "
          "internkontrollplanen och redovisas i tabellen nedan. Riskvärdet anges med "
          "siffra och nivå: medel (4–6), hög (8–9) och mycket hög (12–16)."),
        P("Riskerna har värderats av förvaltningens ledningsgrupp tillsammans med "
          "avdelningarnas controllers vid två workshoppar i oktober 2023. Varje kritisk risk "
          "har minst ett kontrollmoment med en ansvarig chef, och resultatet har redovisats "
          "till förvaltningens ledningsgrupp efter varje tertial."),
        P("3. Resultat av kontrollerna", "H1"),
        P("Följer plan anges som uppfyllt, delvis uppfyllt, ej uppfyllt eller pågår (när "
          "kontrollen ännu inte är avslutad)."),
        Grid("Resultat", WIDTHS, [HEAD], rows, rule="0.5pt solid #000000",
             header_fill="#D9D9D9", size=10.0, font="Liberation Serif", pad=0.19, pad_v=0.0),
        P("4. Samlad bedömning", "H1"),
        P("Sju av tolv kontroller är uppfyllda, två delvis uppfyllda och två ej uppfyllda. "
          "En kontroll pågår. Placeringar hos utförare utan avtal och inventeringen av "
          "bisysslor tas med i internkontrollplanen för 2025."),
    ]
    return ReportDoc(
        name="srn2024_three_page_table_span_over_break",
        blocks=blocks, page=page, font="Liberation Serif", body_size=12.0,
        heading_color="#000000",
        footer="Social resursnämnd · Uppföljning av internkontrollplan 2024 · Sida {page} "
               "({pages})", footer_align="center",
        organ=ORGAN, year=2024, period="helår", title=TITLE,
        risks_inventoried=23, risks_critical=12,
        columns=[{"header": "Process", "field": "process"},
                 {"header": "Risk", "field": "risk"},
                 {"header": "Riskvärde", "field": "risk_value"},
                 {"header": "Kontrollmoment", "field": "controls"},
                 {"header": "Resultat", "field": "comment"},
                 {"header": "Följer plan", "field": "follows_plan"}],
        records=records, grids=("Resultat",),
    )
