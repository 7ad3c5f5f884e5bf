"""Clients of the emotive service: Markdown linter / pre-commit hook, Google Docs add-on."""
