"""Holdout3 document E: Fastighetsnämnden, an unruled table in Carlito 7.5 pt with labelled
sub-risks a) / b) under process cells spanning two rows, compact products ("3x4=12"), and a
row split over the page break whose continuation starts with a name ("Visma")."""

from holdout_model import Col, Doc, P, Page, Table

FSN_ROWS = [
    {
        "process": "Lokalförsörjning",
        "_span": {"process": 2},
        "risk": "a) Risk att hyresavtal för inhyrda lokaler förlängs automatiskt trots att "
        "verksamheten inte längre behöver lokalen, så att kommunen betalar hyra för tomma "
        "lokaler.",
        "value": "3x3=9",
        "controls": "Genomgång två gånger per år av hyresavtal med uppsägningstid inom de "
        "närmaste tolv månaderna.",
        "handling": "Bevakning av uppsägningstider i avtalsdatabasen.",
        "follows": "Ja",
        "comment": "Tre avtal har sagts upp i tid, bland annat för paviljongen vid "
        "Ekbackens skola. Ett avtal för förråd förlängdes med ett år.",
    },
    {
        "risk": "b) Risk att verksamheternas lokalbehov inte fångas upp i lokalförsörjnings"
        "planen, så att nya förskolor och skolor inte hinner byggas när barnantalet ökar.",
        "value": "3x4=12",
        "controls": "Avstämning av befolkningsprognosen mot lokalförsörjningsplanen i "
        "samband med budgetarbetet.",
        "handling": "Gemensam lokalgrupp med utbildningsförvaltningen.",
        "follows": "Delvis",
        "comment": "Avstämningen gjordes i april. Behovet av förskoleplatser i Norrby har "
        "underskattats; en tillfällig paviljong planeras till hösten 2025.",
    },
    {
        "process": "Fastighetsunderhåll",
        "_span": {"process": 2},
        "risk": "a) Risk att planerat underhåll av tak, ventilation och fönster skjuts upp, "
        "så att underhållsskulden växer och skador uppstår på byggnaderna.",
        "value": "4x3=12",
        "controls": "Jämförelse av utfört och planerat underhåll enligt underhållsplanen per "
        "tertial.",
        "handling": "Prioriteringslista för underhåll som beslutas av nämnden varje år.",
        "follows": "Delvis",
        "comment": "Av 46 planerade åtgärder har 31 utförts. Takbyten på två skolor har "
        "flyttats till 2025 på grund av höga anbud.",
    },
    {
        "risk": "b) Risk att felanmälningar från hyresgästerna inte åtgärdas inom avtalad "
        "tid, så att verksamheterna störs och förtroendet för förvaltningen minskar.",
        "value": "3x3=9",
        "controls": "Uttag ur felanmälningssystemet över ärenden som inte åtgärdats inom tio "
        "arbetsdagar.",
        "handling": "Veckovisa avstämningar med driftteknikerna.",
        "follows": "Ja",
        "comment": "92 procent av felanmälningarna åtgärdades inom avtalad tid. Ärendena "
        "som dröjde gällde främst hissar och passersystem.",
    },
    {
        "process": "Investeringsprojekt",
        "risk": "Risk att investeringsprojekt överskrider beslutad budget eller försenas "
        "utan att nämnden informeras i tid, så att kommunfullmäktige fattar beslut på "
        "felaktiga underlag.",
        "value": "4x4=16",
        "controls": "Projektrapporter per tertial med prognos för slutkostnad och tidplan "
        "för alla projekt över 5 miljoner kronor.",
        "handling": "Projektmodell med beslutspunkter och rapportering till nämnden.",
        "follows": "Delvis",
        "comment": "Projektrapporterna har lämnats för alla tolv projekt. Nybyggnaden av "
        "Solbergaskolan beräknas överskrida budgeten med 8 procent, och nämnden "
        "informerades först i augusti. Prognoserna tas fram ur projektverktyget, medan "
        "utfallet hämtas direkt från Visma och stäms av för hand varje månad, eftersom "
        "systemen saknar integration. Ekonomienheten och projektledarna har därför infört en "
        "gemensam avstämning före varje tertialrapport. Från 2025 ska projektrapporterna tas "
        "fram i Stratsys och granskas av controller innan de går till nämnden.",
    },
    {
        "process": "Energi och miljö",
        "risk": "Risk att energiförbrukningen i kommunens fastigheter inte mäts och följs "
        "upp, så att målet om 15 procents minskning till 2026 inte nås.",
        "value": "3x3=9",
        "controls": "Månadsvis avläsning av energi i fastighetssystemet och jämförelse med "
        "föregående år.",
        "handling": "Energieffektiviseringsplan med åtgärder per fastighet.",
        "follows": "Ja",
        "comment": "Förbrukningen har minskat med 6 procent jämfört med 2023. Solceller "
        "har installerats på tre skolor och på badhuset.",
    },
    {
        "process": "Upphandling av entreprenader",
        "risk": "Risk att ramavtal för bygg- och installationsentreprenader används för "
        "arbeten som borde ha upphandlats separat, eller att ÄTA-arbeten beställs utan "
        "skriftligt beslut.",
        "value": "3x4=12",
        "controls": "Stickprov på 20 beställningar per halvår mot ramavtalens omfattning "
        "och beloppsgränser.",
        "handling": "Utbildning för projektledare i LOU och rutin för ÄTA-beslut.",
        "follows": "Nej",
        "comment": "Kontrollen har inte genomförts under 2024 eftersom "
        "upphandlingsjuristen slutade i mars. Stickprovet görs i januari 2025.",
    },
]


