"""Holdout8 document A: Omvårdnadsnämnden, an unruled risk table (no line, no shading) whose
narrow value columns (Riskvärde, Följer plan) are centred horizontally while the text columns
are left-aligned; the headers "Risk" / "värde" and "Följer" / "plan" are broken by a manual
line break (no hyphen); superscript footnote markers inside cell text ("enligt IVO³") with the
footnotes under the table; a comment cell holding only "-"."""

from holdout_model import Col, Doc, P, Page, Table

OMN_ROWS = [
    {
        "process": "Biståndsbedömning",
        "risk": "Risk att beslut om hemtjänst fattas utan fullständig utredning av den "
        "enskildes behov och att beslutsmotiveringen saknas i journalen.",
        "value": "12",
        "controls": "Granskning av 25 slumpvis valda beslut om hemtjänst mot "
        "dokumentationskraven i SoL¹.",
        "follows": "Ja",
        "comment": "I 22 av 25 ärenden var utredningen fullständig. Tre beslut saknade "
        "motivering; handläggarna har fått återkoppling.",
    },
    {
        "process": "Läkemedelshantering",
        "risk": "Risk att läkemedel överlämnas till fel brukare eller vid fel tidpunkt i "
        "hemsjukvården.",
        "value": "16",
        "controls": "Egenkontroll av signeringslistor på fyra särskilda boenden, enligt "
        "föreskrifterna från Socialstyrelsen².",
        "follows": "Delvis",
        "comment": "Signeringslistorna var ofullständiga på två boenden. Medicinskt "
        "ansvarig sjuksköterska har genomfört en utbildningsinsats.",
    },
    {
        "process": "Klagomål och synpunkter",
        "risk": "Risk att klagomål från brukare och anhöriga inte registreras, utreds och "
        "återkopplas inom två veckor.",
        "value": "8",
        "controls": "Genomgång av registret över synpunkter och klagomål för perioden "
        "januari–juni.",
        "follows": "Ja",
        "comment": "-",
    },
    {
        "process": "Lex Sarah",
        "risk": "Risk att missförhållanden inte rapporteras och att allvarliga händelser "
        "inte anmäls enligt IVO³ inom föreskriven tid.",
        "value": "12",
        "controls": "Kontroll av att alla rapporter enligt lex Sarah har utretts och att "
        "anmälan har gjorts när så krävs.",
        "follows": "Ja",
        "comment": "Elva rapporter har inkommit. Två händelser bedömdes som allvarliga och "
        "anmäldes till IVO³ inom en vecka.",
    },
    {
        "process": "Bemanning",
        "risk": "Risk att timavlönade vikarier saknar introduktion i delegering och "
        "hygienrutiner innan de arbetar ensamma.",
        "value": "9",
        "controls": "Stickprov på 20 nyanställda vikarier: introduktionschecklista och "
        "delegeringsbeslut.",
        "follows": "Nej",
        "comment": "Sju av 20 vikarier saknade signerad checklista. En åtgärdsplan tas fram "
        "av enhetscheferna till oktober.",
    },
]


def omn2024() -> Doc:
    cols = [
        Col("process", "Process", 2.4, "process", "left"),
        Col("risk", "Risk", 3.6, "risk", "left"),
        Col("value", "Risk\nvärde", 1.3, "risk_value", "center"),
        Col("controls", "Kontrollmoment", 3.4, "controls", "left"),
        Col("follows", "Följer\nplan", 1.4, "follows_plan", "center"),
        Col("comment", "Kommentar", 4.9, "comment", "left"),
    ]
    t = Table("Risker", cols, OMN_ROWS, rules="none", header_fill=None,
              font="Liberation Sans", size=9, pad=0.12, margin_top=0.2)
    title = "Uppföljning av intern kontroll – delårsrapport 2024"
    blocks = [
        P("Omvårdnadsnämnden", "Sub"),
        P(title, "Title"),
        P("Inledning", "H2"),
        P("Nämnden antog internkontrollplanen för 2024 i januari. Planen utgår från "
          "förvaltningens riskanalys, där varje risk har fått ett riskvärde mellan 1 och 16 "
          "utifrån sannolikhet och konsekvens."),
        P("Av de 14 risker som har bedömts i analysen har fem ett riskvärde på 8 eller högre "
          "och följs upp med kontrollmoment. Uppföljningen avser perioden januari–juni 2024."),
        P("Resultat", "H2"),
        t,
        P("¹ Socialtjänstlagen (2001:453), 11 kap. 5 §.", "Small"),
        P("² HSLF-FS 2017:37 om ordination och hantering av läkemedel i hälso- och "
          "sjukvården.", "Small"),
        P("³ Inspektionen för vård och omsorg.", "Small"),
        P("Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. "
          "Åtgärderna för bemanningen följs upp i helårsrapporten."),
    ]
    return Doc(
        "omn2024_unruled_centred_values_footnote_in_text", blocks, Page(left=2.0, right=2.0),
        font="Liberation Sans", body_size=10, cell_size=9,
        footer="Omvårdnadsnämnden – delårsrapport 2024 – sida {page} av {pages}",
        organ="Omvårdnadsnämnden", year=2024, period="delår", title=title,
        risks_inventoried=14, risks_critical=5,
    )
