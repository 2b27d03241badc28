"""Report 3: a risk table continued over three pages in which one process cell (rowspan,
six risks) spans BOTH page breaks; rows may split across pages. The title names the nämnd in
the genitive ("Idrotts- och föreningsnämndens internkontrollplan 2023"), the line above it
names the förvaltning, not the nämnd. Counts in number words. Helår 2023.
"""
from producers.chromium_docs import esc, paras, plain, record, streams

NAME = "ifn2023_three_page_table_process_spans_two_breaks"
ORGAN = "Idrotts- och föreningsnämnden"
TITLE = "Idrotts- och föreningsnämndens internkontrollplan 2023 – uppföljning helår"
META = {"organ": ORGAN, "year": 2023, "period": "helår", "title": TITLE,
        "risks_inventoried": 31, "risks_critical": 11}

# header, field, width mm, align
COLS = [
    ("Process", "process", 24, "left"),
    ("Risk", "risk", 34, "left"),
    ("Sannolikhet", "probability", 12, "center"),
    ("Konsekvens", "consequence", 12, "center"),
    ("Riskvärde", "risk_value", 11, "center"),
    ("Kontrollmoment", "controls", 32, "left"),
    ("Följer plan", "follows_plan", 12, "center"),
    ("Kommentar", "comment", 33, "left"),
]
COLUMNS = [(h, f) for h, f, _, _ in COLS]
LEFT_MM = 20
WIDTH = sum(c[2] for c in COLS)
BODY = "#222a1e"
GREEN = "#2f6b1f"

