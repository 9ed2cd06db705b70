"""Offline extractor, round 122: former vendors still mailed, screenshots in public threads, export links by number.

"Dejamos de trabajar con la agencia ... sigue recibiendo nuestros resúmenes"; "the same screenshot ... is in a public
thread ... posted by your support contractor"; "Ändere ich die Zahl auf 48212 ... in dem ich nicht angemeldet bin";
"un papa voyait aussi les fiches des autres enfants"; a registered mark "zonder dat wij daar ooit toestemming voor
hebben gegeven"; background jobs "in wachtrij" at a neighbouring club "(ander account)"; two other papers whose
"TeamFlow bills were doubled". Near misses: a password changed "par précaution" takes nothing back, "Hackerweek" is
an event, sign-in notices mailed to the team saw nothing, "if TeamFlow is ever hacked" is a hypothesis, another
vendor's breach "(not you!)".
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, signals

REPORTS: dict[str, tuple[str, str, str]] = {
    "a former agency still gets our digests (es)": (
        "SEC1",
        "En marzo dejamos de trabajar con la agencia y eliminamos a sus usuarios. La agencia sigue recibiendo nuestros "
        "resúmenes diarios con los nombres de nuestros clientes.",
        "La agencia con la que trabajamos recibe nuestros resúmenes diarios, como acordamos."),
    "an export link fetched by its number without login (de)": (
        "SEC2",
        "Ändere ich die Zahl auf 48212, lädt der Browser die Exportdatei des Fördervereins herunter, auch wenn ich "
        "nicht angemeldet bin.",
        "Ändere ich die Zahl der Nutzer auf 12, sinkt dann die Rechnung?"),
    "other children's records in a parent's link (fr)": (
        "SEC1",
        "En ouvrant le lien de sa fille, une maman voyait aussi les fiches des autres enfants, avec les allergies.",
        "En ouvrant le lien de sa fille, une maman voyait la fiche de sa fille, comme prévu."),
    "a registered mark used without consent (nl)": (
        "LEG5",
        "Het sjabloon gebruikt onze bureaunaam en ons geregistreerde beeldmerk, zonder dat wij daar ooit toestemming "
        "voor hebben gegeven.",
        "Kunnen we ons eigen beeldmerk in ons sjabloon zetten?"),
    "background jobs queued at two clubs (nl)": (
        "OUT3",
        "Onze automatiseringen staan allemaal op 'in wachtrij' en lopen niet. De hockeyclub naast ons (ander account) "
        "heeft exact hetzelfde.",
        "Hoe zet ik een automatisering op 'in wachtrij' zodat hij later loopt?"),
    "bills doubled at other papers": (
        "FIN1",
        "We were billed twice on the 1st, and two other papers say their TeamFlow bills were doubled the same day.",
        "We were billed once on the 1st, as every month."),
    "prices read out by an unrelated firm": (
        "SEC1",
        "A brewer, not related to us at all, read out our supplier prices and margins. Nobody here shared anything "
        "with him.",
        "Can a brewer we work with see our supplier prices if we share the board?"),
}

NOT_AN_INCIDENT: NearMissTable = {
    "an event called Hackerweek (nl)": (
        "SEC1", "In maart organiseren wij weer de \"Hackerweek\" met workshops voor kinderen.", None),
    "a hypothetical hack with members' data": (
        "SEC1", "What happens with our members data if TeamFlow is ever hacked? Do you inform us?", None),
    "another vendor's breach, not you": (
        "SEC1", "MedChart (our record vendor, not you!) had a data breach. Nothing looks wrong in our account.", None),
    "a question about offline use": (
        "TEC3", "Does the mobile app keep anything available offline if it can't connect?", None),
}

test_report_criterion_fires, test_report_near_miss_does_not_fire = criterion_case_tests(REPORTS)
test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_a_password_changed_as_a_precaution_takes_nothing_back() -> None:
    found = signals("Trois mails « Nouvelle connexion » cette nuit depuis Bucarest. Julien dormait et n'a jamais mis "
                    "les pieds en Roumanie. Il a changé son mot de passe à 7h par précaution.")
    assert "SEC1" in {h.criterion for h in found.hits}


def test_sign_in_notices_to_the_team_saw_no_data() -> None:
    found = signals("Seit heute Nacht bekommen drei von uns Mails von euch: \"Neue Anmeldung von Windows-Gerät, "
                    "Hanoi\". Keiner von uns war je in Vietnam. Bei Stefan steht eine aktive Sitzung, die ich nicht "
                    "kenne.")
    assert "SEC1" in {h.criterion for h in found.hits}
    assert found.data_exposed is None or found.data_exposed.value is not True


def test_a_screenshot_in_a_public_thread_was_seen() -> None:
    found = signals("The screenshot of our Clients board, with names and mobile numbers of 40 clients, is in a public "
                    "thread on your community forum, posted by your support contractor.")
    assert "SEC1" in {h.criterion for h in found.hits}
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_first_line_reads_a_dutch_fault_with_words_between() -> None:
    assert signals("bij ons doet het programma het niet goed. kunnen jullie even bellen?").topic == "technical"
