"""Edits, word lists and phrase rules (emotive/wording.py); tokens from spaCy's real pipeline."""

from __future__ import annotations

import json

import pytest

from emotive.wording import (
    SCALED,
    SCALES,
    Edit,
    apply,
    combine_all,
    deletion,
    drop,
    is_marker,
    joined,
    load_phrases,
    phrase_edits,
    role_changes,
    unstretched,
)


def test_combined_edits_replace_the_range_that_covers_them() -> None:
    s = "Thanks so much!! lol"
    a = Edit(7, 10, "", 0)  # "so "
    b = Edit(14, 16, ".", 0)  # "!!"
    e = combine_all(s, [b, a])
    assert apply(s, e) == "Thanks much. lol"
    # an article re-spelled by one edit follows the word another edit puts after it
    s = "She is a really outstanding person."
    drop = Edit(7, 16, "an ", 0)  # "a really " -> "an " (before "outstanding")
    milder = Edit(16, 27, "cool", 0)  # "outstanding"
    assert apply(s, combine_all(s, [drop, milder])) == "She is a cool person."
    assert apply(s, combine_all(s, [drop])) == "She is an outstanding person."


def test_a_capital_carried_to_the_next_word_goes_to_that_words_edit() -> None:
    # "Really? I" -> "I" carries the capital of the deleted start to "I"; an edit of "I
    # had no idea" overlaps it only in that letter, and the two are one edit
    s = "Really? I had no idea it was the same"
    opener = drop(s, 0, 8, 0.1)
    assert (opener.start, opener.end, opener.replacement) == (0, 9, "I")
    learned = Edit(8, 21, "I hadn't heard", 0.1)
    for a, b in ((opener, learned), (learned, opener)):
        assert apply(s, joined(s, a, b)) == "I hadn't heard it was the same"
    s = "Wow, that is terrifying"
    opener = drop(s, 0, 5, 0.1)
    assert apply(s, joined(s, opener, Edit(5, 23, "that is worrying", 0.1))) == (
        "That is worrying")
    # apart, they are combined as they are; any other overlap is none
    s = "Thanks so much!! lol"
    assert apply(s, joined(s, Edit(7, 10, "", 0), Edit(14, 16, ".", 0))) == "Thanks much. lol"
    assert joined(s, Edit(0, 9, "Thank", 0), Edit(7, 14, "a lot", 0)) is None
    s = "Really? I had no idea it was the same"
    assert joined(s, drop(s, 0, 8, 0.1), Edit(8, 21, "", 0.1)) is None


@pytest.mark.parametrize("sentence,word,after", [
    ("Damn, I didn't know that.", "Damn", "I didn't know that."),
    ("It was, honestly, fine.", "honestly", "It was fine."),
    ("Thanks, lol.", "lol", "Thanks."),
    ("Wow! That's great", "Wow", "That's great"),
    ("I really like it.", "really", "I like it."),
    ("We can't see it now (unfortunately).", "unfortunately", "We can't see it now."),
    ("It's cool lol, no hard feelings", "lol", "It's cool, no hard feelings"),  # its comma
    ("Err. Lol, I guess.", "Lol", "Err. I guess."),  # opening a sentence, it takes it (-05zzzz)
    # an opening word's spaced ellipsis goes with it (train scan 29,000-37,000)
    ("Yikes ... that's a bad one.", "Yikes", "That's a bad one."),
    ("god emperor will cry :((((", ":(((", "god emperor will cry"),  # the whole emoticon
    ("I would throw it back in for sure 👍🏼 🎣", "👍", "I would throw it back in for sure 🎣"),
    ("to see his reactions 😂😂", "😂", "to see his reactions"),  # a run of emoji, whole
    # between two ellipses, one goes with it, not ".........." (session 38)
    ("a butt ....hahahaha ......every 4th grader", "hahahaha", "a butt ....every 4th grader"),
])
def test_deletions_take_the_punctuation_that_set_the_word_off(sg, sentence, word, after) -> None:
    t = next(t for t in sg.tokens(sentence) if t.text == word)
    assert apply(sentence, deletion(sentence, t, 0)) == after


