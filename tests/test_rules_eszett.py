"""Offline extractor: German "ß" reads as "ss", and the quotes keep the ticket's own spelling.

The detectors are written in the Swiss spelling ("ausser Betrieb", "gemäss", "Verstoss"); a ticket from Germany
writes "außer Betrieb", "gemäß", "Verstoß". Both must find the same criteria, and the evidence must still be
words the ticket wrote.
"""

from __future__ import annotations

import pytest
from rules_helpers import criterion_case_tests, signals

from triage.policy import Signals

ESZETT: dict[str, tuple[str, str, str]] = {
    "the whole platform out of service": (
        "OUT1",
        "Seit heute früh ist die ganze Plattform außer Betrieb, wir kommen an keine einzige Aufgabe heran.",
        "Der Drucker im Büro ist außer Betrieb, deshalb schicke ich die Liste per Mail."),
    "an outage going on now, told beside the SLA": (
        "OUT1",
        "Seit 8 Uhr ist TeamFlow außer Betrieb; gemäß unserem Vertrag verstößt das gegen die SLA.",
        "Gemäß unserem Vertrag gilt eine SLA von 99,9 %. Wo finde ich den Verfügbarkeitsbericht?"),
    "personal data processed against the GDPR": (
        "SEC5",
        "Eure App schickt die Gesundheitsdaten unserer Patienten unverschlüsselt per Mail, das ist ein klarer "
        "Verstoß gegen die DSGVO.",
        "Ist eure Verarbeitung gemäß DSGVO dokumentiert? Wir brauchen das für unser Verzeichnis."),
}

test_criterion_fires, test_near_miss_does_not_fire = criterion_case_tests(ESZETT)


def _quotes(found: Signals) -> list[str]:
    facts = (found.plan, found.annual_contract_value_usd, found.fortune_500, found.unresolved_hours,
             found.failed_attempts, found.data_exposed, found.outage_scope, found.injection)
    return [h.evidence for h in found.hits] + [f.evidence for f in facts if f is not None]


@pytest.mark.parametrize("case", sorted(ESZETT))
def test_quotes_keep_the_ticket_spelling(case: str) -> None:
    _, text, _ = ESZETT[case]
    found = signals(text, "Störung: großes Problem")
    assert found.hits
    for quote in _quotes(found):
        assert quote in f"Störung: großes Problem\n{text}", quote


def test_same_criteria_in_either_spelling() -> None:
    german = "Alles ist außer Betrieb, gemäß SLA ist das ein Verstoß. Keiner kann sich anmelden, seit 3 Tagen."
    swiss = german.replace("ß", "ss")
    assert {h.criterion for h in signals(german).hits} == {h.criterion for h in signals(swiss).hits}
    assert {h.criterion for h in signals(german).hits}
