"""Report 3: the follows-plan answers written in lower case ("ja", "nej", "delvis"), as a
controller typed them into the web form; the comments quote counts with units ("12 av 40
ärenden", "3,5 timmar"). Riskvärde stands after Kontrollmoment and Ansvarig.
Skol- och barnomsorgsnämnden, tertial 1 2025.
"""
from c9 import page, record, streams, table

NAME = "sbn2025_lower_case_answers_units_tertial"
ORGAN = "Skol- och barnomsorgsnämnden"
TITLE = "Skol- och barnomsorgsnämnden – uppföljning av internkontrollplan 2025, tertial 1"
META = {"organ": ORGAN, "year": 2025, "period": "tertial", "title": TITLE,
        "risks_inventoried": 17, "risks_critical": 7}

COLS = [
    ("Process", "process", 23, "left"),
    ("Risk", "risk", 36, "left"),
    ("Kontrollmoment", "controls", 34, "left"),
    ("Ansvarig", None, 20, "left"),
    ("Riskvärde", "risk_value", 15, "center"),
    ("Följer plan", "follows_plan", 14, "center"),
    ("Kommentar", "comment", 36, "left"),
]
COLUMNS = [(h, f) for h, f, _, _ in COLS]
LEFT_MM = 14
BODY = "#202a36"
ANS = {"ja": "Ja", "nej": "Nej", "delvis": "Delvis"}

RISKS = [
    dict(proc="Elevhälsa",
         risk="Risk att anmälningar om kränkande behandling inte utreds skyndsamt.",
         ans="Rektor", rv=12, fp="delvis",
         ctrl="Genomgång av anmälningar i ärendesystemet och tid från anmälan till avslutad utredning.",
         comment="12 av 40 ärenden var inte utredda inom 14 dagar. Huvudmannen har påmint rektorerna om rutinen."),
    dict(proc="Skolplikt",
         risk="Risk att elevers långvariga frånvaro inte uppmärksammas och anmäls till huvudmannen.",
         ans="Rektor", rv=12, fp="ja",
         ctrl="Uttag av elever med mer än 20 procent frånvaro under perioden och kontroll av att utredning har inletts.",
         comment="Utredning var inledd för samtliga 23 elever."),
    dict(proc="Förskolans barngrupper",
         risk="Risk att barngruppernas storlek överstiger Skolverkets riktmärken utan att det analyseras.",
         ans="Förskolechef", rv=9, fp="ja",
         ctrl="Jämförelse av inskrivna barn per avdelning mot riktmärket den 15 mars.",
         comment="Sju av 48 avdelningar låg över riktmärket; analys finns för alla sju."),
    dict(proc="Skolskjuts",
         risk="Risk att skolskjutsbeslut fattas utan att avståndet mellan hem och skola har kontrollerats.",
         ans="Skolskjutshandläggare", rv=8, fp="nej",
         ctrl="Stickprov på 20 beslut om skolskjuts.",
         comment="I fem beslut saknades uppgift om avstånd. Handläggningen tog i snitt 3,5 timmar per ärende i stället för beräknade 2 timmar."),
    dict(proc="Ekonomi",
         risk="Risk att fakturor för interkommunal ersättning betalas utan kontroll av elevens folkbokföring.",
         ans="Controller", rv=9, fp="ja",
         ctrl="Avstämning av fakturor från andra kommuner mot folkbokföringsuppgifter.",
         comment="31 fakturor om totalt 2,4 miljoner kronor granskades utan anmärkning."),
    dict(proc="Informationssäkerhet",
         risk="Risk att elevernas personuppgifter delas i digitala läromedel utan personuppgiftsbiträdesavtal.",
         ans="IT-samordnare", rv=12, fp="delvis",
         ctrl="Inventering av digitala läromedel och appar i bruk mot förteckningen över biträdesavtal.",
         comment="Avtal saknades för 6 av 58 tjänster. Tjänsterna har stängts av tills avtal finns."),
    dict(proc="Systematiskt arbetsmiljöarbete",
         risk="Risk att skyddsronder inte genomförs i förskolor och skolor.",
         ans="Rektor, förskolechef", rv=8, fp="ja",
         ctrl="Kontroll av protokoll från skyddsronder.",
         comment="Skyddsrond har genomförts på alla 31 enheter."),
]


def cells(r):
    return [r["proc"], r["risk"], r["ctrl"], r["ans"], str(r["rv"]), r["fp"], r["comment"]]


def html():
    return page(
        title=TITLE, left_mm=LEFT_MM, top_mm=18, font='"Liberation Sans", sans-serif',
        tfont='"Liberation Sans", sans-serif', size=10, tsize=7.9, body=BODY, acc="#1f4e8c",
        head_bg="#dde7f4", border="#9db1cf",
        running="Skol- och barnomsorgsnämnden · Tertialuppföljning 1 2025 · Sammanträde 2025-05-21",
        before=[
            ("h", "Inledning"),
            ("p", "Internkontrollplanen för 2025 beslutades av nämnden den 17 december 2024. Den här uppföljningen omfattar tertial 1, januari–april 2025."),
            ("p", "Riskanalysen omfattar 17 risker. Sju risker med riskvärde 8 eller högre kontrolleras enligt planen och redovisas nedan; riskvärdet är sannolikhet multiplicerad med konsekvens, var och en bedömd från 1 till 4."),
            ("h", "Genomförda kontroller"),
        ],
        tab=table(COLS, [cells(r) for r in RISKS]),
        after=[
            ("h", "Sammanfattande bedömning"),
            ("p", "Fyra kontroller visar att planen följs, två att den följs delvis och en att den inte följs. Åtgärderna för skolskjutsbesluten följs upp i tertial 2."),
        ])


STREAMS = streams(COLS, LEFT_MM, BODY)


def expected():
    out = []
    for r in RISKS:
        rec = record(r["proc"], r["risk"], risk_value=r["rv"], controls=r["ctrl"],
                     follows_plan=ANS[r["fp"]], comment=r["comment"],
                     extra={"Ansvarig": r["ans"]})
        out.append((rec, list(enumerate(cells(r)))))
    return out