@pytest.mark.parametrize("sentence,after", [
    ("What the hell is going on?", "What the heck is going on?"),
    ("WTF is this", "What the heck is this"),
    ("This game sucks.", "This game stinks."), ("You suck at this.", "You stink at this."),
    ("Shut the fuck up already.", "Be quiet already."),
    ("A real bro move, damn.", "A real bro move."),  # with the comma that set it off
    ("I don't give a fuck what you think.", "I don't care what you think."),
    ("Who gives a shit about that?", "Who cares about that?"),
    ("I'm sorry, but it broke again.", "It broke again."),
    ("want a source on that, sorry.", "want a source on that."),
    ("Glad you came to your senses.", "You came to your senses."),
    ("Such season 1 vibes and I love it.", "Such season 1 vibes."),
    ("Posted here before, but thanks!", "Posted here before."),
    ("Went to the comments for this. Thanks!", "Went to the comments for this."),
    ("Sadly enough I was thinking the same.", "I was thinking the same."),
    ("I'm glad that was fixed.", "That was fixed."),  # "that": subject
    ("I'm just glad everything came out okay.", "Everything came out okay."),  # session 48
    # a courtesy closing a clause after a comma goes, as one closing a sentence (session 48)
    ("Let me know if anything else comes up, have a great weekend!",
     "Let me know if anything else comes up."),
    ("The sick stomach feeling should pass in an hour or two, good luck friend!",
     "The sick stomach feeling should pass in an hour or two."),
    ("Interesting. Even if most disagree, I'd love it.", "Even if most disagree, I'd love it."),
    ("Wondering why this hasn't been done yet", "Please tell me why this hasn't been done yet"),
    ("Heard this too, so I'm curious how long it lasts.",
     "Heard this too, so please tell me how long it lasts."),
    # "curious to know", and an "Am" whose "I" is left out (session 37)
    ("Am just curious to know where this pic was taken.",
     "Please tell me where this pic was taken."),
    ("Really curious to know if any large withdrawals have been successful.",
     "Please tell me if any large withdrawals have been successful."),
    # a longing for a time said as a memory of it (session 41, read_9)
    ("I miss the days when a release meant a tarball.",
     "I remember the days when a release meant a tarball."),
    ("I really miss the old days.", "I remember the old days."),
    # a sadness at a parting said as a difficulty, as one at a sight (session 41, read_9)
    ("It was sad to clear out the desk of a colleague who had been here for thirty years.",
     "It was hard to clear out the desk of a colleague who had been here for thirty years."),
    ("It broke my heart to leave the team.", "It was hard to leave the team."),
    # a surprise at what came to be, said as what one did not expect (session 41, read_10)
    ("I never imagined a stranger would return my wallet with every card still in it.",
     "I did not expect a stranger to return my wallet with every card still in it."),
    ("I never thought the old server would last this long.",
     "I did not expect the old server to last this long."),
    # a nervous wreck about something is concerned about it (session 41, read_10)
    ("I'm a nervous wreck about leaving the dog with a stranger for a week.",
     "I'm concerned about leaving the dog with a stranger for a week."),
    # a mourning said as a remembrance (session 41, read_10)
    ("Our whole street mourns the loss of Mr. Alvarez, who fixed every bike.",
     "Our whole street remembers Mr. Alvarez, who fixed every bike."),
    ("The town is mourning the passing of its mayor.", "The town is remembering its mayor."),
    # something to worry about, said as something to keep an eye on (session 41)
    ("The rash is something to be worried about.", "The rash is something to keep an eye on."),
    ("No response after a week? That's something to worry about.",
     "No response after a week? That's something to keep an eye on."),
    # a panic at what happens said as tensing up (session 41, read_9)
    ("I panic whenever I see a message from the CFO with no subject line.",
     "I tense up whenever I see a message from the CFO with no subject line."),
    ("She panicked when the alarm went off.", "She tensed up when the alarm went off."),
    # what one fears most, said as what one is most concerned about (session 41, read_9)
    ("Explaining the incident to the regulators is the part I fear most.",
     "Explaining the incident to the regulators is the part I am most concerned about."),
    ("What we fear the most is losing the data.",
     "What we are most concerned about is losing the data."),
    # a command to stop a habit, put as a request (session 40, read_8)
    ("Stop pinging me on weekends about things that can wait.",
     "Please avoid pinging me on weekends about things that can wait."),
    ("Please stop changing the requirements.", "Please avoid changing the requirements."),
    # a thank-you for what one did with it, trailing a statement (session 40, read_8)
    ("This tutorial finally made async click for me, thank you so much for writing it!",
     "This tutorial finally made async click for me."),
    # a disbelief asked, put as a request to confirm (session 40, read_8)
    ("Is it really true that the library has no maintainer anymore?",
     "Please confirm whether the library has no maintainer anymore."),
    # a surprise asked of everyone, said as what was found; it ends as a statement (session
    # 40, read_7)
    ("Who knew a one-line config change could cut the build time in half?",
     "It turns out a one-line config change could cut the build time in half."),
    ("Who would have thought that the old laptop could still run it?",
     "It turns out the old laptop could still run it."),
    # a request ends as one; after an opening quote the sentence starts
    ('"I\'m curious who those four are? You can\'t count him."',
     '"Please tell me who those four are. You can\'t count him."'),
    # the register of work mail (2026-12-02): a clause that only says one is fed up, a
    # disbelief framed around what happened, a mess said of a thing
    ("The deploy failed again and I'm sick of it.", "The deploy failed again."),
    ("The build broke twice, and I'm getting tired of it!", "The build broke twice!"),
    # "fed up" alone says it too; "sick" or "tired" alone is ill or weary (session 38)
    ("Your team ignored every one of our requests, and I'm fed up.",
     "Your team ignored every one of our requests."),
    # a clause after "which" or "and it" that only says what the fact did to one (session
    # 41, read_9)
    ("Our postmortem found that the outage started with an expired certificate, which "
     "still amazes me.", "Our postmortem found that the outage started with an expired "
     "certificate."),
    ("They cancelled my order without telling me, and that really annoyed me.",
     "They cancelled my order without telling me."),
    # ...or only how one is (session 41, read_9)
    ("The reviewer called my thesis worthless in front of the committee, and I'm still "
     "seething.", "The reviewer called my thesis worthless in front of the committee."),
    ("Our intern fixed a bug that had haunted us since 2019, and we are all delighted.",
     "Our intern fixed a bug that had haunted us since 2019."),
    ("This mod changed how I play the game, and I'm obsessed with it.",
     "This mod changed how I play the game."),  # session 41, read_11
    # a delight framed around a statement, as a feeling's cause (session 41, read_9)
    ("I love how the new editor keeps your place when you switch branches.",
     "The new editor keeps your place when you switch branches."),
    ("I really love that the docs come with examples.", "The docs come with examples."),
    # ...also "the way" it is so (session 41, read_10)
    ("I adore the way this little café remembers everyone's order.",
     "This little café remembers everyone's order."),
    # a feeling's cause said as what it is, also of how many there are (session 41, read_9)
    ("It's depressing how many good proposals die in committee.",
     "Many good proposals die in committee."),
    ("It's sad how few people showed up.", "Few people showed up."),
    # more comment adverbs, before a comma; a patience lost, a nuisance to everyone
    # (session 39, read_6)
    ("Tragically, the rescue team arrived too late.", "The rescue team arrived too late."),
    ("The landlord still hasn't fixed the heating, and I'm losing my patience.",
     "The landlord still hasn't fixed the heating."),
    ("The dog barks all night and it's driving everyone crazy.", "The dog barks all night."),
    # a comment phrase, as a comment adverb ("Sadly enough")
    ("To my surprise, the legacy service handled the load.",
     "The legacy service handled the load."),
    ("Much to our relief, the backups were intact.", "The backups were intact."),
    ("I chase them for updates every single week.", "I chase them for updates every week."),
    ("No way, the conference is sold out already!", "The conference is sold out already!"),
    ("I can't stand how the vendor keeps dodging our calls.",
     "The vendor keeps dodging our calls."),
    # more judgements frame a fact (read_3), and a frame before "[NAME]" takes its
    # "that" along: not "That [NAME] left the team." (session 38)
    ("It's outrageous that we're still waiting on a refund.", "We're still waiting on a refund."),
    ("It's sad that [NAME] left the team.", "[NAME] left the team."),
    # a feeling that announces, and one of "we" (session 38, read_3)
    ("I'm sad to share that Tom's last day is Friday.", "Tom's last day is Friday."),
    ("We're thrilled to announce that the beta opens Monday.", "The beta opens Monday."),
    # a regret that announces, as a customer notice does (session 39, read_5)
    ("We regret to inform you that your account has been suspended.",
     "Your account has been suspended."),
    ("I regret to say that the talk is cancelled.", "The talk is cancelled."),
    # ...or that only says how it makes one feel (session 18, -02zg)
    ("The comments are what I expected and that makes me sad.",
     "The comments are what I expected."),
    ("I like this template, it makes me happy.", "I like this template."),
    ("The client keeps moving the goalposts and it's driving me nuts.",
     "The client keeps moving the goalposts."),
    # a pain said as a difficulty (session 18)
    ("It hurts to see our best engineers leave.", "It is hard to see our best engineers leave."),
    ("This pains me to watch.", "This is hard for me to watch."),
    # ...and a sadness at what one sees (session 39, read_5)
    ("It was heartbreaking to watch the little shop close.",
     "It was hard to watch the little shop close."),
    ("That's so sad to hear.", "That's so hard to hear."),
    # ...or breaks one's heart (session 40, read_7)
    ("It breaks my heart to see such a good product shut down.",
     "It is hard to see such a good product shut down."),
    ("It really broke my heart to watch him leave.", "It was really hard to watch him leave."),
    ("Oh man that hurt to watch", "Oh man that was hard to watch"),
    ("and this just hurts to read in his voice.", "and this is just hard to read in his voice."),
    # a feeling's cause said as what it is, at the start, after an opener or an "and"
    ("It really annoys me that nobody reads the docs.", "Nobody reads the docs."),
    ("Honestly, it pisses me off that they lied to us.", "Honestly, they lied to us."),
    ("I'm a libertarian, and it annoys me that the left won't talk.",
     "I'm a libertarian, and the left won't talk."),
    ("I still can't believe those guys got nominated.", "Those guys got nominated."),
    ("Frankly, this documentation is a mess.", "Frankly, this documentation is messy."),
    ("The whole release process is a complete mess.", "The whole release process is messy."),
    ("It's a total mess", "It's messy"),
    # an unease about something, said as concerns (session 40, read_8)
    ("Many staff feel uneasy about the new monitoring software.",
     "Many staff have concerns about the new monitoring software."),
    ("I felt a bit uneasy about the trip.", "I had concerns about the trip."),
    # a longing something brings on, said as a memory (session 40, read_8)
    ("Reading the old team chat makes me miss everyone.",
     "Reading the old team chat makes me think of everyone."),
    ("That song always made me miss home.", "That song always made me think of home."),
    # a surprise one is caught by, said as being caught off guard (session 40, read_8)
    ("The results caught the whole research team by surprise.",
     "The results caught the whole research team off guard."),
    ("The outage took us by surprise.", "The outage caught us off guard."),
    # a fear something causes, said as a concern (session 40, read_7 and read_8)
    ("Giving the keynote makes me anxious.", "Giving the keynote concerns me."),
    ("It makes me worried that nobody checks the backups.",
     "It concerns me that nobody checks the backups."),
    ("That made me so nervous.", "That concerned me."),
    # a weariness without the sickness (session 40, read_7)
    ("I'm sick of being copied on every thread.", "I'm tired of being copied on every thread."),
    # a frame after an opener goes, the opener stays; more feeling words frame a statement
    ("Honestly, I'm shocked the budget was approved so quickly.",
     "Honestly, the budget was approved so quickly."),
    ("Man, I can't believe we traded all that.", "Man, we traded all that."),
    # ...also after "omg" or "lol", and a lower-case "i" is the pronoun (session 37)
    ("omg i cant believe that nifty is still a thing", "omg that nifty is still a thing"),
    ("LOL, I can't believe we traded all that.", "LOL, we traded all that."),
    ("I'm irritated that the meeting started late again.", "The meeting started late again."),
    ("I'm so delighted that my boyfriend found this place.", "My boyfriend found this place."),
    # a disbelief at how something is, said as being struck by it, as a shock at it is:
    # no statement is left to make without it (session 41, read_11)
    ("I can't believe how quickly my daughter picked up Spanish.",
     "I'm struck by how quickly my daughter picked up Spanish."),
    ("I can't believe how fast it is.", "I'm struck by how fast it is."),
    ("I couldn't believe how rude he was.", "I was struck by how rude he was."),
    # ...also one that is still felt (session 41, read_11)
    ("I'm still stunned that a fan-made patch fixed what the studio couldn't.",
     "A fan-made patch fixed what the studio couldn't."),
    # a trailing clause of how someone reacts goes, as one of how one is (session 42,
    # read_12): a state, or tears one nearly shed
    ("My supervisor finally signed off on the thesis draft, and I nearly cried at my desk.",
     "My supervisor finally signed off on the thesis draft."),
    ("Our neighbour's rooster starts crowing at four, and I am losing my mind.",
     "Our neighbour's rooster starts crowing at four."),
    ("The caterer cancelled two days before the wedding, and my sister is beside herself.",
     "The caterer cancelled two days before the wedding."),
    ("Her voice cracked on the final note and half the hall was in tears.",
     "Her voice cracked on the final note."),
    ("I nearly got clipped by a lorry and I'm still shaking.", "I nearly got clipped by a lorry."),
    ("A kingfisher landed right in front of the hide, and I forgot to breathe.",
     "A kingfisher landed right in front of the hide."),  # (read_13)
    # ...also of someone named by who they are, with how they feel (read_14)
    ("The youth club is closing for good, and the teenagers who rely on it are devastated.",
     "The youth club is closing for good."),
    ("I got the job and my mum is over the moon.", "I got the job."),
    ("The new bridge has cut my commute in half, and I could not be happier.",  # (read_16)
     "The new bridge has cut my commute in half."),
    # a disbelief with its "I" left out goes as one with it (session 42, read_16)
    ("Can't believe people still fall for those machines.",
     "People still fall for those machines."),
    # a liking framed around a fact goes as a delight does, sarcastic or not (session 42;
    # 24 train texts, 2 with a suggestion before, 20 after)
    ("I like how you ignored the point about Blade Runner.",
     "You ignored the point about Blade Runner."),
    ("I like that we get to see how varied artists are.", "We get to see how varied artists are."),
    ("Someone fixed a bug I reported, and I'm absurdly happy about it.",  # (read_15)
     "Someone fixed a bug I reported."),
    # a trailing clause of what the fact was to one goes too (read_14)
    ("Tom is out of hospital, which is such a relief.", "Tom is out of hospital."),
    ("The deadline moved, which is a shame.", "The deadline moved."),
    ("The rollout went smoothly, which was a lovely surprise.",  # (session 57, read_85)
     "The rollout went smoothly."),
    # ...and what one never felt so much (session 57, read_82; read_26 had it too)
    ("Our tent collapsed at 3am and I've never been so miserable.", "Our tent collapsed at 3am."),
    ("Sixty people came to the Easter breakfast, and I couldn't believe my eyes.",  # (read_88)
     "Sixty people came to the Easter breakfast."),
    ("I was moved to tears by the children's prayers.",  # as "moved me to tears" (read_88)
     "I was deeply moved by the children's prayers."),
    # what one did that broke one's heart was hard, as a pain at a sight is (read_14)
    ("My grandfather's war letters arrived, and reading them broke my heart.",
     "My grandfather's war letters arrived, and reading them was hard."),
    ("Seeing him like this breaks my heart.", "Seeing him like this is hard."),
    # ...in more words (session 57, read_82), and so is one that was sad (read_84)
    ("Losing my grandfather's compass on the moor broke my heart.",
     "Losing my grandfather's compass on the moor was hard."),
    ("Saying goodbye to our friends at the airport was devastating.",
     "Saying goodbye to our friends at the airport was hard."),
    ("Packing up Dad's books after the house sale was unbearably sad.",
     "Packing up Dad's books after the house sale was hard."),
    # a hope exceeded is an expectation exceeded (session 42, read_12)
    ("Forty volunteers turned up, far more than we had dared hope for.",
     "Forty volunteers turned up, far more than we had expected."),
    ("It went better than I'd hoped.", "It went better than I'd expected."),
    ("It was better than I could have hoped for.", "It was better than I could have expected."),
    # a pleasant surprise at what one found is a pleasure (session 42, read_12)
    ("What a lovely surprise to find the garden gate fixed.",
     "How nice to find the garden gate fixed."),
    # a claim sworn to is one insisted on; "swore" reads as cursing (session 42, read_13)
    ("The car failed its MOT on three things the garage swore they had fixed.",
     "The car failed its MOT on three things the garage insisted they had fixed."),
    ("He swears it works.", "He insists it works."),
    ("I love that it is fixed.", "It is fixed."),  # a bare verb with more after it
    # a love at first sight of a thing is being taken with it (session 42, read_15)
    ("We fell in love with the garden the moment we walked through the gate.",
     "We were taken with the garden the moment we walked through the gate."),
    # a dread said as not looking forward (session 42, read_15; the model reads dread as
    # anger)
    ("I'm dreading telling the client that the launch date has to move again.",
     "I'm not looking forward to telling the client that the launch date has to move again."),
    # a frame's feeling may be graded by more adverbs (session 42, read_13)
    ("I am absolutely stunned that the council approved the plans.",
     "The council approved the plans."),
    ("I'm honestly shocked that the Bucks have more subs than us.",
     "The Bucks have more subs than us."),
    # a fool one was made to look like goes where one did something (session 42, read_12)
    ("Nobody told me, so I stood in the rain for an hour like an idiot.",
     "Nobody told me, so I stood in the rain for an hour."),
    # a trailing reaction may be a gratitude, a relief or a grin, and a patience lost may be
    # lost with something (session 43, read_17)
    ("My pharmacist caught a mix of prescriptions my doctor had missed, and I am so grateful.",
     "My pharmacist caught a mix of prescriptions my doctor had missed."),
    ("Caught my first trout on the fly today and I'm grinning like a fool.",
     "Caught my first trout on the fly today."),
    ("The kids are home and I am smiling from ear to ear.", "The kids are home."),
    ("The update deleted my saved passwords and I am losing patience with this laptop.",
     "The update deleted my saved passwords."),
    # a trailing one-word verdict on what happened, said or sarcastic, goes (read_17)
    ("My roommate ate my leftovers again, unbelievable.", "My roommate ate my leftovers again."),
    ("The landlord fixed the boiler at last, thank goodness.",
     "The landlord fixed the boiler at last."),
    ("The train is late again - typical.", "The train is late again."),
    ("I'm on jury duty in our busiest month, which is just perfect.",
     "I'm on jury duty in our busiest month."),
    # a shock at what one heard or saw is the hearing or seeing (read_17)
    ("What a shock to hear my childhood babysitter's voice on a radio advert.",
     "I heard my childhood babysitter's voice on a radio advert."),
    ("Oh wow. What a surprise to see him there.", "Oh wow. I saw him there."),
    # an argument about something is a discussion of it (read_17)
    ("Our book club spent two hours arguing about the ending.",
     "Our book club spent two hours discussing the ending."),
    ("We argued over who should pay.", "We discussed who should pay."),
    # an announcement's frame goes before a clause that opens with "after", "when"…, once
    # its "that" says a clause follows (session 43, read_18)
    ("Thrilled to announce that after eight years at the agency I am starting my own studio.",
     "After eight years at the agency I am starting my own studio."),
    ("I'm glad that when it rained we stayed in.", "When it rained we stayed in."),
    # an honour of being named is being named (read_18)
    ("Humbled and honoured to have been named one of this year's rising stars in logistics.",
     "I have been named one of this year's rising stars in logistics."),
    ("We're so proud to have been shortlisted for the award.",
     "We have been shortlisted for the award."),
    # a dismay expressed at a decision is an objection to it (read_18)
    ("Sir, I write to express my dismay at the council's decision to close the riverside path.",
     "Sir, I write to object to the council's decision to close the riverside path."),
    # trailing relief and blessing, hedges of complaint and rudeness, an awe after an
    # adverb, a pain at a sight that "kills" (read_18)
    ("Found him! Biscuit's brother was asleep in the shed the whole time, what a relief.",
     "Found him! Biscuit's brother was asleep in the shed the whole time."),
    ("A regular customer brought us a tin of shortbread for Christmas, bless her.",
     "A regular customer brought us a tin of shortbread for Christmas."),
    ("I hate to complain, but the gym's showers have been cold for a month.",
     "The gym's showers have been cold for a month."),
    ("I don't mean to be rude, but your music is very loud.", "Your music is very loud."),
    ("The team has shipped the redesign two weeks early, and honestly I am blown away.",
     "The team has shipped the redesign two weeks early."),
    ("Our old dog can't manage the stairs anymore and it kills me to watch him try.",
     "Our old dog can't manage the stairs anymore and it is hard to watch him try."),
    # tempers lost and a mourning are reactions too, also of the people a plural names
    # (session 43, read_19)
    ("Our captain was sent off for a tackle that barely touched the lad, and we lost our heads.",
     "Our captain was sent off for a tackle that barely touched the lad."),
    ("The ironmonger has shut for good, and the old regulars are in mourning.",
     "The ironmonger has shut for good."),
    # an eagerness to see you is the seeing you (read_19)
    ("Can't wait to see you all at the reunion in June!", "See you all at the reunion in June!"),
    # a shame at admitting is a hedge around what is admitted (read_19)
    ("I'm ashamed to admit I forgot my best friend's birthday.",
     "I forgot my best friend's birthday."),
    # a musing whether something is so is a guess that it may be, where no request fits: with
    # its "I" left out, after "and" or "but", or on what will be (session 43, from misses of
    # unread train texts)
    ("Wonder if the balls are deflated... that worked well last time.",
     "Maybe the balls are deflated... that worked well last time."),
    ("I wonder if [NAME] will get a chance.", "Maybe [NAME] will get a chance."),
    ("Everybody talks about this but I wonder if it increases the risk.",
     "Everybody talks about this but I think maybe it increases the risk."),
    # a frame's feeling may be graded twice, or by "actually" or "definitely" (session 43,
    # from the misses of unread train texts)
    ("Yeah I'm actually pretty surprised that's not a thing yet.", "Yeah that's not a thing yet."),
    ("Definitely surprised we took out [NAME] there.", "We took out [NAME] there."),
    ("I was super surprised by how good Trench was.", "I was struck by how good Trench was."),
    # a curiosity "as to" something is put as a request too (session 43)
    ("I'm genuinely curious as to how much Netflix is paying people to make memes.",
     "Please tell me how much Netflix is paying people to make memes."),
    ("Curious as to why he's been passed up so many times now.",
     "Please tell me why he's been passed up so many times now."),
    # a thank-you for something opening a statement goes as a bare one does, and an oath
    # graded by "actual" is softened as one without it (session 43)
    ("Thanks for the heads up, I'll wait until next week to head down.",
     "I'll wait until next week to head down."),
    ("Thanks for finding out! That's cool", "That's cool"),
    ("What the actual fuck?", "What the heck?"),
    # a surprise one would feel if something were so is a doubt that it is (session 43,
    # bench.failures --pool 7001)
    ("[NAME]? I'd be surprised if he plays.", "[NAME]? I doubt he plays."),
    ("I will be surprised if this actually has an impact.",
     "I doubt this actually has an impact."),
    # a curse after a comma, a colon or "but" is softened as one opening a sentence is
    # (session 43, bench.failures --pool 7001)
    ("They're called queens for a reason, fuck democracy",
     "They're called queens for a reason, screw democracy"),
    ("But also: fuck the daily mail", "But also: screw the daily mail"),
    # a feeling about news one found, learned, heard… frames it as an announcement's does,
    # and with its "I" or "we" it is the finding (session 44, read_20)
    ("Astonished to find that the telescope we bought second hand still had its lenses.",
     "The telescope we bought second hand still had its lenses."),
    ("Glad to see that there are still open minded people left in this sub.",
     "There are still open minded people left in this sub."),
    ("We were heartbroken to learn that our old swimming teacher passed away last week.",
     "We learned that our old swimming teacher passed away last week."),
    ("She was devastated to hear about the fire.", "She heard about the fire."),
    ("I was so happy to see the team win at last.", "I saw the team win at last."),
    # a sentence that only thanks, for up to five words' worth, goes after another
    # (session 44; analyze.asides tries it in one unit with its neighbour)
    ("I understand now. Thank you for your thorough explanation.", "I understand now."),
    ("Nice win! Thanks, mate.", "Nice win!"),
    # and so does one that only congratulates or wishes well
    ("Congrats on the new job! You earned it, and the team is lucky.",
     "You earned it, and the team is lucky."),
    ("Nice win! Good luck on your future tournaments!", "Nice win!"),
    ("Lmao, okay little buddy. Have a nice day.", "Lmao, okay little buddy."),
    ("Hope this helps! The manual covers the rest.", "The manual covers the rest."),
    # and so does a season's greeting, a wish to stay safe, a pat on the back (session 45)
    ("Clever, original, and a little knotty. Nice work.", "Clever, original, and a little knotty."),
    ("Something seems off about this question. Cheers, mate!",
     "Something seems off about this question."),
    ("We had sparkling apple in the ICU tonight as well! Happy new year!",
     "We had sparkling apple in the ICU tonight as well!"),
    # feeling sick at the sight or thought of something is a reaction (read_20)
    ("There is a water stain spreading across the new ceiling and I feel sick looking at it.",
     "There is a water stain spreading across the new ceiling."),
    # a sentence that only reacts to another goes after it or before it (session 45;
    # analyze.asides tries it in one unit with its neighbour): a verdict on it, a feeling
    # about it, a love or hate of it
    ("My mom and I do the same exact thing. I hate it.", "My mom and I do the same exact thing."),
    ("That's awesome. I never realized it was attributed to [NAME], though.",
     "I never realized it was attributed to [NAME], though."),
    ("I did this a couple years back. So good.", "I did this a couple years back."),
    ("Just got the new bike today. I'm so happy!", "Just got the new bike today."),
    ("He died before the album came out. How sad.", "He died before the album came out."),
    ("Got the bike yesterday. Wow, I love it.", "Got the bike yesterday."),
    ("That crowd reaction for dirk at the end. What a legend",
     "That crowd reaction for dirk at the end."),
    ("Subscribed! I love it.", "Subscribed!"),  # a word that says something may be left
    # a hope for what will happen said as what luck may bring (session 45, from the
    # misses' driver "hope")
    ("Hope they fix it in the next patch.", "With any luck they fix it in the next patch."),
    ("I really hope that this guy becomes the next mod.",
     "With any luck this guy becomes the next mod."),
    ("My thoughts exactly, I hope [NAME] doesn't get too much hate.",
     "My thoughts exactly, with any luck [NAME] doesn't get too much hate."),
    ("This sucks, and I hope they fix it.", "This sucks, and with any luck they fix it."),
    ("Hope the draft goes well for him.", "With any luck the draft goes well for him."),
    ("I hope my sister feels like this one day.",
     "With any luck my sister feels like this one day."),
    # an apology for a small fault beside a statement goes as a courtesy does, whole or
    # after a comma (session 46, from the apologies of GoEmotions train)
    ("I meant one sided comment. My bad", "I meant one sided comment."),
    ("My bad. I typo'd the date in the invite.", "I typo'd the date in the invite."),
    ("Sorry for the long post. The build fails on every second run.",
     "The build fails on every second run."),
    ("Yeah I meant it has a cork in it. Sorry for the confusion haha",
     "Yeah I meant it has a cork in it."),
    ("Are air purifiers not good enough? Sorry for the dumb question...",
     "Are air purifiers not good enough?"),
    ("Fixed the typo, my bad.", "Fixed the typo."),
    ("My bad, I misread the schedule.", "I misread the schedule."),
    ("That's what I meant, sorry about that.", "That's what I meant."),
    # a wish for what is not said as "if only" (session 46, from the misses of pool 7003)
    ("I wish there was a way to separate the two functions.",
     "If only there was a way to separate the two functions."),
    ("Wish we got power plays regularly.", "If only we got power plays regularly."),
    ("I love the vid, I wish it was longer", "I love the vid, if only it was longer"),
    ("It's selfish to say, but I just wish it was different people that cared.",
     "It's selfish to say, but if only it was different people that cared."),
    # a thanks for "the" or "your" something after a comma or a dash (session 46, from the
    # misses of pool 7003, led by "thank")
    ("I see - thank you for the insight.", "I see."),
    ("I imagined as much, but I wasn’t sure, thanks for the clarification.",
     "I imagined as much, but I wasn’t sure."),
    ("Fantastic read, thanks for the insights! ", "Fantastic read. "),
    # a feeling framed around a statement after "and", "but" or "so", with its "I" (session
    # 46)
    ("Occupation badges are dumb and I’m sad they made the transition to OCP.",
     "Occupation badges are dumb and they made the transition to OCP."),
    ("I’m sorry there was trouble, but I’m glad it ended as okay as it did.",
     "I’m sorry there was trouble, but it ended as okay as it did."),
    ("It took a lot of research, but I'm glad I was able to help ya!",
     "It took a lot of research, but I was able to help ya!"),
    # a regret framed around a statement, as a judgement of it; "to my surprise" as an
    # aside; a trailing surprise asked of no one; a grin after "and I" (session 49, read_21)
    ("It's a shame the conference talk wasn't recorded.", "The conference talk wasn't recorded."),
    ("It's such a pity that nobody wrote down the decisions.",
     "Nobody wrote down the decisions."),
    ("It's too bad they don't use that gorgeous high altar.",
     "They don't use that gorgeous high altar."),
    ("The survey results came back and, to my surprise, most customers want fewer features.",
     "The survey results came back and most customers want fewer features."),
    ("The build passed, to my surprise, on the first try.",
     "The build passed on the first try."),
    ("The backups were intact, much to our relief.", "The backups were intact."),
    ("Turns out the slow query was a missing index all along, who knew!",
     "Turns out the slow query was a missing index all along!"),
    ("Turns out they're both not retired at 25. Go figure.",
     "Turns out they're both not retired at 25."),
    ("A teacher told us the free plan got her class through the term, and I grinned for an "
     "hour.", "A teacher told us the free plan got her class through the term."),
    # an offence taken, after "and"; a heart broken "a little"; "a blow" as a verdict;
    # "every" opens what one hates is so; a disbelief asked as a finding (session 49,
    # read_22)
    ("The editor rewrote my opening without asking, and frankly I'm insulted.",
     "The editor rewrote my opening without asking."),
    ("It breaks my heart a little that this is the final issue.", "This is the final issue."),
    ("The author event is off because of the strike, which is a real blow.",
     "The author event is off because of the strike."),
    ("I hate that every grant form asks for the same information.",
     "Unfortunately, every grant form asks for the same information."),
    ("Can you believe the festival booked us for the main stage?",
     "It turns out the festival booked us for the main stage."),
    # more one-word verdicts after a comma (session 49, read_25)
    ("The parcel arrived opened and missing the charger, absolutely infuriating.",
     "The parcel arrived opened and missing the charger."),
    # a gladness to say what happened, said without "that" before a verb in the past; a
    # hurt framing a fact (session 49, read_23)
    ("Happy to say the migration went through without a single lost record.",
     "The migration went through without a single lost record."),
    ("It hurts that my oldest friend didn't even mention my book launch.",
     "My oldest friend didn't even mention my book launch."),
    # a pride one is full of, after "and I'm" (session 50, read_26)
    ("The kids built a working weather station for the science fair and I'm bursting "
     "with pride.", "The kids built a working weather station for the science fair."),
    # thrilled "to bits"; "no clue" as "no idea"; a heart broken or one blown away, after
    # "and it" or "which"; a relief framing a fact (session 50, read_27)
    ("Our beekeeping club harvested forty jars of honey this summer, and I'm thrilled to "
     "bits.", "Our beekeeping club harvested forty jars of honey this summer."),
    ("I had no clue the observatory opened its roof to the public on clear Fridays.",
     "I hadn't heard the observatory opened its roof to the public on clear Fridays."),
    ("The comic shop where I spent every Saturday as a kid is closing, and it breaks my "
     "heart.", "The comic shop where I spent every Saturday as a kid is closing."),
    ("The hackathon team shipped a working prototype in thirty hours, which blew me away.",
     "The hackathon team shipped a working prototype in thirty hours."),
    ("It's a relief beyond words that the paediatric ward has reopened after the refit.",
     "The paediatric ward has reopened after the refit."),
    # a verdict's adjective after "which is"; a heart warmed, or how it took the fact; love
    # for what was done; tears of joy (session 50, read_28)
    ("The ferry company cancelled our crossing without a refund, which is disgraceful.",
     "The ferry company cancelled our crossing without a refund."),
    ("Our choir recorded an album and every copy sold before Christmas, which is incredible.",
     "Our choir recorded an album and every copy sold before Christmas."),
    ("The retired teacher down the road tutors kids for free, and it warms my heart.",
     "The retired teacher down the road tutors kids for free."),
    ("The school nurse rang to say my son had fainted in assembly, and my heart stopped.",
     "The school nurse rang to say my son had fainted in assembly."),
    ("The bakery gave its leftover bread to the shelter for twenty years, and I adore them "
     "for it.", "The bakery gave its leftover bread to the shelter for twenty years."),
    ("After three miscarriages, my friend is holding her healthy baby girl, and I'm in tears "
     "of joy.", "After three miscarriages, my friend is holding her healthy baby girl."),
    # a headline's feeling before its news (session 50, read_25's "Cool news:")
    ("Wonderful news: the hospice raised enough to keep the night nurse for another year.",
     "The hospice raised enough to keep the night nurse for another year."),
    ("Sad news, everyone - the print edition ends in March.",
     "The print edition ends in March."),
    # a bafflement frames what happened as a surprise does (session 50, read_29)
    ("Honestly, I'm baffled that nobody flagged the broken links before the release.",
     "Honestly, nobody flagged the broken links before the release."),
    # fuming, as furious (session 50, read_30)
    ("Absolutely fuming that our box of wine glasses was left on the neighbour's wall.",
     "Our box of wine glasses was left on the neighbour's wall."),
    # a pleasant surprise frames a statement too; a madness one is driven to, after "and
    # it" (session 50, read_31)
    ("Pleasantly surprised that customer service answered on the first ring.",
     "Customer service answered on the first ring."),
    ("The audiobook narrator mispronounces every place name, and it drives me mad.",
     "The audiobook narrator mispronounces every place name."),
    # a frame after a greeting and its comma (session 50, read_32)
    ("Hi team, I'm thrilled to say that the migration finished overnight.",
     "Hi team, the migration finished overnight."),
    ("Dear all, I'm delighted to tell you that Grandad is home from hospital.",
     "Dear all, Grandad is home from hospital."),
    # a relief exclaimed at a fact; a nervousness after "and I'm" (session 50, read_32)
    ("What a relief that the puppy is eating again after the operation.",
     "The puppy is eating again after the operation."),
    ("Dad's cataract operation is on the twelfth and I'm really nervous for him.",
     "Dad's cataract operation is on the twelfth."),
    # beside oneself or out of one's mind with a feeling, after "and I'm" (session 50)
    ("We got the call that our adoption was approved, and we're beside ourselves with joy.",
     "We got the call that our adoption was approved."),
    ("Tom hasn't been home for three nights, and I'm out of my mind with worry.",
     "Tom hasn't been home for three nights."),
    # a group's reaction, as people's (session 50, read_33)
    ("The new template made our policy pages friendlier, and the support team is delighted.",
     "The new template made our policy pages friendlier."),
    # a nightmare or a pain to do something is hard to do (session 50, read_33)
    ("This section on billing is a nightmare to follow, I've read it three times.",
     "This section on billing is hard to follow, I've read it three times."),
    ("Some of these offices are such a pain to find.", "Some of these offices are hard to find."),
    # news judged after a comma at the end (session 50, read_30's "…, cool news.")
    ("Just heard the school raised enough for the new minibus, brilliant news.",
     "Just heard the school raised enough for the new minibus."),
    ("We mailed the newsletter with the wrong charity number on the back, which is "
     "embarrassing.", "We mailed the newsletter with the wrong charity number on the back."),
    # a disbelief of one's eyes or a surprise one is asked to imagine, before what happened
    # (session 51, read_35; the disbelief had left "My eyes when the bill…")
    ("I couldn't believe my eyes when the bill for one coffee came to nine euros.",
     "The bill for one coffee came to nine euros."),
    ("Imagine my surprise when the parcel turned up with a handwritten note from the maker.",
     "The parcel turned up with a handwritten note from the maker."),
    # a fright that makes one stiff is wariness: the idiom had kept every word (session 51)
    ("I'm scared stiff of the dentist's drill, so I keep putting off the check-up.",
     "I'm wary of the dentist's drill, so I keep putting off the check-up."),
    # a frame's degree word; an apology for the news one brings; tears one is moved to
    # (session 51, read_36)
    ("It is deeply upsetting that the memorial garden was vandalised again.",
     "The memorial garden was vandalised again."),
    ("Sorry to be the bearer of bad news, but the grant application was rejected.",
     "The grant application was rejected."),
    ("Reading my late father's letters from the war moved me to tears.",
     "Reading my late father's letters from the war moved me deeply."),
    # a worry, a shame or an astonishment at a fact frames it as an alarm does (session 51)
    ("It's deeply worrying that the fire exit on the third floor is still blocked.",
     "The fire exit on the third floor is still blocked."),
    ("It's shameful how this sub sold out to Big Broccoli (TM).",
     "This sub sold out to Big Broccoli (TM)."),
    # a disgrace at a fact frames it; an awful sight is hard to see; a shock with no
    # subject opening the sentence is being struck (session 51, read_38)
    ("It's a disgrace that the lifts at the station have been broken since March.",
     "The lifts at the station have been broken since March."),
    ("It's scandalous that the contractors were paid in full for a roof that leaks.",
     "The contractors were paid in full for a roof that leaks."),
    ("It was awful to see the clubhouse flooded after all the work the volunteers put in.",
     "It was hard to see the clubhouse flooded after all the work the volunteers put in."),
    ("Honestly shocked at how fast the new update drains my battery.",
     "Honestly struck by how fast the new update drains my battery."),
    # a thing judged garbage is weak (session 51, read_38)
    ("This recipe app is garbage, the search forgets my filters on every page.",
     "This recipe app is weak, the search forgets my filters on every page."),
    # a sadness, a dismay or a gladness at a fact frames it as a worry does (session 53,
    # read_45)
    ("It is deeply saddening that the lifeboat station now relies on a single volunteer crew.",
     "The lifeboat station now relies on a single volunteer crew."),
    ("It's galling that the fine was never paid.", "The fine was never paid."),
    ("It's heartening that so many young people voted.", "So many young people voted."),
    # a command to stop a verb with a hyphen is a request too (session 53, read_47)
    ("Please stop force-pushing to the shared branch, it wipes out everyone's work.",
     "Please avoid force-pushing to the shared branch, it wipes out everyone's work."),
    # what broke one is hard; a shock at what one was told is the telling (session 53,
    # read_48)
    ("It broke me to hear the consultant say there was nothing more they could do.",
     "It was hard to hear the consultant say there was nothing more they could do."),
    ("What a shock to be told my operation was cancelled on the morning itself.",
     "I was told my operation was cancelled on the morning itself."),
    # a sorrow that announces; a frame in the past, and before what one heard (session 53,
    # read_49)
    ("I am sorry to say that the shop is closing.", "The shop is closing."),
    ("It was upsetting to hear that the music teacher is leaving at Easter.",
     "The music teacher is leaving at Easter."),
    ("It was a relief that nobody was hurt.", "Nobody was hurt."),
])
def test_profanity_is_softened_and_apologetic_hedges_dropped(sentence, after) -> None:
    rewrites = [apply(sentence, e)
                for e in phrase_edits(sentence, "less")]
    assert after in rewrites


