import pytest

from training.config import config_from_dict, load_config


def test_release_and_baby_configs_load() -> None:
    release = load_config("training/configs/release.toml")
    assert release.teacher.optimizers == ["sgd", "adamw"]
    assert release.teacher.optim["sgd"].momentum == 0.9
    assert load_config("training/configs/baby.toml").teacher.base == "baby"


@pytest.mark.parametrize("d, message", [
    ({"teacher": {"epoch": 2}}, r"unknown key\(s\) \['epoch'\] in \[teacher\]"),
    ({"teacher": {"optimizers": ["adam"]}}, "unknown optimizer 'adam'"),
    ({"teacher": {"optim": {"lion": {"lr": 1}}}}, "unknown optimizer"),
    ({"teacher": {"optim": {"sgd": {"lr": -1}}}}, "optim.lr"),
    ({"data": {"source": "s3"}}, "data.source"),
    ({"student": {"layers": [1, 1]}}, "distinct"),
    ({"colour": "red"}, "top level"),
])
def test_invalid_configs_name_the_key(d, message) -> None:
    with pytest.raises(ValueError, match=message):
        config_from_dict(d)
