"""English risk phrases, as people write them in chat and session notes.

Written for the short messages of peer support: no capitals, missing apostrophes ("im",
"dont", "ive"), chat shorthand ("rn", "tn", "kms", "unalive", "ctb", "sewerslide") and
emoji. Indirect signs of a plan matter most (giving things away, arranging care for a pet or
children "after I'm gone", letters, goodbyes), because people in crisis rarely say "suicide".

Review: a crisis-line supervisor should read this file with ``tests/data/risk_chat_*.jsonl``.
"""

from mutual.safety.risk.lexicon import Lexicon, Rule

_I = r"(?:i|ive|i've|im|i'm|i'll|ill|id|i'd)"
_IM = r"(?:i'?m|i am|im)"
_WANT = r"(?:want|wanna|wan|need|needa|would like|wish|just want|really want|kinda want)"
_KILL_ME = r"(?:kill(?:ing)? my ?self|kms|unalive my ?self|off my ?self|end my(?:self| life| own life)|take my (?:own )?life|suicide|commit(?:ting)? suicide|end it(?: all)?|ctb|catch the bus|sewer ?slide|die|be dead|not be here|not exist|disappear forever)"
_GONE = r"(?:i'?m gone|im gone|i am gone|i'?m not here|im not here|i'?m not around|i die|i'?m dead|i'?m no longer here|i'?m no longer around)"
_PILLS = r"(?:pills?|tablets?|meds|medication|panadol|paracetamol|tylenol|sleeping pills|insulin|oxy|xanax|benzos?|antidepressants|💊)"
_KEEPERS = r"(?:dog|cat|pets?|puppy|kitten|fish|bird|kids?|children|son|daughter|baby|plants|guitar|things|stuff|belongings|passwords?)"

RULES: tuple[Rule, ...] = (
    # --- imminent: plans and preparations, often indirect --------------------------------
    Rule(
        "imminent",
        "plan",
        rf"(?:sorted|sorting|worked|working|figured|figuring) out who (?:gets|will get|takes|will take|looks after|will look after|feeds|will feed)(?: my| the| our)? {_KEEPERS}",
    ),
    Rule(
        "imminent",
        "plan",
        rf"(?:who|someone|somebody|you|u) (?:gets|will get|can have|to have|takes?|will take|looks? after|will look after|to look after|feeds?|will feed|to feed|can feed)(?: care of)? (?:my|the) {_KEEPERS}.{{0,40}}(?:after|when|once) {_GONE}",
    ),
    Rule("imminent", "plan", rf"(?:after|when|once) {_GONE}"),
    Rule(
        "imminent",
        "plan",
        r"(?:wrote|written|writing|left|finished|leaving) (?:a |my |the )?(?:suicide )?(?:note|notes|letters?|goodbye letters?|will)(?: (?:for|to) (?:everyone|my (?:family|mum|mom|dad|kids|wife|husband|partner|sister|brother)|them|you))",
    ),
    Rule("imminent", "plan", r"(?:suicide|goodbye|farewell) (?:note|notes|letters?)"),
    Rule(
        "imminent",
        "plan",
        r"(?:gave|giving|given|give) (?:away )?(?:all )?(?:my|all my) (?:stuff|things|belongings|stuff away|things away|clothes|guitar|books|games|savings)(?: away)?.{0,30}(?:won'?t|wont|not gonna|not going to|no longer) (?:need|be needing|be using)",
    ),
    Rule(
        "imminent",
        "plan",
        r"(?:won'?t|wont|will not|not gonna|not going to) (?:need|be needing) (?:it|them|this|these|that|any of (?:it|them)|money|a (?:car|phone|coat)|(?:my|the|a) \w+)(?: \w+)? (?:anymore|any more|where i'?m going|or anything|after (?:tonight|today|tomorrow|this week(?:end)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday))",
    ),
    Rule(
        "imminent",
        "plan",
        r"(?:giving|gave|given) away (?:all )?my (?:stuff|things|belongings|clothes|pets?|dog|cat)",
    ),
    Rule(
        "imminent",
        "plan",
        rf"{_I} (?:have|got|made|worked out|figured out|decided|know|picked|chose|set|planned) (?:a |the |my )?(?:plan|date|time|day|way|method|spot|place|how i'?ll do it|how to do it|when i'?ll do it|when to do it)(?! (?:for|to (?:go|meet|see|visit|study|work|call)|with|b\b|of the (?:day|week)))",
    ),
    Rule(
        "imminent",
        "plan",
        r"(?:tonight'?s|tonights|today'?s|todays|tmrw is|tomorrow is|tomorrows|tomorrow'?s) (?:the night|the day|my last)",
    ),
    Rule(
        "imminent",
        "plan",
        r"(?:this is|it'?s|its|tonight is|today is|tonite is) (?:my|gonna be my|going to be my) (?:last|final) (?:night|day|week|message|msg|text|post|session|goodbye)",
    ),
    Rule(
        "imminent",
        "plan",
        rf"{_IM} (?:going to|gonna|about to|ready to|planning to|planning on|finally going to|finally gonna) (?:kill my ?self|kms|end (?:it|my life|it all|things)|do it|unalive my ?self|take my (?:own )?life|jump(?! (?:off |from |on |in |into )?(?:the |a |my )?(?:diving board|high dive|springboard|board|pool|trampoline|rope swing|swing|pier|jetty|rocks|waterfall|boat|queue|bandwagon|ship))|overdose|od|hang my ?self|ctb)(?! (?:tomorrow|later)? ?(?:at work|in class|for|by|with))",
    ),
    Rule(
        "imminent",
        "plan",
        rf"{_I} (?:will|shall) (?:kill my ?self|end (?:it|my life|it all)|take my (?:own )?life|do it|jump) (?:tonight|tonite|tn|today|now|rn|this weekend|tomorrow|soon|when|after|before)",
    ),
    Rule(
        "imminent",
        "plan",
        r"(?:stockpil|saving up|saved up|hoard|collect|collected|been collecting)\w* (?:my |all my |enough |these |the )?(?:pills?|tablets|meds|medication|insulin|oxy)",
    ),
    Rule(
        "imminent",
        "plan",
        r"(?:bought|got|buying|getting|ordered|have|found) (?:a |the |some )?(?:rope|noose|gun|bullets|razor blades|charcoal|helium|poison|rat poison|bleach to drink)(?! (?:for|to) (?:the|my) (?:garden|yard|boat|camping|cleaning|rats|mice|shed))",
    ),
    Rule(
        "imminent",
        "plan",
        r"(?:tied|tying|hung|hanging|set up) (?:a |the )?(?:rope|noose|belt|cord|scarf|dupatta)",
    ),
    Rule(
        "imminent",
        "plan",
        r"(?:deleted|deleting|closing|closed) (?:all )?my (?:accounts|socials|social media).{0,40}(?:goodbye|bye|last|gone|won'?t)",
    ),
    Rule(
        "imminent",
        "plan",
        r"(?:i'?m|im|i am|i'?ll be) not (?:coming home|coming back|going to be here|gonna be here|gonna be around|going to be around|going to wake up|gonna wake up|here tomorrow|around tomorrow)",
    ),
    Rule(
        "imminent",
        "plan",
        r"(?:won'?t|wont|will not|not gonna|not going to) (?:be (?:here|around|alive)|wake up|make it|see) (?:tomorrow|tmrw|in the morning|by morning|much longer|next week|the weekend|christmas|my birthday)",
    ),
    Rule(
        "imminent",
        "plan",
        r"(?:don'?t|dont|do not) think (?:i'?ll|ill|i will) (?:be (?:here|around|alive)|wake up|make it|survive) (?:tomorrow|tmrw|the night|tonight|the week|much longer)",
    ),
    Rule(
        "imminent",
        "plan",
        r"(?:i'?m|im|i am) done\.? (?:for good|forever|with (?:life|living|everything|it all))",
    ),
    Rule("imminent", "plan", r"(?:i'?m|im) ending it(?: all)?(?: (?:tonight|today|now|rn))?"),
    Rule(
        "imminent",
        "plan",
        r"(?:tonight|today|tn|tonite|rn|right now) (?:i'?m|im|i am|i'?ll|ill) (?:ending it|ending things|doing it|going to do it|gonna do it)",
    ),
    Rule(
        "imminent",
        "plan",
        r"(?:checked into|booked) a (?:hotel|motel) room.{0,40}(?:won'?t|not|never|last|alone|pills|end)",
    ),
    Rule(
        "imminent",
        "plan",
        r"(?:somewhere|where|place) (?:nobody|no one|noone|no1) (?:will|can|could|would|'?ll) (?:ever )?find me",
    ),
    Rule(
        "imminent",
        "plan",
        r"(?:it'?ll|itll|it will|everything will|this will|all this will|the pain will) (?:all )?be over (?:soon|tonight|tomorrow|by (?:morning|tomorrow))",
    ),
    Rule(
        "imminent",
        "plan",
        r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|today|this weekend) (?:is|'s|will be) (?:the|my) (?:day|night|last)(?! (?:we|for|of|to|i (?:move|start|go|finish|leave for)|off|out|before))",
    ),
    Rule(
        "imminent",
        "plan",
        r"(?:waiting|wait|waitin) (?:till|until|til|for) (?:the house is empty|everyone(?:'?s| is)? (?:asleep|gone|out)|they (?:leave|go out|fall asleep|are asleep)|it'?s dark|dark)",
    ),
    Rule(
        "imminent",
        "plan",
        r"(?:step|stepping|jump|jumping|throw my ?self|walk|walking|lie down) (?:off|in front of|under|onto|from) (?:the |a )?(?:platform|train|bus|truck|lorry|traffic|tracks|bridge|building|roof|balcony|cliff)(?!(?: [\w']+){0,5}? in(?:to)? the (?:water|river|lake|sea|pool|ocean|waves))",
    ),
    Rule(
        "imminent",
        "plan",
        r"(?:because|bc|cause|cos|coz) i (?:did it|went through with it|finally did it)",
    ),
    Rule(
        "imminent", "farewell", r"(?:if|when) (?:you|u) (?:don'?t|dont|do not|never) hear from me"
    ),
    Rule(
        "imminent",
        "farewell",
        r"(?:won'?t|wont|will not|can'?t|cant) make (?:it to )?\w+[.,]* (?:or|and) (?:any|every) (?:\w+ )?after",
    ),
    Rule(
        "imminent",
        "farewell",
        r"(?:i'?m|im|i am) (?:so )?sorry[.,! ]*(?:goodbye|bye forever|bye for good|goodbye forever|forgive me)",
    ),
    Rule("imminent", "plan", r"(?:turned|turning|left|leaving) (?:on )?the gas (?:on|running)"),
    Rule("imminent", "plan", r"(?:car|engine) (?:running|on) in the (?:garage|shed)"),
    # --- imminent: the means at hand ----------------------------------------------------
    Rule(
        "imminent",
        "means",
        rf"(?:the |my |these |all the |all my |enough |a (?:bottle|box|packet|pack|handful|stash) of )?{_PILLS} (?:are|is|r|all|lined up|sitting|laid out|counted|ready|in front of me|next to me|on the (?:table|bed|desk|bench|floor)|in my (?:hand|lap|pocket))",
    ),
    Rule(
        "imminent",
        "means",
        rf"(?:counting|counted|lined up|laid out|holding|staring at) (?:the |my |all the |all my |these )?{_PILLS}",
    ),
    Rule(
        "imminent",
        "means",
        r"(?:holding|got|have) (?:a |the |my )?(?:knife|blade|razor|gun|rope|noose) (?:in my hand|to my (?:wrist|throat|head|neck)|right here|ready|next to me)",
    ),
    Rule(
        "imminent",
        "means",
        r"(?:knife|blade|razor|gun|rifle|pistol|rope|noose|pills)\b.{0,40}(?:on|in|next to|beside|in front of|with) (?:me|my (?:lap|hand|hands|pocket|bed))\b",
    ),
    Rule(
        "imminent",
        "means",
        r"(?:the )?(?:rope|noose|gun) is (?:ready|up|loaded|tied|here|in (?:my|the) (?:car|room|bag))",
    ),
    # --- imminent: an attempt under way or just made ------------------------------------
    Rule(
        "imminent",
        "attempt",
        rf"(?:took|swallowed|downed|taken|ate|necked|drank) (?:\w+ ){{0,3}}?(?:the whole|a whole|a (?:bottle|packet|box|strip|pack|blister) of|all (?:of )?(?:my|the|them|those)|loads of|lots of|a bunch of|a handful of|handfuls of|heaps of|too many|an overdose|the entire|every|\d{{2,}}|twenty|thirty|forty|fifty|a hundred)(?: \w+){{0,4}}? ?(?:{_PILLS}|of them|bleach|poison|(?:packet|bottle|box|strip|pack|lot)(?! of (?!(?:my |the |them|those|it|pills|tablets|meds))| to | in | into))",
    ),
    Rule(
        "imminent",
        "attempt",
        r"(?:took|drank|swallowed) (?:some |the |a )?(?:bleach|poison|rat poison|weed killer|antifreeze)",
    ),
    Rule(
        "imminent",
        "attempt",
        r"tried to (?:hang|kill|overdose|drown|end|cut|strangle|suffocate)\w* (?:\w+ ){0,2}?(?:an hour ago|minutes? ago|\d+ (?:min|mins|minutes) ago|last night|this morning|tonight|just now)",
    ),
    Rule(
        "imminent",
        "attempt",
        r"(?:didn'?t|didnt|did not) work.{0,25}(?:try again|trying again|do it again|another way)",
    ),
    Rule(
        "imminent",
        "attempt",
        r"(?:just |have |i |i'?ve |ive )?(?:overdosed|od'd|oded|slit my (?:wrists?|throat)|cut (?:too )?deep|cut my wrists?|hung myself)(?! on (?!(?:my |the |all |his |her )?(?:pills|tablets|meds|insulin|paracetamol|codeine)))",
    ),
    Rule(
        "imminent",
        "attempt",
        r"(?:there'?s|theres|there is|so much|a lot of|lots of|cant stop the|can'?t stop the|won'?t stop|wont stop) (?:blood|bleeding)",
    ),
    Rule(
        "imminent",
        "attempt",
        r"(?:feel|feeling|getting) (?:really |so |very )?(?:sleepy|drowsy|dizzy|sick|numb) (?:from|after) (?:the |those |all the |my )?(?:pills|tablets|meds|overdose)",
    ),
    # --- imminent: goodbyes -----------------------------------------------------------------
    Rule(
        "imminent",
        "farewell",
        r"(?:goodbye|bye|farewell) (?:everyone|every1|all|forever|for good|world|cruel world|to you all|guys)(?!.{0,60}(?:see (?:you|u|ya)|back (?:on|in|soon|tomorrow|next)|for the (?:holidays|weekend|night|summer)|holiday|tax return|off to|tomorrow|tmrw|later|january|monday|gn\\b|good ?night))",
    ),
    Rule("imminent", "farewell", r"(?:this is|it'?s|its) goodbye"),
    Rule(
        "imminent",
        "farewell",
        r"(?:tell|please tell) (?:my |them |her |him |everyone )(?:\w+ )?(?:i'?m sorry|i love (?:them|her|him|you)|it'?s not their fault|it wasn'?t their fault|i'?m sorry)",
    ),
    Rule(
        "imminent",
        "farewell",
        r"(?:please )?(?:don'?t|dont|do not) (?:blame yourself|be sad) (?:when|after|once|for what)",
    ),
    Rule(
        "imminent",
        "farewell",
        r"thank (?:you|u) for (?:everything|trying|all you did|all youve done|all you'?ve done)[ ,.]*(?:(?:it'?s|its) not your fault|i'?m sorry|goodbye|bye|(?:this is|it'?s|its) (?:my )?(?:last|the end)|i just can'?t|i cant anymore)",
    ),
    Rule(
        "imminent",
        "farewell",
        r"(?:won'?t|wont|will not) (?:be|get to be) (?:talking|texting|messaging|seeing you|in touch|at (?:our|the) (?:next )?session) (?:again|anymore|any more)",
    ),
    # --- elevated: wanting to die -----------------------------------------------------------
    Rule(
        "elevated",
        "ideation",
        rf"{_I}? ?(?:really |just |kinda |kind of |honestly |still |seriously |sometimes )?{_WANT} (?:to |2 )?(?:{_KILL_ME})",
    ),
    Rule(
        "elevated",
        "ideation",
        r"(?:suicidal|suicidial|suicdal|sucidal|suicidle|sewerslidal)(?: thoughts| feelings| again| af| rn| lately| ideation)?",
    ),
    Rule(
        "elevated",
        "ideation",
        r"(?:thinking|thought|thoughts|think|thinkin|been thinking) (?:about|of|abt|bout) (?:suicide|killing my ?self|ending (?:it|my life|things|it all)|taking my (?:own )?life|not being here|not existing|dying|death|kms|unaliving)",
    ),
    Rule(
        "elevated",
        "ideation",
        r"(?:wanting|wanted|want|wanna) (?:to )?(?:die|be dead|not exist|not be alive)",
    ),
    Rule(
        "elevated",
        "passive_wish",
        r"(?:i'?d|id|i would|i'?d much|i) (?:rather|sooner) (?:be dead|die|not (?:be here|exist|be alive|wake up))",
    ),
    Rule(
        "elevated",
        "passive_wish",
        r"(?:don'?t|dont|do not|can'?t|cant|cannot) see my ?self (?:alive|being alive|here|around|living|making it) (?:by|in|at|next|much|past|for)",
    ),
    Rule(
        "elevated",
        "passive_wish",
        r"if i (?:didn'?t|didnt|did not|don'?t|dont|never|wouldn'?t|wouldnt) wake up(?! (?:on time|early|in time|at|for|before|till|until))",
    ),
    Rule(
        "elevated",
        "passive_wish",
        r"(?:easier|better|fine|good|a relief|ok|okay) if (?:a (?:car|bus|truck|train)|something|someone|a stranger) (?:just )?(?:hit|hits|killed|kills|ran over|runs over|took|shot) me",
    ),
    Rule(
        "elevated",
        "passive_wish",
        r"(?:hope|wish|pray) (?:a (?:car|bus|truck|train)|something|someone) (?:just )?(?:hits|kills|runs over|hit|kill|run over|shoots) me",
    ),
    Rule(
        "elevated",
        "passive_wish",
        r"(?:would|will|'?d) (?:cope|be|do|manage|live|get on) (?:so much |much |a lot )?(?:better|fine|happier|easier)(?: off)? (?:without me|if i (?:was|were|wasn'?t|weren'?t) (?:gone|dead|here|around|alive))",
    ),
    Rule(
        "elevated", "passive_wish", r"(?:tired|sick|exhausted) of (?:living|being alive|existing)"
    ),
    Rule("elevated", "ideation", r"(?:use|using) it on my ?self"),
    Rule(
        "elevated", "ideation", r"(?:and|to) (?:not|never) (?:come|coming) (?:back|home)(?: again)?"
    ),
    Rule(
        "elevated",
        "self_harm",
        r"(?:hit|hitting|punched|punching|banged|banging|burned|burnt|burning|scratched|scratching|picking at|picked at|cut|cutting|hurt|hurting|bit|biting|starved|starving) (?:\w+ ){0,6}?on purpose",
    ),
    Rule(
        "elevated",
        "ideation_reported",
        r"(?:wants?|wanting|wanted|thinks? about|thought about|talks? about|talking about|keeps? saying|kept saying|jokes? about|joking about|making jokes about|said) (?:he |she |they )?(?:wants? )?(?:to )?(?:die|dying|kill(?:ing)? (?:him|her|them)sel(?:f|ves)|hurt(?:ing)? (?:him|her|them)sel(?:f|ves)|suicide|ending (?:it|his life|her life|their life)|(?:he|she|they)(?:'?d| would) be better off dead)",
    ),
    Rule(
        "elevated",
        "ideation",
        r"(?:kms|kys ?myself|unalive|unaliving) (?:thoughts|vibes|feelings|urges)",
    ),
    Rule(
        "elevated",
        "ideation",
        r"(?:don'?t|dont|do not|no longer|dnt) (?:want|wanna|wish) (?:to |2 )?(?:live|be alive|exist|be here|be around|wake up|go on|keep going|continue|be on this earth|do this anymore|do life)",
    ),
    Rule(
        "elevated",
        "ideation",
        r"(?:no|not any|nothing left to|lost my|lost the|no more) (?:reason|reasons|will|point|desire) (?:to|for) (?:live|living|stay|staying|keep going|go on|be alive)",
    ),
    Rule(
        "elevated",
        "passive_wish",
        r"(?:better off|happier|fine|easier|be better|be happier) (?:without me|if i (?:was|were|wasn'?t|weren'?t) (?:gone|dead|here|around)|with me gone|when i'?m gone)",
    ),
    Rule(
        "elevated",
        "passive_wish",
        r"(?:wish|hope|pray|praying) (?:i|id|i'd|that i) (?:was|were|would be|could be|could just be|had been|was never|were never|would|could|didn'?t|did not|dont|don'?t) ?(?:dead|gone|never born|not born|not here|not alive|die|just die|disappear|sleep forever|not wake up|wake up|wouldn'?t wake up|exist)",
    ),
    Rule(
        "elevated", "passive_wish", r"(?:go to sleep|fall asleep|sleep) and (?:never|not) wake up"
    ),
    Rule(
        "elevated",
        "ideation",
        r"(?:ready|want|wanting|longing|i'?m ready) (?:to go|to leave this world|to be done|for it to (?:end|be over|all end|stop))(?: forever| for good| now)?(?! (?:home|out|to|for|shopping))",
    ),
    Rule(
        "elevated",
        "ideation",
        r"(?:can'?t|cant|can not|cannot) (?:do this|go on|keep (?:going|living)|live like this|take it) (?:any ?more|much longer|for much longer)[ ,.]*(?:i'?m|im|i am) (?:done|out|ending|going to end)",
    ),
    Rule(
        "elevated",
        "ideation",
        r"(?:life|living|existing) (?:is|isn'?t|is not|feels) (?:not )?worth (?:it|living)(?! (?:for|when|because))",
    ),
    Rule(
        "elevated",
        "ideation",
        r"(?:end|ending|finish|finishing) (?:it all|my life|things for good|my own life|everything for good)",
    ),
    Rule(
        "elevated",
        "ideation",
        r"(?:should|could|might as well|may as well|gonna|going to) (?:just )?(?:kill my ?self|kms|die|end it(?: all)?(?! (?:with|between|off))|unalive my ?self|off my ?self)",
    ),
    Rule("elevated", "ideation", r"(?:kms|kys|unalive|ctb|sewer ?slide|sewerslide)"),
    Rule(
        "elevated",
        "passive_wish",
        r"(?:the world|everyone|everybody|my family|my kids|they|people) (?:would be|will be|is|are|'?d be) (?:better|happier|fine|okay|ok) (?:off )?(?:without me|if i (?:was|were) gone|when i'?m gone)",
    ),
    Rule(
        "elevated",
        "passive_wish",
        r"(?:death|dying|being dead|not existing) (?:sounds|seems|feels|would be) (?:good|nice|peaceful|better|like a relief|easier|like the only)",
    ),
    Rule(
        "elevated",
        "ideation",
        r"(?:urge|urges|thoughts|temptation) (?:to|of) (?:die|kill my ?self|end it|end my life|hurt my ?self|cut|self harm)(?: (?:are|is) (?:back|strong|bad|loud|winning))?",
    ),
    Rule(
        "elevated",
        "ideation",
        r"(?:the )?(?:suicide|suicidal|kms|dark) (?:thoughts|urges|ideation|feelings) (?:are |r |is )?(?:back|again|returned|coming back|won'?t stop|getting (?:worse|stronger|louder))",
    ),
    # --- elevated: hurting oneself now ------------------------------------------------------
    Rule(
        "elevated",
        "self_harm",
        r"(?:cut|cutting|burned|burnt|burning|hurt|hurting|harmed|harming|scratched|hit|punched|starving) (?:my ?self|my (?:arms?|wrists?|legs?|thighs?|skin))(?! (?:by accident|accidentally|while|cooking|shaving|on|at work|playing|in the|at the|chopping))",
    ),
    Rule(
        "elevated",
        "self_harm",
        r"(?:relapsed|relapse|slipped)(?: again)?(?: on| with)? (?:self[- ]?harm|sh|cutting|my cutting)",
    ),
    Rule(
        "elevated",
        "self_harm",
        r"(?:self[- ]?harm(?:ed|ing)?|sh) (?:again|last night|today|yesterday|this week|rn|tonight)",
    ),
    Rule(
        "elevated",
        "self_harm",
        r"(?:cut|cutting|cuts) (?:again|last night|tonight|this morning|deeper)",
    ),
    Rule(
        "elevated",
        "self_harm",
        r"(?:want|wanna|urge|urges|need) (?:to )?(?:cut|hurt my ?self|self[- ]?harm|burn my ?self)",
    ),
    Rule("elevated", "self_harm", r"(?:punish|punishing) my ?self (?:by|with)"),
    # --- concern: hopelessness, burden, no way out -----------------------------------------
    Rule(
        "concern",
        "hopeless",
        r"(?:what'?s|whats|what is) the point(?: (?:of|in) (?:anything|living|life|trying|going on|any of (?:it|this)|it all|even trying))?(?! (?:of (?:the|this) (?:meeting|form|session|exercise|app|call)))",
    ),
    Rule(
        "concern",
        "hopeless",
        r"(?:no|not any|don'?t see a|dont see a|can'?t see a|cant see a|can'?t see any|cant see any) (?:way out|point|hope|future|light at the end|end to (?:this|it))",
    ),
    Rule(
        "concern",
        "hopeless",
        r"(?:i'?m|im|i am|i feel like|feel like|i'?m just) (?:a|such a|nothing but a) (?:burden|waste of space|waste of oxygen|waste of air)",
    ),
    Rule(
        "concern",
        "hopeless",
        r"(?:hopeless|worthless|pointless|trapped|empty inside|numb inside|a failure at everything)",
    ),
    Rule(
        "concern",
        "hopeless",
        r"(?:can'?t|cant|can not|cannot) (?:go on|cope|take (?:it|this|much more) (?:any ?more|much longer)|do this any ?more|keep going|handle (?:it|this|life) any ?more|see (?:the point|a future|any future))",
    ),
    Rule(
        "concern",
        "hopeless",
        r"(?:nobody|no one|no1|noone) (?:would|will|'?d) (?:care|notice|miss me|even notice)(?: if| when)?",
    ),
    Rule(
        "concern",
        "hopeless",
        r"(?:everything|life|it all|nothing) (?:is|feels|seems) (?:hopeless|pointless|meaningless|too much|dark)(?! (?:today|at work))",
    ),
    Rule(
        "concern",
        "hopeless",
        r"(?:give|giving|gave) up on (?:everything|life|myself|living|it all)",
    ),
    Rule(
        "concern", "hopeless", r"(?:tired|sick|exhausted) of (?:life|everything|fighting|being me)"
    ),
    Rule(
        "concern",
        "hopeless",
        r"(?:nothing (?:is )?(?:ever )?(?:going to|gonna|will) (?:get|be) better|(?:never|not ever) (?:going to|gonna) get better|stopped hoping|lost (?:all )?hope|given up hope|no hope left|stopped caring about (?:anything|everything|myself))",
    ),
    Rule(
        "concern",
        "hopeless",
        r"(?:i|i'?m|im|i am) (?:feel |feeling )?(?:so |really |completely |just )?(?:empty|numb|hollow|dead inside|drowning)(?! (?:in (?:work|paperwork|emails|assignments|homework)))",
    ),
    Rule(
        "concern",
        "hopeless",
        r"(?:feel|feeling) (?:so |really |completely |just )?(?:empty|numb|hollow|dead inside)",
    ),
    Rule("concern", "hopeless", r"(?:just )?going through the motions"),
    Rule("concern", "hopeless", r"(?:don'?t|dont|do not) know how (?:much )?longer i can"),
    Rule(
        "concern",
        "hopeless",
        r"(?:i know (?:i'?m|im) (?:a lot|too much)|(?:hate|sorry for) (?:always )?(?:being|dumping) (?:this much |so much |such )?(?:work|a burden|trouble|a pain|my problems))",
    ),
    Rule(
        "concern",
        "hopeless",
        r"(?:i |ive |i'?ve )?(?:tried|attempted)(?: it)? (?:once|twice) before",
    ),
    Rule(
        "concern",
        "hopeless",
        r"(?:i |ive |i'?ve )?attempted (?:suicide |it )?(?:last|in|before|once|twice|\d|when|at)",
    ),
    Rule("concern", "hopeless", r"(?:overdoses?|od) (?:i took |i did )?on purpose"),
    Rule(
        "concern",
        "hopeless",
        r"(?:hospital|ward|icu|a&e|er)\w* (?:\w+ ){0,3}?(?:for|after) (?:an? |my |two |three )?(?:overdoses?|od|attempt|suicide attempt)",
    ),
    Rule(
        "concern",
        "hopeless",
        r"(?:i|i'?ve|ive) (?:tried|attempted) (?:to kill myself|suicide|to end (?:it|my life)|to take my (?:own )?life|to overdose) (?:before|once|twice|last year|last month|a few times)",
    ),
    Rule("concern", "hopeless", r"(?:my )?(?:last|previous|first|second) (?:suicide )?attempt"),
    # --- concern: being harmed by someone ---------------------------------------------------
    Rule(
        "concern",
        "harm_by_others",
        r"(?:he|she|they|my (?:husband|wife|partner|boyfriend|girlfriend|dad|father|mum|mom|mother|stepdad|stepfather|brother|uncle|ex)) (?:hits|hit|beats|beat|hurts|hurt|chokes|choked|strangled|kicked|punched|slapped|threatens|threatened|locks|locked|shoves|shoved|pushes|pushed|grabs|grabbed|throws things at|takes my money and) (?:me|us|my (?:kids|children|son|daughter|mum|mom))",
    ),
    Rule(
        "concern",
        "harm_by_others",
        r"(?:shoves|shoved|pushes|pushed|hits|slaps|kicks|chokes|knocks) me (?:around|about|again|every|when)",
    ),
    Rule(
        "concern",
        "harm_by_others",
        r"(?:takes|took|controls|keeps) (?:all )?my (?:money|pay|wages|card|bank card|passport|phone)",
    ),
    Rule(
        "concern",
        "harm_by_others",
        r"(?:scared|afraid|frightened|terrified) (?:to go home|of (?:him|her|my (?:husband|wife|partner|boyfriend|girlfriend|dad|father|stepdad|mum|mom|ex)))",
    ),
    Rule(
        "concern",
        "harm_by_others",
        r"(?:threatened|threatening|said he would|said she would|says he'?ll|says she'?ll) (?:to )?(?:kill|hurt|take the kids|kick me out)",
    ),
    # --- concern: wanting to harm someone ---------------------------------------------------
    Rule(
        "concern",
        "harm_to_others",
        r"(?:want|wanna|going|gonna|i will|i'?ll|ill) (?:to )?(?:kill|hurt|stab|shoot) (?:him|her|them|my (?:husband|wife|partner|boss|dad|mum|mom|brother|sister|ex|neighbour|neighbor))(?! (?:at|in) (?:chess|cards|fifa|games?))",
    ),
)

