import io
import json
import sys

import pytest

from emotive.analyze import RESULT_SCHEMA_VERSION
from emotive.cli import main


def run(argv, stdin: bytes = b"", capsys=None, monkeypatch=None) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_score_one_json_object_per_line(baby_artifact, capsys, monkeypatch) -> None:
    code, out, _ = run(["score", "--model", str(baby_artifact)],
                       b"I love this\n\nThis is awful\r\n", capsys, monkeypatch)
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["text"] for r in rows] == ["I love this", "", "This is awful"]
    assert "error" in rows[1] and "emotions" in rows[0] and "emotions" in rows[2]
    assert set(rows[0]) == {"text", "emotions", "labels", "sentiment", "valence"}
    assert -1 <= rows[2]["valence"] <= 1


def test_score_file_argument(baby_artifact, tmp_path, capsys, monkeypatch) -> None:
    f = tmp_path / "in.txt"
    f.write_text("héllo wörld 🙂\n", encoding="utf-8")
    code, out, _ = run(["score", "--model", str(baby_artifact), str(f)], b"", capsys,
                       monkeypatch)
    assert code == 0 and json.loads(out)["text"] == "héllo wörld 🙂"


def test_invalid_utf8_is_a_usage_error(baby_artifact, capsys, monkeypatch) -> None:
    code, _, err = run(["score", "--model", str(baby_artifact)], b"ok\n\xff\xfe\n", capsys,
                       monkeypatch)
    assert code == 2 and "<stdin>:2: not valid UTF-8" in err


def test_missing_model_is_a_usage_error(tmp_path, capsys, monkeypatch) -> None:
    code, _, err = run(["score", "--model", str(tmp_path / "none")], b"x\n", capsys,
                       monkeypatch)
    assert code == 2 and "not found" in err


def test_help_teaches(capsys) -> None:
    with pytest.raises(SystemExit) as e:
        main(["score", "--help"])
    assert e.value.code == 0
    assert "valence" in capsys.readouterr().out


def test_analyze_json_and_view(baby_artifact, capsys, monkeypatch) -> None:
    text = b"We shipped it! Everyone is thrilled.\n\nThen the outage hit."
    code, out, _ = run(["analyze", "--model", str(baby_artifact), "--json", "--explain"],
                       text, capsys, monkeypatch)
    assert code == 0
    doc = json.loads(out)
    assert doc["schema_version"] == RESULT_SCHEMA_VERSION and len(doc["sentences"]) == 3
    assert len(doc["arc"]) == 2 and set(doc["sentences"][0]["drivers"]) == {
        "joy", "surprise", "anger", "fear", "sadness"}
    code, out, _ = run(["analyze", "--model", str(baby_artifact), "--color", "never"], text,
                       capsys, monkeypatch)
    assert code == 0 and "Arc over paragraphs" in out and "\x1b[" not in out
    assert "15-36: Everyone is thrilled." in out


def test_analyze_empty_input_is_a_usage_error(baby_artifact, capsys, monkeypatch) -> None:
    code, _, err = run(["analyze", "--model", str(baby_artifact)], b"  \n", capsys,
                       monkeypatch)
    assert code == 2 and "empty" in err


def test_a_reader_that_stops_early_is_no_error(baby_artifact, tmp_path) -> None:
    """`emotive score big.txt | head -1`: the closed pipe ends the run quietly, exit 0."""
    import subprocess

    big = tmp_path / "big.txt"
    big.write_text("I love this and it is great\n" * 3000)  # ~0.5 MB of JSON out: > a pipe
    proc = subprocess.Popen([sys.executable, "-m", "emotive.cli", "score", "--model",
                             str(baby_artifact), str(big)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    assert json.loads(proc.stdout.readline())["text"] == "I love this and it is great"
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0, err
    assert err == ""


def test_the_view_says_what_a_suggestions_numbers_are(capsys, monkeypatch) -> None:
    # the shipped model: toward positive the numbers are valence, not a probability
    code, out, _ = run(["analyze", "-", "--suggest", "--target", "positive", "--color", "never"],
                       b"Anti-vaxers aren't funny anymore, now they're just scary...", capsys,
                       monkeypatch)
    assert code == 0 and "positive (valence): -0." in out, out
    code, out, _ = run(["analyze", "-", "--suggest", "--target", "less:anger", "--color",
                        "never"], b"An angry customer called.", capsys, monkeypatch)
    assert code == 0 and "less:anger: 0." in out, out


def test_the_view_says_why_a_sentence_has_no_suggestion(capsys, monkeypatch) -> None:
    code, out, _ = run(["analyze", "-", "--suggest", "--target", "less:anger", "--color",
                        "never"], b"Nobody told the support team, and now customers are "
                       b"yelling at us!", capsys, monkeypatch)
    assert code == 0, out
    assert "no verified rewrite toward less:anger: no rewrite moves the target by the " \
           "margin (0.10)" in out
    assert "closest: ! → .   0.8" in out, out
