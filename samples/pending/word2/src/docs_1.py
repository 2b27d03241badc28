"""Word report 1: Vård- och stödnämnden, helår 2025. A coloured cover page (logo block,
title, nämnd, date), a "Sammanfattning" with a bulleted list, the risk table in portrait
in Word's "Grid Table 4 - Accent 1" look (white on blue header, banded rows), a running
header with the kommun's name as logo text and a footer "Sida X av Y"."""

from holdout_model import P, Page
from word_report import C, Bullets, Cover, SimpleGrid, ReportDoc, rec

ORGAN = "Vård- och stödnämnden"
TITLE = "Uppföljning av internkontrollplan 2025"

# printed rows: process, risk, S, K, R, controls, Följer plan, comment
ROWS = [
    ("Hemtjänst", "Risk att brukare debiteras för insatser som inte har utförts, eftersom "
     "planerad tid används i stället för utförd tid.", 3, 3, 9,
     "Stickprov på 25 fakturor per kvartal mot tidsregistreringen i planeringssystemet.",
     "Ja", "Två fakturor av 100 var felaktiga och har krediterats."),
    ("Läkemedelshantering", "Risk att avvikelser vid läkemedelsöverlämning inte rapporteras "
     "och att brister därmed inte åtgärdas.", 3, 4, 12,
     "Genomgång av signeringslistor på fyra särskilda boenden varannan månad.",
     "Delvis", "Kontrollen gjordes på tre av fyra boenden. Signeringsluckor fanns i elva "
     "procent av listorna; utbildning har genomförts."),
    ("Myndighetsutövning", "Risk att beslut om bistånd fattas av handläggare utan "
     "delegation.", 2, 4, 8,
     "Stickprov på 40 beslut mot gällande delegationsordning.",
     "Ja", "Samtliga beslut var fattade med rätt delegation."),
    ("Dataskydd", "Risk att personuppgifter i sociala journaler läses av obehöriga, "
     "eftersom loggkontroller inte görs regelbundet.", 3, 4, 12,
     "Månatlig loggkontroll i verksamhetssystemet av systemförvaltaren.",
     "Nej", "Loggkontrollerna har inte gjorts under våren på grund av vakans. Kontrollen "
     "återupptas i januari 2026."),
    ("Upphandling", "Risk att inköp av hjälpmedel görs utanför avtal.", 2, 4, 8,
     "Analys av leverantörsreskontran för konto 4560 under perioden.",
     "Ja", "Inköp utanför avtal uppgick till 34 000 kronor; berörda chefer har informerats."),
    ("Arbetsmiljö", "Risk att hot- och våldssituationer i boendestödet inte anmäls som "
     "tillbud.", 3, 3, 9,
     "Jämförelse mellan incidentrapporter och anmälningar i avvikelsesystemet.",
     "Delvis", "Rutinen är känd men tre händelser hade inte anmälts. Uppföljning sker på "
     "arbetsplatsträffar."),
    ("Bisysslor", "Risk att medarbetare har bisysslor hos privata assistansanordnare som "
     "kan påverka förtroendet.", 2, 4, 8,
     "Bisysslor tas upp i medarbetarsamtalen och registreras i personalsystemet.",
     "Ja", "Sju bisysslor har anmälts; ingen bedömdes som otillåten."),
]

HEAD = ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment",
        "Följer plan", "Kommentar"]
WIDTHS = [2.3, 3.9, 1.5, 1.5, 1.4, 3.2, 1.4, 2.8]  # 18.0 cm
FIELDS = ["process", "risk", "probability", "consequence", "risk_value", "controls",
          "follows_plan", "comment"]
ALIGN = ["left", "left", "center", "center", "center", "left", "left", "left"]


def vsn2025():
    page = Page(21.0, 29.7, 2.0, 2.0, 1.5, 1.5)
    rows = [(i, [C(str(v), align=a) for v, a in zip(r, ALIGN, strict=True)])
            for i, r in enumerate(ROWS, 1)]
    records = [rec(process=r[0], risk=r[1], probability=r[2], consequence=r[3],
                   risk_value=r[4], controls=r[5], follows_plan=r[6], comment=r[7])
               for r in ROWS]
    blocks = [
        Cover([(TITLE, 30, False), (ORGAN, 16, True), ("Helårsuppföljning", 14, False),
               ("2026-02-12", 12, False), ("Dnr VSN 2026/0031", 11, False)],
              fill="#2E74B5", logo="SJÖVIKS KOMMUN", logo_color="#2E74B5", width=18.0,
              height=23.5),
        P("Sammanfattning", "H1", break_before=True),
        P("Vård- och stödnämnden antog internkontrollplanen för 2025 i december 2024. "
          "Den här rapporten redovisar hur kontrollerna har genomförts under året."),
        Bullets([
            "I nämndens riskanalys identifierades 22 risker, varav sju bedömdes som "
            "kritiska med ett riskvärde på 8 eller högre.",
            "Alla sju kritiska risker har följts upp med kontroller enligt planen.",
            "Fyra kontroller följer planen, två följer den delvis och en har inte "
            "genomförts.",
            "Loggkontrollerna i verksamhetssystemet återupptas i januari 2026.",
        ]),
        P("Bakgrund", "H1"),
        P("Enligt kommunallagen ska nämnden se till att den interna kontrollen är "
          "tillräcklig. Riskerna har bedömts efter sannolikhet och konsekvens på en skala "
          "från 1 till 4; riskvärdet är produkten av dem."),
        P("Uppföljning av kontrollerna", "H1"),
        P("Tabell 1. Kritiska risker och resultat av kontrollerna 2025.", "Caption"),
        SimpleGrid("Risker", WIDTHS, HEAD, rows, rule="0.5pt solid #9CC2E5",
             header_fill="#5B9BD5", header_color="#FFFFFF", zebra="#DEEAF6", size=9.0),
        P("Bedömning", "H1"),
        P("Nämnden bedömer att den interna kontrollen i huvudsak är tillräcklig. Bristen i "
          "loggkontrollerna är allvarlig och följs upp särskilt under 2026."),
    ]
    return ReportDoc(
        name="vsn2025_cover_summary_bullets_grid4",
        blocks=blocks, page=page, font="Carlito", body_size=11.0,
        heading_color="#2E74B5",
        header="SJÖVIKS KOMMUN · Vård- och stödnämnden",
        footer="Sida {page} av {pages}",
        organ=ORGAN, year=2025, period="helår", title=TITLE,
        risks_inventoried=22, risks_critical=7,
        columns=[{"header": h, "field": f} for h, f in zip(HEAD, FIELDS, strict=True)],
        records=records, grids=("Risker",),
    )