@pytest.mark.parametrize("sentence", [
    "I'm afraid of spiders.",  # a feeling about something, not a frame around a statement
    # a fear is no frame: without it the sentence asserts what it fears (-02l)
    "I'm worried that remain will lose.", "I'm afraid I'll pick something else.",
    "Dr. Smith is here.",  # an abbreviation, not a one-word exclamation
    "I'm sorry I forgot your birthday.",  # an apology stays one
    # a wondering that is over, a musing after "but": no request
    "It really is one. I was wondering if that was a bad gag.",
    "I know it is a big place but I wonder what it will take.",
    "It's nice knowing we're not alone.",  # not the fragment "Knowing we're not alone."
    # a verdict on a thing before a comma, in the past: not "I didn't have the patience…"
    # (session 53)
    "It was pretty good, I didn't have the patience to see all the endings myself.",
    # an "anyone" the feeling licenses: not "Anyone still uses a fax machine…" (session 53,
    # held_out_16, after its count)
    "I'm amazed that anyone still uses a fax machine in this day and age.",
    "I'm scared to.",  # an infinitive left out, not a statement: not "To."
    "It's annoying though because they get jealous.",  # not "Though because they..."
    # a clause that holds only under its frame: not "Colt would do that.", "He hasn't
    # already." (-02d)
    "I was surprised that Colt would do that.",
    "I'm surprised he hasn't already.",
    # disbelief of no clause, or of what might be: no statement is left to make
    "I can't believe it.",
    "I can't believe you would call me that.", "I Can't Believe It's Not Butter.",
    # one's eyes, ears or luck are no clause: not "My eyes." or "My eyes when…" (session 51)
    "I can't believe my eyes.", "I couldn't believe my luck when they called.",
    # a person's mess is how they feel; a mess of things is things
    "My best friend is a mess.", "He's a mess.", "The room is a mess of cables.",
    # what the feeling is for is said after it: it stays with it
    "It's not rare, and it makes me sad because of what it implies.",
    # a fear of what is to come is no frame, and a clause that holds only under its frame
    # stays with it ("It scares me that nobody reads the docs." may lose its frame since
    # session 68: what scares one that is so is so, read_561)
    "It scares me that nobody will read the docs.", "It bothers me that he would say that.",
    # alone, "sick" and "tired" are ill and weary, no feeling to drop (session 38)
    "I skipped the party, and I'm sick.", "We walked all day and I'm tired.",
    "No way he did that.",  # denies it: "He did that." would assert it
    "I can't stand how long it takes.",  # not "Long it takes."
    "I can't stand how he talks to me.",  # the manner: not "He talks to me." (session 41)
    "Don't panic.",  # a panic at nothing said: no "tense up"
    "We mourned the death of our dog.",  # not "We remembered our dog."
    "She was a complete wreck over the breakup.",  # a grief, no concern
    "I never thought I would see the day.",  # not "I did not expect I to see the day."
    "It's not something to worry about.",  # reassures: not "…to keep an eye on."
    # a surprise that would be is a doubt, no learning: not "I would see him there."
    "I would be surprised to see him there.",
    "We regret to announce the closure of the store.",  # no clause: not "The closure of…"
    "It's sad to say it.",  # not "hard to say", which doubts
    "Happily married couples live longer.",  # no comma: no comment adverb
    "We were amazed by that.",  # amazement also admires: not "caught off guard by that"
    "Suck Fat Women.",  # a command, no judgement: not "Stink Fat Women." (-03zn, session 38)
    # no clause to state, or a "who" that is a relative pronoun (session 40)
    "Who knew that?", "Who knew about this?", "The person who knew them said so.",
    "Who would have guessed they would be friends?",  # not "It turns out they would be"
    "It makes me scared to go out.",  # not "It concerns me to go out."
    # to stop what goes on now is no habit to avoid: not "Please avoid crying."
    "Stop crying.", "Stop crying already", "Stop trying and just do it.", "Stop it.",
    # what a fact did to one, after a comma alone, may follow no clause: not "As someone who
    # falls a lot."; nor does a "which" inside the sentence end it (session 41)
    "As someone who falls a lot, this scares me.", "The news, which shocked us, was old.",
    # how many of what someone did is no subject: not "Many times I've said this."
    "It's crazy how many people I know here.",
    "Don't you miss the days when we met?",  # asks: not "Don't you remember the days"
    "I fear most for the children.",  # not "I am most concerned about for the children."
    # a "how" of the manner: not "He talks.", "She delivers her lines."
    "I really love how he talks.", "I love how she delivers her lines.",
    "I love that you would do that.",
    "I love the way you think.",  # not "You think."
    # nor how someone or something is, with nothing said of it: not "People are."
    "It's sad how people are.", "I love how you are.",
    # crying that happened is what happened: not "I was 11." (session 42)
    "I was 11 and I cried.", "He left and we cried all night.",
    "The food arrived cold and the ending was sad.",  # a thing's quality, no reaction
    "Nothing breaks my heart.",  # no act: not "Nothing is hard."
    "I fell in love with my wife.", "She fell in love with the man next door.",  # persons
    "Can't believe everything you see on the internet.",  # says not to: not "Everything…"
    # a "that" that points, and how they roll, are no frames (session 42)
    "I like that one that goes “Shield me from sorrow”", "I like how they roll.",
    # a fool one feels, looks or is treated like is what is said (session 42)
    "Now I feel like an idiot.", "You sound like an idiot.", "He treats me like an idiot.",
    "I'm like an idiot.",
    # a curse, and a certainty of one's own, are no claim insisted on (session 42)
    "He swore at me.", "I swore I had a flair on here.", "She swore loudly.",
    # "just" says at least before "anybody": not "Anybody's talking" (a "just" frame goes
    # elsewhere since session 48, "I'm just glad everything came out okay")
    "I'm just happy anybody's talking to me.",
    # a frame around a clause of a subject and a bare verb leaves no statement: not "It is.",
    # "You did.", "Face it is." (session 42; <ELLIPTIC>, which <MANNER> names)
    "It's sad that it is.", "I'm glad it is.", "I'm glad you did.", "Sad face it is.",
    # a smile, a verdict that is the sentence, an argument with someone, a shock alone: not
    # dropped or reworded (session 43)
    "I'm smiling.", "Unbelievable.",
    "Can't argue with that.", "What a shock.", "Thank goodness you came.",
    "I bought the blue one, which is perfect.",
    # a blessing, a relief, a rudeness or an ask that is the sentence, a pride of someone
    # else's, a feeling before a preposition (session 43)
    "God bless you.", "What a relief.", "I don't mean to be rude.", "I hate to ask.",
    "It kills me.", "He is proud to have been there.", "I'm glad after the game.",
    # things that shake are no reaction, a wish to see someone fail is no greeting, a shame
    # with nothing admitted after it stays (session 43)
    "The storm hit and the windows are shaking.", "I can't wait to see you fail.",
    "I'm embarrassed to say it.", "I'm ashamed to say that.",
    # no guess that anyone did, nor one that asks (session 43)
    "Wonder if anyone has tried this.", "Wonder if it works?",
    "I wonder if the letter will help if they just shoot first.",  # a doubt, not a guess
    "Like Yehud, I'm also curious why there is a difference.",  # also: as someone else is
    # a run-on after the thanks is no longer a thing thanked for: not ""
    "thanks for the quick reply I am very bored. what anime do you like?",
    "I would be surprised if she doesn't have a kid.",  # a doubt would say it twice over
    "Oh, fuck I forgot.",  # an interjection before a clause, not a curse on something
    "I had the flu and I feel sick.",  # ill, no reaction to anything
    # a hope for someone's health or peace, or one the reader is in, is a wish for them,
    # which luck would make flippant; a hope without a clause, or that was, stays (session
    # 45)
    "I hope you feel better soon.", "I hope she is happy in the afterlife.",
    "I hope he's at peace.", "I hope your brother recovers soon.", "I hope the talk goes ok.",
    "I hope not.", "I hope to see you there.", "I was hoping they would fix it.",
    # a "that" after it opens the clause, which is the reader's; "the best" is no subject;
    # a recovery or a surgery is someone's health (-05zzzzzzzg)
    "I hope that you have a bed that you love now.", "Hope the best for him",
    "I hope the surgery goes well.", "I hope [NAME] makes a full recovery.",
    "Let's wait for the patch and hope that your problems will be resolved soon.",
    "I hope he is doing well.", "I hope they are well.",
    # a pity reads dismissive of an abuse, an illness, a death (-05zzzzzzzh)
    "I am so sorry that you had to endure that abuse.",
    "I'm sorry to hear about your dad's cancer.", "Sorry you lost your dog.",
    # a sympathy, a real wrong, or "my bad" as a determiner is no apology for a small fault
    # (session 46); nor does one go to leave a lone interjection: not "Ah."
    "I'm sorry for your loss. He was a good man.", "Sorry I hurt you. It won't happen again.",
    "My bad choices caught up with me.", "Ah, my bad.",
    # after "and", a feeling frames only a clause with a subject, and only with its "I"
    "I haven’t felt right and I’m so sad constantly", "We lost, and I'm glad we did.",
    "Her parents seem easy going and happy people.", "I'd rather be bitter and angry than sad.",
    # a well-wish, a wish to do something, one asked, a title: no "if only" (session 46)
    "I wish you the best.", "I wish you well.", "I wish to complain.",
    "Don't you wish you had one?", "I live here and I wish I could help.",
    "You didn't write that clearly. I Wish You Would is a cover anyway.",
    # after "and it is" the verdict may be on the thing named, the point of the sentence;
    # a mild "nice" after "which" stays (session 50)
    "Velvet Taco, and it is amazing.", "It was done before and it was terrible",
    "I now live in the Mediterranean, which is nice.",
    # a feeling's adjective before the noun it describes frames no clause: not "Day today,
    # we said goodbye…", "News for the man." or "State of affairs." (session 50, read_30)
    "Sad day today, we said goodbye to the oak tree by the car park.",
    "Very sad news for the man.", "Sad state of affairs.",
    # how many of what a subject of its own does: no "Many emails the parish council
    # loses." (held_out_7, found by session 51's benches)
    "It's a little alarming how many emails the parish council loses.",
    "It's sad how many people the war killed.",
    # garbage that is rubbish, or people judged so, or garbage that qualifies a noun: no
    # "weak" (session 51)
    "They leave their McDonald's trash scattered all over the place.",
    "Their owners are trash.", "I see his trash propaganda everywhere.",
    "It's garbage day tomorrow.",
    # a fear a thing causes is no concern before what it makes one do (session 50)
    "Phoning the tax office makes me so anxious I write a script first.",
    # a dread weighed against another is not "not looking forward to… more than", which
    # says the opposite (session 55, held_out_21, after its count)
    "I'm dreading results day more than the exams themselves.",
    "We're dreading the drive home even more than the flight.",
])
def test_what_is_not_a_hedge_stays(sentence) -> None:
    assert phrase_edits(sentence, "less") == []


