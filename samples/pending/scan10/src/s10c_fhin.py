"""scan10 document C: Funktionshindernämnden, delår 2023, A4 portrait: a ruled Word table
(DejaVu Sans 8.5 pt, every cell ruled 0.5 pt black, grey header), six columns in the usual
order, six risks. The one quirk: **two controls as bullet points ("• ") in one Kontrollmoment
cell** in two rows (Word's bulleted list in a cell, hanging indent). Period from the title
"Uppföljning av internkontrollplan 2023 – delårsrapport"; the counts with last year's figure
in brackets, which must not win: "Riskanalysen för 2023 omfattar 17 risker (föregående år
20). Sex av riskerna bedöms som väsentliga". Scanned black and white (1 bit) at 300 dpi."""

from holdout_model import Col, Doc, P, Page, Table

ROWS = [
    {"process": "Bostad med särskild service",
     "risk": "Risk att gynnande beslut enligt LSS inte verkställs inom tre månader, vilket "
             "kan leda till en särskild avgift för kommunen.",
     "value": "12",
     "controls": ["• Månadsvis genomgång av ej verkställda beslut i verksamhetssystemet.",
                  "• Kontroll av att rapporteringen till IVO görs varje kvartal."],
     "follows": "Delvis",
     "comment": "Sex beslut om bostad var inte verkställda inom tre månader. Rapporteringen "
                "till IVO har skett i tid för kvartal 1 och 2."},
    {"process": "Personlig assistans",
     "risk": "Risk att assistansersättning betalas ut för timmar som inte har utförts.",
     "value": "12",
     "controls": "Jämförelse mellan tidrapporter och beviljade timmar för tolv brukare under "
                 "mars och juni.",
     "follows": "Ja",
     "comment": "Inga avvikelser mellan rapporterad och utförd tid upptäcktes."},
    {"process": "Daglig verksamhet",
     "risk": "Risk att habiliteringsersättning betalas ut med fel belopp till deltagarna i "
             "daglig verksamhet.",
     "value": "8",
     "controls": "Stickprov på 20 utbetalningar av habiliteringsersättning mot "
                 "närvarolistorna.",
     "follows": "Ja",
     "comment": "Samtliga kontrollerade utbetalningar var korrekta."},
    {"process": "Läkemedelshantering",
     "risk": "Risk att delegeringar för läkemedelshantering i gruppbostäderna inte förnyas "
             "i tid, så att läkemedel ges av personal utan giltig delegering.",
     "value": "9",
     "controls": ["• Genomgång av delegeringsregistret för samtliga gruppbostäder.",
                  "• Stickprov på signeringslistor för en månad per enhet."],
     "follows": "Nej",
     "comment": "På tre av nio enheter fanns medarbetare med utgångna delegeringar. "
                "Sjuksköterskorna har förnyat delegeringarna och en automatisk påminnelse "
                "har införts."},
    {"process": "Brukarnas privata medel",
     "risk": "Risk att brukarnas privata medel hanteras utan kvittens och attest, vilket "
             "ökar risken för förskingring.",
     "value": "12",
     "controls": "Kontroll av kassaböcker och kvitton för de brukare som får hjälp med sin "
                 "ekonomi, på samtliga enheter.",
     "follows": "Delvis",
     "comment": "Kvitton saknades för sammanlagt 1 840 kronor på två enheter. Rutinen har "
                "gåtts igenom på arbetsplatsträffar."},
    {"process": "Klagomål och synpunkter",
     "risk": "Risk att klagomål och synpunkter från brukare och närstående inte registreras "
             "och återkopplas.",
     "value": "8",
     "controls": "Genomgång av registrerade klagomål och synpunkter under januari–augusti.",
     "follows": "Ja",
     "comment": "Alla 27 registrerade synpunkter har besvarats inom tio arbetsdagar."},
]


def fhin2023() -> Doc:
    cols = [
        Col("process", "Process", 2.4, "process", align="left"),
        Col("risk", "Risk", 3.8, "risk"),
        Col("value", "Riskvärde", 1.4, "risk_value", align="center"),
        Col("controls", "Kontrollmoment", 4.0, "controls"),
        Col("follows", "Följer plan", 1.4, "follows_plan", align="left"),
        Col("comment", "Kommentar", 4.4, "comment"),
    ]
    table = Table("Uppföljning per kontrollmoment", cols, ROWS, rule="0.5pt solid #000000",
                  header_fill="#e7e6e6", size=8.5, head_size=8.5, font="DejaVu Sans",
                  pad=0.1, keep_rows=True, margin_top=0.2)
    title = "Uppföljning av internkontrollplan 2023 – delårsrapport"
    blocks = [
        P("Funktionshindernämnden", "Sub"),
        P(title, "Title"),
        P("Bakgrund", "H2"),
        P("Uppföljningen är en bilaga till nämndens delårsrapport per den 31 augusti 2023 och "
          "omfattar de kontroller som har genomförts under januari–augusti. Nämnden antog "
          "internkontrollplanen för 2023 den 14 december 2022."),
        P("Riskanalysen för 2023 omfattar 17 risker (föregående år 20). Sex av riskerna "
          "bedöms som väsentliga och har kontrollmoment i internkontrollplanen. Där flera "
          "kontroller har gjorts för samma risk anges de som punkter i kolumnen "
          "Kontrollmoment."),
        P("Resultat", "H2"),
        P("Tre kontroller följer planen, två följer den delvis och en följer den inte."),
        table,
        P("Fortsatt arbete", "H2"),
        P("Verkställigheten av beslut om bostad och delegeringarna i gruppbostäderna följs "
          "upp på nytt i årsbokslutet. Förvaltningen bedömer att kontrollerna i övrigt har "
          "fungerat enligt planen."),
    ]
    return Doc(
        name="fhin2023_scan_bw_delarsrapport_bulleted_controls",
        blocks=blocks,
        page=Page(top=2.0, bottom=1.8, left=1.8, right=1.8),
        font="DejaVu Sans",
        body_size=10,
        cell_size=8.5,
        footer="Funktionshindernämnden · Delårsrapport 2023 · Sida {page}",
        organ="Funktionshindernämnden",
        year=2023,
        period="delår",
        title=title,
        risks_inventoried=17,
        risks_critical=6,
    )
