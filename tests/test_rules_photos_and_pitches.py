"""Offline extractor, round 98: screenshots from leavers, accounts used from afar, other firms' reports and pitches.

"le mandó ... tres capturas del tablero" from a dismissed employee; "Auf dem Foto ist eindeutig unser Board ... zu
sehen"; tasks "aangemaakt door het account van Sanne" who "heeft haar laptop niet eens mee"; "ce sont ceux d'une autre
entreprise, avec les noms de leurs employés"; "600 tentatives de mot de passe"; "unter 'Datenregion' steht us-east-1";
"ik had een cijfer fout getypt"; "hij kon alles lezen zonder in te loggen"; "it opened another pupil's plan". Near
misses: a course module "RGPD, fuites de données", "our designer jokes that TeamFlow has been 'down'", "(my fault)",
"on a perdu trois mécanos", an agency's "call gratuita", "testes de invasão" offered for sale, "Our Google account
got hacked", "de kas is leeg", "let's say 14".
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests

REPORTS: dict[str, tuple[str, str, str]] = {
    "a dismissed employee's screenshots of a private board (es)": (
        "SEC1",
        "Un exempleado al que despedimos le mandó ayer a nuestra directora tres capturas del tablero 'Nóminas'.",
        "Un exempleado al que despedimos nos pidió ayer una carta de recomendación."),
    "tasks created from the account of someone abroad without a laptop (nl)": (
        "SEC1",
        "Er verschijnen taken met een betaallink, aangemaakt door het account van Sanne. Sanne zit op Bali en heeft "
        "haar laptop niet eens mee.",
        "Er verschijnen taken met een betaallink, aangemaakt door het account van Sanne: ze stuurt klanten de "
        "factuur."),
    "another company's records in the monthly report (fr)": (
        "SEC1",
        "Le fichier joint ne contient pas nos projets : ce sont ceux d'une autre entreprise, avec les noms de leurs "
        "employés.",
        "Le fichier joint contient bien nos projets, avec les noms de nos employés."),
    "hundreds of password attempts (fr)": (
        "SEC3",
        "Plus de 600 tentatives de mot de passe en deux heures, depuis des adresses IP de plusieurs pays.",
        "Une collègue a oublié son mot de passe et a fait trois essais ce matin."),
    "the data region switched to the US against the processing agreement (de)": (
        "SEC5",
        "Laut AVV ausschließlich EU-Hosting. Unter 'Datenregion' steht seit dem Update aber us-east-1.",
        "Laut AVV ausschließlich EU-Hosting. Unter 'Datenregion' steht Frankfurt, wie vereinbart."),
    "a mistyped digit that opens other firms' projects (nl)": (
        "SEC2",
        "Ik had een cijfer fout getypt in de adresbalk. Daarna nog een paar nummers geprobeerd en elke keer iets van "
        "een ander bedrijf.",
        "Ik had een cijfer fout getypt in de adresbalk en kreeg een foutpagina."),
    "another pupil's plan opened by a parent's link": (
        "SEC1",
        "She clicked her usual link and instead it opened another pupil's plan, with the teacher's notes.",
        "She clicked her usual link and it opened her son's plan, with the teacher's notes."),
}

test_report_criterion_fires, test_report_near_miss_does_not_fire = criterion_case_tests(REPORTS)

NOT_AN_INCIDENT: NearMissTable = {
    "a course module about data leaks (fr)": (
        "SEC1", "J'anime le module « RGPD, fuites de données et gestion de projet » dans une école.", None),
    "a competitor's leak in the press (fr)": (
        "SEC1", "Après la fuite de données chez un de vos concurrents dont toute la presse a parlé, on veut un devis.",
        None),
    "a joke that the app is 'down'": (
        "OUT1", "Our designer jokes that TeamFlow has been \"down\" ever since standup moved to 7am - the app is fine.",
        None),
    "colleagues lost to the flu (fr)": (
        "SEC4", "La grippe a attaqué l'atelier, on a perdu trois mécanos d'un coup.", None),
    "penetration tests offered for sale (pt)": (
        "SEC1", "Parceria: adequação LGPD e testes de invasão para a TeamFlow.", None),
    "another service's account hacked": (
        "SEC1", "Our Google account got hacked on Friday; Google support sorted it out.", None),
    "an empty club till (nl)": (
        "SEC4", "Wij willen graag de 1.150 euro terug, de kas is leeg nu.", None),
    "dependency arrows that vanish from the Gantt view": (
        "SEC4", "When I drag a task the dependency arrows disappear; after F5 they are back.", None),
}

test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)
