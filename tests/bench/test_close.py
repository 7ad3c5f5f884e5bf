"""The closeness check a new workplace set goes through before its count."""

from __future__ import annotations

import io
import json

from bench import close


def test_a_near_copy_is_close_and_fails(tmp_path) -> None:
    earlier = tmp_path / "earlier.txt"
    earlier.write_text("I'm so proud of the teenagers who painted the mural on the old bus "
                       "shelter.\n")
    new = tmp_path / "new.json"
    new.write_text(json.dumps({"read_1": [
        "I'm so proud of the teenagers who painted the mural on the underpass.",
        "The ferry was cancelled again.",
    ]}))
    out = io.StringIO()
    code = close.main([str(new), "--workplace", str(earlier)], out)
    assert code == 1
    assert "0.71  I'm so proud of the teenagers who painted the mural on the underpass." in (
        out.getvalue())
    assert "1 of 2 new sentences close" in out.getvalue()


def test_a_set_is_checked_against_its_own_earlier_sentences(tmp_path) -> None:
    empty = tmp_path / "none.json"
    empty.write_text("{}")
    new = tmp_path / "new.txt"
    new.write_text("# a draft\nThe van broke down on the bypass.\n"
                   "The van broke down on the bypass again.\n")
    assert close.main([str(new), "--workplace", str(empty)], io.StringIO()) == 1
    hits = close.close(["The van broke down on the bypass again."],
                       ["The van broke down on the bypass."])
    assert [round(h[0], 2) for h in hits] == [0.86]


def test_lines_with_no_words_are_no_sentences(tmp_path) -> None:
    """A bracket of a JSON file read as text, or a blank line, once divided by zero in the
    scratch script this replaces, and the check stopped without a word (session 60)."""
    drafts = tmp_path / "drafts.txt"
    drafts.write_text('{\n"read_1": [\n"A dog ran off with my sandwich.",\n],\n}\n\n')
    assert close.sentences(drafts) == ['"read_1": [', '"A dog ran off with my sandwich.",']
    new = tmp_path / "new.txt"
    new.write_text("]\nThe printer jammed on the last page.\n")
    out = io.StringIO()
    assert close.main([str(new), "--workplace", str(drafts)], out) == 0
    assert "0 of 1 new sentences close" in out.getvalue()


def test_an_unreadable_file_is_an_error(tmp_path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    assert close.main([str(bad)], io.StringIO()) == 2
    numbers = tmp_path / "numbers.json"
    numbers.write_text("[1, 2]")
    assert close.main([str(numbers)], io.StringIO()) == 2
    assert close.main([str(tmp_path / "missing.txt")], io.StringIO()) == 2


def test_session_60s_sets_are_far_from_every_earlier_sentence() -> None:
    """From read_113 on, every set was checked (or, for read_113-120, its close sentences
    left out) against everything before it in bench/workplace.json."""
    sets = json.loads(close.WORKPLACE.read_text(encoding="utf-8"))
    names = [k for k in sets if not k.startswith("_")]
    first = names.index("read_113")
    earlier = [s for k in names[:first] for s in sets[k]]
    new = [s for k in names[first:] for s in sets[k]]
    assert len(new) >= 334
    assert close.close(new, earlier) == []
