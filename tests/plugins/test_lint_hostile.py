"""A corpus of nasty Markdown for emotive-lint: it lints what it can, exits 2 with a clear
message where it cannot, and never writes to the files it reads."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from plugins.lint.cli import main

ANGRY = "I am so angry about this outage."


def corpus(root: Path) -> dict[str, tuple[bytes, int]]:
    """name -> (bytes, expected exit code with default rules)."""
    nested = "".join("  " * i + "- level\n" for i in range(60)) + "  " * 60 + f"- {ANGRY}\n"
    return {
        "empty.md": (b"", 0),
        "only-front-matter.md": (b"---\ntitle: " + ANGRY.encode() + b"\n---\n", 0),
        "only-code.md": (f"```\n{ANGRY}\n```\n".encode(), 0),
        "unclosed-fence.md": (f"Intro.\n\n```python\n{ANGRY}\n".encode(), 0),
        "html-block.md": (f"<details>\n<summary>x</summary>\n\n{ANGRY}\n\n</details>\n"
                          .encode(), 1),  # Markdown inside HTML blocks is prose again
        "nested-lists.md": (nested.encode(), 1),
        "crlf-bom.md": (b"\xef\xbb\xbf# T\r\n\r\n" + ANGRY.encode() + b"\r\n", 1),
        "wide-table.md": (("| " + " | ".join(f"c{i}" for i in range(200)) + " |\n|" +
                           "---|" * 200 + "\n| " + " | ".join([ANGRY] + ["x"] * 199) + " |\n")
                          .encode(), 1),
        "long-word.md": (("x" * 10_000 + "\n\n" + ANGRY + "\n").encode(), 1),
        "emoji-rtl.md": (f"👩‍👩‍👧‍👦 \u202eevil\u202c שלום\n\n{ANGRY} 😡\n".encode(), 1),
        "latin1.md": ("Caf\xe9 is fine.\n".encode("latin-1"), 2),
        "binary.md": (b"\x89PNG\r\n\x1a\n\x00\x00\x00", 2),
        "huge.md": ((("Plain calm text. " * 60 + "\n\n") * 5200).encode(), 2),
    }


@pytest.fixture
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, tuple[Path, int]]:
    monkeypatch.setenv("EMOTIVE_LINT_CACHE", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    docs = tmp_path / "docs"
    docs.mkdir()
    out = {}
    for name, (data, code) in corpus(tmp_path).items():
        f = docs / name
        f.write_bytes(data)
        out[name] = (f, code)
    return out


def test_each_nasty_file(files, capsys) -> None:
    for name, (path, code) in files.items():
        before = (path.read_bytes(), path.stat().st_mtime_ns)
        got = main([str(path), "--no-suggest"])
        out = capsys.readouterr()
        assert got == code, f"{name}: exit {got}\n{out.out}{out.err}"
        if code == 2:
            assert "emotive-lint: error:" in out.err and name in out.err
        assert (path.read_bytes(), path.stat().st_mtime_ns) == before, name


def test_huge_file_is_refused_quickly(files, capsys) -> None:
    path, _ = files["huge.md"]
    assert path.stat().st_size > 5_000_000
    assert main([str(path)]) == 2
    assert "not linted" in capsys.readouterr().err


def test_symlinks(tmp_path, files, capsys) -> None:
    target, _ = files["crlf-bom.md"]
    link = tmp_path / "link.md"
    link.symlink_to(target)
    assert main([str(link), "--no-suggest"]) == 1  # followed and linted
    loop = tmp_path / "loop.md"
    loop.symlink_to(loop)
    dangling = tmp_path / "dangling.md"
    dangling.symlink_to(tmp_path / "nowhere.md")
    capsys.readouterr()
    for bad in (loop, dangling):
        assert main([str(bad)]) == 2
        assert "cannot read" in capsys.readouterr().err


def test_a_folder_lints_what_it_can_and_still_exits_2(files, capsys) -> None:
    code = main([str(files["empty.md"][0].parent), "--no-suggest"])
    out = capsys.readouterr()
    assert code == 2  # latin1, binary and huge cannot be linted
    assert "nested-lists.md" in out.out and "max-anger" in out.out  # the rest was linted


def test_directory_named_like_markdown(tmp_path, capsys) -> None:
    d = tmp_path / "notes.md"
    d.mkdir()
    (d / "inner.md").write_text(ANGRY + "\n")
    assert main([str(d), "--no-suggest"]) == 1  # a folder: searched, its file linted
    assert os.listdir(d) == ["inner.md"]
