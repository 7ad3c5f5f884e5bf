"""Admission control, body limit and error shaping of the ASGI middleware, on a stand-in
app whose slowness the test controls."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from service.middleware import EmotiveMiddleware


def _app(gate: asyncio.Event, status: int = 200, body: bytes = b'{"ok": true}') -> Any:
    async def app(scope: Any, receive: Any, send: Any) -> None:
        while (await receive()).get("more_body"):
            pass
        await gate.wait()
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json")]})
        await send({"type": "http.response.body", "body": body})
    return app


async def _call(mw: Any, body: bytes = b"{}", method: str = "POST", path: str = "/score",
                headers: list[tuple[bytes, bytes]] | None = None) -> tuple[int, dict, Any]:
    sent: list[dict[str, Any]] = []
    chunks = [body]

    async def receive() -> dict[str, Any]:
        data = chunks.pop(0) if chunks else b""
        return {"type": "http.request", "body": data, "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "http", "method": method, "path": path,
             "headers": headers or [(b"content-type", b"application/json")]}
    await mw(scope, receive, send)
    start = next(m for m in sent if m["type"] == "http.response.start")
    raw = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return start["status"], dict(start["headers"]), json.loads(raw)


def test_overload_answers_503_with_retry_after_at_once() -> None:
    async def main() -> None:
        gate = asyncio.Event()
        mw = EmotiveMiddleware(_app(gate), max_inflight=2)
        slow = [asyncio.create_task(_call(mw)) for _ in range(2)]
        await asyncio.sleep(0.01)
        status, headers, body = await asyncio.wait_for(_call(mw), timeout=1)
        assert status == 503 and headers[b"retry-after"] == b"1"
        assert "overloaded" in body["error"] and body["request_id"]
        gate.set()
        assert [s[0] for s in await asyncio.gather(*slow)] == [200, 200]
        assert (await _call(mw))[0] == 200 and mw.inflight == 0 and mw.shed == 1
    asyncio.run(main())


def test_declared_oversize_body_is_413_without_calling_the_app() -> None:
    async def main() -> None:
        gate = asyncio.Event()
        mw = EmotiveMiddleware(_app(gate), max_body_bytes=10)
        status, _, body = await _call(mw, headers=[(b"content-length", b"11")])
        assert status == 413 and "10-byte limit" in body["error"]
    asyncio.run(main())


def test_streamed_oversize_body_is_413() -> None:
    async def main() -> None:
        gate = asyncio.Event()
        gate.set()
        mw = EmotiveMiddleware(_app(gate), max_body_bytes=10)
        status, _, _ = await _call(mw, body=b"x" * 50)
        assert status == 413 and mw.inflight == 0
    asyncio.run(main())


def test_errors_get_one_shape_and_503_gets_retry_after() -> None:
    async def main() -> None:
        gate = asyncio.Event()
        gate.set()
        wrapped = EmotiveMiddleware(_app(gate, 400, b'[{"error": "text 0 is empty"}]'))
        status, headers, body = await _call(wrapped, headers=[(b"x-request-id", b"r-1")])
        assert status == 400 and body == {"error": "text 0 is empty", "request_id": "r-1"}
        assert headers[b"x-request-id"] == b"r-1"
        down = EmotiveMiddleware(_app(gate, 503, b'{"error": "An unexpected error has '
                                                 b'occurred, please check the server log."}'))
        status, headers, body = await _call(down)
        assert status == 503 and headers[b"retry-after"] == b"1"
        assert "overloaded or unavailable" in body["error"]
    asyncio.run(main())


def test_get_metadata_becomes_post() -> None:
    seen: dict[str, Any] = {}

    async def app(scope: Any, receive: Any, send: Any) -> None:
        seen["method"] = scope["method"]
        seen["body"] = (await receive())["body"]
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"{}"})

    asyncio.run(_call(EmotiveMiddleware(app), method="GET", path="/metadata", body=b""))
    assert seen == {"method": "POST", "body": b"{}"}
