"""Offline extractor, round 134: scripts in a comment that show session cookies, lures from a colleague on leave.

"ein Code-Schnipsel ... in einen Kommentar kopiert ... ein kleines Fenster ... das Sitzungs-Cookie"; a
Japanese account signed in from "海外のIP" that sends guests a link to "TeamFlowに似たログイン画面"; "un tipo
que no conocemos de nada ... me mandó por whatsapp una foto de pantalla de nuestro tablero ... nadie de aquí
le pasó nada"; "la integración de TeamFlow con Slack no publica nada". Near misses: "afinal era o filtro", a
documentary about cyberattacks, a newsletter crossword's clue.
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, signals

REPORTS: dict[str, tuple[str, str, str]] = {
    "a script in a comment shows session cookies (de)": (
        "SEC2",
        "Seitdem geht bei jedem, der die Aufgabe öffnet, ein kleines Fenster auf mit dem Sitzungs-Cookie der Person.",
        "Wie lösche ich mein Sitzungs-Cookie?"),
    "a lookalike login page sent from a colleague's account (ja)": (
        "SEC3",
        "田中のアカウントから取引先にリンク付きのメッセージが送られています。リンク先はTeamFlowに似たログイン画面です。",
        "ログイン画面のデザインを変更できますか。"),
    "an integration that stopped posting (es)": (
        "TEC4",
        "La integración de TeamFlow con Slack no publica nada en nuestro canal desde ayer.",
        "¿Cómo conecto la integración de TeamFlow con Slack?"),
}

NOT_AN_INCIDENT: NearMissTable = {
    "a filter after all (pt)": (
        "TEC3", "Abri o quadro e estava vazio. Afinal era o filtro que alguém deixou ligado no tablet.", None),
    "a documentary's topic (es)": (
        "SEC3", "Estamos rodando un documental sobre los ciberataques y el ransomware.", None),
    "a crossword clue": (
        "SEC1", "The crossword in the staff newsletter had the clue \"Unauthorised access to records (4,6)\".", None),
}

test_report_criterion_fires, test_report_near_miss_does_not_fire = criterion_case_tests(REPORTS)
test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_a_strangers_screenshot_of_our_board_was_seen() -> None:
    found = signals("Un tipo que no conocemos de nada llamó a tres clientes, y a mí me mandó por whatsapp una foto de "
                    "pantalla de nuestro tablero \"Pacientes\" de TeamFlow. Nadie de aquí le pasó nada.")
    assert "SEC1" in {h.criterion for h in found.hits}
    assert found.data_exposed is not None and found.data_exposed.value is True
