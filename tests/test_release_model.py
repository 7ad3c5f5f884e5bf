"""The committed release model still scores GoEmotions test as its model card says."""

import json

import pytest

from emotive.artifact import default_model_dir
from training.evaluate import evaluate_artifact

TOLERANCE = 0.005


@pytest.mark.slow
def test_release_model_meets_its_own_metrics(goemotions_dir) -> None:
    model = default_model_dir()
    claimed = json.loads((model / "metrics.json").read_text())
    report = evaluate_artifact(model, "test", goemotions_dir)
    assert report["n"] == 5427
    assert report["emotion"]["macro_f1"] >= claimed["emotion_macro_f1"] - TOLERANCE
    assert report["sentiment"]["macro_f1"] >= claimed["sentiment_macro_f1"] - TOLERANCE
    assert (sum(f.stat().st_size for f in model.iterdir()) / 2**20) <= 25


def test_shipped_models_score_a_text_the_same_in_any_batch() -> None:
    """Per-token activations (training.tokenwise): a text's scores and embedding do not depend
    on the texts batched with it, so a service that batches requests from many users gives
    each the answer it would give alone."""
    import numpy as np

    from emotive.embed import Embedder
    from emotive.runtime import Scorer

    texts = ["But it’s so hideous", "But it’s so ugly", "ok",
             "A much longer sentence that goes on about many things in the world today, truly. "
             "Nothing about it is short, and the padding of the others grows with it."]
    scorer, embedder = Scorer(threads=1), Embedder(threads=1)
    together = scorer.probabilities(texts)
    alone = [scorer.probabilities([t]) for t in texts]
    for i, part in enumerate(together):
        np.testing.assert_allclose(part, np.concatenate([a[i] for a in alone]), atol=1e-5)
    np.testing.assert_allclose(embedder.embed(texts),
                               np.concatenate([embedder.embed([t]) for t in texts]), atol=1e-5)
