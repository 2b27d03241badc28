"""Word report 3: Förskole- och grundskolenämnden, delårsrapport per 31 augusti 2025.
DejaVu Serif prose (Word's "Normal" margins, 2.5 cm), a risk table in Word's **"List Table 3
– Accent 2"** look (orange header, thin light-orange rules between rows only),
DejaVu Sans 7.5 pt, **ten risks over two pages** under a repeated header. **Several
numbered controls in one cell** ("1. ..." / "2. ..." as separate paragraphs); a
"Kontrollfrekvens" column; **one control not yet due, its Följer plan cell left empty**; the
counts stated **in a heading** ("26 risker, varav tio kritiska") and again in the prose."""

from holdout_model import P, Page
from word_report import C, Grid, ReportDoc, rec

ORGAN = "Förskole- och grundskolenämnden"
TITLE = "Förskole- och grundskolenämnden – delårsrapport 2025, uppföljning av intern kontroll"

# (process, risk, S, K, [kontrollmoment ...], frekvens, utfall, följer plan or None)
RISKS = [
    ("Barnsäkerhet", "Risk att barn lämnas till obehöriga vid hämtning på förskolan.", 2, 4,
     ["1. Stickprov på tio förskolor: finns aktuella hämtlistor?",
      "2. Intervju med personal om rutinen vid okänd hämtare."],
     "Två gånger per år",
     "Hämtlistor fanns på nio av tio förskolor. Rutinen var känd av all intervjuad "
     "personal.", "Delvis"),
    ("Barnsäkerhet", "Risk att lekutrustning på förskolegårdar är bristfälligt underhållen "
     "och orsakar skador.", 2, 4,
     ["1. Kontroll av att den årliga huvudbesiktningen av lekredskap är gjord.",
      "2. Uppföljning av åtgärdade anmärkningar."],
     "En gång per år",
     "Besiktningen är gjord på alla 31 förskolegårdar. 14 av 17 anmärkningar är åtgärdade.",
     "Delvis"),
    ("Elevhälsa", "Risk att anmälningar om kränkande behandling inte utreds skyndsamt.", 3,
     4,
     ["1. Genomgång av samtliga anmälningar under januari–juni: tid från anmälan till "
      "påbörjad utredning."],
     "Varje termin",
     "Av 188 anmälningar påbörjades 171 inom en vecka. 17 utredningar påbörjades senare, "
     "främst under maj.", "Delvis"),
    ("Elevhälsa", "Risk att elever med beslut om särskilt stöd saknar aktuellt "
     "åtgärdsprogram.", 3, 3,
     ["1. Stickprov på 40 elevakter på sex skolor."],
     "En gång per år",
     "38 av 40 elever hade ett åtgärdsprogram som följts upp under läsåret.", "Ja"),
    ("Skolplikt", "Risk att elever med hög frånvaro inte uppmärksammas och att "
     "vårdnadshavare inte kontaktas.", 3, 4,
     ["1. Uppföljning av frånvarorapporter per månad.",
      "2. Kontroll av att rektor har utrett frånvaron för elever över 15 procent."],
     "Varje månad",
     "Frånvaron är utredd för samtliga 62 elever med över 15 procents frånvaro.", "Ja"),
    ("Ekonomi", "Risk att skolpeng till fristående skolor betalas ut för elever som inte "
     "är folkbokförda i kommunen.", 2, 3,
     ["1. Avstämning av elevlistor från fristående skolor mot folkbokföringen."],
     "Varje månad",
     "Fyra elever var utflyttade; skolpengen har justerats från och med mars.", "Ja"),
    ("Ekonomi", "Risk att inköp av läromedel görs utanför avtal.", 3, 3,
     ["1. Stickprov på 30 fakturor för läromedel.",
      "2. Jämförelse med avtalsdatabasen."],
     "Två gånger per år",
     "Sex av 30 inköp gjordes hos leverantörer utan avtal, samtliga under 5 000 kronor.",
     "Nej"),
    ("Personal", "Risk att personal börjar arbeta innan utdrag ur belastningsregistret har "
     "visats upp.", 2, 4,
     ["1. Kontroll av 25 nyanställningar och vikarier mot anteckningen om uppvisat "
      "registerutdrag."],
     "Två gånger per år",
     "Registerutdrag fanns antecknat för samtliga 25.", "Ja"),
    ("Personal", "Risk att lärare saknar legitimation och behörighet för de ämnen och "
     "årskurser de undervisar i.", 4, 2,
     ["1. Uppföljning av tjänstefördelningen mot Skolverkets lärarlegitimationsregister."],
     "Vid läsårsstart",
     "Kontrollen görs efter att tjänstefördelningen för hösten fastställts och redovisas i "
     "oktober.", None),
    ("Dataskydd", "Risk att digitala lärplattformar används utan "
     "personuppgiftsbiträdesavtal.", 3, 3,
     ["1. Inventering av de appar och plattformar som skolorna använder.",
      "2. Kontroll av att biträdesavtal finns."],
     "En gång per år",
     "Inventeringen visade 46 tjänster, varav åtta saknade biträdesavtal. Användningen av "
     "dem har stoppats.", "Nej"),
]

