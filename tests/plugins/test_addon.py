"""Runs the add-on's Node tests (Apps Script code against faithful stubs) from pytest, so
`make test` covers them. Needs Node.js (>= 18) on the PATH."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

HERE = Path(__file__).parent


def test_apps_script_code_under_node() -> None:
    node = shutil.which("node")
    if node is None:
        pytest.fail("Node.js is needed for the add-on tests (apt-get install nodejs)")
    out = subprocess.run([node, "--test", str(HERE / "addon")], capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stdout[-4000:] + out.stderr[-2000:]
    assert "# fail 0" in out.stdout


def test_sidebar_in_headless_chromium(tmp_path) -> None:
    """Debian's chromium + playwright-core (`npm ci` in tests/plugins/sidebar)."""
    node, chromium = shutil.which("node"), shutil.which("chromium")
    modules = HERE / "sidebar" / "node_modules" / "playwright-core"
    if node is None or chromium is None or not modules.exists():
        pytest.fail("needs node, Debian's chromium and `npm ci --prefix tests/plugins/sidebar`"
                    " (make test installs the npm package)")
    shot = tmp_path / "sidebar.png"
    out = subprocess.run([node, "--test", str(HERE / "sidebar")], capture_output=True,
                         text=True, timeout=180,
                         env={**os.environ, "CHROMIUM": chromium,
                              "SIDEBAR_SCREENSHOT": str(shot)})
    assert out.returncode == 0, out.stdout[-4000:] + out.stderr[-2000:]
    assert "# fail 0" in out.stdout and shot.stat().st_size > 5000
