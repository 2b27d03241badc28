"""Report 2: the follow-up inside a short bundle, as a web meeting system prints an ärende
with its attachments: page 1 an extract of the nämnd's minutes (protokollsutdrag, § 48, the
decision to approve the follow-up), then the follow-up itself (bilaga 1, six risks in a ruled
eight-column table), then the financial follow-up (bilaga 2, a budget table in tkr) that
holds no risks. Period "per 30 april"; counts "Av de 17 risker som inventerats bedöms sex vara
kritiska". Skol- och kulturnämnden, tertial 1 2025.
"""
from c10 import esc, h, p, page, record, streams, table

NAME = "skn2025_bundle_protocol_budget_per_30_april"
ORGAN = "Skol- och kulturnämnden"
TITLE = "Uppföljning av internkontrollplan per 30 april 2025"
META = {"organ": ORGAN, "year": 2025, "period": "tertial", "title": TITLE,
        "risks_inventoried": 17, "risks_critical": 6}

COLS = [
    ("Process", "process", 22, "left"),
    ("Risk", "risk", 36, "left"),
    ("Sannolikhet", "probability", 14, "center"),
    ("Konsekvens", "consequence", 14, "center"),
    ("Riskvärde", "risk_value", 13, "center"),
    ("Kontrollmoment", "controls", 33, "left"),
    ("Följer plan", "follows_plan", 13, "center"),
    ("Kommentar", "comment", 37, "left"),
]
COLUMNS = [(hd, f) for hd, f, _, _ in COLS]
LEFT_MM = 14
BODY = "#1e1a1b"
WINE = "#7b2333"

RISKS = [
    dict(proc="Elevhälsa",
         risk="Risk att elevhälsans journaler inte förs enligt patientdatalagen, så att uppgifter om elevers hälsa saknas eller blir åtkomliga för obehöriga.",
         s=2, k=4, ctrl="Granskning av loggar och ett stickprov på 20 journaler i elevhälsans journalsystem.",
         fp="Ja",
         comment="Journalerna var förda enligt rutinen. Loggkontrollen visade inga obehöriga slagningar."),
    dict(proc="Skolskjuts",
         risk="Risk att elever som har rätt till skolskjuts inte får det, eller att skolskjuts beviljas utan att villkoren är uppfyllda.",
         s=3, k=3, ctrl="Stickprov på 25 beslut om skolskjuts som jämförs med avståndsberäkningen och kommunens riktlinjer.",
         fp="Delvis",
         comment="I tre av 25 beslut saknades avståndsberäkningen i akten. Besluten var ändå riktiga i sak."),
    dict(proc="Frånvarohantering",
         risk="Risk att elevers upprepade frånvaro inte uppmärksammas och utreds, så att eleverna inte får det stöd de behöver.",
         s=3, k=4, ctrl="Uttag ur frånvarosystemet: elever med mer än 15 procent frånvaro och om en utredning har inletts.",
         fp="Nej",
         comment="En utredning hade inletts för 41 av 68 elever med hög frånvaro. Rektorerna har fått i uppdrag att gå igenom de återstående ärendena före sommarlovet."),
    dict(proc="Kulturskolan",
         risk="Risk att kursavgifter inte faktureras eller faktureras fel när elever byter eller avslutar en kurs.",
         s=2, k=4, ctrl="Avstämning av kursdeltagarna i elevregistret mot fakturerade avgifter för vårterminen.",
         fp="Ja", comment="Avgifterna stämde för samtliga 312 elever."),
    dict(proc="Kultur- och föreningsbidrag",
         risk="Risk att bidrag till studieförbund och kulturföreningar betalas ut utan redovisning av föregående års verksamhet.",
         s=3, k=3, ctrl="Kontroll av att redovisning finns för alla föreningar som har fått bidrag under perioden.",
         fp="Ja", comment="Redovisning fanns för alla 14 föreningar."),
    dict(proc="Arbetsmiljö",
         risk="Risk att hot och våld mot personal i skolan inte rapporteras, så att förebyggande åtgärder uteblir.",
         s=3, k=3, ctrl="Jämförelse av tillbudsrapporterna i rapporteringssystemet med rektorernas redovisning på samverkansmötena.",
         fp="Delvis",
         comment="Antalet rapporterade händelser ökade från 19 till 31 jämfört med samma period förra året. Två skolor har ännu inte börjat rapportera i systemet."),
]

# Bilaga 2: budget in tkr (Budget 2025, Utfall januari-april, Prognos helår)
BUDGET = [
    ("Nämnd och förvaltning", 14200, 4510, 14050),
    ("Förskola", 312400, 103900, 313600),
    ("Grundskola", 598700, 201300, 601800),
    ("Gymnasieskola", 241500, 79800, 240900),
    ("Kulturskola", 18900, 6100, 18700),
    ("Bibliotek och kultur", 36300, 11700, 36100),
]


def tkr(n):
    s = f"{abs(n):,}".replace(",", "\u00a0")
    return ("\u2212" + s) if n < 0 else s


