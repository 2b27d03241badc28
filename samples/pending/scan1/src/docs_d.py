"""scan1 document D: Gymnasie- och arbetsmarknadsnämnden, tertial 2 2025, A4 portrait, a
ruled eight-column risk table set in a serif face, with "Metod" and "Frekvens" columns (no
canonical field: ``extra``) between the control and the value, the value column after them."""

from holdout_model import Col, Doc, P, Page, Table

GAN_ROWS = [
    {"process": "Antagning",
     "risk": "Risk att elever antas till gymnasieprogram på felaktiga meritvärden när betyg "
             "från fristående skolor registreras manuellt.",
     "controls": "Kontroll av meritvärdet för 40 antagna elever mot betygsunderlaget.",
     "method": "Stickprov", "freq": "En gång per år", "value": "8",
     "follows": "Ja",
     "comment": "Meritvärdena stämde för samtliga 40 elever."},
    {"process": "Gymnasiesärskola",
     "risk": "Risk att elever tas emot i gymnasiesärskolan utan att det finns en "
             "dokumenterad utredning om målgruppstillhörighet.",
     "controls": "Genomgång av samtliga mottagandebeslut under läsåret.",
     "method": "Granskning", "freq": "Två gånger per år", "value": "12",
     "follows": "Ja",
     "comment": "Alla 17 beslut hade de fyra bedömningar som krävs."},
    {"process": "Studiestöd",
     "risk": "Risk att ogiltig frånvaro inte rapporteras till Centrala studiestödsnämnden, så "
             "att studiehjälp betalas ut felaktigt.",
     "controls": "Jämförelse mellan frånvarorapporter i elevregistret och skolans anmälningar "
                 "till CSN.",
     "method": "Avstämning", "freq": "Varje månad", "value": "9",
     "follows": "Delvis",
     "comment": "Anmälan till CSN saknades för 14 elever under våren. Skolorna har fått "
                "en ny checklista för frånvarorapportering."},
    {"process": "Arbetsmarknadsinsatser",
     "risk": "Risk att lönebidrag och anställningsstöd betalas ut för deltagare som inte "
             "längre är anställda i insatsen.",
     "controls": "Avstämning av utbetalda stöd mot tidrapporter och anställningsavtal.",
     "method": "Stickprov", "freq": "Varje kvartal", "value": "12",
     "follows": "Nej",
     "comment": "I fem fall betalades stöd ut efter att anställningen hade upphört. "
                "Sammanlagt 86 500 kronor återkrävs."},
    {"process": "Vuxenutbildning",
     "risk": "Risk att utbildningsanordnare inom upphandlad vuxenutbildning fakturerar för "
             "kursdeltagare som har avbrutit sina studier.",
     "controls": "Jämförelse mellan fakturerade kursplatser och närvaro i lärplattformen.",
     "method": "Avstämning", "freq": "Varje tertial", "value": "9",
     "follows": "Delvis",
     "comment": "Två anordnare hade fakturerat för 23 deltagare som avbrutit. Kreditfakturor "
                "har begärts."},
    {"process": "Bisysslor",
     "risk": "Risk att lärare har förtroendeskadliga bisysslor, till exempel betald "
             "undervisning av egna elever, som arbetsgivaren inte känner till.",
     "controls": "Kontroll av att alla medarbetare har lämnat uppgift om bisysslor i "
                 "medarbetarsamtalet.",
     "method": "Enkät", "freq": "En gång per år", "value": "6",
     "follows": "Ja",
     "comment": "Uppgift fanns för 97 procent av medarbetarna. Ingen bisyssla bedömdes "
                "som förtroendeskadlig."},
    {"process": "Informationssäkerhet",
     "risk": "Risk att elevers personuppgifter delas med digitala läromedelstjänster utan "
             "personuppgiftsbiträdesavtal.",
     "controls": "Inventering av de digitala tjänster som skolorna använder och kontroll av "
                 "att avtal finns.",
     "method": "Inventering", "freq": "Två gånger per år", "value": "12",
     "follows": "Delvis",
     "comment": "Avtal saknades för 6 av 41 tjänster. Tjänsterna har stängts av tills avtal "
                "har tecknats."},
]


def gan2025() -> Doc:
    cols = [
        Col("process", "Process", 2.2, "process", align="left"),
        Col("risk", "Risk", 3.4, "risk"),
        Col("controls", "Kontrollmoment", 2.9, "controls"),
        Col("method", "Metod", 1.7, None, align="left"),
        Col("freq", "Frekvens", 1.6, None, align="left"),
        Col("value", "Riskvärde", 1.3, "risk_value", align="center"),
        Col("follows", "Följer plan", 1.3, "follows_plan", align="center"),
        Col("comment", "Kommentar", 3.2, "comment"),
    ]
    table = Table("Internkontroll", cols, GAN_ROWS, rule="0.6pt solid #1f3864",
                  header_fill="#d6dce4", size=9.0, font="Liberation Serif", pad=0.1,
                  keep_rows=True, margin_top=0.15)
    blocks = [
        P("Gymnasie- och arbetsmarknadsnämnden", "Sub"),
        P("Uppföljning av internkontrollplan 2025, tertial 2", "Title"),
        P("Rapporten redovisar de kontroller i nämndens internkontrollplan som har "
          "genomförts under perioden januari–augusti 2025."),
        P("Nämndens riskanalys innehåller 17 risker. Av dessa bedöms sju som kritiska och "
          "följs upp med kontrollmoment enligt tabellen. Riskvärdet är produkten av "
          "sannolikhet och konsekvens (1–4)."),
        table,
        P("Kontrollerna i tertial 3 redovisas i nämndens årsrapport.", "Small"),
    ]
    return Doc(
        name="gan2025_scan_serif_extra_columns",
        blocks=blocks,
        page=Page(top=2.5, bottom=2.0, left=1.7, right=1.7),
        font="Liberation Serif",
        body_size=11.0,
        cell_size=9.0,
        footer="Gymnasie- och arbetsmarknadsnämnden | Tertialrapport 2 2025 | {page} ({pages})",
        organ="Gymnasie- och arbetsmarknadsnämnden",
        year=2025,
        period="tertial",
        title="Uppföljning av internkontrollplan 2025, tertial 2",
        risks_inventoried=17,
        risks_critical=7,
    )
