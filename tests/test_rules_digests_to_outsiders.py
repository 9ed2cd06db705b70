"""Offline extractor, round 118: digests and exports that reach outsiders, reports sent to a whole class, takeovers.

"Un parent qui n'est pas au bureau a reçu le récapitulatif ...: le listing complet avec noms et IBAN"; "l'agenzia con
cui abbiamo smesso di collaborare ... riceve ancora ... l'esportazione"; "boletim ... enviado para a turma toda ...
receberam e abriram"; "l'adresse mail de son compte a été changée"; Swedish "automatiseringar står still". Near
misses: a course about leaks, "alles is er weer", another vendor's attacker, a Gantt chart "unreadable".
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, signals

REPORTS: dict[str, tuple[str, str, str]] = {
    "a digest with members' bank details reached an outsider (fr)": (
        "SEC1",
        "Un parent qui n'est pas au bureau a reçu le récapitulatif automatique : le listing complet avec noms et "
        "IBAN des adhérents était joint.",
        "Comment envoyer le récapitulatif automatique à un parent qui n'est pas au bureau ?"),
    "a former partner still receives our export (it)": (
        "SEC1",
        "L'agenzia con cui abbiamo smesso di collaborare ad aprile riceve ancora ogni lunedì l'esportazione.",
        "L'agenzia con cui abbiamo smesso di collaborare ad aprile ci ha mandato un preventivo nuovo."),
    "one pupil's report sent to the whole class (pt)": (
        "SEC1",
        "A automação enviou o boletim de uma aluna para a turma toda.",
        "Como envio o boletim de cada aluna só para os pais dela?"),
    "background jobs stopped at several firms (sv)": (
        "OUT3",
        "Sedan i går kväll skickas inga påminnelser och våra automatiseringar står still. En annan byrå har samma sak.",
        "Hur ställer vi in påminnelser och automatiseringar för alla projekt?"),
    "a takeover told by a changed address (fr)": (
        "SEC1",
        "Il n'a jamais écrit ces commentaires, et l'adresse mail de son compte a été changée.",
        "L'adresse mail de son compte a été changée par moi hier, comment la vérifier ?"),
}

NOT_AN_INCIDENT: NearMissTable = {
    "a course about leaks (fr)": (
        "SEC1", "Nous organisons une formation \"Gestion de crise : fuite de données\" pour nos cadres.", None),
    "a filter, and everything is back (nl)": (
        "SEC4", "Ons project leek leeg. Filter uit en alles is er weer, niks aan de hand.", None),
    "another vendor's attacker": (
        "SEC3", "Our CRM vendor told us last week that an attacker got into their customer database.", None),
    "another vendor's news is no broken promise": (
        "SEC5", "Our CRM vendor told us an attacker got into their customer database.", None),
    "a chart unreadable, the data fine": (
        "SEC4", "The Gantt view draws every dependency arrow on the wrong row, so our schedule is unreadable.", None),
}

test_report_criterion_fires, test_report_near_miss_does_not_fire = criterion_case_tests(REPORTS)
test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_reports_received_and_opened_were_seen() -> None:
    found = signals("A automação enviou o boletim de uma aluna para todos os pais da turma. Vários pais receberam e "
                    "abriram o arquivo com as notas dela.")
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_an_export_a_former_partner_still_receives_was_seen() -> None:
    found = signals("L'agenzia con cui abbiamo smesso di collaborare ad aprile riceve ancora ogni lunedì "
                    "l'esportazione del nostro progetto Clienti, con nomi e telefoni.")
    assert found.data_exposed is not None and found.data_exposed.value is True
