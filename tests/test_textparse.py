"""Low-level text helpers: folding, sentences, evidence, negation, questions, money, the regex optimiser."""

from __future__ import annotations

import re

import pytest

from triage.extractors.money import amounts, parse_number
from triage.extractors.reopt import optimize
from triage.extractors.textparse import evidence, fold, hypothetical, informational, negated, sentences


def test_fold_keeps_offsets_and_flattens_accents() -> None:
    text = "Ação NÃO autorizada — “quoted” İstanbul Łódź"
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded.startswith("acao nao autorizada - \"quoted\"")
    assert "lodz" in folded


def test_fold_turns_line_breaks_into_spaces() -> None:
    assert fold("delete all personal\ninformation") == "delete all personal information"


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentences(text, ((0, len(text)),)).spans]


def test_sentences_split_on_punctuation_blank_lines_and_short_lines() -> None:
    text = "Hello,\nTeamFlow is down! Is it?\n\nSecond para: 1.5 seconds each.\n- item one\n- item two"
    assert _sentences(text) == ["Hello,", "TeamFlow is down!", "Is it?", "Second para: 1.5 seconds each.",
                                "- item one", "- item two"]


def test_sentences_keep_wrapped_lines_with_proper_nouns_together() -> None:
    text = ("Someone signed in to the account of our sales director from an address in the north of\n"
            "Russia and exported the customer list.")
    assert len(_sentences(text)) == 1


def test_evidence_is_the_sentence_or_a_clause_of_it() -> None:
    text = "Short one. " + "This long sentence has many words, " * 6 + "and the API is down for everyone, sadly."
    folded = fold(text)
    sent = sentences(text, ((0, len(text)),)).spans[1]
    pos = folded.index("api is down")
    ev = evidence(text, sent, pos, pos + len("api is down"))
    assert "API is down" in ev and ev in text and len(ev) <= 160
    assert evidence(text, (0, 10), 0, 5) == "Short one."


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("this is not a security issue", "security", True),
    ("no data was lost", "lost", True),
    ("we haven't seen any unauthorized access", "unauthorized", True),
    ("we could not connect to the database", "database", False),
    ("i'm not sure why but someone accessed it", "someone", False),
    ("the export failed, but our data is gone", "gone", False),
    ("es gab keinen datenverlust", "datenverlust", True),
])
def test_negation(text: str, word: str, expected: bool) -> None:
    assert negated(text, 0, text.index(word)) is expected


@pytest.mark.parametrize("text", [
    "are you gdpr compliant?",
    "do you have a soc 2 report we could review?",
    "what happens if there is a breach at teamflow?",
    "can you send me your penetration test report?",
    "if our account were ever hacked, how would we restore it?",
])
def test_informational_questions(text: str) -> None:
    assert informational(text)


@pytest.mark.parametrize("text", [
    "our account was hacked last night.",
    "is teamflow down? every page returns 503.",
    "are you aware that your api leaks tokens?",
    "please delete all my personal data under gdpr.",
])
def test_reports_are_not_informational(text: str) -> None:
    assert not informational(text)


def test_hypothetical_only() -> None:
    assert hypothetical("in case of an outage, who do we call?")
    assert not hypothetical("is teamflow down for everyone?")


@pytest.mark.parametrize(("text", "value", "currency"), [
    ("refund of $1,200", 1200.0, "USD"),
    ("US$1,500.75 back", 1500.75, "USD"),
    ("USD 1200", 1200.0, "USD"),
    ("1.200,50 €", 1200.5, "EUR"),
    ("EUR 950", 950.0, "EUR"),
    ("€1.200", 1200.0, "EUR"),
    ("1,2k €", 1200.0, "EUR"),
    ("£950", 950.0, "GBP"),
    ("CA$1,400", 1400.0, "CAD"),
    ("A$2000", 2000.0, "AUD"),
    ("CHF 1'200", 1200.0, "CHF"),
    ("¥150,000", 150000.0, "JPY"),
    ("₹85,000", 85000.0, "INR"),
    ("R$ 5.000,00", 5000.0, "BRL"),
    ("MX$20,000", 20000.0, "MXN"),
    ("$1,000.01", 1000.01, "USD"),
    ("$2.5k", 2500.0, "USD"),
    ("4000 dollars", 4000.0, "USD"),
    ("9000 ZAR", 9000.0, "ZAR"),
    ("1 200 €", 1200.0, "EUR"),
])
def test_money_formats(text: str, value: float, currency: str) -> None:
    found = amounts(text)
    assert [(a.value, a.currency) for a in found] == [(value, currency)]
    assert text[found[0].start:found[0].end].strip()


@pytest.mark.parametrize("text", ["try 3 times", "version 2.3.1", "ticket 4411 is open", "15% off"])
def test_numbers_without_currency_are_not_money(text: str) -> None:
    assert amounts(text) == []


@pytest.mark.parametrize(("raw", "value"), [("1,200", 1200), ("1.200", 1200), ("1,5", 1.5), ("12.50", 12.5),
                                            ("1.234.567,8", 1234567.8), ("1,234,567.8", 1234567.8)])
def test_parse_number(raw: str, value: float) -> None:
    assert parse_number(raw) == pytest.approx(value)


@pytest.mark.parametrize("pattern", [
    r"report|raised|opened|\bfiled|logged (?:a|this|the|it)",
    r"(?:is|are|was) (?:now )?(?:down|offline)|outage",
    r"(?:fix(?:es)?|patch(?:es)?) (?:didn'?t|did not) work",
    r"(?:a|b|)x\d+",
    r"\b(?:404|500)\b(?<!fortune 500)",
])
def test_optimised_patterns_match_the_same_texts(pattern: str) -> None:
    samples = ["we reported it", "the site is down", "outage now", "the fixes didn't work", "patch did not work",
               "ax12", "x7", "error 500", "a fortune 500 firm", "nothing here", "unreported", "prefiled"]
    fast, plain = re.compile(optimize(pattern)), re.compile(pattern)
    for sample in samples:
        found = fast.search(sample)
        if plain.search(sample) and found:
            continue
        # the optimiser only drops matches that start inside a word
        assert not found
        m = plain.search(sample)
        assert m is None or (m.start() > 0 and sample[m.start() - 1].isalnum())


def test_optimised_words_start_at_word_boundaries() -> None:
    assert re.search(optimize(r"our (?:server|servers)"), "your servers are down") is None
    assert re.search(optimize(r"our (?:server|servers)"), "our servers are down") is not None


def test_initials_titles_and_day_ordinals_do_not_end_a_sentence() -> None:
    from triage.extractors.textparse import sentences

    text = "Ask Dr. Lee about it. Herr K. hat am 3. März gekündigt. It broke at 10. Then it came back."
    spans = sentences(text, ((0, len(text)),)).spans
    assert [text[a:b] for a, b in spans] == [
        "Ask Dr. Lee about it.", "Herr K. hat am 3. März gekündigt.", "It broke at 10.", "Then it came back."]
