"""Edits of a sentence, and the word lists and phrase rules that make some of them.

An ``Edit`` replaces a character range of one sentence. This module knows which words are
intensifiers, chat markers, emoticons or swearing, applies the phrase rules of
``data/phrases.json`` (minced oaths, droppable hedges, curiosity as a request), deletes a
word or phrase with the punctuation that set it off, and checks that a replacement word
keeps the role of the one it replaces. ``suggest.py`` verifies every edit with the model.
"""

from __future__ import annotations

import functools
import itertools
import json
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

PHRASES = Path(__file__).with_name("data") / "phrases.json"
SCALES = Path(__file__).with_name("data") / "scales.json"
# prepositions a word selects ("afraid of", "worried about", "surprised by"): the lexicon
# counts them (training/lexicon.py), a replacement must take the same one or another it does
SELECTED = ("of", "about", "by", "at", "with", "in", "on")
# what else may follow a word: an infinitive, a "for", a clause ("afraid to ask", "worried
# for her", "scared that..."); a replacement the training texts do not show with it is
# refused ("uneasy to ask", "uneasy that..."), never given another
FRAMES = ("to", "for", "that")
# adjectives that take a clause of what the feeling or judgement is about, whatever the
# training texts show ("I'm bothered that the release slipped", "It's odd that we still
# don't have one"), with "that" or without it; written for emotive. Not "uneasy", and
# not "questionable" ("It's questionable that..." doubts the fact it should judge)
THAT_CLAUSE = frozenset({
    # a feeling about a fact: "I'm annoyed that..."
    "annoyed", "irritated", "bothered", "displeased", "frustrated", "upset", "angry", "mad",
    "furious", "outraged", "disappointed", "sad", "unhappy", "sorry", "glad", "happy",
    "pleased", "delighted", "thrilled", "relieved", "grateful", "thankful", "proud",
    "surprised", "amazed", "astonished", "shocked", "stunned", "worried", "concerned",
    "afraid", "scared", "frightened", "terrified", "nervous", "anxious", "embarrassed",
    "ashamed", "disgusted", "appalled", "puzzled", "sure", "certain", "confident",
    "convinced", "aware", "hopeful", "optimistic",
    # a judgement of a fact: "It's odd that..."
    "odd", "strange", "weird", "unusual", "bizarre", "surprising", "unexpected", "shocking",
    "astonishing", "unbelievable", "silly", "foolish", "ridiculous", "absurd", "crazy",
    "insane", "stupid", "dumb", "unfortunate", "regrettable", "disappointing", "depressing",
    "tragic", "heartbreaking", "upsetting", "annoying", "irritating", "frustrating", "infuriating",
    "maddening", "outrageous", "unacceptable", "concerning", "worrying", "alarming",
    "disturbing", "troubling", "scary", "frightening", "terrifying", "unsettling",
    "interesting", "notable", "fascinating", "funny", "amusing", "hilarious", "good", "nice",
    "great", "fine", "cool", "amazing", "awesome", "wonderful", "fantastic", "bad",
    "terrible", "awful", "horrible", "embarrassing", "awkward", "humiliating"})

STOP_LEMMAS = frozenset({"be", "have", "do", "get", "go", "make", "say", "will", "would",
                         "can", "could", "should", "may", "might", "must", "thing", "lot",
                         "way", "time", "people", "guy", "one", "there", "here", "then",
                         "now", "just", "also", "too", "as", "so", "well", "even", "most",
                         "more", "much", "many", "ever", "never", "very", "least", "less",
                         "only", "still", "always", "again", "really",
                         # time and place words: "before" -> "in front" is another sense
                         "before", "after", "ago", "yet", "already", "soon", "later", "back",
                         "away", "out", "up", "down",
                         # light verbs and quantity words: "I feel like crying" -> "I
                         # reason like crying", "looks like" -> "sees like", "more than
                         # enough" -> "more than numerous"
                         "feel", "seem", "look", "sound", "enough", "bit", "other", "same",
                         "all", "little", "few"})  # "at all" -> "at whole", "have little
# faith" -> "have small faith"
INTENSIFIERS = frozenset({"so", "very", "really", "extremely", "totally", "absolutely",
                          "completely", "utterly", "incredibly", "terribly", "awfully",
                          "insanely", "super", "fucking", "freaking", "damn", "bloody",
                          "seriously", "literally", "truly", "deeply", "highly", "such",
                          # emphasis that reads as surprise or insistence
                          "even", "actually", "just", "ever", "honestly", "frankly", "clearly",
                          "obviously", "definitely", "certainly", "surely", "indeed"})


# dropped rather than replaced: chat markers whose tone is their whole meaning
MARKERS = frozenset({"lol", "lmao", "lmfao", "rofl", "haha", "hahaha", "hah", "hehe", "omg",
                     "wow", "xd", "yay", "woohoo", "ugh", "argh", "jeez", "wtf", "smh",
                     "omfg", "ffs", "yikes", "ah", "ahh", "oh", "ooh", "aww", "awww",
                     "whoa", "woah", "huh", "oof", "hmm", "hmmm", "geez", "welp", "phew",
                     "bruh", "umm", "mmm"})
# a laugh or a chat marker drawn out: "hahahaha", "ahaha", "hehehe", "lolol", "lmaooo"
DRAWN_OUT = re.compile(r"a?(?:ha){2,}h?|(?:he){3,}h?|lo+l(?:o+l)+|lmf?a+o{2,}", re.IGNORECASE)

# worth parsing for a question: a "?", or a first word that opens one ("Did you taste it")
QUESTION = re.compile(r"\?|^\W*(?:who|what|when|where|which|why|how|is|are|was|were|do|does|"
                      r"did|can|could|will|would|should|has|have|had)\b", re.IGNORECASE)
ASIDE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")  # "(his dad?)": a question aside


def asks(sentence: str) -> bool:
    """Does the sentence look like a question? Not for a question in an aside: "That guy
    (his dad?) was so proud"."""
    return bool(QUESTION.search(ASIDE.sub("", sentence)))


# a word of two letters or more: a rewrite must keep one ("Lol!" -> "!" keeps none)
WORDLIKE = re.compile(r"[^\W\d_]{2,}")
# what completes an emoji after its first character: skin tones, variation selectors and
# characters joined by a zero-width joiner ("👍🏼", "❤️", "👨‍👩‍👧")
EMOJI_TAIL = re.compile("(?:[\U0001F3FB-\U0001F3FF\uFE0F]|\u200D.)+")
EMOTICON_MOUTH = re.compile(r"[:;=8][-o^']?[()\[\]]+")  # ":(((", ";-)"
JOINING = re.compile(r"\b(?:and|but|or|because|cause|cuz)\s*$", re.IGNORECASE)
# what follows a swear that is a noun ("give a damn about", "give a fuck what you think")
OBJECT_SWEAR_ENDS = re.compile(r"\s*(?:(?:about|for|if|whether|what|who|how|anymore|either)\b"
                               r"|[.!?,;:…]|$)", re.IGNORECASE)
# names called: "you idiot" said to someone is no part of what the sentence says
INSULTS = frozenset({"idiot", "moron", "imbecile", "dumbass", "asshole", "prick", "dick",
                     "jerk", "bastard", "twat", "cunt", "loser", "clown", "fool", "douche",
                     "douchebag", "dipshit", "shithead", "nitwit", "halfwit", "dimwit",
                     "buffoon", "cretin", "tosser", "wanker", "scumbag", "retard", "numpty"})
