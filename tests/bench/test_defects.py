"""Mechanical slips in verified suggestions (bench.defects): the checks, and the real
suggester on texts that once had them."""

import json

import pytest

from bench.defects import KINDS, defects, main, scan
from bench.report import defects_section


@pytest.mark.parametrize("before,after,kind", [
    ("I get a fucking aneurysm.", "I get a aneurysm.", "article"),
    ("remember it like it was.", "remember it it was.", "doubled"),
    ("Wow, great!", "Wow, great .", "spacing"),
    ("Goddamn. I tap out.", ". I tap out.", "punctuation"),
    ("Peace to you. !", "Peace to you. .", "punctuation"),
    ("Yeah -- a woman who expects", "-- a woman who expects", "punctuation"),  # -03zzz
    ("Err. Lol, I guess.", "Err., I guess.", "punctuation"),  # -05zzzz
    ("No call. Great.", "No call..", "punctuation"),  # -05zzzzzzzzi, before 0938b9a
    ("Nice work! Ugh.", "Nice work!.", "punctuation"),
    ("It was a great game.", "It was a great the.", "dangling"),
    ("now (sadly) it is.", "now (sadly it is.", "brackets"),
    ("Completely silly", "silly", "capital"),
    ("I'm sorry. Can you explain?", "I'm sorry. please explain.", "capital"),
    ("Crap. Absolutely missed that.", "Crap. missed that.", "capital"),
])
def test_each_slip_is_found(before, after, kind) -> None:
    assert kind in defects(before, after)


@pytest.mark.parametrize("before,after", [
    ("It is a useful tool, an honest one.", "It is a handy tool, an honest one."),
    ("I had had enough.", "I had had plenty."),  # the writer's own repetition
    ("He left a apple.", "He left a apple!"),  # the writer's own slip
    ("...and if not, I am amazed.", "...and if not, I am surprised."),
    ("That's exactly how mine is !", "That's how mine is ."),  # the writer's space
    ("I can't :(", "I can't"),  # an emoticon, not a bracket
    ("I'll wait then :-)", "I'll wait"), ("It is up :))", "It is up"),
    ("Into evil troopers !!!", "Into mean troopers ."),
    ("Well... I hate it.", "Well... I see it."), ("ok.. fine, damn", "ok.. fine"),
    ("Exhibit A, lol", "Exhibit A"),  # a name, not an article
    ("Wow, -5 degrees today", "-5 degrees today"),  # a number's sign, not a dash
    ("might as well get it over with quickly.", "might as well get it over with."),
    ("you read what you want to... hun?", "you read what you want to..."),  # trails off
    # the writer's own preposition, before a laugh that goes (session 39)
    ("it was only him she had beef with lol", "it was only him she had beef with"),
    # a sentence left as it was when the one after it goes (session 44)
    ("Adoration is something I could do more of. Thank you!",
     "Adoration is something I could do more of."),
])
def test_what_the_writer_wrote_or_good_english_is_no_slip(before, after) -> None:
    assert defects(before, after) == []


def test_a_phrase_spelled_out_a_word_at_a_time_dangles_only_where_it_stops() -> None:
    assert defects("THE. FUCKING.", "THE.", following=" WORST. P.S. You're fine.") == []
    assert defects("The. Fuck.", "The.", following="") == ["dangling"]
    assert defects("The. Fuck.", "The.", following=" Why would he?") == ["dangling"]


def test_texts_that_had_slips_have_none_now() -> None:
    """Each of these gave a slip before session 16 (2026-12-02); the scan finds none."""
    from emotive.analyze import Analyzer

    texts = ["When I think about [NAME] I get a fucking aneurysm from the stupidity.",
             "Goddamn. I'd tap the fuck out if I was that other guy.",
             "Congrats and be well. Peace and tranquility to you. !",
             "Completely ridiculous and unbeleivable",
             "I’m sorry. Can you please explain what the two accounts are?",
             "Don't use autism as an excuse to be an asshole",
             "Crap. Absolutely missed that when typing my paragraph mountains. Fixed."]
    res = scan(Analyzer(threads=2), texts)
    assert res["suggestions"] >= len(texts)  # most have several
    assert res["defects"] == {k: 0 for k in KINDS}, res["examples"]


def test_main_writes_counts_and_its_section(tmp_path, goemotions_dir, capsys) -> None:
    out = tmp_path / "defects.json"
    assert main(["--offset", "3", "--limit", "20", "--out", str(out),
                 "--data-dir", str(goemotions_dir)]) == 0
    res = json.loads(out.read_text())
    assert res["texts"] == 20 and res["offset"] == 3 and set(res["defects"]) == set(KINDS)
    assert f"verified suggestions for {res['texts_with_emotion']} test texts" in (
        capsys.readouterr().out)
    table = "\n".join(defects_section(res))
    assert f"({res['suggestions']} in all)" in table and "| slip |" in table
