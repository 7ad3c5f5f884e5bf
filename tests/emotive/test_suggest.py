"""Verified rewrite suggestions, against the shipped model, the sentence encoder and spaCy."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from emotive import suggest
from emotive.analyze import Analyzer, SuggestOptions
from emotive.suggest import Suggester, SuggestError, Target
from emotive.wording import Edit, abusive, deletion, quotations


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(threads=2)


def rewrites_of(analyzer: Analyzer, sentence: str, target: str) -> set[str]:
    """Every candidate rewrite of ``sentence`` toward ``target``, before verification."""
    sg = analyzer.suggester
    return {sg.apply(sentence, e)
            for e in sg.edits(sentence, Target.parse(target, analyzer.schema))}


def lacks(analyzer: Analyzer, sentence: str, target: str, *parts: str) -> bool:
    """Does no candidate rewrite of ``sentence`` toward ``target`` hold any of ``parts``?"""
    return not any(p in r for r in rewrites_of(analyzer, sentence, target) for p in parts)


def best_of(analyzer: Analyzer, text: str, target: str) -> str | None:
    """The sentence of the best verified suggestion for the whole of ``text``, if any."""
    got = analyzer.suggest(text, 0, len(text), target)
    return got[0].sentence if got else None


def driven_rewrites_of(analyzer: Analyzer, sentence: str, target: str) -> set[str]:
    """The same, with the drivers of the target's emotion found by the explainer, as in
    ``Analyzer.suggest``: a word the lexicon does not tie to the emotion is tried when it
    drives it."""
    sg = analyzer.suggester
    t = Target.parse(target, analyzer.schema)
    s = analyzer.analyze(sentence, explain=True).sentences[0]
    drivers = (s.drivers or {}).get(t.emotion or "", [])
    return {sg.apply(s.text, e) for e in sg.edits(s.text, t, None, drivers, s.start)}


@pytest.mark.parametrize("value,expected", [
    ("less:anger", Target("less", "anger")), ("MORE:Joy", Target("more", "joy")),
    ("neutral", Target("neutral")), (" positive ", Target("positive")),
])
def test_targets_parse(analyzer, value, expected) -> None:
    assert Target.parse(value, analyzer.schema) == expected


@pytest.mark.parametrize("value", ["less:rage", "calm", "less:", "more:neutral", ""])
def test_unknown_targets_are_refused_with_the_valid_ones(analyzer, value) -> None:
    with pytest.raises(SuggestError, match="less:EMOTION"):
        Target.parse(value, analyzer.schema)


def test_edits_keep_grammar(analyzer) -> None:
    sg = analyzer.suggester
    s = "An angry customer called."
    toks = sg.tokens(s)
    assert Suggester.apply(s, Suggester._replace(s, toks, 1, "upset", 0)) == s.replace(
        "angry", "upset")
    # the article follows the new word's sound
    assert Suggester.apply(s, Suggester._replace(s, toks, 1, "furious", 0)).startswith(
        "A furious")
    t = "Honestly this is bad."
    first = sg.tokens(t)[0]
    assert Suggester.apply(t, deletion(t, first, 0)) == "This is bad."
    # verbs are inflected like the word they replace; superlatives stay superlative
    assert sg._inflect("enrage", "VBD") == "enraged"
    assert sg._inflect("get to", "VBZ") == "gets to"
    assert sg._inflect("terrible", "JJS") in ("most terrible", "terriblest") and \
        sg._inflect("awful", "JJS") == "most awful"


def test_suggestions_are_verified_by_rescoring(analyzer) -> None:
    text = "Thanks for the update. An angry customer called about the invoice."
    start = text.index("angry")
    got = analyzer.suggest(text, start, start + len("angry"), "less:anger")
    assert got, "an explicit anger word should have a verified calmer rewrite"
    for g in got:
        # the range replaced in the document gives exactly the rewritten sentence
        assert g.start >= start and g.end <= start + len("angry")
        rebuilt = text[:g.start] + g.replacement + text[g.end:]
        assert g.sentence in rebuilt
        # verification is real: re-scoring the sentence gives the reported figures
        emo, _ = analyzer.scorer.probabilities([g.sentence])
        assert emo[0][analyzer.schema.emotions.index("anger")] == pytest.approx(g.after,
                                                                                abs=0.02)
        assert g.before - g.after >= 0.1 and g.shift == pytest.approx(g.before - g.after)
        assert g.similarity >= 0.8
        # part of speech kept: the replacement is still an adjective (or a participle
        # used as one: "an exasperated customer")
        tags = {t.text: t.tag for t in analyzer.suggester.tokens(g.sentence)}
        assert tags.get(g.replacement.split()[-1]) in ("JJ", "VBN")
    assert [g.shift * g.similarity for g in got] == sorted(
        (g.shift * g.similarity for g in got), reverse=True)


def test_thresholds_are_honoured(analyzer) -> None:
    text = "I am furious and disgusted with this awful service!"
    strict = analyzer.suggest(text, 0, len(text), "less:anger",
                              SuggestOptions(margin=0.3, min_similarity=0.9, top=10))
    assert all(g.shift >= 0.3 and g.similarity >= 0.9 for g in strict)
    impossible = analyzer.suggest(text, 0, len(text), "less:anger",
                                  SuggestOptions(margin=1.0, min_similarity=0.0))
    assert impossible == []


def test_a_short_sentence_needs_less_similarity(analyzer) -> None:
    # one word is a sixth or more of a sentence of 6 words or fewer: it needs
    # min_similarity - short_relief; a longer one all of min_similarity
    text = "What an idiotic thing to say."
    got = analyzer.suggest(text, 0, len(text), "less:anger", SuggestOptions(top=10))
    assert got and all(g.similarity >= 0.7 for g in got)
    assert any(g.similarity < 0.8 for g in got)
    held = analyzer.suggest(text, 0, len(text), "less:anger", SuggestOptions(short_relief=0))
    assert all(g.similarity >= 0.8 for g in held)
    longer = "What an idiotic thing to say to a child at school."
    assert all(g.similarity >= 0.8 for g in analyzer.suggest(
        longer, 0, len(longer), "less:anger", SuggestOptions(top=10)))
    # a short question put as a request gets no relief: it is often a jibe or a doubt
    asked = "Who was it?"
    assert all(g.similarity >= 0.8 for g in analyzer.suggest(
        asked, 0, len(asked), "less:surprise", SuggestOptions(top=10)))
    with pytest.raises(ValueError, match="short_relief"):
        SuggestOptions(short_relief=1.5)


def test_span_limits_what_changes(analyzer) -> None:
    text = "An angry customer called."
    start = text.index("customer")
    for g in analyzer.suggest(text, start, start + len("customer"), "less:anger"):
        assert start <= g.start and g.end <= start + len("customer")


def test_document_suggestions_go_to_sentences_that_need_them(analyzer) -> None:
    text = "The report is attached.\n\nAn angry customer called about the invoice."
    doc = analyzer.analyze(text, target="less:anger")
    first, second = doc.sentences
    assert first.suggestions == []  # no anger to lower
    assert second.suggestions and all(second.start <= g.start < g.end <= second.end
                                      for g in second.suggestions)
    d = json.loads(json.dumps(doc.to_dict()))
    assert d["schema_version"] == "1.3" and "suggestions" in d["sentences"][1]
    assert "no_suggestion" not in d["sentences"][0]  # it needed none


def test_what_each_target_measures(analyzer) -> None:
    emo = np.array([[0.1, 0.2, 0.7, 0.0, 0.3]])
    sent = np.array([[0.1, 0.8, 0.1]])  # positive, negative, neutral
    schema = analyzer.schema
    assert list(schema.sentiments) == ["positive", "negative", "neutral"]
    value = {t: float(Target.parse(t, schema).value(emo, sent, schema)[0])
             for t in ("less:anger", "more:joy", "neutral", "positive", "negative")}
    # an emotion's probability; neutral: the strongest emotion; a sentiment: the valence
    assert value == pytest.approx({"less:anger": 0.7, "more:joy": 0.1, "neutral": 0.7,
                                   "positive": -0.7, "negative": -0.7})
    assert [Target.parse(t, schema).decreases for t in value] == [True, False, True, False,
                                                                  True]
    assert [Target.parse(t, schema).measure for t in value] == [
        "anger probability", "joy probability", "strongest emotion's probability", "valence",
        "valence"]


def test_toward_positive_counts_a_text_that_gets_less_negative(analyzer) -> None:
    # "scary" -> "concerning" leaves the text negative: its positive probability hardly
    # moves, its valence does
    text = "Anti-vaxers aren't funny anymore, now they're just scary..."
    doc = analyzer.analyze(text, target="positive")
    s = doc.sentences[0]
    best = s.suggestions[0]
    assert best.before == pytest.approx(s.scores.valence, abs=1e-3)
    assert best.after - best.before >= 0.2  # the default margin 0.1, in valence units
    assert analyzer.analyze(best.sentence).scores.valence == pytest.approx(best.after,
                                                                          abs=1e-3)
    assert best.to_dict()["measure"] == "valence"  # the answer says what the numbers are
    # toward neutral: the strongest emotion, whichever it is, weakens
    doc = analyzer.analyze(text, target="neutral")
    s = doc.sentences[0]
    best = s.suggestions[0]
    assert best.before == pytest.approx(max(s.scores.emotions.values()), abs=1e-3)
    after = analyzer.analyze(best.sentence).scores.emotions
    assert max(after.values()) == pytest.approx(best.after, abs=1e-3)
    assert best.after <= best.before - 0.1


def test_toward_a_sentiment_a_word_of_the_other_one_is_toned_down(analyzer) -> None:
    rewrites = rewrites_of(analyzer, "This show makes me angry sometimes.", "positive")
    assert "This show makes me bothered sometimes." in rewrites
    assert not any(w in r for r in rewrites for w in ("furious", "enraged", "livid")), rewrites
    # disgust has a scale: "I'm disgusted they..." was "I'm sick they..." (-02d)
    rewrites = rewrites_of(analyzer, "I'm disgusted they would let this happen.", "positive")
    assert "I'm bothered they would let this happen." in rewrites
    assert not any("sick" in r for r in rewrites), rewrites


def test_toward_neutral_questions_stay_questions(analyzer) -> None:
    # most questions in texts of any emotion are challenges or jokes, not requests (-02c)
    q = "Did he just run out of money for a good dress?"
    assert not any("Please" in r for r in rewrites_of(analyzer, q, "neutral"))
    assert any("Please" in r for r in rewrites_of(analyzer, q, "less:surprise"))


def test_words_of_another_sense_keep_their_place(analyzer) -> None:
    # "fucking up" is a verb, not an intensifier; an offensive player attacks
    assert rewrites_of(analyzer, "Besides it being hard and fucking up your kettles?",
                       "positive") == {"Besides it being hard and messing up your kettles?"}
    rewrites = rewrites_of(analyzer, "He has been an awful offensive player this season.",
                           "neutral")
    assert rewrites and all("offensive player" in r for r in rewrites), rewrites
    assert "That was a rude joke." in rewrites_of(analyzer, "That was an offensive joke.",
                                                  "less:anger")


def test_a_word_said_alone_is_read_as_a_word_not_a_name(analyzer) -> None:
    # with its capital and a full stop spaCy tags "Sad." and "Pathetic." as proper nouns
    assert "Unfortunate." in rewrites_of(analyzer, "Sad.", "less:sadness")
    assert "Weak. He should quit." in rewrites_of(analyzer, "Pathetic. He should quit.",
                                                  "less:anger")


def test_two_edits_together_do_not_put_in_one_word_twice(analyzer) -> None:
    from emotive.suggest import _echoes

    assert _echoes(Edit(0, 5, "concerning", 0), Edit(9, 16, "concerned", 0))
    assert not _echoes(Edit(0, 5, "bothered", 0), Edit(9, 16, "", 0))
    doc = analyzer.analyze("The outage was scary and we were worried about the data.",
                           target="positive")
    for g in doc.sentences[0].suggestions or []:
        assert g.sentence.count("concern") < 2, g.sentence


@pytest.mark.parametrize("text,rewrite", [
    ("I was surprised to learn that the feature had been removed.",
     "I learned that the feature had been removed."),
    ("We were so shocked to see the numbers.", "We saw the numbers."),
    # of anyone, and of what will be (session 39, read_5)
    ("He was shocked to discover that his password had been posted online.",
     "He discovered that his password had been posted online."),
    ("Readers will be shocked to learn how little the company paid in taxes.",
     "Readers will learn how little the company paid in taxes."),
    # ...also of what one received or noticed (session 42, read_16)
    ("Further to our conversation, I was shocked to receive a bill for work never done.",
     "Further to our conversation, I received a bill for work never done."),
    ("We were surprised to notice the door was open.", "We noticed the door was open."),
    # ...and at what was done to one (session 55, read_61)
    ("I was shocked to be charged twice for the same order.",
     "I was charged twice for the same order."),
    ("We were surprised to be told the office was closing.",
     "We were told the office was closing."),
    # a shock it was, and one at a thing (session 55, read_68 and read_69)
    ("It was a shock to find the letters he'd kept from the war.",
     "I found the letters he'd kept from the war."),
    ("I was shocked at the price of a pint inside the arena.",
     "I was caught off guard by the price of a pint inside the arena."),
    ("I'm surprised to hear that he left.", "I hear that he left."),
    ("I'm shocked by how many tickets are still open.",
     "I'm struck by how many tickets are still open."),
    # a surprise at an event: caught off guard by it (session 39, read_5)
    ("I was stunned when the manager announced the whole department was being cut.",
     "I was caught off guard when the manager announced the whole department was being cut."),
    # ...past a feeling's degree words, "all" and "genuinely" too (session 57, read_79)
    ("We were all shocked when the manager resigned.",
     "We were all caught off guard when the manager resigned."),
    ("I was genuinely shocked at the size of the bill.",
     "I was genuinely caught off guard by the size of the bill."),
    ("I didn't know there was a name for that.", "I hadn't heard there was a name for that."),
    ("I had no idea that eating spiders gave dogs that ability.",
     "I hadn't heard that eating spiders gave dogs that ability."),
    ("I didn't realize people cared so much about phones.",
     "I hadn't noticed people cared so much about phones."),
    # the "I" left out at the start of a sentence, after another too
    ("Didn't know it could get that cold in the US.",
     "Hadn't heard it could get that cold in the US."),
    ("Huh. Didnt know the HD edition had online multiplayer.",
     "Huh. Hadn't heard the HD edition had online multiplayer."),
    ("LOL, had me confused. Didn't realize you had responded to another comment as well.",
     "LOL, had me confused. Hadn't noticed you had responded to another comment as well."),
    # "even" goes with the surprise it stresses (session 37)
    ("Oh I didn't even know there was a web novel", "Oh I hadn't heard there was a web novel"),
    ("I did not even realize he was injured...", "I hadn't noticed he was injured..."),
])
def test_a_surprise_at_what_one_learned_is_said_as_the_learning(analyzer, text,
                                                                rewrite) -> None:
    assert rewrite in rewrites_of(analyzer, text, "less:surprise")


def test_an_opener_goes_with_the_edit_of_the_word_that_takes_its_capital(analyzer) -> None:
    # a first-sample text: "Really? I" -> "I" and "I had no idea" -> "I hadn't heard" each
    # move it too little, and overlap in the "I" that takes the capital
    text = "Really? I had no idea the bioavailability was the same"
    assert best_of(analyzer, text, "less:surprise") == (
        "I hadn't heard the bioavailability was the same")


def test_a_surprise_at_a_sight_stays_one(analyzer) -> None:
    # "to be" before no participle is no deed done to one: "to be honest", "to be so tired"
    for text in ("I was surprised to be honest.", "I was shocked to be so tired after the walk."):
        assert lacks(analyzer, text, "less:surprise", "I was honest", "I was so tired"), text
    # "I'm amazed to see you here" is no "I see you here"
    assert not any(r.startswith("I see") for r in rewrites_of(
        analyzer, "I'm amazed to see you here!", "less:surprise"))
    # not knowing a person, or what one found out oneself, is no news heard
    for text in ("I didn't know her at all.", "I didn't know I needed this.",
                 "I did not know Donuts could be so complicated.",
                 # nor "didn't even know!" with nothing after it: oneself, found out
                 "does that make me a torture enthusiast in waiting? didn't even know!"):
        assert not any("hadn't heard" in r for r in rewrites_of(
            analyzer, text, "less:surprise")), text


@pytest.mark.parametrize("text,target,fragment", [
    ("It's so frustrating when the build breaks for no reason.", "less:anger",
     "When the build breaks for no reason."),
    ("I'm sad when you leave.", "less:sadness", "When you leave."),
    ("It's depressing how little progress we made.", "less:sadness",
     "Little progress we made."),
    ("It's amazing how fast it runs.", "less:joy", "Fast it runs."),
])
def test_a_frame_is_not_dropped_from_a_clause_that_needs_it(analyzer, text, target,
                                                           fragment) -> None:
    assert fragment not in rewrites_of(analyzer, text, target)


def test_like_is_no_progressive_nor_a_gerund_after_done_or_make(analyzer) -> None:
    # -04g; -01y, -03zzzzzzzzq (session 37)
    for text in ("Some fans were enjoying the books way before.",
                 "I thought I was done enjoying the Saints loss.",
                 "That will make enjoying a drink at a festival even more difficult."):
        assert lacks(analyzer, text, "less:joy", "liking"), text
    assert "Liking Mummers." in rewrites_of(analyzer, "Enjoying Mummers.", "less:joy")


def test_sadness_is_no_disappointment(analyzer) -> None:
    # the noun scale's mildest tier was "disappointment", another feeling: "So much rage
    # and sadness" -> "rage and disappointment" (-02v, -03a, -03zzze; -01m; session 37)
    for text in ("So much rage and sadness", "Let her wallow in her own sadness."):
        assert lacks(analyzer, text, "less:sadness", "disappointment"), text
    assert "I could feel his sadness." in rewrites_of(analyzer, "I could feel his grief.",
                                                       "less:sadness")


def test_a_subject_left_out_before_a_modal_is_it(analyzer) -> None:
    # "[It] must be sad that you…" is said of a thing, not felt (-03zzzzn, -04zzzzzzzzzzzzzza)
    assert lacks(analyzer, "Must be sad that you waste your time on this.", "neutral",
                 "disappointed")
    assert "You must be so disappointed that he left." in rewrites_of(
        analyzer, "You must be so sad that he left.", "less:sadness")


def test_a_participle_said_alone_is_the_adjective(analyzer) -> None:
    # spaCy tags "disgusting" a verb here; as an exclamation it is the adjective (session 37)
    assert "yea so gross" in rewrites_of(analyzer, "yea so disgusting", "less:anger")
    assert "Gross, but fascinating." in rewrites_of(analyzer, "Disgusting, but fascinating.",
                                                    "positive")
    # and so is a feeling whose "I'm" is left out, before what it is about
    assert "Concerned about it escaping." in rewrites_of(
        analyzer, "Worried about it escaping.", "less:fear")
    # a gerund with what it is about stays one: no "Concerning about it"
    assert not any(r.startswith(("Concerning", "Unsettling")) for r in rewrites_of(
        analyzer, "Worrying about it is pointless.", "less:fear"))


def test_a_frame_goes_from_a_clause_that_stands_alone(analyzer) -> None:
    assert "People change." in rewrites_of(analyzer, "It's funny how people change.",
                                           "less:joy")
    assert "The library is closing." in rewrites_of(
        analyzer, "It's sad that the library is closing.", "less:sadness")
    assert "They approved the budget so quickly." in rewrites_of(
        analyzer, "I was stunned that they approved the budget so quickly.", "less:surprise")


def test_a_hatred_of_a_fact_is_said_as_a_regret(analyzer) -> None:
    text = "I hate that the build is red again!"
    got = analyzer.suggest(text, 0, len(text), "less:anger")
    assert got and got[0].sentence == "Unfortunately, the build is red again!"
    assert got[0].after < 0.5 < got[0].before
    # "that" names a thing: no clause to keep
    assert not any("nfortunately" in r for r in rewrites_of(analyzer, "I hate that song.",
                                                             "less:anger"))


def test_a_disagreement_is_said_as_a_different_view(analyzer) -> None:
    # the model reads disagreement as anger (0.94); a different view hardly (0.06)
    assert best_of(analyzer, "I disagree with the decision to cut the budget.",
                   "less:anger") == "I see the decision to cut the budget differently."
    assert "I'm not convinced that we should ship on Friday." in rewrites_of(
        analyzer, "I disagree that we should ship on Friday.", "less:anger")
    # the words of a fixed expression ("in this") may move with the phrase
    assert "I see many picks in this list differently." in rewrites_of(
        analyzer, "I disagree with many picks in this list.", "less:anger")
    # not with a person, and not where "I" opens no clause
    for text in ("I disagree with you on this.", "These are people I disagree with."):
        assert not any("differently" in r for r in rewrites_of(analyzer, text, "less:anger"))


def test_a_quotation_is_left_as_it_was_said(analyzer) -> None:
    # what is quoted is what was said: asked about the whole text, emotive leaves it
    for text in ('My manager said "this is a stupid plan" and left.',
                 "She wrote “what a stupid idea” on the board."):
        assert analyzer.suggest(text, 0, len(text), "less:anger") == [], text
    # the words inside the quotes are rewritten when they are what is asked about
    text = 'My manager said "this is a stupid plan" and left.'
    got = analyzer.suggest(text, text.index("this"), text.index('" and'), "less:anger")
    assert got and got[0].sentence == 'My manager said "this is a silly plan" and left.'
    # CSV doubles a quote inside a quoted field (as in GoEmotions): only the doubled ones
    # are quotation marks, and the words around them are the writer's own
    assert quotations('"At least he was polite - ""please"" fuck off! "') == [(28, 34)]
    assert quotations('He is 5" tall and I hate it') == []
    # a quotation left open runs to the sentence's end where the text after it closes it
    # (-02l, -03zzc, and again in session 33's second draws)
    text = ('"""Men are afraid that women will laugh at them. Women are afraid that men will '
            'kill them."" -[NAME]"')
    assert analyzer.suggest(text, 0, len(text), "positive") == []
    first = "He said “I am so afraid of this."
    assert quotations(first, " It is awful.” Then he left.") == [(9, len(first))]
    assert quotations(first, " It is awful. “Then” he left.") == []
    first = 'He said "I am so afraid of this.'
    assert quotations(first, ' It is awful." Then he left.') == [(9, len(first))]
    assert quotations(first, ' It is awful. "Then" he left.') == []
    first = "“Wow. "  # a text all in quotes is the writer's own words (-03zzzh)
    assert quotations(first, "Just .. wow. Read a book, sweatie!”") == []
    assert quotations(first, "Just .. wow.” Read a book, sweatie!") == [(1, len(first))]
    assert quotations("She said: " + first, "Just .. wow.”") == [(11, len(first) + 10)]
    # and one the text before the sentence left open runs from its start (-04zzzp)
    text = '"[NAME] is like ""Mine! AALLL MINE HAHAHA"""'
    assert not any("HAHAHA" not in s.sentence for s in analyzer.suggest(
        text, 0, len(text), "neutral"))
    assert quotations("It is awful.” Then he left.", "", "He said “I am afraid. ") == [(0, 12)]
    assert quotations("Read a book, sweatie!”", "", "“Wow. Just .. wow. ") == []
    assert quotations("It is awful. He left.", "", 'He said "I am afraid." ') == []
    # where the text doubles its marks, a single one is the field's own past the sentence too
    assert quotations('"I do enjoy it.', ' Thanks [NAME] of ""Wes-tern Australia"".') == []
    # a reply's ">" quotes its line (-03zr); an emoticon does not
    text = ">happily live in any hole they find. What's my love life got to do with this"
    assert not any(r.startswith(">live") for r in rewrites_of(analyzer, text, "less:joy"))
    assert quotations("I said\n> you suck\nand left") == [(9, 17)]
    # with its line break lost, the quote ends where the reply seems to start
    text = ">She was very normal LMAO This got me"
    assert [text[a:b] for a, b in quotations(text)] == ["She was very normal"]
    assert quotations(">:( I hate it") == []
    # or where a reply in lower case asks back or exclaims
    for text, quoted in ((">Feminism is how we get to equality how do you know that?",
                          "Feminism is how we get to equality"),
                         ("> don't tax anyone what a stupid idea.", "don't tax anyone"),
                         (">tfw she was explaining to him what a nuclear explosion would do",
                          "tfw she was explaining to him what a nuclear explosion would do")):
        assert [text[a:b] for a, b in quotations(text)] == [quoted]


def test_an_oath_around_a_claim_goes_and_hell_is_minced(analyzer) -> None:
    assert best_of(analyzer, "I swear these people would try to sell shoes to someone "
                   "without feet.", "less:anger") == ("These people would try to sell shoes "
                                                      "to someone without feet.")
    assert "It's a last resort when I forget my iPod." in rewrites_of(
        analyzer, "It's a last resort when I forget my iPod, I swear.", "less:anger")
    assert "Heck of a pass!" in rewrites_of(analyzer, "Hell of a pass!", "less:anger")
    assert best_of(analyzer, "Fuck pancreatic cancer.", "less:anger") == (
        "Screw pancreatic cancer.")
    # an interjection before a clause is no curse on what follows
    assert not any(r.startswith("Screw") for r in rewrites_of(
        analyzer, "Fuck I forgot who is on the team.", "less:anger"))
    # swearing by something is a recommendation, not an oath
    assert not any(r.startswith("By") for r in rewrites_of(
        analyzer, "I swear by this recipe, it never fails.", "less:anger"))


def test_faint_praise_is_not_wished_nor_said_of_a_mum(analyzer) -> None:
    # -03t, -03s: "Have a decent Friday", "a fine mum", "pretty fine variations" (slight)
    for text, faint in [("Have a great Friday!", ("decent", "fine")),
                        ("Hope you have a great day at work!", ("decent", "fine")),
                        ("You sound like a great mum.", ("decent", "fine")),
                        ("You could have some pretty cool variations.", ("fine",))]:
        got = rewrites_of(analyzer, text, "less:joy")
        assert not any(f" {w} " in r for r in got for w in faint), (text, got)
    # what one has is no wish: "a great team" may still be "a solid team"
    assert "I have a solid team." in rewrites_of(analyzer, "I have a great team.", "less:joy")


def test_a_concession_and_a_manner_after_an_object_stay(analyzer) -> None:
    # -03t: "even if you think you can" -> "if you think you can" concedes nothing, and
    # "Don't take his comments personally" -> "Don't take his comments" says the opposite
    got = rewrites_of(analyzer, "It is a bad idea, even if you think you can do it.",
                      "less:anger")
    assert not any("even" not in r and "if you think" in r for r in got), got
    for text in ("Don't take his comments personally.",
                 "They were mocked for taking legit criticism poorly."):
        words = text.rstrip(".").split()[-1]
        assert all(words in r for r in rewrites_of(analyzer, text, "less:anger")), text
    # "even though" is "though"
    assert "Fine, though it is late." in rewrites_of(analyzer, "Fine, even though it is late.",
                                                      "less:anger")


def test_a_framing_feeling_goes_with_its_that_and_before_a_name(analyzer) -> None:
    # -03w: "Glad that [NAME] continues..." had become "That [NAME] continues...", a
    # fragment; the frame goes whole, also before GoEmotions' "[NAME]"
    got = rewrites_of(analyzer, "Glad that [NAME] continues to be himself.", "less:joy")
    assert "[NAME] continues to be himself." in got
    assert not any(r.startswith("That") for r in got), got
    assert "[NAME] was there for us" in rewrites_of(analyzer, "Im glad [NAME] was there for us",
                                                    "less:joy")
    assert "That's settled" in rewrites_of(analyzer, "Glad that's settled", "less:joy")


def test_bothered_takes_by_though_its_tier_mates_take_at(analyzer) -> None:
    # "annoyed at him" is English, "bothered at him" is not (the lexicon saw "bothered"
    # once, with "by", and lent it its tier-mates' "at")
    got = rewrites_of(analyzer, "I'm mad at the process.", "less:anger")
    assert "I'm bothered by the process." in got
    assert not any("bothered at" in r for r in got), got


def test_pissed_is_angry_and_its_particle_stays_with_it(analyzer) -> None:
    assert best_of(analyzer, "You're going to be pissed.",
                   "less:anger") == "You're going to be upset."
    # "off" belongs to the verb: "annoyed me off" and "so upset off" are not English
    got = rewrites_of(analyzer, "He pissed me off again.", "less:anger")
    assert "He annoyed me again." in got
    assert not any(" off" in r for r in got if "pissed" not in r), got
    got = rewrites_of(analyzer, "I'm so pissed off right now.", "less:anger")
    assert not any(" off" in r for r in got if "pissed" not in r and "ticked" not in r), got


def test_a_curiosity_announced_before_its_question_goes(analyzer) -> None:
    assert best_of(analyzer, "Just curious, how many supplies did you take?",
                   "less:surprise") == "How many supplies did you take?"
    # the lexicon's fixed expression "out of" goes whole with it
    assert best_of(analyzer, "Out of curiosity, did [NAME] mention autism?",
                   "less:surprise") == "Did [NAME] mention autism?"
    got = rewrites_of(analyzer, "Genuinely curious, what year is it where you live?",
                      "less:surprise")
    assert "What year is it where you live?" in got
    # an opener with no comma belongs to the next word: it does not stay alone
    assert "Genuinely what year is it where you live?" not in got
    # before a statement it says the asking is in good faith; before "because" it leaves
    # a fragment
    for text in ("Genuinely curious, I've yet to make a judgment here.",
                 "I'm curious, because this reminds me of home: what town is it?"):
        assert not any(r.startswith(("I've", "Because"))
                       for r in rewrites_of(analyzer, text, "less:surprise")), text


def test_a_disagreement_with_a_claim_is_put_as_a_doubt(analyzer) -> None:
    # the model reads "I don't think X" as disapproval, which it labels anger (0.79); the
    # doubt hardly (0.04), and it says the same with less force
    assert best_of(analyzer, "I don't think that can happen here.",
                   "less:anger") == "I'm not sure that can happen here."
    assert "They didn’t even respond so I’m not sure it’s gonna work" in rewrites_of(
        analyzer, "They didn’t even respond so I don’t think it’s gonna work", "less:anger")
    # only before a clause; not beside a certainty, and not where it defends someone or
    # something, whose doubt would be an accusation ("I'm not sure you're stupid")
    for text in ("I don't think so.", "I don't think about it anymore.",
                 "I don't think you should be forced to work, so obviously not.",
                 "I don't think you're stupid, you just made a mistake.",
                 "I don't think she's evil like the rest of them!"):
        assert not any("not sure" in r for r in rewrites_of(analyzer, text, "less:anger")), text


def test_a_dislike_of_a_thing_is_said_as_not_being_keen_on_it(analyzer) -> None:
    # "I'm not keen on" / "not a fan of" say the dislike; "dislike" reads as much anger as
    # "hate", and the model hears these as far milder (0.97 -> 0.57 below)
    assert best_of(analyzer, "I don't like the new design.",
                   "less:anger") == "I'm not keen on the new design."
    assert "I’m not a fan of how they handled it." in rewrites_of(
        analyzer, "I really don’t like how they handled it.", "less:anger")
    assert "I wasn't keen on the ending." in rewrites_of(
        analyzer, "I didn't like the ending.", "less:anger")
    assert "The build broke again and I'm not a fan of it." in rewrites_of(
        analyzer, "The build broke again and I hate it.", "less:anger")
    # not of a person or oneself, not before "to" or a degree ("so much"), not in a question
    for text in ("I hate you.", "I hate myself for it.", "I don't like to argue.", "I hate fags.",
                 "I hate this so much.", "Why do I hate this?"):
        assert not any("fan of" in r or "keen on" in r
                       for r in rewrites_of(analyzer, text, "less:anger")), text


def test_a_driver_the_training_texts_never_showed_is_still_rewritten(analyzer) -> None:
    # "frightened" (tagged a participle) has no association in the lexicon; the model
    # says it carries the fear, and it is on a scale
    assert not analyzer.suggester.lexicon.association(["frightened"]).any()
    got = analyzer.suggest("I'm really frightened by the latest security report.", 0, 52,
                           "less:fear")
    assert got and got[0].sentence in ("I'm really alarmed by the latest security report.",
                                       "I'm alarmed by the latest security report.")


def test_a_sorry_before_but_is_a_hedge_not_a_feeling(analyzer) -> None:
    rewrites = rewrites_of(analyzer, "I'm sorry, but this design is just not good enough.",
                           "less:sadness")
    assert "This design is just not good enough." in rewrites
    assert not any("sad" in r for r in rewrites), rewrites


def test_a_hate_to_say_before_but_is_a_hedge(analyzer) -> None:
    # "I hate to say it, but X" says X with a reluctance the model reads as anger
    assert best_of(analyzer, "I hate to say it, but the migration was never tested.",
                   "less:anger") == "The migration was never tested."
    assert "There are two of them." in rewrites_of(
        analyzer, "Hate to be that guy, but there are two of them.", "less:anger")
    # without the "but" it is no hedge: "I hate to say goodbye" is what one hates
    assert not any(r.startswith("Goodbye") for r in rewrites_of(
        analyzer, "I hate to say goodbye to this team.", "less:anger"))


def test_a_milder_word_takes_the_place_of_its_maximizer(analyzer) -> None:
    rewrites = rewrites_of(analyzer, "I'm absolutely furious with the way this was handled.",
                           "less:anger")
    assert "I'm upset with the way this was handled." in rewrites
    assert not any("absolutely upset" in r for r in rewrites), rewrites
    # the article follows the new word: "a bad idea", not "an bad idea"
    assert "That was a bad idea." in rewrites_of(analyzer, "That was an absolutely awful idea.",
                                                 "less:anger")
    # toward more, a word stays under its maximizer
    assert "This is absolutely amazing!" in rewrites_of(analyzer, "This is absolutely good!",
                                                        "more:joy")
    # ...and so does a milder verb (session 40, read_8): not "absolutely liked", and the
    # love stays where it was refused ("absolutely" went with nothing)
    assert "The kids liked the science fair." in rewrites_of(
        analyzer, "The kids absolutely loved the science fair.", "less:joy")
    assert "I dislike this new layout." in rewrites_of(analyzer, "I totally hate this new layout.",
                                                       "less:anger")
    assert lacks(analyzer, "I truly love her.", "less:joy", "like")


def test_one_feels_bad_not_poor(analyzer) -> None:
    rewrites = rewrites_of(analyzer, "I feel awful about what happened.", "less:anger")
    assert "I feel bad about what happened." in rewrites
    assert not any("feel poor" in r or "feel weak" in r for r in rewrites), rewrites


def test_a_word_and_its_intensifier_may_move_only_together(analyzer) -> None:
    text = "I am extremely frustrated that the release slipped again."
    alone = analyzer.suggester._score(text, analyzer.suggester.edits(
        text, Target.parse("less:sadness", analyzer.schema)), Target.parse(
        "less:sadness", analyzer.schema))[1]
    lo, hi = text.index("extremely"), text.index(" that")
    words = [f for f in alone if lo <= f.edit.start and f.edit.end <= hi]
    assert words and all(f.shift < 0.1 for f in words)  # "extremely" gone, or "bothered",
    # does little (the frame's own drop is no word's edit)
    got = {g.sentence: g for g in analyzer.suggest(text, 0, len(text), "less:sadness")}
    pair = got.get("I am bothered that the release slipped again.")  # together, they move
    assert pair is not None and pair.shift >= 0.1 and pair.similarity >= 0.8
    # (since session 42 the frame graded by "extremely" goes first: "The release slipped
    # again.")


@pytest.mark.parametrize("start,end", [(-1, 3), (3, 3), (0, 10_000), (5, 2)])
def test_bad_spans_are_refused(analyzer, start, end) -> None:
    with pytest.raises(SuggestError, match="span"):
        analyzer.suggest("An angry customer called.", start, end, "less:anger")


def test_whitespace_span_is_refused(analyzer) -> None:
    with pytest.raises(SuggestError, match="whitespace"):
        analyzer.suggest("An angry  customer", 8, 10, "less:anger")


def test_odd_sentences_do_not_crash(analyzer) -> None:
    for text in ["!!!", "😡😡😡", "a" * 3000, "lol", "WHAT?!?!", "\u202eevil\u202c text"]:
        for g in analyzer.suggest(text, 0, len(text), "neutral"):
            assert 0 <= g.start <= g.end <= len(text)


def test_embedder_gives_unit_vectors_that_rank_meaning(analyzer) -> None:
    vec = analyzer.suggester.embed(["The meeting moved to Monday.",
                                    "The meeting was moved to Monday.",
                                    "Penguins live in Antarctica."])
    assert np.allclose(np.linalg.norm(vec, axis=1), 1, atol=1e-3)
    assert vec[0] @ vec[1] > 0.9 > vec[0] @ vec[2]


def test_cli_suggest_json_and_errors(tmp_path) -> None:
    f = tmp_path / "in.txt"
    f.write_text("An angry customer called.\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "emotive.cli", "analyze", str(f)]
    out = subprocess.run([*cmd, "--suggest", "--target", "less:anger", "--json"],
                         capture_output=True, text=True, check=True)
    d = json.loads(out.stdout)
    assert d["sentences"][0]["suggestions"][0]["target"] == "less:anger"
    bad = subprocess.run([*cmd, "--suggest", "--target", "less:rage"], capture_output=True,
                         text=True)
    assert bad.returncode == 2 and "unknown target" in bad.stderr
    half = subprocess.run([*cmd, "--target", "less:anger"], capture_output=True, text=True)
    assert half.returncode == 2 and "go together" in half.stderr


def test_clitics_are_never_rewritten_alone(analyzer) -> None:
    # "’m" deleted would fuse "I" with the next word ("Icrying")
    edits = analyzer.suggester.edits("Ik I’m crying rn", Target("less", "sadness"))
    assert all("Icrying" not in Suggester.apply("Ik I’m crying rn", e) for e in edits)


def test_a_curious_question_is_calmed_into_a_request(analyzer) -> None:
    text = "What do you mean by delicate flowers?"
    got = analyzer.suggest(text, 0, len(text), "less:surprise",
                           SuggestOptions(margin=0.1, min_similarity=0.8))
    assert got and got[0].sentence == "Please tell me what you mean by delicate flowers."
    assert got[0].before - got[0].after >= 0.1 and got[0].similarity >= 0.8


def test_a_stretched_word_is_rewritten_as_the_word_it_stretches(analyzer) -> None:
    # the edits, found on "I am so angry at this" with the drivers found on the words as
    # written, are put back on those words
    rewrites = driven_rewrites_of(analyzer, "I am sooo angry at this", "less:anger")
    assert "I am sooo upset at this" in rewrites
    assert "I am angry at this" in rewrites  # "sooo " goes whole
    assert "What is this" in driven_rewrites_of(analyzer, "What the fuuuck is this", "less:anger")


def test_emoticons_are_dropped_like_emoji(analyzer) -> None:
    s = "that was so sad :("
    rewrites = {Suggester.apply(s, e) for e in analyzer.suggester.edits(
        s, Target("less", "sadness"))}
    assert "that was so sad" in rewrites
    # but not one that stands for the verb (-03y)
    s = "I <3 your application of facts."
    assert not any(e.start == 2 for e in analyzer.suggester.edits(s, Target("less", "joy")))


def test_sadness_may_leave_joy_behind_and_fear_may_after_the_rest(analyzer) -> None:
    # what is left when a regret goes reads as caring, which the model labels joy
    text = "I always feel so bad for [NAME] when I watch this scene."
    got = analyzer.suggest(text, 0, len(text), "less:sadness")
    assert "I always feel for [NAME] when I watch this scene." in [g.sentence for g in got]
    # "concerned" reads as caring too: offered where nothing else is, and after the
    # better "uneasy", which it would beat on its numbers
    text = "I’m just worried about his attitude and approach with younger players."
    got = analyzer.suggest(text, 0, len(text), "less:fear")
    assert {g.replacement for g in got} == {"concerned"} and got[0].warmed
    text = "Help, I'm scared and want to go back."
    got = analyzer.suggest(text, 0, len(text), "less:fear")
    words = [g.replacement for g in got]
    assert words[0] == "uneasy" and "concerned" in words, words
    assert got[-1].shift > got[0].shift  # ranked after, though it moves fear further
    # a polite regret is no fear: "my own, I'm afraid." is not "I'm concerned.", it goes
    for text, want in (("I don't know any but my own I'm afraid.",
                        "I don't know any but my own."),
                       ("I'm afraid I'll pick something else.", "I'll pick something else.")):
        got = analyzer.suggest(text, 0, len(text), "less:fear")
        assert [g.sentence for g in got] == [want], text


def test_lowering_an_emotion_never_swaps_in_another(analyzer) -> None:
    # "disappointed" -> "surprised" lowers sadness by making the sentence about surprise
    text = "as a fan, i am very disappointed"
    for g in analyzer.suggest(text, 0, len(text), "less:sadness"):
        over = [n for n, v in g.emotions.items() if n != "sadness" and
                v >= analyzer.thresholds[analyzer.schema.emotions.index(n)]]
        assert not over, (g.sentence, g.emotions)


def test_an_emotion_the_text_already_shows_may_stay_when_another_goes(analyzer) -> None:
    # the joy of the fact is labelled before "Surprisingly," goes (0.33) and rises after:
    # it is the text's own, not swapped in (session 39, read_5)
    text = "Surprisingly, the cheapest laptop in the test had the best battery life."
    assert best_of(analyzer, text, "less:surprise") == (
        "The cheapest laptop in the test had the best battery life.")


def test_meaning_is_compared_on_the_part_an_edit_changes() -> None:
    from emotive.suggest import Meaning

    seen: list[list[str]] = []

    def embed(texts: list[str]) -> np.ndarray:
        seen.append(texts)
        return np.eye(len(texts), 8)[:, :8]

    text = "Wow! It is a long sentence that would hide a changed word."
    m = Meaning(text, [(0, 4), (5, len(text))], embed)
    m.similarities([Edit(11, 12, "one", 0)])  # inside the second sentence
    assert seen[-1] == ["It is a long sentence that would hide a changed word.",
                        "It is one long sentence that would hide a changed word."]
    # removing the first sentence is compared on the whole unit; known texts are not
    # embedded twice
    assert m.scope(Edit(0, 5, "", 0)) == (text, text[5:])
    m.similarities([Edit(0, 5, "", 0)])
    assert seen[-1] == [text]


def test_a_verb_before_a_clause_keeps_a_verb_that_takes_it(analyzer) -> None:
    s = "I wonder why the tests are so slow."
    rewrites = [Suggester.apply(s, e) for e in analyzer.suggester.edits(
        s, Target("less", "surprise"))]
    assert not any(r.startswith(("I respond", "I react")) for r in rewrites)


def test_toning_down_never_swaps_in_a_stronger_or_empty_word(analyzer) -> None:
    sg = analyzer.suggester
    assert sg._stronger("bad", "horrible") and not sg._stronger("terrible", "bad")
    for s, emotion in [("Sorry for the bad analogy.", "sadness"), ("That was great!", "joy")]:
        rewrites = {Suggester.apply(s, e) for e in sg.edits(s, Target("less", emotion))}
        assert not {"Sorry for the horrible analogy.", "That was very!", "That was k!"} & rewrites


def test_a_word_whose_emotions_point_the_other_way_is_no_rewrite(analyzer) -> None:
    sg = analyzer.suggester
    assert sg._opposed("leave", "stay") and sg._opposed("fake", "real")
    assert not sg._opposed("angry", "upset") and not sg._opposed("scared", "uncomfortable")


def test_toning_down_follows_the_scales(analyzer) -> None:
    sg = analyzer.suggester
    s = "It's terrifying."
    rewrites = {Suggester.apply(s, e) for e in sg.edits(s, Target("less", "fear"))}
    assert {"It's unsettling.", "It's concerning."} <= rewrites
    assert "It's scary." not in {Suggester.apply("It's worrying.", e) for e in sg.edits(
        "It's worrying.", Target("less", "fear"))}  # a stronger tier: no calmer
    scary = "It's scary."
    louder = {Suggester.apply(scary, e) for e in sg.edits(scary, Target("more", "fear"))}
    assert "It's terrifying." in louder and "It's concerning." not in louder
    # the lexicon's candidates on a stronger tier are refused when toning down
    sad = {Suggester.apply(t, e) for t in ["It's just sad."]
           for e in sg.edits(t, Target("less", "sadness"))}
    assert "It's just tragic." not in sad and "It's just unfortunate." in sad
    # happiness is on no scale: its pleasure or satisfaction is another thing (-03zf)
    assert not any("satisfaction" in r or "pleasure" in r for r in rewrites_of(
        analyzer, "She deserved happiness.", "less:joy"))


def test_a_replacement_takes_a_preposition_it_can_take(analyzer) -> None:
    sg = analyzer.suggester
    s = "I am terrified of the dark."
    rewrites = {Suggester.apply(s, e) for e in sg.edits(s, Target("less", "fear"))}
    assert {"I am frightened of the dark.", "I am worried about the dark."} <= rewrites
    assert "I am worried of the dark." not in rewrites


def test_a_feeling_stays_a_feeling_and_another_form_is_no_rewrite(analyzer) -> None:
    sg = analyzer.suggester
    s = "I feel so bad for them."
    rewrites = {Suggester.apply(s, e) for e in sg.edits(s, Target("less", "sadness"))}
    assert not {"I felt so bad for them.", "I feel so weak for them.",
                "I feel so stinky for them."} & rewrites
    # "I'm so sorry" says how someone feels: "I'm so bad" does not; a thing stays a thing
    sorry = "I’m so sorry for them."
    assert "I’m so bad for them." not in {
        Suggester.apply(sorry, e) for e in sg.edits(sorry, Target("less", "sadness"))}
    scary = "It is scary."
    assert "It is concerning." in {
        Suggester.apply(scary, e) for e in sg.edits(scary, Target("less", "fear"))}
    # light verbs and slang are not rewritten word for word
    for s, emotion, bad in [("I feel like crying.", "sadness", "I reason like crying."),
                            ("It looks like we won!", "joy", "It sees like we won!"),
                            ("I'm so pissed at him.", "anger", "I'm so peed at him."),
                            ("Another paragraph here, fine.", "joy",
                             "Another paragraph here, ill.")]:
        assert bad not in {Suggester.apply(s, e) for e in sg.edits(s, Target("less", emotion))}
    bit = "I was a bit worried."
    assert "I was a case worried." not in {
        Suggester.apply(bit, e) for e in sg.edits(bit, Target("more", "fear"))}
    best = "The best losers ever."
    assert not {"The most alright losers ever.", "The best enough losers ever."} & {
        Suggester.apply(best, e) for e in sg.edits(best, Target("less", "joy"))}
    happy = "I feel happy."
    assert "I feel pleased." in {Suggester.apply(happy, e)
                                 for e in sg.edits(happy, Target("less", "joy"))}


def test_a_question_with_curly_apostrophes_is_rephrased_in_them(analyzer) -> None:
    sg = analyzer.suggester
    for s, plain in [("Why isn’t it here?", "Please tell me why it isn’t here."),
                     ("Why isn't it here?", "Please tell me why it isn't here.")]:
        rewrites = [Suggester.apply(s, e) for e in sg.edits(s, Target("less", "surprise"))]
        assert plain in rewrites


def test_a_span_over_a_short_sentence_may_drop_it_with_its_punctuation(analyzer) -> None:
    text = "Ugh. The printer jammed again."
    got = analyzer.suggest(text, 0, 3, "less:anger")  # the span is "Ugh" alone
    assert got and got[0].sentence == "The printer jammed again."
    # the capital carried over is no change outside the span; a changed word would be
    assert all(s.start == 0 and s.end <= 6 for s in got)
    assert all(s.start >= 5 for s in analyzer.suggest(text, 5, 8, "less:anger"))  # "The"


def test_a_one_word_sentence_gets_its_suggestion_in_the_document_view(analyzer) -> None:
    doc = analyzer.analyze("Ugh. The printer jammed again.", target="less:anger")
    ugh, rest = doc.sentences
    assert ugh.suggestions and ugh.suggestions[0].sentence == "The printer jammed again."
    assert all(s.start >= rest.start for s in rest.suggestions or [])  # its own words only


def test_a_deletion_never_strands_an_intensifier(analyzer) -> None:
    sg = analyzer.suggester
    s = "He is so fucking overrated."
    assert "He is so overrated." in {Suggester.apply(s, e)
                                     for e in sg.edits(s, Target("less", "anger"))}
    toks = sg.tokens("Super dumb that people are downvoting you.")
    assert sg._strands(toks, 1) and not sg._strands(sg.tokens(s), 3)
    # nor leaves "much" alone in an affirmative (-03zb)
    for s, alone in [("Thank you so much for this", "you much"),
                     ("Thank you very much for this!", "you much"),
                     ("People talk so much shit", "talk much")]:
        assert not any(alone in r for r in rewrites_of(analyzer, s, "less:joy")), s


def test_a_graded_word_keeps_to_its_scales(analyzer) -> None:
    sg = analyzer.suggester
    s = "That is a bad idea."
    rewrites = {Suggester.apply(s, e) for e in sg.edits(s, Target("less", "anger"))}
    assert "That is a poor idea." in rewrites
    assert not {"That is a severe idea.", "That is a stinky idea."} & rewrites  # other senses
    # down its scale ("filthy" -> "dirty"), never up ("a dirty hamster" -> "a filthy one")
    odd = "The room was filthy tonight."
    assert "The room was dirty tonight." in {
        Suggester.apply(odd, e) for e in sg.edits(odd, Target("less", "anger"))}
    odd = "At least she's not a dirty little hamster."
    assert not any("filthy" in Suggester.apply(odd, e)
                   for e in sg.edits(odd, Target("less", "joy")))


def test_an_adjective_of_degree_is_dropped_before_its_noun(analyzer) -> None:
    sg = analyzer.suggester
    s = "It was an utter disaster."
    rewrites = {Suggester.apply(s, e) for e in sg.edits(s, Target("less", "sadness"))}
    assert "It was a disaster." in rewrites
    assert "It was a gross disaster." not in rewrites  # no synonym of "utter"
    done = "The task is complete."  # not before a noun: it means something
    assert "The task is." not in {Suggester.apply(done, e)
                                  for e in sg.edits(done, Target("less", "joy"))}
    # nor before a noun that does not judge: all of it is meant (-03zh)
    assert not any("the collection" in r for r in driven_rewrites_of(
        analyzer, "I actually have the complete collection so I can play any of them!",
        "less:joy"))
    assert "It was a joke" in driven_rewrites_of(analyzer, "It was a total joke", "less:joy")


def test_a_repeated_word_is_also_changed_everywhere_at_once(analyzer) -> None:
    sg = analyzer.suggester
    s = "Love this guy, love this team"
    rewrites = {sg.apply(s, e) for e in sg.edits(s, Target("less", "joy"))}
    assert "Like this guy, like this team" in rewrites
    assert "Like this guy, love this team" in rewrites  # one at a time stays on offer
    t = "Very cool toys, very cool video"
    assert "Cool toys, cool video" in {sg.apply(t, e) for e in sg.edits(t, Target("less", "joy"))}


def test_an_ungradable_word_never_follows_a_degree_adverb(analyzer) -> None:
    sg = analyzer.suggester
    s = "The food was very good and the staff so nice."
    rewrites = {sg.apply(s, e) for e in sg.edits(s, Target("less", "joy"))}
    assert rewrites, "the praise should have milder candidates"
    assert not any(w in r for r in rewrites for w in ("very okay", "very alright", "so okay",
                                                       "so alright"))


@pytest.mark.parametrize("sentence,target", [
    ("I freaked out when I saw it.", "less:fear"),  # was "I freaked out out when..."
    ("This made me crack up so hard!", "less:joy"),
])
def test_the_verb_of_a_phrasal_verb_is_not_replaced_alone(analyzer, sentence, target) -> None:
    sg = analyzer.suggester
    toks = sg.tokens(sentence)
    verb = next(t for k, t in enumerate(toks) if t.pos == "VERB" and toks[k + 1].tag == "RP")
    for e in sg.edits(sentence, Target.parse(target, analyzer.schema)):
        rewritten = sg.apply(sentence, e)
        assert verb.text in rewritten or e.replacement == "", rewritten
        assert " out out" not in rewritten


def test_only_a_noun_on_a_scale_is_replaced(analyzer) -> None:
    for rewritten in rewrites_of(analyzer, "The beauty of the horseshoe effect is fun.",
                                 "less:joy"):
        assert "beauty" in rewritten.lower(), rewritten  # not "The model of..."
    assert "My biggest concern is heights." in rewrites_of(
        analyzer, "My biggest fear is heights.", "less:fear")


def test_a_rare_replacement_takes_its_tier_mates_preposition_or_none(analyzer) -> None:
    rewrites = rewrites_of(analyzer, "I am terrified of PPD.", "less:fear")
    # "uneasy" was seen once, with nothing after it; its tier-mate "concerned" says "about"
    assert "I am uneasy about PPD." in rewrites
    assert "I am frightened of PPD." in rewrites  # seen once, with "at": as "scared"
    assert not any(w in r for r in rewrites for w in ("uncomfortable of", "uneasy of",
                                                       "concerned of", "nervous of"))
    # ...and a rare word's preposition is judged as its tier-mates' is: "frightened of" as
    # "scared of", not "concerned of" (session 41, read_10)
    rewrites = driven_rewrites_of(
        analyzer, "I'm frightened of what the results might show.", "less:fear")
    assert "I'm concerned about what the results might show." in rewrites
    assert not any(" of what" in r and "frightened" not in r for r in rewrites)
    # a superlative's "of" is a part of something, not what the word takes
    assert not any("worst" not in r and " of what" not in r for r in
                   rewrites_of(analyzer, "That's the worst of what I've seen.", "less:anger"))


@pytest.mark.parametrize("sentence,target,same", [
    ("This is a dumb reply.", "less:anger", "stupid"),
    ("The ratings are awful.", "less:anger", "atrocious"),
    ("The grief is constant.", "less:sadness", "despair"),
])
def test_toning_down_a_graded_word_never_swaps_in_one_of_the_same_force(
        analyzer, sentence, target, same) -> None:
    rewrites = rewrites_of(analyzer, sentence, target)
    assert rewrites and not any(same in r.lower() for r in rewrites)


def test_comparatives_and_verbs_on_no_scale_keep_their_word(analyzer) -> None:
    def rewrites(s: str, target: str) -> set[str]:
        return rewrites_of(analyzer, s, target)

    assert not any("poorer" in r or "subpar" in r
                   for r in rewrites("Things were worse back then.", "less:anger"))
    assert not any("prevent" in r.lower() for r in rewrites("Stop being rude.", "less:anger"))
    # a verb on no scale names an act: its WordNet synonyms are other acts here
    for sentence, verb in [("I want the Bears to win so badly!", "win"),
                           ("Yea, husband learned his lesson quite quick.", "learned"),
                           ("Did you noticed they removed my post?", "noticed"),
                           ("I wanna die, I really wanna die.", "die")]:
        for r in rewrites(sentence, "less:joy" if verb == "win" else "less:sadness"):
            assert verb in r, r
    # a verb of the scales takes the gerund as its milder tier does
    assert "My dad likes playing sport." in rewrites("My dad loves playing sport.", "less:joy")


@pytest.mark.parametrize("sentence,target,wanted,refused", [
    ("You selfish prick.", "less:anger", "You selfish jerk.", None),
    ("Those idiots never listen.", "less:anger", "Those fools never listen.", None),
    ("It's painful to talk to them.", "less:sadness", "It's hard to talk to them.", None),
    ("It makes me cry every time.", "less:sadness", None, "scream"),  # WordNet's other sense
    ("I miss the old cakes.", "less:sadness", None, "neglect"),
    ("That was so awkward.", "less:sadness", None, "clumsy"),
])
def test_scales_from_the_training_datas_frequent_emotion_words(
        analyzer, sentence, target, wanted, refused) -> None:
    rewrites = rewrites_of(analyzer, sentence, target)
    assert wanted is None or wanted in rewrites
    assert refused is None or not any(refused in r.lower() for r in rewrites)


def test_shouted_words_are_tagged_as_words_and_rewritten_in_capitals(analyzer) -> None:
    def rewrites(s: str, target: str) -> set[str]:
        return rewrites_of(analyzer, s, target)

    assert "I'm just SURPRISED that he came." in rewrites("I'm just SHOCKED that he came.",
                                                         "less:surprise")
    assert "The NHL is BAD." in rewrites("The NHL is TERRIBLE.", "less:anger")
    # a request keeps the writer's capitals and names
    asked = rewrites("DID YOU TASTE THE CASHEWS FROM BRAZIL!?", "less:surprise")
    assert any(r.startswith("Please") and "whether YOU TASTED THE CASHEWS" in r for r in asked)
    assert any("[NAME]" in r for r in rewrites("Is that you, [NAME]?", "less:surprise")
               if r.startswith("Please"))


@pytest.mark.parametrize("sentence", ["So so good!", "Very very cool.", "Wow wow, that is great!"])
def test_overlapping_edits_of_a_repeated_word_are_not_joined(analyzer, sentence) -> None:
    # dropping the first word hands its capital to the second: joined, "Sgood!"
    for r in rewrites_of(analyzer, sentence, "less:joy"):
        assert not r.startswith(("Sg", "Vc", "Wt")), r


@pytest.mark.parametrize("sentence,target,kept", [
    ("Good luck with your procedure!", "less:joy", "Good luck"),
    ("You are a great grandmother.", "less:joy", "great grandmother"),
    ("You are a great-grandmother now.", "less:joy", "great-grandmother"),
    ("We had a good time debating them!", "less:joy", "good time"),
    # (a noun before a noun, "panic attack", is kept by a rule of its own)
    ("It works so far and I love it.", "less:joy", "so far"),
])
def test_a_word_of_a_fixed_expression_is_neither_replaced_nor_dropped(
        analyzer, sentence, target, kept, monkeypatch) -> None:
    assert all(kept in r for r in rewrites_of(analyzer, sentence, target))
    # without the lexicon's fixed expressions the word would change ("okay luck", "far")
    monkeypatch.setattr(analyzer.suggester.lexicon, "fixed", frozenset())
    assert not all(kept in r for r in rewrites_of(analyzer, sentence, target))


def test_a_milder_fear_is_uneasy_not_uncomfortable_or_unease(analyzer) -> None:
    # "uncomfortable" names another feeling: "I'm so anxious" -> "so uncomfortable",
    # "more worried about your relatives" -> "more uncomfortable about"
    rewrites = rewrites_of(analyzer, "I'm so anxious about the results.", "less:fear")
    assert "I'm so uneasy about the results." in rewrites
    assert not any("uncomfortable" in r for r in rewrites)
    # the noun is another matter: "my worst fear" -> "my worst unease", "gives me anxiety"
    # -> "gives me unease" were wrong in every audit (5 of 5)
    rewrites = rewrites_of(analyzer, "The rain gives me anxiety.", "less:fear")
    assert not any("unease" in r for r in rewrites)
    # a concern weighed against another is "concerned", no feeling: "More worried about
    # the trillions than 5$ on a wall" -> "More uneasy about" (-01e, -01h; session 37)
    rewrites = rewrites_of(analyzer, "More worried about the debt than a wall.", "less:fear")
    assert "More concerned about the debt than a wall." in rewrites
    assert not any("uneasy" in r for r in rewrites)
    assert "I'm so uneasy about the results." in rewrites_of(
        analyzer, "I'm so worried about the results.", "less:fear")


def test_an_apology_is_no_feeling_and_bad_is_not_subpar(analyzer) -> None:
    for sentence in ("Bay Area, sorry ;D", "Nah, lady will come... oh, sorry, forgot"):
        assert not any("bad" in r or "sad" in r
                       for r in rewrites_of(analyzer, sentence, "less:sadness"))
    assert "I feel sad for him." in rewrites_of(analyzer, "I feel sorry for him.",
                                                "less:sadness")
    rewrites = rewrites_of(analyzer, "That was a bad analogy.", "less:sadness")
    assert "That was a poor analogy." in rewrites or "That was a weak analogy." in rewrites
    assert not any("subpar" in r.lower() for r in rewrites)
    # "bad" of what happens to someone is not the "bad" of quality: "bad things happen"
    # -> "poor things", "bad memories" -> "weak memories"
    assert not any("bad" not in r.lower() for r in rewrites_of(
        analyzer, "Bad things happen.", "less:sadness"))


def test_idioms_of_the_phrase_rules_are_kept_whole(analyzer) -> None:
    from emotive.wording import IDIOMS

    sg = analyzer.suggester
    for idiom in IDIOMS:  # written as spaCy splits them, or they would never match
        assert " ".join(t.text.lower() for t in sg.tokens(idiom)) == idiom, idiom
    for sentence, target, kept in [
            ("oh right that was a huge leap my bad", "less:sadness", "my bad"),
            # no "crying pleased tears" (session 41, read_10)
            ("We're all crying happy tears.", "less:joy", "happy tears"),
            ("I'm sick and tired of these meetings.", "less:anger", "sick and tired"),
            ("Had a great time playing overwatch!", "less:joy", "great time"),
            ("Gotta love how gullible the voters are.", "less:joy", "Gotta love"),
            ("Ahhhh the good old anecdote!", "less:joy", "good old"),
            ("She told me it was a bad acid trip.", "less:sadness", "bad acid trip"),
            ("Happy birthday [NAME]!", "less:joy", "Happy birthday"),
            ("Good god there are so many cheapskates here!", "less:anger", "Good god"),
            ("I actually laughed my ass off so hard i had tears.", "less:joy", "laughed"),
            ("It's as good as it gets.", "less:joy", "as good as"),
            ("Good on you dude.", "less:joy", "Good on you"),
            ("Just enjoy your luck.", "less:joy", "enjoy your"),
            ("I've had such bad memories of that place.", "less:sadness", "bad memories"),
            ("Bad timing for him to say this just now.", "less:sadness", "Bad timing"),
            # a random draw (-03s): "lived ever after", "can't fix silly", "Damn... we're
            # going to Sea World!" (an excited oath made a cross one), "a decent mystery"
            ("And they lived happily ever after.", "less:joy", "happily ever after"),
            ("You can't fix stupid.", "less:anger", "fix stupid"),
            ("Hot damn... we're going to Sea World!", "less:joy", "Hot damn"),
            ("I want it to stay a great mystery of the world.", "less:surprise",
             "great mystery"),
            # and another (-03t): "a weak rap", "like it or hate it", "missing the loss"
            ("That gives us stoners a bad rap.", "less:anger", "bad rap"),
            ("Love it or hate it, that kid is a hero.", "less:joy", "Love it or"),
            ("We are all mourning the loss of a business.", "less:sadness",
             "mourning the loss"),
            # a third (-03w): "useful fools", "makes someone his jerk"
            ("That is what useful idiots are pushing.", "less:anger", "useful idiots"),
            ("I heard he makes someone his bitch every week.", "less:anger", "his bitch"),
            ("Wow! Good for her! I'm so glad.", "less:joy", "Good for her"),
            ("mmmmm.... love me some kapusta with bacon bits", "less:joy", "love me some"),
            ("What made you so interested in great whites?", "less:joy", "great whites"),
            ("Someone get fat boy [NAME] a happy meal.", "less:joy", "happy meal"),
            ("Worst case scenario he dodged a bullet.", "less:anger", "Worst case"),
            ("Oh my, liberals have been busy.", "less:surprise", "Oh my"),
            ("Its to bad he doesn't give Tomlin this treatment.", "less:anger", "to bad"),
            ("The worst thing they risk is having to work.", "less:anger", "worst thing"),
            ("Damn, good thing I got those experts to tell me that!", "less:joy",
             "good thing"),
            ("this is a thing? oh no", "less:surprise", "oh no"),
            # a noun before a noun names a kind of thing: not "irritation management"
            ("He went away to anger management and changed.", "less:anger",
             "anger management")]:
        # without case: a dropped oath carries its capital into the idiom, "Damn, good
        # thing I got…" -> "Good thing I got…" keeps it whole (session 62)
        assert all(kept.lower() in r.lower() for r in rewrites_of(analyzer, sentence, target)), (
            sentence)


def test_worried_sick_is_a_great_concern_and_no_word_of_it_is_swapped(analyzer) -> None:
    # an idiom: no "concerned sick", no "worried ill"; the rule says it whole (session 55)
    for sentence, rewrite in [
            ("I'm worried sick about the launch.", "I'm very concerned about the launch."),
            ("We were worried sick when he didn't call.",
             "We were very concerned when he didn't call.")]:
        assert rewrites_of(analyzer, sentence, "less:fear") == {rewrite}
        assert best_of(analyzer, sentence, "less:fear") == rewrite


def test_ok_keeps_its_word_and_hyphened_words_stay(analyzer) -> None:
    assert not any("all right" in r for r in rewrites_of(
        analyzer, "Shhhhhhh ... It will be ok, honey.", "less:joy"))
    # "solid" is a mild "good" only for some things: "a solid voice", "have a solid day"
    rewrites = rewrites_of(analyzer, "She has a good voice, have a nice day!", "less:joy")
    assert "She has a fine voice, have a nice day!" in rewrites
    assert not any("solid" in r for r in rewrites)
    # a word joined by a hyphen is not dropped: it would leave "that's-sometimes"
    for r in rewrites_of(analyzer, "that's awesome-sometimes getting up seems impossible",
                         "less:joy"):
        assert "s-sometimes" not in r and not r.startswith("-"), r


@pytest.mark.parametrize("sentence,target,refused,kept", [
    ("I'm afraid to ask my manager about it.", "less:fear", "uneasy to", None),
    ("I would hate to see another injury.", "less:anger", "dislike to", None),
    # seen with "to" in the training texts: kept
    ("I'm so glad to see you here.", "less:joy", None, "I'm so pleased to see you here."),
    # seen with "that" too rarely to tell, but said so (wording.THAT_CLAUSE)
    ("I am so frustrated that the release slipped again.", "less:anger", None,
     "I am so bothered that the release slipped again."),
    ("It's ridiculous that we still don't have a test server.", "less:anger", None,
     "It's silly that we still don't have a test server."),
])
def test_a_replacement_needs_the_frame_the_word_has(analyzer, sentence, target, refused,
                                                    kept, monkeypatch) -> None:
    rewrites = rewrites_of(analyzer, sentence, target)
    if kept:
        assert kept in rewrites
        return
    assert not any(refused in r for r in rewrites), rewrites
    # without the counts of what words take, it would have been a candidate
    monkeypatch.setattr(analyzer.suggester.lexicon, "complements", {})
    assert any(refused in r for r in rewrites_of(analyzer, sentence, target))


def test_a_clause_after_an_adjective_is_one_with_or_without_that(analyzer) -> None:
    # a clause needs a word that takes one (wording.THAT_CLAUSE), whatever the counts
    rewrites = rewrites_of(analyzer, "I'm scared that they won't call back.", "less:fear")
    assert "I'm worried that they won't call back." in rewrites
    assert not any("uneasy that" in r for r in rewrites), rewrites
    # without "that", a clause still needs a word that takes one: not "uneasy the deadline"
    # ("I'm afraid the deadline is impossible" is a polite regret since session 42)
    rewrites = rewrites_of(analyzer, "I'm afraid the deadline will slip.", "less:fear")
    assert "I'm worried the deadline will slip." in rewrites
    assert not any("uneasy" in r for r in rewrites), rewrites
    # "that" as a determiner is no clause: "uneasy that night" is said
    assert "I was uneasy that night." in rewrites_of(analyzer, "I was scared that night.",
                                                     "less:fear")
    # nor is a time after the feeling: "so sad this morning" may be "disappointed"
    assert "I'm so disappointed this morning." in rewrites_of(
        analyzer, "I'm so sad this morning.", "less:sadness")


def test_before_an_infinitive_a_fear_is_toned_down_by_words_that_take_one(analyzer) -> None:
    # GoEmotions shows no milder fear word with "to": "scared to ask" had no rewrite at all
    rewrites = rewrites_of(analyzer, "I'm scared to talk to my manager about it.", "less:fear")
    assert {"I'm hesitant to talk to my manager about it.",
            "I'm nervous to talk to my manager about it."} <= rewrites
    assert not any("worried to" in r or "uneasy to" in r for r in rewrites)  # not said
    assert "hesitant to even think" in " ".join(rewrites_of(
        analyzer, "I am scared to even think about it", "less:fear"))
    # but one shudders to think what a thought shows, and does not hesitate (session 50)
    for text in ("The contractor left a gas pipe uncapped, and I'm terrified to think what "
                 "could have happened.", "I'm terrified to think why she was kept alive."):
        got = " ".join(rewrites_of(analyzer, text, "less:fear"))
        assert "hesitant to" not in got and "nervous to" not in got and "thinking" not in got
    # and verified: the model reads less fear, the meaning is kept
    doc = analyzer.analyze("She was too scared to speak.", target="less:fear")
    best = doc.sentences[0].suggestions[0]
    assert best.sentence == "She was too hesitant to speak." and best.after < best.before - 0.1
    # elsewhere "hesitant" is no milder "scared", nor is "to death" an infinitive
    for sentence in ("I'm scared of spiders.", "I'm so scared to death"):
        assert not any("hesitant" in r or "nervous to" in r
                       for r in rewrites_of(analyzer, sentence, "less:fear")), sentence
    # the polite "I'm afraid to say" regrets: "hesitant to say" is another thing
    assert not any("hesitant" in r for r in rewrites_of(
        analyzer, "I'm afraid to say it wasn't great.", "less:fear"))
    # one is not hesitant to undergo something: a word that takes "about" takes a gerund
    rewrites = rewrites_of(analyzer, "I'm afraid to get hurt again.", "less:fear")
    assert "I'm worried about getting hurt again." in rewrites
    assert not any("hesitant" in r or "nervous to" in r for r in rewrites), rewrites
    # "too scared to ask" says why one does not ask: "too worried about asking" does not
    assert not any("about asking" in r for r in rewrites_of(
        analyzer, "I'm too scared to ask her.", "less:fear"))


def test_adverbs_on_no_scale_and_result_clauses_keep_their_words(analyzer) -> None:
    rewrites = rewrites_of(analyzer, "This is the game that finally lost my faith, sadly.",
                           "less:sadness")
    assert "This is the game that finally lost my faith, unfortunately." in rewrites
    assert all("finally" in r for r in rewrites)  # not "at last": relief
    for r in rewrites_of(analyzer, "This is so bad that I retold it to everyone.",
                         "less:sadness"):
        assert "so bad that" in r or "bad that" not in r, r


@pytest.mark.parametrize("sentence,target,kept", [
    ("Cant be a slut if no one fucking ya right?", "less:anger", "fucking ya"),  # a verb
    ("Neat, it's from my Facebook so I doubt that it's exact.", "less:surprise", "so I"),
    ("Suck it you old, ugly hag.", "less:anger", "Suck it"),  # not "Stink it"
    ("Is that beer? If so, how did he get it?", "less:surprise", "If so,"),  # a pro-form
    ("Wow, I really think so", "less:surprise", "think so"),
])
def test_words_that_only_look_like_intensifiers_stay(analyzer, sentence, target,
                                                     kept) -> None:
    assert all(kept in r for r in rewrites_of(analyzer, sentence, target))
    # "so" before a word in emphasis marks grades it: it may go
    assert "But he was *hurt* when he heard." in rewrites_of(
        analyzer, "But he was so *hurt* when he heard.", "less:sadness")
    # used as intensifiers, they go or soften
    assert "This is the worst." in rewrites_of(analyzer, "This is fucking the worst.",
                                               "less:anger")
    assert "This stinks." in rewrites_of(analyzer, "This sucks.", "less:anger")


def test_a_sentence_initial_question_word_goes_with_its_question_mark(analyzer) -> None:
    rewrites = rewrites_of(analyzer, "Really? How would they know what you want?",
                           "less:surprise")
    assert "How would they know what you want?" in rewrites
    assert not any(r.startswith("?") for r in rewrites)


def test_a_negated_intensifier_is_a_hedge_and_stays(analyzer) -> None:
    # "not really comparable" -> "not comparable" says more, not less
    for sentence, target, stronger in [
            ("So not really comparable?", "less:surprise", "not comparable"),
            ("It's not very good, honestly.", "less:joy", "not good"),
            ("Wow, it's not really comparable.", "less:surprise", "not comparable"),
            ("He wasn't just a good boy!", "less:joy", "wasn't a good")]:
        rewrites = driven_rewrites_of(analyzer, sentence, target)
        assert rewrites and not any(stronger in r.lower() for r in rewrites), rewrites
    # an intensifier of a verb after a negation is not a hedge: free to go
    assert "You don't work for them." in rewrites_of(
        analyzer, "You don't really work for them.", "less:surprise")


def test_praise_is_not_toned_down_to_faint_praise(analyzer) -> None:
    # "okay" is faint praise: "Pulp Fiction is fucking okay", "Okay article there! Thanks
    # for sharing", "Okay socks" were wrong in 7 of 8 audited suggestions
    # so are "fine" and "decent" said of the thing itself ("your username is fine", "It was
    # fine", "It's fine knowing we're not alone": wrong in audits -01k to -01s); before
    # their noun they still grade it ("a fine ad")
    for sentence in ("Pulp Fiction is amazing.", "It was great.", "Good article there!"):
        rewrites = rewrites_of(analyzer, sentence, "less:joy")
        assert any(w in r.lower() for r in rewrites for w in ("good", "nice")), rewrites
        assert not any("okay" in r.lower() for r in rewrites), rewrites
        attributive = sentence.startswith("Good")
        assert any("fine" in r.lower() for r in rewrites) == attributive, rewrites


def test_work_is_praised_faintly_as_solid(analyzer) -> None:
    # "solid" is the faint praise of a work, said of it too: the model reads "The movie was
    # solid!" as far less joyful (0.82 against 0.99) where "fine" would dismiss it
    assert best_of(analyzer, "The movie was amazing!", "less:joy") == "The movie was solid!"
    assert "Such a solid photo of city hall." in rewrites_of(
        analyzer, "Such a nice photo of city hall.", "less:joy")
    # not of a person, a state of things, food (solid, not liquid) or what one wishes for
    for text in ("You are amazing!", "He seems like a genuinely nice celebrity.",
                 "Sounds like you're in a good place.", "It's good though because it helps.",
                 "Cold leftover food is great sometimes.", "Daily would be great, but no.",
                 "It's amazing how fast he learned."):
        assert not any("solid" in r for r in rewrites_of(analyzer, text, "less:joy")), text


@pytest.mark.parametrize("sentence,target,stronger", [
    ("Not a nice thing to call your lady friend.", "less:anger", "fine thing"),
    ("The answers you get will do you no good.", "less:anger", "no okay"),
    ("I feel like I have nothing good to offer.", "less:sadness", "nothing fine"),
    ("I don't love it, honestly.", "less:joy", "don't like"),
    ("He's not had a great season so far.", "less:joy", "solid season"),  # a light verb
    # in any form, and "like" after one (-03zzzzzw, -01n)
    ("Probably not making good pass decisions.", "less:anger", "fine pass"),
    ("This does not sound like a good situation for a child at all imo.", "less:joy",
     "fine situation"),
])
def test_a_negated_word_is_not_moved_down_its_scale(analyzer, sentence, target,
                                                     stronger) -> None:
    assert not any(stronger in r for r in driven_rewrites_of(analyzer, sentence, target))


def test_a_negated_word_keeps_its_synonyms(analyzer) -> None:
    assert "I'm not certain what you mean." in rewrites_of(
        analyzer, "I'm not sure what you mean.", "less:surprise")


def test_a_bad_superlative_moves_down_its_scale_before_its_noun(analyzer) -> None:
    rewrites = rewrites_of(analyzer, "He is the worst coach in bulls history", "less:anger")
    assert "He is the weakest coach in bulls history" in rewrites
    # no WordNet synonym of a superlative ("best" -> "foremost"), no good quality ("best
    # friends" -> "finest friends"), nor one standing for its noun ("the worst of it")
    assert rewrites_of(analyzer, "They are my best friends.", "less:joy") == set()
    assert not any("worst" not in r for r in rewrites_of(
        analyzer, "That's the worst of what I've seen.", "less:anger"))


def test_a_thing_is_not_given_a_feeling(analyzer) -> None:
    for sentence in ("Oh that's so sad that she thinks anyone cares.",
                     "How sad that you think so.", "It'll be a sad day once he's gone."):
        assert not any("disappointed" in r for r in rewrites_of(analyzer, sentence,
                                                                "less:sadness")), sentence
    # what someone gets, or looks, is a feeling: "I just get sad when" -> "get
    # unfortunate", "He looked so sad" -> "He looked so unfortunate"
    # someone's being is felt, a thing's is not, across the verbs of its tense
    rewrites = rewrites_of(analyzer, "Hard to be sad these days.", "less:sadness")
    assert "Hard to be disappointed these days." in rewrites
    assert not any("unfortunate" in r for r in rewrites)
    assert not any("sorry" in r for r in rewrites_of(
        analyzer, "It is going to be sad to see him go.", "less:sadness"))
    # nor is a word of both said of a thing's noun, or alone as a comment
    for sentence in ("Honestly his post was a little sad.", "The news is sad.",
                     "What a loser, sad.", "Kids do this to get subs, pretty sad."):
        assert not any("disappointed" in r for r in rewrites_of(analyzer, sentence,
                                                                "less:sadness")), sentence
    for sentence in ("I just get sad when I see people commenting.",
                     "He looked so sad when he was talking.", "He is a sad man.",
                     "This whole sub makes me sad.", "The kids are sad.",
                     "I'm a little sad that it ended."):
        assert not any("unfortunate" in r for r in rewrites_of(
            analyzer, sentence, "less:sadness")), sentence
    assert "I'm so disappointed." in rewrites_of(analyzer, "I'm so sad.", "less:sadness")


def test_a_frame_is_dropped_only_from_a_clause(analyzer) -> None:
    """"I can't believe" goes from before what happened, not from before a noun phrase."""
    assert "The vendor missed the deadline again." in rewrites_of(
        analyzer, "I can't believe the vendor missed the deadline again.", "less:surprise")
    for sentence in ("I can't believe this blatant police brutality",
                     "I couldn't believe my ears.", "I can't believe the nerve of him!"):
        assert not any(r[:1] != "I" for r in rewrites_of(analyzer, sentence, "less:surprise"))
    assert not any("Honestly, this" in r for r in rewrites_of(
        analyzer, "Honestly, I can't believe this blatant brutality", "less:surprise"))


def test_a_replacement_takes_the_preposition_it_is_seen_with_before_its_mates(
        analyzer) -> None:
    """"keen" is seen with "on" in the training texts: its tier-mate "interested"'s "in"
    is no reason to write "keen in"."""
    rewrites = rewrites_of(analyzer, "I'm excited about the roadmap for next year!", "less:joy")
    assert "I'm keen on the roadmap for next year!" in rewrites
    assert not any("keen in" in r for r in rewrites)


def test_work_mail_frustration_is_toned_down_and_verified(analyzer) -> None:
    """A mess said of a thing is messy, and a clause that only says one is fed up goes: the
    model reads less anger and less sadness (2026-12-02, bench/workplace.json)."""
    for sentence, target, after in [
            ("Frankly, this documentation is a mess and nobody can follow it.", "less:anger",
             "Frankly, this documentation is messy and nobody can follow it."),
            ("This is the third time this month the deploy has failed and I'm sick of it.",
             "less:sadness", "This is the third time this month the deploy has failed."),
            # a feeling's cause said as what it is (session 18)
            ("Honestly, it pisses me off that they lied to us.", "less:anger",
             "Honestly, they lied to us."),
            # surprise may leave the fact's own disappointment behind (sadness 0.09 -> 0.46)
            ("I can't believe the vendor missed the deadline again.", "less:surprise",
             "The vendor missed the deadline again.")]:
        got = analyzer.suggester.suggest(sentence, target)
        assert got and got[0].sentence == after
        assert got[0].before - got[0].after >= 0.1


def test_a_name_called_is_dropped_where_it_is_said_to_someone(analyzer) -> None:
    """"you idiot" said to someone goes with the comma or space before it; "you" as an
    object ("Fuck you asshole", "makes you an asshole") keeps it, and so does a sentence
    that says nothing else."""
    for sentence, after in [
            ("A Wall is NOT a Volition of the NAP you idiot.",
             "A Wall is NOT a Volition of the NAP."),
            ("Those are liberal comments, you fucking idiot.", "Those are liberal comments."),
            ("You fool, you have no idea what you are talking about.",
             "You have no idea what you are talking about."),
            ("Don't use it as a guide, you crazy idiots.", "Don't use it as a guide.")]:
        assert after in rewrites_of(analyzer, sentence, "less:anger")
    for sentence, kept in [("Fuck you asshole", "you"), ("Oh [NAME] you idiot", "you"),
                           ("That kind of thought makes you an asshole", "you")]:
        assert all(kept in r for r in rewrites_of(analyzer, sentence, "less:anger"))


def test_a_deletion_after_an_article_spells_it_for_the_next_word(analyzer) -> None:
    """"a fucking aneurysm" -> "an aneurysm": 4 verified suggestions of a scan of GoEmotions
    test said "a aneurysm", "a animal" (2026-12-02)."""
    rewrites = rewrites_of(analyzer, "I get a fucking aneurysm from the stupidity.",
                           "less:anger")
    assert "I get an aneurysm from the stupidity." in rewrites
    assert not any("a aneurysm" in r for r in rewrites)


def test_a_conjunction_like_and_a_capital_stay(analyzer) -> None:
    """From a scan of the verified suggestions for 8,000 train texts (2026-12-02): "like"
    before its clause is no interjection, and a maximizer's capital goes to the word that
    takes its place."""
    rewrites = rewrites_of(analyzer, "Yes, I remember it like it was yesterday.", "less:joy")
    assert not any("it it" in r for r in rewrites)
    rewrites = rewrites_of(analyzer, "Completely ridiculous and unbelievable", "less:anger")
    assert rewrites and all(r[:1].isupper() for r in rewrites)
    rewrites = rewrites_of(analyzer, "Absolute stud.", "less:joy")  # an adjective of degree
    assert "Stud." in rewrites and "stud." not in rewrites


def test_deletions_leave_the_sentence_whole(analyzer) -> None:
    assert "I mean." not in rewrites_of(analyzer, "I mean, yes.", "less:joy")  # the answer
    # ...also where nothing else is said, but not where it opens a clause (-03zzg)
    assert "Dude!" not in rewrites_of(analyzer, "Yes, dude!", "less:joy")
    assert "Everyone does this!" in rewrites_of(analyzer, "Yes everyone does this!", "less:joy")
    # a feeling's clause dropped from the end leaves a clause: not the joke "Thanks, I hate
    # it." -> "Thanks.", nor "You monster, I hate it." -> "You monster."
    for text in ("Thanks, I hate it.", "You monster, I hate it."):
        assert text.split(",")[0] + "." not in rewrites_of(analyzer, text, "less:anger")
    assert "The deploy failed again." in rewrites_of(
        analyzer, "The deploy failed again, I hate it.", "less:anger")
    # ...also one that says how one is, after "and" (session 41, read_9): not "CZ Scorpion
    # Evo 3 ...." of a name alone
    assert "Our intern fixed the bug." in rewrites_of(
        analyzer, "Our intern fixed the bug, and we are all delighted.", "less:joy")
    assert "CZ Scorpion Evo 3 ...." not in rewrites_of(
        analyzer, "CZ Scorpion Evo 3 .... and I'm stoked", "less:joy")
    # a laugh after an ellipsis goes with its full stop: the ellipsis ends the sentence
    assert "I knew he would use it somehow... :/" in rewrites_of(
        analyzer, "I knew he would use it somehow... lol. :/", "less:joy")
    assert "so this is a bit." not in rewrites_of(analyzer, "so this is a bit awkward.",
                                                  "less:sadness")  # a stranded "a bit"
    # Markdown emphasis goes with its word; "god damn" goes whole, not "a god button"
    rewrites = rewrites_of(analyzer, "I *aggressively* call this bluff", "less:anger")
    assert "I call this bluff" in rewrites and not any("**" in r for r in rewrites)
    # swearing opening the sentence goes with its space, the next word taking the capital
    rewrites = rewrites_of(analyzer, "Freaking hate cats like that.", "less:anger")
    assert "Hate cats like that." in rewrites and not any(r.startswith(" ") for r in rewrites)
    rewrites = rewrites_of(analyzer, "I can't push a god damn button.", "less:anger")
    assert "I can't push a button." in rewrites
    assert not any("god button" in r for r in rewrites)
    # the second of two words takes its own case: not "when Upset"
    rewrites = rewrites_of(analyzer, "Angry old men raise their canes when angry.",
                           "less:anger")
    assert "Upset old men raise their canes when upset." in rewrites
    assert not any("when Upset" in r for r in rewrites)
    # no word is stranded after "too"; "wtf" asks; a word mentioned is no interjection;
    # "Sorry to" is an apology with what it is for
    for sentence, target, kept in [
            ("You're taking all of this WAY too literally AND assuming.", "less:anger",
             "too literally"),
            ("Wtf is a weeb", "less:anger", "is a weeb"),
            ("The wow at the end really had not amused me!", "less:surprise", "The wow"),
            ("Sorry to burst your bubble but he is popular.", "less:sadness", "Sorry to")]:
        rewrites = rewrites_of(analyzer, sentence, target)
        assert all(kept in r for r in rewrites if "heck" not in r), (sentence, rewrites)
    assert "Devastating to hear of any news like this" in rewrites_of(
        analyzer, "Devastating to hear of any news like this :(", "less:sadness")
    # the parser took "SHUT" into the subject: "Please confirm whether YOU TWO SHUT will UP."
    assert not any("Please" in r for r in rewrites_of(
        analyzer, "WILL YOU TWO SHUT UP?", "less:anger"))
    # "not exactly" is a hedge; "so" before "no thanks" joins clauses; "ok" after "feel" is
    # the predicate; "gun loving" is a compound; a verb the sentence has is not brought in
    for sentence, target, kept in [
            ("The UK having disdain for Ireland or Irish people isn’t exactly new.", "less:anger",
             "exactly"),
            ("I am from Turkey so no thanks jackass.", "less:anger", "so no"),
            ("I feel ok 😁", "less:joy", "feel ok"),
            ("Nah. I am a gun loving medical student.", "less:joy", "gun loving"),
            ("You get to enjoy what you liked.", "less:joy", "liked.")]:
        rewrites = driven_rewrites_of(analyzer, sentence, target)
        assert all(kept in r for r in rewrites), (sentence, rewrites)
    assert not any("like what" in r for r in rewrites)
    assert "I have an aunt that's 6 foot." in rewrites_of(
        analyzer, "I have an aunt that's like 6 foot.", "less:joy")
    # "painful" of the body is not "hard"; "painful to watch" is "hard to watch"
    assert not any("hard" in r or "difficult" in r for r in rewrites_of(
        analyzer, "Tumours aren't usually painful.", "less:sadness"))
    assert "It's hard to watch." in rewrites_of(analyzer, "It's painful to watch.",
                                                "less:sadness")
    # "very fine" is high praise; "rude" is not "blunt"; "the poorest character" pities
    assert not any("very fine" in r for r in rewrites_of(
        analyzer, "Nkd is a very good brand.", "less:joy"))
    assert not any("blunt" in r for r in rewrites_of(
        analyzer, "What a rude condescending wanker he is.", "less:anger"))
    assert not any("poorest" in r for r in rewrites_of(
        analyzer, "He is the worst character on the show.", "less:anger"))
    # "a poor dad" pities him; "the mistaken subs" is not said
    assert not any("poor dad" in r for r in rewrites_of(
        analyzer, "He is a horrible dad.", "less:anger"))
    assert not any("mistaken" in r for r in rewrites_of(
        analyzer, "I was looking at the wrong subs then.", "less:surprise"))
    assert "You're mistaken." in rewrites_of(analyzer, "You're wrong.", "less:anger")
    # good looks are said of people
    assert not any("attractive" in r or "pretty" in r for r in rewrites_of(
        analyzer, "Beautiful play by [NAME].", "less:joy"))
    assert "Easy breezy attractive cover girl" in rewrites_of(
        analyzer, "Easy breezy beautiful cover girl", "less:joy")
    # "more" grades a word that would take "-er": not "more nice"
    assert not any("more nice" in r for r in rewrites_of(
        analyzer, "My wife is more beautiful now than when I met her.", "less:joy"))
    # a request needs a clause to ask about: not "Please tell me why the strong opinion?"
    assert not any("Please" in r for r in rewrites_of(
        analyzer, "Just curious why the strong negative opinion?", "less:surprise"))
    assert "Please tell me why you did that." in rewrites_of(
        analyzer, "Just curious why you did that?", "less:surprise")
    # a request framed in the middle of a clause is not one: "I was Please tell me what"
    assert not any("was Please" in r or "was please" in r for r in rewrites_of(
        analyzer, "Wow, I was JUST wondering what they make.", "less:surprise"))


def test_please_and_the_word_after_an_auxiliary_stay(analyzer) -> None:
    assert all("Please" in r for r in rewrites_of(
        analyzer, "Shit, I lost the page. Please forgive me.", "less:sadness"))
    assert all("plz" in r for r in rewrites_of(analyzer, "plz no foul trouble", "less:anger"))
    for sentence in ("I'm so sorry.", "They had to be sacrificed. I’m sorry"):
        for r in rewrites_of(analyzer, sentence, "less:sadness"):
            assert not r.rstrip(".").endswith(("'m", "’m", "so")), r


def test_an_adverb_is_dropped_only_when_it_carries_the_emotion(analyzer) -> None:
    # a time, not a tone: "Results should be in shortly!" -> "Results should be in!"
    assert not any("be in!" in r for r in driven_rewrites_of(
        analyzer, "Results should be in shortly!", "less:joy"))
    # a domain, not a degree: "culturally acceptable" is not "acceptable"
    assert not any("it's acceptable" in r for r in driven_rewrites_of(
        analyzer, "Gangs are defended because it's culturally acceptable.", "less:anger"))
    assert "Better than any HBr" in driven_rewrites_of(
        analyzer, "Better than any HBr, anyway", "less:joy")  # an afterthought
    assert "It's an unhealthy and dangerous lifestyle." in driven_rewrites_of(
        analyzer, "It's a disgustingly unhealthy and dangerous lifestyle.", "less:anger")
    assert "I find it ironic that he said that." in rewrites_of(
        analyzer, "I find it sadly ironic that he said that.", "less:sadness")


def test_close_suggestions_come_before_loose_ones(analyzer) -> None:
    # with the threshold lowered, a bigger move that keeps less of the meaning does not
    # outrank one that keeps it: "I was thinking the same." (0.77)
    text = "Sadly I was thinking the same."
    got = analyzer.suggest(text, 0, len(text), "less:sadness",
                           SuggestOptions(min_similarity=0.7, top=3))
    assert got[0].similarity >= 0.8 and got[0].replacement == "Unfortunately"
    assert any(g.similarity < 0.8 and g.shift > got[0].shift for g in got[1:])


@pytest.mark.parametrize("sentence,target,other", [
    ("Other cities see no significant decrease in sales.", "less:anger", "important"),
    ("He is smarter than the average six year old!", "less:joy", "mean"),
    ("I might not support certain teams because their owners are trash.", "less:anger",
     "sure teams"),
    ("Socially it's completely unacceptable to pee your pants.", "less:anger", "impossible"),
])
def test_an_adjective_on_no_scale_keeps_its_word(analyzer, sentence, target, other) -> None:
    # a quality, not a tone: WordNet's synonyms of it are other qualities here
    assert not any(other in r for r in driven_rewrites_of(analyzer, sentence, target))


def test_a_feeling_on_no_scale_may_become_another_feeling(analyzer) -> None:
    for sentence in ("I'm sure he likes it.", "Are you really sure he likes it?",
                     "im sure he likes it"):
        assert any("certain" in r for r in rewrites_of(analyzer, sentence, "less:surprise")
                   ), sentence


def test_an_adjective_grading_the_next_one_is_dropped_not_replaced(analyzer) -> None:
    rewrites = rewrites_of(analyzer, "This is so crazy pessimistic.", "less:anger")
    assert "This is so pessimistic." in rewrites
    assert not any("unusual pessimistic" in r or "strange pessimistic" in r for r in rewrites)
    # on its own it is a word on a scale like any other
    assert "This is strange." in rewrites_of(analyzer, "This is crazy.", "less:anger")


def test_what_a_word_is_doing_here_keeps_it(analyzer) -> None:
    # the second of two adjectives goes with its "and"
    rewrites = rewrites_of(analyzer, "What a complete and utter cunt.", "less:anger")
    assert "What a complete cunt." in rewrites
    assert not any("and cunt" in r for r in rewrites)
    # a phrasal verb's swearing verb, an idiom's result, a comparison that is the point, a
    # verb that takes no clause
    assert not any("Everyone's out" in r for r in rewrites_of(
        analyzer, "Everyone's freaking out about our OC.", "less:anger"))
    # (the whole idiom may be a bother since session 54, never "drives me unusual")
    assert rewrites_of(analyzer, "It drives me insane.", "less:anger") == {"It bothers me."}
    assert rewrites_of(analyzer, "But the seriousness makes it funnier.", "less:joy") == set()
    rewrites = rewrites_of(analyzer, "Love that he went out there.", "less:joy")
    assert "Like that he went out there." in rewrites
    assert not any(r.startswith("Enjoy") for r in rewrites)
    # looks are said of people, not of hatred; an exclamation is not "Notable,"
    assert not any("unattractive" in r for r in rewrites_of(
        analyzer, "It revealed how ugly the hatred has gotten.", "less:anger"))
    assert "He's unattractive and short." in rewrites_of(
        analyzer, "He's ugly and short.", "less:anger")
    rewrites = rewrites_of(analyzer, "Fascinating, can you provide more detail?", "less:joy")
    assert "Interesting, can you provide more detail?" in rewrites
    assert not any(r.startswith("Notable") for r in rewrites)


def test_love_of_a_person_and_the_kind_of_an_act_stay(analyzer) -> None:
    for sentence in ("I love you so much, babe.", "You need to learn to love yourself.",
                     "I love my wife.", "Tell him I love him.", "His parents love him.",
                     "I still love him.",  # told, by kin, still (-03zc)
                     "He says he loves both of you.",  # -03zd
                     "But I deeply love and empathize with this.",  # -03zp
                     "It is giving a child a loving home."):  # an affectionate one
        assert not any(w in r for r in rewrites_of(analyzer, sentence, "less:joy")
                       for w in ("like", "enjoy", "appreciate")), sentence
    assert "I like this song." in rewrites_of(analyzer, "I love this song.", "less:joy")
    assert "I like all of these songs." in rewrites_of(
        analyzer, "I love all of these songs.", "less:joy")
    # a hard laugh is no hard smile, and what it did stays with it (-03zd)
    assert "I smiled at it." in rewrites_of(analyzer, "I laughed so hard at it.", "less:joy")
    assert not any("smile" in r for r in rewrites_of(
        analyzer, "I laughed so hard I cried.", "less:joy"))
    # a fan's love may be liking, but a person is not enjoyed
    rewrites = rewrites_of(analyzer, "Atleti fans seem to love him.", "less:joy")
    assert "Atleti fans seem to like him." in rewrites
    assert "Atleti fans seem to enjoy him." not in rewrites
    assert "We would like you over for dinner." in rewrites_of(  # a wish
        analyzer, "We would love you over for dinner.", "less:joy")
    assert rewrites_of(analyzer, "She was sexually assaulted by her coach.",
                       "less:anger") == set()


def test_idioms_conjunctions_and_verbs_keep_their_words(analyzer) -> None:
    assert rewrites_of(analyzer, "Stop the fear mongering.", "less:fear") == set()  # -03zb
    assert all("hate in your heart" in r for r in rewrites_of(  # four words (-03zr)
        analyzer, "You guys got hate in your heart.", "less:anger"))
    # -03zt: how one fares or is to act is said by its adverb; where someone is seen is
    # no complement; a "how" of manner keeps its frame
    assert "Drive now." not in rewrites_of(analyzer, "Drive safely now.", "less:joy")
    assert not any("do making" in r for r in rewrites_of(
        analyzer, "they do poorly making me feel otherwise", "less:sadness"))
    assert not any(" of both pics" in r for r in rewrites_of(
        analyzer, "She's cute in both pics but what's up with the chin", "less:joy"))
    assert not any(r.startswith("The mods") for r in rewrites_of(
        analyzer, "It's so funny how the mods in that sub behave.", "less:joy"))
    # -03zv: an adjective said as an adverb takes only what is said so ("works fine", not
    # "works cool"); a feeling said again keeps its frame
    rewrites = rewrites_of(analyzer, "He played great last night", "less:joy")
    assert "He played fine last night" in rewrites
    assert "He played cool last night" not in rewrites
    assert not any(r.startswith("The message") for r in rewrites_of(
        analyzer, "I am glad that the message touched you, I really am.", "less:joy"))
    assert rewrites_of(analyzer, "Insurance covers stupid.", "less:anger") == set()
    # -03zz: a polite "I'm afraid" between subject and verb, "get keen", "worry" with an
    # object, "Damn it" before a name, mocking case, the love of a child
    assert not any("I'm" in r and "I'm afraid" not in r for r in rewrites_of(
        analyzer, "Your doctor I'm afraid is pointless as well.", "less:fear"))
    assert "I'll wait until I get keen." not in rewrites_of(
        analyzer, "I'll wait until I get excited.", "less:joy")
    assert not any("worry slowly" in r for r in rewrites_of(
        analyzer, "I fear slowly losing myself.", "less:fear"))
    assert not any(r.startswith("It [NAME]") for r in rewrites_of(
        analyzer, "Damn it [NAME], now I have to go down there again.", "less:anger"))
    assert all("bAd" in r for r in rewrites_of(
        analyzer, "ORaNgE MaN bAd AnD iS HiTlEr!!!!", "less:anger"))
    assert not any("like the kid" in r for r in rewrites_of(
        analyzer, "These parents openly love the kid more", "less:joy"))
    # -03zzb: praise is no wonder; hating the world is no taste; a face that ended a
    # sentence leaves its full stop; a signed saying is quoted
    rewrites = rewrites_of(analyzer, "It was an incredible event.", "less:joy")
    assert rewrites and not any("unexpected" in r or "surprising" in r for r in rewrites)
    assert not any("fan of" in r or "keen on" in r for r in rewrites_of(
        analyzer, "I hate this world.", "less:anger"))
    assert "That sounds awful. I'm so grateful my parents let me figure it out" in rewrites_of(
        analyzer, "That sounds awful )-: I'm so grateful my parents let me figure it out",
        "less:joy")
    assert rewrites_of(analyzer, "Never argue with stupid people, they drag you down to "
                       "their level.' - [NAME]", "less:anger") == set()
    # -03zzd: "good thinking" is praise said whole; a thank-you an "and" goes on from
    # stays; an adverb closing a clause leaves its comma; no one can tell what will be
    assert not any("fine thinking" in r for r in rewrites_of(
        analyzer, "The alternate caption! Good thinking!", "less:joy"))
    assert "And play ball!" not in rewrites_of(analyzer, "Thanks, and play ball!", "less:joy")
    assert not any("advice i was" in r for r in rewrites_of(
        analyzer, "tyvm for this advice actually, i was totally bamboozled", "less:joy"))
    assert not any(r.startswith("Please tell me") for r in rewrites_of(
        analyzer, "I wonder if Belpedio will get a chance up here at some point.",
        "less:surprise"))
    # -03zzi: a participle before its noun is the adjective; a subjectless "Love X" is no
    # "Enjoy X"; no smile is loud; faint praise of a tenant reads otherwise; an oath before
    # an inverted exclamation stays
    rewrites = rewrites_of(analyzer, "yet another infuriating loss, against a garbage team",
                           "less:anger")
    assert "yet another frustrating loss, against a garbage team" in rewrites
    assert not any("bothering" in r or "angering" in r for r in rewrites)
    assert not any(r.startswith(("Enjoy", "Appreciate")) for r in rewrites_of(
        analyzer, "Love scary podcasts at work.", "less:joy"))
    assert not any("smiled" in r for r in rewrites_of(
        analyzer, "I laughed so loud my kids came out of their bedrooms", "less:joy"))
    assert not any("fine tenant" in r for r in rewrites_of(
        analyzer, "My amazing tenant offered to pay in advance.", "less:joy"))
    assert not any(r.startswith("Cuddling. Is it") for r in rewrites_of(
        analyzer, "Cuddling. God damn is it comforting to snuggle up", "less:joy"))
    # -03zzk: a laugh that ended a sentence leaves its full stop; "a good look" is whole
    assert "Damn, dude. You should've calmed him down." in rewrites_of(
        analyzer, "Damn, dude lol You should've calmed him down.", "less:joy")
    assert not any("fine look" in r for r in rewrites_of(
        analyzer, "Take each penny and give it a good look.", "less:joy"))
    # -03zzm (toward positive): what is wrong is amiss, not mistaken; how one talks about
    # someone is what is said; an apology stays; a state of things and what befell
    # someone are not weak
    assert not any("mistaken" in r for r in rewrites_of(
        analyzer, "Feigning normalcy is part of what's wrong.", "positive"))
    assert "I saw one user talking about [NAME]." not in rewrites_of(
        analyzer, "I saw one user talking badly about [NAME].", "positive")
    assert not any(r.startswith("Ooh, I") for r in rewrites_of(
        analyzer, "Ooh sorry, I didn't reread the article.", "positive"))
    assert not any(" weak" in r for r in rewrites_of(
        analyzer, "Turkey's situation is bad, but still nothing compared to Venezuela.",
        "positive"))
    assert not any("so weak" in r or "is poor" in r for r in rewrites_of(
        analyzer, "That is so horrible. I'm so sorry for you.", "positive"))
    # -03zzp (toward neutral): a negation reaches across a linking verb; the comma after a
    # dropped interjection goes where a conjunction is before it
    assert not any("poor" in r for r in rewrites_of(
        analyzer, "With a big group this doesn't seem so bad.", "neutral"))
    assert "I haven't seen it yet but what a reach." in rewrites_of(
        analyzer, "I haven't seen it yet but wow, what a reach.", "neutral")
    # -03zzr: a laugh that was all the writer said after a quote stays; a doubled word is
    # not replaced by a doubled other, and what "one" names is not poor
    assert not rewrites_of(
        analyzer, ">If you were to confiscate $900 billion of [NAME] assets, lmao", "less:joy")
    assert not any("poor" in r or "weak" in r for r in rewrites_of(
        analyzer, "She has a diagnosed illness that's a terrible, terrible one to suffer from.",
        "less:anger"))
    # -03zzt (toward positive): an apology with its subject left out stays, "RIP" mourns,
    # and a quality named as a thing keeps its word
    assert "Should've mentioned..." not in rewrites_of(
        analyzer, "Sorry, should've mentioned...", "positive")
    assert "Is Russia depicted in the cartoon?" in rewrites_of(
        analyzer, "Sorry, is Russia depicted in the cartoon?", "positive")
    assert "[NAME] passed away today." not in rewrites_of(
        analyzer, "[NAME] passed away today. RIP", "positive")
    assert not any("weak" in r or "poor" in r for r in rewrites_of(
        analyzer, "Three layers of bad.", "positive"))
    # -03zzw (toward neutral): "made me lol" laughs, "go crazy" becomes, "god awful" is one
    # word, "isn't inherently" hedges, "at great loss" measures
    for text, kept in [("Another reunion pic made me lol", "made me lol"),
                       ("They will go crazy with joy.", "go crazy"),
                       ("Isnt that the god awful truth", "god awful"),
                       ("Everything that isn't leftism isn't inherently fascist.", "inherently"),
                       ("Our ancestors took this land at great loss.", "great loss")]:
        assert all(kept in r for r in rewrites_of(analyzer, text, "neutral")), text
    assert any("fine number" in r for r in rewrites_of(
        analyzer, "My jersey has the great number 10 on it!!", "neutral"))
    # -03zzz: a dash after a dropped first word goes too; "driving the chuds mad" is an
    # idiom's result, "drive a nice car" is not; two sentences run together ask nothing
    assert "A woman who expects that is delusional." in rewrites_of(
        analyzer, "Yeah -- a woman who expects that is delusional.", "less:joy")
    assert not any("mad" not in r for r in rewrites_of(
        analyzer, "It's driving the chuds mad.", "less:anger") if "driving" in r)
    assert any("solid car" in r for r in rewrites_of(
        analyzer, "Work hard and you too can drive a nice car.", "less:joy"))
    assert not any(r.startswith("Please") for r in rewrites_of(
        analyzer, "Which is likely the whole point What makes you think that?",
        "less:surprise"))
    for text in ("Is [NAME] back on his meds?", "Wow guns and ignorance. What else is wrong "
                 "with her?"):
        assert not any("Please" in r for r in rewrites_of(analyzer, text, "less:surprise"))
    # -03zzzc: "lol @" laughs at; "poor" before a name called pities
    assert not any(r.startswith("@") for r in rewrites_of(
        analyzer, "lol @ the dude lying down in the hut at 2:12", "less:joy"))
    assert not any("poor" in r for r in rewrites_of(analyzer, "Two horrible cunts", "less:anger"))
    # -03zzze: "Are ya completely sure...?" doubts, as "Are you sure...?" does
    assert not any("Please" in r for r in rewrites_of(
        analyzer, "Are ya completely sure that's not from that Thursday last summer?",
        "less:surprise"))
    # -03zzzg (toward neutral): emphasis marks go with their swear; after an opening
    # quotation mark the next word takes the capital and no comma is left; good at
    # something is no kindness; a capital after a superlative starts another sentence
    assert "Oh my **GOD**!!" in rewrites_of(analyzer, "Oh my *FUCKING* **GOD**!!", "neutral")
    assert any(r.startswith('"Worse: ') for r in rewrites_of(
        analyzer, '"Even worse: ""Share something interesting about yourself."" Suddenly I '
        'become the most boring person ever to exist."', "less:anger"))
    assert any(r.startswith('"My mind started quoting') for r in rewrites_of(
        analyzer, '"Haha, my mind started quoting ""the standard of truth has been '
        'erected..."""', "less:joy"))  # a CSV field, as GoEmotions quotes it
    assert not any(" of hearing" in r for r in rewrites_of(
        analyzer, "I used to be amazing at hearing whether a parent was coming.", "neutral"))
    assert not any("Source" in r and "worst" not in r for r in rewrites_of(
        analyzer, "Young Pink Floyd fans are the worst Source - Am a young fan", "neutral"))
    assert rewrites_of(analyzer, "Let people enjoy things", "neutral") == set()
    # -03zzzi: a question that trails off into another is no request; "GOOD BOI" praises
    # the dog whole, as "Good dog" does
    assert not any(r.startswith("Please") for r in rewrites_of(
        analyzer, "Why didn't I ever...how many shortcuts did they take with that game?!",
        "less:surprise"))
    assert not any("BOI" in r and "GOOD BOI" not in r for r in rewrites_of(
        analyzer, "ITS A GOOD BOI!!", "less:joy"))
    # -03zzzk (toward positive): a hedge a negation denies stays before a verb too, also
    # past "be"; guilt is not sympathy; a person is not "hard"; "weak" of an accent is
    # faint; "Orange man bad" is a meme said whole
    for text, kept in [("Most of them cannot be properly washed.", "properly"),
                       ("That does not necessarily mean he is bad.", "necessarily")]:
        assert all(kept in r for r in rewrites_of(analyzer, text, "positive")), text
    assert not any("feel for" in r for r in rewrites_of(
        analyzer, "Anyone who still supports him should feel bad for it.", "positive"))
    for text in ("I feel bad for him.", "I feel bad for these guys.", "Feel bad for that "
                 "streamer."):
        assert any("eel for" in r for r in rewrites_of(analyzer, text, "less:sadness")), text
    assert not any(r.endswith(" hard.") for r in rewrites_of(
        analyzer, "[NAME] is unbearable.", "positive"))
    assert "[NAME] is difficult." in rewrites_of(analyzer, "[NAME] is unbearable.", "positive")
    assert not any("weak" in r for r in rewrites_of(
        analyzer, "(end bad spanish accent).", "positive"))
    assert rewrites_of(analyzer, "Orange man bad.", "positive") == set()
    # -03zzzn (toward neutral): an oath on someone keeps its "damn"; a negation reaches a
    # hedge past "think"; a habit is not said as a rule
    assert "Science you!" not in rewrites_of(analyzer, "Science damn you!", "neutral")
    assert "Science darn you!" in rewrites_of(analyzer, "Science damn you!", "neutral")
    assert all("particularly" in r for r in rewrites_of(
        analyzer, "I just don't think we're particularly bad.", "neutral"))
    assert "It is bad." in rewrites_of(analyzer, "It is particularly bad.", "neutral")
    assert "You were thirsty." in rewrites_of(analyzer, "Damn you were thirsty.", "neutral")
    assert "Thought you didn't know what this was :p" in rewrites_of(
        analyzer, "Thought you didn't know what exactly this was :p", "neutral")
    assert "We saved more often." in rewrites_of(analyzer, "We saved more often lol.", "neutral")
    assert all("usually" in r for r in rewrites_of(
        analyzer, "that's weird... playing Smash Ultimate usually just makes me feel like "
        "drinking.", "neutral"))
    # -03zzzq (toward neutral): "like" takes an object; a person's looks stay looks; a
    # feeling asked about keeps its frame; emoji before a sentence's first word leave it
    # its capital
    assert "Just relax and like." not in rewrites_of(analyzer, "Just relax and enjoy.",
                                                     "neutral")
    assert "I like it." in rewrites_of(analyzer, "I love it.", "neutral")
    assert not any("nice student" in r for r in rewrites_of(
        analyzer, "Everyone there is a beautiful student", "neutral"))
    assert "What a nice smile." in rewrites_of(analyzer, "What a beautiful smile.", "neutral")
    assert "You're rid of me?" not in rewrites_of(analyzer, "Glad you're rid of me?", "neutral")
    assert "You came." in rewrites_of(analyzer, "Glad you came.", "neutral")
    # -03zzzw (toward neutral): where something went is what is said
    assert all("downhill" in r for r in rewrites_of(
        analyzer, "Society started going downhill at exactly the point where I became "
        "negatively affected by social change.", "neutral"))
    assert "It went well." in rewrites_of(analyzer, "It went really well.", "neutral")
    # -03zzzz: someone called after a question is called after the request; how long
    # stays; kin in capitals get no faint praise
    assert "Please tell me where our internet singularity is, scientists." in rewrites_of(
        analyzer, "Where's our internet singularity, scientists?!", "less:surprise")
    assert "Please tell me what your name is, sir." in rewrites_of(
        analyzer, "What is your name, sir?", "less:surprise")
    assert "Please tell me where the car is." in rewrites_of(
        analyzer, "Where is the car?", "less:surprise")
    assert all("meantime" in r for r in rewrites_of(
        analyzer, "Me . Switched to badminton meantime.", "neutral"))
    assert not any("fine Dad" in r for r in rewrites_of(
        analyzer, "You sound like a great Dad and husband to me.", "neutral"))
    # -03zzzzc (toward positive): an oath on something keeps its "damn"; how it was done
    # ends its clause and stays; "isnt" negates; "weird flex" is a meme; "the Hell" after a
    # preposition is a place
    assert "The facts!" not in rewrites_of(analyzer, "Damn the facts!", "positive")
    assert all("badly" in r for r in rewrites_of(
        analyzer, "I understand what he was trying to say, but it came out badly.", "positive"))
    assert all("really bad" in r for r in rewrites_of(
        analyzer, "The team isnt really bad but their fans are really the worst", "positive"))
    assert "You summed it up." in rewrites_of(analyzer, "You summed it up perfectly.",
                                              "less:joy")
    assert "Please explain why nobody has fixed it." in rewrites_of(
        analyzer, "I dont understand why nobody has fixed it.", "less:anger")
    assert rewrites_of(analyzer, "Uhh...weird flex but ok?", "less:surprise") == set()
    assert not any("compared with Mars" in r for r in rewrites_of(
        analyzer, "Earth will be a Haven compared with the Hell Mars is.", "positive"))
    # -03zzzzg (toward neutral): "damned" is minced as "darned"; "consistently" is how
    # often; "laugh out loud", "why so", "enjoy the ride" are whole; a disservice is no
    # weak one
    assert "I'd be darned if she isn't the one" in rewrites_of(
        analyzer, "I'd be damned if she isn't the one", "neutral")
    assert all("consistently" in r for r in rewrites_of(
        analyzer, "This podcast is the only radio I can consistently get", "neutral"))
    for text, kept in [("I actually laugh out loud while browsing.", "laugh out loud"),
                       ("Why so quiet now?", "Why so"),
                       ("Just enjoy the ride and pay respect to the man.", "enjoy the ride")]:
        assert all(kept.lower() in r.lower() for r in rewrites_of(analyzer, text, "neutral")), text
    assert not any("weak disservice" in r for r in rewrites_of(
        analyzer, "Otherwise it would be a terrible disservice to the NHL", "neutral"))
    # -03zzzt (toward positive): a sad song is melancholy, not unfortunate
    assert rewrites_of(analyzer, "Let me play a sad song for you on the world's smallest "
                       "violin.", "positive") == set()
    assert "It is an unfortunate day." in rewrites_of(analyzer, "It is a sad day.", "positive")
    assert "🤣 Please tell me if calling the cops would hurt him." in rewrites_of(
        analyzer, "🤣 I'm just curious if calling the cops would hurt him.", "less:surprise")
    # -03zzg: "Good dog." praises the dog for what it did, whole
    assert not any("dog" in r and "Good dog" not in r for r in rewrites_of(
        analyzer, "Good dog.", "less:joy"))
    # -03zh: "Damn right" agrees; whether it was true is what is said; a capitalized word
    # inside a sentence the tagger calls an interjection is a name; a concession and a
    # look keep to their words
    assert not any(r.endswith(" right!") and "Damn" not in r for r in rewrites_of(
        analyzer, "Every billionaire is a policy failure. Damn right!", "less:joy"))
    assert rewrites_of(analyzer, "Society has once again falsely made men look cold.",
                       "less:anger") == set()
    assert not any("Ye" not in r for r in rewrites_of(
        analyzer, "oh Ye crazy again for 2019 huh", "less:joy"))
    assert not any("As poor" in r for r in rewrites_of(
        analyzer, "As horrible as it is to say, they do not care.", "less:anger"))
    assert not any("notable" in r for r in rewrites_of(
        analyzer, "That map looks interesting.", "less:joy"))
    # -03zj: a hyphened compound's last word, "break out laughing" and a gerund's own
    # gerund ("anxious about keeping playing") keep their words
    assert rewrites_of(analyzer, "The women-are-wonderful effect.", "less:joy") == set()
    assert not any("chuckling" in r for r in rewrites_of(
        analyzer, "Reading quotes makes me breakout laughing.", "less:joy"))
    assert not any("keeping playing" in r for r in rewrites_of(
        analyzer, "So do not be afraid to keep playing.", "less:fear"))
    assert "I am concerned about asking him" in rewrites_of(
        analyzer, "I am scared to ask him", "less:fear")
    # -03zn: "a great price" is a low one, "Good lookin out!" thanks, "a bad run" is luck
    for sentence, kept in [("Their juice is good quality at a great price.", "great price"),
                           ("1970! Good lookin out!", "Good lookin out"),
                           ("That's a bad run of luck for sure.", "bad run")]:
        assert all(kept in r for r in rewrites_of(analyzer, sentence, "less:joy")), sentence
    # -03zl: "choked laughing" is one act, "Yeah, right." disbelieves, and "I don't
    # understand X nor Y" is no request for X
    assert not any("smiling" in r for r in rewrites_of(
        analyzer, "I almost choked laughing.", "less:joy"))
    assert not {"Yeah.", "Right."} & driven_rewrites_of(analyzer, "Yeah, right.", "less:joy")
    assert not any(r.startswith("Please explain") for r in rewrites_of(
        analyzer, "I don't understand what he's asking nor do I understand who it's for.",
        "less:surprise"))
    assert all("damn lies" in r for r in rewrites_of(
        analyzer, "Lies, damn lies and statistics.", "less:anger"))
    assert not any("fine taste" in r for r in rewrites_of(
        analyzer, "At least we know they have good taste", "less:joy"))
    # "Everytime" joins the clauses; "lol" after "please" is a verb
    assert all(r.startswith("Everytime") for r in rewrites_of(
        analyzer, "Everytime I confront her she gets super pissed.", "less:anger"))
    assert not any("Please some" in r for r in rewrites_of(
        analyzer, "Please lol some more.", "less:joy"))


def test_words_that_carry_the_sentence_stay_from_audit_01zd(analyzer) -> None:
    def rewrites(sentence: str, target: str = "less:joy") -> set[str]:
        return rewrites_of(analyzer, sentence, target)

    # one of two adverbs goes with its "and", either one
    got = rewrites("You really and truly are.")
    assert {"You really are.", "You truly are."} <= got
    assert not any("and are" in r or "You and" in r for r in got)
    assert not any("first keep" in r for r in driven_rewrites_of(  # "but" joins clauses
        analyzer, "It will seem impossible at first but just keep your cool! Best of luck",
        "less:joy"))
    # a hedge, a pronoun tagged as an interjection, a quote and what it quotes
    assert not any(r.startswith("Better") for r in rewrites("Arguably better than him."))
    assert all("ya'll" in r for r in rewrites("Here we go, ya'll ready for WW3!"))
    assert all("like wow" in r for r in rewrites("I was like wow.. that's a weird find."))
    # "crazy" of someone is not odd; "fine" of margins is thin; a candy and an oath stay
    assert not any(w in r for r in rewrites("This guy is crazy, get out.", "less:anger")
                   for w in ("unusual", "odd", "strange", "weird", "bizarre"))
    assert "That's strange!" in rewrites("That's crazy!", "less:anger")
    assert not any("Fine margins" in r for r in rewrites("Great margins, no returns."))
    assert all("jolly rancher" in r for r in driven_rewrites_of(
        analyzer, "This story puts me in the mood for a jolly rancher", "less:joy"))
    assert all("son of a bitch" in r for r in rewrites("Tough son of a bitch.", "less:anger"))
    # idioms of joy (-02d): not "overcome with pleasure"
    joyful = "I watched the puppies, overcome with joy, as they were reunited."
    assert all("overcome with joy" in r for r in rewrites(joyful, "neutral"))


def test_what_says_where_how_far_and_whom_stays_from_audit_01zf(analyzer) -> None:
    def driven(sentence: str) -> set[str]:
        return driven_rewrites_of(analyzer, sentence, "less:joy")

    assert not any("has least" in r for r in driven("She has at least 12 elbows and all "
                                                      "of them are happy."))
    assert not any("Grew up obviously" in r for r in driven("Grew up together obviously."))
    assert not any("more now" in r for r in driven(
        "She seems to get aggravated more easily now too."))
    assert not any(r.endswith("but...") for r in driven(
        "I mean my statement applied to more than just weed but sure..."))
    assert not any("you like" in r for r in driven(
        "You don't take delight in seeing the person you love in pain."))
    for sentence, kept in [("Right back at ya! Also love the username!", "Right back"),
                           ("Got to love the hypocrisy", "Got to love"),
                           ("Happy cake day [NAME]", "Happy cake day")]:
        assert all(kept in r for r in driven(sentence)), sentence


def test_idioms_and_a_final_so_much_stay_from_audit_01zg(analyzer) -> None:
    def driven(sentence: str) -> set[str]:
        return driven_rewrites_of(analyzer, sentence, "less:joy")

    assert not any("like her much" in r for r in driven("Oh, no wonder I like her so much!"))
    assert "I like it much more now." in rewrites_of(  # not the last word: "so" may go
        analyzer, "I like it so much more now.", "less:joy")
    for sentence, kept in [("Woooooo theres the boeser we know and love", "know and love"),
                           ("Eh for the right money you cant go wrong letting the kid earn it",
                            "go wrong")]:
        assert all(kept in r for r in driven(sentence)), sentence


def test_unwise_is_said_of_acts_not_of_things(analyzer) -> None:
    # audits -01m, -01w, -01zd, -02c: "stupid posts" -> "unwise posts", "a stupid voice",
    # "dumb as hell", "this was stupid when the music came on" were wrong
    for sentence in ("r/mildlyinteresting's stupid posts are the absolute worst",
                     "It's just a quote with a stupid voice.", "im still dumb as hell",
                     "I knew this was stupid when the music came on."):
        rewrites = rewrites_of(analyzer, sentence, "less:anger")
        assert rewrites and not any("unwise" in r or "misguided" in r for r in rewrites), (
            sentence, rewrites)
    # ... "dumb fouls", "stupid of him to", "dumb enough to" were fine
    assert "Stop committing unwise fouls." in rewrites_of(
        analyzer, "Stop committing dumb fouls.", "less:anger")
    assert "How misguided of him to rely on them." in rewrites_of(
        analyzer, "How stupid of him to rely on them.", "less:anger")


def test_rewrites_found_wrong_in_dev_seed_3(analyzer) -> None:
    # audit -02e: "an...interesting" -> "a...notable" kept "an" across the pause
    assert "It was a...fine show." in rewrites_of(analyzer, "It was an...amazing show.",
                                                  "less:joy")
    # a question in an aside does not make the sentence one: "Please tell me whether that
    # guy (his dad?) was so proud..."
    assert not any("Please" in r for r in rewrites_of(
        analyzer, "That guy (his dad?) was so proud he threw that strike!", "less:joy"))
    assert "Please tell me whether you saw that (really?)." in rewrites_of(
        analyzer, "Did you see that (really?)?", "less:surprise")
    # an interjection closing a clause leaves its comma: not "The hammer interesting."
    rewrites = driven_rewrites_of(analyzer, "The hammer eh, interesting.", "less:joy")
    assert "The hammer, interesting." in rewrites and "The hammer interesting." not in rewrites
    # "this right here" points: not "This here is a drama queen."
    assert not any("This here" in r for r in driven_rewrites_of(
        analyzer, "This right here is a drama queen.", "less:joy"))


def test_swearing_at_something_is_softened_not_dropped(analyzer) -> None:
    # audit -02f: 'fuck it', 'fuck you', 'fucked up' had no rewrite at all
    assert "Screw it, I'm out." in rewrites_of(analyzer, "Fuck it, I'm out.", "less:anger")
    assert "How can you mess it up so badly?" in rewrites_of(
        analyzer, "How can you fuck it up so badly?", "less:anger")
    assert "You messed up, now deal with it." in rewrites_of(
        analyzer, "You fucked up, now deal with it.", "less:anger")
    # "what the fuck" is the heck, not "what the screw"
    assert not any("screw" in r for r in rewrites_of(
        analyzer, "What the fuck that was weird.", "less:anger"))


def test_an_adjective_used_as_an_adverb_keeps_its_word(analyzer) -> None:
    # "he messed everything up so bad" -> "so weak" (-02f): "so bad" says how much
    for sentence in ("He messed everything up so bad.", "I want it so bad."):
        rewrites = rewrites_of(analyzer, sentence, "less:sadness")
        assert not any("weak" in r or "poor" in r for r in rewrites), rewrites
    assert "The game was so poor." in rewrites_of(analyzer, "The game was so bad.",
                                                   "less:anger")


def test_the_writers_crying_may_be_tearing_up(analyzer) -> None:
    # audit -02g: "tear up" is the writer's own tears, in a regular past ("teared up",
    # not "tore up", which is paper)
    for sentence, rewrite in (("Ik I'm crying rn", "Ik I'm tearing up rn"),
                              ("Don't make me cry...", "Don't make me tear up..."),
                              ("I nearly cried at the end.", "I nearly teared up at the end.")):
        assert rewrite in rewrites_of(analyzer, sentence, "less:sadness"), sentence
    # ... not a toddler's fit, a taunt, a shout, nor an idiom
    for sentence in ("Tried to fight multiple times, cried, fallen over, and refused to eat.",
                     "paahahaha cry more sweetheart", "You came here to cry",
                     'Upon the third strike, the ump cried "Get outta here!"',
                     "I was crying my eyes out every single episode.",
                     "I wanna cry tears of joy.", "For crying out loud, stop it.",
                     "I have never laugh cried so hard at a TV moment"):
        assert not any("tear" in r for r in rewrites_of(analyzer, sentence,
                                                        "less:sadness")), sentence


def test_a_shame_is_a_pity(analyzer) -> None:
    # audit -02h: "a shame" had no rewrite; "shame on you" is another shame
    assert "It's a pity that it closed." in rewrites_of(
        analyzer, "It's a shame that it closed.", "less:sadness")
    assert not any("pity" in r for r in rewrites_of(analyzer, "Shame on you.",
                                                     "less:sadness"))


def test_rewrites_found_wrong_in_unread_train_texts(analyzer) -> None:
    # audit -02j: questions of doubt are not requests
    for q in ("Is there really anything more to know about?",
              "Is that how you handle things in Old Metairie?"):
        assert not any("Please" in r for r in rewrites_of(analyzer, q, "less:surprise")), q
    assert any("Please" in r for r in rewrites_of(analyzer, "Is that how it works?",
                                                  "less:surprise"))
    # a condition keeps its name; a fear of something is no "concern of" it
    assert rewrites_of(analyzer, "I have anxiety and depression.", "less:fear") == set()
    assert not any("concern of" in r for r in rewrites_of(
        analyzer, "triggered by an immense fear of vomiting", "less:fear"))
    # no "but" is left with nothing to contrast
    text = "Sorry, [NAME], but [NAME] beat you to it."
    assert not any(s.sentence.startswith("[NAME], but") for s in analyzer.suggest(
        text, 0, len(text), "less:sadness"))
    # a poker "bad beat"; how something looks is no question
    assert rewrites_of(analyzer, "The real bad beat.", "less:anger") == set()
    rewrites = rewrites_of(analyzer, "Adults in jerseys look absolutely ridiculous.",
                           "less:anger")
    assert "Adults in jerseys look silly." in rewrites
    assert not any("questionable" in r for r in rewrites)


def test_rewrites_found_wrong_in_a_second_unread_draw(analyzer) -> None:
    # audit -02k: a place, and how something was done, are what the sentence says
    assert not any("cry else" in r for r in driven_rewrites_of(
        analyzer, "Go cry somewhere else please.", "less:sadness"))
    assert not any(r.endswith("handled it") for r in driven_rewrites_of(
        analyzer, "I'm not sure that you handled it poorly", "less:sadness"))
    # "the fuck out of" is an idiom of degree: softened, not cut
    rewrites = rewrites_of(analyzer, "Silk will chafe the fuck out of your parts.", "less:anger")
    assert "Silk will chafe the heck out of your parts." in rewrites
    assert "Silk will chafe out of your parts." not in rewrites
    # someone "who's to sad" is a person; "or what?" closes no question to ask
    assert not any("regrettable" in r or "unfortunate" in r for r in rewrites_of(
        analyzer, "Someone who's to sad and empty to care about toast.", "less:sadness"))
    assert not any("Please" in r for r in rewrites_of(
        analyzer, "Are you guys an open relationship or what?", "less:surprise"))
    # a deed is no quality, a look no worry, and "Weird how" is "Strange how"
    assert not any("weak" in r or "poor" in r for r in rewrites_of(
        analyzer, "It showed her doing horrible stuff.", "less:anger"))
    assert not any("concerning" in r for r in rewrites_of(
        analyzer, "The yard is looking horrific right now.", "less:fear"))
    rewrites = rewrites_of(analyzer, "Weird how they tried the same scam twice.", "less:anger")
    assert "Strange how they tried the same scam twice." in rewrites
    assert not any(r.startswith("Unusual") for r in rewrites)


def test_rewrites_found_wrong_in_a_third_unread_draw(analyzer) -> None:
    # audit -02l: the "so" of a result clause without "that" stays
    assert not any("is devoid" in r for r in driven_rewrites_of(
        analyzer, "I can't wait until my life is so devoid of meaning I feel compelled.",
        "less:anger"))
    # sympathy keeps its word before its object; an emoji glued to the next sentence stays
    assert not any("bout your" in r and "sorry" not in r for r in driven_rewrites_of(
        analyzer, "That was sarcasm, sorry bout your downvotes", "less:sadness"))
    assert not any("[NAME] who" in r for r in driven_rewrites_of(
        analyzer, "why are they such [NAME] 🤣who made y'all so upset", "less:sadness"))
    # one's nightmare is what one dreads, no "mess"; "not one bit" negates
    assert not any("mess" in r for r in rewrites_of(
        analyzer, "Honestly, that would be my nightmare.", "less:fear"))
    assert not any("notable" in r for r in rewrites_of(
        analyzer, "Not one bit surprising, yet also not a rights issue", "less:surprise"))
    # no "But" is left opening the sentence
    text = "Sorry, but: that's some next level tiny mess up."
    assert not any(s.sentence.startswith("But") for s in analyzer.suggest(
        text, 0, len(text), "less:sadness"))


def test_rewrites_found_wrong_in_the_unread_draws_left_open(analyzer) -> None:
    # -02l: a person is no "weak" one; a one-word sentence that is a verb tells what
    # happened and stays
    for text in ("He is a horrible person.", "What a horrible man."):
        rewrites = rewrites_of(analyzer, text, "less:anger")
        assert text.replace("horrible", "bad") in rewrites
        assert not any("weak" in r or "poor" in r for r in rewrites)
    assert "The food was weak." in rewrites_of(analyzer, "The food was horrible.", "less:anger")
    assert not any(r.startswith("He was") for r in rewrites_of(
        analyzer, "Busted! He was caught lying.", "less:surprise"))
    assert "He was caught lying." in rewrites_of(
        analyzer, "Wow! He was caught lying.", "less:surprise")


def test_a_fear_of_what_will_happen_is_said_as_what_may_happen(analyzer) -> None:
    cases = {
        "I'm worried that we will lose the account if this happens again.":
            "We may lose the account if this happens again.",
        "im scared i will never find a job": "i may never find a job",
        "And I'm worried the team is going to lose again.": "And the team may lose again.",
        "I'm terrified he would leave me.": "He might leave me.",
        "Honestly I'm worried [NAME] won't come back.": "Honestly [NAME] may not come back.",
        "I'm worried it might rain tomorrow.": "It might rain tomorrow.",
        "I'm worried that will only scare her more": "That may only scare her more",
    }
    for text, calmer in cases.items():
        assert calmer in rewrites_of(analyzer, text, "less:fear"), text
    # verified: the fear is gone and the rest of the sentence kept
    text = "I'm worried that we will lose the account if this happens again."
    best = analyzer.suggest(text, 0, len(text), "neutral")[0]
    assert best.sentence == "We may lose the account if this happens again."
    # not a past worry, not a polite "I'm afraid", not a worry about the present
    # nor is "that" of "worried that" a determiner: "that remain will lose" (-02o)
    for text in ("I was worried that he would leave.", "I'm afraid we'll have to cancel.",
                 "I'm worried that he is sick.", "I'm worried that remain will lose."):
        assert not any(" may " in r or " might " in r for r in rewrites_of(
            analyzer, text, "less:fear")), text


def test_a_polite_regret_is_no_fear(analyzer) -> None:
    for text in ("I'm afraid we'll have to cancel.", "I'm afraid you can't do that.",
                 "I'm afraid that's not possible.", "I'm afraid we've lost the data.",
                 "I'm afraid it was a mistake."):
        assert not any("uneasy" in r or "worried" in r for r in rewrites_of(
            analyzer, text, "less:fear")), text
    for text in ("I'm afraid he will die.", "I'm afraid he doesn't love me."):
        assert text.replace("afraid", "worried") in rewrites_of(analyzer, text, "less:fear")


def test_a_polite_regret_goes(analyzer) -> None:
    for text, want in (
            ("Sorry, I'm afraid we can't make it on Friday.", "Sorry, we can't make it on Friday."),
            ("I'm afraid we've lost the data.", "We've lost the data."),
            ("I'm afraid you're right about the budget.", "You're right about the budget."),
            ("It was years ago, I'm afraid I don't have it.", "It was years ago, I don't have it."),
            ("Not the file you want, I'm afraid.", "Not the file you want."),
            ("I'm afraid not.", "Unfortunately not.")):
        assert want in rewrites_of(analyzer, text, "less:fear"), text
    # ...also of how a thing named is (session 42, read_16: it was "I'm uneasy the bakery's
    # sourdough…"), not of what is coming
    assert "The deadline is impossible." in rewrites_of(
        analyzer, "I'm afraid the deadline is impossible.", "less:fear")
    text = "I'm afraid the bakery's sourdough just isn't what it used to be."
    rewrites = rewrites_of(analyzer, text, "less:fear")
    assert "The bakery's sourdough just isn't what it used to be." in rewrites
    assert not any(w in r for r in rewrites for w in ("uneasy", "anxious", "concerned"))
    assert "The numbers don't add up." in rewrites_of(
        analyzer, "I'm afraid the numbers don't add up.", "less:fear")
    # ...and of what must be, past a long subject (session 50, read_34: it was "I'm uneasy
    # the school trip…")
    text = "I'm afraid the school trip to the coast will have to be postponed."
    rewrites = rewrites_of(analyzer, text, "less:fear")
    assert "The school trip to the coast will have to be postponed." in rewrites
    assert not any(w in r for r in rewrites for w in ("uneasy", "anxious", "concerned"))
    assert "I'm worried the bridge is going to fall." in rewrites_of(
        analyzer, "I'm afraid the bridge is going to fall.", "less:fear")
    # ...and of what has happened to a thing named (session 52, read_43: it was "I'm
    # anxious your claim has been rejected…"); what was coming is still feared
    for text in ("I'm afraid your claim has been rejected because the receipt was missing.",
                 "I'm afraid the parcel went missing in the post."):
        rewrites = rewrites_of(analyzer, text, "less:fear")
        assert not any(w in r for r in rewrites for w in ("uneasy", "anxious", "concerned",
                                                          "worried", "nervous")), text
    assert "The parcel went missing in the post." in rewrites_of(
        analyzer, "I'm afraid the parcel went missing in the post.", "less:fear")
    assert "I'm worried the bridge was going to fall." in rewrites_of(
        analyzer, "I'm afraid the bridge was going to fall.", "less:fear")
    # what is coming, or what another does, is feared: the fear is toned down, not dropped
    for text in ("I'm afraid he doesn't love me.", "I'm afraid it's getting worse.",
                 "I'm afraid I'm gonna fail the exam."):
        rest = text.removeprefix("I'm afraid ")
        rewrites = rewrites_of(analyzer, text, "less:fear")
        assert rest[0].upper() + rest[1:] not in rewrites, rewrites
        assert text.replace("afraid", "worried") in rewrites, rewrites
    assert rewrites_of(analyzer, "I'm afraid.", "less:fear") <= {"I'm worried.",
                                                                 "I'm concerned.", "I'm uneasy."}


def test_a_sentence_of_a_unit_is_not_left_with_its_end_mark_alone(analyzer) -> None:
    text = "SHE. IS. THE. FUCKING. WORST. You just need a stylist."
    got = analyzer.suggest(text, 0, len(text), "less:anger", SuggestOptions(0.1, 0.5, top=5))
    assert got and all(".." not in s.sentence for s in got)


def test_rewrites_found_wrong_in_short_sentences(analyzer) -> None:
    # -02o: superlatives are the claim; sympathy and apologies keep "sorry" before what
    # they are for, and sympathy for another may be said more quietly
    assert "Ending ever!" not in rewrites_of(analyzer, "Worst ending ever!", "less:anger")
    assert rewrites_of(analyzer, "Sorry this is happening to you.", "less:sadness") == set()
    assert "It's a pity you had to go through that." in rewrites_of(
        analyzer, "Sorry you had to go through that.", "less:sadness")
    assert "Yes they do." in rewrites_of(analyzer, "Sorry, yes they do.", "less:sadness")
    # idioms stay whole; an exclamation is not made "notable"
    for text in ("Just kidding man", "They would be different. SO WHAT?", "Die mad about it."):
        assert all(r.lower().count(w) == text.lower().count(w)
                   for r in rewrites_of(analyzer, text, "less:anger")
                   for w in ("just", "so", "mad")), text
    assert not any("Notable" in r for r in rewrites_of(
        analyzer, "Interesting perspective.", "less:joy"))


def test_rewrites_found_wrong_in_a_fourth_unread_draw(analyzer) -> None:
    # -02p: how something seems is no worry; a connective carries the argument; "oh man"
    # is one exclamation
    rewrites = rewrites_of(analyzer, "I saw a video with creepy music.", "less:fear")
    assert "I saw a video with unsettling music." in rewrites
    assert not any("concerning" in r or "worrying" in r for r in rewrites)
    assert not any("is racist" in r for r in driven_rewrites_of(
        analyzer, "So we know the pronounciation is therefore racist and I'm offended by it.",
        "less:anger"))
    # nor what makes a claim one of nature (session 37)
    assert not any("is coercive" in r for r in driven_rewrites_of(
        analyzer, "Policing is inherently coercive.", "less:anger"))
    assert not any("strange man" in r for r in driven_rewrites_of(
        analyzer, "> super model strange Oh man", "less:surprise"))


def test_rewrites_found_wrong_in_the_session_audit(analyzer) -> None:
    # -02q: the second of two adjectives is said of the same thing; a nerve is no care;
    # "sorry" stays before a vocative; greetings and "good news" are idioms
    assert not any("disappointed" in r for r in rewrites_of(
        analyzer, "It's weird and sad.", "less:sadness"))
    assert not any("concerned" in r for r in rewrites_of(
        analyzer, "I think he was just nervous.", "less:fear"))
    # ...but a nerve about something is a care, as an anxiety was (session 40, read_7)
    assert "I'm concerned about the layoffs everyone keeps whispering about." in rewrites_of(
        analyzer, "I'm nervous about the layoffs everyone keeps whispering about.", "less:fear")
    assert not any(r.endswith("Brother)") for r in driven_rewrites_of(
        analyzer, "This guy gets it (and feels it as well... Sorry brother)", "less:sadness"))
    for text in ("Have a good evening thank you!", "Good news then!"):
        assert not any("fine" in r.lower() for r in rewrites_of(analyzer, text, "less:joy"))


def test_rewrites_found_wrong_in_a_random_draw_of_session_19(analyzer) -> None:
    # -03e: two markers go together ("oh wow" left "oh."); "notable" before a noun is
    # famous; how one sounds is no looks; "Good bot" is a fixed reply
    rewrites = rewrites_of(analyzer, "She even tweeted the crew, oh wow.", "less:joy")
    assert "She even tweeted the crew." in rewrites
    assert not any(r.endswith("oh.") for r in rewrites), rewrites
    assert not any("notable" in r for r in rewrites_of(
        analyzer, "Very interesting video.", "less:joy"))
    assert "That is notable." in rewrites_of(analyzer, "That is interesting.", "less:joy")
    assert not any("plain" in r for r in rewrites_of(
        analyzer, "She sounds hideous.", "less:anger"))
    assert "She looks plain." in rewrites_of(analyzer, "She looks hideous.", "less:anger")
    assert not rewrites_of(analyzer, "Good bot.", "less:joy")
    # -03i: "weakest" is the worst only of what performs; "fucking with" is a verb's;
    # "Great minds" is an idiom
    assert not any("Weakest" in r for r in rewrites_of(analyzer, "Worst winter ever :(",
                                                        "less:anger"))
    assert "This is the weakest release we have ever shipped." in rewrites_of(
        analyzer, "This is the worst release we have ever shipped.", "less:anger")
    assert not any(r.endswith("arent with me?") for r in rewrites_of(
        analyzer, "for how long, you arent fucking with me?", "less:anger"))
    assert not any(r.startswith("Fine") for r in rewrites_of(
        analyzer, "Great minds think alike.", "less:joy"))
    # an opinion is told, not confirmed; a question a colon sets out stays one
    rewrites = rewrites_of(analyzer, "do you think he will be back after the injury?",
                           "less:surprise")
    assert "Please tell me whether you think he will be back after the injury." in rewrites
    assert not any("confirm" in r for r in rewrites), rewrites
    assert not any("please" in r.lower() for r in rewrites_of(
        analyzer, "My biggest question is: who is the new coach?", "less:surprise"))
    # a question its next words argue with is a jibe (-03k)
    assert not any("please" in r.lower() for r in rewrites_of(
        analyzer, "Do you want a people's army? because that's how you get one",
        "less:surprise"))


def test_rewrites_found_wrong_in_train_seed_38(analyzer) -> None:
    # -02s: someone else's laughter is what happened; "Enjoy ..." is an imperative; what
    # amazes me is not what is nice to me; "fine" is no milder praise of a person or memory
    assert not any("chuckling" in r or "smiling" in r for r in rewrites_of(
        analyzer, "My dog loves trying to lick my son's mouth when he's laughing.", "less:joy"))
    assert "This made me smile." in rewrites_of(  # a hard laugh, a smile (-03zd)
        analyzer, "This made me laugh so hard.", "less:joy")
    assert not any(r.startswith(("Like", "Appreciate")) for r in rewrites_of(
        analyzer, "Enjoy trading a superstar for the worst defender in the league.", "less:joy"))
    rewrites = rewrites_of(analyzer, "How you stay calm is amazing to me.", "less:joy")
    assert not any("nice to me" in r or "good to me" in r for r in rewrites), rewrites
    assert "You have been good to me." in rewrites_of(
        analyzer, "You have been amazing to me.", "less:joy")
    for text in ("You're supporting a strong awesome woman.",
                 "We made them together, such nice memories."):
        assert not any(w in r for r in rewrites_of(analyzer, text, "less:joy")
                       for w in ("fine", "decent")), text


@pytest.mark.parametrize("text,target,reason", [
    # the model hears "!" a little and nothing else it is offered (no-move)
    ("Nobody told the support team, and now customers are yelling at us!", "less:anger",
     "no-move"),
    # "You're mistaken." moves anger but keeps too little of three words (meaning)
    ("You're wrong.", "less:anger", "meaning"),
    ("Why would I do that?", "less:surprise", "no-edits"),
])
def test_a_sentence_without_a_suggestion_says_why(analyzer, text, target, reason) -> None:
    from bench.failures import diagnose

    (s,) = analyzer.analyze(text, target=target).sentences
    assert s.suggestions == [] and s.no_suggestion is not None
    m = s.no_suggestion
    assert m.reason == reason and m.target == target
    # the same stage the failure benchmark puts it down to
    assert diagnose(analyzer, text, target.split(":")[1], 0.1)["reason"] == reason
    d = json.loads(json.dumps(s.to_dict()))["no_suggestion"]
    assert d["reason"] == reason and d["explanation"] and d["before"] > 0.5
    if reason == "no-edits":
        assert d["closest"] is None
    else:  # short of the margin, or moved and lost the meaning
        c = d["closest"]
        assert text[c["start"]:c["end"]] == c["original"]
        assert c["sentence"] == text[:c["start"]] + c["replacement"] + text[c["end"]:]
        if reason == "no-move":
            assert c["shift"] < d["margin"]
        else:
            assert c["shift"] >= d["margin"] and c["similarity"] < 0.7


def test_rewrites_found_wrong_in_unread_anger_fear_surprise_sadness(analyzer) -> None:
    # -02t: a dropped "Fuckin'" takes its apostrophe; a clause after "afraid" may open with
    # "his"; a look is not "poor" or "weak"; "so bad" after a verb's object and a phrase
    # says how much
    assert "HockeyMod is almost as bad as the Sens are." in rewrites_of(
        analyzer, "Fuckin' HockeyMod is almost as bad as the Sens are.", "less:anger")
    rewrites = rewrites_of(analyzer, "He's afraid his life is ruined.", "less:fear")
    assert "He's worried his life is ruined." in rewrites
    assert not any("uneasy" in r for r in rewrites), rewrites
    rewrites = rewrites_of(analyzer, "That guac looks horrible.", "less:fear")
    assert "That guac looks bad." in rewrites
    assert not any("poor" in r or "weak" in r for r in rewrites), rewrites
    assert not any("weak" in r for r in rewrites_of(
        analyzer, "I want to get that monkey off our back so bad.", "less:sadness"))


def test_result_clauses_and_lives_keep_their_words(analyzer) -> None:
    # -02v: "so ... it actually flipped" is a result clause, its "so" stays; a life is not
    # "poor" (poverty)
    assert not any("a scorpion bad" in r for r in rewrites_of(
        analyzer, "I've never seen a scorpion so bad it actually flipped the person.",
        "less:sadness"))
    rewrites = rewrites_of(analyzer, "You are in for a horrible life.", "less:fear")
    assert "You are in for a bad life." in rewrites
    assert not any("poor life" in r for r in rewrites), rewrites


def test_how_it_is_done_stays_before_a_comma_too(analyzer) -> None:
    # -02w: "doing brilliantly, all things considered" -> "doing all things considered";
    # an intensifier still goes; "a fine way to" reproaches
    assert not any("doing all" in r or "doing, all" in r for r in rewrites_of(
        analyzer, "You're doing brilliantly, all things considered.", "neutral"))
    assert "I miss you but I will see you soon." in rewrites_of(
        analyzer, "I miss you terribly, but I will see you soon.", "less:sadness")
    assert not any(r.startswith("Fine way") for r in rewrites_of(
        analyzer, "Good way to ensure they get hyped to play.", "neutral"))


def test_a_feeling_word_the_tagger_misread_is_still_on_its_scale(analyzer) -> None:
    # spaCy lemmatizes "scared" as "scar" and "hated" as "hat"
    assert "The report worried everyone." in rewrites_of(analyzer, "The report scared everyone.",
                                                         "less:fear")
    assert "They disliked him for it." in rewrites_of(analyzer, "They hated him for it.",
                                                      "less:anger")
    # and "scares" as "scar", "hates" as "hat" (session 38)
    assert "The backup job may be failing silently, which worries me." in rewrites_of(
        analyzer, "The backup job may be failing silently, which scares me.", "less:fear")
    assert "She dislikes everyone." in rewrites_of(analyzer, "She hates everyone.", "less:anger")
    # a participle after a linking verb, with no object, is the adjective of the scales
    assert "It's unfortunate how little progress we made." in rewrites_of(
        analyzer, "It's depressing how little progress we made.", "less:sadness")
    assert "I'm pleased with the progress the team has made." in rewrites_of(
        analyzer, "I'm thrilled with the progress the team has made.", "less:joy")
    # a passive with "by" stays a verb: "scared already by" is not "anxious already by"
    rewrites = rewrites_of(analyzer, "I've been scared already by their defence.", "less:fear")
    assert rewrites and not any(" by " in r and ("anxious" in r or "uneasy" in r)
                                for r in rewrites), rewrites
    # a disgust said by "by" or of what it does to one is on a scale of verbs too (session
    # 39, read_5)
    assert "I'm bothered by how the landlord treated the tenants." in rewrites_of(
        analyzer, "I'm disgusted by how the landlord treated the tenants.", "less:anger")
    assert "The smell bothers me." in driven_rewrites_of(analyzer, "The smell disgusts me.",
                                                         "less:anger")
    # "bothered" is milder than "annoyed" or "irritated", and "bother" than "annoy"
    # (session 40, read_7)
    assert "I'm really bothered by how often the staging database gets wiped." in rewrites_of(
        analyzer, "I'm really irritated by how often the staging database gets wiped.",
        "less:anger")
    assert "It bothers me when people join the call late." in driven_rewrites_of(
        analyzer, "It annoys me when people join the call late.", "less:anger")
    # a past participle after "be" before a clause is the adjective (session 40, read_8)
    assert "Users are concerned their data was exposed in the breach." in rewrites_of(
        analyzer, "Users are worried their data was exposed in the breach.", "less:fear")
    # ...but "bothering" is no adjective, and "bothered with" takes the trouble
    for text in ("It would be a little less irritating if the fee went elsewhere.",
                 "The fan base is getting so irritating ngl",
                 "I find both [NAME] and [NAME] annoying each in different style.",
                 "There are few things as infuriating as losing to a buzzer beater."):
        assert lacks(analyzer, text, "less:anger", "bothering", "angering"), text
    assert lacks(analyzer, "It is usually just to troll or annoy.", "less:anger", "bother.")
    assert lacks(analyzer, "People are getting upset with the message.", "less:sadness",
                 "bothered with")
    assert lacks(analyzer, "I'd be annoyed at most.", "less:anger", "by most")  # a degree
    # a present participle before "of", or before the subject of a clause, is the adjective:
    # not "Bothering of you", "so bothering you can smell it" (session 39)
    for text in ("Disgusting of you to say that.", "The smell is soo disgusting you can smell it."):
        rewrites = rewrites_of(analyzer, text, "less:anger")
        assert rewrites and not any("bothering" in r.lower() for r in rewrites), rewrites
    # nor is "got confused" (mixed up) "got uncertain"
    assert not any("uncertain" in r for r in rewrites_of(
        analyzer, "I got confused when I didn't see any blood.", "less:surprise"))
    # an eeriness is a strangeness that unsettles: milder, it is odd (session 49, read_24)
    assert "It's odd how quiet the campus gets over the holidays." in driven_rewrites_of(
        analyzer, "It's eerie how quiet the campus gets over the holidays.", "less:fear")
    # "a joy" is no "a satisfaction", and a night lived through no "concerning" one
    # (held_out_7, held_out_9)
    assert not any("a satisfaction" in r for r in driven_rewrites_of(
        analyzer, "The new mentor scheme has been a joy.", "less:joy"))
    # nor past a degree word: "an absolute satisfaction", and "a satisfaction" once both
    # edits are made (session 50, read_31)
    assert not any("satisfaction" in r for r in driven_rewrites_of(
        analyzer, "Our guide made the whole walking tour an absolute joy.", "less:joy"))
    rewrites = driven_rewrites_of(analyzer, "We spent a scary night listening to the roof creak.",
                                  "less:fear")
    assert "We spent an unsettling night listening to the roof creak." in rewrites
    assert not any("concerning night" in r for r in rewrites), rewrites
    # "wrong" after a verb says how it was done, and goes with the sentence's point
    # (session 49, read_25): not "You said it.", not "with my name spelled, I will scream"
    for text in ("You said it wrong.",
                 "If one more vendor sends an invite with my name spelled wrong, I will scream."):
        assert not any(" it." in r or "spelled," in r
                       for r in driven_rewrites_of(analyzer, text, "less:anger")), text


def test_an_adjective_the_tagger_read_as_a_noun_or_adverb_is_on_its_scale(analyzer) -> None:
    # spaCy's small model takes "awesome" after "freaking" for an adverb, "disgusting" after
    # "bloody" and "terrible" said alone for nouns, and "dumb" before its clause for an
    # adverb: each had no milder word (session 56)
    assert "Rogue One was so freaking cool!" in rewrites_of(
        analyzer, "Rogue One was so freaking awesome!", "less:joy")
    assert "This is bloody unpleasant." in rewrites_of(
        analyzer, "This is bloody disgusting.", "less:anger")
    assert "Ugh...bad." in rewrites_of(analyzer, "Ugh...terrible.", "less:anger")
    assert "Super silly that people are downvoting you." in rewrites_of(
        analyzer, "Super dumb that people are downvoting you.", "less:anger")
    assert best_of(analyzer, "Weird, no formatting was applied.", "less:anger") == (
        "Strange, no formatting was applied.")
    # ...but an adverb stays one where it grades a word or says how something was done, a
    # participle in a list of deeds stays a verb, and an interjection stays one, to be
    # dropped
    def tag(text: str, word: str) -> str:
        return next(t.tag for t in analyzer.suggester.tokens(text) if t.text == word)
    for text, word in (("That looks pretty cool.", "pretty"), ("So hard.", "hard"),
                       ("They both suck now, so damn hard.", "hard"),
                       ("We have to work hard to get there.", "hard"),
                       ("They love mocking, humiliating, profiting from it.", "humiliating")):
        assert tag(text, word) != "JJ", text
    assert tag("It's pretty hard to watch.", "hard") == "JJ"
    assert "I didn't know that!" in rewrites_of(analyzer, "Nice, I didn't know that!",
                                                   "less:joy")


def test_a_fright_where_it_was_felt_is_no_concern(analyzer) -> None:
    # "concerned" says what a worry is about, not where a fright was felt (read_70, read_72)
    for text in ("I was terrified on the climbing wall once I looked down.",
                 "I was terrified on the cable car, if I'm honest."):
        assert lacks(analyzer, text, "less:fear", "concerned"), text
    assert "I'm concerned about the interview for my residence permit." in rewrites_of(
        analyzer, "I'm anxious about the interview for my residence permit.", "less:fear")
    # nor is a fear of a thing or someone, where a fear of a deed or an outcome may be one
    # (read_77)
    for text in ("I'm terrified of the horror game my brother keeps making me play.",
                 "My son is petrified of the dark since the power cut.", "I'm scared of him."):
        assert lacks(analyzer, text, "less:fear", "concerned"), text
    for text in ("I'm scared of losing my job.", "I'm afraid of the consequences.",
                 "Honestly, I'm terrified of the SATs week for my daughter."):
        assert any("concerned about" in r for r in rewrites_of(analyzer, text, "less:fear")), text


def test_a_fear_of_a_compound_is_judged_by_its_last_noun(analyzer) -> None:
    # "the job interview" is an interview to come, not a job; "tomorrow" ends no compound
    for text in ("I'm terrified of the job interview tomorrow.",
                 "I'm scared of the exam season."):
        assert any("concerned about" in r for r in rewrites_of(analyzer, text, "less:fear")), text
    # "the spider plant" is a thing, whatever "spider" may be
    assert lacks(analyzer, "I'm scared of the spider plant.", "less:fear", "concerned")


def test_a_frame_dropped_before_a_noun_and_its_relative_clause_leaves_no_sentence(
        analyzer) -> None:
    # "the spider the cat brought in" is a noun and its clause, no sentence (read_71)
    for text in ("I couldn't believe the size of the spider the cat brought in.",
                 "I can't believe the things we say."):
        assert not any(r[:1] == "T" for r in rewrites_of(analyzer, text, "less:surprise")), text
    # a clause whose subject has one stays a clause
    assert "The guy my sister dated is now her boss." in rewrites_of(
        analyzer, "I can't believe the guy my sister dated is now her boss.", "less:surprise")
    assert "My sister passed her test." in rewrites_of(
        analyzer, "I can't believe my sister passed her test.", "less:surprise")


def test_a_feeling_when_something_happened_is_said_as_what_happened(analyzer) -> None:
    # session 56, read_72 to read_74
    assert best_of(analyzer, "We were delighted when the planning permission finally came "
                   "through.", "less:joy") == "The planning permission finally came through."
    assert "My physio said I could start jogging again." in rewrites_of(
        analyzer, "I was so happy when my physio said I could start jogging again.", "less:joy")
    assert "My citizenship ceremony date came through." in rewrites_of(
        analyzer, "I was overjoyed when my citizenship ceremony date came through.", "less:joy")
    # past any degree word of a feeling, "genuinely" too (session 57)
    assert "The results came back." in rewrites_of(
        analyzer, "I was genuinely delighted when the results came back.", "less:joy")
    # not a habit, and not one's own deed, which is all that would be left
    for text, left in (("I'm happy when it rains.", "It rains."),
                       ("I was so happy when I got the job.", "I got the job."),
                       ("I was happy when they arrive.", "They arrive.")):
        assert left not in rewrites_of(analyzer, text, "less:joy"), text


def test_one_of_two_adjectives_joined_by_and_may_go_with_its_and(analyzer) -> None:
    # the other still says what the thing is (session 40, read_7)
    assert "The office feels empty since half the team went remote." in rewrites_of(
        analyzer, "The office feels empty and lonely since half the team went remote.",
        "less:sadness")
    assert "You look healthy." in rewrites_of(analyzer, "You look gorgeous and healthy.",
                                              "less:joy")
    # at the start of a sentence the other takes the capital (bench.defects, session 40)
    rewrites = driven_rewrites_of(analyzer, "Big and smooth as a marble.", "less:joy")
    assert "Smooth as a marble." in rewrites and "smooth as a marble." not in rewrites
    # not two kinds before their noun, nor two that point opposite ways or that "both"
    # holds together, and never the adjective without its "and"
    for text, target, part in (
            ("Please report the physical and emotional abuse.", "less:anger", "physical abuse"),
            ("There are good and bad MPs in all parties.", "less:joy", "good MPs"),
            ("I'm happy and sad at the same time.", "less:sadness", "happy at"),
            ("I felt both happy and sad.", "less:sadness", "both happy."),
            ("I always look dour and sad even when I'm not.", "less:sadness", "dour and even"),
            # nor two said to hold at once, whatever they point to (session 52's draws)
            ("So you think you can be anarchist and capitalist at the same time!",
             "less:anger", "be capitalist")):
        assert lacks(analyzer, text, target, part), text


def test_a_verb_with_a_result_is_an_idiom(analyzer) -> None:
    for text in ("Your desperate posts scared me away!", "The dog scared them off.",
                 "That show scared straight a lot of kids.",
                 "Chernobyl has scared everyone to death about nuclear."):
        assert not any("scared" not in r for r in rewrites_of(analyzer, text, "less:fear")), text
    # "stiff" and "silly" make one too: not "disturbs me stiff" (session 50, read_27); the
    # idiom may go whole, "…unnerves me" (session 66, read_434)
    for text, result in (("The idea of flying alone across the Atlantic scares me stiff.",
                          " stiff"), ("Clowns scare me silly.", " silly")):
        assert not any("scare" not in r and result in r
                       for r in rewrites_of(analyzer, text, "less:fear")), text


def test_eagerness_and_interest_are_for_something(analyzer) -> None:
    rewrites = rewrites_of(analyzer, "He'll be thrilled.", "less:joy")
    assert not any("eager" in r or "interested" in r or "keen" in r for r in rewrites), rewrites
    assert not any("eager" in r for r in rewrites_of(
        analyzer, "I'm so stoked about this.", "less:joy"))


def test_poor_of_a_place_or_a_person_is_money(analyzer) -> None:
    for text in ("Utah is terrible.", "He was terrible in the second half."):
        assert not any("poor" in r for r in rewrites_of(analyzer, text, "less:anger")), text
    assert not any("poor" in r or "weak" in r for r in rewrites_of(
        analyzer, "Maybe they are just horrible people.", "less:anger"))
    assert "The service was poor." in rewrites_of(analyzer, "The service was terrible.",
                                                  "less:anger")


def test_the_hell_opening_a_question_is_its_question_word(analyzer) -> None:
    rewrites = rewrites_of(analyzer, "The rich are horrible people, the hell is wrong with us?",
                           "less:anger")
    assert "The rich are horrible people, what is wrong with us?" in rewrites
    assert not any(", is wrong" in r for r in rewrites), rewrites
    assert "What did you just say to me?" in rewrites_of(
        analyzer, "The fuck did you just say to me?", "less:anger")
    # after its question word it still goes
    assert "What is wrong with you?" in rewrites_of(analyzer, "What the hell is wrong with you?",
                                                   "less:anger")


def test_concern_as_a_verb_is_a_worry_only_when_felt(analyzer) -> None:
    # active, "concern" says what a thing is about: "The report concerned everyone"
    rewrites = rewrites_of(analyzer, "The report scared everyone.", "less:fear")
    assert "The report alarmed everyone." in rewrites
    assert "The report concerned everyone." not in rewrites
    assert "I was concerned by the report." in driven_rewrites_of(
        analyzer, "I was frightened by the report.", "less:fear")
    assert "It concerns me that nobody checked." in driven_rewrites_of(
        analyzer, "It frightens me that nobody checked.", "less:fear")


def test_no_rewrite_says_a_word_twice_or_drops_a_measure(analyzer) -> None:
    # two adjectives before one noun, each toned down to the same word (a bench-defects
    # slip on train texts 14,000-21,000)
    text = "Now let's sit down and have a nice cool glass of turnip juice."
    got = analyzer.suggest(text, 0, len(text), "less:joy", SuggestOptions(top=5))
    assert not any("fine fine" in g.sentence for g in got), [g.sentence for g in got]
    # "as ... as" and "and such" hold their word
    for text in ("I'm in and out of the store as quickly as possible.",
                 "As long as you're not being manipulated it should be fine.",
                 "They were going through an awkward stage and such."):
        assert not any(" as as " in f" {r.lower()} " or r.rstrip(".").endswith(" and")
                       for r in rewrites_of(analyzer, text, "neutral")), text


def test_nothing_is_cut_that_a_conjunction_or_a_spelled_out_phrase_needs(analyzer) -> None:
    """bench.defects on train texts 21,000-29,000 (session 18): a closing word after "but"
    ("...but wow." -> "...but."), and the last word of a phrase spelled out a word at a time
    ("What. The. Fuck." -> "What. The.")."""
    for text in ("I will go back and read the piece in its entirety but wow.",
                 "I was skeptical about it being huge but damn.."):
        assert not any(r.rstrip(".").endswith(" but")
                       for r in rewrites_of(analyzer, text, "less:surprise")), text
    for target in ("neutral", "less:anger"):
        got = analyzer.suggest("What. The. Fuck.", 0, 16, target, SuggestOptions(top=5))
        assert not any(g.sentence.rstrip().endswith("The.") for g in got), target
    # inside such a phrase the word may still go: "THE. WORST." is whole
    text = "SHE. IS. THE. FUCKING. WORST. P.S. You’re not fat, you just need a stylist."
    got = analyzer.suggest(text, 0, len(text), "less:anger", SuggestOptions(top=5))
    assert any(g.original.strip() == "FUCKING." for g in got)


def test_a_sentence_that_only_abuses_goes_whole(analyzer) -> None:
    """A name called or a "fuck off" said as a sentence of its own has nothing to keep
    (session 18; the first sample's "...don't care though. Fucking dumbass." and "Post
    histories do exist. Now fuck off." had no suggestion)."""
    text = "No you are providing more than enough evidence. Post histories do exist. Now fuck off."
    got = analyzer.suggest(text, 0, len(text), "less:anger", SuggestOptions(top=3))
    assert got and got[0].original == " Now fuck off." and got[0].replacement == ""
    assert got[0].before - got[0].after >= 0.5
    text = "The tests are failing again. You idiot. Fix it now."
    assert any(g.original.startswith("You idiot. ") for g in analyzer.suggest(
        text, 0, len(text), "less:anger", SuggestOptions(top=3)))
    # a sentence that says more than the name is no abuse to drop whole
    assert not abusive("You are an idiot.") and not abusive("Overgrown baby.")
    assert abusive("What a loser!") and abusive("Shut the fuck up.")


def test_a_swear_that_is_the_object_is_reworded_not_dropped(analyzer) -> None:
    """"give a damn about" was "give an about" once its noun went (session 18)."""
    rewrites = rewrites_of(analyzer, "And none of them give a damn about the [NAME].",
                           "less:anger")
    assert "And none of them care about the [NAME]." in rewrites
    assert not any(" an about" in r or " a about" in r for r in rewrites), rewrites
    assert "Press the button." in rewrites_of(analyzer, "Press the damn button.", "less:anger")


def test_a_regret_of_ones_own_deed_is_said_as_hindsight(analyzer) -> None:
    """bench/workplace.json's read_2 part (session 18): sadness 0.96 -> 0.04."""
    got = analyzer.suggester.suggest("I regret not pushing back on the deadline sooner.",
                                     "less:sadness")
    assert got and got[0].sentence == "I should have pushed back on the deadline sooner."
    assert "I shouldn't have looked at his posts." in rewrites_of(
        analyzer, "I regret looking at his posts.", "less:sadness")  # "look at" stays whole
    for text in ("I regret nothing.", "She regrets not going.",  # not a deed; not the writer
                 "Now I regret not applying even more.",  # the regret is graded
                 'He said, "I regret not working harder."'):  # a quotation
        assert not any("should" in r for r in rewrites_of(analyzer, text, "less:sadness")), text


def test_what_a_random_draw_of_session_18_found_wrong(analyzer) -> None:
    """-02zp: an "and" taken with an adverb that grades nothing, "looking forward" cut, a
    skin tone left behind."""
    rewrites = rewrites_of(analyzer, "I was in the hospital two years ago and definitely had "
                           "His help!", "less:joy")
    assert "I was in the hospital two years ago and had His help!" in rewrites
    assert not any("ago had" in r for r in rewrites)
    assert "You really are a jerk." in rewrites_of(analyzer, "You really and truly are a jerk.",
                                                   "less:anger")  # a pair that grades
    assert not any("Looking to" in r for r in rewrites_of(
        analyzer, "Looking forward to his on-court reunion with [NAME].", "less:joy"))
    rewrites = rewrites_of(analyzer, "I’d throw it back in for sure 👍🏼 🎣", "less:joy")
    assert rewrites and not any("🏼" in r and "👍" not in r for r in rewrites)
    assert not any("👍🎣" in r for r in rewrites)  # the tone alone is no word to drop


def test_what_a_second_random_draw_of_session_18_found_wrong(analyzer) -> None:
    """-02zr: an oath cut from its "it", a thank-you cut down to a name, a quotation left
    empty, "anything wrong" made "anything mistaken"."""
    assert "It, karen" not in rewrites_of(analyzer, "Damn it, karen", "less:anger")
    assert "Darn it, karen" in rewrites_of(analyzer, "Damn it, karen", "less:anger")
    text = "[NAME], Thank you!"
    assert not analyzer.suggest(text, 0, len(text), "less:joy", SuggestOptions(top=3))
    text = 'To the rest of the world, I would like to say, "Sorry."'
    assert not any('""' in g.sentence or '"."' in g.sentence for g in analyzer.suggest(
        text, 0, len(text), "less:sadness", SuggestOptions(top=3)))
    assert not any("mistaken" in r for r in rewrites_of(
        analyzer, "He didn't do anything wrong, he made sure all three kids got a puck.",
        "less:joy"))


def test_what_session_25_left_wrong(analyzer) -> None:
    """Left by session 25's draws: a fear of what may befall one read as a polite regret
    (-03zzzzg), a disbelief read as a request (-03zzzzd), an idiom's word (-03zzzl), how a
    thing was made dropped (-03zzzz)."""
    assert "I will start to squint." not in rewrites_of(
        analyzer, "I'm afraid I will start to squint.", "neutral")
    assert "I'll pick something else." in rewrites_of(
        analyzer, "I'm afraid I'll pick something else.", "neutral")
    for text in ["i dont get how this could be startling at all",
                 "I don’t understand why anyone cares"]:
        assert not any("explain" in r for r in rewrites_of(analyzer, text, "less:surprise"))
    assert "Please explain why these guys wear helmets." in rewrites_of(
        analyzer, "I don't understand why these guys wear helmets.", "less:surprise")
    assert all("bad taste" in r for r in rewrites_of(
        analyzer, "It left a very bad taste in my mouth.", "neutral"))
    for text in ["What a carelessly brewed mug of garbage.",
                 "That is a terribly written article, honestly."]:
        assert all(("carelessly" in r) or ("terribly" in r)
                   for r in rewrites_of(analyzer, text, "neutral")), text


def test_what_a_random_draw_of_session_26_found_wrong(analyzer) -> None:
    """-03zzzzn: a person's charm made looks, how something is done dropped after its verb
    and object."""
    assert not any("attractive" in r for r in rewrites_of(
        analyzer, "We are going for dinner with my lovely girlfriend later.", "less:joy"))
    assert "She has an attractive smile." in rewrites_of(
        analyzer, "She has a beautiful smile.", "less:joy")  # a smile's looks may be
    for text in ["I can't take people seriously when they have a hidden agenda",
                 "I generally use it seriously, but still use it sparingly."]:
        assert all("seriously" in r for r in rewrites_of(analyzer, text, "less:anger")), text
    assert "Thank you." in rewrites_of(analyzer, "Thank you, seriously.", "less:anger")


def test_what_two_more_random_draws_of_session_26_found_wrong(analyzer) -> None:
    """-03zzzzs (toward positive) and -03zzzzt (toward neutral): an intensifier's "and"
    taken with it, a typo's "im sorry" cut to "in", a sum read as a degree, a frame dropped
    before no clause, what someone does said as that they do it."""
    rewrites = rewrites_of(analyzer, "They'd be too scarce and bloody expensive.", "positive")
    assert "They'd be too scarce and expensive." in rewrites
    assert "They'd be too scarce expensive." not in rewrites
    assert "A complete moron." in rewrites_of(analyzer, "A complete and utter moron.",
                                              "less:anger")  # two words of a kind
    assert not any(r.endswith(" in") for r in rewrites_of(
        analyzer, "i cant stop screaming i need to talk to someone in sorry", "positive"))
    assert "Funding was the exact same." not in rewrites_of(
        analyzer, "Total funding was the exact same.", "neutral")
    assert not any(r.startswith("The people") for r in rewrites_of(
        analyzer, "It's amazing the people here supporting the church over him...", "neutral"))
    assert "The vendor missed it." in rewrites_of(
        analyzer, "I can't believe the vendor missed it.", "neutral")
    # after "that" a clause follows: the tagger's participle is a past tense (session 50)
    assert "The terms of service changed without a single email to users." in rewrites_of(
        analyzer, "It's outrageous that the terms of service changed without a single email to "
        "users.", "neutral")
    for text in ["It's amazing how he plays.", "It's funny how she talks to him."]:
        assert not any(r.startswith(("He ", "She ")) for r in rewrites_of(
            analyzer, text, "neutral")), text


def test_what_a_third_pair_of_random_draws_of_session_26_found_wrong(analyzer) -> None:
    """-03zzzzw and -03zzzzx (toward positive): a saying's word, mockery made warmth, how a
    thing is run dropped, a weak waste, the answer a concession hangs on dropped."""
    assert all("great equalizer" in r for r in rewrites_of(
        analyzer, "Time is a great equalizer!", "less:joy"))
    assert not any("smile at" in r for r in rewrites_of(
        analyzer, "And I will laugh at everyone wasting their pick on him.", "less:joy"))
    assert all("poorly" in r for r in rewrites_of(
        analyzer, "Because this is a poorly run franchise.", "positive"))
    assert "Weak waste of time." not in rewrites_of(analyzer, "Horrible waste of time.",
                                                    "positive")
    assert not any(r.startswith("Although") for r in rewrites_of(
        analyzer, "Nope, although I have some friends there :)", "positive"))
    assert "In reality this does never happen." in rewrites_of(
        analyzer, "Nope, in reality this does never happen.", "positive")


def test_what_a_fourth_pair_of_random_draws_of_session_26_found_wrong(analyzer) -> None:
    """-03zzzzzb (toward neutral) and -03zzzzzc: what someone is told, a contrast's word, a
    sum's "that", a predicate, a time, a saying, two questions that do not ask."""
    assert "Tell him." not in {r.split(". ")[-1] for r in rewrites_of(
        analyzer, "Your dad made me laugh. Tell him thanks.", "neutral")}
    assert rewrites_of(analyzer, "The good kind", "neutral") == set()
    assert not any(r.endswith("that?") for r in rewrites_of(
        analyzer, "How did you get there that quickly?", "neutral"))
    assert not any(r.endswith("basically") for r in rewrites_of(
        analyzer, "Mr. [NAME] is basically Wow", "neutral"))
    assert "That sucks." in rewrites_of(analyzer, "That really sucks.", "neutral")
    rewrites = rewrites_of(analyzer, "She’s simply stunning at any age.", "less:joy")
    assert "She’s simply attractive at any age." in rewrites
    assert not any(" in any age" in r for r in rewrites)
    assert rewrites_of(analyzer, "Sucks to suck Ratbirds", "less:anger") == set()
    assert "Please tell me what happened to the three body movie." in rewrites_of(
        analyzer, "Whatever happened to the three body movie?", "less:surprise")
    assert not any("confirm" in r for r in rewrites_of(
        analyzer, "Is this not standard practice among many animal charities?",
        "less:surprise"))


def test_what_a_fifth_random_draw_of_session_26_found_wrong(analyzer) -> None:
    """-03zzzzzf (toward positive, 12 of 38 wrong): "weak" and "poor" of what happens,
    where and when dropped, sayings, a polite refusal made blunt."""
    for text in ["That would set an awful precedent for everyone.",
                 "It comes with a horrible vengeance at fast food places",
                 "Anything bad that happened was his fault.",
                 "You know it’s really bad when the lashes are bigger than the brows"]:
        assert not any(" weak " in r for r in rewrites_of(analyzer, text, "positive")), text
    assert "Anything poor that happened was his fault." not in rewrites_of(
        analyzer, "Anything bad that happened was his fault.", "positive")
    assert "Our defense is weak." in rewrites_of(analyzer, "Our defense is bad.", "positive")
    assert all("above" in r for r in rewrites_of(
        analyzer, "Gotcha. I see my clarification above.", "positive"))
    assert all("anymore" in r for r in rewrites_of(
        analyzer, "Not anymore, haven't heard of him in ages.", "positive"))
    assert rewrites_of(analyzer, "Goodbye cruel world.", "positive") == set()
    assert not any(r.endswith("No") for r in rewrites_of(analyzer, "Oh. No thanks", "positive"))
    assert all("hate" in r for r in rewrites_of(analyzer, "Drs hate him!", "positive"))


def test_what_a_sixth_pair_of_random_draws_of_session_26_found_wrong(analyzer) -> None:
    """-03zzzzzk (toward positive) and -03zzzzzl: half of a pair dropped, a practice made
    mistaken, whether it was meant dropped, how someone plays dropped, sayings."""
    assert not any("shall be seen" in r for r in rewrites_of(
        analyzer, "Impossible. A Milford man shall neither be seen, nor heard.", "positive"))
    rewrites = rewrites_of(analyzer, "Conversion therapy is so wrong.", "positive")
    assert "Conversion therapy is so mistaken." not in rewrites
    assert "I think you're mistaken." in rewrites_of(analyzer, "I think you're wrong.",
                                                     "positive")
    assert all("accidentally" in r for r in rewrites_of(
        analyzer, "I might sneeze and accidentally set off my defense system.", "positive"))
    assert rewrites_of(analyzer, "[NAME] playing great this half", "less:joy") == set()
    assert "He played well tonight" in rewrites_of(analyzer, "He played really well tonight",
                                                   "less:joy")
    assert all("stupid does" in r for r in rewrites_of(
        analyzer, "Stupid is what stupid does - Gump’s Mama", "less:anger"))


def test_what_a_seventh_pair_of_random_draws_of_session_26_found_wrong(analyzer) -> None:
    """-03zzzzzp (toward positive) and -03zzzzzq (toward neutral): how much one wants, a
    face's look made its luck, a subject across "going to be", a verb read as an
    adjective, an idiom, how often."""
    assert not any("weak" in r for r in rewrites_of(
        analyzer, "She wants to be [NAME] so bad...", "positive"))
    assert "That was so weak." in rewrites_of(analyzer, "That was so bad.", "positive")
    for text in ["His face is just going to be so sad", "He is going to be sad."]:
        assert not any(w in r for r in rewrites_of(analyzer, text, "positive")
                       for w in ("unfortunate", "regrettable")), text
    assert "The movie is going to be so disappointed." not in rewrites_of(
        analyzer, "The movie is going to be so sad.", "positive")
    assert rewrites_of(analyzer, "I think you're frustrating yourself arguing with him",
                       "neutral") == set()
    assert all("own good" in r for r in rewrites_of(
        analyzer, "But he is to smart for his own good lol.", "neutral"))
    assert all("constantly" in r for r in rewrites_of(
        analyzer, "Just a ball of nervousness and constantly on the verge of crying.",
        "neutral"))


def test_what_the_last_random_draws_of_session_26_found_wrong(analyzer) -> None:
    """-03zzzzzv (toward neutral) and -03zzzzzw: what is compared with, half of "exactly
    what", a dropped frame whose "I" a later verb needs, "silly looking"."""
    assert "Sweeter than." not in rewrites_of(analyzer, "Sweeter than ever.", "less:joy")
    for text in ["Exactly what I was thinking.", "Exactly why I’m saying we won’t land KD."]:
        assert not any(r.startswith(("What", "Why")) for r in rewrites_of(
            analyzer, text, "neutral")), text
    assert not any(r.startswith("You are") for r in rewrites_of(
        analyzer, "Glad you are joining us and am looking forward to your episode.", "less:joy"))
    assert "You came." in rewrites_of(analyzer, "Glad you came.", "less:joy")
    assert all("silly looking" in r for r in rewrites_of(
        analyzer, "Just remember we’re all silly looking, gangly monkey things.", "neutral"))


def test_what_the_closing_random_draws_of_session_26_found_wrong(analyzer) -> None:
    """-03zzzzzz (toward positive) and -03zzzzzza: a word that is already there, a line of
    the Simpsons, bad habits, a degree read as a complement, "can't be bothered"."""
    assert "It's a weak and weak explanation." not in rewrites_of(
        analyzer, "It's an awful and weak explanation.", "positive")
    assert rewrites_of(analyzer, "Stupid Sexy [NAME]", "positive") == set()
    assert "I'm trying to break the weak eating habits." not in rewrites_of(
        analyzer, "I'm trying to break the bad eating habits.", "positive")
    rewrites = rewrites_of(analyzer, "I can’t be mad in the slightest.", "less:anger")
    assert "I can’t be upset in the slightest." in rewrites
    assert not any("about the slightest" in r or "bothered" in r for r in rewrites)


def test_what_the_final_random_draws_of_session_26_found_wrong(analyzer) -> None:
    """-03zzzzzze (toward neutral) and -03zzzzzzf (toward positive): a thank-you that was
    the whole message, what something gets tagged an adverb."""
    for text in ["Thanks, bud!", "Thank you. xxoo"]:
        assert not any(r in ("Bud!", "Xxoo") for r in rewrites_of(analyzer, text, "neutral"))
    assert "Great job on the launch." in rewrites_of(
        analyzer, "Thanks! Great job on the launch.", "neutral")
    assert not any(r.endswith("getting now") for r in rewrites_of(
        analyzer, "I can feel my left knee getting sore now", "positive"))
    assert "He got hurt." in rewrites_of(analyzer, "He got badly hurt.", "positive")


def test_what_the_first_random_draws_of_session_27_found_wrong(analyzer) -> None:
    """-03zzzzzzi (toward positive) and -03zzzzzzj (toward neutral): a degree left with
    nothing to grade, "bloody" of blood, the exclamation a condition hangs on; and from
    session 26's leftovers "weak" of a person's strength, of information, of a firm."""
    rewrites = rewrites_of(analyzer, "He did very poorly though.", "positive")
    assert "He did poorly though." in rewrites
    assert "He did very though." not in rewrites
    for text in ["I got a bloody nose.", "His face was bloody."]:
        assert rewrites_of(analyzer, text, "positive") == set()
    assert "That was brilliant." in rewrites_of(analyzer, "That was bloody brilliant.", "positive")
    for text in ["Pity if it goes sour", "Yeah if you’re able to fulfill that."]:
        assert not any(r.startswith("If") for r in rewrites_of(analyzer, text, "neutral"))
    assert "If ur mom didn't come back you were a goner" in rewrites_of(
        analyzer, "Wow if ur mom didn't come back you were a goner", "neutral")
    for text in ["I know how bad my ex-girlfriend is.", "That is terrible information.",
                 "What a terrible company."]:
        assert not any("weak" in r for r in rewrites_of(analyzer, text, "positive"))
    for text, weak in [("The service was terrible.", "The service was weak."),
                       ("He was awful last season.", "He was weak last season.")]:
        assert weak in rewrites_of(analyzer, text, "positive")


def test_what_the_second_random_draws_of_session_27_found_wrong(analyzer) -> None:
    """-03zzzzzzn (toward less) and -03zzzzzzo (toward positive): a question the writer
    answers or that challenges put as a request, a subject and verb written as one word
    dropped as an exclamation, "fucking about" (a verb), "a terror" (someone)."""
    asked = "Do you remember if [NAME] was carrying a white piece of paper?"
    assert (best_of(analyzer, asked, "less:surprise") or "").startswith("Please confirm")
    # the answer is the next sentence: seen by the span API and by analyze alike
    answered = asked + " Oh yeah...you don't forget a thing like that..."
    assert not (best_of(analyzer, answered, "less:surprise") or "").startswith("Please")
    first = analyzer.analyze(answered, target="less:surprise").sentences[0]
    assert not any(s.sentence.startswith("Please") for s in first.suggestions or [])
    assert not any("Please" in r for r in rewrites_of(
        analyzer, "Why exactly would I be talking to other men about sex in any circumstance?",
        "less:surprise"))
    assert any(r.startswith("Please confirm whether you are coming") for r in rewrites_of(
        analyzer, "Are you coming tomorrow? No? Then tell me.", "less:surprise"))
    assert rewrites_of(
        analyzer, "thats.... not the type of disco that i remember", "positive") == set()
    assert "That's something." in rewrites_of(analyzer, "Wow.... that's something.", "positive")
    assert lacks(analyzer, "I shout at my kid to stop fucking about with the draw-sting",
                 "positive", "stop about")
    assert rewrites_of(analyzer, "[NAME] was a bit of a terror", "positive") == set()


def test_what_the_third_random_draws_of_session_27_found_wrong(analyzer) -> None:
    """-03zzzzzzs (toward less): a subject and verb the tokenizer kept as one word, tagged
    an adverb; the addressee's claim turned on them in a question."""
    shouted = "#YOU'RE RIGHT, PEOPLE BEING OUTRAGED BY THE ACTIONS OF A CRIMINAL IS HYSTERICAL!"
    assert not any(r.startswith("#RIGHT") for r in rewrites_of(analyzer, shouted, "less:joy"))
    assert lacks(analyzer, "How are you supposed to get any links in the first place if no "
                 "site is trustworthy as you say?", "less:surprise", "Please")
    assert "Please tell me how I get the links." in rewrites_of(
        analyzer, "How do I get the links?", "less:surprise")


def test_what_the_fourth_random_draws_of_session_27_found_wrong(analyzer) -> None:
    """-03zzzzzzu (toward positive) and -03zzzzzzv (toward neutral): idioms ("in good
    company", "sucks balls"), a pain is no weak one, a frame before "what" is no frame,
    "so" that joins a thank-you's clause, "exactly" of agreement."""
    assert lacks(analyzer, "You are in good company, my friend.", "neutral", "fine company",
                 "decent company")
    assert lacks(analyzer, "i know, [NAME] sucks balls", "positive", "stinks balls")
    rewrites = rewrites_of(analyzer, "dying in horrible pain from typhoid", "positive")
    assert "dying in bad pain from typhoid" in rewrites
    assert not any("weak pain" in r or "poor pain" in r for r in rewrites)
    assert "What they can justify to themselves." not in rewrites_of(
        analyzer, "It’s amazing what they can justify to themselves.", "neutral")
    assert "my roommate is a photographer props to her" not in rewrites_of(
        analyzer, "my roommate is a photographer so props to her", "neutral")
    assert rewrites_of(analyzer, "my sentiment exactly", "neutral") == set()
    assert "That's right." in rewrites_of(analyzer, "That's exactly right.", "neutral")


def test_what_the_fifth_random_draws_of_session_27_found_wrong(analyzer) -> None:
    """-03zzzzzzz (toward less): a skill "at" something, an intensifier before an
    adjective tagged an adverb, someone "crazy" with the copula left out, "what's so bad
    about it?" (a challenge)."""
    rewrites = rewrites_of(analyzer, "he is great at developing our young talent", "less:joy")
    assert "he is good at developing our young talent" in rewrites
    assert not any("cool at" in r for r in rewrites)
    assert lacks(analyzer, "Mad stinky.", "less:anger", "Upset")
    assert lacks(analyzer, "She crazy!", "less:joy", "bizarre", "unusual")
    assert lacks(analyzer, "I have adhd whats so bad about it?", "less:surprise", "Please")


def test_what_the_sixth_random_draws_of_session_27_found_wrong(analyzer) -> None:
    """-03zzzzzzzd (toward neutral) and -03zzzzzzze (toward positive): what a thanks is
    for, a sad sound's mood, an apology for one's own act, a word a pause waits for."""
    assert "For your support!" not in rewrites_of(analyzer, "Thx for your support!", "neutral")
    assert "Fixed it" in rewrites_of(analyzer, "Thanks. Fixed it", "neutral")
    assert lacks(analyzer, "sad knight noises...", "neutral", "unfortunate", "regrettable")
    assert rewrites_of(analyzer, "I'm sorry that I pay for music now to support these small "
                       "artists.", "neutral") == set()
    assert "It's a pity you lost it." in rewrites_of(analyzer, "I'm sorry that you lost it.",
                                                      "neutral")
    assert not any(r.endswith("so...") for r in rewrites_of(
        analyzer, "Seeing something like this without the usual music is so... odd", "positive"))
    assert "That was great..." in rewrites_of(analyzer, "That was great... wow", "positive")


def test_what_the_last_random_draws_of_session_27_found_wrong(analyzer) -> None:
    """-03zzzzzzzj (toward neutral): a word joined to itself by two replacements, "okay
    buddy" (a dismissal said whole)."""
    text = "Neon carrot is amazing and great for your body."
    assert not any("cool and cool" in s.sentence for s in analyzer.suggest(
        text, 0, len(text), "neutral"))
    assert "lmao... buddy" not in rewrites_of(analyzer, "lmao... okay buddy", "neutral")


def test_what_the_first_random_draw_of_session_28_found_wrong(analyzer) -> None:
    """-03zzzzzzzm (toward positive): words in single quotes, "give X a bad name", a
    foreboding that is no weak one, "Hell" for "he'll"."""
    text = "I gave up on the show before I adopted 'just skip around'. It helped."
    assert [text[a:b] for a, b in quotations(text)] == ["just skip around"]
    assert lacks(analyzer, text, "positive", "'skip around'")
    assert quotations("the boys' toys, 'cause I said so") == []
    assert quotations("It’s called ‘Not Tonight’.") == [(13, 24)]
    assert lacks(analyzer, "LSC only exists to give socialists a bad name.", "positive",
                 "poor name", "weak name")
    rewrites = rewrites_of(analyzer, "I had a horrible feeling I was going down a rabbit hole.",
                           "positive")
    assert "I had a bad feeling I was going down a rabbit hole." in rewrites
    assert not any("weak feeling" in r or "poor feeling" in r for r in rewrites)
    assert lacks(analyzer, "Hell turn you into him.", "positive", "Turn you")
    assert "Yeah I'm coming." in rewrites_of(analyzer, "Hell yeah I'm coming.", "positive")


def test_what_the_second_random_draw_of_session_28_found_wrong(analyzer) -> None:
    """-03zzzzzzzq (toward neutral): a concession's "Even" opening a sentence, "just
    missed", "fine news", a life's happiness, a laugh that says what "dying" is."""
    assert lacks(analyzer, "Even with exhausted, bl has that stagger reduction, so you can "
                 "kite killers", "neutral", "With exhausted")
    assert lacks(analyzer, "Well [NAME] just missed...so there's that bit of good news",
                 "neutral", "[NAME] missed")
    rewrites = rewrites_of(analyzer, "This market needs more supply and this is great news.",
                           "neutral")
    assert "This market needs more supply and this is good news." in rewrites
    assert lacks(analyzer, "This market needs more supply and this is great news.",
                 "neutral", "fine news")
    for text in ("She deserves to be truly happy.", "SHE DESERVES TO BE TRULY HAPPY."):
        assert lacks(analyzer, text, "neutral", "pleased", "PLEASED"), text
    assert "I'd be pleased to help." in rewrites_of(analyzer, "I'd be happy to help.",
                                                    "neutral")
    assert "I'm bloody dying right now" not in rewrites_of(
        analyzer, "I'm bloody dying right now 😂", "neutral")
    assert "That's a great photo" in rewrites_of(analyzer, "That's a great photo 😂", "neutral")


def test_what_the_third_random_draw_of_session_28_found_wrong(analyzer) -> None:
    """-03zzzzzzzu (lowering the emotion): ridicule put as a question, a question the
    writer's "Unless…" qualifies, "in a good place"."""
    assert lacks(analyzer, "What year are you living in?", "less:surprise",
                 "Please")
    for text in ("What year was that?", "What year are you in at school?"):
        assert any(r.startswith("Please tell me what year") for r in rewrites_of(
            analyzer, text, "less:surprise")), text
    text = "How are we going to get a high 2021 pick?"
    assert best_of(analyzer, text + " Unless we lose a ton of games of course.",
                   "less:surprise") is None
    assert best_of(analyzer, text, "less:surprise") == (
        "Please tell me how we are going to get a high 2021 pick.")
    assert lacks(analyzer, "the legion is in a pretty good place right now", "less:joy",
                 "fine place")


def test_what_the_fourth_and_fifth_random_draws_of_session_28_found_wrong(analyzer) -> None:
    """-03zzzzzzzx (toward positive) and -03zzzzzzzy (toward neutral): a degree left before
    an adverb it cannot grade, a count, the words "as in" explains, what "how" asks, "got it
    wrong", "Oh okay.", "Oh, THAT.", "Nice dude,", "happy people", "great skin", "bad ass"."""
    rewrites = rewrites_of(analyzer, "He was outclassed so badly twice in a row.", "positive")
    assert "He was outclassed badly twice in a row." in rewrites
    assert not any("so twice" in r or "badly in a row" in r for r in rewrites)
    assert lacks(analyzer, "As in dead serious.", "positive", "As in serious")
    assert lacks(analyzer, "Don't know how far up yer arse you had to reach for that one",
                 "neutral", "how up")
    assert "How kind of you!" in rewrites_of(analyzer, "How very kind of you!", "neutral")
    assert lacks(analyzer, "I think u got it wrong But yeh", "neutral", "mistaken")
    assert "Oh." not in rewrites_of(analyzer, "Oh okay.", "neutral")
    assert "THAT." not in rewrites_of(analyzer, "Oh, THAT.", "neutral")
    assert "Nice." in rewrites_of(analyzer, "Wow, nice.", "neutral")
    # "Huh", "Hmm" and a laugh drawn out are markers as "Wow" is (spaCy tags "Huh" a proper
    # noun; "Hahahaha," carries joy 0.97 -> 0.02; session 38)
    for marked, target in (("Huh, the bug only happens on Tuesdays?", "less:surprise"),
                           ("Hmm, the numbers don't add up?", "less:surprise"),
                           ("Hahahaha, the demo crashed on the CEO.", "less:joy")):
        rest = marked.split(", ", 1)[1]
        assert rest[0].upper() + rest[1:] in rewrites_of(analyzer, marked, target)
    assert lacks(analyzer, "Nice dude, aimheros just what I've used.", "neutral", "Decent dude",
                 "Fine dude")
    assert lacks(analyzer, "her parents seem very easy going and happy people", "neutral",
                 "pleased")
    assert lacks(analyzer, "[NAME] at least has a pretty face and great skin.", "neutral",
                 "fine skin", "cool skin")
    assert lacks(analyzer, "That k9 cop is such a bad ass Look at him", "neutral", "weak ass")


def test_what_the_sixth_and_seventh_random_draws_of_session_28_found_wrong(analyzer) -> None:
    """-03zzzzzzzzc (lowering the emotion) and -03zzzzzzzzd (toward positive): a part
    played is no "cool in it", "hard" says how it was, "far right" is a place."""
    rewrites = rewrites_of(analyzer, "[NAME] is great in it.", "less:joy")
    assert "[NAME] is good in it." in rewrites and "[NAME] is cool in it." not in rewrites
    assert lacks(analyzer, "Especially hard last night looking at Snapchat stories.",
                 "positive", "Especially last night")
    assert lacks(analyzer, "you're one of those far rightist trump supporters", "positive",
                 "those rightist")
    assert "That is too expensive." in rewrites_of(analyzer, "That is far too expensive.",
                                                   "positive")
    # found in the pair: "so" before a guess joins clauses
    got = best_of(analyzer, "If it makes you feel better im gonna be scrubbing out hard for a "
                  "while so maybe ill see you round to give me another loss", "less:sadness")
    assert got is None or "so maybe" in got


def test_what_the_eighth_and_ninth_random_draws_of_session_28_found_wrong(analyzer) -> None:
    """-03zzzzzzzzh (toward neutral) and -03zzzzzzzzi (lowering the emotion): a thanks that
    is the message, a greeting, the love of a pet for its people."""
    assert "JA!" not in rewrites_of(analyzer, "thanks JA!", "neutral")
    assert "Great job." in rewrites_of(analyzer, "thanks! Great job.", "neutral")
    assert lacks(analyzer, "Good mythical morning. Hope you get better soon", "neutral",
                 "Fine mythical")
    assert lacks(analyzer, "It just loves its humans too much", "neutral", "enjoys", "likes")


def test_what_the_tenth_and_eleventh_random_draws_of_session_28_found_wrong(analyzer) -> None:
    """-03zzzzzzzzl (toward positive) and -03zzzzzzzzm (toward neutral): "wrong" of how a
    thing is done is no "mistaken", the marks "??!" end as one "?"."""
    assert lacks(analyzer, "Have I been eating avacodos wrong this entire time!", "positive",
                 "mistaken")
    assert "I think you're mistaken." in rewrites_of(analyzer, "I think you're wrong.",
                                                      "positive")
    rewrites = rewrites_of(analyzer, "you're implying I'm vulnerable and submissive??!",
                           "neutral")
    assert "you're implying I'm vulnerable and submissive?" in rewrites
    assert not any(r.endswith("?.") for r in rewrites)
    # "wrong" of a claim, with no verb, may still be "mistaken"; an act is wrong, not mistaken
    assert "Also technically mistaken, it would be last year." in rewrites_of(
        analyzer, "Also technically wrong, it would be last year.", "positive")
    for text in ("Just morally wrong.", "Wrong, that's where we hide the funkos",
                 "you in the wrong *childhood*"):
        assert lacks(analyzer, text, "positive", "istaken"), text


def test_what_the_twelfth_random_draw_of_session_28_found_wrong(analyzer) -> None:
    """-03zzzzzzzzq (lowering the emotion): a word said again is changed everywhere only
    where it fits everywhere, a voice has no looks, a question that is a subject, what a
    cut-off sentence ends on, what "like" brings in, "Have a nice night"."""
    text = ("Your voice is beautiful, the lyrics are beautiful, you're beautiful, and I'm "
            "crying.")
    assert lacks(analyzer, text, "less:joy", "lyrics are attractive", "voice is attractive")
    assert "Like this guy, like this team." in rewrites_of(
        analyzer, "Love this guy, love this team.", "less:joy")
    assert "She has an attractive face." in rewrites_of(analyzer, "She has a beautiful face.",
                                                       "less:joy")
    assert lacks(analyzer, "what did you put for second is my real question, everybody "
                 "knows what at number 1", "less:surprise", "Please")
    assert "Please tell me what the question is." in rewrites_of(
        analyzer, "What is the question?", "less:surprise")
    assert lacks(analyzer, "Oh, with that title I thought the crocodile was gonna- oh.",
                 "less:surprise", "gonna-.")
    assert lacks(analyzer, "They both do! Like wow!!!", "less:joy", "Like!!!")
    assert lacks(analyzer, "Have a nice night stranger", "less:joy", "fine night",
                 "decent night")
    assert "It was a fine night." in rewrites_of(analyzer, "It was a nice night.", "less:joy")
    assert "She has a fine voice for a yoga teacher" in rewrites_of(
        analyzer, "She has a good voice for a yoga teacher", "less:joy")
    assert "Like I said please have a fine day !" not in rewrites_of(
        analyzer, "Like I said please have a great day !", "less:joy")
    assert "That's what I would expect them to look like" in rewrites_of(
        analyzer, "That's what I would expect them to look like lol", "less:joy")


def test_what_the_last_random_draws_of_session_28_found_wrong(analyzer) -> None:
    """-03zzzzzzzzv (lowering the emotion): happiness as a state, a pet to love, the word a
    pause waits for."""
    assert lacks(analyzer, "Yeah it's a nice thought, being sheltered and happy before any "
                 "worries or drama.", "less:joy", "pleased")
    assert lacks(analyzer, "Maybe get a pet to love :)", "less:joy", "to like")
    for text in ("You chose... wisely", "You chose... wisely."):
        assert "You chose..." not in rewrites_of(analyzer, text, "less:joy"), text
        assert best_of(analyzer, text, "neutral") is None, text
    assert "That was great..." in rewrites_of(analyzer, "That was great... wow", "less:joy")


def test_what_the_first_random_draws_of_session_29_found_wrong(analyzer) -> None:
    """-04a (toward neutral), -04b (lowering the emotion), -04c (toward positive), and two
    challenges session 28 left: what a word says in its phrase, questions that ask nothing."""
    assert lacks(analyzer, "and it tastes horrible.", "less:anger", "tastes weak", "tastes poor")
    assert "and it tastes bad." in rewrites_of(analyzer, "and it tastes horrible.", "less:anger")
    assert lacks(analyzer, "[NAME] just playing amazing.", "less:joy", "playing cool")
    for text in ("You enjoy that new toy as much as you can.", "Might as well enjoy it."):
        assert lacks(analyzer, text, "less:joy", "like"), text
    assert "I like it a lot." in rewrites_of(analyzer, "I enjoy it a lot.", "less:joy")
    assert lacks(analyzer, "Lol at illegals paying taxes.", "less:joy", "At illegals")
    assert lacks(analyzer, "[NAME] leans so far forward when he skates we love a king",
                 "less:joy", "so far when")
    assert lacks(analyzer, "You will be forever loved.", "neutral", "liked", "enjoyed")
    assert "The game is liked by everyone." in rewrites_of(
        analyzer, "The game is loved by everyone.", "neutral")
    assert "My point" not in rewrites_of(analyzer, "Exactly my point", "neutral")
    assert lacks(analyzer, "I think it may be interesting if the public could vote for films.",
                 "neutral", "notable")
    assert "It's notable that you came." in rewrites_of(
        analyzer, "It's interesting that you came.", "neutral")
    assert lacks(analyzer, "Oh jeez really? Now I just feel dumb.", "neutral", "jeez?")
    for text in ("Are you implying that the mods did this on purpose?",
                 "Why does everyone keep assuming he will sign? This is a terrible idea.",
                 "How is this not illegal?",
                 "Not enough pizza rolls on that plate. How does someone not sit there and eat "
                 "a whole bag at once, I will never understand"):
        assert lacks(analyzer, text, "less:surprise", "Please"), text
    for text in ("How do they decide who does not get in?",
                 "How do you deal with not having pushers?",
                 "How is this not discrimination? Serious question."):
        assert any(r.startswith("Please") for r in rewrites_of(
            analyzer, text, "less:surprise")), text
    assert "At this point she’ll probably deliver the baby." in rewrites_of(
        analyzer, "Lmao at this point she’ll probably deliver the baby.", "less:joy")


def test_what_the_second_random_draws_of_session_29_found_wrong(analyzer) -> None:
    """-04g (toward neutral) and -04h (lowering the emotion): set phrases, what a word is
    said of, questions of amazement."""
    assert lacks(analyzer, "16/25 on the second half wouldn't all that surprising", "neutral",
                 "all surprising")
    assert lacks(analyzer, "It’s pretty clear UBI is not going to actually Make the character "
                 "interesting.", "neutral", "notable")
    assert lacks(analyzer, "Nah, some cake sniffers were enjoying the books way before.",
                 "neutral", "liking")
    assert lacks(analyzer, "Get an ultra balm if you want, it's amazing for cracks!", "less:joy",
                 "cool for")
    assert "Cool for him to admit it." in rewrites_of(analyzer, "Great for him to admit it.",
                                                      "less:joy")
    assert lacks(analyzer, "So many big hugs and good vibes.", "less:joy", "fine vibes")
    assert lacks(analyzer, "Okay then.", "less:joy", "Then.")
    assert lacks(analyzer, "You seem horrible", "less:anger", "seem bad", "seem poor",
                 "seem weak")
    assert "This movie seems bad" in rewrites_of(analyzer, "This movie seems horrible",
                                                 "less:anger")
    assert "she looked bad, and that was when she was pretty" in rewrites_of(
        analyzer, "she looked awful, and that was when she was pretty", "less:anger")
    for text in ("I am in hysterics. How are these people so serious?",
                 "What makes this not the place and time?"):
        assert lacks(analyzer, text, "less:surprise", "Please"), text
    assert "Please tell me how you get so many followers." in rewrites_of(
        analyzer, "How do you get so many followers?", "less:surprise")


def test_what_the_third_random_draws_of_session_29_found_wrong(analyzer) -> None:
    """-04l (toward neutral) and -04m (lowering the emotion): what is made of oneself, a
    food's name, "else", a word the writer goes on to quote."""
    text = "You gotta make yourself happy when no one else does"
    assert lacks(analyzer, text, "neutral", "pleased", "no one does")
    assert lacks(analyzer, "Their Cinnamon Chip Bread is also quite good.", "neutral", "solid")
    assert "Rogue One was solid." in rewrites_of(analyzer, "Rogue One was good.", "neutral")
    assert lacks(analyzer, '>the MESSAGE in the ad is absolutely positive (obviously), Are you '
                 'sure that you understand the meaning of ""obviously""?', "less:surprise",
                 "positive Are")


def test_what_the_fourth_random_draws_of_session_29_found_wrong(analyzer) -> None:
    """-04q (toward neutral), -04r (lowering the emotion), -04s (toward positive)."""
    assert lacks(analyzer, "Love a bit of Northern soul.", "neutral", "Like a bit")
    assert "I like a bit of Northern soul." in rewrites_of(
        analyzer, "I love a bit of Northern soul.", "neutral")
    assert "Yea." not in rewrites_of(analyzer, "Yea ok.", "neutral")
    assert lacks(analyzer, "Damn this kid and her fancy clothes makes me feel like a bad parent.",
                 "less:sadness", "weak parent", "poor parent")
    assert lacks(analyzer, "Such is life in South Canada.", "less:joy", "Is life")
    assert rewrites_of(analyzer, "Is it... alive?", "less:surprise") == set()
    assert "The edit..." not in rewrites_of(analyzer, "The edit... what?", "less:surprise")
    assert "but you read what you want to..." in rewrites_of(
        analyzer, "but you read what you want to... hun?", "less:joy")
    for text in ("What limits are you talking about? Last time i checked, he doesnt have any "
                 "limits", "Do you need a safe space? Maybe a cold drink?"):
        assert lacks(analyzer, text, "less:surprise", "Please"), text
    assert lacks(analyzer, "Oh such a embarrassing mistake, or was it?", "positive",
                 "uncomfortable")
    assert "That was an uncomfortable moment." in rewrites_of(
        analyzer, "That was an embarrassing moment.", "positive")


def test_what_the_fifth_random_draws_of_session_29_found_wrong(analyzer) -> None:
    """-04w (toward neutral), -04x (lowering the emotion), -04y (toward positive)."""
    assert lacks(analyzer, "Nice pen.", "neutral", "Fine pen")
    assert lacks(analyzer, "Keep up the good work!", "neutral", "fine work")
    assert lacks(analyzer, "Like they’re lovely but I’m 24??", "neutral", "attractive")
    assert lacks(analyzer, "The man absolutely loves Winnipeg.", "neutral", "absolutely likes")
    assert lacks(analyzer, "Every YouTube comment: [NAME] is beautiful and perfect", "less:joy",
                 "is nice")
    assert lacks(analyzer, "Frozen berries are fantastic.", "less:joy", "cool")
    assert "I thought sex would be a cool stress reliever." in rewrites_of(
        analyzer, "I thought sex would be a great stress reliever.", "less:joy")
    assert lacks(analyzer, "It is not selfish to end a relationship that is causing you great "
                 "stress", "less:joy", "cool stress", "fine stress")
    for text in ("What's the advantage of making it illegal? Other than discourage an act?",
                 "Are you trying to frame me? Let me put it this way."):
        assert lacks(analyzer, text, "less:surprise", "Please"), text
    assert lacks(analyzer, "it's a horrible place never go there", "positive", "weak place")
    assert lacks(analyzer, "I remember writing on them was horrible.", "positive", "was weak",
                 "was poor")
    assert "He was running and the game was weak." in rewrites_of(
        analyzer, "He was running and the game was horrible.", "positive")


def test_what_the_sixth_random_draws_of_session_29_found_wrong(analyzer) -> None:
    """-04zd (lowering the emotion) and -04ze (toward positive); -04zc (toward neutral) had
    none wrong."""
    for text in ("Why in the world did you marry her? She's ragging on your own sister???",
                 "Are u gey", "What universe do you live in?"):
        assert lacks(analyzer, text, "less:surprise", "Please"), text
    assert "Done sir" not in rewrites_of(analyzer, "Nicely done sir", "less:joy")
    assert lacks(analyzer, "the monarch enjoys sovereign immunity.", "less:joy", "likes")
    assert "I like the movie." in rewrites_of(analyzer, "I enjoy the movie.", "less:joy")
    assert lacks(analyzer, "she got a nasty fright rather than it being terrifying.", "positive",
                 "distasteful fright")
    assert "That was a distasteful thing to say." in rewrites_of(
        analyzer, "That was a nasty thing to say.", "positive")


def test_what_the_seventh_random_draws_of_session_29_found_wrong(analyzer) -> None:
    """-04zi (toward neutral) and -04zj (lowering the emotion); -04zk (toward positive) had
    none wrong."""
    for text in ("I wonder what goes through [NAME] head when he decides to shoot for 3",
                 "I wonder how she would respond if he said this.",
                 "Are we seeking attention? Waaaaaaaaaaaaah!", "Where’s Sharpton now?",
                 "*Can I Haz Gold?* Don't actually please don't spend your money on it."):
        assert lacks(analyzer, text, "less:surprise", "lease"), text
    assert "Please tell me why he left." in rewrites_of(analyzer, "I wonder why he left.",
                                                        "less:surprise")
    assert lacks(analyzer, "They really love each other!", "neutral", "like each other")
    assert "Now, easy there on the logic." in rewrites_of(
        analyzer, "Whoa now, easy there on the logic.", "neutral")
    assert lacks(analyzer, "Whoa now, easy there on the logic.", "neutral", "now, there")
    assert lacks(analyzer, "Wow is deader than hots.", "less:joy", "Is deader")
    assert "Is that real?" in rewrites_of(analyzer, "Lol is that real?", "less:surprise")
    assert "Did we marry the same guy." in rewrites_of(
        analyzer, "Wow did we marry the same guy.", "less:joy")


def test_what_the_eighth_random_draws_of_session_29_found_wrong(analyzer) -> None:
    """-04zn (toward neutral) and -04zo (lowering the emotion)."""
    assert rewrites_of(analyzer, "lol out loud", "neutral") == set()
    assert "Uh." not in rewrites_of(analyzer, "Uh oh. I need to take care of something.",
                                    "neutral")
    assert lacks(analyzer, "it could be a very interesting little add .", "neutral", "notable")
    assert lacks(analyzer, "It's crippling and lasts forever.", "neutral", "lasts.")
    assert "I'm grateful." in rewrites_of(analyzer, "I'm forever grateful.", "neutral")
    assert lacks(analyzer, "Find yourself another pretty, nice girl.", "less:joy", "fine girl")
    assert lacks(analyzer, "In hindsight, yeah, but we had a healthy [NAME] at that point.",
                 "less:joy", "hindsight but")
    assert "But we had a healthy team." in rewrites_of(
        analyzer, "Yeah, but we had a healthy team.", "less:joy")


def test_what_the_first_random_draws_of_session_30_found_wrong(analyzer) -> None:
    """-04zs (toward neutral) and -04zt (lowering the emotion); -04zu (toward positive) had
    none wrong."""
    assert rewrites_of(analyzer, "Happy belated cakeday.", "neutral") == set()
    assert lacks(analyzer, "Inhaling burned particulate plant matter is very bad.", "neutral",
                 "very weak", "very poor")
    assert "Ignoring that error your argument is weak." in rewrites_of(
        analyzer, "Ignoring that error your argument is horrible.", "neutral")
    assert lacks(analyzer, "The Constitution is just a nice idea at this point.", "less:joy",
                 "solid idea", "fine idea", "decent idea")
    assert "Solid idea!" in rewrites_of(analyzer, "Nice idea!", "less:joy")
    # Markdown's emphasis goes with the words it wraps, and the next word takes the capital
    assert "*Just noticed..* it's your **2nd Cakeday** friend!" in rewrites_of(
        analyzer, "*Hey just noticed..* it's your **2nd Cakeday** friend!", "less:joy")
    assert "That is great." in rewrites_of(analyzer, "**Wow!** That is great.", "less:joy")
    assert "That is great." in rewrites_of(analyzer, "*Wow* that is great.", "less:joy")
    assert "That is great!" in rewrites_of(analyzer, "That is great **wow!**", "less:joy")
    assert not any(r.startswith(("****", "**!**", "** ")) for r in rewrites_of(
        analyzer, "**Wow!** That is great.", "less:joy"))
    # a laugh that parted a question from the sentence leaves a full stop
    assert "This looks like it’s from porn. What is the original context" in rewrites_of(
        analyzer, "This looks like it’s from porn lol what is the original context",
        "less:joy")


def test_what_the_second_random_draws_of_session_30_found_wrong(analyzer) -> None:
    """-04zy (toward neutral) and -04zz (lowering the emotion); -04zza (toward positive)
    had none wrong."""
    assert lacks(analyzer, "but am glad its equally hated", "neutral", "its hated")
    assert lacks(analyzer, "Previously it wasn't working, now its fine though", "neutral",
                 "It wasn't")
    assert lacks(analyzer, "Laughed my balls off", "neutral", "my balls off")
    assert lacks(analyzer, "tell him lovingly it may help him understand", "less:joy",
                 "tell him it")
    assert "She hugged her son." in rewrites_of(analyzer, "She lovingly hugged her son.",
                                                "less:joy")


def test_what_the_third_random_draws_of_session_30_found_wrong(analyzer) -> None:
    """-04zzd (toward neutral); -04zze (lowering the emotion) had one wrong, left (a joke
    taken for a question), and -04zzf (toward positive) none."""
    assert lacks(analyzer, "love em or hate em I think we can all agree that was blatant PI",
                 "neutral", "like em", "dislike em")
    assert lacks(analyzer, "the burger and fries look shocking though.", "neutral",
                 "look unexpected", "look surprising")
    assert "The news was unexpected." in rewrites_of(analyzer, "The news was shocking.",
                                                     "neutral")


def test_what_the_fourth_random_draws_of_session_30_found_wrong(analyzer) -> None:
    """-04zzi (toward neutral), -04zzj (lowering the emotion) and -04zzk (toward
    positive)."""
    assert lacks(analyzer, "I've never been so proud of humanity.", "neutral", "been proud")
    assert not any(r.startswith("Wouldn't") for r in rewrites_of(
        analyzer, "Source? Wouldn't doubt it's possible though.", "neutral"))
    assert "Wouldn't doubt it." in rewrites_of(analyzer, "Really? Wouldn't doubt it.", "neutral")
    assert lacks(analyzer, "I'm glad we managed to end it in good terms.", "less:joy",
                 "fine terms", "decent terms")
    assert lacks(analyzer, "Wow, you're impressive. Good talk.", "less:joy", "Fine talk")
    assert lacks(analyzer, "That dude was determined and loves his dog.", "less:joy", "likes")
    assert "I like dogs." in rewrites_of(analyzer, "I love dogs.", "less:joy")
    assert lacks(analyzer, "Bloody Sundae ([NAME] x [NAME]).", "positive", "Sundae (")
    assert "Peasant!" in rewrites_of(analyzer, "Bloody Peasant!", "positive")
    # after a face a capital opens a sentence, and the next word takes it
    assert "Never hurt anyone :D Happy for you!" in rewrites_of(
        analyzer, "Never hurt anyone :D So happy for you!", "neutral")


def test_what_the_fifth_random_draws_of_session_30_found_wrong(analyzer) -> None:
    """-04zzo (toward neutral), -04zzp (lowering the emotion) and -04zzq (toward
    positive)."""
    assert "Still won the race though. Who’s a failure now" in rewrites_of(
        analyzer, "Still won the race though ha who’s a failure now", "neutral")
    for text in ("Who hurt you?", "AM I BEING DETAINED?"):
        assert lacks(analyzer, text, "less:surprise", "lease"), text
    assert lacks(analyzer, "Good shit chivas", "less:joy", "Fine shit", "Decent shit")
    assert lacks(analyzer, "Thing is, some fans will *never* be happy.", "positive",
                 "willnever")
    assert lacks(analyzer, "Y so serious", "positive", "Y serious")
    assert lacks(analyzer, "Brown woman bad", "positive", "weak", "poor")
    assert "The food poor." in rewrites_of(analyzer, "The food bad.", "positive")


def test_what_the_sixth_random_draws_of_session_30_found_wrong(analyzer) -> None:
    """-04zzu (toward neutral); -04zzv (lowering the emotion) and -04zzw (toward positive)
    had none wrong."""
    assert lacks(analyzer, "You need to talk to her openly about this.", "neutral",
                 "talk to her about")
    assert lacks(analyzer, "The first success is learning to love and accept ourselves",
                 "neutral", "to like and", "to enjoy and")
    for text in ("The fried baloney is amazing.", "This pizza tastes amazing."):
        assert lacks(analyzer, text, "neutral", "cool"), text
    assert "The movie is cool." in rewrites_of(analyzer, "The movie is amazing.", "neutral")
    # a laugh that ended a sentence before "I" and its verb leaves its full stop (-04zzp)
    assert "I have a long neck. I didn't even realize" in rewrites_of(
        analyzer, "I have a long neck lmao I didn't even realize", "less:joy")
    assert "He did it because I told him to" in rewrites_of(
        analyzer, "He did it because lol I told him to", "less:joy")


def test_what_the_seventh_random_draws_of_session_30_found_wrong(analyzer) -> None:
    """-04zzz (toward neutral, one left: a word mentioned, not used) and -04zzza (lowering
    the emotion); -04zzzb (toward positive) had none wrong."""
    assert rewrites_of(analyzer, "“I love food! Or “I’m a foodie!”", "neutral") == set()
    assert "Wow." not in rewrites_of(analyzer, "Wow. Yes", "less:joy")
    assert "That was great." in rewrites_of(analyzer, "That was great. Wow.", "less:joy")


def test_what_the_eighth_random_draws_of_session_30_found_wrong(analyzer) -> None:
    """-04zzzf (toward neutral) and -04zzzg (lowering the emotion, one left: "terrifying
    every time." -> "scaring"); -04zzzh (toward positive) had none wrong."""
    assert lacks(analyzer, "It's amazing how utterly lacking in self-awareness this sub is.",
                 "neutral", "nice how", "good how", "cool how")
    assert "The view is nice." in rewrites_of(analyzer, "The view is amazing.", "neutral")
    assert lacks(analyzer, "Have you ever bothered to read anything?", "less:surprise", "lease")
    assert "Please confirm whether you have ever been to Paris." in rewrites_of(
        analyzer, "Have you ever been to Paris?", "less:surprise")


def test_what_the_ninth_random_draws_of_session_30_found_wrong(analyzer) -> None:
    """-04zzzk (toward neutral) and -04zzzl (lowering the emotion); toward positive the
    ninth draw had no verified suggestion to rate."""
    assert rewrites_of(analyzer, "LOL to your family", "neutral") == set()
    assert "To be fair he was right" in rewrites_of(analyzer, "Lol to be fair he was right",
                                                    "neutral")
    assert lacks(analyzer, "It's funny cause OP is trying go against the mindset", "less:joy",
                 "Cause OP")
    assert "OP is trying." in rewrites_of(analyzer, "It's funny that OP is trying.", "less:joy")
    assert lacks(analyzer, "Why can't America be this cool?", "less:surprise", "lease")
    assert "Please tell me why I can't be in the group." in rewrites_of(
        analyzer, "Why can't I be in the group?", "less:surprise")


def test_what_the_tenth_random_draws_of_session_30_found_wrong(analyzer) -> None:
    """-04zzzo (toward neutral) and -04zzzp (lowering the emotion, two left: a rhetorical
    challenge as a request, a laugh inside a quotation the sentence split); -04zzzq (toward
    positive) had none wrong. Pools of 3,000 texts from here on."""
    assert lacks(analyzer, "Outwardly projecting someone you aren't internally sounds "
                 "exhausting.", "neutral", "aren't sounds")
    assert not any(r.startswith("'") for r in rewrites_of(
        analyzer, "Oh' how the mighty have fallen.", "neutral"))
    assert lacks(analyzer, "Religion is the biases for more hate; wars; discrimination.",
                 "neutral", "dislike")
    assert "I dislike it." in rewrites_of(analyzer, "I hate it.", "neutral")
    assert lacks(analyzer, "Scoring ridiculous goals while missing sitters. Love it",
                 "neutral", "questionable goals", "silly goals")
    assert lacks(analyzer, "Did you stop taking your pills?", "less:surprise", "lease")
    assert lacks(analyzer, "Man, dropping is rather dreadful.", "less:anger", "rather poor",
                 "rather weak")


def test_what_the_eleventh_random_draws_of_session_30_found_wrong(analyzer) -> None:
    """-04zzzv (lowering the emotion, three left: rhetorical questions as requests) and
    -04zzzw (toward positive, one left: "Dyscalculia. It's not that uncommon" loses the
    noun that names its topic); -04zzzu (toward neutral) had none wrong."""
    assert lacks(analyzer, "they all look great with no noticable lag.", "less:joy", "nice of")
    assert lacks(analyzer, "Why do they always threaten with a block?", "less:surprise",
                 "lease")
    assert "Please tell me why birds always fly south." in rewrites_of(
        analyzer, "Why do birds always fly south?", "less:surprise")
    assert lacks(analyzer, "Yeah, but nobody takes McD's hamburgers seriously.", "positive",
                 "hamburgers.")


def test_what_the_twelfth_random_draws_of_session_30_found_wrong(analyzer) -> None:
    """-04zzzza (toward neutral); -04zzzzb (lowering the emotion) and -04zzzzc (toward
    positive) had none wrong."""
    assert "You can’t change my mind ." in rewrites_of(
        analyzer, "Yeah , you can’t change my mind .", "neutral")
    assert not any(r.startswith(",") for r in rewrites_of(
        analyzer, "Yeah , yeah you can’t change my mind .", "neutral"))
    assert lacks(analyzer, "To sad or frustrated to anger and rage.", "neutral", "regrettable",
                 "unfortunate")
    assert "It is unfortunate that he left." in rewrites_of(
        analyzer, "It is sad that he left.", "neutral")


def test_what_the_thirteenth_random_draws_of_session_30_found_wrong(analyzer) -> None:
    """-04zzzzg (toward neutral, one left: "I've been wondering if…" about others as a
    request), -04zzzzh (lowering the emotion, one left: "Is this Tampa by any chance?"
    -> "whether this Tampa is") and -04zzzzi (toward positive)."""
    assert lacks(analyzer, "They both crazy", "neutral", "bizarre", "odd", "strange")
    for text in ("Thanks for blocking his face OP. Could have been bad.",
                 "It would be really bad."):
        assert lacks(analyzer, text, "neutral", "weak", "poor"), text
    assert "The movie could be weak." in rewrites_of(analyzer, "The movie could be bad.",
                                                     "neutral")
    assert lacks(analyzer, "How do you know what he can conceive of? Enough magical thinking.",
                 "less:surprise", "lease")
    assert lacks(analyzer, "Also had terrible hair", "positive", "weak hair", "poor hair")
    # nor of a wrong or a creed, alone or joined to another (session 37)
    for text, target in (("Human trafficking is bad.", "less:anger"),
                         ("Many think feminism and diversity are bad.", "positive")):
        assert lacks(analyzer, text, target, "poor", "weak"), text
    assert "That was a weak trade." in rewrites_of(analyzer, "That was a bad trade.", "positive")
    # nor of a part of the body: "poor ears" pity them, "weak ears" are feeble (session 37)
    for target in ("less:fear", "neutral", "positive"):
        assert lacks(analyzer, "Those ears...those horrible ears", target, "poor ears",
                     "weak ears")


def test_what_the_first_random_draws_of_session_31_found_wrong(analyzer) -> None:
    """-04zzzzm and -04zzzzp (toward neutral, one left: "Snap me good baby" -> "fine
    baby"), -04zzzzn and -04zzzzq (lowering the emotion); -04zzzzo and -04zzzzr (toward
    positive) had none wrong."""
    assert lacks(analyzer, "It's a terrible suffocating feeling of dread.", "neutral", "weak",
                 "poor")
    assert "It's a bad suffocating feeling of dread." in rewrites_of(
        analyzer, "It's a terrible suffocating feeling of dread.", "neutral")
    for text in ("What dose are you taking and how long did it take to help?",
                 "Are you confessing to not being able to understand what this sub is about?",
                 "Are you claiming that the entire biology and geology communities have been "
                 "lying for centuries?"):
        assert lacks(analyzer, text, "less:surprise", "lease"), text
    assert "Please confirm whether you are assuming that it can dictate appropriations." in (
        rewrites_of(analyzer, "Are you assuming that it can dictate appropriations?",
                    "less:surprise"))
    assert "Please tell me where he lives and who the guy was." in rewrites_of(
        analyzer, "Do you know where he lives and who the guy was?", "less:surprise")


def test_what_the_second_random_draws_of_session_31_found_wrong(analyzer) -> None:
    """-04zzzzu and -04zzzzx (toward positive); -04zzzzv, -04zzzzy (toward neutral) had
    none wrong; -04zzzzw, -04zzzzz (lowering the emotion, one left: a joke question, "Will
    the neck beards grow longer now…?", as a request)."""
    for text in ("the amount of sugar this woman consumed still struck terror into my heart",
                 "It strikes fear into me."):
        assert not rewrites_of(analyzer, text, "positive"), text


def test_what_the_third_random_draws_of_session_31_found_wrong(analyzer) -> None:
    """-04zzzzzb and -04zzzzze (toward positive), -04zzzzzd (lowering the emotion);
    -04zzzzzc, -04zzzzzf (toward neutral) and -04zzzzzg (lowering it) had none wrong."""
    assert lacks(analyzer, "tyrants who oppress and reign with blood and horror or some shit.",
                 "positive", "concern", "worry", "anxiety")
    assert "I was filled with fear and concern." in rewrites_of(
        analyzer, "I was filled with fear and horror.", "positive")
    assert lacks(analyzer, "But we libertarians are incapable of blindly voting for a bad "
                 "candidate based on party! /s", "positive", "of voting")
    assert lacks(analyzer, "What is this trash?", "less:surprise", "lease")
    assert "Please tell me what this thing is." in rewrites_of(
        analyzer, "What is this thing?", "less:surprise")


def test_what_the_fourth_random_draws_of_session_31_found_wrong(analyzer) -> None:
    """-04zzzzzk (lowering the emotion); -04zzzzzj, -04zzzzzl (toward neutral) and
    -04zzzzzm (lowering it) had none wrong; the two pools toward positive gave none."""
    for text, plain in (
            ("Does anyone know if Thai courts tend to let off whitey?",
             "Please tell me whether Thai courts tend to let off whitey."),
            ("Does anyone know what the Free Slot might be used for? It confuses me a bit",
             "Please tell me what the Free Slot might be used for. It confuses me a bit")):
        got = rewrites_of(analyzer, text, "less:surprise")
        assert plain in got and not any("anyone knows" in r for r in got), text


def test_what_session_31s_first_draws_with_earlier_audits_texts_found_wrong(analyzer) -> None:
    """-04zzzzzo (lowering the emotion), -04zzzzzq (toward neutral); -04zzzzzp (toward
    positive) had none wrong."""
    assert not rewrites_of(analyzer, "Otherwise it would be a terrible disservice to the NHL",
                           "less:anger")
    assert lacks(analyzer, "How can he be cool? Pretty sure he has sexually harassed women.",
                 "less:surprise", "lease")
    assert "Please tell me how I can be sure." in rewrites_of(analyzer, "How can I be sure?",
                                                              "less:surprise")
    text = "Texas, I'm really just mad at myself for not double checking."
    assert lacks(analyzer, text, "neutral", "bothered by")
    assert "Texas, I'm really just annoyed at myself for not double checking." in rewrites_of(
        analyzer, text, "neutral")


def test_what_session_31s_third_draws_with_earlier_audits_texts_found_wrong(analyzer) -> None:
    """-04zzzzzx (lowering the emotion) and -04zzzzzy (toward positive), each a text an
    earlier audit had found wrong; -04zzzzzz (toward neutral) had none wrong."""
    assert lacks(analyzer, "I’m anxious, he’s shy. We’re both teenagers", "positive",
                 "concerned")
    assert "I'm concerned about the test." in rewrites_of(
        analyzer, "I'm anxious about the test.", "positive")
    assert lacks(analyzer, "Almost like [NAME] culture is written to be offensive, what with "
                 "the institutionalized rape slaves and everything.", "less:anger", "impolite")


def test_what_session_31s_fourth_draws_with_earlier_audits_texts_found_wrong(analyzer) -> None:
    """-04zzzzzze (toward positive) and -04zzzzzzf (toward neutral); -04zzzzzzd (lowering
    the emotion, one left: "I can't help but laugh" at others -> "smile")."""
    assert lacks(analyzer, "They are angry virgin children because he plays the game like it "
                 "was supposed to be played.", "positive", "bothered")
    assert "I was bothered today." in rewrites_of(analyzer, "I was angry today.", "neutral")
    assert not any(w in r for r in rewrites_of(
        analyzer, "The yard in my house is looking horrific right now", "positive")
        for w in ("unsettling", "creepy", "scary", "frightening", "disturbing"))
    assert "That doll looks unsettling." in rewrites_of(analyzer, "That doll looks creepy.",
                                                        "positive")
    assert lacks(analyzer, "No, you're stupid. Pronoun confusion is a side effect.", "neutral",
                 "uncertainty")


def test_what_earlier_audits_found_wrong_and_session_31_found_left(analyzer) -> None:
    """Texts rated wrong in earlier audits whose best suggestion was still the wrong one at
    b3e7d4a (-01c, -01g, -01p, -01u, -01y, -03zzzzt)."""
    for text, target in (("Eventually sit down and enjoy a drink with my siblings.", "less:joy"),
                         ("Oh man, there isn't enough popcorn to enjoy this.", "neutral"),
                         ("ended lol so enjoy it while it lasts", "less:joy")):
        assert lacks(analyzer, text, target, "like"), text
    assert "You'll like it." in rewrites_of(analyzer, "You'll enjoy it.", "less:joy")
    assert lacks(analyzer, "No, we should increase border security because we have an absurd "
                 "number of people crossing illegally.", "less:anger", "questionable")
    assert lacks(analyzer, "Horrible how they just invade your space anytime any place.",
                 "less:anger", "Poor how", "Weak how")


def test_what_session_32s_first_draws_and_earlier_audits_found_wrong(analyzer) -> None:
    """-04zzzzzzr (toward neutral; -03zzzzzq had rated the same wrong) and the list of
    earlier audits' wrong ones (-01k)."""
    best = best_of(analyzer, "Say it with me! S! A! T! I! R! E! What does that spell? "
                   "SATIRE!!!", "neutral")
    assert best is None or "R! E" not in best or "A. T" not in best, best
    # what happens is bad, not weak, past an adverb too
    assert lacks(analyzer, "yeah. it's like you know something real bad is gonna happen at "
                 "any time. that's why I never try to get my hopes up too much.",
                 "less:sadness", "weak", "poor")


def test_what_earlier_audits_found_wrong_and_session_32_found_left(analyzer) -> None:
    """From the list of earlier audits' wrong ones still given (-03zzzzzf, -04zzzg, -01e)."""
    # an oath used as a noun keeps its word: "Damn's are…" was "'s are…"
    assert not any(r.startswith("Plenty") and "actually. 's" in r for r in rewrites_of(
        analyzer, "Plenty of places to build more damns in the WCape actually. Damn's are not "
        "the way forward? What do you propose?", "positive"))
    # "every time" says when: the participle is an adjective, no "scaring"
    for text in ("terrifying every time.", "It was terrifying every time."):
        assert lacks(analyzer, text, "less:fear", "scaring"), text
        assert any("scary every time" in r for r in rewrites_of(analyzer, text, "less:fear"))
    # "in fear of", "for fear of" and "put the fear of … in" are set phrases
    for text in ("I was apprehensive to wear it out to a game in fear of staining it.",
                 "Seeing that knife on this subreddit put the fear of [NAME] in me"):
        assert lacks(analyzer, text, "less:fear", "worry", "concern"), text
    assert "I have a serious worry about getting sick." in rewrites_of(
        analyzer, "I have a serious fear of getting sick.", "less:fear")


def test_what_session_32s_third_draws_and_earlier_audits_found_wrong(analyzer) -> None:
    """-04zzzzzzzb (lowering the emotion) and the list of earlier audits' wrong ones (-01g)."""
    # names are no uneasy thing, a moment may be
    assert lacks(analyzer, "Minor league team names are often embarrassing...Biscuits, Rumble "
                 "Ponies, Sand Gnats.", "less:sadness", "uncomfortable")
    assert "That moment was uncomfortable." in rewrites_of(
        analyzer, "That moment was embarrassing.", "less:sadness")
    # one dislikes something: no "dislike" with nothing after it
    for text in ("You’ll have to hate alone today, [NAME].", "Haters gonna hate.",
                 "I hate when people do that."):
        assert lacks(analyzer, text, "less:anger", "dislike"), text
    assert "I dislike this show." in rewrites_of(analyzer, "I hate this show.", "less:anger")
    assert "That’s the chelsea board will all know and dislike." in rewrites_of(
        analyzer, "That’s the chelsea board will all know and hate.", "less:anger")
    # awful is no weak of a dark humour or of a dreadful thought (-04zzzzzzzc)
    for text in ("Given my grandpaernts survived the holocaust and told us "
                 "everything, we have a horrible yet interesting family humour.",
                 "Yeah i also like [NAME] now but that gives me a horrible idea. What if we "
                 "think the same about fortnite later"):
        assert lacks(analyzer, text, "positive", "weak", "poor"), text
    assert "That is a weak idea." in rewrites_of(analyzer, "That is a horrible idea.", "positive")


def test_what_session_32s_fourth_draws_and_earlier_audits_found_wrong(analyzer) -> None:
    """-04zzzzzzzi (lowering the emotion; -03t and -03w had rated the same wrong) and the
    list of earlier audits' wrong ones (-04a)."""
    # the one word left would say something else
    assert lacks(analyzer, "Such grace.", "less:joy", "Grace.")
    assert lacks(analyzer, "Nicely framed.", "less:joy", "Framed.")
    assert "Cute." in rewrites_of(analyzer, "So cute.", "less:joy")
    # "~" comes off a word: "~~Too bad…~~" keeps its fixed phrase
    assert lacks(analyzer, "~~Too bad it ruined the song~~", "neutral", "weak", "poor")
    # "so sorry" after a clause is "so, sorry": the "so" stays
    assert lacks(analyzer, "Yep. ~~(Also, I'm not interested in getting arrested so sorry.)~~",
                 "less:sadness", "arrested sorry")
    assert "I'm sorry for your loss." in rewrites_of(analyzer, "I'm so sorry for your loss.",
                                                      "less:sadness")


def test_what_session_32s_fifth_draws_found_wrong(analyzer) -> None:
    """-04zzzzzzzp (toward positive; earlier audits had rated both the same wrong)."""
    # no one-word sentence left waiting at the end
    assert "This!!!! Just." not in rewrites_of(analyzer, "This!!!! Just. THISSSS.", "positive")
    assert "That was great." in rewrites_of(analyzer, "That was great. Lol.", "less:joy")
    # to be quiet about a thing is to keep it secret
    assert lacks(analyzer, "He would say Shut up about the sun I don’t think he likes space.",
                 "positive", "quiet")
    assert "Be quiet and listen." in rewrites_of(analyzer, "Shut up and listen.", "less:anger")


def test_what_session_32s_sixth_draws_found_wrong(analyzer) -> None:
    """-04zzzzzzzw (toward neutral; an earlier audit had rated the same wrong)."""
    # "Thanks," before an emphatic "do" with no subject: "Do hv a therapist." commands
    assert lacks(analyzer, "Thanks, do hv a therapist. He doesn't think I am violnt.",
                 "neutral", "Do hv")
    assert "Do you have a link?" in rewrites_of(analyzer, "Thanks, do you have a link?",
                                                "neutral")


def test_session_32s_rules_keep_what_they_did_not_aim_at(analyzer) -> None:
    """Found by python -m bench.snapshot compare against session 31's behaviour: the first
    versions of the "dislike" and "so sorry" rules also refused these."""
    text = ("You don’t have to hate players just for being on a different team. I hate that "
            "[NAME] is an [NAME]. I don’t hate [NAME]")
    assert any("I dislike that [NAME]" in r for r in rewrites_of(analyzer, text, "less:anger"))
    assert "I dislike [NAME]." in rewrites_of(analyzer, "I hate [NAME].", "less:anger")
    assert any(r.endswith("Sorry for your loss ❤️") for r in rewrites_of(
        analyzer, "What a beautiful memory for you to have found. So sorry for your loss ❤️",
        "less:joy"))


def test_what_session_33s_third_draws_found_wrong(analyzer) -> None:
    """-04zzzzzzzzs (toward neutral): an oath with no space before it takes the one after."""
    text = "ranked is perfect and elo gap doesnt exist (fucking kill me)"
    rewrites = rewrites_of(analyzer, text, "neutral")
    assert "ranked is perfect and elo gap doesnt exist (kill me)" in rewrites
    assert not any("( " in r for r in rewrites)
    assert "A real bro move." in rewrites_of(analyzer, "A real bro move, damn.", "neutral")


def test_what_earlier_audits_found_wrong_and_session_33_found_left(analyzer) -> None:
    """The list of earlier audits' wrong ones (-04zzzv): the suggester reads "’s" as "'s"."""
    assert "Please tell me what all this meow is." in rewrites_of(
        analyzer, "What’s all this meow?", "less:surprise")
    # a word right after "called" is the name given (-03w)
    assert lacks(analyzer, "One of the 7 dwarfs is called happy", "less:joy", "pleased")
    assert "They called it silly." in rewrites_of(analyzer, "They called it stupid.", "less:anger")


def test_what_session_33s_seventh_draws_found_wrong(analyzer) -> None:
    """-04zzzzzzzzzi (toward positive; -03zzzzzh and -03zzzzzj rated "Drs hate him!" so)."""
    for text in ("Pedes hate him!", "Therapists hate this trick!"):
        assert lacks(analyzer, text, "positive", "dislike"), text
    assert "Fans dislike him." in rewrites_of(analyzer, "Fans hate him.", "positive")


def test_what_session_34s_thirteenth_draws_found_wrong(analyzer) -> None:
    """-04c and this session's draw (toward positive): the adjective goes before a compound
    that opens with what the tagger takes for a name ("ID"), and the gag is no uneasy one."""
    text = ("TIL that Transformers invented the embarrassing ID photo gag and nobody else "
            "thought to do it before.")
    assert lacks(analyzer, text, "positive", "uncomfortable")
    assert "That was an uncomfortable Reddit moment." in rewrites_of(
        analyzer, "That was an embarrassing Reddit moment.", "positive")


def test_news_is_unwelcome_not_poor(analyzer) -> None:
    # a draw of session 35: "This is terrible news." -> "This is poor news." (a poor report)
    for text in ("This is terrible news.", "The news is terrible."):
        assert not any("poor" in r for r in rewrites_of(analyzer, text, "less:anger")), text
    assert "This is bad news." in rewrites_of(analyzer, "This is terrible news.", "less:anger")
    # a thing may be of poor make
    assert "The product is poor." in rewrites_of(analyzer, "The product is terrible.", "positive")


def test_a_mock_wonder_is_no_request(analyzer) -> None:
    # session 36's pair of joined edits: with "Wow," dropped, "Wow, I wonder who's going on
    # about Tahiti in the background." became a request, where the writer knows who
    for text in ("Wow, I wonder who's going on about Tahiti in the background.",
                 "The headline writers are misrepresenting her words. Oh wow I wonder why",
                 "Gee, I wonder why he left."):
        assert lacks(analyzer, text, "less:surprise", "lease"), text
    assert "Hmm, please tell me why the build failed." in rewrites_of(
        analyzer, "Hmm, I wonder why the build failed.", "less:surprise")


def test_a_mishap_is_no_weak_one(analyzer) -> None:
    # a draw of session 35 (-04zzzzzzzzzzzzm): "it was a horrible accident" -> "a weak
    # accident"; an accident befalls, as a pain does
    text = "I would say they do because it was a horrible accident but they were wrong."
    rewrites = rewrites_of(analyzer, text, "positive")
    assert not any("weak accident" in r or "poor accident" in r for r in rewrites)
    assert text.replace("horrible", "bad") in rewrites


def test_a_fixed_expression_is_dropped_whole_or_kept_whole(analyzer, monkeypatch) -> None:
    # a phrase edit may take a whole expression away ("Out of curiosity," above), but one
    # that spans it and keeps only some of its words breaks it: with "feel so" held, "I
    # feel so bad for him." may not become "I feel for him."
    text, softer = "I feel so bad for him.", "I feel for him."
    assert softer in rewrites_of(analyzer, text, "less:sadness")
    lexicon = analyzer.suggester.lexicon
    monkeypatch.setattr(lexicon, "fixed", lexicon.fixed | {"feel so"})
    assert softer not in rewrites_of(analyzer, text, "less:sadness")


def test_cool_is_not_said_to_or_with_someone(analyzer) -> None:
    """To or with someone, "cool" is aloof or unbothered: "The nurses were wonderful to my mum"
    is no "cool to my mum", "amazing to me" no "cool to me" (the pair of session 42); with a
    thing it may still be good."""
    assert lacks(analyzer, "The nurses were wonderful to my mum.", "less:joy", "cool")
    assert lacks(analyzer, "How you don't give in to her every whim is amazing to me.",
                 "less:joy", "cool")
    assert lacks(analyzer, "He is amazing with kids.", "less:joy", "cool")
    assert lacks(analyzer, "She was fantastic with [NAME].", "less:joy", "cool")
    assert "The nurses were nice to my mum." in rewrites_of(
        analyzer, "The nurses were wonderful to my mum.", "less:joy")
    assert "They all look cool with no lag." in rewrites_of(
        analyzer, "They all look great with no lag.", "less:joy")


def test_what_the_third_draws_of_session_42_found_wrong(analyzer) -> None:
    """-05zzzu (toward neutral): a person enjoyed, a person's looks said as niceness with the
    "is" left out, and a "just" that means only."""
    assert lacks(analyzer, "Even [NAME] is annoying me and I love [NAME].", "neutral",
                 "enjoy [NAME]")
    assert "I like [NAME]" in rewrites_of(analyzer, "I love [NAME]", "neutral")  # a fan's
    assert "I enjoy this song." in rewrites_of(analyzer, "I love this song.", "neutral")
    assert lacks(analyzer, "[NAME] gorgeous, but just didn't charm me.", "neutral",
                 "[NAME] nice", "[NAME] lovely")
    assert lacks(analyzer, "So like, just today then?", "neutral", "Like, today")
    assert lacks(analyzer, "It happened just once!", "neutral", "happened once")
    assert "He left." in rewrites_of(analyzer, "He just left.", "neutral")


def test_what_the_fourth_draws_of_session_42_found_wrong(analyzer) -> None:
    """-05zzzz (toward neutral): a sight's beauty said as attractiveness (the laugh's comma
    is test_wording's)."""
    assert lacks(analyzer, "They're rare and kind of beautiful to see.", "neutral",
                 "attractive")
    assert "She is attractive." in rewrites_of(analyzer, "She is beautiful.", "neutral")


def test_bothered_never_keeps_a_with_it_does_not_take(analyzer) -> None:
    """Session 51 (read_38): "I'm so annoyed with myself for missing the early-bird
    deadline." had "I'm so bothered with myself…": "annoyed with" was too rare in the
    training texts to be judged, so the preposition stayed, and "bothered with" takes the
    trouble. One is bothered by someone, and not by oneself."""
    assert lacks(analyzer, "I'm so annoyed with myself for missing the early-bird deadline.",
                 "less:anger", "bothered with", "bothered by myself")
    assert "I was bothered by him for leaving early." in rewrites_of(
        analyzer, "I was annoyed with him for leaving early.", "less:anger")


def test_astounding_of_a_thing_or_a_quality_is_no_surprise(analyzer) -> None:
    """Session 51's draws (2026-12-06zz): "Your stupidity and your attempt to reframe the
    argument … is astounding LOL" had "…is unexpected LOL"; astounding said of a thing or
    a quality is its degree. Before a clause it may still be a surprise."""
    for text in ("Your stupidity and your attempt to reframe the argument is astounding LOL",
                 "The view is astonishing."):
        assert lacks(analyzer, text, "less:surprise", "unexpected", "surprising"), text
    assert any("unexpected how" in r for r in rewrites_of(
        analyzer, "It's astonishing how fast it grew.", "less:surprise"))


def test_a_breathtaking_sight_is_striking(analyzer) -> None:
    """Session 51 (read_35): "breathtaking" had no milder word; "striking" keeps the sight
    (joy 0.96 -> 0.25). A verb spaCy takes for an adjective keeps its word: "Just stunning
    my meats" is no "Just striking my meats"."""
    view = "The view from the cable car over the glacier was absolutely breathtaking."
    assert best_of(analyzer, view, "less:joy") == view.replace("absolutely breathtaking",
                                                               "striking")
    assert lacks(analyzer, "Just stunning my meats", "less:joy", "striking")
    # nor a word beside its own stem: "A stunning strike" is no "A striking strike"
    assert lacks(analyzer, "Goal! A stunning strike from thirty yards and the away end erupts.",
                 "less:joy", "striking strike")
    assert lacks(analyzer, "Sorry if this is a silly question, but what is low for a used car?",
                 "less:sadness", "questionable question")


def test_thrilled_with_what_turned_out_is_pleased_not_keen(analyzer) -> None:
    """Session 51 (read_35): "I'm thrilled with how the kitchen extension turned out." had
    "I'm keen on how…", an eagerness for what is done. Before "about", "for" or "to" the
    eager words stay: "thrilled about the trip" may be "excited about the trip"."""
    text = "I'm thrilled with how the kitchen extension turned out."
    assert lacks(analyzer, text, "less:joy", "keen", "interested", "excited")
    assert any("excited about" in r for r in rewrites_of(
        analyzer, "I'm thrilled about the trip to Lisbon next month.", "less:joy"))


def test_an_idiom_of_delight_keeps_its_words_and_fuming_cools_to_cross(analyzer) -> None:
    """Session 43 (read_19): "thrilled to bits" was "eager to bits"; "fuming" had no milder
    word. ("cross" as a milder word was tried: the model hardly reads it, so it took over
    from "bothered" and "upset" on 28 train/test texts, put "upset about" as "cross on", and
    "pissed in their hands" as "cross on their hands".)"""
    assert lacks(analyzer, "We were thrilled to bits when the vet called.", "less:joy",
                 "to bits")
    assert "We were thrilled when the vet called." not in rewrites_of(
        analyzer, "We were thrilled to bits when the vet called.", "less:joy")
    # one is beside oneself, or out of one's mind, with a feeling the idiom names: not
    # "beside ourselves with pleasure", "out of my mind with concern" (session 50)
    for text, feeling, target in (
            ("The adoption was approved, and we're beside ourselves with joy.", "joy", "less:joy"),
            ("He hasn't been home for three nights, and I'm out of my mind with worry.", "worry",
             "less:fear")):
        assert not any(feeling not in r and "with" in r
                       for r in rewrites_of(analyzer, text, target)), text
    fuming = "I was fuming when the cab driver took the long way round and asked for a tip."
    got = analyzer.suggest(fuming, 0, len(fuming), "less:anger")
    assert fuming.replace("fuming", "upset") in {s.sentence for s in got}
    assert not any("cross" in s.sentence for s in got)


def test_what_the_draws_of_session_43_found_wrong(analyzer) -> None:
    """-05zzzzz (toward neutral): a greeting's head word dropped, leaving a toast."""
    assert lacks(analyzer, '"Welcome to the ""new"" normal"', "neutral", "To the")
    assert lacks(analyzer, '"Congrats on the new job, you earned it"', "neutral", '"On the')


def test_a_sentence_that_only_thanks_may_go_whole(analyzer) -> None:
    """Session 44: a thank-you sentence beside another is rewritten with it, and may go, as
    a thank-you inside a sentence may; what is left is the sentence before it as it was, no
    fragment ("Good answer." has no verb, and needs none)."""
    text = "Thank you! I call on Monday to find out when I have court"
    assert best_of(analyzer, text, "less:joy") == "I call on Monday to find out when I have court"
    text = "Did you kill the shark yourself or was it premade? Thanks [NAME]!"
    assert best_of(analyzer, text, "less:joy") == (
        "Did you kill the shark yourself or was it premade?")
    assert "Good answer." in rewrites_of(
        analyzer, "Good answer. Thanks for taking the time.", "less:joy")
    # tried beside its neighbour as well as alone, not instead: the neighbour's own
    # rewrites are still verified on it alone (one unit with the thanks is less angry)
    text = "Thank you for the reply. I'm still furious that the parcel never arrived."
    assert best_of(analyzer, text, "less:anger") == (
        "I'm still upset that the parcel never arrived.")
    # a document's sentence-by-sentence suggestions drop it too
    text = "Did you kill the shark yourself or was it premade? Thanks [NAME]!"
    doc = analyzer.analyze(text, target="less:joy")
    assert [g.original for g in doc.sentences[1].suggestions] == [" Thanks [NAME]!"]
    assert doc.sentences[0].suggestions == []


def test_a_sentence_that_only_reacts_may_go_whole(analyzer) -> None:
    """Session 45: a sentence that only says what another was to the writer ("I hate it.",
    "That's awesome.") goes as a courtesy does, verified beside either neighbour, and the
    edit is offered once even where both verify it."""
    text = "My mom and I do the same exact thing. I hate it."
    assert best_of(analyzer, text, "less:anger") == "My mom and I do the same exact thing."
    text = ("The way colt talks in that weird calm voice is like a psychopath. I hate it. "
            "It's so condescending and creepy.")
    got = analyzer.suggest(text, 0, len(text), "less:anger")
    assert got[0].original == " I hate it." and got[0].replacement == ""
    assert got[0].sentence == "The way colt talks in that weird calm voice is like a psychopath."
    assert len({(g.start, g.end, g.replacement) for g in got}) == len(got)
    # verified beside each neighbour, it goes with the space before it or the one after it:
    # the same text left, offered once
    text = ("The way colt talks in that weird calm voice is like a psychopath. I hate it. "
            "It is so condescending and creepy.")
    doc = analyzer.analyze(text, target="less:anger")
    assert [g.replacement for g in doc.sentences[1].suggestions] == [""]
    text = "That's awesome. I never realized it was attributed to [NAME], though."
    assert best_of(analyzer, text, "less:joy") == (
        "I never realized it was attributed to [NAME], though.")
    doc = analyzer.analyze(text, target="less:joy")
    assert [g.original for g in doc.sentences[0].suggestions][:1] == ["That's awesome. "]


def test_an_apology_for_a_small_fault_may_go(analyzer) -> None:
    """Session 46: a sentence that only owns a small fault ("My bad.", "Sorry for the long
    post.") goes as a courtesy does, verified beside its neighbour, and so does one after a
    comma; a sympathy stays."""
    text = "I meant one sided comment. My bad"
    assert best_of(analyzer, text, "less:sadness") == "I meant one sided comment."
    doc = analyzer.analyze(text, target="less:sadness")
    assert [g.original for g in doc.sentences[1].suggestions][:1] == [" My bad"]
    text = "Sorry for the long post. The build fails on every second run and nobody knows why."
    assert best_of(analyzer, text, "less:sadness") == (
        "The build fails on every second run and nobody knows why.")
    assert best_of(analyzer, "Fixed the typo, my bad.", "less:sadness") == "Fixed the typo."
    assert "He was a good man." not in rewrites_of(
        analyzer, "I'm sorry for your loss. He was a good man.", "less:sadness")


def test_a_feeling_framed_after_and_or_but_may_go(analyzer) -> None:
    """Session 46: "…, and I'm disappointed they did not tell us" frames a statement as the
    same feeling opening a sentence does."""
    text = "The vendor moved the deadline again, and I'm disappointed they did not tell us sooner."
    assert best_of(analyzer, text, "less:sadness") == (
        "The vendor moved the deadline again, and they did not tell us sooner.")
    text = "The migration took all weekend, but I'm glad it finished before Monday."
    assert best_of(analyzer, text, "less:joy") == (
        "The migration took all weekend, but it finished before Monday.")


def test_a_wish_is_said_as_if_only(analyzer) -> None:
    """Session 46: "I wish X" -> "If only X" (joy 0.96 -> 0.14 here)."""
    assert best_of(analyzer, "I wish the build was faster.", "less:joy") == (
        "If only the build was faster.")


def test_what_the_draws_of_session_46_found_wrong(analyzer) -> None:
    """-05zzzzzzzzi, j (toward neutral and less): a clause after a sentence's end dropped
    with the end mark carried as a capital ("…no call. And I absolutely love it." -> "…no
    call.."). -05zzzzzzzzl (the pair of the fix): a subjectless "Love" before "how" or "the
    way" made "Like", which reads as "similar to" ("Love how he stops" -> "Like how he
    stops")."""
    text = "I completely agree they got it wrong on that call. And I absolutely love it."
    got = rewrites_of(analyzer, text, "less:joy")
    assert "I completely agree they got it wrong on that call." in got
    assert not any(".." in r for r in got)
    assert lacks(analyzer, "Love how he stops and embraces the pole.", "less:joy", "Like how")
    assert lacks(analyzer, "Love the way his body just folds.", "less:joy", "Like the way")
    assert "Like the bong!" in rewrites_of(analyzer, "Love the bong!", "less:joy")
    assert "Like that lane." in rewrites_of(analyzer, "Love that lane.", "less:joy")


def test_a_reprimand_or_an_exasperated_just_is_no_request(analyzer) -> None:
    """-05zzzzzzzzo (toward less): "What do you have to say for yourself?" and "Can [NAME]
    just shut up and appreciate her dog?" ask nothing a request would; a plain question
    still becomes one."""
    assert lacks(analyzer, "What do you have to say for yourself?", "less:anger", "Please")
    assert lacks(analyzer, "Can [NAME] just shut up and appreciate her dog?", "less:anger",
                 "Please")
    assert lacks(analyzer, "Why don't you just tell us?", "less:anger", "Please")
    assert "Please tell me what you have to say about the budget." in rewrites_of(
        analyzer, "What do you have to say about the budget?", "less:anger")
    assert "Please send me the report." in rewrites_of(
        analyzer, "Can you send me the report?", "less:anger")


def test_what_the_draws_of_session_45_found_wrong(analyzer) -> None:
    """-05zzzzzzzo (toward positive): one of the legal pair "arbitrary and capricious"
    dropped; a pair that is no set phrase may still lose one. -05zzzzzzzp (toward
    neutral): a well-wisher's "good feeelings sent your way" -> "fine feeelings"."""
    text = "Probably won't happen, but good feeelings sent your way."
    assert lacks(analyzer, text, "neutral", "fine feeelings", "fine feelings")
    assert lacks(analyzer, "Sending hugs and good vibes", "less:joy", "fine vibes")
    text = "This seems to just be arbitrary and capricious."
    assert lacks(analyzer, text, "positive", "be capricious", "be arbitrary.")
    assert "By that logic its insincere for google to act like they care." in rewrites_of(
        analyzer, "By that logic its seedy and insincere for google to act like they care.",
        "positive")


def test_what_the_draws_of_session_44_found_wrong(analyzer) -> None:
    """-05zzzzzu (toward less): one of a pair of opposites a slash joins replaced ("I
    hate/love it" -> "I hate/like it"); -05zzzzzv (toward positive): one of two charges a
    stressed "AND" joins dropped ("Homophobic AND racist." -> "Homophobic.")."""
    text = "Lore wise, this makes sense and I hate/love it with the same energy"
    assert lacks(analyzer, text, "less:joy", "hate/like")
    assert "This is dumb/silly." in rewrites_of(analyzer, "This is dumb/stupid.", "less:anger")
    assert "Homophobic. Yikes." not in rewrites_of(analyzer, "Homophobic AND racist. Yikes.",
                                                   "positive")
    assert "Homophobic. Yikes." in rewrites_of(analyzer, "Homophobic and racist. Yikes.",
                                               "positive")


def test_see_is_understanding_of_a_clause_or_a_point(analyzer) -> None:
    """-05zzzzzzzzi (toward neutral): "I definitely understand that feel" -> "I see that
    feel". "See" understands a clause, nothing, a pronoun or a point grasped; not a feeling,
    a life, jokes or a thing known again (session 47's scan of the train texts)."""
    text = "No, I definitely understand that feel and empathize."
    assert lacks(analyzer, text, "neutral", "see that feel")
    assert lacks(analyzer, "I have trouble understanding these emotions.", "neutral",
                 "seeing these")
    assert lacks(analyzer, "When you get older you finally understand life.", "neutral",
                 "see life")
    assert lacks(analyzer, "I recognize this YouTube channel.", "neutral", "see this")
    for kept in ("It took me way too long to realize that was a claw.",
                 "I understand why he's confused.", "I guess I understand.",
                 "I never will understand the reasoning behind it."):
        assert any(" see" in r for r in rewrites_of(analyzer, kept, "neutral")), kept


def test_a_funny_that_says_odd_is_put_as_odd(analyzer) -> None:
    """A "funny" that says odd, not amusing, is "odd" (session 47; pool 7004's joy misses):
    the lexicon's "amusing" keeps the joy. Not a laugh given, nor "not funny enough"."""
    for text, odd in [
            ("Funny how reddit works", "Odd how reddit works"),
            ("Funny, coming from the tool circle jerk reddit.", "Odd, coming from"),
            ("It's funny how BMI doesn't measure those things.", "It's odd how BMI"),
            ("The funny thing is he would be up for it.", "The odd thing is"),
            ("Funny enough, not all of them are celebrities.", "Oddly enough, not all")]:
        assert any(r.startswith(odd) for r in rewrites_of(analyzer, text, "less:joy")), text
    assert best_of(analyzer, "Funny how reddit works", "less:joy") == "Odd how reddit works"
    for text in ("Funny, but why do I care what his name is?", "I found this so funny.",
                 "That was not funny enough for that crowd."):
        assert lacks(analyzer, text, "less:joy", "odd", "Odd"), text


def test_a_longing_for_a_thing_is_said_as_a_memory(analyzer) -> None:
    """"I miss X" for a thing, a time or a doing is "I remember X" (session 47), as "I miss
    the days when…" was; not for a person, a pet or a name, nor what one fails to catch."""
    for text, kept in [("I miss that style of cartoon.", "I remember that style of cartoon."),
                       ("Yes I really miss his streams.", "Yes I remember his streams."),
                       ("I still miss the old forum.", "I still remember the old forum."),
                       ("I miss being a kid.", "I remember being a kid.")]:
        assert kept in rewrites_of(analyzer, text, "less:sadness"), text
    assert best_of(analyzer, "I miss their 100 Octane petrol...", "less:sadness") == (
        "I remember their 100 Octane petrol...")
    for text in ("I miss you so much.", "I miss my dad.", "I miss [NAME].", "I miss that guy.",
                 "I miss JV.", "It takes me longer to get home if I miss an exit.",
                 "How did I miss that", "I miss lectures for this exact reason.",
                 "Don't you miss the old forum?", "I miss this show so much."):
        assert lacks(analyzer, text, "less:sadness", "remember"), text


def test_a_hopefully_is_put_as_luck_as_a_hope_is(analyzer) -> None:
    """"Hopefully X" is "With any luck X", as "I hope X" is, with the same limits (<HOPED>):
    not a wish for the reader, nor for someone's health or peace (session 47)."""
    assert "With any luck they fix the servers soon." in rewrites_of(
        analyzer, "Hopefully they fix the servers soon.", "less:joy")
    assert best_of(analyzer, "The weapon wasn't made until 1918 so hopefully this will never "
                   "be real", "less:joy") == ("The weapon wasn't made until 1918 so with any "
                                              "luck this will never be real")
    for text in ("Hopefully you feel better soon.", "Hopefully she's okay.",
                 "Hopefully, not."):
        assert lacks(analyzer, text, "less:joy", "luck"), text


def test_an_excitement_for_what_is_to_come_is_waiting_for_it(analyzer) -> None:
    """"I'm so excited for X" is "I'm waiting for X" (session 47); not for a person, nor
    "excited to", where waiting would change the deed."""
    assert best_of(analyzer, "I'm so excited for this game!!", "less:joy") == (
        "I'm waiting for this game!!")
    assert "Waiting for the mauve album" in rewrites_of(
        analyzer, "So excited for the mauve album", "less:joy")
    for text in ("I'm so excited for you!", "I'm excited for them.", "I'm excited to move on.",
                 "I'm not excited for the primaries.", "Are you excited for the game?"):
        assert lacks(analyzer, text, "less:joy", "waiting"), text


def test_what_the_draws_of_session_47_found_wrong(analyzer) -> None:
    """-05zzzzzzzzzc (toward less): one of two opposites "and" joins replaced ("I love and
    hate them" -> "I like and hate them"), as a slash's were; "enjoying watching" ->
    "appreciating watching"; a retort made a request ("Who mentioned anything political
    besides you?")."""
    text = "I love and hate them at the same time."
    assert lacks(analyzer, text, "less:joy", "like and hate", "enjoy and hate")
    assert "I like cats and hate dogs." in rewrites_of(analyzer, "I love cats and hate dogs.",
                                                       "less:joy")
    text = "In other times, I'd be enjoying watching the lawyers argue."
    assert lacks(analyzer, text, "less:joy", "appreciating watching", "liking watching")
    assert "I like watching the lawyers argue." in rewrites_of(
        analyzer, "I enjoy watching the lawyers argue.", "less:joy")
    assert lacks(analyzer, "Who mentioned anything political besides you?", "less:surprise",
                 "Please")
    assert "Please tell me who else was there besides you." in rewrites_of(
        analyzer, "Who else was there besides you?", "less:surprise")


def test_a_feeling_framed_around_news_heard_goes_without_that_too(analyzer) -> None:
    """"Glad to hear the outage is resolved." -> "The outage is resolved.", as with "that"
    (session 47): "to hear", "to read", "to learn", "to know" before a clause with its verb,
    "to see" before one with an auxiliary; not "Glad to see you guys here!", nor "see it
    resolved", where a participle follows an object."""
    assert best_of(analyzer, "Glad to hear the outage is resolved.", "less:joy") == (
        "The outage is resolved.")
    assert "The build is green again." in rewrites_of(
        analyzer, "So glad to see the build is green again.", "less:joy")
    for text in ("Glad to see you guys here!", "Glad to see it resolved by someone.",
                 "Glad to hear it.", "Glad to hear about the accident that happened."):
        assert not any(r[:1].isupper() and not r.startswith("Glad") and not r.startswith(
            "Pleased") for r in rewrites_of(analyzer, text, "less:joy")), text


def test_a_weariness_of_doing_is_said_as_doing_it_still(analyzer) -> None:
    """"I'm so tired of chasing people for status updates" -> "I keep chasing people for
    status updates" (session 47); only "I" or "we" before a doing, not "tired of this"."""
    assert best_of(analyzer, "I'm so tired of chasing people for status updates.",
                   "less:anger") == "I keep chasing people for status updates."
    assert "We keep waiting for the vendor." in rewrites_of(
        analyzer, "We're fed up with waiting for the vendor.", "less:anger")
    for text in ("I'm tired of this.", "He's tired of losing.", "Are you tired of waiting?",
                 # keeping on trying is perseverance (session 48's draw 2026-12-06d)
                 "I'm sick of trying to be good enough."):
        assert lacks(analyzer, text, "less:anger", "keep"), text


def test_a_gladness_to_announce_is_said_as_the_announcing(analyzer) -> None:
    """"Excited to share our new roadmap!" -> "Sharing our new roadmap!" (session 47); with
    its subject kept, as no sentence may become a headline's fragment (read_78); not before a
    clause, nor "happy to" or "glad to", which are often a willingness."""
    assert best_of(analyzer, "Excited to share our new roadmap!", "less:joy") == (
        "Sharing our new roadmap!")
    assert "We're announcing our new partnership with Acme." in rewrites_of(
        analyzer, "We're excited to announce our new partnership with Acme.", "less:joy")
    for text in ("We're delighted to welcome Ms Okafor to the partnership this spring.",
                 "I'm absolutely delighted to welcome Priya to the finance team."):
        assert lacks(analyzer, text, "less:joy", "Welcoming"), text
    for text in ("Excited to announce we're hiring.", "Happy to share my notes if anyone "
                 "wants them.", "Glad to share knowledge and you're welcome."):
        assert lacks(analyzer, text, "less:joy", "Announcing", "Sharing"), text


def test_a_lament_of_what_is_up_is_no_request(analyzer) -> None:
    """-05zzzzzzzzzo (toward less): "Whats up with the human race turning into invertebrates
    anyways?" -> "Please tell me whats up with…", as "What's with…?" was not."""
    text = "Whats up with the human race turning into invertebrates anyways?"
    assert lacks(analyzer, text, "less:surprise", "Please")
    assert "Please tell me whether the meeting is still on." in rewrites_of(
        analyzer, "Is the meeting still on?", "less:surprise")


def test_a_closing_courtesy_goes_only_where_a_clause_is_left(analyzer) -> None:
    """"…in an hour or two, good luck friend!" -> "…in an hour or two." (session 48); not
    where no verb is before it: "Yankees, Nets, and Giants, all the best!" is no "Yankees,
    Nets, and Giants."."""
    assert best_of(analyzer, "I'll send the draft on Monday, take care.", "less:joy") == (
        "I'll send the draft on Monday.")
    assert "The patch is in the release branch now." in rewrites_of(
        analyzer, "The patch is in the release branch now, cheers!", "less:joy")
    for text in ("Yankees, Nets, and Giants, all the best!", "No worries, good luck!"):
        assert not any(r.rstrip(".!") in ("Yankees, Nets, and Giants", "No worries")
                       for r in rewrites_of(analyzer, text, "less:joy")), text
    # nor where it is the main clause of the one before (session 48's edits of each sentence)
    assert "If you want to live the dream." not in rewrites_of(
        analyzer, "If you want to live the dream, good luck!", "less:joy")


def test_a_word_named_after_an_article_is_no_intensifier(analyzer) -> None:
    """Noticed in session 47: "understand a sooooo is sarcasm" -> "understand an is sarcasm",
    the stretched "so" read as an intensifier and dropped (session 48). Before what it
    intensifies it still goes: "a really good idea" -> "a good idea"."""
    assert not any(" is sarcasm" in r and "so" not in r for r in rewrites_of(
        analyzer, "I understand a sooooo is sarcasm", "neutral"))
    assert "That was a good idea." in rewrites_of(
        analyzer, "That was a really good idea.", "neutral")


def test_what_the_draws_of_session_50_found_wrong(analyzer) -> None:
    """-06zc (lowering the emotion): "why do I care" asked as a request, which
    test_rephrase holds; -06zb (toward neutral): a thanks after "but" dropped, though it is
    the point the concession comes to."""
    text = "Don’t know why I didn’t think of that..but hey thanks, hero!"
    assert not any("hey, hero" in r or "hey hero" in r
                   for r in rewrites_of(analyzer, text, "neutral")), text
    assert not any(r.endswith("but anyway.") for r in rewrites_of(
        analyzer, "Still don't get my point, but thanks anyway.", "neutral"))


def test_a_milder_noun_takes_the_place_of_its_degree(analyzer) -> None:
    """Session 52's read_39: a milder noun takes the place of the degree adjective before it,
    as a milder adjective takes a maximizer's ("an absolute nightmare" was "an absolute
    problem"); a mass noun at its degree has no milder one ("sheer terror" was "sheer
    concern")."""
    delay = "The delay has been an absolute nightmare for our small suppliers."
    assert lacks(analyzer, delay, "less:fear", "absolute problem", "absolute mess")
    assert "The delay has been a problem for our small suppliers." in rewrites_of(
        analyzer, delay, "less:fear")
    assert lacks(analyzer, "I don't drink at all specifically because the next day is sheer "
                 "terror.", "less:fear", "sheer concern", "is concern")
    season = "That was the complete disaster of the season."  # after "the" it goes too
    assert lacks(analyzer, season, "less:sadness", "complete problem")
    assert "That was the problem of the season." in rewrites_of(analyzer, season, "less:sadness")


def test_feelings_said_in_idioms_of_the_body(analyzer) -> None:
    """Session 52's read_39. A fright out of one's wits keeps its words, and when it is what
    something did to one it is being rattled ("scared out of my wits" was "concerned out of
    my wits"); a heart that sank when something happened goes before what happened; a
    sickness to one's stomach at what one reads is being troubled."""
    skid = "I was scared out of my wits when the car skidded on the black ice."
    milder = ("concerned out", "worried out", "uneasy out", "anxious out", "nervous out")
    assert lacks(analyzer, skid, "less:fear", *milder)
    assert best_of(analyzer, skid, "less:fear") == skid.replace("scared out of my wits",
                                                                "rattled")
    assert lacks(analyzer, "I'm scared out of my mind about the exam.", "less:fear",
                 "rattled", *milder)  # no "rattled about the exam": nothing happened
    # a laugh one nearly wet oneself with is no chuckle (session 57, held_out_27)
    assert lacks(analyzer, "A sheepdog rounded up our picnic party and I nearly wet myself "
                 "laughing.", "less:joy", "chuckling", "giggling", "smiling")
    flat = "My heart sank when the estate agent told us the flat had already gone to another buyer."
    assert best_of(analyzer, flat, "less:sadness") == (
        "The estate agent told us the flat had already gone to another buyer.")
    report = "I felt sick to my stomach reading the inspection report on the care home."
    assert best_of(analyzer, report, "less:sadness") == report.replace(
        "sick to my stomach", "troubled")
    assert lacks(analyzer, "The oysters made me sick to my stomach.", "less:sadness",
                 "troubled")


def test_what_read_40_found(analyzer) -> None:
    """Session 52's read_40: being speechless that something happened is a feeling frame
    like being shocked that it did; a group's feeling about what happened goes before it,
    as one's own does; being in shock when something happened is being caught off guard;
    a pleasant surprise at how something went is being struck by it."""
    gate = "Honestly, I'm speechless that the contractor left the site without locking the gate."
    assert best_of(analyzer, gate, "less:surprise") == (
        "Honestly, the contractor left the site without locking the gate.")
    trough = "The allotment society is delighted that the water trough has finally been repaired."
    assert best_of(analyzer, trough, "less:joy") == (
        "The water trough has finally been repaired.")
    assert lacks(analyzer, "The team is happy to help with the move.", "less:joy",
                 "Help with the move")  # a willingness, no frame
    merger = "The whole office was in shock when the merger was announced at the all-hands."
    assert best_of(analyzer, merger, "less:surprise") == merger.replace("in shock",
                                                                        "caught off guard")
    turnout = "We were pleasantly surprised by how many people turned up to the consultation."
    assert "We were struck by how many people turned up to the consultation." in rewrites_of(
        analyzer, turnout, "less:surprise")


def test_what_read_41_found(analyzer) -> None:
    """Session 52's read_41, feelings shown in what people did: a door or a laptop slammed
    shut is closed, unless how hard it was slammed follows ("closed the door so hard the
    picture frames rattled" says it was slammed); a call made in floods of tears is a call,
    but not where the tears are what one was in or was left in."""
    laptop = "She slammed the laptop shut and walked out of the budget meeting without a word."
    assert best_of(analyzer, laptop, "less:anger") == (
        "She closed the laptop and walked out of the budget meeting without a word.")
    assert lacks(analyzer, "He slammed the door so hard the picture frames rattled.",
                 "less:anger", "closed")
    assert best_of(analyzer, "I rang my sister in floods of tears after the vet called.",
                   "less:sadness") == "I rang my sister after the vet called."
    for text in ("She was in floods of tears after the vet called.",
                 "The film left me in floods of tears."):
        assert all("floods of tears" in r for r in rewrites_of(analyzer, text, "less:sadness"))


def test_what_read_46_found(analyzer) -> None:
    """Session 53's read_46, diary entries: a phone slammed down is no phone closed, and the
    "so" of a result clause stays however far its "that" is ("I'm lonely since Dan moved
    to Leeds that I've started…" is no sentence); a "that" a verb of saying takes, or one
    that points, is no such clause."""
    assert lacks(analyzer, "He slammed the phone down on me.", "less:anger", "closed")
    assert lacks(analyzer, "She slammed the laptop on the desk and left.", "less:anger",
                 "closed")
    assert best_of(analyzer, "He slammed the door on his way out.", "less:anger") == (
        "He closed the door on his way out.")
    lonely = "I'm so lonely since Dan moved to Leeds that I've started talking to the cat."
    assert all("so lonely" in r for r in rewrites_of(analyzer, lonely, "less:sadness"))
    assert "You win , I’m wrong to think that anyone would take advantage" not in (
        rewrites_of(analyzer, "You win , I’m so wrong to think that anyone would take "
                    "advantage", "less:anger"))  # as before: "that" within three words
    assert "You'll bleed and be in pain twice that day." in rewrites_of(
        analyzer, "So you'll bleed and be in pain twice that day.", "less:fear")
    # nor past a full stop to the next sentence's "so … that" (a first draft's slip)
    assert best_of(analyzer, "That's so horrible. I am so sorry that you had to endure that "
                   "abuse.", "neutral") == (
        "That's horrible. I am so sorry that you had to endure that abuse.")


def test_what_read_47_found(analyzer) -> None:
    """Session 53's read_47, code reviews and incidents: an infinitive after a feeling is
    what one dreads ("scared to ask" -> "concerned about asking"), but not what a thing is
    to watch ("terrifying to watch" had been "concerning about watching") nor what one
    found out that caused the feeling ("Horrified to see X" had been "Concerned about
    seeing X"); a finding out one dreads still is."""
    outage = "The outage was terrifying to watch from the status page as the errors climbed."
    rewrites = rewrites_of(analyzer, outage, "less:fear")
    assert not any("about watching" in r for r in rewrites), rewrites
    assert outage.replace("terrifying", "worrying") in rewrites
    assert lacks(analyzer, "Horrified to see a production password pasted into the team chat.",
                 "less:fear", "about seeing")
    assert lacks(analyzer, "Made me so angry to read that, I almost downvoted your comment.",
                 "less:anger", "about reading")
    assert "I'm actually concerned about finding out what kind of thing you could get." in (
        rewrites_of(analyzer, "I'm actually scared to find out what kind of thing you could "
                    "get.", "less:fear"))


def test_what_a_thing_is_to_do_takes_a_noun_that_says_so(analyzer) -> None:
    """A wrong suggestion held_out_15 showed at its count (session 53): "a nightmare to run"
    had "a problem to run", which says nothing; "a joy to review" may be "a pleasure to
    review"."""
    suite = "The test suite is a nightmare to run locally without the right secrets."
    assert lacks(analyzer, suite, "less:fear", "problem to run", "mess to run")
    assert "This pull request is a pleasure to review." in rewrites_of(
        analyzer, "This pull request is a joy to review.", "less:joy")


def test_what_read_48_found(analyzer) -> None:
    """Session 53's read_48, health and care: a doing a sentence opens with is a thing, and
    a thing is not unhappy ("Waiting eleven hours in A&E… was absolutely miserable" had
    "…was unhappy"); a person still may be."""
    wait = "Waiting eleven hours in A&E with a broken wrist was absolutely miserable."
    assert lacks(analyzer, wait, "less:sadness", "unhappy", "disappointed")
    assert "I was unhappy after the breakup." in rewrites_of(
        analyzer, "I was miserable after the breakup.", "less:sadness")


def test_what_read_49_found(analyzer) -> None:
    """Session 53's read_49, school and parents: a delight at what one read is no wish to
    read it ("I was thrilled to read Amir's report" had "I was eager to read…"); a looking
    forward may still be one ("I'm so excited to see the film" -> "keen to see")."""
    report = "I was thrilled to read Amir's report, his reading has come on leaps and bounds."
    assert lacks(analyzer, report, "less:joy", "eager to", "keen to", "interested to")
    assert "I'm so keen to see the new film next week." in rewrites_of(
        analyzer, "I'm so excited to see the new film next week.", "less:joy")
    assert "As a kid, I was way more interested to see the truck." in rewrites_of(
        analyzer, "As a kid, I was way more excited to see the truck.", "less:joy")


def test_a_finding_of_ones_own_is_a_frame(analyzer) -> None:
    """The first sample's no-edit misses (session 52): "I find it ADJ that X" frames X as the
    "It's ADJ that X" frame does, and "unfortunate" is such a verdict."""
    insult = "I find it unfortunate that you use gender-non-conformance as an insult."
    assert best_of(analyzer, insult, "less:sadness") == (
        "You use gender-non-conformance as an insult.")
    assert "The venue moved the gig to Sunday." in rewrites_of(
        analyzer, "It's unfortunate that the venue moved the gig to Sunday.", "less:sadness")
    assert lacks(analyzer, "I find it hard to believe.", "less:surprise", "To believe")


def test_what_session_57s_sets_found_wrong(analyzer) -> None:
    """read_83, read_84 and read_88: a swear offered as a milder word, a bother for an outrage
    at an excess, and a sad mood, sight or occasion made an unlucky one."""
    text = "The visa office lost my passport photos and I'm fuming."
    got = analyzer.suggest(text, 0, len(text), "less:sadness", SuggestOptions(top=10))
    assert got and not any("pissed" in s.sentence for s in got)
    for text in ("I'm livid about the parking fine.", "I'm fuming."):
        assert lacks(analyzer, text, "neutral", "pissed"), text
    assert lacks(analyzer, "It's outrageous what the supermarkets pay for milk.", "less:anger",
                 "bothersome", "irritating", "annoying", "frustrating")
    for text in ("It was a sad sight.", "The silence was sad.",
                 # nor is an occasion lived through (read_88)
                 "The funeral was sad but full of laughter too."):
        assert lacks(analyzer, text, "less:sadness", "unfortunate"), text
    # "worrying" is a tier above "concerning", a tier-mate of "unsettling" (read_88)
    assert "The damp in the vestry is really concerning." in rewrites_of(
        analyzer, "The damp in the vestry is really worrying.", "less:fear")
    assert lacks(analyzer, "Never noticed how unsettling palpatine looked", "less:fear",
                 "concerning")


def test_what_held_out_13_found_wrong(analyzer) -> None:
    """Session 52's held_out_13, after its count: a feeling's measure is no clause the frame
    stood before ("We are grateful beyond words for…" left "Beyond words for…"), and a sadness
    to see a clause is no hardness to see it ("hard to see the swifts haven't come back" is
    hard to make out); a sadness to see a thing happen still is."""
    snow = "We are grateful beyond words for the neighbours who cleared our drive after the snow."
    assert lacks(analyzer, snow, "less:joy", "Beyond words")
    for text in ("It's really sad to see the swifts haven't come back to the church tower.",
                 "It's sad to see how the town has changed."):
        assert lacks(analyzer, text, "less:sadness", "hard to see"), text
    assert "It was hard to watch the shop close." in rewrites_of(
        analyzer, "It was heartbreaking to watch the shop close.", "less:sadness")
    assert "It is hard to see our best engineers leave." in rewrites_of(
        analyzer, "It hurts to see our best engineers leave.", "less:sadness")


def test_a_thing_sad_to_watch_is_hard_to_watch(analyzer) -> None:
    """A scene, a letter or a place whose sadness is in watching, reading or leaving it is
    hard to watch, read or leave, as "It was heartbreaking to watch" is (session 57,
    read_79); a person who is sad to leave is sad, not hard to leave."""
    assert "The final scene in the hospital was hard to watch." in rewrites_of(
        analyzer, "The final scene in the hospital was heartbreaking to watch.", "less:sadness")
    assert "Her last letter was hard to read." in rewrites_of(
        analyzer, "Her last letter was devastating to read.", "less:sadness")
    assert lacks(analyzer, "She was so sad to leave the team.", "less:sadness", "hard")
    # and a sadness when something happens is a hardness (read_80, held_out_18, read_61)
    assert "It's hard when a child comes to school hungry." in rewrites_of(
        analyzer, "It's heartbreaking when a child comes to school hungry.", "less:sadness")
    assert "It's so hard when friends cancel plans at the last minute." in rewrites_of(
        analyzer, "It's so upsetting when friends cancel plans at the last minute.",
        "less:sadness")


def test_a_feeling_at_what_one_is_doing_is_said_as_the_doing(analyzer) -> None:
    # as _deed_felt says a feeling at what one did as the deed (session 57, read_81)
    assert "I'm leaving the team that trained me." in rewrites_of(
        analyzer, "I'm sad to be leaving the team that trained me.", "less:sadness")
    assert "We're working with Acme on the new app." in rewrites_of(
        analyzer, "We're thrilled to be working with Acme on the new app.", "less:joy")
    # not an apology, which would be left a rudeness, nor "something"
    assert lacks(analyzer, "I'm sorry to be bothering you again.", "less:sadness",
                 "I'm bothering")
    assert lacks(analyzer, "I'm proud to be something of a pioneer.", "less:joy",
                 "I'm something")


def test_what_read_42_found(analyzer) -> None:
    """Session 52's read_42, feelings in idioms of praise and of blows: a joy to work with is
    easy to work with, as a nightmare to follow is hard to follow; a slap in the face that
    something is or feels like is a snub, a kick in the teeth a blow, a tragedy for someone a
    blow for them."""
    docs = "The documentation is a joy to work with, clear and full of examples."
    assert best_of(analyzer, docs, "less:joy") == docs.replace("a joy", "easy")
    assert lacks(analyzer, "The kids' nativity was a joy to watch.", "less:joy", "easy")
    # and so is a pleasure, a delight or a dream to use (session 57, read_85)
    laptop = "The new laptop is fast, light and a pleasure to use."
    assert laptop.replace("a pleasure", "easy") in rewrites_of(analyzer, laptop, "less:joy")
    invite = ("Being left off the invitation list felt like a slap in the face after ten years "
              "on the committee.")
    assert best_of(analyzer, invite, "less:anger") == invite.replace("a slap in the face",
                                                                     "a snub")
    assert lacks(analyzer, "He got a slap in the face from his wife.", "less:anger", "snub")
    policy = "The new holiday policy is a kick in the teeth for anyone with children at school."
    assert policy.replace("a kick in the teeth", "a blow") in rewrites_of(
        analyzer, policy, "less:anger")
    ward = "The closing of the maternity ward is a tragedy for this town."
    assert best_of(analyzer, ward, "less:sadness") == ward.replace("a tragedy", "a blow")


def test_what_read_43_found(analyzer) -> None:
    """Session 52's read_43, customer and team messages: being gutted for someone is feeling
    for them, as feeling so bad for someone is."""
    shootout = "I'm absolutely gutted for the players after that penalty shoot-out."
    assert best_of(analyzer, shootout, "less:sadness") == (
        "I feel for the players after that penalty shoot-out.")
    assert lacks(analyzer, "I'm gutted for missing the final.", "less:sadness", "feel for")
    # a milder word takes "beyond"'s place, as a maximizer's: "I'm beyond bothered by"
    meetings = "I'm beyond frustrated with the number of meetings that could have been emails."
    assert lacks(analyzer, meetings, "less:anger", "beyond bothered")
    assert "I'm bothered by the number of meetings that could have been emails." in rewrites_of(
        analyzer, meetings, "less:anger")
    # so do those past bearing or belief: not "unbearably unfortunate" (session 56,
    # held_out_25, after its count), "unbelievably bothersome"
    packing = "Packing up Dad's books after the house sale was unbearably sad."
    assert lacks(analyzer, packing, "less:sadness", "unbearably unfortunate")
    assert "The delay was bothersome." in rewrites_of(
        analyzer, "The delay was unbelievably frustrating.", "less:anger")


def test_what_read_44_found(analyzer) -> None:
    """Session 52's read_44, reviews: where a thing looks so keeps its preposition ("looks
    gorgeous on the counter" had "looks nice of the counter" and "lovely in the counter"),
    and shocking service or value is appalling, no surprise ("Shocking value for money" had
    "Unexpected value for money"); a shocking discovery may still be unexpected."""
    kettle = ("Absolutely love this kettle, it boils in under a minute and looks gorgeous on "
              "the counter.")
    rewrites = rewrites_of(analyzer, kettle, "less:joy")
    assert not any("of the counter" in r or "in the counter" in r for r in rewrites)
    assert kettle.replace("gorgeous", "nice") in rewrites
    assert lacks(analyzer, "Shocking value for money, the portions were tiny and the bill was "
                 "huge.", "less:surprise", "Unexpected value", "Surprising value")
    assert "What an unexpected discovery in the attic." in rewrites_of(
        analyzer, "What a shocking discovery in the attic.", "less:surprise")


def test_a_reaction_to_what_was_found_has_milder_words(analyzer) -> None:
    """Session 54: "horrified to find" is a reaction to what one found, whose milder words
    are reactions too ("disturbed", "unsettled", "alarmed"); since b354d1d refused
    "concerned about finding" it had none. A dread of what is to come keeps its own
    ("scared to see the results" -> "hesitant to see…", not "unsettled to see…")."""
    mould = "I was horrified to find mould behind the wardrobe."
    rewrites = driven_rewrites_of(analyzer, mould, "less:fear")
    assert {mould.replace("horrified", w) for w in ("disturbed", "unsettled", "alarmed")} <= (
        rewrites)
    assert best_of(analyzer, mould, "less:fear") in {
        mould.replace("horrified", w) for w in ("disturbed", "unsettled", "alarmed")}
    assert not any("worried to find" in r or "about finding" in r for r in rewrites)
    results = driven_rewrites_of(analyzer, "I was scared to see the results.", "less:fear")
    assert "I was hesitant to see the results." in results
    assert not any(w in r for r in results for w in ("unsettled", "alarmed", "disturbed"))


@pytest.mark.parametrize("text", ["I am scared to", "I was horrified to", "Scared to"])
def test_a_feeling_before_a_bare_to_is_no_crash(analyzer, text: str) -> None:
    """A sentence that ends on the "to" of a feeling's infinitive, its verb left out, raised
    an IndexError until session 54 (``_shudders`` read the verb past the end), in every
    client: a draft typed into the add-on, a line of a Markdown file."""
    for target in ("less:fear", "neutral", "positive"):
        for s in analyzer.suggest(text, 0, len(text), target):
            assert s.shift > 0


def test_what_read_50_to_52_found(analyzer) -> None:
    """Session 54's read_50 (money, jobs), read_51 (sport) and read_52 (weddings, parties):
    being driven mad is a bother, a gladness that confirms news drops as one that announces
    it does, and so does "over the moon", which the model reads as less joyful than the
    "glad" it means."""
    adverts = "It drives me mad when job adverts hide the salary until the final stage."
    assert best_of(analyzer, adverts, "less:anger") == (
        "It bothers me when job adverts hide the salary until the final stage.")
    assert "This was bothering me!" in rewrites_of(analyzer, "This was driving me NUTS!",
                                                   "less:anger")
    assert best_of(analyzer, "I'm delighted to confirm that the netball team has qualified "
                   "for the regional finals.", "less:joy") == (
        "The netball team has qualified for the regional finals.")
    assert best_of(analyzer, "I'm over the moon that Gran is well enough to come to the "
                   "christening.", "less:joy") == (
        "Gran is well enough to come to the christening.")


def test_a_clause_after_a_long_subject_is_still_a_clause(analyzer) -> None:
    """Session 54's read_51 and read_54: "uneasy" takes no clause ("I'm uneasy the deadline
    is impossible" was refused), and neither does it where the clause's subject is long:
    "I'm scared the hire car's brakes weren't checked" had "I'm uneasy the hire car's
    brakes…"; a time and another clause are no clause of the feeling."""
    brakes = "I'm scared the hire car's brakes weren't checked properly."
    assert lacks(analyzer, brakes, "less:fear", "uneasy")
    assert brakes.replace("scared", "worried") in driven_rewrites_of(analyzer, brakes,
                                                                      "less:fear")
    assert lacks(analyzer, "I'm worried our star striker's knee injury is worse than the club "
                 "is admitting.", "less:fear", "uneasy our")
    assert lacks(analyzer, "I'm scared the guy from the shop will come back.", "less:fear",
                 "uneasy")
    assert "I'm disappointed this morning because it rained." in driven_rewrites_of(
        analyzer, "I'm sad this morning because it rained.", "less:sadness")


def test_a_dread_of_what_a_long_subject_will_do_is_what_it_may_do(analyzer) -> None:
    """Session 54: FEARED took at most two words after a determiner, so "I'm worried the new
    feature flag system will…" was no "The new feature flag system may…"; now up to four,
    not past a relative or a conjunction."""
    flags = "I'm worried the new feature flag system will make debugging much harder."
    assert "The new feature flag system may make debugging much harder." in (
        driven_rewrites_of(analyzer, flags, "less:fear"))
    assert not any(r.startswith("The fact") for r in driven_rewrites_of(
        analyzer, "I'm worried the fact that he lied will come out.", "less:fear"))


def test_a_delight_in_the_past_was_at_what_happened(analyzer) -> None:
    """held_out_18 (session 54), after its count: "We were thrilled to spot dolphins" had
    "We were eager to spot dolphins", a wish; a delight in the past was at what happened,
    whatever the verb. One to come may still be eager."""
    dolphins = "We were thrilled to spot dolphins from the coastal path."
    assert lacks(analyzer, dolphins, "less:joy", "eager", "keen", "interested")
    assert "I'm eager to spot dolphins tomorrow." in driven_rewrites_of(
        analyzer, "I'm thrilled to spot dolphins tomorrow.", "less:joy")


@pytest.mark.parametrize("text", [
    # read_60 (session 55): "I'm eager to have been offered a place…"
    "I'm absolutely thrilled to have been offered a place to study medicine.",
    "We're thrilled to have won the cup.",
    "I'm so excited to have met you all."])
def test_a_delight_in_a_perfect_infinitive_was_at_what_happened(analyzer, text) -> None:
    # whenever one feels it; "I'm excited to have a new project" may still be "keen"
    assert lacks(analyzer, text, "less:joy", "eager", "keen", "interested", "curious")
    assert "I'm keen to have a new project." in driven_rewrites_of(
        analyzer, "I'm excited to have a new project.", "less:joy")


def test_what_read_55_and_56_found(analyzer) -> None:
    """Session 54's read_55 (neighbours, councils) and read_56 (arts and hobbies): a surprise
    at how something went is being struck by it, with or without "at", never the fragment
    "How quickly…" its frame dropped left; a dreaded subject may have a hyphen; a surprise
    at being asked is the asking."""
    radio = "I was amazed how quickly the repair café fixed my grandmother's radio."
    assert best_of(analyzer, radio, "less:surprise") == (
        "I was struck by how quickly the repair café fixed my grandmother's radio.")
    assert not any(r.startswith("How") for r in driven_rewrites_of(analyzer, radio,
                                                                   "less:surprise"))
    assert "The new one-way system may push all the traffic past the primary school." in (
        driven_rewrites_of(analyzer, "I'm worried the new one-way system will push all the "
                           "traffic past the primary school.", "less:fear"))
    assert best_of(analyzer, "What a surprise to be asked to judge the bake-off.",
                   "less:surprise") == "I was asked to judge the bake-off."


def test_what_read_57_found(analyzer) -> None:
    """Session 54's read_57, babies and new parents: an adjective the tagger reads as an
    adverb after "be" is the predicate, not a word to drop ("It's lovely watching the big
    sister read stories to the baby." had "It's watching…"), and tears of a kind are not
    torn up ("made me cry happy tears" had "made me tear up happy tears")."""
    sister = "It's lovely watching the big sister read stories to the baby."
    assert not any(r.startswith("It's watching") for r in driven_rewrites_of(
        analyzer, sister, "less:joy"))
    assert lacks(analyzer, "Watching my dad hold his first grandson made me cry happy tears.",
                 "less:sadness", "tear up")
    assert "The ending made me tear up." in rewrites_of(analyzer, "The ending made me cry.",
                                                        "less:sadness")


@pytest.mark.parametrize("text,rewrite,target", [
    # read_62 and read_59 (session 55): a sadness at what one sees or does, as "sad to see"
    # already was, said as how hard it is
    ("It's so sad seeing the hospice garden so empty this winter.",
     "It's so hard seeing the hospice garden so empty this winter.", "less:sadness"),
    ("It was so sad saying goodbye to Margaret after thirty years of running the shop.",
     "It was so hard saying goodbye to Margaret after thirty years of running the shop.",
     "less:sadness"),
    # read_60: a surprise at how much something is, as "shocked by how" already was
    ("It's shocking how much the halls of residence cost this year.",
     "It's striking how much the halls of residence cost this year.", "less:surprise"),
])
def test_a_sadness_at_a_sight_is_how_hard_it_is_and_a_shock_at_how_is_striking(
        analyzer, text, rewrite, target) -> None:
    assert rewrite in {g.sentence for g in analyzer.suggest(text, 0, len(text), target)}


def test_a_sadness_at_news_seen_is_not_made_hard(analyzer) -> None:
    # "seeing that he left" is news, as "sad to see that" is
    assert lacks(analyzer, "It's sad seeing that he left.", "less:sadness", "hard")


def test_an_awful_surprise_befalls_one_and_has_no_poor_quality(analyzer) -> None:
    # read_64 (session 55): "What an awful surprise to find bedbugs in the room." had "What
    # a poor surprise…"; what befalls one is no weak or poor thing, and an awful surprise
    # to find something is finding it, as a nasty one already was
    bedbugs = "What an awful surprise to find bedbugs in the room."
    assert best_of(analyzer, bedbugs, "less:surprise") == "I found bedbugs in the room."
    for text, target in [(bedbugs, "less:anger"), ("What a terrible shock that was.",
                                                    "less:surprise"),
                         ("His death was a terrible blow to the club.", "less:sadness")]:
        assert lacks(analyzer, text, target, "poor", "weak"), text
        assert not any(w in r for r in driven_rewrites_of(analyzer, text, target)
                       for w in ("poor", "weak")), text


@pytest.mark.parametrize("text,target,rewrite", [
    # read_62-65 (session 55): a feeling at what one did, in the past, said as the deed
    ("We were thrilled to smash our fundraising target for the hospice.", "less:joy",
     "We smashed our fundraising target for the hospice."),
    ("We were so sad to sell the camper van after all those holidays.", "less:sadness",
     "We sold the camper van after all those holidays."),
    ("I was heartbroken to leave the little cottage at the end of the week.",
     "less:sadness", "I left the little cottage at the end of the week."),
    ("I was thrilled to get the highest rating in my performance review.", "less:joy",
     "I got the highest rating in my performance review."),
    ("We were delighted to finally meet the twins.", "less:joy", "We finally met the twins."),
])
def test_a_feeling_at_what_one_did_is_said_as_the_deed(analyzer, text, target,
                                                        rewrite) -> None:
    assert rewrite in {g.sentence for g in analyzer.suggest(text, 0, len(text), target)}


@pytest.mark.parametrize("text,target", [
    ("I wasn't thrilled to see him.", "less:joy"),  # negated
    ("I was too sad to speak.", "less:sadness"),  # graded
    ("We were delighted to welcome Priya to the team.", "less:joy"),  # an announcement
    ("I was delighted to get to meet her.", "less:joy"),  # allowed to
    ("I was happy to help with the move.", "less:joy"),  # willing
    ("I'm thrilled to see the new office.", "less:joy"),  # not in the past
    # a second infinitive would keep its tense
    ("We were thrilled to meet the team and see the office.", "less:joy"),
])
def test_a_feeling_before_what_is_no_deed_done_keeps_its_frame(analyzer, text,
                                                               target) -> None:
    first = text.split()[0]
    assert not any(r.startswith(f"{first} met") or r.startswith(f"{first} saw") or
                   r.startswith(f"{first} welcomed") or r.startswith(f"{first} got") or
                   r.startswith(f"{first} helped") or r.startswith(f"{first} spoke")
                   for r in rewrites_of(analyzer, text, target)), text


def test_a_meal_is_not_cool_past_a_clause_of_its_own(analyzer) -> None:
    # read_67 (session 55): "The dinner he cooked for me was absolutely wonderful." had
    # "…was cool", its warmth, as the subject found was "me"; and read_64's "The breakfast
    # buffet was incredible" had "…was cool" (missed when read_64 was read)
    for text in ("The dinner he cooked for me was absolutely wonderful.",
                 "The breakfast buffet was incredible and we ate far too much."):
        assert lacks(analyzer, text, "less:joy", "cool"), text
    assert "The guy he brought was cool." in rewrites_of(
        analyzer, "The guy he brought was awesome.", "less:joy")


@pytest.mark.parametrize("text,target,rewrite", [
    # held_out_21 (session 55), noticed while its suggestions were read: a frame after an
    # opener goes, as one after "and" or "but" did, and an irregular past after "that" is a
    # clause, not a participle left alone ("sold" is tagged VBN)
    ("Honestly, I'm thrilled that the cake stall sold out by noon.", "less:joy",
     "Honestly, the cake stall sold out by noon."),
    ("Well, I'm disappointed that the shop closed.", "less:sadness", "Well, the shop closed."),
])
def test_a_frame_after_an_opener_goes_before_its_clause(analyzer, text, target,
                                                         rewrite) -> None:
    assert rewrite in rewrites_of(analyzer, text, target)
    assert best_of(analyzer, text, target) == rewrite


def test_a_surprise_is_of_no_fine_or_decent_make(analyzer) -> None:
    # "What a wonderful surprise" was "What a fine surprise", the farthest mover for
    # being odd (five workplace sentences, session 55); "nice" and "cool" stay
    text = "What a wonderful surprise to see you all."
    rewrites = rewrites_of(analyzer, text, "less:joy")
    assert "What a nice surprise to see you all." in rewrites
    assert not any(w in r for r in rewrites for w in ("fine", "decent", "solid")), rewrites


def test_a_subject_is_its_head_noun_past_a_phrase_or_clause_hung_on_it(analyzer) -> None:
    """The subject a word is said of is the noun a phrase or a clause hangs on, not the
    last noun before the verb: "The people at the meeting were sad" was "…were
    unfortunate", a meeting's misfortune; read_83's silence after the sheep went to market
    was "…strange and unfortunate" (session 57 left it)."""
    for text in ("The silence after the verdict was heavy and sad.",
                 "The silence after the sheep went to market was strange and sad.",
                 "The people at the meeting were sad.", "The kids in my class were so sad."):
        assert lacks(analyzer, text, "less:sadness", "unfortunate", "regrettable"), text
    assert "The people at the meeting were disappointed." in rewrites_of(
        analyzer, "The people at the meeting were sad.", "less:sadness")
    # a voice is no weak one: "weak" was said of the video
    assert lacks(analyzer, "The robo-voice on that video is horrible.", "neutral", "weak")
    # a part or an amount is what its "of" names: the people are sad, not a lot
    assert "A lot of people at work were disappointed." in rewrites_of(
        analyzer, "A lot of people at work were sad.", "less:sadness")
    # with no phrase hung on it, the word before the verb is the subject, as it was
    assert "It has been unfortunate." in rewrites_of(analyzer, "It has been sad.",
                                                     "less:sadness")


def test_what_session_58s_first_sets_found_wrong(analyzer) -> None:
    """read_89, read_90 and read_92: a frame dropped before "not to" left an infinitive
    alone, a miserable thing was unhappy, a scary thing to do was worrying about doing it,
    and a reaction dropped after a clause of when left that clause alone."""
    gutted = "I was gutted not to get the lead after three auditions."
    rewrites = rewrites_of(analyzer, gutted, "less:sadness")
    assert not any(r.startswith("Not to") for r in rewrites), rewrites
    assert "I didn't get the lead after three auditions." in rewrites
    marsh = "The fieldwork in the marshes was miserable, cold and wet every day."
    rewrites = rewrites_of(analyzer, marsh, "less:sadness")
    assert not any(f"was {w}" in r for r in rewrites for w in ("unhappy", "disappointed", "sad")
                   ), rewrites
    assert "The fieldwork in the marshes was unpleasant, cold and wet every day." in rewrites
    assert "I was unhappy." in rewrites_of(analyzer, "I was miserable.", "less:sadness")
    assert lacks(analyzer, "It's scary to speak in front of the whole board.", "less:fear",
                 "worrying about")
    assert "When the lights went out." not in rewrites_of(
        analyzer, "When the lights went out, everyone was shaking.", "less:fear")


@pytest.mark.parametrize("text,target,rewrite", [
    # read_92: a fright at a thing to do is a strain on the nerves, which "concerning" is not
    ("It's terrifying reversing into that yard in the dark.", "less:fear",
     "It's nerve-racking reversing into that yard in the dark."),
    # read_92: a spell of time that saddens is hard to spend
    ("It's depressing to spend ten hours a day alone in a cab.", "less:sadness",
     "It's hard to spend ten hours a day alone in a cab."),
    # read_91: "every time" is when, no clause the adjective takes
    ("I'm anxious every time my calls get reviewed.", "less:fear",
     "I'm uneasy every time my calls get reviewed."),
    # read_91: a lonely place or time is a quiet one
    ("The night shift is lonely with only four of us on the floor.", "less:sadness",
     "The night shift is quiet with only four of us on the floor."),
    # read_89: a panic after what happened is a reaction that goes
    ("The freezer alarm went off at 2am and I panicked.", "less:fear",
     "The freezer alarm went off at 2am."),
    # read_89: a shock at what one learned is what turned out
    ("It was shocking to learn the data had been made up.", "less:surprise",
     "It turned out the data had been made up."),
])
def test_what_session_58s_first_sets_missed(analyzer, text, target, rewrite) -> None:
    assert rewrite in rewrites_of(analyzer, text, target)


def test_session_58s_rules_keep_off_what_they_do_not_fit(analyzer) -> None:
    assert lacks(analyzer, "It's scary to think what could happen.", "less:fear",
                 "nerve-racking")
    assert lacks(analyzer, "My mum is lonely since dad died.", "less:sadness", "quiet")
    assert lacks(analyzer, "It was shocking to hear the news.", "less:surprise", "turned out")
    assert lacks(analyzer, "When the lights went out, everyone panicked.", "less:fear",
                 "When the lights went out.")


def test_what_session_58s_second_sets_found_wrong(analyzer) -> None:
    """read_95 and held_out_29 (after its count): seeing someone do a thing is a doing, no
    one's feeling, and a fright when something happened is no concern."""
    assert lacks(analyzer, "Watching him leave was sad.", "less:sadness", "disappointed")
    assert "I was concerned when the lorry in front jack-knifed on the bypass." not in (
        driven_rewrites_of(analyzer, "I was petrified when the lorry in front jack-knifed on "
                           "the bypass.", "less:fear"))
    # what one heard that was heartbreaking was hard, past a longer subject
    hearing = ("Hearing mothers on the doorstep describe eight years on the housing waiting "
               "list was heartbreaking.")
    assert hearing.replace("heartbreaking", "hard") in rewrites_of(analyzer, hearing,
                                                                   "less:sadness")


@pytest.mark.parametrize("text,target,rewrite", [
    ("It breaks my heart when families stop visiting.", "less:sadness",
     "It's hard when families stop visiting."),  # read_94
    ("Our branch library shuts its doors in March, and my heart is broken.", "less:sadness",
     "Our branch library shuts its doors in March."),  # read_96
    # read_95: "turned out to vote" is how many came, no manner
    ("It's depressing how few people turned out to vote.", "less:sadness",
     "Few people turned out to vote."),
])
def test_what_session_58s_second_sets_missed(analyzer, text, target, rewrite) -> None:
    assert rewrite in rewrites_of(analyzer, text, target)


def test_a_manner_of_turning_out_keeps_its_frame(analyzer) -> None:
    assert "It turned out." not in rewrites_of(analyzer, "It's sad how it turned out.",
                                               "less:sadness")
    assert lacks(analyzer, "My laptop is broken and I'm sad.", "less:sadness", "My laptop.")


def test_what_a_thing_seems_is_no_feeling(analyzer) -> None:
    """What a thing looks, seems, sounds or feels is what it is, no one's feeling: "That
    sounds so sad" was "That sounds so disappointed", "The house felt miserable" "…felt
    disappointed" (session 58, left by read_89's fix of "miserable"); someone still looks
    disappointed."""
    for text in ("That sounds so sad.", "It looks sad.", "This seems really sad.",
                 "The house felt miserable.", "That song sounds sad."):
        assert lacks(analyzer, text, "less:sadness", "disappointed", "unhappy"), text
    assert "He looks disappointed." in rewrites_of(analyzer, "He looks sad.", "less:sadness")
    assert "I feel so disappointed." in rewrites_of(analyzer, "I feel so sad.", "less:sadness")


@pytest.mark.parametrize("text,target,rewrite", [
    # read_98: tears of happiness nearly shed are a reaction that goes
    ("A little boy brought me a drawing of his new tooth and I nearly cried with happiness.",
     "less:sadness", "A little boy brought me a drawing of his new tooth."),
    # read_98: a doing that makes one sad is hard
    ("Saying goodbye to the preschool room before they start school always makes me sad.",
     "less:sadness",
     "Saying goodbye to the preschool room before they start school is always hard."),
    ("Going back to the house where the baby died still makes me terribly sad.",
     "less:sadness", "Going back to the house where the baby died is still hard."),
    # read_99: a disheartening thing when something happens is hard
    ("It's so disheartening when the big chain opens across the road with cheaper everything.",
     "less:sadness",
     "It's so hard when the big chain opens across the road with cheaper everything."),
    # read_98, read_100: a closing verdict on what the sentence said goes
    ("The funding cut means we'll lose two rooms, and honestly it's devastating.",
     "less:sadness", "The funding cut means we'll lose two rooms."),
    ("We're down to our last few bales of hay, and it's really depressing.", "less:sadness",
     "We're down to our last few bales of hay."),
    # read_99: a surprise at what one got is the getting
    ("I was stunned to get a royalty cheque for a book I wrote eleven years ago.",
     "less:surprise", "I got a royalty cheque for a book I wrote eleven years ago."),
])
def test_what_session_59s_first_sets_missed(analyzer, text, target, rewrite) -> None:
    assert rewrite in rewrites_of(analyzer, text, target)


def test_session_59s_rules_keep_off_what_they_do_not_fit(analyzer) -> None:
    # a getting that goes on is no thing got: "I got home and find…" would mix tenses
    assert lacks(analyzer, "I was shocked to get home and find the door open.",
                 "less:surprise", "I got home")
    # a verdict on a thing of one's own, not on the sentence, is not what the rule drops
    assert lacks(analyzer, "I watched the new film, and it's amazing.", "less:joy",
                 "I watched the new film.")
    # nor a verdict on a thing the clause before took in: "it" is the report
    assert lacks(analyzer, "I read the report, and it's shocking.", "less:surprise",
                 "I read the report.")
    assert lacks(analyzer, "We watched the documentary last night, and it was devastating.",
                 "less:sadness", "We watched the documentary last night.")
    assert lacks(analyzer, "Nothing makes me sad.", "less:sadness", "hard")


def test_a_disbelief_when_something_happened_leaves_what_happened(analyzer) -> None:
    """read_97: "I couldn't believe it when…" had been cut to "It when a lad left…"."""
    got = rewrites_of(analyzer, "I couldn't believe it when a lad left a Rolex on the back seat.",
                      "less:surprise")
    assert "A lad left a Rolex on the back seat." in got
    assert not any(r.startswith("It when") for r in got)


@pytest.mark.parametrize("text,target,rewrite", [
    # read_102: clearing a house is a parting, hard with or without "out"
    ("It was sad clearing the house of a man who had died alone with no family.",
     "less:sadness",
     "It was hard clearing the house of a man who had died alone with no family."),
    # read_103: "which is sad" closing the sentence is a verdict on it
    ("The old man on plot two passed away, and his roses are still flowering, which is so sad.",
     "less:sadness",
     "The old man on plot two passed away, and his roses are still flowering."),
])
def test_what_session_59s_second_sets_missed(analyzer, text, target, rewrite) -> None:
    assert rewrite in rewrites_of(analyzer, text, target)


def test_a_fear_with_its_result_clause_is_no_concern(analyzer) -> None:
    """read_101: "makes me so nervous that I can't sleep" had been "concerns me that I
    can't sleep"; a fear something causes is still a concern before a clause of what it
    is ("It makes me nervous that nobody checked the backups")."""
    assert lacks(analyzer, "Giving evidence at the crown court makes me so nervous that I "
                 "can't sleep.", "less:fear", "concerns me that")
    assert "It concerns me that nobody checked the backups." in rewrites_of(
        analyzer, "It makes me nervous that nobody checked the backups.", "less:fear")


@pytest.mark.parametrize("text,target,rewrite", [
    # read_108: a duty that saddens is hard to have
    ("It's upsetting having to tell a mother in her own language that her son has died.",
     "less:sadness",
     "It's hard having to tell a mother in her own language that her son has died."),
    ("It's sad to have to say goodbye to the team.", "less:sadness",
     "It's hard to have to say goodbye to the team."),
    # read_108: a closing "and what a relief that was" goes, as ", what a relief" does
    ("The family finally understood the diagnosis, and what a relief that was.", "less:joy",
     "The family finally understood the diagnosis."),
])
def test_what_session_59s_third_sets_missed(analyzer, text, target, rewrite) -> None:
    assert rewrite in rewrites_of(analyzer, text, target)


def test_a_fright_when_something_happened_is_no_concern(analyzer) -> None:
    """read_107 and read_112: "It was terrifying when the ship listed…" had been "It was
    concerning when…"; a fright lived through is unsettling. A fright whenever something
    happens may still be a concern."""
    ship = ("It was terrifying when the ship listed in the storm and the chairs slid across "
            "the deck.")
    got = rewrites_of(analyzer, ship, "less:fear")
    assert ship.replace("terrifying", "unsettling") in got
    assert lacks(analyzer, ship, "less:fear", "concerning", "worrying")
    assert "It's concerning when a crowd gathers round." in rewrites_of(
        analyzer, "It's scary when a crowd gathers round.", "less:fear")


def test_a_fright_at_a_thing_one_does_is_no_concern(analyzer) -> None:
    """read_92, read_100 and read_112: "It's scary working at the top of a ladder" had
    "It's concerning working…" as its best; a doing is nerve-racking or unsettling. A
    fright at what one sees or thinks may still be a concern."""
    for text in ("It's scary working at the top of a ladder on a windy day.",
                 "It's terrifying to go out in a force eight with a crew of two.",
                 "It's terrifying reversing into that yard in the dark."):
        assert lacks(analyzer, text, "less:fear", "concerning", "worrying"), text
        assert any("unsettling" in r for r in rewrites_of(analyzer, text, "less:fear")), text
    assert "It's concerning seeing him like that." in rewrites_of(
        analyzer, "It's scary seeing him like that.", "less:fear")


@pytest.mark.parametrize("text,target,rewrite", [
    # read_114: a closing disbelief of "it" is a reaction that goes, past "still" and "quite"
    ("Our first batch of stout won a silver medal, and I still can't quite believe it.",
     "less:surprise", "Our first batch of stout won a silver medal."),
    # read_114: pouring away, tipping away and turning away are partings, hard to do
    ("It was so sad to pour away two hundred litres of beer that had gone off.",
     "less:sadness",
     "It was so hard to pour away two hundred litres of beer that had gone off."),
    ("It's sad turning away families when the food bank runs out.", "less:sadness",
     "It's hard turning away families when the food bank runs out."),
    # read_116: "taken aback" when something happened is what happened, as "stunned" is
    ("I was taken aback when the new lad asked to run the next session.", "less:surprise",
     "The new lad asked to run the next session."),
])
def test_what_session_60s_first_sets_missed(analyzer, text, target, rewrite) -> None:
    assert rewrite in rewrites_of(analyzer, text, target)


@pytest.mark.parametrize("text,target,rewrite", [
    # read_118: "and I could have cried" closing the sentence is a reaction that goes
    ("The projector broke halfway through the premiere, and I could have cried.",
     "less:sadness", "The projector broke halfway through the premiere."),
    # read_120: telling someone bad news is hard to do
    ("It's heartbreaking to tell a pupil that they haven't passed their exam.",
     "less:sadness", "It's hard to tell a pupil that they haven't passed their exam."),
    ("It was sad telling the kids their dog had died.", "less:sadness",
     "It was hard telling the kids their dog had died."),
])
def test_what_session_60s_second_sets_missed(analyzer, text, target, rewrite) -> None:
    assert rewrite in rewrites_of(analyzer, text, target)


def test_telling_is_hard_only_with_someone_told(analyzer) -> None:
    """"hard to tell" alone says one cannot make it out: "It's sad to tell if he's
    joking" is no parting."""
    assert lacks(analyzer, "It's sad to tell if he's joking or not.", "less:sadness",
                 "hard to tell")


@pytest.mark.parametrize("text,target,rewrite", [
    # read_121: a shock when something happened is what happened
    ("It was such a shock when the old pear tree that my grandad planted came down in the "
     "gale.", "less:surprise",
     "The old pear tree that my grandad planted came down in the gale."),
    # read_116: past a subject of up to seven words
    ("I was taken aback when the quietest lad in the group asked to run the next session.",
     "less:surprise", "The quietest lad in the group asked to run the next session."),
])
def test_what_session_60s_third_sets_missed(analyzer, text, target, rewrite) -> None:
    assert rewrite in rewrites_of(analyzer, text, target)


def test_a_feeling_at_its_peak_keeps_its_word(analyzer) -> None:
    """read_123: "…, and I couldn't be more excited" had "…couldn't be more interested",
    the most of another feeling; the clause may go."""
    text = ("The caravan park won a gold award for its facilities this year, and I couldn't be "
            "more excited.")
    got = rewrites_of(analyzer, text, "less:joy")
    assert not any("couldn't be more" in r for r in got)
    assert "The caravan park won a gold award for its facilities this year." in got


def test_someones_joy_is_no_satisfaction(analyzer) -> None:
    """read_122: "…had been her last joy" was "…her last satisfaction"; a joy someone has
    delights them, as "a joy" does. "To my joy" may be "to my satisfaction"."""
    text = ("It was lovely when a woman came back to tell me the book I'd picked for her dying "
            "mother had been her last joy.")
    assert lacks(analyzer, text, "less:joy", "satisfaction")
    assert lacks(analyzer, "My granddaughter is the joy of my life.", "less:joy",
                 "satisfaction")
    assert "To my satisfaction, the results came back clear." in rewrites_of(
        analyzer, "To my joy, the results came back clear.", "less:joy")


def test_a_mood_in_the_air_is_no_poor_one(analyzer) -> None:
    """held_out_36: "…, and the silence was awful" had "…the silence was poor"; a silence
    or an atmosphere has no quality to be poor or weak. The food still may."""
    text = ("The auctioneer dropped a Ming vase in front of the whole saleroom, and the silence "
            "was awful.")
    assert lacks(analyzer, text, "less:anger", "poor", "weak")
    assert lacks(analyzer, "There was an awful atmosphere at the meeting.", "less:anger",
                 "poor", "weak")
    assert "The food was poor." in rewrites_of(analyzer, "The food was awful.", "less:anger")


@pytest.mark.parametrize("text,rewrite", [
    # read_113 and read_121: a past tense the tagger reads as a participle is what
    # happened, past its subject
    ("I was amazed when a lad of eight read out his grandmother's whole list of tablets from "
     "memory.", "A lad of eight read out his grandmother's whole list of tablets from memory."),
    ("I was amazed when the first jar of heather honey sold for twelve pounds at the farmers' "
     "market.", "The first jar of heather honey sold for twelve pounds at the farmers' market."),
])
def test_what_happened_may_have_a_verb_the_tagger_calls_a_participle(analyzer, text,
                                                                      rewrite) -> None:
    assert rewrite in rewrites_of(analyzer, text, "less:surprise")


@pytest.mark.parametrize("text,target,rewrite", [
    # read_129: a closing verdict of irritation goes, as one of outrage does
    ("Cars parked across the bins on collection day make the whole round an hour late, and "
     "it's so irritating.", "less:anger",
     "Cars parked across the bins on collection day make the whole round an hour late."),
    # read_129: "which gave the whole crew a shock" closing the sentence is a reaction
    ("There was a live snake curled up in a recycling box on the estate, which gave the whole "
     "crew a shock.", "less:surprise",
     "There was a live snake curled up in a recycling box on the estate."),
    # read_132: ringing someone with bad news is hard to do, as telling them is
    ("It was heartbreaking to ring a mum and tell her that her son had been hurt in the "
     "playground.", "less:sadness",
     "It was hard to ring a mum and tell her that her son had been hurt in the playground."),
    # read_129 and session 59's "left": any doing that saddens is hard, after "it"
    ("It's depressing driving an empty bus round the estate at midnight.", "less:sadness",
     "It's hard driving an empty bus round the estate at midnight."),
    ("It was sad being alone at Christmas.", "less:sadness",
     "It was hard being alone at Christmas."),
])
def test_what_session_60s_last_sets_missed(analyzer, text, target, rewrite) -> None:
    assert rewrite in rewrites_of(analyzer, text, target)


def test_session_60s_last_rules_keep_off_what_they_do_not_fit(analyzer) -> None:
    # "it" may be the thing bought: the verdict is what the sentence says
    assert lacks(analyzer, "I bought the game, and it's annoying.", "less:anger",
                 "I bought the game.")
    # a quality of a doing, no doing that saddens
    assert lacks(analyzer, "That is sad parenting right there.", "less:sadness", "hard")
    # nor knowing, whose "hard" may doubt, as "sad to know" keeps its word
    assert lacks(analyzer, "It's kinda sad knowing that ibises are only scavenging our bins "
                 "because their habitats are drying out.", "less:sadness", "hard knowing")
    # "hard to call" is hard to tell beforehand
    assert lacks(analyzer, "It's sad to call it a day.", "less:sadness", "hard to call")


@pytest.mark.parametrize("text,target,rewrite", [
    # read_133, read_139: a thrill or a relief when something happened is what happened,
    # as a shock or a surprise is
    ("It was a real thrill when the Michelin restaurant up the road started ordering our "
     "lamb.", "less:joy", "The Michelin restaurant up the road started ordering our lamb."),
    ("It was a relief when the bedbugs were finally gone from the care home.", "less:joy",
     "The bedbugs were finally gone from the care home."),
    # read_133: "It worries me that" frames a fear as "I'm worried that" does, past a subject
    # that counts ("half the farms")
    ("It worries me that half the farms we buy from might close within five years.",
     "less:fear", "Half the farms we buy from might close within five years."),
    ("It scares me that the new road will bring lorries past the school.", "less:fear",
     "The new road may bring lorries past the school."),
    # read_138, read_139: doing what saddens is hard to do, past the verbs "hard" would
    # make a difficulty of
    ("It's heartbreaking to box up the whole life of a woman nobody came to bury.",
     "less:sadness", "It's hard to box up the whole life of a woman nobody came to bury."),
    ("It's sad to paint over a child's height chart when a family sells up.", "less:sadness",
     "It's hard to paint over a child's height chart when a family sells up."),
    # read_138: an irritation when something happens bothers, as being driven mad does
    ("It's so irritating when a client changes the whole design after the turf has been "
     "laid.", "less:anger",
     "It bothers me when a client changes the whole design after the turf has been laid."),
    # read_142: the capital a dropped frame carries to the next word is that word, also the
    # first of a fixed expression ("a little")
    ("I was amazed when a little girl at the summer workshop threw a perfect cylinder on her "
     "first go.", "less:surprise",
     "A little girl at the summer workshop threw a perfect cylinder on her first go."),
    # read_146, read_150: a pride in someone for what they did is credit to them for it
    ("I'm so proud of my daughter for taking over the herd when my back went.",
     "less:joy", "Credit to my daughter for taking over the herd when my back went."),
    ("I'm so proud of the lad who found a little girl's lost rabbit in a hold full of bags.",
     "less:joy", "Credit to the lad who found a little girl's lost rabbit in a hold full of bags."),
    # read_160: "Thank goodness" opening a clause is a comment, as "thankfully" is
    ("Thank goodness the insurers settled our burglary claim in full.", "less:joy",
     "The insurers settled our burglary claim in full."),
    # read_159: a feeling after "and" closing the sentence goes, also relief and pleasure…
    ("The ridge we finished on the old mill is the best thatch I've ever done, and I'm so "
     "pleased.", "less:joy",
     "The ridge we finished on the old mill is the best thatch I've ever done."),
    # …and after a clause that opens with a time ("after six dry weeks"), no clause of its own
    ("After six dry weeks the rain came at last, and we were so relieved.", "less:joy",
     "After six dry weeks the rain came at last."),
    # read_159: "…, which amazed us all" closing the sentence goes, as "which amazed us" did
    ("A marrow my dad grew as a joke took the top prize at the show, which amazed us all.",
     "less:surprise", "A marrow my dad grew as a joke took the top prize at the show."),
    # read_167: "beat" is a past as "won" is
    ("It was a real thrill when our team beat the county champions on their own board.",
     "less:joy", "Our team beat the county champions on their own board."),
    # read_170: a closing verdict of surprise in an apposition goes, as "what a surprise" did
    ("For my retirement the volunteers secretly repainted the lock cottage, a lovely "
     "surprise.", "less:surprise",
     "For my retirement the volunteers secretly repainted the lock cottage."),
    # read_171: "…, which stunned us" goes, as "which amazed us" does
    ("Behind an old sash frame we found a newspaper from the Coronation, which stunned us.",
     "less:surprise", "Behind an old sash frame we found a newspaper from the Coronation."),
    # read_171: a frustration when something happens bothers, as an irritation does
    ("It's so frustrating when the plumber doesn't turn up and we can't finish the sink.",
     "less:anger",
     "It bothers me when the plumber doesn't turn up and we can't finish the sink."),
])
def test_what_session_61s_sets_missed(analyzer, text, target, rewrite) -> None:
    assert rewrite in rewrites_of(analyzer, text, target)


def test_session_61s_first_rules_keep_off_what_they_do_not_fit(analyzer) -> None:
    # "hard to find", "hard to believe", "hard to miss" say something else
    for text, verb in (("It's sad to find the old shop shut.", "find"),
                       ("It was sad to believe the rumours about him.", "believe"),
                       ("It's sad to miss the final after all that.", "miss")):
        assert lacks(analyzer, text, "less:sadness", f"hard to {verb}"), text
    # nor the verbs of effort, whose "hard to" is a labour: "It's hard to fell an oak that has
    # stood…" says the oak is big (read_138), "hard to pull the old dinghies out" heavy
    for text, verb in (("It's heartbreaking to fell an oak that has stood longer than the town "
                        "itself.", "fell"),
                       ("It's heartbreaking to pull the old dinghies out of the shed and find "
                        "them rotten.", "pull")):
        assert lacks(analyzer, text, "less:sadness", f"hard to {verb}"), text
    # a fright at how things are is no fear of what will happen
    assert lacks(analyzer, "It scares me how many dogs are stolen round here.", "less:fear",
                 "How many dogs")


def test_pride_in_a_thing_is_no_credit(analyzer) -> None:
    """A pride in a thing one made gives it no credit: "I'm proud of the hallway I painted
    for the old vicarage" had "Credit to the hallway I painted for…" in a first try."""
    assert lacks(analyzer, "I'm proud of the hallway I painted for the old vicarage, every "
                 "cornice picked out by hand.", "less:joy", "Credit")
    assert lacks(analyzer, "I'm so proud of you!", "less:joy", "Credit")


def test_session_61s_third_rules_keep_off_what_they_do_not_fit(analyzer) -> None:
    # a thanks for a thing has no clause to leave
    assert lacks(analyzer, "Thank goodness for that!", "less:joy", "For that")
    # "after" before a clause governs it; before a time, the clause after that is the
    # sentence's own
    toks = analyzer.suggester.tokens("After the rain came at last")
    assert not suggest._time_first(toks)
    assert suggest._time_first(analyzer.suggester.tokens("After six dry weeks the rain came"))


def test_cool_is_no_praise_beside_a_death(analyzer) -> None:
    """read_160: "It was wonderful to put a dead man's watch on his grandson's wrist" had
    "It was cool to put…", flippant beside a death; "nice" stays. Without one, "cool" may
    still praise."""
    text = "It was wonderful to put a dead man's watch on his grandson's wrist for the first time."
    got = rewrites_of(analyzer, text, "less:joy")
    assert not any(" cool " in r for r in got)
    assert ("It was nice to put a dead man's watch on his grandson's wrist for the first "
            "time.") in got
    assert "It's cool to see butterflies back on the buddleia." in rewrites_of(
        analyzer, "It's wonderful to see butterflies back on the buddleia.", "less:joy")


def test_a_misfortune_is_no_poor_one(analyzer) -> None:
    """held_out_39: "…is a dreadful loss for the old folk…" had "…is a poor loss…"; a
    loss, a blow or a tragedy has no poor or weak one, as a silence has none. A bad one
    it may be, and "The food was poor" stays."""
    text = ("Shutting the day centre on Fridays is a dreadful loss for the old folk who have "
            "nowhere else to go.")
    got = rewrites_of(analyzer, text, "less:anger")
    assert not any("poor loss" in r or "weak loss" in r for r in got)
    assert "a bad loss" in " ".join(got)
    assert lacks(analyzer, "It was a terrible blow for the village.", "less:anger",
                 "poor blow", "weak blow")
    assert "The food was poor." in rewrites_of(analyzer, "The food was awful.", "less:anger")


def test_a_complaint_of_folly_is_no_request(analyzer) -> None:
    """held_out_39: "Who in their right mind schedules roadworks…?" was "Please tell me who
    in their right mind schedules…": nobody asks to be told."""
    assert lacks(analyzer, "Who in their right mind schedules roadworks on the only bridge "
                 "during the Christmas market?", "less:surprise", "Please tell me")


def test_a_verdict_keeps_its_bad(analyzer) -> None:
    """read_165: "I'm sick of bad reviews from owners…" had "…weak reviews…", badly
    written ones; a review, a rating, the press or the news is bad by what it says. "Poor
    reviews" say it too; "poor news" does not."""
    text = "I'm sick of bad reviews from owners whose dogs come home worn out from playing."
    assert lacks(analyzer, text, "less:sadness", "weak reviews")
    assert lacks(analyzer, "The shop got some bad press after the fire.", "less:sadness",
                 "weak press")
    assert lacks(analyzer, "We had some bad news from the bank today.", "less:sadness",
                 "weak news", "poor news")


def test_no_news_heard_of_what_an_event_showed(analyzer) -> None:
    """held_out_41: "We had no idea the old boathouse had a cellar until the floorboards gave
    way" was "We hadn't heard…": what an event showed was found, not heard. Not knowing
    until a day, or until someone told, may still be not having heard."""
    assert lacks(analyzer, "We had no idea the old boathouse had a cellar until the "
                 "floorboards gave way.", "less:surprise", "hadn't heard")
    assert "I hadn't heard the shop had closed until today." in rewrites_of(
        analyzer, "I had no idea the shop had closed until today.", "less:surprise")
    assert "I hadn't heard the shop had closed until my mum told us." in rewrites_of(
        analyzer, "I had no idea the shop had closed until my mum told us.", "less:surprise")
    # an apposition without a feeling's word is the thing itself: "a surprise" party stays
    assert lacks(analyzer, "We planned a party for her, a surprise.", "less:surprise",
                 "We planned a party for her.")


@pytest.mark.parametrize("text,target,rewrite", [
    # read_179, read_181: a hatred of what happens when it happens bothers, as being driven
    # mad does; also "can't stand it when" and the past
    ("I hate it when parents complain on Facebook instead of coming in to talk to us.",
     "less:anger",
     "It bothers me when parents complain on Facebook instead of coming in to talk to us."),
    ("I can't stand it when customers show me a picture of a footballer and expect to look "
     "like him.", "less:anger",
     "It bothers me when customers show me a picture of a footballer and expect to look like "
     "him."),
    ("We loved the old boss, but I hated it when he shouted at the apprentices.", "less:anger",
     "We loved the old boss, but it bothered me when he shouted at the apprentices."),
    # read_186: "let" is a past in <HAPPENED>, as "beat" is
    ("We were thrilled when the town let us bring the fair back to the green after ten "
     "years.", "less:joy", "The town let us bring the fair back to the green after ten years."),
    # read_183, read_176: a feeling after "and" closing the sentence, also being touched
    ("A little boy ran up with a crayon picture of my sweeper, and I was touched.",
     "less:joy", "A little boy ran up with a crayon picture of my sweeper."),
    # read_185: a sadness something makes when it happens is hard, as a heart broken is
    ("It makes me sad when a collection comes in after someone's funeral and the family "
     "doesn't want any of it.", "less:sadness",
     "It's hard when a collection comes in after someone's funeral and the family doesn't "
     "want any of it."),
    ("That made us so sad when the old pier burned down.", "less:sadness",
     "That was hard when the old pier burned down."),
    # read_184: a closing verdict on a deed goes, as a verdict on an event does
    ("A regular brought me a tin of biscuits for Christmas, which was so kind.", "less:joy",
     "A regular brought me a tin of biscuits for Christmas."),
    ("He hung up on my apprentice halfway through her sentence, which was rude of him.",
     "less:anger", "He hung up on my apprentice halfway through her sentence."),
    # read_195, read_200: a past of two letters and "ed" is a past ("died", "used"), in
    # <HAPPENED> as the longer ones are
    ("I was heartbroken when the old cockerel died in the cold snap.", "less:sadness",
     "The old cockerel died in the cold snap."),
    ("We were delighted when the walking festival used our map for every route.", "less:joy",
     "The walking festival used our map for every route."),
    # read_193: being chuffed when something happened is what happened
    ("I was chuffed when the chef let me plate up the desserts on my first Saturday.",
     "less:joy", "The chef let me plate up the desserts on my first Saturday."),
    # read_195, read_202: a rage after "and" closing the sentence goes, as a fury does
    ("A fox got into the shed and killed forty birds, and I was absolutely raging.",
     "less:anger", "A fox got into the shed and killed forty birds."),
    ("Someone sprayed hateful words on the mosque door, and I was shaking with anger.",
     "less:anger", "Someone sprayed hateful words on the mosque door."),
    # read_189, read_199: what one can't stand one is no fan of, as what one hates
    ("I can't stand clients who stand behind you all day asking if it'll be done by Friday.",
     "less:anger",
     "I'm not a fan of clients who stand behind you all day asking if it'll be done by Friday."),
    # read_207, read_208: being scared stiff after "and" closing the sentence goes, as being
    # terrified does, also of it
    ("A man punched the screen because his horse fell at the last fence, and I was scared "
     "stiff.", "less:fear", "A man punched the screen because his horse fell at the last fence."),
    ("One more flood in the basement would finish the Victorian cases, and I'm scared stiff "
     "of it.", "less:fear", "One more flood in the basement would finish the Victorian cases."),
    # read_217: being chuffed to bits when something happened is what happened
    ("I was chuffed to bits when our dry cider won gold at the national festival.", "less:joy",
     "Our dry cider won gold at the national festival."),
    # and thrilled to bits, which was "eager to bits" once (read_19): test_wording kept it
    # from any phrase rule until session 62
    ("We were thrilled to bits when the vet called.", "less:joy", "The vet called."),
    # read_220, read_214: wanting to scream after "and" is a reaction, as "I could have
    # screamed" is, and so is nearly having a heart attack
    ("Our gearbox died on the M6 with a sold-out festival waiting, and I wanted to scream.",
     "less:sadness", "Our gearbox died on the M6 with a sold-out festival waiting."),
    ("A filter leaked all over the electrics, and I nearly had a heart attack.", "less:fear",
     "A filter leaked all over the electrics."),
    # read_220: a frame dropped from the start before a fixed expression ("rain washed")
    # carries its first word's capital and keeps the expression whole
    ("I was gutted when rain washed out the whole weekend.", "less:sadness",
     "Rain washed out the whole weekend."),
    # read_236, read_235: a closing comment that only reacts goes, also when it astonished
    # "the lot of us" or was "a crushing blow"
    ("A barrel from 1890 held water perfectly when we tested it, which astonished the lot of "
     "us.", "less:surprise", "A barrel from 1890 held water perfectly when we tested it."),
    ("A mould cracked in the pit and a week's work was lost, which was a crushing blow.",
     "less:sadness", "A mould cracked in the pit and a week's work was lost."),
    # read_237, read_241: seeing red after "and" is a reaction, and so is what made one seethe
    ("A customer refused to pay for a wheel because the spokes weren't his favourite colour, "
     "and I saw red.", "less:anger",
     "A customer refused to pay for a wheel because the spokes weren't his favourite colour."),
    ("A woman blamed my candle for burning her curtains after leaving it lit all night, which "
     "made me seethe.", "less:anger",
     "A woman blamed my candle for burning her curtains after leaving it lit all night."),
])
def test_what_session_62s_sets_missed(analyzer, text, target, rewrite) -> None:
    assert rewrite in rewrites_of(analyzer, text, target)


def test_what_is_said_keeps_its_word(analyzer) -> None:
    """read_175: "…waits at her gate every morning just to say hello, and…" was "…to say,
    and…" (the explainer called "hello" a driver of joy, and an interjection may go);
    read_176: "…left me a note saying thanks." was "…a note saying.", the closing thanks
    a courtesy. What a verb of saying takes is the thing said."""
    text = ("An old lady waits at her gate every morning just to say hello, and it's the best "
            "part of my round.")
    assert not any("to say," in r for r in driven_rewrites_of(analyzer, text, "less:joy"))
    assert lacks(analyzer, "Some cheeky sod nicked six pints off a doorstep and left me a "
                 "note saying thanks.", "less:joy", "a note saying.")
    # the writer's own marker after such a verb may still go
    assert "He waved goodbye and I cried." in driven_rewrites_of(
        analyzer, "He waved goodbye and I cried lol.", "less:sadness")


def test_a_verdict_on_a_deed_needs_a_deed(analyzer) -> None:
    """read_184's "…, which was so kind." goes as a verdict on what was done; "sweet" is one
    only of someone, since a thing may be judged by its taste."""
    assert lacks(analyzer, "We grow the old Bramley, which is sweet.", "less:joy",
                 "We grow the old Bramley.")


def test_standing_is_no_dislike(analyzer) -> None:
    """"Can't stand" is a dislike only of a thing or of people: not standing up, still or
    for something, and not of him, as a hatred of him is left alone."""
    for text in ("I can't stand up straight after a day on the tools.",
                 "I couldn't stand still at the funeral.", "I can't stand him.",
                 "I can't stand for this any longer."):
        assert lacks(analyzer, text, "less:anger", "a fan of"), text


def test_a_relative_clause_is_no_clause_of_its_own(analyzer) -> None:
    """read_205: "It's sad how many old people I meet who haven't spoken to anyone all week."
    was "Many old people I meet who haven't spoken to anyone all week.": the verb after
    "who" is the relative clause's, and no verb of the sentence's own is left."""
    assert lacks(analyzer, "It's sad how many old people I meet who haven't spoken to anyone "
                 "all week.", "less:sadness", "Many old people")
    assert "Many people are lonely." in rewrites_of(
        analyzer, "It's sad how many people are lonely.", "less:sadness")
    assert "The man who runs the shop gave me a discount." in rewrites_of(
        analyzer, "I was amazed when the man who runs the shop gave me a discount.",
        "less:surprise")


def test_thrilled_to_bits_is_never_eager_to_bits(analyzer) -> None:
    """read_19 had "eager to bits"; the idiom goes whole or stays whole."""
    assert lacks(analyzer, "We were thrilled to bits when the vet called.", "less:joy",
                 "to bits when")


def test_jumping_for_joy_is_one_expression(analyzer) -> None:
    """read_216: "…, and I jumped for joy." was "…, and I jumped for satisfaction.": the
    idiom is fixed in the past too, as "jump for joy" and "jumping for joy" were."""
    assert lacks(analyzer, "English Heritage put our flying display on every Saturday at the "
                 "castle, and I jumped for joy.", "less:joy", "jumped for satisfaction",
                 "jumped for pleasure")


def test_what_something_left_one_feeling_goes(analyzer) -> None:
    """read_224: "…, which left me fuming." closing the sentence goes, as "…, which drives
    me mad" does."""
    assert "A man returned a Santa suit with a cigarette burn in the beard and denied it." in (
        rewrites_of(analyzer, "A man returned a Santa suit with a cigarette burn in the beard "
                    "and denied it, which left me fuming.", "less:anger"))
    # what one was left with is no feeling: the money stays
    assert lacks(analyzer, "We sold the van, which left us a few hundred pounds.", "less:joy",
                 "We sold the van.")


def test_a_present_the_tagger_calls_past_stays_present(analyzer) -> None:
    """read_241: "Hot wax and a curious toddler in the same workshop frighten me." was
    "…alarmed me.": spaCy tags "frighten" a past; a word that is its own lemma and no past
    of itself is a present."""
    got = driven_rewrites_of(analyzer, "Hot wax and a curious toddler in the same workshop "
                             "frighten me.", "less:fear")
    assert not any("alarmed me" in r or "disturbed me" in r for r in got), got
    assert any(r.endswith(("alarm me.", "disturb me.", "worry me.")) for r in got), got


def test_a_reaction_goes_only_from_a_clause_with_a_tense(analyzer) -> None:
    """read_235: "Hearing our bell ring out over the village for the first time, I was
    bursting with pride." was "Hearing our bell ring out…", a participle's phrase alone.
    A command keeps its clause: "Look at this, I love it." -> "Look at this."; so does a
    present the tagger calls a bare verb (session 60's "Cars parked across the bins … make
    the whole round an hour late")."""
    assert lacks(analyzer, "Hearing our bell ring out over the village for the first time, I "
                 "was bursting with pride.", "less:joy",
                 "Hearing our bell ring out over the village for the first time.")
    assert "Look at this." in rewrites_of(analyzer, "Look at this, I love it.", "less:joy")
    # a phrase the feeling is about is the writer's headline, and stays without it
    assert "Ending the quarter with a win at home" in rewrites_of(
        analyzer, "Ending the quarter with a win at home, I love it", "less:joy")


@pytest.mark.parametrize("text, target, rewrite", [
    # read_243: crying with happiness one could have done, after "and"
    ("Our oldest orangutan finally let the new keeper brush her hair this morning, and I could "
     "have cried with happiness.", "less:joy",
     "Our oldest orangutan finally let the new keeper brush her hair this morning."),
    # read_246: what gets on one's nerves gets to one
    ("Drunk customers heckling first-timers really gets on my nerves.", "less:anger",
     "Drunk customers heckling first-timers really gets to me."),
    ("The hold music got on our nerves.", "less:anger", "The hold music got to us."),
    # read_248: a disgrace closing the sentence is a letdown, of a thing or of someone
    ("The cuts to our training budget are a disgrace.", "less:anger",
     "The cuts to our training budget are a letdown."),
    ("The referee was an absolute disgrace!", "less:anger", "The referee was a letdown!"),
    # read_248: a sad day when something happened is what happened
    ("It was a sad day when they announced the lookout station would be unmanned.",
     "less:sadness", "They announced the lookout station would be unmanned."),
    # read_250: a superlative of a bad quality past a count of its noun
    ("A flying rig jammed with a dancer twelve feet up, and it was the scariest five minutes of "
     "my career.", "less:fear", "A flying rig jammed with a dancer twelve feet up, and it was "
     "the most unsettling five minutes of my career."),
    # read_255: a closing verdict of a crushing kind
    ("The milk tank failed overnight and we poured three days' milk down the drain, which was "
     "soul-crushing.", "less:sadness",
     "The milk tank failed overnight and we poured three days' milk down the drain."),
    # read_255: what made one's day, closing the sentence
    ("Our regular customer brought us a painting of the herd, and it made my day.", "less:joy",
     "Our regular customer brought us a painting of the herd."),
    # read_256: the sweetest thing, closing the sentence
    ("A little boy paid for a single apple with a jar of coins, and it was the sweetest thing.",
     "less:joy", "A little boy paid for a single apple with a jar of coins."),
    # read_261: a verdict on a deed may call it unfair
    ("He blamed me for every bad shot all afternoon, which was so unfair.", "less:anger",
     "He blamed me for every bad shot all afternoon."),
    # read_262: a reaction that has gone on since, after "have been"
    ("The old mare I look after won best veteran at the show, and I've been smiling ever since.",
     "less:joy", "The old mare I look after won best veteran at the show."),
    # read_260, read_262: a fright or a shock one got when something happened
    ("I got a real fright when a ball hit the mower cab two inches from my head.", "less:fear",
     "A ball hit the mower cab two inches from my head."),
    ("I got such a shock when a gelding I'd bathed rolled in the muck heap straight after.",
     "less:surprise", "A gelding I'd bathed rolled in the muck heap straight after."),
    # read_266: a frame after an opener, with a degree ("a little")
    ("To be honest, I was a little hurt when my own staff beat my record.", "less:sadness",
     "To be honest, my own staff beat my record."),
    # read_264: a feeling one felt when something happened
    ("I felt terrible when the family's cat got into the bait box, even though it survived.",
     "less:sadness", "The family's cat got into the bait box, even though it survived."),
    # read_265: the panic something was done in, closing the sentence
    ("A learner pulled out in front of an articulated lorry on the roundabout, and I grabbed "
     "the dual controls in sheer panic.", "less:fear", "A learner pulled out in front of an "
     "articulated lorry on the roundabout, and I grabbed the dual controls."),
    # read_268, read_272: closing verdicts of gutting and stressful
    ("We had to cancel thirty flights this summer because of the weather, which was gutting.",
     "less:sadness", "We had to cancel thirty flights this summer because of the weather."),
    ("The staff who quit without notice left us short all half-term, which was stressful.",
     "less:sadness", "The staff who quit without notice left us short all half-term."),
    # read_269: welling up after "and"
    ("A woman told me her late husband's dog only relaxes in my salon, and I welled up.",
     "less:joy", "A woman told me her late husband's dog only relaxes in my salon."),
    # read_271: what made one grin, closing the sentence
    ("A solver in Australia sent me a hand-drawn map of how she cracked my hardest clue, and it "
     "made me grin.", "less:joy",
     "A solver in Australia sent me a hand-drawn map of how she cracked my hardest clue."),
    # read_267: driven mad past a degree
    ("Visitors who block the lifts with pushchairs during an emergency drive me absolutely mad.",
     "less:anger", "Visitors who block the lifts with pushchairs during an emergency bother me."),
    # read_276: what is sad to think is what one thinks
    ("It's sad to think this is the last bowling alley left in the county.", "less:sadness",
     "This is the last bowling alley left in the county."),
    # read_281, read_282: sitting there stunned, lost for words, despairing, after "and"
    ("Tucked inside the base of a 1940s Singer was a soldier's letter home, and I just sat "
     "there stunned.", "less:surprise",
     "Tucked inside the base of a 1940s Singer was a soldier's letter home."),
    ("A farmer's wife on the last stop of my route baked me a cake for my retirement, and I was "
     "lost for words.", "less:sadness",
     "A farmer's wife on the last stop of my route baked me a cake for my retirement."),
    ("Three books this week came back sticky with jam, and I despair.", "less:sadness",
     "Three books this week came back sticky with jam."),
    # read_274: what wound one up, closing the sentence
    ("A passenger heckled my whole set, and it wound me up.", "less:anger",
     "A passenger heckled my whole set."),
    # read_280: an honour felt at what is so
    ("I'm honoured that people trust me with the worst days of their lives.", "less:joy",
     "People trust me with the worst days of their lives."),
    # read_289: frozen in terror, closing the sentence
    ("A man in a balaclava smashed the counter glass with a hammer, and I froze in terror.",
     "less:fear", "A man in a balaclava smashed the counter glass with a hammer, and I froze."),
])
def test_what_session_63s_sets_missed(analyzer, text, target, rewrite) -> None:
    assert rewrite in rewrites_of(analyzer, text, target)


def test_a_clause_hung_on_nothing_stays_hung_past_its_and(analyzer) -> None:
    """read_251: "When the glue failed on a finished top and the whole bridge lifted, I was
    devastated." was "When the glue failed on a finished top and the whole bridge lifted.":
    two verbs with a tense joined by "and" are one clause, still hung on the one dropped."""
    assert lacks(analyzer, "When the glue failed on a finished top and the whole bridge "
                 "lifted, I was devastated.", "less:sadness",
                 "When the glue failed on a finished top and the whole bridge lifted.")
    # a main clause past it keeps its drop
    assert "If he was from a free pack he's not sellable" in rewrites_of(
        analyzer, "If he was from a free pack he's not sellable, sorry", "less:sadness")


def test_a_disgrace_to_something_is_no_letdown(analyzer) -> None:
    """A disgrace is a letdown only where it closes the sentence: a disgrace to a profession
    is no "letdown to" it."""
    assert lacks(analyzer, "He is a disgrace to the profession.", "less:anger", "letdown")


@pytest.mark.parametrize("text", [
    "What possesses a grown man to throw his driver into the lake?",  # read_260
    "How can anyone think that sixty hours a week is fair for pocket money?",  # read_258
    "Why do parents think it's fine to text me at midnight about what's for breakfast?",
    "Why do people still think hearing aids are only for old people?",  # read_279
    "Why do people fly kites next to power lines?",  # read_284
    "Who brings a baby to a panto and then complains about the noise?",  # read_290
])
def test_a_complaint_put_as_a_question_is_no_request(analyzer, text) -> None:
    """Session 63's sets: a question of folly asks nothing ("Please tell me what possesses a
    grown man to…" was offered)."""
    assert lacks(analyzer, text, "less:surprise", "Please")


def test_a_question_of_what_someone_thinks_is_still_asked(analyzer) -> None:
    """What someone thinks, and how anyone can help, are asked."""
    assert "Please tell me why you think it's fine." in rewrites_of(
        analyzer, "Why do you think it's fine?", "less:surprise")
    assert any(r.startswith("Please") for r in rewrites_of(
        analyzer, "How can anyone help me with this?", "less:surprise"))


def test_a_closing_word_in_ly_is_no_adverb_without_a_pause(analyzer) -> None:
    """read_270: "…, which was lovely." was kept whole: a drop ending in "-ly" was taken for
    the adverb a pause waits for ("You chose... wisely"), with no pause before it."""
    assert "A couple booked me again for their tenth anniversary." in rewrites_of(
        analyzer, "A couple booked me again for their tenth anniversary, which was lovely.",
        "less:joy")
    assert lacks(analyzer, "You chose... wisely", "less:joy", "You chose...")


def test_driven_mad_past_a_degree_is_still_the_idiom(analyzer) -> None:
    """read_267: "…during an emergency drive me absolutely mad." was "…drive me upset": the
    degree hid the idiom, and the tagger called "drive" a noun."""
    text = ("Visitors who block the lifts with pushchairs during an emergency drive me absolutely "
            "mad.")
    assert lacks(analyzer, text, "less:anger", "drive me upset", "drive me bothered")


def test_a_rude_introduction_is_an_idiom(analyzer) -> None:
    """read_264: "…was a rude introduction to the trade." was "an impolite introduction"."""
    assert lacks(analyzer, "Getting bitten by a ferret on my first day was a rude introduction "
                 "to the trade.", "less:anger", "impolite introduction")


def test_a_verb_whose_past_is_itself_keeps_the_sentence_s_present(analyzer) -> None:
    """read_289: "Customers who shout at me about Royal Mail's delays really upset me." was
    "…really bothered me.": "upset" is its own past, and the tagger called it one in a
    sentence in the present. After "it" or a noun in the singular it is a past."""
    got = rewrites_of(analyzer, "Customers who shout at me about Royal Mail's delays really "
                      "upset me.", "less:sadness")
    assert not any("bothered me" in r for r in got), got
    assert "Customers who shout at me about Royal Mail's delays really bother me." in got
    assert "It really bothered me when he shouted." in rewrites_of(
        analyzer, "It really upset me when he shouted.", "less:sadness")
    assert lacks(analyzer, "It upset me that he is late.", "less:sadness", "bother me")


@pytest.mark.parametrize("text, target, part", [
    # read_292: a pet hate is no "pet distaste"
    ("Ringing the bell and then staying put is my number one pet hate.", "less:anger",
     "pet distaste"),
    # read_289: frozen in terror is no "frozen in concern"
    ("A man in a balaclava smashed the counter glass with a hammer, and I froze in terror.",
     "less:fear", "in concern"),
])
def test_what_session_63s_sets_got_wrong(analyzer, text, target, part) -> None:
    assert lacks(analyzer, text, target, part)


@pytest.mark.parametrize("text, target, rewrite", [
    # read_294: a verb the tagger took for a noun ("look out") still makes the clause a
    # closing blessing leaves
    ("The old-timers at the depot look out for us newbies, bless them.", "less:joy",
     "The old-timers at the depot look out for us newbies."),
    # read_293: a relief said after "so", closing the sentence
    ("Got my recertification through, so that's a relief.", "less:joy",
     "Got my recertification through."),
    # read_296: a fear of what a name's possession will do
    ("I'm worried Juno's fear of escalators will end her chances.", "less:fear",
     "Juno's fear of escalators may end her chances."),
    # read_295: "Would you believe…?" asks what "Can you believe…?" asks
    ("Would you believe a dad tried to take the blower home in his boot?", "less:surprise",
     "It turns out a dad tried to take the blower home in his boot."),
    # read_299, read_297, read_294: reactions after "and"
    ("Meg ran the best outrun of her life at the nationals, and I couldn't stop smiling.",
     "less:joy", "Meg ran the best outrun of her life at the nationals."),
    ("Opening night, the new ticketing system crashed, and I could have died of embarrassment.",
     "less:sadness", "Opening night, the new ticketing system crashed."),
    ("A customer tipped me fifty quid at Christmas and I genuinely didn't know what to say.",
     "less:surprise", "A customer tipped me fifty quid at Christmas."),
    # read_302: a reaction after "and" with its subject left out
    ("Jay finished his first solo valet yesterday and was bursting with pride.", "less:joy",
     "Jay finished his first solo valet yesterday."),
    # read_307: "sad to say" closing the sentence
    ("Our old envelope finally gave up after eight hundred flights, sad to say.",
     "less:sadness", "Our old envelope finally gave up after eight hundred flights."),
    # read_310, read_312: a shock said after a dash, and one had by everyone
    ("The mast came down a hand's width from my head — what a shock.", "less:surprise",
     "The mast came down a hand's width from my head."),
    ("The chimney pot came down in the night and smashed the car bonnet below, which was a "
     "shock for everyone.", "less:surprise",
     "The chimney pot came down in the night and smashed the car bonnet below."),
    # read_304: welling up when one saw (opened, read…) it
    ("My old gaffer left me his toolbox in his will, and I welled up when I opened it.",
     "less:joy", "My old gaffer left me his toolbox in his will."),
    # read_320: a stomach that dropped, after "and"
    ("The crane driver radioed that he could see the lad's harness hanging loose, and my "
     "stomach dropped.", "less:sadness",
     "The crane driver radioed that he could see the lad's harness hanging loose."),
    # read_313: people's anger after "and"
    ("The committee raised the rent again without a vote, and people are livid.", "less:anger",
     "The committee raised the rent again without a vote."),
    # read_317: chuffed as a frame
    ("I'm chuffed our lamb biryani made the paper's top ten.", "less:joy",
     "Our lamb biryani made the paper's top ten."),
    # read_320: made up for someone, after "and"
    ("Our apprentice won regional apprentice of the year, and I'm made up for him.", "less:joy",
     "Our apprentice won regional apprentice of the year."),
    # read_321: "Sad to say," opening the sentence
    ("Sad to say, the old pianist who played for us for thirty years has retired.",
     "less:sadness", "The old pianist who played for us for thirty years has retired."),
    # read_318: what scared the life out of one, closing the sentence
    ("The plaster came off in sheets behind the old paper, which scared the life out of me.",
     "less:fear", "The plaster came off in sheets behind the old paper."),
    # a feeling after a semicolon, as after "and"
    ("The parcel was lost; I was gutted.", "less:sadness", "The parcel was lost."),
    # read_323: what breaks one, as what breaks one's heart
    ("It breaks me that my son wants nothing to do with the farm.", "less:sadness",
     "My son wants nothing to do with the farm."),
    # read_324, read_327: verdicts after "and it was (it's)": magic; not on
    ("A fresher from Malaysia cooked for the whole corridor on her birthday, and it was magic.",
     "less:joy", "A fresher from Malaysia cooked for the whole corridor on her birthday."),
    ("Some of the lads in the service area take the mickey out of the women crews, and it's "
     "not on.", "less:anger",
     "Some of the lads in the service area take the mickey out of the women crews."),
    # read_335: what is beyond a joke, closing the sentence
    ("Someone keeps dumping fridges at the forest gate, which is beyond a joke.", "less:joy",
     "Someone keeps dumping fridges at the forest gate."),
    # read_336: grinning all afternoon, after "and"
    ("A little boy in a driver's cap stood on the footplate and gasped, and I grinned all "
     "afternoon.", "less:joy",
     "A little boy in a driver's cap stood on the footplate and gasped."),
])
def test_what_session_64s_sets_missed(analyzer, text, target, rewrite) -> None:
    assert rewrite in rewrites_of(analyzer, text, target)


def test_a_broken_heart_a_little_keeps_its_degree(analyzer) -> None:
    """read_296: "Handing Biscuit back at fourteen months broke my heart a little." was
    "…was hard a little."."""
    got = rewrites_of(analyzer, "Handing Biscuit back at fourteen months broke my heart a "
                      "little.", "less:sadness")
    assert not any("hard a little" in r for r in got), got
    assert "Handing Biscuit back at fourteen months was a little hard." in got


@pytest.mark.parametrize("text", [
    "Who decided the wave machine should start without a warning siren?",  # read_293
    "Why are kids still leaving primary school unable to swim twenty-five metres?",  # read_298
    "Why does every coach think the offside rule means whatever suits him?",  # read_311
    # read_317, read_313
    "Why do customers ring at midnight to ask if we're still open when the sign says ten?",
    "Who takes a whole row of somebody else's leeks in the night?",
    # read_324, read_328, read_332: "Who" and a verb in the present
    "Who thinks it's clever to set off a fire extinguisher in a lift?",
    "Who sends out vouchers that expire before people can use them?",
    "Who schedules a choir competition on the same day as the cup final?",
    "Why does someone always take the last of the milk and not say anything?",  # read_342
])
def test_session_64s_complaint_questions_are_no_requests(analyzer, text) -> None:
    """Session 64's sets: "Please tell me who decided…" was offered for a complaint."""
    assert lacks(analyzer, text, "less:surprise", "Please")


def test_scared_the_life_out_of_one_is_an_idiom(analyzer) -> None:
    """read_318: "…, which scared the life out of me." was "…which alarmed the life out of
    me."."""
    assert lacks(analyzer, "The plaster coming off scared the life out of me.", "less:fear",
                 "alarmed the life", "worried the life", "concerned the life")


def test_a_question_of_who_owns_or_knows_is_still_asked(analyzer) -> None:
    """Who owns, knows or has something is asked, not complained of."""
    assert "Please tell me who owns the red car." in rewrites_of(
        analyzer, "Who owns the red car?", "less:surprise")


def test_driven_mad_past_an_adjective_is_still_the_idiom(analyzer) -> None:
    """read_325: "…drives the whole crew mad." was "…drives the whole crew upset"."""
    assert lacks(analyzer, "Wet wipes clogging the screens every single morning drives the "
                 "whole crew mad.", "less:anger", "crew upset", "crew bothered")


def test_a_thrill_at_what_one_has_is_no_wish(analyzer) -> None:
    """read_336: "We're thrilled to have a new fireman…" was "We're eager to have…", a wish
    for what one has; what one is excited to do one may still be eager to do."""
    assert lacks(analyzer, "We're thrilled to have a new fireman after two years without one.",
                 "less:joy", "eager to", "keen to", "interested to")
    assert "I'm so keen to go to the festival." in rewrites_of(
        analyzer, "I'm so excited to go to the festival.", "less:joy")


@pytest.mark.parametrize("text, wrong", [
    # read_338: a noun the tagger took for a verb after the subject
    ("Why are the school trip budgets being cut every year?", "trip are budgets"),
    # read_341: the subject that took what was said of it
    ("How is the gritting budget smaller than last year's when the winters are worse?",
     "worse is"),
    # read_342: "do" that served a second verb
    ("Why does he eat and sleep so much?", "eats and sleep"),
])
def test_a_question_the_parser_misread_is_no_broken_request(analyzer, text, wrong) -> None:
    """Session 64's sets: requests made of questions whose words the parser put in the wrong
    places were ungrammatical."""
    assert lacks(analyzer, text, "less:surprise", wrong)
    assert "Please tell me why the kids are crying." in rewrites_of(
        analyzer, "Why are the kids crying?", "less:surprise")


@pytest.mark.parametrize("text, target, rewrite", [
    # read_343: "much" before a possession's amazement, which the tagger called an adjective
    ("Much to everyone's amazement, the derelict chapel sold in a week.", "less:surprise",
     "The derelict chapel sold in a week."),
    # read_351: "I fear" frames a fear as "I'm worried" does
    ("I fear the raw milk rules will finish off our smallest supplier.", "less:fear",
     "The raw milk rules may finish off our smallest supplier."),
    # read_353: a reaction after a dash
    ("A seven-year-old served an ace on her first day — I couldn't believe my eyes.",
     "less:surprise", "A seven-year-old served an ace on her first day."),
    # read_358, read_361: a sad day and a loss, after "and it's"
    ("The last of the old trams goes to the museum next week, and it's a sad day.",
     "less:sadness", "The last of the old trams goes to the museum next week."),
    ("Fewer and fewer farriers learn to forge their own shoes, and it's a loss.",
     "less:sadness", "Fewer and fewer farriers learn to forge their own shoes."),
    # read_349: insulting to someone is unfair to them
    ("Machine subtitles that turn a funeral into a fun rail are insulting to the deaf audience.",
     "less:anger", "Machine subtitles that turn a funeral into a fun rail are unfair to the "
     "deaf audience."),
    # read_363: a team buzzing, after "and"
    ("We closed our hundredth debt relief order this year, and the whole team was buzzing.",
     "less:joy", "We closed our hundredth debt relief order this year."),
    # read_368: in despair, after a semicolon
    ("The van died on the A30 on fair day; I was in despair.", "less:sadness",
     "The van died on the A30 on fair day."),
    # read_372: a scare, in a closing comment
    ("A jellyfish stung a girl in my group, which was a scare.", "less:fear",
     "A jellyfish stung a girl in my group."),
    # read_369: what makes one despair bothers one
    ("Visitors who touch the paintings despite the signs make me despair.", "less:sadness",
     "Visitors who touch the paintings despite the signs bother me."),
    # read_375: what scared one to death unnerved one
    ("Putting my son in the ring for his first bout scared me to death.", "less:fear",
     "Putting my son in the ring for his first bout unnerved me."),
    # read_378, read_380: nearly dying of fright, nearly screaming
    ("A photocopier at a solicitor's office caught fire while I was standing next to it, and I "
     "nearly died of fright.", "less:fear",
     "A photocopier at a solicitor's office caught fire while I was standing next to it."),
    ("Found a guest's false teeth in the dishwasher; I nearly screamed.", "less:anger",
     "Found a guest's false teeth in the dishwasher."),
    # read_377: tearing up when something happened is what happened
    ("I teared up when the whole audience stood at the end of our final night.",
     "less:sadness", "The whole audience stood at the end of our final night."),
    # read_388: nearly dying of shame
    ("I came through a ceiling into an old lady's bedroom, and I nearly died of shame.",
     "less:sadness", "I came through a ceiling into an old lady's bedroom."),
    # read_390: what one did that broke one was hard
    ("Finding Mrs Bell on the floor after two days broke me.", "less:sadness",
     "Finding Mrs Bell on the floor after two days was hard."),
    # read_393: what haunts one, closing the sentence
    ("We couldn't reach a fisherman in time last winter, and it haunts me.", "less:sadness",
     "We couldn't reach a fisherman in time last winter."),
    # read_396: sick with nerves, after "and I was"
    ("The lighting rig failed ten minutes before curtain up, and I was sick with nerves.",
     "less:sadness", "The lighting rig failed ten minutes before curtain up."),
    # read_397, read_398: what made us all laugh, what gave us all a scare
    ("A girl brought her pony a birthday cake at the clinic, which made us all laugh.",
     "less:joy", "A girl brought her pony a birthday cake at the clinic."),
    ("A gardener was stung by a swarm of wasps, which gave us all a scare.", "less:fear",
     "A gardener was stung by a swarm of wasps."),
    # read_399: a sad day for someone is a hard one
    ("The closure of the toy factory in town was a sad day for us all.", "less:sadness",
     "The closure of the toy factory in town was a hard day for us all."),
    # read_402: holding back tears
    ("A first-time donor told me he was doing it for his sister, and I had to hold back tears.",
     "less:sadness", "A first-time donor told me he was doing it for his sister."),
    # read_401: one freezes, not with fear
    ("When a brawl starts by the door, I freeze with fear.", "less:fear",
     "When a brawl starts by the door, I freeze."),
    # read_419, read_358: a feeling had ever since, after "and I've felt"
    ("A bull broke through a fence we'd put up and was killed on the road, and I've felt sick "
     "ever since.", "less:sadness",
     "A bull broke through a fence we'd put up and was killed on the road."),
    ("A pensioner fell when the tram lurched, and I've felt terrible ever since.",
     "less:sadness", "A pensioner fell when the tram lurched."),
    # read_420: silent, not with fright
    ("When our winger went headfirst into the boards, the bench went silent with fright.",
     "less:fear", "When our winger went headfirst into the boards, the bench went silent."),
    # read_422: what took one aback
    ("Half our new dialysis patients are under thirty, which took me aback.", "less:surprise",
     "Half our new dialysis patients are under thirty."),
    # session 66
    # read_426, read_431: "I worry (that)" frames a fear as "I fear" does
    ("I worry the school will cut the chess club now the teacher has left.", "less:fear",
     "The school may cut the chess club now the teacher has left."),
    ("I worry that the chaplaincy budget will be cut again.", "less:fear",
     "The chaplaincy budget may be cut again."),
    # read_429: tears in one's eyes, closing the sentence
    ("A blind climber topped out on the main wall to a round of applause, and I had tears in "
     "my eyes.", "less:sadness", "A blind climber topped out on the main wall to a round of "
     "applause."),
    # read_431: what took one by surprise when it happened is what happened
    ("It took me completely by surprise when my landlord lowered the rent.", "less:surprise",
     "My landlord lowered the rent."),
    ("It surprised me when the new intern fixed the printer on her first morning.",
     "less:surprise", "The new intern fixed the printer on her first morning."),
    # read_433: a feeling after "and honestly I was"
    ("The first English strawberries of the year came in this morning, and honestly I was "
     "giddy.", "less:joy", "The first English strawberries of the year came in this morning."),
    # read_433: getting all emotional
    ("An old customer came back to tell me my dad used to slip her a free apple as a girl, and "
     "I got all emotional.", "less:sadness",
     "An old customer came back to tell me my dad used to slip her a free apple as a girl."),
    # read_434: what scares one stiff unnerves one
    ("Covering my first cup final on national radio scares me stiff.", "less:fear",
     "Covering my first cup final on national radio unnerves me."),
    # read_436: to the amazement of everyone there
    ("A woman who'd never held a bow put all six arrows in the gold, to the amazement of "
     "everyone there.", "less:surprise",
     "A woman who'd never held a bow put all six arrows in the gold."),
    # read_437: a place that feels sad feels quiet
    ("The shoe shop across the road closed after eighty years, and the high street feels so "
     "sad now.", "less:sadness", "The shoe shop across the road closed after eighty years, "
     "and the high street feels so quiet now."),
    # read_437: what may happen, of a plural with no article
    ("I'm scared online sellers will finish us off within two years.", "less:fear",
     "Online sellers may finish us off within two years."),
    # read_438: what made one well up
    ("The children painted a sign for the shop's tenth birthday, and it made me well up.",
     "less:joy", "The children painted a sign for the shop's tenth birthday."),
    # read_439: "and I adore that moment"
    ("When fractions finally click for a student, her whole face lights up, and I adore that "
     "moment.", "less:joy", "When fractions finally click for a student, her whole face lights "
     "up."),
    # read_440: what scared the daylights out of one unnerved one
    ("A gas bottle hidden in a car went off in the crusher, and the bang scared the daylights "
     "out of me.", "less:fear",
     "A gas bottle hidden in a car went off in the crusher, and the bang unnerved me."),
    # read_442: not holding back the tears
    ("The drivers all sounded their horns as they passed the box on his last shift, and I "
     "couldn't hold back the tears.", "less:sadness",
     "The drivers all sounded their horns as they passed the box on his last shift."),
    # what hit one hard, closing the sentence
    ("The mill closed in the spring, and it has hit me really hard.", "less:sadness",
     "The mill closed in the spring."),
    # read_443: "Talk about a surprise:" opening the sentence
    ("Talk about a surprise: a pearl turned up in an oyster on the sorting table.",
     "less:surprise", "A pearl turned up in an oyster on the sorting table."),
    # read_443: what gutted one, closing the sentence
    ("A storm tore up half our trestles in November, and it gutted me.", "less:sadness",
     "A storm tore up half our trestles in November."),
    # read_444: a gladness to hear it goes whole
    ("A ninety-year-old passenger told me our lifts are the only reason she still gets out, and "
     "I was thrilled to hear it.", "less:joy", "A ninety-year-old passenger told me our lifts "
     "are the only reason she still gets out."),
    # read_445: a shock when something happened, graded by "quite a"
    ("It was quite a shock when a groom turned up to choose the dress with his bride.",
     "less:surprise", "A groom turned up to choose the dress with his bride."),
    # read_447: scared out of one's wits, closing the sentence
    ("Two rugby lads started swinging chairs during the final, and I was scared out of my "
     "wits.", "less:fear", "Two rugby lads started swinging chairs during the final."),
    # read_448: a quay that feels sad feels quiet
    ("The last of the old fishing families sold their boat this week, and the quay feels so "
     "sad.", "less:sadness", "The last of the old fishing families sold their boat this week, "
     "and the quay feels so quiet."),
    # read_451: overwhelmed, after "and I was"
    ("The swimmers had a whip-round for my retirement, and I was overwhelmed.", "less:joy",
     "The swimmers had a whip-round for my retirement."),
    # read_453: breaking out in a cold sweat
    ("Production went down for forty minutes during the launch webinar, and I broke out in a "
     "cold sweat.", "less:sadness",
     "Production went down for forty minutes during the launch webinar."),
    # read_455: what reading them made one do
    ("Readers sent in hundreds of letters about our founder, and reading them made me cry.",
     "less:sadness", "Readers sent in hundreds of letters about our founder."),
    # read_457: what surprised everyone is what happened
    ("It surprised everyone that the German version outsold the English one.", "less:surprise",
     "The German version outsold the English one."),
    # read_457: a sadness to lose someone
    ("Our Portuguese translator is retiring, and I'm sad to lose her.", "less:sadness",
     "Our Portuguese translator is retiring."),
    # read_459: what reduced one to tears
    ("A family sent the ward a hamper and a card naming every nurse, and it reduced me to "
     "tears.", "less:sadness", "A family sent the ward a hamper and a card naming every nurse."),
    # read_460: a nervous wreck; read_461: crushed
    ("The lottery panel interviews us on Tuesday, and I'm a nervous wreck.", "less:fear",
     "The lottery panel interviews us on Tuesday."),
    ("Our artist had to leave the project for health reasons, and we're all crushed.",
     "less:sadness", "Our artist had to leave the project for health reasons."),
    # read_462: astounded to find
    ("I was astounded to find a letter from Charles Dickens in a box of parish accounts.",
     "less:joy", "I found a letter from Charles Dickens in a box of parish accounts."),
    # read_463: a pride with no subject; "that was unexpected:"; feeling sick when one saw it
    ("So proud of the team for getting every payslip out on time despite the system outage!",
     "less:joy", "Credit to the team for getting every payslip out on time despite the system "
     "outage!"),
    ("Well, that was unexpected: the pension provider actually answered the phone.",
     "less:surprise", "The pension provider actually answered the phone."),
    ("A whole department was paid twice in March, and I felt sick when I saw it.",
     "less:sadness", "A whole department was paid twice in March."),
    # read_463: sick to death of something, tired of it
    ("I'm sick to death of being ignored by head office.", "less:sadness",
     "I'm tired of being ignored by head office."),
    # read_464: a heartbreak with no subject, hard
    ("Heartbreaking to turn away so many good applicants because of the cap.", "less:sadness",
     "Hard to turn away so many good applicants because of the cap."),
    # read_467, read_468: happy (sad) for them, after "and I was"
    ("A young couple got their first mortgage approved today, and I was so happy for them.",
     "less:joy", "A young couple got their first mortgage approved today."),
    ("A bride cancelled the day before because her father died, and I felt so sad for her.",
     "less:sadness", "A bride cancelled the day before because her father died."),
    # read_473: a bit teary; read_477: choked; read_478: sorry for her; read_480: overwhelmed
    # with emotion
    ("A retiring captain waved at every one of us from the cockpit on his last flight, and I got "
     "a bit teary.", "less:sadness",
     "A retiring captain waved at every one of us from the cockpit on his last flight."),
    ("A widow bought the same model her late husband always wanted, and I was choked.",
     "less:sadness", "A widow bought the same model her late husband always wanted."),
    ("A girl sobbed silently through her maths paper, and I felt so sorry for her.",
     "less:sadness", "A girl sobbed silently through her maths paper."),
    ("A boy we rescued from a cliff came to visit the base with his parents, and I was "
     "overwhelmed with emotion.", "less:sadness",
     "A boy we rescued from a cliff came to visit the base with his parents."),
    # read_474: what came as a shock when it happened
    ("It came as a total shock when the post-mortem showed the woman had been dead for a "
     "month.", "less:surprise",
     "The post-mortem showed the woman had been dead for a month."),
])
def test_what_sessions_65_and_66s_sets_missed(analyzer, text, target, rewrite) -> None:
    assert rewrite in rewrites_of(analyzer, text, target)


def test_a_feeling_word_that_is_a_subject_is_no_frame(analyzer) -> None:
    """read_346: "Shocked doesn't begin to cover it: …" was "Doesn't begin to cover it: …"."""
    assert lacks(analyzer, "Shocked doesn't begin to cover it: the survey found rot in the keel "
                 "of a boat we'd only just relaunched.", "less:surprise", "Doesn't begin")


def test_a_loss_of_something_is_what_was_lost(analyzer) -> None:
    """A loss closing the sentence after "and it's" goes; a loss of money is what happened."""
    assert lacks(analyzer, "We sold the old van at auction, and it's a loss of four thousand "
                 "pounds.", "less:sadness", "We sold the old van at auction.")


def test_a_clause_hung_on_a_time_is_no_sentence(analyzer) -> None:
    """read_370: "The first time I saw the whole farm spinning at sunrise, I was in awe." was
    "The first time I saw the whole farm spinning at sunrise."; a time that is the subject
    still leaves a sentence."""
    assert lacks(analyzer, "The first time I saw the whole farm spinning at sunrise, I was in "
                 "awe.", "less:joy", "The first time I saw the whole farm spinning at sunrise.")
    assert "The day was hot." in rewrites_of(analyzer, "The day was hot, and I was in awe.",
                                             "less:joy")


def test_frightened_sick_is_an_idiom(analyzer) -> None:
    """read_379: "…, and I was frightened sick until he called." was "…uneasy sick…", the
    word the explainer found driving the fear replaced."""
    got = driven_rewrites_of(analyzer, "A rider of ours was knocked off his scooter, and I was "
                             "frightened sick until he called.", "less:fear")
    assert not any(" sick until" in r for r in got), got


def test_a_comment_adverb_before_a_clause_leaves_its_comma(analyzer) -> None:
    """read_389: "Eating chips in the nave, honestly, what goes through people's heads?" was
    "Eating chips in the nave what goes…"; inside a clause both commas still go."""
    assert "Eating chips in the nave, what goes through people's heads?" in rewrites_of(
        analyzer, "Eating chips in the nave, honestly, what goes through people's heads?",
        "less:surprise")
    assert "The food was fine." in rewrites_of(analyzer, "The food was, honestly, fine.",
                                               "less:joy")


def test_frozen_with_fear_is_not_with_concern(analyzer) -> None:
    """read_401: "…, I freeze with fear." was "…, I freeze with concern."."""
    assert lacks(analyzer, "When a brawl starts by the door, I freeze with fear.", "less:fear",
                 "with concern", "with worry")


def test_a_gladness_at_what_was_done_to_one_is_what_was_done(analyzer) -> None:
    """read_408: "I was pleased to be asked to train the new stenographers." had no rewrite;
    a gladness (pride, sadness) to be done something is what was done, as a shock is."""
    assert "I was asked to train the new stenographers." in rewrites_of(
        analyzer, "I was pleased to be asked to train the new stenographers.", "less:joy")
    assert "We were chosen for the final." in rewrites_of(
        analyzer, "We were so proud to be chosen for the final.", "less:joy")


@pytest.mark.parametrize("text", [
    "Why does nobody care about seeds until there's a famine?",  # read_412
    "Why does nobody tell the cleaners when a bay is closed for infection?",  # read_355
    "Why do fans bang on the glass right behind the goalie?",  # read_420
    "Why do developers plant trees and then never water them?",  # read_416
    # session 66
    "How hard is it to tell us your dog bites?",  # read_423
    "What is it with people who resign without shaking hands?",  # read_426
    "Why can't people put the mats back after bouldering?",  # read_429
    "How hard can it be to shut a gate behind you?",
    "Why do schools set homework the pupils have never been taught?",  # read_439
    "Why does everyone think a scrapyard is a free tip?",  # read_440
    "Why does the council think volunteers can run a service on thin air?",  # read_444
    "Why do the papers call probation a soft option?",  # read_449
    "Why do agents pitch crime novels to a gardening magazine?",  # read_455
    "Why is the Wi-Fi password always on a sign nobody can find?",  # read_458
    "Why do funders want innovation but never pay for running costs?",  # read_460
    "Why does the agency think fifteen minutes is enough to wash and dress someone?",  # read_469
    "Why does the exam board send papers in the wrong order every year?",  # read_478
])
def test_sessions_65_and_66s_complaint_questions_are_no_requests(analyzer, text) -> None:
    """Session 65's and 66's sets: "Please tell me why nobody cares about seeds…" and "Please
    tell me how hard it is to tell us your dog bites." were offered."""
    assert lacks(analyzer, text, "less:surprise", "Please")


def test_what_nobody_is_doing_now_is_still_asked(analyzer) -> None:
    """"Why does nobody…?" complains; "Why is nobody…?" may still be asked."""
    assert "Please tell me why nobody is answering my emails." in rewrites_of(
        analyzer, "Why is nobody answering my emails?", "less:surprise")


def test_how_hard_it_is_to_learn_is_still_asked(analyzer) -> None:
    """"How hard is it to tell us…?" complains; how hard a skill is may still be asked."""
    assert "Please tell me how hard it is to learn Japanese." in rewrites_of(
        analyzer, "How hard is it to learn Japanese?", "less:surprise")


def test_one_freezes_not_with_horror(analyzer) -> None:
    """read_437: the best of "…, and I was frozen with horror." was "…frozen with concern.";
    it is "…, and I was frozen.". "…fills me with horror." may still fill one with concern
    (held_out_15), so "with horror" is no fixed idiom as "with fear" is."""
    assert best_of(analyzer, "A shelf of boxes toppled just as a toddler walked past, and I "
                   "was frozen with horror.", "less:fear") == (
        "A shelf of boxes toppled just as a toddler walked past, and I was frozen.")
    assert "The thought of presenting these sales figures fills me with concern." in (
        rewrites_of(analyzer, "The thought of presenting these sales figures fills me with "
                    "horror.", "less:fear"))


def test_the_daylights_scared_out_of_one_are_an_idiom(analyzer) -> None:
    """read_440: "…scared the daylights out of me." was "…disturbed the daylights out of
    me.", and "…scared the living daylights out of me." "…disturbed the living daylights…":
    a fixed expression is read in runs of two to four words, and the five-word entries first
    written for it in session 66 never matched."""
    assert lacks(analyzer, "A gas bottle hidden in a car went off in the crusher, and the bang "
                 "scared the daylights out of me.", "less:fear", "daylights")
    for text in ("The bang scared the living daylights out of me.",
                 "The dog scares the living daylights out of the postman."):
        assert lacks(analyzer, text, "less:fear", "daylights out of"), text
    assert "The bang unnerved me." in rewrites_of(
        analyzer, "The bang scared the living daylights out of me.", "less:fear")


def test_a_gladness_to_hear_it_is_no_hearing(analyzer) -> None:
    """read_444: "…, and I was thrilled to hear it." was "…, and I heard it."; a gladness to
    hear what is named is still what was heard."""
    assert lacks(analyzer, "A ninety-year-old passenger told me our lifts are the only reason "
                 "she still gets out, and I was thrilled to hear it.", "less:joy", "I heard it")
    assert "We heard the results on the radio." in rewrites_of(
        analyzer, "We were thrilled to hear the results on the radio.", "less:joy")


@pytest.mark.parametrize("text, target, wrong, right", [
    # read_458: "…, and I was in a total panic." was "…in a concern."
    ("A fire alarm emptied the main hall during the keynote, and I was in a total panic.",
     "less:fear", "in a concern", "A fire alarm emptied the main hall during the keynote."),
    # read_459: "…, and the whole team is grieving." was "…is missing."
    ("A patient we'd nursed for two months died yesterday, and the whole team is grieving.",
     "less:sadness", "is missing", "A patient we'd nursed for two months died yesterday."),
    # read_464: "…, and I was in a cold panic." was "…in a cold concern."
    ("The website went down an hour before the deadline, and I was in a cold panic.",
     "less:fear", "cold concern", "The website went down an hour before the deadline."),
])
def test_session_66s_wrong_words_are_gone(analyzer, text, target, wrong, right) -> None:
    assert lacks(analyzer, text, target, wrong)
    assert right in rewrites_of(analyzer, text, target)


def test_why_it_always_happens_may_still_be_asked(analyzer) -> None:
    """"Why is the Wi-Fi password always…?" complains of something someone did; "why does it
    always…" may ask (GoEmotions train, found pairing session 66's rules)."""
    assert "Please tell me why it always runs out faster than shampoo." in rewrites_of(
        analyzer, "Why does it always run out faster than shampoo?", "less:surprise")


def test_seeing_something_as_something_is_no_sight_that_saddens(analyzer) -> None:
    """Pairing session 66's rules: "Sad to see this as a one-off." was "Hard to see this as a
    one-off.", which says it is hard to regard it so; "It's sad to…" had the same fault."""
    for text in ("Sad to see this as a one-off.", "It's sad to see this as a one-off."):
        assert lacks(analyzer, text, "less:sadness", "hard to see"), text
    assert "It's hard to see the old mill close." in rewrites_of(
        analyzer, "It's sad to see the old mill close.", "less:sadness")


def test_an_apology_closing_the_sentence_stays(analyzer) -> None:
    """"…, and I felt so sorry for her." goes (read_478); "…, and I'm sorry for it." owns a
    fault, and "sorry" alone after "and" is no feeling for someone."""
    assert lacks(analyzer, "I lost the keys to the van, and I'm so sorry for it.", "less:sadness",
                 "I lost the keys to the van.")


@pytest.mark.parametrize("text, target, rewrite", [
    # read_484: what stunned one, graded by "completely"
    ("Under an old print I found a love letter dated 1943, which completely stunned me.",
     "less:surprise", "Under an old print I found a love letter dated 1943."),
    # read_488: what worries one sick, closing the sentence
    ("The university may not renew the dig's grant, and that worries me sick.", "less:sadness",
     "The university may not renew the dig's grant."),
    # read_485: the saddest part of a role is its hardest
    ("Sending a seventeen-year-old to custody is the saddest part of this role.",
     "less:sadness", "Sending a seventeen-year-old to custody is the hardest part of this role."),
    ("Framing a baby's handprints for parents who lost her is the saddest order I've had.",
     "less:sadness",
     "Framing a baby's handprints for parents who lost her is the hardest order I've had."),
    # read_493: what still hurts, closing the sentence
    ("Our lead animator quit after burning out, and it still hurts.", "less:sadness",
     "Our lead animator quit after burning out."),
    # read_494: what one watched that nearly broke one was hard, not "nearly was hard"
    ("Watching an elderly man give up on our banking app nearly broke me.", "less:sadness",
     "Watching an elderly man give up on our banking app was hard."),
    # read_496: a sadness felt for someone is a feeling for them
    ("When the old mine finally flooded, I felt a real sadness for the men who worked it.",
     "less:sadness", "When the old mine finally flooded, I felt for the men who worked it."),
    # read_497: one of the saddest days is one of the hardest
    ("Grubbing up my grandfather's old hop garden was one of the saddest days of my life.",
     "less:sadness",
     "Grubbing up my grandfather's old hop garden was one of the hardest days of my life."),
    # read_497: what makes one want to weep, closing the sentence
    ("Our last oast house has been sold for flats, and it makes me want to weep.",
     "less:sadness", "Our last oast house has been sold for flats."),
    # read_498: what astonished the whole practice, and feeling low after "and I"
    ("Planning was granted in six weeks, which astonished the whole practice.",
     "less:surprise", "Planning was granted in six weeks."),
    ("Bulldozers flattened the Victorian chapel we fought to save this morning, and I feel "
     "low.", "less:sadness",
     "Bulldozers flattened the Victorian chapel we fought to save this morning."),
    # read_502: "what a feeling" after a dash; a spa that feels empty feels quiet
    ("Best spa in the county, two years running — what a feeling!", "less:joy",
     "Best spa in the county, two years running!"),
    ("Our oldest regular passed away, and the spa feels empty without her.", "less:sadness",
     "Our oldest regular passed away, and the spa feels quiet without her."),
    # read_504: not keeping it together, closing the sentence
    ("The founder's widow opened this year's festival, and I couldn't keep it together.",
     "less:sadness", "The founder's widow opened this year's festival."),
    # a lump in one's throat, closing the sentence
    ("The choir sang his favourite hymn, and I had a lump in my throat.", "less:sadness",
     "The choir sang his favourite hymn."),
    # read_507: a sad job is a hard one
    ("Dismantling the robot the kids spent a year on was a sad job.", "less:sadness",
     "Dismantling the robot the kids spent a year on was a hard job."),
    # read_515: a place that feels sad without someone feels quiet, whatever the place
    ("Our oldest marshal retired, and the paddock feels sad without him.", "less:sadness",
     "Our oldest marshal retired, and the paddock feels quiet without him."),
    # read_520: what one did that reduced one to tears was hard
    ("Finding a seal pup tangled in fishing net reduced me to tears.", "less:sadness",
     "Finding a seal pup tangled in fishing net was hard."),
    # read_522: a doing of thirteen words after its -ing that was heartbreaking was hard
    # (it had been "…was unfortunate")
    ("Taking in a dress for a woman who'd lost so much weight through illness was "
     "heartbreaking.", "less:sadness",
     "Taking in a dress for a woman who'd lost so much weight through illness was hard."),
    # read_516: in floods of tears, closing the sentence
    ("The vet said there was nothing more to do, and I was in floods of tears.",
     "less:sadness", "The vet said there was nothing more to do."),
    # read_526: what one found that left one in tears was hard
    ("Finding a roost wiped out by rat poison left me in tears.", "less:sadness",
     "Finding a roost wiped out by rat poison was hard."),
    # read_531: what one did that felt sad was hard
    ("A lonely widow kept me talking for an hour, and leaving her felt sad.", "less:sadness",
     "A lonely widow kept me talking for an hour, and leaving her was hard."),
    # read_529: what amazed him, closing the sentence
    ("A man in his eighties came in for the toffee he bought as a boy, and we still had it, "
     "which amazed him.", "less:surprise",
     "A man in his eighties came in for the toffee he bought as a boy, and we still had it."),
    # read_527: "which was quite a surprise", "which was the last thing I expected"
    ("A famous DJ turned up to do a guest slot, which was quite a surprise.", "less:surprise",
     "A famous DJ turned up to do a guest slot."),
    ("My sympathy card went viral on social media, which was the last thing I expected.",
     "less:surprise", "My sympathy card went viral on social media."),
    # read_530: what one found sad, closing the sentence; feeling sick for someone
    ("A mum ordered balloons for a little boy's funeral, and I found that very sad.",
     "less:sadness", "A mum ordered balloons for a little boy's funeral."),
    ("Our oldest supplier went bust, and I felt sick for his staff.", "less:sadness",
     "Our oldest supplier went bust, and I felt for his staff."),
    # read_532: not seeing for tears, closing the sentence
    ("We fired a single rocket for him at the end of the show, and I couldn't see for tears.",
     "less:sadness", "We fired a single rocket for him at the end of the show."),
    # read_525: tickled pink, after "and I was"
    ("The crew gave my birthday curry a round of applause in the mess, and I was tickled "
     "pink.", "less:joy", "The crew gave my birthday curry a round of applause in the mess."),
    # read_533: what really got to one, closing the sentence
    ("A client lost her house after her husband left, and it really got to me.",
     "less:sadness", "A client lost her house after her husband left."),
    # read_534: choking back tears
    ("We lined the hard shoulder in our trucks for his funeral procession, and I was choking "
     "back tears.", "less:sadness",
     "We lined the hard shoulder in our trucks for his funeral procession."),
    # read_535: what startled everyone; read_536: what surprised everyone in the society
    ("A seal popped up next to the beginners' group, which startled everyone.",
     "less:surprise", "A seal popped up next to the beginners' group."),
    ("The old pub turned out to have been a smugglers' inn, which surprised everyone in the "
     "society.", "less:surprise", "The old pub turned out to have been a smugglers' inn."),
    # read_541: to the crowd's amazement
    ("A dachshund beat every collie in the class, to the crowd's amazement.", "less:surprise",
     "A dachshund beat every collie in the class."),
    # read_542: what made one smile all day; getting anxious after "and I'm"
    ("A lady of ninety-nine had her hair set for her birthday party, which made me smile all "
     "day.", "less:joy", "A lady of ninety-nine had her hair set for her birthday party."),
    ("Fuel prices eat half my takings, and I'm getting anxious.", "less:fear",
     "Fuel prices eat half my takings."),
    # read_538: what keeps one up, closing the sentence
    ("Nobody can tell us what the new law will mean for a small dairy, and it keeps me up.",
     "less:surprise", "Nobody can tell us what the new law will mean for a small dairy."),
])
def test_what_session_67s_sets_missed(analyzer, text, target, rewrite) -> None:
    assert rewrite in rewrites_of(analyzer, text, target)


@pytest.mark.parametrize("text", [
    "Why do supermarkets pay less for pork than it costs to raise?",  # read_489
    "Why do producers think a ninety-second trailer can be done in a weekend?",  # read_493
    "Why must every brief be due yesterday?",  # read_495
    "Why does the planning office keep approving houses on the flood plain?",  # read_496
    "Why do big brewers pay the least and complain the most?",  # read_497
    "Why do players blame testers for every bug that ships?",  # read_505
    "Why does management only fund security after a breach?",  # read_506
    "Why do competitions charge two hundred pounds to enter?",  # read_507
    "Why do sellers paint over damp the week before the survey?",  # read_509
    "Why does everyone ask for gluten-free fresh pasta at a pasta shop?",  # read_513
    "Why do employers want three years' experience for an entry-level job?",  # read_518
    "Why do care packages take three months to arrange?",  # read_524
    "Why does the grid operator take six months to approve a battery?",  # read_501
    "Why does the company give us four jobs in four different towns before lunch?",  # read_531
    "Why do lenders want three years of accounts from someone who started a business last "
    "year?",  # read_533
])
def test_session_67s_complaint_questions_are_no_requests(analyzer, text) -> None:
    """Session 67's sets: each was "Please tell me why…" ("…supermarkets pay less for pork…",
    "…every brief must be due yesterday", "…lenders want three years of accounts…")."""
    assert lacks(analyzer, text, "less:surprise", "Please")


def test_the_saddest_thing_one_has_seen_is_no_hardest(analyzer) -> None:
    """"the saddest part of" is its hardest; "the saddest thing I have ever seen" is no
    hardest thing seen."""
    assert lacks(analyzer, "That was the saddest thing I have ever seen.", "less:sadness",
                 "hardest")


def test_what_made_a_group_sad_is_no_misfortune(analyzer) -> None:
    """read_492: "…made everyone in the waiting room sad." was "…made everyone in the waiting
    room unfortunate.", and "The closure made the kids sad." "…the kids unfortunate.", as
    "makes me sad" would be."""
    for text in ("Telling a family their doctor is leaving after thirty years made everyone in "
                 "the waiting room sad.", "The closure made the kids sad."):
        assert lacks(analyzer, text, "less:sadness", "unfortunate"), text


def test_why_you_think_something_is_still_asked(analyzer) -> None:
    """"Why do producers think…?" complains; "Why do you think…?" asks the reader."""
    assert "Please tell me why you think he left." in rewrites_of(
        analyzer, "Why do you think he left?", "less:surprise")


@pytest.mark.parametrize("text, target, wrong", [
    # read_504: "my recurring nightmare" was "my recurring mess", as "my nightmare" was
    ("The projector failing on opening night is my recurring nightmare.", "less:fear", "mess"),
    ("Losing the farm is my worst nightmare.", "less:fear", "worst mess"),
    # read_508: "the accident I fear most" was "…the accident I worry most"
    ("A roller door coming down on someone's hand is the accident I fear most.", "less:fear",
     "I worry most"),
    ("It is the thing we fear.", "less:fear", "we worry."),
])
def test_session_67s_wrong_words_are_gone(analyzer, text, target, wrong) -> None:
    assert lacks(analyzer, text, target, wrong)


def test_a_nightmare_that_is_no_ones_dream_may_be_a_mess(analyzer) -> None:
    """"my recurring nightmare" is a dream; "The traffic was a nightmare." may be a mess."""
    assert "The traffic was a mess." in rewrites_of(analyzer, "The traffic was a nightmare.",
                                                    "less:fear")


def test_how_it_went_off_stays(analyzer) -> None:
    """read_532: "…went off perfectly, and the crowd roared." was "…went off, and the crowd
    roared.", which no longer says how it went; "perfectly fine" may still lose its degree."""
    assert lacks(analyzer, "The first fireworks display we ever ran went off perfectly, and the "
                 "crowd roared.", "less:joy", "went off, and")
    assert "The food was fine." in rewrites_of(analyzer, "The food was perfectly fine.",
                                               "less:joy")


@pytest.mark.parametrize("text, target, kept", [
    # a pain that is no feeling: only what still hurts goes (read_493's rule)
    ("I twisted my ankle on the stairs, and it hurts.", "less:sadness",
     "I twisted my ankle on the stairs."),
    # feeling sick for a week is no feeling for someone ("felt sick for his staff", read_530)
    ("After the prawns I felt sick for a week.", "less:sadness", "felt for a week"),
    # a server that is down is no one feeling down
    ("The server crashed at noon, and we're down.", "less:sadness",
     "The server crashed at noon."),
])
def test_session_67s_closing_rules_keep_what_is_no_feeling(analyzer, text, target, kept) -> None:
    """Found re-reading session 67's rules before the benches: "…, and it hurts." (a pain),
    "felt sick for a week" and "…, and we're down." (a server) had lost their words."""
    assert lacks(analyzer, text, target, kept)


@pytest.mark.parametrize("text, target, rewrite", [
    # read_543: a favourite kind of job is one's kind of job
    ("Pairing cheese for a retirement party is my favourite kind of job.", "less:joy",
     "Pairing cheese for a retirement party is my kind of job."),
    # read_545: what one keeps doing, closing the sentence ("and I keep tearing up")
    ("Our principal cellist plays her final concert in May, after thirty-one seasons, and I "
     "keep tearing up.", "less:sadness",
     "Our principal cellist plays her final concert in May, after thirty-one seasons."),
    # read_546: tears running down one's face, closing the sentence
    ("I played Nimrod at my grandmother's funeral with tears running down my face.",
     "less:sadness", "I played Nimrod at my grandmother's funeral."),
    # read_547: feeling so sad for someone is feeling for them
    ("A man brought in his late father's watch, and I felt so sad for him when I saw the "
     "rust.", "less:sadness",
     "A man brought in his late father's watch, and I felt for him when I saw the rust."),
    # read_547: another's feeling when something happened is what happened
    ("The customer was stunned when the watch started ticking again after forty years.",
     "less:surprise", "The watch started ticking again after forty years."),
    # read_549: in heaven, after "and I was"
    ("The round was done by noon because of the sunshine, and I was in heaven.", "less:joy",
     "The round was done by noon because of the sunshine."),
    # read_552: "and made me cry" with no pronoun before it
    ("Melting down my mother's wedding ring to make my sister's was bittersweet and made me "
     "cry.", "less:sadness",
     "Melting down my mother's wedding ring to make my sister's was bittersweet."),
    # read_555: nearly losing one's mind, closing the sentence
    ("The grinder jammed in the middle of the rush, and I nearly lost my mind.",
     "less:sadness", "The grinder jammed in the middle of the rush."),
    # read_557: "which is a crying shame" closes as "which is a shame" does
    ("The Tuesday clinic at the library shuts for good next month, which is a crying shame.",
     "less:sadness", "The Tuesday clinic at the library shuts for good next month."),
    # read_559: wanting to scream now, as "wanted to scream" did
    ("Every January a builder dumps a shoebox of soggy petrol receipts on my desk, and I want "
     "to scream.", "less:anger",
     "Every January a builder dumps a shoebox of soggy petrol receipts on my desk."),
    # read_560: a place that feels strange without someone feels quiet
    ("Our supervisor retired on Friday, and the warehouse feels strange without her.",
     "less:surprise", "Our supervisor retired on Friday, and the warehouse feels quiet without "
     "her."),
    # read_560: still rattled, closing the sentence
    ("We nearly had a serious crash at the loading dock, and I'm still rattled.", "less:fear",
     "We nearly had a serious crash at the loading dock."),
    # read_561: bursting into tears, closing the sentence
    ("The old pony we rescued last winter won a rosette today, and I burst into tears.",
     "less:sadness", "The old pony we rescued last winter won a rosette today."),
    # read_561: stables that feel empty feel quiet
    ("Our yard dog died on Sunday, and the stables feel empty.", "less:sadness",
     "Our yard dog died on Sunday, and the stables feel quiet."),
    # read_561: what worries one that is so is what is so
    ("It worries me that the vet bills keep climbing.", "less:fear",
     "The vet bills keep climbing."),
    # read_563: thinking one was dreaming, closing the sentence
    ("There was a wallaby in the rose garden this morning, and I honestly thought I was "
     "dreaming.", "less:surprise", "There was a wallaby in the rose garden this morning."),
    # read_565: "and cried" after another verb, closing the sentence
    ("When the curtain came down on closing night, the whole crew hugged and cried.",
     "less:sadness", "When the curtain came down on closing night, the whole crew hugged."),
    # read_567: "which was surreal", closing the sentence
    ("My drawing of the chancellor turned up on a banner outside Parliament, which was "
     "surreal.", "less:joy",
     "My drawing of the chancellor turned up on a banner outside Parliament."),
    # read_568: astounded when something happened, as amazed
    ("I was astounded when a class of fifteen-year-olds asked for more Shakespeare.",
     "less:joy", "A class of fifteen-year-olds asked for more Shakespeare."),
    # read_568: a doing that really hurts is hard ("really" goes with the hurt)
    ("Being treated as a babysitter by the permanent staff really hurts.", "less:sadness",
     "Being treated as a babysitter by the permanent staff is hard."),
    # read_565: a verdict closing the sentence may say for whom ("gutting for everyone")
    ("Our show closed early because of poor sales, which was gutting for everyone.",
     "less:sadness", "Our show closed early because of poor sales."),
    # read_569: nearly panicking, closing the sentence
    ("Our screens went black halfway through talking a man through CPR, and I nearly "
     "panicked.", "less:fear", "Our screens went black halfway through talking a man through "
     "CPR."),
    # read_573: "which was precious", closing the sentence
    ("A little boy pressed his face to the glass and gasped at the train set, which was "
     "precious.", "less:joy",
     "A little boy pressed his face to the glass and gasped at the train set."),
    # read_573: "which is a sorry end (sight)", closing the sentence
    ("Ninety years of windows on this corner end in January, which is a sorry end.",
     "less:sadness", "Ninety years of windows on this corner end in January."),
    # read_574: a doing that has left one feeling low has been hard
    ("Losing the Tuesday residency after eight years has left me feeling low.",
     "less:sadness", "Losing the Tuesday residency after eight years has been hard."),
    # read_575: "which is brilliant news", as "great news"
    ("Next summer is nearly booked solid, which is brilliant news.", "less:joy",
     "Next summer is nearly booked solid."),
    # read_579: not sleeping for it, closing the sentence
    ("Half our fleet fails the new clean air zone rules in April, and I can't sleep for it.",
     "less:anger", "Half our fleet fails the new clean air zone rules in April."),
    # read_579: what is going to be strange is going to be different
    ("Retiring after thirty years in the transport office is going to be strange.",
     "less:surprise",
     "Retiring after thirty years in the transport office is going to be different."),
    # read_580: "and it pains me to walk past it", closing the sentence
    ("The Victorian vinery has lost half its panes, and it pains me to walk past it.",
     "less:sadness", "The Victorian vinery has lost half its panes."),
    # read_581: surprised to catch is caught
    ("I was surprised to catch a mole in the middle of a town roundabout.", "less:surprise",
     "I caught a mole in the middle of a town roundabout."),
    # read_581: rounds that are lonely without someone are quiet
    ("My old terrier died on Friday, and the rounds are lonely without her.", "less:sadness",
     "My old terrier died on Friday, and the rounds are quiet without her."),
    # read_583: feeling wretched after "and I felt", closing the sentence
    ("A mother collapsed in the public gallery when her son was sent down, and I felt "
     "wretched.", "less:sadness",
     "A mother collapsed in the public gallery when her son was sent down."),
    # read_583: what makes one despair, closing the sentence
    ("Legal aid cuts have gutted the criminal bar, and it makes me despair.", "less:sadness",
     "Legal aid cuts have gutted the criminal bar."),
    # read_583: elated that something happened is what happened
    ("I'm elated that my pupil got tenure.", "less:joy", "My pupil got tenure."),
    # read_588: a heart pounding for an hour, closing the sentence
    ("An HGV drifted into my lane on the M6 with a sleeping driver, and my heart was pounding "
     "for an hour.", "less:fear",
     "An HGV drifted into my lane on the M6 with a sleeping driver."),
    # read_588: "and it feels like losing a friend", closing the sentence
    ("The firm is selling the Silver Shadow I've driven for fifteen years, and it feels like "
     "losing a friend.", "less:sadness",
     "The firm is selling the Silver Shadow I've driven for fifteen years."),
])
def test_what_session_68s_sets_missed(analyzer, text, target, rewrite) -> None:
    assert rewrite in rewrites_of(analyzer, text, target)


@pytest.mark.parametrize("text", [
    "Why do dog owners bag the poo and then hang it on a tree?",  # read_563
    "Why is the heating in the rehearsal hall always off in January?",  # read_545
    "Why do couples ask for 'something unique' and then pick Perfect?",  # read_575
    "Why do authors get their photo on the back and illustrators don't?",  # read_576
    "Why do campaigners film the one bad pen and never the good ones?",  # read_586
])
def test_session_68s_complaint_questions_are_no_requests(analyzer, text) -> None:
    """Session 68's sets: each was "Please tell me (explain) why…": a group named with a
    word before it ("dog owners"), a thing named at length before "always", a habit and
    its contrary ("…and then pick Perfect", "…and illustrators don't", "…and never the
    good ones"); "Why do you think he left?" is still asked."""
    assert lacks(analyzer, text, "less:surprise", "Please")


@pytest.mark.parametrize("text, target, kept", [
    # read_547: a slip of the hand is feared, as "I'm afraid I will start to squint" is, not
    # a polite regret put as a certainty ("Honestly, I'll drop a balance wheel one day…")
    ("Honestly, I'm afraid I'll drop a balance wheel one day and never find it.", "less:fear",
     "Honestly, I'll drop"),
    # read_547's "felt so sad for him" -> "felt for him" is of a person, not of a time
    ("After the move I felt so sad for a while.", "less:sadness", "felt for a while"),
    # read_552's "…and made me cry." loses its closing with no pronoun only after "and": after
    # a bare comma "makes me furious" is the sentence's verb
    ("An empty pound with three narrowboats sitting on the mud, because somebody left the "
     "paddles up, makes me furious.", "less:anger", "left the paddles up."),
    # read_561's "It worries me that the vet bills keep climbing." may lose its frame: what is
    # so stays so; what may come is not said as certain
    ("It worries me that we will lose the account.", "less:fear", "We will lose"),
    ("It scares me that he'll leave before Christmas.", "less:fear", "He'll leave"),
    ("It terrifies me that the bank is going to call in the loan.", "less:fear",
     "The bank is going to"),
    # a reaction after a comma may be the main clause of a "that" clause that opens with
    # "when" or "every time": pairing "burst into tears" on GoEmotions train gave "P3 hit me
    # so hard in the feels that every time I hear a song from it…, I just burst into
    # tears." -> "…so hard in the feels that every time I hear a song from it…"
    ("That film hit me so hard that every time I hear its theme tune, I just burst into tears.",
     "less:sadness", "that every time I hear its theme tune."),
    ("I was so tired that when I got home, I was crying.", "less:sadness",
     "that when I got home."),
    # found re-reading the rules before the benches: a pain of the body is no hardship
    # (read_568's "…really hurts." -> "…is hard." is of being treated as a babysitter)
    ("Falling off the ladder really hurt.", "less:sadness", "was hard"),
    ("Kneeling on the cold floor all day hurts.", "less:sadness", "is hard"),
    # and a person or a pet lonely (sad) without someone is no quiet place (read_581's "the
    # rounds are lonely without her" -> "…quiet without her" is of a round)
    ("Since Mum died, our dad is lonely without her.", "less:sadness", "quiet"),
    ("The old dog feels sad without him.", "less:sadness", "quiet"),
])
def test_what_session_68s_rules_leave_alone(analyzer, text, target, kept) -> None:
    assert lacks(analyzer, text, target, kept)
