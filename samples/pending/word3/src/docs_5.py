"""Word report 5: Lokalnämnden, delår 2024. Word 2007's default look (Cambria-like serif
headings, here DejaVu Serif, over Calibri-like Carlito text, heading blue #365F91, "Light
List - Accent 1" tables). **One risk table per process**, each under a numbered heading of
its own ("3.1 Lokalförsörjning", "3.2 Fastighetsförvaltning", "3.3 Upphandling och avtal")
and without a process column; **a summary table at the end** counts the answers per process
(Process | Antal kontroller | Följer plan | Delvis | Följer inte) and gives no risks."""

from holdout_model import P, Page, SmallTable
from word_report import C, Grid, ReportDoc, rec

ORGAN = "Lokalnämnden"
TITLE = "Delårsrapport 2024 – uppföljning av intern kontroll"

# (heading number, process, [(risk, riskvärde, kontrollmoment, resultat, följer plan)])
PROCESSES = [
    ("3.1", "Lokalförsörjning", [
        ("Risk att lokaler hyrs in utan beslut enligt delegationsordningen.", 9,
         "Genomgång av alla nya hyresavtal under perioden mot delegationsbesluten.",
         "Nio nya hyresavtal tecknades. Ett saknade delegationsbeslut och har anmälts till "
         "nämnden i efterhand.", "Delvis"),
        ("Risk att tomma lokaler inte sägs upp i tid, så att kommunen betalar hyra för "
         "lokaler som inte används.", 12,
         "Kvartalsvis avstämning av vakanslistan mot hyresavtalens uppsägningstider.",
         "Två lokaler med sammanlagt 640 kvadratmeter har sagts upp inom "
         "uppsägningstiden.", "Ja"),
    ]),
    ("3.2", "Fastighetsförvaltning", [
        ("Risk att lagstadgade besiktningar av hissar och ventilation (OVK) inte görs i "
         "tid.", 12,
         "Avstämning av besiktningsregistret mot protokollen för samtliga fastigheter.",
         "Alla hissbesiktningar var gjorda. OVK saknades för två skolor; besiktningen är "
         "beställd till oktober.", "Ja"),
        ("Risk att felanmälningar inte åtgärdas inom avtalad tid.", 9,
         "Stickprov på 50 felanmälningar i fastighetssystemet.",
         "41 av 50 felanmälningar åtgärdades inom avtalad tid. Förseningarna gällde "
         "främst ventilation.", "Ja"),
        ("Risk att energiförbrukningen inte följs upp, så att fel i fastigheternas "
         "styrsystem inte upptäcks.", 9,
         "Månadsvis uppföljning av energistatistiken per fastighet.",
         "Uppföljningen har inte gjorts sedan energicontrollern slutade i mars. "
         "Rekrytering pågår.", "Nej"),
    ]),
    ("3.3", "Upphandling och avtal", [
        ("Risk att ändrings- och tilläggsarbeten (ÄTA) i byggprojekt beställs utan "
         "skriftligt underlag.", 16,
         "Granskning av ÄTA-beställningar i tre pågående byggprojekt.",
         "Samtliga 27 ÄTA-beställningar var skriftliga och attesterade av projektledaren.",
         "Ja"),
        ("Risk att avtalade priser i ramavtalen för fastighetsservice inte följs.", 9,
         "Stickprov på 20 fakturor mot avtalade à-priser.",
         "Inga avvikelser mot avtalen.", "Ja"),
    ]),
]

HEAD = ["Risk", "Riskvärde", "Kontrollmoment", "Resultat", "Följer plan"]
WIDTHS = [4.6, 1.6, 3.8, 5.0, 1.6]  # 16.6 cm


def summary() -> SmallTable:
    rows, tot = [], [0, 0, 0, 0]
    for _n, proc, risks in PROCESSES:
        ans = [r[4] for r in risks]
        counts = [len(ans), ans.count("Ja"), ans.count("Delvis"), ans.count("Nej")]
        tot = [a + b for a, b in zip(tot, counts, strict=True)]
        rows.append([proc, *map(str, counts)])
    rows.append(["Totalt", *map(str, tot)])
    return SmallTable("Sammanställning", ["Process", "Antal kontroller", "Följer plan",
                                          "Delvis", "Följer inte"],
                      [6.0, 2.8, 2.6, 2.6, 2.6], rows,
                      ["left", "right", "right", "right", "right"],
                      rule="0.5pt solid #4F81BD", size=10.0, bold_last=True,
                      header_fill="#DBE5F1")


def lkn2024():
    page = Page(21.0, 29.7, 2.5, 2.5, 2.2, 2.2)
    blocks = [
        P(ORGAN, "Organ"),
        P(TITLE, "Title"),
        P("Uppföljning per 31 augusti 2024", "Subtitle"),
        P("1 Sammanfattning", "H1"),
        P("Internkontrollplanen för 2024 bygger på en riskanalys med 15 risker. Sju av dem "
          "bedömdes som kritiska, med ett riskvärde på 9 eller högre på skalan 1–16, och "
          "följs upp med kontroller i planen. Fem kontroller följer planen, en följer den "
          "delvis och en har inte kunnat genomföras."),
        P("2 Bakgrund", "H1"),
        P("Lokalnämnden ansvarar för kommunens lokalförsörjning och för förvaltningen av "
          "kommunens fastigheter. Nämnden antog internkontrollplanen den 14 december 2023. "
          "Uppföljningen redovisas nedan per process, med en tabell för varje process."),
        P("3 Uppföljning per process", "H1"),
    ]
    records, grids, t = [], [], 0
    for num, proc, risks in PROCESSES:
        t += 1
        rows = []
        for risk, value, ctrl, res, fp in risks:
            records.append(rec(process=proc, risk=risk, risk_value=value, controls=ctrl,
                               comment=res, follows_plan=fp))
            rows.append((len(records), [C(risk), C(str(value), align="center"), C(ctrl),
                                        C(res), C(fp)]))
        name = f"Tabell {t}"
        grids.append(name)
        blocks += [
            P(f"{num} {proc}", "H2"),
            P(f"{name}. {proc}", "Caption"),
            Grid(name, WIDTHS, [HEAD], rows, rule="0.5pt solid #4F81BD",
                 header_fill="#4F81BD", header_color="#FFFFFF", size=9.0, font="Carlito",
                 pad=0.19, pad_v=0.03),
        ]
    blocks += [
        P("4 Sammanställning", "H1"),
        P("Tabell 4. Kontrollernas utfall per process", "Caption"),
        summary(),
        P("5 Bedömning", "H1"),
        P("Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. "
          "Uppföljningen av energiförbrukningen återupptas när den nya energicontrollern "
          "har börjat, senast i november."),
    ]
    return ReportDoc(
        name="lkn2024_table_per_process_summary",
        blocks=blocks, page=page, font="Carlito", body_size=11.0, heading_color="#365F91",
        heading_font="DejaVu Serif",
        footer="Lokalnämnden · Delårsrapport 2024 · Sida {page}", footer_align="center",
        organ=ORGAN, year=2024, period="delår", title=TITLE,
        risks_inventoried=15, risks_critical=7,
        columns=[{"header": "Risk", "field": "risk"},
                 {"header": "Riskvärde", "field": "risk_value"},
                 {"header": "Kontrollmoment", "field": "controls"},
                 {"header": "Resultat", "field": "comment"},
                 {"header": "Följer plan", "field": "follows_plan"}],
        records=records, grids=tuple(grids),
    )
