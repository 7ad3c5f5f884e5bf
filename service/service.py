"""emotive over HTTP with BentoML: a model service with adaptive batching behind an API
service.

    bentoml serve service.service:Emotive --host 127.0.0.1 --port 3000

``EmotionModel`` owns the ONNX sessions (the int8 classifier and the MiniLM sentence
encoder) and exposes **batchable** endpoints, so token sequences from many concurrent
requests meet in one model batch. ``Emotive`` (the API) depends on it: it validates, splits
documents into sentences, explains and suggests with ``emotive.analyze.Analyzer`` whose
scorer and encoder calls go to the model service. The runtime path imports no torch.

Why the batching settings are what they are (BentoML 1.4 on 2 cores, see BENCHMARKS.md):
- ``max_latency_ms`` is not a latency target but a hard cut-off: BentoML's dispatcher drops
  (503) queued jobs whose *estimated* latency exceeds it, estimating from the number of jobs
  rather than their size. At 50 ms most requests under load were shed. It is set high
  (20 s) as a last resort; overload is handled up front by admission control (503 +
  Retry-After, ``service/middleware.py``) where it costs nothing.
- ONNX Runtime's worker threads spin-wait by default, taking the cores the HTTP servers of
  both services need between batches: the model service runs with spinning off.
- BentoML runs sync endpoints on ``threads`` worker threads, default **1**: with a sync API
  service every request waited for the one before it, so the model service never saw two
  jobs at once to batch. The API service gets ``threads = EMOTIVE_MAX_INFLIGHT``.
- BentoML's client recycles its connection pool every 100 requests under the calls still
  running on it ("Server disconnected"): see ``runner_connection`` below.
Settings: ``service/settings.py`` (environment variables).
"""

from __future__ import annotations

import logging
import os
import threading
from http import HTTPStatus
from pathlib import Path
from typing import Any

import bentoml
import numpy as np
import onnxruntime as ort
from bentoml.exceptions import BentoMLException, InvalidArgument

from emotive import __version__
from emotive.analyze import MAX_CHARS, Analyzer, SuggestOptions
from emotive.artifact import ArtifactInfo, default_model_dir, results_fingerprint
from emotive.embed import default_embedder_dir
from emotive.suggest import SuggestError, Target
from service import schemas
from service.middleware import REQUEST_ID, EmotiveMiddleware
from service.settings import Settings

SETTINGS = Settings.from_env()
_METRICS: dict[str, Any] = {}


def _preflight() -> None:
    """Refuse to start, with one clear line, when a model is missing or corrupt: otherwise
    BentoML restarts the failing worker forever and the port never answers."""
    from emotive.artifact import ArtifactError

    try:
        info = ArtifactInfo.load(SETTINGS.model or default_model_dir())
        for path in (info.path / "model.onnx",
                     Path(SETTINGS.embedder or default_embedder_dir()) / "model.onnx"):
            try:
                ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
            except Exception as e:  # onnxruntime raises its own untyped errors
                raise ArtifactError(f"cannot load {path}: {str(e).splitlines()[0][:200]}") \
                    from None
    except ArtifactError as e:
        raise SystemExit(f"emotive service: cannot start: {e}") from None


_preflight()
log = logging.getLogger("emotive.service")


class TooLarge(BentoMLException):
    error_code = HTTPStatus.REQUEST_ENTITY_TOO_LARGE


def _log_like_bentoml() -> None:
    """Send the ``emotive`` loggers (request lines, start-up) where BentoML's go."""
    ours, theirs = logging.getLogger("emotive"), logging.getLogger("bentoml")
    if not ours.handlers and theirs.handlers:
        ours.handlers = list(theirs.handlers)
        ours.setLevel(logging.INFO)
        ours.propagate = False


def _resources() -> dict[str, Any]:
    cuda = "CUDAExecutionProvider" in ort.get_available_providers()
    if SETTINGS.device == "cuda" or (SETTINGS.device == "auto" and cuda):
        return {"gpu": 1}
    return {"cpu": str(SETTINGS.threads or os.cpu_count() or 1)}


