"""Holdout10 document A: Vuxenutbildningsnämnden, a ruled risk table where every risk row is
followed by a row whose one cell spans all columns and opens "Kommentar:" (the comment of the
risk above); one risk row ends page 1 and its comment row opens page 2 under the repeated
header."""

from h10kit import COMMENT, H10Table
from holdout_model import Col, Doc, P, Page

VUX_ROWS = [
    {
        "process": "Antagning",
        "risk": "Risk att ansökningar som kommer in via e-tjänsten inte prioriteras enligt "
        "förordningen om vuxenutbildning, så att sökande med störst behov inte antas.",
        "s": "3", "k": "3", "value": "9",
        "controls": "Stickprov på 25 antagningsbeslut per termin: prioriteringsgrund, "
        "dokumentation av behovsbedömningen och beslutsdatum.",
        "follows": "Ja",
    },
    {COMMENT: "Samtliga 25 beslut var korrekt prioriterade. I tre ärenden saknades datum för "
     "när sökandens underlag kompletterats; handläggarna har fått förtydligade instruktioner."},
    {
        "process": "Betyg och intyg",
        "risk": "Risk att betyg i kommunal vuxenutbildning registreras felaktigt eller för sent "
        "i elevregistret, så att eleverna inte kan styrka sina meriter vid ansökan till "
        "högskola eller arbetsgivare.",
        "s": "3", "k": "4", "value": "12",
        "controls": "Avstämning av betygskataloger mot registrerade betyg i IT-stödet för "
        "samtliga kurser som avslutades under vårterminen.",
        "follows": "Delvis",
    },
    {COMMENT: "97 procent av betygen registrerades inom tio arbetsdagar. 41 betyg registrerades "
     "senare, främst inom yrkesutbildningen. Rutinen för sena betyg ses över under hösten."},
    {
        "process": "Upphandlade utbildningsanordnare",
        "risk": "Risk att upphandlade anordnare inte uppfyller avtalens krav på "
        "lärarbehörighet, garanterad undervisningstid och rapportering av studieresultat.",
        "s": "3", "k": "3", "value": "9",
        "controls": "Granskning av avtalsuppföljningen för fyra av sju anordnare, med kontroll "
        "av lärarlegitimationer och närvarorapporter.",
        "follows": "Nej",
    },
    {COMMENT: "Avtalsuppföljning hade bara genomförts för två anordnare. Uppföljningen av "
     "övriga anordnare görs under hösten och redovisas i helårsuppföljningen."},
    {
        "process": "Svenska för invandrare",
        "risk": "Risk att eleverna inom sfi inte får den undervisningstid de har rätt till, "
        "eftersom schemalagda lektioner ställs in vid lärarfrånvaro utan att ersättas.",
        "s": "4", "k": "3", "value": "12",
        "controls": "Jämförelse av schemalagd och genomförd undervisningstid för tre grupper "
        "per skolenhet under perioden mars–maj.",
        "follows": "Delvis",
    },
    {COMMENT: "Genomförd undervisningstid var 91 procent av den schemalagda. Inställda "
     "lektioner ersattes i hälften av fallen med distansundervisning eller extra "
     "handledning i studieverkstaden."},
    {
        "process": "Studie- och yrkesvägledning",
        "risk": "Risk att individuella studieplaner inte upprättas eller revideras, vilket "
        "försvårar elevernas planering mot yrken inom hälso- och sjukvård och andra "
        "bristyrken.",
        "s": "3", "k": "3", "value": "9",
        "controls": "Stickprov på 40 elever inom yrkesvux: finns en aktuell studieplan som "
        "eleven har tagit del av?",
        "follows": "Ja",
    },
    {COMMENT: "38 av 40 elever hade en aktuell studieplan. De två som saknade plan hade "
     "påbörjat studierna efter sommaruppehållet."},
    {
        "process": "Informationssäkerhet",
        "risk": "Risk att personuppgifter om elever behandlas i strid med "
        "dataskyddsförordningen när lärare delar dokument utanför lärplattformen.",
        "s": "3", "k": "4", "value": "12",
        "controls": "Genomgång av behörigheter i lärplattformen och av delade mappar på två "
        "skolenheter, med stöd av kommunens dataskyddsombud.",
        "follows": "Ja",
    },
    {COMMENT: "Inga elevuppgifter hittades i delade mappar utanför lärplattformen. En ny "
     "behörighetsmodell införs senast 2025-01-31."},
]


