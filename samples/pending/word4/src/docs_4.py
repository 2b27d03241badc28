"""Word report 4: Renhållningsnämnden, delår 2024 (per 30 juni). **An icon column first**:
its header is a flag symbol "⚑" and its cells hold one status symbol each, in colour,
set in DejaVu Sans ("✔" green, "◐" amber, "✘" red, "○" grey), explained by a legend
line under the table; there is no other Följer plan column. **Merged group header cells**
over two header rows: "Riskbedömning" over Sannolikhet / Konsekvens / Riskvärde and
"Uppföljning" over Kontrollmoment / Resultat; the other header cells span both rows. Counts
in parentheses ("totalt 19 risker (varav 8 kritiska)")."""

from holdout_model import P, Page
from word_report import COV, C, Grid, ReportDoc, rec

ORGAN = "Renhållningsnämnden"
TITLE = "Renhållningsnämnden – delårsuppföljning av internkontrollplanen 2024"
SYMBOL = {"Ja": ("✔", "#00B050"), "Delvis": ("◐", "#C55A11"), "Nej": ("✘", "#C00000"),
          None: ("○", "#7F7F7F")}

# answer, process, risk, S, K, kontrollmoment, resultat
RISKS = [
    ("Ja", "Avfallstaxa", "Risk att fastigheter som har hämtning av hushållsavfall inte "
     "debiteras enligt taxan.", 3, 4,
     "Samkörning av abonnentregistret med fastighetsregistret och hämtlistorna.",
     "Samkörningen visade 23 fastigheter utan abonnemang; de har fakturerats retroaktivt."),
    ("Delvis", "Insamlingsentreprenad", "Risk att entreprenörens missade hämtningar inte "
     "leder till vite enligt avtalet.", 3, 3,
     "Månadsvis genomgång av kundtjänstens ärenden om missad hämtning och jämförelse med "
     "avtalets vitesnivåer.",
     "Genomgången är gjord för januari–april. Vite på 38 000 kronor har debiterats; maj "
     "och juni gås igenom i augusti."),
    ("Ja", "Återvinningscentraler", "Risk att kortbetalningar för avgiftsbelagt avfall på "
     "återvinningscentralerna inte stäms av mot kassasystemet.", 2, 3,
     "Avstämning av kortterminalernas dagsrapporter mot kassasystemet en vecka per "
     "månad.", "Inga differenser."),
    ("Nej", "Farligt avfall", "Risk att farligt avfall transporteras från "
     "återvinningscentralerna utan korrekta transportdokument.", 2, 4,
     "Granskning av transportdokumenten för samtliga borttransporter av farligt avfall "
     "under första halvåret.",
     "Transportdokument saknades för 4 av 31 transporter. Rutinen har skärpts och "
     "personalen har fått ADR-utbildning."),
    ("Ja", "Deponi och vågsystem", "Risk att vägningar på avfallsanläggningen ändras i "
     "efterhand utan spårbarhet.", 2, 4,
     "Uttag av ändringsloggen i vågsystemet och kontroll av att varje ändring har en "
     "dokumenterad orsak.",
     "Elva ändringar gjordes under perioden, alla med dokumenterad orsak och attest."),
    (None, "Upphandling", "Risk att tjänster för slamtömning köps utan avtal efter att "
     "det gamla avtalet har löpt ut.", 3, 3,
     "Kontroll av att alla fakturor för slamtömning efter den 1 april avser det nya "
     "avtalet.", "Det nya avtalet började gälla den 1 juni. Kontrollen görs i september."),
    ("Ja", "Arbetsmiljö", "Risk att backningsolyckor inträffar vid hämtning i områden där "
     "fordonen måste backa.", 2, 4,
     "Uppföljning av att alla backningsställen i hämtområdena har riskbedömts.",
     "Samtliga 46 backningsställen är riskbedömda; åtta har fått nya vändplaner."),
    ("Delvis", "Dataskydd", "Risk att uppgifter i abonnentregistret lämnas ut till fel "
     "mottagare vid utskick om ändrade hämtdagar.", 2, 3,
     "Stickprov på två massutskick och kontroll av adressurvalet.",
     "Ett utskick är kontrollerat utan anmärkning. Det andra ersattes av sms och "
     "kontrolleras efter sommaren."),
]

