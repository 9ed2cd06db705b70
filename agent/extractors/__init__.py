"""Extractors turn a ticket into Signals: offline rules, or an LLM behind the OpenAI API."""

from __future__ import annotations

from typing import Any

from ..errors import ConfigError, ExtractorUnavailable
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
    return _build_openai(**options)


#: Options passed straight to OpenAIExtractor when given (anything else is ignored).
_OPENAI_OPTIONS = ("api_key", "base_url", "json_mode", "max_retries", "timeout", "max_tokens", "temperature",
                   "reasks", "floor", "floor_tiers", "trust", "verify_immediate", "boundary")


def _build_openai(model: str | None = None, cache_path: str | None = None, use_cache: bool = True,
                  redact: bool = False, **options: Any) -> Extractor:
    """The LLM extractor: model from the option, $TRIAGE_MODEL or the default; the cache unless disabled."""
    import os

    from ..cache import SignalCache, default_cache_path
    from .openai_extractor import DEFAULT_MODEL, OpenAIExtractor

    if not llm_configured() and not options.get("api_key") and not options.get("base_url"):
        raise ExtractorUnavailable("the openai extractor needs OPENAI_API_KEY or OPENAI_BASE_URL")
    if not os.environ.get("OPENAI_API_KEY") and not options.get("api_key"):
        options["api_key"] = "no-key"  # OpenAI-compatible local servers (llama.cpp, vLLM) need none
    cache = None
    if use_cache:
        path = cache_path or default_cache_path()
        try:
            cache = SignalCache(path)
        except Exception as exc:  # sqlite3.Error or OSError: a cache that cannot open is a config error
            raise ConfigError(f"cannot open the signal cache {path}: {exc}") from None
    chosen = {key: options[key] for key in _OPENAI_OPTIONS if options.get(key) is not None}
    return OpenAIExtractor(model or os.environ.get("TRIAGE_MODEL") or DEFAULT_MODEL, cache=cache,
                           redact=redact, **chosen)


__all__ = ["EXTRACTOR_CHOICES", "Extraction", "Extractor", "aextract", "build_extractor", "resolve_kind"]
