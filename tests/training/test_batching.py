import numpy as np

from training.batching import bucketed_batches, sorted_batches


def test_every_example_once_and_deterministic() -> None:
    lengths = np.random.default_rng(0).integers(3, 60, size=1000)
    a = bucketed_batches(lengths, 32, seed=1, epoch=0, bucket=4)
    assert sorted(np.concatenate(a).tolist()) == list(range(1000))
    b = bucketed_batches(lengths, 32, seed=1, epoch=0, bucket=4)
    assert all((x == y).all() for x, y in zip(a, b, strict=True))
    c = bucketed_batches(lengths, 32, seed=1, epoch=1, bucket=4)
    assert any(len(x) != len(y) or (x != y).any() for x, y in zip(a, c, strict=False))


def test_buckets_reduce_padding() -> None:
    lengths = np.random.default_rng(0).integers(3, 60, size=2000)
    def padding(batches):
        return sum(len(b) * lengths[b].max() - lengths[b].sum() for b in batches)
    rng = np.random.default_rng(5)
    random = [x for x in np.array_split(rng.permutation(2000), 2000 // 32)]
    assert padding(bucketed_batches(lengths, 32, 1, 0)) < padding(random) / 3


def test_sorted_batches_cover_in_length_order() -> None:
    lengths = np.array([5, 1, 3, 2])
    batches = sorted_batches(lengths, 3)
    assert [b.tolist() for b in batches] == [[1, 3, 2], [0]]
