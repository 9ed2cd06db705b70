"""Offline extractor: the grader's test, people on the floor, and regional varieties of each language.

A warehouse lead writes "kommt keiner von der Frühschicht in die App"; a Flemish office says "een
ex-werknemer heeft onze klantenlijst geëxporteerd"; an Australian builder says "a contractor we let
go ... exported our client list". Each case pairs a text that shows the criterion with a near miss in
similar words.
"""

from __future__ import annotations

import pytest
from rules_helpers import criterion_case_tests, hit_ids, signals

# (criterion, text that shows it, near miss that must not fire it)
REGIONAL: dict[str, tuple[str, str, str]] = {
    "nobody on the early shift gets into the app (de)": (
        "OUT1",
        "Seit 6 Uhr kommt keiner von der Frühschicht in die App, bei allen nur ein weißer Bildschirm.",
        "Seit 6 Uhr kommt keiner von der Frühschicht zur Arbeit, weil die Straße gesperrt ist."),
    "every single page throws a 500": (
        "OUT1",
        "Every single page throws a 500 for our whole company this morning.",
        "Every single page of the export has the footer twice."),
    "morning lists that did not come out, a mate's neither": (
        "OUT3",
        "The scheduled stuff that builds every morning didn't run at any of our sites, and my mate who runs a "
        "cafe on TeamFlow says his stopped too.",
        "How do I change the time the scheduled stuff builds every morning?"),
    "a state labour department auditor": (
        "LEG2",
        "A state labor department auditor asked whether your system keeps punch records the way the rules "
        "require and wants a written answer from your company.",
        "Our labor department team uses TeamFlow for onboarding checklists; how do I add a template?"),
    "a lawyer who acts for us and will be in touch": (
        "LEG1",
        "I have forwarded this thread to our solicitor, who acts for us, and she will be in touch about "
        "recovering the fees.",
        "Our solicitor, who acts for us on property matters, asked how to share a board read-only."),
    "a Swiss court's production order": (
        "LEG3",
        "Wir haben heute eine Editionsverfügung des Bezirksgerichts erhalten und müssen alle Projektdaten "
        "herausgeben.",
        "Wie exportiere ich alle Projektdaten als CSV?"),
    "casino links posted from an apprentice's account (de)": (
        "SEC3",
        "Über das Konto von unserem Lehrling wurden heute Nacht 200 Kasino-Links in alle Projekte gepostet.",
        "Wie können wir Kasino-Links und Spam-Kommentare filtern?"),
    "a driver let go who still exported the list": (
        "SEC1",
        "We let a driver go on Friday and on Saturday he exported our whole customer list.",
        "We let a driver go on Friday; how do I move his open jobs to someone else?"),
    "charged three times, other firms too (pt)": (
        "FIN1",
        "A fatura veio cobrando 3 vezes o valor das licenças, e mais duas empresas do nosso coworking que também "
        "usam TeamFlow estão iguais.",
        "A fatura veio cobrando 3 vezes o valor das licenças, podem corrigir?"),
    "a billing cycle change asked in Dutch": (
        "FIN5",
        "Kunnen jullie ons vanaf volgende maand overzetten van maandelijks naar jaarlijks betalen?",
        "Wat kost het als we van maandelijks naar jaarlijks betalen gaan?"),
    "an unanswered couple of emails": (
        "SAT3",
        "The board has been slow all week. I emailed twice and got nothing back, not even an auto reply.",
        "The board has been slow all week; I emailed my team twice about it."),
    "a review about the app tonight": (
        "SAT4",
        "I'm putting up a Google review about your app tonight unless someone gets back to me.",
        "Can we link our Google reviews page to a task?"),
    "an export sent by mistake, then opened by the agency (it)": (
        "SEC1",
        "Abbiamo per errore mandato all'agenzia il link dell'esportazione dei clienti e oggi ci scrive che l'ha "
        "scaricata e aperta.",
        "Abbiamo per errore mandato all'agenzia il link sbagliato; come si disattiva un link?"),
}

test_regional_criterion_fires, test_regional_near_miss_does_not_fire = criterion_case_tests(REGIONAL)


@pytest.mark.parametrize(("body", "absent"), [
    ("App won't load at the back dock. Our wifi router back there died this morning, on 4G it's fine.", "OUT1"),
    ("Our building's internet went down all morning (the landlord's fibre provider had an outage).", "OUT1"),
    ("By our count the platform was unavailable for just over 6 hours across March; please apply SLA credits.",
     "OUT1"),
    ("Three Sundays ago the platform was unavailable for most of the day (since resolved). This is a formal "
     "complaint.", "OUT1"),
    ("Your invoice puts our whole 2-year prepayment down as January service.", "OUT1"),
    ("Nos clients nous demandent s'ils sont sur un site pirate depuis que le portail affiche votre logo.", "SEC1"),
    ("Not a security thing: 'Breach' is our task for the levee breach at field 7.", "SEC1"),
    ("In the Gantt view, dependency arrows between tasks disappear as soon as I zoom to weeks.", "SEC4"),
    ("App's slow out at the north field, but we barely get one bar out there.", "TEC5"),
    ("Cosa succederebbe ai nostri progetti se TeamFlow subisse un attacco informatico?", "SEC3"),
])
def test_look_alikes_raise_nothing(body: str, absent: str) -> None:
    assert absent not in hit_ids(body)


@pytest.mark.parametrize(("body", "exposed"), [
    ("Een ex-werknemer die vorige vrijdag vertrokken is, heeft maandagavond nog ingelogd en heel onze "
     "klantenlijst met contactgegevens geëxporteerd.", True),
    ("A roofing sub we never added to our account printed our client site list; we never invited him.", True),
])
def test_who_saw_the_data(body: str, exposed: bool) -> None:
    s = signals(body)
    assert bool(s.data_exposed and s.data_exposed.value) is exposed


def test_contact_details_are_no_first_contact() -> None:
    s = signals("Vorige vrijdag heeft hij de klantenlijst met contactgegevens geëxporteerd.")
    assert s.unresolved_hours is None


def test_a_refund_asked_as_reintegro_in_argentina() -> None:
    s = signals("Necesitamos que nos reintegren los US$ 1.800 del cobro duplicado.")
    assert s.refund is not None and s.refund.amount == 1800
