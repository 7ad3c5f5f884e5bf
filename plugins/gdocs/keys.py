"""Make an API key for a team: prints the key once (give it to the team) and the line to
append to the proxy's keys file (only the SHA-256 hash is stored).

    python -m plugins.gdocs.keys docs-team >> keys.txt   # the key goes to stderr
"""

from __future__ import annotations

import secrets
import sys

from plugins.gdocs.proxy import hash_key


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or not args[0].replace("-", "").replace("_", "").isalnum():
        print("usage: python -m plugins.gdocs.keys TEAM   (letters, digits, - and _)",
              file=sys.stderr)
        return 2
    key = "emk_" + secrets.token_urlsafe(32)
    print(f"API key for {args[0]} (shown once): {key}", file=sys.stderr)
    print(f"{args[0]}:{hash_key(key)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
