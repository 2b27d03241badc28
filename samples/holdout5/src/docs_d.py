"""Holdout5 document D: Miljönämnden, large type (12 pt) in a landscape table with few, wide
columns (five, no Följer plan column), rows crossing page breaks; period "Delårsrapport
augusti"."""

from holdout_model import Col, Doc, P, Page, Table

MIN_ROWS = [
    {
        "process": "Livsmedelskontroll",
        "risk": "Risk att livsmedelsverksamheter med hög riskklass inte kontrolleras så "
        "ofta som kontrollplanen anger, så att brister i hanteringen inte upptäcks.",
        "value": "12",
        "controls": "Uttag ur ärendesystemet per tertial över verksamheter vars "
        "kontrolltid har passerats, jämfört med kontrollplanen för 2024.",
        "comment": ["Per den 31 augusti hade 212 av 248 planerade kontroller gjorts. De "
                    "kontroller som återstår gäller i huvudsak verksamheter med låg "
                    "riskklass. Två inspektörer har tillsatts under våren, och samtliga "
                    "verksamheter med hög riskklass har kontrollerats.",
                    "Resultaten redovisas för allmänheten på www.norrvik.se/miljo/livsmedel "
                    "enligt nämndens beslut 2024-02-20."],
    },
    {
        "process": "Miljötillsyn",
        "risk": "Risk att tillsynsavgifter inte debiteras för den faktiska "
        "handläggningstiden, eller att timavgiften debiteras för tid som inte har "
        "använts i ärendet.",
        "value": "9",
        "controls": "Stickprov på 20 ärenden per halvår där den registrerade tiden jämförs "
        "med fakturan och med handläggarens anteckningar.",
        "comment": "I 18 av 20 ärenden stämde fakturan med den registrerade tiden. I två "
        "ärenden hade restid inte debiterats. Rutinen för tidredovisning i IT-stödet har "
        "förtydligats.",
    },
    {
        "process": "Hälsoskydd",
        "risk": "Risk att klagomål på inomhusmiljö i bostäder, skolor och förskolor inte "
        "handläggs inom fyra veckor, så att människors hälsa påverkas.",
        "value": "9",
        "controls": "Månadsvis genomgång av öppna klagomålsärenden äldre än fyra veckor, "
        "tillsammans med enhetschefen för miljö- och hälsoskydd.",
        "comment": "Elva ärenden var äldre än fyra veckor under våren, i augusti tre. De "
        "flesta gällde fukt och ventilation i flerbostadshus, där fastighetsägaren har "
        "fått föreläggande om utredning.",
    },
    {
        "process": "Ärendehantering och e-tjänster",
        "risk": "Risk att anmälningar och ansökningar som kommer in via e-tjänsten inte "
        "registreras i ärendesystemet, så att handläggningen inte påbörjas.",
        "value": "8",
        "controls": "Avstämning varje vecka av inkomna ärenden i e-tjänsten mot "
        "registrerade ärenden.",
        "comment": ["Avstämningen har gjorts varje vecka. I juni saknades sju ärenden "
                    "efter ett avbrott i kopplingen mellan e-tjänsten och ärendesystemet; "
                    "de registrerades manuellt dagen därpå.",
                    "Kopplingen övervakas nu av kommunens IT-avdelning."],
    },
]


def min2024() -> Doc:
    t = Table(
        "Internkontroll", [
            Col("process", "Process", 4.2, "process", "left"),
            Col("risk", "Risk", 6.3, "risk"),
            Col("value", "Riskvärde", 2.6, "risk_value", "center"),
            Col("controls", "Kontrollmoment", 6.0, "controls"),
            Col("comment", "Kommentar", 7.6, "comment"),
        ], MIN_ROWS,
        rule="0.75pt solid #385623", header_fill="#e2efd9", size=12, pad=0.15,
    )
    title = "Delårsrapport augusti 2024 – uppföljning av Miljönämndens internkontrollplan"
    land = Page(width=29.7, height=21.0, left=1.5, right=1.5, top=1.5, bottom=1.5)
    blocks = [
        P(title, "Title"),
        P("Bilaga 3 till Miljönämndens delårsrapport · Dnr MN 2024/302", "Sub"),
        P("Miljönämnden bedriver tillsyn och kontroll enligt miljöbalken, "
          "livsmedelslagstiftningen och lagen om tobak och liknande produkter. Nämndens "
          "internkontrollplan för 2024 antogs den 2024-01-23, § 6, och följs upp i "
          "delårsrapporten och i årsredovisningen."),
        P("Vid risk- och väsentlighetsanalysen identifierades 12 risker, och fyra av dem "
          "fick ett riskvärde på 8 eller mer. De fyra har kontrollmoment i planen och "
          "redovisas nedan. Planen innehåller inga kontroller av de åtta risker som fick "
          "lägre riskvärden."),
        P("Uppföljning per den 31 augusti", "H2"),
        t,
        P("Nämnden bedömer att den interna kontrollen fungerar tillfredsställande. "
          "Livsmedelskontrollen följs upp särskilt i årsredovisningen."),
    ]
    return Doc(
        "min2024_large_type_wide_columns", blocks, land,
        font="DejaVu Serif", body_size=12, cell_size=12,
        footer="Miljönämnden · delårsrapport augusti 2024 · sida {page} av {pages}",
        organ="Miljönämnden", year=2024, period="delår", title=title,
        risks_inventoried=12, risks_critical=4,
    )
