"""emotive-lint: a Markdown tone linter and pre-commit hook (see cli.py)."""
