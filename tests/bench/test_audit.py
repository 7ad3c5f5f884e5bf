"""The audit tool: counting a rated file, shuffling draws blind, guarding the unread sample,
drawing from pools nobody has read and from the texts a fix is paired on."""

from __future__ import annotations

import json
from typing import Any

import pytest

from bench import audit


@pytest.fixture(scope="module")
def analyzer():  # type: ignore[no-untyped-def]
    from emotive.analyze import Analyzer

    return Analyzer(threads=2)


def test_audit_counts_wrong_suggestions_per_version(tmp_path, capsys) -> None:
    items = [{"version": "a", "verdict": v} for v in ("fine", "wrong", "wrong", "fine")]
    items += [{"version": "b", "verdict": "fine"}]
    f = tmp_path / "audit.json"
    f.write_text(json.dumps({"items": items}))
    assert audit.main([str(f)]) == 0
    rows = {line.split()[0]: line.split()[1:] for line in capsys.readouterr().out.splitlines()[1:]}
    assert rows == {"a": ["4", "2", "50.0%"], "b": ["1", "0", "0.0%"]}


def test_benchmarks_quote_every_audit(tmp_path) -> None:
    from bench.report import audit_lines

    def write(name: str, verdicts: dict[str, list[str]], **more: object) -> None:
        items = [{"version": v, "verdict": x} for v, xs in verdicts.items() for x in xs]
        (tmp_path / name).write_text(json.dumps({"items": items, **more}))

    write("suggestions-2026-11-24.json", {"old": ["wrong"]})
    write("suggestions-2026-12-01.json", {"a": ["wrong", "fine"], "b": ["fine", "fine"]})
    write("suggestions-2026-12-01b.json", {"c": ["fine"]})
    write("suggestions-2026-12-01c.json", {"d": ["wrong"]}, blind=False)
    write("suggestions-2026-12-01d.json", {"e": ["wrong"], "f": []}, paired=True)
    write("suggestions-2026-12-02a.json", {"g": ["fine"]}, paired=True)
    write("suggestions-2026-12-02b.json", {"h": ["fine"]}, paired=True, blind=False)
    write("suggestions-2026-12-02c.json", {"i": ["fine"]}, blind=False, drawn=True)
    rows = [x for x in audit_lines(tmp_path) if x.startswith("| `")]
    assert len(rows) == 8 and rows[0].startswith("| `suggestions-2026-11-24.json`")
    assert rows[1].endswith("| random draw, blind | 1 of 2 at a; 0 of 2 at b |")
    assert rows[2].endswith("| 0 of 1 at c |")
    # a rating made knowing the version says so; the others are blind
    assert rows[3].endswith("| every suggestion of one version, not blind: rated knowing it "
                            "| 1 of 1 at d |")
    assert rows[4].endswith("| paired: only the texts whose best suggestions differ, blind "
                            "| 1 of 1 at e |")
    assert rows[5].startswith("| `suggestions-2026-12-02a.json`")  # a later day's too
    # a paired rating made knowing the versions, and a draw rated knowing it, say so too
    assert rows[6].endswith("| paired: only the texts whose best suggestions differ, not "
                            "blind: rated knowing the versions | 0 of 1 at h |")
    assert rows[7].endswith("| random draw of one version, not blind: rated knowing it "
                            "| 0 of 1 at i |")
    # a paired check where no best suggestion differs has nothing to rate, and says so
    write("suggestions-2026-12-02d.json", {}, paired=True)
    rows = [x for x in audit_lines(tmp_path) if x.startswith("| `")]
    assert rows[-1].endswith("| none to rate: no best suggestion differs |")


def test_an_unrated_item_is_an_error_not_a_fine_one(tmp_path) -> None:
    f = tmp_path / "audit.json"
    f.write_text(json.dumps({"items": [{"version": "a", "verdict": "fine"},
                                       {"version": "a", "verdict": ""}]}))
    with pytest.raises(SystemExit, match="1 items without a verdict"):
        audit.main([str(f)])