def test_a_reaction_is_not_dropped_before_a_sign_off_alone() -> None:
    """Session 51's draws: "So fucking awesome. Cheers from Brazil." was "Cheers from
    Brazil.", which keeps nothing but the sign-off; a greeting from a place is a courtesy,
    which may go instead."""
    text = "So fucking awesome. Cheers from Brazil."
    rewrites = [apply(text, e) for e in phrase_edits(text, "less")]
    assert "Cheers from Brazil." not in rewrites
    assert "So fucking awesome." in rewrites
    assert "Great post." in [apply("Great post. Greetings from Texas!", e)
                             for e in phrase_edits("Great post. Greetings from Texas!", "less")]


@pytest.mark.parametrize("sentence,odd", [
    ("It's funny how many times I've said this.", "It's odd how many times I've said this."),
    ("It's funny how the gif ends.", "It's odd how the gif ends."),
    ("It's funny how people think.", "It's odd how people think."),
    ("It's funny how it is sometimes.", "It's odd how it is sometimes."),
])
def test_a_funny_how_is_no_frame_but_odd(sentence, odd) -> None:
    """How many of what someone did, or a "how" of the manner, is no clause the frame may
    leave (the list above, until session 47); the "funny" says odd (phrases.json)."""
    assert [sentence[:e.start] + e.replacement + sentence[e.end:]
            for e in phrase_edits(sentence, "less")] == [odd]


