"""Report 2: labelled records without a grid, Bygg- och tekniknämnden, T2 2025.

Each risk is a numbered section heading ("3.2 Bygglovshantering", the process) followed by
paragraphs "Risk: ...", "Riskvärde: 12", "Kontroll: ...", "Följer plan: Delvis",
"Kommentar: ..."; labels bold sans-serif, values regular serif; several risks per page.
"""
from producers.chromium_docs import esc, plain, record

NAME = "btn2025_labelled_records_t2"
ORGAN = "Bygg- och tekniknämnden"
TITLE = "Uppföljning av intern kontroll 2025, tertial 2"
META = {"organ": ORGAN, "year": 2025, "period": "tertial", "title": TITLE,
        "risks_inventoried": 19, "risks_critical": 7}

LABELS = [("Risk", "risk"), ("Riskvärde", "risk_value"), ("Kontroll", "controls"),
          ("Följer plan", "follows_plan"), ("Kommentar", "comment")]
COLUMNS = LABELS

ITEMS = [
    ("3.1", "Detaljplanering",
     "Risk att detaljplaner tas fram utan att samråd och granskning genomförs enligt plan- och bygglagen, så att planen kan upphävas efter överklagande.",
     12,
     "Granskning av handläggningen i samtliga fyra detaljplaner som antagits under januari–augusti, med checklista för samråd, granskning och underrättelser.",
     "Ja",
     "Samtliga fyra planer hade genomgått samråd och granskning med korrekt kungörelse. Ingen av planerna har upphävts. Checklistan används nu i alla nya planärenden."),
    ("3.2", "Bygglovshantering",
     "Risk att bygglovsärenden inte avgörs inom lagstadgad tid, vilket leder till att avgiften ska sättas ned och till bristande förtroende hos sökande.",
     12,
     "Uttag ur ärendehanteringssystemet av samtliga beslut om bygglov under perioden, med kontroll av handläggningstid från komplett ansökan till beslut.",
     "Delvis",
     "Av 286 beslut fattades 241 inom tio veckor. I 45 ärenden överskreds tidsfristen, och avgiften sattes ned med sammanlagt 318 000 kronor. Förvaltningen har anställt två bygglovshandläggare och inför veckovisa ärendegenomgångar."),
    ("3.3", "Vinterväghållning",
     "Risk att entreprenören för vinterväghållning inte utför snöröjning och halkbekämpning enligt avtalets kvalitetskrav, samtidigt som ersättning betalas ut.",
     9,
     "Stickprov på tolv utryckningar där entreprenörens körjournaler jämförs med väderdata och med fakturerade timmar.",
     "Nej",
     "I fem av tolv utryckningar fakturerades fler timmar än körjournalerna visar. Förvaltningen har krävt tillbaka 86 500 kronor och begärt en åtgärdsplan av entreprenören. Kontrollen utökas under tertial 3."),
    ("3.4", "Upphandling av entreprenader",
     "Risk att ändrings- och tilläggsarbeten i byggentreprenader beställs utan skriftlig beställning och godkännande av behörig person.",
     9,
     "Genomgång av ÄTA-arbeten i tre pågående entreprenader, med kontroll av att varje beställning är skriftlig och godkänd enligt delegationsordningen.",
     "Delvis",
     "Av 64 ÄTA-arbeten saknade nio en skriftlig beställning; samtliga gällde ombyggnaden av Norra skolan. Projektledarna har fått förnyad information om rutinen."),
    ("3.5", "Fakturering av VA-avgifter",
     "Risk att anläggningsavgifter för vatten och avlopp inte debiteras när nya fastigheter ansluts till det kommunala ledningsnätet.",
     8,
     "Avstämning av förbindelsepunkter som tagits i bruk under perioden mot debiterade anläggningsavgifter.",
     "Ja",
     "Samtliga 23 nya anslutningar hade debiterats rätt anläggningsavgift enligt VA-taxan."),
    ("3.6", "Delegationsbeslut",
     "Risk att beslut som fattas på delegation inte anmäls till nämnden, så att nämnden saknar insyn och besluten inte vinner laga kraft.",
     8,
     "Jämförelse mellan beslut registrerade i diarie- och ärendehanteringssystemen och delegationslistor som anmälts till nämnden.",
     "Ja",
     "Alla 1 132 delegationsbeslut under perioden hade anmälts till nämnden. Rutinen fungerar väl."),
    ("3.7", "Informationssäkerhet",
     "Risk att behörigheter till kartsystem och ärendehanteringssystem inte tas bort när medarbetare slutar eller byter tjänst, så att obehöriga kan ta del av skyddade uppgifter.",
     12,
     "Jämförelse mellan aktiva användarkonton och personalsystemets uppgifter om avslutade anställningar.",
     "Delvis",
     "Sju konton tillhörde personer som slutat; de har stängts. En automatisk koppling till personalsystemet införs under hösten."),
]


