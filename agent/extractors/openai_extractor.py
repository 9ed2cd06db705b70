"""LLM signal extraction through the official ``openai`` client: grounded, cached, and safe to fail.

For each ticket:

1. the cache is asked first (a hit costs no request);
2. the model answers in the strict wire schema (structured output with a ``json_schema`` response
   format, or JSON mode with the schema in the prompt for servers without it; see ``llm_client``);
3. bad output (cut off, not JSON, not the schema, quotes not in the text) gets one re-ask that
   carries the error (tenacity, a fixed number of attempts); transport retries are the SDK's;
4. quotes still not in the text are dropped and the ticket flagged ``REV-UNGROUNDED``;
5. an immediate-tier hit that only the model found gets a second look (one short question on the
   same cached prefix): retracted, it goes; confirmed or unanswered, it stays, flagged
   ``REV-DISAGREE`` (small models over-report outages and legal threats);
6. the offline detectors run as a floor: a detector hit the model did not report is added and
   flagged ``REV-DISAGREE`` (every tier by default; ``floor_tiers="immediate"`` or
   ``TRIAGE_LLM_FLOOR=immediate`` limits that to the immediate tier, as the policy's minimum);
7. when extraction fails for good, the offline extractor's signals are used and the ticket flagged
   ``REV-LLM-FAILED``. A ticket never becomes ``none`` silently because the model failed.
"""

from __future__ import annotations

import asyncio
import dataclasses
import importlib.util
import logging
import os
import ssl
import threading
import weakref
from collections.abc import Callable
from typing import Any

import httpx2
from openai import AsyncOpenAI, DefaultAioHttpClient, DefaultAsyncHttpxClient, DefaultHttpxClient, OpenAI
from tenacity import AsyncRetrying, Retrying, retry_if_exception_type, stop_after_attempt

from ..cache import SignalCache, cache_key
from ..decision import Usage
from ..errors import ConfigError
from ..policy import CRITERIA_BY_ID, Policy, Signals, Tier
from ..policy.catalog import tier_of
from ..pricing import estimate_cost
from ..prompting import build_prompt, new_boundary
from ..redact import redact as redact_text
from ..tickets import Ticket
from .base import Extraction, Extractor
from .grounding import is_grounded
from .llm_client import (
    Answer,
    CallSettings,
    LLMFailure,
    TriageAsyncOpenAI,
    TriageOpenAI,
    call_async,
    call_sync,
)
from .llm_wire import WireAnswer, WireHit, WireVerdict, quotes, to_signals, unsupported, verify_question, without
from .merge import FloorTiers, Trust, apply_floor, confirm_only

log = logging.getLogger(__name__)

DEFAULT_MODEL = "gpt-4o-mini"
JSON_MODE_ENV = "TRIAGE_JSON_MODE"
TIMEOUT_ENV = "TRIAGE_LLM_TIMEOUT"
FLOOR_ENV = "TRIAGE_LLM_FLOOR"
TRUST_ENV = "TRIAGE_LLM_TRUST"


#: Whether the SDK's aiohttp transport can be used (the ``openai[aiohttp]`` extra is installed).
AIOHTTP = importlib.util.find_spec("aiohttp") is not None
#: Connections kept open between requests: enough for the CLI's largest ``--concurrency``, so a busy
#: run never closes and reopens connections (the SDK's default keeps 100).
KEEPALIVE_CONNECTIONS = 256


class _BadOutput(Exception):
    """The answer was unusable in a way a re-ask may fix (only this is re-asked)."""


