"""scan3 document C: Patientnämnden, helår 2025, A4 portrait: a ruled table without any
shading, its three value headers turned 90° (reading bottom to top), and a totals row across
the table under the last risk; scanned black and white (1 bit, CCITT G4, a photocopy look)
with pen ticks and initials in the margin."""

from holdout_model import SECTION, Col, Doc, P, Page, Table

ROWS = [
    {"process": "Ärendehantering",
     "risk": "Risk att klagomål från patienter och närstående inte registreras eller inte "
             "handläggs inom fastställd tid.",
     "s": "3", "k": "3", "value": "9",
     "controls": "Uttag ur ärendesystemet: andel ärenden som avslutats inom 60 dagar.",
     "follows": "Delvis",
     "comment": "78 procent av ärendena avslutades inom 60 dagar. Målet är 85 procent."},
    {"process": "Registrering av allmänna handlingar",
     "risk": "Risk att allmänna handlingar som kommer in med e-post inte registreras.",
     "s": "2", "k": "3", "value": "6",
     "controls": "Stickprov på 25 inkomna meddelanden i funktionsbrevlådan.",
     "follows": "Ja",
     "comment": "Samtliga meddelanden var registrerade."},
    {"process": "Sekretess",
     "risk": "Risk att uppgifter om patienters hälsa lämnas ut till obehöriga vid "
             "telefonkontakt.",
     "s": "2", "k": "4", "value": "8",
     "controls": "Genomgång av rutinen för identifiering i telefon och intervjuer med fyra "
                 "handläggare.",
     "follows": "Ja",
     "comment": "Rutinen var känd och följdes."},
    {"process": "Stödpersoner",
     "risk": "Risk att stödpersoner för patienter inom den psykiatriska tvångsvården "
             "förordnas utan utdrag ur belastningsregistret.",
     "s": "2", "k": "4", "value": "8",
     "controls": "Kontroll av utdragen för de elva stödpersoner som förordnades under året.",
     "follows": "Nej",
     "comment": "Utdrag saknades för två stödpersoner. Utdragen har begärts in."},
    {"process": "Arvoden",
     "risk": "Risk att arvoden och reseersättningar till stödpersoner betalas ut med fel "
             "belopp.",
     "s": "3", "k": "2", "value": "6",
     "controls": "Stickprov på 20 utbetalningar jämförda med beslutade arvodesnivåer.",
     "follows": "Delvis",
     "comment": "Tre utbetalningar hade räknats på fjolårets belopp. Felen är rättade."},
    {"process": "Dataskydd",
     "risk": "Risk att personuppgifter i avslutade ärenden inte gallras enligt "
             "informationshanteringsplanen.",
     "s": "3", "k": "2", "value": "6",
     "controls": "Kontroll att ärenden äldre än två år har gallrats.",
     "follows": "Ja",
     "comment": "Gallringen gjordes i mars."},
    {"process": "Rapportering till IVO",
     "risk": "Risk att iakttagelser om allvarliga brister i vården inte rapporteras till "
             "Inspektionen för vård och omsorg.",
     "s": "2", "k": "4", "value": "8",
     "controls": "Genomgång av nämndens protokoll och årets rapporter till IVO.",
     "follows": "Ja",
     "comment": "Två rapporter lämnades enligt rutinen."},
    {SECTION: "Summa: 7 kontrollmoment – 4 Ja, 2 Delvis, 1 Nej"},
]


def ptn2025() -> Doc:
    cols = [
        Col("process", "Process", 2.4, "process", align="left"),
        Col("risk", "Risk", 4.4, "risk"),
        Col("s", "Sannolikhet", 0.8, "probability", align="center", rotate=True),
        Col("k", "Konsekvens", 0.8, "consequence", align="center", rotate=True),
        Col("value", "Riskvärde", 0.8, "risk_value", align="center", rotate=True),
        Col("controls", "Kontrollmoment", 3.4, "controls"),
        Col("follows", "Följer plan", 1.4, "follows_plan", align="left"),
        Col("comment", "Kommentar", 3.4, "comment"),
    ]
    table = Table("Kontrollmoment", cols, ROWS, rule="0.75pt solid #000000", header_fill=None,
                  section_fill=None, size=9.0, head_size=9.0,
                  font="DejaVu Serif", pad=0.1, keep_rows=True, margin_top=0.2)
    title = "Årsuppföljning av internkontrollplan 2025"
    blocks = [
        P("Patientnämnden", "Sub"),
        P(title, "Title"),
        P("Patientnämnden tar emot klagomål och synpunkter på hälso- och sjukvården och "
          "tandvården, hjälper patienter att få sina frågor besvarade och förordnar "
          "stödpersoner för patienter inom den psykiatriska tvångsvården och den rättspsykiatriska "
          "vården."),
        P("Av de 14 risker som identifierades i nämndens riskanalys har sju bedömts som "
          "kritiska och följts upp med kontrollmoment under 2025. Sannolikhet och konsekvens "
          "bedöms från 1 till 4 och riskvärdet är deras produkt."),
        table,
        P("Bedömning", "H2"),
        P("Den interna kontrollen är i huvudsak tillräcklig. Kontrollen av "
          "belastningsregistret för stödpersoner ska skärpas, och handläggningstiderna följs "
          "upp månadsvis under 2026."),
    ]
    return Doc(
        name="ptn2025_scan_bw_turned_headers_totals_row",
        blocks=blocks,
        page=Page(top=2.0, bottom=2.0, left=1.8, right=1.8),
        font="Liberation Sans",
        body_size=10.5,
        cell_size=9.0,
        footer="Patientnämnden – årsuppföljning internkontroll 2025 – {page}",
        organ="Patientnämnden",
        year=2025,
        period="helår",
        title=title,
        risks_inventoried=14,
        risks_critical=7,
    )
