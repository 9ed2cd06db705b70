"""Offline extractor: serious events told calmly, and alarming words used in play.

An operations lead's test tells a company-wide blank page as "not urgent I guess"; a design studio
writes "WE'VE BEEN HACKED lol (we haven't)" about an intern's bulk rename; "the brand police on our
creative team" is no police. Each case pairs a text that shows the criterion with a near miss in
similar words.
"""

from __future__ import annotations

import pytest
from rules_helpers import criterion_case_tests, hit_ids, signals

# (criterion, text that shows it, near miss that must not fire it)
UNDERSTATED: dict[str, tuple[str, str, str]] = {
    "nobody has been able to open it since lunch": (
        "OUT1",
        "Not urgent I guess: nobody in our org has been able to open TeamFlow since lunch, the page stays blank "
        "for everyone in every office.",
        "Not urgent I guess: nobody in our org has been able to find the archive button since the redesign."),
    "a guest who can do an admin's things": (
        "SEC2",
        "The guest account adds /settings to the link and gets the full settings page, and the guest can rename and "
        "delete the project. Guests are supposed to be read-only.",
        "Guests are supposed to be read-only: how do I set that for a new board?"),
    "EU-only hosting promised, files served from the US": (
        "SEC5",
        "Our agreement says EU-only hosting for this workspace. Our DPO found the attachments are served from a "
        "storage bucket in Virginia.",
        "Can you confirm that our workspace is hosted in the EU only?"),
    "a meeting booked with our solicitors to recover through the courts": (
        "LEG1",
        "I've booked a meeting with our solicitors on Thursday to go over how we recover the fees, through the "
        "courts if needed.",
        "I've booked a meeting with our solicitors on Thursday; can I share the project board with them?"),
    "a Dutch court that ordered us to hand over records": (
        "LEG3",
        "De rechtbank in Utrecht heeft ons opgedragen alle projectcommunicatie over te leggen.",
        "Kunnen we alle projectcommunicatie exporteren voor ons archief?"),
    "a former intern who downloaded contracts (fr)": (
        "SEC1",
        "Notre stagiaire est partie le 31 janvier; hier soir elle s'est connectée et a téléchargé 57 contrats "
        "clients.",
        "Notre stagiaire est partie le 31 janvier; comment transférer ses tâches à un collègue ?"),
    "a competing agency that opened our board": (
        "SEC1",
        "A competing agency opened our campaign board and downloaded the media plan.",
        "A competing agency asked how we plan campaigns; can we share a template?"),
    "an export that comes out with headers and no rows": (
        "TEC3",
        "Exporting a project to CSV gives a file with headers and no rows.",
        "Which headers does the CSV export include?"),
    "tried to pay with three cards from two banks": (
        "FIN2",
        "Tried to pay our renewal with three different cards from two banks; the checkout says gateway error 502.",
        "Can we pay our renewal with two different cards?"),
    "the contract and invoices to be in the holding's name (de)": (
        "FIN5",
        "Ab nächstem Monat müssen die Rechnungen und unser Vertrag auf die Holding lauten.",
        "Auf welchen Namen lauten die Rechnungen derzeit?"),
    "three people, three answers": (
        "SAT3",
        "Three people, three different answers, and the last one closed my conversation while I was still typing.",
        "We have three people on our team who answer client questions; can they share one inbox?"),
    "someone with the authority to decide": (
        "SAT2",
        "Could someone with the authority to actually decide things give me a ring?",
        "Who in our workspace has the authority to delete projects?"),
}

test_understated_criterion_fires, test_understated_near_miss_does_not_fire = criterion_case_tests(UNDERSTATED)


@pytest.mark.parametrize(("body", "absent"), [
    ("Ok so, panic over. Every board was renamed after a pop song and I yelled we've been hacked. Turns out it was "
     "Dave, our intern.", "SEC4"),
    ("The brand police on our in-house creative team have noticed the purple label is the wrong purple.", "LEG3"),
    ("Without it, our designers don't know when the client has approved something.", "LEG5"),
    ("Right now clients screenshot the proofs and skip the paid prints.", "SEC2"),
    ("hey, something is weird with my account since yesterday, not sure what exactly. can someone help?", "SEC1"),
    ("This is NOT a security issue: nobody has got into anything. I can't get past the 2FA screen on my new phone.",
     "OUT1"),
    ("Whenever I tick off a subtask, the assignee gets an email saying the parent task was deleted. It wasn't.",
     "SEC4"),
    ("Harriet Lowe, Account Manager, Ferris Wheel PR", "ENT3"),
])
def test_play_and_signatures_raise_nothing(body: str, absent: str) -> None:
    assert absent not in hit_ids(body)


@pytest.mark.parametrize(("body", "exposed"), [
    ("So your support contractor sent our confidential contracts to a competitor.", True),
    ("Overnight every task was renamed to 'Claim your gift card' and our guests got comment notifications from "
     "Tom's user with the same link. Tom was asleep.", False),
])
def test_who_saw_the_data(body: str, exposed: bool) -> None:
    s = signals(body)
    assert bool(s.data_exposed and s.data_exposed.value) is exposed
