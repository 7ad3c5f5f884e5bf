import json

import numpy as np
import pytest

from emotive.analyze import RESULT_SCHEMA_VERSION, Analyzer


@pytest.fixture(scope="module")
def analyzer(baby_artifact) -> Analyzer:
    return Analyzer(baby_artifact, threads=1)


TEXT = ("We shipped it!  Everyone is thrilled.\n\nThen the outage hit. I am not happy "
        "about it.\n\n- fix the alerts\n- write the report")


def test_sentences_and_arc_index_the_original_text(analyzer) -> None:
    doc = analyzer.analyze(TEXT, explain=True)
    assert [s.text for s in doc.sentences] == [
        "We shipped it!", "Everyone is thrilled.", "Then the outage hit.",
        "I am not happy about it.", "- fix the alerts", "- write the report"]
    for s in doc.sentences:
        assert TEXT[s.start:s.end] == s.text
        for drivers in (s.drivers or {}).values():
            for d in drivers:
                assert TEXT[d.start:d.end] == d.text and s.start <= d.start < d.end <= s.end
    assert len(doc.paragraphs) == 3
    d = json.loads(json.dumps(doc.to_dict()))
    assert d["schema_version"] == RESULT_SCHEMA_VERSION and len(d["arc"]) == 3


def test_document_scores_are_length_weighted_sentence_means(analyzer) -> None:
    doc = analyzer.analyze(TEXT)
    w = np.array([s.end - s.start for s in doc.sentences], float)
    emo = np.array([list(s.scores.emotions.values()) for s in doc.sentences])
    np.testing.assert_allclose(list(doc.scores.emotions.values()), (w / w.sum()) @ emo,
                               atol=1e-3)
    assert -1 <= doc.scores.valence <= 1
    assert doc.scores.dominant is None or doc.scores.dominant in doc.scores.labels


def test_batch_equals_one_by_one(analyzer) -> None:
    # Dynamic int8 quantization scales activations per batch, so neighbours in a batch move
    # scores in the third decimal; anything more would be a bug.
    texts = ["Short one.", TEXT, "Another text. With two sentences!"]
    many = analyzer.analyze_many(texts)
    for t, m in zip(texts, many, strict=True):
        one = analyzer.analyze(t)
        assert [s.text for s in one.sentences] == [s.text for s in m.sentences]
        np.testing.assert_allclose(list(one.scores.emotions.values()),
                                   list(m.scores.emotions.values()), atol=0.01)


@pytest.mark.parametrize("bad, error", [("", ValueError), ("  \n\t ", ValueError),
                                        (b"bytes", TypeError), (None, TypeError),
                                        ("x" * 1_000_001, ValueError)])
def test_bad_input_is_a_clear_error(analyzer, bad, error) -> None:
    with pytest.raises(error):
        analyzer.analyze(bad)


def test_one_huge_word_is_scored_not_crashed(analyzer) -> None:
    doc = analyzer.analyze("a" * 10_000 + " end.", explain=True)
    assert len(doc.sentences) == 1 and doc.sentences[0].end == 10_005


def test_one_word_sentences_are_rewritten_with_their_neighbour() -> None:
    from emotive.analyze import rewrite_units
    from emotive.segment import sentences

    text = "Wow! Now that's some propaganda. It works. Lol."
    units = [u.of(text) for u in rewrite_units(text, sentences(text))]
    assert units == ["Wow! Now that's some propaganda.", "It works. Lol."]
    assert [u.of("Hi.") for u in rewrite_units("Hi.", sentences("Hi."))] == ["Hi."]
    # so is a sentence that only calls a name or tells someone to go: it can only go whole
    text = "Post histories do exist. Now fuck off. You are wrong about that."
    units = [u.of(text) for u in rewrite_units(text, sentences(text))]
    assert units == ["Post histories do exist.", "Now fuck off. You are wrong about that."]
    # and one that opens with "Or" joins the question it offers another answer to (-03zd)
    text = "I saw the post. Did she ask you to visit her there? Or did you decide on your own?"
    units = [u.of(text) for u in rewrite_units(text, sentences(text))]
    assert units == ["I saw the post.", text[16:]]
    text = "I saw the post. Is it my fault if I was hurt as a child? IS IT?"  # asked again
    units = [u.of(text) for u in rewrite_units(text, sentences(text))]
    assert units == ["I saw the post.", text[16:]]
    # and a joke owned up to joins the question it was (-03zzd)
    text = "Are you ok? Is there a teacher at your school that's strange? Kidding. Nice post."
    units = [u.of(text) for u in rewrite_units(text, sentences(text))]
    assert "Is there a teacher at your school that's strange? Kidding." in units


def test_a_sentence_that_only_thanks_is_also_tried_with_its_neighbour() -> None:
    """Session 44: it may go whole, changing nothing of the neighbour's words."""
    from emotive.analyze import asides
    from emotive.segment import sentences

    text = "I understand now. Thank you for your thorough explanation."
    [ty] = asides(text, sentences(text))
    assert ty.unit.of(text) == text and ty.sentence.of(text).startswith("Thank you")
    assert text[ty.window[0]:ty.window[1]] == " Thank you for your thorough explanation."
    text = "Thank you! I call on Monday. The court will tell me when."
    [ty] = asides(text, sentences(text))
    assert ty.unit.of(text) == "Thank you! I call on Monday."
    assert text[ty.window[0]:ty.window[1]] == "Thank you! "
    # one that says at length what it thanks for says something; one alone has no neighbour
    text = "I read it. Thank you for the clear account of how the parser treats quotes."
    assert asides(text, sentences(text)) == []
    assert asides("Thank you so much!", sentences("Thank you so much!")) == []
    # a congratulation or a wish is such a courtesy too
    text = "Congrats on the new job! You earned it."
    [c] = asides(text, sentences(text))
    assert c.unit.of(text) == text and c.sentence.of(text) == "Congrats on the new job!"
    text = "The patch is merged. Have a great weekend, all."
    assert [c.sentence.of(text) for c in asides(text, sentences(text))] == [
        "Have a great weekend, all."]
    text = "The patch is merged. Keep up the good work!"
    assert [c.sentence.of(text) for c in asides(text, sentences(text))] == [
        "Keep up the good work!"]
    text = "The patch is merged. Good job fixing the tests."
    assert asides(text, sentences(text)) == []


def test_a_sentence_that_only_reacts_is_tried_beside_each_neighbour() -> None:
    """Session 45: a verdict on what another sentence says, or a feeling about it, is an
    aside as a courtesy is; between two sentences it is tried beside each."""
    from emotive.analyze import asides
    from emotive.segment import sentences

    text = "The way he talks is like a psychopath. I hate it. It's so condescending."
    found = asides(text, sentences(text))
    assert [c.sentence.of(text) for c in found] == ["I hate it.", "I hate it."]
    assert sorted(c.unit.of(text) for c in found) == [
        "I hate it. It's so condescending.",
        "The way he talks is like a psychopath. I hate it."]
    assert {text[c.window[0]:c.window[1]] for c in found} == {" I hate it. "}
    for text in ("That's awesome. I never realized it was his.",
                 "We missed the bus again. So dumb.", "I'm so happy for you! You earned it."):
        assert len(asides(text, sentences(text))) == 1, text
    # asked, it may be answered; a love of a person, an apology and a feeling about a
    # clause are not reactions to what was said
    for text in ("Thats dumb? He left early.", "I love you. See you tomorrow.",
                 "I'm so sorry. He left early.", "I love it when it rains. The roof leaks."):
        assert asides(text, sentences(text)) == [], text
