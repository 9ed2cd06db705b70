"""Offline extractor, round 109: reminders that list other patients, lures sent in our name, drawings in a gallery.

"con nome e cognome degli altri pazienti"; "una pagina identica a quella di Microsoft ... Nessuno di noi ha mandato";
"zwei erfolgreiche Anmeldungen" after an account was removed; "our title block is still on sheet 2". Near misses: a
surname that means "judge" in a signature, a workspace that "kann gelöscht werden", someone else's mail server.
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, signals

REPORTS: dict[str, tuple[str, str, str]] = {
    "a reminder with other patients' names (it)": (
        "SEC1",
        "Nel promemoria non c'era solo il loro appuntamento, ma l'elenco di tutte le sedute, con nome e cognome degli "
        "altri pazienti.",
        "Nel promemoria c'era solo il loro appuntamento, con nome e cognome del paziente."),
    "a lure sent in our name that nobody here sent (it)": (
        "SEC3",
        "I clienti hanno ricevuto a nome del nostro spazio un invito; il link portava a una pagina identica a quella "
        "di Microsoft che chiedeva la password. Nessuno di noi ha mandato quegli inviti.",
        "I clienti hanno ricevuto a nome del nostro spazio un invito al progetto. Come cambio il testo dell'invito?"),
    "successful sign-ins after the account was removed (de)": (
        "SEC1",
        "Ihr Konto haben wir aus dem Workspace entfernt. Im Protokoll sehen wir zwei erfolgreiche Anmeldungen mit "
        "ihrer Adresse.",
        "Ihr Konto haben wir aus dem Workspace entfernt. Wie lade ich sie wieder ein?"),
    "our drawings published in the gallery": (
        "LEG5",
        "A template in your gallery uses our drawings. We never gave that firm, or anyone, permission to publish "
        "them.",
        "Can we publish our drawings in your gallery as a template?"),
}

NOT_AN_INCIDENT: NearMissTable = {
    "a surname that means judge (de)": (
        "LEG3", "Forwarding the chain so you have everything.\n- Stefan Richter, IT Service Desk, Halvorsen Pharma",
        None),
    "a workspace that can be deleted (de)": (
        "SEC4", "Der zweite Workspace kann gelöscht werden, da ist nichts drin.", None),
    "someone else's mail server is down": (
        "OUT1", "Our Outlook has been down all morning (their server, not yours), so we get no TeamFlow emails.",
        None),
}

test_report_criterion_fires, test_report_near_miss_does_not_fire = criterion_case_tests(REPORTS)
test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_someone_elses_mail_server_routes_a_how_to_to_product_information() -> None:
    found = signals("Our Outlook has been down all morning (their server, not yours), so we get no TeamFlow emails. "
                    "Where can we see all notifications inside TeamFlow?", subject="Outlook down")
    assert found.topic == "product"


def test_a_refund_amount_next_to_dutch_terug() -> None:
    found = signals("Ik heb per ongeluk een tweede jaarabonnement afgerekend. Graag ontvang ik de € 1.500 terug.",
                    subject="Terugbetaling")
    assert found.refund is not None and found.refund.amount == 1500
