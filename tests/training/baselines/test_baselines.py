"""Every baseline and peer fits and predicts on a tiny slice with the shared interface."""

import numpy as np
import pytest

from emotive.labels import default_schema
from training.baselines import common
from training.baselines.linear import LinearBaseline
from training.baselines.peers import NrcLexicon, Vader
from training.baselines.pooling import SentencePooling, split_sentences
from training.data import read_goemotions


@pytest.fixture(scope="module")
def splits(goemotions_dir):
    s = default_schema()
    return {k: read_goemotions(k, s, goemotions_dir).subset(range(n))
            for k, n in (("train", 400), ("dev", 150), ("test", 150))}


def _check(b, splits) -> dict:
    b.fit(splits["train"], splits["dev"])
    emo, sent = b.predict(splits["test"].texts[:7])
    assert emo.shape == (7, 5) and sent.shape == (7, 3)
    assert np.allclose(sent.sum(1), 1, atol=1e-4)
    report = common.evaluate(b, splits["dev"], splits["test"])
    assert 0 <= report["sentiment"]["macro_f1"] <= 1
    assert b.n_params() > 0 and common.size_mb(b) > 0
    return report


@pytest.mark.parametrize("features, clf", [("tfidf", "lr"), ("tfidf", "svm"),
                                           ("spm", "lr"), ("spm", "svm")])
def test_linear_baselines(splits, features, clf) -> None:
    report = _check(LinearBaseline(features, clf), splits)
    assert 0 <= report["emotion"]["macro_f1"] <= 1


def test_linear_model_learns_the_training_data(splits) -> None:
    b = LinearBaseline("tfidf", "lr")
    b.fit(splits["train"], splits["dev"])
    emo, _ = b.predict(splits["train"].texts)
    joy = splits["train"].emotions[:, 0] == 1
    assert emo[joy, 0].mean() > emo[~joy, 0].mean() + 0.1


def test_sentence_pooling_takes_the_max_over_sentences(splits) -> None:
    inner = LinearBaseline("tfidf", "lr")
    inner.fit(splits["train"], splits["dev"])
    pooled = SentencePooling(inner)
    text = "Thank you so much. I am scared of this!"
    assert split_sentences(text) == ["Thank you so much.", "I am scared of this!"]
    emo, sent = pooled.predict([text])
    parts, parts_sent = inner.predict(split_sentences(text))
    np.testing.assert_allclose(emo[0], parts.max(0), atol=1e-6)
    np.testing.assert_allclose(sent[0], parts_sent.mean(0), atol=1e-6)


def test_peers(splits) -> None:
    assert _check(Vader(), splits)["emotion"] is None
    v = Vader().predict(["I love this, it is wonderful!", "This is horrible and sad."])[1]
    assert v[0].argmax() == 0 and v[1].argmax() == 1
    assert _check(NrcLexicon(), splits)["emotion"] is not None
    emo, _ = NrcLexicon().predict(["I am terrified and afraid"])
    assert emo[0, 3] > 0  # fear


def test_speed_measurements_are_positive(splits) -> None:
    b = Vader()
    assert common.latency_ms(b, splits["test"].texts, runs=20) > 0
    assert common.throughput(b, splits["test"].texts, seconds=0.2) > 0
