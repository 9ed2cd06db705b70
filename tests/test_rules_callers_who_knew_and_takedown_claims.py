"""Offline extractor, round 124: callers who knew exact orders, other clients' papers in a portal, takedown claims.

"een vrouw die ... precies wist welk rouwstuk ze had besteld"; "zien ze ook de offertes ... van andere klanten van
ons"; a CV "attached only to an internal task" that another firm's HR "saw in the shared client portal"; "Volgens
hen zijn de illustraties ... van hen en gebruiken we die zonder licentie"; "presento la demanda en el juzgado"; a
Visa, a Mastercard "(different bank)" and a card "from a third bank" all failing; "hay un tuit ... con miles de
retuits"; Japanese "REST API ... すべて 500 エラー" at a partner firm too. Near misses: "as soon as I let go it snaps
back", "Ze eisen dat alles binnen 48 uur offline gaat", a competitor's outage "dans la presse", a Microsoft 365
mailbox taken over with TeamFlow checked clean, a workspace "selbst gelöscht, der war leer", "when a volunteer ...
asks us to erase their details", "se lo cambi si vedono" (a condition, nothing seen).
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, signals

REPORTS: dict[str, tuple[str, str, str]] = {
    "a CV seen by another firm though only on an internal task": (
        "SEC1",
        "The CV, attached only to an internal task, reached his employer: their HR told him they saw it in the "
        "shared client portal.",
        "The CV is attached only to an internal task; can the client portal show it if we want?"),
    "a takedown claim told in Dutch": (
        "LEG5",
        "Een ontwerpbureau zegt dat de illustraties op ons bord van hen zijn en dat we ze zonder licentie gebruiken.",
        "Wij hebben een licentie gekocht voor de illustraties op ons bord."),
    "a court claim threatened in Spanish": (
        "LEG1",
        "Si el viernes no me devuelven los 89 €, presento la demanda en el juzgado.",
        "¿Dónde presento la solicitud de factura en la aplicación?"),
    "three cards from three banks failing": (
        "FIN2",
        "Tried our Visa, a Mastercard from a different bank and a debit card from a third bank; each one fails with "
        "a provider error.",
        "Can we pay with a Mastercard from a different bank next year?"),
    "a tweet with thousands of retweets (es)": (
        "SAT4",
        "Hay un tuit con miles de retuits que dice que TeamFlow borró proyectos; deberíais responder allí.",
        "¿Cómo comparto una tarea por correo?"),
    "the API failing at a partner firm too (ja)": (
        "OUT2",
        "REST APIへのリクエストがすべて500エラーです。取引先の会社の連携システムも同じく止まっています。",
        "REST APIの使い方を教えてください。"),
}

NOT_AN_INCIDENT: NearMissTable = {
    "letting go of the mouse": (
        "SEC1", "When I drag a dependency it snaps back as soon as I let go, and nothing is saved.", None),
    "a takedown demanded, no outage (nl)": (
        "OUT1", "Ze eisen dat alles binnen 48 uur offline gaat en willen een vergoeding.", None),
    "a competitor's outage in the press (fr)": (
        "OUT1", "J'ai lu dans la presse que PlanPro, un de vos concurrents, a eu une panne de trois jours.", None),
    "another service's mailbox taken over": (
        "SEC3", "A phishing email let someone take over a colleague's Microsoft 365 mailbox. Our IT found only our "
                "own logins in TeamFlow, so we don't think TeamFlow was touched.", None),
    "a workspace the writer deleted (de)": (
        "SEC4", "Den zweiten Workspace haben wir schon selbst gelöscht, der war leer.", None),
    "the usual erasure procedure told": (
        "LEG4", "When a volunteer leaves us and asks us to erase their details, we remove them from the workspace.",
        None),
}

test_report_criterion_fires, test_report_near_miss_does_not_fire = criterion_case_tests(REPORTS)
test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_a_caller_who_knew_an_exact_order_saw_it() -> None:
    found = signals("Een klant werd gebeld door een vrouw die precies wist welk rouwstuk ze had besteld. Die gegevens "
                    "staan nergens anders dan in ons TeamFlow bord.")
    assert "SEC1" in {h.criterion for h in found.hits}
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_other_clients_papers_in_a_guest_portal_were_seen() -> None:
    found = signals("Als ze inloggen op hun klantportaal zien ze ook de offertes en facturen van andere klanten van "
                    "ons, met namen en bedragen erbij.")
    assert "SEC1" in {h.criterion for h in found.hits}
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_a_flaw_told_as_a_condition_saw_nothing() -> None:
    found = signals("Mio figlio dice che nel link c'è un numero e che se lo cambi si vedono le fatture di altri "
                    "clienti vostri. Non ha provato.")
    assert found.data_exposed is None or found.data_exposed.value is not True
