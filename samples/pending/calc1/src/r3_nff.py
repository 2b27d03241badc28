"""Report 3: twelve columns fitted to the width of an A4 landscape page (scale-to-X 1,
scale-to-Y 0), so 9 pt type prints at about 6.5 pt; two pages with the header row repeated
(table-header-rows); abbreviated headers "Sannol." and "Konsekv."; the organ, title and
counts in unruled rows above the bordered table (page 1 only)."""

from producers.calc_report import Report
from producers.calc import Cell, CellStyle, Row, Sheet

F = "Liberation Sans"
B = "0.6pt solid #808080"
STYLES = {
    "organ": CellStyle(F, 11, bold=True, wrap=False, hyphenate=False),
    "title": CellStyle(F, 15, bold=True, wrap=False, hyphenate=False, color="#833c0b"),
    "prose": CellStyle(F, 10, wrap=True, hyphenate=False),
    "head": CellStyle(F, 9, bold=True, bg="#f8cbad", valign="middle", border=B),
    "headc": CellStyle(F, 9, bold=True, bg="#f8cbad", valign="middle", align="center", border=B),
    "body": CellStyle(F, 9, border=B),
    "id": CellStyle(F, 9, border=B, bg="#fbe5d6"),
    "num": CellStyle(F, 9, align="center", border=B),
}

HEADERS = ["Id", "Process", "Risk", "Sannol.", "Konsekv.", "Riskvärde", "Kontrollmoment", "Metod",
           "Frekvens", "Ansvarig", "Följer plan", "Kommentar"]
FIELDS = [None, "process", "risk", "probability", "consequence", "risk_value", "controls", None,
          None, None, "follows_plan", "comment"]
WIDTHS = [1.1, 3.0, 5.4, 1.45, 1.55, 1.65, 5.0, 3.3, 2.3, 2.9, 1.6, 6.9]

