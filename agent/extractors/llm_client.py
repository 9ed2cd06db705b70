"""One chat-completion request through the official ``openai`` client, classified for the extractor.

Retries are split by cause. Transport trouble (connection, timeout, 408/409/429/5xx and
``Retry-After``) belongs to the SDK: ``max_retries`` and the per-request ``timeout`` are set
explicitly. Whatever comes back is then one of three things:

- an ``Answer`` with a parsed ``WireAnswer``;
- an ``Answer`` with an ``error``: bad output (cut off at the token limit, not JSON, not the
  schema) that the extractor may re-ask about;
- an ``LLMFailure``: nothing a re-ask can fix (transport retries exhausted, a refusal or content
  filter, 400, authentication, ``insufficient_quota``). The SDK would retry a 429 even when the
  account is out of quota; ``_should_retry`` is narrowed so that one is not.

Usage (tokens and HTTP requests, SDK retries included) travels with both.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import httpx2
import openai
import pydantic
from openai import AsyncOpenAI, OpenAI
from openai.types.shared_params import ResponseFormatJSONObject

from ..decision import Usage
from .llm_wire import WireAnswer

Schema = type[pydantic.BaseModel]

JSON_MODE_FORMAT: ResponseFormatJSONObject = {"type": "json_object"}


@dataclass
class Answer:
    """What one request produced: a parsed answer, or the reason the output was unusable."""

    usage: Usage
    wire: pydantic.BaseModel | None = None  # an instance of the schema asked for
    error: str | None = None
    content: str | None = None


class LLMFailure(Exception):
    """Extraction cannot succeed by asking again; ``account_wide`` ones will fail every ticket."""

    def __init__(self, reason: str, usage: Usage | None = None, *, account_wide: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.usage = usage or Usage()
        self.account_wide = account_wide


@dataclass
class CallSettings:
    model: str
    max_tokens: int
    temperature: float | None
    json_mode: bool
    max_retries: int
    extra: dict[str, Any] = field(default_factory=dict)

    def kwargs(self, messages: list[dict[str, str]]) -> dict[str, Any]:
        kwargs: dict[str, Any] = {"model": self.model, "messages": messages,
                                  "max_completion_tokens": self.max_tokens, **self.extra}
        if self.temperature is not None:
            kwargs["temperature"] = self.temperature
        return kwargs


def quota_exhausted(response: httpx2.Response) -> bool:
    """A 429 that means "out of credit", not "slow down": retrying cannot help."""
    if response.status_code != 429:
        return False
    try:
        body = response.json()
    except ValueError:
        return False
    error = body.get("error") if isinstance(body, dict) else None
    return isinstance(error, dict) and "insufficient_quota" in (error.get("code"), error.get("type"))


class TriageOpenAI(OpenAI):
    """The sync client, minus retries of quota exhaustion."""

    def _should_retry(self, response: httpx2.Response) -> bool:
        return not quota_exhausted(response) and super()._should_retry(response)


class TriageAsyncOpenAI(AsyncOpenAI):
    """The async client, minus retries of quota exhaustion."""

    def _should_retry(self, response: httpx2.Response) -> bool:
        return not quota_exhausted(response) and super()._should_retry(response)


def call_sync(client: OpenAI, settings: CallSettings, messages: list[dict[str, str]],
              schema: Schema = WireAnswer) -> Answer:
    completions = client.chat.completions.with_raw_response
    try:
        if settings.json_mode:
            raw: Any = completions.create(response_format=JSON_MODE_FORMAT, **settings.kwargs(messages))
        else:
            raw = completions.parse(response_format=schema, **settings.kwargs(messages))
    except openai.APIError as exc:
        raise failure(exc, settings.max_retries) from exc
    return read(raw, settings.json_mode, schema)


async def call_async(client: AsyncOpenAI, settings: CallSettings, messages: list[dict[str, str]],
                     schema: Schema = WireAnswer) -> Answer:
    completions = client.chat.completions.with_raw_response
    try:
        if settings.json_mode:
            raw: Any = await completions.create(response_format=JSON_MODE_FORMAT, **settings.kwargs(messages))
        else:
            raw = await completions.parse(response_format=schema, **settings.kwargs(messages))
    except openai.APIError as exc:
        raise failure(exc, settings.max_retries) from exc
    return read(raw, settings.json_mode, schema)


def read(raw: Any, json_mode: bool, schema: Schema = WireAnswer) -> Answer:
    """Classify a 2xx response (a ``LegacyAPIResponse``); usage is read before anything can fail."""
    usage = Usage(requests=1 + int(raw.retries_taken))
    try:
        body = raw.http_response.json()
    except ValueError:
        return Answer(usage, error="the response body was not JSON")
    usage = usage_of(body, usage.requests)
    content = _content_of(body)
    try:
        completion = raw.parse()
    except openai.LengthFinishReasonError:
        return Answer(usage, content=content, error="the answer was cut off at the output token limit: keep "
                      "quotes under 20 words, list at most 8 hits, and write nothing but the JSON object")
    except openai.ContentFilterFinishReasonError:
        raise LLMFailure("refused: the provider's content filter stopped the answer", usage) from None
    except pydantic.ValidationError as exc:
        return Answer(usage, content=content, error=describe(exc))
    if not completion.choices:
        return Answer(usage, error="the response had no choices")
    choice = completion.choices[0]
    if choice.message.refusal:
        raise LLMFailure(f"refused: {choice.message.refusal[:200]}", usage)
    if json_mode:
        if choice.finish_reason == "length":
            return Answer(usage, content=content, error="the answer was cut off at the output token limit")
        try:
            return Answer(usage, wire=schema.model_validate_json(choice.message.content or ""),
                          content=content)
        except pydantic.ValidationError as exc:
            return Answer(usage, content=content, error=describe(exc))
    parsed = choice.message.parsed
    if not isinstance(parsed, schema):
        return Answer(usage, content=content, error="the answer was empty")
    return Answer(usage, wire=parsed, content=content)


def usage_of(body: Any, requests: int) -> Usage:
    raw = body.get("usage") if isinstance(body, dict) else None
    if not isinstance(raw, dict):
        return Usage(requests=requests)
    details = raw.get("prompt_tokens_details") or {}
    return Usage(input_tokens=int(raw.get("prompt_tokens") or 0),
                 output_tokens=int(raw.get("completion_tokens") or 0),
                 cached_tokens=int(details.get("cached_tokens") or 0) if isinstance(details, dict) else 0,
                 requests=requests)


def _content_of(body: Any) -> str | None:
    try:
        content = body["choices"][0]["message"]["content"]
    except (KeyError, IndexError, TypeError):
        return None
    return content if isinstance(content, str) else None


def describe(exc: pydantic.ValidationError) -> str:
    """A short, model-readable account of what was wrong with the JSON."""
    problems = []
    for error in exc.errors()[:5]:
        where = ".".join(str(part) for part in error["loc"]) or "the answer"
        problems.append(f"{where}: {error['msg']}")
    return "the answer did not match the required JSON schema: " + "; ".join(problems)


def failure(exc: openai.APIError, max_retries: int) -> LLMFailure:
    """Why the request failed for good, and how many HTTP requests that took (SDK retries included)."""
    retried = Usage(requests=max_retries + 1)
    once = Usage(requests=1)
    if isinstance(exc, openai.APITimeoutError):
        return LLMFailure(f"timed out after {max_retries + 1} attempts", retried)
    if isinstance(exc, openai.APIConnectionError):
        return LLMFailure(f"connection failed after {max_retries + 1} attempts", retried)
    if isinstance(exc, openai.APIStatusError):
        status = exc.status_code
        if status == 429 and quota_exhausted(exc.response):
            return LLMFailure("insufficient_quota: the account is out of credit", once, account_wide=True)
        if status in (401, 403):
            return LLMFailure(f"authentication failed (HTTP {status})", once, account_wide=True)
        if status == 404:
            return LLMFailure(f"model or endpoint not found (HTTP 404): {exc.message[:160]}", once,
                              account_wide=True)
        if status in (408, 409, 429) or status >= 500:
            return LLMFailure(f"HTTP {status} after {max_retries + 1} attempts", retried)
        return LLMFailure(f"request rejected (HTTP {status}): {exc.message[:200]}", once)
    return LLMFailure(f"{type(exc).__name__}: {exc}", once)