# --- Broader coverage (second pass) ------------------------------------------------------------
# Families of phrasings from peer-support chat that the first pass missed. Each pattern is
# written for the way people type, not for one message.
_DRUGS = r"(?:pills?|tablets?|tabs|meds|medications?|medicine|painkillers|panadol|paracetamol|tylenol|ibuprofen|co-?codamol|codeine|insulin|oxy\w*|endone|tramadol|morphine|fentanyl(?: patch(?:es)?)?|methadone|xanax|benzos?|diazepam|valium|lorazepam|zopiclone|antidepressants|sertraline|prozac|fluoxetine|citalopram|amitriptyline|quetiapine|seroquel|lithium|gabapentin|pregabalin|warfarin|prescription|sleepers|sleeping (?:pills?|tablets?|tabs|stuff)|💊)"
_POISON = r"(?:bleach|poison|rat poison|rat bait|cockroach poison|weed ?killer|antifreeze|pesticide|herbicide|paraquat|the drench|the dip)"
_QTY = r"(?:all|every|everything|the whole|a whole|my whole|whole|the lot|the rest|the full|a full|many|lots|loads|a lot|heaps|a handful|handfuls|half|\d{2,}|twenty|thirty|forty|fifty|a hundred|an overdose|the entire|entire|a (?:bottle|box|packet|pack|strip|blister(?: pack)?) of|(?:\d+|two|three|four|several) (?:boxes|packets|bottles|strips|months?|weeks?) of)"
_HIGH = r"(?:bridge|overpass|footbridge|flyover|viaduct|roof|rooftop|ledge|window ledge|cliffs?|cliff ?top|cliff edge|quarry|water tower|silo|crane|multi[- ]?storey|car ?park roof|parking garage|top floor|\d+(?:st|nd|rd|th) floor(?: balcony)?|balcony (?:rail|railing|edge)|railings?|bridge rail|dam wall|platform edge|train tracks|railway tracks|tracks|railway line|pit edge|mine shaft|lookout)"
_NOT_LEISURE = r"(?! (?:fixing|cleaning|bar|pub|cafe|restaurant|terrace|garden|party|club|stuck|in traffic|traffic|be there|on my way|omw|with (?:my|the) (?:dad|mum|mom|friends|mates|kids)|watching the (?:fireworks|sunset)|for (?:drinks|dinner|lunch|a (?:party|picnic|drink|swim))))"
_LIGATURE = r"(?:rope|cord|belt|scarf|dupatta|tie|hoodie string|string|cable|extension (?:cord|lead)|washing line|strap|noose|ligature)"
_BODY = r"(?:arms?|legs?|wrists?|thighs?|skin|hands?|stomach|hips?|ankles?|palms?|fingers?|fingertips|neck|face|chest|cheeks?|head|body|knuckles|shoulders?)"
_SELF_VERB = r"(?:hit|hitting|punch|punched|punching|slap|slapped|slapping|bit|bite|biting|pinch|pinched|pinching|whack|whacked|whacking|bang|banged|banging|smack|smacked|smacking|bash|bashed|bashing|scratch|scratched|scratching|claw|clawed|clawing|starve|starved|burn|burnt|burned|burning)"

