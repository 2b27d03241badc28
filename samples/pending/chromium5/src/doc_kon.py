"""Report 2: the answer and the comment in one cell ("Följer plan / kommentar": a bold answer
word, then the comment), a Kontrollansvarig column, zebra rows without vertical rules, counts
in a heading. Kostnämnden, tertial 1 2025.
"""
from producers.chromium_docs import esc, plain, record, streams, table

NAME = "kon2025_answer_and_comment_one_cell"
ORGAN = "Kostnämnden"
TITLE = "Kostnämnden – uppföljning av internkontrollplan 2025, tertial 1"
META = {"organ": ORGAN, "year": 2025, "period": "tertial", "title": TITLE,
        "risks_inventoried": 16, "risks_critical": 6}

COLS = [
    ("Process", "process", 22, "left"),
    ("Risk", "risk", 37, "left"),
    ("Riskvärde", "risk_value", 13, "center"),
    ("Kontrollmoment", "controls", 35, "left"),
    ("Kontrollansvarig", None, 20, "left"),
    ("Följer plan / kommentar", "follows_plan", 41, "left"),
]
COLUMNS = [(h, f) for h, f, _, _ in COLS]
LEFT_MM = 22
BODY = "#2b2230"
PLUM = "#6b2d5c"
# printed answer word -> follows_plan
ANSWER = {"Ja.": "Ja", "Delvis.": "Delvis", "Nej.": "Nej", "Ej påbörjad.": None}

RISKS = [
    dict(proc="Livsmedelssäkerhet",
         risk="Risk att egenkontrollen av temperaturer i kyl och frys inte dokumenteras, så att livsmedel kan serveras trots brutna kylkedjor.",
         rv=12, ctrl="Granskning av temperaturlistor i tio tillagningskök för februari och mars.",
         resp="Kostchef", ans="Delvis.",
         comment="Åtta kök hade fullständiga listor. I två kök saknades anteckningar för flera helger. Köken har fått digitala givare med larm."),
    dict(proc="Specialkost",
         risk="Risk att elever och brukare med allergi får fel kost för att beställningen av specialkost inte når köket.",
         rv=16, ctrl="Avstämning av intyg om specialkost mot kökens beställningslistor på fem skolor.",
         resp="Dietist", ans="Ja.",
         comment="Alla 142 intyg fanns med på kökens listor."),
    dict(proc="Upphandling av livsmedel",
         risk="Risk att livsmedel köps utanför avtalen, så att avtalstroheten sjunker och kommunen bryter mot LOU.",
         rv=9, ctrl="Uttag ur e-handelssystemet: andel inköp hos avtalsleverantörer januari–april.",
         resp="Inköpssamordnare", ans="Nej.",
         comment="Avtalstroheten var 81 procent mot målet 95 procent. Köpen utanför avtal gällde främst bröd och ägg hos lokala butiker. Förvaltningen ser över avropsrutinen."),
    dict(proc="Attest",
         risk="Risk att fakturor för livsmedel attesteras av samma person som har beställt varorna.",
         rv=8, ctrl="Stickprov på 50 leverantörsfakturor: beställare och attestant jämförs.",
         resp="Ekonom", ans="Ja.", comment=None),
    dict(proc="Arbetsmiljö",
         risk="Risk att personal i köken skadas av tunga lyft eftersom hjälpmedel saknas eller inte används.",
         rv=9, ctrl="Skyddsrond med fokus på lyft och hjälpmedel i samtliga tillagningskök.",
         resp="Enhetschefer", ans="Ej påbörjad.",
         comment="Skyddsronderna görs i maj och redovisas i tertial 2."),
    dict(proc="Kassahantering",
         risk="Risk att kontanter från försäljning i personalrestaurangen inte redovisas fullt ut.",
         rv=8, ctrl="Oanmäld kassainventering två gånger under perioden.",
         resp="Restaurangchef", ans="Ja.",
         comment="Inga differenser vid någon av inventeringarna. Från hösten tas bara kort och Swish emot."),
]


def _result(r):
    return r["ans"] + (" " + r["comment"] if r["comment"] else "")


def cells(r):
    return [r["proc"], r["risk"], str(r["rv"]), r["ctrl"], r["resp"], _result(r)]


