"""Word report 1: Stadsmiljönämnden, delår 2025 (per 31 augusti). A 4 x 4 risk matrix
(heat map: coloured cells holding the numbers of the risks) beside its legend in a
borderless layout table, then the risk table whose first column is a running number "1.",
"2." ... and whose value headers are abbreviated "S", "K", "RV" (explained under the table).
The title names the nämnd in the genitive ("Stadsmiljönämndens internkontrollplan 2025 -
uppföljning per 31 augusti")."""

from holdout_model import P, Page
from word_report import COV, C, Grid, Side, ReportDoc, rec

ORGAN = "Stadsmiljönämnden"
TITLE = "Stadsmiljönämndens internkontrollplan 2025 – uppföljning per 31 augusti"

# Nr, process, risk, S, K, controls, Följer plan, comment
RISKS = [
    ("1.", "Parkeringsövervakning", "Risk att felparkeringsavgifter skrivs av utan att "
     "skälen dokumenteras.", 3, 3,
     "Stickprov på 25 avskrivna felparkeringsavgifter per tertial mot beslutsunderlaget.",
     "Ja", "48 av 50 avskrivningar var dokumenterade. Två saknade underlag och har "
     "kompletterats."),
    ("2.", "Markupplåtelse", "Risk att tillstånd för uteserveringar och byggetableringar på "
     "allmän plats inte faktureras.", 3, 4,
     "Avstämning mellan beviljade tillstånd i ärendesystemet och utställda fakturor.",
     "Delvis", "Avstämningen är gjord för första tertialet. Sex tillstånd hade inte "
     "fakturerats (sammanlagt 84 300 kronor); fakturorna är nu skickade. Andra tertialet "
     "stäms av i oktober."),
    ("3.", "Vinterväghållning", "Risk att entreprenören fakturerar plogning och sandning som "
     "inte har utförts.", 2, 4,
     "Jämförelse mellan fakturerade insatser och GPS-data från entreprenörens fordon för "
     "januari och februari.",
     "Ja", "Fakturorna stämde med GPS-data, utom en sandning som har krediterats."),
    ("4.", "Upphandling", "Risk att direktupphandlingar över 100 000 kronor görs utan "
     "dokumentation enligt riktlinjerna.", 3, 3,
     "Genomgång av samtliga direktupphandlingar över 100 000 kronor under perioden.",
     "Nej", "Dokumentation saknades i 5 av 12 direktupphandlingar. Förvaltningen har tagit "
     "fram en ny mall och utbildar beställarna i september."),
    ("5.", "Trafikreglering", "Risk att lokala trafikföreskrifter beslutas av "
     "tjänsteperson utan delegation.", 2, 4,
     "Kontroll av 20 beslut om lokala trafikföreskrifter mot delegationsordningen.",
     "Ja", "Samtliga beslut var fattade med stöd av gällande delegation."),
    ("6.", "Dataskydd", "Risk att bilder från kameraövervakning av återvinningsstationer "
     "sparas längre än tillståndet medger.", 2, 4,
     "Kontroll av lagringstiden i kamerasystemet vid två tillfällen.",
     "Ja", "Lagringstiden var inställd på sju dygn i enlighet med tillståndet."),
    ("7.", "Attest", "Risk att fakturor för gatuunderhåll attesteras utan kontroll mot "
     "avtalade priser.", 3, 3,
     "Stickprov på 30 fakturor där à-priserna jämförs med avtalets prislista.",
     "Delvis", "Kontrollen har gjorts för 15 fakturor; resterande granskas under hösten. "
     "Inga felaktiga priser har hittats hittills."),
    ("8.", "Bisysslor", "Risk att medarbetare som handlägger markärenden har bisysslor hos "
     "byggföretag.", 2, 4,
     "Inventering av bisysslor i samband med medarbetarsamtalen.",
     "Ja", "Inventeringen är gjord. Två bisysslor anmäldes och bedömdes som förenliga med "
     "anställningen."),
]

HEAD = ["Nr", "Process", "Risk", "S", "K", "RV", "Kontrollmoment", "Följer plan", "Kommentar"]
WIDTHS = [0.9, 2.3, 3.9, 0.7, 0.7, 0.8, 3.3, 1.4, 3.0]  # 17.0 cm

#: the heat map's colours by risk value (Word's standard colours)
GREEN, YELLOW, ORANGE, RED = "#92D050", "#FFFF00", "#FFC000", "#FF0000"
S_WORDS = {4: "4 Mycket sannolik", 3: "3 Sannolik", 2: "2 Möjlig", 1: "1 Osannolik"}
K_WORDS = ["1 Liten", "2 Måttlig", "3 Allvarlig", "4 Mycket allvarlig"]


def colour(v: int) -> str:
    return GREEN if v <= 3 else YELLOW if v <= 6 else ORANGE if v <= 9 else RED


