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

Why ``client.post`` and not ``chat.completions.parse``: at high concurrency the helper cost more
CPU than everything else per request (it rebuilds the strict schema, walks the whole body through
its type-driven transform, and builds ``ParsedChatCompletion`` models only to be read once). Here
the request body is serialised once per call shape and the static system prompt once per process;
the answer is read with one pydantic validation of a small envelope and one of the wire model. The
client's own transport, auth headers, timeouts, retries and error types are all still the SDK's,
and the cut-off / content-filter / refusal checks that ``parse`` made are made here.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from typing import Any, Protocol, cast

import httpx2
import openai
import pydantic
from openai import AsyncOpenAI, OpenAI
from openai.lib._parsing import type_to_response_format_param
from openai.types.shared_params import ResponseFormatJSONObject

from ..decision import Usage
from .llm_wire import WireAnswer

Schema = type[pydantic.BaseModel]

JSON_MODE_FORMAT: ResponseFormatJSONObject = {"type": "json_object"}
CHAT_PATH = "/chat/completions"
#: Asks the SDK for its raw response wrapper (the HTTP response and the retries it took) instead of a
#: parsed model; the same header ``with_raw_response`` sets.
RAW_RESPONSE_HEADER = "X-Stainless-Raw-Response"
CUT_OFF = ("the answer was cut off at the output token limit: keep quotes under 20 words, list at most 8 hits, "
           "and write nothing but the JSON object")

_dumps = functools.partial(json.dumps, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


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


@functools.cache
def response_format(schema: Schema) -> dict[str, Any]:
    """The strict ``json_schema`` response format, built by the SDK's own converter, once per schema."""
    return cast(dict[str, Any], type_to_response_format_param(schema))


@dataclass
class CallSettings:
    model: str
    max_tokens: int
    temperature: float | None
    json_mode: bool
    max_retries: int
    extra: dict[str, Any] = field(default_factory=dict)
    _heads: dict[Schema, str] = field(default_factory=dict, init=False, repr=False, compare=False)

    def body(self, messages: list[dict[str, str]], schema: Schema = WireAnswer) -> bytes:
        """The request body as UTF-8 JSON; everything but the messages is serialised once."""
        head = self._heads.get(schema)
        if head is None:
            head = self._heads[schema] = self._head(schema)
        return f"{head}{encode_messages(messages)}}}".encode()

    def _head(self, schema: Schema) -> str:
        fields: dict[str, Any] = {"model": self.model, "max_completion_tokens": self.max_tokens}
        if self.temperature is not None:
            fields["temperature"] = self.temperature
        fields["response_format"] = JSON_MODE_FORMAT if self.json_mode else response_format(schema)
        fields.update(self.extra)
        fields.pop("messages", None)
        return _dumps(fields)[:-1] + ',"messages":'


_STATIC: dict[str, str] = {}


def encode_messages(messages: list[dict[str, str]]) -> str:
    """The messages as a JSON array; a system message (the ~18 KB static prompt) is encoded only once."""
    parts: list[str] = []
    for message in messages:
        content = message.get("content")
        if message.get("role") == "system" and len(message) == 2 and isinstance(content, str):
            encoded = _STATIC.get(content)
            if encoded is None:
                if len(_STATIC) >= 8:
                    _STATIC.clear()
                encoded = _STATIC[content] = _dumps(message)
            parts.append(encoded)
        else:
            parts.append(_dumps(message))
    return f"[{','.join(parts)}]"


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


class _RawResponse(Protocol):
    """What the SDK returns for a raw-response request (its ``LegacyAPIResponse``)."""

    http_response: httpx2.Response
    retries_taken: int


def _options() -> Any:
    return {"headers": {RAW_RESPONSE_HEADER: "true"}, "security": {"bearer_auth": True}}


def call_sync(client: OpenAI, settings: CallSettings, messages: list[dict[str, str]],
              schema: Schema = WireAnswer) -> Answer:
    try:
        raw = client.post(CHAT_PATH, cast_to=object, content=settings.body(messages, schema), options=_options())
    except openai.APIError as exc:
        raise failure(exc, settings.max_retries) from exc
    return read(cast(_RawResponse, raw), settings.json_mode, schema)


async def call_async(client: AsyncOpenAI, settings: CallSettings, messages: list[dict[str, str]],
                     schema: Schema = WireAnswer) -> Answer:
    try:
        raw = await client.post(CHAT_PATH, cast_to=object, content=settings.body(messages, schema),
                                options=_options())
    except openai.APIError as exc:
        raise failure(exc, settings.max_retries) from exc
    return read(cast(_RawResponse, raw), settings.json_mode, schema)


class _Message(pydantic.BaseModel):
    content: Any = None
    refusal: Any = None


class _Choice(pydantic.BaseModel):
    finish_reason: Any = None
    message: _Message = pydantic.Field(default_factory=_Message)


class _Completion(pydantic.BaseModel):
    """The little of a chat completion the extractor reads; anything else is ignored, not validated."""

    choices: list[_Choice] = pydantic.Field(default_factory=list)
    usage: dict[str, Any] | None = None


def read(raw: _RawResponse, json_mode: bool, schema: Schema = WireAnswer) -> Answer:
    """Classify a 2xx response; usage is read before anything can fail.

    The checks ``chat.completions.parse`` makes come in its order: a choice cut off at the token limit
    (its ``LengthFinishReasonError``) or stopped by the content filter, then a refusal, then the schema.
    """
    usage = Usage(requests=1 + int(raw.retries_taken))
    try:
        completion = _Completion.model_validate_json(raw.http_response.content)
    except pydantic.ValidationError as exc:
        if any(error["type"] == "json_invalid" for error in exc.errors()):
            return Answer(usage, error="the response body was not JSON")
        return Answer(usage, error="the response was not a chat completion")
    usage = usage_of(completion.usage, usage.requests)
    if not completion.choices:
        return Answer(usage, error="the response had no choices")
    message = completion.choices[0].message
    content = message.content if isinstance(message.content, str) else None
    for choice in completion.choices:
        if choice.finish_reason == "length":
            return Answer(usage, content=content, error=CUT_OFF)
        if choice.finish_reason == "content_filter":
            raise LLMFailure("refused: the provider's content filter stopped the answer", usage)
    if message.refusal:
        raise LLMFailure(f"refused: {str(message.refusal)[:200]}", usage)
    if not content and not json_mode:
        return Answer(usage, error="the answer was empty")
    try:
        return Answer(usage, wire=schema.model_validate_json(content or ""), content=content)
    except pydantic.ValidationError as exc:
        return Answer(usage, content=content, error=describe(exc))


def _count(value: Any) -> int:
    try:
        return int(value or 0)
    except (TypeError, ValueError):
        return 0


def usage_of(raw: dict[str, Any] | None, requests: int) -> Usage:
    if not isinstance(raw, dict):
        return Usage(requests=requests)
    details = raw.get("prompt_tokens_details") or {}
    return Usage(input_tokens=_count(raw.get("prompt_tokens")),
                 output_tokens=_count(raw.get("completion_tokens")),
                 cached_tokens=_count(details.get("cached_tokens")) if isinstance(details, dict) else 0,
                 requests=requests)


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