def _batchable(**extra: Any) -> Any:
    """The model endpoints: adaptive batching unless EMOTIVE_BATCHING=off."""
    if not SETTINGS.batching:
        return bentoml.api(**extra)
    return bentoml.api(batchable=True, batch_dim=0, max_batch_size=SETTINGS.max_batch,
                       max_latency_ms=SETTINGS.max_latency_ms, **extra)


@bentoml.service(name="emotive_model", resources=_resources(), workers=1,
                 traffic={"timeout": SETTINGS.timeout_s},
                 # BentoML's client to this service replaces its HTTP session every 100
                 # requests (default) and closes the old one with calls still in flight on
                 # it: under concurrency those fail with "Server disconnected" (500s).
                 runner_connection={"max_requests": 2**31 - 1, "max_age": 1e9},
                 # internal traffic: one access-log line per call costs CPU the batches need
                 logging={"access": {"enabled": False}})
class EmotionModel:
    """Owns the ONNX sessions; token ids in, logits out; texts in, unit vectors out."""

    def __init__(self) -> None:
        from prometheus_client import Histogram
        _log_like_bentoml()

        from emotive.embed import Embedder
        from emotive.runtime import OnnxModel

        info = ArtifactInfo.load(SETTINGS.model or default_model_dir())
        device = "cpu" if SETTINGS.device == "cpu" else "auto"
        self.width = len(info.schema.emotions) + len(info.schema.sentiments)
        self.run: Any
        if SETTINGS.backend == "torch":  # benchmark only: see service/torch_backend.py
            from service.torch_backend import TorchClassifier

            self.run = TorchClassifier(self.width, SETTINGS.threads).run
            provider = "PyTorch fp32"
        else:
            model = OnnxModel(info.path / "model.onnx", info.path / "tokenizer.json",
                              info.calibration.max_length, SETTINGS.threads, device,
                              spin=False)
            self.run = model.run
            provider = model.session.get_providers()[0]
        self.embedder = Embedder(SETTINGS.embedder, threads=SETTINGS.threads, device=device,
                                 spin=False)
        # sequences per model call: what adaptive batching actually formed (one per process:
        # prometheus refuses a second registration, e.g. two instances in tests)
        if "batch_sizes" not in _METRICS:
            _METRICS["batch_sizes"] = Histogram(
                "emotive_model_batch_sequences", "token sequences per classifier call",
                buckets=(1, 2, 4, 8, 16, 24, 32, 48, 64, 96, 128, 256))
        self.batch_sizes = _METRICS["batch_sizes"]
        log.info("model service ready: %s on %s", info.path.name, provider)

    @_batchable()
    def logits(self, ids: list[list[int]]) -> np.ndarray:
        """Emotion and sentiment logits side by side, one row per token id sequence."""
        if not ids:
            return np.zeros((0, self.width), np.float32)
        self.batch_sizes.observe(len(ids))
        emo, sent = self.run(ids, batch_size=32)
        return np.concatenate([emo, sent], axis=1)

    @_batchable()
    def embed(self, texts: list[str]) -> np.ndarray:
        """Unit sentence embeddings (MiniLM), one row per text."""
        if not texts:
            return np.zeros((0, 384), np.float32)
        return self.embedder.embed(texts)


class ModelUnavailable(BentoMLException):
    """The model service cannot be reached (restarting, killed, overloaded): 503, and the
    middleware adds Retry-After."""

    error_code = HTTPStatus.SERVICE_UNAVAILABLE


def _unavailable(e: Exception) -> ModelUnavailable:
    log.warning("model service call failed: %s: %s", type(e).__name__, str(e)[:200])
    return ModelUnavailable("the model service is unavailable; retry shortly")


def _is_unavailable(e: Exception) -> bool:
    """The model service is down, restarting or overloaded (not a bad request)."""
    if isinstance(e, BentoMLException):
        return e.error_code.value >= 500
    return isinstance(e, OSError | ConnectionError | TimeoutError) or type(
        e).__module__.startswith("aiohttp")  # aiohttp's client errors are not OSErrors


def _guarded(call: Any) -> Any:
    """A model-service call whose connection errors become 503s instead of 500s."""
    def inner(*args: Any) -> Any:
        try:
            return call(*args)
        except Exception as e:
            if _is_unavailable(e):
                raise _unavailable(e) from None
            raise
    return inner


