"""Word report 3: Farsta stadsdelsnämnd, tertial 2 2024. Times New Roman (Liberation
Serif), Word's "Table Grid". The risk table gives sannolikhet and konsekvens as numbers and
the risk level only as a word ("Risknivå": "Hög", "Mycket hög", "Medel", the cell filled in
the level's colour); no risk value is printed. **The results stand in a second table below**
("Tabell 2. Resultat av kontrollerna"), keyed by the risks' Nr: Nr | Kommentar | Följer
plan."""

from holdout_model import P, Page
from word_report import C, Grid, ReportDoc, rec

ORGAN = "Farsta stadsdelsnämnd"
TITLE = "Tertialrapport 2 2024 – uppföljning av intern kontroll"
LEVEL = {"Mycket hög": "#FF7C80", "Hög": "#FFC000", "Medel": "#FFFF99"}

# Nr, process, risk, S, K, level, controls, comment, Följer plan
RISKS = [
    ("1", "Ekonomiskt bistånd", "Risk att ekonomiskt bistånd betalas ut till personer som "
     "har inkomster som de inte har redovisat.", 3, 4, "Mycket hög",
     "Månatlig kontroll mot inkomstuppgifter via SSBTEK för samtliga nya ansökningar.",
     "Kontrollen har gjorts varje månad. I sex ärenden hade inkomster inte redovisats; "
     "återkrav har beslutats i fem av dem och ett ärende är polisanmält.", "Ja"),
    ("2", "Förskola", "Risk att avgifter för förskola grundas på felaktiga "
     "inkomstuppgifter.", 3, 3, "Hög",
     "Stickprov på 40 hushåll där inkomstuppgiften jämförs med Skatteverkets uppgifter.",
     "Stickprovet har hunnits med för 25 av 40 hushåll. Avvikelser fanns i fyra hushåll och "
     "avgifterna har rättats. Resterande hushåll kontrolleras i oktober.", "Delvis"),
    ("3", "Hemtjänst", "Risk att utförd tid i hemtjänsten registreras felaktigt, så att "
     "ersättningen till utförarna blir fel.", 2, 4, "Hög",
     "Jämförelse mellan planerad och registrerad tid för tre utförare.",
     "Kontrollen har inte genomförts under perioden eftersom verksamhetssystemet byttes i "
     "juni. Den görs i november.", "Nej"),
    ("4", "Fritidsgårdar", "Risk att kontanter från kiosk och aktiviteter inte redovisas "
     "fullständigt.", 2, 4, "Hög",
     "Oanmäld kassakontroll på de två fritidsgårdarna varje tertial.",
     "Två kassakontroller per gård är gjorda. Kassorna stämde med redovisningen.", "Ja"),
    ("5", "Föreningsbidrag", "Risk att lokala aktivitetsbidrag betalas ut på felaktiga "
     "deltagaruppgifter.", 3, 3, "Hög",
     "Stickprov på närvarolistor hos fyra föreningar.",
     "Närvarolistorna stämde med ansökningarna.", "Ja"),
    ("6", "Upphandling", "Risk att konsulttjänster köps in utan avrop från ramavtal.", 3, 3,
     "Hög", "Genomgång av alla fakturor för konsulttjänster under januari–augusti.",
     "Tre inköp på sammanlagt 212 000 kronor saknade avrop. Berörda chefer har fått "
     "information om ramavtalen och kontrollen upprepas i december.", "Delvis"),
    ("7", "Arbetsmiljö", "Risk att hot och våld mot medarbetare i mottagningen inte "
     "rapporteras.", 2, 3, "Medel",
     "Genomgång av tillbudsrapporter och jämförelse med incidentloggen i receptionen.",
     "Alla fem händelser under perioden var rapporterade i avvikelsesystemet.", "Ja"),
]

HEAD1 = ["Nr", "Process", "Risk", "Sannolikhet", "Konsekvens", "Risknivå", "Kontrollmoment"]
WIDTHS1 = [0.8, 2.6, 4.7, 1.7, 1.7, 1.6, 3.9]  # 17.0 cm
HEAD2 = ["Nr", "Kommentar", "Följer plan"]
WIDTHS2 = [0.8, 13.8, 2.4]  # 17.0 cm