def test_blind_shuffles_draws_of_one_sample_and_never_overwrites(tmp_path, capsys) -> None:
    def drawn(version: str, texts: range) -> dict[str, Any]:
        items = [{"version": version, "emotion": "joy", "text": f"text {i}",
                  "original": "love", "replacement": "like", "shift": 0.3,
                  "similarity": 0.9} for i in texts]
        return {"version": version, "sample": "train seed 5", "texts": 10,
                "with_suggestion": len(texts), "items": items}

    files = []
    for version, texts in (("old", range(3)), ("new", range(3, 7))):
        files.append(tmp_path / f"{version}.json")
        files[-1].write_text(json.dumps(drawn(version, texts)))
    out = tmp_path / "suggestions-x.json"
    assert audit.main(["blind", *map(str, files), "--out", str(out)]) == 0
    got = json.loads(out.read_text())
    assert sorted(i["text"] for i in got["items"]) == [f"text {i}" for i in range(7)]
    assert [i["version"] for i in got["items"]] != ["old"] * 3 + ["new"] * 4  # shuffled
    assert all(i["verdict"] == "" for i in got["items"])
    assert "old: 3 of 10" in got["_comment"] and got["sample"].startswith("train seed 5")
    listing = [line for line in capsys.readouterr().out.splitlines() if line[:1] != "7"]
    assert sum("text" in line for line in listing) == 7
    assert not any("old" in line or "new" in line for line in listing)  # versions hidden
    with pytest.raises(SystemExit, match="never overwritten"):
        audit.main(["blind", *map(str, files), "--out", str(out)])
    files[1].write_text(json.dumps(drawn("other", range(1)) | {"sample": "test seed 1"}))
    with pytest.raises(SystemExit, match="different samples"):
        audit.main(["blind", *map(str, files), "--out", str(tmp_path / "y.json")])


def test_dev_seed_0_is_never_drawn() -> None:
    with pytest.raises(SystemExit, match="unread sample"):
        audit.main(["draw", "--split", "dev", "--seed", "0", "--out", "/nonexistent/x.json"])


def test_a_paired_audit_lists_only_the_texts_whose_suggestions_differ(tmp_path) -> None:
    def drawn(version: str, got: dict[str, str]) -> dict[str, Any]:
        items = [{"version": version, "emotion": "joy", "text": t, "original": "great",
                  "replacement": r, "shift": 0.3, "similarity": 0.9} for t, r in got.items()]
        return {"version": version, "sample": "train seed 5", "texts": 10,
                "with_suggestion": len(items), "items": items}

    old = drawn("old", {"same": "fine", "changed": "solid", "dropped": "okay"})
    new = drawn("new", {"same": "fine", "changed": "fine", "added": "good"})
    got = audit.blind([old, new], seed=1, differing=True)
    assert got["paired"] is True and "1 texts had the same" in got["_comment"]
    assert sorted((i["version"], i["text"]) for i in got["items"]) == [
        ("new", "added"), ("new", "changed"), ("old", "changed"), ("old", "dropped")]
    with pytest.raises(SystemExit, match="--take"):
        audit.blind([old | {"with_suggestion": 5}, new], seed=1, differing=True)
    assert got["sample"].endswith(", not read before")
    # a pair on given texts (draw --texts, --match) may have read them before: no such claim
    given = audit.blind([old | {"unread": False}, new | {"unread": False}], seed=1,
                        differing=True)
    assert given["sample"] == "train seed 5"


def test_a_pool_leaves_out_read_texts_and_is_the_same_for_a_seed() -> None:
    texts = [f"text {i}" for i in range(50)] + ["text 3"]  # a repeated text is drawn once
    read = {"text 1", "text 2"}
    got, total = audit.pool(texts, read, seed=5, size=10)
    assert total == 48 and len(got) == 10 and not read & set(got)
    assert got == audit.pool(texts, read, seed=5, size=10)[0]
    assert got != audit.pool(texts, read, seed=6, size=10)[0]
    assert set(audit.pool(texts, read, seed=5, size=100)[0]) == set(texts) - read


