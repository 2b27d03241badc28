"""scan1 document B: Social- och omsorgsnämnden, delår 2024, A4 portrait, a ruled
eight-column risk table whose process cells span rows ("Myndighetsutövning" over three
risks, "Ekonomi" over two), sannolikhet / konsekvens / riskvärde in narrow columns."""

from holdout_model import Col, Doc, P, Page, Table

SON_ROWS = [
    {"process": "Myndighetsutövning",
     "_span": {"process": 3},
     "risk": "Risk att ekonomiskt bistånd betalas ut två gånger för samma period eller "
             "till fel mottagare.",
     "s": "2", "k": "4", "value": "8",
     "controls": "Stickprov på 40 utbetalningar av ekonomiskt bistånd under januari–juni som "
                 "jämförs med beslut och ansökan.",
     "follows": "Ja",
     "comment": "Inga dubbla eller felaktiga utbetalningar hittades i stickprovet."},
    {"risk": "Risk att förhandsbedömning av orosanmälningar rörande barn inte görs inom 14 "
             "dagar enligt socialtjänstlagen.",
     "s": "3", "k": "4", "value": "12",
     "controls": "Uttag ur verksamhetssystemet av samtliga orosanmälningar och tiden till "
                 "beslut om att inleda utredning eller inte.",
     "follows": "Delvis",
     "comment": "Av 538 anmälningar bedömdes 471 inom 14 dagar. Eftersläpningen beror på "
                "vakanser under våren; två socialsekreterare har anställts."},
    {"risk": "Risk att beslut om insatser enligt LSS inte verkställs inom tre månader, så "
             "att nämnden kan åläggas särskild avgift.",
     "s": "3", "k": "3", "value": "9",
     "controls": "Genomgång av ej verkställda beslut som rapporterats till Inspektionen för "
                 "vård och omsorg.",
     "follows": "Nej",
     "comment": "Nio beslut om bostad med särskild service var inte verkställda efter tre "
                "månader. Nya platser öppnar i oktober."},
    {"process": "Ekonomi",
     "_span": {"process": 2},
     "risk": "Risk att avgifter för hemtjänst debiteras fel, eftersom inkomstuppgifterna i "
             "avgiftsunderlaget inte uppdateras.",
     "s": "3", "k": "2", "value": "6",
     "controls": "Stickprov på 30 avgiftsbeslut där inkomstuppgifter jämförs med senaste "
                 "förfrågan till Försäkringskassan.",
     "follows": "Delvis",
     "comment": "I fyra av 30 beslut saknades aktuella inkomstuppgifter. Avgifterna har "
                "räknats om."},
    {"risk": "Risk att inköp görs utanför upphandlade avtal när verksamheterna köper "
             "förbrukningsmaterial och livsmedel.",
     "s": "3", "k": "3", "value": "9",
     "controls": "Analys av avtalstroheten i ekonomisystemet för första halvåret.",
     "follows": "Ja",
     "comment": "Avtalstroheten var 93 procent, vilket är över målet på 90 procent."},
    {"process": "Dataskydd",
     "risk": "Risk att personuppgiftsincidenter inte anmäls till Integritetsskyddsmyndigheten "
             "inom 72 timmar enligt dataskyddsförordningen.",
     "s": "2", "k": "4", "value": "8",
     "controls": "Genomgång av incidentloggen och jämförelse av tidpunkt för upptäckt och "
                 "anmälan.",
     "follows": "Ja",
     "comment": "Tre incidenter anmäldes, samtliga inom 72 timmar."},
    {"process": "Läkemedelshantering",
     "risk": "Risk att läkemedel i särskilt boende inte förvaras och signeras enligt "
             "gällande rutin, vilket kan leda till felmedicinering.",
     "s": "3", "k": "4", "value": "12",
     "controls": "Egenkontroll av läkemedelsförråd och signeringslistor på samtliga sex "
                 "särskilda boenden.",
     "follows": "Delvis",
     "comment": "Brister i signeringen fanns på två boenden. Medicinskt ansvarig "
                "sjuksköterska har hållit utbildning för personalen."},
]


def son2024() -> Doc:
    cols = [
        Col("process", "Process", 2.4, "process", align="left"),
        Col("risk", "Risk", 3.9, "risk"),
        Col("s", "Sannolikhet", 1.2, "probability", align="center"),
        Col("k", "Konsekvens", 1.2, "consequence", align="center"),
        Col("value", "Riskvärde", 1.2, "risk_value", align="center"),
        Col("controls", "Kontrollmoment", 3.3, "controls"),
        Col("follows", "Följer plan", 1.2, "follows_plan", align="center"),
        Col("comment", "Kommentar", 3.0, "comment"),
    ]
    table = Table("Internkontroll", cols, SON_ROWS, rule="0.5pt solid #000000",
                  header_fill="#dbe5f1", size=8.5, font="DejaVu Sans", pad=0.1,
                  keep_rows=True, margin_top=0.15)
    blocks = [
        P("Social- och omsorgsnämnden", "Sub"),
        P("Delårsuppföljning av internkontrollplan 2024", "Title"),
        P("Nämnden följer upp internkontrollplanen två gånger per år. Denna uppföljning avser "
          "perioden januari–juni 2024 och redovisar de kontroller som har genomförts hittills "
          "under året."),
        P("Förvaltningens riskanalys omfattade 19 risker. Sju av dem har bedömts som så "
          "allvarliga att de ingår i planen med ett eget kontrollmoment. Riskerna är ordnade "
          "efter process; sannolikhet och konsekvens bedöms på en skala från 1 till 4."),
        P("Uppföljning per process", "H2"),
        table,
        P("Fortsatt arbete", "H2"),
        P("Verkställigheten av LSS-beslut och förhandsbedömningarna av orosanmälningar följs "
          "upp igen i helårsrapporten."),
    ]
    return Doc(
        name="son2024_scan_process_span",
        blocks=blocks,
        page=Page(top=2.2, bottom=2.0, left=1.8, right=1.8),
        font="DejaVu Serif",
        body_size=10.0,
        cell_size=8.5,
        footer="Social- och omsorgsnämnden, delårsuppföljning 2024, sida {page} av {pages}",
        organ="Social- och omsorgsnämnden",
        year=2024,
        period="delår",
        title="Delårsuppföljning av internkontrollplan 2024",
        risks_inventoried=19,
        risks_critical=7,
    )
