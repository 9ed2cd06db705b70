"""Offline extractor, round 105: other patients' plans in a notification, outsiders who know what only our records say.

"da standen ... die Behandlungspläne von drei anderen Patienten"; "les sabían cosas que solo están en las fichas ...
alguien de fuera". Near miss: "il data breach di un'altra piattaforma" read in the news.
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests

REPORTS: dict[str, tuple[str, str, str]] = {
    "other patients' plans in a client's notification (de)": (
        "SEC1",
        "Sie hat eine E-Mail von eurem System bekommen, und da standen die Behandlungspläne von drei anderen "
        "Patienten drin.",
        "Sie hat eine E-Mail von eurem System bekommen, und da stand ihr eigener Behandlungsplan drin."),
    "an outside firm knows what only our records hold (es)": (
        "SEC1",
        "Les sabían cosas que solo están en nuestras fichas. Eso no está en ningún otro sitio; alguien de fuera ha "
        "visto las fichas.",
        "Nuestros entrenadores apuntan cosas en las fichas que no están en ningún otro sitio; ¿se pueden exportar?"),
}

NOT_AN_INCIDENT: NearMissTable = {
    "another platform's breach in the news (it)": (
        "SEC1",
        "Ho letto del data breach di un'altra piattaforma di gestione progetti. Da noi va tutto bene.",
        "notizia di un data breach"),
}

test_report_criterion_fires, test_report_near_miss_does_not_fire = criterion_case_tests(REPORTS)
test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)
