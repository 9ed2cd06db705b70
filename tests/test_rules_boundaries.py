"""Offline extractor: very short and very long tickets, forwards, and combinations of criteria.

A forwarded message is the report itself, even when its lines carry ">"; a long ticket buries one
fact among paragraphs of background; a short one gives a single sentence. Each case pairs a text
that shows the criterion with a near miss in similar words that must not fire it.
"""

from __future__ import annotations

import pytest
from rules_helpers import hit_ids, signals

from triage.text import split_ticket

# (criterion, text that shows it, near miss that must not fire it)
CASES: dict[str, tuple[str, str, str]] = {
    "payment fraud from a colleague's account (fr)": (
        "SEC3",
        "Nos clients ont reçu un message de notre directrice financière leur demandant de virer leurs paiements sur "
        "un nouveau compte. Elle n'a rien envoyé.",
        "Comment changer le compte bancaire sur lequel nous payons nos factures ?"),
    "reset link that works after use (de)": (
        "SEC2",
        "Euer Passwort-Reset-Link funktioniert auch nach der Benutzung immer wieder.",
        "Wie lange funktioniert euer Passwort-Reset-Link?"),
    "a rival's screenshot of a private board": (
        "SEC1",
        "A guy at a rival agency just emailed me a screenshot of our private pricing board.",
        "I emailed our designer a screenshot of our pricing board for review."),
    "reminders stopped at partner studios (it)": (
        "OUT3",
        "Non parte più nessuna notifica: niente promemoria. Nessuno dei nostri 30 colleghi ha ricevuto nulla, e i "
        "due studi partner che usano TeamFlow confermano la stessa cosa.",
        "Come attivo i promemoria per i due studi partner con cui lavoriamo?"),
    "or my lawyer hears about it": (
        "LEG1",
        "Someone logged into my account from Romania. Fix this or my lawyer hears about it.",
        "My lawyer asked whether you support two-factor sign-in."),
    "one named person for our account": (
        "ENT3",
        "Is it possible to have one named person on your side who looks after our account and knows how we work?",
        "I am the one named person on our side for all tool questions."),
    "days waiting for an answer (es)": (
        "SAT3",
        "Llevo ocho días esperando una respuesta a una pregunta sencilla sobre permisos.",
        "Llevo ocho días usando la nueva vista de permisos."),
    "the chat agent hung up (nl)": (
        "SAT3",
        "CSV-export geeft een leeg bestand en jullie chatmedewerker hing gewoon op.",
        "Onze chatmedewerker gebruikt TeamFlow voor de planning."),
    "boards take 20 seconds (fr)": (
        "TEC5",
        "Depuis lundi nos tableaux mettent 15 à 20 secondes à s'afficher.",
        "Le tableau affiche les tâches des 20 dernières semaines."),
    "a button that does nothing (fr)": (
        "TEC3",
        "Le bouton « Envoyer » des commentaires ne fait plus rien chez moi.",
        "Le bouton « Envoyer » des commentaires est-il déplaçable ?"),
    "same seats billed twice at other studios": (
        "FIN1",
        "March invoice billed every seat twice; two other studios in our building got the same.",
        "March invoice lists every seat; we have two studios in our building."),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_criterion_fires(case: str) -> None:
    criterion, text, _ = CASES[case]
    assert criterion in hit_ids(text)


@pytest.mark.parametrize("case", sorted(CASES))
def test_near_miss_does_not_fire(case: str) -> None:
    criterion, _, near_miss = CASES[case]
    assert criterion not in hit_ids(near_miss)


def test_a_forward_makes_the_quoted_message_the_report() -> None:
    body = ("Hi, forwarding below.\n\n> I left Orlan in January. Under the GDPR I want all my personal data erased "
            "from every system.\n\nCan you handle the TeamFlow side?")
    forwarded = split_ticket("Fwd: erasure request", body)
    assert not forwarded.quoted and any("GDPR" in forwarded.text[a:b] for a, b in forwarded.new)
    assert "LEG4" in hit_ids(body, "Fwd: erasure request")
    replied = split_ticket("Re: erasure request", body)
    assert any("GDPR" in replied.text[a:b] for a, b in replied.quoted)


@pytest.mark.parametrize("text", [
    "Any hack to bulk-rename tags across projects?",
    "I am building a template for a typical lawsuit: complaint, discovery, depositions, trial. Each phase has "
    "deadlines that run from a court order.",
    "We prepaid the year, closed an office and removed them the same week. Please refund the unused months.",
    "The timeline view shows only the date header and no bars. The board and list views are fine.",
])
def test_no_false_immediate_alarm(text: str) -> None:
    found = hit_ids(text, "Gantt view blank" if "timeline" in text else None)
    assert not found & {"SEC1", "SEC2", "SEC3", "SEC4", "OUT1", "LEG1", "LEG3"}, found


def test_a_refund_amount_found_beside_a_later_mention() -> None:
    refund = signals("Bonjour, un peu de contexte sur notre entreprise. " * 12
                     + "Je vous demande donc de nous restituer les 1 200 € prélevés en trop.",
                     "Remboursement de notre abonnement annuel").refund
    assert refund is not None and refund.amount == 1200 and refund.currency == "EUR"
