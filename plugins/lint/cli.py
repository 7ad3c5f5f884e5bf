"""``emotive-lint``: check the tone of Markdown prose, like a spell checker, in review.

Exit codes: 0 no finding at or above ``--fail-on``; 1 there are; 2 usage, configuration or
runtime error (a file that cannot be read or is not UTF-8, an unreachable server).
"""

from __future__ import annotations

import argparse
import glob
import sys
from collections.abc import Sequence
from pathlib import Path

from plugins.lint import config as cfg
from plugins.lint.engine import Backend, Cache, Linter, LintError, default_cache_dir
from plugins.lint.report import FORMATS

RANK = {"info": 0, "warning": 1, "error": 2, "never": 3}
EPILOG = """\
Rules come from [tool.emotive-lint] in pyproject.toml or from .emotive-lint.toml (found in
the current folder or its parents), for example:

  [tool.emotive-lint]
  max = { anger = 0.4, fear = 0.5 }     # rule max-EMOTION, per sentence
  sentiment-floor = -0.5                # rule sentiment-floor, per sentence
  fail-on = "error"
  ignore = ["CHANGELOG.md"]

  [[tool.emotive-lint.overrides]]
  paths = ["docs/onboarding/**"]
  max = { fear = 0.3 }
  target = "neutral"                    # rule off-target; suggestions aim here
  severity = { off-target = "warning" }

In a file: <!-- emotive-lint disable -->, <!-- emotive-lint enable -->,
<!-- emotive-lint disable-next-line max-fear -->.

Examples:
  emotive-lint README.md 'docs/**/*.md'
  emotive-lint --format sarif docs > emotive.sarif
  emotive-lint --server http://127.0.0.1:3000 --fail-on warning notes.md
"""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="emotive-lint", description="Lint the tone of Markdown prose: emotions over "
        "a maximum, sentiment under a floor, sentences off the target tone; each finding "
        "with its scores, driving words and the best verified rewrite.", epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="+", help="Markdown files, folders (searched for *.md) or "
                   "globs ('docs/**/*.md')")
    p.add_argument("--config", help="a TOML file (default: found from the current folder)")
    p.add_argument("--format", choices=sorted(FORMATS), default="text",
                   help="text (path:line:col: severity rule message), json, sarif, github")
    p.add_argument("--fail-on", choices=("error", "warning", "info", "never"),
                   help="exit 1 on findings at or above this (default: config, else error)")
    p.add_argument("--server", metavar="URL", help="use a running emotive service instead "
                   "of the local model")
    p.add_argument("--no-suggest", action="store_true", help="skip rewrite suggestions")
    p.add_argument("--max-suggestions", type=int, default=10,
                   help="findings that get a rewrite suggestion, per run (10; ~0.15 s each)")
    p.add_argument("--max-explanations", type=int, default=40,
                   help="findings that get their driving words, per run (40; ~0.05 s each)")
    p.add_argument("--cache-dir", type=Path, help=f"paragraph cache (default: "
                   f"$EMOTIVE_LINT_CACHE or {default_cache_dir()})")
    p.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    return p


def expand(paths: Sequence[str]) -> list[Path]:
    """Files named, found under folders (*.md, *.markdown) or matched by globs, in order."""
    out: list[Path] = []
    for arg in paths:
        p = Path(arg)
        if p.is_dir():
            out += sorted(x for x in p.rglob("*") if x.suffix.lower() in (".md", ".markdown")
                          and x.is_file())
        elif any(ch in arg for ch in "*?["):
            matched = sorted(Path(m) for m in glob.glob(arg, recursive=True))
            if not matched:
                raise LintError(f"{arg}: no file matches")
            out += [m for m in matched if m.is_file()]
        else:
            out.append(p)
    return list(dict.fromkeys(out))


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        conf = cfg.load(args.config)
        files = [f for f in expand(args.paths) if not conf.ignored(f.as_posix())]
    except (cfg.ConfigError, LintError) as e:
        print(f"emotive-lint: error: {e}", file=sys.stderr)
        return 2
    cache = Cache(None if args.no_cache else (args.cache_dir or default_cache_dir()))
    linter = Linter(conf, Backend(args.server), cache, suggest=conf.suggest and not
                    args.no_suggest, max_suggestions=max(0, args.max_suggestions),
                    max_explanations=max(0, args.max_explanations))
    findings = []
    failed = False
    for f in files:
        try:
            findings += linter.lint(f)
        except LintError as e:
            print(f"emotive-lint: error: {e}", file=sys.stderr)
            failed = True
        except Exception as e:  # the model or a dependency failing: say so, exit 2
            print(f"emotive-lint: error: {f}: {type(e).__name__}: {e}", file=sys.stderr)
            failed = True
    findings.sort(key=lambda x: (x.path, x.line, x.col, x.rule))
    sys.stdout.write(FORMATS[args.format](findings))
    if failed:
        return 2
    fail_on = args.fail_on or conf.fail_on
    return 1 if any(RANK[x.severity] >= RANK[fail_on] for x in findings) else 0


if __name__ == "__main__":
    sys.exit(main())