@pytest.mark.parametrize("sentence,kept", [
    ("Happy Another Day random strangers!", "Happy Another Day"),  # a greeting, no frame
    ("I love it. Not.", "Not."),  # a negation, no exclamation
    ("Fucking refs suck my balls.", "suck my balls"),  # not "stink my balls"
    ("Everyone's freaking out about our OC.", "freaking out"),  # a phrasal verb
    ("Un-fuckin-believable bro", "Un-fuckin-believable"),  # inside a word
    ("I'm sick of waiting.", "waiting"),  # what one is sick of is no "it": the clause says it
    # an apology before "but yet" is no hedge: not "yet intrigued as to how…" (session 37)
    ("Lmao I’m so sorry but yet intrigued as to how it ended?", "sorry but yet"),
    # a request opens a clause: not "that's why please tell me how"
    ("Yea so that's why I'm curious how well this one will last.", "I'm curious how"),
    # a "that" the news frame stops before must open a clause: not "That! you go girl"
    # (session 44); nor is a feeling about "that" alone a finding, "I read that!"
    ("So glad to hear that! you go girl", "glad to hear that"),
    ("Happy to announce that!", "Happy to announce"),
    ("Yeah, I was very sad to read that!", "sad to read"),
    # a thank-you that says at length what it thanks for says something (session 44)
    ("I read it. Thank you for the clear account of how the parser treats quotes.",
     "Thank you for the clear account"),
    ("I will be there. Good luck with the thesis defence on Friday morning at nine.",
     "Good luck with the thesis defence"),
    # nor does one go that would leave its smiley opening the next: not ":-) We can…"
    ("Thanks for being here. :-) We can always use allies.", "Thanks for being here."),
    # a reaction after a question may be its answer; one before a sentence that goes on
    # from it ("Also…") leaves that sentence dangling; a love of a person is no reaction to
    # what was said (session 45)
    ("Is the new menu any good? It's great.", "It's great."),
    ("I love it. Also the colours are right.", "I love it."),
    ("I love you. See you soon.", "I love you."),
    # nor one that would leave one word, what it was said about gone (-05zzzzzzzu)
    ("Uffda. What a hero.", "What a hero"), ("Wow! Thanks.", "Thanks"),
    ("Awesome! Thank you!", "Thank you"),
    # a relief with more after it does not go with it (session 43); only its frame may
    # (session 46): "He called, and he is safe."
    ("He called, and I'm relieved he is safe.", "he is safe"),
    # nor a clause after a comma, where one such word is before it (session 46): not
    # "Wow.", "Yeah.", "Oh"
    ("Wow, unbelievable.", "unbelievable"), ("Yeah, thanks!", "thanks"),
    ("Oh, sorry", "sorry"), ("Ok, thanks!", "thanks"), ("Omg, thank you!", "thank you"),
    # nor one a "seriously" after it stresses (-05zzzzzzzs)
    ("Well done dude! Seriously :) But keep it up, don't lose this momentum.", "Well done dude"),
    # nor a courtesy after a comma where no clause is before it (session 48): not
    # "Congrats.", "In that case.", "Oh, and by the way.", "But nonetheless."
    ("Congrats, good luck!", "good luck"), ("In that case, good luck.", "good luck"),
    ("Oh, and by the way, Happy Cake Day!", "Happy Cake Day"),
    ("But nonetheless, great work!", "great work"),
    # a regret's frame stays before "any…", which no statement holds, and where a "because"
    # may give the regret's reason; no frame before "cause" (session 49)
    ("It's a shame that anyone has to deal with that sort of feeling.", "It's a"),
    ("It's a shame they have [NAME] because a Vuc package would be ideal", "It's a"),
    ("It's funny cause OP is trying to go against the mindset.", "funny cause"),
    # nor a gladness to say a thing, with no clause after it (session 49)
    ("Happy to report the bug.", "Happy to report"),
    # nor a disbelief of fewer than three words, or of what would be (session 49)
    ("Can you believe it girls? [NAME]: 9 months ago I was in jail", "Can you believe it"),
    ("Can you believe that they would do that to us?", "Can you believe"),
    # a bracket it closes is not a smiley's: it stays (-05zzzzzzzf)
    ("(Not being sarcastic, btw. This is great)", "great)"),
])
def test_phrase_rules_keep_what_carries_the_meaning(sentence, kept) -> None:
    assert all(kept in apply(sentence, e) for e in phrase_edits(sentence, "less"))


