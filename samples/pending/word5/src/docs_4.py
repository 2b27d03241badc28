"""Word report 4: Nämnden för konsument- och medborgarservice, helår 2024. A4 landscape,
Carlito 11 pt prose, a risk table in Word's **"Grid Table 1 Light"** look (grey rules on
every cell, bold header with a heavier rule under it, no fill), Liberation Sans 8.5 pt.
**Columns in an unusual order**: the existing controls stand before the values;
**values on a five-point scale** (risk values up to 25); a "Status" column with
"Genomförd" / "Delvis genomförd" / "Ej genomförd", a "Planerad åtgärd" column last. **The
plan holds fewer risks than are critical**: 32 risks, eleven critical, six of them in the
plan (the prose says why)."""

from holdout_model import P, Page
from word_report import C, Grid, ReportDoc, rec

ORGAN = "Nämnden för konsument- och medborgarservice"
TITLE = "Uppföljning av internkontrollplan 2024 för nämnden för konsument- och medborgarservice"
STATUS = {"Genomförd": "Ja", "Delvis genomförd": "Delvis", "Ej genomförd": "Nej"}

# (process, risk, befintliga kontroller, S, K, status, kommentar, planerad åtgärd)
RISKS = [
    ("Kontaktcenter", "Risk att invånares ärenden registreras ofullständigt och inte går "
     "att följa upp.",
     "Månatlig stickprovskontroll av 50 ärenden i ärendehanteringssystemet.", 3, 4,
     "Genomförd",
     "Stickproven visar att 94 procent av ärendena registrerades fullständigt, mot målet "
     "90 procent.",
     "Fortsatt stickprovskontroll enligt plan."),
    ("Budget- och skuldrådgivning", "Risk att sekretessbelagda uppgifter om klienters "
     "ekonomi lämnas ut till obehöriga.",
     "Loggkontroll av åtkomst till klientregistret två gånger per år.", 2, 5,
     "Genomförd",
     "Loggkontrollerna i maj och november visade ingen obehörig åtkomst.",
     "Ingen ny åtgärd."),
    ("Budget- och skuldrådgivning", "Risk att handläggningstiden för skuldsanering "
     "överskrider åtta veckor.",
     "Kvartalsvis uppföljning av väntetid och handläggningstid.", 4, 3,
     "Delvis genomförd",
     "Uppföljningen gjordes för tre av fyra kvartal. Väntetiden var i genomsnitt tio "
     "veckor under hösten.",
     "Ytterligare en rådgivare anställs från mars 2025."),
    ("Konsumentvägledning", "Risk att vägledningen blir partisk genom att enskilda "
     "företag rekommenderas.",
     "Medhörning av tio samtal per halvår och genomgång av skriftliga svar.", 3, 4,
     "Genomförd",
     "Inga avvikelser i medhörningen. Två skriftliga svar har förtydligats.",
     "Rutinen för skriftliga svar revideras."),
    ("Upphandling och inköp", "Risk att tolktjänster köps utanför ramavtal.",
     "Uppföljning av fakturor för tolktjänster mot ramavtalsleverantörerna.", 4, 3,
     "Ej genomförd",
     "Kontrollen har inte gjorts på grund av vakans på ekonomienheten.",
     "Kontrollen genomförs under första kvartalet 2025 och rapporteras till nämnden i "
     "april."),
    ("Informationssäkerhet", "Risk att e-tjänster är otillgängliga för invånare vid "
     "driftstörningar hos leverantören.",
     "Uppföljning av tillgänglighet enligt avtalets servicenivå och genomgång av "
     "incidentrapporter.", 3, 4,
     "Delvis genomförd",
     "Tillgängligheten var 99,1 procent mot avtalade 99,5 procent. Incidentrapporterna "
     "för juli saknas.",
     "Vite begärs enligt avtalet; leverantören ska lämna saknade rapporter."),
]

HEAD = ["Process", "Risk", "Befintliga kontroller", "Sannolikhet", "Konsekvens",
        "Riskvärde", "Status", "Kommentar", "Planerad åtgärd"]
WIDTHS = [2.8, 4.4, 4.2, 1.7, 1.7, 1.5, 1.9, 4.6, 3.9]  # 26.7 cm


def nkm2024():
    page = Page(29.7, 21.0, 1.8, 1.6, 1.5, 1.5)
    rows, records = [], []
    for i, (proc, risk, ctrl, s, k, st, kom, atg) in enumerate(RISKS, 1):
        rows.append((i, [C(proc, bold=True), C(risk), C(ctrl), C(str(s), align="center"),
                         C(str(k), align="center"), C(str(s * k), align="center"), C(st),
                         C(kom), C(atg)]))
        records.append(rec(process=proc, risk=risk, controls=ctrl, probability=s,
                           consequence=k, risk_value=s * k, follows_plan=STATUS[st],
                           comment=kom, handling=atg))
    blocks = [
        P(TITLE, "Title"),
        P("Helårsuppföljning per 2024-12-31 · Ärende 7 · Dnr NKM 2025/0019", "Subtitle"),
        P("Bakgrund", "H1"),
        P("Enligt kommunens reglemente för intern kontroll ska nämnden varje år anta en "
          "internkontrollplan och följa upp den. Nämnden för konsument- och "
          "medborgarservice antog planen för 2024 i januari 2024. I rapporten redovisas "
          "utfallet av kontrollerna för hela året."),
        P("Riskbedömning", "H1"),
        P("Inför 2024 genomförde förvaltningen en riskinventering som resulterade i 32 "
          "risker. Riskerna har bedömts efter sannolikhet och konsekvens på en femgradig "
          "skala; riskvärdet är produkten av de två (1–25). Elva risker har ett riskvärde "
          "på 10 eller mer och är kritiska. Sex av dem har tagits in i "
          "internkontrollplanen; de övriga fem hanteras genom åtgärder i "
          "verksamhetsplanen och redovisas inte här."),
        P("Utfall av kontrollerna", "H1"),
        Grid("Utfall", WIDTHS, [HEAD], rows, rule="0.5pt solid #BFBFBF",
             head_rule="1.5pt solid #A6A6A6", size=8.5, font="Liberation Sans", pad=0.15,
             pad_v=0.05),
        P("Status anger om kontrollen har genomförts enligt planen."),
        P("Sammanfattande bedömning", "H1"),
        P("Tre av sex kontroller har genomförts enligt plan, två delvis och en har inte "
          "genomförts. Nämnden bedömer att den interna kontrollen har varit tillräcklig men "
          "att uppföljningen av inköp av tolktjänster behöver prioriteras under 2025."),
    ]
    return ReportDoc(
        name="nkm2024_landscape_controls_before_values_five_point_scale",
        blocks=blocks, page=page, font="Carlito", body_size=11.0,
        heading_color="#2F5496",
        footer="Sida {page} av {pages}", footer_align="center",
        organ=ORGAN, year=2024, period="helår", title=TITLE,
        risks_inventoried=32, risks_critical=11,
        columns=[{"header": "Process", "field": "process"},
                 {"header": "Risk", "field": "risk"},
                 {"header": "Befintliga kontroller", "field": "controls"},
                 {"header": "Sannolikhet", "field": "probability"},
                 {"header": "Konsekvens", "field": "consequence"},
                 {"header": "Riskvärde", "field": "risk_value"},
                 {"header": "Status", "field": "follows_plan"},
                 {"header": "Kommentar", "field": "comment"},
                 {"header": "Planerad åtgärd", "field": "handling"}],
        records=records, grids=("Utfall",),
    )
