"""Offline extractor, round 94: another firm's cards, a stranger's attachment, files open without login, and slips.

"des cartes qui ne sont pas à nous ... avec les noms" and a member list received by a man with "aucun lien avec notre
association" are data seen by outsiders; "zonder dat ik ingelogd was. En hij ging gewoon open."; a guest who pastes
"/settings/billing" into the address bar; API calls failing "avec une autre clé" too; a file found "sur Google".
Near misses: "je ne vais pas porter plainte", a boss's "ataque DDoS de correos", "can we delete all our data ourselves
if we leave?", the writer's own web shop down at AWS while TeamFlow works.
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests

STRANGERS: dict[str, tuple[str, str, str]] = {
    "another firm's cards with its clients' names (fr)": (
        "SEC1",
        "Dans notre tableau il y a des cartes qui ne sont pas à nous : les commandes d'un traiteur de Nantes, avec les "
        "noms et les téléphones de ses clients.",
        "Dans notre tableau il y a des cartes qui ne sont pas à nous : ce sont celles de notre associé, qu'il a "
        "ajoutées hier."),
    "a stranger who received our file (fr)": (
        "SEC1",
        "Une dame nous a appelés : elle a reçu un mail de votre plateforme avec le planning de nos bénévoles en pièce "
        "jointe. Elle n'a aucun lien avec notre club.",
        "Une dame nous a appelés : elle a reçu un mail de votre plateforme avec le planning de nos bénévoles en pièce "
        "jointe. C'est notre nouvelle trésorière, on l'a ajoutée lundi."),
    "a file that opens with nobody logged in, told in two sentences (nl)": (
        "SEC2",
        "Ik heb de link van een offerte-pdf in een ander browserprofiel geplakt, zonder dat ik ingelogd was. En hij "
        "ging gewoon open.",
        "Ik heb de link van een offerte-pdf in een ander browserprofiel geplakt, zonder dat ik ingelogd was. Toen "
        "vroeg hij om in te loggen, dus dat is goed."),
    "a guest who types an admin path (en)": (
        "SEC2",
        "Logged in as my test guest, I pasted /settings/billing into the address bar and the billing page opened.",
        "Logged in as myself (I'm the admin), I pasted /settings/billing into the address bar and the billing page "
        "opened."),
    "API calls failing for a second key too (fr)": (
        "OUT2",
        "Tous les appels à votre API renvoient une erreur 503 depuis ce matin, et notre autre intégration, avec une "
        "autre clé, aussi.",
        "Un seul appel à votre API a renvoyé une erreur 503 ce matin, puis tout est reparti."),
}

test_stranger_criterion_fires, test_stranger_near_miss_does_not_fire = criterion_case_tests(STRANGERS)

NOT_AN_INCIDENT: NearMissTable = {
    "a complaint the writer will not file (fr)": (
        "LEG1", "Je ne vais pas porter plainte, je veux juste le remboursement des 1 300 € payés deux fois.", None),
    "a boss's DDoS of e-mails (es)": (
        "SEC3", "¿Cómo archivo un tablero? Si no está hoy, mi jefa nos hace un ataque DDoS de correos.", None),
    "deleting one's own data after leaving, asked before signing": (
        "LEG4", "Before we sign: can we delete all our data ourselves if we leave?", None),
    "the writer's own shop down at a cloud provider": (
        "OUT5", "Our own web shop is down because of the AWS outage; TeamFlow is working fine for us.", None),
}

test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)
