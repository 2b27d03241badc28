"""scan1 document E (born-digital): Miljö- och tillståndsnämnden, helår 2024, A4 portrait.
"Följer plan" is shown ONLY as a cell fill (green / yellow / red, no text), explained by a
legend under the table; the risk value cells keep their number and are filled by level."""

from producers.scan_report import GREEN, RED, YELLOW, Filled, level_fill
from holdout_model import Col, Doc, P, Page, Table


def v(n: int) -> Filled:
    return Filled(str(n), level_fill(n))


MTN_ROWS = [
    {"process": "Tillståndsprövning",
     "risk": "Risk att ansökningar om tillstånd för miljöfarlig verksamhet inte kungörs "
             "enligt miljöbalken innan beslut fattas.",
     "value": v(8),
     "controls": "Granskning av samtliga beslut om tillstånd under året och kontroll av "
                 "kungörelsedatum.",
     "follows": Filled("", GREEN),
     "comment": "Alla elva ärenden var kungjorda före beslut."},
    {"process": "Tillsyn av serveringstillstånd",
     "risk": "Risk att tillsynen enligt alkohollagen inte genomförs enligt tillsynsplanen, "
             "så att överträdelser inte upptäcks.",
     "value": v(12),
     "controls": "Jämförelse mellan tillsynsplanen och dokumenterade tillsynsbesök.",
     "follows": Filled("", YELLOW),
     "comment": "Av 58 planerade besök genomfördes 44. Kvällstillsyn har prioriterats "
                "under hösten."},
    {"process": "Avgiftsdebitering",
     "risk": "Risk att timavgifter för handläggning inte debiteras, eftersom nedlagd tid "
             "inte registreras i ärendet.",
     "value": v(9),
     "controls": "Stickprov på 25 avslutade ärenden där registrerad tid jämförs med "
                 "fakturerat belopp.",
     "follows": Filled("", RED),
     "comment": "I nio av 25 ärenden var tiden inte registrerad och ingen avgift "
                "debiterad. Tidsregistreringen blir obligatorisk i verksamhetssystemet från "
                "februari 2025."},
    {"process": "Delegation",
     "risk": "Risk att beslut fattas av tjänstepersoner utan delegation eller inte anmäls "
             "till nämnden.",
     "value": v(6),
     "controls": "Avstämning av delegationsbeslut i ärendesystemet mot anmälda beslut i "
                 "nämndens protokoll.",
     "follows": Filled("", GREEN),
     "comment": "Samtliga beslut var fattade med stöd av delegation och anmälda."},
    {"process": "Dataskydd",
     "risk": "Risk att handlingar med känsliga personuppgifter diarieförs öppet och lämnas "
             "ut utan sekretessprövning.",
     "value": v(12),
     "controls": "Genomgång av utlämnade allmänna handlingar under två månader.",
     "follows": Filled("", YELLOW),
     "comment": "Två handlingar lämnades ut utan dokumenterad sekretessprövning. "
                "Registratorerna har fått utbildning."},
    {"process": "Direktupphandling",
     "risk": "Risk att konsulttjänster för mätningar och provtagning köps utan "
             "dokumenterad direktupphandling.",
     "value": v(4),
     "controls": "Uttag ur ekonomisystemet av inköp av konsulttjänster över 50 000 kronor.",
     "follows": Filled("", GREEN),
     "comment": "Alla sju inköp var dokumenterade enligt riktlinjerna."},
    {"process": "Arbetsmiljö",
     "risk": "Risk att inspektörer utsätts för hot vid tillsynsbesök utan att riskbedömning "
             "och rutin för ensamarbete finns.",
     "value": v(9),
     "controls": "Kontroll av att riskbedömning finns för alla tillsynsområden och att "
                 "incidenter har följts upp.",
     "follows": Filled("", RED),
     "comment": "Riskbedömning saknades för tillsyn av serveringsställen nattetid. Den tas "
                "fram under första kvartalet 2025."},
]


def mtn2024() -> Doc:
    cols = [
        Col("process", "Process", 2.6, "process", align="left"),
        Col("risk", "Risk", 4.2, "risk"),
        Col("value", "Riskvärde", 1.5, "risk_value", align="center"),
        Col("controls", "Kontrollmoment", 3.8, "controls"),
        Col("follows", "Följer plan", 1.4, "follows_plan", align="center"),
        Col("comment", "Kommentar", 4.0, "comment"),
    ]
    table = Table("Internkontroll", cols, MTN_ROWS, rule="0.5pt solid #595959",
                  header_fill="#f2f2f2", size=9.0, font="Liberation Sans", pad=0.1,
                  keep_rows=True, margin_top=0.15)
    blocks = [
        P("Miljö- och tillståndsnämnden", "Sub"),
        P("Uppföljning av intern kontroll 2024 – helår", "Title"),
        P("Nämnden har under 2024 kontrollerat de risker som togs in i internkontrollplanen. "
          "I riskanalysen inför året bedömdes 15 risker, varav sju med ett riskvärde på 4 "
          "eller högre som ingår i planen."),
        P("Riskvärdet är produkten av sannolikhet och konsekvens, bedömda från 1 till 4, "
          "och är färgmarkerat efter nivå: grönt 1–4, gult 6–8 och rött 9–16. Om kontrollen "
          "visar att rutinen följs visas med färg i kolumnen Följer plan."),
        table,
        P("Färgmarkering i kolumnen Följer plan: Grön = följer planen, Gul = följer delvis, "
          "Röd = följer inte.", "Small"),
        P("Åtgärder", "H2"),
        P("Avgiftsdebiteringen och riskbedömningen för tillsyn nattetid tas med i planen för "
          "2025."),
    ]
    return Doc(
        name="mtn2024_follows_plan_as_fill",
        blocks=blocks,
        page=Page(top=2.0, bottom=2.0, left=1.75, right=1.75),
        font="Liberation Sans",
        body_size=10.0,
        cell_size=9.0,
        footer="Miljö- och tillståndsnämnden – intern kontroll 2024 – {page}",
        organ="Miljö- och tillståndsnämnden",
        year=2024,
        period="helår",
        title="Uppföljning av intern kontroll 2024 – helår",
        risks_inventoried=15,
        risks_critical=7,
    )