GROUPS = [
    ("Föreningsbidrag", [
        dict(risk="Risk att föreningar i ansökan om aktivitetsstöd redovisar fler deltagartillfällen än de som faktiskt har genomförts, så att stödet blir för högt.",
             s=3, k=3, ctrl="Stickprov på närvarolistor hos 15 föreningar som jämförs med den redovisning som ligger till grund för aktivitetsstödet.",
             fp="Delvis",
             comment="Hos tolv av 15 föreningar stämde närvarolistorna med redovisningen. Hos tre föreningar saknades listor för enstaka veckor, och för en av dem var skillnaden så stor att stödet har återkrävts med 18 600 kronor.\n\nFörvaltningen har informerat samtliga föreningar om kraven på närvarolistor vid höstens föreningsträff."),
        dict(risk="Risk att lokalbidrag betalas ut för lokaler där föreningens hyresavtal har upphört eller där lokalen hyrs ut vidare.",
             s=2, k=4, ctrl="Kontroll av gällande hyresavtal för samtliga föreningar som fått lokalbidrag över 50 000 kronor.",
             fp="Ja",
             comment="Alla 22 föreningar kunde visa ett gällande hyresavtal. Ingen av lokalerna hyrdes ut vidare i strid med bidragsreglerna.\n\nTre av avtalen löper ut under 2024. Föreningarna har fått besked om att de måste lämna in de nya avtalen innan nästa utbetalning görs."),
        dict(risk="Risk att föreningar som driver egna anläggningar får anläggningsbidrag utan att anläggningen hålls öppen för allmänheten så som villkoren kräver.",
             s=3, k=3, ctrl="Besök på fem föreningsdrivna anläggningar och genomgång av deras öppettider och bokningslistor.",
             fp="Ja",
             comment="Vid alla fem besöken var anläggningarna öppna enligt de redovisade tiderna. Bokningslistorna visade att skolor och allmänhet har haft tillgång till anläggningarna.\n\nEn förening hade inte skyltat öppettiderna vid entrén, vilket den har åtgärdat efter besöket. Förvaltningen bedömer att villkoren i övrigt följs."),
        dict(risk="Risk att evenemangsbidrag beviljas för evenemang som sedan ställs in eller genomförs i mindre omfattning, utan att bidraget betalas tillbaka.",
             s=4, k=2, ctrl="Uppföljning av samtliga beviljade evenemangsbidrag mot inkomna slutredovisningar.",
             fp="Nej",
             comment="Slutredovisning saknades för sju av 19 evenemang. Två evenemang ställdes in utan att bidraget krävdes tillbaka.\n\nFörvaltningen har skickat krav på återbetalning om sammanlagt 64 000 kronor och inför en påminnelse i bidragssystemet."),
        dict(risk="Risk att samma ledarutbildning ersätts både med kommunens utbildningsbidrag och av idrottsförbundet.",
             s=2, k=4, ctrl="Jämförelse mellan beviljade utbildningsbidrag och distriktsförbundens förteckningar över utbildningar med förbundsstöd.",
             fp="Ja",
             comment="Ingen utbildning hade ersatts två gånger. Distriktsförbunden har lämnat sina förteckningar för hela året.\n\nKontrollen har tagit mer tid än beräknat eftersom förteckningarna kommer i olika format. Förvaltningen ska därför be förbunden om en gemensam mall inför 2024."),
        dict(risk="Risk att beslut om investeringsbidrag fattas av en handläggare eller ledamot som är jävig, till exempel genom uppdrag i den sökande föreningen.",
             s=3, k=4, ctrl="Genomgång av samtliga beslut om investeringsbidrag mot förteckningen över ledamöters och handläggares föreningsuppdrag.",
             fp="Ja",
             comment="Ett jävsförhållande upptäcktes före beslutet och ledamoten deltog inte i handläggningen. Övriga sju beslut hade inga jävsförhållanden.\n\nFörteckningen över föreningsuppdrag uppdateras nu två gånger per år, och nya ledamöter fyller i den när de börjar sitt uppdrag i nämnden."),
    ]),
    ("Anläggningar och bokning", [
        dict(risk="Risk att bokade tider i sporthallar och på konstgräsplaner inte faktureras, så att intäkter går förlorade.",
             s=3, k=3, ctrl="Avstämning mellan bokningssystemet och fakturerade tider för fyra slumpvis valda veckor.",
             fp="Delvis",
             comment="Under de fyra veckorna hade 31 bokningar inte fakturerats, sammanlagt 41 200 kronor. Felet i bokningssystemet är rättat."),
        dict(risk="Risk att passerkort och taggar till anläggningarna inte spärras när en förening eller ledare inte längre har rätt till tider.",
             s=3, k=3, ctrl="Jämförelse mellan aktiva passerkort och registret över föreningar och ledare med bokade tider.",
             fp="Delvis",
             comment="Av 640 aktiva kort hörde 48 till ledare utan tider. Korten har spärrats och rutinen ses över."),
    ]),
    ("Badhus och entréavgifter", [
        dict(risk="Risk att intäkter från entréavgifter och kortbetalningar i simhallens kassa inte stämmer med det som redovisas i ekonomisystemet.",
             s=2, k=4, ctrl="Månatlig avstämning av kassasystemets dagsrapporter mot bankens redovisning och bokförda intäkter.",
             fp="Ja",
             comment="Avstämningen har gjorts varje månad. Mindre differenser har förklarats av kortinlösen som bokförts dagen efter."),
    ]),
    ("Upphandling", [
        dict(risk="Risk att underhåll av konstgräsplaner köps genom direktupphandling över beloppsgränsen utan att en upphandling har gjorts.",
             s=3, k=4, ctrl="Granskning av samtliga fakturor för underhåll av konstgräs under året.",
             fp="Nej",
             comment="Inköpen från en leverantör uppgick till 812 000 kronor, över gränsen för direktupphandling. En upphandling pågår."),
    ]),
    ("Arbetsmiljö", [
        dict(risk="Risk att personal som arbetar ensam på anläggningarna under kvällar och helger inte kan larma om något händer.",
             s=3, k=4, ctrl="Kontroll av att alla som arbetar ensam har ett fungerande personlarm och har gått igenom rutinen för ensamarbete.",
             fp="Ja",
             comment="Samtliga 26 anläggningsvärdar har personlarm som testas varje månad, och alla har gått igenom rutinen under våren."),
    ]),
]


def cells(r):
    return [r["risk"], str(r["s"]), str(r["k"]), str(r["s"] * r["k"]), r["ctrl"], r["fp"], r["comment"]]


