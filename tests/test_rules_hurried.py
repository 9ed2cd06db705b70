"""Offline extractor: tickets typed in a hurry, and tickets passed on by someone else.

Phone-typed tickets double their question marks as alarm ("how is he still in??"), drop
apostrophes and abbreviate ("acct", "pwd"); forwarded ones bury the fact after pleasantries and
speak of "the client". Each case has a sentence that shows the criterion and, where the round
found a false alarm, a near miss in the same words that must not fire it.
"""

from __future__ import annotations

import pytest
from rules_helpers import criterion_case_tests, hit_ids, signals

from triage.extractors.textparse import fold

# (criterion, text that shows it, near miss that must not fire it)
CASES: dict[str, tuple[str, str, str]] = {
    "secret in the page, asked in alarm (de)": (
        "SEC2",
        "in eurem js von der login seite steht ein admin api key im klartext?? bitte fixen",
        "speichert ihr passwörter im klartext?"),
    "someone inside the account (abbreviated)": (
        "SEC1",
        "someone is in my acct rn changing the billing email, i did not do that",
        "can someone in my team get access to my acct while i am away?"),
    "someone inside the account (it, present tense)": (
        "SEC1",
        "qualcuno entra nel mio account dalla Spagna ogni notte, vedo le sessioni aperte",
        "come faccio se qualcuno entra nel mio account?"),
    "id swapped in a share link": (
        "SEC2",
        "if you swap the task id in a share link a guest can edit tasks on boards they were never invited to",
        "how do I change the task id shown in a share link?"),
    "project emptied, bin and filters ruled out": (
        "SEC4",
        "Our Archive project now shows zero tasks. About 1,100 were in there; nothing in the trash, no filters.",
        "Our new project shows zero tasks because we just created it from a template."),
    "attachments missing, verb first (it)": (
        "SEC4",
        "Stamattina mancano circa 600 attività con tutti gli allegati nel progetto Cantiere.",
        "Mancano ancora le istruzioni per esportare gli allegati?"),
    "work flown away (fr)": (
        "SEC4",
        "Le projet client est complètement vide ce matin, deux ans de tâches envolées, c'est un bug??",
        "Comment vider le projet client avant de l'archiver ?"),
    "stored files come back empty": (
        "SEC4",
        "after the sync every pdf we ever attached opens as 0kb / corrupt, like 300 files",
        "the pdf I tried to upload was corrupt on my side, I'll export it again"),
    "whole organisation gets an error page": (
        "OUT1",
        "Since 09:00 every one of our 60 staff gets an error page when opening the workspace, whatever device.",
        "One colleague gets an error page when she opens the Gantt view."),
    "jobs stopped, another company too": (
        "OUT3",
        "no reminders or recurring tasks got created for anyone since midnight, a friend at another company says same",
        "no reminders got created for my own test board because I switched them off"),
    "API 500s for several clients": (
        "OUT2",
        "your api only gives 500s now, for us + 2 of our klanten who connect to it",
        "how do we handle a 500 from your api in our retry code?"),
    "solicitor instructed": (
        "LEG1",
        "They have instructed their solicitor, who says they will be taking action against Ashby and TeamFlow.",
        "Their solicitor has a few questions about the data processing agreement."),
    "money asked back without the word refund": (
        "FIN3",
        "Please recover the €2,000 they paid twice in April.",
        "How do we recover the deleted task from April?"),
    "contract change asked on a client's behalf": (
        "FIN5",
        "The client asked us to change their agreement at renewal: yearly invoicing and 25 seats instead of 40.",
        "What would yearly invoicing cost for 25 seats?"),
    "idea passed on": (
        "SAT5",
        "They asked me to pass on an idea: subtasks that repeat on their own schedule.",
        "I have no idea why the subtasks repeat."),
    "feature asked for in German slang": (
        "SAT5",
        "könntet ihr bitte ne zeiterfassung direkt in den tasks einbauen? wär mega",
        "wie kann ich das Zeiterfassungs-Widget in eine Webseite einbauen?"),
    "integration went quiet (de)": (
        "TEC4",
        "Seit gestern kommen im verbundenen Slack-Kanal keine Meldungen mehr an.",
        "Wie verbinde ich den Slack-Kanal mit einem Projekt?"),
    "support that does not read": (
        "SAT3",
        "3rd agent in a row who didnt read the thread and asked me the same qs, this is exhausting",
        "Your agent Maria read the whole thread and fixed it in one go, thank you."),
}


test_criterion_fires, test_near_miss_does_not_fire = criterion_case_tests(CASES)


def test_doubled_question_marks_read_as_alarm_with_offsets_kept() -> None:
    text = "He is still in?? Really?! And you?"
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded == "he is still in!! really!! and you?"


def test_a_question_doubled_is_still_a_question_by_its_words() -> None:
    assert hit_ids("are you guys gdpr compliant?? need to know for our audit") == set()
    assert hit_ids("what happens if someone hacks my account??") == set()


@pytest.mark.parametrize("text", [
    "When she saw the redesign she shouted 'we've been hacked!' - it's just the new purple, we all had a laugh.",
    "He said he'd get his lawyer onto this, then rang back, apologised and said he didn't mean it.",
    "Unser Anwalt prüft routinemäßig alle Verträge. Bitte senden Sie die aktuelle AVV. Es gibt keinen Streit.",
    "theres a reddit post calling ur pricing a scam, u might wanna answer it",
    "When she types a comment and presses enter it spins and the text is gone, only on her account.",
    "The Gantt export to PDF still produces a blank page for them, with every project.",
    "They removed the agency people from the workspace after they were supposedly gone.",
])
def test_no_false_immediate_alarm(text: str) -> None:
    found = hit_ids(text)
    assert not found & {"SEC1", "SEC2", "SEC3", "SEC4", "SEC5", "OUT1", "OUT2", "OUT3", "LEG1", "LEG2"}, found


@pytest.mark.parametrize(("text", "exposed"), [
    ("guy we fired in jan still had a login and he downloaded our whole client list last nite", True),
    ("Una agencia con la que nunca trabajamos nos mandó un pdf con todas nuestras tareas.", True),
    ("We found tax documents belonging to clients of a completely different practice on our board.", True),
    ("We fired a designer in January; his login was disabled the same day and nothing was downloaded.", None),
])
def test_who_saw_the_data(text: str, exposed: bool | None) -> None:
    found = signals(text).data_exposed
    assert (found.value if found else None) is exposed


@pytest.mark.parametrize(("text", "topic"), [
    ("app was down for like 10 min this morning but its back now, all good, just fyi", "technical"),
    ("locked myself out, forgot my pwd. can u send a reset pls", "technical"),
    ("tbh thinking of moving to trello, how do i cancel at end of month", "billing"),
    ("my boss says 'the thing is acting up again' and asked me to email you", "technical"),
    ("Nothing's down, don't worry. The code sample in your API docs has a typo.", "product"),
])
def test_first_line_routing(text: str, topic: str) -> None:
    assert signals(text).topic == topic
