"""Offline extractor, round 110: sign-ins while the owner is on holiday, months of records gone, other patients' notes.

"está de férias ... a conta dela entrou no TeamFlow"; "everything created since August is just... not there";
"Namen und Behandlungsnotizen von zwei anderen Patienten". Near misses: a numbered questionnaire, a recruiter's pitch,
"Nada aconteceu com a gente", a rival's quote, a lawyer ruled out, an optician's prescription field, a history log
read with "vi no histórico que" (no newspaper).
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, signals

REPORTS: dict[str, tuple[str, str, str]] = {
    "sign-ins on the account of someone on holiday (pt)": (
        "SEC1",
        "A nossa chefe de cozinha está de férias. Hoje vi no histórico que a conta dela entrou no TeamFlow duas "
        "vezes esta madrugada.",
        "A nossa chefe de cozinha está de férias. Como passo as tarefas dela para outra pessoa?"),
    "everything created since a date is gone": (
        "SEC4",
        "Everything created since August is just... not there. The trash is empty.",
        "Everything created since August should be archived. How do I do that?"),
    "a file id swapped between two trial accounts (fr)": (
        "SEC2",
        "Connecté avec le compte B, si je remplace dans l'adresse l'identifiant du fichier par celui du compte A, le "
        "fichier se télécharge.",
        "Connecté avec le compte B, comment je télécharge un fichier du compte A que l'on m'a partagé ?"),
    "reminders an hour late after the clock change (fr)": (
        "TEC3",
        "Depuis le changement d'heure, tous nos rappels arrivent avec une heure de retard.",
        "Depuis le changement d'heure, comment règle-t-on le fuseau horaire des rappels ?"),
}

NOT_AN_INCIDENT: NearMissTable = {
    "a numbered questionnaire question": (
        "SEC1", "1. Have you had a data breach or unauthorised access incident in the last 24 months?", None),
    "a recruiter's pitch (fr)": (
        "SEC1", "Je suis consultante chez un cabinet de recrutement. Fuites de données, rançongiciels : nous "
        "accompagnons trois candidats expérimentés. Auriez-vous 15 minutes cette semaine ?", None),
    "nothing happened, only curiosity (pt)": (
        "TEC3", "Nada aconteceu com a gente, é só curiosidade: vocês criptografam os anexos armazenados?", None),
    "a rival's quote": (
        "TEC4", "Trello quoted us a bit less for 12 users. What would 5 more seats cost?", None),
    "a lawyer ruled out (fr)": (
        "LEG1", "Je ne compte pas faire appel à un avocat pour cela, mais j'attends une réponse sérieuse.", None),
    "an optician's prescription field (fr)": (
        "LEG3", "Ce qui nous manquerait : un champ « date d'ordonnance » pour nos commandes de lunettes chez les "
        "verriers. Est-ce prévu ?", None),
    "a clock-change bug is no platform failure": (
        "OUT3", "Since the clocks changed, every reminder email arrives exactly one hour late for everyone in our "
        "office.", None),
}

test_report_criterion_fires, test_report_near_miss_does_not_fire = criterion_case_tests(REPORTS)
test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_other_patients_names_in_a_reminder_were_seen() -> None:
    found = signals("In der Terminerinnerung standen nicht nur ihr eigener Termin, sondern auch Namen und "
                    "Behandlungsnotizen von zwei anderen Patienten.")
    assert "SEC1" in {h.criterion for h in found.hits}
    assert found.data_exposed is not None and found.data_exposed.value is True
