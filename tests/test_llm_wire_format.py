"""The request the extractor builds itself and the response it reads itself, held to the SDK's own helpers.

The extractor sends through ``client.post`` with a body serialised once per call shape, and reads the
answer with one small envelope model instead of ``chat.completions.parse``. These tests pin that this
says and understands exactly what the helpers would.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from fake_openai_server import EMPTY_ANSWER, FakeOpenAI, Reply, answer, hit
from openai import OpenAI

from triage.extractors.llm_client import CallSettings, encode_messages
from triage.extractors.llm_wire import WireAnswer, WireVerdict
from triage.extractors.openai_extractor import OpenAIExtractor
from triage.tickets import Ticket

Build = Callable[..., OpenAIExtractor]
TICKET = Ticket(id="T-9", body="Every export to CSV has failed since Monday, the file is always empty.")
SHARED = ("model", "messages", "max_completion_tokens", "temperature")


def sdk_client(server: FakeOpenAI) -> OpenAI:
    return OpenAI(api_key="sk-test", base_url=server.base_url, max_retries=0)


@pytest.mark.parametrize("schema", [WireAnswer, WireVerdict])
def test_the_structured_output_body_is_what_the_parse_helper_sends(fake_openai: FakeOpenAI, schema: type[Any]) -> None:
    settings = CallSettings(model="fake-model", max_tokens=700, temperature=0.0, json_mode=False, max_retries=0)
    messages = [{"role": "system", "content": "Static rules. «ünïcode» \u2014 \"quoted\"\n"},
                {"role": "user", "content": "A ticket with a </script> and a \\ backslash"}]
    ours = json.loads(settings.body(messages, schema))
    sdk_client(fake_openai).chat.completions.parse(response_format=schema, **{k: ours[k] for k in SHARED})
    helper = fake_openai.chat_requests[0].body
    helper.pop("stream")  # the helper says "stream": false, the default
    assert ours == helper
    assert ours["response_format"]["json_schema"]["name"] == schema.__name__


def test_the_json_mode_body_is_what_create_sends(fake_openai: FakeOpenAI) -> None:
    settings = CallSettings(model="fake-model", max_tokens=30, temperature=None, json_mode=True, max_retries=0)
    messages = [{"role": "system", "content": "rules"}, {"role": "user", "content": "ticket"}]
    ours = json.loads(settings.body(messages, WireVerdict))
    sdk_client(fake_openai).chat.completions.create(response_format={"type": "json_object"}, model="fake-model",
                                                    messages=messages, max_completion_tokens=30)  # type: ignore[arg-type]
    assert ours == fake_openai.chat_requests[0].body
    assert "temperature" not in ours


def test_the_static_prompt_is_encoded_once_but_never_served_stale() -> None:
    first = [{"role": "system", "content": "rules v1"}, {"role": "user", "content": "a"}]
    second = [{"role": "system", "content": "rules v2"}, {"role": "user", "content": "a"}]
    for messages in (first, second, first, second):
        assert json.loads(encode_messages(messages)) == messages
    assert encode_messages(first) == json.dumps(first, ensure_ascii=False, separators=(",", ":"))


def test_the_extractors_requests_carry_the_official_clients_headers(fake_openai: FakeOpenAI,
                                                                    make_extractor: Build) -> None:
    fake_openai.push(answer(hits=[hit("TEC3", "Every export to CSV has failed")]))
    make_extractor(api_key="sk-secret").extract(TICKET)
    [request] = fake_openai.chat_requests
    assert request.path == "/v1/chat/completions"
    assert request.headers["authorization"] == "Bearer sk-secret"
    assert request.headers["content-type"] == "application/json"
    assert "/Python " in request.headers["user-agent"]
    assert request.headers["x-stainless-retry-count"] == "0"


def test_odd_but_usable_responses_are_read(fake_openai: FakeOpenAI, make_extractor: Build) -> None:
    """Extra fields, missing or strange usage numbers: the answer still counts."""
    content = json.dumps({**EMPTY_ANSWER, "hits": [hit("TEC3", "Every export to CSV has failed")]})
    body = {"id": "x", "object": "chat.completion", "system_fingerprint": "fp", "vendor_extra": {"a": [1]},
            "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": content,
                                                                         "tool_calls": []}}],
            "usage": {"prompt_tokens": "120", "completion_tokens": None, "prompt_tokens_details": None}}
    fake_openai.push(Reply(body=json.dumps(body).encode()))
    result = make_extractor().extract(TICKET)
    assert result.signals.hit_ids() == {"TEC3"}
    assert result.usage is not None and (result.usage.input_tokens, result.usage.output_tokens) == (120, 0)


@pytest.mark.parametrize("body, error", [
    (b"<html>bad gateway</html>", "the response body was not JSON"),
    (b'{"choices": "none"}', "the response was not a chat completion"),
    (b'{"choices": []}', "the response had no choices"),
])
def test_a_body_that_is_no_chat_completion_is_reasked_then_falls_back(fake_openai: FakeOpenAI,
                                                                     make_extractor: Build, body: bytes,
                                                                     error: str) -> None:
    fake_openai.push(Reply(body=body), Reply(body=body))
    result = make_extractor().extract(TICKET)
    assert len(fake_openai.chat_requests) == 2
    assert any(reason.startswith("REV-LLM-FAILED") and error in reason for reason in result.review_reasons)


def test_json_mode_treats_a_cut_off_answer_like_structured_output(fake_openai: FakeOpenAI,
                                                                  make_extractor: Build) -> None:
    fake_openai.push(Reply(content='{"injection": null, "hits": [', finish_reason="length"),
                     answer(hits=[hit("TEC3", "Every export to CSV has failed")]))
    result = make_extractor(json_mode=True).extract(TICKET)
    assert result.signals.hit_ids() == {"TEC3"}
    reask = fake_openai.chat_requests[1].messages
    assert "cut off at the output token limit" in reask[-1]["content"]
    assert reask[-2] == {"role": "assistant", "content": '{"injection": null, "hits": ['}
