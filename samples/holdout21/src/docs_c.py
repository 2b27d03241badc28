"""Holdout21 document C: Regionstyrelsen, a report typeset in A4 landscape whose page
content is then drawn turned 90° on a portrait MediaBox with no /Rotate entry (as some
print-to-PDF drivers write it): a reader shows every page sideways. A ruled risk table
(Process | Risk | Riskvärde | Kontrollmoment | Följer plan | Kommentar) over two pages
under a repeated header."""

from h21kit import H21Table
from holdout_model import Col, Doc, P, Page

RS_ROWS = [
    {"process": "Löner och ersättningar",
     "risk": "Risk att felaktiga löner betalas ut när tillägg för obekväm arbetstid, jour "
             "och beredskap registreras manuellt i schemasystemet och inte stäms av mot den "
             "faktiska tjänstgöringen.",
     "value": "12",
     "controls": "Stickprov på 60 lönespecifikationer från fyra förvaltningar, där "
                 "tilläggen jämförs med fastställda scheman och tidrapporter.",
     "follows": "Ja",
     "comment": "Fel hittades i tre av 60 specifikationer, sammanlagt 4 870 kronor. "
                "Felen har rättats i augustilönen och schemaläggarna har fått en "
                "uppdaterad lathund."},
    {"process": "Inköp och avtalstrohet",
     "risk": "Risk att förvaltningarna köper varor och tjänster utanför upphandlade "
             "ramavtal, så att regionen bryter mot upphandlingslagstiftningen och betalar "
             "högre priser än nödvändigt.",
     "value": "12",
     "controls": "Analys av leverantörsreskontran för maj–augusti: inköp över 100 000 "
                 "kronor från leverantörer utan avtal.",
     "follows": "Delvis",
     "comment": "Sju inköp på sammanlagt 1,4 miljoner kronor saknade avtal. Två av dem "
                "var direktupphandlingar som inte hade dokumenterats. Inköpsenheten har "
                "informerat berörda beställare."},
    {"process": "Representation och gåvor",
     "risk": "Risk att representation och gåvor till anställda inte följer regionens "
             "riktlinjer och skattereglerna, vilket kan skada allmänhetens förtroende för "
             "regionen.",
     "value": "8",
     "controls": "Granskning av samtliga verifikationer på representationskontona under "
                 "perioden.",
     "follows": "Ja",
     "comment": "Syfte och deltagare var angivna på alla 46 verifikationer. Inga avvikelser "
                "från riktlinjerna."},
    {"process": "Informationssäkerhet",
     "risk": "Risk att behörigheter i journalsystemet och ekonomisystemet inte tas bort när "
             "anställda slutar eller byter uppdrag, så att obehöriga kan ta del av eller "
             "ändra uppgifter.",
     "value": "16",
     "controls": "Jämförelse mellan aktiva användarkonton och personalsystemets uppgifter "
                 "om avslutade anställningar och byten av uppdrag.",
     "follows": "Nej",
     "comment": "Av 312 personer som slutat under perioden hade 41 kvar sina behörigheter "
                "efter mer än en månad. IT-avdelningen har stängt kontona, och en automatisk "
                "koppling till personalsystemet införs under hösten."},
    {"process": "Statsbidrag",
     "risk": "Risk att riktade statsbidrag inom hälso- och sjukvården inte återrapporteras "
             "i tid eller används till annat än det avsedda, så att regionen måste betala "
             "tillbaka medel.",
     "value": "9",
     "controls": "Avstämning av alla riktade statsbidrag mot villkoren i besluten, "
                 "redovisade kostnader och datum för återrapportering.",
     "follows": "Ja",
     "comment": "Samtliga nio återrapporter lämnades i tid. Oförbrukade medel har "
                "periodiserats enligt villkoren."},
    {"process": "Projektmedel för regional utveckling",
     "risk": "Risk att projektbidrag betalas ut utan att lägesrapporter och ekonomiska "
             "redovisningar har kommit in och granskats av ansvarig handläggare.",
     "value": "9",
     "controls": "Genomgång av utbetalningarna till 18 projekt och kontroll av att "
                 "godkänd lägesrapport fanns före varje utbetalning.",
     "follows": "Delvis",
     "comment": "För fyra av 18 projekt saknades godkänd lägesrapport före utbetalningen. "
                "Rutinen har förtydligats så att ekonomienheten inte betalar ut utan "
                "handläggarens godkännande."},
    {"process": "Sjukresor",
     "risk": "Risk att ersättning för sjukresor betalas ut för resor som inte har samband "
             "med vård, eftersom kopplingen till vårdbesöket inte kontrolleras "
             "systematiskt.",
     "value": "8",
     "controls": "Stickprov på 50 ersatta sjukresor, som jämförs med bokade och "
                 "genomförda vårdbesök.",
     "follows": "Ja",
     "comment": "Alla 50 resor hade samband med ett genomfört vårdbesök."},
    {"process": "Diarieföring och allmänna handlingar",
     "risk": "Risk att allmänna handlingar som kommer in via e-post till enskilda "
             "medarbetare inte diarieförs, så att regionen inte kan lämna ut dem när någon "
             "begär det.",
     "value": "6",
     "controls": "Enkät till 25 chefer och stickprov i tre funktionsbrevlådor om hur "
                 "inkommande e-post registreras.",
     "follows": "Ja",
     "comment": "Rutinen var känd av alla chefer som svarade. I funktionsbrevlådorna hade "
                "alla handlingar i stickprovet diarieförts."},
]


