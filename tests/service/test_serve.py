"""A real `bentoml serve` process on a free loopback port: HTTP, batching across requests,
health and metrics endpoints."""

from __future__ import annotations

import json
import sys
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from bench.load import Server, histogram, post

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    home = tmp_path_factory.mktemp("bentoml")
    srv = Server({"EMOTIVE_MAX_INFLIGHT": "64"}, home)
    try:
        srv.wait_first_200({"texts": ["warm up"]}, limit=90)
        yield srv
    finally:
        srv.stop()
        log = Path(srv.log.name).read_text()
        sys.stdout.write(log[-3000:])


def _post(url: str, body: dict) -> tuple[int, dict]:
    req = urllib.request.Request(url, json.dumps(body).encode(),
                                 {"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())


def test_analyze_over_http(server) -> None:
    status, body = _post(f"{server.url}/analyze", {
        "text": "I can't believe they cancelled it. I'm so angry!", "explain": True,
        "suggest": True, "target": "less:anger"})
    assert status == 200
    (doc,) = body["results"]
    angry = doc["sentences"][1]
    assert "anger" in angry["labels"] and angry["drivers"]["anger"]
    assert all(s["after"] <= s["before"] - 0.1 for s in angry["suggestions"])


def test_errors_over_http(server) -> None:
    status, body = _post(f"{server.url}/analyze", {"text": ""})
    assert status == 400 and "empty" in body["error"] and body["request_id"]
    status, body = _post(f"{server.url}/suggest", {"text": "Hi there", "start": 0, "end": 2,
                                                   "target": "less:boredom"})
    assert status == 400 and "unknown target" in body["error"]
    status, body = _post(f"{server.url}/suggest", {"text": "I am so angry", "start": 0,
                                                   "end": 13, "target": "less:anger",
                                                   "short_relief": 2})
    assert status == 400 and "short_relief" in body["error"]


def test_a_draft_that_stops_at_a_bare_to_is_answered_over_http(server) -> None:
    # a draft stops anywhere: "I am scared to" was a 500 (IndexError) until session 54
    for text in ("I am scared to", "We're delighted to"):
        for target in ("less:fear", "neutral"):
            status, body = _post(f"{server.url}/suggest", {
                "text": text, "start": 0, "end": len(text), "target": target})
            assert status == 200 and body["suggestions"] == [], (text, target, body)
    status, body = _post(f"{server.url}/analyze", {"text": "I was horrified to",
                                                   "suggest": True, "target": "less:fear"})
    assert status == 200 and body["results"][0]["sentences"]


def test_a_short_sentence_needs_less_similarity_over_http(server) -> None:
    text = "What an idiotic thing to say."
    got = {r: _post(f"{server.url}/suggest", {"text": text, "start": 0, "end": len(text),
                                             "target": "less:anger", "short_relief": r})
           for r in (0.1, 0.0)}
    assert {status for status, _ in got.values()} == {200}
    assert any(s["similarity"] < 0.8 for s in got[0.1][1]["suggestions"])
    assert all(s["similarity"] >= 0.8 for s in got[0.0][1]["suggestions"])


def test_concurrent_requests_meet_in_batches(server) -> None:
    texts = [f"Sentence number {i} is here and I love it." for i in range(4)]
    before = histogram(server.metrics(), "bentoml_service_adaptive_batch_size", "logits")
    with ThreadPoolExecutor(24) as pool:
        codes = list(pool.map(lambda _: post(f"{server.url}/score", {"texts": texts},
                                             timeout=60), range(96)))
    assert codes == [200] * 96
    after = histogram(server.metrics(), "bentoml_service_adaptive_batch_size", "logits")
    batches = after[float("inf")] - before.get(float("inf"), 0)
    assert batches < 96, "requests should have been merged into fewer model batches"


def test_an_answer_does_not_depend_on_the_requests_batched_with_it(server) -> None:
    """Adaptive batching merges requests from different clients into one model call: each
    still gets the scores its texts have alone (per-token int8 activations)."""
    from emotive.runtime import Scorer

    texts = ["ok", "I am so angry about the delay!", "What a lovely surprise, thank you. " * 6,
             "The build failed again and nobody noticed until the release."]
    want = Scorer(threads=1).probabilities(texts)[0]
    with ThreadPoolExecutor(16) as pool:
        answers = list(pool.map(lambda i: _post(f"{server.url}/score",
                                                {"texts": [texts[i % len(texts)]]}), range(64)))
    for i, (status, body) in enumerate(answers):
        assert status == 200
        got = list(body["scores"][0]["emotions"].values())
        assert got == pytest.approx(want[i % len(texts)].tolist(), abs=1e-3), texts[i % 4]


def test_health_and_metrics(server) -> None:
    for path in ("/healthz", "/readyz", "/livez"):
        with urllib.request.urlopen(server.url + path, timeout=10) as r:
            assert r.status == 200
    metrics = server.metrics()
    assert "emotive_model_batch_sequences_bucket" in metrics
    assert "bentoml_service_request_duration_seconds" in metrics


def test_bento_builds_offline(tmp_path) -> None:
    """`bentoml build` from the checkout, with no network: bentofile.yaml is complete."""
    import os
    import subprocess

    env = {**os.environ, "BENTOML_HOME": str(tmp_path), "BENTOML_DO_NOT_TRACK": "True"}
    bentoml = [sys.executable, "-m", "bentoml"]
    out = subprocess.run([*bentoml, "build", "--output", "tag"], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    listed = subprocess.run([*bentoml, "list", "-o", "json"], env=env, capture_output=True,
                            text=True, check=True)
    (bento,) = json.loads(listed.stdout)
    assert bento["tag"].startswith("emotive:")
    src = next((tmp_path / "bentos" / "emotive").glob("*/src"))
    assert (src / "models/emotive-student-int8/model.onnx").exists()
    assert (src / "models/minilm-embedder-int8/model.onnx").exists()
    assert not (src / "service/torch_backend.py").exists()
    assert not list(src.rglob("*.pt"))


@pytest.mark.parametrize("damage", ["missing", "corrupt"])
def test_refuses_to_start_without_a_sound_model(tmp_path, damage) -> None:
    import os
    import shutil
    import subprocess

    model = tmp_path / "model"
    if damage == "corrupt":
        shutil.copytree(ROOT / "models" / "emotive-student-int8", model)
        (model / "model.onnx").write_bytes((model / "model.onnx").read_bytes()[:1000])
    env = {**os.environ, "EMOTIVE_MODEL": str(model), "BENTOML_HOME": str(tmp_path / "bh"),
           "BENTOML_DO_NOT_TRACK": "True"}
    out = subprocess.run([sys.executable, "-m", "bentoml", "serve", "service.service:Emotive",
                          "--port", "0"], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=60)
    assert out.returncode != 0
    assert "emotive service: cannot start:" in out.stderr + out.stdout
