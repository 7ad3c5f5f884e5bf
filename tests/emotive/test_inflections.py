"""lemminflect's table held as lines (emotive.inflections) gives what lemminflect's own does."""

from __future__ import annotations

import json
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



def test_spacy_is_loaded_without_its_command_line_stack() -> None:
    """The suggester imports spaCy without ``spacy.cli`` (typer, rich, httpx, weasel: 18 MB
    resident, session 42); in a fresh process, tagging works, and ``spacy.info`` and a later
    ``import spacy.cli`` still give the real ones."""
    code = ("import sys, json\n"
            "from emotive.analyze import Analyzer\n"
            "a = Analyzer(threads=1)\n"
            "t = 'I am so angry about the release.'\n"
            "got = a.suggest(t, 0, len(t), 'less:anger')\n"
            "tags = [u.tag for u in a.suggester.tokens('I am so angry.')]\n"
            "before = sorted(m for m in ('typer', 'weasel', 'rich', 'httpx') if m in sys.modules)\n"
            "import spacy\n"
            "about = spacy.info(markdown=False, silent=True)\n"
            "import spacy.cli\n"
            "print(json.dumps([bool(got), tags, before, 'spacy_version' in about,\n"
            "                  callable(spacy.cli.info), 'typer' in sys.modules]))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    suggested, tags, before, about, cli, typer = json.loads(out.strip().splitlines()[-1])
    assert suggested and tags == ["PRP", "VBP", "RB", "JJ", "."]
    assert before == []  # none of the command line's modules
    assert about and cli and typer  # the real ones, once asked for