RISKS = [
    ("FS-01", "Personlig assistans",
     "Risk att utförare av personlig assistans redovisar fler timmar än som har utförts, vilket "
     "leder till felaktiga utbetalningar av assistansersättning.", 3, 4,
     "Jämförelse av tidrapporter mot beviljade timmar för 25 brukare.",
     "Stickprov i verksamhetssystemet", "Två gånger per år", "Enhetschef myndighetsutövning", "Ja",
     "Kontrollen för första halvåret är genomförd. Två utförare hade redovisat 46 respektive 31 "
     "timmar för mycket och återkrav har skickats. Kontrollen för andra halvåret görs i januari. "
     "Förvaltningen ser över om tidrapporterna kan hämtas direkt från utförarnas system."),
    ("FS-02", "Bostad med särskild service",
     "Risk att boendeavgifter och matkostnader debiteras med fel belopp när brukare flyttar in "
     "eller ut.", 3, 3, "Avstämning av debiteringslistor mot in- och utflyttningar.",
     "Registeravstämning", "Varje tertial", "Avgiftshandläggare", "Ja",
     "Tre felaktiga debiteringar upptäcktes under tertial 1 och en under tertial 2. Samtliga har "
     "rättats och brukarna har fått besked. Avgiftshandläggarna får nu en lista över "
     "flyttningar från enheterna varje vecka."),
    ("FS-03", "Daglig verksamhet",
     "Risk att habiliteringsersättning betalas ut för dagar då deltagaren inte har varit "
     "närvarande.", 4, 2,
     "Kontroll av närvarolistor mot utbetald habiliteringsersättning för en månad per tertial.",
     "Stickprov", "Varje tertial", "Verksamhetschef daglig verksamhet", "Delvis",
     "Närvarolistor saknades för två av nio verksamheter i maj. Listorna förs digitalt från och "
     "med augusti, vilket gör kontrollen enklare under tertial 3. Inga felaktiga utbetalningar "
     "hittades i de listor som fanns."),
    ("FS-04", "Myndighetsutövning enligt LSS",
     "Risk att beslut om insatser inte verkställs inom tre månader och att ej verkställda beslut "
     "inte rapporteras till Inspektionen för vård och omsorg.", 3, 4,
     "Genomgång av ej verkställda beslut och jämförelse med kvartalsrapporteringen till IVO.",
     "Registeruttag", "Varje kvartal", "Avdelningschef myndighet", "Ja",
     "Samtliga 14 ej verkställda beslut var rapporterade till IVO i tid. Nämnden informeras om "
     "rapporteringen varje kvartal. Den längsta väntetiden gällde bostad med särskild service, "
     "där sex beslut har väntat mer än sex månader."),
    ("FS-05", "Läkemedelshantering",
     "Risk att delegering av läkemedelshantering till baspersonal saknas eller har löpt ut.", 3, 4,
     "Kontroll av delegeringar för personal som ger läkemedel i bostäder med särskild service.",
     "Granskning i delegeringsregistret", "Två gånger per år",
     "Medicinskt ansvarig sjuksköterska", "Delvis",
     "Elva av 168 kontrollerade medarbetare hade utgångna delegeringar. Delegeringen har förnyats "
     "i alla fall utom två, där medarbetarna inte längre ger läkemedel. Påminnelser skickas nu "
     "automatiskt en månad före utgångsdatum."),
    ("FS-06", "Hantering av brukares medel",
     "Risk att brukares kontanter och bankkort hanteras utan kvitton och dubbla signaturer.", 3, 3,
     "Granskning av kassaböcker för 20 brukare i bostäder med särskild service.", "Stickprov",
     "Varje tertial", "Enhetschef bostad", "Nej",
     "Granskningen för tertial 2 har inte genomförts på grund av sjukfrånvaro. Den görs i oktober "
     "tillsammans med granskningen för tertial 3. Nämnden bedömer att risken kvarstår och "
     "kontrollen förs över till planen för 2025."),
    ("FS-07", "Avtal och upphandling",
     "Risk att externa platser köps utan avtal eller utanför ramavtal.", 3, 3,
     "Genomgång av fakturor för externa placeringar mot avtalsdatabasen.", "Registeravstämning",
     "Varje tertial", "Controller", "Ja",
     "Alla 37 placeringar hade avtal. Fyra direktavtal är dokumenterade enligt riktlinjen för "
     "direktupphandling. Inköpen av externa platser uppgick till 14,2 miljoner kronor under "
     "perioden."),
    ("FS-08", "Dokumentation",
     "Risk att genomförandeplaner inte upprättas eller inte följs upp inom föreskriven tid.", 4, 2,
     "Kontroll av genomförandeplaner för 40 brukare.", "Stickprov", "Två gånger per år",
     "Kvalitetsutvecklare", "Delvis",
     "31 av 40 brukare hade en aktuell genomförandeplan. Resultatet har gått till enheterna med "
     "krav på en åtgärdsplan före den 30 september. Uppföljningen visar störst brister i "
     "korttidsverksamheten."),
    ("FS-09", "Arbetsmiljö",
     "Risk att hot- och våldssituationer inte rapporteras i avvikelsesystemet och att "
     "riskbedömningar därför saknas.", 3, 3,
     "Jämförelse av händelser i verksamheternas dagböcker med rapporterna i avvikelsesystemet.",
     "Intervjuer och stickprov", "En gång per år", "HR-partner", "Ja",
     "Rapporteringen har ökat från 58 till 94 rapporter jämfört med samma period förra året. "
     "Riskbedömningar finns för samtliga enheter. Ökningen bedöms bero på bättre rapportering "
     "och inte på fler händelser."),
    ("FS-10", "Informationssäkerhet",
     "Risk att behörigheter i verksamhetssystemet inte tas bort när medarbetare slutar eller byter "
     "enhet.", 3, 3,
     "Jämförelse av aktiva behörigheter mot personalsystemets avslutade anställningar.",
     "Registeravstämning", "Varje tertial", "Systemförvaltare", "Ja",
     "23 behörigheter för avslutade anställningar togs bort. Rutinen för beställning av avslut "
     "har förtydligats i chefshandboken. Tre behörigheter hade använts efter att anställningen "
     "upphört; händelserna har utretts och ingen obehörig åtkomst till journaler kunde påvisas."),
    ("FS-11", "Lex Sarah",
     "Risk att missförhållanden inte rapporteras och utreds enligt bestämmelserna om lex Sarah.",
     2, 4, "Genomgång av rapporter och utredningar enligt lex Sarah och av tiden för utredning.",
     "Registeruttag", "Varje tertial", "Kvalitetschef", "Ja",
     "Nio rapporter har kommit in under perioden. Samtliga utreddes inom två månader och en av dem "
     "anmäldes till IVO. Utredningarna visar brister i bemanningen under kvällar och helger."),
    ("FS-12", "Färdtjänst och resor",
     "Risk att resor med färdtjänst och resor till daglig verksamhet beställs och betalas för "
     "personer som saknar tillstånd.", 2, 4,
     "Jämförelse av beställda resor mot registret över beviljade tillstånd för en månad.",
     "Registeravstämning", "En gång per år", "Handläggare färdtjänst", "Delvis",
     "Kontrollen av maj visade 12 resor utan giltigt tillstånd, samtliga för personer vars "
     "tillstånd hade löpt ut under våren. Trafikbolaget har fått en ny rutin för spärr av "
     "utgångna tillstånd. Kontrollen av september återstår."),
]

