"""Holdout21 document B: Arbetslivsnämnden, an unruled risk table (one rule under the
header row, nothing else) that runs onto page 2 without repeating its header; the last row
on page 1 is cut by the page break in the middle of a hyphenated word of its Risk cell
("myndighets-" / "utövningen"), the rest of the row going on at the top of page 2."""

from h21kit import H21Table
from holdout_model import Col, Doc, P, Page

ALN_ROWS = [
    {"process": "Ekonomiskt bistånd",
     "risk": "Risk att beslut om ekonomiskt bistånd fattas av handläggare som saknar "
             "delegation, eftersom delegationsordningen inte har uppdaterats efter "
             "omorganisationen av mottagningsenheten.",
     "value": "12",
     "controls": "Stickprov på 40 beslut om ekonomiskt bistånd, där beslutsfattaren "
                 "jämförs med gällande delegationsordning.",
     "follows": "Ja",
     "comment": "Samtliga 40 beslut var fattade av behörig handläggare. "
                "Delegationsordningen uppdaterades i mars."},
    {"process": "Arbetsmarknadsanställningar",
     "risk": "Risk att lönebidrag och andra anställningsstöd från Arbetsförmedlingen inte "
             "rekvireras för kommunens arbetsmarknadsanställningar, så att intäkter uteblir "
             "och verksamheten får ett underskott.",
     "value": "9",
     "controls": "Avstämning av alla pågående anställningar med stöd mot rekvisitionerna "
                 "och inbetalningarna för januari–juni.",
     "follows": "Delvis",
     "comment": "För tre av 52 anställningar hade stödet inte rekvirerats i tid. Beloppen, "
                "sammanlagt 86 400 kronor, har nu rekvirerats i efterhand."},
    {"process": "Kommunal vuxenutbildning",
     "risk": "Risk att betyg i kommunal vuxenutbildning sätts av lärare utan legitimation "
             "eller utan att betygsunderlaget dokumenteras, så att betygen kan ifrågasättas.",
     "value": "8",
     "controls": "Kontroll av legitimation för alla lärare som har satt betyg under "
                 "perioden och stickprov på 30 betygsunderlag.",
     "follows": "Ja",
     "comment": "Alla betygsättande lärare var legitimerade. Underlagen fanns för samtliga "
                "30 betyg i stickprovet."},
    {"process": "Svenska för invandrare",
     "risk": "Risk att elever i svenska för invandrare skrivs in utan att folkbokföring och "
             "rätt till utbildning kontrolleras, så att kommunen betalar för utbildning "
             "som den inte är skyldig att ge.",
     "value": "6",
     "controls": "Jämförelse mellan elevregistret och folkbokföringen för alla elever som "
                 "skrevs in under perioden.",
     "follows": "Ja",
     "comment": "Alla 118 nyinskrivna elever var folkbokförda i kommunen."},
    {"process": "Feriearbete för ungdomar",
     "risk": "Risk att ungdomar i feriearbete placeras på arbetsplatser där handledaren "
             "inte har visat upp ett utdrag ur belastningsregistret.",
     "value": "9",
     "controls": "Kontroll av att utdrag finns registrerade för samtliga handledare innan "
                 "feriearbetet börjar.",
     "follows": "Nej",
     "comment": "Utdrag saknades för sju av 64 handledare när arbetet började. Ungdomarna "
                "flyttades till andra handledare samma vecka."},
    {"process": "Anvisning till insatser",
     "risk": "Risk att deltagare anvisas till arbetsmarknadsinsatser eller får insatser "
             "avslutade utan ett skriftligt beslut, så att den enskilde inte kan överklaga "
             "beslutet och att kommunens myndighetsutövning inte går att granska i efterhand när "
             "ett ärende prövas av förvaltningsrätten eller av Inspektionen för vård och "
             "omsorg.",
     "value": "12",
     "controls": "Genomgång av 35 avslutade insatser, där det kontrolleras att ett "
                 "skriftligt beslut med besvärshänvisning finns i akten och har delgetts "
                 "deltagaren.",
     "follows": "Nej",
     "comment": "Skriftligt beslut saknades i elva av 35 ärenden. En beslutsmall med "
                "besvärshänvisning har tagits fram och införs i verksamhetssystemet i "
                "september."},
    {"process": "Upphandlade arbetsmarknadstjänster",
     "risk": "Risk att leverantörer av upphandlade arbetsmarknadstjänster fakturerar för "
             "deltagare som inte har deltagit eller för fler timmar än avtalet medger.",
     "value": "8",
     "controls": "Stickprov på 15 fakturor, som jämförs med närvarolistorna i e-tjänsten och "
                 "avtalade timpriser.",
     "follows": "Delvis",
     "comment": "Två fakturor gällde deltagare som hade avbrutit insatsen. Kreditfakturor "
                "på 12 300 kronor har kommit in."},
]


