"""Report 4, one quirk: comment cells with bulleted lists, as the planning system's rich-text
comment field prints them (an HTML <ul>; Chromium draws the disc markers as small filled
shapes, so no bullet character is in the text): four of seven comments hold a lead-in
paragraph, a list of two or three items and in three of them a closing paragraph. Period
"Bokslut 2024" in the title; the counts in digits and a number word with last year's figures
in parentheses ("23 risker (2023: 27), varav sju ... (2023: tio)"). Vatten- och
miljönämnden, helår 2024.
"""
from c11 import esc, h, p, page, paras, record, streams, table

NAME = "vmn2024_bulleted_comments_bokslut_last_year"
ORGAN = "Vatten- och miljönämnden"
TITLE = "Bokslut 2024 – uppföljning av intern kontroll"
META = {"organ": ORGAN, "year": 2024, "period": "helår", "title": TITLE,
        "risks_inventoried": 23, "risks_critical": 7}

COLS = [
    ("Process", "process", 24, "left"),
    ("Risk", "risk", 36, "left"),
    ("Riskvärde", "risk_value", 14, "center"),
    ("Kontrollmoment", "controls", 34, "left"),
    ("Ansvarig", None, 22, "left"),
    ("Följer plan", "follows_plan", 14, "center"),
    ("Kommentar", "comment", 42, "left"),
]
COLUMNS = [(hd, f) for hd, f, _, _ in COLS]
LEFT_MM = 12
BODY = "#14243a"
NAVY = "#1d4e89"

# A comment is a string (one paragraph) or a list of blocks: a string is a paragraph, a list
# of strings is a bulleted list.
RISKS = [
    dict(proc="VA-debitering",
         risk="Risk att brukningsavgifter för vatten och avlopp debiteras fel när mätare byts eller fastigheter byter ägare.",
         rv=12,
         ctrl="Stickprov på 40 mätarbyten och 20 ägarbyten som jämförs med debiteringen i kundsystemet.",
         resp="Kundtjänstchef", fp="Delvis",
         comment=["Stickprovet visade tre fel:",
                  ["två mätarbyten där slutavläsningen av den gamla mätaren saknades",
                   "ett ägarbyte där den tidigare ägaren debiterades i två månader efter tillträdet"],
                  "Felen är rättade och kunderna har fått kreditfakturor."]),
    dict(proc="Dricksvatten",
         risk="Risk att provtagning av dricksvatten inte görs enligt provtagningsprogrammet, så att avvikande vattenkvalitet upptäcks för sent.",
         rv=12,
         ctrl="Genomgång av provtagningsprotokoll för vattenverken och ledningsnätet mot det fastställda provtagningsprogrammet.",
         resp="Driftchef vattenverk", fp="Ja",
         comment="Samtliga 146 planerade prov togs. Ett prov i Norrviken visade otjänligt vatten, och en kokningsrekommendation gällde i fyra dygn."),
    dict(proc="Miljötillsyn",
         risk="Risk att planerad tillsyn av miljöfarliga verksamheter inte genomförs, så att brister inte upptäcks och tillsynsavgifter uteblir.",
         rv=9,
         ctrl="Uppföljning av genomförda tillsynsbesök mot nämndens tillsynsplan.",
         resp="Enhetschef miljö", fp="Nej",
         comment=["Av 118 planerade tillsynsbesök genomfördes 81. Orsakerna var:",
                  ["två vakanta inspektörstjänster under våren",
                   "prioritering av klagomålsärenden om buller och lukt",
                   "fler ansökningar om enskilda avlopp än beräknat"],
                  "Besöken som inte genomfördes läggs först i tillsynsplanen för 2025."]),
    dict(proc="Avgiftshantering",
         risk="Risk att timavgifter för handläggning av tillståndsärenden inte debiteras.",
         rv=9,
         ctrl="Jämförelse mellan tidrapporterad handläggningstid och fakturerade timavgifter för 30 ärenden.",
         resp="Administrativ chef", fp="Ja",
         comment="Alla 30 ärenden var rätt fakturerade."),
    dict(proc="Upphandling",
         risk="Risk att entreprenader för ledningsförnyelse ändras och utökas genom ÄTA-arbeten utan beslut i rätt ordning.",
         rv=12,
         ctrl="Granskning av beslut om ÄTA-arbeten över 200 000 kronor i tre pågående entreprenader.",
         resp="Projektchef VA", fp="Delvis",
         comment=["Granskningen gav följande resultat:",
                  ["Sju av nio ÄTA-beslut var fattade av behörig beställare.",
                   "Två beslut i Strandvägsprojektet fattades av byggledaren i efterhand.",
                   "Samtliga ÄTA-arbeten fanns dokumenterade i byggmötesprotokollen."]]),
    dict(proc="Slamtömning",
         risk="Risk att slamtömning av enskilda avlopp inte utförs enligt tömningsschemat, med risk för utsläpp till sjöar och vattendrag.",
         rv=8,
         ctrl="Jämförelse av entreprenörens tömningsrapporter mot kommunens tömningsregister.",
         resp="Avfallsingenjör", fp="Ja",
         comment="Entreprenören tömde 2 312 av 2 330 anläggningar enligt schemat. De övriga 18 tömdes inom två veckor."),
    dict(proc="Informationssäkerhet",
         risk="Risk att styrsystemet för vattenverk och pumpstationer utsätts för intrång via leverantörernas fjärråtkomst.",
         rv=16,
         ctrl="Genomgång av leverantörskonton med fjärråtkomst och av loggen över inloggningar.",
         resp="IT-samordnare", fp="Delvis",
         comment=["Kontrollen visade att",
                  ["fyra leverantörskonton saknade tvåfaktorsautentisering",
                   "ett konto tillhörde en leverantör vars avtal hade upphört"],
                  "Kontona är åtgärdade och en ny rutin för fjärråtkomst gäller från 2025-01-15."]),
]


