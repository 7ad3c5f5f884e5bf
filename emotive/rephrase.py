"""Structural rewrites that no word list makes: a direct question as a plain request.

A direct question reads as curiosity or confusion ("Which one is he playing?": surprise 0.64
with the shipped model); the same request put as an indirect question in a statement reads
neutral ("Please tell me which one he is playing.": 0.32). Turning one into the other needs
the clause structure, so this module works on a spaCy ``Doc`` with dependencies:

- find the question's inverted auxiliary ("is", "did", "can", "'s"...) and its subject;
- put the subject before the auxiliary, or, for do-support, drop "do" and inflect the verb
  ("Did you taste it" -> "whether you tasted it");
- frame the result: "Please tell me ...", "Please explain ..." (why/how), "Please confirm
  whether ..." (yes/no questions).

Only questions that start the sentence and have a plain shape are rewritten; anything the
rules do not understand is left alone (the suggester verifies every rewrite anyway), and so
are questions that do not ask: a negated yes/no question says the opposite ("Wasn't she
ill at the time?", "Would this not be the rule?"), "Can we...?" proposes, "I thought he
was #25?" checks the writer's own statement, "They have two opinions?" disbelieves (a
statement asked as a question never asks: see ``_indirect``), "Who
would have thought?!" and "Where on earth...?" answer themselves, and "It was the biggest
defeat, wasn't it?" asks for agreement.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

FINAL = frozenset({"?", "!", ".", "?!", "!?", "??", "...", "…"})
CLOSING = frozenset({'"', "”", "'", "’", "''"})
CONNECTIVES = frozenset({"but", "and", "so", "then", "or"})
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
# contracted auxiliaries by (lemma, tag): "What's" -> "what ... is"
CONTRACTIONS = {("be", "VBZ"): "is", ("be", "VBP"): "are", ("be", "VBD"): "was",
                ("have", "VBZ"): "has", ("have", "VBP"): "have", ("have", "VBD"): "had",
                ("will", "MD"): "will", ("would", "MD"): "would", ("'d", "MD"): "would"}
CLITICS = {"'m": "am", "'re": "are", "'ll": "will"}
DO_TENSE = {"did": "VBD", "does": "VBZ", "do": "VBP"}
# question words said with emphasis, and their plain forms
EMPHATIC = {"whatever": "what", "whoever": "who", "wherever": "where", "whenever": "when",
            "however": "how"}
VAGUE = frozenset({"anything", "something", "whatever", "so", "two", "not", "more"})
NOBODY_IN_PARTICULAR = frozenset({"anyone", "anybody", "someone", "somebody", "everyone",
                                  "everybody"})
PROPOSERS = NOBODY_IN_PARTICULAR | {"we"}  # "Can we...?", "Can anyone...?"
# a statement with a question tag asks for agreement, not for an answer: "It was the
# largest defeat since the 20s wasn't it?" -> "Please confirm whether it was ... wasn't it."
TAGGED = re.compile(r"\b(?:is|are|was|were|do|does|did|have|has|had|wo|would|ca|could|should)"
                    r"n[’']t (?:it|he|she|they|you|we|i|there|that)\W*$|"
                    # ... or a word: "UK is about the size of Romania right?" (-02t)
                    r"(?:^|[\s,])(?:right|correct|eh|no|yeah|yes|true|innit)\W*$",
                    re.IGNORECASE)
# questions that answer themselves: "Who would have thought?!", "Where on earth do you live
# that...?", "then what's the problem?", "You're having a field day huh?", "What's with
# X?", "Why are you so proud of it?", "Is it that hard to...?", "Why would the family talk
# about this on camera?" (they should not), "Am I the only one who...?", "Who said I was a
# kid?", "How is this a racism?", "Who needs Super Bowls?", "How can we expect...?", "But
# who knows?", "What's hard to understand?", a retort ("Is she worse than him though?"),
# advice ("Have you ever tried giving her lessons?"), news ("Did you know that they named a
# child after a suburb?", "Did you know it inspired a film?"), a plea for reassurance ("Is
# it bad that I'm bummed?"), a challenge ("You think 60% is shafting anyone?", "You realize
# that...?", "Why should I be forced to...?", "Why exactly would I be talking to…?",
# -03zzzzzzn), and invitations ("WHO WANTS TO TAKE SHOTS
# WITH ME???"), doubt ("Is there really anything more to know about?", "Is that how you
# handle things in Old Metairie?"), a jibe ("Are you high?", "Are you having a stroke?",
# "Is [NAME] back on his meds?", "What else is wrong with her?", -03zzz), a call to notice
# ("Are we all just going to ignore that X?"), a denial ("Where did I say that
# happened?"), scorn ("Is this supposed to be compelling?", "Am I supposed to feel bad
# for you…?", -02c; "And are millennials supposed to be attracted to these?"; "Do you
# fucken mind", "Is that even a debate anymore?", "Do you people just sit and wait...?",
# "I have adhd whats so bad about it?", -03zzzzzzz), a taunt ("Do
# you double dare me", "How dare you"), exasperation ("What are you smoking?", "What else
# do you want?"), an accusation ("Did you just equate X to Y?", "Did I just summon an
# elder god?", "Why do you guys care so much?", "Are you telling me ...?", "How could they
# forget the gravy?", "Who still unironically says X?"; but "Are you saying X? I'm confused
# by the wording" asks), the addressee's claim turned on them ("How are you supposed to get
# any links… if no site is trustworthy as you say?", -03zzzzzzs) and a show of hands ("Does
# anyone else see...?", "Anyone else's feed die?"), ridicule ("What year are you living
# in?", -03zzzzzzzu; "What universe do you live in?", "Are u gey", "Why in the world did you
# marry her?", -04zd), an insinuation ("Are you implying that…?", -03zzzzzzzzv; "Are you
# confessing to not being able to understand…?", -04zzzzn; "Are you claiming that the
# entire biology and geology communities have been lying…?"; but "Are you assuming…?" and
# "Are you under the assumption…?" may ask, -03zzi), a
# complaint of a habit ("Why does everyone keep assuming…?", -03zzzzzzzzu; "Why do they
# always threaten with a block?", -04zzzv; "Why is it always the same two people who get
# credit?", session 49's read_23), a taunt ("Do you need a safe space?", -04r;
# "Who hurt you?", "AM I BEING DETAINED?", -04zzp; "Did you stop taking your pills?",
# -04zzzp), a charge ("Are you trying to frame me?", -04x; "Have you ever bothered to read
# anything?", -04zzzg), a wish ("Why can't America be this cool?", -04zzzl), a musing no
# one here can answer ("I wonder what goes through [NAME] head…", -04zi) and a jab
# ("Where’s Sharpton now?", -04zj), scorn of a thing ("What is this trash?", -04zzzzzd),
# disbelief ("How can he be cool? Pretty sure he has…", -04zzzzzo), a reprimand ("What do
# you have to say for yourself?") and an exasperated "just" ("Can [NAME] just shut up and
# appreciate her dog?"; -05zzzzzzzzo), advice put as a question ("Why don't you just tell
# us?"), a retort ("Who mentioned anything political besides you?", -05zzzzzzzzzc: no one
# but you did) and a lament ("Whats up with the human race turning into invertebrates
# anyways?", -05zzzzzzzzzo, as "What's with…?") and an indifference ("…but why do I care what
# his name is?", session 50's draws; "Who'd have thought…?", held_out_11) and a complaint of
# folly ("Who in their right mind schedules roadworks…?", held_out_39; "What possesses a grown
# man to throw his driver into the lake?", "How can anyone think that sixty hours a week is
# fair…?", "Why do parents think it's fine to text me at midnight…?", "Why do people still
# think hearing aids are only for old people?", session 63; "Who decided the wave machine
# should start without a warning siren?", "Why are kids still leaving primary school unable
# to swim…?", "Why does every coach think the offside rule means whatever suits him?", "Why
# do customers ring at midnight…?", "Who takes a whole row of somebody else's leeks in the
# night?", "Who schedules a choir competition on the same day as the cup final?", "Who
# thinks it's clever to set off a fire extinguisher in a lift?", session 64; "Why does
# nobody care about seeds until there's a famine?", "Why do fans bang on the glass right
# behind the goalie?", session 65; "How hard is it to tell us your dog bites?", "What is it
# with people who resign without shaking hands?", "Why can't people put the mats back?", "Why
# does the council think volunteers can run a service on thin air?", "Why is the Wi-Fi
# password always on a sign nobody can find?", "Why do funders want innovation but never pay
# for running costs?", "Why does the exam board send papers in the wrong order every year?",
# session 66, not "How hard is it to learn Japanese?" nor "Why does it always run out faster
# than shampoo?"; "Why do supermarkets pay less for pork than it costs to raise?", "Why do
# producers think a trailer can be done in a weekend?", "Why must every brief be due
# yesterday?", "Why does the planning office keep approving houses on the flood plain?",
# "Why do big brewers pay the least and complain the most?", "Why do players blame testers…?",
# "Why does management only fund security after a breach?", "Why do competitions charge two
# hundred pounds…?", "Why does everyone ask for gluten-free pasta at a pasta shop?", "Why do
# care packages take three months to arrange?", session 67; "Why do dog owners bag the poo
# and then hang it on a tree?", "Why is the heating in the rehearsal hall always off in
# January?", "Why do authors get their photo on the back and illustrators don't?", "Why do
# campaigners film the one bad pen and never the good ones?", session 68; not "Why do you
# think he left?"): no request asks what they ask
RHETORICAL = re.compile(
    r"\b(?:on earth|in the world|the (?:hell|heck|fuck)|huh|in (?:their|his|her|your|my|our) "
    r"right minds?|"
    r"who(?: (?:would|could)|['’]d)(?: have|'ve) (?:thought|guessed|known)|who knew|who cares|"
    r"who wants|what(?: i|')s the (?:problem|point|"
    r"harm|big deal|difference)|what(?:['’]?s| is)(?: up| it)? with|why (?:are|were) you so|"
    r"is it (?:really )?that (?:hard|difficult|confusing|complicated)|what did you expect|why not|"
    r"why (?:exactly |ever |even |on earth |else )?would|"
    r"am i the only one|who said|how is (?:this|that|it) (?:a|an)|who needs|"
    r"how (?:can|could) (?:we|you|i|they) (?:expect|possibly)|(?:though|tho)$|"
    r"^have you (?:ever |not )?(?:tried|considered|thought about|looked into)|"
    r"^did you (?:hear|notice) that|^did you (?:know|realize)\b(?! (?:about|how|what|where|"
    r"when|who|why|if|whether)\b)|^is it (?:bad|wrong|weird|normal|okay|ok|strange|crazy|"
    r"just me)\b|^you (?:do |really |honestly )?(?:think|"
    r"realize)|why should (?:i|we|anyone) (?:be|have to|care)|"
    r"^(?:is|are|was|were|do|does|did|can|could|would|will|has|have) (?:\w+ )?really|"
    r"^(?:is|was) (?:that|this) how (?:you|they|we|people)|or what\W*$|"
    r"^are (?:you|u) (?:high|serious|kidding|joking|insane|crazy|stupid|dumb|drunk|blind|nuts|"
    r"thick|daft|dense|slow|retarded|an idiot|a moron|having a stroke|gay|gey)|"
    r"what (?:are|were) you smoking|"
    r"^(?:are|is) (?:we|you|they|people|everyone) (?:all )?(?:just )?(?:going to|gonna) "
    r"(?:ignore|pretend|act|let|forget)\b|"
    r"what else (?:do|did|would) you want|"
    r"what(?: else)?(?:['’]s| is) wrong with (?:you|him|her|them)|"
    r"(?:on|off) (?:his|her|their|your|the) meds|"
    r"^did (?:you|i|we) (?:just|really|even|actually|seriously) |"
    r"why (?:do|does|would|did) (?:i|we|you|you guys|y'all|people|anyone|they) (?:even )?care\b|"
    r"^are (?:you|ya|u) (?:completely |absolutely |totally |really |100% )?"
    r"(?:telling me|sure|really)\b|"
    r"^(?:(?:does|do|did|has|is|can) )?any(?:one|body) else\b|"
    r"^how could (?:they|you|he|she|anyone|someone|people)\b|^who (?:still|even|actually)\b|"
    r"^who would win\b|who knows\b|what(?:['’]s| is) (?:so )?(?:hard|difficult|confusing) "
    r"(?:to|about)\b|what(?:['’]?s| is) so (?:bad|wrong|great|special|hard|terrible) about\b|"
    r"^(?:am|is|was|are|were) (?:\w+ ){1,2}(?:supposed|meant) to\b|"
    r"^do you (?:\w+ )?mind\b|"
    r"^(?:is|are|was|were|does|do|did|can|could|would|will|has|have) (?:that|this|it) even\b|"
    r"^where (?:in [^?]*? )?did (?:i|we) (?:ever )?(?:say|claim|mention|state|write|suggest|"
    r"imply)|you people|how dare|(?:double |triple )?dare (?:me|you|us)|"
    r"how (?:are|am|is|was|were) \w+ (?:\w+ )?supposed to|as you (?:say|said|claim|claimed|"
    r"put it)|what (?:year|century|decade) (?:are|is) (?:you|we|they|people|he|she) living in|"
    r"what (?:universe|world|planet|reality|dimension) (?:are|do|does|is) (?:you|u|they|he|she) "
    r"(?:living|live)|"
    r"\bare (?:you|u) (?:\w+ )?(?:implying|insinuating|confessing|claiming)|"
    r"why (?:do|does|did) (?:\[?\w+\]? ){1,3}keep|"
    r"why (?:do|does) (?:they|you|u|people|he|she|everyone|everybody|someone|somebody|"
    r"y'all|yall) always\b|"
    r"why (?:is|was|are|were) (?:it|they|you|u|he|she|we|people|everyone|everybody) always\b|"
    r"need (?:a|your) safe space|^are (?:you|u) trying to \w+ me|^who hurt (?:you|u)|"
    r"^am i being detained|(?:stop|stopped|forget|forgot|quit) (?:to take |taking )?(?:your|his|"
    r"her|their) (?:pills|meds|medication)|"
    r"^why (?:can['’]?t|cant|won['’]?t|wont|couldn['’]?t) (?:\S+ ){1,3}be "
    r"(?:this|that|so|more|as|like)\b|"
    r"(?:have|did|do) (?:you|u) (?:ever |even )?(?:bother|bothered) to|"
    r"what goes (?:through|on in) (?:\S+ ){1,3}(?:head|mind|brain)|"
    r"^where(?:['’]s| is| are) \S+(?: \S+)? now|"
    r"^how can (?:he|she|they|you|u|people|anyone|this|that|it) (?:even |possibly |still |"
    r"really )?be\b|"
    r"^what(?:['’]s| is| are) (?:this|that|these|those) (?:\w+ )?(?:trash|garbage|shit|crap|"
    r"nonsense|bullshit|bs|drivel|rubbish|horseshit|bollocks|filth)|"
    r"have to say for (?:yourself|yourselves|himself|herself|themselves)|"
    r"^(?:can|could|will|would|won['’]?t|wont) (?!(?:you|u|ya|i|we)\b)(?:\[?\w+\]? ){1,2}"
    r"just\b|"
    r"^why (?:don['’]?t|dont|do not) (?:you|u|ya) just\b|"
    r"^who (?!else\b)(?:\S+ ){1,6}(?:besides|other than|except|apart from|but) (?:you|u|yourself)"
    r"(?!\W*\w)|what (?:possesses|possessed)|^how can (?:anyone|anybody|someone|somebody)\b"
    r"(?! (?:help|tell|explain|find|get|contact|reach)\b)|"
    r"^why (?:do|does|did|would) (?:\S+ ){1,3}(?:think|thinks|thought) (?:it['’]?s|it is|it was) "
    r"(?:fine|ok|okay|acceptable|normal|alright|all right|appropriate|reasonable|cool) to|"
    r"why (?:do|does) (?:people|folks|some people|so many people) (?:still|even|insist)\b|"
    r"^why (?:do|can['’]?t|cant|won['’]?t|wont) people\b|"
    r"^how (?:hard|difficult) can it (?:really )?be\b|^how (?:hard|difficult) is it to (?:just )?"
    r"(?:tell|let|say|put|ask|shut|close|turn|pick|clean|reply|answer|wait|knock|indicate|flush|"
    r"park|queue|bin|return|read|check)\b|"
    r"\band then (?:complain|complains|moan|moans|whinge|whinges|blame|blames)\b|"
    r"^why (?:do|does) (?!(?:you|u|ya|i|we)\b)[^?]{1,60}\band then\b|"
    r"^why (?:do|does|did) [^?]{1,60}\band (?:[\w-]+ ){1,2}(?:don['’]t|doesn['’]t|didn['’]t|"
    r"can['’]t|won['’]t)\W*$|"
    r"^why [^?]*\band (?:complain|moan|whinge|blame)\b|"
    r"^why (?:do|does) (?!(?:you|u|ya|i|we|they)\b)(?:(?:the|some|most|so many|these|those) )?"
    r"(?:[a-z]+ )?[a-z]+s (?:\w+ )?(?:think|assume|believe|expect)\b|"
    r"^why (?:are|is|were|was|do|does) (?:\S+ ){1,3}still\b|^who decided\b|"
    r"^why (?:does|do|did) (?:nobody|no one|no-one|noone)\b|"
    r"^why (?:do|does|did|is|are|was|were|must|should) (?:every|all|so many)\b|"
    r"^why do (?:(?:the|some|these|those|our) )?(?:[a-z-]+ )?(?:customers|clients|parents|drivers|"
    r"guests|"
    r"visitors|tourists|passengers|owners|managers|companies|councils|builders|walkers|"
    r"students|kids|children|men|women|folk|fans|supporters|spectators|developers|landlords|"
    r"motorists|cyclists|anglers|insurers|airlines|schools|agents|publishers|funders|recruiters|"
    r"contractors|suppliers|tenants|neighbours|neighbors|journalists|politicians|brands|"
    r"retailers|sponsors|supermarkets|shops|chains|banks|sellers|employers|"
    r"lenders)\b|"
    r"^why (?:does|do) (?:everyone|everybody) (?:\w+ )?(?:ask|asks|want|wants|expect|expects|"
    r"insist|insists)\b|"
    r"^why (?:do|does|did|would|should) [^?]{1,40}\bblame\b|^why (?:do|does) [^?]{1,40}\bcharge\b|"
    r"^why (?:does|do|did) (?:the )?(?:management|government|company|firm|council)\b|"
    r"^why (?:do|does|did|is|are) [^?]{1,40}\btakes? (?:so long|ages|forever|"
    r"(?:\w+ )?(?:weeks|months|years))\b|"
    r"^why (?:is|are|was|were|do|does) (?:the|a|an|our|my|your|their) [\w-]+(?: [\w-]+){0,5} "
    r"always\b|^why (?:do|does|did) [^?]{1,60}\b(?:but|and) (?:then )?(?:never|won['’]t|don['’]t|"
    r"doesn['’]t|can['’]t)\b|"
    r"^why (?:do|does|is|are) [^?]{1,80}\bevery (?:single )?(?:year|time|week|month|morning|"
    r"night|season)\b|"
    r"^why (?:does|do|did) (?:everyone|everybody|people|nobody|no one|anyone|(?:the )?(?:council|"
    r"government|ministry|management|company|bank|board|papers|press|media|authorities|"
    r"university|hospital|club|insurers?|agency|trust)) (?:\w+ )?"
    r"(?:think|thinks|assume|assumes|believe|believes|expect|expects)\b|"
    r"^why do (?:the )?(?:papers|press|media|tabloids) (?:call|say|claim|insist)\b|"
    r"^who (?!(?:knows|has|is|was|does|owns|runs|wants|needs|sells|makes|says|means|"
    r"plays|lives|works|uses|gets|goes|sees|cares|wins|pays)\b)[a-z]+s\b(?! (?:me|us)\b))"
    r"\b",
    re.IGNORECASE)
# amazement at what is not: "How does someone not sit there and eat a whole bag at once"
# (-04b), "How have you not seen this movie yet?", and at what is so: "How are these people
# so serious?", "What makes this not the place and time?" (-04h); "How do I not get charged
# twice?" and "How do you deal with not having pushers?" ask, and so does one the writer
# calls sincere
AMAZED = re.compile(r"^how (?:is|are|was|were|has|have|had|does|do|did|can|could) (?!i\b|we\b)"
                    r"(?:[\w']+ ){1,2}n(?:ot|ever)\b|^how (?:is|are|was|were|has|have|does|do|"
                    r"did|ca|could)n['’]?t (?!i\b|we\b)|^how (?:is|are|was|were) (?!i\b|we\b)"
                    r"(?:[\w']+ ){1,2}so\b|^what makes (?:this|that|it|you|him|her|them|these|"
                    r"those) not\b", re.IGNORECASE)
SINCERE = re.compile(r"[\s?!.]*(?:a |an )?(?:serious|genuine|honest|real|legit)(?:ly)? "
                     r"(?:question|asking)\b", re.IGNORECASE)
# "because" right after a question: the question argues ("Do you want a people's army?
# because that's how you get a people's army")
ARGUED = re.compile(r"[\s?!.]*(?:because|cause|cuz|coz|bc)\b", re.IGNORECASE)
# a question that asks why (it opens at its question word, past any connective): a
# "because" in the next sentence answers it
WHY = re.compile(r"why\b", re.IGNORECASE)
# another answer offered right after a question ("Was your father a member? Or did you save
# one?", "Does it have less glint? Or any glint at all?"): the question is one of two
ALTERNATIVE = re.compile(r"[\s?!.]*or\b", re.IGNORECASE)
# the question asked again, short: a challenge ("Is it my responsibility if...? IS IT?")
RESTATED = re.compile(r"[\s?!.]*(?:is|was|are|were|do|does|did|can|could|will|would|should|"
                      r"has|have) (?:it|he|she|they|you|i|we|that|this)\s*\?", re.IGNORECASE)
# a second question joined to the first in inverted order ("Who are you and how did you
# know…?", "What dose are you taking and how long did it take…?", -04zzzzn): the request
# would turn only the first ("Please tell me who you are and how did you know…"); not two
# question words of one ("when and how do we…?"), nor a clause whose subject comes first
# ("and what the guy did")
CONJOINED = re.compile(r"(?<!when )(?<!how )(?<!why )(?<!what )(?<!where )(?<!who )"
                       r"\b(?:and|or|but) (?:how|why|what|when|where|who)"
                       r"(?: (?!(?:i|you|u|he|she|it|we|they|the|a|an|this|that|my|your|"
                       r"his|her|our|their)\b)\w+){0,2} (?:did|do|does|is|are|was|were|can|"
                       r"could|would|will|have|has)\b", re.IGNORECASE)
# the writer's own answer, a noun phrase that ends the text: "Who created, carried and raised
# all these men? A woman ." asks nothing (-03zz), or a yes or no: "Do you remember if [NAME]
# was carrying a white piece of paper? Oh yeah...you don't forget a thing like that" (-03zzzzzzn)
ANSWERED = re.compile(r"[\s?!.]*(?:(?:a|an|the|my|your|his|her|their|our)\s+\w+(?:\s+\w+)?"
                      r"\s*[.!]*\s*$|(?:oh,? )?(?:yes|yeah|yep|yup|no|nope|nah|of course)\b"
                      r"(?!\s*\?))", re.IGNORECASE)
# the writer's own condition on the answer, in the next words or sentence: "How are we going
# to get a high 2021 pick? Unless we lose a ton of games of course." (-03zzzzzzzu)
QUALIFIED = re.compile(r"[\s?!.]*(?:unless|except (?:if|when|that))\b", re.IGNORECASE)
# the writer's despair of an answer: "How does someone not…, I will never understand" (-04b),
# or the writer's rebuttal: "What limits are you talking about? Last time i checked, [NAME]
# doesnt have any limits" (-04r), "What's the advantage of…? Other than…?" (-04x), or
# disbelief: "How tf did the vaccine cause them to lose their jaw? This smells like BS"
# (-02zr), "How does this have the Braves at .450? Nothing about this makes sense." (-03zzzzw)
REBUTTED = re.compile(r"[\s?!.,]*(?:i(?:['’]ll| will)? never (?:understand|get|know)\b|"
                      r"last (?:time )?i checked\b|other than\b|enough (?:\w+ )?(?:thinking|"
                      r"of this|of that|with (?:this|that|the))\b|(?:this|that|it) (?:smells|"
                      r"sounds|reeks) (?:like|of) (?:bs|bullshit|crap)\b|nothing about (?:this|"
                      r"that|it) makes (?:any )?sense\b|(?:this|that|it) makes no sense\b)",
                      re.IGNORECASE)
# a pause for effect after its verb and subject: "Is it... alive?" (-04r)
DRAMATIC = re.compile(r"^(?:is|are|was|were|do|does|did|can|could|will|would) \w+\s*(?:\.{2,}|…)",
                      re.IGNORECASE)
# the question named as the subject of its own sentence: "what did you put for second is my
# real question" (-03zzzzzzzzq); not "What is the question?" (two words before it)
QUESTION_IS = re.compile(r"\b(?:is|was) (?:my|the|our|a|his|her|their) (?:\w+ )?question\b",
                         re.IGNORECASE)
# a scoff right after a question: the question mocks ("What makes them [NAME]? Tf", "You
# don't allow children to come forward...? Lmfao"), or jokes ("Is there a teacher at your
# school that's strange? Kidding.", -03zzd; "Is he dead now from a tragic drowning
# accident? Asking for a friend.", -03zzzzw); "lol" may follow a real question
SCOFFED = re.compile(r"[\s?!.]*(?:tf|wtf|smh|jfc|ffs|lmao|lmfao|(?:just )?kidding|jk|/s|wa{2,}h+|"
                     r"boo ?hoo|asking for a friend)\b",
                     re.IGNORECASE)
# a request for something, asked as a yes/no question about the writer
ASKING_FOR = re.compile(r"(?:can|could|may) (?:i|we) (?:please )?(?:get|have|grab|borrow|see)\b",
                        re.IGNORECASE)
# marks of exasperation after any question: "?!?!!" (one "?!" may be surprise)
EXASPERATED = re.compile(r"[?!]*(?:\?!|!\?)[?!]")
# a word in mocking case, capitals inside it: "iS thIs a MeTapHor FoR LifE?" mocks a question
MOCKING = re.compile(r"\b[a-zA-Z]*[a-z][A-Z][a-zA-Z]*\b")
# what opens a clause that a main one must complete
SUBORDINATORS = frozenset({"if", "when", "whenever", "unless", "since", "because", "although",
                           "though", "while", "once", "until", "as"})
# a word stressed in Markdown inside a wh-question disbelieves: "Who goes to Greggs for
# *pizza*?", "What deal did [NAME] make to the **benefit** of the Syrian [NAME]??" (3 of the
# 3 train/test texts of that shape); a yes or no may stress the word it asks about ("Are
# you talking sexually or financially *railed*?", -03zs)
STRESSED = re.compile(r"(?<![\w*])\*{1,2}[^\W\d_][^*]*?\*{1,2}(?![\w*])")
# two sentences run together, the question only the second: "Which is likely the whole
# point What makes you think that?" (a quote's last words before the reply, -03zzz)
RUN_ON = re.compile(r"\b[a-z]+ (?:What|Why|How|Who|Where|When|Which|Is|Are|Do|Does|Did|"
                    r"Can|Could|Would|Will)\b")
# a question trailing off into another: "Why didn't I ever...how many shortcuts did they
# take?!" was "Please tell me why I didn't ever...how many shortcuts did they take." (-03zzzi)
TRAILED = re.compile(r"(?:\.{2,}|…)\s*(?:how|why|what|when|where|who|which|is|are|do|does|did|"
                     r"can|could|would|will)\b", re.IGNORECASE)
# a colon or semicolon inside a word ("Iraq:s", a Nordic genitive; "re:Invent")
GLUED = re.compile(r"[^\W\d_][:;][^\W\d_]")
Inflect = Callable[[str, str], str]


@dataclass(frozen=True)
class Rephrasing:
    start: int  # character offsets of the rewritten question in the sentence
    end: int
    text: str


def _question_root(doc: Any) -> Any | None:
    """The root of a question that starts the sentence: the first clause, ending in "?" or
    with no final punctuation at all (chat questions: "Did you taste it")."""
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if not roots:
        return None
    root = roots[0]
    words = [t for t in doc[root.left_edge.i:root.right_edge.i + 1] if not t.is_space]
    first = _opening(doc)
    if first is None or first.i < root.left_edge.i:
        return None
    tail = "".join(t.text for t in reversed(words) if t.text in FINAL)[:3]
    if "?" not in tail and (tail[:1] in ("!", ".") or (first.tag_ not in WH_TAGS and
                            first.pos_ != "AUX")):
        return None  # no "?": only a clause that opens like a question ("Did you taste it")
    if "?" not in tail and root.right_edge.i + 1 < len(doc) and (
            doc[root.right_edge.i + 1].text == "," or words[-1].text == ","):
        return None  # the sentence goes on after a comma ("Do I need to watch them all,
        # oh and what about his books?"): its question is not this clause
    return root


def _opening(doc: Any) -> Any | None:
    """The sentence's first word past punctuation and a connective ("But how's that...")."""
    words = [t for t in doc if not t.is_punct and not t.is_space and not (
        t.pos_ in ("X", "SYM") and not any(c.isalnum() for c in t.text))]  # not "> is this"
    if words and words[0].lower_ in CONNECTIVES and len(words) > 1 and (
            words[1].tag_ in WH_TAGS or words[1].pos_ == "AUX"):
        return words[1]
    return words[0] if words else None


