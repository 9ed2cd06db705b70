"""Offline extractor, round 116: another firm's staff in a digest, a private board on Google, court-ordered records.

"ils y ont vu ... les noms et téléphones des salariés d'une entreprise qu'on ne connaît pas"; "found our board on
Google and could read it without logging in"; "Beklagter in einem Verfahren", "mit Beschluss vom ... vorzulegen";
text turned to "Ã©â€™". Near misses: one's own deletion in French, "losing a lot of time", a drill's "real outage",
a checklist wished to reset each month, "Kunnen jullie dit terugzetten?".
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, signals

REPORTS: dict[str, tuple[str, str, str]] = {
    "another firm's staff seen in a digest (fr)": (
        "SEC1",
        "Cette semaine, ils y ont vu les noms et téléphones des employés d'une entreprise qu'on ne connaît pas.",
        "Cette semaine, ils nous ont demandé les noms des employés d'une entreprise qu'on ne connaît pas ?"),
    "a members-only board found on Google": (
        "SEC1",
        "A supplier found our board on Google and read our prices. The board is set to Members only.",
        "A supplier found our website on Google and read our prices. The board is set to Members only."),
    "records in a wrong encoding (nl)": (
        "SEC4",
        "In alle taken staat sinds vanochtend alleen nog rommel zoals Ã©â€™ in de beschrijvingen.",
        "In alle taken staat sinds vanochtend een nieuwe kolom met de beschrijvingen."),
    "a party to a labour court case (de)": (
        "LEG1",
        "Unser Verein ist Beklagter in einem Verfahren vor dem Arbeitsgericht.",
        "Wie legen wir ein Projekt für jedes Verfahren vor dem Arbeitsgericht an?"),
    "a court orders the records produced (de)": (
        "LEG3",
        "Das Gericht hat uns mit Beschluss vom 3.12. aufgegeben, die Änderungsprotokolle vorzulegen.",
        "Das Gericht hat uns mit Beschluss vom 3.12. einen neuen Termin genannt."),
    "an integration stopped posting (sv)": (
        "TEC4",
        "Slack-integrationen har slutat posta i vår kanal sedan i tisdags.",
        "Hur kopplar vi Slack-integrationen till vår kanal?"),
}

NOT_AN_INCIDENT: NearMissTable = {
    "one's own deletion (fr)": (
        "SEC4", "J'ai supprimé le mauvais projet ce matin, je le vois dans la corbeille.", None),
    "losing time is no data loss": (
        "SEC4", "Opening the board takes 25 seconds and the front desk is losing a lot of time.", None),
    "a drill's real outage": ("OUT1", "Whom should we contact during a real outage?", None),
    "a checklist wished to reset each month": (
        "SEC4", "Being able to make a checklist reset on the 1st of every month would help.", None),
    "a restore asked for is no feature (nl)": ("SAT5", "Kunnen jullie dit terugzetten?", None),
    "an empty bell until a refresh": (
        "SEC4", "The bell icon stays empty until I refresh the page.", None),
}

test_report_criterion_fires, test_report_near_miss_does_not_fire = criterion_case_tests(REPORTS)
test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_a_plea_to_recover_takes_nothing_back() -> None:
    found = signals("Las tareas del tablero han desaparecido desde agosto, la papelera está vacía. "
                    "¿Se puede recuperar?",
                    subject="Han desaparecido las tareas")
    assert "SEC4" in {h.criterion for h in found.hits}


def test_reading_a_board_without_logging_in_is_data_seen() -> None:
    found = signals("A supplier found our board on Google and could read it without logging in. The board is set to "
                    "Members only and nobody shared it.")
    assert found.data_exposed is not None and found.data_exposed.value is True