_MORE_RULES = (
    # --- imminent: an overdose or poison taken, or being taken now ----------------------------
    Rule(
        "imminent",
        "attempt",
        rf"(?:took|taken|swallowed|downed|necked|drank|ate|injected|put on|emptied|have take|has take) (?:\w+ ){{0,2}}?{_QTY}(?: [\w'-]+){{0,4}}? ?{_DRUGS}",
    ),
    Rule(
        "imminent",
        "attempt",
        r"(?:took|(?:i'?ve|ive|i have) taken|swallowed|downed|necked|drank|ate)(?: \w+)? (?:everything(?: in the (?:bathroom|medicine) (?:cabinet|cupboard)| i had(?: left)?| i could find)?|the lot|all of (?:it|them)|them all|every last one|the rest of (?:them|it|the (?:box|packet|bottle|pack)))(?! (?:to|into|in|out|off|home|back|apart|down|up|with me|on board|from|for|i needed))",
    ),
    Rule(
        "imminent",
        "attempt",
        rf"(?:it'?s done|its done|i did it|already|too late(?: now)?|just did it)[,.]? (?:i'?ve |ive |i have |i )?(?:already )?(?:took|taken|swallowed|drank) (?:them|it|everything|all|the lot|(?:the |my |all (?:the |my )?)?{_DRUGS})",
    ),
    Rule(
        "imminent",
        "attempt",
        rf"(?:took|taken|swallowed|drank|had) (?:something|a lot(?: of (?:it|them))?|too much|too many|them|it all|everything|(?:the |my )?{_DRUGS})[,.]? (?:like a lot of it,? )?on purpose",
    ),
    Rule(
        "imminent",
        "attempt",
        rf"(?:drank|drink|drinking|swallowed|swallowing|necked|downed|had half|took) (?:\w+ ){{0,4}}?{_POISON}",
    ),
    Rule("imminent", "attempt", r"swallowed (?:\w+ )?batteries"),
    Rule(
        "imminent",
        "attempt",
        rf"(?:poured|mixed|emptied|stirred)(?: \w+){{0,4}}? (?:{_POISON}|{_DRUGS}|rat bait)(?: [\w']+){{0,5}}? (?:into|in) (?:a |my |the )?(?:glass|cup|mug|tea|coffee|drink|smoothie|juice|dish)",
    ),
    Rule(
        "imminent",
        "attempt",
        rf"{_POISON}(?: [\w'.,]+){{0,10}}? (?:drink|drinking) it",
    ),
    Rule(
        "imminent",
        "attempt",
        rf"(?:{_DRUGS}|overdose|the lot|them)(?: are| is|'re|'s)? (?:starting to |beginning to |already )?kick(?:ing)? in|(?:starting|started|beginning|begun) to kick in",
    ),
    Rule(
        "imminent",
        "attempt",
        rf"(?:sleepy|drowsy|dizzy|woozy|blurry|fuzzy|heavy|weird|sick|numb|shaky|spinning) (?:\w+ ){{0,2}}?(?:from|after) (?:the |those |all the |all those |my |taking )?(?:{_DRUGS}|overdose|od)",
    ),
    Rule(
        "imminent",
        "attempt",
        r"(?:insulin'?s|insulin is|insulin) (?:all )?drawn up|sugar (?:is|'s) dropping",
    ),
    # --- imminent: bleeding that will not stop; an attempt just survived, to be repeated -----
    Rule(
        "imminent",
        "attempt",
        r"(?:bleeding|blood|it) (?:won'?t|wont|will not|isn'?t|isnt|is not|not) (?:stop|stopping)|(?:can'?t|cant|cannot) stop (?:the |it )?bleeding|(?:went|cut|gone) (?:way |too |really )?deep(?:er)? (?:this time|on purpose|than (?:usual|before|i meant))|it'?s pumping|water'?s (?:going|turning) (?:pink|red)",
    ),
    Rule(
        "imminent",
        "attempt",
        r"(?:opened|slit|sliced|stabbed) (?:my|up my) (?:arm|wrists?|stomach|throat|veins?)(?: open| up)?|(?:opened|cut) my (?:arm|wrist) (?:up|open)|stabbed my ?self",
    ),
    Rule(
        "imminent",
        "attempt",
        r"(?:tried to (?:hang|drown|kill|strangle|suffocate) my ?self|drove (?:my car|the car|the ute|into)|jumped in the (?:canal|river|sea|lake)|tightened the (?:\w+ )?(?:around|round) my neck)(?: [\w',.]+){0,12}? (?:try again|going (?:back|under) again|going back in|another (?:beam|way|go)|finish it|putting it back up|im going back)",
    ),
    # --- imminent: gas, fumes, hanging, firearms --------------------------------------------------
    Rule(
        "imminent",
        "plan",
        r"(?:(?:in|inside) the (?:car|ute|truck|van) in the garage|garage (?:with|w) the (?:door (?:shut|down|closed)|engine|car)|engine'?s (?:been )?running|engine (?:is |'s )?(?:on|running|going)(?: \w+){0,4} garage|(?:hose|pipe|tube)(?: \w+){0,4} (?:the |to the |from the |for the )?exhaust|car (?:is )?running now)",
    ),
    Rule(
        "imminent",
        "plan",
        r"(?:lit|lighting|light) (?:the |a )?(?:charcoal|bbq|barbecue|disposable bbq)(?: \w+){0,3} (?:in|inside) (?:the |my )?(?:bathroom|bedroom|room|caravan|tent|car|flat)|charcoal'?s lit|(?:charcoal|gas|heater|bbq|barbecue)(?:'s| is)?(?: \w+){0,8} (?:taped|sealed|blocked|tape)|(?:taped|sealed|blocked)(?: up)? (?:the |all the |my )?(?:windows?|vents?|doors?|gaps|window gaps)(?: [\w',.]+){0,8} (?:charcoal|gas|heater|bbq|barbecue|lit)|gas heater in the bedroom|gas (?:is|'s) on,? (?:the )?windows? (?:shut|closed)|gas oven'?s on",
    ),
    Rule(
        "imminent",
        "plan",
        rf"{_LIGATURE}(?:'s| is| are)? (?:already )?(?:tied|up|over|looped|hanging|fastened)(?: (?:to|over|around|round|from|on) (?:the |my )?[\w ]{{0,20}})?|(?:tied|tying|looped|hung|fastened|tested) (?:my |a |the |his |her )?(?:\w+ )?{_LIGATURE} (?:to|round|around|over|from|on) (?:the |my )?\w+|{_LIGATURE}(?:'s| is)? (?:\w+ )?(?:around|round) my neck|with it (?:around|round) my neck|(?:tied|tested) (?:it|the \w+)(?: \w+){{0,3}} (?:standing|stood|it held)",
    ),
    Rule(
        "imminent",
        "plan",
        r"(?:standing|stood|sitting|sat) on (?:the |a )?(?:chair|stool|step ?ladder)(?:[.,]? (?:just|with|to|and|sorry|bye|i'?m))|(?:chair|stool|step ladder) and (?:the |a )?(?:cord|rope|belt|noose)|(?:a |the )(?:rope|noose) and (?:a |the )?(?:step ladder|chair|stool)",
    ),
    Rule(
        "imminent",
        "means",
        r"(?:gun|rifle|shotgun|pistol|revolver|\.22)(?:'s| is)? (?:\w+ ){0,4}?(?:loaded|on (?:my lap|the (?:bed|seat|passenger seat|table))|in the (?:truck|ute|car|boot)|by the (?:back )?door|pointed at me|out of the (?:cabinet|safe)|next to me|on the seat next to me)|(?:loaded|cleaned and loaded|cleaned) (?:the |my |his |her )?(?:\w+ )?(?:gun|rifle|shotgun|pistol|revolver)|(?:safe|cabinet) code\. (?:it'?s|its) open",
    ),
    Rule(
        "imminent",
        "means",
        r"(?:i'?m|im|i am|out|sitting|sat)(?: [\w']+){0,5} with (?:the|my|a|his|dads?|my dads|my husbands?'?s?) (?:loaded )?(?:gun|rifle|shotgun|pistol|revolver|razor|knife|pills|rope|belt|cord)(?! (?:hunting|shooting|at the range|for (?:roos|rabbits|foxes|deer|pigs)))",
    ),
    Rule(
        "imminent",
        "means",
        r"(?:i'?m|im|i am|tonight i'?m|gonna|going to) (?:going to |gonna )?us(?:e|ing) it(?= *(?:$|[.!,]| tonight| now| rn| on my ?self| for real))",
    ),
    # --- imminent: at a height, on the tracks, in the water ------------------------------------
    Rule(
        "imminent",
        "plan",
        rf"(?:i'?m|im|i am|i'?ve been|ive been|been|texting (?:u|you)|typing this|messaging (?:u|you)|already|still)(?: (?:sitting|sat|standing|stood|lying|lay|laying|perched|up|out|right|here|rn|now))*(?: down)? (?:on|at|from|in|up|onto|by|near) (?:the |a |this |my )?(?:very )?(?:top (?:level |floor |deck )?(?:of )?(?:the |a )?|edge of (?:the |a )?|roof (?:of )?(?:the |a )?|end of (?:the )?|wrong side of (?:the |a )?|other side of (?:the |a )?|bank of (?:the )?)?(?:[\w-]+ ){{0,2}}?{_HIGH}{_NOT_LEISURE}",
    ),
    Rule(
        "imminent",
        "plan",
        rf"^(?:up |now |rn )?(?:on|at) (?:the )?(?:top (?:level |floor )?of (?:the )?|roof of (?:the )?|edge of (?:the )?)?(?:[\w-]+ ){{0,2}}?{_HIGH}{_NOT_LEISURE}",
    ),
    Rule(
        "imminent",
        "plan",
        r"(?:wrong|other) side of the (?:\w+ )?(?:railing|rail|barrier|fence|balcony|bridge)|(?:climb(?:ed|ing)?|going|gonna climb|about to climb|step(?:ped|ping)?) (?:up )?(?:over|onto) (?:onto )?(?:the )?(?:\w+ )?(?:rail|railing|barrier|fence|edge|side|parapet|ledge)|(?:legs|feet) (?:are |dangling |hanging )?over the (?:edge|side|railing|rail|ledge|water)|with my (?:legs|feet) over|(?:hanging|dangling) over the (?:\w+ )?(?:edge|railing|rail|balcony)|(?:climbed|climbing|up) (?:up )?(?:the )?(?:water tower|silo(?: ladder)?|crane|pylon)|climbed the fence at the (?:quarry|cliff|dam|reservoir)|climbed out (?:the |onto the )?(?:\w+ )?(?:window|roof)",
    ),
    Rule(
        "imminent",
        "plan",
        r"(?:i'?m|im|i am|about to|going to|gonna) (?:going to )?let(?:ting)? go(?= *(?:$|[.!,]| now| soon| tonight| rn))|(?:going|gonna) to let it(?= *(?:$|[.!,]))|(?:i'?m|im) letting go soon|(?:it'?s|its) a long way down(?: and i'?m ok| and im ok)?|high enough(?=$|[.!,])",
    ),
    Rule(
        "imminent",
        "plan",
        r"(?:i'?m|im|i am|and|but)? ?not (?:coming|climbing|walking|going|getting) (?:back )?(?:down|back|home|out)(?! (?:till|until|for|tonight|this weekend|today|yet|early|late|to|from|on|in|at|with|again))|(?:not|never|don'?t plan on|dont plan on) (?:rowing|swimming|walking|coming|driving) back(?! (?:to|from|till|until|for))",
    ),
    Rule(
        "imminent",
        "plan",
        r"(?:walk|walking|walked|wade|wading|going) (?:out )?(?:into|in to) the (?:sea|ocean|lake|river|water|surf|waves)|(?:swim|swimming) out (?:past|until|till|and keep)|(?:let|letting) the (?:river|sea|water|tide|current) take me|going out with the tide|pockets (?:are )?full of (?:stones|rocks)|(?:rocks|stones) in my (?:backpack|pockets|bag|coat)|standing in the (?:sea|river|lake|water) up to my|(?:in|into) the (?:sea|lake|river) and (?:not come out|keep going)",
    ),
    Rule(
        "imminent",
        "plan",
        r"(?:lay|lie|lying|laid|lied|sat|sitting|standing|stood) (?:down )?(?:on|across) the (?:train )?(?:tracks|line|rails|railway)|(?:standing|sitting|stood|sat) (?:on|at) (?:the )?(?:platform edge|edge of the platform)|(?:waiting|wait) for the (?:\d+[:.]\d+ )?(?:freight |express |fast |next )?train(?: \w+){0,3} (?:near|at) the (?:siding|crossing|tracks)|the (?:train|express|fast one|freight trains?) (?:passes|comes|doesn'?t stop|don'?t slow)(?: [\w:.']+){0,6}? (?:i'?m|im) (?:already here|walking there|going)",
    ),
    Rule(
        "imminent",
        "plan",
        r"(?:gonna|going to|planning to|plan to|will|i'?ll|ill|about to|just (?:gotta|need to)|make it look like an accident,?) (?:just )?(?:drive|driving|ride|crash|steer|floor it|turn the wheel|swerve|walk|run|step|jump(?!(?: [\w']+){0,6}? in(?:to)? the (?:water|river|lake|sea|pool|ocean|waves))|throw my ?self)(?: [\w']+){0,4}? (?:into|off|over|in front of|under) (?:a |the |an )?(?:\w+ )?(?:wall|tree|river|dam|edge|cliff|coast road|road|bridge|gap|lorry|truck|oncoming|traffic|train|sea|bus|car|motorway|pole)|drove (?:my car |the car |the ute |my ute )?(?:into|off) (?:a |the )?(?:\w+ )?(?:wall|tree|dam|river|cliff)(?: \w+){0,2} on purpose|(?:the )?car'?s facing the tree|(?:just )?need to floor it",
    ),
    Rule(
        "imminent",
        "plan",
        r"(?:going|heading|walking|driving|gonna go|off) (?:to|over|up) (?:the |a )?(?:\w+ )?(?:bridge|cliffs?|cliff top|tracks|quarry|gap|overpass|viaduct|dam|reservoir|car ?park roof|roof)(?: [\w']+){0,6}? (?:to (?:jump|end it|do it)|now|rn|tonight|after (?:dark|my shift|work|tonight)|next|and not|and jump|to jump|i'?m not|im not|dont call|don'?t call|bye)|(?:off|jump\w*) (?:off )?(?:the|a) (?:top of the )?(?:bridge|flats|cliff|car park roof|roof)(?: [\w']+){0,3}? (?:tonight|tomorrow|after|now|rn)|(?:walk|walked|walking) (?:out )?to the (?:end of the )?(?:pier|jetty|edge)",
    ),
    # --- imminent: a goodbye, a last or scheduled message ---------------------------------------
    Rule(
        "imminent",
        "farewell",
        r"(?:if|when|by the time) (?:you'?re|youre|ur|u r|you are|u|you|anyone|anyone'?s|someone|they|you guys|everyone|she|he|mum|mom)(?: \w+)? (?:reading|read|reads|see|sees|find|finds|get|gets|arrive|get here|wakes? up)(?: this| it| my \w+)?,? (?:i'?m|im|i'?ll|ill|it'?s|its|it'?ll|itll|i|i'?ve|ive|i will|it will|i have|i would have|i'?d have)(?: (?:already|probably|be|have|been|all))* (?:gone|dead|done|did it|went through(?: with it)?|over|too late|not here|no longer|not be here)",
    ),
    Rule(
        "imminent",
        "farewell",
        r"(?:^|this is |this'?ll be |this will be |this might be |here'?s |it'?s |its )(?:my )?(?:last|final) (?:message|msg|post|text|words|tiktok|goodbye|time (?:i'?ll|ill|i will|you'?ll|u'?ll))|(?:last|final) (?:message|msg|post) (?:from me|ever|i'?m making|im making|i'?ll (?:send|make|ever))|last (?:time|message|thing) (?:you'?ll|u'?ll|youll|you will|they'?ll|theyll|you) (?:hear|get|see)(?: from| of)? me|last time (?:i'?ll|ill|i will) (?:log in|be on|post|message|text|see)|last person i'?m (?:messaging|texting|talking to)|(?:my )?goodbye (?:post|video|email|message|msg|note)|(?:scheduled|drafted|recorded|pinning) (?:my |a |the )?(?:goodbye|last|final)? ?(?:post|message|email|video|this)(?: \w+){0,5}? (?:for|at|it goes up|after|by then)",
    ),
    Rule(
        "imminent",
        "farewell",
        r"(?:logging|logged|signing) off (?:for good|forever|for the last time)|(?:leaving|left) (?:the )?(?:server|group|chat|app) for good|(?:won'?t|wont|will not) be (?:on here|online|back on here) (?:after|again|anymore|any more)|(?:you|u)(?:'ll| will)? (?:won'?t|wont|will not|never) hear from me (?:again|after)|(?:won'?t|wont|will not) hear from me (?:again|after)|by then (?:it'?ll|itll|it will|i'?ll|ill) (?:be )?(?:done|over|gone)|(?:it'?ll|itll|it will) (?:be|all be) done (?:before|by the time)",
    ),
    Rule(
        "imminent",
        "farewell",
        r"(?:won'?t|wont|will not|not gonna|not going to) be (?:here|around|alive|there) (?:after (?:tonight|today|tomorrow|this|friday|saturday|sunday|monday|tuesday|wednesday|thursday|the weekend)|for (?:xmas|christmas|my (?:\w+ )?birthday|the (?:1st|\d+\w*|exams?)|it)|to see (?:it|them|replies|\w+)|(?:much )?(?:longer|past \w+))|(?:i|ill|i'?ll)? ?(?:won'?t|wont|will not) be anywhere|there'?s no tomorrow for me|(?:won'?t|wont) see my (?:\d+\w*|next) birthday|one for each birthday i (?:won'?t|wont) be at",
    ),
    Rule(
        "imminent",
        "farewell",
        r"(?:please |pls )?(?:don'?t|dont|do not) (?:look for me|come (?:after|looking for) me|try to (?:stop|find|save) me|try and stop me|send anyone|call anyone|call an ambulance|bother (?:calling|sending))|(?:i )?(?:don'?t|dont) want an ambulance|(?:(?:im|i'?m) )?not calling anyone|(?:left|leaving|left the) (?:the )?(?:back |front )?door unlocked (?:for|so)|(?:call|ring) the police and (?:don'?t|dont|not) come in|(?:don'?t|dont|not) come in(?:to)? (?:my room|the (?:room|garage|bathroom|shed))",
    ),
    Rule(
        "imminent",
        "farewell",
        r"(?:catching|catch|caught) the bus (?:tonight|tn|at midnight|later)|bus is coming tonight|no return ticket|going to sleep forever now|(?:goodnight|good night) (?:everyone|all|guys)[.,]? (?:for real|for good|forever)|(?:i'?m|im) (?:not )?(?:waking up|going to rest)\.? for good|this is where it ends|(?:this|it) is it for me|was good knowing (?:you|u|y'?all)|(?:tonight|it'?s time) i (?:finally )?(?:sleep properly|finish|go)(?=$|[.!,])|(?:tonight|today) i(?:'?m| am)? (?:going to )?(?:stop being a (?:problem|burden))|i'?m one of them",
    ),
    # --- imminent: a plan decided, a method known -------------------------------------------
    Rule(
        "imminent",
        "plan",
        r"(?:i'?ve|ive|i have|i|i'?m|already|finally) (?:decided|made up my mind|made my (?:decision|choice))(?: \w+){0,2}? (?:to )?(?:end (?:it|my life|things)|kill my ?self|die|join (?:her|him|them)|go through with it|it'?s (?:tonight|this \w+)|tonight(?: is the (?:time|night))?|when|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))|(?:decided|decision)(?: \w+){0,3}? (?:to )?(?:kill my ?self|end (?:it|my life)|unalive)|(?:i have|i'?ve|ive) decided to go(?=$|[.!,])",
    ),
    Rule(
        "imminent",
        "plan",
        r"(?:i )?know (?:exactly )?(?:how (?:much|many)(?: [\w']+){0,3}? (?:it takes|i need|to take|would do it|will do it|is enough|are enough)|which (?:pills|tablets|bridge|tree|spot|building|train|cliff))(?! to (?!do it))|(?:looked|look|looking) up how (?:much|many)(?: [\w']+){0,4}? (?:it takes|i need|to take)|(?:figured|worked) out the (?:exact )?dose",
    ),
    Rule(
        "imminent",
        "plan",
        r"(?:worked|figured) (?:it all )?out(?: it all)?,? (?:how and when|how (?:i'?m|im|i'?ll|ill|i will|to) (?:doing|do|going to do) it|where to (?:climb over|jump|do it))|(?:picked|chosen|chose|found) the (?:spot|bridge|tree|place|building)(?: \w+){0,4}? (?:i'?ll|i will|i'?m|im) (?:do it|using|use|jump)|(?:i'?ve|ive|i have) (?:found|picked|chosen) the (?:bridge|spot|tree)|picked the spot|planned it (?:down to the minute|for my birthday)|(?:my|the) plan (?:to (?:end it|kill my ?self|die|do it)|is (?:the )?(?:pills|garage|bridge|rope|overdose|to (?:jump|hang|drive|overdose|take (?:them|all|the lot))))",
    ),
    Rule(
        "imminent",
        "plan",
        r"(?:i'?m|im|i am) (?:killing|ending) (?:my ?self|it|my life)(?: \w+){0,2} (?:in an hour|this week|tonight|on|at|when|after)|(?:i'?m|im|i am) (?:going to|gonna) (?:end|finish) (?:it|my life|things)(?= *(?:$|[.!,]| when| after| at| tonight| on))|(?:unaliving|killing my ?self|ending it|ending my life) (?:tonight|tn|tomorrow|this week|today)|(?:i'?m|im) (?:doing it|going through with it) (?:tonight|now|today|this weekend|at|when|after|on)|(?:going to|gonna) (?:do it|go through with it|end it) (?:at dawn|tonight|at midnight|after (?:dark|dinner|work|my shift))|(?:i'?ll|ill|i will) (?:end it|do it|take (?:them|it) all|take it all|finish it)(?: \w+){0,3} (?:tonight|when|after|before|at)|(?:i'?m|im) (?:taking|using) (?:the lot|all of (?:it|them)|everything|them all)(?: \w+){0,3} (?:tonight|now|after|with|when)|(?:gonna|going to|will) take the rest|taking the rest (?:now|of (?:the box|them) now)|take the second half|(?:\d|two|three) more days? (?:till|until|til) i end it|the jar is going to be empty|going to swallow the lot|gonna swallow the lot",
    ),
    Rule(
        "imminent",
        "plan",
        r"(?:enough|plenty)(?: \w+){0,3}? (?:to (?:ctb|do it properly|finish it|end it|make sure|be sure|not wake up)|saved up)|(?:saved|saving|hoarding|stockpiling|been stockpiling|putting aside|been putting aside|collecting|been collecting|been saving) (?:my |all my |up my |up )?(?:\w+ ){0,2}?(?:{d})|(?:{d})(?: \w+){0,3} (?:saved|stashed|hidden|tucked)".replace(
            "{d}", _DRUGS
        ),
    ),
    Rule(
        "imminent",
        "plan",
        r"(?:bought|buy|got|ordered|buying|picked up) (?:a |the |some |an extra |a bag of |\d+ |three |two |more )?(?:\w+ )?(?:charcoal|helium|tarp|hose|pesticide|weed ?killer|antifreeze|rat poison|cockroach poison|bleach|petrol|tape and charcoal|charcoal and tape)(?: \w+){0,4}? (?:for this|to drink|today|and (?:tape|sealed|i will)|so the mess|for myself)|(?:from|at) (?:different|many|three different|\d+ different) (?:chemists|pharmacies|pharmacy|shops)|(?:hotel|motel) room (?:booked|for)(?: \w+){0,4} (?:so nobody|nobody will|so no one|for this)|(?:booked|booking) (?:it|a (?:hotel|motel) room)(?: \w+){0,3} (?:for this|so nobody)",
    ),
    # --- elevated: hurting oneself, with an object or on purpose -----------------------------
    Rule(
        "elevated",
        "self_harm",
        r"(?:took|put|held|pressed|dragged|ran|dug|stuck|jabbed|pushed|scraped|carved|used) (?:a |my |the |his |her |dads? |my dads |an? )?(?:\w+ ){0,2}?(?:razor|blade|knife|scissors|compass|lighter|spoon|cigarette|sharpener(?: blade)?|pin|needle|paperclip|glass|nails?|fingernails|iron|match(?:es)?|lit \w+) (?:\w+ ){0,2}?(?:to|on|onto|against|into|across|over|along) (?:my )?(?:own )?(?:arms?|wrists?|thighs?|skin|hands?|stomach|hips?|ankles?|palms?|fingertips|neck|chest|legs?)(?! (?:to shave|shaving))",
    ),
    Rule(
        "elevated",
        "self_harm",
        r"(?:held|put|pressed|kept|stuck) my (?:hand|arm|fingers?|palm|wrist) (?:on|against|over|in|under|onto) (?:the |a )?(?:hot |boiling )?(?:pan|iron|hob|gas hob|stove|kettle|flame|candle|boiling water|hot water|lighter)(?! (?:by accident|accidentally))",
    ),
    Rule(
        "elevated",
        "self_harm",
        rf"(?:burn|burned|burnt|burning) (?:my ?self|my (?:\w+ )?{_BODY}) (?:with|using) (?:a |the |my |hot )?(?:lighters?|cigarettes?|matches|hot|spoons?|iron|kettle|eraser)|eraser burns|cat scratches|(?:arms?|legs?|wrists?) (?:look|looks|are|is) like (?:a )?barcode|running out of (?:space|room) on my (?:arms?|legs?|thighs?|wrists?)",
    ),
    Rule(
        "elevated",
        "self_harm",
        r"(?:till|until|til|'til|untill) (?:it|they|i|my \w+|the skin)(?:'?s|'?re| (?:was|were|went|got|is|are|'d|started))? (?:\w+ )?(?:bled|bleeds?|bleeding|bruised?|bruises|blister(?:ed|s)?|blistering|raw|purple|black and blue|split|a lump|marks?|swollen)|hard enough to (?:leave (?:marks|a mark|bruises)|bruise|bleed|draw blood)",
    ),
    Rule(
        "elevated",
        "self_harm",
        rf"{_SELF_VERB} my ?self(?! (?:by accident|accidentally|while|cooking|on the|at work|playing|in the (?:kitchen|garden)|with (?:laughter|excitement)|up|out|awake))",
    ),
    Rule(
        "elevated",
        "self_harm",
        rf"(?:keep|kept|been|i'?m|im|started|start|i|can'?t stop|cant stop) (?:\w+ )?(?:hitting|punching|banging|slapping|biting|scratching|pinching|smacking|bashing|clawing|bang|punch|slap|bite|scratch|pinch|smack|bash) (?:at )?my (?:own )?{_BODY}|(?:hit|punched|banged|slapped|whacked|smacked|bashed) my (?:own )?(?:head|face|legs?|thighs?|arms?|stomach|chest|fist)(?: \w+){{0,6}} (?:on purpose|till|until|again|over and over|to feel|to punish|to stop)",
    ),
    Rule(
        "elevated",
        "self_harm",
        r"(?:(?:and|then|i|to|just) cut(?= *(?:$|[.!,]| again| anyway| straight away| twice| too| tonight| last night| yesterday| today| for the first time| and it| and then| on my| where))|cut (?:twice|three times|\d+ times)|(?:keep|kept|been|started|go(?:ing)? back to|can'?t stop|cant stop|still) cutting(?! (?:back|down|out|off|corners|costs|class|the|my (?!(?:arms?|legs?|wrists?|thighs?|skin|stomach|hips?|ankles?))))|cutting (?:is|every|most|since|where|on my|my (?:stomach|arms?|legs?|thighs?|wrists?|ankles?|hips?))|(?:fresh|new|my|the fresh) cuts(?! (?:to|in|from|for|of|at))|made a cut on my|adding new ones)",
    ),
    Rule(
        "elevated",
        "self_harm",
        r"(?:my|did|i|wanna|want to|urge to|urges to|the urge to|broke my|\d+ days?) (?:sh|self[- ]?harm(?:ing)?)\b(?! (?:free|awareness|recovery|support))|sh'?d\b|(?:sh|self[- ]?harm(?:ing)?) (?:urges?|streak|is (?:how|the only|getting)|has got|every|most|since|to feel|twice|three times|\d+ times|in the)|(?:i|been|still|started|keep|i'?ve been|ive been) self[- ]?harm(?:ing|ed)?|self[- ]?harmed for|(?:days?|weeks?|months?) (?:sh[- ]free|without sh|clean)(?: [\w,]+){0,5} (?:threw it (?:all )?away|relapsed|broke it)|the blade thing|(?:used|using) (?:the |a |my |his )?(?:\w+ ){0,2}?(?:blade|sharpener)\b|(?:snapped|broke|took apart|unscrewed) (?:a |my |the )?(?:pencil )?sharpener|(?:blade|razor) (?:out of|from) (?:a |my |the )?(?:\w+ )?(?:sharpener|shaver)",
    ),
    Rule(
        "elevated",
        "self_harm",
        rf"(?:carved?|carving|scratched|scratching|etched|wrote) (?:\S+ ){{1,3}}?(?:in|into|on) my (?:own )?(?:skin|arms?|legs?|hips?|thighs?|stomach|wrists?|hands?)|(?:pick(?:ed|ing)?|reopen(?:ed|ing)?|ripp(?:ed|ing)|ripped|tore|tearing) (?:at )?(?:my |the |them|open )?(?:old )?(?:scabs?|scars?|cuts|wounds?)?(?: open)?(?: on purpose| again| till| until)|(?:dig|dug|digging|digs) (?:my )?(?:\w+ )?(?:nails|compass|fingernails|\w+) into (?:my )?(?:own )?{_BODY}|pulled out (?:a )?(?:big )?(?:chunks?|clumps?|handfuls?) of (?:my )?hair|(?:scrub|scrubbed|scrubbing) my skin(?: \w+){{0,4}} (?:raw|till|until|on purpose|with bleach)|ripped the skin on my",
    ),
    Rule(
        "elevated",
        "self_harm",
        r"(?:to |as (?:a )?)punish(?:ment|ing)?(?: for)?(?: my ?self)?(?= *(?:$|[.!,]| for| by| sometimes| day))|punish my ?self|(?:made|make|making) my ?self (?:sick|throw up|vomit)|(?:haven'?t|havent|not|stopped|stop) eat(?:en|ing)(?: \w+){0,4} (?:on purpose|to punish|as (?:a )?punishment|to make my ?self disappear|so i (?:can )?disappear|to feel something)|(?:restricting|starving) (?:again|food|my ?self)|started restricting|(?:slammed|slam|pressing|pressed|held|hit|burned|burnt|picked|scratched|bit|banged|stabbed|skipping meals|skipped meals) (?:\w+ ){0,6}?(?:on purpose|to punish my ?self)|(?:not|wasn'?t|wasnt) an accident(?=$|[.!,])",
    ),
    Rule(
        "elevated",
        "self_harm",
        r"(?:urges? (?:are|is) (?:back|so bad|bad)(?: [\w']+){0,10} (?:razors?|blades?|knives|cut|sharpener))|(?:sh|cut|cutting) urges (?:won|are back|are bad)|(?:covering|cover|hiding|hide) (?:the |my )?(?:fresh )?(?:cuts|scars|burns|marks)(?! from (?:years|ages|a long time|when|back|school|my teens|uni|the past|before))|(?:long sleeves|hoodie)(?: \w+){0,4} (?:heals?|so (?:dad|mum|mom|no one|nobody) (?:cant|can'?t|won'?t) see)|my arms are a mess from",
    ),
    # --- elevated: wanting to die, in all the ways it is said ---------------------------------
    Rule(
        "elevated",
        "ideation",
        r"(?:part|half|some part|a part|all|everything|most|the rest) (?:of|in) me (?:that )?(?:just |really |still |secretly |kind of |kinda )?(?:wants?|wanted|hopes?|hoped|wishes?|wished|is waiting|longs?)(?: for)?(?: (?:the|my|it|this|that|something|someone|it'?d) ?\w*)?(?: (?:to|would|that would|be|'d be))? (?:die|be dead|stop (?:breathing|existing|living)|not (?:exist|be here|be alive|wake up)|fails?|go wrong|kill me|end(?: it)?|be over|give out|stop)|half (?:of me )?wants? to die",
    ),
    Rule(
        "elevated",
        "ideation",
        r"(?:don'?t|dont|do not|can'?t|cant|cannot|no longer) see (?:\w+ ){0,2}?(?:point|reason|why i should|purpose)(?: in| of| to| for)? (?:me )?(?:\w+ ){0,2}?(?:living|being alive|live|staying alive|keep living|going on|stay alive|be alive|being here|life)|(?:no|not any|not much) (?:point|reason) (?:in |to |for )?(?:me )?(?:living|being alive|staying alive|going on|to live|live|being here|keep(?:ing)? living)|why (?:can'?t|cant|cannot) i (?:just )?die|why am i (?:even |still )*(?:alive|here)(?=$|[.!,?]| honestly| tbh)|what am i (?:even )?still here for|why (?:do|should) i (?:even )?(?:bother|keep) (?:staying alive|living|being alive|going)|(?:idk|don'?t know|dont know) why i bother (?:staying alive|living|being alive)|(?:hard|harder) to (?:\w+ ){0,3}?stay alive|(?:only|the only) (?:reason|thing) (?:i'?m|im|i am|i haven'?t|i havent|i have not|keeping me|that keeps me) (?:still )?(?:here|alive|killed my ?self|done it|gone through with it)|(?:is|are) the only (?:reason|thing) (?:i'?m|im|i am) (?:still )?(?:here|alive)|if it (?:weren'?t|wasn'?t|werent|wasnt) for (?:\w+ ){1,2}i'?d (?:be dead|have (?:killed my ?self|done it|ended it)|not be here)|only (?:alive|here|still here) (?:cos|because|cause|bc|coz) i'?m too (?:scared|much of a coward|afraid|chicken)",
    ),
    Rule(
        "elevated",
        "ideation",
        r"(?:don'?t|dont|do not|idc|doesn'?t) (?:really |even )?care (?:if|whether) i (?:live or die|die|wake up|make it|don'?t wake up|survive|get hit|crash)|(?:wouldn'?t|wouldnt|would not|won'?t|wont|genuinely (?:won'?t|wouldn'?t|wont|wouldnt)) (?:even )?(?:mind|care|fight it|brake|be upset)(?: \w+)?(?: if| when)? (?:i|my|the|a|it|something|god|someone|one of us)(?: [\w']+){0,4}? (?:died|die|dies|didn'?t wake|didnt wake|crashed|crash(?:es)?|went down|goes down|took me|takes me|stopped|stops|caved in|rolled on me|rolls on me|roll on me|hit me|hits me|happened|happens|didn'?t stop|didnt stop|doesn'?t stop|wasn'?t here|weren'?t here|never woke|gave out|came through)|(?:i'?d|id|i would|i'?ll) (?:be )?(?:fine|happy|ok|okay|glad|so happy|be so happy) (?:with|about|to) (?:getting hit|dying|being dead|not waking|never waking|just stop being alive|stop being alive|die)|(?:i'?d|id) (?:happily|gladly) die|(?:i'?d|id) take a meteor|(?:if|when) (?:the|a) \w+ (?:came|comes) through the windscreen(?: \w+){0,5} (?:wouldn'?t|wouldnt) (?:even )?brake",
    ),
    Rule(
        "elevated",
        "passive_wish",
        r"if (?:i|my heart|god|the lord|a \w+|the \w+)(?: [\w']+){0,4}? (?:died|die|stopped|gave out|took me|take me|takes me|crashed|crash|hit me|got hit|got sick and died|didn'?t wake up|never woke up|went down|had months left|was gone|was dead|just stopped)(?: [\w',]+){0,6}? (?:it'?d|it would|i'?d|id|i would|i will|that would|would|i think it'?d) (?:be |feel |honestly |genuinely |so |actually |be so |probably )*(?:a relief|relieved|grateful|glad|say thank you|thankful|at peace|welcome)",
    ),
    Rule(
        "elevated",
        "passive_wish",
        r"(?:hope|hoping|hoped|wish|wishing|wished|pray|praying|prayed)(?: that| every night that| each night)? (?:i|i'?d|id|i'?ll|ill)(?: just| would| could| will| might| get to| kind of| lowkey)* (?:die|died|get (?:hit|sick|ill|cancer|struck|run over|killed|some illness)|(?:don'?t|dont|won'?t|wont|wouldn'?t|wouldnt) (?:survive|make it|wake up|recover)|never wake up|not wake up|not survive|not (?:be|exist)|stop (?:breathing|existing|being)|(?:was|were) dead|(?:wasn'?t|wasnt|weren'?t) (?:here|alive|born)|fade (?:out|away)|get into an accident|crash|(?:could )?(?:swap|trade) places|be (?:erased|gone|dead|taken)|had died|died in that|get ill enough|don'?t survive)|(?:hope|hoping|hoped|wish|wishing|wished|pray|praying|prayed)(?: that| every night that| each night)? (?:god|the lord|a (?:car|bus|lorry|truck|train|meteor|plane)|something|someone|the (?:plane|cancer|chemo|operation|surgery|tractor|roof|lorry|car|bus|ied|crash)|my heart|covid|lightning)(?: (?:just|would|will|'?d|could|'?ll|had))* (?:takes? me|took me|kills? me|killed me|hits? me|runs? me over|swerves? into me|crash(?:es|ed)?|go(?:es)? (?:down|wrong)|fail(?:s|ed)?|stop(?:s|ped)?(?! (?:racing|pounding|beating so|for))|give[s]? out|gave out|rolls? on me|comes? back|done its job|had (?:taken|killed|been) me|been me|goes down|do its job)|(?:hope|hoping|wish|wishing|wished|pray) (?:it|that) (?:had been|was|were) me(?: instead)?|wish(?:ing)? for (?:death|a heart attack|the end)|wished for death",
    ),
    Rule(
        "elevated",
        "passive_wish",
        r"(?:if|when|once) i (?:was|were|wasn'?t|wasnt|weren'?t|werent|was not|were not) (?:\w+ )?(?:dead|gone|around|in it|alive|in the picture|in their lives)|if i (?:weren'?t|wasn'?t|wasnt|werent) here|if i (?:died|die|killed my ?self|was to die|got sick and died|disappeared)(?: [\w']+){0,5}? (?:would|'?d|could|will|it'?d|nobody|no one|wouldn'?t|they|my)|(?:doing|do) (?:everyone|them|the world|my family|you all) a favou?r (?:by|if i)(?: \w+){0,2}? (?:dead|dying|died|gone|killing|disappear)|(?:me dying|my death|dying|death|me being dead|me gone|killing my ?self)(?: \w+){0,2}? (?:would|could|'?d|will) (?:\w+ )?(?:solve|fix|end|sort)|better off with (?:someone else|a (?:mum|mom|dad|father|mother|parent) who isn'?t me|another (?:mum|mom|dad))|with me (?:gone|dead|in the ground|out of the (?:way|picture)|six feet under)|(?:they'?d|theyd|they would|she'?d|he'?d|everyone'?d|everyone would|they'?d all) (?:honestly |genuinely |all |probably )?be better off(?= *(?:$|[.!,🤷]))|(?:get more|be better off|better off) (?:\w+ ){0,3}?(?:from|with) (?:the|my) (?:life )?insurance|(?:life )?insurance (?:is worth|pays out) more than (?:i am|me|i'?ll ever|i'?m worth)|(?:be|would be|is) (?:\w+ )?lighter without me|(?:go|be) on (?:fine|happier) without me|better off (?:dead|gone)(?! (?:than|if you))",
    ),
    Rule(
        "elevated",
        "passive_wish",
        r"(?:swap|trade|switch) places with (?:\w+ ){0,3}?(?:dying|died|dead|terminal|who wants to live)|jealous of (?:ppl|people|those|anyone) who (?:died|are dead|get to die)|wish (?:\w+ ){0,3}?had (?:taken|killed) me|wish (?:i'?d|id|i had) died|wish(?:ed)? the (?:\w+ ){0,2}?had (?:killed me|done its job|taken me)|wish (?:i (?:didn'?t|didnt|hadn'?t|hadnt)|i'?d never|id never) (?:make it|made it|survived|woke up|wake up|come back)|(?:god|lord|jesus|allah)(?: \w+){0,3}? (?:takes?|took|to take|would take|will take|take) me(?! (?:to|home to|through|back|for))|(?:please )?(?:just )?let me die|give my life to (?:someone|somebody|anyone)|wish i (?:was|were) (?:dead|never born|gone)|(?:i'?d|id) (?:honestly )?rather (?:just )?(?:die|be dead|not be (?:alive|around|here))|rather not be (?:alive|around|here) to",
    ),
    Rule(
        "elevated",
        "ideation",
        r"(?:want|wanna|wish|wishing|just want|hope|need|like|'d love|would love|id love)(?: i could| to| i'?d| id| i would| i could just| i can)? (?:just )?(?:stop existing|stop being alive|not exist|not be alive|be erased|vanish (?:forever|permanently|off the face)|disappear (?:forever|permanently|for good|slowly)|stop breathing|sleep forever|go to sleep forever|fall asleep forever|be switched off|fade (?:out|away)|cease to exist|never wake up|be six feet under|be in the ground|stop being)|(?:just )?(?:want|wish|wanna) (?:it all|everything|my life|life) to (?:end|be over|stop)|everything to stop\.? permanently|(?:want|wanting) out(?:[,.]? (?:permanently|for good)| of (?:being alive|life|it for good|this life))|the dead kind of out|(?:i )?want (?:the world|everything) to go quiet forever|(?:just )?go away forever|let go of everything\.? permanently|make (?:it|that) (?:official|permanent)|time (?:to|i) end (?:things|it|it all|my life)|stop(?:ped)? being a burden (?:on everyone )?for good",
    ),
    Rule(
        "elevated",
        "ideation",
        r"(?:think|thought|thinking|thinkin|keep thinking|been thinking|thinks) (?:about|of|abt|bout) (?:how (?:i'?d|id|i would|to) do it|how it would feel to (?:just )?be gone|topping my ?self|ending everything|(?:just )?not being (?:alive|around|here)(?: anymore)?|being dead|doing the same|making that permanent|(?:just )?(?:driving|crashing|steering|stepping|jumping|walking|throwing my ?self|letting go of the wheel|turning the wheel|going over)(?: [\w']+){0,3}? (?:into (?:a |the )?(?:wall|tree|traffic|sea|river|lake|oncoming|truck|lorry|bus|train)|off (?:the |a )?(?:bridge|roof|cliff|edge|building|balcony|range road|road)|in front of|down the stairs|over the (?:edge|side)|out|the wheel|on the bend))|(?:think|thought|thinking) (?:about|of) (?:throwing my ?self|stepping|jumping)(?: \w+){0,3} (?:down|off|out|in front)|what if i just (?:stepped|jumped|drove|let go|walked)|(?:imagining|imagine|picture|picturing) (?:jumping|my (?:own )?funeral|dying|being dead|my death)|(?:fantasi[sz]ing|fantasi[sz]e) about (?:my (?:own )?funeral|dying|being dead|my death)",
    ),
    Rule(
        "elevated",
        "ideation",
        r"(?:mind|head|brain|thoughts?)(?: \w+){0,2}? (?:goes?|going|went|wander\w*|drift\w*) (?:straight |back )?to (?:suicide|killing my ?self|dying|death|ending (?:it|things)|how (?:it would feel to|i'?d) \w+|being dead|not being (?:here|alive))|(?:suicide|death|dying|killing my ?self) (?:is|has been|'?s been|was) on my mind|(?:suicide|dying|death|killing my ?self|being dead|to die|not being here)(?: \w+){0,3}? (?:is|feels like|seems like|would be|'?s)(?: \w+){0,2}? (?:the )?only (?:way out|thing|option|answer|fix|solution|way)|only (?:way out|fix|option|answer|solution|way)(?: of this \w+)?(?: i can think of)? (?:is|would be) (?:to )?(?:die|dying|death|suicide|not being here|kill my ?self|end it)|(?:can'?t|cant|cannot|haven'?t|havent) stop(?:ped)? thinking (?:about|of|that|i'?m|im)?(?: [\w']+){0,3}? ?(?:death|dying|suicide|killing my ?self|how (?:much )?easier|being dead|better off (?:dead|gone)|ending it|not being alive)|(?:lying|lie) if i said i (?:hadn'?t|hadnt|haven'?t|havent|didn'?t|didnt) (?:\w+ )?(?:thought|been thinking)(?: about| of)|all i (?:can )?think (?:about|of) is (?:dying|death|suicide|killing my ?self|being dead|ending it)|(?:thoughts?|thought) (?:of|about) (?:suicide|jumping|not being alive|dying|death|being dead|killing my ?self)|(?:i )?think (?:of|about) (?:die|dying) every (?:night|day)|i think many times to die|(?:ways|how) to die online|(?:look(?:ing|ed)? up|google\w*|search\w*|typing|researching) (?:'|\")?(?:\w+ ){0,2}?(?:ways to (?:die|kill my ?self|end it)|how to (?:not exist|die|kill my ?self|end it)|how (?:people|you) die|lethal dose|suicide methods)",
    ),
    Rule(
        "elevated",
        "ideation",
        r"(?:mind|head|brain|voices?|thoughts?|thought|inner voice|the voice)(?: [\w']+){0,3}? (?:says?|saying|tells? me|telling me|keeps? saying|keeps? telling me|goes|whispers?|screams?|repeats?|is like|get)(?: (?:to|that|me|i'?m|im|\w+ and))*(?: ['\"]| ['\"]?just)* ?['\"]?(?:kill (?:yourself|my ?self)|kys|kms|die|just die|end it|(?:i )?should (?:die|be dead|not exist|kill my ?self)|(?:i )?(?:should ?n'?o?t|should not|shouldnt|shouldn'?t) (?:exist|be alive|be here)|(?:i'?d|id) be better off dead|better off dead|should be dead|you should die)|['\"]?(?:better off dead|kill yourself|just end it|kys)['\"]? (?:keeps|is) (?:looping|playing|repeating|going round|in my head)|(?:i|i feel like i|i think i|like i) (?:should ?n'?o?t|should not|shouldnt|shouldn'?t|don'?t deserve to|dont deserve to) (?:exist|be alive|have been born|live)|i should not exist|(?:not|don'?t feel|dont feel) safe (?:from|with) (?:my ?self|my own (?:thoughts|head|mind))",
    ),
    Rule(
        "elevated",
        "ideation",
        r"(?:hate|over|done with|sick of|had enough of|can'?t face|cant face|can'?t be arsed with|cant be arsed with|fed up (?:of|with)|finished with|tired of) (?:\w+ ){0,2}?(?:being alive|existing|living|this life|life itself)(?! (?:situation|arrangements?|in|with|at|here|alone|like|out|on|for|costs?|expenses))|(?:so )?done with (?:life|living)(?! (?:admin|at))|(?:angry|disappointed|upset|sad|gutted) (?:that )?(?:i'?m still (?:here|alive)|im still (?:here|alive)|i (?:woke up|am still alive))|wo?ke up (?:\w+ )?(?:disappointed|wishing i (?:hadn'?t|hadnt|didn'?t|was dead))(?=$|[.!,]| again| that i)|(?:cry|crying|cried|hate) (?:\w+ ){0,4}?(?:because|that|cos|cause|bc) i'?m still (?:alive|here)|disappointed (?:that )?i (?:woke up|wake up)|waiting (?:to die|for death|for something to kill me|for it to end)|(?:i feel|i feeling|feel|feeling) like (?:dying|killing my ?self|ending it|ending my life)|(?:had|have) the (?:guts|courage|balls|nerve)(?: to|,? i'?d| i'?d| id)(?: \w+){0,2}? (?:kill|end|do it|die|go through)|year plan is to not be alive|being alive feels like a (?:mistake|chore|punishment|prison)|life (?:feels|is) like a (?:prison sentence|punishment)(?: \w+){0,4} (?:want out|for good)|(?:asked|begged) god to take me|i wish it was over,? my life|(?:i'?d|id) welcome (?:the end|death|it)|(?:no )?wish to see (?:\d+|another (?:year|birthday))|lived long enough|(?:i'?d|id) be happy to go in my sleep|(?:can'?t|cant) shake it",
    ),
    Rule(
        "elevated",
        "ideation",
        r"(?:want|wanted|wants|wanting) to (?:die|be dead)|want-to-die|wanna be dead|(?:i|we) (?:really )?(?:need|want) (?:to )?(?:just )?(?:end|finish) (?:it|my life|things)",
    ),
)

