"""Offline extractor, round 103: another client's record in a reminder, callers who read out our records, leavers.

"dans le mail il y avait le compte rendu ... d'un autre patient"; "hat sich nicht vorgestellt und hat mir vorgelesen";
"retirei-a da equipa" and "a dar os parabéns pela encomenda"; "sah dort die Aufgabenliste einer anderen Kanzlei";
"in allen drei Filialen"; "Reduzierung von 40 auf 25 Nutzerlizenzen"; "personne ne m'a répondu". Near misses: news of
another service's break-in, a job title, "einen kleinen Hack", a questionnaire about another vendor's breach.
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests

REPORTS: dict[str, tuple[str, str, str]] = {
    "another client's record inside a reminder mail (fr)": (
        "SEC1",
        "Dans le mail de rappel il y avait la fiche d'un autre client : nom, adresse, devis.",
        "Dans le mail de rappel il y avait un lien vers la fiche de ce client, comme prévu."),
    "a caller who would not give a name read out our orders (de)": (
        "SEC1",
        "Ein Anrufer hat sich nicht vorgestellt und hat mir die Namen unserer Kunden vorgelesen, die nur in TeamFlow "
        "stehen.",
        "Eine Kundin hat angerufen und mir ihre Bestellung vorgelesen, damit ich sie in TeamFlow eintrage."),
    "a former employee knows what only the product holds (pt)": (
        "SEC1",
        "A Joana saiu em setembro. Ontem mandou-me uma mensagem, e isso só está escrito no TeamFlow.",
        "A Joana saiu em setembro e mandou-me uma mensagem de despedida muito simpática."),
    "another firm's task list seen after a changed number (de)": (
        "SEC1",
        "Unsere Praktikantin sah dort die Aufgabenliste einer anderen Kanzlei mit Mandantennamen.",
        "Unsere Praktikantin sah dort die Aufgabenliste unserer eigenen Kanzlei, wie erwartet."),
    "a generic error page in every branch (de)": (
        "OUT1",
        "Seit 6 Uhr nur noch 'Etwas ist schiefgelaufen' und ein drehender Kreis, in allen vier Filialen.",
        "Seit 6 Uhr zeigt nur mein Tablet 'Etwas ist schiefgelaufen', die Kollegen arbeiten normal."),
    "changes to the agreement listed as nouns (de)": (
        "FIN5",
        "Unser Vertrag verlängert sich im Januar. Bitte ändern: Reduzierung von 30 auf 20 Nutzerlizenzen.",
        "Unser Vertrag verlängert sich im Januar; wie viele Nutzerlizenzen haben wir derzeit?"),
    "nobody answered, not even an acknowledgement (fr)": (
        "SAT3",
        "Je vous ai écrit mardi et personne ne m'a répondu, même pas un accusé de réception.",
        "Je vous ai écrit mardi et vous m'avez répondu dans l'heure, merci."),
    "a public thread on X that tags the customer (es)": (
        "SAT4",
        "En X hay un hilo de otros usuarios quejándose y un cliente nos ha etiquetado.",
        "Seguimos a TeamFlow en X para ver las novedades."),
}

NOT_AN_INCIDENT: NearMissTable = {
    "news of another service's break-in (de)": (
        "SEC1",
        "In den Nachrichten kam, dass beim Dateidienst CloudBox nach einem Hackerangriff Kundendaten abgeflossen "
        "sind. Ist bei TeamFlow alles verschlüsselt?",
        "Frage nach dem Hackerangriff"),
    "a job title with incident words": (
        "SEC1",
        "We're hiring a Security Incident Manager. Can I make one board public for applicants?",
        "public board for job adverts"),
    "a trick wanted, not a hack (de)": (
        "SEC1",
        "Ich such einen kleinen Hack: jeden Montag lege ich die gleichen Aufgaben an. Gibt es Vorlagen?",
        "Hack für wiederkehrende Aufgaben?"),
    "another vendor's breach before a questionnaire": (
        "SEC1",
        "After the breach at our old reminder company (nothing to do with TeamFlow!), our insurer asks: how fast "
        "would you notify us?",
        "questions from our insurer"),
    "dependency lines gone while dragging (nl)": (
        "SEC4",
        "Als ik een taak in de Gantt sleep, verdwijnen alle afhankelijkheidslijnen. Na verversen staan ze er weer.",
        "Gantt: lijnen weg"),
}

test_report_criterion_fires, test_report_near_miss_does_not_fire = criterion_case_tests(REPORTS)
test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)
