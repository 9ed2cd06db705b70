"""Offline extractor: incidents told only by their consequences, translated English, the immediate tier stressed.

"exported ... by user with gmail address which is not belong to our company", "os nossos dados foram
parar a outra empresa", "press back, still in", "a 'Galaxy S21' signed in at 6:05am", "every teacher who
opens that board gets a little box popping up". Each case pairs a text that shows the criterion with a
near miss in similar words.
"""

from __future__ import annotations

import pytest
from rules_helpers import criterion_case_tests, hit_ids, signals

# (criterion, text that shows it, near miss that must not fire it)
CONSEQUENCES: dict[str, tuple[str, str, str]] = {
    "an export by a free-mail user who is not one of ours": (
        "SEC1",
        "The audit log shows the full customer list was exported at 23:50 by a user with a gmail address which is "
        "not belong to our company.",
        "The audit log shows the full customer list was exported at 23:50 by our sales manager."),
    "our data ended up at another company (pt)": (
        "SEC1",
        "Os nossos dados foram parar a outra empresa sem autorização.",
        "Os nossos dados foram migrados para o novo quadro sem problemas."),
    "signing out, pressing back, still in": (
        "SEC2",
        "I tried it again myself: sign out, press back, still in.",
        "I signed out and pressed back; the login page showed, as expected."),
    "a session from a phone nobody has, early in the morning": (
        "SEC1",
        "Under 'Active sessions' there is a phone signed in at 6:05am. Nobody here has that phone.",
        "Under 'Active sessions' there is my phone, signed in at 6:05am when I checked the rota."),
    "code typed into a title pops up for every teacher": (
        "SEC2",
        "A student typed a bit of code in angle brackets into a task title. Now every teacher who opens the board "
        "gets a little box popping up.",
        "Every teacher who opens the board gets a little box popping up about the new release notes."),
    "a data protection inspector's request": (
        "LEG2",
        "I am writing from the office of the Personal Data Protection Inspector. Following a complaint we request "
        "that you describe the legal basis of the processing within 14 days.",
        "Our own data protection officer asked how long you keep backups."),
    "money asked back as 'return the money'": (
        "FIN3",
        "The project was cancelled after a week. Please return back the money, 2,400 USD.",
        "The project was cancelled after a week. Please return the laptop we lent you."),
    "a party in a court case": (
        "LEG1",
        "We're a party in a case against our former distributor, and our solicitors need the activity history.",
        "We're a party planning company; can I copy a board for each event?"),
    "a judge ordered records kept": (
        "LEG3",
        "Our solicitors tell us the judge has ordered both sides to keep every record about orders since 2023.",
        "Our solicitors keep every record about orders since 2023 in their own system."),
    "a business associate agreement that says no patient data in notifications": (
        "SEC5",
        "The business associate agreement we signed with you says no patient health information in notifications, "
        "yet every reminder subject now shows diagnoses.",
        "The business associate agreement we signed with you is attached; how do we renew it?"),
}

test_consequences_criterion_fires, test_consequences_near_miss_does_not_fire = criterion_case_tests(CONSEQUENCES)


@pytest.mark.parametrize(("body", "absent"), [
    ("I thought somebody hacked my account because of a new login mail, but it was my colleague on my new laptop.",
     "SEC1"),
    ("Last week I thought someone had hacked my account - it turned out a colleague had moved my tasks, so no "
     "security problem.", "SEC1"),
    ("My first thought was that someone had hacked our card, but no, it's the invoice itself.", "SEC1"),
    ("I'm not threatening legal action and this isn't about lawyers - I want it on record.", "LEG1"),
    ("Were you affected by the AWS outage yesterday? Everything worked for us.", "OUT1"),
    ("We noticed TeamFlow doesn't advertise a bug bounty programme, and we'd love to offer you a discounted "
     "external pentest.", "SEC2"),
    ("The custom connector takes alarms from our leak detection sensors and opens cards.", "SEC1"),
    ("Please move our agreement from BreachPoint Security Labs Ltd to BreachPoint Group Holdings Ltd.", "SEC1"),
    ("Three clients have already emailed asking whether we've been hacked. We haven't.", "SEC1"),
    ("The Jira project is literally called OUTAGE; we track power outages and line repairs in it.", "OUT1"),
    ("Thieves broke into our warehouse last week and it's been chaos with the police and the insurers.", "LEG3"),
    ("They handle incoming subpoenas, litigation holds and regulator correspondence for the group.", "LEG3"),
    ("The last agent sent me an article about GDPR deletion requests that had nothing to do with my question.",
     "LEG4"),
    ("Saw the news about another tool getting hacked; is our data encrypted?", "SEC1"),
    ("Our engineers write up every outage on our 'Incident Reviews' board.", "OUT1"),
    ("Nothing loads at the office since 8am, total outage for us, but on my phone on 4G everything is fine. Our "
     "IT guy updated the office firewall last night.", "OUT1"),
    ("In TeamFlow selbst ist alles korrekt und die Daten sind unverändert, aber im CSV-Export werden alle Umlaute "
     "zu Zeichensalat.", "SEC4"),
])
def test_consequence_look_alikes_raise_nothing(body: str, absent: str) -> None:
    assert absent not in hit_ids(body)


def test_a_competitor_holding_our_contracts_counts_as_exposed() -> None:
    s = signals("Os contratos dos nossos clientes foram parar a uma empresa concorrente.")
    assert s.data_exposed is not None and s.data_exposed.value