def comment_html(c):
    if isinstance(c, str):
        return paras(c)
    out = []
    for block in c:
        if isinstance(block, str):
            out.append(f"<p>{esc(block)}</p>")
        else:
            out.append("<ul>" + "".join(f"<li>{esc(i)}</li>" for i in block) + "</ul>")
    return "".join(out)


def comment_text(c):
    """The comment as one text: paragraphs and list items joined with one space."""
    if isinstance(c, str):
        return c
    parts = []
    for block in c:
        parts.extend([block] if isinstance(block, str) else block)
    return " ".join(parts)


def cells(r):
    return [r["proc"], r["risk"], str(r["rv"]), r["ctrl"], r["resp"], r["fp"], r["comment"]]


def cell_html(k, t):
    return comment_html(t) if k == 6 else paras(t)


CSS = f"""
body {{ font-family: P052, serif; font-size: 10.4pt; color: #1e1e1e; line-height: 1.36; }}
.org {{ font-family: "Liberation Sans", sans-serif; font-size: 9.5pt; letter-spacing: 0.04em;
  color: {NAVY}; font-weight: bold; margin: 0 0 1.5mm 0; }}
h1 {{ font-family: "Liberation Sans", sans-serif; font-size: 18pt; color: {NAVY}; margin: 0 0 1.5mm 0; line-height: 1.2; }}
.meta {{ font-family: "Liberation Sans", sans-serif; font-size: 8.5pt; color: #5a6470; margin: 0 0 5mm 0; }}
h2 {{ font-family: "Liberation Sans", sans-serif; font-size: 11.5pt; color: {NAVY}; margin: 4mm 0 1.2mm 0;
  break-after: avoid; }}
p {{ margin: 0 0 2.2mm 0; text-align: justify; }}
table {{ border-collapse: collapse; table-layout: fixed; font-family: "Liberation Sans", sans-serif;
  font-size: 8.2pt; line-height: 1.22; margin: 2mm 0 4mm 0; }}
th, td {{ border: 0.22mm solid #a9bcd3; padding: 1.1mm 1.3mm; vertical-align: top; text-align: left; color: {BODY}; }}
th {{ background: #e4ecf6; color: {NAVY}; font-weight: bold; vertical-align: bottom; border-bottom: 0.5mm solid {NAVY}; }}
td p {{ text-align: left; }}
td ul {{ margin: 0.6mm 0 0.8mm 0; padding-left: 3.6mm; }}
td li {{ margin: 0 0 0.3mm 0; }}
"""


def html():
    tab = table(COLS, [cells(r) for r in RISKS], cell_html=cell_html)
    body = f"""
<div class="org">{esc(ORGAN)}</div>
<h1>{esc(TITLE)}</h1>
<div class="meta">{esc("Samhällsbyggnadsförvaltningen, avdelningarna Vatten och avlopp samt Miljö · Dnr VMN 2025/0027 · 2025-02-04")}</div>
{h(2, "Inledning")}
{p("Nämnden följer varje år upp sin internkontrollplan i samband med bokslutet. Uppföljningen omfattar hela verksamhetsåret 2024 och redovisas för kommunstyrelsen som en del av nämndens bokslutsdokument.")}
{h(2, "Risker i internkontrollplanen")}
{p("I riskanalysen inför 2024 inventerades 23 risker (2023: 27), varav sju bedömdes som kritiska (2023: tio) och ingår i internkontrollplanen. En risk är kritisk när riskvärdet, produkten av sannolikhet och konsekvens på en skala från 1 till 4, är 8 eller högre.")}
{h(2, "Resultat av kontrollerna")}
{tab}
{h(2, "Samlad bedömning")}
{p("Tre av kontrollerna visar att planen följs, tre att den följs delvis och en att den inte följs. Den eftersatta miljötillsynen är den största bristen, och nämnden har beslutat att tillsynsplanen för 2025 ska prioritera de verksamheter som inte besöktes under 2024. Bristerna i leverantörernas fjärråtkomst är åtgärdade.")}
{p("Förvaltningen bedömer att den interna kontrollen i övrigt har varit tillräcklig.")}
"""
    return page(title=f"{ORGAN} – {TITLE}", css=CSS, body=body,
                margins=(14, LEFT_MM, 15, LEFT_MM),
                boxes={"bottom-left": "Solvik kommun · Vatten- och miljönämnden · Bokslut 2024",
                       "bottom-right": ("css", 'counter(page) " / " counter(pages)')},
                box_font='7.5pt "Liberation Sans"', box_colour="#5a6470")


STREAMS = streams(COLS, LEFT_MM, BODY)


def expected():
    out = []
    for r in RISKS:
        rec = record(r["proc"], r["risk"], risk_value=r["rv"], controls=r["ctrl"],
                     follows_plan=r["fp"], comment=comment_text(r["comment"]),
                     extra={"Ansvarig": r["resp"]})
        row = cells(r)
        row[6] = comment_text(r["comment"])
        out.append((rec, list(enumerate(row))))
    return out
