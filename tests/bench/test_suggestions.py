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


def test_samples_are_the_frozen_rows_whatever_the_model(goemotions_dir) -> None:
    """The benchmark's samples and audit seeds stay the same texts when the model changes:
    for GoEmotions as shipped the rows come from found.json.gz, not from the model."""
    import numpy as np

    from bench.suggestions import found, pick
    from emotive.labels import default_schema
    from training.data import LabelledTexts, read_goemotions

    class NoModel:
        def probabilities(self, texts):  # type: ignore[no-untyped-def]
            raise AssertionError("the frozen rows need no model")

    schema = default_schema()
    test = read_goemotions("test", schema, goemotions_dir)
    rows = found("test", test, NoModel())
    assert 2000 < rows.sum() < len(test) and (test.emotions[rows].sum(1) == 1).all()
    first = pick(test.texts, test.emotions, rows, list(schema.emotions), 400)
    assert len(first) == 400 and first[0] == (
        "This movie is highly underrated. Part of the problem it has is that Rogue One was "
        "SO FREAKING AWESOME!", "joy")  # the first text bench.failures has always shown

    class Everything:  # other data: the current model decides
        def probabilities(self, texts):  # type: ignore[no-untyped-def]
            return np.ones((len(texts), len(schema.emotions))), None

    other = LabelledTexts(test.texts[:50], test.emotions[:50], test.sentiment[:50], schema)
    assert (found("test", other, Everything()) == (other.emotions.sum(1) == 1)).all()


def test_the_workplace_sentences_are_counted_toward_their_own_emotion(analyzer, tmp_path,
                                                                      monkeypatch) -> None:
    """bench/workplace.json: each sentence toward less of its strongest emotion; one with
    no emotion is not counted, and every part is reported."""
    import json

    from bench import suggestions
    from emotive.analyze import SuggestOptions

    shipped = json.loads(suggestions.WORKPLACE.read_text(encoding="utf-8"))
    table = {"read": ["I'm furious that the invoice was sent twice.",
                      "The meeting is at noon in room four."],
             "held_out": ["This is terrifying."],
             "read_2": ["I'm so sad to see you go.", "Thanks, that's all."],
             "read_3": ["Oh, I had no idea."]}
    path = tmp_path / "workplace.json"
    path.write_text(json.dumps(table), encoding="utf-8")
    monkeypatch.setattr(suggestions, "WORKPLACE", path)
    got = suggestions.workplace(analyzer, SuggestOptions(top=1))
    assert got["read"]["texts"] == 2 and got["read"]["with_emotion"] == 1
    assert got["read"]["coverage"] == 1.0 and got["read"]["mean_shift"] >= 0.1
    assert got["held_out"]["texts"] == 1 and got["read_2"]["texts"] == 2
    assert got["read_3"]["texts"] == 1
    parts = [set(shipped[k]) for k in shipped if not k.startswith("_")]
    assert [len(p) for p in parts] == [90, 40, 60, 60, 40, 50, 40, 40, 50, 40, 40, 50, 40, 40, 40,
                                        40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40,
                                        40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40,
                                        40, 40, 40, 40, 40, 40, 30, 40, 30,
                                        32, 32, 32, 30, 32, 30, 32, 32, 32, 32, 32, 30, 32, 32, 30,
                                        30, 30, 30, 25, 30, 30, 25, 30, 30, 25, 30, 30, 25,
                                        28, 28, 28, 28, 25,
                                        28, 28, 28, 28, 25, 28, 28, 28, 28, 25,
                                        28, 28, 28, 28, 25, 28, 28, 28, 25,
                                        28, 28, 28, 28, 25, 28, 28, 28, 28, 25, 28, 28, 28,
                                        25, 28, 27, 26, 27, 22, 26, 27, 26, 27, 20,
                                        24, 23, 24, 23, 20, 23, 23, 23, 23, 18,
                                        16, 16, 15, 16, 16, 13, 13, 13, 14, 14,
                                        20, 16, 16, 15, 14, 15, 12, 14, 12, 16, 16, 16, 16, 12,
                                        14, 14, 14, 14, 14, 14, 14, 14, 12,
                                        14, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13,
                                        13, 13, 13, 13, 10, 13, 13, 13, 13,
                                        13, 13, 13, 13, 13, 13, 13, 13,
                                        13, 13, 13, 13, 10, 13, 13, 13, 13, 10,
                                        13, 13, 13, 13, 10,
                                        13, 13, 13, 13, 13, 13, 13, 13, 13, 13,
                                        13, 13, 13, 13, 13, 13, 13, 13, 13, 13,
                                        13, 13, 13, 13, 13, 13, 13, 13, 13, 13,
                                        13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 10,
                                        13, 13, 13, 13, 13, 13, 13, 13, 13, 13,
                                        13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 10,
                                        13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 10,
                                        13, 13, 13, 13, 13, 13, 13, 13, 13, 13,
                                        13, 13, 13, 13, 13, 13, 13, 13, 13, 13,
                                        13, 13, 13, 13, 13, 13, 13, 13, 13, 13,
                                        13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 10,
                                        13, 13, 13, 13, 13, 13, 13, 13, 13, 13] + (
        # session 64: fifty read sets of eleven, held_out_46 (ten) after the thirtieth
        [11] * 30 + [10] + [11] * 20
        # session 65: eighty read sets and held_out_47, eleven each
        + [11] * 81
        # session 66: sixty read sets and held_out_48, eleven each
        + [11] * 61
        # session 67: sixty read sets and held_out_49, eleven each
        + [11] * 61
        # session 68: fifty read sets and held_out_50, eleven each
        + [11] * 51)
    assert sum(map(len, parts)) == len(set().union(*parts))  # no sentence in two parts