def _cell(k, t):
    if k == 5:
        for a in ANSWER:
            if t.startswith(a):
                rest = t[len(a):].strip()
                return f'<p><b class="ans">{esc(a)}</b>{(" " + esc(rest)) if rest else ""}</p>'
    return f"<p>{esc(t)}</p>"


def html():
    tab = table(COLS, [cells(r) for r in RISKS], cell_html=_cell)
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{plain(TITLE)}</title>
<style>
@page {{ size: A4; margin: 20mm {LEFT_MM}mm 20mm {LEFT_MM}mm; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: "DejaVu Sans", sans-serif; font-size: 9.2pt; color: #2a2a2a; }}
.org {{ font-size: 9pt; letter-spacing: 0.4mm; color: {PLUM}; font-weight: bold; }}
h1 {{ font-size: 15pt; font-weight: normal; color: #222; margin: 1.5mm 0 5mm 0; border-bottom: 0.5mm solid {PLUM}; padding-bottom: 2mm; }}
h2 {{ font-size: 10.5pt; color: {PLUM}; margin: 5mm 0 2mm 0; }}
p {{ margin: 0 0 2.2mm 0; line-height: 1.4; }}
table {{ border-collapse: collapse; table-layout: fixed; width: 168mm; font-family: "Liberation Sans Narrow", sans-serif; font-size: 8.6pt; }}
th, td {{ padding: 1.4mm 1.2mm; vertical-align: top; color: {BODY}; text-align: left; }}
th {{ border-bottom: 0.5mm solid {PLUM}; color: {PLUM}; font-weight: bold; vertical-align: bottom; }}
tbody tr:nth-child(even) td {{ background: #f4eef3; }}
tbody tr {{ border-bottom: 0.15mm solid #d8c8d4; }}
td p {{ margin: 0; line-height: 1.22; }}
b.ans {{ color: {BODY}; }}
.center {{ text-align: center !important; }}
tr {{ break-inside: avoid; }}
thead {{ display: table-header-group; }}
.foot {{ font-size: 7.5pt; color: #7a6a75; margin-top: 8mm; border-top: 0.2mm solid #d8c8d4; padding-top: 1.5mm; }}
</style></head>
<body>
<div class="org">{esc("KOSTNÄMNDEN")} · {esc("Måltidsförvaltningen")}</div>
<h1>{esc(TITLE)}</h1>
<p>{esc("Rapporten avser perioden januari–april 2025 och redovisar de kontroller i nämndens internkontrollplan som har genomförts under årets första tertial. Kontroller som görs senare under året redovisas i tertial 2 och i årsrapporten.")}</p>
<h2>{esc("Riskanalys 2025: 16 risker, varav 6 kritiska")}</h2>
<p>{esc("Förvaltningen bedömde sexton risker i verksamheten inför 2025. Sex av dem har ett riskvärde på 8 eller mer och ingår därför i planen med var sitt kontrollmoment. Riskvärdet är sannolikhet gånger konsekvens, båda på en skala från 1 till 4.")}</p>
<h2>{esc("Kontroller under tertial 1")}</h2>
<p>{esc("I den sista kolumnen anges först om kontrollen visar att verksamheten följer planen (Ja, Delvis eller Nej) och därefter kontrollansvarigs kommentar.")}</p>
{tab}
<h2>{esc("Bedömning")}</h2>
<p>{esc("Tre kontroller visar att rutinerna följs, en att de följs delvis och en att de inte följs. En kontroll har ännu inte påbörjats. Avtalstroheten för livsmedel är den största bristen; nämnden får en särskild redovisning i september.")}</p>
<div class="foot">{esc("Utskrift ur kommunens planerings- och uppföljningssystem 2025-05-19. Dnr KON 2025/0031.")}</div>
</body></html>
"""


STREAMS = streams(COLS, LEFT_MM, BODY)


def expected():
    out = []
    for r in RISKS:
        rec = record(r["proc"], r["risk"], risk_value=r["rv"], controls=r["ctrl"],
                     follows_plan=ANSWER[r["ans"]], comment=r["comment"],
                     extra={"Kontrollansvarig": r["resp"]})
        out.append((rec, list(enumerate(cells(r)))))
    return out
