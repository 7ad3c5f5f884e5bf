"""Soak, overload and fault test of the service (a real `bentoml serve`, wrk on loopback).

    python -m bench.soak                 # or: make bench-soak  (~14 min)
    python -m bench.soak --minutes 2     # a short run

1. Steady: ``--minutes`` (10) at 32 closed-loop clients, the measured capacity, in one-minute
   windows: sentences/s, p99, errors; resident memory of both service processes before and
   after (the bound: growth under 25%).
2. Overload: one minute at 3x (96 clients, past the in-flight limit of ``--inflight``):
   admission control must answer 503 + Retry-After at once (p99 of the 503s), never hang.
3. Recovery: one minute back at 32 clients: zero errors again.
4. Fault: the model service process is killed under load; the API answers 503s (not hangs),
   BentoML restarts the process, and requests succeed again; the time to recover.
Writes ``bench/results/soak.json`` (RELIABILITY.md quotes it).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from bench import machine
from bench.load import LUA, RESULTS, Server, post, run_stats, wrk
from bench.report import save


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return 0.0


def workers() -> dict[str, int]:
    """PIDs of the two service processes (BentoML worker command lines)."""
    out = subprocess.run(["ps", "-eo", "pid,args"], capture_output=True, text=True).stdout
    found = {}
    for line in out.splitlines():
        if "_bentoml_impl.worker.service" in line:
            pid = int(line.split()[0])
            found["model" if "--service-name emotive_model" in line else "api"] = pid
    return found


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--minutes", type=int, default=10, help="steady phase (10)")
    p.add_argument("--clients", type=int, default=32, help="steady clients (32)")
    p.add_argument("--inflight", type=int, default=64, help="EMOTIVE_MAX_INFLIGHT (64)")
    p.add_argument("--per-request", type=int, default=4)
    p.add_argument("--out", type=Path, default=RESULTS)
    args = p.parse_args(argv)
    from emotive.labels import default_schema
    from training.data import read_goemotions

    texts = read_goemotions("test", default_schema()).texts[:64]
    res: dict[str, Any] = {"machine": machine.describe(), "date": time.strftime("%Y-%m-%d"),
                           "clients": args.clients, "inflight_limit": args.inflight,
                           "per_request": args.per_request}
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        lua = home / "post.lua"
        lua.write_text(LUA)
        body = home / "body.json"
        body.write_text(json.dumps({"texts": texts[:args.per_request]}))
        server = Server({"EMOTIVE_MAX_INFLIGHT": str(args.inflight)}, home)
        try:
            server.wait_first_200({"texts": ["warm up"]})
            for _ in range(20):
                post(f"{server.url}/score", {"texts": texts[:4]}, timeout=30)
            pids = workers()
            res["rss_before_mb"] = {k: rss_mb(v) for k, v in pids.items()}
            steady = []
            for minute in range(args.minutes):
                s = run_stats(wrk(f"{server.url}/score", body, args.clients, 60, lua),
                              args.per_request)
                steady.append(s)
                print(f"steady minute {minute + 1}: {s}", flush=True)
            res["steady"] = steady
            res["rss_after_mb"] = {k: rss_mb(v) for k, v in pids.items()}
            res["overload"] = run_stats(wrk(f"{server.url}/score", body, 3 * args.clients, 60,
                                            lua), args.per_request)
            print(f"overload: {res['overload']}", flush=True)
            res["recovery"] = run_stats(wrk(f"{server.url}/score", body, args.clients, 60, lua),
                                        args.per_request)
            print(f"recovery: {res['recovery']}", flush=True)
            res["rss_end_mb"] = {k: rss_mb(v) for k, v in workers().items()}
            res["fault"] = kill_model_service(server, texts)
            print(f"fault: {res['fault']}", flush=True)
        finally:
            server.stop()
    save("soak", res, args.out)
    return 0


def kill_model_service(server: Server, texts: list[str]) -> dict[str, Any]:
    """SIGKILL the model service mid-run; poll /score until it answers 200 again."""
    import urllib.error
    import urllib.request

    pid = workers()["model"]
    os.kill(pid, signal.SIGKILL)
    killed = time.perf_counter()
    codes: dict[str, int] = {}
    slowest = 0.0
    recovered = None
    while time.perf_counter() - killed < 120:
        req = urllib.request.Request(f"{server.url}/score", json.dumps(
            {"texts": texts[:2]}).encode(), {"Content-Type": "application/json"})
        start = time.perf_counter()
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                code = r.status
        except urllib.error.HTTPError as e:
            code = e.code
        except OSError:
            code = 0
        slowest = max(slowest, time.perf_counter() - start)
        codes[str(code)] = codes.get(str(code), 0) + 1
        if code == 200:
            recovered = round(time.perf_counter() - killed, 2)
            break
        time.sleep(0.1)
    new = workers().get("model")
    return {"killed_pid": pid, "restarted_pid": new, "answers_while_down": codes,
            "slowest_answer_s": round(slowest, 2), "recovered_after_s": recovered}


if __name__ == "__main__":
    raise SystemExit(main())