# a sentence that only calls a name or tells someone to go: "Fucking dumbass.", "You
# idiot!", "Now fuck off." (a one-word one, "Idiot.", is phrases.json's exclamation)
ABUSE_ONLY = re.compile(
    r"(?:(?:now|just|so|and|oh|what|such|an?|you|you['’]?re|youre|ur|u|absolute|complete|"
    r"total|fucking|fuckin|freaking|stupid|little|dumb|fat|utter|pathetic|bloody|damn|"
    r"goddamn)\s+)*(?:" + "|".join(sorted(INSULTS)) + r")s?"
    r"|(?:now |just |so |and |oh )?(?:(?:fuck|piss|bugger) off|get lost|go away|"
    r"shut (?:the fuck )?up|gtfo|stfu)", re.IGNORECASE)


def abusive(sentence: str) -> bool:
    """Does ``sentence`` only call a name or tell someone to go ("Fucking dumbass.")?"""
    return ABUSE_ONLY.fullmatch(sentence.strip().rstrip(".!?…").rstrip()) is not None


def ends_joined(sentence: str, start: int, end: int) -> bool:
    """Is sentence[start:end] the last word, all that a conjunction joins ("huge but damn..",
    "read it in its entirety but wow.")? Then it stays: "huge but.." joins nothing."""
    return bool(re.match(r"[\s.!?…]*$", sentence[end:]) and JOINING.search(sentence[:start]))


def swear_is_object(sentence: str, start: int, end: int) -> bool:
    """Is the swear at sentence[start:end] a noun, the object of "give a damn about", "give
    a fuck what you think"? Dropped, it leaves "give an about"."""
    return bool(re.search(r"\b(?:a|one)\s*$", sentence[:start], re.IGNORECASE)
                and OBJECT_SWEAR_ENDS.match(sentence[end:]))


# what blood is on, after "bloody": no swearing (-03zzzzzzi)
BLOODIED = frozenset({"nose", "noses", "lip", "lips", "mouth", "face", "hand", "hands", "knuckle",
                      "knuckles", "knee", "knees", "nail", "gum", "gums", "tooth", "teeth",
                      "finger", "fingers", "head", "body", "bodies", "stump", "wound", "cut",
                      "mess", "battle", "war", "fight", "massacre", "murder", "violence",
                      "conflict", "revolution", "clash", "scene", "trail", "sheet", "sheets",
                      "tissue", "towel", "shirt", "stool", "diarrhea", "urine", "mary"})
# what ends an oath on someone ("Damn you!", "Damn them.", "Damn you and your facts", "Damn
# you [NAME]"), not an exclamation before a clause ("Damn you were thirsty")
OATH_END = r"\s*(?:[.,!?…;:*)]|$|and\b|all\b|\[NAME\]|to hell\b)"
# whom or what an oath is on, then its end: "Damn you!", "Damn the facts!" (-03zzzzc); "Damn
# it" is kept where the oath is read (phrase_edits, suggest._droppable), before any verb too
OATH_ON = r"\s+(?:(?:ya|you|u|him|her|them|me|us|em)|the\s+\w+)\b" + OATH_END
OATHS_ON = re.compile(OATH_ON, re.IGNORECASE)
# swearing used as an intensifier: dropped whole ("What the fuck is this" -> "What is this");
# not a verb before its object ("if no one's fucking ya") or particle ("freaking out",
# "fucking up your kettles", "stop fucking about with", -03zzzzzzo),
# nor "the hell" closing an exclamation ("This is dank what the hell" -> "...what") or in
# "the fuck out of" ("chafe the fuck out of you" -> "chafe out of you"): those are softened
# ("the heck")
SWEARING = re.compile(r"\s*\b(?:the (?:fuck|hell|heck)(?!\s*(?:[.!?,…]|out of\b|$))|"
                      r"as (?:fuck|hell)|"
                      r"(?:fucking|fuckin'?|fkin|freaking|frickin'?)"
                      r"(?!\s+(?:ya|you|u|him|her|them|me|us|em|out|around|about|off|with|"
                      r"up|over)\b)|"
                      # "bloody" of blood: "a bloody nose", "His face was bloody."
                      r"bloody(?!\s*(?:[.!?,…]|$)|\s+(?:" + "|".join(sorted(BLOODIED)) + r")\b)|"
                      r"(?:god[- ]?damn(?:ed)?|damn)"
                      # not an oath on someone: "Science damn you!" -> "Science you!"
                      r"(?!" + OATH_ON + r"))"
                      r"(?:\b|(?<=')(?=\s|$))", re.IGNORECASE)


def load_phrases(path: Path = PHRASES) -> tuple[
        list[tuple[re.Pattern[str], str]], list[re.Pattern[str]], dict[str, frozenset[str]],
        frozenset[str]]:
    """The phrase rules: (pattern, rewording) pairs, patterns of droppable hedges, the
    adjectives that say how a person feels and idioms kept whole. A pattern's "<NAME>"
    stands for the shared piece ``parts`` gives NAME, which may itself name others."""
    table = _phrase_table(path)
    parts = table.get("parts", {})
    return ([(re.compile(rf"\b{_expanded(p, parts)}\b", re.IGNORECASE), r)
             for p, r in table["reword"]],
            [re.compile(_expanded(p, parts), re.IGNORECASE) for p in table["drop"]],
            {k: frozenset(v) for k, v in table["feelings"].items()},
            frozenset(table.get("fixed", ())))


@functools.cache
def _phrase_table(path: Path) -> dict[str, Any]:
    """phrases.json as read once per path: the rules and each ``phrase_part`` another module
    takes at import share it (it was read five times, 0.36 ms each)."""
    with open(path, encoding="utf-8") as f:
        table: dict[str, Any] = json.load(f)
    return table


def _expanded(pattern: str, parts: dict[str, str]) -> str:
    return re.sub(r"<([A-Z_]+)>", lambda m: _expanded(parts[m.group(1)], parts), pattern)


def phrase_part(name: str, path: Path = PHRASES) -> str:
    """The regular expression the phrase rules' shared piece ``name`` stands for, with the
    pieces it names written out: what another module matches as the rules do."""
    return _expanded(f"<{name}>", _phrase_table(path).get("parts", {}))


REWORD, HEDGES, FEELINGS, IDIOMS = load_phrases()
# a comment word that may open a sentence before a frame the "drop" rules know: "Honestly,
# I'm shocked the budget passed" -> "Honestly, the budget passed" (2026-12-02); "omg i cant
# believe that nifty is still a thing" -> "omg that nifty is still a thing" (session 37); a
# greeting before a comma: "Hi team, I'm thrilled to say that the migration finished
# overnight." -> "Hi team, the migration finished overnight." (session 50, read_32)
OPENER = re.compile(r"(?:honestly|frankly|seriously|genuinely|truly|tbh|ngl|wow|man|dude|"
                    r"to be honest|not gonna lie|not going to lie|in all honesty|"
                    r"yeah|omg|omfg|oh my god|lol|lmao|lmfao|(?:hi|hey|hello|dear) (?:all|team|"
                    r"everyone|everybody|folks|guys|friends|both)(?=,))(?:,\s*|\s+)(?=\w)",
                    re.IGNORECASE)
# the only adjectives that may replace a participle naming a feeling ("I'm so scared" ->
# "I'm so uneasy"); "I'm shocked that" -> "I'm odd that" says something else
EXPERIENCER = frozenset().union(*FEELINGS.values())


# words the scales read, to tone them down, but never offer: "pissed" is a swear, and in
# British English drunk ("…lost my passport photos and I'm fuming" -> "and I'm pissed";
# session 57, read_84)
UNOFFERED = frozenset({"pissed"})