# --- Third pass: the grid of intent × method, simple grammar, denials that admit -----------------
# Written from the gaps a new writer's messages showed, as families rather than sentences:
# a first-person intent marker ("going to", "gonna", "ill", "about to", "decided to", ESL "me
# will") before any method (a height, a train, pills, poison, a car in the garage, a gun, water).
_HIGH_PLACE = r"(?:bridge|overpass|flyover|footbridge|viaduct|roof|rooftop|building|block of flats|tower block|tower|flats|high ?rise|skyscraper|cliffs?|cliff ?top|balcony|ledge|window|car ?park|carpark|multi[- ]?stor(?:e)?y|parking (?:garage|structure|deck|building|lot roof)|top (?:floor|level|deck)|\d+(?:st|nd|rd|th) (?:floor|storey|story|level)|stairwell|dam|quarry|crane|water tower|silo)"
# Jumping into water from a height is a summer pastime; into traffic or onto the tracks it is not.
_NOT_INTO_WATER = r"(?!(?: [\w']+){0,5}? (?:into|in ?to|in) (?:the )?(?:water|sea|lake|river|pool|ocean|waves|foam|snow|quarry|dam)\b)"
_INTENT = (
    r"(?:(?:i'?m|im|i am|i|me) (?:(?:really|actually|finally|definitely|seriously|literally|just) )?"
    r"(?:going to|gonna|goin to|gunna|gna|about to|abt to|planning to|planning on|ready to|decided to|will|shall|have decided to)"
    r"|(?<!we're )(?<!were )(?<!we are )(?<!you're )(?<!youre )(?<!they're )(?<!theyre )"
    r"(?:going to|gonna|goin to|gunna|about to|abt to|planning to|planning on|decided to|will)"
    r"|i'?ll|ill|i'?ve decided to|ive decided to|(?:my |the )?plan is to"
    r"|(?:tonight|tonite|tomorrow|tmrw|today|this weekend|on (?:mon|tues|wednes|thurs|fri|satur|sun)day) i(?: will| am| '?m|'ll)?)"
    r"(?: (?:just|finally|actually|really|literally|probably|prob|definitely|def|then|quietly|go|go and|go and just)){0,2}"
)
_METHOD = (
    r"(?:(?:killing|hanging|shooting|drowning|gassing|poisoning|offing) my ?self|ending (?:it all|it|my life)(?! with)|overdosing"
    rf"|(?:taking|swallowing|necking|downing|drinking) (?:\w+ ){{0,2}}?{_QTY}(?: [\w'-]+){{0,3}}? ?(?:{_DRUGS}|{_POISON})"
    rf"|(?:jumping|throwing my ?self) (?:off|from) (?:the |a |that |my )?(?:top of (?:the |a )?|roof of (?:the |a )?)?(?:[\w'-]+ ){{0,3}}?{_HIGH_PLACE}s?{_NOT_INTO_WATER}"
    rf"|(?:kill|off|top|unalive|hang|shoot|gas|suffocate|strangle|stab|electrocute|smother) my ?self(?! (?:in the foot|laughing|with (?:laughter|work|food|homework|revision)))"
    r"|drown my ?self(?! in (?:work|coffee|tea|wine|books|netflix|ice cream|chocolate|homework|paperwork|music|revision|games))"
    r"|poison my ?self(?! with (?:\w+ )?(?:food|cooking|cafeteria|canteen))"
    r"|kms|ctb|(?:commit|do) suicide|suicide|sewer ?slide"
    r"|end (?:it all|it|my life|my own life|everything|my ?self)(?! (?:with|between|early|off|on|here|for (?:now|him|her|them|us)|up))"
    r"|take my (?:own )?life"
    rf"|(?:jump|leap|throw my ?self|fling my ?self|hurl my ?self|launch my ?self|step) (?:off|from|of|out of|out|down from|over) (?:of )?(?:the |a |an |that |this |my |our |some )?(?:top (?:floor |level )?of (?:the |a |my |that )?|roof of (?:the |a |my |that )?|edge of (?:the |a )?)?(?:[\w'-]+ ){{0,3}}?{_HIGH_PLACE}s?{_NOT_INTO_WATER}"
    r"|(?:step|walk|jump|throw my ?self|lie down|lay down|run|drive|swerve|crash|ride) (?:out )?(?:in front of|under|into) (?:a |the |an |some )?(?:\w+ )?(?:train|truck|lorry|bus|tram|traffic|semi|oncoming \w+)"
    r"|(?:lie|lay|sit|stand) (?:down )?on the (?:train |railway )?(?:tracks|rails|line)"
    rf"|(?:overdose|od)(?! on (?!(?:my |the |all |his |her )?{_DRUGS}))"
    rf"|(?:take|swallow|down|neck|eat|drink|have|pop) (?:\w+ ){{0,2}}?{_QTY}(?: [\w'-]+){{0,3}}? ?{_DRUGS}(?! (?:with (?:me|food|water|breakfast|dinner|lunch)|on (?:holiday|time|the trip)|to (?:the|my|work|school|uni)|in (?:the morning|my (?:bag|case|suitcase))|as prescribed|every|each|daily|back|out|off|into))"
    r"|(?:take|swallow|down|neck|drink|eat) (?:everything|the lot|them all|it all|all of (?:it|them))(?= *(?:$|[.!,]| in the (?:medicine |bathroom )?(?:cabinet|cupboard|drawer|house)| at once| tonight| tomorrow| when| after| on))"
    r"|(?:slit|cut|slash|open) (?:open )?my (?:wrists?|throat|veins?)"
    rf"|(?:drink|swallow|down|neck|take|eat) (?:some |the |a (?:bottle|cup|glass) of |that |the bottle of |the whole bottle of )?{_POISON}"
    r"|(?:walk|swim|wade|go) (?:out )?into the (?:sea|ocean|river|lake|water|waves)|walk in and (?:not|never) come (?:out|back)"
    r"|(?:run|start|leave|turn on|sit in|lock my ?self in) (?:the |my )?(?:car|engine|ute|van)(?: running)? in the garage"
    r"|(?:light|use|burn) (?:the |some |a |my )?charcoal(?! (?:for (?:the )?(?:bbq|barbecue|grill)|bbq|grill))"
    r"|(?:hook|attach|connect|put|run|tape) (?:up )?(?:a |the )?(?:hose|pipe|tube)(?: up)? (?:to|from|on|onto|into) (?:the |my )?exhaust"
    r"|blow my (?:brains|head) out|put a bullet (?:in|through) my (?:head|brain|skull|mouth)"
    r"|(?:use|turn|point) (?:the|my|dads?|my dads?|his|the \w+) (?:gun|rifle|shotgun|pistol) on my ?self)"
)
_NO_BARRIER = r"(?:no|not any|not even a|isn'?t (?:a|any)|isnt (?:a|any)|doesn'?t have (?:a|any)|doesnt have (?:a|any)|without (?:a|any)?) ?(?:fence|fencing|railings?|rail|barriers?|net|nets|bars|cameras?|cctv|security|guards?|suicide (?:barrier|fence|net)s?)"
_SPOT = rf"(?:{_HIGH_PLACE}s?|side|edge|end|spot|part|section|platform|level)"
_SCOUT = r"(?:checked|checking|check|looked|looking|look|see|saw|seen|scoped|scoping|scouted|scouting|measured|googled|googling|searched|researched|researching|worked out|figured out|know|knew|found|noticed)"
_BODY_MARKS = r"(?:cuts|cut marks|fresh cuts|new cuts|marks|sh marks|self[- ]?harm(?: marks| scars| cuts)?|burns|wounds|bandages?|plasters?|band-?aids?|blood|(?:my |the )(?:arms?|wrists?|thighs?|legs?)|(?<!old )scars)"
_ANYONE = r"(?:no ?one|nobody|noone|no1|(?:my )?(?:mum|mom|mam|dad|parents|gf|bf|wife|husband|partner|teacher|sister|brother|friends|family|flatmate|roommate)|people|ppl|they|he|she|anyone|any1)"