def fsn2024(margin_top: float = 0.25) -> Doc:
    t = Table(
        "Internkontrollplan", [
            Col("process", "Process", 2.1, "process", "left"),
            Col("risk", "Risk", 3.6, "risk"),
            Col("value", "Riskvärde (S×K)", 1.4, "risk_value", "center"),
            Col("controls", "Kontrollmoment", 3.0, "controls"),
            Col("handling", "Planerade åtgärder", 2.5, "handling"),
            Col("follows", "Följer plan", 1.2, "follows_plan", "center"),
            Col("comment", "Kommentar", 3.2, "comment"),
        ], FSN_ROWS,
        rules="none", header_fill=None, size=7.5, head_size=7.5, pad=0.12,
        margin_top=margin_top,
    )
    title = "Fastighetsnämndens internkontrollplan 2024 – helårsuppföljning"
    blocks = [
        P(title, "Title"),
        P("Bakgrund", "H2"),
        P("Fastighetsnämnden ansvarar för kommunens egna och inhyrda lokaler, för "
          "underhåll och drift av fastigheterna och för investeringsprojekten. Enligt "
          "kommunallagen ska nämnden se till att den interna kontrollen är tillräcklig. "
          "Internkontrollplanen för 2024 antogs den 15 februari 2024, § 9, och bygger på en "
          "risk- och väsentlighetsanalys som förvaltningens ledningsgrupp tog fram tillsammans "
          "med driftchefer och projektledare under hösten 2023."),
        P("Metod", "H2"),
        P("Sannolikheten (S) och konsekvensen (K) av varje risk bedöms på en skala från 1 "
          "till 4. Riskvärdet är produkten av bedömningarna och redovisas i tabellen som "
          "S×K. Kontrollerna har genomförts av förvaltningens controller, fastighetschefen "
          "och projektchefen. Resultatet har stämts av med förvaltningens ledningsgrupp "
          "innan uppföljningen lämnades till nämnden."),
        P("Där en process har flera risker märks de med a) och b) och redovisas på var sin "
          "rad. Kolumnen Följer plan anger om kontrollen har genomförts enligt planen (Ja), "
          "delvis (Delvis) eller inte alls (Nej)."),
        P("Resultat", "H2"),
        P("Av de 20 risker som kartlagts har sju ett riskvärde på 9 eller högre. Dessa "
          "redovisas i tabellen nedan med kontrollmoment, planerade åtgärder och resultatet "
          "av årets kontroller. Övriga risker hanteras inom det löpande arbetet med "
          "fastighetsförvaltningen och ingår inte i denna uppföljning."),
        P("De största avvikelserna gäller underhållet, där åtgärder har skjutits upp på "
          "grund av höga anbud, och investeringsprojekten, där rapporteringen till nämnden "
          "har kommit sent. Kontrollen av entreprenadupphandlingarna har inte kunnat "
          "genomföras."),
        t,
        P("Förvaltningens bedömning", "H2"),
        P("Den interna kontrollen bedöms i huvudsak vara tillräcklig. Kontrollen av "
          "entreprenadupphandlingarna och rapporteringen av investeringsprojekten förs över "
          "till internkontrollplanen för 2025."),
    ]
    return Doc(
        "fsn2024_unruled_subrisks_compact_products", blocks,
        Page(left=1.5, right=1.5),
        font="Carlito", body_size=10.5, cell_size=7.5,
        footer="Fastighetsnämnden · Helårsuppföljning 2024 · {page} ({pages})",
        organ="Fastighetsnämnden", year=2024, period="helår", title=title,
        risks_inventoried=20, risks_critical=7,
    )
