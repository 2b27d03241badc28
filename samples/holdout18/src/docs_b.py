"""Holdout18 document B: Teknik- och fastighetsnämnden, a ruled risk table with a bar chart
drawn as vector graphics directly above it on page 1 (risks per risk value) and a second bar
chart (controls per Följer plan answer) between the table's two parts: risks 1-4 on page 1,
the chart at the top of page 2, then risks 5-8 under the header printed again."""

from h18kit import BarChart, H18Table, bars_of
from holdout_model import Col, Doc, P, Page


def row(process, risk, value, controls, follows, comment):
    return {"process": process, "risk": risk, "value": value, "controls": controls,
            "follows": follows, "comment": comment}


TFN_ROWS = [
    row("Vinterväghållning",
        "Risk att snöröjning och halkbekämpning inte utförs inom avtalade tider, så att "
        "gång- och cykelvägar till skolor och vårdboenden blir oframkomliga.",
        "12",
        "Jämförelse av entreprenörernas GPS-loggar med utryckningskriterierna för tio "
        "snöfall under januari–mars.",
        "Delvis",
        "Vid sju av tio snöfall var prioriterade stråk röjda i tid. Vid tre tillfällen "
        "försenades röjningen med två till fyra timmar; vite har tagits ut enligt avtalet."),
    row("Fastighetsunderhåll",
        "Risk att planerat underhåll skjuts upp år efter år, så att underhållsskulden växer "
        "och akuta reparationer ökar.",
        "9",
        "Avstämning av underhållsplanens åtgärder för 2024 mot utfört arbete och "
        "bokförda kostnader per fastighet.",
        "Delvis",
        "Av 58 planerade åtgärder var 34 genomförda per den 31 augusti. Takbytet på "
        "Norrskolan har flyttats till 2025 på grund av anbudsläget."),
    row("Brandskydds- och säkerhetsarbete",
        "Risk att det systematiska brandskyddsarbetet i kommunens lokaler inte "
        "dokumenteras, så att brister i utrymningsvägar och larm inte åtgärdas.",
        "12",
        "Granskning av brandskyddsdokumentation och egenkontroller för 15 slumpvis "
        "valda skolor, förskolor och äldreboenden.",
        "Ja",
        "Egenkontrollerna var gjorda och dokumenterade i alla 15 lokaler. Två brister i "
        "nödbelysningen åtgärdades inom en vecka."),
    row("Energiuppföljning",
        "Risk att avvikande energiförbrukning i fastigheterna inte upptäcks, eftersom "
        "mätvärdena från fjärrvärme och el inte analyseras löpande.",
        "8",
        "Månatlig jämförelse av förbrukningen i de 40 största fastigheterna med "
        "normalårskorrigerade referensvärden.",
        "Ja",
        "Fyra avvikelser upptäcktes och åtgärdades, bland annat en felinställd "
        "ventilationsanläggning i simhallen."),
    row("Upphandling av entreprenader",
        "Risk att ändrings- och tilläggsarbeten i byggentreprenader beställs utan skriftlig "
        "beställning och utan prövning mot avtalets ramar.",
        "12",
        "Genomgång av samtliga ÄTA-arbeten över 100 000 kronor i de tre största "
        "pågående byggprojekten.",
        "Nej",
        "I två av tre projekt saknades skriftlig beställning för sammanlagt elva "
        "ÄTA-arbeten. Projektledarna har fått utbildning och en mall för beställning har "
        "införts."),
    row("Lokalvård",
        "Risk att städning i skolor och förskolor inte håller avtalad kvalitet och att "
        "avvikelser inte rapporteras till beställaren.",
        "6",
        "Kvalitetsronder med städprotokoll i 20 lokaler, utförda tillsammans med "
        "verksamheternas kontaktpersoner.",
        "Ja",
        "Kvaliteten var godkänd i 18 av 20 lokaler. I två förskolor har städfrekvensen i "
        "entréerna ökats."),
    row("Gatubelysning",
        "Risk att trasiga belysningspunkter inte lagas inom avtalad tid, vilket försämrar "
        "tryggheten och trafiksäkerheten under den mörka årstiden.",
        "9",
        "Uppföljning av felanmälningar i felanmälningssystemet och tiden från anmälan till "
        "åtgärd under perioden.",
        "Ja",
        "Av 412 felanmälningar åtgärdades 389 inom tio arbetsdagar. Resten väntade på "
        "reservdelar eller ledningsarbete."),
    row("Hyresavtal och internhyra",
        "Risk att internhyran för verksamhetslokaler beräknas på inaktuella ytor eller "
        "kostnader, så att nämnderna debiteras felaktigt.",
        "8",
        "Stickprov på tolv hyresavtal där avtalad yta och hyresnivå jämförs med "
        "ritningsunderlag och gällande hyresmodell.",
        "Delvis",
        "Tio avtal var korrekta. I två avtal var ytan för låg efter ombyggnader; "
        "hyrorna justeras från den 1 januari 2025."),
]


