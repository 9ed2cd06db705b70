"""Offline extractor, round 63: anchors that overlap, lists of changes, invitations sent in a colleague's name.

"una cosa que echamos de menos" (the gate now looks again from the second word of a match, so "que echamos" no
longer hides "echamos de menos"); "- auf jährliche Abrechnung umstellen" under "möchten wir gerne"; invitations
"envoyées depuis le compte de Sophie" while she is "en congé"; "das hab ich NICHT verschickt ... Da hab ich
geschlafen"; a driver "lo quité del equipo" who sends a "captura"; a member "we never invited" who exported budgets.
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, signals

# each criterion as these writers told it, beside a near miss in similar words
OVERLAPS: dict[str, tuple[str, str, str]] = {
    "something we miss, told after 'que' (es)": (
        "SAT5",
        "Una cosa que echamos de menos: poder crear tareas recurrentes el segundo martes de cada mes.",
        "Una cosa que echamos de menos es a nuestra compañera, que se jubiló."),
    "a bulleted list of contract changes (de)": (
        "FIN5",
        "Ab dem 1. Januar möchten wir gerne\n- auf jährliche Abrechnung umstellen\n- von 14 auf 10 Plätze "
        "runtergehen",
        "Ab dem 1. Januar ziehen wir um.\n- neue Adresse folgt"),
    "invitations sent from a colleague's account while she is away (fr)": (
        "SEC1",
        "Nos clients ont reçu des invitations envoyées depuis le compte de Sophie, notre comptable. Elle est en "
        "congé et son ordinateur est éteint.",
        "Comment envoyer des invitations depuis le compte de Sophie, notre comptable ?"),
    "an address changed while the owner slept (de)": (
        "SEC1",
        "Mein Passwort wird nicht mehr angenommen, und im Postfach liegt eine Mail 'Ihre E-Mail-Adresse wurde "
        "geändert' von 23:40 Uhr. Da hab ich geschlafen.",
        "Ich habe meine E-Mail-Adresse geändert. Wo bestätige ich das?"),
    "a removed driver who sends a screenshot (es)": (
        "SEC1",
        "El repartidor dejó de trabajar con nosotros y yo misma lo quité del equipo. Anoche me manda una captura "
        "del tablero de pedidos de esta semana.",
        "Lo quité del equipo por error. ¿Cómo lo vuelvo a invitar?"),
    "an export link that opens without logging in (nl)": (
        "SEC2",
        "Ik heb de downloadlink op mijn telefoon geopend, waar ik niet ben ingelogd, en het bestand werd gewoon "
        "gedownload.",
        "Kan ik een downloadlink openen op mijn telefoon?"),
    "a page that imitates a bank login in a colleague's name (pt)": (
        "SEC1",
        "Recebemos convites enviados da conta de Rui, que está de férias, com um link para uma página falsa.",
        "Como envio convites da conta de Rui?"),
}

test_criterion_fires, test_near_miss_does_not_fire = criterion_case_tests(OVERLAPS)

NOT_AN_INCIDENT: NearMissTable = {
    "a security firm describing its work (es)": (
        "SEC3", "Somos una consultora de ciberseguridad: hacemos pentesting y simulacros de ataques para bancos.",
        None),
    "a member removed, not data (es)": (
        "SEC4", "Nosotros ya la hemos eliminado como miembro del espacio de trabajo.", None),
    "an office manager writing on behalf of the whole team": (
        "LEG2", "I'm the office manager, writing on behalf of the whole team.", None),
    "a filter left on, taken back": (
        "SEC4", "Panicked because My Tasks was completely empty. Turns out I had clicked the 'Assigned to: Jordan' "
        "filter by accident. Everything is there, nothing was deleted.", None),
    "a gap named as a wish": (
        "TEC3", "Right now there's no way to link a task in one project as a dependency of a task in another.", None),
}

test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_a_member_we_never_invited_who_exported_is_an_exposure() -> None:
    found = signals("There's a member in our Finance space we never invited and the activity log shows he exported "
                    "all our budget files yesterday. We have no idea who he is.")
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_a_printer_never_invited_who_got_our_mails_is_an_exposure() -> None:
    found = signals("Il recevait depuis lundi des e-mails de TeamFlow sur notre projet Recrutement. Il m'en a "
                    "transféré un : on y voit le salaire d'une candidate. Il n'a jamais été invité dans notre espace.")
    assert found.data_exposed is not None and found.data_exposed.value is True
