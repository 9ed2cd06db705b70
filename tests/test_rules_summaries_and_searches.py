"""Offline extractor, round 99: summaries in a stranger's inbox, lists found by a web search, tasks gone by months.

« le résumé de la semaine » of a payroll project received by a client "jamais invitée"; "ihren Namen gegoogelt und ist
auf eine Seite gestoßen" with names and birth dates; "every task we created since March isn't there anymore"; "ein
Kommentar von Rüdiger" who "hat nichts geschrieben"; an invoice "en dólares en vez de euros" at two other companies;
"een draadje geopend" on Reddit. Near misses: one person's uploads while "the rest of us can attach files", a leak at
"that file-sharing company", counsel's "jährliche Vertragsdurchsicht", "I was about to write you an URGENT DATA LOSS
email".
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests

REPORTS: dict[str, tuple[str, str, str]] = {
    "a weekly summary received by a client never invited (fr)": (
        "SEC1",
        "Elle a reçu dans sa boîte mail le « résumé de la semaine » de notre projet Paie. Elle n'a jamais été invitée "
        "chez nous.",
        "Elle a reçu dans sa boîte mail le « résumé de la semaine » de notre projet Paie, comme chaque lundi."),
    "a private list found by a search for a name (de)": (
        "SEC1",
        "Ihr Enkel hat ihren Namen gegoogelt und ist auf eine Seite mit unserer Liste gestoßen. Wir haben die Liste "
        "nie freigegeben.",
        "Ihr Enkel hat ihren Namen gegoogelt und ist auf unsere eigene Webseite gestoßen."),
    "months of tasks no longer there": (
        "SEC4",
        "Every task we created since March isn't there anymore - about 400 of them, with comments and files.",
        "Every task we created since March is there, we just can't find the filter for March."),
    "a comment from a member who wrote nothing (de)": (
        "SEC1",
        "Alle bekamen einen Kommentar von Rüdiger mit einem Link zum Überweisen. Rüdiger ist auf Mallorca und sagt, "
        "er hat nichts geschrieben.",
        "Alle bekamen einen Kommentar von Rüdiger mit dem Link zum Sommerfest. Er hat ihn gestern geschrieben."),
    "an invoice in the wrong currency at other firms too (es)": (
        "FIN1",
        "La factura nos ha llegado en dólares en vez de euros, y a otras dos empresas que también usan TeamFlow les "
        "ha pasado lo mismo.",
        "La factura nos ha llegado en euros, como siempre; solo quería el duplicado."),
    "a Reddit thread about the company (nl)": (
        "SAT4",
        "Ik heb op Reddit een draadje geopend over jullie prijsverhoging; er staan al 50 reacties onder.",
        "Ik lees op Reddit vaak tips over projectplanning; heel handig."),
}

test_report_criterion_fires, test_report_near_miss_does_not_fire = criterion_case_tests(REPORTS)

NOT_AN_INCIDENT: NearMissTable = {
    "one person's uploads fail, the others' work": (
        "OUT3", "Every file he attaches fails. The rest of us can attach files on the same tasks without a problem.",
        None),
    "another company's leak read about": (
        "LEG1", "Our COO read about that file-sharing company that leaked documents and is being sued.", None),
    "counsel's annual review (de)": (
        "LEG1", "Unsere Rechtsanwältin prüft im Rahmen der jährlichen Vertragsdurchsicht unsere Dienstleister. Es gibt "
                "keinen konkreten Anlass.", None),
    "an email about data loss that was never sent": (
        "SEC4", "I was about to write you an URGENT DATA LOSS email, then found it archived.", None),
}

test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)
