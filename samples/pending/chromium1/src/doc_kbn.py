"""Report 5: sub-risks a), b) with stacked values, Kultur- och bildningsnämnden, helår 2024.

A row may hold sub-risks a) and b) in its risk cell; its Riskvärde and Status cells then hold
one value per sub-risk stacked in order ("9" over "6", "Genomförd" over "Delvis genomförd"),
as the prose explains. Status wordings: Genomförd, Delvis genomförd, Ej genomförd,
"Ja, med avvikelse" (= Ja), "Ja, delvis" (= Delvis).
"""
from producers.chromium_docs import esc, plain, record, streams

NAME = "kbn2024_stacked_subrisk_values"
ORGAN = "Kultur- och bildningsnämnden"
TITLE = "Internkontroll 2024 – uppföljning helår"
META = {"organ": ORGAN, "year": 2024, "period": "helår", "title": TITLE,
        "risks_inventoried": 26, "risks_critical": 10}
LEFT_MM = 18
COLS = [("Process", "process", 24, "left"), ("Risk", "risk", 42, "justify"),
        ("Riskvärde", "risk_value", 15, "center"), ("Kontrollmoment", "controls", 36, "justify"),
        ("Status", "follows_plan", 20, "left"), ("Kommentar", "comment", 37, "justify")]
COLUMNS = [(h, f) for h, f, _, _ in COLS]
BODY = "#141414"
STATUS = {"Genomförd": "Ja", "Delvis genomförd": "Delvis", "Ej genomförd": "Nej",
          "Ja, med avvikelse": "Ja", "Ja, delvis": "Delvis", "Ja": "Ja", "Delvis": "Delvis"}

# subs: list of (label, risk, value, controls, status, comment or None)
# comment: a cell-wide comment (copied to every sub-risk) unless given per sub-risk
ROWS = [
    dict(process="Biblioteksverksamhet", context=None,
         subs=[("a", "Risk att medier som lånas ut via självbetjäningsautomaterna inte registreras, så att beståndet minskar utan att det märks.", 9,
                "Inventering av 500 slumpvis valda titlar i huvudbibliotekets bestånd.", "Genomförd", None),
               ("b", "Risk att förseningsavgifter och ersättningar för förkomna medier inte debiteras.", 6,
                "Avstämning mellan lånesystemets fordringar och fakturerade belopp.", "Delvis genomförd", None)],
         comment="Inventeringen visade att 14 av 500 titlar saknades, vilket är i nivå med tidigare år. Avstämningen av avgifter gjordes för första halvåret; andra halvåret stäms av i februari 2025."),
    dict(process="Kulturskolan", context=None,
         subs=[(None, "Risk att undervisning ges till elever som inte är anmälda och inte betalar avgift.", 12,
                "Jämförelse mellan lärarnas närvarolistor och elevregistret för höstterminen.", "Ja, med avvikelse", None)],
         comment="Kontrollen genomfördes enligt plan. Sex elever som deltog i undervisningen saknades i elevregistret; de har registrerats och fakturerats."),
    dict(process="Föreningsbidrag",
         context="Risk att bidrag till kulturföreningar betalas ut på felaktiga grunder:",
         subs=[("a", "Aktivitetsbidrag beräknas på fler deltagare än som har deltagit.", 12,
                "Stickprov på tolv föreningars närvarolistor jämfört med ansökan.", "Ja",
                "Underlagen stämde hos elva av tolv föreningar; en förening har fått sitt bidrag reducerat."),
               ("b", "Arrangemangsbidrag betalas ut utan att arrangemanget har genomförts.", 8,
                "Kontroll av slutredovisningar för arrangemang som fått bidrag över 20 000 kronor.", "Ja, delvis",
                "Slutredovisning saknades för tre av 17 arrangemang; återkrav övervägs.")],
         comment=None),
    dict(process="Vuxenutbildning", context=None,
         subs=[(None, "Risk att kursintyg och betyg utfärdas för kurser som eleven inte har slutfört.", 8,
                "Granskning av 30 utfärdade betyg mot närvaro och inlämnade uppgifter i lärplattformen.", "Ej genomförd", None)],
         comment="Kontrollen kunde inte genomföras eftersom lärplattformen byttes under hösten och historiken inte fördes över. Kontrollen flyttas till 2025."),
    dict(process="Gymnasieskolans antagning", context=None,
         subs=[(None, "Risk att elever antas till gymnasieprogram i strid med antagningsreglerna, till exempel genom fel meritvärde.", 9,
                "Stickprov på 50 antagningsbeslut där meritvärde och behörighet kontrolleras mot betygen.", "Ja, delvis", None)],
         comment="Av 50 beslut var 47 korrekta. I tre fall hade meritvärdet beräknats utan modersmålsbetyget; antagningen ändrades inte eftersom eleverna ändå kom in på sitt förstahandsval."),
    dict(process="Upphandling och inköp", context=None,
         subs=[("a", "Risk att konstnärliga tjänster och föreställningar köps utan dokumenterad direktupphandling.", 6,
                "Genomgång av samtliga köp av föreställningar över 50 000 kronor.", "Delvis genomförd", None),
               ("b", "Risk att läromedel köps utanför avtal.", 9,
                "Analys av leverantörsreskontran för läromedel.", "Genomförd", None)],
         comment="Direktupphandlingarna var dokumenterade i sju av tio köp. Inköpen av läromedel följde avtalet."),
    dict(process="Arkiv och diarieföring", context=None,
         subs=[(None, "Risk att allmänna handlingar inte diarieförs och därför inte kan lämnas ut på begäran.", 6,
                "Kontroll av att inkomna e-postmeddelanden i nämndens funktionsbrevlåda har diarieförts.", "Genomförd", None)],
         comment="Samtliga 212 kontrollerade meddelanden var diarieförda eller hade bedömts som inte diarieföringspliktiga."),
]


