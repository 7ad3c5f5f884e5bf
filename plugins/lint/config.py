"""Lint rules as data: ``[tool.emotive-lint]`` in pyproject.toml, or ``.emotive-lint.toml``.

Every key (top level, and inside each ``[[tool.emotive-lint.overrides]]`` table, which adds
``paths`` and applies to files matching one of its globs, later overrides winning):

- ``max``: table emotion -> 0..1, default ``{anger = 0.5, fear = 0.5}``. Rule
  ``max-EMOTION``: a sentence over it.
- ``min``: table emotion -> 0..1, default none. Rule ``min-EMOTION``: the whole file under it.
- ``sentiment-floor``: -1..1, default none. Rule ``sentiment-floor``: a sentence's valence
  (positive minus negative) under it.
- ``target``: ``neutral`` or an emotion, default none. Rule ``off-target``: a sentence
  showing another emotion; suggestions for it aim at the target.
- ``severity``: table rule -> error / warning / info, by rule id (``max-fear``) or family
  (``max``); defaults: max error, min warning, sentiment-floor warning, off-target info.
- ``ignore`` (top level only): list of globs never linted.
- ``fail-on`` (top level only): error / warning / info / never, default error; exit 1 when
  a finding is at or above it.
- ``suggest``: bool, default true: attach the best verified rewrite (needs the suggest
  extra; skipped without it).

Unknown keys, emotions, severities or out-of-range numbers are errors that name the key.
"""

from __future__ import annotations

import fnmatch
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from emotive.labels import default_schema

SEVERITIES = ("info", "warning", "error")
FAMILIES = ("max", "min", "sentiment-floor", "off-target")
DEFAULT_SEVERITY = {"max": "error", "min": "warning", "sentiment-floor": "warning",
                    "off-target": "info"}
RULE_KEYS = {"max", "min", "sentiment-floor", "target", "severity"}
TOP_KEYS = RULE_KEYS | {"ignore", "fail-on", "suggest", "overrides"}


class ConfigError(ValueError):
    """An invalid configuration; the message names the file and the key."""


@dataclass(frozen=True)
class Rules:
    max: dict[str, float] = field(default_factory=lambda: {"anger": 0.5, "fear": 0.5})
    min: dict[str, float] = field(default_factory=dict)
    sentiment_floor: float | None = None
    target: str | None = None
    severity: dict[str, str] = field(default_factory=dict)

    def severity_of(self, rule: str) -> str:
        family = next(f for f in FAMILIES if rule == f or rule.startswith(f + "-"))
        return self.severity.get(rule) or self.severity.get(family) or DEFAULT_SEVERITY[family]

    def key(self) -> str:
        """A stable description, part of the cache key."""
        return repr((sorted(self.max.items()), sorted(self.min.items()), self.sentiment_floor,
                     self.target))


@dataclass(frozen=True)
class Override:
    paths: tuple[str, ...]
    values: dict[str, Any]