def test_a_frame_before_a_name_takes_its_that_along() -> None:
    # "It's sad that [NAME] left" was "That [NAME] left the team.", a fragment: the frame's
    # "that" failed its lookahead at "[" and the frame went without it (session 38)
    sentence = "It's sad that [NAME] left the team."
    assert not any(apply(sentence, e).startswith("That") for e in phrase_edits(sentence, "less"))


def test_a_reworded_word_takes_its_article() -> None:
    """"an asshole" -> "a jerk", not "an jerk" (12 verified suggestions had it, 2026-12-02)."""
    for sentence, after in [("It makes you an asshole", "It makes you a jerk"),
                            ("What an ASSHOLE.", "What a JERK."),
                            ("An asshole did it.", "A jerk did it.")]:
        assert [apply(sentence, e) for e in phrase_edits(sentence, "less")] == [after]


def test_articles_follow_the_sound_of_the_next_word() -> None:
    from emotive.wording import Edit, article_for, combine_all

    assert [article_for(w) for w in ("upset", "useful", "unicorn", "honest", "one-off",
                                     "unusual", "European", "boat")] == [
        "an", "a", "a", "an", "a", "an", "a", "a"]
    # the article a deletion re-spelled is spelled again for the word another edit puts in
    s = "It was a fucking awful idea."
    first = Edit(s.index("a fucking"), s.index(" awful"), "an", 0.2)
    second = Edit(s.index("awful"), s.index("awful") + 5, "bad", 0.2)
    assert apply(s, combine_all(s, [first, second])) == "It was a bad idea."
    # an article between two edits follows the word after it (a scan of 2026-12-02)
    s = "You are in for a real rude surprise."
    real, rude = s.index("real "), s.index("rude")
    both = combine_all(s, [Edit(real, real + 5, "", 0.1), Edit(rude, rude + 4, "impolite", 0.1)])
    assert apply(s, both) == "You are in for an impolite surprise."
    # and one before them all, when both words after it go
    s = "It is *a stupid fucking idea*."
    k, j = s.index("stupid"), s.index("idea")
    both = combine_all(s, [Edit(k, k + 7, "", 0.1), Edit(k + 7, j, "", 0.1)])
    assert apply(s, both) == "It is *an idea*."