def test_a_pool_leaves_out_the_audits_since_a_day(tmp_path, monkeypatch) -> None:
    for name, text in (("2026-12-01", "a"), ("2026-12-03", "b"), ("2026-12-03y", "c"),
                       ("2026-12-03zz", "d"), ("2026-12-04", "e")):
        (tmp_path / f"suggestions-{name}.json").write_text(json.dumps(
            {"items": [{"text": text, "version": "v", "verdict": "fine"}]}))
    monkeypatch.setattr(audit, "AUDITS", tmp_path)
    assert audit.read_audits() == {"a", "b", "c", "d", "e"}
    assert audit.read_audits("2026-12-03y") == {"c", "d", "e"}


def test_a_pool_with_the_audited_texts_counts_them_apart(tmp_path, monkeypatch,
                                                         goemotions_dir) -> None:
    # every audit's text had a suggestion: a pool without them covers less than the split
    monkeypatch.setattr(audit, "AUDITS", tmp_path)
    def pool(with_audited: bool) -> dict[str, Any]:
        return audit.draw("train", None, [], 400, None, 1, str(goemotions_dir),
                          target="neutral", pool_seed=7, pool_size=60,
                          with_audited=with_audited)
    first = pool(True)
    covered = sorted({i["text"] for i in first["items"]})
    assert len(covered) >= 2 and first["audited"] == {"texts": 0, "with_suggestion": 0}
    assert not first["unread"] and "and every audit" not in first["sample"]
    (tmp_path / "suggestions-2026-12-04.json").write_text(json.dumps(
        {"items": [{"text": t, "version": "v", "verdict": "fine"} for t in covered[:2]]}))
    kept = pool(True)
    assert kept["audited"] == {"texts": 2, "with_suggestion": 2}
    assert kept["items"] == first["items"]
    unread = pool(False)
    assert "audited" not in unread and unread["unread"] and "every audit" in unread["sample"]
    assert not {i["text"] for i in unread["items"]} & set(covered[:2])
    # one that leaves out only the audits since a day keeps the texts read before it
    since = audit.draw("train", None, [], 400, None, 1, str(goemotions_dir), target="neutral",
                       pool_seed=7, pool_size=60, audits_since="2026-12-05")
    assert not since["unread"] and "the audits since 2026-12-05" in since["sample"]
    with pytest.raises(SystemExit, match="--pool"):
        audit.main(["draw", "--seed", "3", "--with-audited", "--out", str(tmp_path / "x")])


def test_seeds_are_named_in_runs() -> None:
    assert audit.spans(list(range(40))) == "0-39"
    assert audit.spans([0, 2, 3, 7]) == "0, 2-3, 7"
    assert audit.spans([]) == ""


def test_a_draw_aims_at_texts_with_an_emotion_or_a_sentiment(analyzer) -> None:
    texts = ["I am so furious at you, this is outrageous!", "The meeting is at noon.",
             "I love this so much, thank you!"]
    assert audit.aimed(analyzer.scorer, texts, "less") == [
        (texts[0], "anger"), (texts[2], "joy")]
    assert audit.aimed(analyzer.scorer, texts, "positive") == [(texts[0], "anger")]
    assert audit.aimed(analyzer.scorer, texts, "negative") == [(texts[2], "joy")]


def test_one_draw_listed_alone_is_rated_knowing_its_version(tmp_path) -> None:
    items = [{"version": "v", "emotion": "joy", "text": f"t{i}", "original": "love",
              "replacement": "like", "shift": 0.3, "similarity": 0.9} for i in range(3)]
    one = {"version": "v", "sample": "train pool 9", "texts": 5, "with_suggestion": 3,
           "items": items}
    got = audit.blind([one], seed=1)
    assert got["drawn"] is True and got["blind"] is False and got["paired"] is False
    assert "drawn" not in audit.blind([one, one | {"version": "w"}], seed=1)


