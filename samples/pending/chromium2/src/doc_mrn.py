"""Report 4: landscape print (@page A4 landscape) of a wide 11-column table in 7.5 pt; long
words broken by soft hyphens, and words joined by a slash carry a zero-width space after the
slash ("kontroll/&#8203;uppföljning"). Miljö- och räddningstjänstnämnden, tertial 1 2025.
"""
import html as _html

from producers.chromium_docs import plain, record, shy, streams

NAME = "mrn2025_landscape_eleven_columns_zwsp"
ORGAN = "Miljö- och räddningstjänstnämnden"
TITLE = "Tertialuppföljning 1 2025 – intern kontroll"
META = {"organ": ORGAN, "year": 2025, "period": "tertial", "title": TITLE,
        "risks_inventoried": 31, "risks_critical": 8}

COLS = [
    ("Process", "process", 22, "left"),
    ("Risk", "risk", 34, "left"),
    ("Sannolikhet", "probability", 16, "center"),
    ("Konsekvens", "consequence", 16, "center"),
    ("Riskvärde", "risk_value", 14, "center"),
    ("Kontrollmoment", "controls", 32, "left"),
    ("Frekvens", None, 18, "left"),
    ("Ansvarig", None, 22, "left"),
    ("Följer plan", "follows_plan", 14, "center"),
    ("Kommentar", "comment", 42, "left"),
    ("Åtgärd", "handling", 43, "left"),
]
COLUMNS = [(h, f) for h, f, _, _ in COLS]
LEFT_MM = 12
BODY = "#1e1e1e"
ZWSP = "&#8203;"

ROWS = [
    dict(process="Tillsyn enligt miljöbalken", s=3, k=3,
         risk="Risk att tillsynsplanen inte följs så att miljöfarliga verksamheter inte får den årliga tillsyn/besök som avgiften avser.",
         controls="Avstämning av genomförda tillsynsbesök mot tillsynsplanen för perioden januari–april.",
         freq="Per tertial", ansvarig="Enhetschef miljötillsyn", fp="Delvis",
         comment="61 av 78 planerade besök genomfördes. Eftersläpningen gäller främst lantbruk, enskilda avlopp/dagvattenanläggningar.",
         handling="Extra inspektörsresurs tillsätts under maj–augusti; prioriteringsordning beslutas av enhetschefen."),
    dict(process="Livsmedelskontroll", s=2, k=4,
         risk="Risk att uppföljande kontroller efter allvarliga brister i livsmedelsverksamheter inte görs inom angiven tid.",
         controls="Genomgång av samtliga ärenden med allvarliga brister och kontroll av att återbesök gjorts inom fyra veckor.",
         freq="Per tertial", ansvarig="Livsmedelsinspektör", fp="Ja",
         comment="Återbesök hade gjorts inom fyra veckor i samtliga nio ärenden.",
         handling=None),
    dict(process="Avgifter och debitering", s=3, k=2,
         risk="Risk att timavgifter för tillsyn/handläggning inte debiteras eller debiteras med fel taxa.",
         controls="Stickprov på 30 ärenden där registrerad handläggningstid jämförs med fakturerat belopp.",
         freq="Två gånger per år", ansvarig="Administratör", fp="Delvis",
         comment="I fem ärenden var tiden inte fakturerad, sammanlagt 23 400 kronor. Fakturorna har skickats i efterhand.",
         handling="Tidsregistreringen kopplas till ärendestatus så att avslutade ärenden inte kan stängas utan debitering."),
    dict(process="Räddningsinsatser", s=2, k=4,
         risk="Risk att insatstiden överskrider målet i handlingsprogrammet på grund av bemanningsbrist i deltidsstyrkorna.",
         controls="Uppföljning av insatstider och bemanning/tillgänglighet i deltidsstyrkorna per månad.",
         freq="Månadsvis", ansvarig="Räddningschef", fp="Nej",
         comment="Målet nåddes i 83 procent av larmen mot målet 90 procent. Styrkan i Norrby var underbemannad 19 dygn.",
         handling="Rekryteringskampanj för deltidsbrandmän och samverkansavtal med grannkommunen om förstärkning."),
    dict(process="Tillsyn enligt lagen om skydd mot olyckor", s=2, k=3,
         risk="Risk att brandskyddstillsyn inte dokumenteras enligt rutinen så att förelägganden inte kan följas upp.",
         controls="Granskning av dokumentation/protokoll för tio avslutade tillsynsärenden.",
         freq="Per tertial", ansvarig="Brandinspektör", fp="Ja",
         comment="Samtliga tio ärenden var dokumenterade enligt rutinen.",
         handling=None),
    dict(process="Delegation", s=3, k=3,
         risk="Risk att delegationsbeslut om förelägganden och sanktionsavgifter inte återrapporteras till nämnden.",
         controls="Jämförelse mellan beslut i ärendesystemet och delegationslistor/anmälningar till nämnden.",
         freq="Per tertial", ansvarig="Nämndsekreterare", fp="Ja",
         comment="Samtliga 214 delegationsbeslut var anmälda till nämnden.",
         handling=None),
    dict(process="Arbetsmiljö", s=3, k=4,
         risk="Risk att brandmän exponeras för cancerframkallande ämnen när rutinen för rena/orena zoner inte följs.",
         controls="Oanmäld kontroll/uppföljning av hanteringen av rökdykarutrustning och omklädning på fyra brandstationer.",
         freq="Två gånger per år", ansvarig="Arbetsmiljösamordnare", fp="Delvis",
         comment="Rutinen följdes på tre stationer. På en station förvarades använda skyddskläder i personalutrymmet.",
         handling="Ombyggnad av omklädningsrummet på stationen är beställd; till dess gäller tillfällig zonindelning."),
    dict(process="Informationshantering", s=2, k=3,
         risk="Risk att handlingar i tillsynsärenden inte diarieförs och arkiveras enligt dokumenthanteringsplanen.",
         controls="Stickprov på 20 avslutade ärenden i ärendesystemet mot dokumenthanteringsplanen.",
         freq="En gång per år", ansvarig="Registrator", fp="Ja",
         comment="Samtliga handlingar var diarieförda. Två ärenden saknade beslut om gallring/arkiv, vilket har kompletterats.",
         handling=None),
]


