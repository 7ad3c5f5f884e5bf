"""The meaning-floor benchmark: random same-tag word swaps beside emotive's candidates."""

from __future__ import annotations

from bench.meaning import bucket_of, measure


def test_buckets_cover_every_length() -> None:
    assert [bucket_of(n) for n in (1, 3, 4, 10, 11, 25, 26, 80)] == [
        "1-3", "1-3", "4-6", "7-10", "11-15", "16-25", "26-80", "26-80"]


def test_random_swaps_and_candidates_are_measured_by_length() -> None:
    from emotive.analyze import Analyzer

    sentences = ["The food was horrible.", "I am so angry at my landlord right now.",
                 "This is a terrible idea and I hate it.", "What a sad day for the team.",
                 "My cat knocked the glass off the table again this morning."]
    got = measure(Analyzer(threads=2), sentences, floor=0.8)
    swaps, ours = got["random_swap"], got["emotive_candidates"]
    assert swaps["all"]["n"] == sum(swaps[b]["n"] for b in swaps if b != "all") > 0
    assert swaps["1-3"]["n"] == 0  # by words, not tokens: "The food was horrible." is 4
    # a swapped word changes the embedding; emotive proposes replacements for the angry ones
    assert swaps["all"]["p90"] < 1
    assert ours["all"]["n"] > 0 and 0 <= ours["all"]["passing"] <= 1
    # seeded: the same swaps every run
    assert swaps == measure(Analyzer(threads=2), sentences, floor=0.8)["random_swap"]
