"""Report 4: very small type (6.6 pt) in nine columns on A4 portrait; an SVG icon before every
header word; values with symbols: the risk value after a coloured dot ("● 12") and the answer
after a check mark ("✔ Ja", "◐ Delvis", "✖ Nej"), with a symbol key under the table.
Hjälpmedelsnämnden (a joint board of a region and its kommuner), helår 2025.
"""
from producers.chromium_docs import esc, paras, plain, record, streams

NAME = "hmn2025_tiny_type_icon_headers_symbol_values"
ORGAN = "Hjälpmedelsnämnden"
TITLE = "Hjälpmedelsnämnden – årsrapport intern kontroll 2025"
META = {"organ": ORGAN, "year": 2025, "period": "helår", "title": TITLE,
        "risks_inventoried": 28, "risks_critical": 9}

# header, field, width mm, align, icon
COLS = [
    ("Process", "process", 17, "left", "folder"),
    ("Risk", "risk", 28, "left", "warn"),
    ("Riskvärde", "risk_value", 12, "left", "gauge"),
    ("Kontrollmoment", "controls", 26, "left", "check"),
    ("Kontrollansvarig", None, 17, "left", "person"),
    ("Metod", None, 17, "left", "list"),
    ("Följer plan", "follows_plan", 13, "left", "flag"),
    ("Kommentar", "comment", 30, "left", "bubble"),
    ("Åtgärd", "handling", 24, "left", "tool"),
]
COLUMNS = [(h, f) for h, f, _, _, _ in COLS]
LEFT_MM = 13
WIDTH = sum(c[2] for c in COLS)
BODY = "#262626"
TEAL = "#006f8a"

ANSWER = {"Ja": ("✔", "#2e7d32"), "Delvis": ("◐", "#c77700"), "Nej": ("✖", "#c62828")}

RISKS = [
    dict(proc="Förskrivning", risk="Risk att hjälpmedel förskrivs av personal som saknar förskrivarbehörighet för den produktgruppen.",
         rv=12, ctrl="Jämförelse mellan förskrivningar i hjälpmedelssystemet och registret över förskrivarbehörigheter.",
         who="Verksamhetschef", method="Uttag ur systemet, samtliga förskrivningar i två månader", fp="Delvis",
         comment="Av 3 912 förskrivningar gjordes 46 av förskrivare utan behörighet för produktgruppen, de flesta av nyanställda arbetsterapeuter.",
         action="Behörigheten spärras i systemet tills utbildningen är klar. Klart 2026-03-31."),
    dict(proc="Förskrivning", risk="Risk att dyra specialanpassade hjälpmedel beställs utan det särskilda beslut som riktlinjen kräver.",
         rv=9, ctrl="Granskning av samtliga beställningar av specialanpassningar över 40 000 kronor.",
         who="Konsulent", method="Genomgång av beslut och beställningar", fp="Ja",
         comment="Alla 18 beställningar hade ett dokumenterat beslut.", action=None),
    dict(proc="Lager och logistik", risk="Risk att lagersaldot i systemet inte stämmer med det fysiska lagret, så att hjälpmedel försvinner utan att det upptäcks.",
         rv=12, ctrl="Inventering av 30 slumpvis valda artiklar i centrallagret varje kvartal.",
         who="Lagerchef", method="Stickprov, fysisk räkning", fp="Ja",
         comment="Differenserna var små och förklarades av registreringar som gjorts dagen efter leveransen.", action=None),
    dict(proc="Rekonditionering", risk="Risk att återlämnade hjälpmedel lämnas ut igen utan att ha rengjorts och kontrollerats enligt rutinen.",
         rv=16, ctrl="Kontroll av rekonditioneringsprotokoll för 40 hjälpmedel som lämnats ut på nytt.",
         who="Teknikansvarig", method="Stickprov, protokoll", fp="Ja",
         comment="Protokoll fanns för samtliga 40. Två protokoll saknade signatur men var i övrigt fullständiga.", action=None),
    dict(proc="Debitering", risk="Risk att kommunerna och regionen debiteras fel hyra eller för hjälpmedel som redan lämnats tillbaka.",
         rv=12, ctrl="Avstämning av hyresfakturor mot återlämningar i hjälpmedelssystemet för en kommun per kvartal.",
         who="Ekonom", method="Avstämning, fyra kommuner", fp="Nej",
         comment="I tre av fyra kommuner debiterades hyra för återlämnade hjälpmedel, sammanlagt 212 400 kronor.",
         action="Krediteringar har skickats. Rutinen för att avsluta hyran ändras och kontrollen görs om 2026."),
    dict(proc="Upphandling", risk="Risk att hjälpmedel köps från leverantörer utanför avtal när avtalade produkter är slut i lager.",
         rv=9, ctrl="Stickprov på 30 inköp, som prövas mot avtalskatalogen.",
         who="Upphandlare", method="Stickprov", fp="Delvis",
         comment="Fyra av 30 inköp gjordes utanför avtal. Tre av dem gällde rullatorer under en leveransstörning.",
         action="Reservleverantör tas in i nästa upphandling."),
    dict(proc="Medicinteknisk säkerhet", risk="Risk att allvarliga tillbud med hjälpmedel inte rapporteras till tillverkaren och Läkemedelsverket.",
         rv=12, ctrl="Genomgång av samtliga avvikelser som gäller medicintekniska produkter.",
         who="MTP-samordnare", method="Genomgång av avvikelsesystemet", fp="Ja",
         comment="Fem tillbud med personlyftar rapporterades till tillverkaren och till Läkemedelsverket inom föreskriven tid.", action=None),
    dict(proc="Besiktning", risk="Risk att personlyftar i brukarnas hem inte besiktas inom den tid som tillverkaren föreskriver.",
         rv=12, ctrl="Uppföljning av besiktningsplanen mot utförda besiktningar.",
         who="Teknikansvarig", method="Uttag ur besiktningsregistret", fp="Delvis",
         comment="Av 1 148 lyftar var 1 071 besiktade i tid. Resten besiktades inom två månader.",
         action="Extra besiktningstekniker anlitas under våren 2026."),
    dict(proc="Informationssäkerhet", risk="Risk att förskrivare läser uppgifter om brukare som de inte har någon vårdrelation med.",
         rv=9, ctrl="Loggkontroll av tio slumpvis valda förskrivare per halvår.",
         who="Informationssäkerhetssamordnare", method="Loggkontroll", fp="Ja",
         comment="Ingen otillåten läsning upptäcktes.", action=None),
]


