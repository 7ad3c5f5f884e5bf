"""Length-bucketed batches for dynamic padding.

Each epoch shuffles the data with a seed of its own, cuts it into chunks of ``bucket``
batches, sorts each chunk by length and shuffles the resulting batches: similar lengths meet
in a batch (little padding) while the order stays random. Deterministic per (seed, epoch),
so a resumed run replays the same batches.
"""

from __future__ import annotations

import numpy as np


def bucketed_batches(
    lengths: np.ndarray, batch_size: int, seed: int, epoch: int, bucket: int = 50
) -> list[np.ndarray]:
    rng = np.random.default_rng([seed, epoch])
    order = rng.permutation(len(lengths))
    batches: list[np.ndarray] = []
    chunk_size = batch_size * bucket
    for start in range(0, len(order), chunk_size):
        chunk = order[start : start + chunk_size]
        chunk = chunk[np.argsort(lengths[chunk], kind="stable")]
        batches.extend(chunk[i : i + batch_size] for i in range(0, len(chunk), batch_size))
    return [batches[i] for i in rng.permutation(len(batches))]


def sorted_batches(lengths: np.ndarray, batch_size: int) -> list[np.ndarray]:
    """Inference batches in length order (callers scatter results back by index)."""
    order = np.argsort(lengths, kind="stable")
    return [order[i : i + batch_size] for i in range(0, len(order), batch_size)]
