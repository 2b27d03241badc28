"""Holdout5 document C: Kompetensnämnden, horizontal rules only, every body cell centred
vertically (a short value such as "9" or "Ja" stands in the middle of a tall row), and an
unlabelled risk whose comment holds an enumeration "a) ..." / "b) ..." as separate
paragraphs (no sub-risks)."""

from holdout_model import Col, Doc, P, Page, Table

KPN_ROWS = [
    {
        "process": "Vuxenutbildning – antagning",
        "risk": "Risk att sökande till kommunal vuxenutbildning antas utan att "
        "behörigheten och prioriteringsgrunderna har prövats.",
        "value": "9",
        "controls": "Stickprov på 30 antagningsbeslut per kursstart mot ansökan i "
        "e-tjänsten och skollagens prioriteringsregler.",
        "follows": "Ja",
        "comment": ["Samtliga 60 granskade beslut var riktiga. Två sökande hade antagits "
                    "före andra med större behov, men det berodde på att de sökte till en "
                    "kurs med lediga platser och inte påverkade andra sökande.",
                    "Kontrollen görs av studie- och yrkesvägledare i en annan enhet än den "
                    "som fattar besluten."],
    },
    {
        "process": "Svenska för invandrare",
        "risk": "Risk att elevernas närvaro och studieresultat inte rapporteras i tid till "
        "CSN och Arbetsförmedlingen.",
        "value": "12",
        "controls": "Månatlig jämförelse av rapporterad närvaro i IT-stödet mot "
        "lärarnas närvarolistor.",
        "follows": "Delvis",
        "comment": ["Kontrollen visade två brister:",
                    "a) vid tre av tio jämförelser hade närvaron rapporterats mer än fem "
                    "dagar för sent, eftersom en lärare saknade behörighet i IT-stödet;",
                    "b) i ett fall hade en elev rapporterats som närvarande under en period "
                    "då eleven var tjänstledig från studierna.",
                    "Behörigheten har rättats och rapporten till CSN har korrigerats den "
                    "2024-05-17."],
    },
    {
        "process": "Arbetsmarknadsinsatser",
        "risk": "Risk att deltagare i kommunala arbetsmarknadsanställningar avslutas utan "
        "uppföljning av om insatsen har lett till arbete eller studier.",
        "value": "8",
        "controls": "Genomgång av alla avslutade anställningar per halvår mot "
        "uppföljningsregistret.",
        "follows": "Ja",
        "comment": "Uppföljning fanns för 52 av 54 avslutade anställningar. 31 deltagare "
        "gick vidare till arbete eller studier inom tre månader.",
    },
    {
        "process": "Försörjningsstöd – samverkan",
        "risk": "Risk att uppgifter om deltagare lämnas till socialtjänsten utan samtycke, "
        "i strid med sekretessreglerna.",
        "value": "12",
        "controls": "Kontroll av att samtyckesblankett finns för samtliga deltagare som "
        "anvisats från socialtjänsten.",
        "follows": "Ja",
        "comment": ["Samtycke fanns i alla 40 granskade akter. Blanketten har gjorts om "
                    "till en e-tjänst under hösten.",
                    "Frågor om samtycke och sekretess kan skickas till "
                    "dataskydd.kompetens@norrvik.se."],
    },
    {
        "process": "Upphandlade utbildningar",
        "risk": "Risk att utbildningsanordnare får ersättning för elever som inte har "
        "påbörjat eller har avbrutit sina studier.",
        "value": "9",
        "controls": "Avstämning av anordnarnas fakturor mot elevregistret varje månad.",
        "follows": "Nej",
        "comment": ["Två anordnare hade fakturerat för sammanlagt 23 elever som avbrutit "
                    "studierna. Kommunen har krävt tillbaka 184 000 kronor.",
                    "Avtalsuppföljningen skärps och en ny kontroll av elevernas aktivitet "
                    "införs från januari 2025."],
    },
    {
        "process": "Personal och arbetsmiljö",
        "risk": "Risk att lärare undervisar i kurser som de saknar legitimation och "
        "behörighet för.",
        "value": "9",
        "controls": "Jämförelse av tjänstefördelningen med Skolverkets legitimationsregister "
        "inför varje termin.",
        "follows": "Ja",
        "comment": "Fyra lärare saknade behörighet i något ämne. Undervisningen är "
        "tidsbegränsad och beslut om undantag finns.",
    },
]


def kpn2024() -> Doc:
    t = Table(
        "Internkontroll", [
            Col("process", "Process", 2.6, "process", "left"),
            Col("risk", "Risk", 3.6, "risk"),
            Col("value", "Riskvärde", 1.6, "risk_value", "center"),
            Col("controls", "Kontrollmoment", 3.4, "controls"),
            Col("follows", "Följer plan", 1.5, "follows_plan", "center"),
            Col("comment", "Kommentar", 5.3, "comment"),
        ], KPN_ROWS,
        rule="1pt solid #2e74b5", rules="horizontal", header_fill=None, size=9,
        body_valign="middle", header_valign="bottom", pad=0.15,
    )
    title = "Uppföljning av intern kontroll 2024 – helår"
    blocks = [
        P("Kompetensnämnden", "Sub"),
        P(title, "Title"),
        P("Bakgrund", "H2"),
        P("Kompetensnämnden ansvarar för kommunal vuxenutbildning, svenska för invandrare, "
          "arbetsmarknadsinsatser och samverkan med socialtjänsten kring personer som "
          "uppbär försörjningsstöd. Nämnden antog sin internkontrollplan för 2024 den 31 "
          "januari 2024."),
        P("Av nämndens 16 bedömda risker är sex kritiska, och det är dessa som har "
          "kontrollerats under året. Riskvärdet är sannolikhet multiplicerad med "
          "konsekvens; risker med värde 8 eller högre räknas som kritiska."),
        P("Kontrollerna har utförts av förvaltningens controller och av utsedda "
          "medarbetare i verksamheterna. Avvikelser rapporteras till "
          "kompetensforvaltningen@norrvik.se och diarieförs."),
        P("Kontroller och resultat", "H2"),
        t,
        P("Bedömning", "H2"),
        P("Den interna kontrollen bedöms som god. Avstämningen av fakturor från "
          "upphandlade anordnare har inte fungerat och förs in i planen för 2025 med en "
          "skärpt kontroll."),
    ]
    return Doc(
        "kpn2024_centred_cells_comment_enumeration", blocks, Page(left=1.5, right=1.5),
        font="Carlito", body_size=11, cell_size=9,
        footer="Kompetensnämnden – uppföljning av intern kontroll 2024 – sida {page} av {pages}",
        organ="Kompetensnämnden", year=2024, period="helår", title=title,
        risks_inventoried=16, risks_critical=6,
    )
