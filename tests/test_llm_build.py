"""build_extractor("openai", ...): configuration from options first, then the environment."""

from __future__ import annotations

from pathlib import Path

import pytest

from triage import ExtractorUnavailable, Triager
from triage.extractors import build_extractor
from triage.extractors.openai_extractor import DEFAULT_MODEL, OpenAIExtractor


@pytest.fixture
def endpoint(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    for name in ("OPENAI_API_KEY", "TRIAGE_MODEL", "TRIAGE_CACHE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    return tmp_path


def test_needs_a_key_or_a_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    with pytest.raises(ExtractorUnavailable):
        build_extractor("openai")


def test_defaults_come_from_the_environment(endpoint: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    extractor = build_extractor("openai", unknown_option=1)
    assert isinstance(extractor, OpenAIExtractor)
    assert extractor.name == f"openai:{DEFAULT_MODEL}"
    assert extractor.cache is not None
    assert extractor.cache.path == endpoint / "xdg" / "triage" / "signals.sqlite"

    monkeypatch.setenv("TRIAGE_MODEL", "local-qwen-1.5b")
    monkeypatch.setenv("TRIAGE_CACHE", str(endpoint / "env.sqlite"))
    extractor = build_extractor("openai")
    assert extractor.name == "openai:local-qwen-1.5b"
    assert isinstance(extractor, OpenAIExtractor) and extractor.cache is not None
    assert extractor.cache.path == endpoint / "env.sqlite"


def test_options_win_over_the_environment(endpoint: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRIAGE_MODEL", "from-env")
    extractor = build_extractor("openai", model="gpt-4.1-mini", cache_path=str(endpoint / "opt.sqlite"),
                                redact=True, json_mode=True)
    assert isinstance(extractor, OpenAIExtractor)
    assert extractor.name == "openai:gpt-4.1-mini" and extractor.redact and extractor.settings.json_mode
    assert extractor.cache is not None and extractor.cache.path == endpoint / "opt.sqlite"
    uncached = build_extractor("openai", use_cache=False)
    assert isinstance(uncached, OpenAIExtractor) and uncached.cache is None


def test_auto_picks_the_llm_when_an_endpoint_is_configured(endpoint: Path) -> None:
    assert Triager("auto").extractor.name.startswith("openai:")
