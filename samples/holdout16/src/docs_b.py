"""Holdout16 document B: Plan- och byggnadsnämnden, a narrow risk table (Risk | Riskvärde |
Kontrollmoment | Följer plan, 8.5 cm wide) in a section of two newspaper columns: the table
starts in the left column and goes on in the right column under its repeated header row;
the prose before the section is set full width."""

from h16kit import H16Doc, H16Table, TwoCol
from holdout_model import Col, P, Page

PBN_ROWS = [
    {
        "risk": "Risk att bygglov beviljas i strid med detaljplanen, eftersom avvikelser "
        "från planbestämmelserna inte uppmärksammas i handläggningen.",
        "value": "12",
        "controls": "Stickprov på 25 beviljade bygglov: beslutet jämförs med gällande "
        "detaljplan och planbeskrivning.",
        "follows": "Ja",
    },
    {
        "risk": "Risk att lagstadgade handläggningstider för bygglov överskrids, så att "
        "bygglovsavgiften ska sättas ned enligt plan- och bygglagen.",
        "value": "12",
        "controls": "Uttag ur ärendesystemet av handläggningstiden för samtliga "
        "bygglovsärenden som avgjorts under perioden januari–augusti.",
        "follows": "Delvis",
    },
    {
        "risk": "Risk att planavgifter och planavtal inte faktureras enligt avtalad "
        "tidplan, vilket ger uteblivna intäkter för detaljplanearbetet.",
        "value": "9",
        "controls": "Avstämning av tecknade planavtal mot fakturerade belopp i "
        "ekonomisystemet per den 31 augusti.",
        "follows": "Ja",
    },
    {
        "risk": "Risk att strandskyddsdispenser ges utan att särskilda skäl prövas och "
        "dokumenteras, så att länsstyrelsen upphäver besluten.",
        "value": "9",
        "controls": "Granskning av samtliga dispensbeslut under perioden och av "
        "länsstyrelsens överprövningar.",
        "follows": "Ja",
    },
    {
        "risk": "Risk att slutbesked lämnas trots att kontrollplanen saknar intyg om "
        "utförda kontroller, till exempel för brandskydd och fuktsäkerhet.",
        "value": "12",
        "controls": "Stickprov på 15 slutbesked: kontrollplanen jämförs med inlämnade "
        "intyg och kontrollansvarigs utlåtande.",
        "follows": "Nej",
    },
    {
        "risk": "Risk att tillsynsärenden om olovligt byggande blir liggande, så att "
        "byggsanktionsavgifter preskriberas efter fem år.",
        "value": "8",
        "controls": "Genomgång av alla öppna tillsynsärenden äldre än tolv månader och "
        "deras senaste åtgärd.",
        "follows": "Delvis",
    },
    {
        "risk": "Risk att ärenden om obligatorisk ventilationskontroll inte följs upp när "
        "protokoll saknas eller visar brister.",
        "value": "6",
        "controls": "Uppföljning av registret över ventilationskontroller mot inkomna "
        "protokoll för flerbostadshus och skolor.",
        "follows": "Ja",
    },
    {
        "risk": "Risk att grundkartan och adressregistret inte uppdateras efter nybyggnad, "
        "så att räddningstjänst och hemtjänst får felaktiga uppgifter.",
        "value": "8",
        "controls": "Jämförelse av slutbesked under perioden med inmätningar i "
        "grundkartan och nya belägenhetsadresser.",
        "follows": "Ja",
    },
]


def pbn2024() -> H16Doc:
    cols = [
        Col("risk", "Risk", 3.3, "risk"),
        Col("value", "Riskvärde", 1.4, "risk_value", align="left"),
        Col("controls", "Kontrollmoment", 2.6, "controls"),
        Col("follows", "Följer plan", 1.2, "follows_plan", align="left"),
    ]
    table = H16Table("Risktabell", cols, PBN_ROWS, rule="0.5pt solid #404040",
                     header_fill="#e7e6e6", size=8.0, font="DejaVu Sans", pad=0.08,
                     keep_rows=True, margin_top=0.1)
    blocks = [
        P("Plan- och byggnadsnämnden", "Sub"),
        P("Delårsrapport 2024 – uppföljning av internkontrollplan", "Title"),
        P("Nämnden ska enligt kommunens reglemente för intern kontroll följa upp sin "
          "internkontrollplan två gånger om året. Den här rapporten omfattar perioden "
          "januari–augusti 2024 och visar hur de kontroller som planerades har utförts och "
          "vad de har visat."),
        P("Förvaltningen har i sin riskanalys inventerat 19 risker inom plan-, bygglovs- och "
          "lantmäteriverksamheten. Åtta av dem bedömdes som kritiska, med ett riskvärde på "
          "6 eller högre, och har kontrollerats under perioden. Riskvärdet är sannolikhet "
          "gånger konsekvens, var för sig bedömda på en skala 1–4."),
        P("Följer plan anger om verksamheten har arbetat enligt den fastställda rutinen: "
          "Ja, Delvis eller Nej. Där svaret är Delvis eller Nej redovisar förvaltningen en "
          "åtgärd i avsnittet Åtgärder nedan."),
        TwoCol([
            P("Kontrollernas resultat", "H2"),
            table,
        ], gap=0.4),
        P("Åtgärder", "H2"),
        P("Handläggningstiderna för bygglov överskreds i 21 av 246 ärenden, främst under "
          "sommaren. Två bygglovshandläggare har rekryterats och ärendefördelningen ses över "
          "varje vecka. De tre slutbesked som lämnades utan fullständiga intyg har följts "
          "upp med byggherrarna, och en spärr i ärendesystemet införs i oktober. De 34 öppna "
          "tillsynsärendena äldre än tolv månader prioriteras efter preskriptionsdatum."),
    ]
    return H16Doc(
        name="pbn2024_risk_table_in_two_newspaper_columns",
        blocks=blocks,
        page=Page(top=2.0, bottom=2.0, left=1.8, right=1.8),
        font="DejaVu Serif",
        body_size=10.0,
        cell_size=8.0,
        footer="Plan- och byggnadsnämnden · Delårsrapport 2024 · {page} ({pages})",
        organ="Plan- och byggnadsnämnden",
        year=2024,
        period="delår",
        title="Delårsrapport 2024 – uppföljning av internkontrollplan",
        risks_inventoried=19,
        risks_critical=8,
    )