class _Job:
    """One ticket's extraction: what was sent, what came back, what it cost."""

    def __init__(self, owner: OpenAIExtractor, ticket: Ticket) -> None:
        self.ticket = ticket
        self.sent_text = redact_text(ticket.text).text if owner.redact else ticket.text
        received = ticket.received_at
        code = new_boundary(self.sent_text, owner.boundary) if owner.boundary else new_boundary(self.sent_text)
        user = owner.prompt.user_message(self.sent_text, received, code=code)
        self.fenced = owner.prompt.fenced_text(user)
        self.base: list[dict[str, str]] = [{"role": "system", "content": owner.prompt.system},
                                           {"role": "user", "content": user}]
        self.messages = list(self.base)
        self.key = "" if owner.cache is None else cache_key(
            text=self.sent_text, received_at=received.isoformat() if received else None, extractor=owner.name,
            model=owner.model, prompt_version=owner.prompt_version, redact=owner.redact,
            second_look=owner.verify_immediate)
        self.usage = Usage(model=owner.model)
        self.best: WireAnswer | None = None
        self.content: str | None = None  # the accepted answer as the model wrote it, for a follow-up turn
        self.ungrounded: list[tuple[str, str, str]] = []
        self.error: str | None = None
        self.attempts = 0
        self.retracted: set[str] = set()
        self.verified: list[str] = []

    def accept(self, answer: Answer) -> None:
        """Keep a usable answer; raise _BadOutput (and prepare the re-ask) for one that is not."""
        self.attempts += 1
        self.usage = self.usage.add(answer.usage)
        if not isinstance(answer.wire, WireAnswer):
            self.error = answer.error or "the answer was unusable"
            self._reask(answer.content, self.error)
            raise _BadOutput(self.error)
        self.best, self.content = answer.wire, answer.content
        problems = [(path, quote, "does not occur in the ticket") for path, quote in quotes(answer.wire)
                    if not is_grounded(quote, self.fenced)]
        problems += [problem for problem in unsupported(answer.wire) if problem[0] not in
                     {path for path, _, _ in problems}]
        self.ungrounded = problems
        if problems:
            listed = "; ".join(f"{path}: {quote!r} {why}" for path, quote, why in problems)
            self.error = f"{len(problems)} quote(s) do not support the answer"
            self._reask(answer.content, f"{listed}. Copy every quote exactly from between the marker "
                        "lines, make it state what you report, or leave that item out")
            raise _BadOutput(self.error)

    def suspects(self, offline: Signals | None) -> list[tuple[str, WireHit]]:
        """Grounded immediate-tier hits that only the model reported (at most three get a second look)."""
        if self.best is None or offline is None:
            return []
        dropped = {path for path, _, _ in self.ungrounded}
        found = offline.hit_ids()
        found_here: list[tuple[str, WireHit]] = []
        for index, hit in enumerate(self.best.hits):
            path = f"hits[{index}] {hit.criterion.value}"
            if path not in dropped and hit.criterion.value not in found and \
                    tier_of(CRITERIA_BY_ID[hit.criterion.value]) is Tier.IMMEDIATE:
                found_here.append((path, hit))
        return found_here[:3]

    def verify_messages(self, hit: WireHit) -> list[dict[str, str]]:
        """The same conversation prefix (cache-friendly), the answer, then one narrow question."""
        answer = self.content or (self.best.model_dump_json() if self.best else "")
        return [*self.base, {"role": "assistant", "content": answer[:4000]},
                {"role": "user", "content": verify_question(CRITERIA_BY_ID[hit.criterion.value], hit.quote)}]

    def verdict(self, path: str, hit: WireHit, outcome: Answer | LLMFailure) -> None:
        """Drop a hit the model retracts; keep (and flag) one it confirms or could not judge."""
        self.usage = self.usage.add(outcome.usage)
        if isinstance(outcome, Answer) and isinstance(outcome.wire, WireVerdict) and not outcome.wire.keep:
            self.retracted.add(path)
            return
        criterion = CRITERIA_BY_ID[hit.criterion.value]
        how = "confirmed on a second look" if isinstance(outcome, Answer) and outcome.wire else "kept unchecked"
        self.verified.append(f"REV-DISAGREE: the model reported {criterion.id} ({criterion.bullet}) in "
                             f"{hit.quote!r}, which the offline detectors did not find; {how}")

    def fail(self, exc: LLMFailure) -> None:
        self.usage = self.usage.add(exc.usage)
        self.error = exc.reason

    def _reask(self, content: str | None, error: str) -> None:
        follow_up = [{"role": "assistant", "content": content[:4000]}] if content else []
        self.messages = [*self.base, *follow_up, {
            "role": "user",
            "content": f"Your previous answer could not be used: {error}. Reply again with the complete "
                       "JSON object for the same ticket, and nothing else."}]


