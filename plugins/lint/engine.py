"""From a Markdown file to findings: scoring (local runtime or the service), rules,
drivers, suggestions, and a cache keyed by paragraph hash."""

from __future__ import annotations

import hashlib
import json
import os
import urllib.error
import urllib.request
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from plugins.lint.config import LintConfig, Rules
from plugins.lint.markdown import Document, Unit, parse

CACHE_VERSION = "1"
MAX_BYTES = 2_000_000  # larger files are refused: lint the prose, not data dumps


class LintError(RuntimeError):
    """A file or backend problem that stops linting (exit code 2)."""


@dataclass
class Finding:
    path: str
    line: int
    col: int
    end_line: int
    end_col: int
    rule: str
    severity: str
    message: str
    scores: dict[str, float]
    drivers: list[dict[str, Any]] = field(default_factory=list)
    suggestion: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class Backend:
    """Scores, drivers and suggestions, from the local runtime or a running service."""

    def __init__(self, server: str | None = None, timeout: float = 60) -> None:
        self.server = server.rstrip("/") if server else None
        self.timeout = timeout
        self.batch = 64  # texts per /analyze call: the server's max_texts, once known
        self._analyzer: Any = None

    @property
    def analyzer(self) -> Any:
        if self._analyzer is None:
            from emotive.analyze import Analyzer

            self._analyzer = Analyzer()
        return self._analyzer

    def identity(self) -> str:
        """What the cache key must change with: the model (and where it runs)."""
        if self.server:
            meta = self._post("/metadata", {})
            self.batch = max(1, min(64, int(meta.get("limits", {}).get("max_texts", 64))))
            return "server:" + json.dumps([meta.get(k) for k in ("model", "version",
                                                                 "fingerprint")])
        from emotive import __version__
        from emotive.artifact import default_model_dir, results_fingerprint
        from emotive.embed import default_embedder_dir

        model = default_model_dir()
        if not (model / "model.onnx").is_file():
            raise LintError(f"no model at {model} (set $EMOTIVE_MODEL to a model folder)")
        # the files, not the model card's name and date: a model rewritten in place
        # (training.tokenwise) kept those and the cache served the old model's scores; and
        # the engine's, whose rules change suggestions under one version number
        return f"local:{__version__}:{results_fingerprint(model, default_embedder_dir())}"

    def _post(self, route: str, body: dict[str, Any]) -> dict[str, Any]:
        assert self.server is not None
        req = urllib.request.Request(self.server + route, json.dumps(body).encode(),
                                     {"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as r:
                return dict(json.loads(r.read()))
        except urllib.error.HTTPError as e:
            detail = e.read().decode("utf-8", "replace")[:300]
            raise LintError(f"{self.server}{route}: HTTP {e.code}: {detail}") from None
        except (OSError, ValueError) as e:
            raise LintError(f"{self.server}{route}: {e}") from None

    def analyze(self, texts: Sequence[str], explain: bool = False) -> list[dict[str, Any]]:
        if not texts:
            return []
        if self.server:
            out: list[dict[str, Any]] = []
            for i in range(0, len(texts), self.batch):
                out += self._post("/analyze", {"texts": list(texts[i:i + self.batch]),
                                               "explain": explain})["results"]
            return out
        return [d.to_dict() for d in self.analyzer.analyze_many(list(texts), explain=explain)]

    def suggest(self, text: str, target: str) -> dict[str, Any] | None:
        try:
            if self.server:
                got = self._post("/suggest", {"text": text, "start": 0, "end": len(text),
                                              "target": target, "top": 1})["suggestions"]
                return got[0] if got else None
            found = self.analyzer.suggest(text, 0, len(text), target)
        except ImportError:
            return None
        except ValueError as e:  # SuggestError: nothing to rewrite there
            if "suggest extra" in str(e):
                return None
            raise
        return found[0].to_dict() if found else None


class Cache:
    """One small JSON file per (model, rules, paragraph) hash."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder

    def _file(self, key: str) -> Path:
        assert self.folder is not None
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> list[dict[str, Any]] | None:
        if self.folder is None:
            return None
        try:
            return list(json.loads(self._file(key).read_text()))
        except (OSError, ValueError):
            return None

    def put(self, key: str, value: list[dict[str, Any]]) -> None:
        if self.folder is None:
            return
        f = self._file(key)
        try:
            f.parent.mkdir(parents=True, exist_ok=True)
            tmp = f.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(value))
            tmp.replace(f)
        except OSError:
            pass  # a read-only cache is no reason to fail a lint


def default_cache_dir() -> Path:
    """``$EMOTIVE_LINT_CACHE``, else ``$XDG_CACHE_HOME/emotive-lint``, else
    ``~/.cache/emotive-lint``: outside the repository being linted."""
    if os.environ.get("EMOTIVE_LINT_CACHE"):
        return Path(os.environ["EMOTIVE_LINT_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "emotive-lint"


@dataclass
class Linter:
    config: LintConfig
    backend: Backend
    cache: Cache
    suggest: bool = True
    max_suggestions: int = 10
    max_explanations: int = 40
    stats: dict[str, int] = field(default_factory=lambda: {"units": 0, "cached": 0,
                                                           "suggestions": 0, "explained": 0})
    _identity: str | None = None

    def identity(self) -> str:
        if self._identity is None:
            self._identity = self.backend.identity()
        return self._identity

    def read(self, path: Path) -> str:
        try:
            if path.is_dir():
                raise LintError(f"{path}: is a directory")
            size = path.stat().st_size
            if size > MAX_BYTES:
                raise LintError(f"{path}: {size:,} bytes; files over {MAX_BYTES:,} bytes are "
                                "not linted")
            raw = path.read_bytes()
        except OSError as e:
            raise LintError(f"{path}: cannot read ({e.strerror or e})") from None
        if b"\x00" in raw:
            raise LintError(f"{path}: binary file (NUL bytes), not Markdown")
        try:
            return raw.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            line = raw[:e.start].count(b"\n") + 1
            raise LintError(f"{path}:{line}: not valid UTF-8 ({e.reason})") from None

    def lint(self, path: Path, shown: str | None = None) -> list[Finding]:
        name = shown or path.as_posix()
        rules = self.config.rules_for(name)
        doc = parse(self.read(path))
        self.stats["units"] += len(doc.units)
        keys = [self._key(u, rules) for u in doc.units]
        raw: list[list[dict[str, Any]] | None] = [self.cache.get(k) for k in keys]
        todo = [i for i, r in enumerate(raw) if r is None]
        self.stats["cached"] += len(doc.units) - len(todo)
        if todo:
            fresh = self._check([doc.units[i] for i in todo], rules)
            for i, result in zip(todo, fresh, strict=True):
                raw[i] = result
                self.cache.put(keys[i], result)
        findings = []
        for unit, items in zip(doc.units, raw, strict=True):
            for item in items or []:
                if item["rule"] == "_scores":
                    continue
                f = self._place(name, doc, unit, item, rules)
                if not doc.disabled(f.line, f.rule):
                    findings.append(f)
        findings += self._document_rules(name, doc, raw, rules)
        return findings

    def _key(self, unit: Unit, rules: Rules) -> str:
        text = "\x1f".join([CACHE_VERSION, self.identity(), rules.key(), str(self.suggest),
                            unit.text])
        return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()

    def _check(self, units: list[Unit], rules: Rules) -> list[list[dict[str, Any]]]:
        """Findings per unit in prose coordinates, plus a "_scores" record per unit (its
        length-weighted emotion scores, for the file-level min rules)."""
        docs = self.backend.analyze([u.text for u in units])
        out: list[list[dict[str, Any]]] = []
        flagged: list[tuple[int, dict[str, Any], str, str, str | None]] = []
        for k, d in enumerate(docs):
            items: list[dict[str, Any]] = [{"rule": "_scores", "emotions": d["emotions"],
                                            "weight": len(units[k].text)}]
            for s in d["sentences"]:
                for rule, emotion, target, message in self._violations(s, rules):
                    item = {"rule": rule, "start": s["start"], "end": s["end"],
                            "message": message, "scores": {**s["emotions"],
                                                           "valence": s["valence"]}}
                    items.append(item)
                    flagged.append((k, item, s["text"], emotion, target))
            out.append(items)
        self._explain(flagged)
        return out

    @staticmethod
    def _violations(s: dict[str, Any], rules: Rules) -> list[tuple[str, str, str | None, str]]:
        found: list[tuple[str, str, str | None, str]] = []
        emo = s["emotions"]
        for e, limit in rules.max.items():
            if emo[e] > limit:
                found.append((f"max-{e}", e, f"less:{e}",
                              f"{e} {emo[e]:.2f} is over the maximum {limit:.2f}"))
        if rules.sentiment_floor is not None and s["valence"] < rules.sentiment_floor:
            worst = max(("anger", "fear", "sadness"), key=lambda x: emo.get(x, 0))
            found.append(("sentiment-floor", worst, "positive",
                          f"valence {s['valence']:+.2f} is under the floor "
                          f"{rules.sentiment_floor:+.2f}"))
        if rules.target:
            off = [e for e in s["labels"] if e != rules.target]
            if off:
                e = max(off, key=lambda x: emo[x])
                goal = "neutral" if rules.target == "neutral" else f"less:{e}"
                found.append(("off-target", e, goal,
                              f"reads as {e} ({emo[e]:.2f}); the target tone is "
                              f"{rules.target}"))
        return found

    def _explain(self, flagged: list[tuple[int, dict[str, Any], str, str, str | None]]) -> None:
        """Drivers for the first ``max_explanations`` flagged sentences of the run (one
        batch: occlusion costs ~40 model calls a sentence) and the best suggestion for the
        first ``max_suggestions``; later findings keep their scores."""
        room = max(0, self.max_explanations - self.stats["explained"])
        flagged = flagged[:room]
        if not flagged:
            return
        sentences = list(dict.fromkeys(text for _, _, text, _, _ in flagged))
        self.stats["explained"] += len(flagged)
        explained = {t: d for t, d in zip(sentences, self.backend.analyze(sentences, True),
                                          strict=True)}
        for _, item, text, emotion, target in flagged:
            base = item["start"]
            drivers = explained[text]["sentences"][0].get("drivers", {}).get(emotion, [])
            item["drivers"] = [{**d, "start": d["start"] + base, "end": d["end"] + base}
                               for d in drivers if d["contribution"] > 0][:3]
            if self.suggest and target and self.stats["suggestions"] < self.max_suggestions:
                self.stats["suggestions"] += 1
                got = self.backend.suggest(text, target)
                if got:
                    item["suggestion"] = {**got, "start": got["start"] + base,
                                          "end": got["end"] + base}

    def _place(self, path: str, doc: Document, unit: Unit, item: dict[str, Any],
               rules: Rules) -> Finding:
        def at(i: int) -> tuple[int, int]:
            return doc.position(unit.offsets[min(max(i, 0), len(unit.offsets) - 1)])

        line, col = at(item["start"])
        end_line, end_col = at(item["end"] - 1)
        drivers = [{**d, **dict(zip(("line", "col"), at(d["start"]), strict=True))}
                   for d in item.get("drivers", [])]
        message = item["message"]
        if drivers:
            message += "; driven by " + ", ".join(f"'{d['text']}' ({d['contribution']:+.2f})"
                                                  for d in drivers)
        suggestion = item.get("suggestion")
        if suggestion:
            s_line, s_col = at(suggestion["start"])
            suggestion = {**suggestion, "line": s_line, "col": s_col}
            message += (f"; suggestion: '{suggestion['original']}' -> "
                        f"'{suggestion['replacement'] or '(delete)'}' "
                        f"({goal(suggestion)} {suggestion['before']:.2f} -> "
                        f"{suggestion['after']:.2f})")
        return Finding(path, line, col, end_line, end_col + 1, item["rule"],
                       rules.severity_of(item["rule"]), message, item["scores"], drivers,
                       suggestion)

    def _document_rules(self, path: str, doc: Document,
                        raw: list[list[dict[str, Any]] | None], rules: Rules
                        ) -> list[Finding]:
        if not rules.min or not doc.units:
            return []
        records = [r for items in raw for r in (items or []) if r["rule"] == "_scores"]
        total = sum(r["weight"] for r in records) or 1
        scores = {e: sum(r["emotions"][e] * r["weight"] for r in records) / total
                  for e in records[0]["emotions"]}
        line, col = doc.position(doc.units[0].offsets[0])
        out = []
        for e, limit in rules.min.items():
            if scores[e] < limit and not doc.disabled(line, f"min-{e}"):
                out.append(Finding(path, line, col, line, col, f"min-{e}",
                                   rules.severity_of(f"min-{e}"),
                                   f"the file's {e} {scores[e]:.2f} is under the minimum "
                                   f"{limit:.2f}", {k: round(v, 4) for k, v in scores.items()}))
        return out


def goal(suggestion: dict[str, Any]) -> str:
    """``target_label`` of a suggestion as JSON (one cached before "measure" has none)."""
    from emotive.labels import target_label

    return target_label(suggestion["target"], suggestion.get("measure", ""))
