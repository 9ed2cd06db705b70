"""Extractors turn a ticket into Signals: offline rules, or an LLM behind the OpenAI API."""

from __future__ import annotations

from typing import Any

from ..errors import ExtractorUnavailable
from ..settings import llm_configured
from .base import Extraction, Extractor, aextract

EXTRACTOR_CHOICES = ("auto", "rules", "openai")


def resolve_kind(kind: str) -> str:
    """``auto`` means openai when a key or base URL is configured, else the offline rules."""
    if kind not in EXTRACTOR_CHOICES:
        raise ExtractorUnavailable(f"unknown extractor {kind!r}: choose one of {', '.join(EXTRACTOR_CHOICES)}")
    if kind == "auto":
        return "openai" if llm_configured() else "rules"
    return kind


def build_extractor(kind: str = "auto", **options: Any) -> Extractor:
    """Build the extractor ``kind`` names. Options the extractor does not use are ignored."""
    resolved = resolve_kind(kind)
    if resolved == "rules":
        from .rules import RulesExtractor

        return RulesExtractor()
    raise ExtractorUnavailable("the openai extractor is not available yet: use --extractor rules")


__all__ = ["EXTRACTOR_CHOICES", "Extraction", "Extractor", "aextract", "build_extractor", "resolve_kind"]
