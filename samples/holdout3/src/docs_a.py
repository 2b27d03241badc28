"""Holdout3 document A: Kulturnämnden, an unruled table with a two-level header."""

from holdout_model import Col, Doc, P, Page, Table

# ---------------------------------------------------------------------------------------------
# kn2024: no line, rectangle or shading anywhere; "Riskbedömning" centred over S / K / R

KN_ROWS = [
    {
        "process": "Bibliotekens medieinköp",
        "risk": "Risk att medier köps in utanför gällande ramavtal eller att e-medier "
        "licensieras utan att avtalsvillkoren har granskats, vilket kan leda till "
        "otillåten direktupphandling och ökade kostnader.",
        "s": "3", "k": "4", "r": "12",
        "controls": "Stickprov på 40 leverantörsfakturor per halvår mot avtalskatalogen; "
        "genomgång av licensavtal för e-böcker och databaser.",
        "follows": "Ja",
        "comment": "Samtliga 40 fakturor avsåg avrop från ramavtalet med mediebyrån. Två "
        "licensavtal för strömmade filmer hade förlängts automatiskt; de har nu sagts upp "
        "och upphandlas på nytt till 2025-06-30.",
    },
    {
        "process": "Kulturstöd till föreningar",
        "risk": "Risk att verksamhetsbidrag och projektbidrag betalas ut till föreningar "
        "som inte uppfyller villkoren i bidragsreglerna, till exempel kravet på en "
        "demokratiskt vald styrelse och en redovisning av tidigare beviljade bidrag.",
        "s": "3", "k": "3", "r": "9",
        "controls": "Granskning av ansökningar och slutredovisningar för samtliga "
        "projektbidrag över 25 000 kronor.",
        "follows": "Delvis",
        "comment": "Elva av fjorton redovisningar var kompletta. Tre föreningar har fått "
        "anstånd med redovisningen till 2025-01-31. Handläggarna har fått en ny "
        "checklista i e-tjänsten för bidragsansökningar.",
    },
    {
        "process": "Kulturskolans avgifter",
        "risk": "Risk att terminsavgifter inte faktureras eller att syskonrabatt och "
        "avgiftsbefrielse ges utan beslut, så att intäkterna blir lägre än budgeterat och "
        "eleverna behandlas olika.",
        "s": "4", "k": "2", "r": "8",
        "controls": "Avstämning varje termin mellan elevregistret och fakturaunderlaget i "
        "IT-stödet för kulturskolan.",
        "follows": "Ja",
        "comment": "Avstämningen för vårterminen visade sju elever som inte hade "
        "fakturerats; fakturorna skickades i maj. Höstterminens avstämning gav inga "
        "avvikelser.",
    },
    {
        "process": "Offentlig konst och konstsamlingen",
        "risk": "Risk att konstverk som är utlånade till kommunens lokaler saknas eller "
        "skadas utan att det upptäcks, eftersom inventeringen av konstsamlingen inte har "
        "genomförts sedan omorganisationen av förvaltningen.",
        "s": "3", "k": "3", "r": "9",
        "controls": "Inventering av en tredjedel av de utlånade verken per år enligt "
        "konstregistret, med foto och kontroll av placering.",
        "follows": "Nej",
        "comment": "Inventeringen har inte genomförts under 2024 eftersom tjänsten som "
        "konstintendent var vakant från mars till oktober. Inventeringen påbörjas i "
        "januari 2025 och redovisas till nämnden i juni.",
    },
    {
        "process": "Arrangemang och evenemang",
        "risk": "Risk att säkerhetsplanering och tillstånd för större utomhusarrangemang "
        "saknas eller kommer in för sent, vilket kan leda till att publik och "
        "medarbetare skadas och att arrangemang måste ställas in.",
        "s": "2", "k": "4", "r": "8",
        "controls": "Kontroll inför varje arrangemang med fler än 500 besökare att "
        "säkerhetsplan, polistillstånd och avtal med vaktbolag finns.",
        "follows": "Ja",
        "comment": "Kontrollen gjordes inför sex arrangemang, bland annat "
        "nationaldagsfirandet och kulturnatten. Alla hade godkänd säkerhetsplan. Inför "
        "kulturnatten kom polistillståndet två dagar före arrangemanget.",
    },
]


def kn2024() -> Doc:
    grp = "Riskbedömning"
    t = Table(
        "Internkontrollplan", [
            Col("process", "Process", 2.3, "process", "left"),
            Col("risk", "Risk", 3.5, "risk"),
            Col("s", "Sannolikhet", 1.5, "probability", "center", grp),
            Col("k", "Konsekvens", 1.5, "consequence", "center", grp),
            Col("r", "Riskvärde", 1.3, "risk_value", "center", grp),
            Col("controls", "Kontrollmoment", 3.1, "controls"),
            Col("follows", "Följer plan", 1.2, "follows_plan", "center"),
            Col("comment", "Kommentar", 3.6, "comment"),
        ], KN_ROWS,
        rules="none", header_fill=None, header_valign="bottom", size=8.5, head_size=8.5,
        pad=0.12, margin_top=0.2,
    )
    title = "Helårsuppföljning av Kulturnämndens internkontrollplan 2024"
    blocks = [
        P(title, "Title"),
        P("Inledning", "H2"),
        P("Kulturnämnden ansvarar enligt kommunallagen för att den interna kontrollen inom "
          "nämndens verksamheter är tillräcklig. Nämnden antog internkontrollplanen för 2024 "
          "den 20 februari 2024, § 14, på grundval av förvaltningens risk- och "
          "väsentlighetsanalys. Analysen omfattar biblioteken, kulturskolan, konsthallen, "
          "kulturstödet och arrangemangsverksamheten."),
        P("Varje risk har bedömts efter sannolikheten att den inträffar och konsekvensen om "
          "den inträffar, båda på en skala från 1 till 4. Riskvärdet är produkten av de två "
          "bedömningarna. Risker med ett riskvärde på 8 eller högre betraktas som kritiska "
          "och följs upp med en särskild kontroll under året."),
        P("Sammanfattning", "H2"),
        P("Totalt identifierades 14 risker, varav fem bedömdes som kritiska. De kritiska "
          "riskerna redovisas i tabellen nedan med kontrollmoment och resultat. Tre "
          "kontroller har genomförts enligt plan, en delvis och en har inte kunnat "
          "genomföras. De övriga riskerna hanteras inom det löpande förbättringsarbetet "
          "och redovisas inte här."),
        P("Förvaltningen konstaterar att avvikelserna främst beror på vakanser och på att "
          "rutinerna för bidragshandläggning och konstsamlingen inte har dokumenterats. "
          "Arbetet med att dokumentera rutinerna fortsätter under 2025 och stäms av med "
          "kommunens controller i samband med delårsbokslutet."),
        P("Resultat per risk", "H2"),
        t,
        P("Förvaltningens bedömning", "H2"),
        P("Den interna kontrollen bedöms i huvudsak vara tillräcklig. Inventeringen av "
          "konstsamlingen och kontrollen av kulturstödet förs över till internkontrollplanen "
          "för 2025."),
    ]
    return Doc(
        "kn2024_unruled_group_header", blocks, Page(left=1.5, right=1.5),
        font="Liberation Serif", body_size=11, cell_size=8.5,
        footer="Kulturnämnden – helårsuppföljning 2024 – sida {page}",
        organ="Kulturnämnden", year=2024, period="helår", title=title,
        risks_inventoried=14, risks_critical=5,
    )
