"""Offline extractor: tickets typed in a hurry, dictated by voice, or long and chatty.

"we'd like that money back ... two thousand four hundred dollars", "a a p i de vocês tá fora",
"our client list got into the hands of some outside marketing company": spelled-out numbers and
acronyms, no punctuation, the hedge of a run-on sentence far from the report. Each case pairs a
text that shows the criterion with a near miss in similar words. Chatty letters bury the fact in
asides ("someone broke into our depot ... which had nothing to do with TeamFlow") that must raise nothing.
"""

from __future__ import annotations

import pytest
from rules_helpers import criterion_case_tests, hit_ids, signals

from triage.extractors.money import amounts, bare_thousands
from triage.extractors.number_words import spelled_numbers

# (criterion, text that shows it, near miss that must not fire it)
DICTATED: dict[str, tuple[str, str, str]] = {
    "background jobs stopped, a friend's company too": (
        "OUT3",
        "no scheduled reminders or recurring tasks ran today for any of our teams. friend at another co says same",
        "no scheduled reminders ran today because I paused them myself, how do I switch them back on?"),
    "none of the reminder emails went out, not just for us": (
        "OUT3",
        "um so none of the reminder emails or the recurring tasks went out this morning and not just for us my "
        "friend's company has it too",
        "none of the reminder emails went out because I turned reminders off for the holidays"),
    "the API spelled out and down, for our clients too (pt)": (
        "OUT2",
        "a a p i de vocês tá fora desde as duas, tudo volta erro 503 e três clientes nossos que usam a integração "
        "também",
        "a a p i de vocês tem limite de chamadas? quero saber antes de integrar"),
    "a board emptied after an update, filters ruled out": (
        "SEC4",
        "our whole marketing board is empty it had two hundred cards yesterday nothing in the trash and no filters "
        "turned on",
        "our whole marketing board is empty because we just created it from a template"),
    "money back, with the amount in the same breath": (
        "FIN3",
        "paid annual $1,800 on the wrong workspace by mistake, need it back",
        "paid annual $1,800 on the right workspace, all good"),
    "emailed support five times, nothing back": (
        "SAT3",
        "emailed support 5 times about my invoice question. nothing back",
        "our export to the API returned nothing back, which endpoint should we call?"),
    "going on a subreddit": (
        "SAT4",
        "if nobody answers today this is going on r/projectmanagement",
        "we found your tips on r/projectmanagement very useful, thanks"),
    "please add, in a hurry": (
        "SAT5",
        "pls add recurring subtasks!!",
        "pls add me to the beta list for the mobile app"),
    "dates moving back a day on save": (
        "TEC3",
        "not a security thing, but due dates shift back a day after i save a task",
        "not a security thing: how do I shift all due dates back a day at once?"),
}

test_dictated_criterion_fires, test_dictated_near_miss_does_not_fire = criterion_case_tests(DICTATED)


@pytest.mark.parametrize(("body", "absent"), [
    ("comments just vanish on send, mine + 2 others", "SEC4"),
    ("ok so at first I thought I'd been hacked but no it's not that nobody else is in my account I checked the "
     "sessions but the task sync between my phone and laptop stopped", "SEC1"),
    ("four days ago I wrote in because the c s v export gives me an empty file with just the headers and since "
     "then I got one automated reply and nobody's even looked at it", "SEC1"),
    ("so um at the office nothing loads teamflow just spins but on my phone on four G it works perfectly and at "
     "home it was fine too so is it our firewall", "OUT1"),
    ("our lawyer asked where you store our data and for a copy of your data processing agreement, nothing's wrong "
     "she just wants it on record", "TEC3"),
])
def test_look_alikes_raise_nothing(body: str, absent: str) -> None:
    assert absent not in hit_ids(body)


