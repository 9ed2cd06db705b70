"""Offline extractor, round 87: strangers holding our records, and stories that happened somewhere else.

A man who phones and "wollte nicht sagen, woher" he has the orders; a digest that "ce n'est pas notre club"; a
board "que no es nuestro" opened by a typo in a link; a stranger who "kregen ... te zien" another firm's board;
"nos devuelven los 1.450 €" with "presentamos la demanda"; codes nobody asked for, calmed, then "alguien está
intentando entrar" again. And what is no incident: "at my previous job (different tool)", a newspaper story about
another company, an "Excel-hacker" nickname, "about to breach our line" in a budget, a sciatica "ataque".
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests

STRANGERS: dict[str, tuple[str, str, str]] = {
    "a caller reads out our orders and will not say where from (de)": (
        "SEC1",
        "Ein Mann hat angerufen und mir unsere Kundenliste aus dem Projekt vorgelesen. Das steht nur in TeamFlow. "
        "Er wollte nicht sagen, woher er das hat. Wie kann jemand in unser Projekt reinschauen?",
        "Ein Mann hat angerufen und nach unseren Öffnungszeiten gefragt."),
    "another club's daily digest in my inbox (fr)": (
        "SEC1",
        "Je reçois chaque matin le résumé du jour, mais ce n'est pas notre club dedans : ce sont les tâches d'un "
        "cabinet d'avocats avec les noms de leurs clients.",
        "Je reçois chaque matin le résumé du jour de notre club, c'est pratique."),
    "a typo in a share link opens a stranger's board (es)": (
        "SEC1",
        "Me equivoqué en un número del enlace y se me abrió un tablero que no es nuestro, con nombres y teléfonos de "
        "sus clientes.",
        "Me equivoqué en un número del enlace y me salió un error 404."),
    "tried other numbers, the same: other firms (fr)": (
        "SEC2",
        "On a essayé deux autres numéros dans l'adresse et c'était pareil, d'autres entreprises.",
        "On a essayé deux autres numéros de téléphone pour joindre le support."),
    "money back or a claim at the court on Monday (es)": (
        "LEG1",
        "Si no nos devuelven el dinero, el lunes presentamos la demanda en el juzgado.",
        "Si no nos devuelven el dinero, volveremos a escribir el lunes."),
    "codes nobody asked for, calm words, then the alarm again (es)": (
        "SEC3",
        "Nos llegan códigos que nadie pide y la cuenta se bloqueó por demasiados intentos fallidos. Dentro no falta "
        "nada. Pero esto no es normal, alguien está intentando entrar.",
        "Me salió la cuenta bloqueada por demasiados intentos fallidos porque olvidé la clave. Ya entré, no falta "
        "nada."),
    "a stranger shows a photo of our list on a social group (de)": (
        "SEC1",
        "Da hat jemand ein Foto vom Bildschirm gepostet, man sieht unsere Liste mit Namen und Telefonnummern. Keiner "
        "von uns hat das geteilt.",
        "Ich habe ein Foto vom Bildschirm gemacht, um euch den Fehler zu zeigen."),
    "every description full of weird characters": (
        "SEC4",
        "Since yesterday every description in the recipes project is full of weird characters, all 300 tasks.",
        "How do I add weird characters like emoji to a task description?"),
}

test_stranger_criterion_fires, test_stranger_near_miss_does_not_fire = criterion_case_tests(STRANGERS)

STORIES_FROM_ELSEWHERE: NearMissTable = {
    "a breach at a previous job with another tool": (
        "SEC1", "At my old job (different tool, not you) we had a breach scare when a leaver's login still worked.\n\n"
                "Could TeamFlow add a one-click lockdown for a project?", None),
    "news about another company (de)": (
        "SEC1", "Ich habe in der Zeitung gelesen, dass bei einem großen Versandhändler Hacker Kundendaten gestohlen "
                "haben. Wie stelle ich die Sprache um?", None),
    "a coach who calls himself the Excel hacker (nl)": (
        "SEC1", "Onze penningmeester noemt zichzelf de Excel-hacker van de vereniging. Hoe importeer ik zijn lijst?",
        None),
    "a budget line about to be breached": (
        "SEC1", "We are about to breach our budget line for software this year, so what would annual billing cost?",
        None),
    "a sciatica attack delayed the reply (es)": (
        "SEC3", "Perdonen el retraso, tuve un ataque de ciática toda la semana. ¿Me mandan las facturas?", None),
    "an SEO agency's pitch (es)": (
        "SEC3", "Somos una agencia de SEO y ayudamos a empresas a recuperarse de ataques de la competencia.", None),
    "a feature for SLA breach warnings": (
        "ENT2", "Feature idea: SLA breach warnings on tasks that are about to breach their due date.", None),
    "clients asking whether we were hacked after a certificate warning (nl)": (
        "SEC1", "Een paar klanten vroegen of we soms gehackt zijn, omdat het certificaat van ons portaal verlopen is.",
        None),
    "a joke about suing over a feature": (
        "LEG1", "Our CFO said she would sue you if recurring subtasks never ship, but she says that about the printer "
                "too, so don't worry.", None),
    "a slow board the writer first took for an outage (fr)": (
        "OUT1", "Au début j'ai cru à une panne, mais non : le projet finit toujours par s'afficher.", None),
    "a post-incident write-up asked for": (
        "OUT1", "Is the post-incident write-up for last week's outage published somewhere?", None),
    "a budget question with 'nobody added users'": (
        "SEC1", "Nobody added users, the Members page still shows 10, so why does the invoice say 30 seats?", None),
    "a condition on a renewal offer (it)": (
        "OUT1", "Se non riusciamo a presentare una proposta migliore entro gennaio, il contratto non verrà rinnovato.",
        None),
    "an offline session that synced later": (
        "OUT1", "We ticked off checklists in the mobile app while offline; will those edits sync now?", None),
    "a staff member's erasure request under Art. 17 (de)": (
        "SEC1", "Ein ehemaliger Mitarbeiter verlangt nach Art. 17 DSGVO die Löschung seiner Daten aus unserem "
                "Workspace.", None),
}

test_story_from_elsewhere_does_not_fire = criterion_absent_test(STORIES_FROM_ELSEWHERE)
