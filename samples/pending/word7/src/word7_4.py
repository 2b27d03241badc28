"""Word report 4: Grund- och gymnasieskolenämnden, helårsuppföljning 2024. A4 landscape,
Arial-like (Liberation Sans) prose, headings #385623 numbered "1." ..., the risk table in
Word's "Plain Table 1" look (0.5 pt #BFBFBF rules, bold header, banded rows #F2F2F2),
Liberation Sans 8.5 pt, nine columns with an "Ansvarig" column. Quirk: **the risks sorted by
risk value, highest first**, so one process stands in rows that are not next to each other
(Upphandling, Elevhälsa), printed in each row."""

from holdout_model import P, Page
from word_report import C, Grid, ReportDoc, rec

ORGAN = "Grund- och gymnasieskolenämnden"
#: two lines by a manual line break after the dash, as typed in Word (Shift+Enter)
TITLE = "Grund- och gymnasieskolenämnden –\nhelårsuppföljning av internkontrollplan 2024"

# (process, risk, S, K, kontrollmoment, ansvarig, följer plan, kommentar); sorted by S × K
RISKS = [
    ("Elevhälsa",
     "Risk att anmälningar om kränkande behandling inte utreds skyndsamt och att "
     "huvudmannen inte informeras.", 4, 4,
     "Genomgång av samtliga anmälningar till huvudmannen under vårterminen och kontroll av "
     "tiden från händelse till anmälan och avslutad utredning.",
     "Verksamhetschef grundskola", "Delvis",
     "212 anmälningar. I 31 fall dröjde anmälan till huvudmannen mer än fem dagar. En "
     "digital anmälningsrutin infördes i oktober."),
    ("Upphandling",
     "Risk att skolskjuts köps utanför avtal eller att avtalets villkor inte följs upp.",
     3, 4,
     "Avstämning av fakturerade skolskjutsturer för april mot beställda turer.",
     "Skolskjutssamordnare", "Ja",
     "Fakturerade turer stämde med beställningarna."),
    ("Ekonomi",
     "Risk att interkommunala ersättningar för elever i andra kommuners skolor betalas "
     "för elever som har flyttat.", 3, 4,
     "Jämförelse av fakturerade elever med folkbokföringen per den 15 oktober.",
     "Controller", "Nej",
     "Ersättning hade betalats för nio elever som flyttat från kommunen, sammanlagt "
     "386 000 kronor. Fordringar har ställts till de berörda kommunerna."),
    ("Betyg och bedömning",
     "Risk att betyg registreras felaktigt i elevadministrationssystemet.", 3, 4,
     "Jämförelse av betygskataloger och registrerade betyg för två klasser per "
     "gymnasieprogram.",
     "Rektorer", "Ja",
     "Inga felregistreringar upptäcktes."),
    ("Elevhälsa",
     "Risk att elevhälsans journaler förs bristfälligt eller att obehöriga får åtkomst.",
     3, 3,
     "Granskning av 30 journaler och av loggar över åtkomst i journalsystemet.",
     "Verksamhetschef elevhälsa", "Ja",
     "Journalerna var förda enligt rutin. Loggkontrollen visade ingen obehörig åtkomst."),
    ("Skolplikt",
     "Risk att elever med hög frånvaro inte uppmärksammas och att skolpliktsbevakningen "
     "inte fungerar.", 3, 3,
     "Kontroll av att elever med mer än 15 procent frånvaro har en dokumenterad "
     "utredning.",
     "Rektorer", "Delvis",
     "84 av 97 elever hade en dokumenterad utredning. Uppföljningen görs nu varje månad."),
    ("Lärarlegitimation",
     "Risk att lärare utan legitimation sätter betyg utan medbedömning av legitimerad "
     "lärare.", 3, 3,
     "Jämförelse av betygsättande lärare med registret över legitimationer.",
     "HR-specialist", "Ja",
     "Alla betyg hade satts eller medbedömts av legitimerade lärare."),
    ("Upphandling",
     "Risk att läromedel och digitala licenser köps utan upphandling.", 2, 4,
     "Stickprov på 25 inköp av läromedel och licenser.",
     "Inköpssamordnare", "Delvis",
     "Fyra inköp saknade avtal. Ett ramavtal för digitala läromedel tecknades i november."),
    ("Arbetsmiljö",
     "Risk att det systematiska arbetsmiljöarbetet inte genomförs på skolorna.", 2, 4,
     "Kontroll av att varje skola har genomfört skyddsrond och årlig uppföljning.",
     "Rektorer", "Ja",
     "Samtliga 23 skolor har genomfört skyddsrond och årlig uppföljning."),
    ("Dataskydd",
     "Risk att elevers personuppgifter delas med leverantörer av digitala verktyg utan "
     "personuppgiftsbiträdesavtal.", 2, 4,
     "Genomgång av förteckningen över digitala verktyg och tecknade biträdesavtal.",
     "Dataskyddssamordnare", "Nej",
     "Sex av 41 verktyg saknade biträdesavtal. Verktygen har stängts tills avtal finns."),
]

