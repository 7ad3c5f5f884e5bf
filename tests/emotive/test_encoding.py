from emotive.encoding import TextEncoder
from training.model import minilm_path


def encoder(max_length: int = 16) -> TextEncoder:
    return TextEncoder(minilm_path() / "tokenizer.json", max_length)


def test_short_text_is_one_window_with_special_tokens() -> None:
    enc = encoder()
    (windows,) = enc.windows(["I love it"])
    assert len(windows) == 1
    assert windows[0][0] == 101 and windows[0][-1] == 102


def test_long_text_is_split_into_windows_not_truncated() -> None:
    enc = encoder(16)
    words = " ".join(f"w{i}" for i in range(200))
    (windows,) = enc.windows([words])
    assert len(windows) > 5
    assert all(len(w) <= 16 for w in windows)
    # every word piece of the text appears in some window
    pieces = {t for w in windows for t in w}
    full = TextEncoder(minilm_path() / "tokenizer.json", 4096).encode([words])[0]
    assert set(full) <= pieces


def test_pad_masks_padding() -> None:
    ids, mask = encoder().pad([[101, 5, 102], [101, 102]])
    assert ids.shape == (2, 3) and mask.tolist() == [[1, 1, 1], [1, 1, 0]]
    assert ids[1, 2] == 0