def heat_map() -> Grid:
    cells: dict[tuple, list] = {}
    for nr, _p, _r, s, k, *_ in RISKS:
        cells.setdefault((s, k), []).append(nr.rstrip("."))
    rows = []
    for s in (4, 3, 2, 1):
        row = [C(S_WORDS[s], bold=True, size=8)]
        for k in range(1, 5):
            row.append(C(", ".join(cells.get((s, k), [])), align="center", fill=colour(s * k),
                         bold=True, valign="middle"))
        rows.append((None, row))
    head = [[C("Sannolikhet", rows=2, valign="bottom", size=8),
             C("Konsekvens", cols=4, align="center", size=8), COV, COV, COV],
            [COV] + [C(w, align="center", size=8) for w in K_WORDS]]
    return Grid("Riskmatris", [2.4, 1.55, 1.55, 1.55, 1.55], head, rows,
                rule="0.75pt solid #FFFFFF", header_fill="#F2F2F2", size=9.0, pad=0.1,
                repeat_header=False)


def legend() -> Grid:
    rows = [(None, [C("", fill=f), C(t, size=8.5)]) for f, t in (
        (RED, "12–16 Mycket hög risk"), (ORANGE, "8–9 Hög risk"),
        (YELLOW, "4–6 Medelhög risk"), (GREEN, "1–3 Låg risk"))]
    return Grid("Teckenförklaring", [0.6, 5.2], [[C(""), C("Riskvärde (S × K)")]], rows,
                rule="0.5pt solid #FFFFFF", size=8.5, pad=0.1, repeat_header=False)


def smn2025():
    page = Page(21.0, 29.7, 2.0, 1.8, 2.0, 2.0)
    rows, records = [], []
    for i, (nr, proc, risk, s, k, ctrl, fp, comment) in enumerate(RISKS, 1):
        rows.append((i, [C(nr), C(proc), C(risk), C(str(s), align="center"),
                         C(str(k), align="center"), C(str(s * k), align="center"),
                         C(ctrl), C(fp), C(comment)]))
        records.append(rec(process=proc, risk=risk, probability=s, consequence=k,
                           risk_value=s * k, controls=ctrl, follows_plan=fp, comment=comment,
                           extra={"Nr": nr}))
    blocks = [
        P(TITLE, "Title"),
        P("Delårsuppföljning · Dnr SMN 2025/0412 · Beslutad 2025-09-23", "Subtitle"),
        P("1 Inledning", "H1"),
        P("Nämnden ska enligt kommunallagen se till att den interna kontrollen är "
          "tillräcklig. Internkontrollplanen för 2025 antogs av nämnden den 11 december "
          "2024. Den här uppföljningen omfattar perioden januari–augusti 2025."),
        P("2 Riskanalys", "H1"),
        P("Riskanalysen för 2025 omfattar 21 identifierade risker. 8 av dem har ett "
          "riskvärde på 8 eller mer och bedöms därmed som kritiska; de ingår i "
          "internkontrollplanen och redovisas i tabell 1. Risker med lägre värde hanteras i "
          "verksamhetens ordinarie arbete."),
        P("Riskvärdet är produkten av sannolikhet och konsekvens, var för sig bedömda på en "
          "skala från 1 till 4. Figur 1 visar var de åtta riskerna i planen hamnar i "
          "riskmatrisen; siffrorna i rutorna är riskernas nummer i tabell 1."),
        P("Figur 1. Riskmatris för de kritiska riskerna", "Caption"),
        Side("Matris och förklaring", [9.0, 8.0], [
            [heat_map()],
            [P("Teckenförklaring", "Bold"), legend(),
             P("En av riskerna i planen (nr 2, markupplåtelse) har bedömts som mycket hög "
               "risk. Fyra risker ligger i rutan sannolikhet 2, konsekvens 4.", "Small")],
        ]),
        P("3 Uppföljning av kontrollerna", "H1"),
        P("Tabell 1. Kritiska risker och resultat av kontrollerna per 31 augusti 2025",
          "Caption"),
        Grid("Tabell 1", WIDTHS, [HEAD], rows, rule="0.5pt solid #8EAADB",
             header_fill="#D9E2F3", size=8.5, font="Carlito", pad=0.12),
        P("S = sannolikhet, K = konsekvens, RV = riskvärde (S × K). Följer plan anger om "
          "kontrollen har genomförts enligt planen.", "Small"),
        P("4 Bedömning", "H1"),
        P("Fem av åtta kontroller följer planen, två följer den delvis och en har visat "
          "brister som kräver åtgärder. Dokumentationen av direktupphandlingar följs upp "
          "särskilt i helårsuppföljningen."),
    ]
    return ReportDoc(
        name="smn2025_heat_map_running_numbers",
        blocks=blocks, page=page, font="Carlito", body_size=11.0, heading_color="#2F5496",
        footer="Stadsmiljönämnden | Uppföljning av internkontrollplan per 31 augusti 2025 | "
               "Sida {page} av {pages}",
        organ=ORGAN, year=2025, period="delår", title=TITLE,
        risks_inventoried=21, risks_critical=8,
        columns=[{"header": "Nr", "field": None},
                 {"header": "Process", "field": "process"},
                 {"header": "Risk", "field": "risk"},
                 {"header": "S", "field": "probability"},
                 {"header": "K", "field": "consequence"},
                 {"header": "RV", "field": "risk_value"},
                 {"header": "Kontrollmoment", "field": "controls"},
                 {"header": "Följer plan", "field": "follows_plan"},
                 {"header": "Kommentar", "field": "comment"}],
        records=records, grids=("Tabell 1",),
    )
