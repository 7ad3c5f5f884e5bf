"""WordNet 3.0 offline: Debian's database files laid out where NLTK looks for them.

``apt-get install --no-install-recommends wordnet-base wordnet-sense-index`` puts the
database in ``/usr/share/wordnet``. NLTK reads ``$NLTK_DATA/corpora/wordnet/`` but refuses
symlinks that leave its roots and wants a ``lexnames`` file Debian does not ship, so the
files are copied and ``lexnames`` is written from the list in ``man 5WN lexnames``.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

DEBIAN_DIR = Path("/usr/share/wordnet")
LEXNAMES = (
    "adj.all", "adj.pert", "adv.all", "noun.Tops", "noun.act", "noun.animal", "noun.artifact",
    "noun.attribute", "noun.body", "noun.cognition", "noun.communication", "noun.event",
    "noun.feeling", "noun.food", "noun.group", "noun.location", "noun.motive", "noun.object",
    "noun.person", "noun.phenomenon", "noun.plant", "noun.possession", "noun.process",
    "noun.quantity", "noun.relation", "noun.shape", "noun.state", "noun.substance",
    "noun.time", "verb.body", "verb.change", "verb.cognition", "verb.communication",
    "verb.competition", "verb.consumption", "verb.contact", "verb.creation", "verb.emotion",
    "verb.motion", "verb.perception", "verb.possession", "verb.social", "verb.stative",
    "verb.weather", "adj.ppl",
)
_POS_NUMBER = {"adj": 3, "adv": 4, "noun": 1, "verb": 2}


def lexnames_text() -> str:
    return "".join(f"{i:02d}\t{name}\t{_POS_NUMBER[name.split('.')[0]]}\n"
                   for i, name in enumerate(LEXNAMES))


def nltk_data_dir() -> Path:
    """``$NLTK_DATA`` if set, else ``~/nltk_data`` (one of NLTK's default roots)."""
    first = os.environ.get("NLTK_DATA", "").split(os.pathsep)[0]
    return Path(first) if first else Path.home() / "nltk_data"


def install(source: Path = DEBIAN_DIR, root: Path | None = None) -> Path:
    """Copy the database under ``root/corpora/wordnet`` (idempotent); return that folder."""
    if not (source / "data.noun").exists():
        raise FileNotFoundError(
            f"no WordNet database in {source}: run "
            "`apt-get install --no-install-recommends wordnet-base wordnet-sense-index`")
    dest = (root or nltk_data_dir()) / "corpora" / "wordnet"
    dest.mkdir(parents=True, exist_ok=True)
    for f in source.iterdir():
        if f.is_file() and not (dest / f.name).exists():
            shutil.copyfile(f, dest / f.name)
    (dest / "lexnames").write_text(lexnames_text(), encoding="ascii")
    return dest


def load() -> Any:
    """NLTK's WordNet reader, installing the Debian files under ``$NLTK_DATA`` first."""
    dest = install()
    import nltk
    from nltk.corpus.reader.wordnet import WordNetCorpusReader

    root = str(dest.parent.parent)
    if root not in nltk.data.path:
        nltk.data.path.insert(0, root)
    return WordNetCorpusReader(str(dest), None)
