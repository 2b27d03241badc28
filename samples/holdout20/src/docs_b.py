"""Holdout20 document B: Omsorgs- och arbetsmarknadsnämnden, an A4 landscape risk table with
horizontal rules only whose Riskvärde column prints the value with a level word in mixed
forms ("Hög (12)", "Medel (6)", "12 – Hög", "Låg 3") and whose Följer plan column holds
answers with additions ("Ja, delvis", "Nej – se kommentar", "Ja.")."""

from h20kit import H20Table
from holdout_model import Col, Doc, P, Page

OAN_ROWS = [
    {"process": "Ekonomiskt bistånd",
     "risk": "Risk att ekonomiskt bistånd betalas ut till personer som samtidigt har "
             "inkomster eller ersättningar från andra myndigheter, eftersom uppgifter från "
             "Försäkringskassan och a-kassan inte alltid hämtas före beslut.",
     "value": "Hög (12)",
     "controls": "Stickprov på 30 beslut om försörjningsstöd per månad, där handläggningen "
                 "jämförs med uppgifterna i SSBTEK vid beslutstillfället.",
     "follows": "Ja, delvis",
     "comment": "I 27 av 30 ärenden hade uppgifterna hämtats före beslut. I tre ärenden "
                "gjordes kontrollen först efter utbetalningen; ett återkrav på 8 900 kronor "
                "har beslutats och rutinen har förtydligats för nyanställda handläggare."},
    {"process": "Arbetsmarknadsinsatser",
     "risk": "Risk att deltagare i kommunala arbetsmarknadsanställningar saknar en "
             "dokumenterad handlingsplan, så att insatsen inte leder vidare till arbete eller "
             "studier.",
     "value": "Medel (6)",
     "controls": "Genomgång av akterna för samtliga deltagare som påbörjade en "
                 "arbetsmarknadsanställning under perioden.",
     "follows": "Nej – se kommentar",
     "comment": "Handlingsplan saknades för 11 av 42 deltagare. Arbetsmarknadsenheten har "
                "infört en mall i verksamhetssystemet och en påminnelse efter tre veckor; "
                "kontrollen görs om i november."},
    {"process": "Hemtjänst",
     "risk": "Risk att utförd tid i hemtjänsten registreras felaktigt i "
             "planeringssystemet, så att brukare debiteras för fel antal timmar och "
             "ersättningen till utförarna blir fel.",
     "value": "12 – Hög",
     "controls": "Avstämning av registrerad tid mot besöksloggar från de digitala "
                 "låsen för två veckor i mars och två veckor i juni.",
     "follows": "Ja.",
     "comment": "Avvikelserna var små och förklarades av dubbelbemannade besök. Ingen "
                "brukare hade debiterats för mer tid än som utförts."},
    {"process": "Hantering av enskildas medel",
     "risk": "Risk att enskilda brukares fickpengar och kontanter som förvaras på "
             "boendet blandas ihop, eftersom kassaboken förs för hand.",
     "value": "Låg 3",
     "controls": "Oanmäld kontroll av handkassorna på två gruppboenden och jämförelse med "
                 "kassaböckerna och kvittona.",
     "follows": "Ja",
     "comment": "Kassorna stämde på båda boendena. Kontrollen behålls trots det låga "
                "riskvärdet, eftersom det gäller enskildas egna medel."},
    {"process": "Läkemedelshantering",
     "risk": "Risk att läkemedel i de särskilda boendena ges utan aktuell ordination eller "
             "att narkotikaklassade läkemedel inte kvitteras enligt gällande rutin.",
     "value": "Hög (16)",
     "controls": "Egenkontroll av läkemedelsförråden och av signeringslistorna på samtliga "
                 "sex särskilda boenden, genomförd av medicinskt ansvarig sjuksköterska.",
     "follows": "Ja, delvis",
     "comment": "På fyra av sex boenden var hanteringen korrekt. På två boenden saknades "
                "kvittering av narkotikaklassade läkemedel vid 14 tillfällen; avvikelserna "
                "har utretts och personalen har fått ny utbildning."},
    {"process": "Bemanning och schemaläggning",
     "risk": "Risk att timavlönade vikarier anställs utan kontroll av "
             "belastningsregistret, trots att arbetet innebär kontakt med personer i "
             "beroendeställning.",
     "value": "Medel (8)",
     "controls": "Granskning av anställningsunderlagen för samtliga vikarier som anställdes "
                 "inför sommaren.",
     "follows": "Ja.",
     "comment": "Utdrag ur belastningsregistret hade visats upp och dokumenterats för alla "
                "58 sommarvikarier."},
    {"process": "Upphandlade utförare",
     "risk": "Risk att avtalsuppföljningen av privata utförare inom hemtjänst och daglig "
             "verksamhet inte görs som planerat, så att brister i kvaliteten inte upptäcks "
             "i tid.",
     "value": "9 – Medel",
     "controls": "Kontroll av att uppföljningsplanen för 2025 har följts och att varje "
                 "uppföljning har dokumenterats i avtalsdatabasen.",
     "follows": "Nej – se kommentar",
     "comment": "Tre av sju planerade uppföljningar hade genomförts per den 31 augusti. "
                "Övriga har skjutits fram till hösten på grund av vakanser på "
                "avtalsenheten."},
    {"process": "Dokumentation och gallring",
     "risk": "Risk att personakter inom socialtjänsten gallras för tidigt eller sparas för "
             "länge, så att uppgifter går förlorade eller behandlas i strid med lagen.",
     "value": "Låg (4)",
     "controls": "Stickprov på 20 avslutade akter i arkivet mot gallringsbeslutet och "
                 "dokumenthanteringsplanen.",
     "follows": "Ja",
     "comment": "Samtliga akter i stickprovet hade hanterats enligt gallringsbeslutet. De "
                "akter som ska bevaras för forskning var rätt märkta."},
]


