"""Report 4: an intranet page printed from the browser, whose print style sheet writes every
link's address after it (``a[href]::after { content: " (" attr(href) ")" }``, as the common
print style sheets of web frameworks do): four comment cells hold a link, so the comment ends
with an address in parentheses that wraps over the cell's lines at "/" and "-". The browser's
own print header and footer (date, page title; address, "1/2") stand in the page margins.
Period "T2"; counts "20 risker inventerats, varav 8 bedöms vara kritiska", with last year's
figures in a footnote. Service- och digitaliseringsnämnden, tertial 2 2025.
"""
import html as _html
import re

from c10 import esc, page, record, streams, table

NAME = "sdig2025_print_link_urls_t2_footnote"
ORGAN = "Service- och digitaliseringsnämnden"
TITLE = "Uppföljning av internkontrollplan T2 2025"
META = {"organ": ORGAN, "year": 2025, "period": "tertial", "title": TITLE,
        "risks_inventoried": 20, "risks_critical": 8}
SITE = "https://intranat.vastbro.se"
PAGE_URL = SITE + "/styrning/intern-kontroll/uppfoljning-t2-2025"

COLS = [
    ("Process", "process", 25, "left"),
    ("Risk", "risk", 37, "left"),
    ("Riskvärde", "risk_value", 14, "center"),
    ("Kontroll", "controls", 34, "left"),
    ("Följer plan", "follows_plan", 14, "center"),
    ("Kommentar", "comment", 52, "left"),
]
COLUMNS = [(hd, f) for hd, f, _, _ in COLS]
LEFT_MM = 17
BODY = "#242424"

# [link text](address) marks a link; printed as "link text (address)".
RISKS = [
    dict(proc="IT-drift",
         risk="Risk att säkerhetskopior av verksamhetssystemen inte går att återläsa vid ett haveri.",
         rv=12, ctrl="Återläsningstest av säkerhetskopior för tre verksamhetssystem.",
         fp="Delvis",
         comment=f"Återläsningen lyckades för två av tre system. För ärendehanteringssystemet saknades en fullständig kopia av databasen. Felet är rättat och testet görs om i oktober enligt [rutinen för återläsningstest]({SITE}/it/rutiner/aterlasningstest)."),
    dict(proc="Behörighetshantering",
         risk="Risk att anställda som har slutat har kvar sina konton och behörigheter i kommunens system.",
         rv=12, ctrl="Jämförelse av aktiva konton i katalogtjänsten mot avslutade anställningar i HR-systemet.",
         fp="Delvis",
         comment=f"17 konton för personer som hade slutat var fortfarande aktiva. Kontona har stängts, och avslutet beskrivs nu i [checklistan för avslut av anställning]({SITE}/hr/checklistor/avslut-av-anstallning)."),
    dict(proc="Inköp",
         risk="Risk att licenser och molntjänster köps med betalkort utan upphandling eller godkännande.",
         rv=9, ctrl="Genomgång av alla betalkortsköp över 5 000 kronor under maj–augusti.",
         fp="Nej",
         comment=f"Nio köp om sammanlagt 148 000 kronor saknade godkännande. Reglerna finns i [riktlinjen för betalkort]({SITE}/styrdokument/riktlinje-betalkort.pdf) och har skickats till alla kortinnehavare."),
    dict(proc="Kontaktcenter",
         risk="Risk att ärenden som kommer in till kontaktcenter inte registreras och därför inte besvaras.",
         rv=9, ctrl="Stickprov på 50 samtal och e-postmeddelanden som jämförs med ärendesystemet.",
         fp="Ja",
         comment="48 av 50 kontakter var registrerade. De två övriga var samtal som avslutades innan de kopplades fram."),
    dict(proc="Informationssäkerhet",
         risk="Risk att personuppgiftsincidenter inte anmäls till Integritetsskyddsmyndigheten inom 72 timmar.",
         rv=12, ctrl="Genomgång av alla incidentrapporter under perioden och tiden till anmälan.",
         fp="Ja",
         comment=f"Två incidenter anmäldes, båda inom 72 timmar, enligt [kommunens rutin för personuppgiftsincidenter]({SITE}/dataskydd/incidenter)."),
    dict(proc="Intern fakturering",
         risk="Risk att interna tjänster som IT-stöd och lönehantering inte faktureras förvaltningarna enligt prislistan.",
         rv=8, ctrl="Avstämning av internfakturor mot tjänsteavtal och prislista för 2025.",
         fp="Ja", comment="Internfakturorna stämde med prislistan."),
    dict(proc="Löneadministration",
         risk="Risk att löneutbetalningar blir fel vid manuella ändringar i lönesystemet.",
         rv=12, ctrl="Stickprov på 40 manuella löneändringar med kontroll av underlag och attest.",
         fp="Delvis",
         comment="Underlag saknades för tre ändringar. Attestflödet ändras i september så att varje manuell ändring kräver två personer."),
    dict(proc="Arkiv",
         risk="Risk att handlingar i e-arkivet gallras innan gallringsfristen har löpt ut.",
         rv=8, ctrl="Kontroll av gallringsloggen mot dokumenthanteringsplanen.",
         fp="Ja",
         comment="Ingen gallring hade skett i strid med dokumenthanteringsplanen."),
]

_LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")


def printed(text):
    """The text as the print style sheet shows it: the address after the link text."""
    return _LINK.sub(lambda m: f"{m.group(1)} ({m.group(2)})", text)


def linked(text):
    """HTML of a text with links (soft hyphens in the words, none in the addresses)."""
    out, pos = [], 0
    for m in _LINK.finditer(text):
        out.append(esc(text[pos:m.start()]))
        out.append(f'<a href="{_html.escape(m.group(2))}">{esc(m.group(1))}</a>')
        pos = m.end()
    out.append(esc(text[pos:]))
    return "".join(out)


