import numpy as np

from emotive.explain import explain, explain_batch, variants, word_spans


def test_variants_remove_each_word_and_each_pair() -> None:
    s = "I am not happy"
    assert variants(s, word_spans(s)) == ["am not happy", "I not happy", "I am happy",
                                          "I am not", "not happy", "I happy", "I am"]


def _fake_scorer(text: str) -> np.ndarray:
    """joy = 0.9 when 'happy' appears without 'not' before it; sadness when negated."""
    words = text.lower().split()
    happy = "happy" in words
    negated = happy and "not" in words and words.index("not") < words.index("happy")
    return np.array([0.9 if happy and not negated else 0.05,
                     0.8 if negated else 0.05])


def test_negation_comes_out_as_one_phrase() -> None:
    s = "Honestly I am not happy today"
    base = _fake_scorer(s)
    (out,) = explain_batch([(s, 10)], base[None], lambda v: np.stack([_fake_scorer(x)
                                                                      for x in v]),
                           ["joy", "sadness"])
    assert [d.text for d in out["sadness"]] == ["not happy"]
    assert out["sadness"][0].start == 10 + s.index("not happy")
    assert out["sadness"][0].contribution > 0.5
    assert all(d.text != "happy" or d.contribution <= 0 for d in out["joy"])


def test_signs_follow_direction() -> None:
    s = "great news"
    base = np.array([0.6])
    occluded = np.array([[0.1], [0.7], [0.2]])  # without "great", without "news", neither
    drivers = explain(s, 0, base, occluded, ["joy"])["joy"]
    assert [(d.text, round(d.contribution, 3)) for d in drivers] == [("great", 0.5),
                                                                     ("news", -0.1)]


def test_redundant_cues_fall_back_to_words_on_their_own() -> None:
    def joy(text: str) -> np.ndarray:  # either word alone is enough
        words = text.lower().replace(",", "").split()
        return np.array([0.99 if {"thanks", "amazing"} & set(words) else 0.1])

    s = "Thanks, you are amazing"
    (out,) = explain_batch([(s, 0)], joy(s)[None],
                           lambda v: np.stack([joy(x) for x in v]), ["joy"])
    assert {d.text for d in out["joy"]} == {"Thanks", "amazing"}
    assert all(d.method == "alone" and d.contribution > 0.8 for d in out["joy"])