def fsdn2024():
    page = Page(21.0, 29.7, 2.5, 2.5, 2.0, 2.0)
    rows1, rows2, records = [], [], []
    for i, (nr, proc, risk, s, k, level, ctrl, comment, fp) in enumerate(RISKS, 1):
        rows1.append((i, [C(nr), C(proc), C(risk), C(str(s), align="center"),
                          C(str(k), align="center"), C(level, fill=LEVEL[level]), C(ctrl)]))
        rows2.append((i, [C(nr), C(comment), C(fp)]))
        records.append(rec(process=proc, risk=risk, probability=s, consequence=k,
                           controls=ctrl, comment=comment, follows_plan=fp,
                           extra={"Nr": nr}))
    grid = dict(rule="0.5pt solid #000000", size=9.0, font="Liberation Serif", pad=0.19,
                pad_v=0.0)
    blocks = [
        P(ORGAN, "Organ"),
        P(TITLE, "Title"),
        P("Perioden januari–augusti 2024", "Subtitle"),
        P("1. Inledning", "H1"),
        P("Stadsdelsnämnden beslutade om internkontrollplanen för 2024 i januari. I den här "
          "tertialrapporten redovisas resultatet av kontrollerna till och med den 31 "
          "augusti 2024."),
        P("I riskanalysen har 19 risker identifierats. Sex av dem har bedömts ha hög eller "
          "mycket hög risknivå och är därmed kritiska; de ingår i internkontrollplanen. Dessutom "
          "ingår en risk med medelhög risknivå (nr 7) efter revisorernas granskning av "
          "arbetsmiljöarbetet 2023."),
        P("2. Risker och kontroller", "H1"),
        P("Tabell 1 visar riskerna i planen med bedömd sannolikhet och konsekvens på en skala "
          "från 1 till 4 och den risknivå som följer av dem: Medel (4–6), Hög (8–9) och "
          "Mycket hög (12–16)."),
        P("Tabell 1. Risker i internkontrollplanen 2024", "Caption"),
        Grid("Tabell 1", WIDTHS1, [HEAD1], rows1, **grid),
        P("3. Resultat av kontrollerna", "H1"),
        P("I tabell 2 redovisas resultatet av varje kontroll och om kontrollen har "
          "genomförts enligt planen. Numren hänvisar till tabell 1."),
        P("Tabell 2. Resultat av kontrollerna per 31 augusti 2024", "Caption"),
        Grid("Tabell 2", WIDTHS2, [HEAD2], rows2, **grid),
        P("4. Samlad bedömning", "H1"),
        P("Fyra kontroller följer planen, två följer den delvis och en har skjutits upp till "
          "november. Stadsdelsförvaltningen bedömer att den interna kontrollen är "
          "tillräcklig men att kontrollen av hemtjänstens tidsregistrering måste "
          "genomföras innan året är slut."),
    ]
    return ReportDoc(
        name="fsdn2024_level_words_comment_table_below",
        blocks=blocks, page=page, font="Liberation Serif", body_size=11.0,
        heading_color="#1F3864",
        header="Farsta stadsdelsnämnd · Tertialrapport 2 2024",
        footer="Sida {page} av {pages}", footer_align="right",
        organ=ORGAN, year=2024, period="tertial", title=TITLE,
        risks_inventoried=19, risks_critical=6,
        columns=[{"header": "Nr", "field": None},
                 {"header": "Process", "field": "process"},
                 {"header": "Risk", "field": "risk"},
                 {"header": "Sannolikhet", "field": "probability"},
                 {"header": "Konsekvens", "field": "consequence"},
                 # the risk-value column, null when only a level word is printed (the
                 # convention of holdout13 and chromium3; commit c5afac9 amended the JSON)
                 {"header": "Risknivå", "field": "risk_value"},
                 {"header": "Kontrollmoment", "field": "controls"},
                 {"header": "Kommentar", "field": "comment"},
                 {"header": "Följer plan", "field": "follows_plan"}],
        records=records, grids=("Tabell 1", "Tabell 2"),
    )
