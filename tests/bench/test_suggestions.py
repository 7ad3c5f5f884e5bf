"""The suggestion benchmark's naive tool, which `bench.audit draw --naive` rates beside emotive."""

from __future__ import annotations

import pytest

from bench.suggestions import naive_rewrite


@pytest.fixture(scope="module")
def analyzer():  # type: ignore[no-untyped-def]
    from emotive.analyze import Analyzer

    return Analyzer(threads=2)


def test_the_naive_tool_swaps_the_top_driver_for_its_first_wordnet_synonym(analyzer) -> None:
    from training import wordnet

    text = "I hate you."
    got = naive_rewrite(analyzer, wordnet.load(), text, "anger")
    assert got is not None and got["original"] == "hate" and got["replacement"] == "hatred"
    # no part of speech, no inflection, no context: what the naive tool stands for
    assert got["rewrite"] == "I hatred you."
    # scored as emotive's suggestions are: the emotion's fall and the meaning kept
    k = analyzer.schema.emotions.index("anger")
    probs, _ = analyzer.scorer.probabilities([text, got["rewrite"]])
    assert got["shift"] == pytest.approx(probs[0][k] - probs[1][k], abs=0.02)
    assert -1 <= got["similarity"] < 1
