"""ASGI middleware in front of the API service: request ids, admission control, body limit,
one error shape.

- Every response carries ``X-Request-ID`` (the client's, if it sent a sane one, else a new
  one); handlers read it from ``REQUEST_ID`` and put it in their JSON; the access log line
  carries it (never the text).
- Admission control: at most ``max_inflight`` requests are in progress; the next one gets
  **503 with Retry-After** at once instead of queueing without bound. (BentoML's own
  ``max_concurrency`` answers 429 without Retry-After; its batcher's ``max_latency_ms``
  sheds requests that are already queued, after they waited.)
- Bodies over ``max_body_bytes`` get 413 before they are read in full.
- Our endpoints take JSON only: another Content-Type is 415 (a multipart without boundary
  was a 500 inside BentoML, found by schemathesis).
- Error bodies are always ``{"error": ..., "request_id": ...}`` (+ ``detail`` for
  validation errors); any 503 gets Retry-After.
"""

from __future__ import annotations

import contextvars
import json
import logging
import re
import time
import uuid
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

REQUEST_ID: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")
SANE_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
BYPASS = ("/healthz", "/livez", "/readyz", "/metrics")
GET_AS_POST = ("/metadata",)  # BentoML APIs are POST only; these read-only ones answer GET
JSON_ONLY = ("/analyze", "/suggest", "/score", "/metadata")  # BentoML would try a form
RETRY_AFTER_S = 1
log = logging.getLogger("emotive.service")


class TooLarge(Exception):
    pass


class EmotiveMiddleware:
    def __init__(self, app: ASGIApp, max_inflight: int = 64,
                 max_body_bytes: int = 2_000_000) -> None:
        self.app = app
        self.max_inflight = max_inflight
        self.max_body_bytes = max_body_bytes
        self.inflight = 0
        self.shed = 0  # requests answered 503 by admission control (for tests and logs)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in BYPASS:
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1")
                   for k, v in scope.get("headers", [])}
        given = headers.get("x-request-id", "")
        rid = given if SANE_ID.match(given) else uuid.uuid4().hex[:16]
        token = REQUEST_ID.set(rid)
        start = time.perf_counter()
        status = [0]
        try:
            await self._handle(scope, receive, send, headers, rid, status)
        finally:
            REQUEST_ID.reset(token)
            log.info("%s %s %s %d %.1fms", rid, scope.get("method"), scope["path"], status[0],
                     (time.perf_counter() - start) * 1000)

    async def _handle(self, scope: Scope, receive: Receive, send: Send,
                      headers: dict[str, str], rid: str, status: list[int]) -> None:
        length = headers.get("content-length", "")
        if length.isdigit() and int(length) > self.max_body_bytes:
            status[0] = 413
            await _error(send, 413, f"request body of {int(length):,} bytes is over the "
                         f"{self.max_body_bytes:,}-byte limit", rid)
            return
        if self.inflight >= self.max_inflight:
            self.shed += 1
            status[0] = 503
            await _error(send, 503, f"overloaded: {self.inflight} requests in progress; retry "
                         f"after {RETRY_AFTER_S} s", rid)
            return
        ctype = headers.get("content-type", "application/json").split(";")[0].strip().lower()
        if scope["method"] == "POST" and scope["path"] in JSON_ONLY and ctype not in (
                "application/json", ""):
            status[0] = 415
            await _error(send, 415, f"send JSON (Content-Type: application/json), not "
                         f"{ctype!r}", rid)
            return
        if scope["method"] == "GET" and scope["path"] in GET_AS_POST:
            scope = {**scope, "method": "POST", "headers": [
                *[(k, v) for k, v in scope.get("headers", []) if k.lower() not in (
                    b"content-type", b"content-length")],
                (b"content-type", b"application/json"), (b"content-length", b"2")]}
            receive = _body(b"{}")
        self.inflight += 1
        try:
            await self.app(scope, self._limited(receive), _Shaper(send, rid, status))
        except TooLarge:
            if not status[0]:
                status[0] = 413
                await _error(send, 413, f"request body is over the {self.max_body_bytes:,}-"
                             "byte limit", rid)
        finally:
            self.inflight -= 1

    def _limited(self, receive: Receive) -> Receive:
        seen = 0

        async def inner() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body_bytes:
                    raise TooLarge
            return message

        return inner


def _body(data: bytes) -> Receive:
    async def receive() -> Message:
        return {"type": "http.request", "body": data, "more_body": False}
    return receive


class _Shaper:
    """Adds X-Request-ID to every response; rewrites error bodies into one shape."""

    def __init__(self, send: Send, rid: str, status: list[int]) -> None:
        self.send, self.rid, self.status = send, rid, status
        self.start: Message | None = None
        self.body = b""

    async def __call__(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self.status[0] = message["status"]
            message.setdefault("headers", [])
            message["headers"] = [*message["headers"], (b"x-request-id", self.rid.encode())]
            if message["status"] < 400:
                await self.send(message)
            else:
                self.start = message  # hold until the body is known
            return
        if message["type"] == "http.response.body" and self.start is not None:
            self.body += message.get("body", b"")
            if message.get("more_body"):
                return
            code = self.start["status"]
            body = _shape(self.body, code, self.rid)
            headers = [(k, v) for k, v in self.start["headers"]
                       if k.lower() not in (b"content-length", b"content-type")]
            headers += [(b"content-type", b"application/json"),
                        (b"content-length", str(len(body)).encode())]
            if code == 503 and not any(k.lower() == b"retry-after" for k, _ in headers):
                headers.append((b"retry-after", str(RETRY_AFTER_S).encode()))
            await self.send({**self.start, "headers": headers})
            await self.send({"type": "http.response.body", "body": body})
            return
        await self.send(message)


def _shape(raw: bytes, code: int, rid: str) -> bytes:
    try:
        data = json.loads(raw) if raw else {}
    except ValueError:
        data = {"error": raw.decode("utf-8", "replace")[:500]}
    if isinstance(data, list) and data and isinstance(data[0], dict):
        data = data[0]  # BentoML wraps 4xx messages in a one-element list
    if not isinstance(data, dict):
        data = {"error": str(data)}
    if code == 503 and "unexpected error" in str(data.get("error", "")):
        data["error"] = "the model service is overloaded or unavailable; retry shortly"
    data.setdefault("error", f"HTTP {code}")
    data["request_id"] = rid
    return json.dumps(data).encode()


async def _error(send: Send, code: int, message: str, rid: str) -> None:
    body = json.dumps({"error": message, "request_id": rid}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length",
                                                        str(len(body)).encode()),
               (b"x-request-id", rid.encode())]
    if code == 503:
        headers.append((b"retry-after", str(RETRY_AFTER_S).encode()))
    await send({"type": "http.response.start", "status": code, "headers": headers})
    await send({"type": "http.response.body", "body": body})
