"""Offline extractor, round 106: guests who see every pupil's card, records delivered to another member, guessed links.

"les parents voient les fiches des autres enfants"; "è arrivata al sig. Bianchi, un altro iscritto"; "it opened a
different file, not ours"; a leaver "left us in March and we turned her login off". Near misses: a question put to
anyone ("does anyone know how"), the customer's own copy-and-paste work, a self-hosted server that crashed, a card
declined at renewal, a lawyer's letter that follows a former employee's complaint to the regulator.
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, hit_ids, signals

REPORTS: dict[str, tuple[str, str, str]] = {
    "guests see every pupil's records (es)": (
        "SEC1",
        "Cada familia tiene acceso invitado a la tarjeta de su hijo. Desde hoy los padres ven las fichas de todos los "
        "alumnos de la clase.",
        "Cada familia tiene acceso invitado a la tarjeta de su hijo. ¿Pueden los padres ver las fichas de todos los "
        "alumnos?"),
    "a member's certificate delivered to another member (it)": (
        "SEC1",
        "Il promemoria con il certificato medico di una socia è arrivato al sig. Rossi, un altro socio.",
        "Come posso inviare il certificato medico di una socia a un altro socio?"),
    "a screenshot of another child's file sent by a parent (fr)": (
        "SEC1",
        "Une maman m'a envoyé une capture d'écran avec le dossier d'un autre enfant.",
        "Une maman m'a envoyé une capture d'écran du dossier de son propre enfant."),
    "a board opened by number without an invitation (nl)": (
        "SEC2",
        "Als ik in de adresbalk het nummer achter /board/ vervang door een ander nummer, zie ik alle taken van dat "
        "bord, zonder dat ik daar ben uitgenodigd.",
        "Als ik in de adresbalk het nummer achter /board/ vervang door een ander nummer, krijg ik een foutmelding."),
    "ticked tasks open again after a reload (de)": (
        "TEC3",
        "Wenn ich eine Aufgabe abhake und die Seite neu lade, ist sie wieder offen.",
        "Wie kann ich eine abgehakte Aufgabe wieder öffnen?"),
    "a pasted answer from support (it)": (
        "SAT3",
        "Ogni volta aspetto due giorni per avere una risposta copia-incolla che non c'entra nulla.",
        "In ufficio facciamo copia-incolla dal foglio di calcolo a TeamFlow ogni settimana."),
    "the same invoice error at other shops (pt)": (
        "FIN1",
        "A fatura de novembro veio com o IVA aplicado duas vezes. Não somos só nós: duas floristas que usam o "
        "TeamFlow têm o mesmo erro.",
        "A fatura de novembro veio com o IVA aplicado duas vezes. Podem corrigir?"),
}

NOT_AN_INCIDENT: NearMissTable = {
    "a question put to anyone (pt)": (
        "SEC1", "Alguém me sabe dizer como exporto as tarefas de um projeto para Excel?", None),
    "a self-hosted server that crashed, not the product": (
        "SEC4",
        "The stock system we host ourselves crashed and corrupted its database. Not your product, nothing to do "
        "with you. Does TeamFlow keep backups?", None),
    "a card declined at renewal (es)": (
        "TEC3",
        "Estoy intentando renovar mi plan y el pago falla siempre: 'Tu tarjeta fue rechazada'.", None),
    "a former employee's complaint to the regulator (de)": (
        "SEC1",
        "Der Landesbeauftragte für Datenschutz fragt, welche Daten wir verarbeiten. Anlass ist die Eingabe eines "
        "ehemaligen Mitarbeiters.", None),
    "a former coach's Facebook post (fr)": (
        "SEC1",
        "Notre ancien entraîneur a publié hier sur le groupe Facebook des parents que TeamFlow a tout perdu.", None),
    "an academic term on the Gantt": (
        "FIN5",
        "Could you add an option to show academic term weeks along the top of the Gantt instead of dates?", None),
    "an erasure asked for on the vendor's side": (
        "SEC4",
        "Please make sure everything about her is erased on your side and confirm in writing.", None),
}

test_report_criterion_fires, test_report_near_miss_does_not_fire = criterion_case_tests(REPORTS)
test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_nothing_lost_does_not_take_back_a_card_that_jumps_back() -> None:
    body = ("Quand je fais glisser une carte vers la colonne Terminé, elle revient toute seule. Rien n'a été perdu et "
            "ce n'est pas un problème de sécurité.")
    assert "TEC3" in hit_ids(body)


def test_nothing_lost_still_takes_back_tasks_that_were_gone() -> None:
    body = "Toutes nos tâches avaient disparu du tableau ce matin. Rien n'a été perdu, c'était un filtre."
    assert "TEC3" not in hit_ids(body) and "SEC4" not in hit_ids(body)


def test_a_different_file_not_ours_is_an_exposure() -> None:
    found = signals("Our share links end in a number. I changed it by one and the link opened a different file, not "
                    "ours: a price list from some other business.")
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_an_export_by_a_leaver_whose_login_was_turned_off_is_an_exposure() -> None:
    found = signals("Hannah left us in March and we turned her login off the same day. The activity log shows her "
                    "account exported our client list yesterday.")
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_guests_who_got_the_phishing_notifications_saw_no_data() -> None:
    found = signals("There's a comment on every task posted by me at 3:12am with a link to a fake billing site. I "
                    "was asleep. Our clients are guests on those tasks so they got the notification emails too.")
    assert "SEC1" in {h.criterion for h in found.hits}
    assert found.data_exposed is None


def test_a_different_file_that_is_not_ours_is_an_exposure_in_the_other_languages() -> None:
    for body in ("He cambiado el último número del enlace y se abrió otro archivo, que no es nuestro, con nóminas.",
                 "Ich habe die letzte Ziffer im Link geändert und es öffnete sich eine andere Datei, nicht unsere.",
                 "Ik veranderde het laatste cijfer van de link en er ging een ander bestand open, niet van ons."):
        found = signals(body)
        assert found.data_exposed is not None and found.data_exposed.value is True, body


def test_not_our_problem_is_no_exposure() -> None:
    found = signals("Als ich die Ziffer im Link geändert habe, öffnete sich eine andere Datei. Ein Fremder hat "
                    "sie gesehen? Se abrió el archivo de la otra oficina, pero no es nuestro problema.")
    assert found.data_exposed is None


def test_an_export_in_her_name_while_she_was_away_is_an_exposure() -> None:
    found = signals("Sie war im Urlaub, und trotzdem steht im Protokoll ein Export der Kundenliste unter ihrem "
                    "Namen.")
    assert "SEC1" in {h.criterion for h in found.hits}
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_a_laptop_that_lay_switched_off_is_no_slowness() -> None:
    assert "TEC5" not in hit_ids("Ihr Laptop lag im Büro ausgeschaltet, sie war im Urlaub.")
