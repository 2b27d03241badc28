"""scan10 document B: Teknik- och avfallsnämnden, tertial 2 2025, A4 portrait: a ruled Word
table (Liberation Sans 9 pt, every cell ruled 0.5 pt #404040, light green header) over two
pages, rows kept whole, eight risks. The one quirk: a **two-level header**, a merged group
cell "Riskbedömning" over the three columns Sannolikhet / Konsekvens / Riskvärde (both header
rows repeated on page 2). Period "tertial 2" spelled out in the title and the prose; the
critical count only in a heading ("Uppföljning av de åtta kritiska riskerna"), the inventoried
count in number words ("tjugosex risker"). Scanned grey at 200 dpi."""

from holdout_model import Col, Doc, P, Page, Table

ROWS = [
    {"process": "Avfallstaxa och fakturering",
     "risk": "Risk att abonnenter debiteras fel avgift när ändringar av kärlstorlek och "
             "hämtintervall inte registreras i kundsystemet.",
     "s": "3", "k": "3", "value": "9",
     "controls": "Stickprov på 50 ändringsärenden där den registrerade ändringen jämförs med "
                 "den fakturerade avgiften.",
     "follows": "Ja",
     "comment": "Samtliga 50 ändringar var korrekt registrerade och fakturerade från rätt "
                "datum."},
    {"process": "Insamling av hushållsavfall",
     "risk": "Risk att tömningar missas utan att det upptäcks, vilket leder till klagomål "
             "och olägenheter för hushållen.",
     "s": "3", "k": "3", "value": "9",
     "controls": "Månadsvis avstämning av entreprenörens avvikelserapporter mot inkomna "
                 "kundklagomål.",
     "follows": "Delvis",
     "comment": "Entreprenörens avvikelserapporter saknades för juni och juli. Kravet på "
                "rapportering har påtalats vid avtalsuppföljningsmötet i augusti."},
    {"process": "Återvinningscentraler",
     "risk": "Risk att farligt avfall hanteras och förvaras felaktigt, med risk för utsläpp "
             "och skador på personal och besökare.",
     "s": "2", "k": "4", "value": "8",
     "controls": "Skyddsrond med kontroll av förvaring och märkning av farligt avfall på "
                 "båda återvinningscentralerna.",
     "follows": "Ja",
     "comment": "Förvaringen uppfyller kraven. Ett skåp för spillolja har fått ny märkning "
                "efter skyddsronden."},
    {"process": "Deponi och lakvatten",
     "risk": "Risk att provtagningen av lakvatten inte genomförs enligt kontrollprogrammet, "
             "vilket kan innebära brott mot tillståndsvillkoren.",
     "s": "2", "k": "4", "value": "8",
     "controls": "Kontroll av att provtagningar och analysresultat för januari–augusti har "
                 "rapporterats till tillsynsmyndigheten.",
     "follows": "Ja",
     "comment": "Alla provtagningar är genomförda och rapporterade inom föreskriven tid."},
    {"process": "Avtalsuppföljning",
     "risk": "Risk att entreprenörerna inte uppfyller avtalade krav på fordon, miljö och "
             "arbetsvillkor.",
     "s": "3", "k": "3", "value": "9",
     "controls": "Uppföljning av två entreprenörer enligt uppföljningsplanen, med kontroll av "
                 "fordonslistor och miljöklassning.",
     "follows": "Delvis",
     "comment": "Uppföljningen av insamlingsentreprenören är genomförd utan anmärkning. "
                "Uppföljningen av slamtömningsentreprenören har flyttats till oktober."},
    {"process": "Gator och vinterväghållning",
     "risk": "Risk att snöröjning och halkbekämpning inte utförs inom avtalade tider, med "
             "ökad olycksrisk för gående och cyklister.",
     "s": "3", "k": "4", "value": "12",
     "controls": "Jämförelse av entreprenörens körjournaler med utryckningsbesluten under "
                 "vintersäsongen 2024–2025.",
     "follows": "Nej",
     "comment": "Vid fyra av nitton utryckningar startade halkbekämpningen av gång- och "
                "cykelvägar senare än avtalat. Vite har tagits ut och en åtgärdsplan har "
                "begärts in."},
    {"process": "Fordon och maskiner",
     "risk": "Risk att lagstadgade besiktningar och service av förvaltningens fordon och "
             "arbetsmaskiner inte genomförs.",
     "s": "2", "k": "3", "value": "6",
     "controls": "Genomgång av fordonsregistret mot besiktningsprotokoll och fastställda "
                 "serviceintervall.",
     "follows": "Ja",
     "comment": "Samtliga 34 fordon och maskiner är besiktigade. Två servicetillfällen har "
                "flyttats till september."},
    {"process": "Arbetsmiljö",
     "risk": "Risk för olyckor och belastningsskador när kärl hämtas på svårtillgängliga "
             "platser.",
     "s": "3", "k": "3", "value": "9",
     "controls": "Uppföljning av tillbuds- och arbetsskadeanmälningar och av åtgärderna i "
                 "registret över dragvägar.",
     "follows": "Ja",
     "comment": "Sju tillbud har anmälts och utretts. Hämtplatsen har flyttats vid de fem "
                "adresser där dragvägen var för lång eller för brant."},
]


