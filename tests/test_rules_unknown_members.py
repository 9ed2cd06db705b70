"""Offline extractor, round 86: unknown members, plays about hackers, and people who cannot work without the board.

An Excel file that is "1:1 der Export aus unserem TeamFlow-Projekt" which "wir nie exportiert" have; a member
"m.durand88" whose "Export CSV" nobody can explain; comments "a nombre de nuestra tesorera" that "no ha escrito nada";
"quelqu'un d'autre connecté ... avec mon compte à moi"; files promised on "servidores de Europa". And what is no
incident: a school play "Attacco hacker alla scuola!" ("è una commedia"), "ninguém consegue trabalhar sem o quadro",
troubleshooting "like Sam said", a Slack channel where notifications "shown up in our #projects".
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, signals

UNKNOWN_MEMBERS: dict[str, tuple[str, str, str]] = {
    "an export we never made in a stranger's mail (de)": (
        "SEC1",
        "Ein Kunde hat von einer fremden Gmail-Adresse eine Excel-Datei bekommen, und das ist 1:1 der Export aus "
        "unserem Projekt. Wir haben diese Datei nie exportiert.",
        "Ein Kunde hat von uns eine Excel-Datei bekommen, und das ist 1:1 der Export aus unserem Projekt, wie "
        "vereinbart."),
    "an unknown member's CSV export (fr)": (
        "SEC1",
        "Dans le journal, un membre inconnu a fait un export CSV du projet clients. Personne n'a ajouté cette "
        "personne.",
        "Dans le journal, un membre de l'équipe a fait un export CSV du projet clients pour la compta."),
    "comments in the treasurer's name she never wrote (es)": (
        "SEC3",
        "Los comentarios con un enlace para verificar la tarjeta salen a nombre de nuestra tesorera, pero ella no ha "
        "escrito nada.",
        "Los comentarios salen a nombre de nuestra tesorera porque ella los escribió ayer."),
    "someone else on the board with my account right now (fr)": (
        "SEC1",
        "Je vois quelqu'un d'autre connecté sur notre tableau avec mon compte à moi, alors que mon ordinateur est "
        "éteint.",
        "Je vois ma collègue connectée sur notre tableau avec son propre compte."),
    "files promised on European servers come from Virginia (es)": (
        "SEC5",
        "Nos dijeron que todo se guardaba en servidores de Europa, pero los adjuntos se descargan desde un servidor "
        "en Virginia, en Estados Unidos.",
        "¿Se guardan los adjuntos en servidores de Europa?"),
}

test_unknown_criterion_fires, test_unknown_near_miss_does_not_fire = criterion_case_tests(UNKNOWN_MEMBERS)

UNKNOWN_NOT_AN_INCIDENT: NearMissTable = {
    "a school play about hackers (it)": (
        "SEC3", "Il progetto si chiama \"Attacco hacker alla scuola!\": è una commedia della 5A. Come lo duplico?",
        None),
    "nobody can work without the board any more (pt)": (
        "OUT1", "Agora ninguém consegue trabalhar sem o quadro Kanban, obrigado!", None),
    "troubleshooting like a colleague said": (
        "SEC2", "I did the cache clearing and private window thing like Sam said, and it still does not sync.", None),
    "notifications missing from a Slack channel": (
        "SEC1", "Since Tuesday not a single notification has shown up in our #projects Slack channel.", None),
    "a customer list with contact persons (de)": (
        "ENT3", "Die Liste enthält alle Firmennamen und Ansprechpartnern unserer Kunden.", None),
}

test_unknown_not_an_incident_does_not_fire = criterion_absent_test(UNKNOWN_NOT_AN_INCIDENT)


def test_an_unknown_members_export_is_an_exposure() -> None:
    found = signals('Un membre "m.durand88" a fait "Export CSV" du projet Dossiers clients. Personne ne s\'appelle '
                    "Durand et personne n'a ajouté cette personne.")
    assert found.data_exposed is not None and found.data_exposed.value is True