def cells(r):
    return [r["proc"], r["risk"], str(r["s"]), str(r["k"]), str(r["s"] * r["k"]),
            r["ctrl"], r["fp"], r["comment"]]


CSS = f"""
body {{ font-family: "DejaVu Sans", sans-serif; font-size: 9.2pt; color: #262626; line-height: 1.38; }}
.sheet {{ break-after: page; }}
.prot-head {{ display: flex; justify-content: space-between; align-items: flex-end;
  border-bottom: 0.4mm solid #333; padding-bottom: 2mm; margin-bottom: 6mm; font-family: "Liberation Serif", serif; }}
.prot-head .kind {{ font-size: 15pt; font-weight: bold; color: #111; }}
.prot-head .who {{ font-size: 11pt; color: #111; }}
.prot-head .meta {{ font-size: 9pt; color: #333; text-align: right; line-height: 1.35; }}
.prot {{ font-family: "Liberation Serif", serif; font-size: 11.5pt; color: #161616; line-height: 1.4; }}
.prot h2 {{ font-size: 12.5pt; margin: 0 0 1mm 0; color: #111; }}
.prot .dnr {{ font-size: 10pt; color: #333; margin-bottom: 5mm; }}
.prot h3 {{ font-size: 11.5pt; margin: 4mm 0 1mm 0; color: #111; }}
.prot p {{ margin: 0 0 2.5mm 0; }}
.prot ul {{ margin: 0 0 2.5mm 0; padding-left: 6mm; }}
.sign {{ display: flex; gap: 10mm; margin-top: 14mm; font-size: 9.5pt; color: #333; }}
.sign div {{ flex: 1; border-top: 0.2mm solid #555; padding-top: 1mm; }}
.bilaga {{ font-size: 8.5pt; color: #777; text-align: right; margin-bottom: 3mm; }}
.org {{ font-size: 9.5pt; font-weight: bold; color: {WINE}; margin: 0 0 1.5mm 0; letter-spacing: 0.02em; }}
h1 {{ font-size: 15.5pt; color: {WINE}; margin: 0 0 5mm 0; line-height: 1.2; }}
h2 {{ font-size: 10.5pt; color: {WINE}; margin: 4.5mm 0 1.5mm 0; }}
p {{ margin: 0 0 2.2mm 0; }}
table.risks {{ border-collapse: collapse; table-layout: fixed; font-family: "DejaVu Sans", sans-serif;
  font-stretch: condensed; font-size: 7.7pt; line-height: 1.25; margin: 2mm 0 4mm 0; }}
table.risks th, table.risks td {{ border: 0.2mm solid #c2a1a8; padding: 1.2mm 1.2mm; vertical-align: top; text-align: left; color: {BODY}; }}
table.risks th {{ background: #f3e6e8; font-weight: bold; vertical-align: bottom; color: {WINE}; }}
table.budget {{ border-collapse: collapse; width: 150mm; font-size: 8.6pt; margin: 2mm 0 4mm 0; }}
table.budget th, table.budget td {{ padding: 1.2mm 2mm; border-bottom: 0.2mm solid #bbb; color: #333; text-align: right; }}
table.budget th {{ border-bottom: 0.4mm solid #555; vertical-align: bottom; }}
table.budget th:first-child, table.budget td:first-child {{ text-align: left; }}
table.budget tr.sum td {{ font-weight: bold; border-top: 0.4mm solid #555; border-bottom: none; }}
.note {{ font-size: 8pt; color: #666; }}
"""


def protocol():
    return f"""<div class="sheet">
<div class="prot-head"><div><div class="kind">{esc("Protokollsutdrag")}</div>
<div class="who">{esc("Skol- och kulturnämnden")}</div></div>
<div class="meta">{esc("Sammanträdesdatum 2025-05-20")}<br>{esc("Sida 14 av 31")}</div></div>
<div class="prot">
<h2>{esc("§ 48 Uppföljning av internkontrollplan per 30 april 2025")}</h2>
<div class="dnr">{esc("Dnr SKN 2025/0123")}</div>
<h3>{esc("Beslut")}</h3>
<p>{esc("Skol- och kulturnämnden godkänner uppföljningen av internkontrollplanen per 30 april 2025 och lägger den till handlingarna.")}</p>
<p>{esc("Nämnden uppdrar åt förvaltningschefen att redovisa hur utredningarna av elevers frånvaro har följts upp vid nämndens sammanträde i september.")}</p>
<h3>{esc("Ärendebeskrivning")}</h3>
<p>{esc("Enligt kommunens reglemente för intern kontroll ska nämnden följa upp sin internkontrollplan och rapportera resultatet till kommunstyrelsen. Skol- och kulturförvaltningen har följt upp de kontrollmoment som ingår i planen för 2025 och redovisar resultatet för perioden januari–april i bilaga 1. Den ekonomiska uppföljningen per 30 april redovisas i bilaga 2.")}</p>
<p>{esc("Förvaltningen bedömer att kontrollerna i huvudsak visar att rutinerna följs. Den största avvikelsen gäller utredningar av elevers frånvaro, där förvaltningen har vidtagit åtgärder.")}</p>
<h3>{esc("Beslutsunderlag")}</h3>
<ul><li>{esc("Tjänsteskrivelse från skol- och kulturförvaltningen, 2025-05-06")}</li>
<li>{esc("Bilaga 1. Uppföljning av internkontrollplan per 30 april 2025")}</li>
<li>{esc("Bilaga 2. Ekonomisk uppföljning per 30 april 2025")}</li></ul>
<h3>{esc("Beslutet skickas till")}</h3>
<p>{esc("Kommunstyrelsen, förvaltningschefen, rektorerna")}</p>
<div class="sign"><div>{esc("Justerandes signatur")}</div><div>{esc("Utdragsbestyrkande")}</div></div>
</div></div>"""