def _declarative(root: Any, first: Any) -> bool:
    """Statement word order: the clause opens with the subject of its main verb."""
    if any(t.tag_ in WH_TAGS for t in root.subtree):  # "..., but why is this a thing?"
        return False
    return first.pos_ != "AUX" and first.tag_ != "MD" and root.pos_ in ("VERB", "AUX") and any(
        c.dep_ in SUBJECTS and c.left_edge.i == first.i and c.i < root.i
        for c in root.children)


def _subject(aux: Any) -> Any | None:
    """The subject right after an inverted auxiliary, as a token span."""
    head = aux if aux.dep_ == "ROOT" or aux.pos_ != "AUX" else aux.head
    for s in list(head.children) + ([] if head.i == aux.i else list(aux.children)):
        if s.dep_ in SUBJECTS and s.i > aux.i:
            a, b = s.left_edge.i, s.right_edge.i
            doc = s.doc
            if a > 0 and doc[a - 1].text == "[":  # "[NAME]" is one name
                a -= 1
            opened = sum(t.text == "[" for t in doc[a:b + 1]) - sum(
                t.text == "]" for t in doc[a:b + 1])
            if opened > 0:  # "[" parsed as the subject, or "[NAME" without its "]"
                close = next((t.i for t in doc[b + 1:b + 3] if t.text == "]"), None)
                b = close if close is not None else b
            return doc[a:b + 1]
    return _bracketed_name(aux)