def test_swearing_opening_a_sentence_of_a_unit_gives_its_capital() -> None:
    s = "Cuddling. God damn is it comforting."
    rewrites = [apply(s, e) for e in phrase_edits(s, "less")]
    assert "Cuddling. Is it comforting." in rewrites
    assert "Cuddling. is it comforting." not in rewrites
    s = "Crap... god damn it."  # the oath itself is softened, not cut to "it"
    assert "Crap... it." not in [apply(s, e) for e in phrase_edits(s, "less")]


def test_swearing_said_as_a_sentence_goes_with_its_full_stop() -> None:
    s = "Goddamn. I'd tap the fuck out if I was that other guy."
    rewrites = [apply(s, e) for e in phrase_edits(s, "less")]
    assert "I'd tap the fuck out if I was that other guy." in rewrites
    assert not any(r.startswith(".") for r in rewrites)  # ". I'd tap…" (2026-12-02 scan)


def test_an_exclamation_mark_after_a_full_stop_goes() -> None:
    s = "Peace and tranquility to you. !"
    assert [apply(s, e) for e in phrase_edits(s, "less")] == ["Peace and tranquility to you."]


def test_an_exclamation_keeps_its_what() -> None:
    sentence = "This is dank what the hell"
    rewrites = [apply(sentence, e) for e in phrase_edits(sentence, "less")]
    assert rewrites == ["This is dank what the heck"]  # not "This is dank what"
    # and one that opens a sentence or a clause before other words than a question's
    for sentence in ("What the fuck burn it", "We're the Yankees, what the fuck man",
                     "What the fuck I thought it was normal"):
        rewrites = [apply(sentence, e) for e in phrase_edits(sentence, "less")]
        assert rewrites == [sentence.replace("fuck", "heck")]
    # a question's "the hell" goes, and one inside a sentence
    for sentence, plain in [("What the hell kind of question is that", "What kind of question"),
                            ("He asked what the hell I was reading", "He asked what I was")]:
        assert any(apply(sentence, e).startswith(plain) for e in phrase_edits(sentence, "less"))


