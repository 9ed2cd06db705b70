"""Offline extractor, round 113: tenants who see each other's requests, non-clients who read our agenda, court numbers.

"zag ... de meldingen van zo'n 80 andere adressen"; "una signora che NON è nostra cliente ... ha letto gli
appuntamenti"; "een uitdraai ... onze export uit TeamFlow"; "voeren wij een procedure ... onder zaaknummer"; "de la
madrugada" while the owner was abroad. Near misses: "per ongeluk ... verwijderd", news about another package "(niet
jullie)", a mail provider's outage, counsel's questions before buying, an export that alone is garbled, a drill board.
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, signals

REPORTS: dict[str, tuple[str, str, str]] = {
    "a tenant sees other tenants' requests (nl)": (
        "SEC1",
        "Een bewoonster zag vanochtend in haar overzicht de reparatieverzoeken van 40 andere huurders, met namen en "
        "telefoonnummers.",
        "Kunnen bewoners de reparatieverzoeken van andere huurders zien? Dat willen we niet."),
    "a non-client reads our agenda in the app (it)": (
        "SEC1",
        "Un signore che non è nostro cliente ci ha telefonato: aprendo l'app gli compare il nostro studio e ci ha "
        "elencato i nomi dei pazienti di domani.",
        "Un signore che non è nostro cliente ci ha telefonato per chiedere informazioni sui prezzi."),
    "a case number in a lawyer's letter (nl)": (
        "LEG1",
        "Namens onze cliënt voeren wij een procedure bij de rechtbank Utrecht onder zaaknummer C/16/512345.",
        "Waar vind ik het zaaknummer-veld in de sjabloon voor advocatenkantoren?"),
    "night sessions while the owner was abroad (es)": (
        "SEC1",
        "He estado dos semanas en México y aparecen sesiones con mi usuario a las 3 de la madrugada desde Valencia. "
        "Mis empleadas no tienen mi contraseña.",
        "He estado dos semanas en México. ¿Cómo veo las sesiones abiertas con mi usuario?"),
}

NOT_AN_INCIDENT: NearMissTable = {
    "the writer's own deletion (nl)": (
        "LEG4", "Ik heb per ongeluk een bord verwijderd, mijn eigen fout. Hoe zet ik het terug?", None),
    "news about another package (nl)": (
        "SEC1", "Ik las het nieuws over het datalek bij een ander pakket (niet jullie). Hoe snel zouden jullie ons "
                "inlichten?", None),
    "the mail provider's outage": (
        "OUT1", "Gmail has been down for us all morning so we're missing your notification emails. Nothing wrong at "
                "your end.", None),
    "counsel's questions before buying (es)": (
        "LEG1", "Nuestro abogado nos pide que os preguntemos antes de contratar: ¿cumplís con el RGPD?", None),
    "only the exported file is garbled (fr)": (
        "SEC4", "L'export CSV remplace tous les accents par des caractères bizarres. Dans TeamFlow les noms "
                "s'affichent correctement.", None),
    "a drill board wished for as a template": (
        "SEC2", "Would it be possible to save our tabletop exercise board as a reusable template?", None),
}

test_report_criterion_fires, test_report_near_miss_does_not_fire = criterion_case_tests(REPORTS)
test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_a_printed_export_at_a_rival_is_data_seen() -> None:
    found = signals("A customer showed me a printout she saw at the salon next door: our export from TeamFlow with "
                    "all our client names. Who has been looking in our account?")
    assert "SEC1" in {h.criterion for h in found.hits}
    assert found.data_exposed is not None and found.data_exposed.value is True