def risk_cell(row):
    ps = []
    if row["context"]:
        ps.append(row["context"])
    for lab, risk, *_ in row["subs"]:
        ps.append(f"{lab}) {risk}" if lab else risk)
    return ps


def ctrl_cell(row):
    return [f"{lab}) {c}" if lab else c for lab, _, _, c, _, _ in row["subs"]]


def comment_cell(row):
    if row["comment"]:
        return [row["comment"]]
    return [f"{lab}) {c}" for lab, _, _, _, _, c in row["subs"]]


def cells(row):
    return [[row["process"]], risk_cell(row), [str(s[2]) for s in row["subs"]],
            ctrl_cell(row), [s[4] for s in row["subs"]], comment_cell(row)]


def html():
    cg = "".join(f'<col style="width:{w}mm">' for _, _, w, _ in COLS)
    head = "".join(f'<th>{esc(h)}</th>' for h, *_ in COLS)
    body = []
    for row in ROWS:
        tds = []
        for (h, f, w, a), ps in zip(COLS, cells(row)):
            inner = "".join(f"<p>{esc(p)}</p>" for p in ps)
            tds.append(f'<td class="{a}">{inner}</td>')
        body.append("<tr>" + "".join(tds) + "</tr>")
    prose = [
        "Nämnden antog internkontrollplanen för 2024 i januari. I riskanalysen inventerades 26 risker, varav tio bedömdes som kritiska och fördes in i planen. Denna rapport är helårsuppföljningen av planen och lämnas till nämnden tillsammans med verksamhetsberättelsen.",
        "Några risker består av delrisker, märkta a) och b). För dem anges riskvärde, kontrollmoment och status för varje delrisk i samma ordning som delriskerna, uppifrån och ned: det övre värdet gäller delrisk a) och det undre delrisk b). Kommentaren gäller hela risken om inte annat anges.",
        "Status anges som Genomförd, Delvis genomförd eller Ej genomförd. Ja, med avvikelse innebär att kontrollen är genomförd enligt plan men visade avvikelser; Ja, delvis att kontrollen bara delvis har kunnat genomföras.",
    ]
    summary = "Fem av de tio kontrollerna är genomförda enligt plan, fyra delvis och en inte alls. Kontrollen inom vuxenutbildningen flyttas till internkontrollplanen 2025."
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{plain(ORGAN)} – {plain(TITLE)}</title>
<style>
@page {{ size: A4; margin: 16mm {LEFT_MM}mm 14mm {LEFT_MM}mm; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: "Liberation Sans Narrow", sans-serif; font-size: 10pt; color: #000; }}
.org {{ font-size: 9pt; letter-spacing: 0.04em; color: #7a3b00; }}
h1 {{ font-size: 16pt; margin: 1mm 0 4mm 0; color: #7a3b00; }}
p {{ margin: 0 0 2mm 0;  }}
table {{ border-collapse: collapse; table-layout: fixed; width: 174mm; font-size: 8.6pt; margin-top: 3mm; }}
th {{ background: #7a3b00; color: #fff; text-align: left; padding: 1.4mm 1.4mm; border: 0.4mm solid #7a3b00; }}
td {{ color: {BODY}; padding: 1.4mm 1.4mm; border: 0.3mm solid #c8a98a; vertical-align: top; }}
td p {{ margin: 0 0 1.2mm 0; max-width: none; }}
td p:last-child {{ margin-bottom: 0; }}
td.center {{ text-align: center; }} td.justify {{ text-align: justify; }}
tbody tr:nth-child(odd) td {{ background: #fbf5ef; }}
tr {{ break-inside: avoid; }}
thead {{ display: table-header-group; }}
</style></head>
<body>
<div class="org">{esc(ORGAN.upper())}</div>
<h1>{esc(TITLE)}</h1>
{''.join(f'<p>{esc(p)}</p>' for p in prose)}
<table><colgroup>{cg}</colgroup><thead><tr>{head}</tr></thead><tbody>
{chr(10).join(body)}
</tbody></table>
<p style="margin-top:4mm">{esc(summary)}</p>
</body></html>
"""


STREAMS = streams(COLS, LEFT_MM, BODY)


def expected():
    out = []
    for row in ROWS:
        cl = [(i, " ".join(ps)) for i, ps in enumerate(cells(row))]
        for k, (lab, risk, val, ctrl, status, comm) in enumerate(row["subs"]):
            rec = record(row["process"], risk, risk_value=val, controls=ctrl,
                         follows_plan=STATUS[status], comment=comm or row["comment"],
                         context=row["context"], label=lab)
            out.append((rec, cl if k == 0 else None))  # None: the row's pages again
    return out
