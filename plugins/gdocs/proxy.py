"""The proxy between the Google Docs add-on and an emotive service: a small ASGI app a team
hosts (behind HTTPS) so that the service itself stays on a private network.

    uvicorn plugins.gdocs.proxy:app --host 0.0.0.0 --port 8080

What it does, per request to ``POST /v1/analyze`` (``{"paragraphs": [{"index": 3, "text":
"..."}], "explain": true, "suggest": true, "target": "less:anger"}``):
- authenticates ``Authorization: Bearer <key>``: keys are stored only as SHA-256 hashes
  (``EMOTIVE_PROXY_KEYS``, a file of ``team:hexdigest`` lines; ``python -m
  plugins.gdocs.keys`` makes one) and compared in constant time; 401 without a key, 403
  with a wrong one;
- limits each team's rate (token bucket, 429 + Retry-After), the body size (413), the
  paragraphs and characters per request (413);
- answers cached paragraphs from an embedded SQLite store keyed by paragraph hash and
  options (Redis via ``EMOTIVE_PROXY_REDIS`` for several proxy replicas), sends the rest
  to the service's ``/analyze`` in batches, with a timeout and one retry on connection
  errors and 503s; 502/503/504 with a clear message when the service is down or slow;
- maps results back to paragraph indexes; logs request ids, teams, counts, statuses and
  times — never document text or keys.
Settings: environment variables, see ``ProxySettings``.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import os
import sqlite3
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

log = logging.getLogger("emotive.proxy")
TARGETS = {"neutral", "positive", "negative"} | {
    f"{k}:{e}" for k in ("less", "more") for e in ("joy", "surprise", "anger", "fear",
                                                  "sadness")}


@dataclass(frozen=True)
class ProxySettings:
    service_url: str = "http://127.0.0.1:3000"
    keys_file: str = ""
    rate_per_minute: int = 60
    burst: int = 20
    max_body_bytes: int = 1_000_000
    max_paragraphs: int = 500
    max_chars: int = 200_000
    timeout_s: float = 30.0
    retries: int = 1
    batch: int = 64
    cache_path: str = ".emotive-proxy-cache.sqlite3"
    redis_url: str = ""
    cors_origins: tuple[str, ...] = ()  # closed by default; Apps Script calls server-side

    @classmethod
    def from_env(cls) -> ProxySettings:
        e = os.environ

        def num(name: str, default: float) -> float:
            raw = e.get(name)
            try:
                return float(raw) if raw else default
            except ValueError:
                raise SystemExit(f"emotive proxy: {name}={raw!r} is not a number") from None

        return cls(
            service_url=e.get("EMOTIVE_SERVICE_URL", cls.service_url).rstrip("/"),
            keys_file=e.get("EMOTIVE_PROXY_KEYS", ""),
            rate_per_minute=int(num("EMOTIVE_PROXY_RATE", cls.rate_per_minute)),
            burst=int(num("EMOTIVE_PROXY_BURST", cls.burst)),
            max_body_bytes=int(num("EMOTIVE_PROXY_MAX_BODY", cls.max_body_bytes)),
            max_paragraphs=int(num("EMOTIVE_PROXY_MAX_PARAGRAPHS", cls.max_paragraphs)),
            max_chars=int(num("EMOTIVE_PROXY_MAX_CHARS", cls.max_chars)),
            timeout_s=num("EMOTIVE_PROXY_TIMEOUT", cls.timeout_s),
            retries=int(num("EMOTIVE_PROXY_RETRIES", cls.retries)),
            cache_path=e.get("EMOTIVE_PROXY_CACHE", cls.cache_path),
            redis_url=e.get("EMOTIVE_PROXY_REDIS", ""),
            cors_origins=tuple(o for o in e.get("EMOTIVE_PROXY_CORS", "").split(",") if o))


class ProxyError(Exception):
    def __init__(self, status: int, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.retry_after = status, message, retry_after


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def load_keys(path: str) -> dict[str, str]:
    """``team:sha256hex`` per line (``#`` comments) -> {digest: team}."""
    if not path:
        raise SystemExit("emotive proxy: set EMOTIVE_PROXY_KEYS to a keys file "
                         "(python -m plugins.gdocs.keys TEAM >> keys.txt)")
    keys: dict[str, str] = {}
    for n, line in enumerate(Path(path).read_text().splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        team, _, digest = line.partition(":")
        if len(digest) != 64 or not all(c in "0123456789abcdef" for c in digest):
            raise SystemExit(f"emotive proxy: {path}:{n}: expected team:sha256-hex-digest")
        keys[digest] = team
    return keys


class Buckets:
    """Token bucket per team: ``burst`` at once, ``rate`` per minute sustained."""

    def __init__(self, rate_per_minute: int, burst: int) -> None:
        self.rate = rate_per_minute / 60.0
        self.burst = float(burst)
        self.state: dict[str, tuple[float, float]] = {}
        self.lock = threading.Lock()

    def take(self, team: str) -> float:
        """0 if allowed, else seconds until a token is back."""
        now = time.monotonic()
        with self.lock:
            tokens, last = self.state.get(team, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            if tokens >= 1:
                self.state[team] = (tokens - 1, now)
                return 0.0
            self.state[team] = (tokens, now)
            return (1 - tokens) / self.rate if self.rate else 60.0


class SqliteCache:
    def __init__(self, path: str) -> None:
        self.db = sqlite3.connect(path, check_same_thread=False)
        self.db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, "
                        "value TEXT NOT NULL, created REAL NOT NULL)")
        self.lock = threading.Lock()

    def get_many(self, keys: list[str]) -> dict[str, Any]:
        if not keys:
            return {}
        with self.lock:
            rows = self.db.execute(
                f"SELECT key, value FROM results WHERE key IN ({','.join('?' * len(keys))})",
                keys).fetchall()
        return {k: json.loads(v) for k, v in rows}

    def put_many(self, items: dict[str, Any]) -> None:
        with self.lock, self.db:
            self.db.executemany("INSERT OR REPLACE INTO results VALUES (?, ?, ?)",
                                [(k, json.dumps(v), time.time()) for k, v in items.items()])


class RedisCache:  # pragma: no cover - needs a Redis server and the redis package
    def __init__(self, url: str, ttl: int = 30 * 86400) -> None:
        import redis

        self.r = redis.Redis.from_url(url)
        self.ttl = ttl

    def get_many(self, keys: list[str]) -> dict[str, Any]:
        values = self.r.mget(keys) if keys else []
        return {k: json.loads(v) for k, v in zip(keys, values, strict=True) if v}

    def put_many(self, items: dict[str, Any]) -> None:
        pipe = self.r.pipeline()
        for k, v in items.items():
            pipe.set(k, json.dumps(v), ex=self.ttl)
        pipe.execute()


class Proxy:
    def __init__(self, settings: ProxySettings, keys: dict[str, str],
                 transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.s = settings
        self.keys = keys
        self.buckets = Buckets(settings.rate_per_minute, settings.burst)
        self.cache = (RedisCache(settings.redis_url) if settings.redis_url
                      else SqliteCache(settings.cache_path))
        self.client = httpx.AsyncClient(base_url=settings.service_url,
                                        timeout=settings.timeout_s, transport=transport)
        self.model: str | None = None

    def authenticate(self, request: Request) -> str:
        header = request.headers.get("authorization", "")
        if not header.lower().startswith("bearer ") or not header[7:].strip():
            raise ProxyError(401, "missing API key: send Authorization: Bearer <key>")
        digest = hash_key(header[7:].strip())
        team = None
        for known, name in self.keys.items():  # every entry compared: constant time
            if hmac.compare_digest(known, digest):
                team = name
        if team is None:
            raise ProxyError(403, "API key not recognised")
        return team

    async def _service(self, route: str, body: dict[str, Any]) -> dict[str, Any]:
        last = ""
        for attempt in range(self.s.retries + 1):
            try:  # a deadline for the whole call: httpx's timeouts are per read/connect
                r = await asyncio.wait_for(self.client.post(route, json=body),
                                           self.s.timeout_s)
            except (httpx.TimeoutException, TimeoutError):
                raise ProxyError(504, f"the emotive service did not answer within "
                                 f"{self.s.timeout_s:g} s") from None
            except httpx.TransportError as e:
                last = f"cannot reach the emotive service ({type(e).__name__})"
            else:
                if r.status_code == 503:
                    last = "the emotive service is overloaded"
                elif r.status_code >= 400:
                    try:
                        msg = r.json().get("error", r.text[:200])
                    except ValueError:
                        msg = r.text[:200]
                    raise ProxyError(502 if r.status_code >= 500 else 400,
                                     f"the emotive service answered {r.status_code}: {msg}")
                else:
                    try:
                        data = r.json()
                    except ValueError:
                        raise ProxyError(502, "the emotive service sent something that is "
                                         "not JSON") from None
                    if not isinstance(data, dict):
                        raise ProxyError(502, "the emotive service sent an unexpected answer")
                    return data
            if attempt < self.s.retries:
                await asyncio.sleep(0.2 * (attempt + 1))
        raise ProxyError(503, last + "; try again shortly", retry_after=5)

    async def model_id(self) -> str:
        if self.model is None:
            meta = await self._service("/metadata", {})
            self.model = f"{meta.get('model')}|{meta.get('version')}"
        return self.model

    async def analyze(self, body: Any) -> dict[str, Any]:
        paragraphs, opts = self._validate(body)
        model = await self.model_id()
        keys = [hashlib.sha256("\x1f".join([model, json.dumps(opts, sort_keys=True),
                                            p["text"]]).encode()).hexdigest()
                for p in paragraphs]
        cached = self.cache.get_many(sorted(set(keys)))
        todo = [i for i, k in enumerate(keys) if k not in cached]
        todo_unique = list(dict.fromkeys(keys[i] for i in todo))
        texts = {keys[i]: paragraphs[i]["text"] for i in todo}
        fresh: dict[str, Any] = {}
        for start in range(0, len(todo_unique), self.s.batch):
            chunk = todo_unique[start:start + self.s.batch]
            answer = await self._service("/analyze", {"texts": [texts[k] for k in chunk],
                                                      **opts})
            results = answer.get("results")
            if not isinstance(results, list) or len(results) != len(chunk):
                raise ProxyError(502, "the emotive service sent a malformed answer")
            fresh.update(zip(chunk, results, strict=True))
        if fresh:
            self.cache.put_many(fresh)
        found = {**cached, **fresh}
        return {"model": model, "cached": len(paragraphs) - len(todo),
                "results": [{"index": p["index"], **found[k]}
                            for p, k in zip(paragraphs, keys, strict=True)]}

    def _validate(self, body: Any) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        if not isinstance(body, dict):
            raise ProxyError(400, "expected a JSON object")
        unknown = set(body) - {"paragraphs", "explain", "suggest", "target"}
        if unknown:
            raise ProxyError(400, f"unknown field {sorted(unknown)[0]!r}")
        paras = body.get("paragraphs")
        if not isinstance(paras, list) or not paras:
            raise ProxyError(400, "'paragraphs' must be a non-empty list of {index, text}")
        if len(paras) > self.s.max_paragraphs:
            raise ProxyError(413, f"{len(paras)} paragraphs; the limit is "
                             f"{self.s.max_paragraphs}: analyse a selection")
        out, total = [], 0
        for i, p in enumerate(paras):
            if not isinstance(p, dict) or not isinstance(p.get("index"), int) or \
                    isinstance(p.get("index"), bool) or not isinstance(p.get("text"), str):
                raise ProxyError(400, f"paragraph {i}: expected {{index: int, text: str}}")
            total += len(p["text"])
            if p["text"].strip():
                out.append({"index": p["index"], "text": p["text"]})
        if total > self.s.max_chars:
            raise ProxyError(413, f"{total:,} characters; the limit is {self.s.max_chars:,}: "
                             "analyse a selection")
        if not out:
            raise ProxyError(400, "every paragraph is empty: nothing to analyse")
        opts: dict[str, Any] = {"explain": bool(body.get("explain", False))}
        if body.get("suggest"):
            target = body.get("target")
            if target not in TARGETS:
                raise ProxyError(400, f"unknown target {target!r}; use one of "
                                 f"{', '.join(sorted(TARGETS))}")
            opts.update(suggest=True, target=target)
        return out, opts


def build(settings: ProxySettings | None = None, keys: dict[str, str] | None = None,
          transport: httpx.AsyncBaseTransport | None = None) -> Starlette:
    s = settings or ProxySettings.from_env()
    proxy = Proxy(s, keys if keys is not None else load_keys(s.keys_file), transport)

    async def analyze(request: Request) -> JSONResponse:
        rid = uuid.uuid4().hex[:16]
        start = time.perf_counter()
        team, status, n = "-", 200, 0
        try:
            team = proxy.authenticate(request)
            wait = proxy.buckets.take(team)
            if wait:
                raise ProxyError(429, f"rate limit: {s.rate_per_minute} requests a minute "
                                 "per team", retry_after=wait)
            length = request.headers.get("content-length", "")
            if length.isdigit() and int(length) > s.max_body_bytes:
                raise ProxyError(413, f"request body over {s.max_body_bytes:,} bytes")
            raw = b""
            async for chunk in request.stream():
                raw += chunk
                if len(raw) > s.max_body_bytes:
                    raise ProxyError(413, f"request body over {s.max_body_bytes:,} bytes")
            try:
                body = json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, ValueError):
                raise ProxyError(400, "the body is not valid UTF-8 JSON") from None
            n = len(body.get("paragraphs", [])) if isinstance(body, dict) else 0
            data = await proxy.analyze(body)
            return JSONResponse({"request_id": rid, **data}, headers={"x-request-id": rid})
        except ProxyError as e:
            status = e.status
            headers = {"x-request-id": rid}
            if e.retry_after is not None:
                headers["retry-after"] = str(max(1, round(e.retry_after)))
            return JSONResponse({"error": e.message, "request_id": rid}, status_code=e.status,
                                headers=headers)
        finally:
            log.info("%s team=%s paragraphs=%d status=%d %.0fms", rid, team, n, status,
                     (time.perf_counter() - start) * 1000)

    async def health(_: Request) -> JSONResponse:
        return JSONResponse({"status": "ok"})

    middleware = []
    if s.cors_origins:
        from starlette.middleware import Middleware
        from starlette.middleware.cors import CORSMiddleware

        middleware.append(Middleware(CORSMiddleware, allow_origins=list(s.cors_origins),
                                     allow_methods=["POST"], allow_headers=["authorization",
                                                                            "content-type"]))
    app = Starlette(routes=[Route("/v1/analyze", analyze, methods=["POST"]),
                            Route("/healthz", health)], middleware=middleware)
    app.state.proxy = proxy
    return app


def __getattr__(name: str) -> Any:
    if name == "app":  # `uvicorn plugins.gdocs.proxy:app` builds it from the environment
        return build()
    raise AttributeError(name)
