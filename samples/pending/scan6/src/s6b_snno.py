"""scan6 document B: Socialnämnden Nordost, delår 2025, A4 portrait: a ruled Word table whose
**header row is set in a dark blue fill with white bold text** (the one quirk), Liberation
Sans 8.5 pt, S, K and value in three number columns. Scanned **black and white** (1 bit, CCITT
G4) at 300 dpi: the dark header prints as a black band with the headers in white."""

from holdout_model import Col, Doc, P, Page, Table

ROWS = [
    {"process": "Ekonomiskt bistånd",
     "risk": "Risk att ekonomiskt bistånd betalas ut felaktigt på grund av ofullständig "
             "utredning av den sökandes inkomster.",
     "s": "3", "k": "4", "value": "12",
     "controls": "Stickprov på 25 akter där beslutet jämförs med uppgifter från "
                 "Försäkringskassan och Arbetsförmedlingen.",
     "follows": "Delvis",
     "comment": "I 22 av 25 akter fanns fullständigt underlag. Tre akter saknade kontroll "
                "mot arbetslöshetskassan."},
    {"process": "Placeringar",
     "risk": "Risk att placeringar på HVB och i konsulentstödda familjehem görs hos "
             "utförare utan avtal.",
     "s": "2", "k": "4", "value": "8",
     "controls": "Genomgång av alla nya placeringar januari–juli mot avtalskatalogen.",
     "follows": "Ja",
     "comment": "Samtliga 14 nya placeringar gjordes hos avtalade utförare."},
    {"process": "Barn och unga",
     "risk": "Risk att förhandsbedömning av en orosanmälan inte görs inom 14 dagar.",
     "s": "3", "k": "4", "value": "12",
     "controls": "Uttag ur verksamhetssystemet av alla orosanmälningar per månad.",
     "follows": "Nej",
     "comment": "Andelen bedömningar inom 14 dagar var 81 procent. Mottagningsgruppen "
                "förstärks med två socialsekreterare från september."},
    {"process": "Delegation",
     "risk": "Risk att beslut om bistånd fattas utan stöd i nämndens delegationsordning.",
     "s": "2", "k": "3", "value": "6",
     "controls": "Stickprov på 30 beslut som jämförs med delegationsordningen.",
     "follows": "Ja",
     "comment": "Inga avvikelser noterades."},
    {"process": "Informationssäkerhet",
     "risk": "Risk att obehöriga tar del av personakter genom för breda behörigheter i "
             "verksamhetssystemet.",
     "s": "3", "k": "3", "value": "9",
     "controls": "Loggkontroll av 20 slumpvis valda användare.",
     "follows": "Delvis",
     "comment": "Två användare hade behörighet till enheter där de inte arbetar. "
                "Behörigheterna har tagits bort."},
    {"process": "Familjehemsvård",
     "risk": "Risk att arvode och omkostnadsersättning betalas ut efter att ett uppdrag "
             "har avslutats.",
     "s": "2", "k": "4", "value": "8",
     "controls": "Avstämning av utbetalningar mot aktiva uppdrag per kvartal.",
     "follows": "Ja",
     "comment": "Avstämningarna visade inga felaktiga utbetalningar."},
    {"process": "Arbetsmiljö",
     "risk": "Risk att medarbetare utsätts för hot vid hembesök där ingen riskbedömning "
             "har gjorts.",
     "s": "3", "k": "3", "value": "9",
     "controls": "Kontroll att riskbedömning finns för hembesök i öppenvården under två "
                 "veckor.",
     "follows": "Ja",
     "comment": "Riskbedömning fanns i samtliga 38 granskade hembesök."},
    {"process": "Lex Sarah",
     "risk": "Risk att missförhållanden inte rapporteras och utreds enligt nämndens "
             "rutin.",
     "s": "2", "k": "4", "value": "8",
     "controls": "Genomgång av inkomna rapporter och tiden för utredning.",
     "follows": "Delvis",
     "comment": "Fem rapporter har kommit in. En utredning tog längre tid än rutinens fyra "
                "veckor."},
]


def snno2025() -> Doc:
    cols = [
        Col("process", "Process", 2.3, "process", align="left"),
        Col("risk", "Risk", 3.4, "risk"),
        Col("s", "Sannolikhet", 1.4, "probability", align="center"),
        Col("k", "Konsekvens", 1.4, "consequence", align="center"),
        Col("value", "Riskvärde", 1.3, "risk_value", align="center"),
        Col("controls", "Kontrollmoment", 3.2, "controls"),
        Col("follows", "Följer plan", 1.3, "follows_plan", align="left"),
        Col("comment", "Kommentar", 3.4, "comment"),
    ]
    table = Table("Uppföljning delår", cols, ROWS, rule="0.5pt solid #1f3864",
                  header_fill="#1f3864", header_color="#ffffff", size=8.5, head_size=8.5,
                  font="Liberation Sans", pad=0.1, keep_rows=True, margin_top=0.2)
    title = "Uppföljning av internkontrollplan 2025 – delårsrapport per augusti"
    blocks = [
        P("Socialnämnden Nordost", "Sub"),
        P(title, "Title"),
        P("Sammanfattning", "H2"),
        P("Nämnden har i sin riskanalys för 2025 identifierat 26 risker. Åtta av dessa har "
          "ett riskvärde på 6 eller högre och ingår med kontrollmoment i "
          "internkontrollplanen, som nämnden antog i december 2024."),
        P("Vid delåret följer fyra kontrollmoment planen, tre gör det delvis och ett följer "
          "inte planen. Kontrollerna avser perioden januari–juli. Riskvärdet är sannolikhet "
          "gånger konsekvens."),
        P("Uppföljning per kontrollmoment", "H2"),
        table,
        P("Fortsatt arbete", "H2"),
        P("Handläggningstiden för orosanmälningar följs upp månadsvis i nämndens "
          "verksamhetsuppföljning. Resultatet för helåret redovisas i februari 2026."),
    ]
    return Doc(
        name="snno2025_scan_bw_dark_header",
        blocks=blocks,
        page=Page(top=2.0, bottom=1.8, left=1.75, right=1.75),
        font="Liberation Sans",
        body_size=10,
        cell_size=8.5,
        footer="Socialnämnden Nordost – Delårsrapport 2025 – Sida {page}",
        organ="Socialnämnden Nordost",
        year=2025,
        period="delår",
        title=title,
        risks_inventoried=26,
        risks_critical=8,
    )