def _bracketed_name(aux: Any) -> Any | None:
    """"[NAME]" right after the auxiliary, before its verb, where the parser hung its bits
    on the auxiliary and found no subject ("Why did [NAME] leave the team?")."""
    doc, k = aux.doc, aux.i + 1
    if k < len(doc) and doc[k].dep_ == "neg":
        k += 1
    if [t.text for t in doc[k:k + 3]] != ["[", "NAME", "]"]:
        return None
    verb = next((t for t in doc[k + 3:] if t.pos_ != "ADV"), None)  # past "even", "just"
    if verb is None or verb.i != aux.head.i or verb.pos_ not in ("VERB", "AUX"):
        return None
    return doc[k:k + 3]


def _complement_subject(first: Any, aux: Any | None) -> Any | None:
    """The noun phrase after "be" that the parser took for its complement, the question
    word for the subject: "What's all the fuss about?" asks what all the fuss is about,
    not "what's all the fuss about" (-04zzzv, "What’s all this meow?"). Only one that
    opens with a determiner, which a complement after a subject question seldom does;
    a preposition left at its end stays after the verb."""
    if aux is None or aux.lemma_ != "be" or aux.i != first.i + 1:
        return None
    doc = first.doc
    head = aux if aux.dep_ == "ROOT" or aux.pos_ != "AUX" else aux.head
    for c in head.children:
        if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN") and c.left_edge.i == aux.i + 1 and (
                c.left_edge.tag_ in ("DT", "PDT", "PRP$")):
            kept = [r for r in c.rights if not (r.dep_ == "prep" and not list(r.children))]
            return doc[aux.i + 1:max([c.i] + [r.right_edge.i for r in kept]) + 1]
    return None


