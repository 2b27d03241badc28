"""Report 1: a plain risk register with the printed grid (no cell borders), a title and a
subtitle row merged across the table above the header, abbreviated headers (Nr, S, K, RV),
two empty trailing columns that the grid still rules, and note rows under the table (inside
the grid) that hold the counts and are no risks."""

from producers.calc_report import Report
from producers.calc import Cell, CellStyle, Row, Sheet

F = "Carlito"
STYLES = {
    "title": CellStyle(F, 13, bold=True, wrap=False, hyphenate=False),
    "subtitle": CellStyle(F, 9.5, italic=True, wrap=False, hyphenate=False),
    "head": CellStyle(F, 8.5, bold=True, bg="#c6e0b4", valign="bottom", hyphenate=True),
    "headc": CellStyle(F, 8.5, bold=True, bg="#c6e0b4", valign="bottom", align="center"),
    "body": CellStyle(F, 8.5),
    "num": CellStyle(F, 8.5, align="center"),
    "note": CellStyle(F, 8, italic=True, wrap=False, hyphenate=False),
}

HEAD = ["Nr", "Process", "Risk", "S", "K", "RV", "Kontrollmoment", "Ansvarig", "Följer plan", "Kommentar"]
FIELDS = [None, "process", "risk", "probability", "consequence", "risk_value", "controls", None,
          "follows_plan", "comment"]
WIDTHS = [0.7, 2.0, 3.5, 0.55, 0.55, 0.65, 3.1, 1.9, 1.25, 3.6, 0.9, 0.9]

RISKS = [
    (1, "Kommunala anställningsformer",
     "Risk att lönestöd från Arbetsförmedlingen inte rekvireras för extratjänster och "
     "lönebidragsanställningar, vilket ger nämnden ett intäktsbortfall.",
     3, 3, "Avstämning varje kvartal mellan anställningsbeslut och rekvirerade lönestöd i "
     "ekonomisystemet.", "Enhetschef arbetsmarknadsenheten", "Ja",
     "Avstämningen gjordes i april, juli och oktober. Två rekvisitioner hade missats och har i "
     "efterhand rekvirerats med 186 000 kronor."),
    (2, "Vuxenutbildning",
     "Risk att betyg sätts och registreras utan att underlaget finns dokumenterat i "
     "elevdokumentationssystemet.",
     2, 4, "Stickprov på 25 betyg per termin i kommunal och upphandlad vuxenutbildning.",
     "Rektor Komvux", "Delvis",
     "Vårterminens stickprov genomfördes utan anmärkning. Höstterminens stickprov flyttas till "
     "januari 2025 på grund av bytet av elevsystem."),
    (3, "Upphandlad yrkesutbildning",
     "Risk att anordnare fakturerar för elever som har avbrutit sina studier.",
     3, 3, "Jämförelse av fakturerade deltagare mot närvarorapporter för två anordnare per "
     "halvår.", "Utbildningssamordnare", "Nej",
     "Kontrollen genomfördes inte under året på grund av vakans. Den ligger kvar i planen för "
     "2025."),
    (4, "Svenska för invandrare",
     "Risk att elever skrivs in utan att folkbokföringen i kommunen har kontrollerats.",
     2, 4, "Kontroll av folkbokföringsuppgiften i 30 slumpvis valda inskrivningsärenden.",
     "Studie- och yrkesvägledare", "Ja",
     "Samtliga 30 ärenden hade en kontrollerad och dokumenterad folkbokföringsuppgift."),
    (5, "Feriearbete för ungdomar",
     "Risk att ungdomar placeras hos arbetsgivare utan att registerutdrag har begärts in där "
     "verksamheten kräver det.",
     2, 4, "Genomgång av samtliga placeringar inom förskola, fritidshem och LSS-verksamhet.",
     "Samordnare feriearbete", "Ja",
     "148 placeringar granskades. Registerutdrag fanns i samtliga fall där det krävdes."),
    (6, "Direktupphandling",
     "Risk att direktupphandlingar över 100 000 kronor inte dokumenteras enligt riktlinjen för "
     "inköp och upphandling.",
     3, 3, "Uttag ur inköpsanalysen av leverantörer med inköp över 100 000 kronor och kontroll av "
     "dokumentationen.", "Förvaltningsekonom", "Delvis",
     "Sju av elva direktupphandlingar var dokumenterade. Utbildning i inköpsrutinen hålls för "
     "chefer i februari."),
    (7, "Informationssäkerhet och dataskydd",
     "Risk att personuppgifter om deltagare lämnas ut via e-post utan kryptering.",
     3, 4, "Genomgång av utskick från två funktionsbrevlådor under oktober månad.",
     "Dataskyddssamordnare", "Delvis",
     "Fyra okrypterade utskick med personnummer hittades. Rutinen har kompletterats och "
     "personalen har informerats på arbetsplatsträffar."),
    (8, "Bisysslor",
     "Risk att anställda har bisysslor hos anordnare som förvaltningen köper utbildning av.",
     2, 4, "Kontroll att samtliga medarbetare har redovisat bisysslor i medarbetarsamtalet.",
     "Förvaltningschef", "Ja",
     "Samtliga chefer har intygat att bisysslor har redovisats. Ingen förtroendeskadlig bisyssla "
     "har upptäckts."),
]

TITLE = "Uppföljning av internkontrollplan 2024 – helår"
ORGAN = "Arbetsmarknads- och vuxenutbildningsnämnden"
NOTES = [
    "Not: S = sannolikhet, K = konsekvens, RV = riskvärde (S × K) på en skala från 1 till 16. "
    "Risker med ett riskvärde på 8 eller högre bedöms som kritiska.",
    "Not: I nämndens riskanalys för 2024 identifierades 24 risker, varav 8 bedömdes som kritiska "
    "och ingår i internkontrollplanen.",
    "Källa: Arbetsmarknads- och vuxenutbildningsförvaltningen, rapport till nämnden 2025-02-12.",
]


def report() -> Report:
    n = len(HEAD)
    rows = [
        Row([Cell(TITLE, "title", cols=n)], kind="title", height=0.75),
        Row([Cell(f"{ORGAN} · Riskregister med kontrollresultat per 2024-12-31", "subtitle", cols=n)],
            kind="title", height=0.55),
        Row([Cell(h, "headc" if h in ("Nr", "S", "K", "RV") else "head") for h in HEAD], kind="header"),
    ]
    for nr, proc, risk, s, k, ctrl, ans, fp, com in RISKS:
        rows.append(Row([
            Cell(nr, "num"), Cell(proc), Cell(risk), Cell(s, "num"), Cell(k, "num"),
            Cell(s * k, "num"), Cell(ctrl), Cell(ans), Cell(fp), Cell(com),
        ]))
    rows.append(Row([], kind="blank"))
    for t in NOTES:
        rows.append(Row([Cell(t, "note", cols=n)], kind="note"))
    rows.append(Row([], kind="blank"))
    sheet = Sheet(
        name="avn2024_calc_grid_note_rows",
        sheet_name="Riskregister 2024",
        widths=WIDTHS,
        styles=STYLES,
        rows=rows,
        header_rows=(2, 3),
        margins=(1.2, 1.2, 0.7, 0.7),
        grid=True,
        footer=("", "Sida {page} av {pages}", ""),
        hf_font=("Carlito", 8.0),
        default_font=("Carlito", 8.5),
    )
    return Report(sheet, ORGAN, 2024, "helår", TITLE, 24, 8, list(zip(HEAD, FIELDS)))