def cells(r):
    return [r["proc"], r["risk"], str(r["rv"]), r["ctrl"], r["fp"], r["comment"]]


CSS = f"""
body {{ font-family: "Helvetica Neue", Helvetica, Arial, sans-serif; font-size: 10pt; color: #333; line-height: 1.42;
  word-wrap: break-word; }}
a {{ color: inherit; text-decoration: underline; }}
a[href]::after {{ content: " (" attr(href) ")"; }}
a[href^="#"]::after {{ content: ""; }}
.site {{ display: flex; justify-content: space-between; border-bottom: 0.8mm solid #0b5cad; padding-bottom: 2mm; margin-bottom: 3mm; }}
.site .name {{ font-size: 12pt; font-weight: bold; color: #0b5cad; }}
.site .nav {{ font-size: 8.5pt; color: #555; padding-top: 1mm; }}
.crumbs {{ font-size: 8pt; color: #777; margin-bottom: 4mm; }}
.kicker {{ font-size: 10pt; font-weight: bold; color: #0b5cad; margin: 0 0 1mm 0; }}
h1 {{ font-size: 18pt; font-weight: 500; color: #222; margin: 0 0 2mm 0; line-height: 1.15; }}
.byline {{ font-size: 8.5pt; color: #777; margin-bottom: 5mm; }}
h2 {{ font-size: 12.5pt; font-weight: 500; color: #222; margin: 5mm 0 1.5mm 0; }}
p {{ margin: 0 0 2.4mm 0; }}
p.lead {{ font-size: 11pt; color: #333; }}
sup {{ font-size: 7pt; line-height: 0; }}
table {{ width: 176mm; border-collapse: collapse; table-layout: fixed; font-size: 8.3pt; line-height: 1.3; margin: 2mm 0 4mm 0; }}
th, td {{ border: 0.26mm solid #dddddd; padding: 1.4mm 1.5mm; vertical-align: top; text-align: left; color: {BODY}; }}
th {{ border-bottom: 0.6mm solid #dddddd; font-weight: bold; vertical-align: bottom; }}
.notes {{ border-top: 0.3mm solid #ccc; margin-top: 6mm; padding-top: 1.5mm; font-size: 8pt; color: #666; }}
.notes p {{ margin: 0 0 1mm 0; }}
.owner {{ font-size: 8pt; color: #777; margin-top: 4mm; }}
"""


def html():
    def cell_html(k, t):
        return f"<p>{linked(t)}</p>"
    tab = table(COLS, [cells(r) for r in RISKS], cell_html=cell_html)
    plan = f"{SITE}/styrdokument/sdn/internkontrollplan-2025.pdf"
    body = f"""
<div class="site"><div class="name">{esc("Västbro kommun · Intranätet")}</div>
<div class="nav">{esc("Start   Nyheter   Styrning och ledning   Verktyg   Sök")}</div></div>
<div class="crumbs">{esc("Start › Styrning och ledning › Intern kontroll › Uppföljning T2 2025")}</div>
<div class="kicker">{esc(ORGAN)}</div>
<h1>{esc(TITLE)}</h1>
<div class="byline">{esc("Publicerad 2025-09-16 · Jonas Berg, controller, service- och digitaliseringsförvaltningen")}</div>
<p class="lead">{esc("Här redovisas resultatet av nämndens kontroller under andra tertialet (T2), maj–augusti 2025. Uppföljningen behandlas av nämnden den 30 september.")}</p>
<h2>{esc("Riskanalys och plan")}</h2>
<p>{linked(f"Nämndens [internkontrollplan för 2025]({plan}) antogs i december 2024. I riskanalysen för 2025 har 20 risker inventerats, varav 8 bedöms vara kritiska")}<sup><a href="#fn1">1</a></sup>{esc(". De kritiska riskerna har ett riskvärde på 8 eller högre (sannolikhet gånger konsekvens, båda på en skala från 1 till 4) och följs upp med var sin kontroll.")}</p>
<h2>{esc("Resultat per risk")}</h2>
{tab}
<h2>{esc("Bedömning")}</h2>
<p>{esc("Fyra kontroller visar att planen följs, tre att den följs delvis och en att den inte följs. Bristerna i behörighetshanteringen och vid betalkortsköp åtgärdas under hösten, och kontrollerna görs om i december.")}</p>
<div class="notes"><p id="fn1">{esc("1 Vid uppföljningen T2 2024 hade 23 risker inventerats, varav 11 bedömdes vara kritiska.")}</p></div>
<div class="owner">{esc("Sidansvarig: Jonas Berg · Senast uppdaterad 2025-09-16")}</div>
"""
    return page(title=f"{TITLE} – Intranätet", css=CSS, body=body,
                margins=(15, LEFT_MM, 15, LEFT_MM),
                boxes={"top-left": "2025-09-18 14:05",
                       "top-center": f"{TITLE} – Intranätet",
                       "bottom-left": PAGE_URL,
                       "bottom-right": ("css", 'counter(page) "/" counter(pages)')},
                margin_font='7pt "Liberation Sans"', margin_colour="#444")


STREAMS = streams(COLS, LEFT_MM, BODY)


def expected():
    out = []
    for r in RISKS:
        rec = record(r["proc"], r["risk"], risk_value=r["rv"], controls=r["ctrl"],
                     follows_plan=r["fp"], comment=printed(r["comment"]))
        printed_cells = [printed(c) for c in cells(r)]
        out.append((rec, list(enumerate(printed_cells))))
    return out