# participles that name what they follow: "the guy called John" is one man
NAMING = frozenset({"call", "name", "title", "dub", "label", "know"})


def _said_of_subject(aux: Any, first: Any, subject: Any) -> Any | None:
    """The subject without what a lone "be" says of it, where the parser hung that on the
    subject: "How often are parents like that?" asks how often parents are like that, not
    "how often parents like that are" (-01w), and "is the entire cast at least on there
    and not cut off…?" whether the cast is at least on there (-01f). Only a "be" with
    nothing else said of its subject, and only the subject's last word group if that is
    a place, a likeness or a state ("Is that tray filled with beer?"): "the owner of the
    shop" stays whole. Returns None when there is nothing to cut."""
    if aux.dep_ != "ROOT" or aux.lemma_ != "be" or first.dep_ in ("attr", "acomp") or (
            first.tag_ in WH_TAGS and first.lower_ not in ("why", "how", "when")):
        return None  # "What is the capital of France?": "what" is what is said of it
    if any(c.i != subject.root.i and c.dep_ not in ("punct", "cc", "conj") and not (
            c.left_edge.i <= first.i <= c.right_edge.i) for c in aux.children):
        return None  # something else is said of it: "Is the guy in the car your dad?"
    if any(t.dep_ == "predet" and t.lower_ not in ("all", "both", "half") for t in subject):
        return None  # "those" is the subject, not the numbers': "Are those the numbers from
        # last season?" is not "whether those the numbers are from last season"
    stray = next((t for t in subject if t.i > subject.root.i and t.pos_ == "ADJ"
                  and t.dep_ == "pobj"), None)
    if stray is not None:  # an adjective taken for a preposition's noun: "Is the use of
        # stone common for the medical field in the UK?" -> "the use of stone common is for…"
        return subject.doc[subject.start:stray.i]
    said = next(reversed(list(subject.root.rights)), None)  # its last word group
    if said is None or said.right_edge.i >= subject.end or said.left_edge.i <= subject.root.i:
        return None
    place = said.dep_ == "prep" and said.lower_ != "of" and any(
        c.dep_ == "pobj" for c in said.children)
    state = said.dep_ == "acl" and said.tag_ == "VBN" and said.lemma_ not in NAMING and not any(
        c.dep_ == "oprd" for c in said.children)  # "Is that tray filled with beer?"; not
    # "Is the guy called John here?", which asks where the man of that name is
    where = said.dep_ == "advmod" and said.pos_ == "ADV"  # "at least on there"
    if not (place or state or where):
        return None
    return subject.doc[subject.start:said.left_edge.i]