HEAD = ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment",
        "Ansvarig", "Följer plan", "Kommentar"]
WIDTHS = [2.5, 4.6, 1.8, 1.8, 1.6, 4.6, 2.8, 1.6, 5.3]  # 26.6 cm


def ggn2024():
    page = Page(29.7, 21.0, 1.6, 1.5, 1.55, 1.55)
    rows, records = [], []
    assert [s * k for _, _, s, k, *_ in RISKS] == sorted(
        (s * k for _, _, s, k, *_ in RISKS), reverse=True)
    for i, (proc, risk, s, k, ctrl, who, fp, kom) in enumerate(RISKS, 1):
        rows.append((i, [C(proc), C(risk), C(str(s), align="center"),
                         C(str(k), align="center"), C(str(s * k), align="center", bold=True),
                         C(ctrl), C(who), C(fp), C(kom)]))
        records.append(rec(process=proc, risk=risk, probability=s, consequence=k,
                           risk_value=s * k, controls=ctrl, follows_plan=fp, comment=kom,
                           extra={"Ansvarig": who}))
    blocks = [
        P("Sjövalla kommun · Utbildningsförvaltningen", "Logo"),
        P(TITLE, "Title"),
        P("Dnr GGN 2025/0029 · Beslutad av nämnden 2025-02-18", "Subtitle"),
        P("1. Inledning", "H1"),
        P("Grund- och gymnasieskolenämnden har enligt kommunallagen och kommunens "
          "riktlinjer för intern kontroll ansvar för att följa upp sin internkontrollplan. "
          "Denna rapport redovisar uppföljningen för helåret 2024."),
        P("2. Riskinventering", "H1"),
        P("I riskinventeringen identifierades 28 risker. Tio av dem har ett riskvärde på 8 "
          "eller högre och bedöms som kritiska; de ingår i internkontrollplanen. "
          "Sannolikhet och konsekvens bedöms på en skala från 1 till 4. I tabellen "
          "redovisas riskerna i fallande ordning efter riskvärde."),
        P("3. Resultat", "H1"),
        Grid("Kontroller", WIDTHS, [HEAD], rows, rule="0.5pt solid #BFBFBF",
             zebra="#F2F2F2", size=8.5, font="Liberation Sans", pad=0.15, pad_v=0.03),
        P("4. Bedömning och åtgärder", "H1"),
        P("Fem kontroller utan avvikelser, tre med delvis avvikelser och två där planen inte "
          "har följts. De största bristerna gäller ersättningar för elever som flyttat och "
          "avtal med leverantörer av digitala verktyg. Båda kontrollerna tas med i planen för "
          "2025."),
        P("5. Förslag till beslut", "H1"),
        P("Grund- och gymnasieskolenämnden godkänner helårsuppföljningen av "
          "internkontrollplanen 2024."),
    ]
    return ReportDoc(
        name="ggn2024_landscape_sorted_by_risk_value",
        blocks=blocks, page=page, font="Liberation Sans", body_size=10.0,
        heading_color="#385623", logo_color="#385623",
        footer="Grund- och gymnasieskolenämnden – Helårsuppföljning 2024 – sida {page}",
        footer_align="left",
        organ=ORGAN, year=2024, period="helår", title=TITLE,
        risks_inventoried=28, risks_critical=10,
        columns=[{"header": h, "field": f} for h, f in zip(HEAD, (
            "process", "risk", "probability", "consequence", "risk_value", "controls", None,
            "follows_plan", "comment"))],
        records=records, grids=("Kontroller",),
    )
