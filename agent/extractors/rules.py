"""Offline extractor (placeholder until the detectors land)."""

from __future__ import annotations

from ..policy import Signals
from ..tickets import Ticket
from .base import Extraction


class RulesExtractor:
    name = "rules"
    prompt_version: str | None = None

    def extract(self, ticket: Ticket) -> Extraction:
        return Extraction(signals=Signals(), extractor=self.name)