ICONS = {
    "folder": '<path d="M1 3h4l1 1h5v6H1z"/>',
    "warn": '<path d="M6 1l5 9H1z"/>',
    "gauge": '<path d="M1 9a5 5 0 0 1 10 0h-2a3 3 0 0 0-6 0z"/>',
    "check": '<path d="M1 6l2-2 2 2 5-5 1.5 1.5L5 9z"/>',
    "person": '<circle cx="6" cy="3.5" r="2.2"/><path d="M2 10a4 4 0 0 1 8 0z"/>',
    "list": '<path d="M1 2h10v1.5H1zM1 5h10v1.5H1zM1 8h10v1.5H1z"/>',
    "flag": '<path d="M2 1h1v10H2zM3 1h7l-2 2.5 2 2.5H3z"/>',
    "bubble": '<path d="M1 1h10v7H5l-3 2.5V8H1z"/>',
    "tool": '<path d="M8 1a3 3 0 0 0-2.8 4L1 9.2 2.8 11 7 6.8A3 3 0 0 0 11 4L9.3 5.6 7.4 3.7 9 2z"/>',
}


def icon(name):
    return f'<svg class="ic" viewBox="0 0 12 12" aria-hidden="true"><g fill="{TEAL}">{ICONS[name]}</g></svg>'


def level_colour(v):
    return "#c62828" if v >= 9 else "#ef8f00"


def cells(r):
    return [r["proc"], r["risk"], str(r["rv"]), r["ctrl"], r["who"], r["method"], r["fp"],
            r["comment"], r["action"] or ""]


def td(k, r, text, align):
    if k == 2:
        return f'<td><span class="dot" style="color:{level_colour(r["rv"])}">●</span> {esc(text)}</td>'
    if k == 6:
        sym, col = ANSWER[text]
        return f'<td class="ans"><span class="sym" style="color:{col}">{sym}</span> {esc(text)}</td>'
    return f'<td class="{align}">{paras(text)}</td>'


