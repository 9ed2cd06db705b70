"""Offline extractor, round 114: a stranger mailed one of our tasks, night sessions while away, share links one higher.

"eine E-Mail bekommen mit unserer Aufgabe ... nie eingeladen"; "connecté ... en pleine nuit ... personne d'autre au
magasin n'a mon mot de passe"; "öffnet sich ein Projekt eines anderen Büros"; comments "set to 'Internal team only'"
that a client read. Near misses: "Lag aber an mir", "Notícia sobre vazamento" at a competitor.
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, signals

REPORTS: dict[str, tuple[str, str, str]] = {
    "a stranger received one of our tasks (de)": (
        "SEC1",
        "Eine Frau hat eine E-Mail bekommen mit unserer Aufgabe „Rückrufliste“, mit Namen unserer Kunden. Wir haben "
        "sie nie eingeladen.",
        "Unsere Praktikantin hat eine E-Mail bekommen mit unserer Aufgabe „Rückrufliste“. Wie stelle ich das ab?"),
    "night sign-ins while the owner was away (fr)": (
        "SEC1",
        "Pendant mes vacances, mon compte s'est connecté depuis Marseille en pleine nuit, sur un PC Windows. "
        "Personne d'autre au bureau n'a mon mot de passe.",
        "Pendant mes vacances, comment voir l'historique des connexions de mon compte ?"),
    "a share link one number higher opens another firm's project (de)": (
        "SEC1",
        "Wenn man die Nummer am Ende eines Freigabelinks um eins erhöht, öffnet sich ein Projekt eines anderen Büros "
        "mit Namen der Bauherren.",
        "Wie erstelle ich einen Freigabelink für ein Projekt eines anderen Büros, mit dem wir zusammenarbeiten?"),
}

NOT_AN_INCIDENT: NearMissTable = {
    "'lag an mir' is no lag (de)": (
        "TEC5", "Lag aber an mir: ich hatte den Filter „Nur mir zugewiesen“ aktiviert.", None),
    "news about a competitor's leak (pt)": (
        "SEC1", "Notícia sobre vazamento de dados num concorrente vosso: como protegem os anexos?", None),
    "a client slow to pay": (
        "TEC5", "Our notes say the client is slow to pay, so we keep them in a separate column.", None),
    "a seat count billed wrong is no intruder": (
        "SEC1", "Our renewal charged us for 40 seats. We have 12 people and the Members page still says 12; we never "
                "added anyone.", None),
    "an offline mode offered by another vendor (fr)": (
        "OUT1", "Un autre éditeur nous propose une application mobile hors ligne pour nos intervenants.", None),
}

test_report_criterion_fires, test_report_near_miss_does_not_fire = criterion_case_tests(REPORTS)
test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_comments_for_the_team_only_read_by_a_client_are_data_seen() -> None:
    found = signals("Our client sent me a screenshot of our internal comments on her portal, set to 'Internal team "
                    "only'. She could read all of them, margins included.")
    assert "SEC1" in {h.criterion for h in found.hits}
    assert found.data_exposed is not None and found.data_exposed.value is True
