"""latex_socialnamnd: a follow-up report typeset by pdfTeX (babel swedish, T1, lmodern,
longtable with p{} columns and a repeated header)."""

from model import CM, Col, Doc, P, Page, Table

SN_ROWS = [
    {
        "process": "Ekonomiskt bistånd",
        "risk": "Risk att försörjningsstöd betalas ut på felaktiga grunder på grund av "
        "ofullständig utredning av inkomster och tillgångar.",
        "value": 12,
        "controls": "Stickprov på 20 akter per tertial avseende kontroll mot "
        "Försäkringskassan, Skatteverket och a-kassan via SSBTEK.",
        "actions": "Checklista för nybesök och årlig utbildning för handläggare.",
        "follows": "Ja",
        "comment": "Stickproven visade att kontrollen i SSBTEK var dokumenterad i 38 av 40 "
        "akter. I två ärenden saknades dokumentation om tillgångar; ärendena har "
        "kompletterats och handläggarna har fått återkoppling.",
    },
    {
        "process": "Barn och unga",
        "risk": "Risk att barnavårdsutredningar inte slutförs inom den lagstadgade tiden om "
        "fyra månader enligt socialtjänstlagen.",
        "value": 12,
        "controls": "Månatlig uppföljning av utredningstider i verksamhetssystemet.",
        "actions": "Beslut om förlängd utredningstid fattas i tid; extern konsultinsats vid "
        "hög arbetsbelastning.",
        "follows": "Delvis",
        "comment": "87 procent av utredningarna slutfördes inom fyra månader under perioden. "
        "Arbetsbelastningen har varit hög till följd av vakanser och ett ökat inflöde av "
        "orosanmälningar. Effekten av konsultinsatsen följs upp i tertial 3.",
    },
    {
        "process": "Placeringar",
        "risk": "Risk att placeringar på HVB och i familjehem görs utan avtal eller utanför "
        "ramavtal, med höga kostnader som följd.",
        "value": 9,
        "controls": "Genomgång av samtliga nya placeringar och jämförelse med "
        "ramavtalsleverantörerna.",
        "actions": "Placeringsteamet granskar varje placering innan beslut fattas.",
        "follows": "Ja",
        "comment": "Av 23 nya placeringar under perioden gjordes 21 inom ramavtal. Två akuta "
        "placeringar gjordes utanför avtal; motiveringen finns dokumenterad i akten.",
    },
    {
        "process": "Missbruks- och beroendevård",
        "risk": "Risk att samordnade individuella planer (SIP) inte upprättas för klienter med "
        "samsjuklighet, vilket försvårar samverkan med hälso- och sjukvården.",
        "value": 8,
        "controls": "Granskning av tio akter per tertial.",
        "actions": "Gemensam rutin med regionens beroendemottagning; officiella "
        "samverkansmöten varje månad.",
        "follows": "Ja",
        "comment": "SIP fanns i sju av tio granskade akter. I de tre övriga hade klienten "
        "avböjt, vilket är dokumenterat.",
    },
    {
        "process": "Familjerätt",
        "risk": "Risk att utredningar om vårdnad, boende och umgänge inte kommuniceras med "
        "parterna innan yttrandet lämnas till tingsrätten.",
        "value": 9,
        "controls": "Stickprov på fem avslutade utredningar per tertial.",
        "actions": "Mallen för yttranden kompletteras med en kontrollpunkt för "
        "kommunicering.",
        "follows": "Nej",
        "comment": "Stickprovet har inte genomförts eftersom familjerättssekreteraren varit "
        "tjänstledig. Mallen är uppdaterad men kontrollen flyttas till tertial 3.",
    },
    {
        "process": "Informationssäkerhet",
        "risk": "Risk att sekretessbelagda uppgifter skickas med okrypterad e-post eller "
        "lämnas ut till obehörig.",
        "value": 12,
        "controls": "Stickprov i e-postloggar och genomgång av incidentrapporter.",
        "actions": "Införande av säker e-post och utbildning i offentlighets- och "
        "sekretesslagen.",
        "follows": "Delvis",
        "comment": "Säker e-post infördes 2023-06-01. Under perioden rapporterades fyra "
        "incidenter, varav två anmäldes till IMY. Utbildningen i offentlighets- och "
        "sekretesslagen genomförs i oktober för samtliga medarbetare.",
    },
]

TITLE = "Uppföljning av internkontrollplan 2023, tertial 2 – Socialnämnden"


