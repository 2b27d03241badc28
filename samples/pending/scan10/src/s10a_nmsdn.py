"""scan10 document A: Norrmalms stadsdelsnämnd, helår 2024, A4 portrait: the plain ruled Word
table (Carlito 9 pt, every cell ruled 0.5 pt black, light blue header), six columns in the
usual order, seven risks, **no quirk**. Period from the title "Internkontrollplan 2024 –
helårsuppföljning" (and "Bokslut 2024" in the footer); the counts in one sentence that
names the critical ones first: "Sju av de 21 risker som förvaltningen har identifierat ...
bedöms som väsentliga". Scanned grey at 300 dpi."""

from holdout_model import Col, Doc, P, Page, Table

ROWS = [
    {"process": "Äldreomsorg, särskilt boende",
     "risk": "Risk att läkemedelsavvikelser inte rapporteras och följs upp, vilket kan leda "
             "till felaktig läkemedelsbehandling av de boende.",
     "value": "12",
     "controls": "Genomgång av avvikelserapporteringen i verksamhetssystemet på "
                 "stadsdelsområdets fyra vård- och omsorgsboenden.",
     "follows": "Ja",
     "comment": "Avvikelserna har rapporterats och analyserats enligt rutinen. Antalet "
                "rapporterade läkemedelsavvikelser ökade från 61 till 74, vilket bedöms bero "
                "på en bättre rapporteringskultur."},
    {"process": "Hemtjänst",
     "risk": "Risk att dokumentationen av utförda insatser brister, så att brukarens behov "
             "och genomförandeplanen inte stämmer överens.",
     "value": "9",
     "controls": "Granskning av 30 slumpvis utvalda genomförandeplaner och den sociala "
                 "dokumentationen i samma ärenden.",
     "follows": "Delvis",
     "comment": "I 22 av 30 granskade akter var genomförandeplanen uppdaterad inom sex "
                "månader. Enhetscheferna har fått i uppdrag att följa upp de återstående "
                "planerna under våren 2025."},
    {"process": "Ekonomiskt bistånd",
     "risk": "Risk för felaktiga utbetalningar till följd av bristande kontroll av den "
             "sökandes inkomster och tillgångar.",
     "value": "12",
     "controls": "Stickprov på 25 utbetalningar per halvår med kontroll mot uppgifter från "
                 "Försäkringskassan och Skatteverket.",
     "follows": "Ja",
     "comment": "Inga felaktiga utbetalningar upptäcktes i de 50 kontrollerade ärendena."},
    {"process": "Barn och unga",
     "risk": "Risk att förhandsbedömningar av orosanmälningar inte görs inom fjorton dagar "
             "enligt socialtjänstlagen.",
     "value": "12",
     "controls": "Kvartalsvis uppföljning av handläggningstiderna för samtliga inkomna "
                 "orosanmälningar.",
     "follows": "Nej",
     "comment": "Andelen förhandsbedömningar inom fjorton dagar var 81 procent. Vakanser i "
                "mottagningsgruppen under hösten är huvudorsaken, och två tjänster har nu "
                "tillsatts."},
    {"process": "Förskola",
     "risk": "Risk att avgifter för förskoleplatser debiteras felaktigt när "
             "vårdnadshavarnas inkomstuppgifter inte uppdateras.",
     "value": "8",
     "controls": "Jämförelse av inkomstuppgifterna i avgiftssystemet med taxeringsuppgifter "
                 "för ett urval av 40 hushåll.",
     "follows": "Ja",
     "comment": "Två hushåll hade debiterats för låg avgift. Avgifterna har korrigerats och "
                "mellanskillnaden har fakturerats i efterhand."},
    {"process": "Inköp och direktupphandling",
     "risk": "Risk att direktupphandlingar över beloppsgränsen görs utan dokumentation och "
             "utan konkurrensutsättning.",
     "value": "9",
     "controls": "Granskning av leverantörsfakturor över 100 000 kronor som saknar koppling "
                 "till ett avtal.",
     "follows": "Delvis",
     "comment": "Tre inköp saknade dokumentation av direktupphandlingen. Berörda chefer har "
                "fått information om stadens riktlinjer för inköp."},
    {"process": "Informationssäkerhet",
     "risk": "Risk att personuppgifter i IT-systemen blir åtkomliga för obehöriga på grund "
             "av inaktuella behörigheter.",
     "value": "9",
     "controls": "Halvårsvis behörighetsgenomgång i verksamhetssystemen för socialtjänst och "
                 "äldreomsorg.",
     "follows": "Ja",
     "comment": "Behörighetsgenomgången är genomförd vid båda tillfällena och 23 inaktuella "
                "behörigheter har tagits bort."},
]


def nmsdn2024() -> Doc:
    cols = [
        Col("process", "Process", 2.4, "process", align="left"),
        Col("risk", "Risk", 4.0, "risk"),
        Col("value", "Riskvärde", 1.4, "risk_value", align="center"),
        Col("controls", "Kontrollmoment", 3.8, "controls"),
        Col("follows", "Följer plan", 1.4, "follows_plan", align="left"),
        Col("comment", "Kommentar", 4.8, "comment"),
    ]
    table = Table("Kontrollmoment 2024", cols, ROWS, rule="0.5pt solid #000000",
                  header_fill="#d9e2f3", size=9, head_size=9, font="Carlito",
                  pad=0.1, keep_rows=True, margin_top=0.2)
    title = "Internkontrollplan 2024 – helårsuppföljning"
    blocks = [
        P("Norrmalms stadsdelsnämnd", "Sub"),
        P(title, "Title"),
        P("Inledning", "H2"),
        P("Stadsdelsnämnden antog internkontrollplanen för 2024 i december 2023. Denna "
          "helårsuppföljning redovisas tillsammans med verksamhetsberättelsen."),
        P("Sju av de 21 risker som förvaltningen har identifierat i riskanalysen bedöms som "
          "väsentliga och har därför kontrollmoment i internkontrollplanen. Riskvärdet är "
          "sannolikhet gånger konsekvens, båda bedömda på en skala från 1 till 4."),
        P("Resultat", "H2"),
        P("Fyra kontroller följer planen, två följer den delvis och en följer den inte."),
        table,
        P("Bedömning", "H2"),
        P("Handläggningstiderna för orosanmälningar och dokumentationen i hemtjänsten "
          "följs upp på nytt under 2025. Förvaltningen bedömer att den interna kontrollen i "
          "övrigt är tillräcklig."),
    ]
    return Doc(
        name="nmsdn2024_scan_plain_helarsuppfoljning",
        blocks=blocks,
        page=Page(top=1.7, bottom=1.5, left=1.6, right=1.6),
        font="Carlito",
        body_size=10.5,
        cell_size=9,
        footer="Norrmalms stadsdelsförvaltning · Bokslut 2024 · Sida {page} av {pages}",
        organ="Norrmalms stadsdelsnämnd",
        year=2024,
        period="helår",
        title=title,
        risks_inventoried=21,
        risks_critical=7,
    )
