"""Offline extractor, round 95: exports in the log nobody made, neighbours' photos, guessed numbers and takedowns.

"'Projekt exportiert (CSV)' ... Keiner von uns war das"; a neighbour's "Foto vom Bildschirm" with "unsere Zahlen"; a
task number made "1 hoger" that shows a garage "met hun klanten"; share links tried one number up that open "another
company's board"; a publisher's "nostra autrice" whose manual is shared "senza licenza"; "vão avançar com uma ação em
tribunal"; charges "cobrado 2 vezes" at other schools. Near misses: football "attack drills", "nada sumiu", a contact
that "bleibt gleich", a link "que não tem nada a ver com a gente".
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests

LOGS: dict[str, tuple[str, str, str]] = {
    "an export in the log that none of the team made (de)": (
        "SEC1",
        "Im Aktivitätsprotokoll steht 'Projekt exportiert (CSV)' von einem Gerät in Manila. Keiner von uns war das.",
        "Im Aktivitätsprotokoll steht 'Projekt exportiert (CSV)' von meinem Laptop. Das war ich für die Steuer."),
    "a task number made one higher shows another firm (nl)": (
        "SEC2",
        "Ik heb het nummer van de taak in de adresbalk 1 hoger gemaakt en kreeg een taak van een kapper met hun "
        "klanten en telefoonnummers.",
        "Ik heb het nummer van de taak in de adresbalk 1 hoger gemaakt en kreeg een foutmelding dat ik geen toegang "
        "heb."),
    "share link numbers that open other companies' boards": (
        "SEC2",
        "I changed the number in our share link to 40213 and that is another company's board, with their prices.",
        "I changed the number in our share link to 40213 and got a 'no access' page, as it should be."),
    "a publisher's author whose manual is shared without licence (it)": (
        "LEG5",
        "Una nostra autrice ha trovato il suo manuale su una bacheca pubblica. Non abbiamo mai concesso alcuna "
        "licenza.",
        "Una nostra autrice ha caricato il suo manuale su una bacheca per i suoi studenti; la licenza è nostra."),
    "court action announced against the customer (pt)": (
        "LEG1",
        "Os advogados de um antigo fornecedor dizem que vão avançar com uma ação em tribunal contra a associação.",
        "O nosso antigo fornecedor mudou de advogado e agora trata das faturas por email."),
}

test_log_criterion_fires, test_log_near_miss_does_not_fire = criterion_case_tests(LOGS)

NOT_AN_INCIDENT: NearMissTable = {
    "a football attack drills board": (
        "SEC3", "How do I copy our 'Attack drills' board? The kids love breaking through the back line.", None),
    "cards that stay put, nothing vanished (pt)": (
        "SEC4", "O cartão volta sozinho para a coluna anterior. Os cartões continuam todos lá, nada sumiu.", None),
    "a contact person that stays the same (de)": (
        "ENT3", "Bitte reduzieren Sie die Lizenzen von 30 auf 20. Rechnungsadresse und Ansprechpartner bleiben "
                "gleich.", None),
    "a phishing link unrelated to us is no stranger holding data (pt)": (
        "SEC4", "Clientes receberam um e-mail a pedir a senha do banco num link que não tem nada a ver com a gente.",
        None),
}

test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)