@dataclass(frozen=True)
class LintConfig:
    rules: Rules = field(default_factory=Rules)
    overrides: tuple[Override, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str = "error"
    suggest: bool = True
    source: str = "defaults"

    def rules_for(self, path: str) -> Rules:
        rules = self.rules
        for o in self.overrides:
            if any(_match(path, g) for g in o.paths):
                rules = _apply(rules, o.values, f"{self.source} overrides")
        return rules

    def ignored(self, path: str) -> bool:
        return any(_match(path, g) for g in self.ignore)


def _match(path: str, glob: str) -> bool:
    p = Path(path).as_posix().lstrip("./") if not path.startswith("../") else path
    return fnmatch.fnmatch(p, glob) or fnmatch.fnmatch(p, glob.rstrip("/") + "/*") or (
        glob.startswith("**/") and fnmatch.fnmatch(p, glob[3:]))


def _number(value: Any, where: str, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigError(f"{where}: expected a number, got {value!r}")
    if not low <= value <= high:
        raise ConfigError(f"{where}: {value} is outside {low}..{high}")
    return float(value)


def _emotions(value: Any, where: str) -> dict[str, float]:
    emotions = default_schema().emotions
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: expected a table of emotion = number")
    out = {}
    for k, v in value.items():
        if k not in emotions:
            raise ConfigError(f"{where}.{k}: unknown emotion; use one of {', '.join(emotions)}")
        out[k] = _number(v, f"{where}.{k}", 0, 1)
    return out


def _apply(rules: Rules, values: dict[str, Any], where: str) -> Rules:
    schema = default_schema()
    changes: dict[str, Any] = {}
    if "max" in values:
        changes["max"] = {**rules.max, **_emotions(values["max"], f"{where}.max")}
    if "min" in values:
        changes["min"] = {**rules.min, **_emotions(values["min"], f"{where}.min")}
    if "sentiment-floor" in values:
        changes["sentiment_floor"] = _number(values["sentiment-floor"],
                                             f"{where}.sentiment-floor", -1, 1)
    if "target" in values:
        t = values["target"]
        if t not in ("neutral", *schema.emotions):
            raise ConfigError(f"{where}.target: {t!r} is not neutral or an emotion "
                              f"({', '.join(schema.emotions)})")
        changes["target"] = t
    if "severity" in values:
        sev = values["severity"]
        if not isinstance(sev, dict):
            raise ConfigError(f"{where}.severity: expected a table of rule = severity")
        rule_ids = set(FAMILIES) | {f"{f}-{e}" for f in ("max", "min") for e in schema.emotions}
        for k, v in sev.items():
            if k not in rule_ids:
                raise ConfigError(f"{where}.severity.{k}: unknown rule; rules are "
                                  f"{', '.join(FAMILIES)} and max-/min-EMOTION")
            if v not in SEVERITIES:
                raise ConfigError(f"{where}.severity.{k}: {v!r}; use error, warning or info")
        changes["severity"] = {**rules.severity, **sev}
    return replace(rules, **changes)


def from_table(table: dict[str, Any], source: str) -> LintConfig:
    unknown = set(table) - TOP_KEYS
    if unknown:
        raise ConfigError(f"{source}: unknown key {sorted(unknown)[0]!r}; keys are "
                          f"{', '.join(sorted(TOP_KEYS))}")
    rules = _apply(Rules(), table, source)
    overrides = []
    raw = table.get("overrides", [])
    if not isinstance(raw, list):
        raise ConfigError(f"{source}.overrides: expected an array of tables")
    for i, o in enumerate(raw):
        where = f"{source}.overrides[{i}]"
        if not isinstance(o, dict):
            raise ConfigError(f"{where}: expected a table")
        bad = set(o) - RULE_KEYS - {"paths"}
        if bad:
            raise ConfigError(f"{where}: unknown key {sorted(bad)[0]!r}")
        paths = o.get("paths")
        if not isinstance(paths, list) or not paths or not all(isinstance(p, str)
                                                                for p in paths):
            raise ConfigError(f"{where}.paths: expected a non-empty list of globs")
        _apply(Rules(), o, where)  # validate now, apply per file
        overrides.append(Override(tuple(paths), {k: v for k, v in o.items() if k != "paths"}))
    ignore = table.get("ignore", [])
    if not isinstance(ignore, list) or not all(isinstance(g, str) for g in ignore):
        raise ConfigError(f"{source}.ignore: expected a list of globs")
    fail_on = table.get("fail-on", "error")
    if fail_on not in (*SEVERITIES, "never"):
        raise ConfigError(f"{source}.fail-on: {fail_on!r}; use error, warning, info or never")
    suggest = table.get("suggest", True)
    if not isinstance(suggest, bool):
        raise ConfigError(f"{source}.suggest: expected true or false")
    return LintConfig(rules, tuple(overrides), tuple(ignore), fail_on, suggest, source)


def load(path: str | Path | None = None, start: Path | None = None) -> LintConfig:
    """``path`` if given; else ``.emotive-lint.toml`` or ``pyproject.toml`` (with a
    ``[tool.emotive-lint]`` table) in ``start`` or its parents; else the defaults."""
    if path is not None:
        return _read(Path(path), explicit=True)
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        for name in (".emotive-lint.toml", "pyproject.toml"):
            f = folder / name
            if f.is_file():
                found = _read(f, explicit=False)
                if found is not None:
                    return found
    return LintConfig()


def _read(path: Path, explicit: bool) -> Any:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise ConfigError(f"{path}: not valid TOML ({e})") from None
    if path.name == "pyproject.toml" or "tool" in data:
        table = data.get("tool", {}).get("emotive-lint")
        if table is None:
            if explicit:
                raise ConfigError(f"{path}: no [tool.emotive-lint] table")
            return None
        return from_table(table, f"{path}:[tool.emotive-lint]")
    return from_table(data, str(path))
