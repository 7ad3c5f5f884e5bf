"""Questions as plain requests, on spaCy's real parse (the suggest extra's pipeline)."""

from __future__ import annotations

from typing import Any

import pytest

from emotive import rephrase
from emotive.suggest import Suggester


def rewrite(sg: Suggester, sentence: str, following: str = "") -> list[str]:
    doc: Any = sg.nlp.get_pipe("parser")(sg.nlp(sentence))
    return [sentence[:r.start] + r.text + sentence[r.end:]
            for r in rephrase.requests(doc, sg._inflect, following)]


@pytest.mark.parametrize("question,plain", [
    ("Which one is he playing?", "Please tell me which one he is playing."),
    ("Is he your source?", "Please tell me whether he is your source."),
    # do-support: "do" goes, the verb takes its tense and person
    ("Did you taste it", "Please tell me whether you tasted it."),
    ("Does she like the new one?", "Please tell me whether she likes the new one."),
    ("Did he actually knock himself out?!",
     "Please tell me whether he actually knocked himself out."),
    ("How did you know that?", "Please tell me how you knew that."),
    ("What have you tried so far?", "Please tell me what you have tried so far."),
    # the wh-word is the subject: nothing to invert
    ("What happened?", "Please tell me what happened."),
    ("Why can't they just stop?", "Please tell me why they can't just stop."),
    ("Where's my car?", "Please tell me where my car is."),
    ("Where's my keys?", "Please tell me where my keys are."),  # "'s" of a plural
    ("Who's the top three craft brewers in the area??",
     "Please tell me who the top three craft brewers in the area are."),
    ("How is [NAME] fleshed out? He cooks.", "Please tell me how [NAME] is fleshed out. He cooks."),
    ("Is there the reason for this?", "Please tell me whether there is the reason for this."),
    # a space before the mark: the mark goes with the question
    ("Did you maybe get Tag and Hide and Seek confused ?",
     "Please tell me whether you maybe got Tag and Hide and Seek confused."),
    # a question that closes the sentence after a clause of its own
    ("I get it, but why is this a thing?", "I get it, but please tell me why this is a thing."),
    ("So what did she mean to say?", "So please tell me what she meant to say."),
    ("I have mine why does that make one of us a victim?",
     "I have mine; please tell me why that makes one of us a victim."),
    # a request put as a question is a request, wherever it stands
    ("Can you cite that?", "Please cite that."),
    ("so, when and how do we turn on him?", "so, please tell me when and how we turn on him."),
    ("Can you send me the file? lol", "Please send me the file. lol"),  # a laugh, no scoff
    ("Could you please stop doing that?", "Please stop doing that."),
    # negated do-support keeps its "do"; shouted words keep their capitals
    ("Why do they not actually exist?", "Please tell me why they do not actually exist."),
    ("HOW DID WE GET HERE?", "Please tell me HOW WE GOT HERE."),
    ("I can't find it, could you maybe add a link?", "I can't find it, please add a link."),
    # "care to" asks it too: "Please care to elaborate" was what "would you" gave
    ("Would you care to elaborate on what your link is?",
     "Please elaborate on what your link is."),
    ("Care to explain?", "Please explain."),
    ("Ok, care to elaborate on what your mysterious link is?",
     "Ok, please elaborate on what your mysterious link is."),
    ("Can you cite some sources or anything on this?",
     "Please cite some sources or anything on this."),  # "or anything" offers no choice
    # it asks who owns it, not whether you know
    ("...do you know who owns the Metro?", "...please tell me who owns the Metro."),
    ("Do you remember if he left?", "Please tell me whether he left."),
    # "[NAME]" is one name, even when the parser takes "[" for the subject
    ("Is [NAME] dating the woman she lives with?",
     "Please tell me whether [NAME] is dating the woman she lives with."),
    # after a sentence the request opens the next one (a scan of 2026-12-02: "I'm sorry.
    # please explain…")
    ("I'm sorry. Can you please explain what you meant?",
     "I'm sorry. Please explain what you meant."),
    # a closing quote stays after the request
    ('Are you assuming that it can dictate appropriations?"',
     'Please tell me whether you are assuming that it can dictate appropriations."'),
    # the name after "this" is what this is, not one subject with it (-04zzzzh)
    ("Is this Tampa by any chance?", "Please tell me whether this is Tampa by any chance."),
    ("Is this Hawaii?", "Please tell me whether this is Hawaii."),
    # the noun phrase after "be" is the subject where the parser takes the question word
    # for it: "what's all this meow" was wrong (-04zzzv)
    ("What's all this meow?", "Please tell me what all this meow is."),
    ("What's all the fuss about?", "Please tell me what all the fuss is about."),
    ("What's happening?", "Please tell me what's happening."),
    # what "be" says of its subject, where the parser hung it on the subject: "how often
    # parents like that are" was wrong (-01w)
    ("How often are parents like that?", "Please tell me how often parents are like that."),
    ("Is the book on the table?", "Please tell me whether the book is on the table."),
    ("is the entire cast at least on there and not cut off at the bottom?",
     "Please tell me whether the entire cast is at least on there and not cut off at the "
     "bottom."),
    ("Is the guy in the car your dad?", "Please tell me whether the guy in the car is your dad."),
    ("What is the capital of France?", "Please tell me what the capital of France is."),
    # a participle of the state it is in, and an adjective the parser took for a
    # preposition's noun ("whether the use of stone common is for…")
    ("Is that bottom tray filled with beer?",
     "Please tell me whether that bottom tray is filled with beer."),
    ("Is the car parked outside?", "Please tell me whether the car is parked outside."),
    ("Is the use of stone common for the medical field in the UK?",
     "Please tell me whether the use of stone is common for the medical field in the UK."),
    # "[NAME]" after "do": the parser hangs its bits on the auxiliary, or the tagger takes
    # the verb after it for a present one
    ("Why did [NAME] leave the team?", "Please tell me why [NAME] left the team."),
    ("What did [NAME] say?", "Please tell me what [NAME] said."),
    ("Does [NAME] know about this?", "Please tell me whether [NAME] knows about this."),
    ("Does [NAME] do it telepathically?",
     "Please tell me whether [NAME] does it telepathically."),
])
def test_questions_become_requests(sg, question, plain) -> None:
    assert rewrite(sg, question)[0] == plain