def cell_html(text):
    """Escaped text with soft hyphens, a zero-width space after every slash between words."""
    if not text:
        return ""
    out = _html.escape(shy(" ".join(text.split())), quote=False)
    return out.replace("/", "/" + ZWSP)


def cells(r):
    return [r["process"], r["risk"], str(r["s"]), str(r["k"]), str(r["s"] * r["k"]),
            r["controls"], r["freq"], r["ansvarig"], r["fp"], r["comment"], r["handling"]]


def html():
    cols = "".join(f'<col style="width:{w}mm">' for _, _, w, _ in COLS)
    head = "".join(f'<th class="{a}">{cell_html(h)}</th>' for h, _, _, a in COLS)
    body = "\n".join("<tr>" + "".join(f'<td class="{a}">{cell_html(t)}</td>'
                                      for (_, _, _, a), t in zip(COLS, cells(r))) + "</tr>"
                     for r in ROWS)
    intro = [
        "Nämnden följer upp internkontrollplanen tre gånger per år. Denna uppföljning avser tertial 1, januari–april 2025, och omfattar både miljö/hälsoskydd och räddningstjänst.",
        "Förvaltningens riskanalys omfattar 31 risker. Åtta av dem har bedömts som kritiska och följs upp med kontrollmoment enligt tabellen nedan. Riskvärde = sannolikhet × konsekvens (1–4 vardera).",
    ]
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{plain(ORGAN)} – {plain(TITLE)}</title>
<style>
@page {{ size: A4 landscape; margin: 12mm {LEFT_MM}mm 12mm {LEFT_MM}mm; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: "DejaVu Sans", sans-serif; font-size: 9pt; color: #000; }}
.head {{ display: flex; justify-content: space-between; align-items: baseline;
        border-bottom: 0.5mm solid #b3541e; padding-bottom: 1.5mm; margin-bottom: 3mm; }}
.head .org {{ font-size: 9pt; color: #b3541e; font-weight: bold; }}
.head .date {{ font-size: 7.5pt; color: #666; }}
h1 {{ font-size: 14pt; margin: 0 0 3mm 0; font-weight: bold; color: #3a3a3a; }}
p {{ margin: 0 0 2mm 0; max-width: 230mm; }}
table {{ border-collapse: collapse; table-layout: fixed; width: 273mm; font-size: 7.5pt; margin-top: 3mm; }}
th, td {{ border: 0.2mm solid #c7b9ae; padding: 1mm 1mm; vertical-align: top; text-align: left; }}
th {{ background: #f6e7dc; color: #5a2a0e; font-weight: bold; }}
td {{ color: {BODY}; line-height: 1.2; }}
th.center, td.center {{ text-align: center; }}
thead {{ display: table-header-group; }}
tr {{ break-inside: avoid; }}
</style></head>
<body>
<div class="head"><span class="org">{cell_html(ORGAN)}</span><span class="date">Utskrift 2025-05-14</span></div>
<h1>{cell_html(TITLE)}</h1>
{''.join(f'<p>{cell_html(p)}</p>' for p in intro)}
<table><colgroup>{cols}</colgroup>
<thead><tr>{head}</tr></thead>
<tbody>
{body}
</tbody></table>
<p style="margin-top:3mm">{cell_html("Förvaltningens bedömning: fyra kontroller följer planen, tre delvis och en inte. Insatstiderna i räddningstjänsten rapporteras särskilt till nämnden i juni.")}</p>
</body></html>
"""


STREAMS = streams(COLS, LEFT_MM, BODY)


def expected():
    out = []
    for r in ROWS:
        rec = record(r["process"], r["risk"], risk_value=r["s"] * r["k"], probability=r["s"],
                     consequence=r["k"], controls=r["controls"], handling=r["handling"],
                     follows_plan=r["fp"], comment=r["comment"],
                     extra={"Frekvens": r["freq"], "Ansvarig": r["ansvarig"]})
        out.append((rec, list(enumerate(cells(r)))))
    return out