def html():
    cols = "".join(f'<col style="width:{w}mm">' for _, _, w, _ in COLS)
    head = "".join(f'<th class="{a}">{esc(h)}</th>' for h, _, _, a in COLS)
    body = []
    for proc, rows in GROUPS:
        for j, r in enumerate(rows):
            tds = []
            if j == 0:
                tds.append(f'<td class="proc" rowspan="{len(rows)}">{paras(proc)}</td>')
            for (_, _, _, a), t in zip(COLS[1:], cells(r)):
                tds.append(f'<td class="{a}">{paras(t)}</td>')
            body.append(f'<tr>{"".join(tds)}</tr>')
    intro = [
        "Idrotts- och föreningsnämnden ansvarar för kommunens idrotts- och fritidsanläggningar, simhallen och stödet till föreningslivet. Nämnden ska enligt kommunens reglemente för intern kontroll varje år anta en internkontrollplan och följa upp den vid årets slut. Uppföljningen har tagits fram av kultur- och fritidsförvaltningen.",
        "I riskanalysen inventerades trettioen risker, och elva av dem bedömdes som kritiska, det vill säga fick ett riskvärde på åtta eller mer. De elva kritiska riskerna ingår i internkontrollplanen och redovisas i tabellen nedan. Övriga risker hanteras i verksamhetens ordinarie arbete och följs upp i verksamhetsplanen.",
        "Sannolikhet och konsekvens bedöms på en skala från 1 till 4, och riskvärdet är produkten av de två. Kontrollerna har genomförts av förvaltningens controller, bidragshandläggare och anläggningschefer. Sex av riskerna gäller föreningsbidragen, som är nämndens största utgift och där kommunens revisorer påpekade brister i granskningen 2022.",
    ]
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{plain(TITLE)}</title>
<style>
@page {{ size: A4 portrait; margin: 14mm {LEFT_MM}mm 14mm {LEFT_MM}mm; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: "Liberation Sans", sans-serif; font-size: 10pt; color: #1b1b1b; }}
.forv {{ font-size: 9pt; color: #5d6b57; text-transform: uppercase; letter-spacing: 0.6pt; border-bottom: 0.3mm solid {GREEN}; padding-bottom: 1.5mm; }}
h1 {{ font-size: 15pt; margin: 4mm 0 4mm 0; color: {GREEN}; line-height: 1.2; }}
h2 {{ font-size: 11pt; margin: 5mm 0 2mm 0; color: {GREEN}; break-after: avoid; }}
p {{ margin: 0 0 2.2mm 0; line-height: 1.35; }}
table {{ border-collapse: collapse; table-layout: fixed; width: {WIDTH}mm; font-family: "DejaVu Serif", serif; font-stretch: condensed; font-size: 9.5pt; }}
th, td {{ border: 0.25mm solid #8fae82; padding: 1.4mm 1.3mm; vertical-align: top; }}
th {{ background: {GREEN}; color: #ffffff; font-family: "Liberation Sans", sans-serif; font-size: 8pt; font-weight: bold; text-align: left; vertical-align: bottom; }}
td {{ color: {BODY}; }}
td.proc {{ background: #eef4ea; font-weight: bold; }}
.center {{ text-align: center !important; }}
td.left {{ text-align: left; }}
tr {{ break-inside: auto; }}
td p {{ margin: 0 0 1.2mm 0; line-height: 1.25; }}
td p:last-child {{ margin-bottom: 0; }}
thead {{ display: table-header-group; }}
</style></head>
<body>
<div class="forv">{esc("Kultur- och fritidsförvaltningen")}</div>
<h1>{esc(TITLE)}</h1>
<h2>{esc("Bakgrund")}</h2>
{''.join(f'<p>{esc(p)}</p>' for p in intro)}
<h2>{esc("Resultat av kontrollerna")}</h2>
<table><colgroup>{cols}</colgroup>
<thead><tr>{head}</tr></thead>
<tbody>
{chr(10).join(body)}
</tbody></table>
<h2>{esc("Nämndens bedömning")}</h2>
<p>{esc("Sex kontroller följer planen, tre följer den delvis och två följer den inte. Bristerna i uppföljningen av evenemangsbidragen och i upphandlingen av underhåll av konstgräs är de allvarligaste. Båda kontrollerna finns kvar i internkontrollplanen för 2024.")}</p>
</body></html>
"""


STREAMS = streams(COLS, LEFT_MM, BODY)


def expected():
    out = []
    for proc, rows in GROUPS:
        for j, r in enumerate(rows):
            rec = record(proc, r["risk"], risk_value=r["s"] * r["k"], probability=r["s"],
                         consequence=r["k"], controls=r["ctrl"], follows_plan=r["fp"],
                         comment=r["comment"])
            cl = [(i + 1, t) for i, t in enumerate(cells(r))]
            if j == 0:
                cl = [(0, proc)] + cl
            out.append((rec, cl))
    return out
