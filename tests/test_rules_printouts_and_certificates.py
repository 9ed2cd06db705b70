"""Offline extractor, round 100: printouts in a stranger's hands, our data in another's export, certificate errors.

"avait dans les mains une feuille imprimée avec la liste de nos clients"; "niet zijn gegevens maar de onze"; "un
numéro inconnu ... une capture d'écran de notre tableau" seen "que par 4 personnes"; "Lagos, NG" in a session list;
"Il nostro template ... nella vostra galleria"; requests "failing with NET::ERR_CERT_DATE_INVALID" in two offices.
"""

from __future__ import annotations

from rules_helpers import criterion_case_tests

REPORTS: dict[str, tuple[str, str, str]] = {
    "a stranger holding a printout of our client list (fr)": (
        "SEC1",
        "Un homme avait dans les mains la liste de nos clients. Cette liste, on ne l'a jamais imprimée, elle est "
        "seulement dans TeamFlow.",
        "Notre comptable avait dans les mains la liste de nos clients que je lui ai imprimée hier."),
    "our data in another customer's export (nl)": (
        "SEC1",
        "In dat zip-bestand zaten niet zijn gegevens maar de onze.",
        "In dat zip-bestand zaten zijn eigen gegevens, zoals gevraagd."),
    "a screenshot of a restricted board from an unknown number (fr)": (
        "SEC1",
        "Un numéro inconnu a envoyé une capture d'écran de notre tableau. Ce tableau n'est visible que par 4 "
        "personnes chez nous.",
        "J'ai envoyé une capture d'écran de notre tableau à ma collègue pour lui montrer le filtre."),
    "sign-ins from a labelled city while away offline (es)": (
        "SEC1",
        "Estuve de crucero, sin internet y sin el portátil, y aparecen inicios de sesión desde un sitio que pone "
        "'Lagos, NG'.",
        "Estuve de crucero y al volver inicié sesión desde casa, en Málaga."),
    "a paid template in the public gallery (it)": (
        "LEG5",
        "Il nostro template venduto su Etsy è nella vostra galleria pubblica. Non abbiamo mai dato il permesso.",
        "Il nostro template venduto su Etsy: come lo carico nella vostra galleria pubblica?"),
    "certificate errors on the static domain in two offices": (
        "OUT5",
        "Both our offices on different ISPs: requests to static.teamflow.com fail with NET::ERR_CERT_DATE_INVALID.",
        "Only our branded subdomain shows NET::ERR_CERT_DATE_INVALID; the main app is fine."),
}

test_report_criterion_fires, test_report_near_miss_does_not_fire = criterion_case_tests(REPORTS)
