"""Holdout14 document C: Regionala utvecklingsnämnden (a regional nämnd), a risk table whose
whole body is shaded light grey and whose cell borders are white 1.5 pt lines (the rules are
drawn in white over the shading, so the rows and columns are told apart by white gaps in the
grey); the header is dark blue with white bold text. The table stands on one page."""

from h14kit import H14Table, Part
from holdout_model import Col, Doc, P, Page


def row(process, risk, value, controls, follows, comment):
    return {"process": process, "risk": risk, "value": value, "controls": controls,
            "follows": follows, "comment": comment}


RUN_ROWS = [
    row("Projektstöd",
        "Risk att regionalt projektstöd beviljas till projekt som inte uppfyller villkoren "
        "i förordningen om regionalt tillväxtarbete.",
        "12",
        "Granskning av 15 beviljade projektstöd: ansökan, bedömningsunderlag, yttranden och "
        "beslut mot förordningens villkor.",
        "Ja",
        "Samtliga 15 beslut var väl underbyggda. I två ärenden saknades datum på "
        "bedömningsunderlaget; mallen har kompletterats."),
    row("Utbetalning av stöd",
        "Risk att stöd betalas ut utan att stödmottagaren har redovisat faktiska och "
        "stödberättigande kostnader.",
        "12",
        "Stickprov på 20 utbetalningsrekvisitioner: kontroll av verifikationer, "
        "tidrapporter och att kostnaderna ryms i beslutet.",
        "Delvis",
        "I 17 av 20 rekvisitioner var kostnaderna styrkta. Tre rekvisitioner innehöll "
        "personalkostnader utan tidrapporter och har återkrävts med 186 000 kronor."),
    row("Jäv och bisysslor",
        "Risk att handläggare eller beslutsfattare deltar i ärenden där de är jäviga, till "
        "exempel genom uppdrag i stödsökande företag.",
        "9",
        "Jämförelse av handläggarnas anmälda bisysslor och förtroendeuppdrag med "
        "stödmottagarna under tertialet.",
        "Ja",
        "Inga jävssituationer upptäcktes. Två handläggare hade inte lämnat någon "
        "bisyssleanmälan för 2025 och har gjort det i april."),
    row("Kollektivtrafikanslag",
        "Risk att regionens bidrag till länstrafiken och till regionala "
        "infrastrukturåtgärder betalas ut före beslut eller i strid med avtalet.",
        "8",
        "Avstämning av utbetalningar från anslaget mot nämndens beslut och "
        "medfinansieringsavtalen för januari–april.",
        "Ja",
        "Alla sju utbetalningar hade beslut och stämde med avtalen. Underlagen har "
        "arkiverats i diariet."),
    row("Kompetensförsörjning",
        "Risk att nyckelkompetens inom analys och EU-fonder försvinner när medarbetare slutar, "
        "så att programarbetet försenas.",
        "9",
        "Kontroll av att varje nyckelfunktion har en utsedd ersättare och att "
        "överlämningsrutinen har använts vid avslut.",
        "Delvis",
        "Ersättare fanns för sex av åtta nyckelfunktioner. Överlämningsrutinen användes vid "
        "båda avsluten under perioden."),
    row("Upphandling av analyser",
        "Risk att konsultuppdrag för analyser och utvärderingar direktupphandlas över "
        "beloppsgränsen eller utan dokumentation.",
        "8",
        "Genomgång av samtliga direktupphandlingar över 100 000 kronor under tertialet mot "
        "riktlinjerna för direktupphandling.",
        "Nej",
        "Två av fem direktupphandlingar saknade dokumenterad konkurrensutsättning. Berörda "
        "chefer har fått utbildning i riktlinjerna."),
    row("Informationssäkerhet",
        "Risk att känsliga uppgifter om företag i stödärenden lämnas ut felaktigt vid "
        "begäran om allmän handling.",
        "9",
        "Genomgång av tio utlämnade ansökningshandlingar: sekretessprövning och "
        "dokumenterat beslut om maskering.",
        "Ja",
        "Sekretessprövning var dokumenterad i alla tio ärenden. Rutinen har också gåtts "
        "igenom på en arbetsplatsträff."),
]


def run2025() -> Doc:
    cols = [
        Col("process", "Process", 2.5, "process", "left"),
        Col("risk", "Risk", 3.9, "risk", "left"),
        Col("value", "Riskvärde", 1.5, "risk_value", "left"),
        Col("controls", "Kontrollmoment", 3.8, "controls", "left"),
        Col("follows", "Följer plan", 1.5, "follows_plan", "left"),
        Col("comment", "Kommentar", 3.8, "comment", "left"),
    ]
    t = H14Table("Uppföljning", cols, [], rule="1.5pt solid #ffffff", header_fill="#1f3864",
                 header_color="#ffffff", font="DejaVu Sans", size=8, pad=0.12,
                 margin_top=0.1, parts=[Part(RUN_ROWS)], body_fill="#e7e6e6",
                 keep_rows=True)
    title = "Uppföljning av internkontrollplan 2025, tertial 1"
    blocks = [
        P("Regionala utvecklingsnämnden", "Sub"),
        P(title, "Title"),
        P("Regionala utvecklingsnämnden ansvarar för det regionala tillväxtarbetet, "
          "regionalt projektstöd och företagsstöd samt regionens del i infrastrukturplaneringen."),
        P("Nämnden har identifierat 16 risker för 2025. Sju av dem bedöms som kritiska och "
          "följs upp i internkontrollplanen; uppföljningen avser januari–april 2025."),
        t,
        P("Nämndens bedömning", "H2"),
        P("Kontrollen av projektstöd fungerar väl. Redovisningen av personalkostnader och "
          "dokumentationen av direktupphandlingar följs upp igen i tertial 2."),
    ]
    return Doc(
        "run2025_white_rules_on_shaded_table", blocks, Page(left=2.0, right=2.0),
        font="DejaVu Serif", body_size=10, cell_size=8,
        footer="Regionala utvecklingsnämnden · Uppföljning av internkontrollplan 2025 · "
               "tertial 1 · {page}",
        organ="Regionala utvecklingsnämnden", year=2025, period="tertial", title=title,
        risks_inventoried=16, risks_critical=7,
    )
