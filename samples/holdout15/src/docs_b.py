"""Holdout15 document B: Barn- och skolnämnden, a ruled risk table whose first column is a
**Risk-ID** ("IK-2024-03"; the nämnd's own risks break at the narrow column's edge after the
second hyphen, "IK-2024-" / "03"; the two kommungemensamma risks "KS-12", "KS-14" fit on one
line) and whose **Riskvärde** column holds plain values ("12"), **products printed without
their result** ("4 x 3") and **values with a footnote asterisk** ("9*"), with the footnote
"* Bedömningen ändrad under året." under the table."""

from h15kit import H15Table
from holdout_model import Col, Doc, P, Page


def row(rid, process, risk, value, controls, follows, comment):
    return {"id": rid, "process": process, "risk": risk, "value": value, "controls": controls,
            "follows": follows, "comment": comment}


BSN_ROWS = [
    row("IK-2024-01", "Skolpliktsbevakning",
        "Risk att elever med omfattande frånvaro inte uppmärksammas, så att skolan inte "
        "utreder orsakerna och huvudmannen inte fullgör sitt ansvar enligt skollagen.",
        "12",
        "Uttag ur frånvarosystemet för vårterminen: elever med mer än 20 procent frånvaro och "
        "kontroll av att en utredning har inletts och anmälts till huvudmannen.",
        "Delvis",
        "Av 146 elever med hög frånvaro hade 121 en påbörjad utredning. På tre skolor saknades "
        "anmälan till huvudmannen; rektorerna har fått en påminnelse om rutinen."),
    row("IK-2024-02", "Särskilt stöd",
        "Risk att åtgärdsprogram inte upprättas eller inte följs upp för elever som har "
        "behov av särskilt stöd.",
        "4 x 3",
        "Granskning av 40 slumpvis utvalda åtgärdsprogram i grundskolan: beslut, "
        "elevens delaktighet, vårdnadshavarnas synpunkter och planerad uppföljning.",
        "Ja",
        "Samtliga 40 åtgärdsprogram var beslutade av rektor. I sju program saknades datum för "
        "uppföljning, vilket har kompletterats."),
    row("IK-2024-03", "Skolskjuts",
        "Risk att beslut om skolskjuts fattas utan att avståndet, trafikförhållandena eller "
        "elevens funktionsnedsättning har prövats enligt riktlinjerna.",
        "9*",
        "Stickprov på 30 beslut om skolskjuts och om skolskjuts vid växelvis boende: "
        "underlag, motivering och besvärshänvisning.",
        "Ja",
        "Alla beslut var motiverade och hade besvärshänvisning. Efter två överklaganden har "
        "riktlinjerna för växelvis boende förtydligats."),
    row("KS-12", "Informationssäkerhet",
        "Risk att personuppgifter om elever i skyddat boende eller med skyddad identitet röjs "
        "genom lärplattformen eller skolans webbplats.",
        "16",
        "Kontroll av att elever med skyddade personuppgifter är markerade i elevregistret och "
        "dolda i lärplattformen, skolfotograferingen och klasslistorna.",
        "Nej",
        "För två av nio elever med skyddade personuppgifter syntes namnet i lärplattformens "
        "klasslistor. Behörigheterna har ändrats och en incidentrapport har upprättats."),
    row("IK-2024-05", "Förskolans barngrupper",
        "Risk att barngruppernas storlek och personaltätheten i förskolan avviker från "
        "Skolverkets riktmärken utan att nämnden får kännedom om det.",
        "3 x 3",
        "Genomgång av barngruppernas storlek den 15 oktober på samtliga 38 förskoleenheter "
        "och jämförelse med riktmärkena.",
        "Delvis",
        "Tolv enheter hade barngrupper över riktmärket för barn i åldern 1–3 år. Rektorerna "
        "har redovisat åtgärder i kvalitetsrapporten."),
    row("IK-2024-06", "Ekonomi",
        "Risk att statsbidrag för mindre barngrupper och för lärarlönelyft återkrävs eftersom "
        "villkoren inte har följts eller redovisningen är ofullständig.",
        "12*",
        "Avstämning av rekvirerade statsbidrag mot bidragsvillkoren och mot redovisade "
        "kostnader i ekonomisystemet.",
        "Ja",
        "Redovisningarna till Skolverket lämnades i tid. Ett mindre belopp för lärarlönelyftet "
        "har betalats tillbaka efter en felaktig lönekodning."),
    row("KS-14", "Upphandling",
        "Risk att läromedel och digitala licenser köps in utan avtal eller över gränsen för "
        "direktupphandling.",
        "8",
        "Genomgång av leverantörsfakturor för läromedel och licenser under januari–juni och "
        "jämförelse med gällande ramavtal.",
        "Ja",
        "Alla köp över 100 000 kronor hade gjorts på ramavtal. Två skolor köpte licenser utan "
        "avtal för mindre belopp och har fått besked om rutinen."),
    row("IK-2024-08", "Klagomålshantering",
        "Risk att klagomål från elever och vårdnadshavare inte registreras, utreds eller "
        "besvaras inom den tid som nämndens rutin anger.",
        "6",
        "Genomgång av samtliga 57 klagomål som registrerades under första halvåret: "
        "handläggningstid, återkoppling och åtgärder.",
        "Nej",
        "Nitton klagomål besvarades senare än inom tre veckor. Klagomålen samordnas nu av en "
        "utsedd handläggare på förvaltningen."),
]


