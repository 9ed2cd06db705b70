"""Offline extractor, round 88: our records in other hands, asked again, and questions that only sound alarming.

A mother who "non ha mai avuto un account" gets the parents' list; a vendor "never connected" holds the members; a
board's mails reach a lady who "no trabaja aquí"; admin accounts nobody created; a guest who "ran 'Export project to
CSV'"; "c'est l'export complet de notre tableau"; "la password non andava più"; the fourth time asking for the same
fix. And what is no incident: "Si vos serveurs tombent en panne ... ?", a quote for "520 users", the writer's own
password manager, a bailiff joke, a law firm's own court cases.
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests

ELSEWHERE: dict[str, tuple[str, str, str]] = {
    "a non-member parent gets the parents' list (it)": (
        "SEC1",
        "Un papà che da voi non ha mai avuto un account mi dice che gli è arrivata una mail di TeamFlow con "
        "l'elenco dei genitori e i loro indirizzi.",
        "Un papà mi dice che gli è arrivata una mail di TeamFlow con l'invito alla squadra, come previsto."),
    "a vendor never connected holds our members (fr)": (
        "SEC1",
        "Le prestataire nous a envoyé un rapport avec les noms de nos adhérents. Nous n'avons jamais connecté ce "
        "prestataire à TeamFlow.",
        "Le prestataire nous a envoyé un rapport sur la satisfaction, comme chaque année."),
    "admin accounts nobody created (nl)": (
        "SEC1",
        "We vonden twee accounts met beheerdersrechten die niemand bij ons heeft aangemaakt.",
        "We vonden twee accounts met beheerdersrechten die onze IT vorige week heeft aangemaakt."),
    "a guest ran an export of a project never shared": (
        "SEC1",
        "The guest user ran \"Export project to CSV\" on our HR project. That project was never shared with them.",
        "The guest user asked how to export the board we shared with them to CSV."),
    "the export of our board in a translator's inbox (fr)": (
        "SEC1",
        "Notre traducteur m'a renvoyé un fichier Excel : c'est l'export complet de notre tableau clients. Personne "
        "chez nous ne lui a envoyé quoi que ce soit.",
        "Notre traducteur m'a renvoyé le fichier Excel que je lui avais envoyé pour la traduction."),
    "a password that no longer works and comments never written (it)": (
        "SEC1",
        "Mi è arrivata una mail 'nuovo accesso al tuo account' da Lagos e la password non andava più.",
        "Mi è arrivata una mail 'nuovo accesso al tuo account' ma ero io dal telefono nuovo."),
    "the fourth time asking for the same fix (pt)": (
        "SAT3",
        "É a quarta vez que escrevo para pedir que corrijam o NIF, e de cada vez tenho de explicar tudo outra vez.",
        "Escrevo para pedir que corrijam o NIF na próxima fatura, obrigado."),
    "a Gantt bar cut at the year's end (fr)": (
        "TEC3",
        "Dans la vue Gantt, les tâches qui finissent après le 31 décembre s'arrêtent net au 31/12.",
        "Dans la vue Gantt, comment afficher les tâches qui finissent après le 31 décembre ?"),
}

test_elsewhere_criterion_fires, test_elsewhere_near_miss_does_not_fire = criterion_case_tests(ELSEWHERE)

ONLY_SOUNDS_ALARMING: NearMissTable = {
    "a numbered question about servers going down (fr)": (
        "OUT1", "4. Si vos serveurs tombent en panne, quel est le délai de rétablissement ?", None),
    "a competitor's quote for 520 users": (
        "OUT5", "Another vendor quoted 30% less for the same 520 users; can we talk about pricing?", None),
    "the writer's own password manager": (
        "SEC1", "I thought someone was hacking me, but my password manager still had the old password, so that was "
                "me, not a hacker.", None),
    "a bailiff joke over an expired card (de)": (
        "LEG3", "Ich dachte kurz, gleich steht der Gerichtsvollzieher vor der Tür, aber nein: die Karte war "
                "abgelaufen.", None),
    "a law firm's own court cases (de)": (
        "LEG1", "Wir legen für jede Klage, die wir für Mandanten einreichen, ein eigenes Projekt an.", None),
    "a guess about the server asked as a question (nl)": (
        "OUT3", "Alles is traag maar het laadt wel. Ligt jullie server plat of zo?", None),
    "tasks missing from a synced calendar": (
        "SEC4", "Tasks created since Monday are missing from the Google Calendar completely.", None),
    "a sister company on a different workspace": (
        "SEC2", "Our sister company on a different workspace says theirs is fine.", None),
    "other customers piling on in the comments": (
        "SEC1", "Some of your other customers are piling on in the comments of our CEO's post.", None),
    "a certificate error on our own domain (it)": (
        "OUT1", "Il portale con il nostro dominio non è raggiungibile: certificato non valido.", None),
    "members logged out of the app": (
        "SEC2", "Since the update we get logged out of the app every time we switch apps and come back.", None),
}

test_only_sounds_alarming_does_not_fire = criterion_absent_test(ONLY_SOUNDS_ALARMING)
