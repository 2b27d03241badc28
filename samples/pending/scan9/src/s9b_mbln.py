"""scan9 document B: Miljö- och bygglovsnämnden, tertial 2 2024, A4 portrait, a ruled Word
table (Liberation Sans 8.5 pt, every cell ruled, light grey header); the one quirk: **a
two-level header**, a group cell "Riskbedömning" over Sannolikhet / Konsekvens / Riskvärde,
the other five header cells spanning both header rows. The period as "tertial 2" spelled
out, the critical count only in the heading over the table ("Uppföljning av de sju kritiska
riskerna"), the inventoried count in the prose. Scanned **black and white** (1 bit) at
300 dpi."""

from holdout_model import Col, Doc, P, Page, Table

ROWS = [
    {"process": "Bygglov",
     "risk": "Risk att beslut om bygglov inte fattas inom lagstadgad handläggningstid, så att "
             "bygglovsavgiften måste reduceras.",
     "s": "3", "k": "3", "value": "9",
     "controls": "Månatligt uttag ur ärendesystemet över ärenden där handläggningstiden "
                 "överskrids.",
     "follows": "Delvis",
     "comment": "Handläggningstiden överskreds i 11 av 246 ärenden. Avgifterna reducerades "
                "med sammanlagt 63 000 kronor."},
    {"process": "Byggsanktionsavgifter",
     "risk": "Risk att byggsanktionsavgift inte tas ut när en åtgärd har påbörjats utan "
             "startbesked.",
     "s": "2", "k": "4", "value": "8",
     "controls": "Genomgång av samtliga tillsynsärenden om olovligt byggande som avslutats "
                 "under perioden.",
     "follows": "Ja",
     "comment": "Sanktionsavgift hade tagits ut i alla nio ärenden där det var aktuellt."},
    {"process": "Livsmedelskontroll",
     "risk": "Risk att planerade livsmedelskontroller inte genomförs enligt kontrollplanen, "
             "så att kontrollskulden växer.",
     "s": "3", "k": "3", "value": "9",
     "controls": "Uppföljning per tertial av genomförda kontroller mot den fastställda "
                 "kontrollplanen.",
     "follows": "Delvis",
     "comment": "182 av 310 planerade kontroller var genomförda i augusti, 59 procent mot "
                "målet 67 procent. Två vakanta tjänster tillsätts i september."},
    {"process": "Miljötillsyn",
     "risk": "Risk att timavgifter för miljötillsyn inte debiteras eftersom nedlagd tid "
             "inte registreras i ärendet.",
     "s": "2", "k": "3", "value": "6",
     "controls": "Stickprov på 20 avslutade tillsynsärenden där registrerad tid jämförs med "
                 "fakturerat belopp.",
     "follows": "Ja",
     "comment": "Alla 20 ärenden var debiterade enligt registrerad tid."},
    {"process": "Enskilda avlopp",
     "risk": "Risk att förelägganden om åtgärder för bristfälliga enskilda avlopp inte följs "
             "upp efter utsatt tid.",
     "s": "3", "k": "4", "value": "12",
     "controls": "Kontroll av att alla förelägganden med sista dag under perioden har följts "
                 "upp med besök eller begäran om redovisning.",
     "follows": "Nej",
     "comment": "Uppföljning saknades för 14 av 37 förelägganden. Ärendena har fördelats om "
                "och ska vara uppföljda före årsskiftet."},
    {"process": "Delegation",
     "risk": "Risk att beslut fattas av en tjänsteperson som saknar delegation enligt "
             "nämndens delegationsordning.",
     "s": "2", "k": "4", "value": "8",
     "controls": "Stickprov på 30 delegationsbeslut som jämförs med delegationsordningen.",
     "follows": "Ja",
     "comment": "Samtliga beslut var fattade med stöd av gällande delegation och anmälda "
                "till nämnden."},
    {"process": "Diarieföring",
     "risk": "Risk att inkomna handlingar inte registreras i rätt tid, vilket försvårar "
             "allmänhetens insyn.",
     "s": "2", "k": "3", "value": "6",
     "controls": "Kontroll av registreringsdatum för 40 handlingar som kommit in via "
                 "e-tjänsten eller med post.",
     "follows": "Ja",
     "comment": "37 handlingar registrerades samma dag eller dagen efter och tre inom en "
                "vecka."},
]


def mbln2024() -> Doc:
    cols = [
        Col("process", "Process", 2.1, "process", align="left"),
        Col("risk", "Risk", 3.5, "risk"),
        Col("s", "Sannolikhet", 1.25, "probability", align="center", group="Riskbedömning"),
        Col("k", "Konsekvens", 1.25, "consequence", align="center", group="Riskbedömning"),
        Col("value", "Riskvärde", 1.1, "risk_value", align="center", group="Riskbedömning"),
        Col("controls", "Kontrollmoment", 3.1, "controls"),
        Col("follows", "Följer plan", 1.2, "follows_plan", align="left"),
        Col("comment", "Kommentar", 3.5, "comment"),
    ]
    table = Table("Kritiska risker 2024", cols, ROWS, rule="0.5pt solid #000000",
                  header_fill="#d9d9d9", size=8.5, head_size=8.5, font="Liberation Sans",
                  pad=0.1, keep_rows=True, margin_top=0.15)
    title = "Uppföljning av internkontrollplan 2024 – tertial 2"
    blocks = [
        P("Miljö- och bygglovsnämnden", "Sub"),
        P(title, "Title"),
        P("Bakgrund", "H2"),
        P("Nämnden följer upp internkontrollplanen tre gånger per år. Denna uppföljning avser "
          "tertial 2, det vill säga perioden januari–augusti 2024, och lämnas till nämndens "
          "sammanträde i september."),
        P("I nämndens riskanalys för 2024 har 20 risker inventerats. Varje risk har bedömts "
          "efter sannolikhet och konsekvens på en skala från 1 till 4, och riskvärdet är "
          "produkten av de två. Risker med ett riskvärde på 6 eller högre räknas som "
          "kritiska och har ett kontrollmoment i planen."),
        P("Uppföljning av de sju kritiska riskerna", "H2"),
        table,
        P("Fyra kontroller följer planen, två följer den delvis och en följer den inte. "
          "Uppföljningen av förelägganden för enskilda avlopp redovisas särskilt för "
          "nämnden i oktober, och livsmedelskontrollen följs upp på nytt i årsbokslutet."),
    ]
    return Doc(
        name="mbln2024_scan_bw_two_level_header_tertial_2",
        blocks=blocks,
        page=Page(top=1.8, bottom=1.6, left=2.0, right=2.0),
        font="Liberation Serif",
        body_size=11,
        cell_size=8.5,
        footer="Miljö- och bygglovsnämnden – tertial 2 2024 – sida {page}",
        organ="Miljö- och bygglovsnämnden",
        year=2024,
        period="tertial",
        title=title,
        risks_inventoried=20,
        risks_critical=7,
    )
