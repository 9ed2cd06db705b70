"""Offline extractor, round 77: regional Spanish and French, chatty English, and a hard grader in four languages.

A file that "le llegó" to a supplier who "ni tiene usuario en nuestro espacio"; a site that "ressemble à TeamFlow mais
c'est pas le vrai"; the "Commission d'accès à l'information"; "borré sin querer un dígito" of a task link; a
competitor quoting figures "1:1 aus unserer internen Kalkulation"; "im Hintergrund passiert gar nichts mehr"; a
workspace that "läuft jetzt in us-east-1" against the processing agreement. And what is no incident: "lo que queda de
mes", a payment system asked about, "under attack by deadlines", a phone number's 503.
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, signals

LOCAL_SPEECH: dict[str, tuple[str, str, str]] = {
    "our list reached someone with no account (es)": (
        "SEC1",
        "A un cliente le llegó un archivo con la lista de nuestros proveedores. Nosotros no le mandamos nada y él ni "
        "tiene usuario en nuestro espacio.",
        "A un cliente le llegó la factura que le mandamos ayer; ¿cómo cambio el formato?"),
    "a site that looks like TeamFlow but is not (fr)": (
        "SEC3",
        "Le lien va vers un site qui ressemble à TeamFlow mais ce n'est pas le vrai, l'adresse est teamfl0w-login.com.",
        "Le lien de notre propre domaine ressemble à TeamFlow, c'est voulu : comment changer le logo ?"),
    "the Quebec data protection commission asks (fr)": (
        "LEG2",
        "La Commission d'accès à l'information nous demande d'indiquer d'ici le 15 janvier où sont hébergés les "
        "renseignements personnels.",
        "Nous préparons une présentation sur la protection des renseignements pour notre équipe."),
    "a deleted digit opens another firm's task (es)": (
        "SEC2",
        "Borré sin querer un dígito del enlace y se abrió una tarea de otra empresa, con su presupuesto.",
        "Borré sin querer un dígito del enlace y salió un error 404."),
    "nothing runs in the background any more (de)": (
        "OUT3",
        "Seit gestern passiert im Hintergrund gar nichts mehr, Serienaufgaben werden nicht mehr angelegt. Im Forum "
        "schreiben andere Firmen genau dasselbe.",
        "Wie lege ich Serienaufgaben an, die im Hintergrund jede Woche erstellt werden?"),
    "a workspace moved to the US against the agreement (de)": (
        "SEC5",
        "Ihr Workspace läuft jetzt in us-east-1, obwohl unser Vertrag zur Auftragsverarbeitung ausschließlich "
        "Frankfurt vorsieht.",
        "Können wir unseren Workspace auf Wunsch in us-east-1 betreiben?"),
}

test_local_criterion_fires, test_local_near_miss_does_not_fire = criterion_case_tests(LOCAL_SPEECH)

LOCAL_NOT_AN_INCIDENT: NearMissTable = {
    "what remains of the month (es)": (
        "OUT1", "¿Cuánto costaría pasar a Pro? ¿Se cobra lo que queda de mes?", None),
    "a billing system asked about (es)": (
        "OUT1", "Con tres tarjetas sale 'Payment gateway error PG-500'. ¿Está caído vuestro sistema de cobro?", None),
    "deadlines as attackers": (
        "SEC3", "We're a tiny agency permanently 'under attack' by deadlines. Is there a workload view?", None),
    "a phone number's area code": (
        "OUT5", "This is a formal complaint about your support.\n\nRosa Lind\nLind Bakery\n+1 503 555 0198", None),
}

test_local_not_an_incident_does_not_fire = criterion_absent_test(LOCAL_NOT_AN_INCIDENT)


def test_a_competitor_quoting_our_internal_figures_is_an_exposure() -> None:
    found = signals("Ein Mitbewerber hat Zahlen genannt, die 1:1 aus unserer internen Kalkulation stammen. Die Datei "
                    "gab es nur in TeamFlow.")
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_a_phishing_comment_sent_to_clients_is_no_exposure() -> None:
    found = signals("Des clients ont reçu un commentaire en mon nom avec un lien vers un faux site. Je n'ai jamais "
                    "écrit ça, et il y a un PC que je ne connais pas dans mes appareils connectés.")
    assert "SEC3" in {h.criterion for h in found.hits}
    assert found.data_exposed is None or found.data_exposed.value is False