def test_a_yes_or_no_may_stress_the_word_it_asks_about(sg) -> None:
    assert rewrite(sg, "Are you talking sexually or financially *railed*?") == [
        "Please tell me whether you are talking sexually or financially *railed*."]


def test_yes_no_questions_also_ask_for_confirmation(sg) -> None:
    assert rewrite(sg, "Is he your source?")[1] == "Please confirm whether he is your source."
    assert rewrite(sg, "How would I do that?")[1] == "Please explain how I would do that."
    # a choice is told, not confirmed (-03zr)
    assert rewrite(sg, "Are you an engineer or a designer?") == [
        "Please tell me whether you are an engineer or a designer."]


def test_a_question_of_whoever_reads_asks_them_to_say(sg) -> None:
    # not "Please confirm whether anyone has seen…": no one claimed it (session 43, read_18)
    assert rewrite(sg, "Has anyone seen a grey tabby near Elm Road?") == [
        "Please let me know if anyone has seen a grey tabby near Elm Road."]
    assert rewrite(sg, "Does anybody have a link to the clip?") == [
        "Please let me know if anybody has a link to the clip."]
    assert rewrite(sg, "But did someone fix it?") == ["But please let me know if someone fixed it."]
    # one for a thing asks for it (session 43's draws)
    assert rewrite(sg, "Is there some scripture you could quote me?") == [
        "Please let me know if there is some scripture you could quote me."]
    assert rewrite(sg, "Is there a reason for this?") == [
        "Please let me know if there is a reason for this."]
    # asked of a person named, it is still a yes or no to confirm
    assert rewrite(sg, "Has Anna seen it?")[1] == "Please confirm whether Anna has seen it."


