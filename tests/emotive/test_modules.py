"""The package's modules as source: what no test of behaviour would see."""
import ast
from collections import Counter
from pathlib import Path

import emotive


def test_no_module_binds_a_name_twice_at_its_top_level() -> None:
    """A constant written twice is one constant: the later takes the earlier's place, and
    every use of the earlier reads the later. Session 58 named a new word set SENSING,
    which suggest.py already had for other verbs; the rule that used it did nothing, and
    neither ruff nor mypy said so (both were frozensets of str)."""
    twice = {}
    for path in sorted(Path(emotive.__file__).parent.rglob("*.py")):
        names: Counter[str] = Counter()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else (
                [node.target] if isinstance(node, ast.AnnAssign) else [])
            names.update(t.id for t in targets if isinstance(t, ast.Name))
        if again := sorted(n for n, k in names.items() if k > 1):
            twice[path.name] = again
    assert not twice, twice
