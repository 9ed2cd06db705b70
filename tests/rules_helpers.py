"""What the offline extractor finds in a piece of text: the helpers the detector tests share."""

from __future__ import annotations

from datetime import datetime

from triage.extractors.rules import RulesExtractor
from triage.policy import Signals
from triage.tickets import Ticket


def signals(body: str, subject: str | None = None, received_at: datetime | None = None) -> Signals:
    """The signals of one ticket, extracted by the rules."""
    return RulesExtractor().extract(Ticket(body=body, subject=subject, received_at=received_at)).signals


def hit_ids(body: str, subject: str | None = None) -> set[str]:
    """The criteria the rules find in one ticket."""
    return {h.criterion for h in signals(body, subject).hits}
