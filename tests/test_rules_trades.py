"""Offline extractor: customers who write in their own trade's words, or in a second language.

A clinic that sees "a list of patients that are not ours", a school whose activity log names a
user "nobody here knows", an office whose text "became ??????" after an update: none of them names a
category. Each case pairs a text that shows the criterion with a near miss in similar words.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from rules_helpers import criterion_case_tests, hit_ids, signals

from triage.extractors.money import amounts

# (criterion, text that shows it, near miss that must not fire it)
TRADES: dict[str, tuple[str, str, str]] = {
    "records in front of us that are not ours": (
        "SEC1",
        "This morning the front desk opened our treatment board and saw a list of clients that are not ours, "
        "with their home addresses.",
        "This morning the front desk opened our treatment board and saw a list of clients; can we sort it by "
        "surname?"),
    "a foreign live session nobody on the team can explain": (
        "SEC1",
        "The driver account shows an active session from Lagos since 3am. None of our people are abroad.",
        "The driver account shows an active session from the depot tablet since 3am; how do I end it remotely?"),
    "the account was used by someone else while she slept": (
        "SEC1",
        "Her account was used by someone else overnight and her password was changed. She was asleep at the time.",
        "Her account was used by the temp for two weeks while she was on leave; how do we hand it back?"),
    "attachments gone and the bin empty too (it)": (
        "SEC4",
        "Spariti tutti i preventivi dalle schede del cantiere, e nel cestino non c'è nulla.",
        "Ho spostato per errore i preventivi nel cestino: come li ripristino?"),
    "text turned into question marks after an update": (
        "SEC4",
        "Since your update all our Greek task titles became '??????'. About 600 tasks look like this.",
        "Why does the invoice total show as ??? in the preview before I pick a currency?"),
    "patient notes going to someone outside the practice": (
        "SEC5",
        "Reminder emails carried patient notes, and that is PHI going to someone outside the practice.",
        "Do reminder emails include task descriptions? We want to keep PHI out of them."),
    "an export that is cut off": (
        "TEC3",
        "Exporting the timeline to PDF cuts off every bar after June.",
        "Exporting the timeline to PDF: can I choose landscape?"),
    "a CSV with only the header row out of hundreds of tasks": (
        "TEC3",
        "The CSV export downloads but only has the header row, 0 of 438 tasks.",
        "Which columns does the CSV export have for our 438 tasks?"),
    "a session that expires every few minutes": (
        "TEC3",
        "On my laptop the session expired message comes every 5 minutes and I must log in again.",
        "How long does a session last before I have to log in again?"),
    "mail notifications that stopped reaching one person (fr)": (
        "TEC3",
        "Les notifications par e-mail ne m'arrivent plus depuis lundi, mes collègues les reçoivent.",
        "Comment désactiver les notifications par e-mail le week-end ?"),
    "a feature asked for as a question": (
        "SAT5",
        "Could you let us mark a task as waiting on a task in another project?",
        "Could you let us know when the new pricing starts?"),
}

test_trade_words_criterion_fires, test_trade_words_near_miss_does_not_fire = criterion_case_tests(TRADES)


@pytest.mark.parametrize("text", [
    "This morning the sync failed for an hour. Turned out our office broadband was down; it synced straight after.",
    "Could you resend the March invoice? Our accounting system lost the attachment.",
    "Our in-house counsel is reviewing all our software vendors and asked where our data is stored. Nothing is "
    "wrong, it's routine due diligence.",
    "Ho ritrovato le attività che pensavo perse: erano nascoste da un filtro. Come salvo un filtro?",
])
def test_own_side_causes_and_routine_questions_raise_nothing(text: str) -> None:
    found = hit_ids(text)
    assert not found & {"OUT1", "SEC4", "LEG1"}, found


def test_a_question_about_a_topic_in_the_subject_reports_nothing() -> None:
    found = hit_ids("Bonjour, en cas de fuite de données chez vous, comment serions-nous prévenus ?",
                    subject="Question sur les fuites de données")
    assert "SEC1" not in found


@pytest.mark.parametrize(("body", "exposed"), [
    ("A person from another company told me he is able to see our customer list in his dashboard.", True),
    ("The reminders with patient notes went to a stranger's gmail for two weeks.", True),
    ("Someone else used her account and posted messages with a fake payroll link in all projects.", False),
])
def test_who_saw_the_data(body: str, exposed: bool) -> None:
    s = signals(body)
    assert bool(s.data_exposed and s.data_exposed.value) is exposed


def test_indian_digit_grouping_reads_as_one_amount() -> None:
    found = [(a.value, a.currency) for a in amounts("Kindly refund Rs 1,20,000 and ₹12,34,567.50 to the same account")]
    assert found == [(120000.0, "INR"), (1234567.5, "INR")]


def test_a_user_called_x_in_portuguese_is_not_a_support_case() -> None:
    s = signals('O registo mostra que ontem à noite um utilizador chamado "convidado-12" exportou os contactos.',
                received_at=datetime(2026, 3, 12, 9, tzinfo=UTC))
    assert s.unresolved_hours is None


def test_a_pitch_for_search_rankings_is_not_a_support_request() -> None:
    s = signals("We are a leading SEO and digital marketing agency. We can bring your website on first page of "
                "Google in 30 days. Kindly reply for our packages.")
    assert s.support_request is False