def test_texts_to_pair_are_a_json_list_of_strings(tmp_path) -> None:
    f = tmp_path / "texts.json"
    f.write_text(json.dumps(["a", "b", "a"]))
    assert audit.listed(f, None, None) == (["a", "b"], "the texts of texts.json")
    for bad in ('{"a": 1}', '["a", 2]', "not json"):
        f.write_text(bad)
        with pytest.raises(SystemExit, match=r"texts\.json"):
            audit.listed(f, None, None)
    with pytest.raises(SystemExit, match=r"^--match"):
        audit.listed(None, "(unclosed", None)


def test_match_finds_train_and_test_texts_never_dev(goemotions_dir) -> None:
    texts, what = audit.listed(None, r"\bgo crazy\b", str(goemotions_dir))
    assert texts and all("go crazy" in t.lower() for t in texts)
    from emotive.labels import default_schema
    from training.data import read_goemotions
    dev = set(read_goemotions("dev", default_schema(), goemotions_dir).texts)
    train = set(read_goemotions("train", default_schema(), goemotions_dir).texts)
    assert train & set(texts) and not (dev - train) & set(texts)
    assert what == r"the train/test texts matching /\bgo crazy\b/i"


def test_the_naive_tool_is_drawn_only_on_a_seed_sample() -> None:
    with pytest.raises(SystemExit, match="--seed"):
        audit.main(["draw", "--pool", "3", "--naive", "--out", "/nonexistent/x.json"])


def test_ratings_fill_in_verdicts_and_never_overwrite(tmp_path, capsys) -> None:
    def item(version: str, text: str) -> dict[str, Any]:
        return {"version": version, "emotion": "joy", "text": text, "original": "great",
                "replacement": "fine", "shift": 0.3, "similarity": 0.9, "verdict": ""}

    drawn = {"_comment": "TO WRITE", "sample": "train pool 9", "paired": False,
             "blind": False, "drawn": True,
             "items": [item("v", "Good dog."), item("v", "a great game"), item("v", "ok")]}
    ratings = {"comment": "rated by me", "rules": [["Good dog", "*", "praise said whole"],
                                                   ["a great", "w", "not this version"]]}
    got = audit.rate(drawn, ratings)
    assert [i["verdict"] for i in got["items"]] == ["wrong", "fine", "fine"]
    assert got["items"][0]["why"] == "praise said whole" and "why" not in got["items"][1]
    assert got["_comment"] == "rated by me" and got["blind"] is False
    # a pair rates every item, a "fine" reason is kept as the reason
    paired = {**drawn, "drawn": None, "paired": True,
              "items": [item("old", "a great game"), item("new", "a great game")]}
    with pytest.raises(SystemExit, match="no rule rates"):
        audit.rate(paired, ratings)
    got = audit.rate(paired, {"comment": "c", "rules": [["a great", "new", "fine: milder"],
                                                       ["a great", "*", "faint praise"]]})
    assert [(i["verdict"], i["why"]) for i in got["items"]] == [
        ("wrong", "faint praise"), ("fine", "milder")]
    for bad in ({"rules": []}, {"comment": "c", "rules": [["a", "b"]]}):
        with pytest.raises(SystemExit):
            audit.rate(drawn, bad)
    listing, rules, out = tmp_path / "l.json", tmp_path / "r.json", tmp_path / "a.json"
    listing.write_text(json.dumps(drawn))
    rules.write_text(json.dumps(ratings))
    assert audit.main(["rate", str(listing), "--ratings", str(rules), "--out", str(out)]) == 0
    assert capsys.readouterr().out.splitlines()[1].split() == ["v", "3", "1", "33.3%"]
    with pytest.raises(SystemExit, match="never overwritten"):
        audit.main(["rate", str(listing), "--ratings", str(rules), "--out", str(out)])


