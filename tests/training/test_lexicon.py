"""The rewrite lexicon builder, on real WordNet (Debian's files) and a small labelled set."""

from __future__ import annotations

import gzip
import json
from collections import Counter

import numpy as np
import pytest

from emotive.labels import default_schema
from training import lexicon, wordnet
from training.data import LabelledTexts


@pytest.fixture(scope="module")
def wn():  # type: ignore[no-untyped-def]
    return wordnet.load()


def _data() -> LabelledTexts:
    schema = default_schema()
    rows = [("I am furious about this", "anger"), ("so angry and furious right now", "anger"),
            ("furious, honestly", "anger"), ("I am happy about this", "joy"),
            ("happy happy day", "joy"), ("so happy for you", "joy"),
            ("the bus is late", None), ("the bus came", None), ("I am annoyed", "anger"),
            ("annoyed again", "anger"), ("annoyed by the bus", "anger"),
            ("this shit sucks", "anger")]
    emo = np.zeros((len(rows), len(schema.emotions)), np.float32)
    sent = np.zeros(len(rows), np.int64)
    for i, (_, e) in enumerate(rows):
        if e:
            emo[i, schema.emotions.index(e)] = 1
        sent[i] = schema.sentiments.index(
            "negative" if e == "anger" else "positive" if e == "joy" else "neutral")
    return LabelledTexts([t for t, _ in rows], emo, sent, schema)


def test_lexnames_lists_the_45_lexicographer_files() -> None:
    lines = wordnet.lexnames_text().splitlines()
    assert len(lines) == 45
    assert lines[0] == "00\tadj.all\t3" and lines[44] == "44\tadj.ppl\t3"
    assert lines[12] == "12\tnoun.feeling\t1" and lines[37] == "37\tverb.emotion\t2"


def test_associations_point_the_right_way() -> None:
    assoc = lexicon.associations(_data(), min_count=3)
    anger, joy = 2, 0
    assert assoc["furious"][anger] > 0 > assoc["furious"][joy]
    assert assoc["happy"][joy] > 0 and assoc["happy"][-1] > 0 > assoc["furious"][-1]
    assert "late" not in assoc  # seen once: below min_count


def test_related_words_and_antonyms(wn) -> None:  # type: ignore[no-untyped-def]
    rel = lexicon.related(wn, "furious", "a")
    assert "angry" in rel and "furious" not in rel
    assert rel["angry"] == "s"
    # synonyms only: WordNet's hypernyms and similar adjectives were other things in a
    # rewrite ("hope" -> "plan", "dirty" -> "oily"); milder words come from the scales
    assert "plan" not in lexicon.related(wn, "hope", "v")
    assert "oily" not in lexicon.related(wn, "dirty", "a")
    assert {"unhappy", "sad"} & lexicon.antonyms(wn, "happy", "a")
    assert "polite" in lexicon.antonyms(wn, "rude", "a")  # indirect, through "impolite"


def test_fixed_expressions_are_wordnets_nouns_and_adverbials(wn) -> None:  # type: ignore[no-untyped-def]
    vocab = Counter({w: 5 for w in ("good", "luck", "so", "far", "great", "grandmother",
                                    "panic", "attack", "give", "up", "the", "sky")})
    fixed = set(lexicon.fixed(wn, vocab, {"good", "panic"}))
    assert {"good luck", "so far", "great grandmother", "panic attack"} <= fixed
    assert "give up" not in fixed  # a phrasal verb: kept elsewhere, by its particle
    assert "blue sky" not in fixed  # "blue" is no training word here


def test_flip_detects_opposite_valence() -> None:
    assert lexicon.flips([0, -0.3], [0, 0.5])
    assert not lexicon.flips([0, -0.3], [0, -0.1]) and not lexicon.flips(None, [0, 1])


