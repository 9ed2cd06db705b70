"""Offline extractor, round 120: printouts in letterboxes, prices quoted to the penny, faults that need no keyword.

"in ihrem Briefkasten einen Ausdruck unserer Mieterliste"; a former supplier who "quoted, to the penny" rates held
only in the workspace; "der Gastzugang ... hat die Liste geöffnet" is no contact with support; "el botón se queda
dando vueltas"; linked tasks that "no longer move"; invoices "em dólares americanos (65 USD) em vez dos 55 €" at
other firms; a German list of contract changes "zum 1. März"; a Swedish "återbetala". Near misses: a bank's own
breach, a purchase "nobody here ordered", "policy renewals" as the customer's own work items.
"""

from __future__ import annotations

from datetime import UTC, datetime

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, hit_ids, signals

REPORTS: dict[str, tuple[str, str, str]] = {
    "our list printed into a letterbox (de)": (
        "SEC1",
        "Eine Mieterin hat in ihrem Briefkasten einen Ausdruck unserer Mieterliste gefunden, mit Namen, Adressen und "
        "Rückständen. Keiner von uns hat sie ausgedruckt.",
        "Wie drucken wir unsere Mieterliste mit Namen und Adressen für die Briefkästen aus?"),
    "our list printed into letterboxes (fr)": (
        "SEC1",
        "Des parents ont trouvé dans leur boîte aux lettres une impression de notre liste des impayés, avec noms et "
        "adresses. Personne chez nous ne l'a imprimée.",
        "J'ai l'impression que notre liste des impayés est plus lente, personne chez nous n'a rien exporté."),
    "prices quoted to the penny by a former supplier": (
        "SEC1",
        "A supplier we stopped working with rang and quoted, to the penny, the rates we agreed with his competitor. "
        "Those rates are nowhere but in TeamFlow.",
        "Can you show how to hide the rates we agreed with suppliers from guests?"),
    "prices read out to the cent (nl)": (
        "SEC1",
        "Onze oude leverancier noemde me tot op de cent de prijzen die we met de nieuwe hebben afgesproken. Die "
        "staan nergens anders dan in TeamFlow.",
        "Hoe zet ik de prijzen van onze leveranciers in een apart bord?"),
    "a comment that spins and never posts (es)": (
        "TEC3",
        "Cuando escribo un comentario y pulso Publicar, el botón se queda dando vueltas y el comentario no aparece.",
        "¿Cómo se edita un comentario después de publicarlo?"),
    "linked tasks that no longer move": (
        "TEC3",
        "Moving a task in the timeline no longer moves the tasks linked after it automatically.",
        "How do I link tasks in the timeline so they move together?"),
    "cards back in a column after a refresh": (
        "TEC3",
        "On our renewals kanban, cards I drag to Done are back in Review when I refresh.",
        "Can the renewals kanban move cards to Done by itself when a task is finished?"),
    "invoices in dollars at other firms (pt)": (
        "FIN1",
        "A fatura veio em dólares americanos (65 USD) em vez dos 55 € de sempre, e outras três clínicas receberam o "
        "mesmo.",
        "A fatura veio em euros, como sempre; outras três clínicas também pagam em euros."),
    "a dated list of contract changes (de)": (
        "FIN5",
        "Wir möchten unseren Vertrag zum 1. März so anpassen:\n- von 30 auf 22 Nutzer reduzieren\n- auf jährliche "
        "Abrechnung umstellen",
        "Wie viele Nutzer hat unser Vertrag zum 1. März?"),
    "a feature wished for (nl)": (
        "SAT5",
        "Eén ding missen we: een knop om een project als sjabloon op te slaan. Staat zoiets op de planning?",
        "Staat de onderhoudsbeurt van zaterdag nog op de planning?"),
}

NOT_AN_INCIDENT: NearMissTable = {
    "another firm's breach": (
        "SEC1", "Our bank wrote that they had a data breach in October. Do we need to do anything?", None),
    "a purchase nobody made": (
        "SEC3", "Nobody here ordered the Timesheets add-on, yet it was switched on and billed. Please refund.", None),
    "something never connected is no fault": (
        "TEC3", "We have never connected PayWell to TeamFlow and nobody has uploaded payroll files.", None),
}

test_report_criterion_fires, test_report_near_miss_does_not_fire = criterion_case_tests(REPORTS)
test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_a_printout_in_a_letterbox_was_seen() -> None:
    found = signals("Three tenants found a printout of our arrears list in their letterboxes, names, addresses and "
                    "amounts owed. Nobody on the committee printed it.")
    assert "SEC1" in {h.criterion for h in found.hits}
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_a_file_opened_by_a_guest_is_no_contact_with_support() -> None:
    found = signals("Der Gastzugang von Brandt hat die Liste am Dienstag um 21:14 geöffnet und heruntergeladen. Mit "
                    "der Mühle Brandt arbeiten wir seit Juni nicht mehr zusammen.",
                    received_at=datetime(2026, 12, 31, 15, tzinfo=UTC))
    assert "TEC1" not in {h.criterion for h in found.hits}
    assert "TEC3" not in {h.criterion for h in found.hits}


def test_a_swedish_refund_over_the_threshold() -> None:
    found = signals("Vi betalade årsavgiften två gånger, 15 000 kr. Kan ni återbetala det ena beloppet?")
    assert "FIN3" in {h.criterion for h in found.hits}
    assert found.refund is not None and found.refund.amount == 15000 and found.refund.currency == "SEK"


def test_first_line_reads_a_bare_french_fault_and_a_wrong_colour() -> None:
    assert signals("ça marche pas depuis ce matin, vous pouvez regarder svp").topic == "technical"
    assert signals("Das Label wird jetzt grau statt rot angezeigt. Liegt das an uns?").topic == "technical"
    assert signals("Not a security issue, just cosmetic: in dark mode the sidebar stays bright white.").topic == \
        "technical"


def test_a_technical_senior_is_no_manager() -> None:
    assert "SAT2" not in hit_ids("The export is still empty. Can it go to someone more senior on the technical side?")