_GRID_RULES = (
    # --- imminent: a first-person intent before a method ------------------------------------
    Rule("imminent", "plan", rf"{_INTENT} {_METHOD}"),
    Rule(
        "imminent",
        "plan",
        rf"(?:i'?m|im|i am) (?:jumping|leaping|throwing my ?self) (?:off|from) (?:the |a |that |my )?(?:top of (?:the |a )?|roof of (?:the |a )?)?(?:[\w'-]+ ){{0,3}}?{_HIGH_PLACE}s?{_NOT_INTO_WATER}|(?:i'?m|im|i am) (?:hanging|shooting|drowning|gassing|poisoning) my ?self(?! (?:in the foot|in (?:work|coffee|tea|books|homework)|with (?:food|work)))|(?:i'?m|im|i am) (?:overdosing|taking (?:all|every|the whole|the rest of) (?:my |the |of my )?(?:{_DRUGS})(?= *(?:$|[.!,]| now| tonight| rn| right now| tn)))",
    ),
    # ESL and dropped auxiliaries: "i will kill me", "me will suicide", "tonight i die".
    Rule(
        "imminent",
        "plan",
        r"(?:i|me) (?:will|wil|shall|going|go|gonna|must|am going|am gonna|am go) (?:to )?kill me(?! (?:if|when|lol|lmao|😂|💀))|(?:me|i) (?:will|wil|going|go) (?:to )?(?:suicide|die|dead|end my life|finish my life)(?= *(?:$|[.!,]| tonight| today| tomorrow| now| soon| this| when| after| at))|(?:tonight|today|tomorrow) (?:i|me) (?:die|kill my ?self|suicide|end my life|finish my life)",
    ),
    # ESL present for future or past: "i take all tonight", "i stand on top of the building".
    Rule(
        "imminent",
        "plan",
        rf"(?:i|me) (?:take|drink|swallow|eat) (?:them |it |the \w+ |my \w+ )?all (?:tonight|today|tomorrow|now|when|after|at once)|(?:i|me) (?:stand|sit|am stand|am sit|now (?:stand|sit)) (?:on|at) (?:the )?(?:top (?:of )?|roof (?:of )?|edge (?:of )?)?(?:the |a )?(?:[\w-]+ ){{0,2}}?{_HIGH_PLACE}",
    ),
    Rule(
        "imminent",
        "attempt",
        r"(?:taken|took|done|had) an? (?:massive |big |huge |serious )?(?:overdose|od)(?! (?:of (?:coffee|caffeine|sugar)|in (?:19|20)\d\d))",
    ),
    # --- imminent: checking a place or a height for a method ---------------------------------
    Rule(
        "imminent",
        "plan",
        rf"{_SCOUT}(?: [\w',]+){{0,5}}? {_SPOT},?(?: [\w',]+){{0,4}}? {_NO_BARRIER}|{_SPOT},?(?: [\w',]+){{0,4}}? (?:{_SCOUT}(?: [\w',]+){{0,4}}? {_NO_BARRIER}|{_NO_BARRIER},? (?:i|ive|i'?ve) (?:checked|looked|made sure|been|saw|seen|went))|(?:at|on|to|by|near) the (?:[\w'-]+ ){{0,2}}?{_HIGH_PLACE}[.,]? (?:there'?s|theres|there is|it has|it'?s got|has) {_NO_BARRIER}|(?:looked|look|looking|googled|googling|searched|searching|checked|checking|researched|researching|worked|figured|measured|know|knew|asked)(?: up| out)?(?: \w+){{0,2}}? how (?:high|tall|far(?: down)?|deep|many (?:floors|storeys|stories|metres|meters|feet|m))(?: [\w',-]+){{0,7}}? (?:to (?:die|be fatal|kill (?:you|me|someone|a person)|make sure|not survive)|(?:is|would be|'?s) (?:enough|fatal|lethal|survivable|high enough)|you (?:need|have) to (?:fall|jump)|no (?:one )?survives?|(?:it|that|the \w+) would kill)",
    ),
    # --- imminent: the engine running in a shut garage ---------------------------------------
    Rule(
        "imminent",
        "plan",
        r"(?:car|engine|motor|ute|truck|van)(?:'?s| is|s)? (?:been |still |now )?(?:running|on|going|idling)(?: \w+){0,2}? in (?:the|my|our) (?:garage|shed|lock ?up)(?! (?:to warm|while i (?:load|pack|grab)|so it warms))|(?:in|inside) (?:my|our|the|dads?|mums?|moms?) (?:\w+ )?(?:car|ute|truck|van) in the garage|garage(?:[,.]| and| with)? (?:the )?door(?:'?s| is)? (?:shut|closed|down|locked)(?: \w+){0,4}? (?:engine|car|running|motor)|(?:engine|car|motor)(?:'?s| is)? (?:running|on)(?:[,.]| and)? (?:the )?(?:garage )?door(?:'?s| is)? (?:shut|closed|down|locked)",
    ),
    # --- imminent: pills or poison taken, in simple or ESL grammar --------------------------
    Rule(
        "imminent",
        "attempt",
        rf"(?:already|just|i|me) (?:already |just |was )?(?:take|took|taked|drink|drank|drinked|drunk|eat|ate|eated|swallow|swallowed|swallowing|finish|finished|finishing) (?:\w+ ){{0,2}}?{_QTY}(?: [\w'-]+){{0,4}}? ?(?:{_DRUGS}|{_POISON})(?: [\w'-]+){{0,6}}? (?:to|for|so (?:i|that i) (?:can|will|could)?|and) ?(?:die|dying|dead|death|be dead|kill my ?self|kill me|end (?:it|my life)|sleep forever|never wake up|not wake up)|already (?:take|drink|eat|swallow|taked|drinked|eated|finish|finished) (?:\w+ ){{0,2}}?{_QTY}(?: [\w'-]+){{0,4}}? ?(?:{_DRUGS}|{_POISON})|(?:taked|drinked|eated) (?:\w+ ){{0,2}}?{_QTY}(?: [\w'-]+){{0,4}}? ?(?:{_DRUGS}|{_POISON})|(?:i |me )?(?:taked|drinked|eated|swallow|drink|eat) (?:\w+ ){{0,2}}?{_QTY}(?: [\w'-]+){{0,4}}? ?(?:{_DRUGS}|{_POISON})(?: [\w'-]+){{0,6}}? (?:now i|and now|i feel|feel|feeling|very) (?:\w+ ){{0,2}}?(?:sleepy|dizzy|strange|weird|sick|tired|heavy|drowsy|bad|numb)",
    ),
    # --- elevated: simple and ESL grammar for wanting to die ---------------------------------
    Rule(
        "elevated",
        "ideation",
        r"(?:i|me|i am|im|i'?m) (?:very |so |so much |really really |always |every day |everyday |now |also )?(?:want|wanna|wan|wants|need|like|wish) (?:to |2 )?(?:die|dead|be dead|death|suicide|kill me|kill my ?self|end my life|finish my life|not live|no live|no more live|sleep forever)(?! (?:my|her|his|your|the) hair)|(?:i|me) (?:no|not|don'?t|dont|do not|no more|not more) (?:want|wanna|wan|like|need) (?:to |2 )?(?:live|living|alive|be alive|life|stay alive|exist|wake up)|why (?:i|me) (?:can'?t|cant|cannot|can not|no can|not) (?:just )?die|(?:i|me) (?:want|wanna|wish) (?:to )?(?:die|dead) (?:everyday|every day|every night|always|so much|very much)",
    ),
    # --- elevated: a denial that wraps an admission ------------------------------------------
    Rule(
        "elevated",
        "ideation",
        r"(?:(?:i'?d|id|i would|would|i'?ll|ill|i will) be lying (?:if|when) (?:i )?(?:said|say|told (?:you|u|anyone|people|ya|them)|claimed|pretended)|(?:can'?t|cant|cannot|couldn'?t|couldnt|won'?t|wont|wouldn'?t|wouldnt|not gonna|not going to|never gonna) (?:honestly |really |truthfully |even |exactly )?(?:say|pretend|tell (?:you|u|anyone)|claim|promise(?: (?:you|u))?|lie and say)|no (?:point|use) (?:pretending|saying))(?: that| to (?:you|u)| honestly| anymore)?,? (?:i |that i )?(?:didn'?t|didnt|don'?t|dont|do not|did not|never|wasn'?t|wasnt|am not|'?m not|im not|i'?m not|haven'?t|havent|hadn'?t|hadnt|wouldn'?t|wouldnt|won'?t|wont)(?: (?:really|ever|sometimes|still|even|often|also|been))* (?:want(?:ed)? to (?:die|be dead|kill my ?self|end (?:it|my life|things)|disappear|not be here|not exist|not wake up)|wanna (?:die|be dead|kill my ?self)|think(?:ing)? (?:about|of) (?:suicide|dying|killing my ?self|ending (?:it|my life|things)|death|not being here)|thought (?:about|of) (?:suicide|dying|killing my ?self|ending (?:it|my life|things))|suicidal|wish(?:ed)? i (?:was|were) dead|feel(?:ing)? suicidal)|the thought (?:of (?:\w+ ){1,2})?(?:hasn'?t|hasnt|never|doesn'?t|doesnt|didn'?t|didnt) cross(?:ed|es)? my mind",
    ),
    # --- elevated: self-harm now, told by hiding it, tending it or relapsing ------------------
    Rule(
        "elevated",
        "self_harm",
        rf"(?:hide|hiding|hid|cover|covering|covered|conceal|concealing)(?: up)? (?:the |my |these |all the |all my )?(?:fresh |new |latest |recent )?(?:cuts|cut marks|sh marks|self[- ]?harm(?: marks| scars| cuts)?|wounds|bandages?)(?! from (?:years|ages|a long time|when i was|back then|school))|{_BODY_MARKS}(?: [\w']+){{0,6}}? so (?:that )?{_ANYONE}(?: \w+)? (?:won'?t |wont |wouldn'?t |wouldnt |doesn'?t |doesnt |don'?t |dont |can'?t |cant |couldn'?t |couldnt |didn'?t |didnt |will not |does not |do not |never )?(?:see|sees|notice|notices|ask|asks|find out|finds out|knows?|questions?)|(?:long sleeves|long-sleeves|hoodies?|jumpers?|sweaters?|sweatshirts?|a jacket|bracelets|wristbands?|leggings)(?: [\w']+){{0,6}}? (?:in (?:summer|the heat|\d+ ?degrees?|\d+ ?degree heat|\d+c)|when it'?s (?:hot|boiling|\d+))(?: [\w']+){{0,4}}? (?:so|to|because|cos|bc|coz)(?: [\w']+){{0,4}}? (?:cuts|marks|scars|arms?|wrists?|sees?|notices?|asks?)|(?:hide|hid|hiding|bin|binned|throw away|threw away|wash|washed|washing|get rid of|got rid of) (?:the |my |all the |all my )?(?:bloody|blood[- ]?stained|blood[- ]?soaked|blood[- ]?covered) (?:tissues|towels?|plasters|bandages|sheets|clothes|pads|rags|sleeves?|tops?|shirts?)|(?:long sleeves|long-sleeves|hoodies?|jumpers?|sweaters?|bracelets|wristbands?)(?: [\w']+){{0,4}}? to (?:hide|cover) (?:the |my )?(?:cuts|marks|arms?|wrists?|burns|wounds|bandages?)",
    ),
    Rule(
        "elevated",
        "self_harm",
        r"(?:my|the|these|those|one of my|some of my|all my) (?:fresh |new |deep |deeper |latest |recent )?cuts (?:\w+ ){0,3}?(?:infected|infection|pus|yellow|puffy|swollen|hot and red|red and hot|won'?t (?:heal|stop|close)|wont (?:heal|stop|close)|keeps? (?:opening|bleeding|reopening)|opened (?:up )?again|reopened|need(?:s|ed)? stitches|stinging|stings|sting|throbbing|bleeding (?:through|again)|scabbing|scabbed|healing)|(?:my|the) (?:fresh|new|latest|deepest|deep) cut (?:\w+ ){0,3}?(?:infected|pus|yellow|puffy|swollen|won'?t (?:heal|stop|close)|wont (?:heal|stop|close)|keeps? (?:opening|bleeding)|need(?:s|ed)? stitches|stinging)|(?:my|one of my) cuts? (?:on|in) my (?:arm|wrist|thigh|leg|stomach|hip)s? (?:\w+ ){0,3}?(?:infected|pus|yellow|puffy|swollen|won'?t (?:heal|stop|close)|wont (?:heal|stop|close)|keeps? (?:opening|bleeding)|opening up|need(?:s|ed)? stitches)|(?:is it (?:bad|normal|ok|okay) if |why is )?my cut is (?:yellow|puffy|infected|green|oozing)(?! (?:from|on my finger))",
    ),
    Rule(
        "elevated",
        "self_harm",
        r"(?:clean|cleaned|cleaning|wipe|wiped|wiping|scrub|scrubbed|scrubbing|wash|washed|washing|mop|mopped|mopping|hide|hid|hiding|bleached)(?: up| off| out| away)? (?:all )?(?:the |my )?blood(?! (?:test|tests|pressure|sugar|orange|type|donation|work|bank|results|moon|from (?:the|my) (?:nose|period)))(?!(?: [\w']+){0,8} (?:period|nosebleed|nose bleed|chicken|meat|steak|dog|cat|puppy|tooth|chopping|kitchen|raw))|blood (?:all )?(?:over|on) (?:the |my )?(?:bathroom|floor|sink|sheets|bed|towels?|carpet|tiles)(?: \w+){0,3} again(?!(?: [\w']+){0,6} (?:period|nose|dog|cat))",
    ),
    Rule(
        "elevated",
        "self_harm",
        r"(?:hurting|hurt|cutting|cut|burning|burnt|burned) my ?self in the (?:school )?(?:toilets?|bathroom|loos?|shower)|cut my (?:stomach|belly|tummy|hips?|ankles?|chest|shoulders?)(?! (?:on|open on|by accident|accidentally|while|shaving|cooking))|(?:blade|blades) (?:from|out of) (?:my |a |the )?(?:razor|sharpener|shaver|pencil sharpener)|(?:using|used) (?:my |the |a )?(?:razor|blade)s? again"
        r"|(?:i |i'?ve |ive |just |have |i have |i just |finally |i finally )?relapsed(?! (?:on|with|into|in) (?:the )?(?:alcohol|drinking|drink|booze|weed|cannabis|smoking|cigs|cigarettes|vaping|vape|porn|gambling|coke|cocaine|heroin|meth|drugs|binge|bingeing|binging|purging|food|sugar|nicotine|my diet|gaming|social media|depression|anorexia|bulimia))|(?:had|have) a (?:bad |small |little |big )?relapse (?:last night|tonight|today|again|yesterday|this morning|after)",
    ),
)

