"""The label schema: which emotions and sentiments a model predicts.

The schema is data (``emotive/data/labels.json``, copied into every model artifact), so a
model trained on another label set carries its own schema and the runtime follows it.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path
from typing import Any

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class LabelSchema:
    """Multi-label emotions plus single-label sentiment, with the two poles of valence."""

    emotions: tuple[str, ...]
    sentiments: tuple[str, ...]
    positive: str = "positive"
    negative: str = "negative"
    schema_version: int = SCHEMA_VERSION

    def __post_init__(self) -> None:
        if not self.emotions:
            raise ValueError("label schema: 'emotions' must list at least one label")
        if len(self.sentiments) < 2:
            raise ValueError("label schema: 'sentiments' must list at least two labels")
        for field, names in (("emotions", self.emotions), ("sentiments", self.sentiments)):
            if len(set(names)) != len(names):
                raise ValueError(f"label schema: duplicate names in '{field}': {names}")
        for pole in (self.positive, self.negative):
            if pole not in self.sentiments:
                raise ValueError(f"label schema: valence pole '{pole}' is not a sentiment label")
        if self.schema_version != SCHEMA_VERSION:
            raise ValueError(f"label schema: unsupported schema_version {self.schema_version}")

    def emotion_index(self, name: str) -> int:
        try:
            return self.emotions.index(name)
        except ValueError:
            raise KeyError(f"unknown emotion '{name}'; known: {', '.join(self.emotions)}") from None

    def sentiment_index(self, name: str) -> int:
        try:
            return self.sentiments.index(name)
        except ValueError:
            known = ", ".join(self.sentiments)
            raise KeyError(f"unknown sentiment '{name}'; known: {known}") from None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["emotions"], d["sentiments"] = list(self.emotions), list(self.sentiments)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> LabelSchema:
        unknown = set(d) - {"emotions", "sentiments", "positive", "negative", "schema_version"}
        if unknown:
            raise ValueError(f"label schema: unknown keys {sorted(unknown)}")
        return cls(
            emotions=tuple(d["emotions"]),
            sentiments=tuple(d["sentiments"]),
            positive=d.get("positive", "positive"),
            negative=d.get("negative", "negative"),
            schema_version=d.get("schema_version", SCHEMA_VERSION),
        )

    @classmethod
    def load(cls, path: str | Path) -> LabelSchema:
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))

    def save(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.to_dict(), indent=2) + "\n", encoding="utf-8")


def default_schema() -> LabelSchema:
    """The product's schema: joy, surprise, anger, fear, sadness / positive, negative, neutral."""
    text = resources.files("emotive").joinpath("data/labels.json").read_text(encoding="utf-8")
    return LabelSchema.from_dict(json.loads(text))


def target_label(target: str, measure: str) -> str:
    """How a suggestion's numbers are introduced: "less:anger", but "positive (valence)",
    where the target's name does not say what the numbers are."""
    return target if ":" in target or not measure else f"{target} ({measure})"