class OpenAIExtractor:
    """Signals from an OpenAI-compatible chat model, held to the ticket's own words."""

    def __init__(self, model: str = DEFAULT_MODEL, *, api_key: str | None = None, base_url: str | None = None,
                 cache: SignalCache | None = None, redact: bool = False, json_mode: bool | None = None,
                 max_retries: int = 3, timeout: float | None = None, max_tokens: int = 700,
                 temperature: float | None = 0.0, reasks: int = 1, floor: Extractor | None = None,
                 verify_immediate: bool = True, floor_tiers: FloorTiers | None = None,
                 trust: Trust | None = None, boundary: Callable[[], str] | None = None) -> None:
        if json_mode is None:
            json_mode = os.environ.get(JSON_MODE_ENV, "").strip().lower() in ("1", "true", "yes")
        if timeout is None:
            timeout = float(os.environ.get(TIMEOUT_ENV) or 120.0)
        self.model = model
        self.name = f"openai:{model}"
        self.prompt = build_prompt(json_mode)
        self.prompt_version: str | None = self.prompt.version
        self.cache = cache
        self.redact = redact
        self.reasks = max(0, reasks)
        self.boundary = boundary  # tests fix the fence code; None means a fresh random one
        self.settings = CallSettings(model=model, max_tokens=max_tokens, temperature=temperature,
                                     json_mode=json_mode, max_retries=max_retries)
        self.verify_immediate = verify_immediate
        chosen = floor_tiers or os.environ.get(FLOOR_ENV, "").strip().lower() or "all"
        if chosen not in ("immediate", "all"):
            raise ConfigError(f"{FLOOR_ENV} must be 'immediate' or 'all', not {chosen!r}")
        self.floor_tiers: FloorTiers = "immediate" if chosen == "immediate" else "all"
        trusted = trust or os.environ.get(TRUST_ENV, "").strip().lower() or "floor"
        if trusted not in ("floor", "confirm"):
            raise ConfigError(f"{TRUST_ENV} must be 'floor' or 'confirm', not {trusted!r}")
        self.trust: Trust = "confirm" if trusted == "confirm" else "floor"
        self.verify_settings = dataclasses.replace(self.settings, max_tokens=30)
        self._client_options: dict[str, Any] = {"api_key": api_key, "base_url": base_url,
                                                "max_retries": max_retries, "timeout": timeout}
        if floor is None:
            from .rules import RulesExtractor, warm_up

            warm_up()  # part of start-up, not of the first tickets
            floor = RulesExtractor()
        self.floor = floor
        self._lock = threading.Lock()
        self._sync: OpenAI | None = None
        self._async: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, AsyncOpenAI] = (
            weakref.WeakKeyDictionary())
        self._ssl: ssl.SSLContext | None = None
        self._broken: str | None = None
        self._policy: Policy | None = None  # only for trust="confirm"

    # -- the two ways in ------------------------------------------------------------------------

    def extract(self, ticket: Ticket) -> Extraction:
        """Blocking extraction with the sync client."""
        job = _Job(self, ticket)
        done = self._before(job)
        if done is not None:
            return done
        try:
            for attempt in Retrying(**self._reask_policy()):
                with attempt:
                    job.accept(call_sync(self._sync_client(), self.settings, job.messages))
        except _BadOutput:
            pass  # out of re-asks: job.accept() has recorded why, _after() falls back
        except LLMFailure as exc:
            self._failed(job, exc)
        offline = self._floor(job.ticket)
        for path, hit in job.suspects(offline[0]) if self.verify_immediate else []:
            try:
                outcome: Answer | LLMFailure = call_sync(self._sync_client(), self.verify_settings,
                                                         job.verify_messages(hit), WireVerdict)
            except LLMFailure as exc:
                outcome = exc
            job.verdict(path, hit, outcome)
        return self._after(job, offline)

    async def aextract(self, ticket: Ticket) -> Extraction:
        """Extraction on the running event loop, with that loop's own async client."""
        job = _Job(self, ticket)
        done = self._before(job)
        if done is not None:
            return done
        client = self._async_client()
        try:
            async for attempt in AsyncRetrying(**self._reask_policy()):
                with attempt:
                    job.accept(await call_async(client, self.settings, job.messages))
        except _BadOutput:
            pass  # out of re-asks: job.accept() has recorded why, _after() falls back
        except LLMFailure as exc:
            self._failed(job, exc)
        offline = self._floor(job.ticket)
        for path, hit in job.suspects(offline[0]) if self.verify_immediate else []:
            try:
                outcome: Answer | LLMFailure = await call_async(client, self.verify_settings,
                                                                job.verify_messages(hit), WireVerdict)
            except LLMFailure as exc:
                outcome = exc
            job.verdict(path, hit, outcome)
        return self._after(job, offline)

    def _reask_policy(self) -> dict[str, Any]:
        """tenacity re-asks bad output only (cut off, not JSON, not the schema, ungrounded quotes); transport
        errors are the SDK's own retries, and an LLMFailure ends the attempts at once."""
        return {"stop": stop_after_attempt(1 + self.reasks), "retry": retry_if_exception_type(_BadOutput),
                "reraise": True}

    # -- clients: one sync client, one async client per event loop -----------------------------

    def _sync_client(self) -> OpenAI:
        with self._lock:
            if self._sync is None:
                http = DefaultHttpxClient(limits=self._limits(), verify=self._ssl_context())
                self._sync = TriageOpenAI(**self._client_options, http_client=http)
            return self._sync

    def _async_client(self) -> AsyncOpenAI:
        """The Triager runs each stream in a fresh loop: a client's pool must not outlive its loop."""
        loop = asyncio.get_running_loop()
        with self._lock:
            client = self._async.get(loop)
            if client is None:
                client = TriageAsyncOpenAI(**self._client_options, http_client=self._async_http())
                self._async[loop] = client
            return client

    def _async_http(self) -> httpx2.AsyncClient:
        """The SDK's aiohttp transport when ``aiohttp`` is installed (``openai[aiohttp]``: about 1 ms less
        CPU per request than the default at high concurrency), else its default HTTPX2 transport."""
        options: dict[str, Any] = {"limits": self._limits(), "verify": self._ssl_context()}
        if AIOHTTP:
            return DefaultAioHttpClient(**options)
        return DefaultAsyncHttpxClient(**options)

    @staticmethod
    def _limits() -> httpx2.Limits:
        return httpx2.Limits(max_connections=1000, max_keepalive_connections=KEEPALIVE_CONNECTIONS)

    def _ssl_context(self) -> ssl.SSLContext:
        """The TLS context the SDK's transport would make, made once (loading the CA store takes ~80 ms,
        and every stream gets a new client); called with ``self._lock`` held."""
        if self._ssl is None:
            self._ssl = httpx2.create_ssl_context()
        return self._ssl

    async def aclose(self) -> None:
        """Close the running loop's client (the Triager calls this when a stream ends)."""
        with self._lock:
            client = self._async.pop(asyncio.get_running_loop(), None)
        if client is not None:
            await client.close()

    def close(self) -> None:
        with self._lock:
            client, self._sync = self._sync, None
        if client is not None:
            client.close()

    # -- the steps around the requests ------------------------------------------------------------

    def _before(self, job: _Job) -> Extraction | None:
        """A cached answer, or an immediate fallback when the account is known to be unusable."""
        if self._broken is not None:
            return self._fallback(job, f"{self._broken} (no request made: failed earlier in this run)")
        if self.cache is None:
            return None
        document = self.cache.get(job.key)
        if document is None:
            return None
        try:
            signals = Signals.model_validate(document["signals"])
            reasons = [str(reason) for reason in document.get("review_reasons", [])]
        except (KeyError, TypeError, ValueError):
            return None  # an unreadable entry is a miss; the fresh answer overwrites it
        usage = Usage(model=self.model, requests=0, cost_usd=0.0)
        return self._with_floor(job.ticket, signals, reasons, usage, cached=True)

    def _failed(self, job: _Job, exc: LLMFailure) -> None:
        job.fail(exc)
        job.best = None
        if exc.account_wide:
            self._broken = exc.reason

    def _after(self, job: _Job, offline: tuple[Signals | None, list[str]]) -> Extraction:
        if job.best is None:
            detail = f" after {job.attempts} answer(s)" if job.attempts else ""
            return self._fallback(job, f"{job.error or 'no usable answer'}{detail}")
        reasons = [f"REV-UNGROUNDED: dropped {path}: the quote {quote!r} {why}"
                   for path, quote, why in job.ungrounded] + job.verified
        signals = to_signals(without(job.best, {path for path, _, _ in job.ungrounded} | job.retracted))
        if self.cache is not None:
            self.cache.put(job.key, self.name, {"signals": signals.model_dump(mode="json"),
                                                "review_reasons": reasons})
        return self._with_floor(job.ticket, signals, reasons, self._priced(job.usage), cached=False,
                                offline=offline)

    def _fallback(self, job: _Job, reason: str) -> Extraction:
        log.warning("LLM extraction failed for ticket %s: %s", job.ticket.id, reason)
        floor = self.floor.extract(job.ticket)
        return Extraction(signals=floor.signals, extractor=floor.extractor,
                          prompt_version=self.prompt_version,
                          review_reasons=[f"REV-LLM-FAILED: {reason}; used the offline extractor's signals",
                                          *floor.review_reasons],
                          usage=self._priced(job.usage))

    def _priced(self, usage: Usage) -> Usage:
        cost = estimate_cost(self.model, usage.input_tokens, usage.cached_tokens, usage.output_tokens)
        return usage.model_copy(update={"cost_usd": cost, "model": self.model})

    def _offline_tier(self, ticket: Ticket, offline: Signals) -> Tier:
        """The tier the detectors' signals alone get under the shipped policy configuration."""
        if self._policy is None:
            from ..settings import load_policy_config

            self._policy = Policy(load_policy_config())
        customer, _ = ticket.policy_customer()
        return self._policy.decide(offline, customer, ticket.history, ticket.received_at).tier

    def _floor(self, ticket: Ticket) -> tuple[Signals | None, list[str]]:
        """The offline detectors' signals, or None and the reason when they crash."""
        try:
            return self.floor.extract(ticket).signals, []
        except Exception as exc:  # a detector bug must not cost the model's answer
            log.exception("offline detectors failed on ticket %s", ticket.id)
            return None, [f"REV-FLOOR-FAILED: the offline detectors failed ({type(exc).__name__}); "
                          "no safety floor for this ticket"]

    def _with_floor(self, ticket: Ticket, signals: Signals, reasons: list[str], usage: Usage, cached: bool,
                    offline: tuple[Signals | None, list[str]] | None = None) -> Extraction:
        found, problems = offline if offline is not None else self._floor(ticket)
        if found is None:
            merged, disagreements = signals, problems
        elif self.trust == "confirm":
            merged, disagreements = confirm_only(signals, found, self._offline_tier(ticket, found))
        else:
            merged, disagreements = apply_floor(signals, found, self.floor_tiers)
        return Extraction(signals=merged, extractor=self.name, prompt_version=self.prompt_version,
                          review_reasons=[*reasons, *disagreements], usage=usage, cached=cached)
