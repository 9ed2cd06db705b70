"""A real OpenAI-compatible HTTP server on 127.0.0.1 for tests: scriptable, slow or broken on demand.

Nothing is patched: the extractor's ``openai`` client talks HTTP to this server exactly as it would
to a provider. Each POST /v1/chat/completions takes the next scripted ``Reply`` from ``queue``,
else asks ``script(request_json)``, else answers a valid empty extraction. Every request is
recorded (body, headers, arrival time) so tests can count SDK retries (the
``x-stainless-retry-count`` header), re-asks (a conversation longer than two messages), cache hits
(no request at all) and check the prompt's static prefix.
"""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

EMPTY_ANSWER: dict[str, Any] = {
    "injection": None, "hits": [], "plan": None, "annual_contract_value": None, "fortune_500": None,
    "refund": None, "unresolved": None, "failed_fixes": None, "data_exposed": None, "outage_scope": None,
    "topic": "technical", "support_request": True, "vague": False,
}
_FENCE = re.compile(r"<<<TICKET (\S+)>>>\n(.*)\n<<<END TICKET \1>>>", re.S)


@dataclass
class Reply:
    """One scripted HTTP answer."""

    content: str | None = None
    status: int = 200
    refusal: str | None = None
    finish_reason: str = "stop"
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None  # sent as is (an error body, or something that is not JSON)
    delay: float = 0.0  # on top of the server's latency
    drop: bool = False  # close the connection without a response
    prompt_tokens: int | None = None  # default: a rough count of the prompt
    completion_tokens: int | None = None
    cached_tokens: int = 0


def answer(**fields: Any) -> Reply:
    """A valid answer: the empty extraction with ``fields`` replaced."""
    return Reply(content=json.dumps({**EMPTY_ANSWER, **fields}))


def hit(criterion: str, quote: str) -> dict[str, str]:
    return {"quote": quote, "criterion": criterion}


def error(status: int, message: str = "scripted error", *, code: str | None = None,
          retry_after: float | None = None) -> Reply:
    headers = {} if retry_after is None else {"Retry-After": str(retry_after)}
    body = json.dumps({"error": {"message": message, "type": code or "server_error", "code": code}})
    return Reply(status=status, headers=headers, body=body.encode())


class _Server(ThreadingHTTPServer):
    """Threads per connection, and a listen backlog that takes a burst of concurrent connects (the
    default of 5 makes the kernel drop SYNs, and a dropped SYN costs the client a one-second retry)."""

    daemon_threads = True
    request_queue_size = 128


@dataclass
class Recorded:
    path: str
    body: dict[str, Any]
    headers: dict[str, str]
    at: float

    @property
    def messages(self) -> list[dict[str, Any]]:
        return list(self.body.get("messages", []))

    @property
    def retry_count(self) -> int:
        """0 for a first try, n for the SDK's n-th transport retry."""
        return int(self.headers.get("x-stainless-retry-count", "0"))

    @property
    def is_reask(self) -> bool:
        return len(self.messages) > 2 and not self.is_verification

    @property
    def is_verification(self) -> bool:
        return is_verification(self.body)

    @property
    def ticket_text(self) -> str:
        return ticket_text(self.body)


def is_verification(body: dict[str, Any]) -> bool:
    """A second-look question about one reported criterion (answered with {"keep": ...})."""
    response_format = body.get("response_format") or {}
    named = (response_format.get("json_schema") or {}).get("name") == "WireVerdict"
    asked = "Check one item of your answer" in str((body.get("messages") or [{}])[-1].get("content"))
    return named or asked


def ticket_text(body: dict[str, Any]) -> str:
    """The fenced ticket text of a chat request (the last user message)."""
    users = [m for m in body.get("messages", []) if m.get("role") == "user"]
    match = _FENCE.search(users[0]["content"]) if users else None
    return match.group(2) if match else ""


