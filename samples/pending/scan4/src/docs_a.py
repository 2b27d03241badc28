"""scan4 document A: Utbildnings- och arbetslivsnämnden, helår 2024, A4 portrait: the plain
ruled table a Word report prints (Carlito, grey header, every cell ruled), with a
**Riskägare** column, a **deadline as a date** ("2024-06-30") and the follow-up written as a
**Status** word ("Uppfyllt" / "Ej uppfyllt" / "Pågår") instead of Ja / Nej; a running page
header repeating the title. Scanned grey at 300 dpi with mild effects."""

from holdout_model import Col, Doc, P, Page, Table

ROWS = [
    {"process": "Vuxenutbildning",
     "risk": "Risk att betyg registreras utan att underlaget finns dokumenterat i "
             "elevdokumentationssystemet.",
     "value": "12",
     "controls": "Stickprov på 20 betyg per termin i kommunal vuxenutbildning.",
     "owner": "Rektor Komvux", "due": "2024-06-30", "status": "Uppfyllt",
     "comment": "Underlag fanns för samtliga 40 betyg."},
    {"process": "Upphandlad utbildning",
     "risk": "Risk att utbildningsanordnare fakturerar för deltagare som har avbrutit sina "
             "studier.",
     "value": "9",
     "controls": "Jämförelse av fakturerade deltagare mot närvarorapporter för två anordnare.",
     "owner": "Utbildningsstrateg", "due": "2024-10-31", "status": "Ej uppfyllt",
     "comment": "Sju avbrutna deltagare hade fakturerats. Återkrav på 84 000 kronor är "
                "skickat."},
    {"process": "Arbetsmarknadsinsatser",
     "risk": "Risk att lönestöd från Arbetsförmedlingen inte rekvireras för "
             "extratjänster, vilket ger ett intäktsbortfall.",
     "value": "9",
     "controls": "Avstämning per kvartal mellan anställningsbeslut och rekvirerade lönestöd.",
     "owner": "Enhetschef arbetsmarknad", "due": "2024-12-31", "status": "Uppfyllt",
     "comment": "Avstämningen gjordes varje kvartal utan avvikelse."},
    {"process": "Attest",
     "risk": "Risk att fakturor attesteras av personer som saknar beslut om attesträtt.",
     "value": "8",
     "controls": "Jämförelse av attestanter i ekonomisystemet mot gällande attestförteckning.",
     "owner": "Controller", "due": "2024-09-30", "status": "Uppfyllt",
     "comment": "Två attestanter som slutat hade kvar behörighet. Den togs bort i oktober."},
    {"process": "Dataskydd",
     "risk": "Risk att personuppgifter om deltagare i arbetsmarknadsinsatser behandlas utan "
             "rättslig grund eller sparas för länge.",
     "value": "12",
     "controls": "Genomgång av registerförteckningen och gallringen i deltagarsystemet.",
     "owner": "Dataskyddssamordnare", "due": "2025-03-31", "status": "Pågår",
     "comment": "Genomgången av registerförteckningen är klar. Gallringen kontrolleras i "
                "mars 2025."},
    {"process": "Bisysslor",
     "risk": "Risk att lärare har bisysslor hos utbildningsanordnare som nämnden köper "
             "utbildning av.",
     "value": "8",
     "controls": "Kontroll att alla lärare har lämnat bisyssleredovisning för 2024.",
     "owner": "Verksamhetschef", "due": "2024-05-31", "status": "Ej uppfyllt",
     "comment": "Redovisning saknades för 11 av 64 lärare. Påminnelse har skickats."},
    {"process": "Arbetsmiljö",
     "risk": "Risk att det systematiska arbetsmiljöarbetet inte följs upp årligen på "
             "enheterna.",
     "value": "6",
     "controls": "Kontroll att årlig uppföljning av arbetsmiljöarbetet är dokumenterad på "
                 "alla enheter.",
     "owner": "Förvaltningschef", "due": "2024-11-30", "status": "Uppfyllt",
     "comment": "Uppföljningen fanns dokumenterad på samtliga nio enheter."},
]


def uan2024() -> Doc:
    cols = [
        Col("process", "Process", 2.3, "process", align="left"),
        Col("risk", "Risk", 3.5, "risk"),
        Col("value", "Riskvärde", 1.3, "risk_value", align="center"),
        Col("controls", "Kontrollmoment", 3.2, "controls"),
        Col("owner", "Riskägare", 2.0, None, align="left"),
        Col("due", "Klart senast", 1.7, None, align="left"),
        Col("status", "Status", 1.6, "follows_plan", align="left"),
        Col("comment", "Kommentar", 2.8, "comment"),
    ]
    table = Table("Uppföljning", cols, ROWS, rule="0.5pt solid #000000",
                  header_fill="#d9d9d9", size=9, head_size=9, font="Carlito", pad=0.1,
                  keep_rows=True, margin_top=0.2)
    title = "Uppföljning av internkontrollplan 2024, helår"
    blocks = [
        P("Utbildnings- och arbetslivsnämnden", "Sub"),
        P(title, "Title"),
        P("Nämnden antog internkontrollplanen för 2024 den 21 februari 2024. Planen bygger på "
          "nämndens risk- och väsentlighetsanalys, där 21 risker identifierades. Sju risker "
          "bedömdes som kritiska (riskvärde 6 eller högre) och fick ett kontrollmoment i "
          "planen."),
        P("Tabellen visar varje kontrollmoment med ansvarig riskägare, datum då kontrollen "
          "senast skulle vara klar och status vid årets slut. Status anges som Uppfyllt, Ej "
          "uppfyllt eller Pågår."),
        table,
        P("Fyra kontroller är uppfyllda, två är inte uppfyllda och en pågår. Avvikelserna "
          "följs upp i internkontrollplanen för 2025."),
    ]
    return Doc(
        name="uan2024_scan_word_table_riskagare_status",
        blocks=blocks,
        page=Page(top=2.0, bottom=1.8, left=1.3, right=1.3),
        font="Carlito",
        body_size=11,
        cell_size=9,
        header="Utbildnings- och arbetslivsnämnden · Uppföljning av internkontrollplan 2024",
        footer="Sida {page} av {pages}",
        organ="Utbildnings- och arbetslivsnämnden",
        year=2024,
        period="helår",
        title=title,
        risks_inventoried=21,
        risks_critical=7,
    )
