import json

import numpy as np
import pytest

from emotive.labels import default_schema
from training.data import (
    NO_SENTIMENT,
    goemotions_mapping,
    read_goemotions,
    read_table,
)

SCHEMA = default_schema()


def test_reads_all_goemotions_splits(goemotions_dir) -> None:
    sizes = {s: len(read_goemotions(s, SCHEMA, goemotions_dir)) for s in ("train", "dev", "test")}
    assert sizes == {"train": 43410, "dev": 5426, "test": 5427}


def test_quoted_texts_survive(goemotions_dir) -> None:
    data = read_goemotions("train", SCHEMA, goemotions_dir)
    assert any(t.startswith('"') for t in data.texts)  # not eaten by a CSV parser


def test_mapping_agrees_with_upstream_groupings(goemotions_dir) -> None:
    ekman = json.loads((goemotions_dir / "ekman_mapping.json").read_text())
    senti = json.loads((goemotions_dir / "sentiment_dict.json").read_text())
    m = goemotions_mapping(SCHEMA)
    for group, labels in ekman.items():
        for label in labels:
            assert m.emotions[label] == ["anger" if group == "disgust" else group]
    for polarity, labels in senti.items():
        for label in labels:
            assert m.sentiment[label] == (None if polarity == "ambiguous" else polarity)
    assert m.emotions["neutral"] == [] and m.sentiment["neutral"] == "neutral"


@pytest.mark.parametrize("labels, emotions, sentiment", [
    (["neutral"], [], "neutral"),
    (["curiosity"], ["surprise"], "neutral"),  # ambiguous only: no polarity
    (["joy", "surprise"], ["joy", "surprise"], "positive"),
    (["disgust"], ["anger"], "negative"),
    (["joy", "sadness"], ["joy", "sadness"], None),  # mixed: no sentiment label
])
def test_example_mapping(labels, emotions, sentiment) -> None:
    emo, sent = goemotions_mapping(SCHEMA).map_example(labels, SCHEMA)
    assert [SCHEMA.emotions[i] for i in np.flatnonzero(emo)] == sorted(
        emotions, key=SCHEMA.emotions.index)
    assert sent == (NO_SENTIMENT if sentiment is None else SCHEMA.sentiment_index(sentiment))


def test_data_dir_from_environment(goemotions_dir, monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("EMOTIVE_GOEMOTIONS_DIR", str(goemotions_dir))
    from training import data

    assert data.goemotions_dir() == goemotions_dir
    monkeypatch.setenv("EMOTIVE_GOEMOTIONS_DIR", str(tmp_path))
    with pytest.raises(FileNotFoundError, match="EMOTIVE_GOEMOTIONS_DIR"):
        data.goemotions_dir()


def test_csv_and_jsonl_tables(tmp_path) -> None:
    csv_file = tmp_path / "d.csv"
    csv_file.write_text('body,feel,tone\n"Great, thanks!","joy",positive\nmeh,,\n')
    d = read_table(csv_file, SCHEMA, "body", "feel", "tone")
    assert d.texts == ["Great, thanks!", "meh"]
    assert d.emotions[0].tolist() == [1, 0, 0, 0, 0] and d.emotions[1].sum() == 0
    assert d.sentiment.tolist() == [0, NO_SENTIMENT]
    jl = tmp_path / "d.jsonl"
    jl.write_text(json.dumps({"text": "eek", "emotions": ["fear", "surprise"],
                              "sentiment": "negative"}) + "\n")
    d = read_table(jl, SCHEMA)
    assert d.emotions[0].tolist() == [0, 1, 0, 1, 0] and d.sentiment.tolist() == [1]


def test_table_errors_name_the_row(tmp_path) -> None:
    f = tmp_path / "bad.jsonl"
    f.write_text('{"text": "a", "emotions": ["joy"]}\n{"text": "b", "emotions": ["smug"]}\n')
    with pytest.raises(ValueError, match="row 2: unknown emotion 'smug'"):
        read_table(f, SCHEMA)
    f.write_text('{"text": "a"\n')
    with pytest.raises(ValueError, match="invalid JSON"):
        read_table(f, SCHEMA)