# --- Weak signs: none alone, imminent together (rules._with_other_signs) --------------------------
_WEAK_RULES = tuple(
    Rule("none", kind, pattern)  # type: ignore[arg-type]
    for kind, pattern in (
        (
            "farewell",
            r"thank(?:s| you| u)(?: so much)? for (?:everything|trying|being (?:kind|the only|there|so kind|good to me)|all (?:the|you|of)|the (?:chats|memes|last|cups)|putting up with me|listening|always being|3 years|\d+ years|every \w+day|being my)",
        ),
        (
            "farewell",
            r"(?:so )?sorry for (?:everything|all of this|all the drama|this)|(?:said|saying|say) sorry for everything",
        ),
        (
            "farewell",
            r"(?:it'?s|its|it was|it is|wasn'?t|wasnt|was never|none of it was|it'?s not|its not|tonight wasn'?t|tonight wasnt) (?:not )?(?:your|anyone'?s|anyones|their|his|her) fault",
        ),
        (
            "farewell",
            r"(?:please |pls )?(?:don'?t|dont|do not) (?:be sad|be mad|blame yourself|feel bad|tell (?:my|anyone|mum|mom|ammi|them)|come to the house|worry about me|wait up|argue|judge me|even|save me a seat|bother rescheduling|worry about rescheduling)",
        ),
        (
            "farewell",
            r"(?:love|loved) (?:you|u|them|her|him) (?:all|guys|lot|more than anything)|(?:love|loved) (?:you|u) (?:mum|mom|dad)|i loved (?:her|him|them)|(?:told|tell) (?:\w+ ){0,3}(?:i love (?:them|her|him|you)|(?:i'?m|im) sorry|i loved)",
        ),
        (
            "farewell",
            r"(?:^|[.!,] )(?:goodbye|bye|bye x|bye for now)(?= *(?:$|[.!,x🖤🤍]| group| teacher| mentor| lads| guys))|(?:just )?(?:saying|wanted to say|wanna say|want to say|to say) (?:bye|goodbye|thank you properly|thanks properly)|(?:said|say|saying) goodbye (?:without|to (?:my|him|her))|goodbye (?:group|teacher|mentor|team)|she (?:had no idea|doesn'?t know) it was goodbye|that was goodbye|(?:one more|one last) (?:time|hug|look)|(?:hear|heard) (?:from someone|her voice|his voice) one more time|the last (?:sunset|night|thing i (?:see|needed to do))|last (?:sunset|jobs? done|good one)|my last one|(?:a|one) (?:good|nice) last (?:night|memory|message)",
        ),
        (
            "plan",
            r"(?:i'?ve|ive|i have|i|i'?m|already|its|it'?s|it is|my mind'?s|mind is) (?:decided|made up my mind|made my (?:decision|choice)|chosen|made up)|made up my mind|made my (?:decision|choice)(?=$|[.!,]| and)|(?:final answer|decided on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))|(?:at peace|calm|ok|okay) with (?:it|my decision|that)|(?:i'?m|im|i am) (?:not )?changing my mind|not scared anymore|i decide",
        ),
        (
            "plan",
            r"(?:i'?m|im|i am|i'?m so|i feel) (?:ready|done)(?: now)?(?= *(?:$|[.!,]| for real| actually))|(?:it'?s|its) (?:time|ready|tonight|happening|nearly time|almost time|all (?:planned|sorted|handled|ready|done))(?= *(?:$|[.!,🌅]| tonight| this| on))|(?:tonight'?s|tonights) when|(?:everything|everythings|everything'?s|all|that'?s everything|its all) (?:is )?(?:ready|sorted|squared away|handled|in order|set|done|neat and tidy)(?= *(?:$|[.!,]| now| before))|(?:got|have) (?:what|everything) i need|(?:the )?stuff is ready|(?:plan|plan is) set|been planning (?:this|it)|(?:it'?s|its) (?:happening|on|tonight) (?:tonight|this (?:week|weekend)|tomorrow|on \w+)|(?:going|happening|doing it) (?:at|on) (?:\d+(?::\d+)?(?:am|pm)?|dawn|midnight|\w+day)(?= *(?:$|[.!,]))|(?:when|once|after) (?:the house is|everyone'?s|everyones|everyone is|they'?re|theyre|mum|mom|she|he|my \w+) (?:\w+ )?(?:empty|asleep|gone|out|leaves|sleeps|goes (?:out|to bed|to work))|(?:just |now )?need the house empty|waiting for (?:my (?:flatmate|roommate|husband|wife|mum|mom|dad|parents)|the house|it to be quiet|everyone)(?: \w+){0,3} (?:to (?:go|leave|empty|sleep)|out|quiet)|(?:nobody|no one|noone|no1)(?:'?s| is| will| comes?| goes?| knows?| visits?| checks?)(?: \w+){0,2} (?:here|there|up here|round|find me|till|until|know (?:i'?m|im) here|where i am|i'?m here|im here)|(?:so|that) (?:nobody|no one) (?:checks|notices|would notice|will notice|finds?|has to find)",
        ),
        (
            "plan",
            r"who gets what|(?:who|whoever) (?:gets|takes|can have) (?:my|the) \w+|(?:can|could|should) have my (?:\w+ ){0,2}\w+|(?:gets|get) my (?:\w+ )?(?:switch|games|clothes|hoodie|guitar|stuff|things|skins|bike|car|records|ring|watch|tractor|playstation)|(?:gave|give|giving|given|handed|signed over|sold|dropped|left|pre-?paid)(?: \w+){0,4} (?:my|the|his|her) (?:\w+ )?(?:dog|cat|dogs|hamster|rabbit|horse|fish|chickens|cattle|guitar|switch|playstation|car|ring|rings|watch|medals|bangles|records|record collection|vinyl|plants|journal|keys|car keys|access card|kit|saddle|tractor|stuff|things|clothes|money|savings|skins)(?: \w+){0,3}? (?:to|with|for|at|back)|(?:look after|take care of|feed|walk) (?:my|the) (?:\w+ )?(?:dog|dogs|cat|pets?|hamster|rabbit|fish|chickens|cattle|sunflowers|plants|kids|boys|girls|mum|new people)(?: \w+){0,2}? (?:for me|after|from (?:tomorrow|next)|when|once|after (?:tonight|today))|(?:can someone|someone to|need someone to) (?:take|feed|look after) my|(?:vet (?:records|papers|book)|lead and vet)|(?:needs?|need) (?:someone|somebody) by \w+day|keep (?:it|the streak) going for me|(?:i )?(?:need to|gotta) give (?:someone|somebody) my",
        ),
        (
            "plan",
            r"(?:passwords?|logins?|pins?|pin numbers?|passcode|bank (?:cards?|details)|account details)(?: [\w']+){0,6}? (?:for (?:my|the|him|her)|are in|in (?:my|the|a|an)|to my)|(?:gave|sent|emailed|wrote)(?: \w+){0,3} (?:my )?(?:passwords?|logins?|pins?|the login)|(?:life )?insurance (?:covers|pays out|so|policy)|(?:changed|updated) my (?:life insurance|super|pension|will|beneficiary)|(?:super|pension) beneficiary|cremation|funeral (?:plan|song|playlist|instructions|details)|(?:playlist|song|eulogy) for my funeral|(?:wrote|written) the eulogy|(?:affairs|things) in order|(?:signed|wrote|written|wrote out|made) (?:my |a |out a )?(?:last )?will|(?:will is|wills?) (?:signed|witnessed|done)|executor|deeds are in|(?:left|put) (?:\w+ ){0,3}(?:in an envelope|in a folder) for|(?:envelope|folder) (?:with your name|for (?:my|the) \w+)|birth certificates",
        ),
        (
            "plan",
            r"(?:cancel|cancelled|canceled) (?:my |the )?(?:gym|netflix|phone|therapy|appt|appointment|subscriptions?|contract|membership|paper|milkman)|(?:gave|giving|given) (?:my |the )?(?:landlord )?notice|(?:paid|paying) (?:off )?(?:my |the )?(?:rent|bills?|car loan|credit card|feed bill|council rates)(?: \w+){0,3} (?:ahead|up to|till|until|off)|(?:paid|paying) off my|(?:cleaned|tidied|cleared) (?:out )?(?:the whole|my whole|out my|my) (?:house|flat|room|desk)(?: \w+){0,5}? (?:so|for whoever|nobody)|(?:boxed|boxes) up my|(?:so|for) (?:nobody|no one|whoever) (?:has to (?:do it|deal)|cleans up|finds me|comes looking)|(?:whoever|who ever) (?:finds me|cleans up|picks up this)|(?:made my bed|fed the fish)(?: \w+){0,3} (?:that'?s|thats) everything|(?:deleted|deleting|unsubscribed)(?: \w+){0,3} (?:my )?(?:accounts|insta|tiktok|everything|socials)|(?:resignation|handed in my (?:notice|access card))|(?:returned|gave back) (?:\w+ ){0,2}(?:library books|laptop)|(?:no|there won'?t be a|wont be a|won'?t be a) (?:more sessions|next session)|(?:won'?t|wont) (?:be at|need) (?:the |our |my )?(?:next )?(?:session|appt|appointment|sunday lunch)|(?:this will be|this is) my last (?:session|one)|(?:won'?t|wont|will not) (?:be needing|need) (?:it|them|any of (?:it|them)|a car|money|the next session|my \w+)|(?:won'?t|wont|will not|not gonna) (?:be (?:coming back|back|sitting|here|around)|come to session)|not (?:moving|going) anywhere(?=$|[.!,])|(?:told|tell) (?:\w+ ){1,3}(?:i'?m|im|its|it'?s) (?:moving abroad|just for the (?:week|weekend)|retiring|upgrading|an early xmas present)|(?:doesn'?t|doesnt|dont|don'?t) know (?:it'?s|its) forever|(?:it'?s|its) not(?:\.|$)|(?:she|he|they) thinks? i mean|(?:he|she) (?:thinks|asked if) (?:i'?m|im|i was) (?:retiring|moving|upgrading)|(?:transfer note|for after|after,? sorry|one less thing)",
        ),
        (
            "plan",
            r"(?:after tonight|after today|after this weekend|before i go(?! (?:on|to|away|out|home|back|for|in|abroad|shopping))|before i lose my nerve|after that it doesn'?t matter|nothing left to do but|nothing stopping me|(?:this|that) was my last chance|got the (?:\w+ )?(?:pills|tablets|rope|gun|gear)|(?:the )?(?:pills|tablets|gun|rifle|rope|knife|razor|belt|insulin|bottle) (?:\w+ )?(?:in|on) (?:my|the) (?:\w+ )?(?:room|bag|drawer|hand|bed|lap|truck|ute|car|wardrobe|closet|cupboard|boot|hoodie pocket|pencil case|sleeve|wallet)|(?:pills|tablets|booze|vodka|gin|whisky|rum|wine) \+|(?:pills|tablets) and (?:a |the )?(?:bottle of )?(?:vodka|gin|whisky|rum|wine)|bottle of (?:\w+ )?(?:pills|tablets)|(?:\d+|two|three|several) boxes of|in front of me|(?:counting|counted) (?:them|it)(?: \w+){0,2}|lined (?:them )?up|mess it up this time|(?:won'?t|wont) (?:chicken out|bottle it|mess it up)|for real this time|not a joke this time|(?:i'?m|im) going all the way|(?:i'?ll|ill|i will) be gone|(?:by|before) (?:morning|the morning|they wake|she wakes|anyone wakes)|nobody (?:will|'ll) find me|no one (?:will|'ll) (?:find|look)|(?:had|have) enough(?=$|[.!,])|can'?t do another (?:day|night)|cant do another (?:day|night)|(?:can'?t|cant) anymore|i cannot more|(?:one|an) hour from now|(?:tonight|tonite|this weekend)(?=$|[.!])|^(?:tonight|sunday|monday|christmas day)[.,]|when this song ends|going (?:after|once) (?:dark|my shift|the missus|the wife)|wanted (?:u|you|the group|someone) to (?:hear it from me|know (?:where i am|where i was|before))|(?:needed|wanted) to tell (?:someone|one person|u|you)|(?:not sure|idk|dont know|don'?t know) why (?:i'?m|im) (?:telling|texting|posting)|i promised (?:i'?d|id) tell someone)",
        ),
    )
)