def tan2025() -> Doc:
    group = "Riskbedömning"
    cols = [
        Col("process", "Process", 2.2, "process", align="left"),
        Col("risk", "Risk", 3.4, "risk"),
        Col("s", "Sannolikhet", 1.3, "probability", align="center", group=group),
        Col("k", "Konsekvens", 1.3, "consequence", align="center", group=group),
        Col("value", "Riskvärde", 1.2, "risk_value", align="center", group=group),
        Col("controls", "Kontrollmoment", 3.3, "controls"),
        Col("follows", "Följer plan", 1.3, "follows_plan", align="left"),
        Col("comment", "Kommentar", 3.4, "comment"),
    ]
    table = Table("Kritiska risker tertial 2", cols, ROWS, rule="0.5pt solid #404040",
                  header_fill="#e2efd9", size=9, head_size=9, font="Liberation Sans",
                  pad=0.1, keep_rows=True, margin_top=0.2)
    title = "Uppföljning av internkontrollplan 2025, tertial 2"
    blocks = [
        P("Teknik- och avfallsnämnden", "Sub"),
        P(title, "Title"),
        P("Inledning", "H2"),
        P("Nämnden följer upp sin internkontrollplan tre gånger per år: efter tertial 1, "
          "efter tertial 2 och i årsbokslutet. Denna uppföljning avser tertial 2, det vill "
          "säga perioden januari–augusti 2025, och behandlas av nämnden i september."),
        P("Riskanalys", "H2"),
        P("Nämndens riskanalys för 2025 omfattar tjugosex risker inom avfallshantering, "
          "gator och förvaltningens stödprocesser. Varje risk har bedömts efter sannolikhet "
          "och konsekvens på en skala från 1 till 4, och riskvärdet är produkten av de två. "
          "Risker med ett riskvärde på 6 eller högre räknas som kritiska och har ett "
          "kontrollmoment i planen."),
        P("Uppföljning av de åtta kritiska riskerna", "H2"),
        P("Fem kontroller följer planen, två följer den delvis och en följer den inte. "
          "Avvikelsen gäller halkbekämpningen av gång- och cykelvägar under förra vintern."),
        table,
        P("Sammanfattande bedömning", "H2"),
        P("Avvikelsen inom vinterväghållningen följs upp med entreprenören inför "
          "vintersäsongen 2025–2026, och avtalsuppföljningen av slamtömningen redovisas i "
          "årsbokslutet. Förvaltningen bedömer att den interna kontrollen i övrigt fungerar "
          "tillfredsställande."),
    ]
    return Doc(
        name="tan2025_scan_200dpi_tertial2_group_header",
        blocks=blocks,
        page=Page(top=2.0, bottom=1.8, left=1.8, right=1.8),
        font="Liberation Sans",
        body_size=10.5,
        cell_size=9,
        footer="Teknik- och avfallsnämnden · Tertial 2 2025 · Sida {page} av {pages}",
        organ="Teknik- och avfallsnämnden",
        year=2025,
        period="tertial",
        title=title,
        risks_inventoried=26,
        risks_critical=8,
    )