def oan2025() -> Doc:
    cols = [
        Col("process", "Process", 3.0, "process", align="left"),
        Col("risk", "Risk", 5.8, "risk"),
        Col("value", "Riskvärde", 1.6, "risk_value", align="left"),
        Col("controls", "Kontrollmoment", 5.2, "controls"),
        Col("follows", "Följer plan", 2.0, "follows_plan", align="left"),
        Col("comment", "Kommentar", 8.1, "comment"),
    ]
    table = H20Table("Kontroller", cols, OAN_ROWS, rules="horizontal",
                     rule="0.5pt solid #7f7f7f", header_fill="#e7e6e6", size=9.5,
                     font="Carlito", pad=0.12, keep_rows=True, margin_top=0.15)
    blocks = [
        P("Omsorgs- och arbetsmarknadsnämnden", "Sub"),
        P("Delårsuppföljning av internkontrollplan 2025", "Title"),
        P("Nämnden fastställde internkontrollplanen för 2025 i januari. Varje risk har "
          "bedömts efter sannolikhet och konsekvens på en skala från 1 till 4, och riskvärdet "
          "är produkten av de två. I tabellen anges riskvärdet tillsammans med risknivån: låg "
          "(1–4), medel (5–9) eller hög (10–16), så som förvaltningens rapportmall skriver "
          "den."),
        P("I riskanalysen för 2025 bedömdes 26 risker. Åtta av dem ingår i "
          "internkontrollplanen och redovisas i tabellen nedan; även risker med låg nivå "
          "kontrolleras när de gäller enskildas medel eller uppgifter. Uppföljningen avser "
          "perioden januari–augusti 2025."),
        P("Resultat av kontrollerna", "H2"),
        table,
        P("Bedömning", "H2"),
        P("Den interna kontrollen bedöms i huvudsak fungera. Bristerna i handlingsplanerna "
          "för arbetsmarknadsanställningar och i avtalsuppföljningen ska vara åtgärdade före "
          "årsskiftet och redovisas i helårsuppföljningen."),
    ]
    return Doc(
        name="oan2025_values_with_level_words",
        blocks=blocks,
        page=Page(width=29.7, height=21.0, top=1.8, bottom=1.8, left=2.0, right=2.0),
        font="Carlito",
        body_size=11.0,
        cell_size=9.5,
        footer="Omsorgs- och arbetsmarknadsnämnden – delårsuppföljning 2025 – sida {page} ({pages})",
        organ="Omsorgs- och arbetsmarknadsnämnden",
        year=2025,
        period="delår",
        title="Delårsuppföljning av internkontrollplan 2025",
        risks_inventoried=26,
        risks_critical=8,
    )