def _pointed_at(subject: Any, last: int) -> bool:
    """Is ``subject`` "this" or "that" and the name after it, nothing else of the question
    following but a preposition's phrase: the name is what "this" is, not one subject
    ("Is this Tampa by any chance?", "Is that [NAME]?"; not "Is this [NAME] working...?")."""
    doc = subject.doc
    return len(subject) > 1 and subject[0].lower_ in ("this", "that") and all(
        t.pos_ == "PROPN" or t.text in ("[", "NAME", "]") for t in subject[1:]) and (
        subject.end > last or doc[subject.end].pos_ in ("ADP", "PUNCT"))


def _aux_text(aux: Any) -> str:
    """The auxiliary spelled out: "'m" -> "am", "'s" -> "is" or "has" by its lemma."""
    if aux.text[:1] not in ("'", "’"):
        return str(aux.lower_)
    clitic = aux.lower_.replace("’", "'")
    return CLITICS.get(clitic) or CONTRACTIONS.get((aux.lemma_, aux.tag_)) or CONTRACTIONS.get(
        (clitic, aux.tag_), "")


def indirect(doc: Any, inflect: Inflect) -> tuple[int, int, str, str] | None:
    """The sentence's question as an indirect question: (start, end, clause, kind) with kind
    "whether" (yes/no), "wh" or "explain" (why/how), or None when the question's shape is
    not one these rules know. The question opens the sentence or, after a clause of its
    own, ends it ("I get it, but why is this a thing?")."""
    root = _question_root(doc)
    first = _opening(doc)
    if first is not None and (known := _what_you_know(doc, first)):
        return known
    if root is not None and first is not None:
        got = _indirect(doc, root, first, inflect)
        if got is not None:
            return got
    for head, opener in _closing_questions(doc):
        got = _indirect(doc, head, opener, inflect)
        if got is not None:
            return got
    return None


# whom "Do … know who…?" asks: the reader or anyone reading (not "everyone")
KNOWERS = frozenset({"you", "u", "ya"}) | (NOBODY_IN_PARTICULAR - {"everyone", "everybody"})


def _what_you_know(doc: Any, first: Any) -> tuple[int, int, str, str] | None:
    """"Do you know who owns the Metro?" asks who owns it, not whether you know: its
    embedded question is the request ("who owns the Metro"), already in statement order;
    so does "Does anyone know if…?" ("Please confirm whether anyone knows if…" was wrong in
    -02c and -04zzzzzk)."""
    k = first.i
    if first.lower_ not in DO_TENSE or k + 3 >= len(doc) or doc[k + 1].lower_ not in KNOWERS or (
            doc[k + 2].lemma_ not in ("know", "remember")):
        return None
    wh = doc[k + 3]
    mark = doc.text.find("?", wh.idx)
    if (wh.tag_ not in WH_TAGS and wh.lower_ not in ("if", "whether")) or mark < 0:
        return None
    clause = doc.text[wh.idx:mark].rstrip()
    if wh.lower_ in ("if", "whether"):
        return first.idx, mark, "whether" + clause[len(wh.text):], "whether"
    clause = wh.lower_ + clause[len(wh.text):]
    return first.idx, mark, clause, "explain" if wh.lower_ in ("why", "how") else "wh"


def _closing_questions(doc: Any) -> list[tuple[Any, Any]]:
    """Clauses that open with a wh-word after the sentence's first clause and run to its
    final "?": (clause head, wh-word)."""
    words = [t for t in doc if not t.is_space]
    last = next((t for t in reversed(words) if t.text not in FINAL), None)
    if last is None or "?" not in doc.text[last.idx + len(last.text):]:
        return []
    return [(t, doc[t.left_edge.i]) for t in doc
            if t.dep_ in ("ccomp", "conj", "parataxis") and t.left_edge.i > 0
            and doc[t.left_edge.i].tag_ in WH_TAGS and doc[t.left_edge.i].lower_ != "that"
            and t.right_edge.i >= last.i]  # "So it was X that caused it?" is no wh-question