RULES = RULES + _MORE_RULES + _GRID_RULES + _WEAK_RULES

NEGATIONS = (
    # "Not gonna lie, I want to die" and "I can't lie" admit rather than deny.
    r"not(?! (?:gonna|going to|gunna|to) (?:lie|pretend)| (?:lying|joking|kidding))",
    r"(?:do|does|did|is|was|are|were|would|wo|ca|could|should|have|has|had|ai)n'?t(?! (?:know|care|think|realise|realize|understand|remember|mind|matter|tell|get|lie))",
    r"never",
    r"no longer",
    r"not really",
    # Bare "no" only before an English word: Spanish "no sé, quiero morir" is not a denial.
    r"no(?= (?:i|im|i'm|thoughts?|urges?|plans?|intention|way|desire|wish))",
    r"nothing like",
    r"not feeling",
    r"wouldn'?t",
    r"won'?t(?! lie)",
    r"wont(?! lie)",
    r"dont",
    r"didnt",
    r"isnt",
    r"wasnt",
    r"aren'?t",
    r"nor",
    r"without",
    r"stopped",
    r"not having",
    r"no more",
    r"no thoughts? of",
    r"free of",
    r"zero",
    r"nope",
    r"any thoughts? (?:of|about)",
)

PAST = (
    r"\d+ (?:years?|yrs?|months?) ago",
    r"(?:a few|few|many|several|some|two|three|four|five|six|seven|eight|nine|ten|a couple of|couple) (?:years?|yrs?|months?) ago",
    r"years? ago",
    r"back (?:then|in (?:\d{4}|the day|high school|school|uni|college|my teens|my twenties))",
    r"(?:when|while) i was (?:\d+|young|younger|a (?:kid|teen|teenager|child|student)|in (?:high school|school|uni|college|my teens|my twenties|hospital|the army))",
    r"used to",
    r"in (?:the past|my past|19\d\d|20[01]\d)",
    # An age ("at 16 I…"), not a clock time ("took them at 10", "when my shift ends at 9").
    r"at (?:1[3-9]|[2-9]\d)(?![:.]?\d| ?(?:am|pm|o'?clock|tonight|today|tomorrow|this))",
    r"at (?:my lowest|my worst|(?:the )?age (?:of )?\d+)",
    r"since (?:i (?:last|stopped)|my last)",
    r"in (?:\d+(?:st|nd|rd|th) grade|(?:year|grade) \d+)",
    r"when i (?:came|moved|arrived|first came|lost|left)",
    r"(?:years?|months?|days?) (?:free|clean) (?:from|of)",
    r"(?:as|like) a (?:teen|teenager|kid)",
    r"once upon",
    r"(?:that|those) (?:was|were) (?:the )?(?:dark|worst|hardest)",
    r"(?:my|in my) (?:teens|twenties|teenage years|school days|uni days)",
    r"(?:after|before) my (?:divorce|diagnosis|son was born)",
    r"there was a time",
    r"that (?:night|day|time|year|summer|winter|week)",
    r"(?:back )?when i was",
    r"at one point",
    r"long time ago",
    r"(?:overdosed|attempted|tried|od'd)(?: \w+)? (?:twice|once|three times|a few times)",
    r"last (?:year|month|summer|winter|spring|autumn|christmas|term|semester)",
    r"last decade",
)