def latex_doc() -> Doc:
    table = Table("Risker", [
        Col("process", "Process", 2.3, "process"),
        Col("risk", "Risk", 2.9, "risk"),
        Col("value", "Riskvärde", 1.3, "risk_value"),
        Col("controls", "Kontrollmoment", 2.5, "controls"),
        Col("actions", "Åtgärder", 2.3, "handling"),
        Col("follows", "Följer plan", 1.3, "follows_plan"),
        Col("comment", "Kommentar", 2.9, "comment"),
    ], SN_ROWS, risk=True)
    blocks = [
        P(TITLE, "Title"),
        P("Inledning", "H1"),
        P("Socialnämnden ansvarar för att den interna kontrollen är tillräcklig och att "
          "verksamheten bedrivs effektivt och i enlighet med lagar, föreskrifter och "
          "fullmäktiges beslut. Den officiella uppföljningen av internkontrollplanen görs "
          "efter varje tertial."),
        P("Riskanalys", "H1"),
        P("I socialnämndens riskanalys inför 2023 bedömdes 24 risker, varav sex som kritiska. "
          "De kritiska riskerna flyttas inte till annan planering utan följs upp i tabellen "
          "nedan. Uppföljningen avser perioden 2023-05-01 till 2023-08-31."),
        table,
        P("Bedömning", "H1"),
        P("Förvaltningen bedömer att den interna kontrollen i huvudsak fungerar. Bristerna "
          "inom familjerätten och informationssäkerheten åtgärdas under tertial 3, och "
          "effekterna redovisas i helårsuppföljningen."),
    ]
    return Doc(
        name="latex_socialnamnd",
        blocks=blocks,
        page=Page(21.0, 29.7, 2.5, 2.5, 2.0, 2.0),
        body_size=11,
        cell_size=9,
        running_header="Socialnämnden – tertialuppföljning 2023",
        footer="Sida {page} av {pages}",
        organ="Socialnämnden",
        year=2023,
        period="tertial",
        title=TITLE,
        risks_inventoried=24,
        risks_critical=6,
        made="pdflatex (TeX Live): article, [swedish]{babel}, [T1]{fontenc}, lmodern, "
        "geometry, fancyhdr + lastpage (\"Sida N av M\"), a longtable with seven narrow "
        "justified p{} columns (9 pt, \\hspace{0pt} before each cell so the first word can "
        "hyphenate), vertical and horizontal rules, \\endhead repeating the header.",
        tests="A second typesetter: no space characters (words only separated by gaps), "
        "ligature glyphs (fi, ff, fl, ffi), TeX hyphenation in cells and headers, a row "
        "crossing the page break under the repeated header; period \"tertial\".",
    )


# ---------------------------------------------------------------------------------------------
# TeX writer

TABCOLSEP = 3.0  # pt
RULE = 0.4  # pt, \arrayrulewidth


def tex_escape(s: str) -> str:
    for a, b in (("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("$", r"\$"),
                 ("#", r"\#"), ("_", r"\_")):
        s = s.replace(a, b)
    return s


def tex_cell(value) -> str:
    if value is None:
        return ""
    return r"\hspace{0pt}" + tex_escape(str(value))


def to_tex(doc: Doc) -> str:
    pg = doc.page
    out = [
        r"\documentclass[11pt]{article}",
        r"\usepackage[T1]{fontenc}",
        r"\usepackage[utf8]{inputenc}",
        r"\usepackage[swedish]{babel}",
        r"\usepackage{lmodern}",
        rf"\usepackage[a4paper,left={pg.left}cm,right={pg.right}cm,top={pg.top}cm,"
        rf"bottom={pg.bottom}cm,headsep=0.6cm,footskip=1.0cm]{{geometry}}",
        r"\usepackage{longtable,array}",
        r"\usepackage{fancyhdr,lastpage}",
        r"\pagestyle{fancy}\fancyhf{}",
        rf"\fancyhead[L]{{\small\itshape {tex_escape(doc.running_header)}}}",
        r"\fancyfoot[C]{\small Sida \thepage\ av \pageref{LastPage}}",
        r"\renewcommand{\headrulewidth}{0pt}",
        rf"\setlength{{\tabcolsep}}{{{TABCOLSEP}pt}}",
        rf"\setlength{{\arrayrulewidth}}{{{RULE}pt}}",
        r"\setlength{\LTleft}{0pt}\setlength{\LTright}{\fill}",
        r"\setlength{\parindent}{0pt}\setlength{\parskip}{0.5\baselineskip}",
        r"\emergencystretch=1.5em",
        r"\begin{document}",
    ]
    for blk in doc.blocks:
        if isinstance(blk, P):
            t = tex_escape(blk.text)
            if blk.style == "Title":
                out.append(rf"{{\LARGE\bfseries\raggedright {t}\par}}\medskip")
            elif blk.style == "H1":
                out.append(rf"\subsection*{{{t}}}")
            else:
                out.append(t + "\n")
        elif isinstance(blk, Table):
            spec = "|" + "|".join(rf">{{\footnotesize}}p{{{c.width}cm}}" for c in blk.cols) + "|"
            head = " & ".join(rf"\bfseries\hspace{{0pt}}{tex_escape(c.header)}" for c in blk.cols)
            out.append(rf"\begin{{longtable}}{{{spec}}}")
            out.append(r"\hline " + head + r" \\ \hline \endfirsthead")
            out.append(r"\hline " + head + r" \\ \hline \endhead")
            out.append(r"\hline \endfoot")
            for row in blk.rows:
                out.append(" & ".join(tex_cell(row.get(c.key)) for c in blk.cols) + r" \\ \hline")
            out.append(r"\end{longtable}")
    out.append(r"\end{document}")
    return "\n".join(out) + "\n"


def column_xranges(doc: Doc, table: Table) -> list[tuple[float, float]]:
    """x-range (pt) of each longtable column: rule, tabcolsep, p{} width, tabcolsep."""
    x = doc.page.left * CM
    out = []
    for c in table.cols:
        x += RULE
        w = 2 * TABCOLSEP + c.width * CM
        out.append((x - 0.5, x + w + 0.5))
        x += w
    return out