def _inverted_conjunct(root: Any) -> bool:
    """A second question joined to the first ("Have you played them or has he found
    someone?", "He owned it, but did he also make videos?"): only the first would be put
    in statement order, so the sentence is left alone."""
    doc = root.doc
    for c in root.children:
        if c.dep_ != "conj":
            continue
        for a in c.children:  # "or has", "but did": an auxiliary right after the "or"
            if a.dep_ in ("aux", "auxpass") and a.i < c.i and a.i and (
                    doc[a.i - 1].dep_ == "cc" or doc[a.i - 1].lower_ in CONNECTIVES):
                return True
    # however the parser attached it: "or have you always had these mails?"
    return any(t.lower_ in CONNECTIVES and doc[t.i + 1].pos_ == "AUX"
               and doc[t.i + 2].pos_ in ("PRON", "DET", "PROPN")  # "or is the colour..."
               for t in doc[root.left_edge.i + 1:len(doc) - 2])


def _indirect(doc: Any, root: Any, first: Any, inflect: Inflect
              ) -> tuple[int, int, str, str] | None:
    if _inverted_conjunct(root):
        return None
    span = [t for t in doc[min(root.left_edge.i, first.i):root.right_edge.i + 1]]
    while span and (span[-1].text in FINAL or span[-1].is_space or span[-1].text in CLOSING):
        span.pop()  # a closing quote stays after the request: '...appropriations."'
    if not span or first.i > span[-1].i:
        return None  # nothing but punctuation ("?!")
    comma = next((k for k in range(len(span) - 1, 0, -1) if span[k].text == ","), None)
    if comma is not None and comma > 1 and first.i < span[comma].i and (
            len(span) - comma - 1 <= 3) and all(
            t.pos_ in ("NOUN", "PROPN", "PRON", "DET", "ADJ", "X", "PUNCT")
            for t in span[comma + 1:]):
        # someone called after the question goes after the request: "Where's our internet
        # singularity, scientists?!" was "Please tell me where our internet singularity is
        # , scientists.", "What is your name, sir?" "...what your name, sir is." (-03zzzz)
        called = doc.text[span[comma].idx:span[-1].idx + len(span[-1].text)]
        got = _inverted(doc, root, first, inflect, span[:comma])
        return got and (got[0], span[-1].idx + len(span[-1].text), got[2] + called, got[3])
    return _inverted(doc, root, first, inflect, span)


def _plain(first: Any) -> str:
    """The question word as an indirect question says it: "Whatever happened to the movie?"
    asks what happened, not "Please tell me whatever happened" (-03zzzzzc)."""
    low = first.lower_
    return EMPHATIC.get(low, low)


def _inverted(doc: Any, root: Any, first: Any, inflect: Inflect, span: list[Any]
              ) -> tuple[int, int, str, str] | None:
    """The question of tokens ``span`` (its marks off) as an indirect question."""
    wh = first.tag_ in WH_TAGS
    aux = next((t for t in span if t.i >= first.i and (t.pos_ == "AUX" or t.tag_ == "MD")),
               None)
    text = doc.text
    end = span[-1].idx + len(span[-1].text)
    # "how" of a quantity asks for it: "how many" is told, not explained
    amount = first.i + 1 < len(doc) and doc[first.i + 1].pos_ in ("ADJ", "ADV")
    kind = ("explain" if first.lower_ in ("why", "how") and not amount
            else "wh" if wh else "whether")
    do_support = aux is not None and aux.i == first.i + 1 and aux.lemma_ == "do"
    named = _complement_subject(first, aux) if wh and first.dep_ == "nsubj" else None
    if wh and first.dep_ in ("nsubj", "nsubjpass") and not do_support and named is None and (
            aux is None or aux.i > first.i + 1 or _subject(aux) is None):
        # the wh-word is the subject: nothing is inverted ("What happened?"); not after
        # "does" ("What does 'open border' mean to you?" asks what it means)
        return first.idx, end, _plain(first) + text[first.idx + len(first.text):end], kind
    if not wh and _declarative(root, first):
        # a statement asked as a question is not asking for a yes or a no: it disbelieves
        # ("Your girlfriend accepts gifts in exchange for sex?", "The asshat found the
        # story?"), jokes ("A fork and spoon could be a fapoon?") or answers itself ("...,
        # coincidence? I think not."): 8 of the 9 such requests on the read samples were
        # wrong ("Please confirm whether your girlfriend accepts gifts...") (-02t)
        return None
    if aux is None:
        return None
    before = [t for t in span if first.i <= t.i < aux.i]
    if wh and any(t.is_punct for t in before):
        return None
    if not wh and aux.i != first.i:
        return None
    neg = aux.i + 1 < len(doc) and doc[aux.i + 1].dep_ == "neg" and doc[aux.i + 1].lower_ in (
        "n't", "not")
    if neg and not wh:
        return None  # "Wasn't she recovering at the time?" says she was: no question
    after = aux.i + (2 if neg else 1)
    subject = _subject(aux) or named
    if subject is None or subject.start != after:
        return None
    if subject.end > span[-1].i + 1:  # not the one called after it: "your name, sir"
        subject = doc[subject.start:span[-1].i + 1]
    subject = _said_of_subject(aux, first, subject) or subject
    if not wh and aux.lemma_ == "be" and _pointed_at(subject, span[-1].i):
        subject = subject[:1]  # "Is this Tampa by any chance?" asks whether this is
        # Tampa: "whether this Tampa is by any chance" was wrong (-02c)
    if not wh and aux.lower_ in REQUEST_MODALS and (subject.text.lower() in PROPOSERS or any(
            c.lower_ in ("me", "us") and c.dep_ in ("dobj", "dative", "iobj")
            for c in root.children)):
        return None  # "Can we get that man checked?" proposes, "Can anyone link the
        # article?" and "Can he bring me up to date?" ask for it: none asks whether it
        # can be done
    if not wh and aux.lower_ in ("might", "may") and subject.text.lower() in ("i", "we"):
        return None  # "Might I suggest...?" suggests
    if not wh and any(t.lower_ == "even" for t in doc[subject.end:root.i + 1]):
        return None  # "Did she even pass the test?" doubts that she did
    if not wh and (any(t.dep_ == "neg" and t.head.i == root.i
                       for t in doc[subject.end:root.i + 1]) or (
            subject.end < len(doc) and doc[subject.end].lower_ == "not")):
        return None  # "Would this not be the standard practice?" says it would, and so
        # does "Is this not standard practice...?" (-03zzzzzc)
    verb = _aux_text(aux)
    if not verb or (aux.tag_ == "MD" and subject.root.lower_ in ("you", "ya", "u", "yall",
                                                                 "y'all", "y’all")):
        return None  # "Can you cite that?" is a request: see imperative(); so is "Will you
        # two shut up?"
    if wh and aux.lower_ in ("'d", "’d"):
        return None  # "where'd" is "where did" as often as "where would": "where'd ya get
        # 'em?" was "Please tell me where ya would get 'em." (session 52's draws)
    if aux.text[:1] in ("'", "’") and subject.root.tag_ in ("NNS", "NNPS"):
        # "'s" said of a plural is "are" written out: "Where's my keys?" -> "where my keys
        # are", not "is"
        verb = {"is": "are", "has": "have"}.get(verb, verb)
    rest_start = subject.end
    rest = text[doc[rest_start].idx:end] if rest_start <= span[-1].i else ""
    if not rest and (not wh or subject[-1].pos_ == "ADP" or (
            subject.root.i + 1 < subject.end and doc[subject.root.i + 1].pos_ == "ADJ")):
        # the parser took the whole question for the subject ("Is that bottom tray filled
        # with beer?" -> "whether that bottom tray filled with beer is"), the verb with its
        # stranded preposition ("What are the players complaining about?" -> "what the
        # players complaining about are"), or what was said of the subject, an adjective
        # right after its noun ("How is the gritting budget smaller than last year's…?" ->
        # "how the gritting budget smaller than last year's… is", session 64, read_341);
        # "what the motive for doing this is" is right
        return None
    if rest and aux.lemma_ == "be" and doc[rest_start].tag_ in ("VBZ", "VBP", "VBD"):
        return None  # a noun taken for a verb after the subject, two verbs with a tense in
        # a row: "Why are the school trip budgets being cut…?" was "why the school trip are
        # budgets being cut…" (session 64, read_338)
    if any(t.pos_ == "PROPN" and t.dep_ == "amod" for t in subject):
        return None  # a name parsed as a noun's adjective: the parser has lost the words'
        # order ("Why is Bayless low key good?" -> "why Bayless low key good is", -04zo)
    if aux.dep_ == "ROOT" and subject[0].lower_ in ("a", "an") and any(
            c.dep_ == "ccomp" and c.left_edge.i == subject.end for c in aux.children):
        return None  # "it" left out: "Is a travesty that a manufactured crisis has come to
        # this" says it is one, and "whether a travesty is that…" was wrong (-02j)
    subj = subject.text
    if subject.start == first.i + 1 and not wh and subj[:1].isupper() and subj != "I" and (
            subject[0].pos_ != "PROPN") and not subject[0].text.isupper():  # "YOU" shouted
        subj = subj[:1].lower() + subj[1:]
    if neg:  # "ca" + "n't" -> "can't", "is" + "not" -> "is not"
        verb += " not" if doc[aux.i + 1].lower_ == "not" else "n't"
    elif aux.lemma_ == "do" and aux.lower_ in DO_TENSE:
        head = aux.head  # "Did he actually knock..." -> "he actually knocked..."
        bare = head.tag_ == "VB" or (head.tag_ == "VBP" and subject[-1].text == "]")
        if aux.dep_ != "aux" or not bare or head.i < rest_start:
            return None  # (the tagger takes the verb after "[NAME]" for a present one:
            # "What did [NAME] say?")
        if aux.lower_ != "do" and any(t.dep_ == "conj" and t.head.i == head.i and t.tag_ == "VB"
                                      for t in doc[head.i + 1:span[-1].i + 1]):
            return None  # "does" and "did" served a second verb too: "Why does someone
            # always take the last of the milk and not say anything?" was "…takes the last
            # of the milk and not say anything" (session 64, read_342); after "do" both stay
            # bare ("How do you play 180+ hours and not know…?")
        if any(t.dep_ == "neg" for t in doc[rest_start:head.i]):
            verb = aux.lower_  # "why do they not exist?" -> "why they do not exist"
        else:
            verb = ""
            form = inflect(head.lemma_, DO_TENSE[aux.lower_])
            rest = (text[doc[rest_start].idx:head.idx]
                    + (form.upper() if head.text.isupper() else form)
                    + text[head.idx + len(head.text):end])
    wh_text = ""
    if wh:
        wh_text = text[first.idx:aux.idx].rstrip()
        if not first.text.isupper():  # "HOW DID WE..." stays shouted, not "hOW"
            wh_text = _plain(first) + wh_text[len(first.text):]
        wh_text += " "
    body = re.sub(r" (?=[,;:](?:\s|$))", "", " ".join(p for p in (subj, verb, rest.strip()) if p))
    return first.idx, end, f"{wh_text}{body}" if wh else f"whether {body}", kind


