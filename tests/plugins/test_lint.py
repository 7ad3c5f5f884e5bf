"""emotive-lint on fixture files with expected findings, every format, the config, the
cache, errors and exit codes — with the real model."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from plugins.lint import config as cfg
from plugins.lint.cli import main
from plugins.lint.markdown import parse

FIXTURES = Path(__file__).with_name("fixtures")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def positions(text: str) -> list[str]:
    """'path:line:col: severity rule message' -> 'line:col severity rule'."""
    out = []
    for line in text.splitlines():
        _, ln, col, rest = line.split(":", 3)
        sev, rule = rest.split()[:2]
        out.append(f"{ln}:{col} {sev} {rule}")
    return out


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EMOTIVE_LINT_CACHE", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)  # no pyproject.toml of ours found from here


@pytest.mark.parametrize("name,config", [("max", None), ("syntax", None), ("controls", None),
                                         ("tone", "tone.toml"), ("clean", None)])
def test_fixtures_give_their_expected_findings(capsys, name, config) -> None:
    args = [str(FIXTURES / f"{name}.md"), "--no-suggest"]
    if config:
        args += ["--config", str(FIXTURES / config)]
    code, out, err = run(capsys, *args)
    expected_file = FIXTURES / f"{name}.expected"
    expected = expected_file.read_text().split("\n") if expected_file.exists() else []
    assert positions(out) == [e for e in expected if e], out
    assert code == (1 if any(" error " in e for e in expected) else 0), err


def test_positions_point_at_the_sentence(capsys) -> None:
    path = FIXTURES / "syntax.md"
    _, out, _ = run(capsys, str(path), "--no-suggest")
    lines = path.read_text().split("\n")
    for pos in positions(out):
        ln, col = map(int, pos.split()[0].split(":"))
        assert lines[ln - 1][col - 1:].startswith(("This step", "Quoted", "Second item"))


def test_findings_carry_scores_drivers_and_a_verified_suggestion(capsys) -> None:
    code, out, _ = run(capsys, str(FIXTURES / "max.md"), "--format", "json")
    (f,) = json.loads(out)["findings"]
    assert f["rule"] == "max-anger" and f["scores"]["anger"] > 0.5
    assert f["drivers"][0]["text"] == "furious"
    lines = (FIXTURES / "max.md").read_text().split("\n")
    d = f["drivers"][0]
    assert lines[d["line"] - 1][d["col"] - 1:].startswith("furious")
    s = f["suggestion"]
    if s is not None:  # the suggest extra is installed in the dev environment
        assert s["after"] <= s["before"] - 0.1 and s["similarity"] >= 0.8
        assert lines[s["line"] - 1][s["col"] - 1:].startswith(s["original"])
    assert code == 1


def test_sarif_validates_against_the_schema(capsys) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((FIXTURES / "sarif-2.1.0.json").read_text())
    _, out, _ = run(capsys, str(FIXTURES / "syntax.md"), str(FIXTURES / "max.md"),
                    "--format", "sarif")
    log = json.loads(out)
    jsonschema.validate(log, schema, cls=jsonschema.Draft202012Validator)
    results = log["runs"][0]["results"]
    assert len(results) == 4 and {r["ruleId"] for r in results} == {"max-anger", "max-fear"}
    assert any("fixes" in r for r in results)


def test_github_annotations(capsys) -> None:
    _, out, _ = run(capsys, str(FIXTURES / "controls.md"), "--format", "github",
                    "--no-suggest")
    lines = out.splitlines()
    assert len(lines) == 2 and all(x.startswith("::error file=") for x in lines)
    assert ",line=7,col=1," in lines[0] and "title=max-anger::" in lines[0]


def test_fail_on_and_exit_codes(capsys, tmp_path) -> None:
    tone = [str(FIXTURES / "tone.md"), "--config", str(FIXTURES / "tone.toml"), "--no-suggest"]
    assert run(capsys, *tone)[0] == 0  # only warnings and info
    assert run(capsys, *tone, "--fail-on", "warning")[0] == 1
    assert run(capsys, str(FIXTURES / "max.md"), "--fail-on", "never")[0] == 0


def test_cache_makes_an_unchanged_file_free(capsys, tmp_path, monkeypatch) -> None:
    import plugins.lint.engine as engine

    doc = tmp_path / "doc.md"
    shutil.copy(FIXTURES / "max.md", doc)
    first = run(capsys, str(doc), "--no-suggest")
    calls = []
    monkeypatch.setattr(engine.Backend, "analyze",
                        lambda self, texts, explain=False: calls.append(texts) or [])
    assert run(capsys, str(doc), "--no-suggest") == first
    assert calls == []  # every paragraph came from the cache: the model was not called
    doc.write_text(doc.read_text() + "\nA new calm paragraph.\n")
    run(capsys, str(doc), "--no-suggest")  # the stub cannot answer: exit 2, fine here
    assert calls == [["A new calm paragraph."]]  # only the new paragraph went to the model


def test_a_model_replaced_in_place_is_not_answered_from_the_cache(capsys, tmp_path,
                                                                  monkeypatch) -> None:
    import plugins.lint.engine as engine
    from emotive.artifact import default_model_dir

    doc = tmp_path / "doc.md"
    shutil.copy(FIXTURES / "max.md", doc)
    model = tmp_path / "model"
    shutil.copytree(default_model_dir(), model)
    monkeypatch.setenv("EMOTIVE_MODEL", str(model))
    first = run(capsys, str(doc), "--no-suggest")
    # same name, version and date in metrics.json: only the calibration differs
    cal = json.loads((model / "calibration.json").read_text())
    cal["thresholds"] = [0.99] * len(cal["thresholds"])
    (model / "calibration.json").write_text(json.dumps(cal))
    calls = []
    monkeypatch.setattr(engine.Backend, "analyze",
                        lambda self, texts, explain=False: calls.append(texts) or [])
    assert run(capsys, str(doc), "--no-suggest") != first
    assert calls  # the paragraphs went to the model again


def test_a_changed_engine_is_not_answered_from_the_cache(capsys, tmp_path,
                                                        monkeypatch) -> None:
    import emotive.artifact as artifact
    import plugins.lint.engine as engine

    doc = tmp_path / "doc.md"
    shutil.copy(FIXTURES / "max.md", doc)
    data = tmp_path / "data"  # stands for emotive/data: a rule rewritten, same version
    shutil.copytree(artifact.ENGINE_DIRS[1], data)
    monkeypatch.setattr(artifact, "ENGINE_DIRS", (artifact.ENGINE_DIRS[0], data))
    first = run(capsys, str(doc), "--no-suggest")
    calls = []
    monkeypatch.setattr(engine.Backend, "analyze",
                        lambda self, texts, explain=False: calls.append(texts) or [])
    assert run(capsys, str(doc), "--no-suggest") == first and calls == []  # cached
    scales = data / "scales.json"
    scales.write_text(scales.read_text() + "\n")
    run(capsys, str(doc), "--no-suggest")
    assert calls  # the paragraphs went to the engine again


@pytest.mark.parametrize("content,words", [
    (b"\xff\xfe bad bytes", "not valid UTF-8"),
    (b"text\x00with nul", "binary"),
])
def test_unreadable_files_exit_2_and_are_left_alone(capsys, tmp_path, content, words) -> None:
    bad = tmp_path / "bad.md"
    bad.write_bytes(content)
    code, _, err = run(capsys, str(bad))
    assert code == 2 and words in err
    assert bad.read_bytes() == content


def test_missing_file_and_empty_glob(capsys, tmp_path) -> None:
    assert run(capsys, str(tmp_path / "nope.md"))[0] == 2
    code, _, err = run(capsys, str(tmp_path / "*.markdown"))
    assert code == 2 and "no file matches" in err


def test_crlf_and_bom(capsys, tmp_path) -> None:
    f = tmp_path / "win.md"
    f.write_bytes(b"\xef\xbb\xbf# Title\r\n\r\nFine line.\r\n\r\nI am so angry about this "
                  b"outage.\r\n")
    code, out, _ = run(capsys, str(f), "--no-suggest")
    assert code == 1 and positions(out) == ["5:1 error max-anger"]


@pytest.mark.parametrize("toml,words", [
    ("max = { rage = 0.5 }", "max.rage: unknown emotion"),
    ("max = { fear = 1.5 }", "max.fear: 1.5 is outside"),
    ("sentiment-floor = 'low'", "sentiment-floor: expected a number"),
    ("target = 'calm'", "target: 'calm' is not neutral"),
    ("severity = { max = 'fatal' }", "severity.max: 'fatal'"),
    ("severity = { loud = 'error' }", "severity.loud: unknown rule"),
    ("colour = 'red'", "unknown key 'colour'"),
    ("fail-on = 'sometimes'", "fail-on"),
    ("[[overrides]]\nmax = { fear = 0.2 }", "paths"),
    ("max = [", "not valid TOML"),
])
def test_invalid_config_names_the_key(capsys, tmp_path, toml, words) -> None:
    conf = tmp_path / ".emotive-lint.toml"
    conf.write_text(toml)
    code, _, err = run(capsys, str(FIXTURES / "clean.md"))
    assert code == 2 and words in err, err


def test_config_from_pyproject_with_overrides(tmp_path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        "[tool.emotive-lint]\nmax = { fear = 0.4 }\nignore = ['vendor/**']\n"
        "[[tool.emotive-lint.overrides]]\npaths = ['docs/onboarding/**']\n"
        "max = { fear = 0.2 }\ntarget = 'neutral'\n")
    conf = cfg.load(start=tmp_path / "docs")
    assert conf.rules_for("README.md").max == {"anger": 0.5, "fear": 0.4}
    onboarding = conf.rules_for("docs/onboarding/day1.md")
    assert onboarding.max["fear"] == 0.2 and onboarding.target == "neutral"
    assert conf.ignored("vendor/lib/README.md") and not conf.ignored("docs/a.md")


def test_prose_extraction_skips_code_html_urls() -> None:
    doc = parse((FIXTURES / "syntax.md").read_text())
    prose = " ".join(u.text for u in doc.units)
    for gone in ("front matter", "pip install", "echo", "indented code", "HTML block",
                 "example.com"):
        assert gone not in prose
    assert "This step is terrifying" in prose and "Second item" in prose


def test_server_mode_against_a_running_service(capsys, tmp_path) -> None:
    from bench.load import Server

    srv = Server({}, tmp_path)
    try:
        srv.wait_first_200({"texts": ["warm up"]}, limit=90)
        code, out, err = run(capsys, str(FIXTURES / "controls.md"), "--server", srv.url,
                             "--no-suggest")
        assert code == 1 and positions(out) == ["7:1 error max-anger", "15:1 error max-anger"]
    finally:
        srv.stop()
    code, _, err = run(capsys, str(FIXTURES / "max.md"), "--server", srv.url, "--no-cache")
    assert code == 2 and "error" in err  # the server is gone: a clear error, exit 2


def test_help_teaches() -> None:
    out = subprocess.run([sys.executable, "-m", "plugins.lint.cli", "--help"],
                         capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2],
                         env={**os.environ, "PYTHONPATH": "."}).stdout
    for words in ("[tool.emotive-lint]", "disable-next-line", "--format", "sarif", "Examples"):
        assert words in out


def test_a_suggestions_numbers_say_what_they_are() -> None:
    from plugins.lint.engine import goal

    assert goal({"target": "positive", "measure": "valence"}) == "positive (valence)"
    assert goal({"target": "less:anger", "measure": "anger probability"}) == "less:anger"
    assert goal({"target": "neutral"}) == "neutral"  # a finding cached before "measure"
