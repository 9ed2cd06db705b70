"""Offline extractor: angry writers and noisy channels.

Angry customers exaggerate ("EVERYTHING IS GONE") and then take it back in the next breath;
web forms put their own option lists ("Critical - outage / Security breach") into the body;
a bottom-posted reply sits under an Outlook "-----Original Message-----" block. Each case pairs
a text that shows the criterion with a near miss in similar words that must not fire it.
"""

from __future__ import annotations

import pytest
from rules_helpers import criterion_case_tests, hit_ids, signals

from triage.text import split_message

# (criterion, text that shows it, near miss that must not fire it)
CASES: dict[str, tuple[str, str, str]] = {
    "uploads turned to gibberish": (
        "SEC4",
        "Every PDF we uploaded since Monday now opens as gibberish. Contracts, drawings, all unreadable.",
        "The PDF I exported looks like gibberish because I picked the wrong font."),
    "projects gone even from the trash": (
        "SEC4",
        "Half of our client projects vanished after your migration last night: gone from trash, gone from history.",
        "I restored the projects from the trash after I deleted them by mistake."),
    "data-residency promise broken (de)": (
        "SEC5",
        "Ihr habt uns schriftlich zugesichert, dass unsere Daten in Frankfurt bleiben. Jetzt steht in eurer Liste, "
        "dass alle Anhänge in einem US-Bucket liegen. Das ist ein klarer DSGVO-Verstoß!",
        "Bleiben unsere Daten in Frankfurt, wie im Vertrag zugesichert?"),
    "database unreachable (it)": (
        "OUT4",
        "Metà delle pagine mostrano 'Impossibile connettersi al database' per tutto il mio team.",
        "Come faccio a connettermi al database di prova del nostro server?"),
    "a removed freelancer's export published": (
        "SEC1",
        "A freelancer we removed weeks ago posted a spreadsheet of all our customer records on LinkedIn. Exported "
        "from your tool, after we took his access away.",
        "A freelancer we removed weeks ago posted on LinkedIn that he is looking for work."),
    "an outsider reads our private board back": (
        "SEC1",
        "My supplier just read out the margins from our private pricing board to me. He was never invited.",
        "My supplier read out the prices from his own catalogue to me."),
    "a phishing page sent from a colleague's account": (
        "SEC1",
        "Her account sends our clients a link to a false TeamFlow page. She is on holiday, and her e-mail and "
        "password on TeamFlow were changed so she cannot enter.",
        "I changed my password yesterday and now I cannot enter; did the change work?"),
    "our list at a firm we never sent it to (es)": (
        "SEC1",
        "Nosotros nunca hemos enviado nuestra lista a esta empresa. La lista es la exportación de nuestro tablero.",
        "Nunca hemos enviado una lista a esta empresa, ¿cómo la comparto?"),
    "all of it back": (
        "FIN3",
        "You auto-upgraded us to the annual tier without asking. $1,800 charged. I want ALL of it back.",
        "I want the old layout back."),
    "contract cut by imperative (nl)": (
        "FIN5",
        "Verlaag ons contract per direct van 40 naar 25 licenties en zet het om naar maandelijkse facturatie.",
        "Hoeveel licenties staan er nu in ons contract?"),
    "support called a joke (fr)": (
        "SAT3",
        "Cinq jours pour répondre à une question sur ma facture. Votre service client est une vaste blague.",
        "Notre service client a fait une blague lors de la fête de fin d'année."),
}


test_criterion_fires, test_near_miss_does_not_fire = criterion_case_tests(CASES)


@pytest.mark.parametrize("text", [
    "LITERALLY EVERYTHING IS GONE!!! I open my Kanban board and it's EMPTY. ...OK, the list view still shows all "
    "my tasks, and my colleagues see the board fine.",
    "Every page takes 30 seconds to load. Yes, it does load in the end, but nobody can work like this!",
    "Mentions do not create notification for nobody in our team. We cleared the cache, nothing helped.",
    "Product area: Billing\nSeverity: [choose: Low / High / Critical - outage / Security breach]\n"
    "Description: please change the billing address on our invoices.\n"
    "Have you checked the status page for outages? [ ] yes [ ] no",
])
def test_no_false_immediate_alarm(text: str) -> None:
    found = hit_ids(text)
    assert not found & {"SEC1", "SEC2", "SEC3", "SEC4", "OUT1", "OUT2", "OUT3", "OUT4", "LEG1"}, found


def test_a_bottom_posted_reply_under_an_outlook_header_is_new_text() -> None:
    body = ("-----Mensaje original-----\nDe: Agencia <info@agencia.example>\nEnviado el: lunes, 4 de mayo de 2026\n"
            "Para: Luis\nAsunto: Oferta\n\n> Gracias a su lista de clientes...\n\nHola,\n\nnunca hemos enviado "
            "nuestra lista a esta agencia.\n")
    parts = split_message(body)
    new = " ".join(body[a:b] for a, b in parts.new)
    quoted = " ".join(body[a:b] for a, b in parts.quoted)
    assert "nunca hemos enviado" in new
    assert "Gracias a su lista" in quoted and "Enviado el" in quoted


@pytest.mark.parametrize(("text", "topic"), [
    ("I'm cancelling. And I'll tell every freelancer I know how useless this is.", "billing"),
    ("NOTHING WORKS. FIX IT.", "technical"),
    ("Ich will meine 500 € zurück, die ihr mir für den Jahresplan abgeknöpft habt.", "billing"),
])
def test_first_line_routing(text: str, topic: str) -> None:
    assert signals(text).topic == topic


def test_an_amount_of_500_euros_is_not_an_http_error() -> None:
    assert "TEC3" not in hit_ids("Ich will meine 500 € zurück, die App funktioniert gut.")
