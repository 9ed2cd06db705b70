"""Offline extractor, round 132: digests sent to the wrong organisation, reminders with another member's file.

"our Monday digest email ... a completely different orchestra, they are not in our workspace"; "el PDF adjunto no era
el suyo: era la ficha de OTRO socio"; "una carta de la Dirección General de Consumo"; a test user who types a task
number "in der Adresszeile ... obwohl der Testnutzer in A gar kein Mitglied ist". Near misses: questions "for the
draft" of a notification policy, a security awareness quiz, "saiu no jornal que um outro software ... teve vazamento",
"on croirait que tout est en panne... mais non", a feature idea "hidden from guests", a card payment that bounced at
the bank, a reputation agency's pitch.
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, signals

REPORTS: dict[str, tuple[str, str, str]] = {
    "a consumer authority's letter (es)": (
        "LEG2",
        "Hemos recibido una carta de la Dirección General de Consumo: nos requieren explicar qué datos guardamos.",
        "¿Tienen ustedes algún certificado para la Dirección General de Consumo?"),
    "a task opened by typing its number (de)": (
        "SEC2",
        "Wenn ich als Testnutzer in der Adresszeile die Nummer einer Aufgabe aus Workspace A eintrage, sehe ich sie "
        "komplett, obwohl der Testnutzer in A gar kein Mitglied ist.",
        "Wie trage ich in der Adresszeile die Nummer einer Aufgabe ein?"),
}

NOT_AN_INCIDENT: NearMissTable = {
    "questions for a draft policy": (
        "LEG2", "For the draft: whether you would notify us before or after regulators. Nothing has happened.", None),
    "a quiz's question": (
        "SEC1", "Our security awareness quiz asks: 'Your tool emails you about a data breach - what do you do?'",
        None),
    "news about another vendor (pt)": (
        "SEC1", "Saiu no jornal que um outro software teve vazamento de dados de clientes.", None),
    "a figure of speech (fr)": ("OUT1", "On croirait que tout est en panne... mais non, seul le Gantt est lent.", None),
    "a feature wished for": (
        "SEC1", "One thing that would make a big difference: a field type that can be marked private, so it's "
        "hidden from guests.", None),
    "a payment that bounced at the bank": (
        "SAT3", "Our card payment to you bounced because our bank had an outage.", None),
    "a reputation agency's pitch": (
        "SEC1", "We help SaaS companies manage their online reputation after a data breach. Do you have 20 minutes "
        "on your calendar next week?", None),
}

test_report_criterion_fires, test_report_near_miss_does_not_fire = criterion_case_tests(REPORTS)
test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_a_digest_that_went_to_another_organisation_was_seen() -> None:
    found = signals("Members of another orchestra, who are not in our workspace, got our weekly digest email from "
                    "TeamFlow. He read it out to me: our musicians' fees and two home addresses.",
                    subject="weekly digest went to the wrong orchestra")
    assert "SEC1" in {h.criterion for h in found.hits}
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_a_reminder_with_another_members_file_was_seen() -> None:
    found = signals("Cada socio recibió el recordatorio de su sesión, pero el PDF adjunto no era el suyo: era la ficha "
                    "de otro socio, con su medicación y su dirección.",
                    subject="Socios reciben la ficha de otra persona")
    assert "SEC1" in {h.criterion for h in found.hits}
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_records_tried_only_on_our_own_stay_unseen() -> None:
    found = signals("Mi sobrina cambió el número del final de la dirección y se abrió la ficha de otro cliente sin "
                    "pedir contraseña. Solo lo probó con nuestras fichas.")
    assert "SEC2" in {h.criterion for h in found.hits}
    assert found.data_exposed is None or found.data_exposed.value is False