@pytest.mark.parametrize("sentence", [
    "He is your source.",  # not a question
    "Wait, what?",  # no clause to turn
    "I'm here. Why?",
    "Can't you just stop?",  # a reproach, not a request
    "Is the guy called John here?",  # the man of that name: the participle names him
    "Are those the numbers from last season?",  # "those" read as the numbers' determiner
    "Why is Bayless low key good?",  # a name read as an adjective: the words out of order
    "Is a travesty that a manufactured crisis has come to this",  # "it" left out (-02j)
    "", "?", "?!", "Who?", "Is?",  # found by the property test: nothing to turn
    # two questions joined: only the first would turn ("... or has he found someone")
    "Have you played them recently or has he found someone else?",
    "He was a part owner but did he also make videos?",
    "So it was that one that caused the issues?",  # a relative "that", no wh-question
    # a negated yes/no question says the opposite ("she was"): rhetorical
    "...wasn't she recovering from pneumonia at the time?",
    "Isn't that the same thing?",
    "Would this not be the bog-standard practice of allowing family members to decide?",
    "Two different writers have two differing opinions???",  # disbelief
    "> is this big news? Not really.",  # a quote marker is no subject
    # a quoted line running on into the writer's question: no request joined to it
    # (session 50's draws)
    "> The frothing at the mouth over the Primary Arms charging handle What was this?",
    ">Feminism is how we get to equality how do you know that?",
    "Japan edging out Canada?",  # no finite verb
    "So just tell me, was the video cut? Or is it RAW?",  # the second of two questions
    '"What do you want out of this situation?"',  # quoted: someone else's words
    "Can we get that man checked?",  # a proposal
    "I thought he was #25?",  # the writer's own statement, checked
    "I was going to say is there even such a sensor?",
    "OMG was he really 5000 favorite?",  # inverted behind a word taken for the subject
    "If you were a senator, who would you want to lead the caucus?",  # no request
    "Wtf is it 2015 again?",
    "[NAME] is that you?",  # a name called, then the question
    # the question is not this clause: the sentence goes on after a comma
    "Do i just need to watch just 'some' or all of them, oh and what about his books?",
    "Is this because of the sudden spate of comments feeling shocked that we don't respect "
    "proud right leaners or have you always had these mails?",  # the parser hid the "or have"
    # questions that answer themselves, and invitations
    "Who would have thought?! We saved a girl's life.",
    "Where on earth do you live that babies end up in foster care?",
    "You're really just having a field day today huh?",
    "So what's the problem?",
    "WHO WANTS TO TAKE CELEBRATORY SHOTS WITH ME???",
    "You're trying to tell me that elites have a stranglehold in this country?!",  # disbelief
    "It was the largest defeat since the 20s wasn't it?",  # a tag asks for agreement
    "Anyone have that mirror?",  # "does" dropped: not "whether anyone have"
    "What’s with right wingers and not understanding consent?",
    "Why are you so proud of being ignorant?",
    "Is it that confusing to understand a lasagna?",
    "Would you start by cutting all education or by cutting all healthcare?",  # a choice
    "Why would the family talk about this on camera?",  # they should not
    "You might be experiencing a ttd bug?",  # a guess offered
    # a statement asked as a question disbelieves, jokes or answers itself (-02t)
    "Your friend accepts gifts?", "[NAME] is coming tonight?",
    "A fork and spoon could be a fapoon?", "She likes sending nudes? I mean, just go.",
    "Both goaltenders support him and they are having career years, coincidence? I think not.",
    # ... as a tag or news or a plea for reassurance does
    "UK is approximately the same size in terms of land mass as Romania right?",
    "Did you know it inspired a direct to dvd adaptation with the same name?",
    "Is it bad that im really bummed he didnt get hit?",
    "Unlikely, but who knows?", "What’s hard to understand?",
    "iS thIs a MeTapHor FoR LifE?",  # mocking case
    "How are Iraq:s relations with Turkey nowadays?",  # a mark inside a word
    "Do they seriously think freshman congressmen are 'leadership'?",  # scare quotes
    "What do you mean strap around the bulls nuts?!,!?",  # exasperated, a comma among
    "Coo bless...oncrici? Did I just summon an elder god?", "Why do you guys care so much?",
    "Can I get a link to the discord? The pinned post isn’t working for me",  # asks for it
    "BUT WHY DOES SHE DO A FULL FACE LOOK THEN SKIP THE MASCARA?!?!!",  # exasperated
    "Am I the only one who really wants to know what went down between them??",
    "Who said i was a kid?",
    "Did she even pass the formidable Blechdel Test?",  # doubts that she did
    "Might I suggest you are inviting a little denigration?",  # a suggestion
    "Can these guys just pick a team in the AL and go there??",  # exasperated
    "How is this a racism?",
    "What's worse is using self destruct without the pilot DLC.",  # a statement
    "Can anyone link the article?",  # asks for the link
    "Is the fruit named after the colour, though, or is the colour named after the fruit?",
    "It was my impression that Monzo doesn't offer business bank accounts?",
    "What are the Ajax players complaining about?",  # the parser took the verb in
    "Who needs Super Bowls?",
    "How can we expect to devise useful interventions if we don't accept reality?",
    "Is she worse than [NAME] though?",  # a retort
    "Have you ever tried to give her lessons in cooking?",  # advice
    "Did you know that they named one of their children after a suburb?",  # news
    "Wait is that [NAME] head in the up next?",  # inverted behind "Wait"
    "Can neins bring me up to date on what this is about?",  # asks for it
    "You think 60% is shafting anyone?",  # challenges
    "You realize that the ex husband is not related to MGTOW at all right?",
    "Why should I be forced to purchase that service?",
    "Can you imagine being that rich?",  # wonder, asked of no one
    "Can you believe this guy?",
    "Could you blame him?",
    "Are you high?",  # a jibe
    "Are you thick?",
    "Are you having a stroke?",  # -03s
    "Do you happen to know what time and program that was, please?",  # asked politely
    "Are we all just going to ignore the fact that [NAME] is doing haircuts now?!",
    "What are you smoking?",  # exasperation
    "What else do you want?",
    "Did you just equate the chant to lynching?",  # accusations
    "Are you telling me you did not expect those bananas?",
    "How could they forget the gravy?",
    "Who still unironically says SJWs?",
    "Does anybody else see strong parallels between power and freedom?",  # a show of hands
    "Where did I say that happened?",  # a denial
    "Or can you use it in multiplayer?",  # the second of two questions (-03y)
    "What makes them [NAME]? Tf",  # scoffed at
    "Is this supposed to be compelling?",  # scorn (-03zb)
    "Am I supposed to feel bad for you because you don't look like him?",  # (-02c)
    "And are millennials supposed to be attracted to these?",
    "Any broncos fans out there that care to weigh in on this?",  # no one is asked
    "Got any good examples you care to post?",
    "Where in that sentence did I mention coups?",  # a denial (-03zd)
    "Do you fucken mind",  # scorn (-03zh)
    "Is it my fault if I was hurt as a child? IS IT?",  # asked again: a challenge (-03zl)
    "Who are you and how did you know I was watching?",  # two questions in one (-03zn)
    "Is that even a debate anymore?",  # scorn (-03zp)
    "Did she ask you to visit? Or did you decide to on your own?",  # one of two answers
    "Could you be any more wrong? lmao",
    "Do you people just sit and wait for something new to come up?",  # a jibe (-03zr)
    "Who created, carried and raised all these men? A woman .",  # answered (-03zz)
    "Do you double dare me",  # a taunt (-03zzg)
    # a complaint of a habit, of someone named too; a word stressed in a wh-question
    "Why did [NAME] keep going to that play over and over again?",
    "What deal did [NAME] make to the **benefit** of the Syrian [NAME]??",
    "Why should I get to make more *and* spend less on razors?",
    "Why is it always the same two people who get credit for the team's work?",  # session 49
    "Funny, but why do I care what his name is?",  # an indifference (session 50's draws)
    "Who'd have thought the tiny school choir would end up singing at the cathedral?",
    # the question completes a clause of condition: no request may follow it after a ";"
    "I mean, if it's no questions asked how would they know you're not a resident?",
])
def test_shapes_the_rules_do_not_know_are_left_alone(sg, sentence) -> None:
    assert rewrite(sg, sentence) == []