OPINION = re.compile(r"whether (?:you|u|y['’]?all) "
                     r"(?:think|believe|reckon|feel|suppose|guess|expect)\b", re.IGNORECASE)
# a choice between answers, told rather than confirmed: "whether you are an X or a Y"
CHOICE = re.compile(r"\bor\b", re.IGNORECASE)
# a yes/no question of whoever reads, "whether anyone has seen…", or for a thing, "whether
# there is some scripture you could quote me" (the clause kept): asked to say, not confirm
ASKED_OF_ANYONE = re.compile(r"whether (?=(?:anyone|anybody|someone|somebody)\b|there "
                             r"(?:is|are|was|were) (?:some|any|a|an)\b)", re.IGNORECASE)
FRAMES = {"whether": ("Please tell me {}.", "Please confirm {}."),
          "wh": ("Please tell me {}.",),
          "explain": ("Please tell me {}.", "Please explain {}.")}


def requests(doc: Any, inflect: Inflect, following: str = "") -> list[Rephrasing]:
    """The sentence's leading direct question as plain requests, one per frame; the span
    covers the question with its "?" (and any "!" after it). ``following`` is the text
    after the sentence in its paragraph: where nothing follows the question in the
    sentence, it is what may answer it, argue with it or scoff at it ("Do you remember
    if…? Oh yeah...", -03zzzzzzn)."""
    got = indirect(doc, inflect)
    if got is None:
        request = imperative(doc)
        after = _next_words(doc.text[request.end:] if request else "", following)
        return [request] if request and not (
            SCOFFED.match(after) or ALTERNATIVE.match(after)) else []
    start, end, clause, kind = got
    text = doc.text
    asked, after = text[start:end], text[end:]  # the question and what follows it
    told = _next_words(after, following)  # what follows it, in the sentence or after
    if RHETORICAL.search(asked) or TAGGED.search(asked) or len(MOCKING.findall(asked)) > 1:
        return []
    if kind != "whether" and STRESSED.search(asked):
        return []
    if AMAZED.search(asked) and not SINCERE.match(told):
        return []  # "How have you not seen this movie yet?" (-04b, -04h)
    if DRAMATIC.match(asked):
        return []  # "Please confirm whether it is ... alive." (-04r)
    if CONJOINED.search(asked):
        return []  # two questions in one (-03zn)
    if RUN_ON.search(asked) or TRAILED.search(asked):
        return []  # the request would take the first sentence's words in (-03zzz)
    if GLUED.search(asked):
        return []  # a mark inside a word the parser splits: "How are Iraq:s relations…?"
        # was "Please tell me how Iraq are :s relations…" (train scan 37,000-43,410)
    if (subject := QUESTION_IS.search(asked)) and len(asked[:subject.start()].split()) > 2:
        return []  # the question is the subject: "what did you put for second is my real
        # question" was "Please tell me what you put for second is my real question." (-03zzzzzzzzq)
    if "?" in re.sub(r"\([^()]*\)", "", clause):
        return []  # a second question inside the first, or marks the parser split: "*Can I
        # Haz Gold?*" was "*please confirm whether I Haz Gold? can *." (-04zj); an aside
        # may ask its own: "whether you saw that (really?)"
    if re.search(r"\bplease\b", asked, re.IGNORECASE):
        return []  # asked politely already: "Do you know what time that was, please?" ->
        # "Please confirm whether you know what time that was, please." (-03t)
    # the marks around the question's end: "nuts?!,!?" has "?!,!?"
    marks = asked[len(asked.rstrip("?!,")):] + after[:len(after) - len(after.lstrip("?!,"))]
    if (kind == "whether" and after[:2] == "??") or EXASPERATED.match(after) or (
            len(marks) >= 4 and "!" in marks and "?" in marks):  # "nuts?!,!?"
        return []  # exasperated: "Can these guys just pick a team and go there??", "BUT WHY
        # DOES SHE SKIP THE MASCARA?!?!!"
    if ASKING_FOR.match(asked):
        return []  # asks for a thing: "Can I get a link to the discord?" -> "Please confirm
        # whether I can get a link to the discord."
    if re.match(r"[’”\"']+\s*[?!]", after):
        return []  # a quoted phrase ends the question, its "?" outside: mostly scare quotes
        # ("Do they seriously think freshman congressmen are 'leadership'?", "How do you
        # think the land was "stolen"?"), and the request read "…'leadership.'?" (-02zt)
    if ALTERNATIVE.match(told) or RESTATED.match(told):
        return []  # the first of two questions: "Has it been confirmed fake yet? Or is it
        # just really obvious?" (-03zd; a sentence that opens with "Or" joins its unit),
        # or one asked again: "...as a child? IS IT?" (-03zl)
    if ARGUED.match(after) or SCOFFED.match(told) or ANSWERED.match(told) or (
            QUALIFIED.match(told)) or REBUTTED.match(told) or (
                ARGUED.match(told) and WHY.match(asked)):
        return []  # a question its next words argue with is a jibe: "is there a satire
        # flair for this sub? because this one needs it" (-03e), "Are you talking about
        # equalization payments? Because BC doesn't get equalization payments."; so is
        # one its next word scoffs at ("What makes them [NAME]? Tf", -03y) and one the
        # writer answers ("...all these men? A woman .", -03zz; "Was it unwarranted? Yes",
        # in the next sentence too, -03zzzzzzn); a "Because" that opens the next sentence
        # may say why one asks ("Did the goal light go off? Because the scoreboard
        # changed"), as often as it argues (-03zzzzzzq); nor one the writer's "Unless…"
        # qualifies (-03zzzzzzzu), nor one the writer despairs of or rebuts (-04b, -04r,
        # -04x); a "Because" after a "why" answers it: "Why is he wearing his little
        # sisters jeans? Bc she stole his juice. That's why" (-01y)
    if mark := re.match(r"\s*[?!.]+", after):  # "confused ?": the mark goes too
        end += mark.end()
    frames = FRAMES[kind]
    prefix = text[:start].rstrip()
    if prefix.lower().split()[-1:] == ["or"]:
        return []  # the second of two questions: "Was it cut? Or is it RAW?"
    if prefix[-1:] in ('"', "“", "'", "‘", ">", ":"):
        return []  # quoted words are someone else's: '"What do you want out of this?"';
        # one a colon sets out is the question itself: "My biggest question is: who is
        # [NAME]?" was "...is: please tell me who is [NAME]." (-03e)
    if kind == "whether" and (OPINION.match(clause) or CHOICE.search(clause)):
        frames = frames[:1]  # an opinion is told, not confirmed: "do you think sanders will
        # be back?" was "Please confirm whether you think sanders will be back." (-03e);
        # nor is a choice: "Are you an [NAME] or [NAME]?" (-03zr)
    elif kind == "whether" and (anyone := ASKED_OF_ANYONE.match(clause)):
        frames, clause = ("Please let me know {}.",), "if " + clause[anyone.end():]
        # a question to whoever reads is answered by whoever can: "Has anyone seen a grey
        # tabby near Elm Road?" was "Please confirm whether anyone has seen…" (session 43);
        # one for a thing asks for it: "Is there some scripture you could quote me?" was
        # "Please confirm whether there is some scripture…" (session 43's draws)
    if prefix and not ENDED.search(prefix):  # after a connective or a clause: "But please
        # tell me...", "...; please..." (after a sentence, a request opens the next one)
        frames = tuple(f[:1].lower() + f[1:] for f in frames)
        before = [t for t in doc if t.idx < start and not t.is_space]
        if prefix[-1].isalnum() and before and before[-1].pos_ != "CCONJ" and (
                before[-1].lower_ not in CONNECTIVES):  # "So please tell me...", not "So;"
            # a run-on: "I have mine why does..." -> "I have mine; please tell me why..."
            if prefix.lstrip().startswith(">"):
                return []  # a quoted line runs on into the writer's question: the request
                # would be joined to someone else's words ("> The frothing … handle; please
                # tell me what this was.", session 50's draws)
            opens = re.split(r"[,;:.!?…]", prefix)[-1].split()[:1]
            if opens and opens[0].lower() in SUBORDINATORS:
                return []  # not after a clause of condition or time, which the question
                # completes: "if it's no questions asked; please tell me how they would
                # know…" (-04zzzv, -04zzzzzzzzzzzzv)
            start, frames = len(prefix), tuple("; " + f for f in frames)
    return [Rephrasing(start, end, frame.format(clause)) for frame in frames]


