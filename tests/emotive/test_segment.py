import pytest

from emotive.segment import paragraphs, sentences


def texts(text: str) -> list[str]:
    return [s.of(text) for s in sentences(text)]


@pytest.mark.parametrize("text, expected", [
    ("I love it. It is great!", ["I love it.", "It is great!"]),
    ('He said "I am done." Then he left.', ['He said "I am done."', "Then he left."]),
    ("Visit e.g. the U.S. today. Fine.", ["Visit e.g. the U.S. today.", "Fine."]),
    ("Great 🙂 Really nice.", ["Great 🙂", "Really nice."]),
    ("The price is 3.5 dollars... Wow.", ["The price is 3.5 dollars...", "Wow."]),
    ("Items:\n- one thing\n- two things", ["Items:", "- one thing", "- two things"]),
    ("1. First step\n2) second step", ["1. First step", "2) second step"]),
    ("", []),
    ("   \n\n  ", []),
    # a run of end marks stays whole, with the emoji written right after it
    ("I felt his pain!!!☠️ R.I.P. giblets!!!!☹️", ["I felt his pain!!!☠️",
                                                  "R.I.P. giblets!!!!☹️"]),
    ("Great!!!😀 Next one.", ["Great!!!😀", "Next one."]),
    ("What?!?!😳😳 No way", ["What?!?!😳😳", "No way"]),
    # Markdown emphasis closed after the end mark stays with the sentence it closes
    ("It was **great.** Then it ended.", ["It was **great.**", "Then it ended."]),
    ("the *whole problem.* Fake News", ["the *whole problem.*", "Fake News"]),
    ("She said _no._ And left.", ["She said _no._", "And left."]),
    ("A **bold.** **Next** one.", ["A **bold.**", "**Next** one."]),
    ("Use *x* to mark. Then *Go* on.", ["Use *x* to mark.", "Then *Go* on."]),
])
def test_sentences(text, expected) -> None:
    assert texts(text) == expected


def test_list_in_a_later_paragraph() -> None:
    text = "Intro.\n\n- fix the alerts\n- write the report"
    assert texts(text) == ["Intro.", "- fix the alerts", "- write the report"]


def test_offsets_index_the_original_text() -> None:
    text = "  First para. Second sentence!\n\n\n  Third one?\r\n\r\nLast 🙂 line"
    paras = paragraphs(text)
    assert [p.of(text) for p in paras] == ["First para. Second sentence!", "Third one?",
                                           "Last 🙂 line"]
    for s in sentences(text):
        assert s.of(text) == s.of(text).strip() and s.of(text)
        assert any(p.start <= s.start < s.end <= p.end for p in paras)