def vux2024() -> Doc:
    cols = [
        Col("process", "Process", 2.3, "process", "left"),
        Col("risk", "Risk", 3.9, "risk", "left"),
        Col("s", "Sannolikhet", 1.5, "probability", "left"),
        Col("k", "Konsekvens", 1.5, "consequence", "left"),
        Col("value", "Riskvärde", 1.5, "risk_value", "left"),
        Col("controls", "Kontrollmoment", 4.7, "controls", "left"),
        Col("follows", "Följer plan", 1.6, "follows_plan", "left"),
    ]
    t = H10Table("Risker", cols, VUX_ROWS, rule="0.5pt solid #1f4e79",
                 header_fill="#dde8f3", font="Carlito", size=9.5, pad=0.12, margin_top=0.2,
                 keep_rows=True, comment_header="Kommentar")
    title = "Delårsuppföljning av internkontrollplan 2024"
    blocks = [
        P("Vuxenutbildningsnämnden", "Sub"),
        P(title, "Title"),
        P("Sammanfattning", "H2"),
        P("Vuxenutbildningsnämnden ansvarar för kommunal vuxenutbildning på grundläggande och "
          "gymnasial nivå, svenska för invandrare (sfi), yrkesvux och lärlingsutbildning. Under "
          "vårterminen 2024 studerade drygt 2 600 elever hos kommunen eller hos någon av de sju "
          "upphandlade utbildningsanordnarna."),
        P("Internkontrollplanen för 2024 antogs av nämnden i januari. Den bygger på en risk- "
          "och väsentlighetsanalys där varje risk bedöms utifrån sannolikhet och konsekvens på "
          "en fyrgradig skala. Produkten av de två bedömningarna är riskens riskvärde."),
        P("I analysen bedömdes 14 risker. Sex av dem fick ett riskvärde på 9 eller högre och "
          "räknas som kritiska; de har kontrollmoment i planen och redovisas nedan. Denna "
          "delårsuppföljning omfattar perioden januari–augusti 2024."),
        P("Genomförande", "H2"),
        P("Kontrollerna har utförts av rektorer, studie- och yrkesvägledare och förvaltningens "
          "controller. Stickproven har dragits slumpvis ur elevregistret och ur ärendesystemet "
          "för antagning. Resultaten har stämts av med berörda rektorer innan rapporten "
          "skrevs, och iakttagelserna har diskuterats i förvaltningens ledningsgrupp."),
        P("Kommentaren till varje risk står i raden direkt under risken. Där kontrollen visar "
          "brister anges också vilka åtgärder som har vidtagits eller planeras."),
        P("Resultat per risk", "H2"),
        t,
        P("Bedömning", "H2"),
        P("Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. "
          "Avtalsuppföljningen av upphandlade anordnare och registreringen av betyg behöver "
          "förbättras; åtgärderna följs upp i helårsuppföljningen."),
    ]
    return Doc(
        "vux2024_comment_rows_full_width", blocks, Page(left=2.0, right=2.0),
        font="Carlito", body_size=11, cell_size=9.5,
        footer="Vuxenutbildningsnämnden – delårsuppföljning 2024 – sida {page} av {pages}",
        organ="Vuxenutbildningsnämnden", year=2024, period="delår", title=title,
        risks_inventoried=14, risks_critical=6,
    )