RECOVERY = (
    r"(?:today|now|these days|nowadays|since then|now that|and now|but now),? (?:i|i'?m|im|i am|i'?ve|ive|my life)",
    r"(?:help|helping|support|supporting|mentor|mentoring) (?:others|other people|people|peers|young people)",
    r"(?:in|at) a (?:good|better|much better) place",
    r"(?:got|getting|am|i'?m|im) (?:better|well|recovered|in recovery)",
    r"(?:i'?m|im|i am) (?:still )?here(?: today| now)?(?! (?:on|at|in))",
    r"glad (?:i'?m|im|i am|i) (?:still )?(?:here|alive|didn'?t|survived)",
    r"(?:recovery|recovered|survivor|survived|came through|got through|made it through|pulled through)",
    r"turning point",
    r"instead",
    r"(?:it|things) (?:got|gets|does get|do get) better",
    r"(?:my|our) story",
    r"lived experience",
    r"that'?s why i (?:volunteer|became|do this|joined)",
    r"(?:years?|months?) (?:clean|free|sober|since)",
    r"(?:years?|months?) (?:free|clean) (?:from|of)",
    r"saved my life",
    r"now (?:a|an) \w+",
    r"(?:therapy|dbt|cbt|medication|meds|treatment|the group|my mentor|counselling) (?:really )?(?:helped|saved my life|got me through)",
    r"(?:i'?m|im) (?:good|ok|okay|doing (?:well|better)) now",
    r"🎉",
    r"(?:i'?m|im|i am) \d+ now",
    r"glad (?:to be (?:here|alive)|i never)",
    r"got me through",
    r"(?:this year|these days),? i",
)

OTHERS = (
    r"(?:my|our|his|her|their) (?:friend|mate|bestie|best friend|brother|bro|sister|sis|son|daughter|kid|child|mum|mom|mother|dad|father|husband|wife|partner|boyfriend|girlfriend|cousin|uncle|aunt|nan|grandma|grandpa|peer|mentee|client|colleague|classmate|flatmate|roommate|neighbour|neighbor)s?",
    r"(?:someone|somebody|anyone|a (?:friend|peer|person|kid|student|client))(?:'?s|'?d|'?ll| is| was| keeps| said| says| told| has| had| wants| wanted| might| may| could| would)?",
    # He/she/they only with an English verb: "he" is also Hinglish "is" and Spanish "I have".
    r"(?:he|she|they)(?:'s|s|'d|'ll|'ve| is| was| keeps| kept| said| says| told| has| had| wants| wanted| might| may| could| would| thinks| talks| mentioned| texted)",
    r"(?:he|she|they) (?:said|says|told|texted|posted|mentioned|keeps saying)",
    r"(?:you|u) (?:said|say|mentioned|told me)",
)

HYPOTHETICAL = (
    # Before the case it asks about ("what do I say if someone…"), not after what the writer
    # has just told ("my cuts are infected, what do I do", "my brother wants to die, what do I do").
    r"what (?:should|do|would|can) (?:i|we|you) (?:do|say)(?= (?:if|when|whenever|once|after|to|about|in case|with))",
    # "How do I hide my cuts in PE?" asks about the writer's own self-harm, now.
    r"how (?:do|should|can|would) (?:we|you)",
    r"how (?:do|should|can|would) i(?! (?:\\w+ )?(?:hide|cover|conceal|clean|treat|bandage|dress|explain|stop (?:the )?bleeding|stop cutting|heal))",
    r"(?:if|when|in case) (?:someone|somebody|a peer|my peer|a person|anyone|they|a (?:mentee|client|student|friend|caller|member|young person)|my (?:mentee|client)) (?:says|tells|said|told|mentions)",
    r"(?:asking|ask|asked) (?:someone|somebody|people|them|a peer|peers|him|her) (?:if|whether|about)",
    r"(?:trainer|training|course|module|workshop|role ?play)",
    r"(?:in|at|during) (?:the )?training",
    r"we (?:learned|learnt|practised|practiced|talked about|discussed)",
    r"(?:how to|ways to) (?:ask|talk) about",
    r"(?:asking|ask) (?:directly )?about",
    # "song" only with an English word before it: Vietnamese "sống" (to live) folds to "song".
    r"(?:movie|film|show|book|episode|series|game|documentary|character|novel)",
    r"(?:a|the|this|that|my|your|sad) song",
    r"(?:memoir|podcast|article|lyrics?|poem)",
    r"(?:asking|asks|asked|ask) (?:me )?(?:straight out )?(?:if|whether)(?!.{0,80}?\b(?:i|and|but) lied\b)",
    r"are (?:you|u) (?:thinking|having|feeling|planning)",
    r"(?:learn(?:ed|t|ing)?|reading|read|taught) about",
)

HARMLESS = (
    r"(?:is|are|was|were|'?s|'?re|it'?s|its|they'?re|theyre|this|that) (?:\w+ )?killing (?:me|my)",
    r"(?:my|these|this|the) (?:\w+ )?(?:feet|back|head|legs|knees|shoes|boss|kids|job|exam|exams|traffic|commute|heat|cold|weather|hangover|neighbou?rs?|joke|meme|show) (?:is|are|was|were) (?:literally |actually |honestly )?(?:killing|gonna kill|going to kill|murdering|the death of) (?:me|us)",
    r"(?:kill|murder|die) for (?:a |an |some )?(?:coffee|tea|pizza|burger|nap|beer|drink|chocolate|sleep|holiday|day off|\w+)",
    r"could (?:murder|kill|eat) (?:a |an |some )?\w+",
    r"dying (?:to|for) (?:\w+)",
    r"(?:i'?m|im|i am|i was|i'?d|id|i would|i almost|almost|nearly|literally|i literally) (?:\w+ )?(?:dying|died|dead|dying inside|ded) (?:of|from|laughing|lmao|lol|😂|🤣|💀|at|over|with (?:laughter|embarrassment|boredom|cringe|jealousy))",
    r"(?:dead|died|dying|ded) (?:tired|bored|serious|on my feet|set on|certain|of embarrassment|lol|lmao|😂|🤣|💀)",
    r"(?:phone|battery|laptop|car|computer|plant|plants|wifi|internet|printer|tv|telly|charger|conversation|party|group chat|chat|mood|show|series|trend) (?:has |had |just |finally |is |was )?(?:died|dead|dying|killed|murdered)",
    r"(?:killed|smashed|nailed|slayed|slaying|killing|crushed|crushing) (?:it|that|the (?:exam|interview|presentation|test|game|set|performance|assignment))",
    r"(?:kill|killed|killing) (?:time|the (?:lights|engine|music|vibe|mood)|two birds)",
    r"(?:rip|r\.i\.p) (?:my|to my|me and my|the) (?:\w+ )?(?:sleep|sleep schedule|wallet|bank account|diet|phone|plans|weekend|social life|data|motivation|knees|ears|inbox)",
    r"(?:over my dead body|dead end|deadline|deadlines|dead heat|deadlift|dead weight|dead sea|drop dead gorgeous|dead ringer)",
    r"(?:die|died|dying) (?:hard|of boredom|of cringe|of embarrassment|of shame lol|laughing)",
    r"(?:i'?m|im|i am|i was|you'?re|youre|that'?s|thats) (?:so |such a )?(?:dead|ded)(?: lol| lmao| 💀| 😂)",
    r"die (?:my|her|his|your|their|the) hair",
    r"(?:cross|jump off|burn) (?:that|the) bridge when (?:i|we) (?:get|come) to it",
    r"(?:jump|jumped|jumping) (?:at the chance|for joy|in|on the|the gun|to conclusions|rope|ship|through hoops|on board)",
    r"(?:shoot|shot) (?:me )?(?:a|an) (?:text|message|email|msg)",
    r"(?:shoot|shoot me) (?:a|an)? ?(?:message|text|dm)",
    r"(?:bored|scared|worried|embarrassed|sick) to death",
    r"to die for",
    r"(?:hang|hanging|hung) (?:out|in there|on|up|around|with)",
    r"(?:cut|cutting) (?:back|down|out|off|costs|class|classes|my hair|the (?:grass|lawn|cake|call)|it close|corners|in line)",
    r"(?:overdosed|overdose|od'?d|od) on (?:coffee|caffeine|sugar|netflix|chocolate|tv|memes|anime)",
    r"(?:end of|ending of|end the) (?:the )?(?:day|week|month|term|year|session|call|meeting|movie|film|book|season|match)",
    r"(?:pills?|tablets|meds|medication) (?:for|with) (?:my )?(?:headache|hay ?fever|allergies|blood pressure|period|cold|flu|pain|back)",
    r"(?:taking|take|took|on|started|starting|collect|collected|pick up|picked up|get|got) (?:my |the |new )?(?:meds|medication|pills|tablets|prescription) (?:as prescribed|every|each|daily|in the morning|at night|with food|from the (?:pharmacy|chemist)|today|yesterday|again)",
    r"(?:will|last will) and testament",
    r"bungee jump\w*",
    r"(?:took|taken|take) (?:all )?(?:my|the) (?:meds|medication|pills|tablets)(?: \w+){0,2} (?:this morning|on time|as prescribed|like a good|with (?:food|breakfast|dinner)|every (?:day|morning|night)|daily)",
    rf"(?:overdosed|overdose|od'?d|od) on (?!(?:my |the |all |his |her )?{_DRUGS})\w+",
    r"(?:die|died|dying) of (?!(?:an? )?(?:overdose|od\b))\w+",
    r"(?:embarrassed|full|tired|happy|hungry|bored|jealous|excited|hot|cold) i could (?:just )?die",
    r"(?:die|dying) at how \w+",
    r"kms(?: \w+)? ?(?:😭|😂|💀|lol|lmao|jk)",
    r"(?:i'?m|im|i'?ll|ill|gonna) walk(?:ing)? into the sea (?:lol|lmao|😂|💀)",
    r"(?:suicide|suicidal) (?:squad|prevention|awareness|training|intervention|safety plan|hotline|helpline|line)",
)

TIMING = (
    r"tonight",
    r"tonite",
    r"2nite",
    r"tn",
    r"today",
    # Not "rn" / "right now": "I want to die right now" tells how the writer feels at the
    # moment, not when they will act (peer chat uses it for the present, like "atm").
    r"this (?:weekend|evening|afternoon|morning)",
    r"tomorrow",
    r"tmrw",
    r"when (?:everyone|they'?re|theyre) (?:asleep|gone|out)",
    r"after (?:the kids|everyone|the session|our session|tonight)",
    r"in an hour",
    r"by (?:morning|the weekend|friday|sunday)",
    r"(?:when|after|once) my shift (?:ends|finishes)",
    r"at (?:midnight|dawn)",
)

MEANS = (
    r"pills?",
    r"tablets",
    r"overdose",
    r"od",
    r"rope",
    r"noose",
    r"gun",
    r"bullets?",
    r"knife",
    r"blade",
    r"razor",
    r"bridges?",
    r"roofs?",
    r"rooftops?",
    r"ledges?",
    r"cliffs?",
    r"trains?",
    r"tracks",
    r"jump\w*",
    r"hang",
    r"poison",
    r"bleach",
    r"insulin",
    r"helium",
    r"charcoal",
    r"💊",
    r"🔪",
    r"🔫",
    r"🪢",
)

# Signs that something told in the past tense is happening now (``rules._judge``).
RECENT = (
    r"just now",
    r"(?:about |like |around )?(?:an?|one|half an?|\d+|twenty|ten|forty) (?:hours?|hrs?|min|mins|minutes?) ago",
    r"minutes ago",
    r"kick(?:s|ing)? in",
    r"starting to (?:feel|kick|work|get)",
    r"(?:feel|feeling|getting|going|i'?m|im|i am) (?:really |so |very )?(?:sleepy|drowsy|woozy|heavy|fuzzy|blurry)",
    r"(?:can'?t|cant|cannot) stop the bleeding",
    r"(?:won'?t|wont|isn'?t|not) stop(?:ping)? bleeding",
    r"(?:bleeding|blood) (?:won'?t|wont|isn'?t|isnt) stop",
)

# A phrase with one of these is the writer's own, even after "my wife" (``rules._judge``).
FIRST_PERSON = (r"i", r"i'?m", r"im", r"me", r"my ?self", r"i'?ll", r"i'?d", r"i'?ve", r"ive")


LEXICON = Lexicon(
    language="en",
    rules=RULES,
    negations=NEGATIONS,
    past=PAST,
    recovery=RECOVERY,
    others=OTHERS,
    hypothetical=HYPOTHETICAL,
    harmless=HARMLESS,
    timing=TIMING,
    means=MEANS,
    recent=RECENT,
    first_person=FIRST_PERSON,
)