def tfn2024() -> Doc:
    cols = [
        Col("process", "Process", 2.4, "process", align="left"),
        Col("risk", "Risk", 3.8, "risk"),
        Col("value", "Riskvärde", 1.5, "risk_value", align="left"),
        Col("controls", "Kontrollmoment", 3.6, "controls"),
        Col("follows", "Följer plan", 1.5, "follows_plan", align="left"),
        Col("comment", "Kommentar", 4.2, "comment"),
    ]
    chart1 = BarChart("Diagram 1", "Diagram 1. Kontrollerade risker efter riskvärde (antal "
                      "risker)", bars_of(TFN_ROWS, "value", ["6", "8", "9", "12"]), ymax=4,
                      width=17.0, height=4.4, colour="#4f81bd", axis_title="Riskvärde")
    chart2 = BarChart("Diagram 2", "Diagram 2. Kontrollernas utfall (antal kontroller)",
                      bars_of(TFN_ROWS, "follows", ["Ja", "Delvis", "Nej"]), ymax=5, width=17.0,
                      height=4.4, colour="#9bbb59", axis_title="Bedömning",
                      break_before=True)
    between = [chart2]
    table = H18Table("Risker och kontroller", cols, TFN_ROWS, rule="0.5pt solid #7f7f7f",
                     header_fill="#dde3ea", size=8.5, font="Liberation Sans", pad=0.1,
                     keep_rows=True, margin_top=0.1, split_at=4, between=between)
    blocks = [
        P("Teknik- och fastighetsnämnden", "Sub"),
        P("Delårsuppföljning av internkontrollplan 2024", "Title"),
        P("Uppföljningen avser perioden januari–augusti 2024. Internkontrollplanen "
          "bygger på förvaltningens riskanalys, där sannolikhet och konsekvens bedöms på en "
          "skala 1–4 och riskvärdet är produkten av de två bedömningarna."),
        P("Förvaltningen har i riskanalysen bedömt 24 risker. Åtta av dem har ett "
          "riskvärde på 6 eller högre och har kontrollerats under perioden. Diagram 1 visar "
          "hur de kontrollerade riskerna fördelar sig på riskvärden och diagram 2 hur "
          "kontrollerna utföll."),
        P("Resultat", "H2"),
        chart1,
        table,
        P("Sammanfattning", "H2"),
        P("Den interna kontrollen bedöms i huvudsak fungera. Hanteringen av ÄTA-arbeten i "
          "byggprojekten är den allvarligaste bristen och följs upp särskilt i "
          "helårsrapporten. Underhållsplanen revideras under hösten, så att den stämmer med "
          "budgeten för 2025."),
    ]
    return Doc(
        name="tfn2024_bar_charts_around_risk_table",
        blocks=blocks,
        page=Page(top=1.8, bottom=1.8, left=2.0, right=2.0),
        font="Liberation Serif",
        body_size=10.5,
        cell_size=8.5,
        footer="Teknik- och fastighetsnämnden · Delårsuppföljning 2024 · sida {page} av "
        "{pages}",
        organ="Teknik- och fastighetsnämnden",
        year=2024,
        period="delår",
        title="Delårsuppföljning av internkontrollplan 2024",
        risks_inventoried=24,
        risks_critical=8,
    )

