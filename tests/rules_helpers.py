"""What the offline extractor finds in a piece of text: the helpers the detector tests share."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest

from triage.extractors.rules import RulesExtractor
from triage.policy import Signals
from triage.tickets import Ticket


def signals(body: str, subject: str | None = None, received_at: datetime | None = None) -> Signals:
    """The signals of one ticket, extracted by the rules."""
    return RulesExtractor().extract(Ticket(body=body, subject=subject, received_at=received_at)).signals


def hit_ids(body: str, subject: str | None = None) -> set[str]:
    """The criteria the rules find in one ticket."""
    return {h.criterion for h in signals(body, subject).hits}


CaseTable = dict[str, tuple[str, str, str]]


def criterion_case_tests(cases: CaseTable) -> tuple[Callable[[str], None], Callable[[str], None]]:
    """The two tests each (criterion, text that shows it, near miss) table gets: it fires; the near miss does not."""

    @pytest.mark.parametrize("case", sorted(cases))
    def test_criterion_fires(case: str) -> None:
        criterion, text, _ = cases[case]
        assert criterion in hit_ids(text)

    @pytest.mark.parametrize("case", sorted(cases))
    def test_near_miss_does_not_fire(case: str) -> None:
        criterion, _, near_miss = cases[case]
        assert criterion not in hit_ids(near_miss)

    return test_criterion_fires, test_near_miss_does_not_fire


#: name -> (criterion, body, subject or None): words of an incident that report none.
NearMissTable = dict[str, tuple[str, str, str | None]]


def criterion_absent_test(cases: NearMissTable) -> Callable[[str], None]:
    """The test a table of near misses gets: the criterion is not found in any of them."""

    @pytest.mark.parametrize("name", sorted(cases))
    def test_not_an_incident_does_not_fire(name: str) -> None:
        criterion, body, subject = cases[name]
        assert criterion not in hit_ids(body, subject)

    return test_not_an_incident_does_not_fire