def _remote_runner(model: Any, emotions: int) -> Any:
    logits = _guarded(lambda ids: model.logits(ids))

    def run(ids: Any, batch_size: int = 32) -> tuple[np.ndarray, np.ndarray]:
        out = np.asarray(logits([list(map(int, x)) for x in ids]), np.float32)
        return out[:, :emotions], out[:, emotions:]
    return run


@bentoml.service(name="emotive", workers=1, threads=SETTINGS.max_inflight,
                 traffic={"timeout": SETTINGS.timeout_s,
                          "max_concurrency": SETTINGS.max_inflight * 4},
                 # BentoML's access log took a quarter of this process's CPU under load
                 # (py-spy); the middleware logs each request id, path, status and time
                 logging={"access": {"enabled": False}},
                 http={"cors": {"enabled": False}})
class Emotive:
    """The public API: /analyze, /suggest, /score, /metadata (+ /healthz, /readyz,
    /metrics from BentoML)."""

    model = bentoml.depends(EmotionModel)

    def __init__(self) -> None:
        from emotive.runtime import Scorer
        _log_like_bentoml()

        info = ArtifactInfo.load(SETTINGS.model or default_model_dir())
        scorer = Scorer(info.path, runner=_remote_runner(self.model, len(info.schema.emotions)))
        embed = _guarded(lambda texts: self.model.embed(list(texts)))
        self.analyzer = Analyzer(
            scorer=scorer, embed=lambda texts: np.asarray(embed(texts), np.float32))
        self.info = info
        self.fingerprint = results_fingerprint(
            info.path, Path(SETTINGS.embedder or default_embedder_dir()))
        self.schema = info.schema
        self.targets = [f"{k}:{e}" for k in ("less", "more") for e in self.schema.emotions]
        self.targets += ["neutral", "positive", "negative"]
        # spaCy and lemminflect take ~2 s to load: in the background, so scoring is served
        # at once and only the first request with suggestions waits
        threading.Thread(target=self._warm, daemon=True).start()

    def _warm(self) -> None:
        try:
            _ = self.analyzer.suggester.nlp
        except Exception:  # the suggest extra missing: suggestions answer with the reason
            log.exception("suggestions unavailable")

    # -- validation ---------------------------------------------------------------------
    def _texts(self, text: str | None, texts: list[str] | None) -> list[str]:
        if (text is None) == (texts is None):
            raise InvalidArgument("give exactly one of 'text' (a string) or 'texts' (a list)")
        items = [text] if text is not None else list(texts or [])
        if not items:
            raise InvalidArgument("'texts' is empty: nothing to analyse")
        if len(items) > SETTINGS.max_texts:
            raise TooLarge(f"{len(items)} texts in one request; the limit is "
                           f"{SETTINGS.max_texts}")
        total = 0
        for i, t in enumerate(items):
            if not t.strip():
                raise InvalidArgument(f"text {i} is empty or whitespace only")
            if "\x00" in t:
                raise InvalidArgument(f"text {i} contains NUL characters: send text, not "
                                      "binary data")
            if len(t) > min(SETTINGS.max_text_chars, MAX_CHARS):
                raise TooLarge(f"text {i} has {len(t):,} characters; the limit is "
                               f"{SETTINGS.max_text_chars:,}")
            total += len(t)
        if total > SETTINGS.max_total_chars:
            raise TooLarge(f"{total:,} characters in one request; the limit is "
                           f"{SETTINGS.max_total_chars:,}")
        return items

    def _target(self, target: str | None) -> Target:
        if not target:
            raise InvalidArgument("suggestions need a 'target', one of: " +
                                  ", ".join(self.targets))
        try:
            return Target.parse(target, self.schema)
        except SuggestError as e:
            raise InvalidArgument(str(e)) from None

    @staticmethod
    def _options(margin: float, min_similarity: float, top: int, short_relief: float
                 ) -> SuggestOptions:
        try:
            return SuggestOptions(margin=margin, min_similarity=min_similarity, top=top,
                                  max_sentences=20, short_relief=short_relief)
        except ValueError as e:
            raise InvalidArgument(str(e)) from None

    # -- endpoints ----------------------------------------------------------------------
    @bentoml.api(route="/analyze")
    def analyze(self, text: str | None = None, texts: list[str] | None = None,
                explain: bool = False, suggest: bool = False, target: str | None = None,
                margin: float = 0.1, min_similarity: float = 0.8, top: int = 3,
                short_relief: float = 0.1) -> schemas.AnalyzeResponse:
        """Scores per document, sentence (with offsets) and paragraph (the arc); ``explain``
        adds driving words and phrases; ``suggest`` + ``target`` adds verified rewrites
        (a sentence of 6 words or fewer needs ``short_relief`` less ``min_similarity``)."""
        items = self._texts(text, texts)
        goal = None
        if suggest or target:
            goal = self._target(target)
            big = max(len(t) for t in items)
            if big > SETTINGS.max_suggest_chars:
                raise TooLarge(f"suggestions are limited to texts of "
                               f"{SETTINGS.max_suggest_chars:,} characters (got {big:,}): "
                               "send the paragraphs that matter")
        opts = self._options(margin, min_similarity, top, short_relief)
        docs = self.analyzer.analyze_many(items, explain=explain, target=goal, options=opts)
        return schemas.AnalyzeResponse(
            request_id=REQUEST_ID.get(),
            results=[schemas.Document.model_validate(d.to_dict()) for d in docs])

    @bentoml.api(route="/suggest")
    def suggest(self, text: str, start: int, end: int, target: str, margin: float = 0.1,
                min_similarity: float = 0.8, top: int = 3, short_relief: float = 0.1
                ) -> schemas.SuggestResponse:
        """Verified rewrites of text[start:end] in the context of its sentence(s)."""
        (text,) = self._texts(text, None)
        if len(text) > SETTINGS.max_suggest_chars:
            raise TooLarge(f"/suggest takes texts of up to {SETTINGS.max_suggest_chars:,} "
                           f"characters (got {len(text):,}): send the paragraph")
        goal = self._target(target)
        try:
            found = self.analyzer.suggest(text, start, end, goal,
                                          self._options(margin, min_similarity, top,
                                                        short_relief))
        except SuggestError as e:
            raise InvalidArgument(str(e)) from None
        return schemas.SuggestResponse(
            request_id=REQUEST_ID.get(),
            suggestions=[schemas.Suggestion.model_validate(s.to_dict()) for s in found])

    @bentoml.api(route="/score")
    async def score(self, texts: list[str]) -> schemas.ScoreResponse:
        """Document-level scores only (each text scored whole, long ones over windows).
        The bulk path: asynchronous end to end, no worker-thread hops."""
        items = self._texts(None, texts)
        scorer = self.analyzer.scorer
        flat, owner = scorer.sequences(items)
        try:
            out = np.asarray(await self.model.to_async.logits(flat), np.float32)
        except Exception as e:  # connection refused / reset while the model restarts
            if _is_unavailable(e):
                raise _unavailable(e) from None
            raise
        n_e = len(self.schema.emotions)
        emo, sent = scorer.calibrate(out[:, :n_e], out[:, n_e:], owner, len(items))
        scores = scorer.records(items, emo, sent)
        return schemas.ScoreResponse(
            request_id=REQUEST_ID.get(),
            scores=[schemas.TextScore.model_validate(s.to_dict()) for s in scores])

    @bentoml.api(route="/metadata")
    def metadata(self) -> schemas.Metadata:
        """Model name and version, labels, thresholds, test metrics, accepted targets."""
        m = self.info.metrics
        keep = ("emotion_macro_f1", "emotion_macro_auc", "sentiment_macro_f1", "created",
                "data", "shipped")
        return schemas.Metadata(
            service="emotive", version=__version__,
            model=f"{m.get('model', self.info.path.name)} {m.get('version', '')}".strip(),
            fingerprint=self.fingerprint,
            emotions=list(self.schema.emotions), sentiments=list(self.schema.sentiments),
            thresholds={e: round(float(t), 4) for e, t in zip(
                self.schema.emotions, self.info.calibration.thresholds, strict=True)},
            metrics={k: m[k] for k in keep if k in m}, targets=self.targets,
            limits=SETTINGS.public())


Emotive.add_asgi_middleware(  # type: ignore[attr-defined]  # bentoml.Service at run time
    EmotiveMiddleware, max_inflight=SETTINGS.max_inflight,
    max_body_bytes=SETTINGS.max_body_bytes)
