"""Offline extractor, round 65: polite, indirect and second-hand reports, and questions that look like auto-replies.

"could we have the $2,700 back"; "could we please go down from 14 users to 9" and "we'd also like to switch";
"two of the other nursery managers ... charged twice too"; "I'm going on leave ... is there an out-of-office setting"
(a question, not an auto-reply); tasks that "arent ours"; comments "all posted overnight" while he was on holiday;
"ging bei IHR ein Fenster auf" from a task title; "a termine sa mission ... on a oublie de le retirer"; uploads that
fail for "alle 8 Leute" and a "Partneragentur"; "liegt's nicht an unserem WLAN".
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, signals

# each criterion as these writers told it, beside a near miss in similar words
POLITE: dict[str, tuple[str, str, str]] = {
    "money asked back without the word refund": (
        "FIN3",
        "I wondered whether there is any way we could have the $2,700 back, or at least most of it?",
        "I wondered whether there is any way we could have the report back by Friday?"),
    "seats brought down, asked politely": (
        "FIN5",
        "From the January renewal could we please go down from 14 users to 9?",
        "From the January renewal, could we please get the invoice by e-mail?"),
    "a duplicate charge that other nurseries saw too": (
        "FIN1",
        "We were charged twice on 1st November. Two of the other nursery managers checked and they'd been charged "
        "twice on the same day too.",
        "We were charged twice on 1st November. Could you refund one of them?"),
    "someone else's tasks in our Gantt": (
        "SEC1",
        "Our gantt view has a bunch of tasks that arent ours, they belong to some company called Brightwater with "
        "client phone numbers.",
        "Our gantt view has a bunch of tasks that arent ours yet, the client hasn't assigned them."),
    "comments posted overnight while he was away": (
        "SEC1",
        "There are new comments on 40 tasks, all posted overnight under Mark's name. He has been on holiday all week "
        "with his laptop switched off.",
        "There are new comments on 40 tasks, all posted overnight by our night shift. Can I filter them?"),
    "a window that opens for a colleague from a task title (de)": (
        "SEC2",
        "Mein Neffe hat in einen Aufgabentitel <img src=x onerror=...> geschrieben. Als meine Kollegin die Aufgabe "
        "öffnete, ging bei ihr ein Fenster auf mit ihrem Cookie.",
        "Als meine Kollegin die Aufgabe öffnete, ging ein Fenster auf mit der Frage, ob sie speichern will."),
    "a freelancer whose mission ended and who exported (fr)": (
        "SEC1",
        "Notre graphiste a terminé sa mission fin septembre et on a oublié de le retirer. Le journal montre qu'il a "
        "exporté le projet Client Dupont.",
        "Notre graphiste a terminé sa mission fin septembre. Pouvez-vous nous envoyer la facture ?"),
    "uploads failing for everyone and a partner agency (de)": (
        "OUT3",
        "Seit 13 Uhr hängen alle Uploads bei 99 %. Das betrifft alle 8 Leute bei uns, und unsere Partneragentur mit "
        "eigenem Konto hat genau das gleiche.",
        "Seit 13 Uhr hängt mein Upload bei 99 %, nur bei dieser einen Datei."),
    "nobody can open the app, and it is not our wifi (de)": (
        "OUT1",
        "Seit 8:40 kriegt bei uns niemand mehr TeamFlow auf, auch über mobile Daten, also liegt's nicht an unserem "
        "WLAN.",
        "Seit 8:40 kriegt bei uns niemand mehr TeamFlow auf, es lag an unserem WLAN, jetzt geht es wieder."),
}

test_criterion_fires, test_near_miss_does_not_fire = criterion_case_tests(POLITE)

NOT_AN_INCIDENT: NearMissTable = {
    "a colleague's night-time reorganisation, taken back": (
        "SEC1", "I think we've been hacked, the board got rearranged overnight. UPDATE: it was Dana, our new PM, "
                "she reorganised everything. Nothing's wrong.", None),
}

test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_an_out_of_office_question_is_a_support_request() -> None:
    found = signals("I'm going on leave for two weeks over Christmas and would like people who assign me tasks to see "
                    "that I'm away. Is there an out-of-office setting somewhere, or do I just change my display name?",
                    subject="Out of office")
    assert found.support_request is True
