"""Holdout9 document B: Lantmäterinämnden, an unruled risk table (no line, no shading) whose
cells hold several paragraphs with 6 pt space after each paragraph, so there are white gaps
inside a cell as well as between rows."""

from holdout_model import Col, Doc, P, Page, Table

PT6 = 6 / 72 * 2.54  # 6 pt in cm

LMN_ROWS = [
    {
        "process": "Fastighetsbildning",
        "risk": [
            "Risk att förrättningar handläggs längre än den lagstadgade handläggningstiden.",
            "Långa handläggningstider kan leda till att sökande kräver nedsättning av "
            "avgiften.",
        ],
        "value": "12",
        "controls": [
            "Uppföljning av handläggningstider i ärendehanteringssystemet varje månad.",
            "Genomgång av samtliga ärenden äldre än tolv månader.",
        ],
        "follows": "Delvis",
        "comment": [
            "Medianhandläggningstiden var 7,5 månader, jämfört med målet sex månader.",
            "Tre ärenden var äldre än tolv månader. Orsaken är främst väntan på "
            "yttranden från andra myndigheter.",
            "En extra förrättningslantmätare anställs från november.",
        ],
    },
    {
        "process": "Avgifter och debitering",
        "risk": "Risk att tidsredovisningen i förrättningsärenden är ofullständig så att "
        "avgifterna blir för låga.",
        "value": "9",
        "controls": [
            "Stickprov på 15 avslutade förrättningar.",
            "Jämförelse mellan redovisad tid, timtaxa och fakturerat belopp.",
        ],
        "follows": "Ja",
        "comment": [
            "Tidsredovisningen var fullständig i 14 av 15 ärenden.",
            "I ett ärende saknades tid för sammanträde med sakägare; fakturan har "
            "kompletterats med 6 300 kronor.",
        ],
    },
    {
        "process": "Geodata och primärkarta",
        "risk": [
            "Risk att primärkartan inte uppdateras efter nybyggnation.",
            "Felaktiga kartunderlag kan ge fel i nybyggnadskartor och detaljplaner.",
        ],
        "value": "8",
        "controls": "Kontroll av att slutbesked i bygglovsärenden har lett till "
        "kartuppdatering inom tre månader.",
        "follows": "Ja",
        "comment": [
            "Av 48 kontrollerade slutbesked hade 45 förts in i primärkartan i tid.",
            "De tre återstående gällde komplementbyggnader och har ajourförts under "
            "september.",
        ],
    },
    {
        "process": "Informationssäkerhet",
        "risk": "Risk att personuppgifter i fastighetsregistret lämnas ut till obehöriga "
        "vid utlämnande av allmän handling.",
        "value": "12",
        "controls": [
            "Granskning av loggar över uttag ur fastighetsregistret.",
            "Kontroll av att sekretessprövning dokumenterats vid utlämnande.",
        ],
        "follows": "Nej",
        "comment": [
            "Loggarna kunde inte tas fram för perioden före mars på grund av ett "
            "systembyte.",
            "För perioden mars–augusti saknades dokumenterad prövning i fyra av tolv "
            "utlämnanden.",
            "Rutinen har uppdaterats och all personal utbildas under hösten.",
        ],
    },
    {
        "process": "Adressättning",
        "risk": "Risk att belägenhetsadresser inte fastställs innan inflyttning, vilket "
        "försvårar för räddningstjänst och hemtjänst.",
        "value": "8",
        "controls": "Jämförelse mellan beviljade bygglov för bostäder och fastställda "
        "adresser i adressregistret.",
        "follows": "Ja",
        "comment": [
            "Samtliga 61 nya bostadsadresser var fastställda före inflyttning.",
            "Ingen åtgärd krävs.",
        ],
    },
]


def lmn2024() -> Doc:
    cols = [
        Col("process", "Process", 2.4, "process", "left"),
        Col("risk", "Risk", 3.6, "risk", "left"),
        Col("value", "Riskvärde", 1.6, "risk_value", "left"),
        Col("controls", "Kontrollmoment", 3.3, "controls", "left"),
        Col("follows", "Följer plan", 1.4, "follows_plan", "left"),
        Col("comment", "Kommentar", 4.7, "comment", "left"),
    ]
    t = Table("Risker", cols, LMN_ROWS, rules="none", header_fill=None,
              font="Liberation Serif", size=9, pad=0.12, margin_top=0.2, para_after=PT6)
    title = "Helårsuppföljning av intern kontroll 2024"
    blocks = [
        P("Lantmäterinämnden", "Sub"),
        P(title, "Title"),
        P("Inledning", "H2"),
        P("Lantmäterinämnden är kommunal lantmäterimyndighet och ansvarar för "
          "fastighetsbildning, fastighetsregistrering, geodata och adressättning. Nämnden "
          "antog internkontrollplanen för 2024 den 14 december 2023."),
        P("Förvaltningens risk- och väsentlighetsanalys omfattar 13 risker. Fem av dessa "
          "bedöms som kritiska, med ett riskvärde på 8 eller högre, och följs upp nedan."),
        P("Kontrollernas resultat", "H2"),
        t,
        P("Bedömning", "H2"),
        P("Den interna kontrollen bedöms som tillräcklig inom avgifter, geodata och "
          "adressättning. Handläggningstiderna och hanteringen av personuppgifter vid "
          "utlämnande behöver förbättras och tas med i planen för 2025."),
    ]
    return Doc(
        "lmn2024_unruled_paragraph_spacing_in_cells", blocks, Page(left=2.0, right=2.0),
        font="Liberation Serif", body_size=11, cell_size=9,
        footer="Lantmäterinämnden · helårsuppföljning 2024 · sida {page}",
        organ="Lantmäterinämnden", year=2024, period="helår", title=title,
        risks_inventoried=13, risks_critical=5,
    )
