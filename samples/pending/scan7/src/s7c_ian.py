"""scan7 document C: Individ- och arbetsmarknadsnämnden, helår 2023 (årsbokslut), A4
portrait: title "Uppföljning av internkontrollplan 2023" with the subtitle
"Individ- och arbetsmarknadsnämnden, helår 2023" under it; the counts in the prose, with
**last year's counts in a Writer footnote** at the page's foot (which must not win); a ruled
Word table (Liberation Serif 9.5 pt) with the one quirk, **two "Ja" rows whose comment cell
is empty**. Scanned **black and white** (1 bit, CCITT G4) at 300 dpi."""

from holdout_model import Col, Doc, P, Page, Table

ROWS = [
    {"process": "Ekonomiskt bistånd",
     "risk": "Risk att bistånd beviljas utan att den sökandes rätt till andra ersättningar "
             "har utretts.",
     "value": "12",
     "controls": "Stickprov på 30 akter avseende utredning av rätt till sjukpenning, "
                 "bostadsbidrag och underhållsstöd.",
     "follows": "Delvis",
     "comment": "I fem akter saknades dokumentation om bostadsbidrag. Checklistan för "
                "nybesök har kompletterats."},
    {"process": "Arbetsmarknadsinsatser",
     "risk": "Risk att deltagare i kommunala arbetsmarknadsanställningar saknar individuell "
             "handlingsplan.",
     "value": "9",
     "controls": "Genomgång av handlingsplanerna för samtliga 46 deltagare.",
     "follows": "Ja",
     "comment": None},
    {"process": "Utbetalningar",
     "risk": "Risk att samma hyresfaktura betalas ut två gånger när ansökan lämnas både i "
             "e-tjänsten och på papper.",
     "value": "8",
     "controls": "Dubblettkontroll i ekonomisystemet av utbetalningar direkt till "
                 "hyresvärdar.",
     "follows": "Ja",
     "comment": "Inga dubbletter hittades bland 2 140 utbetalningar."},
    {"process": "Missbruks- och beroendevård",
     "risk": "Risk att placeringar på behandlingshem görs hos utförare som saknar avtal med "
             "kommunen.",
     "value": "12",
     "controls": "Genomgång av samtliga placeringsbeslut under året mot gällande ramavtal.",
     "follows": "Nej",
     "comment": "Sex av 21 placeringar gjordes hos utförare utan avtal på grund av "
                "platsbrist. Direktupphandlingarna saknade dokumenterad jämförelse av pris."},
    {"process": "Dataskydd",
     "risk": "Risk att personuppgifter i känsliga ärenden lämnas ut till obehöriga genom "
             "felaktigt adresserad e-post.",
     "value": "9",
     "controls": "Kontroll av att krypterad e-post används vid kontakter med externa "
                 "vårdgivare och myndigheter.",
     "follows": "Ja",
     "comment": None},
    {"process": "Myndighetsutövning",
     "risk": "Risk att beslut om avslag saknar besvärshänvisning, vilket försämrar den "
             "enskildes rättssäkerhet.",
     "value": "8",
     "controls": "Stickprov på 25 avslagsbeslut från försörjningsstödsenheten.",
     "follows": "Ja",
     "comment": "Alla granskade beslut hade korrekt besvärshänvisning."},
    {"process": "Etableringsinsatser",
     "risk": "Risk att ersättning till kompletterande aktörer betalas ut utan att "
             "deltagarnas närvaro har rapporterats.",
     "value": "8",
     "controls": "Avstämning av närvarorapporter mot fakturor från kompletterande aktörer "
                 "för andra halvåret.",
     "follows": "Delvis",
     "comment": "Närvarorapporter saknades för nio deltagare. Utbetalningen för dem hålls "
                "inne tills rapporterna har kommit in."},
]


def ian2023() -> Doc:
    cols = [
        Col("process", "Process", 2.5, "process", align="left"),
        Col("risk", "Risk", 3.8, "risk"),
        Col("value", "Riskvärde", 1.4, "risk_value", align="center"),
        Col("controls", "Kontrollmoment", 3.7, "controls"),
        Col("follows", "Följer plan", 1.4, "follows_plan", align="left"),
        Col("comment", "Kommentar", 4.6, "comment"),
    ]
    table = Table("Uppföljning helår", cols, ROWS, rule="0.5pt solid #000000",
                  header_fill="#d9d9d9", size=9.5, head_size=9.5, font="Liberation Serif",
                  pad=0.1, keep_rows=True, margin_top=0.2)
    title = "Uppföljning av internkontrollplan 2023"
    blocks = [
        P(title, "Title"),
        P("Individ- och arbetsmarknadsnämnden, helår 2023", "Sub"),
        P("Uppföljningen av internkontrollplanen är en del av nämndens årsbokslut och "
          "redovisas tillsammans med verksamhetsberättelsen till kommunstyrelsen. Kontrollerna "
          "har genomförts under perioden januari–december 2023."),
        P("I nämndens riskanalys för 2023 inventerades 19 risker^[Vid årsbokslutet 2022 "
          "hade nämnden inventerat 23 risker, varav tio bedömdes som kritiska.]. Av de 19 "
          "risker som inventerats bedöms sju vara kritiska. De ingår med var sitt "
          "kontrollmoment i internkontrollplanen och redovisas i tabellen nedan."),
        P("Fyra kontroller följer planen, två följer den delvis och en följer den inte. Där "
          "kontrollen inte gav anledning till någon kommentar har kommentarsfältet lämnats "
          "tomt."),
        table,
        P("Nämndens bedömning är att den interna kontrollen i huvudsak har fungerat. "
          "Placeringar utan avtal och närvarorapporteringen från kompletterande aktörer "
          "följs upp på nytt i internkontrollplanen för 2024."),
    ]
    return Doc(
        name="ian2023_scan_bw_arsbokslut_footnote_empty_comments",
        blocks=blocks,
        page=Page(top=2.0, bottom=1.8, left=1.8, right=1.8),
        font="Liberation Serif",
        body_size=11.5,
        cell_size=9.5,
        footer="Individ- och arbetsmarknadsnämnden · Årsbokslut 2023 · Sida {page} av "
               "{pages}",
        organ="Individ- och arbetsmarknadsnämnden",
        year=2023,
        period="helår",
        title=title,
        risks_inventoried=19,
        risks_critical=7,
    )
