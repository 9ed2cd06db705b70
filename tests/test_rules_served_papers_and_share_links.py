"""Offline extractor, round 104: papers served in a named case, share links that open strangers' boards, leavers' mail.

"papers from the Superior Court ... in Delgado v. Northgate" and "They order us to produce"; "errei um número ...
abriu o quadro de uma clínica que eu não conheço"; "le résumé quotidien qui continue de lui arriver"; a payment link
"naar een site die niks met ons te maken heeft"; an admin who "was asleep and confirmed it wasn't her". Near misses:
another tool's leak "op het nieuws", a project restored from "na lixeira", "down from 60 to 45" seats, staff who
ask whether mails are phishing, cards gone "only for me", the club's own router.
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests

REPORTS: dict[str, tuple[str, str, str]] = {
    "papers served in a named case": (
        "LEG1",
        "A process server handed our receptionist papers in Ramirez v. Coastline Logistics.",
        "Our process server app needs a TeamFlow integration; who handles partnerships?"),
    "an order to produce what the product holds": (
        "LEG3",
        "They order us to produce all task comments and files about the depot by January 9.",
        "Our manager asked us to produce all task comments and files about the depot for the review."),
    "a mistyped share link opens a stranger's board (pt)": (
        "SEC1",
        "Errei um número no link e abriu o quadro de uma clínica que eu não conheço, com nomes dos pacientes.",
        "Errei um número no link e abriu o nosso próprio quadro antigo, com os nomes dos nossos clientes."),
    "a removed supplier still gets the daily summary (fr)": (
        "SEC1",
        "Un ancien fournisseur que nous avons retiré du projet nous a transféré le résumé quotidien qui continue de "
        "lui arriver.",
        "Notre fournisseur actuel reçoit le résumé quotidien du projet, comme convenu."),
    "a payment link to a site that is not the customer's (nl)": (
        "SEC3",
        "Ouders kregen een link om het lidgeld te betalen. Die link gaat naar een site die niks met ons te maken "
        "heeft.",
        "Kunnen we in een taak een link om het lidgeld te betalen zetten, naar onze eigen bankpagina?"),
    "a session the admin denies exported the directory": (
        "SEC1",
        "An admin session came from a country where we have no staff. The admin was asleep and confirmed it wasn't "
        "her. The audit log shows an export of the member directory.",
        "The admin confirmed she ran it. The audit log shows an export of the member directory for the HR audit."),
}

NOT_AN_INCIDENT: NearMissTable = {
    "another tool's leak in the news (nl)": (
        "SEC1",
        "Ik las op het nieuws dat TaskNest een datalek heeft gehad. Versleutelen jullie onze bijlagen?",
        "Datalek bij een andere tool"),
    "a project restored from the trash (pt)": (
        "SEC4",
        "Apaguei um projeto sem querer. Encontrei-o na lixeira, restaurei e está tudo lá.",
        "projeto apagado por engano"),
    "seats brought down is no outage": (
        "OUT1",
        "From January please bring the number of seats down from 60 to 45.",
        "Billing change"),
    "staff asking whether the re-branded mails are phishing": (
        "SEC3",
        "Our branded login shows your logo again and staff keep asking IT whether the emails are phishing.",
        "branding lost"),
    "cards gone for one user only": (
        "SEC4",
        "All cards vanished from my board, but only for me. My colleagues see all the cards fine, so I don't think "
        "anything has been deleted.",
        "my board is empty"),
}

test_report_criterion_fires, test_report_near_miss_does_not_fire = criterion_case_tests(REPORTS)
test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)
