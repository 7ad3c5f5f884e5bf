"""Baselines and peers evaluated on the same splits and metrics as the transformer.

Each baseline has ``fit(train, dev)`` and ``predict(texts) -> (emotion probs, sentiment
probs)``; ``common.evaluate`` tunes emotion thresholds on dev and scores test.
"""
