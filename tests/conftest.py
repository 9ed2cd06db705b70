"""Shared fixtures. The LLM ones start a real OpenAI-compatible HTTP server on 127.0.0.1."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from fake_openai_server import FakeOpenAI

from triage.extractors import Extraction
from triage.extractors.openai_extractor import OpenAIExtractor
from triage.policy import Hit, Policy, PolicyConfig, Signals, StatedFact
from triage.settings import POLICY_CONFIG_ENV, load_policy_config
from triage.tickets import Ticket


class FloorStub:
    """A stand-in for the offline extractor: always reports the given hits (and injection)."""

    name = "rules"
    prompt_version: str | None = None

    def __init__(self, *hits: tuple[str, str], injection: str | None = None, **facts: Any) -> None:
        self.signals = Signals(hits=tuple(Hit(criterion=c, evidence=e) for c, e in hits),
                               injection=None if injection is None
                               else StatedFact(value=True, evidence=injection), **facts)
        self.calls = 0

    def extract(self, ticket: Ticket) -> Extraction:
        self.calls += 1
        return Extraction(signals=self.signals, extractor=self.name)


@pytest.fixture(autouse=True)
def _no_real_llm_env(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    """Tests never reach a real endpoint by accident (the `llm`-marked ones opt in)."""
    if request.node.get_closest_marker("llm") is None:
        for name in ("TRIAGE_JSON_MODE", "TRIAGE_LLM_TIMEOUT", "TRIAGE_PRICING"):
            monkeypatch.delenv(name, raising=False)


@pytest.fixture
def fake_openai() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as server:
        yield server


@pytest.fixture
def make_extractor(fake_openai: FakeOpenAI) -> Callable[..., OpenAIExtractor]:
    """An extractor pointed at the fake server: fast timeouts, two SDK retries, no cache, a stub floor,
    and no second look at immediate hits (tests of that turn it on)."""

    def build(**options: Any) -> OpenAIExtractor:
        settings: dict[str, Any] = {"api_key": "sk-test", "base_url": fake_openai.base_url, "max_retries": 2,
                                    "timeout": 2.0, "floor": FloorStub(), "verify_immediate": False}
        settings.update(options)
        return OpenAIExtractor(settings.pop("model", "fake-model"), **settings)

    return build


# -- the shipped policy, for the policy tests ----------------------------------------------------

@pytest.fixture(scope="module")
def config() -> PolicyConfig:
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv(POLICY_CONFIG_ENV, raising=False)
        return load_policy_config()


@pytest.fixture(scope="module")
def policy(config: PolicyConfig) -> Policy:
    return Policy(config)
