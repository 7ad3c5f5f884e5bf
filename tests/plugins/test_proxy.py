"""The Docs add-on's proxy in front of a real `bentoml serve` on loopback (and, for the
failure modes a real service will not produce on demand, httpx mock transports)."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import httpx
import pytest
from starlette.testclient import TestClient

from bench.load import Server
from plugins.gdocs import keys as keytool
from plugins.gdocs.proxy import ProxySettings, build, hash_key, load_keys

KEY = "emk_test-key-for-docs-team"
SECRET_TEXT = "The quarterly numbers made me furious beyond words."


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    srv = Server({}, tmp_path_factory.mktemp("bentoml"))
    try:
        srv.wait_first_200({"texts": ["warm up"]}, limit=90)
        yield srv
    finally:
        srv.stop()


def make(tmp_path: Path, url: str, transport: httpx.AsyncBaseTransport | None = None,
         **kw: object) -> TestClient:
    settings = ProxySettings(service_url=url, cache_path=str(tmp_path / "cache.db"),
                             **kw)  # type: ignore[arg-type]
    return TestClient(build(settings, {hash_key(KEY): "docs-team"}, transport))


AUTH = {"Authorization": f"Bearer {KEY}"}
BODY = {"paragraphs": [{"index": 3, "text": SECRET_TEXT}, {"index": 7, "text": "All good."},
                       {"index": 9, "text": "   "}], "explain": True}


def test_analyze_maps_results_to_paragraph_indexes_and_caches(service, tmp_path, caplog) -> None:
    caplog.set_level(logging.INFO, logger="emotive.proxy")
    with make(tmp_path, service.url) as c:
        r = c.post("/v1/analyze", json=BODY, headers=AUTH)
        assert r.status_code == 200, r.text
        data = r.json()
        assert [x["index"] for x in data["results"]] == [3, 7] and data["cached"] == 0
        first = data["results"][0]
        assert "anger" in first["labels"] and first["sentences"][0]["drivers"]["anger"]
        again = c.post("/v1/analyze", json=BODY, headers=AUTH).json()
        assert again["cached"] == 2 and again["results"] == data["results"]
        sug = c.post("/v1/analyze", headers=AUTH, json={
            "paragraphs": [{"index": 0, "text": SECRET_TEXT}], "suggest": True,
            "target": "less:anger"}).json()
        assert sug["cached"] == 0  # other options, other cache entry
        assert all(s["after"] < s["before"] for s in sug["results"][0]["sentences"][0][
            "suggestions"])
    logs = caplog.text
    assert "team=docs-team" in logs and "status=200" in logs
    assert "furious" not in logs and KEY not in logs and hash_key(KEY) not in logs


@pytest.mark.parametrize("headers,status", [({}, 401), ({"Authorization": "Bearer"}, 401),
                                            ({"Authorization": "Bearer wrong"}, 403),
                                            ({"Authorization": KEY}, 401)])
def test_authentication(service, tmp_path, headers, status) -> None:
    with make(tmp_path, service.url) as c:
        r = c.post("/v1/analyze", json=BODY, headers=headers)
        assert r.status_code == status and r.json()["error"]


def test_rate_limit_per_team(service, tmp_path) -> None:
    with make(tmp_path, service.url, rate_per_minute=6, burst=2) as c:
        codes = [c.post("/v1/analyze", json=BODY, headers=AUTH) for _ in range(3)]
        assert [r.status_code for r in codes] == [200, 200, 429]
        assert int(codes[2].headers["retry-after"]) >= 1


def test_rate_limit_holds_under_concurrency(service, tmp_path) -> None:
    app_client = make(tmp_path, service.url, rate_per_minute=60, burst=5)

    async def burst() -> list[int]:
        transport = httpx.ASGITransport(app=app_client.app)
        async with httpx.AsyncClient(transport=transport, base_url="http://proxy") as c:
            rs = await asyncio.gather(*[c.post("/v1/analyze", json=BODY, headers=AUTH)
                                        for _ in range(12)])
        return sorted(r.status_code for r in rs)

    codes = asyncio.run(burst())
    assert codes.count(200) == 5 and codes.count(429) == 7


@pytest.mark.parametrize("body,status,words", [
    ({"paragraphs": [{"index": 0, "text": "x" * 300}]}, 413, "characters"),
    ({"paragraphs": [{"index": i, "text": "hi"} for i in range(11)]}, 413, "paragraphs"),
    ({"paragraphs": []}, 400, "non-empty"),
    ({"paragraphs": [{"index": "0", "text": "hi"}]}, 400, "index"),
    ({"paragraphs": [{"index": 0, "text": "hi"}], "suggest": True, "target": "calm"}, 400,
     "unknown target"),
    ({"paragraphs": [{"index": 0, "text": "hi"}], "colour": 1}, 400, "unknown field"),
])
def test_limits_and_bad_bodies(service, tmp_path, body, status, words) -> None:
    with make(tmp_path, service.url, max_chars=200, max_paragraphs=10) as c:
        r = c.post("/v1/analyze", json=body, headers=AUTH)
        assert r.status_code == status and words in r.json()["error"]


def test_oversize_and_malformed_bodies(service, tmp_path) -> None:
    with make(tmp_path, service.url, max_body_bytes=1000) as c:
        big = c.post("/v1/analyze", content=b"{" + b" " * 2000 + b"}", headers={
            **AUTH, "content-type": "application/json"})
        assert big.status_code == 413
        bad = c.post("/v1/analyze", content=b"\xff\xfe{", headers=AUTH)
        assert bad.status_code == 400 and "JSON" in bad.json()["error"]


def test_service_down_is_a_clear_503(tmp_path) -> None:
    with make(tmp_path, "http://127.0.0.1:9") as c:  # nothing listens on port 9
        r = c.post("/v1/analyze", json=BODY, headers=AUTH)
        assert r.status_code == 503 and "cannot reach" in r.json()["error"]
        assert r.headers["retry-after"]


def test_slow_and_garbage_services(tmp_path) -> None:
    async def slow(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(1)
        return httpx.Response(200, json={})

    def garbage(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"<html>oops</html>")

    calls = []

    def flaky(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        if len(calls) == 1:
            return httpx.Response(503, json={"error": "overloaded"})
        if request.url.path == "/metadata":
            return httpx.Response(200, json={"model": "m", "version": "1"})
        return httpx.Response(200, json={"results": [{"emotions": {}}, {"emotions": {}}]})

    with make(tmp_path, "http://svc", httpx.MockTransport(slow), timeout_s=0.2) as c:
        r = c.post("/v1/analyze", json=BODY, headers=AUTH)
        assert r.status_code == 504 and "did not answer" in r.json()["error"]
    with make(tmp_path, "http://svc", httpx.MockTransport(garbage)) as c:
        assert c.post("/v1/analyze", json=BODY, headers=AUTH).status_code == 502
    with make(tmp_path, "http://svc", httpx.MockTransport(flaky), retries=1) as c:
        r = c.post("/v1/analyze", json=BODY, headers=AUTH)
        assert r.status_code == 200 and calls[:2] == ["/metadata", "/metadata"]


def test_keys_file_and_key_tool(tmp_path, capsys) -> None:
    assert keytool.main(["docs-team"]) == 0
    out = capsys.readouterr()
    key = out.err.rsplit(": ", 1)[1].strip()
    f = tmp_path / "keys.txt"
    f.write_text("# teams\n" + out.out)
    assert load_keys(str(f)) == {hash_key(key): "docs-team"}
    assert key not in f.read_text()
    f.write_text("docs-team:not-a-digest\n")
    with pytest.raises(SystemExit, match=r"keys\.txt:1"):
        load_keys(str(f))
    assert keytool.main(["bad team!"]) == 2


def test_cors_is_closed_by_default(service, tmp_path) -> None:
    with make(tmp_path, service.url) as c:
        r = c.options("/v1/analyze", headers={"Origin": "https://evil.example",
                                               "Access-Control-Request-Method": "POST"})
        assert "access-control-allow-origin" not in r.headers