def _next_words(after: str, following: str) -> str:
    """What follows a question: the rest of its sentence, or if that is only marks, the
    text after the sentence."""
    return after if after.strip(" \t\n?!.") else after + following


def imperative(doc: Any) -> Rephrasing | None:
    """A request put as a question, as a plain request: "could you maybe add a link?" ->
    "please add a link." (anywhere in the sentence; the verb's clause must end in "?")."""
    for t in doc:
        found = _modal_request(doc, t) or _care_to(doc, t)
        if found is None:
            continue
        verb, kept = found  # the clause's verb, and the word the request opens with
        last = verb.right_edge.i  # the clause's last word, then its "?"
        while last > verb.i and (doc[last].text in FINAL or doc[last].is_space):
            last -= 1
        end = last + 1
        while end < len(doc) and (doc[end].text in FINAL or doc[end].is_space):
            end += 1
        if "?" not in doc[last + 1:end].text:
            continue
        if any(x.lower_ == "or" and x.i + 1 < len(doc) and doc[x.i + 1].lower_ not in VAGUE
               for x in doc[verb.i:last + 1]):
            continue  # a choice, not a request: "Would you start by cutting education or
            # healthcare?" -> "Please start by cutting education or healthcare."; "some
            # sources or anything" is one
        before = doc.text[:t.idx].rstrip()  # nothing, or a sentence that has ended
        start_of_sentence = all(x.is_punct or x.is_space for x in doc[:t.i]) or bool(
            ENDED.search(before))
        please = "Please" if start_of_sentence else "please"
        stop = doc[last].idx + len(doc[last].text)
        finish = max(x.idx + len(x.text) for x in doc[last + 1:end] if not x.is_space)
        return Rephrasing(t.idx, finish, f"{please} {doc.text[kept.idx:stop]}.")
    return None


def _modal_request(doc: Any, t: Any) -> tuple[Any, Any] | None:
    """The verb that "would you", "can you"… at ``t`` asks for, and the word the request
    keeps first: past "care to" ("Would you care to elaborate?" -> "Please elaborate.", not
    "Please care to elaborate.")."""
    if t.tag_ != "MD" or t.lower_ not in REQUEST_MODALS or t.i + 2 >= len(doc):
        return None
    if doc[t.i + 1].lower_ != "you" or (t.i and doc[t.i - 1].lower_ in ("if", "whether")):
        return None
    if any(x.tag_ in WH_TAGS for x in doc[max(0, t.i - 3):t.i]):
        return None  # "who would you want to lead..." asks who, it requests nothing
    if t.i and doc[t.i - 1].lower_ == "or":
        return None  # the second of two questions: "…only in Blackout mode? Or can you
        # use it in multiplayer?" was "Or please use it in multiplayer." (-03y)
    k = t.i + 2
    while k < len(doc) and doc[k].lower_ in SOFTENERS:
        k += 1
    verb = doc[k] if k < len(doc) else None
    if verb is None or verb.tag_ != "VB" or t.head.i != verb.i or verb.lemma_ in WONDER:
        return None
    return verb, _cared(doc, verb) or verb


def _care_to(doc: Any, t: Any) -> tuple[Any, Any] | None:
    """"Care to elaborate?" opening the sentence (past an "Ok,") asks the reader to, its
    "would you" left out: "Please elaborate." Not "…fans out there that care to weigh in"."""
    kept = _cared(doc, t)
    if kept is None or t.tag_ not in ("VB", "VBP") or any(
            c.dep_ in SUBJECTS for c in t.children) or not all(
                x.is_punct or x.is_space or x.pos_ == "INTJ" for x in doc[:t.i]):
        return None
    return t, kept


def _cared(doc: Any, verb: Any) -> Any | None:
    """The verb after "care to" at ``verb``, if it is one."""
    if verb.lower_ != "care" or verb.i + 2 >= len(doc) or doc[verb.i + 1].lower_ != "to":
        return None
    return doc[verb.i + 2] if doc[verb.i + 2].tag_ == "VB" else None


REQUEST_MODALS = frozenset({"can", "could", "would", "will", "ca", "wo"})
# a sentence that has ended before the question: "I'm sorry. Can you please explain…?" ->
# "I'm sorry. Please explain…" (an ellipsis goes on: "...please tell me who")
ENDED = re.compile(r"(?:(?<!\.)\.|[!?])[\"”')]*$")
# verbs of wonder, asked of no one: "Can you imagine being that rich?" -> "Please imagine
# being that rich.", "Can you believe this guy?" -> "Please believe this guy." (-02l)
WONDER = frozenset({"imagine", "believe", "blame"})
SOFTENERS = frozenset({"maybe", "please", "possibly", "perhaps", "kindly", "pls", "plz"})
