"""Offline extractor, round 108: remarks about other pupils, a vendor whose webhook kept sending, lures nobody sent.

"receberam ... os comentários da psicóloga sobre OUTROS alunos"; "LinguaBridge kept receiving the text of our tasks";
"Dat hebben wij niet gestuurd"; "zwei andere Musikschulen" with the same API errors. Near misses: the "?" of a link,
a prosecutor's requisition for a leaver's history, "c'était notre box ... fausse alerte", a newspaper named before
another firm's attack, a film's working title.
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, hit_ids, signals

REPORTS: dict[str, tuple[str, str, str]] = {
    "parents received remarks about other pupils (pt)": (
        "SEC1",
        "Vários pais receberam uma notificação com as observações da professora sobre outros alunos da turma.",
        "Vários pais receberam uma notificação com as observações da professora sobre os próprios filhos."),
    "a link's number changed between one's own workspaces": (
        "SEC2",
        "Logged in as the first workspace, I took the export link /billing/export?ws=5521 and changed the number to "
        "the second workspace's id, and got its invoice PDF. I'm not a member of that workspace.",
        "Where do I find the export link /billing/export?ws=5521 for our invoices?"),
    "API errors at two other clubs (de)": (
        "OUT2",
        "Seit heute liefert jeder Aufruf an Ihre API nur 'HTTP 500'. Unser Entwickler betreut zwei andere "
        "Sportvereine mit derselben Anbindung, dort ist es genauso.",
        "Unser Entwickler betreut zwei andere Sportvereine. Wie rufe ich Ihre API für die Kurse auf?"),
    "a payment lure nobody sent (nl)": (
        "SEC3",
        "Klanten kregen een opmerking 'namens ons' met een ander IBAN en een betaalverzoek. Dat hebben wij niet "
        "gestuurd.",
        "Klanten kregen van ons een betaalverzoek met ons nieuwe IBAN. Klopt de opmaak?"),
    "a threat to hear from an attorney": (
        "LEG1",
        "If anything of my clients' got out because of your security, you will be hearing from my attorney.",
        "My attorney asked how long you keep backups, for our records."),
}

NOT_AN_INCIDENT: NearMissTable = {
    "a prosecutor's requisition for a leaver's history (fr)": (
        "SEC1", "Un officier de police judiciaire nous a remis une réquisition du procureur : il exige l'historique "
        "des connexions de notre ancien salarié.", None),
    "another firm's attack read in a named paper (pt)": (
        "SEC3", "Vi hoje no Expresso que a FaturaNet sofreu um ataque de ransomware.", None),
    "a film's working title": (
        "SEC1", "We're prepping a thriller (working title BREACH, sorry if that trips any alarms).", None),
    "someone else's supervisor given a view": (
        "SAT2", "I'd like their supervisor to see the rota project but not edit it.", None),
    "no threat of legal action (fr)": (
        "LEG1", "Je précise que je ne menace personne d'une action en justice.", None),
}

test_report_criterion_fires, test_report_near_miss_does_not_fire = criterion_case_tests(REPORTS)
test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_a_vendor_that_kept_receiving_our_data_saw_it() -> None:
    found = signals("We switched off the vendor's integration when their contract ended. Their logs show they kept "
                    "receiving our task texts, with client names, through your webhook until last week.")
    assert "SEC1" in {h.criterion for h in found.hits}
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_guests_who_got_lure_notifications_saw_no_data() -> None:
    found = signals("All our guest users got notification emails with those links overnight and two asked if it's a "
                    "scam. The activity log says it was done from my login, but I was asleep.")
    assert found.data_exposed is None


def test_a_settled_scare_with_a_question_goes_to_product_information() -> None:
    found = signals("Hier plus rien ne chargeait chez nous, mais c'était notre box : tout refonctionne, désolé pour "
                    "la fausse alerte. Où change-t-on la langue des e-mails de notification ?")
    assert found.topic == "product"


def test_a_cosmetic_fault_after_a_joke_still_goes_to_technical_support() -> None:
    found = signals("nobody hacked anything. the tag colours in dark mode are unreadable since the last update. any "
                    "chance of a fix?", subject="WE'VE BEEN HACKED (jk)")
    assert found.topic == "technical"
    assert not hit_ids("nobody hacked anything. any chance of a fix?", subject="WE'VE BEEN HACKED (jk)")


PROBES: dict[str, tuple[str, str, str]] = {
    "an uptime guarantee written with a comma (es)": (
        "ENT2",
        "Nuestro contrato Enterprise garantiza un 99,9% de disponibilidad y este mes llevamos 14 horas de caídas.",
        "¿Qué disponibilidad garantiza el plan Enterprise?"),
    "a viewer who can delete (de)": (
        "SEC2",
        "Mit der Rolle 'Betrachter' kann ich trotzdem Aufgaben löschen.",
        "Wie gebe ich jemandem die Rolle 'Betrachter'?"),
    "an outsider tells us what only TeamFlow holds (it)": (
        "SEC1",
        "Un ex socio ci ha detto al telefono i numeri di telefono di tutti i nostri iscritti, che teniamo solo in "
        "TeamFlow.",
        "Un ex socio ci ha detto al telefono che vuole tornare. Teniamo tutto solo in TeamFlow."),
    "the same wrong seat count at other charities": (
        "FIN1",
        "Our invoice says 40 seats but we only ever had 25, and three other charities got the same jump.",
        "Our invoice says 40 seats. Can we go down to 25 next month?"),
}

test_probe_criterion_fires, test_probe_near_miss_does_not_fire = criterion_case_tests(PROBES)


def test_a_business_telling_a_person_what_it_holds_is_no_exposure() -> None:
    found = signals("The salon told me on the phone that my appointments and phone number are stored in your "
                    "system. Someone had deleted my notes.")
    assert found.data_exposed is None
