"""Load benchmark of the BentoML service on loopback: a real `bentoml serve`, driven by wrk.

    python -m bench.load            # or: make bench-load  (~8 min; needs Debian's wrk)

For each configuration (int8 with adaptive batching; int8 with batching off; the fp32
PyTorch teacher-size model with batching), the script starts `bentoml serve` on a free port,
records the **cold start** (process launch -> first 200 from /score), then runs closed-loop
wrk clients (one connection = one client that sends its next request when the last one is
answered) at each concurrency for ``--seconds`` each. A request is ``POST /score`` with
``--per-request`` GoEmotions test sentences. Reported per run: p50/p95/p99 latency,
sentences/s, errors (non-2xx, timeouts, socket errors) and the batches the model service
formed (sequences per classifier call and requests merged per batch, from /metrics).
Single-request latency is ``POST /score`` with one sentence at concurrency 1. The ceiling is
the raw runtime: ``Scorer`` in-process, batch 32, same sentences, same threads.

Writes ``bench/results/load.json`` and re-renders BENCHMARKS.md. wrk runs on the same two
cores as the service: its CPU is part of what the service gets to share.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

from bench import machine
from bench.report import RESULTS, save

ROOT = Path(__file__).resolve().parent.parent
LUA = """
local f = assert(io.open(os.getenv("WRK_BODY"), "rb"))
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = f:read("*a")
f:close()
done = function(summary, latency, requests)
  io.write(string.format(
    "WRKJSON {\\"requests\\": %d, \\"duration_us\\": %d, \\"status\\": %d, "
    .. "\\"connect\\": %d, \\"read\\": %d, \\"write\\": %d, \\"timeout\\": %d, "
    .. "\\"p50_us\\": %d, \\"p95_us\\": %d, \\"p99_us\\": %d, \\"max_us\\": %d}\\n",
    summary.requests, summary.duration, summary.errors.status, summary.errors.connect,
    summary.errors.read, summary.errors.write, summary.errors.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
end
"""
CONFIGS = {  # id: (label, environment)
    "batched": ("int8, adaptive batching", {}),
    "unbatched": ("int8, batching off", {"EMOTIVE_BATCHING": "off"}),
    "torch": ("PyTorch fp32 (teacher size), adaptive batching", {"EMOTIVE_BACKEND": "torch"}),
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def post(url: str, body: dict[str, Any], timeout: float = 5.0) -> int:
    req = urllib.request.Request(url, json.dumps(body).encode(),
                                 {"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return int(r.status)
    except OSError:
        return 0


class Server:
    """`bentoml serve` in its own process group, on a free loopback port."""

    def __init__(self, env: dict[str, str], home: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        full = {**os.environ, "BENTOML_HOME": str(home), "BENTOML_DO_NOT_TRACK": "True",
                "ORT_DISABLE_TELEMETRY": "1", **env}
        self.log = open(home / f"serve-{self.port}.log", "w")  # noqa: SIM115
        self.started = time.perf_counter()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bentoml", "serve", "service.service:Emotive", "--host",
             "127.0.0.1", "--port", str(self.port)], cwd=ROOT, env=full, stdout=self.log,
            stderr=subprocess.STDOUT, start_new_session=True)

    def wait_first_200(self, body: dict[str, Any], limit: float = 120) -> float:
        while time.perf_counter() - self.started < limit:
            if self.proc.poll() is not None:
                raise RuntimeError(f"bentoml serve exited with {self.proc.returncode}; see "
                                   f"{self.log.name}")
            if post(f"{self.url}/score", body, timeout=2) == 200:
                return time.perf_counter() - self.started
            time.sleep(0.05)
        raise TimeoutError(f"no 200 from {self.url} in {limit} s")

    def metrics(self) -> str:
        with urllib.request.urlopen(f"{self.url}/metrics", timeout=10) as r:
            return str(r.read().decode())

    def stop(self) -> None:
        import signal

        try:
            os.killpg(self.proc.pid, signal.SIGTERM)
            self.proc.wait(timeout=20)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.log.close()


def histogram(text: str, name: str, method: str | None = None) -> dict[float, float]:
    """Cumulative bucket counts of a Prometheus histogram, summed over label sets."""
    out: dict[float, float] = {}
    for line in text.splitlines():
        if not line.startswith(f"{name}_bucket{{"):
            continue
        if method and f'method_name="{method}"' not in line:
            continue
        le = re.search(r'le="([^"]+)"', line)
        if le:
            key = float("inf") if le.group(1) == "+Inf" else float(le.group(1))
            out[key] = out.get(key, 0.0) + float(line.rsplit(" ", 1)[1])
    return out


def run_stats(w: dict[str, Any], per_request: int) -> dict[str, Any]:
    """A wrk run as throughput, latency and errors (non-2xx, timeouts, socket errors)."""
    secs = w["duration_us"] / 1e6
    errors = w["status"] + w["connect"] + w["read"] + w["write"] + w["timeout"]
    ok = w["requests"] - w["status"] - w["timeout"]
    return {"seconds": round(secs, 1), "requests": w["requests"], "errors": errors,
            "non_2xx": w["status"], "timeouts": w["timeout"],
            "sentences_per_s": round(ok * per_request / secs, 1),
            "p50_ms": w["p50_us"] / 1000, "p95_ms": w["p95_us"] / 1000,
            "p99_ms": w["p99_us"] / 1000, "max_ms": w["max_us"] / 1000}


def summarize(before: dict[float, float], after: dict[float, float]) -> dict[str, Any]:
    """Median and 90th-percentile bucket, and count, of observations between two scrapes."""
    diff = {k: after.get(k, 0) - before.get(k, 0) for k in sorted(after)}
    total = diff.get(float("inf"), 0)
    if not total:
        return {"batches": 0}

    def q(p: float) -> float | None:
        for k, v in diff.items():
            if v >= p * total:
                return k
        return None

    return {"batches": int(total), "p50_at_most": q(0.5), "p90_at_most": q(0.9)}


def wrk(url: str, body: Path, connections: int, seconds: int, lua: Path) -> dict[str, Any]:
    cmd = ["wrk", "-t", "1", "-c", str(connections), "-d", f"{seconds}s", "--timeout", "10s",
           "-s", str(lua), url]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True,
                         env={**os.environ, "WRK_BODY": str(body)})
    line = next(x for x in out.stdout.splitlines() if x.startswith("WRKJSON "))
    return dict(json.loads(line[len("WRKJSON "):]))


def raw_ceiling(texts: list[str], threads: int | None) -> float:
    """Sentences/s of the runtime alone: Scorer in-process, batch 32."""
    from emotive.runtime import Scorer

    scorer = Scorer(threads=threads)
    scorer.probabilities(texts[:64])
    start = time.perf_counter()
    for _ in range(3):
        scorer.probabilities(texts, 32)
    return round(3 * len(texts) / (time.perf_counter() - start), 1)


def run_config(name: str, env: dict[str, str], texts: list[str], per_request: int,
               levels: list[int], seconds: int, home: Path, lua: Path) -> dict[str, Any]:
    body = home / "body.json"
    one = home / "one.json"
    body.write_text(json.dumps({"texts": texts[:per_request]}))
    one.write_text(json.dumps({"texts": texts[:1]}))
    server = Server(env, home)
    try:
        cold = server.wait_first_200({"texts": ["warm up"]})
        for _ in range(20):  # let the batcher fit its latency model before measuring
            post(f"{server.url}/score", {"texts": texts[:per_request]}, timeout=30)
        res: dict[str, Any] = {"cold_start_s": round(cold, 2), "runs": []}
        single = wrk(f"{server.url}/score", one, 1, min(10, seconds), lua)
        res["single_request"] = {"p50_ms": single["p50_us"] / 1000,
                                 "p99_ms": single["p99_us"] / 1000}
        for c in levels:
            before = server.metrics()
            w = wrk(f"{server.url}/score", body, c, seconds, lua)
            after = server.metrics()
            stats = run_stats(w, per_request)
            errors = stats["errors"]
            res["runs"].append({
                "concurrency": c, **{k: stats[k] for k in (
                    "seconds", "requests", "errors", "sentences_per_s", "p50_ms", "p95_ms",
                    "p99_ms")},
                "sequences_per_batch": summarize(
                    histogram(before, "emotive_model_batch_sequences"),
                    histogram(after, "emotive_model_batch_sequences")),
                "requests_per_batch": summarize(
                    histogram(before, "bentoml_service_adaptive_batch_size", "logits"),
                    histogram(after, "bentoml_service_adaptive_batch_size", "logits")),
            })
            print(f"{name:45s} c={c:<3d} {res['runs'][-1]['sentences_per_s']:8.1f} sent/s "
                  f"p50 {res['runs'][-1]['p50_ms']:7.1f} ms p99 {res['runs'][-1]['p99_ms']:7.1f}"
                  f" ms errors {errors}", flush=True)
        return res
    finally:
        server.stop()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--seconds", type=int, default=20, help="length of each run (20)")
    p.add_argument("--levels", default="1,8,32,64", help="concurrencies (1,8,32,64)")
    p.add_argument("--per-request", type=int, default=4,
                   help="sentences per request (4: a short paragraph)")
    p.add_argument("--configs", default=",".join(CONFIGS),
                   help="which configurations, comma-separated ids: batched, unbatched, "
                   "torch (default: all three)")
    p.add_argument("--data-dir", help="GoEmotions folder (test sentences are the load)")
    p.add_argument("--out", type=Path, default=RESULTS)
    p.add_argument("--benchmarks", type=Path, default=Path("BENCHMARKS.md"))
    args = p.parse_args(argv)
    if not shutil.which("wrk"):
        raise SystemExit("bench.load needs wrk: apt-get install wrk")
    from emotive.labels import default_schema
    from training.data import read_goemotions

    texts = read_goemotions("test", default_schema(), args.data_dir).texts[:512]
    levels = [int(x) for x in args.levels.split(",")]
    names = [n.strip() for n in args.configs.split(",") if n.strip()]
    results: dict[str, Any] = {
        "machine": machine.describe(), "date": time.strftime("%Y-%m-%d"),
        "per_request": args.per_request, "seconds": args.seconds,
        "raw_runtime_sentences_per_s": raw_ceiling(texts, None), "configs": {}}
    print(f"raw runtime ceiling: {results['raw_runtime_sentences_per_s']} sentences/s")
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        lua = home / "post.lua"
        lua.write_text(LUA)
        for name in names:
            label, env = CONFIGS[name]
            results["configs"][name] = {"label": label, **run_config(
                label, env, texts, args.per_request, levels, args.seconds, home, lua)}
    save("load", results, args.out, args.benchmarks)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