def html():
    blocks = []
    for num, proc, risk, val, ctrl, fp, comm in ITEMS:
        vals = [risk, str(val), ctrl, fp, comm]
        ps = "".join(f'<p class="rec"><span class="lbl">{esc(lab)}:</span> {esc(v)}</p>'
                     for (lab, _), v in zip(LABELS, vals))
        blocks.append(f'<section class="risk"><h3>{num} {esc(proc)}</h3>{ps}</section>')
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{plain(TITLE)}</title>
<style>
@page {{ size: A4; margin: 22mm 25mm 22mm 25mm; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: "Liberation Serif", serif; font-size: 10.5pt; color: #000; line-height: 1.3; }}
.org {{ font-family: "DejaVu Sans", sans-serif; font-size: 9pt; color: #00594f; text-transform: none; }}
h1 {{ font-family: "DejaVu Sans", sans-serif; font-size: 16pt; font-weight: normal; color: #00594f; margin: 1mm 0 6mm 0; }}
h2 {{ font-family: "DejaVu Sans", sans-serif; font-size: 12pt; color: #00594f; margin: 6mm 0 2mm 0; }}
h3 {{ font-family: "DejaVu Sans", sans-serif; font-size: 10.5pt; color: #00594f; margin: 5mm 0 1.5mm 0; break-after: avoid; }}
p {{ margin: 0 0 2mm 0; text-align: justify; hyphens: manual; }}
p.rec {{ margin: 0 0 1.2mm 0; }}
.lbl {{ font-family: "DejaVu Sans", sans-serif; font-weight: bold; font-size: 9pt; }}
.risk {{ border-left: 1.2mm solid #cfe3df; padding-left: 3mm; margin-bottom: 3mm; width: 112mm; }}
</style></head>
<body>
<div class="org">{esc(ORGAN)}</div>
<h1>{esc(TITLE)}</h1>
<h2>1 Inledning</h2>
<p>{esc("Nämnden ska enligt kommunens riktlinjer för intern kontroll följa upp sin internkontrollplan tre gånger per år. Denna rapport redovisar uppföljningen per den 31 augusti 2025 (T2) av de kontroller som planen anger.")}</p>
<h2>2 Riskanalys</h2>
<p>{esc("I nämndens riskanalys inför 2025 bedömdes 19 risker. Sju av dessa bedöms som kritiska och har förts in i internkontrollplanen med en kontroll var. Riskvärdet är sannolikhet gånger konsekvens på en skala från 1 till 16.")}</p>
<p>{esc("Tre av kontrollerna följer planen, tre följer den delvis och en följer den inte.")}</p>
<h2>3 Uppföljning per process</h2>
{''.join(blocks)}
<h2>4 Samlad bedömning</h2>
<p>{esc("Förvaltningen bedömer att den interna kontrollen är tillräcklig inom detaljplanering, VA-avgifter och delegationsbeslut. Bristerna inom vinterväghållningen och bygglovshanteringen följs upp särskilt i tertialrapport 3.")}</p>
</body></html>
"""


STREAMS = {"text": dict()}


def expected():
    out = []
    for num, proc, risk, val, ctrl, fp, comm in ITEMS:
        rec = record(proc, risk, risk_value=val, controls=ctrl, follows_plan=fp, comment=comm)
        out.append((rec, [("text", proc), ("text", risk), ("text", str(val)), ("text", ctrl),
                          ("text", fp), ("text", comm)]))
    return out
