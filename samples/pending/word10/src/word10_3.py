"""Word report 3: Teknik- och exploateringsnämnden, helårsuppföljning av internkontrollplan
2025. Word's "Normal" side margins (2.5 cm), Liberation Serif 11 pt prose (Times New Roman)
under Liberation Sans headings #1F3864 typed "1." ..., the nämnd on a bold line above the
title; footer "Helårsuppföljning 2025 | N" (left). The risk table in Word's "List Table 4 –
Accent 1" look (header #4472C4 with white bold text, horizontal rules #8EAADB, banded rows
#D9E2F3), Liberation Sans 8.5 pt, six columns, six risks, header repeated, rows kept whole.
Quirk: **Word bulleted lists in the comment cells**: in four rows the cell "Iakttagelser"
holds a bulleted list (a real list, ``text:list``: the PDF tags it L / LI / LBody inside the
TD, the bullets drawn by the list style), in two of them after a lead-in
paragraph ("Granskningen visade:", "Av 14 granskade ÄTA-arbeten:"); the other two comments
are plain paragraphs.
Metadata: the period in the title ("Helårsuppföljning av internkontrollplan 2025"); the
inventory in words in the prose ("Riskinventeringen för 2025 omfattade tjugo risker") and the
critical count only in the **table caption** "Tabell 1. Uppföljning av nämndens sex
väsentliga risker" (väsentliga defined in the prose as the risks taken into the plan)."""

from holdout_model import P, Page
from word_report import C, Grid, ReportDoc, rec

ORGAN = "Teknik- och exploateringsnämnden"
TITLE = "Helårsuppföljning av internkontrollplan 2025"

# (process, risk, riskvärde, kontrollmoment, följer plan, iakttagelser: a paragraph, or a
#  list of paragraphs where "• " opens a bullet item)
RISKS = [
    ("Exploatering",
     "Risk att exploateringsavtal inte följs upp och att exploatörens åtaganden för allmän "
     "plats inte fullgörs.", 12,
     "Genomgång av de fyra exploateringsavtal där slutbesiktning skulle ha skett under 2025.",
     "Delvis",
     ["Granskningen visade:",
      "• Slutbesiktning var gjord i tre av fyra områden.",
      "• I Norra Ängsbacken återstår gatubelysning och en dagvattendamm.",
      "• Exploatören har förelagts att slutföra arbetena senast 2026-06-30."]),
    ("Gata och trafik",
     "Risk att vinterväghållningen inte utförs enligt avtalets krav på snöröjning och "
     "halkbekämpning.", 12,
     "Jämförelse av entreprenörens körjournaler med väderdata och inkomna felanmälningar för "
     "januari–mars.",
     "Delvis",
     ["• Snöröjningen startade inom avtalad tid vid 17 av 19 snöfall.",
      "• Halkbekämpningen på gång- och cykelvägar var försenad vid fyra tillfällen.",
      "• Vite på 42 000 kronor har tagits ut enligt avtalet."]),
    ("Investeringar",
     "Risk att investeringsprojekt startas utan beslutad projektbudget och att avvikelser "
     "inte rapporteras till nämnden.", 15,
     "Kontroll av projektbeslut och prognosrapportering för samtliga investeringsprojekt över "
     "5 miljoner kronor.",
     "Nej",
     "Två projekt hade startats innan projektbudgeten var beslutad, och en prognosavvikelse "
     "på 3,2 miljoner kronor rapporterades först i oktober. Rutinen för projektstart har "
     "skrivits om."),
    ("Upphandling och avtal",
     "Risk att arbeten i entreprenader beställs som ändrings- och tilläggsarbeten utan stöd "
     "i kontraktet.", 12,
     "Granskning av ÄTA-arbeten över 250 000 kronor i tre pågående entreprenader.",
     "Delvis",
     ["Av 14 granskade ÄTA-arbeten:",
      "• tio hade en skriftlig beställning före utförandet,",
      "• tre beställdes i efterhand,",
      "• ett saknade koppling till kontraktet och har reglerats."]),
    ("Markförvaltning",
     "Risk att arrenden och markupplåtelser inte faktureras eller inte räknas upp enligt "
     "avtalens indexklausuler.", 10,
     "Avstämning av arrendeavtalsregistret mot fakturerade avgifter för 2025.",
     "Ja",
     "Samtliga 63 avtal var fakturerade med rätt indexuppräkning."),
    ("Arbetsmiljö",
     "Risk att arbetsmiljöansvaret i nämndens bygg- och anläggningsprojekt inte är fördelat "
     "och att byggarbetsmiljösamordnare saknas.", 16,
     "Kontroll av att byggarbetsmiljösamordnare för planering och utförande (BAS-P och "
     "BAS-U) är utsedda och dokumenterade i nämndens projekt.",
     "Delvis",
     ["• BAS-P och BAS-U var utsedda i alla elva projekt.",
      "• I tre projekt saknades en skriftlig uppgiftsfördelning.",
      "• En mall för uppgiftsfördelningen har tagits fram."]),
]

