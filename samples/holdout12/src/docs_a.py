"""Holdout12 document A: Kyrkogårdsnämnden, an unruled risk table (no rule anywhere, no
shading) in which only the Riskvärde cells are filled by level (green 1-4, yellow 5-8, red
9-16: the whole cell, a filled rectangle behind the number); the header row has a bottom
border only."""

from h12kit import FILL, Caption, H12Table
from holdout_model import Col, Doc, P, Page

GREEN, YELLOW, RED = "#a9d08e", "#ffd966", "#f08080"


def level(value: str) -> str:
    v = int(value)
    return GREEN if v <= 4 else YELLOW if v <= 8 else RED


def row(process, risk, value, controls, follows, comment):
    return {"process": process, "risk": risk, "value": value, "controls": controls,
            "follows": follows, "comment": comment, FILL: {"value": level(value)}}


KGN_ROWS = [
    row("Gravrättsförvaltning",
        "Risk att gravrättsinnehavare inte registreras korrekt i gravregistret vid "
        "överlåtelse och dödsfall, så att fel person underrättas om gravrättens upphörande.",
        "12",
        "Stickprov på 25 gravrätter som överlåtits under perioden: ansökan, beslut och "
        "registrering i gravregistret.",
        "Ja",
        "Registreringen var korrekt i 23 av 25 ärenden. Två överlåtelser saknade dödsboets "
        "medgivande; handläggarna har gått igenom rutinen på nytt."),
    row("Fakturering av gravsättningar",
        "Risk att kostnader för gravsättning av personer som var folkbokförda i andra "
        "kommuner inte faktureras hemkommunen eller dödsboet.",
        "6",
        "Avstämning av samtliga gravsättningar under januari–juni mot uppgifter från "
        "folkbokföringen och utställda fakturor.",
        "Delvis",
        "Av 41 gravsättningar av utsocknes hade 38 fakturerats. Tre fakturor på sammanlagt "
        "27 600 kronor har skickats i efterhand."),
    row("Arbetsmiljö",
        "Risk för allvarliga olyckor vid arbete med grävmaskin och gravstenslyft, särskilt "
        "när säsongsanställda saknar utbildning och erfarenhet.",
        "12",
        "Kontroll av att samtliga säsongsanställda som kör maskiner har giltigt förarbevis "
        "och har genomgått introduktionsutbildningen.",
        "Ja",
        "Alla 14 säsongsanställda hade förarbevis och dokumenterad introduktion före "
        "arbetsstarten i maj."),
    row("Gravstenssäkerhet",
        "Risk att instabila gravstenar välter och skadar besökare eller personal eftersom "
        "provtryckningen inte genomförs enligt den fleråriga planen.",
        "16",
        "Uppföljning av att provtryckning av gravstenar har genomförts i de kvarter som "
        "planen anger för 2024.",
        "Delvis",
        "Provtryckning har gjorts i fyra av sju planerade kvarter. 112 gravstenar har lagts "
        "ned och gravrättsinnehavarna har underrättats skriftligt."),
    row("Informationssäkerhet",
        "Risk att personuppgifter i gravregistret och i e-tjänsten för gravsökning visas "
        "eller ändras av obehöriga.",
        "8",
        "Genomgång av behörigheterna i gravregistret och i IT-stödet för skötselavtal, "
        "jämförda med aktuella anställningar.",
        "Ja",
        "Fem konton för personer som slutat hade kvar sin behörighet; de stängdes samma dag. "
        "Behörigheterna ses nu över varje kvartal."),
    row("Gravskötselavtal",
        "Risk att avtalad gravskötsel inte utförs fullt ut, vilket leder till klagomål och "
        "återbetalningar till gravrättsinnehavarna.",
        "4",
        "Stickprov på 30 gravplatser med skötselavtal: plantering, vattning och rensning "
        "enligt avtalet, vid två tillfällen.",
        "Ja",
        "29 av 30 gravplatser var skötta enligt avtalet. En sommarplantering hade glömts bort "
        "och har åtgärdats utan kostnad."),
    row("Inköp och upphandling",
        "Risk att inköp av växter, stenmaterial och entreprenader görs utanför gällande "
        "ramavtal, vilket ger högre kostnader.",
        "6",
        "Analys av leverantörsreskontran för januari–juni mot förteckningen över avtalade "
        "leverantörer.",
        "Ja",
        "Avtalstroheten var 92 procent. Köpen utanför avtal gällde främst akuta reparationer "
        "av bevattningsanläggningen."),
    row("Kulturhistoriska gravvårdar",
        "Risk att kulturhistoriskt värdefulla gravvårdar tas bort eller återanvänds utan den "
        "prövning som kulturmiljölagen kräver.",
        "3",
        "Kontroll av att alla beslut om återlämnade gravrätter under perioden föregicks av en "
        "kulturhistorisk bedömning.",
        "Nej",
        "Bedömning saknades i två av nio ärenden. Gravvårdarna står kvar och bedöms av "
        "kyrkogårdsantikvarien senast 2025-01-31."),
]


def kgn2024() -> Doc:
    cols = [
        Col("process", "Process", 2.4, "process", "left"),
        Col("risk", "Risk", 3.7, "risk", "left"),
        Col("value", "Riskvärde", 1.5, "risk_value", "center"),
        Col("controls", "Kontrollmoment", 3.6, "controls", "left"),
        Col("follows", "Följer plan", 1.5, "follows_plan", "left"),
        Col("comment", "Kommentar", 4.3, "comment", "left"),
    ]
    t = H12Table("Risker", cols, KGN_ROWS, rule="0.5pt solid #000000", rules="none",
                 header_fill=None, head_rule="0.75pt solid #404040", font="Liberation Sans",
                 size=8.5, pad=0.12, margin_top=0.15)
    title = "Delårsuppföljning av internkontrollplan 2024"
    blocks = [
        P("Kyrkogårdsnämnden", "Sub"),
        P(title, "Title"),
        P("Kyrkogårdsnämnden ansvarar för kommunens begravningsverksamhet: fem kyrkogårdar, "
          "ett krematorium och två minneslundar. Uppföljningen omfattar perioden "
          "januari–juni 2024."),
        P("I nämndens riskanalys inventerades 19 risker. Åtta av dem har förts in i "
          "internkontrollplanen för 2024 och följs upp i denna rapport. Av dessa bedöms tre "
          "som kritiska, med ett riskvärde på 9 eller högre."),
        P("Kontrollernas resultat", "H2"),
        t,
        Caption("Riskvärde = sannolikhet × konsekvens (1–16). Grönt 1–4: låg risk, gult 5–8: "
                "måttlig risk, rött 9–16: hög risk.", italic=True),
        P("Sammanfattande bedömning", "H2"),
        P("Nämnden bedömer att den interna kontrollen i huvudsak är tillräcklig. "
          "Provtryckningen av gravstenar och bedömningen av kulturhistoriska gravvårdar "
          "behöver förbättras och följs upp särskilt i helårsuppföljningen."),
    ]
    return Doc(
        "kgn2024_unruled_coloured_value_cells", blocks, Page(left=2.0, right=2.0),
        font="Liberation Serif", body_size=11, cell_size=8.5,
        footer="Kyrkogårdsnämnden – delårsuppföljning 2024 – sida {page} av {pages}",
        organ="Kyrkogårdsnämnden", year=2024, period="delår", title=title,
        risks_inventoried=19, risks_critical=3,
    )
