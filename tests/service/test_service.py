"""The BentoML service in-process, through its ASGI app (the model service runs in-process
too, unbatched): endpoints, limits, errors, request ids, OpenAPI."""

from __future__ import annotations

import json

import pytest
from starlette.testclient import TestClient

from emotive.artifact import default_model_dir, engine_fingerprint, fingerprint
from emotive.embed import default_embedder_dir


@pytest.fixture(scope="module")
def client(service_app):  # type: ignore[no-untyped-def]
    with TestClient(service_app) as c:
        yield c


def test_analyze_one_text(client) -> None:
    text = "We shipped the release!  Then the outage hit and I am so angry about it."
    r = client.post("/analyze", json={"text": text, "explain": True})
    assert r.status_code == 200
    body = r.json()
    assert body["request_id"] == r.headers["x-request-id"]
    (doc,) = body["results"]
    assert [s["text"] for s in doc["sentences"]] == [
        "We shipped the release!", "Then the outage hit and I am so angry about it."]
    for s in doc["sentences"]:
        assert text[s["start"]:s["end"]] == s["text"]
        assert set(s["drivers"]) == set(doc["emotions"])
    assert "anger" in doc["sentences"][1]["labels"]
    assert -1 <= doc["valence"] <= 1


def test_analyze_many_with_suggestions(client) -> None:
    r = client.post("/analyze", json={"texts": ["An angry customer called.", "All good."],
                                      "suggest": True, "target": "less:anger"})
    assert r.status_code == 200
    first, second = r.json()["results"]
    sugg = first["sentences"][0]["suggestions"]
    assert sugg and all(s["after"] < s["before"] - 0.1 for s in sugg)
    assert second["sentences"][0]["suggestions"] == []
    assert second["sentences"][0]["no_suggestion"] is None  # nothing to lower
    r = client.post("/analyze", json={"text": "You're wrong.", "suggest": True,
                                      "target": "less:anger"})
    (s,) = r.json()["results"][0]["sentences"]
    assert s["suggestions"] == [] and s["no_suggestion"]["reason"] == "meaning"
    assert s["no_suggestion"]["closest"]["similarity"] < 0.7


def test_suggest_span(client) -> None:
    text = "An angry customer called."
    r = client.post("/suggest", json={"text": text, "start": 3, "end": 8,
                                      "target": "less:anger"})
    assert r.status_code == 200
    for s in r.json()["suggestions"]:
        assert s["start"] >= 3 and s["end"] <= 8 and s["similarity"] >= 0.8


def test_score_matches_the_runtime(client) -> None:
    from emotive.runtime import Scorer

    texts = ["I love this!", "This is terrifying.", "x" * 1500]
    r = client.post("/score", json={"texts": texts})
    assert r.status_code == 200
    got = r.json()["scores"]
    want = Scorer().score(texts)
    for g, w in zip(got, want, strict=True):
        assert g["labels"] == w.labels
        # per-token activations: the model service's batches (other requests' texts
        # beside these) change nothing
        assert g["emotions"] == pytest.approx(w.emotions, abs=1e-3)


def test_metadata_get_and_post(client) -> None:
    for r in (client.get("/metadata"), client.post("/metadata", json={})):
        assert r.status_code == 200
        m = r.json()
        assert m["emotions"] == ["joy", "surprise", "anger", "fear", "sadness"]
        assert m["metrics"]["emotion_macro_f1"] > 0.6 and "less:anger" in m["targets"]
        assert m["limits"]["max_texts"] == 4
        assert m["fingerprint"] == f"{fingerprint(default_model_dir())}-" \
                                   f"{fingerprint(default_embedder_dir())}-{engine_fingerprint()}"


def test_openapi_lists_typed_endpoints(client) -> None:
    spec = client.get("/docs.json").json()
    for path in ("/analyze", "/suggest", "/score", "/metadata"):
        assert path in spec["paths"]
    text = json.dumps(spec)
    for model in ("AnalyzeResponse", "Suggestion", "ScoreResponse", "Metadata"):
        assert model in text


@pytest.mark.parametrize("body,status,words", [
    ({"text": ""}, 400, "empty"),
    ({"text": "   \n "}, 400, "empty"),
    ({"texts": []}, 400, "empty"),
    ({}, 400, "exactly one"),
    ({"text": "a", "texts": ["b"]}, 400, "exactly one"),
    ({"text": 42}, 400, "validation"),
    ({"texts": "not a list"}, 400, "validation"),
    ({"text": "bin\x00ary"}, 400, "NUL"),
    ({"text": "hi", "suggest": True}, 400, "target"),
    ({"text": "hi", "suggest": True, "target": "less:rage"}, 400, "unknown target"),
    ({"text": "hi", "target": "neutral", "margin": 5}, 400, "margin"),
    ({"texts": ["a"] * 5}, 413, "limit is 4"),
    ({"text": "y" * 2001}, 413, "limit is 2,000"),
    ({"texts": ["z" * 1900, "z" * 1900]}, 413, "3,000"),
    ({"text": "w " * 300, "suggest": True, "target": "neutral"}, 413, "suggestions"),
])
def test_bad_requests_get_clear_4xx(client, body, status, words) -> None:
    r = client.post("/analyze", json=body)
    assert r.status_code == status, r.text
    err = r.json()
    assert words in json.dumps(err) and err["request_id"] == r.headers["x-request-id"]


@pytest.mark.parametrize("raw", [b"{not json", b"\xff\xfe\x00garbage", b"[1, 2]", b""])
def test_malformed_bodies(client, raw) -> None:
    r = client.post("/analyze", content=raw, headers={"content-type": "application/json"})
    assert r.status_code == 400 and "error" in r.json()


@pytest.mark.parametrize("body,words", [
    ({"text": "An angry customer.", "start": 5, "end": 100, "target": "neutral"}, "span"),
    ({"text": "An angry customer.", "start": 2, "end": 3, "target": "neutral"}, "whitespace"),
    ({"text": "An angry customer.", "start": 3, "end": 8, "target": "calm"}, "unknown"),
])
def test_bad_suggest_requests(client, body, words) -> None:
    r = client.post("/suggest", json=body)
    assert r.status_code == 400 and words in r.json()["error"]


@pytest.mark.parametrize("ctype", ["multipart/form-data", "text/plain",
                                   "application/x-www-form-urlencoded"])
def test_json_only(client, ctype) -> None:
    r = client.post("/analyze", content=b'{"text": "hi"}', headers={"content-type": ctype})
    assert r.status_code == 415 and "application/json" in r.json()["error"]


def test_oversize_body_is_refused_before_reading(client) -> None:
    r = client.post("/score", content=b'{"texts": ["' + b"a" * 30000 + b'"]}',
                    headers={"content-type": "application/json"})
    assert r.status_code == 413 and "limit" in r.json()["error"]


def test_request_ids_are_echoed_or_made(client) -> None:
    r = client.post("/score", json={"texts": ["hi"]}, headers={"x-request-id": "job-7.a"})
    assert r.headers["x-request-id"] == "job-7.a" and r.json()["request_id"] == "job-7.a"
    r = client.post("/score", json={"texts": ["hi"]},
                    headers={"x-request-id": "bad id\twith<html>"})
    assert r.headers["x-request-id"] != "bad id\twith<html>"
    assert len(r.headers["x-request-id"]) == 16