HEAD = ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment",
        "Kontrollfrekvens", "Utfall", "Följer plan"]
WIDTHS = [1.6, 2.6, 1.2, 1.2, 1.0, 3.1, 1.5, 2.7, 1.1]  # 16.0 cm


def fgn2025():
    page = Page(21.0, 29.7, 2.5, 2.5, 2.5, 2.5)
    rows, records = [], []
    for i, (proc, risk, s, k, ctrls, frek, utf, fp) in enumerate(RISKS, 1):
        rows.append((i, [C(proc), C(risk), C(str(s), align="center"),
                         C(str(k), align="center"), C(str(s * k), align="center"),
                         C(list(ctrls)), C(frek), C(utf), C(fp)]))
        records.append(rec(process=proc, risk=risk, probability=s, consequence=k,
                           risk_value=s * k, controls=" ".join(ctrls), comment=utf,
                           follows_plan=fp, extra={"Kontrollfrekvens": frek}))
    blocks = [
        P(TITLE, "Title"),
        P("Delårsrapport per 31 augusti 2025 · Bilaga 3 · Dnr FGN 2025/0231", "Subtitle"),
        P("Inledning", "H1"),
        P("Nämnden ska varje år anta en plan för den interna kontrollen och följa upp den i "
          "delårsrapporten och i verksamhetsberättelsen. Denna bilaga redovisar hur "
          "kontrollerna i internkontrollplanen för 2025 har genomförts under perioden "
          "januari–augusti."),
        P("26 risker, varav tio kritiska", "H1"),
        P("Förvaltningens ledningsgrupp har tillsammans med rektorerna inventerat 26 risker "
          "inom nämndens ansvarsområde. Riskerna har bedömts efter sannolikhet och "
          "konsekvens (1–4). Tio risker har ett riskvärde på 6 eller mer och bedöms som "
          "kritiska; de följs upp med ett eller flera kontrollmoment."),
        P("Uppföljning av kontrollmomenten", "H1"),
        Grid("Kontrollmoment", WIDTHS, [HEAD], rows, rule="0.5pt solid #F4B083",
             rules="horizontal", header_fill="#ED7D31", header_color="#FFFFFF",
             head_rule="0.75pt solid #ED7D31", size=7.5, font="DejaVu Sans", pad=0.1,
             pad_v=0.04),
        P("Kontrollen av lärarlegitimationer görs först vid läsårsstarten och har därför "
          "ingen bedömning ännu."),
        P("Analys", "H1"),
        P("Fyra kontroller visar inga avvikelser, tre visar mindre brister och två visar "
          "brister som kräver åtgärder: inköp utanför avtal och saknade "
          "personuppgiftsbiträdesavtal. En kontroll är ännu inte genomförd. Förvaltningen redovisar vidtagna åtgärder i "
          "verksamhetsberättelsen."),
    ]
    return ReportDoc(
        name="fgn2025_numbered_controls_two_pages_count_heading",
        blocks=blocks, page=page, font="DejaVu Serif", body_size=10.0,
        heading_color="#C55A11",
        footer="Delårsrapport 2025 · Förskole- och grundskolenämnden · Sida {page} av "
               "{pages}", footer_align="center",
        organ=ORGAN, year=2025, period="delår", title=TITLE,
        risks_inventoried=26, risks_critical=10,
        columns=[{"header": "Process", "field": "process"},
                 {"header": "Risk", "field": "risk"},
                 {"header": "Sannolikhet", "field": "probability"},
                 {"header": "Konsekvens", "field": "consequence"},
                 {"header": "Riskvärde", "field": "risk_value"},
                 {"header": "Kontrollmoment", "field": "controls"},
                 {"header": "Kontrollfrekvens", "field": None},
                 {"header": "Utfall", "field": "comment"},
                 {"header": "Följer plan", "field": "follows_plan"}],
        records=records, grids=("Kontrollmoment",),
    )
