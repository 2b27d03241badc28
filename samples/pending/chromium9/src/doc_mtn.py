"""Report 1 (no quirk): an ordinary year-end follow-up printed from a web planning system.
Miljö- och trafiknämnden, helår 2025. Eight columns in the usual order with sannolikhet,
konsekvens and riskvärde as numbers; the counts in the prose as words.
"""
from c9 import page, record, streams, table

NAME = "mtn2025_plain_year_end_eight_columns"
ORGAN = "Miljö- och trafiknämnden"
TITLE = "Miljö- och trafiknämnden – uppföljning av internkontrollplan 2025, helår"
META = {"organ": ORGAN, "year": 2025, "period": "helår", "title": TITLE,
        "risks_inventoried": 21, "risks_critical": 6}

COLS = [
    ("Process", "process", 22, "left"),
    ("Risk", "risk", 33, "left"),
    ("Sannolikhet", "probability", 14, "center"),
    ("Konsekvens", "consequence", 14, "center"),
    ("Riskvärde", "risk_value", 13, "center"),
    ("Kontrollmoment", "controls", 33, "left"),
    ("Följer plan", "follows_plan", 12, "center"),
    ("Kommentar", "comment", 35, "left"),
]
COLUMNS = [(h, f) for h, f, _, _ in COLS]
LEFT_MM = 16
BODY = "#1d1d1d"

RISKS = [
    dict(proc="Tillsyn enligt miljöbalken",
         risk="Risk att den planerade tillsynen av miljöfarliga verksamheter inte genomförs och att avgiftsfinansieringen därmed minskar.",
         s=3, k=3, ctrl="Uppföljning av genomförda tillsynsbesök mot tillsynsplanen per kvartal.",
         fp="Delvis", comment="142 av 168 planerade besök genomfördes. Två vakanta inspektörstjänster tillsattes först i oktober."),
    dict(proc="Handläggning av parkeringstillstånd",
         risk="Risk att beslut om parkeringstillstånd för rörelsehindrade fattas utan fullständigt läkarintyg.",
         s=2, k=4, ctrl="Stickprovsvis granskning av tio beslut per halvår.",
         fp="Ja", comment="Samtliga granskade beslut hade fullständigt underlag."),
    dict(proc="Upphandling och inköp",
         risk="Risk för direktupphandling över beloppsgränsen när vinterväghållning och reparationer beställs.",
         s=3, k=4, ctrl="Genomgång av leverantörsreskontran mot avtalskatalogen för leverantörer med inköp över 100 000 kronor.",
         fp="Nej", comment="Tre leverantörer av maskintjänster saknade avtal. Upphandling av ramavtal pågår och beräknas vara klar i mars 2026."),
    dict(proc="Delegation",
         risk="Risk att delegationsbeslut inte anmäls till nämnden och därmed inte vinner laga kraft.",
         s=3, k=3, ctrl="Avstämning av delegationslistor i ärendehanteringssystemet mot anmälda beslut.",
         fp="Ja", comment="Alla delegationsbeslut har anmälts till nämnden löpande."),
    dict(proc="Trafiksäkerhet",
         risk="Risk att brister i skyltning och avstängning vid vägarbeten leder till olyckor.",
         s=2, k=4, ctrl="Oanmälda kontroller av trafikanordningsplaner på plats vid pågående vägarbeten.",
         fp="Delvis", comment="Vid fyra av 15 kontroller saknades godkänd trafikanordningsplan. Entreprenörerna har fått skriftlig erinran."),
    dict(proc="Dataskydd",
         risk="Risk att personuppgifter i klagomålsärenden sparas längre än dokumenthanteringsplanen medger.",
         s=3, k=3, ctrl="Kontroll av gallring i ärendehanteringssystemet en gång per år.",
         fp="Ja", comment="Gallring genomfördes i november enligt dokumenthanteringsplanen."),
]


def cells(r):
    return [r["proc"], r["risk"], str(r["s"]), str(r["k"]), str(r["s"] * r["k"]),
            r["ctrl"], r["fp"], r["comment"]]


def html():
    return page(
        title=TITLE, left_mm=LEFT_MM, top_mm=16, font='"Carlito", sans-serif',
        tfont='"Carlito", sans-serif', size=10.5, tsize=8.6, body=BODY, acc="#2e6b3a",
        head_bg="#e3efe5", border="#8aa98f",
        running="Miljö- och trafiknämnden · Uppföljning av intern kontroll · Diarienummer MTN 2026/14",
        before=[
            ("h", "Sammanfattning"),
            ("p", "Miljö- och trafiknämnden antog internkontrollplanen för 2025 den 12 december 2024. Planen bygger på en riskanalys där förvaltningens ledningsgrupp bedömde sannolikhet och konsekvens för varje risk på en skala från 1 till 4."),
            ("p", "I riskanalysen identifierades tjugoen risker, varav sex bedömdes ha ett riskvärde på 8 eller högre och därför ingår i internkontrollplanen. De övriga femton hanteras inom ordinarie verksamhet."),
            ("h", "Resultat av kontrollerna"),
            ("p", "Tabellen nedan redovisar årets kontroller för de sex riskerna i planen."),
        ],
        tab=table(COLS, [cells(r) for r in RISKS]),
        after=[
            ("h", "Slutsats"),
            ("p", "Tre av sex kontroller visar att planen följs, två att den följs delvis och en att den inte följs. Förvaltningen föreslår att risken för otillåten direktupphandling finns kvar i planen för 2026."),
            ("p", "Karin Lundqvist, förvaltningschef"),
        ])


STREAMS = streams(COLS, LEFT_MM, BODY)


def expected():
    out = []
    for r in RISKS:
        rec = record(r["proc"], r["risk"], risk_value=r["s"] * r["k"], probability=r["s"],
                     consequence=r["k"], controls=r["ctrl"], follows_plan=r["fp"],
                     comment=r["comment"])
        out.append((rec, list(enumerate(cells(r)))))
    return out