@pytest.mark.parametrize("question,following", [
    # the writer's own answer to a "why" (-01y), a joke's tag (-03zzzzw), disbelief (-03zzzzw,
    # -02zr), in the sentence after the question
    ("Why is he wearing his little sisters jeans?", " Bc she stole his juice. That's why"),
    ("Is he dead now from a tragic drowning accident?", " Asking for a friend."),
    ("How does this have the Braves at .450?", " Nothing about this makes sense."),
    ("How tf did the vaccine cause them to lose their jaw?", " This smells like BS"),
])
def test_what_the_next_sentence_says_leaves_the_question(sg, question, following) -> None:
    assert rewrite(sg, question, following) == []


def test_a_because_after_a_yes_no_question_may_say_why_it_is_asked(sg) -> None:
    assert rewrite(sg, "Did the goal light go off?", " Because the scoreboard changed.")[0] == (
        "Please tell me whether the goal light went off.")


def test_how_much_is_told_not_explained(sg) -> None:
    asked = rewrite(sg, "How many shitposts does it take to make me unsub?")
    assert asked == ["Please tell me how many shitposts it takes to make me unsub."]
    assert "Please explain how you knew that." in rewrite(sg, "How did you know that?")


@pytest.mark.parametrize("question", [
    "where'd ya get 'em?",  # did or would: "where ya would get 'em" (session 52's draws)
    "How'd you like to come to the match on Saturday?",
    "Could ya send me the link?",  # a request, as "Could you…?" is
])
def test_an_ambiguous_or_requesting_modal_is_no_question_to_tell(sg, question) -> None:
    assert not any(r.startswith("Please tell me") for r in rewrite(sg, question))