class FakeOpenAI:
    """Start with ``with FakeOpenAI() as server:``; ``server.base_url`` goes to the client."""

    def __init__(self, *, latency: float = 0.0, model: str = "fake-model") -> None:
        self.latency = latency
        self.model = model
        self.queue: deque[Reply] = deque()
        self.script: Callable[[dict[str, Any]], Reply] | None = None
        #: Answers the extractor's second-look questions (never taken from ``queue``).
        self.verdict: Callable[[dict[str, Any]], Reply] = lambda body: Reply(content='{"keep": true}')
        self.requests: list[Recorded] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        self._server = _Server(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, name="fake-openai", daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    def __enter__(self) -> FakeOpenAI:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def push(self, *replies: Reply) -> None:
        with self._lock:
            self.queue.extend(replies)

    @property
    def chat_requests(self) -> list[Recorded]:
        with self._lock:
            return [r for r in self.requests if r.path.endswith("/chat/completions")]

    # -- serving ----------------------------------------------------------------------------------

    def _next_reply(self, body: dict[str, Any]) -> Reply:
        if is_verification(body):
            return self.verdict(body)
        with self._lock:
            if self.queue:
                return self.queue.popleft()
        if self.script is not None:
            return self.script(body)
        return answer()

    def _completion(self, body: dict[str, Any], reply: Reply) -> bytes:
        prompt_chars = sum(len(str(m.get("content") or "")) for m in body.get("messages", []))
        prompt_tokens = reply.prompt_tokens if reply.prompt_tokens is not None else prompt_chars // 4
        content = reply.content if reply.refusal is None else None
        completion_tokens = (reply.completion_tokens if reply.completion_tokens is not None
                             else len(content or reply.refusal or "") // 4)
        return json.dumps({
            "id": f"chatcmpl-fake-{len(self.requests)}", "object": "chat.completion",
            "created": int(time.time()),
            "model": body.get("model", self.model),
            "choices": [{"index": 0, "finish_reason": reply.finish_reason, "logprobs": None,
                         "message": {"role": "assistant", "content": content, "refusal": reply.refusal}}],
            "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                      "total_tokens": prompt_tokens + completion_tokens,
                      "prompt_tokens_details": {"cached_tokens": reply.cached_tokens}},
        }).encode()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Headers and body are two writes: with Nagle on, the body waits for the client's delayed
            # ACK of the headers (tens of ms per request), which real servers avoid with TCP_NODELAY.
            disable_nagle_algorithm = True

            def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
                pass

            def _send(self, status: int, payload: bytes, headers: dict[str, str] | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(payload)

            def do_GET(self) -> None:
                if self.path.rstrip("/").endswith("/models"):
                    self._send(200, json.dumps({"object": "list", "data": [
                        {"id": fake.model, "object": "model", "created": 0, "owned_by": "tests"}]}).encode())
                else:
                    self._send(404, b'{"error": {"message": "not found"}}')

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                try:
                    body = json.loads(raw or b"{}")
                except ValueError:
                    self._send(400, b'{"error": {"message": "request body is not JSON"}}')
                    return
                with fake._lock:
                    headers = {k.lower(): v for k, v in self.headers.items()}
                    fake.requests.append(Recorded(self.path, body, headers, time.monotonic()))
                    fake.in_flight += 1
                    fake.max_in_flight = max(fake.max_in_flight, fake.in_flight)
                try:
                    if not self.path.rstrip("/").endswith("/chat/completions"):
                        self._send(404, b'{"error": {"message": "not found"}}')
                        return
                    reply = fake._next_reply(body)
                    time.sleep(fake.latency + reply.delay)
                    if reply.drop:
                        self.close_connection = True
                        self.connection.shutdown(socket.SHUT_RDWR)
                        return
                    if reply.body is not None:
                        self._send(reply.status, reply.body, reply.headers)
                    else:
                        self._send(reply.status, fake._completion(body, reply), reply.headers)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up (a timeout test)
                    pass
                finally:
                    with fake._lock:
                        fake.in_flight -= 1

        return Handler