def test_build_is_deterministic_and_clean(wn, tmp_path) -> None:  # type: ignore[no-untyped-def]
    def embed(words: list[str]) -> np.ndarray:  # a stand-in encoder: letters as features
        v = np.array([[w.count(c) for c in "abcdefghijklmnopqrstuvwxyz"] for w in words],
                     np.float32) + 1e-3
        return v / np.linalg.norm(v, axis=1, keepdims=True)

    data = _data()
    a = lexicon.write(lexicon.build(data, wn, embed, min_count=1), tmp_path / "a.json.gz")
    b = lexicon.write(lexicon.build(data, wn, embed, min_count=1), tmp_path / "b.json.gz")
    assert a.read_bytes() == b.read_bytes()
    lex = json.loads(gzip.decompress(a.read_bytes()))
    assert lex["labels"][-1] == "valence" and lex["version"] == lexicon.LEXICON_VERSION
    for key, cands in lex["candidates"].items():
        _, lemma = key.split(":")
        assert lemma not in lexicon.BLOCKED  # slang is not rewritten in its literal sense
        for word, cos, kind in cands:
            assert word != lemma and kind in "srhn" and -1 <= cos <= 1
            assert not lexicon.BLOCKED.intersection(word.split())
    assert any(w == "angry" for w, _, _ in lex["candidates"]["a:furious"])



def test_a_multi_word_candidate_must_occur_as_a_phrase(wn) -> None:  # type: ignore[no-untyped-def]
    def embed(words: list[str]) -> np.ndarray:
        return np.ones((len(words), 4), np.float32) / 2  # every word alike: WordNet decides

    schema = default_schema()
    texts = ["I quit", "never give up", "go away now", "step on it, down"]
    data = LabelledTexts(texts, np.zeros((4, len(schema.emotions)), np.float32),
                         np.zeros(4, np.int64), schema)
    quit_ = {w for w, _, _ in lexicon.build(data, wn, embed, min_count=1)["candidates"]["v:quit"]}
    assert "give up" in quit_  # a phrase of the texts
    assert "step down" not in quit_  # both words occur, never together


def test_shipped_lexicon_loads_and_has_no_blocked_words() -> None:
    from emotive.suggest import Lexicon

    lex = Lexicon()
    assert len(lex.candidates) > 5000 and len(lex.assoc) > 5000
    assert not any(lexicon.BLOCKED.intersection(w.split())
                   for cands in lex.candidates.values() for w, _, _ in cands)
    assert all(w not in {"unhappy", "sad"} for w, _, _ in lex.candidates["a:happy"])


def test_shipped_encoder_matches_pytorch_minilm() -> None:
    """The int8 sentence encoder against the fp32 PyTorch MiniLM it was exported from."""
    import torch
    from transformers import AutoModel

    from emotive.embed import Embedder
    from training.embedder import MeanPooled
    from training.model import minilm_path

    texts = ["I love this!", "The deploy failed again and nobody told us.",
             "What a surprise to see you here.", "Please send the invoice by Friday."]
    emb = Embedder()
    got = emb.embed(texts)
    model = MeanPooled(AutoModel.from_pretrained(str(minilm_path()))).eval()
    with torch.no_grad():
        ref = model(*map(torch.from_numpy, emb.encoder.pad(emb.encoder.encode(texts)))).numpy()
    assert ((got * ref).sum(1) > 0.95).all()


def test_complements_count_the_prepositions_a_word_takes() -> None:
    vocab = Counter({"worried about": 3, "worried": 5, "afraid of": 2, "afraid to": 9,
                     "worried about it": 1, "afraid if": 4})
    got = lexicon.complements(vocab)
    # prepositions and what else may follow ("to", "for", "that"), nothing more ("if")
    assert got == {"worried": {"about": 3}, "afraid": {"of": 2, "to": 9}}
    assert lexicon.complements(vocab, min_count=3) == {"worried": {"about": 3},
                                                        "afraid": {"to": 9}}


def test_inflected_forms_are_no_lemma_candidates() -> None:
    assert lexicon.inflected("worst", "a") and lexicon.inflected("felt", "v")
    assert lexicon.inflected("happier", "a") and lexicon.inflected("cards", "n")
    assert not lexicon.inflected("broken", "a") and not lexicon.inflected("bad", "a")
    assert not lexicon.inflected("feel", "v")
