"""scan8 document B: Hälso- och välfärdsnämnden, helår 2024 (the period only in the subtitle
"Hälso- och välfärdsnämnden, helår 2024" under the title), A4 portrait, a ruled Word table
(Liberation Sans 9 pt) in the usual order; the one quirk: **two sub-risks "a)" and "b)" in one
row** (Läkemedelshantering), the controls cell labelled the same way, one value, one answer
and one comment for both. Scanned grey at 200 dpi."""

from holdout_model import Col, Doc, P, Page, Table

ROWS = [
    {"process": "Avgifter",
     "risk": "Risk att avgifter för hemtjänst och särskilt boende beräknas på inaktuella "
             "inkomstuppgifter.",
     "value": "9",
     "controls": "Stickprov på 30 avgiftsbeslut som jämförs med den senaste "
                 "inkomstförfrågan.",
     "follows": "Ja",
     "comment": "Samtliga 30 beslut var beräknade på aktuella uppgifter."},
    {"process": "Läkemedelshantering",
     "risk": ["a) Risk att läkemedel ges till fel patient eller i fel dos inom "
              "hemsjukvården.",
              "b) Risk att narkotikaklassade läkemedel hanteras utan kvittens och "
              "regelbunden inventering."],
     "value": "12",
     "controls": ["a) Genomgång av avvikelserapporterna om läkemedel varje tertial.",
                  "b) Inventering av narkotikaklassade läkemedel på tre enheter."],
     "follows": "Delvis",
     "comment": "Läkemedelsavvikelserna minskade från 64 till 41 under året. Vid "
                "inventeringen saknades kvittens för två uttag på en enhet; rutinen har "
                "gåtts igenom med personalgruppen."},
    {"process": "Social dokumentation",
     "risk": "Risk att genomförandeplaner inte upprättas eller följs upp inom fastställd "
             "tid på särskilda boenden.",
     "value": "9",
     "controls": "Journalgranskning av 40 brukare på fyra boenden.",
     "follows": "Delvis",
     "comment": "Genomförandeplan fanns för 34 av 40 brukare. Uppföljning inom sex månader "
                "saknades för nio brukare."},
    {"process": "Bostad med särskild service",
     "risk": "Risk att beslut om bostad med särskild service enligt LSS inte verkställs "
             "inom tre månader.",
     "value": "12",
     "controls": "Kvartalsvis genomgång av ej verkställda beslut och rapporteringen till "
                 "IVO.",
     "follows": "Nej",
     "comment": "Fem beslut var inte verkställda efter tre månader på grund av brist på "
                "lägenheter. Ett nytt gruppboende öppnar hösten 2025."},
    {"process": "Bemanning",
     "risk": "Risk att timavlönade medarbetare schemaläggs så att arbetstidslagens regler "
             "om dygnsvila inte följs.",
     "value": "8",
     "controls": "Månatligt uttag ur schemasystemet över dygnsvila för timavlönade.",
     "follows": "Ja",
     "comment": "Avvikelserna var få och hade godkänts av ansvarig chef i förväg."},
    {"process": "Informationssäkerhet",
     "risk": "Risk för obehörig åtkomst till patientjournaler i hälso- och sjukvårdens "
             "journalsystem.",
     "value": "12",
     "controls": "Logguppföljning av 25 slumpvis valda användare varje kvartal.",
     "follows": "Ja",
     "comment": "Ingen obehörig åtkomst upptäcktes. Loggkontrollerna är dokumenterade."},
    {"process": "Privata utförare",
     "risk": "Risk att privata utförare av hemtjänst inte uppfyller avtalets krav på "
             "kontinuitet och dokumentation.",
     "value": "8",
     "controls": "Avtalsuppföljning hos två utförare enligt uppföljningsplanen.",
     "follows": "Ja",
     "comment": "Uppföljningen visade inga avvikelser mot avtalet."},
]


def hvn2024() -> Doc:
    cols = [
        Col("process", "Process", 2.3, "process", align="left"),
        Col("risk", "Risk", 4.0, "risk"),
        Col("value", "Riskvärde", 1.4, "risk_value", align="center"),
        Col("controls", "Kontrollmoment", 3.8, "controls"),
        Col("follows", "Följer plan", 1.4, "follows_plan", align="left"),
        Col("comment", "Kommentar", 4.6, "comment"),
    ]
    table = Table("Internkontroll 2024", cols, ROWS, rule="0.5pt solid #000000",
                  header_fill="#deeaf6", size=9, head_size=9, font="Liberation Sans",
                  pad=0.1, keep_rows=True, margin_top=0.2)
    title = "Uppföljning av internkontrollplan 2024"
    blocks = [
        P(title, "Title"),
        P("Hälso- och välfärdsnämnden, helår 2024", "Sub"),
        P("Sammanfattning", "H2"),
        P("Nämnden fastställde internkontrollplanen för 2024 i december 2023. Planen bygger "
          "på nämndens riskanalys, där riskerna bedömts efter sannolikhet och konsekvens. "
          "Av de 19 risker som inventerats bedöms åtta vara kritiska, och de ingår i planen "
          "med kontrollmoment."),
        P("Två risker inom läkemedelshanteringen, a och b, redovisas i samma rad eftersom "
          "de följs upp av samma sjuksköterskor och bedömts gemensamt. Av de åtta "
          "riskerna följer fyra planen, tre följer den delvis och en följer den inte."),
        P("Resultat", "H2"),
        table,
        P("Slutsatser", "H2"),
        P("Den interna kontrollen bedöms i huvudsak vara tillräcklig. Verkställigheten av "
          "LSS-beslut och uppföljningen av genomförandeplaner tas med i planen för 2025."),
    ]
    return Doc(
        name="hvn2024_scan_200dpi_subrisks_one_row",
        blocks=blocks,
        page=Page(top=2.0, bottom=1.8, left=1.75, right=1.75),
        font="Liberation Serif",
        body_size=11,
        cell_size=9,
        footer="Uppföljning av internkontrollplan 2024 – sida {page}",
        organ="Hälso- och välfärdsnämnden",
        year=2024,
        period="helår",
        title=title,
        risks_inventoried=19,
        risks_critical=8,
    )