RAMBLING: dict[str, tuple[str, str, str]] = {
    "a solicitor's letter ready if it is not put right": (
        "LEG1",
        "I don't want to make a fuss, but my brother is a solicitor and he has a letter ready to send to your "
        "company if this isn't refunded by Friday.",
        "My brother is a solicitor and he loves your templates for his own case deadlines."),
    "a session on a machine nobody here owns": (
        "SEC1",
        "The active sessions list shows a session under my login on a Linux laptop that neither of us owns, last "
        "active two minutes ago.",
        "The active sessions list shows my laptop twice; can I rename a session?"),
}

test_rambling_criterion_fires, test_rambling_near_miss_does_not_fire = criterion_case_tests(RAMBLING)


@pytest.mark.parametrize(("body", "absent"), [
    ("We had quite a year: someone broke into our depot and took half our tools, and our old mail provider had a "
     "leak, which had nothing to do with TeamFlow.", "SEC1"),
    ("Our director forwarded a news story about a hosting firm where someone got into the servers.", "SEC1"),
    ("At first I wondered whether someone else was logging in as me, but the sign-in history only shows my own "
     "phone, so I think it's just a bug.", "SEC1"),
    ("Could you let me know who's taking over our account now that Sanjay has left?", "SEC1"),
    ("I don't want to make a fuss, and I've said I'd let him go ahead with the invoices.", "SEC1"),
    ("Our surveyors would be lost without their job boards if the renewal lapses.", "SEC4"),
    ("I think a reply from someone at TeamFlow would go down well with the people in that thread.", "OUT1"),
    ("Our warehouse team asked whether the mobile app works offline in the cold store.", "OUT1"),
    ("When the app was unavailable for everyone for an hour, your updates were clear, and since it came back "
     "everything has been working perfectly.", "OUT1"),
    ("Nobody at our branch can open TeamFlow since Monday, but on a phone hotspot it loads fine.", "OUT1"),
    ("About half the cards seemed to be gone, but I'm fairly sure the cards are all there, just hidden.", "SEC4"),
    ("Si votre centre de données brûlait, nos projets seraient-ils perdus ?", "SEC4"),
    ("As anyone who has worked in a law firm will tell you, the partners are hard to please.", "LEG1"),
])
def test_asides_in_a_long_letter_raise_nothing(body: str, absent: str) -> None:
    assert absent not in hit_ids(body)


def test_a_dictated_run_on_report_still_counts_as_exposed() -> None:
    s = signals("so um our invoices board with all our clients names and addresses got into the hands of some "
                "outside marketing company we never heard of they emailed one of our clients using the info and our "
                "lawyer is drafting a letter because this is going to court if we don't get answers")
    assert "SEC1" in {h.criterion for h in s.hits}
    assert s.data_exposed is not None and s.data_exposed.value


def test_a_hedge_beside_the_report_still_means_not_known() -> None:
    s = signals("We are worried that someone outside the company may have downloaded our client list.")
    assert s.data_exposed is None


@pytest.mark.parametrize(("text", "value", "currency"), [
    ("the duplicate is two thousand four hundred dollars", 2400.0, "USD"),
    ("twelve hundred bucks", 1200.0, "USD"),
    ("el plan anual de mil quinientos euros", 1500.0, "EUR"),
    ("deux mille quatre cents euros", 2400.0, "EUR"),
    ("a thousand dollars", 1000.0, "USD"),
])
def test_amounts_spelled_out_are_read(text: str, value: float, currency: str) -> None:
    found = amounts(text)
    assert [(a.value, a.currency) for a in found] == [(value, currency)]


def test_number_words_without_a_currency_are_not_money() -> None:
    assert amounts("two hundred and forty cards were on the board") == []
    assert [v for v, _, _ in spelled_numbers("two hundred and forty cards")] == [240]


def test_a_contract_value_in_thousands_without_a_currency_is_read_as_dollars() -> None:
    s = signals("where's the audit log? fyi we pay ~80k/yr so would like a quick answer")
    assert s.annual_contract_value_usd is not None and s.annual_contract_value_usd.value == 80_000


def test_thousands_of_things_are_not_money() -> None:
    assert bare_thousands("we create about 60k tasks a year") == []
    assert [a.value for a in bare_thousands("we pay 80k a year")] == [80_000]