def report():
    tab = table(COLS, [cells(r) for r in RISKS]).replace("<table>", '<table class="risks">', 1)
    return f"""<div class="sheet">
<div class="bilaga">{esc("Bilaga 1 till § 48 · Dnr SKN 2025/0123")}</div>
<div class="org">{esc(ORGAN)}</div>
<h1>{esc(TITLE)}</h1>
{h(2, "Bakgrund")}
{p("Skol- och kulturnämnden följer upp internkontrollplanen tre gånger per år. Den här uppföljningen avser januari–april 2025 och lämnas tillsammans med den ekonomiska uppföljningen.")}
{p("Av de 17 risker som inventerats bedöms sex vara kritiska, det vill säga ha ett riskvärde på 8 eller högre på en skala där sannolikhet och konsekvens bedöms från 1 till 4. Kontrollmomenten för de kritiska riskerna och resultatet av dem redovisas i tabellen nedan.")}
{h(2, "Resultat")}
{tab}
{h(2, "Bedömning")}
{p("Tre kontroller visar att planen följs, två att den följs delvis och en att den inte följs. Förvaltningen följer upp frånvaroutredningarna varje månad fram till sommarlovet, och kontrollerna redovisas på nytt i nästa tertialuppföljning.")}
{p("Skol- och kulturförvaltningen, Maria Sandberg, controller")}
</div>"""


def budget():
    rows = []
    tb = tu = tp = 0
    for name, b, u, pr in BUDGET:
        tb, tu, tp = tb + b, tu + u, tp + pr
        rows.append(f"<tr><td>{esc(name)}</td><td>{tkr(b)}</td><td>{tkr(u)}</td>"
                    f"<td>{tkr(pr)}</td><td>{tkr(b - pr)}</td></tr>")
    rows.append(f'<tr class="sum"><td>{esc("Summa")}</td><td>{tkr(tb)}</td><td>{tkr(tu)}</td>'
                f"<td>{tkr(tp)}</td><td>{tkr(tb - tp)}</td></tr>")
    head = ("<tr><th>" + esc("Verksamhet (tkr)") + "</th><th>" + esc("Budget 2025")
            + "</th><th>" + esc("Utfall jan–apr") + "</th><th>" + esc("Prognos helår")
            + "</th><th>" + esc("Avvikelse") + "</th></tr>")
    return f"""<div>
<div class="bilaga">{esc("Bilaga 2 till § 48 · Dnr SKN 2025/0123")}</div>
<div class="org">{esc(ORGAN)}</div>
<h1>{esc("Ekonomisk uppföljning per 30 april 2025")}</h1>
{p("Nämndens prognos för helåret visar ett underskott på 3,2 miljoner kronor. Underskottet beror främst på fler barn i förskolan än budgeterat och på ökade kostnader för skolskjuts och tilläggsbelopp i grundskolan.")}
<table class="budget"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table>
<p class="note">{esc("Avvikelse = budget minus prognos. Negativt belopp innebär underskott.")}</p>
{p("Förvaltningen har infört anställningsprövning för tjänster som inte finansieras av statsbidrag och redovisar en åtgärdsplan vid nämndens sammanträde i juni.")}
</div>"""


def html():
    body = protocol() + "\n" + report() + "\n" + budget()
    return page(title=f"§ 48 {TITLE}", css=CSS, body=body,
                margins=(18, LEFT_MM, 17, LEFT_MM),
                boxes={"top-left": "Skol- och kulturnämnden · Sammanträde 2025-05-20 · Ärende 6",
                       "top-right": "Dnr SKN 2025/0123",
                       "bottom-right": ("css", '"Sida " counter(page) " (" counter(pages) ")"')},
                margin_font='7.5pt "DejaVu Sans"', margin_colour="#777")


STREAMS = streams(COLS, LEFT_MM, BODY)


def expected():
    out = []
    for r in RISKS:
        rec = record(r["proc"], r["risk"], risk_value=r["s"] * r["k"], probability=r["s"],
                     consequence=r["k"], controls=r["ctrl"], follows_plan=r["fp"],
                     comment=r["comment"])
        out.append((rec, list(enumerate(cells(r)))))
    return out