def test_wrong_lists_the_texts_rated_wrong_and_the_draws_still_giving_them(
        tmp_path, monkeypatch, capsys) -> None:
    def item(text: str, target: str, replacement: str, verdict: str) -> dict[str, Any]:
        return {"version": "v", "emotion": "joy", "text": text, "target": target,
                "original": "love", "replacement": replacement, "sentence": text,
                "verdict": verdict}
    audits = tmp_path / "audits"
    audits.mkdir()
    (audits / "suggestions-2026-12-01a.json").write_text(json.dumps({"items": [
        item("I love it", "less:joy", "like", "wrong"),
        item("We love it", "less:joy", "like", "wrong"),
        item("They love it", "neutral", "like", "wrong")]}), encoding="utf-8")
    (audits / "suggestions-2026-12-02a.json").write_text(json.dumps({"items": [
        item("We love it", "less:joy", "like", "fine")]}), encoding="utf-8")  # disputed
    monkeypatch.setattr(audit, "AUDITS", audits)
    out = tmp_path / "wrong.json"
    assert audit.main(["wrong", "--target", "less", "--out", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8")) == ["I love it", "We love it"]
    again = tmp_path / "again.json"
    again.write_text(json.dumps({"version": "w", "items": [
        item("I love it", "less:joy", "like", ""),  # the same edit: still wrong
        item("We love it", "less:joy", "like", ""),  # rated fine once: not counted
        item("They love it", "less:joy", "like", "")]}),  # wrong only toward neutral
        encoding="utf-8")
    assert audit.main(["wrong", str(again)]) == 0
    printed = capsys.readouterr().out
    assert "2026-12-01a: 'love' -> 'like' | I love it" in printed
    assert "1 of 3 suggestions at w are ones an audit rated wrong" in printed
    with pytest.raises(SystemExit):
        audit.main(["wrong"])


def test_edits_lists_the_texts_whose_phrase_rewrites_differ(tmp_path, goemotions_dir) -> None:
    import shutil

    data = tmp_path / "goemotions"
    data.mkdir()
    for f in ("emotions.txt", "ekman_mapping.json", "sentiment_dict.json"):
        shutil.copy(goemotions_dir / f, data / f)
    rows = {"train": ["I'm so sorry, but the build is broken.\t25\ta",
                      "The sky is blue.\t27\tb"],
            "test": ["It works now, thank you so much!\t15\tc",
                     "The deploy went out on time, well done. I'm proud of the team.\t0\te"],
            "dev": ["Never read here.\t27\td"]}
    for split, lines in rows.items():
        (data / f"{split}.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    mine = tmp_path / "mine.json"
    assert audit.main(["edits", "--data-dir", str(data), "--out", str(mine)]) == 0
    got = json.loads(mine.read_text(encoding="utf-8"))
    assert list(got) == ["I'm so sorry, but the build is broken.", "The sky is blue.",
                         "It works now, thank you so much!",
                         "The deploy went out on time, well done. I'm proud of the team."
                         ]  # train and test, never dev
    # a sentence is edited as the suggester edits it, on its own: the courtesy closes the
    # first sentence, not the text (session 48)
    assert got["The deploy went out on time, well done. I'm proud of the team."] == [
        "The deploy went out on time. I'm proud of the team."]
    assert "The build is broken." in got["I'm so sorry, but the build is broken."]
    assert got["The sky is blue."] == []
    # an older checkout without the hedge rule: only that text is listed to pair
    old = tmp_path / "old.json"
    old.write_text(json.dumps({**got, "I'm so sorry, but the build is broken.": []}),
                   encoding="utf-8")
    texts = tmp_path / "texts.json"
    assert audit.main(["edits", "--against", str(old), "--data-dir", str(data),
                       "--out", str(texts)]) == 0
    assert json.loads(texts.read_text(encoding="utf-8")) == [
        "I'm so sorry, but the build is broken."]
    # runs of other data, or a file that is no run, are refused
    old.write_text(json.dumps({"The sky is blue.": []}), encoding="utf-8")
    with pytest.raises(SystemExit, match="different texts"):
        audit.main(["edits", "--against", str(old), "--data-dir", str(data),
                    "--out", str(texts)])
    old.write_text("[]", encoding="utf-8")
    with pytest.raises(SystemExit, match="expected what `edits --out` writes"):
        audit.main(["edits", "--against", str(old), "--out", str(texts)])
