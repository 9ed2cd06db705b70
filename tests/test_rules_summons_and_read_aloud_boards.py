"""Offline extractor, round 126: a Dutch lawyer's summons, lures under a coach's name, boards read aloud by residents.

"een procedure bij de kantonrechter te starten"; "Unter dem Namen von unserem ... Trainer ... Kommentare ... mit einem
Link"; "la facture d'une autre entreprise, avec son adresse, le nom du gérant"; "hat mir am Telefon Einzelheiten
vorgelesen"; "Herr Reiter hatte nie Zugriff ... heruntergeladen"; "impossible de joindre un fichier"; "found our ...
board by googling her own name". Near misses: "kleiner Hack gesucht", "nous préparons notre audit SOC 2",
"lichtgrijs weergegeven in plaats van oranje" (first-line technical), "in a real security incident" (a drill),
"turns out I'd clicked the 'Assigned to me' quick filter".
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, signals

REPORTS: dict[str, tuple[str, str, str]] = {
    "a lawyer's summons with a court procedure (nl)": (
        "LEG1",
        "Blijft betaling uit, dan zal ik een procedure bij de kantonrechter starten.",
        "Hoe start ik een procedure voor het inwerken van nieuwe collega's?"),
    "lure comments under a coach's name (de)": (
        "SEC3",
        "Unter dem Namen unseres Trainers sind Kommentare mit einem Link aufgetaucht. Er hat um die Zeit geschlafen.",
        "Unter dem Namen unseres Trainers steht der Trainingsplan, den er selbst geschrieben hat."),
    "a board read out by a resident (de)": (
        "SEC1",
        "Sie hat mir am Telefon Einzelheiten vorgelesen, die sie nicht sehen durfte.",
        "Ich habe ihr am Telefon die Einzelheiten zu ihrem eigenen Auftrag vorgelesen."),
    "uploads failing for one user (fr)": (
        "TEC3",
        "Impossible de joindre un fichier à une tâche : « Échec du téléversement ».",
        "Comment joindre un fichier à une tâche depuis mon téléphone ?"),
}

NOT_AN_INCIDENT: NearMissTable = {
    "a trick wanted (de)": ("SEC1", "Kleiner Hack gesucht: kennt ihr nen Hack, wie man Karten verschiebt?", None),
    "an audit being prepared (fr)": (
        "SEC5", "Nous préparons notre audit SOC 2, rien à voir avec un problème chez vous.", None),
    "a drill's contact question": (
        "SEC1", "Which email address should we contact in a real security incident?", None),
    "a filter that hid the tasks": (
        "SEC4", "I thought half my tasks had been wiped - turns out I'd clicked the 'Assigned to me' quick filter.",
        None),
}

test_report_criterion_fires, test_report_near_miss_does_not_fire = criterion_case_tests(REPORTS)
test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_someone_who_never_had_access_and_downloaded_saw_it() -> None:
    found = signals("In seinem Bereich lagen plötzlich die Lohnabrechnungen eines anderen Mandanten. Er hat sie "
                    "geöffnet und heruntergeladen. Herr Reiter hatte nie Zugriff auf dieses Projekt.")
    assert "SEC1" in {h.criterion for h in found.hits}
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_a_board_found_by_googling_was_seen() -> None:
    found = signals("A patient found our follow-up board by googling her own name and could scroll through other "
                    "patients' entries. Nobody here shared that board.")
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_a_colour_shown_wrongly_routes_to_the_technical_desk() -> None:
    assert signals("In de donkere modus wordt ons label lichtgrijs weergegeven in plaats van oranje.").topic == \
        "technical"
