"""The real `pre-commit` tool runs this repository's hook (`pre-commit try-repo`) in a
temporary git repository. pre-commit builds the hook's own environment from the committed
repository (`pip install .`, the models travelling as data files): the first run takes a
minute or two."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).with_name("fixtures")


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def test_pre_commit_try_repo(tmp_path: Path) -> None:
    pre_commit = shutil.which("pre-commit") or str(Path(sys.executable).with_name("pre-commit"))
    if not Path(pre_commit).exists():
        pytest.fail("pre-commit is not installed (dev extra)")
    repo = tmp_path / "docs-repo"
    repo.mkdir()
    git(repo, "init", "-q")
    git(repo, "config", "user.email", "test@example.com")
    git(repo, "config", "user.name", "test")
    shutil.copy(FIXTURES / "max.md", repo / "bad.md")
    shutil.copy(FIXTURES / "clean.md", repo / "good.md")
    (repo / "notes.txt").write_text("I am so angry about this outage.\n")  # not markdown
    git(repo, "add", ".")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
           "EMOTIVE_LINT_CACHE": str(tmp_path / "cache"), "PIP_DISABLE_PIP_VERSION_CHECK": "1"}

    def run(*files: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([pre_commit, "try-repo", str(ROOT), "emotive-lint",
                               "--files", *files], cwd=repo, env=env, capture_output=True,
                              text=True, timeout=900)

    bad = run("bad.md", "good.md", "notes.txt")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "bad.md:5:1: error max-anger" in bad.stdout and "good.md" not in bad.stdout.split(
        "Failed")[-1].replace("- files were modified", "")
    assert "notes.txt" not in bad.stdout  # types: [markdown]
    good = run("good.md")
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout
    # the hook never touches the files it reads
    assert (repo / "bad.md").read_text() == (FIXTURES / "max.md").read_text()
