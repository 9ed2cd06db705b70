"""Offline extractor: people who do not know the product's words, and an independent QA contractor's test.

"The whole 'Invoices 2026' folder is empty ... I looked in the bin thing", "a white page with a little sad
cloud for everybody", "the sticky notes that are supposed to repeat every morning didn't appear": each
case pairs a text that shows the criterion with a near miss in similar words.
"""

from __future__ import annotations

import pytest
from rules_helpers import criterion_case_tests, hit_ids, signals

# (criterion, text that shows it, near miss that must not fire it)
LAY_WORDS: dict[str, tuple[str, str, str]] = {
    "a sign-in list line that is not mine": (
        "SEC1",
        "The list called 'where you are signed in' has a line: Jakarta, Android phone, today 03:12. I was asleep "
        "and I don't own an Android.",
        "The list called 'where you are signed in' shows my laptop; how do I rename it?"),
    "a reset link that still works after three weeks (de)": (
        "SEC2",
        "Der Link zum Zurücksetzen des Passworts funktioniert auch nach drei Wochen noch und man kann ihn mehrmals "
        "benutzen.",
        "Der Link zum Zurücksetzen des Passworts ist abgelaufen, bitte schicken Sie einen neuen."),
    "a folder that came back empty after a freeze": (
        "SEC4",
        "The program froze and when it came back the whole 'Invoices 2026' folder is empty, nothing in the bin. "
        "Three months of notes.",
        "How do I make an empty folder for next year's invoices?"),
    "notes that went back to how they were months ago": (
        "SEC4",
        "Since then the notes in our folder have gone back to how they were in January; everything we typed since "
        "is not there any more.",
        "When I drag a card it goes back to the first column; is that a setting?"),
    "a white page with a sad cloud at another company too": (
        "OUT1",
        "The website shows a white page with a little sad cloud for everybody in our office, and my sister at a "
        "different company that uses you gets the same.",
        "The website shows a white page when I print a board; how do I add the title?"),
    "repeating notes and the bell stopped at another firm too": (
        "OUT3",
        "The sticky notes that are supposed to repeat every morning didn't appear today, and a friend at another "
        "firm says hers stopped as well.",
        "How do I make a sticky note that is supposed to repeat every morning?"),
    "charged twice like a friend who runs a cafe": (
        "FIN1",
        "The bill took the money twice this month, and my friend who runs a café and uses you was charged twice "
        "too.",
        "The bill took the money twice this month; please refund the second payment."),
    "a contract moved to the new company in German": (
        "FIN5",
        "Bitte stellen Sie den bestehenden Vertrag und alle künftigen Rechnungen auf die Nordwind GmbH, "
        "Hafenstraße 12, Hamburg um.",
        "Auf welche Firma läuft unser bestehender Vertrag?"),
    "a removed freelancer's screenshot": (
        "SEC1",
        "We ended his access in March, and this morning he emailed our CEO a screenshot of the client roadmap "
        "board.",
        "We ended his access in March; how do I reassign his cards?"),
    "comments supposedly from a colleague on leave": (
        "SEC1",
        "People got comment notifications supposedly from Nadia with a link to a fake Microsoft page. Nadia is on "
        "parental leave.",
        "People got comment notifications from Nadia about the new office plan."),
    "integrations hanging against the API at two companies": (
        "OUT2",
        "Our export script and our zaps are hanging against the API and time out after 60s, and a friend at a "
        "different company sees the same.",
        "Our export script times out after 60s because we set that limit ourselves; how do we raise it?"),
    "a fourth answer from someone who did not read": (
        "SAT3",
        "This is the fourth reply I've had and once again nobody actually read what I wrote.",
        "This is the fourth board I've made this week; can I copy one?"),
}

test_lay_words_criterion_fires, test_lay_words_near_miss_does_not_fire = criterion_case_tests(LAY_WORDS)


@pytest.mark.parametrize(("body", "absent"), [
    ("Half of my sticky notes disappeared! My colleague says some filter is switched on and she can see all of "
     "them.", "SEC4"),
    ("When I write a message under a sticky note and press the blue arrow it disappears. Older messages are all "
     "still there.", "SEC4"),
    ("The program throws me out every ten minutes and I lose what I was typing in the sticky notes.", "SEC4"),
    ("Looks like something went wrong on your billing side; two other clients were charged twice.", "OUT1"),
    ("When I click the Files tab I get 'Something went wrong'. My colleagues open the same projects fine.",
     "OUT1"),
    ("Please stop the subscription and close my login, I don't need the program anymore.", "TEC3"),
])
def test_look_alikes_raise_nothing(body: str, absent: str) -> None:
    assert absent not in hit_ids(body)


def test_tasks_gone_with_no_filter_on_still_count() -> None:
    assert "SEC4" in hit_ids("After the sync all the tasks in our project are gone. Not in the trash, no filter "
                             "is on. 3 months of work.")


def test_a_pitch_that_says_we_are_missing_out_is_not_support() -> None:
    s = signals("You're missing out on high-intent keywords. Our agency has helped 300+ SaaS brands triple organic "
                "traffic. Would you be open to a 15-minute call next week?")
    assert s.support_request is False