def rs2025() -> Doc:
    cols = [
        Col("process", "Process", 3.2, "process", align="left"),
        Col("risk", "Risk", 5.6, "risk"),
        Col("value", "Riskvärde", 1.7, "risk_value", align="center"),
        Col("controls", "Kontrollmoment", 5.2, "controls"),
        Col("follows", "Följer plan", 1.8, "follows_plan", align="center"),
        Col("comment", "Kommentar", 8.2, "comment"),
    ]
    table = H21Table("Riskerna", cols, RS_ROWS, rule="0.5pt solid #7f7f7f",
                     header_fill="#e4dfec", header_valign="top", size=9.0,
                     font="DejaVu Sans", pad=0.12, keep_rows=True, margin_top=0.15)
    blocks = [
        P("Regionstyrelsen", "Sub"),
        P("Intern kontroll 2025. Uppföljning efter andra tertialet", "Title"),
        P("Regionstyrelsen fastställde sin internkontrollplan för 2025 i november 2024. "
          "Planen bygger på regionkansliets riskanalys, där sannolikhet och konsekvens har "
          "bedömts på en skala från 1 till 4. Riskvärdet är produkten av de två "
          "bedömningarna."),
        P("I riskanalysen bedömdes 31 risker. Åtta av dem har ett riskvärde på 6 eller "
          "högre och ingår i internkontrollplanen. Uppföljningen avser perioden "
          "januari–augusti 2025 och har sammanställts av regionkansliets controller."),
        P("Kontroller till och med augusti", "H2"),
        table,
        P("Bedömning", "H2"),
        P("Regionkansliet bedömer att den interna kontrollen i huvudsak är tillräcklig. "
          "Borttagandet av behörigheter och avtalstroheten vid inköp har brister som "
          "följs upp särskilt i årsrapporten."),
    ]
    return Doc(
        name="rs2025_landscape_turned_without_rotate",
        blocks=blocks,
        page=Page(width=29.7, height=21.0, top=1.8, bottom=1.6, left=2.0, right=2.0),
        font="DejaVu Serif",
        body_size=10.0,
        cell_size=9.0,
        footer="Regionstyrelsen | Uppföljning av intern kontroll, tertial 2 2025 | sida "
               "{page} av {pages}",
        organ="Regionstyrelsen",
        year=2025,
        period="tertial",
        title="Intern kontroll 2025. Uppföljning efter andra tertialet",
        risks_inventoried=31,
        risks_critical=8,
        extra_info={"turn": True},
    )