def aln2025() -> Doc:
    cols = [
        Col("process", "Process", 2.6, "process", align="left"),
        Col("risk", "Risk", 4.6, "risk"),
        Col("value", "Riskvärde", 1.5, "risk_value", align="left"),
        Col("controls", "Kontrollmoment", 3.6, "controls"),
        Col("follows", "Följer plan", 1.5, "follows_plan", align="left"),
        Col("comment", "Kommentar", 3.6, "comment"),
    ]
    table = H21Table("Kontroller", cols, ALN_ROWS, rules="none", header_fill=None,
                     head_rule="1pt solid #00566b", header_valign="bottom", size=8.5,
                     font="Liberation Sans", pad=0.1, pad_v=0.15, para_after=0.0,
                     keep_rows=False, margin_top=0.7, repeat_header=False)
    blocks = [
        P("Arbetslivsnämnden", "Sub"),
        P("Delårsrapport 2025. Uppföljning av internkontrollplanen", "Title"),
        P("Arbetslivsnämnden fastställde internkontrollplanen för 2025 i december 2024. "
          "Planen bygger på förvaltningens riskanalys, där varje risk har bedömts efter "
          "sannolikhet och konsekvens på en skala från 1 till 4. Riskvärdet är produkten "
          "av de två bedömningarna. Risker med ett riskvärde under 6 hanteras i den "
          "löpande verksamheten och följs inte upp i den här rapporten."),
        P("I riskanalysen för 2025 bedömdes 18 risker. Sju av dem har ett riskvärde på 6 "
          "eller högre och ingår i internkontrollplanen. Uppföljningen avser perioden "
          "januari–juni 2025, och kontrollerna har gjorts av enhetscheferna tillsammans "
          "med förvaltningens controller och nämndsekreterare."),
        P("Tabellen redovisar för varje risk den kontroll som har gjorts, om kontrollen "
          "har följt planen och vad den har visat. Där kontrollen har visat brister anges "
          "också vilka åtgärder som har vidtagits eller planeras. Kontrollerna av "
          "feriearbetet gjordes i juni, innan ungdomarna började, och resultatet har "
          "redovisats för nämndens arbetsutskott. Granskningen av besluten om insatser "
          "gjordes i samarbete med kommunens jurist, eftersom flera av ärendena rörde "
          "frågor om överklagande och delgivning. Riskvärdena har inte ändrats sedan planen "
          "antogs, och ingen ny risk har tillkommit under perioden. De kontroller som "
          "enligt planen görs under hösten redovisas i årsrapporten."),
        P("Kontrollerna under första halvåret", "H2"),
        table,
        P("Bedömning", "H2"),
        P("Förvaltningen bedömer att den interna kontrollen är tillräcklig inom de flesta "
          "områden. Besluten om insatser och kontrollen av handledare i feriearbetet har "
          "brister som åtgärdas under hösten och följs upp i årsrapporten."),
    ]
    return Doc(
        name="aln2025_unruled_no_repeated_header_word_cut",
        blocks=blocks,
        page=Page(top=2.0, bottom=2.0, left=1.8, right=1.8),
        font="Liberation Serif",
        body_size=10.5,
        cell_size=8.5,
        footer="Arbetslivsnämnden · Delårsrapport 2025 · {page} ({pages})",
        organ="Arbetslivsnämnden",
        year=2025,
        period="delår",
        title="Delårsrapport 2025. Uppföljning av internkontrollplanen",
        risks_inventoried=18,
        risks_critical=7,
    )
