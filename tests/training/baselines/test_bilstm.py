import numpy as np

from emotive.labels import default_schema
from training.baselines.bilstm import BiLSTMBaseline
from training.data import read_goemotions


def test_bilstm_trains_predicts_and_explains(goemotions_dir) -> None:
    s = default_schema()
    train = read_goemotions("train", s, goemotions_dir).subset(range(300))
    b = BiLSTMBaseline(hidden=16, epochs=1, batch_size=32)
    b.fit(train, train)
    emo, sent = b.predict(["I am so happy today", "why would you do that"])
    assert emo.shape == (2, 5) and ((emo >= 0) & (emo <= 1)).all()
    assert np.allclose(sent.sum(1), 1, atol=1e-5)
    table = b.association_table(train.texts, s.emotions, top=5, min_count=3)
    assert set(table) == set(s.emotions)
    words = [w for w, _ in table["joy"]]
    assert words and all(w.isalpha() and w == w.lower() for w in words)
    weights = [v for _, v in table["joy"]]
    assert weights == sorted(weights, reverse=True)
