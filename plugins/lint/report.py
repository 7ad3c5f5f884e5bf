"""Findings out: text, JSON, SARIF 2.1.0 (code scanning) and GitHub Actions annotations."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from emotive import __version__
from plugins.lint.engine import Finding, goal

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
RULE_HELP = {
    "max": "A sentence shows more of an emotion than the configured maximum.",
    "min": "The file as a whole shows less of an emotion than the configured minimum.",
    "sentiment-floor": "A sentence's valence (positive minus negative) is under the floor.",
    "off-target": "A sentence shows an emotion other than the configured target tone.",
}


def text(findings: Sequence[Finding]) -> str:
    return "".join(f"{f.path}:{f.line}:{f.col}: {f.severity} {f.rule} {f.message}\n"
                   for f in findings)


def as_json(findings: Sequence[Finding]) -> str:
    return json.dumps({"version": __version__, "findings": [f.to_dict() for f in findings]},
                      indent=1, ensure_ascii=False) + "\n"


def _escape(value: str, props: bool = False) -> str:
    out = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return out.replace(":", "%3A").replace(",", "%2C") if props else out


def github(findings: Sequence[Finding]) -> str:
    kind = {"error": "error", "warning": "warning", "info": "notice"}
    return "".join(
        f"::{kind[f.severity]} file={_escape(f.path, True)},line={f.line},col={f.col},"
        f"endLine={f.end_line},endColumn={f.end_col},title={_escape(f.rule, True)}::"
        f"{_escape(f.message)}\n" for f in findings)


def sarif(findings: Sequence[Finding]) -> str:
    rule_ids = sorted({f.rule for f in findings})
    rules: list[dict[str, Any]] = []
    for rid in rule_ids:
        family = next(k for k in RULE_HELP if rid == k or rid.startswith(k + "-"))
        rules.append({"id": rid, "name": rid.replace("-", " ").title().replace(" ", ""),
                      "shortDescription": {"text": RULE_HELP[family]},
                      "helpUri": "https://github.com/emotive/emotive#markdown-linter"})
    results = []
    for f in findings:
        result: dict[str, Any] = {
            "ruleId": f.rule, "ruleIndex": rule_ids.index(f.rule),
            "level": SARIF_LEVEL[f.severity], "message": {"text": f.message},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": f.path},
                "region": {"startLine": f.line, "startColumn": f.col,
                           "endLine": f.end_line, "endColumn": max(f.end_col, f.col)}}}],
            "properties": {"scores": f.scores}}
        if f.suggestion and f.suggestion.get("line"):
            s = f.suggestion
            result["fixes"] = [{"description": {"text": f"{goal(s)}: {s['before']:.2f} -> "
                                                        f"{s['after']:.2f}"},
                                "artifactChanges": [{"artifactLocation": {"uri": f.path},
                                                     "replacements": [{
                                                         "deletedRegion": {
                                                             "startLine": s["line"],
                                                             "startColumn": s["col"],
                                                             "endLine": s["line"],
                                                             "endColumn": s["col"] + len(
                                                                 s["original"])},
                                                         "insertedContent": {
                                                             "text": s["replacement"]}}]}]}]
        results.append(result)
    log = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [{
        "tool": {"driver": {"name": "emotive-lint", "version": __version__,
                            "informationUri": "https://github.com/emotive/emotive",
                            "rules": rules}},
        "results": results}]}
    return json.dumps(log, indent=1, ensure_ascii=False) + "\n"


FORMATS = {"text": text, "json": as_json, "sarif": sarif, "github": github}