class Scales:
    """Graded words (``data/scales.json``): "terrified" > "scared" > "worried". A word's
    milder or stronger neighbours on each of its scales, nearest tier first. Scales under
    "a+to" hold only before an infinitive ("scared to ask" -> "hesitant to ask"), and those
    under "a+found" only before one of finding out ("horrified to find" -> "disturbed to
    find")."""

    def __init__(self, path: Path = SCALES) -> None:
        with open(path, encoding="utf-8") as f:
            table = json.load(f)
        # "pos:lemma" -> [(tiers of one scale, the word's tier), ...]
        self.places: dict[str, list[tuple[list[list[str]], int]]] = {}
        for pos, scales in table.items():
            if pos.startswith("_"):
                continue
            for tiers in scales:
                for k, tier in enumerate(tiers):
                    for word in tier:
                        self.places.setdefault(f"{pos}:{word}", []).append((tiers, k))

    def graded(self, pos: str, lemma: str, milder: bool, offered: bool = True
               ) -> list[tuple[str, int]]:
        """(word, tiers away) on the milder (or stronger) side of ``lemma``, nearest first;
        a word on several scales keeps its nearest distance. Words to offer leave out
        ``UNOFFERED``."""
        out: dict[str, int] = {}
        for tiers, k in self.places.get(f"{pos}:{lemma}", []):
            side = range(k - 1, -1, -1) if milder else range(k + 1, len(tiers))
            for j in side:
                for word in tiers[j]:
                    if word != lemma and not (offered and word in UNOFFERED):
                        out[word] = min(out.get(word, 99), abs(k - j))
        return sorted(out.items(), key=lambda x: x[1])

    def takes(self, frame: str, lemma: str) -> bool:
        """Is ``lemma`` on a scale of adjectives before ``frame`` ("a+to": "nervous to
        ask"; "a+found": "disturbed to find")? Then it takes that frame whatever the
        training texts show."""
        return f"a+{frame}:{lemma}" in self.places

    def mates(self, pos: str, lemma: str) -> frozenset[str]:
        """The other words of its tiers: about the same thing with the same force."""
        return frozenset(w for tiers, k in self.places.get(f"{pos}:{lemma}", [])
                         for w in tiers[k] if w != lemma)

    def kin(self, pos: str, lemma: str) -> frozenset[str]:
        """Every word on the scales of ``lemma`` (none when it is on no scale)."""
        return frozenset(w for tiers, _ in self.places.get(f"{pos}:{lemma}", [])
                         for tier in tiers for w in tier)

    def stronger(self, pos: str, lemma: str, candidate: str, than: bool = True) -> bool:
        """Is ``candidate`` on a stronger tier than ``lemma`` of a scale they share (on a
        milder one, with ``than=False``)? "sorrow" -> "grief" does not tone it down."""
        return any(w == candidate for w, _ in self.graded(pos, lemma, milder=not than,
                                                          offered=False))


SCALED = Scales()


OPENERS = "\"“‘'(*_>"  # what may open a sentence before its first word
# words after which a request may open a clause ("so please tell me how..."); after others
# it is part of one ("that's why please tell me how")
CLAUSE_LEADS = frozenset({"and", "but", "so", "also", "then", "now", "anyway", "though", "tho",
                          "tbh", "lol", "ok", "okay", "yeah", "yes", "well", "edit"})
# ASCII emoticons, dropped like emoji: ":(", ":-)", ";)", ":D", ":'(", "<3", "xD"
EMOTICON = re.compile(r"[:;=8][-'^]?[()\[\]DPpOo/\\|*3]+|[()\[\]]+[-']?[:;=]|<3+|[xX]D+")


def is_emoji(text: str) -> bool:
    return bool(text) and all(unicodedata.category(c) in ("So", "Sk", "Mn", "Cf")
                              for c in text) and any(ord(c) > 0x2000 for c in text)


# words spelt with a vowel that start with a consonant's sound, and the other way round
A_BEFORE = re.compile(r"(?:uni|use|usu|uti|ure|eu|ewe|one\b|once\b|ouija)", re.IGNORECASE)
AN_BEFORE = re.compile(r"(?:hour|honest|honou?r|heir)", re.IGNORECASE)


def article_for(word: str, like: str = "a") -> str:
    """"a" or "an" for the word that follows it (by its first sound, read off its
    spelling), in the case of ``like``: "an upset customer", "a bothered customer", "a
    useful tool", "an honest mistake"."""
    word = word.lstrip()
    vowel = (word[:1].lower() in "aeiou" and not A_BEFORE.match(word)) or bool(
        AN_BEFORE.match(word))
    return match_case("an" if vowel else "a", like)


def is_marker(text: str) -> bool:
    """A chat marker (also drawn out: "hahahaha"), emoji or emoticon: its tone is its whole
    meaning, so it is dropped."""
    return text.lower() in MARKERS or is_emoji(text) or bool(
        EMOTICON.fullmatch(text) or DRAWN_OUT.fullmatch(text))


@dataclass(frozen=True)
class Edit:
    start: int  # within the sentence
    end: int
    replacement: str
    gain: float


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    lemma: str
    pos: str
    tag: str


