"""Holdout20 document A: Kultur- och turismnämnden, a risk table with no rules at all
(Process | Risk | Riskvärde | Kontrollmoment | Följer plan | Kommentar) where every body cell
is centred vertically, and one process cell spans three risk rows, its text standing in the
middle of the three rows, level with the second of them."""

from h20kit import H20Table
from holdout_model import Col, Doc, P, Page

KTN_ROWS = [
    {"process": "Bibliotek och läsfrämjande",
     "risk": "Risk att låntagares personuppgifter i bibliotekssystemet sparas längre än vad "
             "dataskyddsförordningen tillåter, eftersom gallringen av inaktiva lånekonton görs "
             "manuellt och ofta skjuts upp.",
     "value": "9",
     "controls": "Kontroll av gallringsloggen och stickprov på 40 lånekonton som har varit "
                 "inaktiva i mer än tre år.",
     "follows": "Ja",
     "comment": "Samtliga 40 konton i stickprovet var gallrade. Den manuella gallringen har "
                "ersatts av en automatisk körning varje kvartal, som bibliotekschefen "
                "godkänner i förväg."},
    {"process": "Destinations- och evenemangsarbete", "_span": {"process": 3},
     "risk": "Risk att evenemang på allmän plats genomförs utan polistillstånd eller utan "
             "att säkerhetsplanen har godkänts, så att publiken kan skadas vid trängsel.",
     "value": "12",
     "controls": "Genomgång av samtliga evenemang med fler än 500 besökare: tillstånd, "
                 "säkerhetsplan och utsedd säkerhetsansvarig.",
     "follows": "Delvis",
     "comment": "Tillstånd fanns för alla 14 evenemang. För två mindre konserter saknades "
                "godkänd säkerhetsplan; checklistan för arrangörer har därför skärpts."},
    {"risk": "Risk att sponsringsavtal med lokala företag tecknas utan att jävsreglerna "
             "prövas och utan skriftligt avtal, vilket kan skada förtroendet för kommunen.",
     "value": "9",
     "controls": "Granskning av sponsringsavtalen för sommarens festivaler mot kommunens "
                 "riktlinjer för sponsring och delegationsordningen.",
     "follows": "Ja",
     "comment": "Alla sju avtal var skriftliga och undertecknade av behörig person. Ingen "
                "jävssituation har upptäckts vid granskningen."},
    {"risk": "Risk att bidrag till destinationsutveckling betalas ut till turist- och "
             "besöksnäringens aktörer utan att motprestationen följs upp.",
     "value": "9",
     "controls": "Uppföljning av återrapporteringen från de aktörer som fick "
                 "utvecklingsbidrag under 2023 och 2024.",
     "follows": "Nej",
     "comment": "Återrapportering saknades från fyra av elva aktörer. Utbetalningen av "
                "nästa års bidrag har stoppats tills rapporterna kommit in."},
    {"process": "Museer och samlingar",
     "risk": "Risk att föremål i museets magasin försvinner eller bryts ned utan att det "
             "upptäcks, eftersom klimatloggning och inventering görs sällan.",
     "value": "16",
     "controls": "Inventering av två magasin mot samlingsdatabasen och kontroll av "
                 "klimatloggarna för relativ luftfuktighet och temperatur.",
     "follows": "Delvis",
     "comment": "Av 2 146 föremål återfanns 2 139. Sju föremål är ännu inte lokaliserade. "
                "Fuktskador har konstaterats i magasin B, där avfuktningen nu byts ut."},
    {"process": "Kulturstöd och stipendier",
     "risk": "Risk att stipendier och projektbidrag beviljas av handläggare som saknar "
             "delegation, eller att samma projekt får stöd två gånger.",
     "value": "12",
     "controls": "Jämförelse mellan beslut i e-tjänsten och delegationsordningen samt "
                 "sökning efter dubbla ansökningar i bidragsregistret.",
     "follows": "Ja",
     "comment": "Alla 63 beslut var fattade med stöd av delegation. Två dubbla ansökningar "
                "upptäcktes redan vid handläggningen och avslogs."},
    {"process": "Turistbyrå och informationsplatser",
     "risk": "Risk att kontanter och presentkort i turistbyråns kassa hanteras av en person "
             "ensam, så att svinn och fel i kassaredovisningen inte upptäcks.",
     "value": "12",
     "controls": "Oanmäld kassakontroll vid tre tillfällen och avstämning av "
                 "presentkortsregistret mot kassasystemet och bokföringen.",
     "follows": "Ja",
     "comment": "Kassan stämde vid alla tre kontrollerna. Presentkortsregistret har förts "
                "över till IT-stödet för kassan, så att dubbel registrering undviks."},
]


def ktn2024() -> Doc:
    cols = [
        Col("process", "Process", 2.4, "process", align="left"),
        Col("risk", "Risk", 4.2, "risk"),
        Col("value", "Riskvärde", 1.5, "risk_value", align="center"),
        Col("controls", "Kontrollmoment", 3.8, "controls"),
        Col("follows", "Följer plan", 1.5, "follows_plan", align="center"),
        Col("comment", "Kommentar", 3.6, "comment"),
    ]
    table = H20Table("Internkontrollplan", cols, KTN_ROWS, rules="none", header_fill=None,
                     header_valign="bottom", body_valign="middle", size=8.5,
                     font="Liberation Sans", pad=0.12, pad_v=0.22, keep_rows=True,
                     margin_top=0.15)
    blocks = [
        P("Kultur- och turismnämnden", "Sub"),
        P("Helårsuppföljning av internkontrollplan 2024", "Title"),
        P("Kultur- och turismnämnden antog internkontrollplanen för 2024 i december 2023. "
          "Planen bygger på förvaltningens riskanalys, där varje risk har bedömts efter "
          "sannolikhet och konsekvens på en skala från 1 till 4. Riskvärdet är produkten av "
          "de två bedömningarna."),
        P("I nämndens riskanalys för 2024 bedömdes 19 risker. Sju av dem fick ett "
          "riskvärde på 9 eller högre och ingår därför i internkontrollplanen. Resultatet av "
          "kontrollerna under året redovisas i tabellen nedan."),
        P("Kontroller under 2024", "H2"),
        table,
        P("Samlad bedömning", "H2"),
        P("Förvaltningen bedömer att den interna kontrollen i huvudsak har fungerat. "
          "Bristerna i uppföljningen av destinationsbidragen och i magasinens klimat kräver "
          "fortsatta åtgärder och tas med i internkontrollplanen för 2025."),
    ]
    return Doc(
        name="ktn2024_unruled_vcentred_spanning_process",
        blocks=blocks,
        page=Page(top=2.0, bottom=2.0, left=2.0, right=2.0),
        font="Liberation Serif",
        body_size=10.5,
        cell_size=8.5,
        footer="Kultur- och turismnämnden · Helårsuppföljning 2024 · sida {page} av {pages}",
        organ="Kultur- och turismnämnden",
        year=2024,
        period="helår",
        title="Helårsuppföljning av internkontrollplan 2024",
        risks_inventoried=19,
        risks_critical=7,
    )