WIDTHS = [0.8, 2.3, 4.0, 1.5, 1.5, 1.4, 3.0, 2.5]  # 17.0 cm


def rhn2024():
    page = Page(21.0, 29.7, 2.2, 2.0, 2.0, 2.0)
    head = [
        [C("⚑", rows=2, align="center", font="DejaVu Sans", valign="bottom"),
         C("Process", rows=2, valign="bottom"), C("Risk", rows=2, valign="bottom"),
         C("Riskbedömning", cols=3, align="center"), COV, COV,
         C("Uppföljning", cols=2, align="center"), COV],
        [COV, COV, COV, C("Sannolikhet", align="center"), C("Konsekvens", align="center"),
         C("Riskvärde", align="center"), C("Kontrollmoment"), C("Resultat")],
    ]
    rows, records = [], []
    for i, (ans, proc, risk, s, k, ctrl, res) in enumerate(RISKS, 1):
        sym, col = SYMBOL[ans]
        rows.append((i, [C(sym, align="center", font="DejaVu Sans", color=col, size=10.0),
                         C(proc), C(risk), C(str(s), align="center"),
                         C(str(k), align="center"), C(str(s * k), align="center"), C(ctrl),
                         C(res)]))
        records.append(rec(process=proc, risk=risk, probability=s, consequence=k,
                           risk_value=s * k, controls=ctrl, comment=res, follows_plan=ans))
    blocks = [
        P(TITLE, "Title"),
        P("Uppföljning per 30 juni 2024 · Dnr RHN 2024/0153", "Subtitle"),
        P("Inledning", "H1"),
        P("Renhållningsnämnden ansvarar för insamling och behandling av hushållsavfall i "
          "kommunen. Nämnden antog internkontrollplanen för 2024 i januari och följer upp "
          "den två gånger per år. Den här uppföljningen avser perioden januari–juni."),
        P("Riskanalys", "H1"),
        P("Riskanalysen omfattar totalt 19 risker (varav 8 kritiska). De kritiska riskerna "
          "har ett riskvärde på 6 eller högre, beräknat som sannolikhet gånger konsekvens "
          "på en skala från 1 till 4, och följs upp med kontrollmoment i planen."),
        P("Uppföljning av kontrollerna", "H1"),
        P("Tabell 1. Kritiska risker och uppföljning per 30 juni 2024", "Caption"),
        Grid("Tabell 1", WIDTHS, head, rows, rule="0.5pt solid #70AD47",
             header_fill="#E2EFD9", header_valign="bottom", size=8.5,
             font="Liberation Sans", pad=0.15, pad_v=0.03),
        P("⚑ Status: ✔ genomförd enligt plan · ◐ delvis genomförd · ✘ inte genomförd · "
          "○ pågår eller ej påbörjad.", "Small"),
        P("Bedömning", "H1"),
        P("Fyra av åtta kontroller är genomförda enligt plan och två delvis. Kontrollen av "
          "transportdokument för farligt avfall visar brister som nämnden följer upp i "
          "helårsuppföljningen. Kontrollen av slamtömningsavtalet görs i september."),
    ]
    return ReportDoc(
        name="rhn2024_icon_status_column_group_header",
        blocks=blocks, page=page, font="Liberation Sans", body_size=10.0,
        heading_color="#375623",
        footer="Renhållningsnämnden – delårsuppföljning 2024 – {page}/{pages}",
        footer_align="right",
        organ=ORGAN, year=2024, period="delår", title=TITLE,
        risks_inventoried=19, risks_critical=8,
        columns=[{"header": "⚑", "field": "follows_plan"},
                 {"header": "Process", "field": "process"},
                 {"header": "Risk", "field": "risk"},
                 {"header": "Sannolikhet", "field": "probability"},
                 {"header": "Konsekvens", "field": "consequence"},
                 {"header": "Riskvärde", "field": "risk_value"},
                 {"header": "Kontrollmoment", "field": "controls"},
                 {"header": "Resultat", "field": "comment"}],
        records=records, grids=("Tabell 1",),
    )
