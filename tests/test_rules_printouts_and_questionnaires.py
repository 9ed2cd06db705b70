"""Offline extractor, round 112: printouts and screenshots in strangers' hands, sessions nobody owns, money paid twice.

"hat mir einen Ausdruck gezeigt ... unser Board"; "une photo d'écran de notre tableau ... n'est partagé qu'entre";
"Windows PC - Chrome - São Paulo, BR - active now ... Nobody's been to Brazil"; "heute sind es noch 11"; "den doppelt
gezahlten Betrag ... zurück". Near misses: "Q4. Has the vendor experienced a data breach?", a contact "for reporting
a real security incident", a column named « À facturer ».
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, signals

REPORTS: dict[str, tuple[str, str, str]] = {
    "a stranger's screenshot of a board shared by three (fr)": (
        "SEC1",
        "Une femme qu'il ne connaît pas a envoyé à notre client une photo d'écran de notre tableau Devis. Ce "
        "tableau n'est partagé qu'entre nos trois associés.",
        "Comment envoyer à notre client une photo d'écran de notre tableau Devis ?"),
    "an active session nobody on the team owns": (
        "SEC1",
        "Under Devices there's an entry 'Windows PC - Chrome - São Paulo - active now'. Nobody's been to Brazil, "
        "ever, and we all use Macs.",
        "Under Devices there's an entry 'MacBook - Safari - Cork - active now'. How do I rename my devices?"),
    "most cards of a project gone (de)": (
        "SEC4",
        "Gestern waren noch 180 Karten im Projekt, heute sind es noch 9. Der Papierkorb ist leer.",
        "Gestern waren noch 180 Karten im Projekt. Wie archiviere ich erledigte Karten?"),
    "the API failing here and at another customer (fr)": (
        "OUT2",
        "Depuis 8h tous nos appels à votre API tombent en timeout. Un collègue chez un autre de vos clients a "
        "exactement le même problème.",
        "Un collègue chez un autre de vos clients a exactement le même avis : votre API est bien documentée. "
        "Comment créer une clé ?"),
    "money paid twice asked back (de)": (
        "FIN3",
        "Wir haben die Rechnung über 1.800,00 € doppelt bezahlt. Bitte überweisen Sie den doppelt gezahlten Betrag "
        "zurück.",
        "Wir haben die Rechnung über 1.800,00 € doppelt bezahlt. Wie können wir den doppelt gezahlten Betrag "
        "verrechnen?"),
}

NOT_AN_INCIDENT: NearMissTable = {
    "a vendor questionnaire's numbered question": (
        "SEC1", "Q4. Has the vendor experienced a data breach in the last 24 months? If so, describe.", None),
    "a channel for future reports": (
        "SEC1", "What address should we put on our contact sheet for reporting a real security incident to you?",
        None),
    "a tabletop exercise's scenario, then a how-to": (
        "SEC1", "The scenario our consultant wrote is 'TeamFlow suffers a data breach'. How do we export the audit "
                "log?", None),
}

test_report_criterion_fires, test_report_near_miss_does_not_fire = criterion_case_tests(REPORTS)
test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_a_printout_in_a_strangers_hand_is_data_seen() -> None:
    found = signals("Ein fremder Mann hat mir heute einen Ausdruck unseres Boards gezeigt, mit allen Namen unserer "
                    "Kunden. Das Board ist nur für unsere zwei Fahrer freigegeben.")
    assert "SEC1" in {h.criterion for h in found.hits}
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_another_customers_attachment_sent_to_us_is_data_seen() -> None:
    found = signals("We think someone got into our account. The spreadsheet your colleague attached to the last "
                    "reply isn't ours: it has the names of another firm's clients.")
    assert found.data_exposed is not None and found.data_exposed.value is True
