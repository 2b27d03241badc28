"""Holdout9 document A: Måltidsnämnden, a risk table with vertical rules only (column lines,
no line between rows; one horizontal rule under the header), rows told apart only by
spacing; the table runs over two pages with the header repeated."""

from holdout_model import Col, Doc, P, Page, Table

MTN_ROWS = [
    {
        "process": "Livsmedelssäkerhet",
        "risk": "Risk att temperaturen i kyl- och frysrum inte kontrolleras dagligen och att "
        "avvikelser inte dokumenteras i egenkontrollprogrammet.",
        "value": "12",
        "controls": "Granskning av temperaturlistor från samtliga tillagningskök under två "
        "slumpvis valda veckor.",
        "follows": "Ja",
        "comment": "Listorna var kompletta i 17 av 19 kök. I två kök saknades anteckningar "
        "för helgdagar; kostchefen har följt upp med berörda kockar.",
    },
    {
        "process": "Specialkost",
        "risk": "Risk att elever med allergi eller överkänslighet serveras mat som innehåller "
        "allergener på grund av brister i märkning och kommunikation.",
        "value": "16",
        "controls": "Stickprov på 30 specialkostbeställningar: intyg, registrering i "
        "kostdatasystemet och märkning av portioner.",
        "follows": "Delvis",
        "comment": "Fyra beställningar saknade förnyat intyg. Märkningen var korrekt i samtliga "
        "fall. Rutinen för årlig förnyelse av intyg har skärpts.",
    },
    {
        "process": "Upphandling och inköp",
        "risk": "Risk att livsmedel köps in utanför gällande ramavtal, vilket ger högre "
        "kostnader och sämre spårbarhet.",
        "value": "9",
        "controls": "Analys av leverantörsreskontran för perioden januari–augusti mot listan "
        "över avtalade leverantörer.",
        "follows": "Ja",
        "comment": "Avtalstroheten var 94 procent. Köp utanför avtal gällde främst bröd från "
        "lokala bagerier vid leveransstörningar.",
    },
    {
        "process": "Matsvinn",
        "risk": "Risk att målet om minskat matsvinn inte nås eftersom svinnet inte mäts på ett "
        "enhetligt sätt i skolrestaurangerna.",
        "value": "8",
        "controls": "Kontroll av att svinnmätning har genomförts varje vecka i alla "
        "skolrestauranger enligt den gemensamma mallen.",
        "follows": "Nej",
        "comment": "Mätningen har gjorts regelbundet i elva av 19 restauranger. Övriga har "
        "saknat våg eller rutin; inköp av vågar är beställt.",
    },
    {
        "process": "Kompetensförsörjning",
        "risk": "Risk att nyanställd personal och vikarier saknar utbildning i "
        "livsmedelshygien innan de arbetar i köket.",
        "value": "12",
        "controls": "Genomgång av utbildningsregistret för samtliga anställda som började "
        "under året, inklusive timavlönade.",
        "follows": "Delvis",
        "comment": "Av 42 nyanställda hade 35 genomgått hygienutbildningen. Resterande sju "
        "har fått utbildningen under september.",
    },
    {
        "process": "Leveranser till äldreboenden",
        "risk": "Risk att varmhållen mat levereras till äldreboendena med för låg temperatur "
        "eller för lång tid mellan tillagning och servering.",
        "value": "12",
        "controls": "Temperaturmätning vid mottagandet på fyra äldreboenden under en "
        "vecka per kvartal.",
        "follows": "Ja",
        "comment": "Samtliga mätningar låg över 60 grader. Tiden från tillagning till "
        "servering översteg aldrig två timmar.",
    },
    {
        "process": "Kassahantering",
        "risk": "Risk att kontanta intäkter från personalmåltider och caféförsäljning inte "
        "redovisas fullständigt.",
        "value": "8",
        "controls": "Avstämning av kassarapporter mot bankinsättningar för tre månader i "
        "caféet på kommunhuset.",
        "follows": "Ja",
        "comment": "Inga differenser konstaterades. Caféet övergår till kortbetalning från "
        "och med 2025-01-01, vilket minskar risken ytterligare.",
    },
]


def mtn2024() -> Doc:
    cols = [
        Col("process", "Process", 2.5, "process", "left"),
        Col("risk", "Risk", 3.6, "risk", "left"),
        Col("value", "Riskvärde", 1.6, "risk_value", "left"),
        Col("controls", "Kontrollmoment", 3.3, "controls", "left"),
        Col("follows", "Följer plan", 1.4, "follows_plan", "left"),
        Col("comment", "Kommentar", 4.6, "comment", "left"),
    ]
    t = Table("Risker", cols, MTN_ROWS, rule="0.5pt solid #000000", rules="vertical",
              head_rule="0.75pt solid #000000", header_fill=None, font="Liberation Sans",
              size=9, pad=0.15, margin_top=0.2)
    title = "Uppföljning av internkontrollplan 2024 – tertial 2"
    blocks = [
        P("Måltidsnämnden", "Sub"),
        P(title, "Title"),
        P("Bakgrund", "H2"),
        P("Måltidsnämnden ansvarar för kommunens måltidsverksamhet i förskolor, skolor och "
          "på äldreboenden. Verksamheten serverar drygt 11 500 måltider per skoldag i 19 "
          "tillagningskök och 34 mottagningskök."),
        P("Enligt kommunens reglemente för intern kontroll ska nämnden varje år anta en "
          "internkontrollplan och följa upp den. Planen bygger på en risk- och "
          "väsentlighetsanalys där varje risk bedöms utifrån sannolikhet och konsekvens på "
          "en skala från 1 till 4. Produkten ger riskvärdet."),
        P("I analysen inför 2024 bedömde förvaltningen 16 risker. Sju av dessa fick ett "
          "riskvärde på 8 eller högre och har därför kontrollmoment i planen. Uppföljningen "
          "omfattar perioden januari–augusti 2024."),
        P("Metod", "H2"),
        P("Kontrollerna har genomförts av kostchefer, enhetschefer och förvaltningens "
          "controller. Resultaten har stämts av med berörda chefer innan rapporten "
          "sammanställdes. Stickproven har valts slumpvis ur verksamhetssystemen."),
        P("Resultat per risk", "H2"),
        t,
        P("Sammanfattande bedömning", "H2"),
        P("Förvaltningen bedömer att den interna kontrollen i huvudsak fungerar. Brister "
          "finns i svinnmätningen och i förnyelsen av specialkostintyg; åtgärderna följs upp "
          "i helårsrapporten."),
    ]
    return Doc(
        "mtn2024_vertical_rules_only_two_pages", blocks, Page(left=2.0, right=2.0),
        font="Liberation Sans", body_size=10.5, cell_size=9,
        footer="Måltidsnämnden – tertialrapport 2 2024 – sida {page} av {pages}",
        organ="Måltidsnämnden", year=2024, period="tertial", title=title,
        risks_inventoried=16, risks_critical=7,
    )