def match_case(word: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def role_changes(word: str, candidate: str, pos: str = "ADJ") -> bool:
    """"angry" -> "upsetting", "terrified" -> "terrifying": one names the feeling, the
    other its cause. Refuse a rewrite that adds or drops the -ing of a participle, one that
    puts a plain adjective where a participle names a feeling ("shocked" -> "odd") or such a
    participle where a plain adjective said what something is ("stupid" -> "confused"), or a
    feeling of the other polarity ("worried" -> "calm")."""
    head = candidate.split()[0]
    if word.endswith("ing") != head.endswith("ing"):
        return True
    pos_, neg = FEELINGS["positive"], FEELINGS["negative"]
    if (word in neg and head in pos_) or (word in pos_ and head in neg):
        return True  # "I'm worried that" -> "I'm calm that" says the opposite
    if word.endswith("ed") and word in EXPERIENCER:  # "I'm surprised by" -> "I'm acted by"
        return head not in EXPERIENCER
    if pos == "ADJ" and head.endswith("ed") and not word.endswith("ed") and not (
            word in EXPERIENCER and head in EXPERIENCER):
        return True  # "it would be stupid not to" -> "confused", "an awful bashing" ->
        # "a disappointed bashing" ("sad" -> "disappointed" is fine, "sad" -> "shamed" not)
    return pos == "ADJ" and word.endswith("ed") and head not in EXPERIENCER


# what opens a clause after an adverb that closed the one before ("advice actually, i was")
CLAUSE_OPENERS = frozenset({"i", "you", "he", "she", "we", "they", "it", "and", "but", "so",
                            "or", "there", "this", "that"})


def _closes_clause(lead: str, rest: str) -> bool:
    """Does an adverb between ``lead`` and a comma and ``rest`` close a clause, so that the
    comma stays when it goes ("advice actually, i was" -> "advice, i was", "to work with
    unfortunately, and never" -> "to work with, and never")? Not after a conjunction or a
    pronoun ("But seriously, you're" -> "But you're", "use it seriously, but" -> "use it
    but") nor before a word of the same clause ("really, really bad")."""
    before, after = lead.split()[-1:], rest.split()[:1]
    return bool(before and after) and before[0][-1:].isalnum() and (
        before[0].lower() not in CLAUSE_OPENERS) and after[0].lower() in CLAUSE_OPENERS


EMPHASIS = ("**", "__")  # Markdown's marks on either side of one word: "*aggressively*"


def _set_off(sentence: str, start: int, end: int, marks: tuple[str, ...] = EMPHASIS) -> bool:
    """Is ``sentence[start:end]`` set off by a pair of ``marks``, one on either side?"""
    return start > 0 and sentence[start - 1:start] + sentence[end:end + 1] in marks


SAID_I = re.compile(  # "I" opening a clause: "I didn't", "I'm", "I think"
    r"I(?:['’](?:m|ve|ll|d)\b|\s+(?:\w+n['’]?t|am|was|have|had|do|did|can|could|will|would|"
    r"think|thought|love|hate|just|really|know|knew|guess|mean|feel|felt|need|want|got|get|"
    r"used|never|always|also|still|saw|see|remember|swear|wish|hope|bet|like|agree)\b)")
JOINERS = frozenset({"and", "but", "or", "so", "because", "cause", "cuz", "coz", "when", "if",
                     "that", "the", "a", "an", "to", "of", "as", "than", "then", "since",
                     "while", "like"})  # after these "lol I" goes on with the clause
NOUN_MARK = re.compile(r"['’]s?\b")  # a swear word as a noun: "Damn's are…"
NAMED = re.compile(  # what a swear word in capitals names with the next word
    r"\s*(?:Mary|Sunday|Sundae|Grail|Spirit|Ghost|See|Land|Trinity|Bible|Roman|Father|"
    r"Communion|Valentine|Week|War|Water|Yankees)\b")
ASKED = re.compile(  # a question's opening words, in lower case
    r"(?:what|how|why|who|where|when)['’]s\b|"
    r"(?:what|how|why|who|where|when|is|are|was|were|do|does|did|can|could|would|will)\s+(?:"
    r"is|are|was|were|do|does|did|can|could|would|will|the|this|that|it|you|i|he|she|they|"
    r"we)\b")


def emphasized(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of Markdown's emphasis around ``sentence[start:end]`` alone, with the
    punctuation inside it: "**Wow!**" of "Wow", "*really*" of "really"."""
    if (mark := re.search(r"(?<![*_~])(\*{1,3}|_{1,2}|~~)$", sentence[:start])) and (
            wrap := re.match(r"[.!?,]*" + re.escape(mark.group(1)) + r"(?![*_~])",
                             sentence[end:])):
        return mark.start(), end + wrap.end()
    return None


# a word that opens a clause of its own, not one a verb takes ("I think, honestly, that…")
CLAUSE_OPENS = re.compile(r"(?:what|why|how|who|where|which|whose|and|but|so|or|yet)\b",
                          re.IGNORECASE)


def deletion(sentence: str, t: Token, gain: float) -> Edit:
    """Drop a word with the space after it (before it, at the end) and the comma that set
    it off ("Damn, I didn't know" -> "I didn't know"; "It was, honestly, fine" -> "It
    was fine"), but not the one before a clause of its own (``CLAUSE_OPENS``: "…in the nave,
    honestly, what goes…" -> "…in the nave, what goes…"); a sentence-initial deletion
    carries the capital over to the next word.
    A word set off by Markdown emphasis or alone in parentheses takes its marks along ("I
    *aggressively* call", "**Wow!** That", "we can't see it now (unfortunately)." ->
    "...now.")."""
    if marked := emphasized(sentence, t.start, t.end):
        if (stop := sentence[t.end:marked[1]].rstrip("*_~")) and not sentence[marked[1]:].strip():
            start = len(sentence[:marked[0]].rstrip().rstrip(","))  # at the end, its stop
            return Edit(start, len(sentence.rstrip()), stop, gain)  # stays: "That is great
            # **wow!**" -> "That is great!"
        t = replace(t, start=marked[0], end=marked[1])
    elif _set_off(sentence, t.start, t.end, ("()",)):
        t = replace(t, start=t.start - 1, end=t.end + 1)
    end = t.end
    if sentence[end:end + 1] in ("'", "’") and sentence[end + 1:end + 2] in (" ", "") and not (
            any(c in "'‘’" for c in sentence[:t.start])):
        end += 1  # a stray mark stuck to the word goes with it: "Oh' how the mighty have
        # fallen" was "' how the mighty…" (-04zzzo)
    if EMOTICON_MOUTH.fullmatch(t.text):  # the tokenizer may leave some of its mouth:
        while sentence[end:end + 1] == t.text[-1]:  # "cry :((((" -> "cry(" (train scan)
            end += 1
    if m := EMOJI_TAIL.match(sentence, end):  # or an emoji's skin tone: "sure 👍🏼" ->
        end = m.end()  # "sure🏼" (a random draw of session 18)
    if is_emoji(t.text):  # a run of emoji goes whole, whichever of its tokens is dropped:
        # "questions 😂😂" -> "questions", not "questions😂"
        while end < len(sentence) and (is_emoji(sentence[end]) or EMOJI_TAIL.match(
                sentence, end)):
            end += 1
        k = t.start
        while k > 0 and (is_emoji(sentence[k - 1]) or EMOJI_TAIL.match(sentence, k - 1)):
            k -= 1
        t = replace(t, start=k)
    if is_marker(t.text) and (pair := re.search(r"(?<!\S)([^\W\d_]+) $", sentence[:t.start])) and (
            is_marker(pair.group(1))):  # two markers go together: "crew, oh wow." ->
        t = replace(t, start=pair.start(1))  # "crew.", not "crew, oh." (-03e)
    lead = sentence[:t.start].rstrip()
    if lead.endswith((".", "…")) and (dots := re.match(r"\s*[.…]+", sentence[end:])):
        end += dots.end()  # between two ellipses, one goes with it: "a butt ....hahaha
        # ......every 4th grader" -> "a butt ....every 4th grader", not ".........."
    first = opens(sentence, t.start) or (t.text[:1].isupper() and t.text != "I" and (
        _after_face(sentence, t.start)))
    if first and sentence[end:end + 2] == " ,":
        end += 1  # the comma set off with a space: "Yeah , you can’t change my mind" was
        # ", you can’t change my mind" (-04zzzza)
    # the comma after it goes too, but a marker or interjection closing a clause leaves it:
    # "It's cool lol, no hard feelings" -> "It's cool, no hard feelings", "The hammer eh,
    # interesting." -> "The hammer, interesting.", "tyvm for this advice actually, i was" ->
    # "advice, i was" (-03zzd); after a conjunction the comma goes too: "yet but wow, what a
    # reach" -> "yet but what a reach", not "but, what" (-03zzp)
    # (an opening quotation mark is no clause: '"Haha, my mind' -> '"My mind', -03zzzg),
    # nor is a full stop: "Err. Lol, I guess." -> "Err. I guess.", not "Err., I guess."
    # (-05zzzz)
    said = lead.lstrip("\"“'")
    if sentence[end:end + 1] == "," and not (
            not first and said and not said.endswith(",") and not JOINING.search(said) and (
                is_marker(t.text) or (t.pos == "INTJ" and said[-1].isalnum())
                or (t.pos == "ADV" and _closes_clause(said, sentence[end + 1:])))):
        end += 1
    elif first:  # "Wow! That's great" -> "That's great", "Really? How" -> "How"
        spaced = len(sentence) - len(sentence[end:].lstrip(" "))
        if spaced < len(sentence) and sentence[spaced] in "!?.…-–—":
            end = spaced  # "Yikes ... that's bad" -> "That's bad", not "... that's bad";
            # "Yeah -- a woman who..." -> "A woman who...", not "-- a woman" (-03zzz)
        while end < len(sentence) and sentence[end] in "!?.…-–—":
            end += 1
    comma_after = end > t.end
    while end < len(sentence) and sentence[end] == " ":
        end += 1
    start = t.start
    if end == t.end and lead.endswith(("...", "…")) and re.match(r"\.(?!\.)", sentence[end:]):
        end += 1  # the ellipsis ends it: "somehow... lol. :/" -> "somehow... :/", not
        # "somehow.... :/" (-03zzg)
        while start > 0 and sentence[start - 1] == " ":
            start -= 1
    if lead.endswith(",") and (comma_after or end == len(sentence) or
                               sentence[end] in ".!?"):
        # ", honestly," -> " "; "Thanks, lol." -> "Thanks."; but a comma that set off a
        # clause's start stays: "Eating chips in the nave, honestly, what goes through
        # people's heads?" was "…in the nave what goes…" (session 65, read_389)
        start = len(lead) - 1
        gap = ", " if CLAUSE_OPENS.match(sentence, end) else " "
        return Edit(start, end, gap if comma_after and end < len(sentence) else "", gain)
    if end == t.end or (lead and end >= len(sentence.rstrip())):  # "happened. Lol." ->
        while start > 0 and sentence[start - 1] == " ":  # "happened.", not "happened. "
            start -= 1
    if lead and lead[-1].isalnum() and end < len(sentence) and sentence[end].isupper() and (
            not any(c.isalpha() for c in t.text) or (is_marker(t.text) and not (
                re.match(r"I\b|[A-Z]{2}", sentence[end:]) and not (
                    SAID_I.match(sentence, end) and lead.rsplit(None, 1)[-1].lower() not in (
                        JOINERS))))) and end > t.end:
        return Edit(len(lead), end, ". ", gain)  # a face or a laugh that ended a sentence
        # leaves its full stop: "That sounds awful )-: I'm so grateful" -> "That sounds
        # awful. I'm so grateful", not "awful I'm" (-03zzb); "Damn, dude lol You should've"
        # -> "Damn, dude. You should've" (-03zzk), not before a word in capitals, nor
        # before "I" unless a clause starts there after one that could end ("a long neck
        # lmao I didn't even realize" -> "a long neck. I didn't…", -04zzp; not "because
        # lol I")
    if lead and lead[-1].isalnum() and (is_marker(t.text) or t.pos == "INTJ") and (
            end > t.end and ASKED.match(sentence, end)):
        return Edit(len(lead), end + 1, ". " + sentence[end].upper(), gain)  # nor before a
        # question it parted from the sentence: "from porn lol what is the original context"
        # -> "from porn. What is…", not "from porn what is…" (-04zt); "though ha who’s a
        # failure now" (-04zzo)
    return (first and _capital_carried(sentence, start, end, gain)) or Edit(
        start, end, "", gain)


def apostrophes_of(sentence: str, text: str) -> str:
    """``text`` (straight apostrophes) with the writer's curly ones, if that is all the
    sentence uses: "It’s a pity", "whether it isn’t"."""
    return text.replace("'", "’") if "’" in sentence and "'" not in sentence else text


def apply(sentence: str, edit: Edit) -> str:
    return sentence[:edit.start] + edit.replacement + sentence[edit.end:]


# what one word left alone may not be: an interjection, a bare reaction, a name
_NO_REMNANT = re.compile(
    r"o+h+|a+h+|a+w+|w+o+w+|uffda|lo+l+|lmf?a+o+|(?:h+a+)+h?|ye+a+h*|ye+s+|yu+p+|ye+p+|o+k+"
    r"|okay|da+mn|hu+h+|h+m+|o+m+g+|who+a+|wo+a+h+|u+g+h+|(?:wh)?o+p+s+(?:ie)?|meh|well|so|and|but"
    r"|name|nice|cool"
    r"|great|awesome|amazing|sweet|wonderful|fantastic|beautiful|perfect")


def _leaves_a_word(sentence: str, start: int, end: int) -> bool:
    """Would dropping ``start:end``, a whole sentence of ``sentence`` (a unit of several),
    leave nothing, or only an interjection, a bare reaction or a name: "Uffda. What a
    hero." -> "Uffda." (-05zzzzzzzu), "Oh. Great" -> "Oh.", "Awesome! Thank you!" ->
    "Awesome!"? What it was said about is then not there. A word that says something may be
    left: "Subscribed! I love it." -> "Subscribed!" (-05zzzzzzzw). So may a clause after a
    comma or a dash not go where only such a word is before it: "Ah, my bad." -> "Ah."."""
    if not (sentence[:start].rstrip()[-1:] in (".", "!", "?", "…") or (
            start == 0 and re.search(r"[.!?…]\s", sentence[start:end]))
            or sentence[start:end].lstrip()[:1] in (",", "-", "–", "—")):
        return False
    left = re.findall(r"\w+(?:['’]\w+)?", sentence[:start] + sentence[end:])
    while left and left[0].lower() in ("and", "but", "so", "or"):
        del left[0]  # a conjunction before it does not count: "And whoops, my bad." is no
        # "And whoops." (-05zzzzzzzzzo)
    return not left or (len(left) == 1 and bool(_NO_REMNANT.fullmatch(left[0].lower())))


def phrase_edits(sentence: str, kind: str) -> list[Edit]:
    """Swearing used as an intensifier and hedges are dropped, other profanity softened
    ("What the hell" -> "What the heck") and curiosity put as a request (phrases.json).
    "!" is a strong cue of joy, surprise and anger: calm it to "." (or "?" for "?!"),
    or, raising an emotion (``kind`` "more"), let a full stop at the end become "!"."""
    out = []
    if kind != "more":
        for m in SWEARING.finditer(sentence):
            if "-" in (sentence[m.start() - 1:m.start()] if m.start() else "",
                       sentence[m.end():m.end() + 1]):
                continue  # inside a word: "Un-fuckin-believable" -> "Un--believable"
            if NOUN_MARK.match(sentence, m.end()):
                continue  # the word as a noun: "Damn's are not the way forward?" was "'s are
                # not…" (-03zzzzzf)
            if m.group().lstrip()[:1].isupper() and NAMED.match(sentence, m.end()):
                continue  # a name: "Bloody Sundae" (of "Bloody Sunday") is no "Sundae"
                # (-04zzk); "Fucking Real Madrid" may be "Real Madrid"
            if re.match(r"\s*it\b(?!\s+(?:is|was|['’]s|will|would|has|had|can|could|does|did|"
                        r"seems|looks|sounds|feels|must|might|should|gets|got)\b)",
                        sentence[m.end():], re.IGNORECASE):
                continue  # the oath itself: "Crap... god damn it." is not "Crap... it.",
                # "Damn it, karen" not "It, karen", "Damn it [NAME], now..." (-03zz)
            if ends_joined(sentence, m.start(), m.end()) or swear_is_object(
                    sentence, m.start(), m.end()):
                continue  # "huge but damn.." is no "huge but..", "give a damn about it" no
                # "give an about it" ("give a darn" is the reword)
            words = m.group().lstrip()
            start = m.end() - len(words)  # the words, without the space
            the = words.lower().startswith("the ")  # "the hell", "the fuck"
            if the and re.search(
                    r"\b(?:with|to|in|from|of|like|through|into|than)\s*$", sentence[:start],
                    re.IGNORECASE):
                continue  # a place, not an oath: "compared with the Hell Mars is" was
                # "compared with Mars is" (-03zzzzc)
            if the and re.search(
                    r"(?:^|[,;:.!?…]|\b(?:and|but|so|or)\b)\s*$", sentence[:m.start()],
                    re.IGNORECASE):
                if re.match(r"\s+(?:is|are|was|were|do|does|did|have|has)\b|['’]s\b",
                            sentence[m.end():], re.IGNORECASE):
                    out.append(Edit(start, m.end(), match_case(
                        "what", sentence[start:m.end()]) if opens(sentence, start) else "what",
                                    0.2))
                continue  # a question word itself: "the hell is wrong with us?" (what the
                # hell is) is no "is wrong with us?", but "what is wrong with us?"
            if the and re.search(
                    r"(?:^|[,;:.!?…])\s*what$", sentence[:m.start()], re.IGNORECASE) and not (
                    re.match(r"\s+(?:is|are|was|were|am|do|does|did|have|has|had|can|could|"
                             r"would|will|should|happened|kind|sort|type)\b|['’](?:s|re)\b",
                             sentence[m.end():], re.IGNORECASE)):
                continue  # an exclamation, not a question: "What the fuck burn it" was
                # "What burn it", "What the fuck I thought..." would be "What I thought..."
                # ("What the heck" is the reword); "asked me what the hell I was reading" asks
            if _set_off(sentence, m.start(), m.end()):
                # set off by Markdown emphasis, the marks go too: "Oh my *FUCKING* **GOD**"
                # -> "Oh my **GOD**", not "Oh my ** **GOD**" (-03zzzg)
                spaced = m.start() > 1 and sentence[m.start() - 2] == " "
                out.append(Edit(m.start() - 1 - spaced, m.end() + 1, "", 0.2))
                continue
            if not opens(sentence, m.start()):  # with the space before it
                closing = re.match(r"[\s.!?…]*$", sentence[m.end():]) and (
                    sentence[:m.start()].endswith(","))
                # and the comma that set it off at the end: "A real bro move, damn." ->
                # "A real bro move.", not "move,."
                taken = not closing and not words[:1].isspace() and start == m.start() and (
                    sentence[m.end():m.end() + 1] == " ")  # no space before it, but after:
                # "(fucking kill me)" -> "(kill me)", not "( kill me)" (-04zzzzzzzzs)
                out.append(Edit(m.start() - 1 if closing else m.start(), m.end() + taken, "",
                                0.2))
                continue
            # opening the sentence: with the space after it, the next word taking the
            # capital ("Freaking hate cats" -> "Hate cats", not " hate cats")
            stop = m.end()
            while stop < len(sentence) and sentence[stop] in " ,.!?…":
                stop += 1  # "Goddamn. I'd tap out" -> "I'd tap out", not ". I'd tap out"
            if stop < len(sentence.rstrip()):
                out.append(drop(sentence, start, stop, 0.2))
        out += _abuse_dropped(sentence)
        opener = OPENER.match(sentence)
        for pattern in HEDGES:
            for m in pattern.finditer(sentence):
                if m.end() > m.start() and not _leaves_a_word(sentence, m.start(), m.end()):
                    out.append(drop(sentence, m.start(), m.end(), 0.2))
            if opener and pattern.pattern.startswith("^"):  # the frame after the opener
                k = opener.end()
                out += [drop(sentence, k + m.start(), k + m.end(), 0.2)
                        for m in pattern.finditer(sentence[k:]) if m.end() > m.start()
                        and (opener.group().rstrip().endswith(",")
                             or re.match(r"[Ii]\b", m.group()))
                        and (not re.search(r"[.!?…]\s", m.group())
                             or re.match(r"I\b", sentence[k + m.end():]))]
                # an opener with no comma is an adverb of the next word, unless that is
                # "I": "Honestly I'm shocked X" -> "Honestly X", but "Genuinely curious,
                # what year is it?" is no "Genuinely what year is it?"; a whole sentence
                # after it leaves it before the next one's capital, which only "I" keeps:
                # not "Yeah, sorry for that one. Some…" -> "Yeah, Some…"
        for pattern, reword in REWORD:
            for m in pattern.finditer(sentence):
                milder, like = apostrophes_of(sentence, m.expand(reword)), m.group()
                opened = bare_lead(sentence[:m.start()]).rstrip(OPENERS).rstrip()
                if re.match(r"I\b", like) and opened[-1:] not in ("", ".", "!", "?"):
                    like = like.lower()  # "I" is a capital anywhere: "Honestly it's...";
                    # after an opening quote a sentence starts: '"Please tell me who...'
                if " " in milder and " " not in like:  # "WTF" is not shouting
                    like = like[:1]
                if milder.lower().startswith("please") and opened and (
                        opened[-1].isalnum() and opened.split()[-1].lower() not in CLAUSE_LEADS):
                    continue  # a request opens a clause: "that's why I'm curious how" ->
                    # "that's why please tell me how"
                milder, stop = match_case(milder, like), m.end()
                ask = re.match(r"[^.!?]*\?+", sentence[stop:])
                if milder.lower().startswith(("please", "it turns out")) and ask:
                    # a request ends as a statement: "I'm curious who they are?" -> "Please
                    # tell me who they are."; so does a finding: "Who knew it could?" -> "It
                    # turns out it could." (session 40)
                    milder, stop = milder + ask.group().rstrip("?") + ".", stop + ask.end()
                start = m.start()
                if (art := re.search(r"\b(an?) $", sentence[:start], re.IGNORECASE)) and (
                        article_for(milder, art.group(1)) != art.group(1)):
                    # the article goes with the new word: "an asshole" -> "a jerk"
                    start, milder = art.start(), f"{article_for(milder, art.group(1))} {milder}"
                out.append(Edit(start, stop, milder, 0.2))
        # the marks of one end whole: "??!" is one "?" (it was "?." as "??" and "!", -03zzzzzzzzm)
        for m in re.finditer(r"\?*!+[!?1]*|\?{2,}", sentence):
            ended = re.search(r"[.?…]\s*$", sentence[:m.start()])
            if ended and ended.group()[:1] == ("?" if "?" in m.group() else "."):
                # "to you. !" -> "to you.", not "to you. ."
                out.append(Edit(ended.start() + 1, m.end(), "", 0.15))
                continue
            out.append(Edit(m.start(), m.end(), "?" if "?" in m.group() else ".", 0.15))
    elif end := re.search(r"\.\s*$", sentence):
        out.append(Edit(end.start(), end.start() + 1, "!", 0.15))
    return list(dict.fromkeys(out))  # each once where two rules find it


# a reply's quote of what it answers: ">" at a line's start, or after a space and before a
# word, then the quoted words (">" before an emoticon, ">:(", ">.<", quotes nothing)
QUOTE_MARK = re.compile(r"(?:^[ \t]*>+[ \t]*(?=[^\W_]|[\[\"“‘'(]|\.\.\.|…)|"
                        r"(?<=\s)>(?=[^\W\d_]|\[))", re.MULTILINE)
# where a quote ends when its line break was lost (as in GoEmotions): at a capital after a
# lower-case word, a comma, a bracket or an emoticon, the reply's first word (">She was very
# normal LMAO This got me", ">Rise of Agon Literally the worst...", ":/ Such a sad
# article"), or at a laugh (">If you were to confiscate $900 billion of [NAME] assets,
# lmao"); not at "I", which a quote says as often as a reply ("> I know I should feel happy
# why"), and not after a capitalized first word, which may open a title or a sentence ("> Has
# WD-40 instead of blood [NAME] RBG would be awesome": "RBG" replies; ">friend Hahaha":
# "Hahaha" does), or at a reply in lower case that asks back or exclaims: ">Feminism is how
# we get to equality how do you know that?", "> don't tax anyone what a stupid idea." (not "what
# a nuclear explosion would do", which a quote says)
REPLY_START = re.compile(r"(?<=[a-z0-9)\],/])[ \t]+(?!I\b|I['’])(?=[A-Z])|\n|(?<=\s)>|"
                         r"[ \t,]+(?=(?i:lol|lmao|lmfao|rofl|haha\w*)\b)|"
                         r"[ \t]+(?=(?:how|why) (?:do|does|did|is|are|was|can|could|would|will) "
                         r"(?:you|one|i|we|they|he|she|it)\b|"
                         r"what an? (?:[\w'-]+ ){0,2}[\w'-]+\W*$)")
# a saying signed with its author after a dash: "Never argue with stupid people, they will
# drag you down to their level.' - [NAME]" (-03zzb)
ATTRIBUTED = re.compile(r"(?<=[.!?'\"”’])\s*[-–—]+\s*"
                        r"(?:\[NAME\]|[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})\W*$")


# words in single quotes: a mark after a space (or at the start) before a word, and one
# after a word before a space, a stop or the end ("I adopted 'just skip around'." was "I
# adopted 'skip around'.", -03zzzzzzzm); an apostrophe inside a word ("don't") or after
# one ("the boys' toys") opens nothing, and curly marks open and close by their shape
SINGLE_QUOTED = re.compile(r"(?:^|(?<=[\s(\[]))(?:'(?=\w)([^'\n]*?[\w.!?,])'|"
                           r"‘([^‘’\n]*?)’)(?=$|[\s.,!?;:)\]…-])")


def _reply_quotes(sentence: str) -> list[tuple[int, int]]:
    """The spans a reply quotes with ">" (see ``quotations``)."""
    spans = []
    for m in QUOTE_MARK.finditer(sentence):
        rest = sentence[m.end():]
        first = rest.split(None, 1)[0] if rest.strip() else ""  # the quote's first word
        title = first[:1].isupper()  # "> Crown Four Kingdoms": no reply after "Crown"
        end = REPLY_START.search(sentence, m.end() + len(first) + title)
        spans.append((m.end(), end.start() if end else len(sentence.rstrip())))
    return spans


def _marks(text: str, mark: str) -> list[int]:
    """Where ``mark`` ('"' or '""') stands in ``text``, each doubled one once."""
    return [m.start() for m in re.finditer(re.escape(mark), text)]


def _closed_after(following: str, mark: str) -> int | None:
    """Where the text after a sentence closes a quotation ``mark`` left open in it (the
    offset past the closing mark): at a closing curly mark before any opening one, or at
    the first of an odd number of straight (or doubled) marks."""
    if mark == "“":
        close, reopen = following.find("”"), following.find("“")
        return close + 1 if close >= 0 and (reopen < 0 or close < reopen) else None
    marks = _marks(following, mark)
    return marks[0] + len(mark) if len(marks) % 2 == 1 else None


def _opened_before(preceding: str, doubled: bool) -> tuple[str, int] | None:
    """The mark of a quotation the text before a sentence leaves open, and where it stands
    in it: an opening curly mark after the last closing one, or the last of an odd number
    of doubled (or, where the text doubles none, straight) marks."""
    opening, closing = preceding.rfind("“"), preceding.rfind("”")
    if opening > closing:
        return "“", opening
    mark = '""' if doubled else '"'
    marks = _marks(preceding, mark)
    return (mark, marks[-1]) if len(marks) % 2 == 1 else None


def quotations(sentence: str, following: str = "", preceding: str = ""
               ) -> list[tuple[int, int]]:
    """The spans inside quotation marks that close: someone else's words, which
    ``Suggester.edits`` leaves as they are unless the span asked about lies inside them
    ('It's not just "Oh, I disagree with some things"' is no 'It's not just "Oh, I see some
    things differently"'). Curly marks open and close by their shape. Where a mark is
    doubled ('""'), as CSV writes one inside a quoted field (the GoEmotions files do), only
    doubled ones count: a single one is the field's own. A ">" quotes what it answers, as
    Reddit and e-mail replies do (">happily live in any hole they find."), to the line's end
    or, where the line break was lost, to where the reply seems to start (``REPLY_START``).
    A saying signed with its author after a dash is quoted up to the dash. Single quotes
    count around words (``SINGLE_QUOTED``), not as apostrophes. A quotation left open
    runs to the sentence's end where ``following``, the rest of its paragraph, closes it
    and the writer's own words stand beside it: '"Men are afraid that women will laugh at
    them. Women are afraid…" - [NAME]' quotes both sentences (-02l, -03zzc), and so does
    'Watching with me: “[NAME] is a horrible dad. He looks…”'; a text all in quotes is
    the writer's own words ('“Wow. Just .. wow. Read a book, sweatie!”', -03zzzh). So,
    the other way, a quotation ``preceding`` (the paragraph before the sentence) left
    open runs from the sentence's start: '[NAME] is like ""Mine! AALLL MINE HAHAHA""'
    quotes the laugh (-04zzzp)."""
    doubled = '""' in sentence or '""' in following or '""' in preceding  # text-wide
    spans = _reply_quotes(sentence) + [m.span(1) if m.group(1) is not None else m.span(2)
                                       for m in SINGLE_QUOTED.finditer(sentence)]
    if signed := ATTRIBUTED.search(sentence):
        spans.append((0, signed.start()))
    start, k, opened, own = None, 0, "", False
    if carried := _opened_before(preceding, doubled):
        start, opened = 0, carried[0]
        own = bool(WORDLIKE.search(preceding[:carried[1]]))  # the writer's words before it
    while k < len(sentence):
        c, width = sentence[k], 2 if sentence[k:k + 2] == '""' else 1
        if c == '"' and doubled and width == 1:
            k += 1
            continue  # the field's own mark
        if c == "“" or (c == '"' and start is None):
            if c == "“" and start is not None:  # one left open ends where the next opens:
                spans.append((start, k))  # '“I love food! Or “I’m a foodie!”' (-04zzz)
            start, opened = k + width, sentence[k:k + width]
        elif c in '"”' and start is not None:
            # one opened before the sentence counts where the writer's words stand by it
            if start or own or WORDLIKE.search(sentence[k + width:] + following):
                spans.append((start, k))
            start = None
        k += width
    if start is not None and (close := _closed_after(following, opened)) is not None:
        # the writer's own words before the quotation or after it
        before = own if start == 0 else WORDLIKE.search(sentence[:start - len(opened)])
        if before or WORDLIKE.search(following[close:]):
            spans.append((start, len(sentence)))
    return spans


STRETCHED = re.compile(r"([^\W\d_])\1{2,}", re.IGNORECASE)  # said three times or more: "sooo"


def unstretched(text: str, known: Callable[[str], bool]) -> tuple[str, list[int]]:
    """``text`` with each stretched word ("sooo", "reallly", "fuuuck") said as the word it
    stretches, where ``known`` knows one: each run of a letter kept twice or once, twice
    first ("toooo" is "too", "gooood" "good", "sooo" "so"); a word nothing makes known stays
    ("hmmm"). With it, where each of its characters, and its end, is in ``text``."""
    out: list[str] = []
    where: list[int] = []
    done = 0
    for m in re.finditer(r"[^\W\d_]+", text):
        runs = [r.span() for r in STRETCHED.finditer(m.group())][:4]
        if not runs:
            continue
        word = m.group()
        for keep in sorted(itertools.product((2, 1), repeat=len(runs)), key=sum, reverse=True):
            cut = {k for (a, b), n in zip(runs, keep, strict=True) for k in range(a + n, b)}
            kept = [k for k in range(len(word)) if k not in cut]
            squeezed = "".join(word[k] for k in kept)
            if known(squeezed.lower()):
                out += [text[done:m.start()], squeezed]
                where += [*range(done, m.start()), *(m.start() + k for k in kept)]
                done = m.end()
                break
    out.append(text[done:])
    where.extend(range(done, len(text) + 1))
    return "".join(out), where


def phrase_words() -> frozenset[str]:
    """The words the phrase rules spell out ("fuck", "hell", "swear"), which a stretched
    word may be."""
    sources = [p.pattern for p, _ in REWORD] + [p.pattern for p in HEDGES] + [
        SWEARING.pattern, OPENER.pattern]
    return frozenset(w for s in sources
                     for w in re.findall(r"[a-z]{2,}", re.sub(r"\\[a-zA-Z]", " ", s.lower())))


def _abuse_dropped(unit: str) -> list[Edit]:
    """A sentence of the unit that only calls a name or tells someone to go goes whole
    ("...don't care though. Fucking dumbass." -> "...don't care though."; ``abusive``),
    with the space before it (after it, opening the unit). The analyzer puts such a
    sentence in one unit with its neighbour (``analyze.rewrite_units``)."""
    pieces = list(re.finditer(r"\S.*?(?:[.!?…]+(?=\s|$)|$)", unit))
    if len(pieces) < 2:
        return []
    out = []
    for k, m in enumerate(pieces):
        if not abusive(m.group()):
            continue
        if k == 0:
            out.append(drop(unit, 0, pieces[1].start(), 0.2))
        else:
            out.append(Edit(pieces[k - 1].end(), m.end(), "", 0.2))
    return out


def bare_lead(text: str) -> str:
    """``text`` without the spaces and emoji it ends with: what a word after them follows
    ("🤣 I'm just curious if" opens a sentence as "I'm just curious if" does)."""
    lead = text.rstrip()
    while lead and (is_emoji(lead[-1]) or EMOJI_TAIL.match(lead, len(lead) - 1)):
        lead = lead[:-1].rstrip()
    return lead


def _after_face(sentence: str, start: int) -> bool:
    """Does a face end what comes before ``start``, so that a capital after it opens a
    sentence: "never hurt anyone :D So happy for you" -> ":D Happy for you" (-04zzl)?"""
    lead = sentence[:start].rstrip()
    last = lead.rsplit(None, 1)[-1] if lead else ""
    return bool(last) and (is_emoji(last[-1]) or bool(EMOTICON.fullmatch(last)))


def opens(sentence: str, start: int) -> bool:
    """Does ``start`` open the sentence, or a sentence of a unit after one that has ended
    ("Crap. Absolutely missed that": "Absolutely")? An ellipsis goes on; emoji between
    count for nothing."""
    lead = bare_lead(sentence[:start])
    # after an opening quotation mark too: '"Even worse: ...' -> '"Worse: ...' (-03zzzg),
    # or Markdown's emphasis: "*Hey just noticed..*" -> "*Just noticed..*" (-04zs)
    return not lead or bool(re.search(r"(?<!\.)[.!?…][\"”')*_]*$|^[\"“'*_]+$", lead))


def drop(sentence: str, start: int, end: int, gain: float) -> Edit:
    """Delete sentence[start:end]; at the start of the sentence the next word takes the
    capital ("I'm sorry, but it broke" -> "It broke"; "Cuddling. God damn is it" ->
    "Cuddling. Is it"). Words inside Markdown's emphasis take its marks along: "**Wow!**
    That is great" -> "That is great", not "**!** That is great" (-04zs)."""
    if marked := emphasized(sentence, start, start + len(sentence[start:end].rstrip())):
        start, end = marked[0], len(sentence) - len(sentence[marked[1]:].lstrip())
    rest = sentence[:start].rstrip()
    if rest[-1:] in (".", "!", "?", "…") and re.fullmatch(r"[.!?…]*\s*", sentence[end:]):
        # the rest of a sentence after another goes with its end marks: "They got it right.
        # And I love it." -> "They got it right.", not "…right.." (-05zzzzzzzzi)
        return Edit(start, max(end, len(sentence.rstrip())), "", gain)
    if opens(sentence, start) and (carried := _capital_carried(sentence, start, end, gain)):
        return carried
    if end == len(sentence.rstrip()) and sentence[start:end].rstrip(" *_~")[-1:] in (".", "!"):
        # the end mark goes back ("Posted before, but thanks!" -> "Posted before."), unless
        # one ended the sentence before, which went whole above
        return Edit(start, end, ".", gain)
    return Edit(start, end, "", gain)


def _capital_carried(sentence: str, start: int, end: int, gain: float) -> Edit | None:
    """Deleting the start of a sentence, the next word takes its capital."""
    first = next((c for c in sentence[start:end] if c.isalnum()), "")
    if end < len(sentence) and first.isupper():
        return Edit(start, end + 1, sentence[end].upper(), gain)
    return None


def attached(sentence: str, t: Token) -> bool:
    """A clitic or a piece of a word the tokenizer split ("I’m" -> "I", "’m"): changing it
    alone would fuse or break words."""
    return t.text[:1] in ("'", "’") or (t.start > 0 and sentence[t.start - 1].isalnum())


def apart(a: Edit, b: Edit) -> bool:
    return a.end <= b.start or b.end <= a.start


def article_fixed(sentence: str, e: Edit) -> Edit:
    """An edit after "a" or "an" that puts another word next to it takes the article along
    when the new word needs the other one: "a fucking aneurysm" -> "an aneurysm", not "a
    aneurysm" (a deletion; replacements spell their own)."""
    art = re.search(r"\b(an?)(\s*)$", sentence[:e.start], re.IGNORECASE)
    nxt = re.match(r"\s*([^\W\d_][\w'’-]*)", e.replacement + sentence[e.end:])
    if art is None or nxt is None:
        return e
    want = article_for(nxt.group(1), art.group(1))
    if want.lower() == art.group(1).lower():
        return e
    return Edit(art.start(), e.end, want + art.group(2) + e.replacement, e.gain)


def combine(sentence: str, a: Edit, b: Edit) -> Edit:
    return combine_all(sentence, [a, b])


def joined(sentence: str, a: Edit, b: Edit) -> Edit | None:
    """Two edits as one, or None when they overlap. A deletion that carries its capital to
    the next word ("Really? I" -> "I") overlaps an edit of that word only in the letter it
    re-cases: the word's edit then takes the capital ("Really? I had no idea" -> "I hadn't
    heard")."""
    if apart(a, b):
        return combine(sentence, a, b)
    first, then = sorted((a, b), key=lambda e: e.start)
    if not (first.start < then.start == first.end - 1 and then.replacement[:1].isalpha()
            and first.replacement == sentence[then.start].upper()):
        return None
    return combine(sentence, Edit(first.start, then.start, "", first.gain),
                   Edit(then.start, then.end, then.replacement[0].upper()
                        + then.replacement[1:], then.gain))


def combine_all(sentence: str, edits: Sequence[Edit]) -> Edit:
    """Non-overlapping edits as one replacement of the range that covers them all."""
    ordered = sorted(edits, key=lambda e: e.start)
    parts = [ordered[0].replacement]
    for prev, e in itertools.pairwise(ordered):
        parts += [sentence[prev.end:e.start], e.replacement]
    # an article an edit re-spelled for the next word is spelled for the word that follows
    # it once every edit is made: "a really outstanding" -> "an outstanding", and with
    # "outstanding" -> "cool" too, "a cool", not "an cool"
    for k in range(0, len(parts), 2):
        if art := re.fullmatch(r"(an?)(\s*)", parts[k], re.IGNORECASE):
            after = "".join(parts[k + 1:]) + sentence[ordered[-1].end:]
            parts[k] = article_for(after, art.group(1)) + art.group(2)
    for k in range(1, len(parts), 2):  # an article the writer put between two edits: "a
        # real rude" -> "an impolite" when "real" goes and "rude" becomes "impolite"
        if art := re.search(r"\b(an?)(\s+)$", parts[k], re.IGNORECASE):
            after = "".join(parts[k + 1:]) + sentence[ordered[-1].end:]
            parts[k] = parts[k][:art.start()] + article_for(after, art.group(1)) + art.group(2)
    # and an article before them all follows what now comes after it: "a stupid fucking
    # idea" -> "an idea" when both words go
    return article_fixed(sentence, Edit(ordered[0].start, ordered[-1].end, "".join(parts),
                                        sum(e.gain for e in ordered)))
