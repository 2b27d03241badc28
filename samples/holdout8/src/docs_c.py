"""Holdout8 document C: Gatu- och parknämnden, an unruled risk table with horizontally
centred value columns, the header "Risk" / "värde" broken by a manual line break, risk
values with a level word on a second line ("12" / "Hög"), a superscript footnote marker in
a control text ("enligt TRV¹") and cells holding only "-"."""

from holdout_model import Col, Doc, P, Page, Table

GPN_ROWS = [
    {
        "process": "Vinterväghållning",
        "risk": "Risk att snöröjning och halkbekämpning inte utförs inom de tider som "
        "avtalet med entreprenören anger.",
        "value": "12\nHög",
        "controls": "Uppföljning av GPS-loggar från entreprenörens fordon efter varje "
        "snöfall, enligt metod från TRV¹.",
        "follows": "Ja",
        "comment": "Vid två av nio snöfall startade plogningen efter utsatt tid. Vite har "
        "debiterats med 38 000 kronor.",
    },
    {
        "process": "Lekplatser",
        "risk": "Risk att brister i lekutrustning inte upptäcks och åtgärdas, vilket kan "
        "leda till olyckor.",
        "value": "16\nMycket hög",
        "controls": "Kontroll av att årlig huvudbesiktning enligt SS-EN 1176² har gjorts på "
        "samtliga 64 lekplatser.",
        "follows": "Ja",
        "comment": "-",
    },
    {
        "process": "Parkeringsövervakning",
        "risk": "Risk att kontrollavgifter avskrivs utan beslut och att intäkter går "
        "förlorade.",
        "value": "6\nMedel",
        "controls": "-",
        "follows": "Nej",
        "comment": "Kontrollen har inte genomförts eftersom ett nytt ärendesystem infördes "
        "i maj. Den flyttas till 2025.",
    },
    {
        "process": "Grävtillstånd",
        "risk": "Risk att ledningsägare gräver i allmän mark utan tillstånd och att ytorna "
        "återställs bristfälligt.",
        "value": "9\nMedel",
        "controls": "Stickprov på 20 avslutade schakter: tillstånd, trafikanordningsplan och "
        "slutbesiktning.",
        "follows": "Delvis",
        "comment": "Fyra schakter saknade slutbesiktning. Ledningsägarna har fakturerats för "
        "återställning.",
    },
]


def gpn2024() -> Doc:
    cols = [
        Col("process", "Process", 2.5, "process", "left"),
        Col("risk", "Risk", 3.7, "risk", "left"),
        Col("value", "Risk\nvärde", 1.5, "risk_value", "center"),
        Col("controls", "Kontrollmoment", 3.5, "controls", "left"),
        Col("follows", "Följer plan", 1.5, "follows_plan", "center"),
        Col("comment", "Kommentar", 4.3, "comment", "left"),
    ]
    t = Table("Kontroller", cols, GPN_ROWS, rules="none", header_fill=None,
              font="DejaVu Sans", size=8, pad=0.1, margin_top=0.2, header_valign="bottom")
    title = "Helårsuppföljning av internkontrollplan 2024"
    blocks = [
        P("Gatu- och parknämnden", "Sub"),
        P(title, "Title"),
        P("Sammanfattning", "H2"),
        P("Inför 2024 bedömde förvaltningen tolv risker inom gatu-, park- och "
          "trafikverksamheten. Fyra av riskerna bedömdes som kritiska och har kontrollerats "
          "under året. Riskvärdet anges med siffra och nivå."),
        P("Kontrollernas resultat", "H2"),
        t,
        P("¹ Trafikverket, metodbeskrivning för uppföljning av vinterväghållning.", "Small"),
        P("² Svensk standard för lekplatsutrustning och stötdämpande underlag.", "Small"),
    ]
    return Doc(
        "gpn2024_unruled_centred_value_level_lines", blocks, Page(left=2.0, right=2.0),
        font="DejaVu Sans", body_size=9.5, cell_size=8,
        footer="Gatu- och parknämnden | helårsuppföljning 2024 | sida {page} av {pages}",
        organ="Gatu- och parknämnden", year=2024, period="helår", title=title,
        risks_inventoried=12, risks_critical=4,
    )
