"""Offline extractor, round 64: what a Monday inbox brings in six languages, and what only sounds like it.

A freelancer "die eigentlich aus unserem Team raus sein sollte" who still gets "Mails von TeamFlow" and read a task out
loud; an authority's "anlasslose Prüfung" asking for papers "unter Angabe des Aktenzeichens"; "la facture de quelqu'un
d'autre" reached by typing another number; "dodici mie fotografie ... senza la mia autorizzazione"; "stellen wij
TeamFlow aansprakelijk"; a fake "Microsoft-Anmeldung"; a member's account that "exported the whole project" while she
was on holiday; "tientallen mails ... die niemand van ons heeft aangevraagd".
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, signals

# each criterion as these writers told it, beside a near miss in similar words
MONDAY: dict[str, tuple[str, str, str]] = {
    "a former freelancer still getting our task mails (de)": (
        "SEC1",
        "Der Auftrag ist beendet, eigentlich sollte sie aus unserem Team raus sein. Sie bekommt immer noch jeden Tag "
        "Mails von TeamFlow mit unseren Aufgaben und hat mir eine vorgelesen.",
        "Wie bekomme ich Mails von TeamFlow nur für meine eigenen Aufgaben?"),
    "an authority asking for papers under its file number (de)": (
        "LEG2",
        "Im Rahmen einer anlasslosen Prüfung bitte ich Sie, die Unterlagen zur Auftragsverarbeitung innerhalb von "
        "drei Wochen unter Angabe des obigen Aktenzeichens zu übersenden.",
        "Wo finde ich den Vertrag zur Auftragsverarbeitung zum Download?"),
    "someone else's invoice reached by typing another number (fr)": (
        "SEC1",
        "Par erreur j'ai tapé 88411 et je suis tombée sur la facture de quelqu'un d'autre, avec le nom du gérant et "
        "l'adresse.",
        "Par erreur j'ai payé la facture deux fois. Pouvez-vous me rembourser ?"),
    "a photographer's pictures on a public link (it)": (
        "LEG5",
        "In un link pubblico della vostra piattaforma sono usate dodici mie fotografie, senza la mia autorizzazione.",
        "Posso caricare le mie fotografie in un link pubblico della vostra piattaforma?"),
    "a liability claim through the company lawyer (nl)": (
        "LEG1",
        "Als de gegevens niet woensdag terug zijn, stellen wij TeamFlow aansprakelijk en start hij een procedure.",
        "Onze jurist wil weten wie er aansprakelijk is voor de facturen van de vereniging."),
    "a task linking to a fake sign-in page (de)": (
        "SEC3",
        "In der Aufgabe war ein Link auf eine Seite, die genauso aussieht wie die Microsoft-Anmeldung und nach dem "
        "Passwort fragt.",
        "Unsere Anmeldeseite sieht genauso aus wie die von Microsoft, weil wir SSO nutzen. Ist das normal?"),
    "an account that exported everything while she was away": (
        "SEC1",
        "Our intern is on holiday with her laptop off, but the log shows her account exported the whole Clients "
        "project on Saturday at 04:12.",
        "Our intern exported the whole Clients project before she went on holiday, as I asked."),
    "dozens of reset mails nobody asked for (nl)": (
        "SEC3",
        "Dit weekend kregen we tientallen mails 'Wachtwoord opnieuw instellen aangevraagd' die niemand van ons heeft "
        "aangevraagd.",
        "Ik heb zelf 'Wachtwoord opnieuw instellen' aangevraagd maar de mail komt niet."),
    "an export that never finishes (es)": (
        "TEC3",
        "La exportación a Excel del proyecto se queda en 'Preparando archivo' y nunca termina.",
        "¿La exportación a Excel incluye los comentarios?"),
    "a card that is back after a refresh": (
        "TEC3",
        "When I drag a card to Done it looks fine, but after I refresh the page it's back in In Progress.",
        "After I refresh the page it's back to the default view, which is what I want. Thanks!"),
}

test_criterion_fires, test_near_miss_does_not_fire = criterion_case_tests(MONDAY)

NOT_AN_INCIDENT: NearMissTable = {
    "a dark-mode wish about a white screen (fr)": (
        "OUT1", "On travaille souvent tard et l'écran blanc fatigue vraiment les yeux. Un mode sombre est prévu ?",
        None),
    "nothing has disappeared, the sync stopped (fr)": (
        "SEC4", "Dans TeamFlow tout est là, rien n'a disparu, c'est juste que la synchro ne se fait plus.", None),
    "a guest question asked as a precaution (de)": (
        "SEC1", "Kommt ein Gast über Links an andere Projekte? Nicht dass wir uns ein Datenleck bauen. Es ist bisher "
        "nichts passiert, ist nur eine Vorsichtsfrage.", None),
    "questions from our lawyer before we sign up (de)": (
        "LEG1", "Unser Anwalt hat uns ein paar Fragen mitgegeben. Es ist nichts vorgefallen.", None),
    "a pending invitation to delete (fr)": (
        "SEC4", "Comment je supprime cette invitation en attente ?", None),
}

test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_someone_elses_invoice_is_an_exposure() -> None:
    found = signals("Par erreur j'ai tapé 88411 et je suis tombée sur la facture de quelqu'un d'autre : une entreprise "
                    "de plomberie, avec le nom du gérant et l'adresse.")
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_two_outside_companies_that_opened_a_board_are_an_exposure() -> None:
    found = signals("A prospect found our private pitch board by googling our client's name. We know at least two "
                    "outside companies have opened it.")
    assert found.data_exposed is not None and found.data_exposed.value is True