def html():
    cols = "".join(f'<col style="width:{w}mm">' for _, _, w, _, _ in COLS)
    head = "".join(f'<th>{icon(ic)}<span>{esc(h)}</span></th>' for h, _, _, _, ic in COLS)
    body = []
    for r in RISKS:
        tds = [td(k, r, t, a) for k, ((_, _, _, a, _), t) in enumerate(zip(COLS, cells(r)))]
        body.append(f'<tr>{"".join(tds)}</tr>')
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{plain(TITLE)}</title>
<style>
@page {{ size: A4 portrait; margin: 12mm {LEFT_MM}mm 12mm {LEFT_MM}mm; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: "Segoe UI", Calibri, Carlito, sans-serif; font-size: 9pt; color: #1f1f1f; }}
.top {{ font-size: 7.5pt; color: #6b7f86; display: flex; justify-content: space-between; border-bottom: 0.3mm solid #c4d3d8; padding-bottom: 1mm; }}
h1 {{ font-size: 15pt; color: {TEAL}; margin: 4mm 0 1mm 0; font-weight: bold; }}
.sub {{ font-size: 8.5pt; color: #55666b; margin-bottom: 4mm; }}
h2 {{ font-size: 10pt; color: {TEAL}; margin: 4mm 0 1.5mm 0; break-after: avoid; }}
p {{ margin: 0 0 1.8mm 0; line-height: 1.3; }}
table {{ border-collapse: collapse; table-layout: fixed; width: {WIDTH}mm; font-size: 6.6pt; }}
th, td {{ padding: 0.8mm 0.8mm; vertical-align: top; text-align: left; }}
th {{ color: {TEAL}; font-weight: bold; border-bottom: 0.4mm solid {TEAL}; vertical-align: bottom; font-size: 6.4pt; }}
th svg.ic {{ display: block; width: 2.6mm; height: 2.6mm; margin-bottom: 0.5mm; }}
td {{ color: {BODY}; border-bottom: 0.15mm solid #d5dee1; }}
tbody tr:nth-child(even) td {{ background: #f3f7f8; }}
td .dot, td .sym {{ font-family: "DejaVu Sans", sans-serif; font-size: 6.4pt; }}
td.ans {{ white-space: nowrap; }}
tr {{ break-inside: avoid; }}
td p {{ margin: 0 0 0.6mm 0; line-height: 1.18; }}
td p:last-child {{ margin-bottom: 0; }}
thead {{ display: table-header-group; }}
.key {{ font-size: 6.8pt; color: #55666b; margin-top: 1.5mm; }}
.key span {{ font-family: "DejaVu Sans", sans-serif; }}
</style></head>
<body>
<div class="top"><span>{esc("Region Sörmark och kommunerna i Sörmarks län · Gemensam hjälpmedelsverksamhet")}</span><span>{esc("Dnr HMN 2026/0004")}</span></div>
<h1>{esc(TITLE)}</h1>
<div class="sub">{esc("Uppföljning av internkontrollplanen för perioden januari–december 2025. Beslutad av nämnden 2026-02-12.")}</div>
<h2>{esc("Sammanfattning")}</h2>
<p>{esc("Nämnden har i sin riskanalys bedömt 28 risker. Av dessa har nio ett riskvärde på 9 eller högre och är därmed kritiska; de ingår i internkontrollplanen för 2025 och följs upp här. Fem kontroller följer planen, tre följer den delvis och en följer den inte.")}</p>
<p>{esc("Den allvarligaste bristen gäller debiteringen: hyra har tagits ut för hjälpmedel som redan lämnats tillbaka. Kommunerna har fått kreditfakturor och rutinen ändras under våren 2026.")}</p>
<h2>{esc("Kontrollernas resultat")}</h2>
<table><colgroup>{cols}</colgroup>
<thead><tr>{head}</tr></thead>
<tbody>
{chr(10).join(body)}
</tbody></table>
<div class="key">{esc("Teckenförklaring:")} <span style="color:#c62828">●</span> {esc("riskvärde 9–16")} &nbsp; <span style="color:#2e7d32">✔</span> {esc("följer planen")} &nbsp; <span style="color:#c77700">◐</span> {esc("följer delvis")} &nbsp; <span style="color:#c62828">✖</span> {esc("följer inte")}</div>
<h2>{esc("Nämndens ställningstagande")}</h2>
<p>{esc("Nämnden godkänner uppföljningen. Kontrollerna av debitering och besiktning förs in i internkontrollplanen för 2026, och resultatet redovisas till regionstyrelsen och till kommunstyrelserna i länet.")}</p>
</body></html>
"""


STREAMS = streams(COLS, LEFT_MM, BODY)


def expected():
    out = []
    for r in RISKS:
        rec = record(r["proc"], r["risk"], risk_value=r["rv"], controls=r["ctrl"],
                     handling=r["action"], follows_plan=r["fp"], comment=r["comment"],
                     extra={"Kontrollansvarig": r["who"], "Metod": r["method"]})
        out.append((rec, list(enumerate(cells(r)))))
    return out
