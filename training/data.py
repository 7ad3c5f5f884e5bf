"""Readers that turn labelled text into arrays in the emotive label schema.

Sources:
- GoEmotions in its published TSV layout (``text<TAB>ids<TAB>comment id``, no header);
  default folder ``../shared/data/goemotions`` beside the project, or ``$EMOTIVE_GOEMOTIONS_DIR``,
  or an explicit path.
- The same data set from the Hugging Face hub (``google-research-datasets/go_emotions``,
  config ``simplified``) when online; needs the ``datasets`` package.
- Any CSV or JSONL file with configurable text / emotion / sentiment columns.

Source labels are mapped to the schema by a mapping file (``training/mappings/*.json``).
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from emotive.labels import LabelSchema

MAPPINGS_DIR = Path(__file__).with_name("mappings")
GOEMOTIONS_ENV = "EMOTIVE_GOEMOTIONS_DIR"
GOEMOTIONS_SPLITS = ("train", "dev", "test")
HUB_DATASET = "google-research-datasets/go_emotions"
NO_SENTIMENT = -1  # sentiment index for examples whose polarity is mixed: excluded from loss


@dataclass(frozen=True)
class LabelledTexts:
    """Texts with multi-hot emotions (n, E) and sentiment indexes (n,), -1 = no label."""

    texts: list[str]
    emotions: np.ndarray
    sentiment: np.ndarray
    schema: LabelSchema

    def __post_init__(self) -> None:
        n = len(self.texts)
        if self.emotions.shape != (n, len(self.schema.emotions)):
            raise ValueError(f"emotions array has shape {self.emotions.shape}, expected {n} rows")
        if self.sentiment.shape != (n,):
            raise ValueError(f"sentiment array has shape {self.sentiment.shape}, expected ({n},)")

    def __len__(self) -> int:
        return len(self.texts)

    def subset(self, idx: Sequence[int] | np.ndarray) -> LabelledTexts:
        idx = np.asarray(idx, dtype=np.int64)
        texts = [self.texts[i] for i in idx]
        return LabelledTexts(texts, self.emotions[idx], self.sentiment[idx], self.schema)


@dataclass(frozen=True)
class LabelMapping:
    """Source label -> schema emotions and sentiment (see ``mappings/goemotions.json``)."""

    source_labels: tuple[str, ...]
    emotions: dict[str, list[str]]
    sentiment: dict[str, str | None]
    no_polarity: str
    mixed_polarity: str | None

    @classmethod
    def load(cls, path: str | Path, schema: LabelSchema) -> LabelMapping:
        d = json.loads(Path(path).read_text(encoding="utf-8"))
        m = cls(
            source_labels=tuple(d["source_labels"]),
            emotions={k: list(v) for k, v in d["emotions"].items()},
            sentiment=dict(d["sentiment"]),
            no_polarity=d["no_polarity"],
            mixed_polarity=d.get("mixed_polarity"),
        )
        m.check(schema, str(path))
        return m

    def check(self, schema: LabelSchema, where: str) -> None:
        for label in self.source_labels:
            if label not in self.emotions or label not in self.sentiment:
                raise ValueError(f"{where}: source label '{label}' has no mapping")
            for e in self.emotions[label]:
                schema.emotion_index(e)
            s = self.sentiment[label]
            if s is not None:
                schema.sentiment_index(s)
        schema.sentiment_index(self.no_polarity)
        if self.mixed_polarity is not None:
            schema.sentiment_index(self.mixed_polarity)

    def map_example(self, labels: Iterable[str], schema: LabelSchema) -> tuple[np.ndarray, int]:
        """Emotions = union of the labels' emotions; sentiment = the one polarity they share,
        ``no_polarity`` if none has one, ``mixed_polarity`` (or no label) if they disagree."""
        emo = np.zeros(len(schema.emotions), dtype=np.float32)
        polarities: set[str] = set()
        for label in labels:
            if label not in self.emotions:
                raise KeyError(f"unknown source label '{label}'")
            for e in self.emotions[label]:
                emo[schema.emotion_index(e)] = 1.0
            s = self.sentiment[label]
            if s is not None and s != self.no_polarity:
                polarities.add(s)
        if not polarities:
            return emo, schema.sentiment_index(self.no_polarity)
        if len(polarities) == 1:
            return emo, schema.sentiment_index(polarities.pop())
        if self.mixed_polarity is None:
            return emo, NO_SENTIMENT
        return emo, schema.sentiment_index(self.mixed_polarity)


def goemotions_mapping(schema: LabelSchema) -> LabelMapping:
    return LabelMapping.load(MAPPINGS_DIR / "goemotions.json", schema)


def goemotions_dir(path: str | Path | None = None) -> Path:
    """Explicit path, else ``$EMOTIVE_GOEMOTIONS_DIR``, else ``../shared/data/goemotions``
    next to the project checkout (then relative to the working directory)."""
    if path is not None:
        candidates = [Path(path)]
    elif os.environ.get(GOEMOTIONS_ENV):
        candidates = [Path(os.environ[GOEMOTIONS_ENV])]
    else:
        root = Path(__file__).resolve().parents[1]
        candidates = [root.parent / "shared/data/goemotions", Path("../shared/data/goemotions")]
    for c in candidates:
        if (c / "train.tsv").is_file():
            return c
    tried = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(
        f"GoEmotions TSV files not found (tried {tried}); pass --data-dir or set "
        f"{GOEMOTIONS_ENV}, or use the hub source when online"
    )


def _from_source_labels(
    texts: list[str], labels: list[list[str]], mapping: LabelMapping, schema: LabelSchema
) -> LabelledTexts:
    emotions = np.zeros((len(texts), len(schema.emotions)), dtype=np.float32)
    sentiment = np.zeros(len(texts), dtype=np.int64)
    for i, ls in enumerate(labels):
        emotions[i], sentiment[i] = mapping.map_example(ls, schema)
    return LabelledTexts(texts, emotions, sentiment, schema)


def read_goemotions(
    split: str, schema: LabelSchema, data_dir: str | Path | None = None
) -> LabelledTexts:
    """One split of GoEmotions from its TSV files (split on tabs: the texts contain quotes)."""
    if split not in GOEMOTIONS_SPLITS:
        raise ValueError(f"unknown split '{split}'; expected one of {GOEMOTIONS_SPLITS}")
    folder = goemotions_dir(data_dir)
    names = (folder / "emotions.txt").read_text(encoding="utf-8").split("\n")
    names = [n.strip() for n in names if n.strip()]
    texts: list[str] = []
    labels: list[list[str]] = []
    path = folder / f"{split}.tsv"
    with path.open(encoding="utf-8", newline="") as f:
        for lineno, line in enumerate(f, 1):
            fields = line.rstrip("\n").split("\t")
            if len(fields) != 3:
                raise ValueError(f"{path}:{lineno}: expected 3 tab-separated fields")
            texts.append(fields[0])
            labels.append([names[int(i)] for i in fields[1].split(",")])
    return _from_source_labels(texts, labels, goemotions_mapping(schema), schema)


def load_goemotions_hub(split: str, schema: LabelSchema) -> LabelledTexts:
    """The same data from the Hugging Face hub (needs network and ``pip install datasets``)."""
    import datasets

    hub_split = {"train": "train", "dev": "validation", "test": "test"}[split]
    ds = datasets.load_dataset(HUB_DATASET, "simplified", split=hub_split)
    names = ds.features["labels"].feature.names
    labels = [[names[i] for i in ids] for ids in ds["labels"]]
    return _from_source_labels(list(ds["text"]), labels, goemotions_mapping(schema), schema)


def _split_labels(value: Any, sep: str) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()]
    return [v.strip() for v in str(value).split(sep) if v.strip()]


def _read_rows(path: Path) -> Iterable[dict[str, Any]]:
    if path.suffix in (".jsonl", ".ndjson"):
        with path.open(encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                if line.strip():
                    try:
                        yield json.loads(line)
                    except json.JSONDecodeError as e:
                        raise ValueError(f"{path}:{lineno}: invalid JSON: {e.msg}") from None
    else:
        delimiter = "\t" if path.suffix == ".tsv" else ","
        with path.open(encoding="utf-8", newline="") as f:
            yield from csv.DictReader(f, delimiter=delimiter)


def read_table(
    path: str | Path,
    schema: LabelSchema,
    text_column: str = "text",
    emotions_column: str = "emotions",
    sentiment_column: str | None = "sentiment",
    label_sep: str = ",",
) -> LabelledTexts:
    """Your own data: CSV/TSV (header row) or JSONL, labels already in the schema's names.

    ``emotions_column`` holds a list (JSONL) or ``label_sep``-separated names, empty for none;
    ``sentiment_column`` one sentiment name (rows without one are left out of the sentiment
    loss). Unknown label names raise an error naming the row.
    """
    path = Path(path)
    texts: list[str] = []
    emo_rows: list[np.ndarray] = []
    sentiments: list[int] = []
    for i, row in enumerate(_read_rows(path), 1):
        if text_column not in row:
            raise ValueError(f"{path}: row {i} has no column '{text_column}'")
        emo = np.zeros(len(schema.emotions), dtype=np.float32)
        try:
            for name in _split_labels(row.get(emotions_column), label_sep):
                emo[schema.emotion_index(name)] = 1.0
            s = row.get(sentiment_column) if sentiment_column else None
            sentiments.append(schema.sentiment_index(str(s).strip()) if s else NO_SENTIMENT)
        except KeyError as e:
            raise ValueError(f"{path}: row {i}: {e.args[0]}") from None
        texts.append(str(row[text_column]))
        emo_rows.append(emo)
    if not texts:
        raise ValueError(f"{path}: no rows")
    return LabelledTexts(texts, np.stack(emo_rows), np.asarray(sentiments, np.int64), schema)
