"""scan3 document D: Fritids- och ungdomsnämnden, helår 2022, A4 portrait over two pages: a
fact box with the counts, a risk table with a running number "R1" ... and no comment column,
and the comments in a table of their own below it ("Nr" / "Kommentar till avvikelse"), only for
the risks with a deviation; scanned on a grey sheet with a shadow along the binding edge."""

from holdout_model import Col, Doc, P, Page, SmallTable, Table

ROWS = [
    {"nr": "R1", "process": "Föreningsbidrag",
     "risk": "Risk att lokalt aktivitetsstöd betalas ut för sammankomster som inte har "
             "genomförts.",
     "value": "12",
     "controls": "Stickprov på tolv föreningar där närvarokorten jämförs med ansökan.",
     "freq": "Två gånger per år", "follows": "Delvis"},
    {"nr": "R2", "process": "Kontanthantering",
     "risk": "Risk att kontanter från kiosk- och caféförsäljningen på fritidsgårdarna hanteras "
             "utan avstämning.",
     "value": "9",
     "controls": "Oanmäld kassakontroll på tre fritidsgårdar.",
     "freq": "En gång per år", "follows": "Ja"},
    {"nr": "R3", "process": "Entréavgifter",
     "risk": "Risk att rabatter och fribiljetter i badhusets kassasystem används utan beslut.",
     "value": "8",
     "controls": "Uttag av alla köp med mer än 50 procents rabatt under oktober.",
     "freq": "Kvartalsvis", "follows": "Nej"},
    {"nr": "R4", "process": "Lokalbokning",
     "risk": "Risk att uthyrning av idrottshallar inte faktureras när bokningar ändras eller "
             "avbokas sent.",
     "value": "6",
     "controls": "Avstämning av bokningssystemet mot fakturerade bokningar i september.",
     "freq": "En gång per år", "follows": "Ja"},
    {"nr": "R5", "process": "Statsbidrag",
     "risk": "Risk att statsbidraget för avgiftsfria lovaktiviteter används till annat än "
             "lovaktiviteter.",
     "value": "9",
     "controls": "Redovisningen till Socialstyrelsen jämförd med bokförda kostnader.",
     "freq": "En gång per år", "follows": "Delvis"},
    {"nr": "R6", "process": "Upphandling",
     "risk": "Risk att idrottsmaterial och aktiviteter köps utanför ramavtalen.",
     "value": "8",
     "controls": "Inköpsanalys av leverantörer utan avtal med inköp över 50 000 kronor.",
     "freq": "Halvårsvis", "follows": "Ja"},
    {"nr": "R7", "process": "Verksamhet för barn och unga",
     "risk": "Risk att ledare och sommarpersonal som arbetar med barn saknar utdrag ur "
             "belastningsregistret.",
     "value": "12",
     "controls": "Kontroll av registerutdrag för alla som anställts till sommarverksamheten.",
     "freq": "Inför sommaren", "follows": "Delvis"},
    {"nr": "R8", "process": "Arbetsmiljö",
     "risk": "Risk att personal på fritidsgårdarna arbetar ensam kvällstid utan "
             "riskbedömning.",
     "value": "8",
     "controls": "Kontroll att en riskbedömning för ensamarbete finns för varje fritidsgård.",
     "freq": "En gång per år", "follows": "Ja"},
]

#: the comments table under the risk table: Nr -> comment (deviations only)
COMMENTS = {
    "R1": "Två föreningar kunde inte visa närvarokort för sammanlagt 46 sammankomster. Stödet, "
          "9 200 kronor, har återkrävts och föreningarna har fått information om reglerna.",
    "R3": "Fribiljetter hade lämnats ut av personalen utan beslut vid 31 tillfällen. En rutin "
          "där fribiljetter attesteras av enhetschefen infördes i december.",
    "R5": "Kostnader för 38 000 kronor gällde verksamhet utanför loven. De har förts om till "
          "nämndens egen budget.",
    "R7": "Utdrag saknades för tre av 64 sommaranställda när de började. Alla utdrag har nu "
          "visats upp, och rutinen ändras så att utdraget visas innan anställningsavtalet "
          "skrivs.",
}
COMMENT_HEADER = "Kommentar till avvikelse"


def fritun2022() -> Doc:
    cols = [
        Col("nr", "Nr", 0.9, None, align="left"),
        Col("process", "Process", 2.6, "process", align="left"),
        Col("risk", "Risk", 4.6, "risk"),
        Col("value", "Riskvärde", 1.4, "risk_value", align="center"),
        Col("controls", "Kontrollmoment", 4.4, "controls"),
        Col("freq", "Frekvens", 1.7, None, align="left"),
        Col("follows", "Följer plan", 1.4, "follows_plan", align="left"),
    ]
    table = Table("Tabell 1", cols, ROWS, rule="0.5pt solid #000000", header_fill="#bfbfbf",
                  size=9.5, head_size=9.5, font="Carlito", pad=0.12, keep_rows=True,
                  margin_top=0.15)
    facts = SmallTable("Fakta", ["Internkontroll 2022", "Antal"], [8.0, 2.0],
                       [["Risker i nämndens riskanalys", "26"],
                        ["Risker med kontrollmoment i planen", "8"],
                        ["Kontroller utan avvikelse", "4"]],
                       ["left", "right"], rule="0.75pt solid #000000", size=10.0,
                       header_fill="#d9d9d9")
    comments = SmallTable("Tabell 2", ["Nr", COMMENT_HEADER], [0.9, 16.1],
                          [[k, v] for k, v in COMMENTS.items()], ["left", "left"],
                          rule="0.5pt solid #000000", size=9.5, header_fill="#bfbfbf")
    title = "Uppföljning av intern kontroll – helår 2022"
    blocks = [
        P("Fritids- och ungdomsnämnden", "Sub"),
        P(title, "Title"),
        P("Fritids- och ungdomsnämnden ansvarar för fritidsgårdar, idrottsanläggningar, "
          "badhuset, bidrag till föreningar och lovverksamhet för barn och unga. "
          "Internkontrollplanen för 2022 antogs av nämnden den 15 december 2021. I "
          "faktarutan nedan redovisas hur många risker som har bedömts och hur många som "
          "ingår i planen."),
        facts,
        P("Resultat", "H2"),
        P("Tabell 1 visar kontrollmomenten och om kontrollen visar att verksamheten följer "
          "planen. Riskvärdet är produkten av sannolikhet och konsekvens, var och en bedömd "
          "från 1 till 4. Avvikelserna kommenteras i tabell 2."),
        P("Tabell 1. Kontrollmoment 2022", "H2"),
        table,
        P("Tabell 2. Kommentarer till avvikelser", "H2"),
        comments,
        P("Nämndens bedömning", "H2"),
        P("Nämnden bedömer att den interna kontrollen i huvudsak fungerar. Åtgärderna för "
          "fribiljetterna och registerutdragen följs upp särskilt i planen för 2023."),
    ]
    return Doc(
        name="fritun2022_scan_grey_paper_comments_table_below",
        blocks=blocks,
        page=Page(top=2.2, bottom=2.0, left=2.0, right=2.0),
        font="DejaVu Serif",
        body_size=10.0,
        cell_size=9.5,
        header="Fritids- och ungdomsnämnden · Dnr FUN 2023/012",
        footer="Sida {page} av {pages}",
        organ="Fritids- och ungdomsnämnden",
        year=2022,
        period="helår",
        title=title,
        risks_inventoried=26,
        risks_critical=8,
        extra_info={"comments": COMMENTS, "key_header": "Nr",
                    "comment_header": COMMENT_HEADER},
    )
