"""Offline extractor, round 66: the serious fact implied rather than stated, and vendor rumours that are not incidents.

Task texts that turned to "the same garbage" with "komische Zeichen überall"; a law firm "we have instructed"; an
intern "retiré de l'équipe" whose Instagram story shows the board; "ho cancellato un numero alla fine dell'indirizzo"
and "mi è comparso il progetto di un'altra azienda"; "ONZE foto's" on a competitor's "openbare" page; invitations
asking customers to "ihr Microsoft Passwort eingeben" that "Peter hat nicht verschickt"; "what looks like a Microsoft
sign in page"; a thread claiming "half your staff got laid off".
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, signals

# each criterion as these writers told it, beside a near miss in similar words
IMPLIED: dict[str, tuple[str, str, str]] = {
    "task descriptions turned to garbage, history too": (
        "SEC4",
        "All the task descriptions look like garbage now, and when I open the version history the older versions are "
        "the same garbage.",
        "Is it normal that my draft looked like garbage before I saved it?"),
    "strange characters everywhere (de)": (
        "SEC4",
        "Komische Zeichen überall: statt ä ö ü stehen in allen Aufgaben seltsame Zeichen, auch in alten.",
        "Wie tippe ich komische Zeichen wie § in einer Aufgabe?"),
    "a law firm instructed to recover an overcharge": (
        "LEG1",
        "The overcharge has still not been credited. We have instructed Whitfield & Crane LLP, who will contact your "
        "company regarding recovery.",
        "We have instructed our office manager to update the billing address."),
    "an intern removed from the team, seen on Instagram (fr)": (
        "SEC1",
        "On l'a retiré de l'équipe le jour de son départ. Hier sa story Instagram montrait une capture d'écran de "
        "notre tableau Clients.",
        "On l'a retiré de l'équipe le jour de son départ, comme prévu. Merci pour l'aide."),
    "another firm's project after changing the number (it)": (
        "SEC2",
        "Ho cancellato un numero alla fine dell'indirizzo e ne ho scritto un altro, e mi è comparso il progetto di "
        "un'altra azienda.",
        "Cosa indica il numero alla fine dell'indirizzo di un progetto?"),
    "our photos on a competitor's public page (nl)": (
        "LEG5",
        "Een concurrent heeft een openbare TeamFlow pagina en daar staan gewoon onze foto's op, met ons logo.",
        "Hoe zet ik onze foto's op een openbare TeamFlow pagina?"),
    "customers asked for their Microsoft password in his name (de)": (
        "SEC3",
        "Kunden sollten auf der Seite ihr Microsoft Passwort eingeben. Peter hat das nicht verschickt, er war im Zug "
        "ohne Laptop.",
        "Muss ich beim Anmelden mit SSO mein Microsoft Passwort eingeben?"),
}

test_criterion_fires, test_near_miss_does_not_fire = criterion_case_tests(IMPLIED)

NOT_AN_INCIDENT: NearMissTable = {
    "a rumour that the vendor's staff were laid off": (
        "SEC1", "There's a Reddit thread claiming TeamFlow is dead, based on someone's claim that half your staff got "
        "laid off. Could you reply there?", None),
    "an auditor's paperwork request": (
        "SEC1", "Our auditors asked for confirmation of whether you had any data breaches in the last 12 months. No "
        "incident on our side, this is purely paperwork.", None),
    "an account nobody uses any more (pt)": (
        "SEC3", "Desde outubro ninguém da equipe usa mais a conta. Gostaríamos do reembolso da renovação.", None),
    "a colleague who still gets no notifications (fr)": (
        "SEC1", "Notre secrétaire ne reçoit toujours aucune notification de TeamFlow.", None),
    "'come across badly' is no integration": (
        "TEC4", "I hope this doesn't come across badly, it's nothing personal, but we're moving to Trello.", None),
}

test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_another_firms_project_that_appeared_is_an_exposure() -> None:
    found = signals("Ho cancellato un numero alla fine dell'indirizzo e mi è comparso il progetto di un'altra azienda, "
                    "con i nomi dei loro clienti e i preventivi.")
    assert found.data_exposed is not None and found.data_exposed.value is True