def bsn2024() -> Doc:
    cols = [
        Col("id", "Risk-ID", 1.5, None, "left"),
        Col("process", "Process", 2.3, "process", "left"),
        Col("risk", "Risk", 3.7, "risk", "left"),
        Col("value", "Riskvärde", 1.5, "risk_value", "left"),
        Col("controls", "Kontrollmoment", 3.5, "controls", "left"),
        Col("follows", "Följer plan", 1.4, "follows_plan", "left"),
        Col("comment", "Kommentar", 3.7, "comment", "left"),
    ]
    t = H15Table("Uppföljning", cols, BSN_ROWS, rule="0.75pt solid #2f5496",
                 header_fill="#dae3f3", font="Liberation Sans", size=8.5, pad=0.1,
                 margin_top=0.15)
    title = "Delårsrapport 2024: uppföljning av internkontrollplan"
    blocks = [
        P("Barn- och skolnämnden", "Sub"),
        P(title, "Title"),
        P("Barn- och skolnämnden ansvarar för förskola, pedagogisk omsorg, grundskola, "
          "grundsärskola och fritidshem. Rapporten omfattar perioden januari–augusti 2024."),
        P("Riskanalys", "H2"),
        P("Förvaltningen har inventerat 15 risker inför 2024. Åtta av dem bedöms som "
          "kritiska och följs upp i internkontrollplanen. Varje risk har ett risk-id: IK för "
          "nämndens egna risker och KS för de kommungemensamma risker som kommunstyrelsen har "
          "beslutat att alla nämnder ska följa upp."),
        P("Riskvärdet är sannolikhet × konsekvens på en skala från 1 till 4. För två risker "
          "har bedömningen ännu inte fastställts och anges därför som sannolikhet x konsekvens "
          "utan uträknat värde; för två risker har bedömningen ändrats under året."),
        t,
        P("* Bedömningen ändrad under året.", "Small"),
        P("Bedömning", "H2"),
        P("Kontrollerna under första halvåret visar att rutinerna för särskilt stöd, "
          "skolskjuts och statsbidrag fungerar. Skyddade personuppgifter i lärplattformen och "
          "handläggningstiden för klagomål kräver åtgärder och följs upp i helårsrapporten."),
    ]
    return Doc(
        "bsn2024_risk_ids_value_oddities", blocks, Page(left=1.7, right=1.7),
        font="Liberation Serif", body_size=10.5, cell_size=8.5,
        footer="Barn- och skolnämnden | Delårsrapport 2024 | sida {page} av {pages}",
        organ="Barn- och skolnämnden", year=2024, period="delår", title=title,
        risks_inventoried=15, risks_critical=8,
    )
