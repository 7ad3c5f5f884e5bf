"""lemminflect's table held as lines (emotive.inflections) gives what lemminflect's own does."""

from __future__ import annotations

import subprocess
import sys

from lemminflect.codecs.InflectionLUCodec import InflectionLUCodec
from lemminflect.core.Inflections import Inflections

from emotive.inflections import LazyForms


def test_every_word_parses_to_lemminflects_own_forms() -> None:
    path = Inflections().infl_lu_fn
    full = InflectionLUCodec.load(path)
    lazy = LazyForms(path)
    assert len(lazy) == len(full)
    differing = [w for w in full if lazy.get(w) != full[w]]
    assert differing == []
    assert lazy.get("no-such-word-here", {}) == {}
    assert "be" in lazy and lazy.get("be")["VBD"] == ("was", "were")  # set by hand, not read


def test_getinflection_answers_the_same_in_a_process_using_it() -> None:
    """Through lemminflect's own calls, in a fresh process each way: words in the table,
    capitals, proper nouns, alternate tags and words it inflects by rule."""
    asks = [("worry", "VBD"), ("worry", "VBG"), ("bad", "JJS"), ("bad", "RBR"),
            ("Terrify", "VBZ"), ("Aaron", "NNPS"), ("be", "VBD"), ("can", "VBD"),
            ("glimb", "VBD"), ("scary", "JJR"), ("upset", "VBN"), ("child", "NNS"),
            ("nice", "JJR"), ("fine", "VBP")]
    code = ("import sys, json; from lemminflect import getInflection, getAllInflections\n"
            "if sys.argv[1] == 'compact':\n"
            "    from emotive.inflections import LazyForms, compact\n"
            "    from lemminflect.core.Inflections import Inflections\n"
            "    compact(); table = Inflections().infl_dict; compact()\n"
            "    assert isinstance(table, LazyForms) and Inflections().infl_dict is table\n"
            f"asks = {asks!r}\n"
            "print(json.dumps([[getInflection(w, t, inflect_oov=o) for w, t in asks]"
            " for o in (False, True)] + [getAllInflections(w) for w, _ in asks]))")
    answers = [subprocess.run([sys.executable, "-c", code, how], capture_output=True,
                              text=True, check=True).stdout for how in ("stock", "compact")]
    assert answers[0] == answers[1]
    assert '"worried"' in answers[1]

