"""Offline extractor, round 127: strangers who knew everything, another firm's board read aloud, Swedish reviews.

"Un uomo che lei non ha mai visto le ha scritto ... sapendo tutto del suo gatto"; "He read me some of it over the
phone"; "he'd 'had a good look' at our ... board ... quoted two of the insurance valuations back"; the Swedish
authority's "granskning" named only by its full name; Swedish descriptions turned to "konstiga tecken" across 140
tasks; "change the end of the URL from /view to /export.csv ... no questions asked". Near misses: "if we went down
from 10 seats to 3", "an offline copy", "can a second workspace be deleted afterwards", "dont want the instructors to
lose their boards", "il vostro team ... è pronto a un data breach?" in a course's pitch.
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, signals

REPORTS: dict[str, tuple[str, str, str]] = {
    "the Swedish authority's review": (
        "LEG2",
        "Integritetsskyddsmyndigheten har tagit emot ett klagomål och har inlett en granskning.",
        "Hur skriver man integritetsskyddsmyndigheten på engelska?"),
    "tasks garbled across the project (sv)": (
        "SEC4",
        "Beskrivningarna är bara konstiga tecken nu och kommentarerna är tomma. Det gäller alla 140 uppgifter.",
        "Exporten till Excel visar konstiga tecken i alla uppgifter."),
    "an export reached by editing the URL": (
        "SEC2",
        "With my personal account, if I change the end of the URL from /view to /export.csv it downloads the board.",
        "How do I change the end of the URL of our public page?"),
    "a stranger who knew everything (it)": (
        "SEC1",
        "Un uomo che lei non ha mai visto le ha scritto sapendo tutto del suo gatto: la diagnosi e la nota interna. "
        "Quelle informazioni le scriviamo solo nelle schede su TeamFlow.",
        "La veterinaria le ha scritto sapendo tutto del suo gatto, perché lo curiamo noi."),
}

NOT_AN_INCIDENT: NearMissTable = {
    "seats cut": ("OUT1", "What would we pay per month if we went down from 10 seats to 3?", None),
    "an offline copy for a drill": (
        "OUT1", "As part of the drill we want to keep an offline copy of all projects.", None),
    "a question about deleting a practice workspace": (
        "SEC4", "Can a second workspace be deleted afterwards without affecting our main one?", None),
    "a worry about losing boards": ("SEC4", "Please fix the payment, dont want the instructors to lose their boards.",
                                    None),
    "a course's pitch (it)": ("SEC1", "URGENTE: il vostro team di supporto è pronto a un data breach?", None),
}

test_report_criterion_fires, test_report_near_miss_does_not_fire = criterion_case_tests(REPORTS)
test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_another_firms_board_read_aloud_was_seen() -> None:
    found = signals("My client opened the link and got a board of a dental clinic that has nothing to do with us. He "
                    "read me some of it over the phone. So a complete stranger just looked at another company's "
                    "project in your app.")
    assert "SEC1" in {h.criterion for h in found.hits}
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_an_outsider_who_had_a_good_look_saw_it() -> None:
    found = signals("A man from another gallery said he'd 'had a good look' at our acquisitions board and quoted two "
                    "of the valuations back to her. He has never been a member of our workspace. We have no idea how "
                    "he got in.")
    assert found.data_exposed is not None and found.data_exposed.value is True