HEAD = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Följer plan", "Iakttagelser"]
FIELDS = ["process", "risk", "risk_value", "controls", "follows_plan", "comment"]
WIDTHS = [2.3, 3.6, 1.4, 3.4, 1.3, 4.0]  # 16.0 cm


def joined(value) -> str:
    """The expected text of a cell: its paragraphs and list items joined with one space,
    the list bullets dropped (README, Output)."""
    if isinstance(value, str):
        return value
    return " ".join(p[2:] if p.startswith("• ") else p for p in value)


def ten2025():
    page = Page(21.0, 29.7, 2.5, 2.2, 2.5, 2.5)
    rows, records = [], []
    for i, (proc, risk, rv, ctrl, fp, iakt) in enumerate(RISKS, 1):
        rows.append((i, [C(proc), C(risk), C(str(rv), align="center"), C(ctrl),
                         C(fp, align="center"), C(iakt, bullets=True)]))
        records.append(rec(process=proc, risk=risk, risk_value=rv, controls=ctrl,
                           follows_plan=fp, comment=joined(iakt)))
    assert all(r["risk_value"] >= 10 for r in records)  # every risk in the plan is väsentlig
    answers = [r["follows_plan"] for r in records]
    assert (answers.count("Ja"), answers.count("Delvis"), answers.count("Nej")) == (1, 4, 1)
    blocks = [
        P(ORGAN, "Organ"),
        P(TITLE, "Title"),
        P("Teknik- och exploateringsförvaltningen · Dnr TEN 2026/0008", "Subtitle"),
        P("1. Bakgrund", "H1"),
        P("Teknik- och exploateringsnämnden ansvarar för kommunens gator, parker och allmänna "
          "platser, för mark- och exploateringsverksamheten och för de investeringsprojekt som "
          "nämnden beställer. Nämnden antog internkontrollplanen för 2025 den 18 december "
          "2024. Denna helårsuppföljning redovisar de kontroller som har gjorts under året och "
          "förvaltningens bedömning av resultatet."),
        P("2. Riskanalys", "H1"),
        P("Riskinventeringen för 2025 omfattade tjugo risker. Varje risk har bedömts efter "
          "sannolikhet och konsekvens på femgradiga skalor, och riskvärdet är produkten av de "
          "två. En risk med ett riskvärde på 10 eller mer bedöms som väsentlig och tas in i "
          "internkontrollplanen med ett kontrollmoment; övriga risker hanteras i "
          "verksamhetens ordinarie styrning och uppföljning."),
        P("3. Resultat", "H1"),
        P("Kontrollerna har gjorts av förvaltningens controller och projektledare enligt "
          "planen. Under Iakttagelser redovisas också de åtgärder som redan har vidtagits."),
        P("Tabell 1. Uppföljning av nämndens sex väsentliga risker", "Caption"),
        Grid("Kontroller", WIDTHS, [HEAD], rows, rule="0.5pt solid #8EAADB",
             rules="horizontal", header_fill="#4472C4", header_color="#FFFFFF",
             zebra="#D9E2F3", size=8.5, font="Liberation Sans", pad=0.12, pad_v=0.05),
        P("4. Bedömning", "H1"),
        P("En kontroll visar att rutinen fungerar, fyra visar brister som till stor del har "
          "åtgärdats och en visar att rutinen inte har följts. Förvaltningen bedömer att "
          "styrningen av investeringsprojekten behöver stärkas; kontrollen av projektstarter "
          "och prognosrapportering finns därför kvar i internkontrollplanen för 2026."),
        P("5. Förslag till beslut", "H1"),
        P("Teknik- och exploateringsnämnden godkänner helårsuppföljningen av "
          "internkontrollplanen för 2025."),
    ]
    return ReportDoc(
        name="ten2025_bulleted_lists_in_comment_cells",
        blocks=blocks, page=page, font="Liberation Serif", body_size=11.0,
        heading_color="#1F3864", heading_font="Liberation Sans",
        footer="Helårsuppföljning 2025 | {page}", footer_align="left",
        organ=ORGAN, year=2025, period="helår", title=TITLE,
        risks_inventoried=20, risks_critical=6,
        columns=[{"header": h, "field": f} for h, f in zip(HEAD, FIELDS, strict=True)],
        records=records, grids=("Kontroller",),
    )
