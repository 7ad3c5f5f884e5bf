import pytest

from emotive.labels import LabelSchema, default_schema


def test_default_schema_is_the_product_schema() -> None:
    s = default_schema()
    assert s.emotions == ("joy", "surprise", "anger", "fear", "sadness")
    assert s.sentiments == ("positive", "negative", "neutral")


def test_round_trip(tmp_path) -> None:
    s = default_schema()
    s.save(tmp_path / "labels.json")
    assert LabelSchema.load(tmp_path / "labels.json") == s


@pytest.mark.parametrize("bad, message", [
    ({"emotions": [], "sentiments": ["positive", "negative"]}, "at least one"),
    ({"emotions": ["joy", "joy"], "sentiments": ["positive", "negative"]}, "duplicate"),
    ({"emotions": ["joy"], "sentiments": ["good", "bad"]}, "valence pole"),
    ({"emotions": ["joy"], "sentiments": ["positive", "negative"], "colour": 1}, "unknown keys"),
])
def test_invalid_schemas_are_refused(bad, message) -> None:
    with pytest.raises(ValueError, match=message):
        LabelSchema.from_dict(bad)


def test_unknown_label_names_the_known_ones() -> None:
    with pytest.raises(KeyError, match="known: joy"):
        default_schema().emotion_index("disgust")