ORGAN = "Nämnden för funktionsstöd"
TITLE = "Uppföljning av internkontrollplan 2024 – tertial 2"
PROSE = (
    "Nämnden för funktionsstöd har i sin riskanalys för 2024 bedömt 28 risker. Tolv av dem har "
    "ett riskvärde på 8 eller högre och ingår i internkontrollplanen. Uppföljningen avser "
    "perioden januari–augusti 2024. Sannol. = sannolikhet, Konsekv. = konsekvens (skala 1–4), "
    "riskvärde = sannolikhet × konsekvens."
)


def report() -> Report:
    n = len(HEADERS)
    rows = [
        Row([Cell(ORGAN, "organ", cols=n)], kind="title", height=0.6),
        Row([Cell(TITLE, "title", cols=n)], kind="title", height=0.85),
        Row([Cell(PROSE, "prose", cols=n)], kind="title", height=0.95),
        Row([], kind="blank", height=0.3),
        Row([Cell(h, "headc" if h in ("Sannol.", "Konsekv.", "Riskvärde", "Följer plan") else "head")
             for h in HEADERS], kind="header"),
    ]
    for rid, proc, risk, s, k, ctrl, metod, frekv, ans, fp, com in RISKS:
        rows.append(Row([Cell(rid, "id"), Cell(proc), Cell(risk), Cell(s, "num"), Cell(k, "num"),
                         Cell(s * k, "num"), Cell(ctrl), Cell(metod), Cell(frekv), Cell(ans),
                         Cell(fp, "num"), Cell(com)]))
    sheet = Sheet(
        name="nff2024_calc_fit_width_twelve_columns",
        sheet_name="Internkontroll T2",
        widths=WIDTHS,
        styles=STYLES,
        rows=rows,
        header_rows=(4, 5),
        page_w=29.7,
        page_h=21.0,
        margins=(1.0, 1.0, 1.0, 1.0),
        grid=False,
        fit_width=True,
        unruled_top=4,
        footer=("Nämnden för funktionsstöd", "", "Sida {page} ({pages})"),
        hf_font=("Liberation Sans", 8.0),
        default_font=("Liberation Sans", 9.0),
    )
    return Report(sheet, ORGAN, 2024, "tertial", TITLE, 28, 12, list(zip(HEADERS, FIELDS)))
