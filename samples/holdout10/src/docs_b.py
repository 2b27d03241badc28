"""Holdout10 document B: Upphandlingsnämnden, a 4x4 risk matrix (heat map: probability down
the side, consequence along the top, green / yellow / red cells holding the number of risks
with that score, some empty) with its caption, then on the same page the risk table, whose
Status column holds traffic-light words ("Genomförd", "Delvis genomförd", "Ej påbörjad") in
cells shaded green, yellow and red."""

from h10kit import FILL, Caption, H10Table, Matrix
from holdout_model import Col, Doc, P, Page

GREEN, YELLOW, RED = "#c6e0b4", "#ffe699", "#f4b6b6"
#: status word -> cell fill (the traffic light)
LIGHT = {"Genomförd": GREEN, "Delvis genomförd": YELLOW, "Ej påbörjad": RED}


def row(process, risk, value, controls, status, comment):
    return {"process": process, "risk": risk, "value": value, "controls": controls,
            "status": status, "comment": comment, FILL: {"status": LIGHT[status]}}


UPN_ROWS = [
    row("Direktupphandling",
        "Risk att direktupphandlingar över beloppsgränsen genomförs utan konkurrens och "
        "utan dokumentation, i strid med lagen om offentlig upphandling.",
        "12",
        "Analys av leverantörsreskontran: samtliga leverantörer med inköp över "
        "direktupphandlingsgränsen utan registrerat avtal.",
        "Genomförd",
        "Elva leverantörer låg över gränsen utan avtal. Sju av dem avsåg avrop som senare "
        "kopplats till rätt avtal; fyra var otillåtna direktupphandlingar."),
    row("Avtalsförvaltning",
        "Risk att avtal löper ut utan att ny upphandling har påbörjats, vilket leder till "
        "avtalslösa perioder och köp utan avtal.",
        "9",
        "Kontroll av att alla avtal som löper ut inom tolv månader har en planerad "
        "upphandling i upphandlingsplanen.",
        "Genomförd",
        "Av 23 avtal som löper ut under 2025 fanns 21 i planen. De två övriga har lagts till "
        "efter kontrollen."),
    row("Jäv och mutor",
        "Risk att tjänstepersoner som deltar i upphandlingar har otillbörliga kopplingar "
        "till anbudsgivare och att jäv inte anmäls.",
        "9",
        "Stickprov på tio upphandlingar: finns undertecknade jävsdeklarationer från "
        "samtliga i upphandlingsgruppen?",
        "Delvis genomförd",
        "Kontrollen har gjorts för sex av tio upphandlingar. Jävsdeklarationer saknades i en "
        "upphandling av konsulttjänster; rutinen har förtydligats."),
    row("Leverantörskontroll",
        "Risk att kommunen tecknar avtal med leverantörer som har skatteskulder eller saknar "
        "registrering, så kallad oseriös leverantör.",
        "16",
        "Kontroll av skatter och registrering via e-tjänsten hos Skatteverket för samtliga "
        "leverantörer vid tilldelning.",
        "Genomförd",
        "Kontroll gjordes vid samtliga 34 tilldelningsbeslut. En leverantör uteslöts på "
        "grund av skatteskulder."),
    row("Hållbarhetskrav",
        "Risk att ställda krav på miljö och arbetsvillkor i avtalen inte följs upp under "
        "avtalstiden, så att kraven blir verkningslösa.",
        "12",
        "Uppföljning av hållbarhetskrav hos fem leverantörer med hög risk, genom egna "
        "revisioner eller granskning av intyg.",
        "Ej påbörjad",
        "Kontrollen har inte genomförts på grund av vakanser på enheten. Den flyttas till "
        "internkontrollplanen för 2025."),
    row("Avrop och beställning",
        "Risk att beställare i förvaltningarna avropar från fel leverantör eller till andra "
        "priser än de avtalade.",
        "9",
        "Stickprov på 30 fakturor inom livsmedel, IT-stöd och kontorsmaterial, jämförda med "
        "avtalade priser och leverantörer.",
        "Delvis genomförd",
        "27 fakturor var korrekta. Tre hade för högt pris; 6 400 kronor har krediterats. "
        "Kontrollen av IT-stöd återstår."),
]


def upn2024() -> Doc:
    cols = [
        Col("process", "Process", 2.4, "process", "left"),
        Col("risk", "Risk", 3.7, "risk", "left"),
        Col("value", "Riskvärde", 1.5, "risk_value", "left"),
        Col("controls", "Kontrollmoment", 3.5, "controls", "left"),
        Col("status", "Status", 1.8, "follows_plan", "left"),
        Col("comment", "Kommentar", 4.1, "comment", "left"),
    ]
    t = H10Table("Risker", cols, UPN_ROWS, rule="0.5pt solid #7f7f7f",
                 header_fill="#e7e6e6", font="DejaVu Sans", size=8, pad=0.1, margin_top=0.1)
    # 15 inventoried risks: rows probability 4..1, columns consequence 1..4; the six risks
    # of the table are those with a score of 9 or more (9: three, 12: two, 16: one)
    m = Matrix(
        "Riskmatris",
        ["4 Mycket sannolik", "3 Sannolik", "2 Möjlig", "1 Mindre sannolik"],
        ["1 Liten", "2 Måttlig", "3 Allvarlig", "4 Mycket allvarlig"],
        [[None, None, 1, 1],
         [None, 1, 3, 1],
         [1, 2, 2, 1],
         [None, 1, 1, None]],
        [(4, GREEN), (8, YELLOW), (16, RED)],
        font="DejaVu Sans", size=8, label_width=3.3, cell_width=2.5, side_width=0.8,
        row_height=0.7,
    )
    title = "Uppföljning av internkontrollplan 2024 – helår"
    blocks = [
        P("Upphandlingsnämnden", "Sub"),
        P(title, "Title"),
        P("Upphandlingsnämnden ansvarar för kommunens upphandlingar och för att ramavtalen "
          "förvaltas och följs. Nämnden har inventerat 15 risker i verksamheten. Sex av dem "
          "har ett riskvärde på 9 eller högre och har kontrollerats under året."),
        P("Riskvärdet är produkten av sannolikhet och konsekvens, båda bedömda på en skala "
          "från 1 till 4. Matrisen visar hur de inventerade riskerna fördelar sig; varje ruta "
          "anger antalet risker med den bedömningen."),
        Caption("Figur 1. Riskmatris, antal inventerade risker", bold=True, keep_next=True,
                before=0.2),
        m,
        P("Kontrollernas resultat", "H2"),
        t,
        Caption("Status: Genomförd = kontrollen är utförd enligt planen. Delvis genomförd = "
                "kontrollen är påbörjad men inte avslutad. Ej påbörjad = kontrollen har inte "
                "utförts under året.", italic=True),
        P("Sammantagen bedömning", "H2"),
        P("Nämnden bedömer att den interna kontrollen av upphandlingsverksamheten är "
          "tillräcklig, med undantag för uppföljningen av hållbarhetskrav. Otillåtna "
          "direktupphandlingar redovisas till kommunstyrelsen i samband med "
          "årsredovisningen."),
    ]
    return Doc(
        "upn2024_risk_matrix_status_words", blocks, Page(left=2.0, right=2.0, top=1.8),
        font="DejaVu Sans", body_size=10, cell_size=8,
        footer="Upphandlingsnämnden · Uppföljning av internkontrollplan 2024 · {page}({pages})",
        organ="Upphandlingsnämnden", year=2024, period="helår", title=title,
        risks_inventoried=15, risks_critical=6,
    )