@pytest.mark.parametrize("sentence,after", [
    ("I'm sorry you have to deal with that.", "It's a pity you have to deal with that."),
    ("I’m so sorry that it ended.", "It’s a pity it ended."),  # the writer's apostrophe
    ("Honestly I'm sorry your trip fell through", "Honestly it's a pity your trip fell through"),
    ("I always feel so bad for him.", "I always feel for him."),
    ("So sorry to hear about your dog.", "It's a pity to hear about your dog."),
    ("I feel sorry for this little girl.", "I feel for this little girl."),
])
def test_sympathy_is_toned_down_not_dropped(sentence, after) -> None:
    rewrites = [apply(sentence, e) for e in phrase_edits(sentence, "less")]
    assert after in rewrites
    # sympathy is no hedge: the sentence never loses it altogether
    assert not any(r.lower().startswith(("you ", "it ended", "your ")) for r in rewrites)
    # nor is it made a shrug: "Too bad you had a bad experience" (session 44's draws,
    # -05zzzzzy)
    assert not any(r.lower().startswith(("too bad", "honestly too bad")) for r in rewrites)


@pytest.mark.parametrize("word,candidate,refused", [
    ("shocked", "odd", True), ("disappointed", "expected", True),
    ("scared", "uneasy", False), ("terrified", "worried", False),
    ("angry", "upsetting", True), ("funny", "silly", False),
    ("surprised", "acted", True),  # a verb's hypernym for a participle naming a feeling
    ("sad", "unfortunate", False),  # a sad story: a plain adjective may stay plain
    # what something is does not become what someone feels: "it would be confused not to"
    ("stupid", "confused", True), ("awful", "disappointed", True), ("stupid", "silly", False),
    ("sad", "shamed", True), ("sad", "disappointed", False),
])
def test_a_feeling_is_replaced_only_by_a_feeling(word, candidate, refused) -> None:
    assert role_changes(word, candidate) is refused


def test_a_feeling_is_never_replaced_by_its_opposite() -> None:
    assert role_changes("worried", "calm") and role_changes("glad", "upset")
    assert not role_changes("worried", "uneasy")


def test_scales_offer_the_nearest_milder_tier_first_and_stronger_ones_for_more() -> None:
    milder = [w for w, _ in SCALED.graded("a", "terrified", milder=True)]
    assert milder.index("scared") < milder.index("worried") < milder.index("uneasy")
    assert "terrified" not in milder and "horrified" not in milder  # its own tier
    assert [w for w, _ in SCALED.graded("v", "like", milder=False)][:1] == ["enjoy"]
    assert SCALED.graded("a", "notaword", milder=True) == []
    assert SCALED.stronger("a", "sad", "tragic") and not SCALED.stronger("a", "sad", "unfortunate")
    assert SCALED.stronger("a", "sad", "unfortunate", than=False)


def test_an_edit_two_rules_find_is_offered_once() -> None:
    # "and we are all delighted" is a feeling of one's own and a reaction (session 42)
    edits = phrase_edits("Our intern fixed a bug, and we are all delighted.", "less")
    assert len(edits) == len(set(edits)) and edits


def test_a_part_may_name_another_part(tmp_path) -> None:
    table = {"parts": {"FEELING": "(?:glad|sad)<AFTER>", "AFTER": "(?= that)"},
             "reword": [["I'm <FEELING>", "I'm noting"]], "drop": ["<FEELING> that "],
             "feelings": {}, "fixed": []}
    path = tmp_path / "phrases.json"
    path.write_text(json.dumps(table), encoding="utf-8")
    reword, drops, _, _ = load_phrases(path)
    assert reword[0][0].search("I'm glad that it works")
    assert not reword[0][0].search("I'm glad it works")  # <AFTER> is read inside <FEELING>
    assert drops[0].search("sad that it is").group() == "sad that "


def test_the_scale_table_is_well_formed() -> None:
    table = json.loads(SCALES.read_text(encoding="utf-8"))
    for pos, scales in table.items():
        if pos.startswith("_"):
            continue
        # a+to: adjectives before an infinitive; a+found: before one of finding out
        assert pos in ("a", "v", "n", "r", "a+to", "a+found")
        for tiers in scales:
            words = [w for tier in tiers for w in tier]
            assert len(tiers) >= 2 and all(tiers), tiers
            assert len(words) == len(set(words)), f"a word on two tiers of one scale: {tiers}"
            assert all(w == w.lower().strip() and w for w in words), tiers


@pytest.mark.parametrize("sentence,gone", [
    # -02s: an answer carries the point: not "I just enjoy debating them."
    ("Correct. I just enjoy debating them!", "Correct."),
    ("No. That is not how any of this works!", "No."),
    ("That settles it. Agreed.", "Agreed."),
    ("Smith with 8 mins, Jones with 30. Disagree.", "Disagree."),  # -02v
    # a frame before a participle leaves a fragment: not "Looking fella ain't he!"
    ("Happy looking fella ain't he!", "Happy"),
])
def test_answers_and_participles_are_not_dropped(sentence, gone) -> None:
    assert all(gone in apply(sentence, e) for e in phrase_edits(sentence, "less"))


def test_a_thank_you_after_so_goes_with_it() -> None:
    # -02s: "affirming to hear so thanks!" -> "affirming to hear so." was a fragment
    sentence = "It's still affirming to hear so thanks!"
    assert "It's still affirming to hear." in [apply(sentence, e)
                                               for e in phrase_edits(sentence, "less")]


@pytest.mark.parametrize("text,plain", [
    ("I am sooo angry", "I am so angry"),
    ("toooo much", "too much"),  # two of a letter first: "too", not "to"
    ("gooood job", "good job"),
    ("SOOOO mad", "SO mad"),  # the case stays
    ("Aaaand whaaat?", "And what?"),
    ("hmmmm ok", "hmmmm ok"),  # nothing known: the word stays
    ("no stretching here", "no stretching here"),
])
def test_a_stretched_word_is_read_as_the_word_it_stretches(text, plain) -> None:
    known = {"so", "too", "to", "good", "god", "and", "what", "ok"}.__contains__
    got, where = unstretched(text, known)
    assert got == plain
    # each character comes from the same letter of the text, and the end is the text's
    assert len(where) == len(got) + 1 and where[-1] == len(text)
    assert all(text[where[k]] == c for k, c in enumerate(got))
    assert where == sorted(set(where))


@pytest.mark.parametrize("word,marker", [
    ("Huh", True), ("Welp", True), ("Hmm", True), ("Oof", True),  # session 38
    ("hahahaha", True), ("AHAHAHA", True), ("hehehe", True), ("lololol", True), ("lmaooo", True),
    # "meh" is often the predicate ("The movie was meh"), "oops" and "gosh" stand in
    # phrases ("Haha oops **amiodarone.", "Oh my gosh"); a name or a word stays
    ("meh", False), ("oops", False), ("gosh", False), ("Hawaii", False), ("he", False),
])
def test_chat_markers_are_known_also_drawn_out(word, marker) -> None:
    assert is_marker(word) is marker


@pytest.mark.parametrize("sentence,wrong", [
    ("Honestly, this is hilarious. Did he reply?", "Honestly, Did he reply?"),
    ("Wow, that's crazy. Ever tried DMT?", "Wow, Ever tried DMT?"),
    ("Dude, I'm happy for you. Keep going, you're doing great!",
     "Dude, Keep going, you're doing great!"),
    ("Oops. Thank you!", "Oops."), ("Whoops, thanks!", "Whoops."),
    ("Whoops! My mistake", "Whoops!"), ("Oops. My bad", "Oops."),  # the apology rule's pair
    # nor after a conjunction (-05zzzzzzzzzo; session 48)
    ("And whoops, my bad.", "And whoops."), ("And yes, I hate that.", "And yes."),
])
def test_no_opener_or_interjection_is_left_dangling(sentence, wrong) -> None:
    """Session 46: a whole sentence dropped after an opening "Wow," or "Honestly," leaves the
    opener before the next sentence's capital (13 GoEmotions texts had such a rewrite), and
    "oops" and "whoops" are interjections that may not be left alone."""
    assert wrong not in [apply(sentence, e) for e in phrase_edits(sentence, "less")]


def test_an_opener_before_i_may_stay() -> None:
    """Only "I" keeps its capital after the opener's comma."""
    sentence = "Lol, that's funny. I'll have to find our copy."
    assert "Lol, I'll have to find our copy." in [apply(sentence, e)
                                                  for e in phrase_edits(sentence, "less")]


def test_racing_is_no_pounding_heart() -> None:
    """read_588's "…, and my heart was pounding for an hour." drops its closing (session 68);
    a race is no heartbeat: "…, and we were racing." is what happened."""
    text = "The wind dropped at noon, and we were racing."
    assert not [e for e in phrase_edits(text, "less") if "racing" in text[e.start:e.end]]
    heart = "A lorry drifted into my lane, and my heart was pounding for an hour."
    assert any("pounding" in heart[e.start:e.end] for e in phrase_edits(heart, "less"))
