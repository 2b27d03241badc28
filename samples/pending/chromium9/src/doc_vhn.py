"""Report 2: a "Nr" column numbering the risks per process ("1.1", "1.2", "2.1" ...), and a
column "Kontrollmetod" (how the control is made) beside Kontrollmoment. Landscape A4.
Vård- och hälsonämnden, delår 2024 (per 31 augusti).
"""
from c9 import page, record, streams, table

NAME = "vhn2024_nr_per_process_kontrollmetod"
ORGAN = "Vård- och hälsonämnden"
TITLE = "Vård- och hälsonämnden: uppföljning av intern kontroll 2024 – delårsrapport per 31 augusti"
META = {"organ": ORGAN, "year": 2024, "period": "delår", "title": TITLE,
        "risks_inventoried": 26, "risks_critical": 8}

COLS = [
    ("Nr", None, 10, "left"),
    ("Process", "process", 28, "left"),
    ("Risk", "risk", 50, "left"),
    ("Riskvärde", "risk_value", 17, "center"),
    ("Kontrollmoment", "controls", 44, "left"),
    ("Kontrollmetod", None, 30, "left"),
    ("Följer plan", "follows_plan", 16, "center"),
    ("Kommentar", "comment", 52, "left"),
]
COLUMNS = [(h, f) for h, f, _, _ in COLS]
LEFT_MM = 15
BODY = "#101820"

RISKS = [
    dict(nr="1.1", proc="Läkemedelshantering",
         risk="Risk att läkemedel förvaras olåst eller att läkemedelsförråd inte inventeras enligt rutin.",
         rv=12, ctrl="Kontroll av förvaring och signeringslistor på samtliga särskilda boenden.",
         met="Egenkontroll, sjuksköterska", fp="Delvis",
         comment="Brister i förvaringen på två av nio boenden. Låsbara skåp har köpts in och monterades i juni."),
    dict(nr="1.2", proc="Läkemedelshantering",
         risk="Risk att avvikelser i läkemedelshanteringen inte rapporteras och att orsakerna därför inte utreds.",
         rv=9, ctrl="Jämförelse av antal rapporterade läkemedelsavvikelser mot föregående år per enhet.",
         met="Registeruttag", fp="Ja",
         comment="Antalet rapporterade avvikelser har ökat med 18 procent, vilket tolkas som bättre rapporteringsvilja."),
    dict(nr="2.1", proc="Dokumentation och sekretess",
         risk="Risk för obehörig åtkomst till journaler i verksamhetssystemet.",
         rv=12, ctrl="Loggkontroll av åtkomst till journaler utan vårdrelation.",
         met="Logguppföljning, 40 slumpvis valda användare", fp="Ja",
         comment="Ingen otillåten åtkomst upptäcktes i de granskade loggarna."),
    dict(nr="2.2", proc="Dokumentation och sekretess",
         risk="Risk att genomförandeplaner saknas eller inte uppdateras inom sex månader.",
         rv=9, ctrl="Granskning av aktualitet i genomförandeplaner inom hemtjänsten.",
         met="Stickprov, 30 akter", fp="Nej",
         comment="11 av 30 planer var äldre än sex månader. Enhetscheferna har fått i uppdrag att följa upp planerna varje månad."),
    dict(nr="3.1", proc="Bemanning och arbetsmiljö",
         risk="Risk att arbetstidslagens regler om dygnsvila bryts vid schemaläggning under semesterperioden.",
         rv=12, ctrl="Uttag ur schemasystemet av pass med kortare dygnsvila än elva timmar.",
         met="Systemrapport", fp="Delvis",
         comment="64 avvikelser under juni–augusti, främst inom nattpatrullen. Schemaläggningen för 2025 ses över."),
    dict(nr="3.2", proc="Bemanning och arbetsmiljö",
         risk="Risk att hot- och våldssituationer i hemtjänsten inte riskbedöms.",
         rv=8, ctrl="Kontroll av att riskbedömning finns för brukare med noterad hotbild.",
         met="Egenkontroll, enhetschef", fp="Ja",
         comment="Riskbedömning fanns för samtliga åtta brukare."),
    dict(nr="4.1", proc="Ekonomi och avgifter",
         risk="Risk att omsorgsavgifter beräknas på inaktuella inkomstuppgifter.",
         rv=9, ctrl="Avstämning av inkomstuppgifter mot årlig inkomstförfrågan.",
         met="Stickprov, 25 avgiftsbeslut", fp="Ja",
         comment="Samtliga beslut var beräknade på aktuella uppgifter."),
    dict(nr="4.2", proc="Ekonomi och avgifter",
         risk="Risk att attest av leverantörsfakturor görs av person utan attesträtt.",
         rv=8, ctrl="Kontroll av attestanter mot gällande attestförteckning.",
         met="Systemrapport", fp="Ja",
         comment="Inga avvikelser."),
]


def cells(r):
    return [r["nr"], r["proc"], r["risk"], str(r["rv"]), r["ctrl"], r["met"], r["fp"],
            r["comment"]]


def html():
    return page(
        title=TITLE, left_mm=LEFT_MM, top_mm=14, font='"Liberation Serif", serif',
        tfont='"DejaVu Sans", sans-serif', size=11, tsize=7.8, body=BODY, acc="#6a1b4d",
        head_bg="#f1e3ec", border="#b48aa3", landscape=True,
        running="Vård- och hälsoförvaltningen · Delårsrapport 2024 · Bilaga 3",
        before=[
            ("p", "Nämnden fastställde internkontrollplanen för 2024 i januari. I nämndens riskanalys ingick 26 risker, och 8 av dem fick ett riskvärde som gör att de ska följas upp i internkontrollplanen. Denna bilaga redovisar kontrollerna under perioden januari till och med augusti."),
            ("p", "Riskerna är numrerade per process. Kolumnen Kontrollmetod anger hur kontrollen har gjorts."),
        ],
        tab=table(COLS, [cells(r) for r in RISKS]),
        after=[
            ("h", "Förvaltningens bedömning"),
            ("p", "Kontrollerna visar att den interna kontrollen i huvudsak fungerar. Bristerna i genomförandeplaner och dygnsvila åtgärdas under hösten och följs upp i årsrapporten."),
        ])


STREAMS = streams(COLS, LEFT_MM, BODY)


def expected():
    out = []
    for r in RISKS:
        rec = record(r["proc"], r["risk"], risk_value=r["rv"], controls=r["ctrl"],
                     follows_plan=r["fp"], comment=r["comment"],
                     extra={"Nr": r["nr"], "Kontrollmetod": r["met"]})
        out.append((rec, list(enumerate(cells(r)))))
    return out
