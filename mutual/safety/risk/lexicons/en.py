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

RULES = (
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
        r"(?:won'?t|wont|not gonna|not going to) (?:need|be needing) (?:it|them|this|these|that|my \w+) (?:anymore|any more|where i'?m going|after (?:tonight|today|this week))",
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
        rf"{_IM} (?:going to|gonna|about to|ready to|planning to|planning on|finally going to|finally gonna) (?:kill my ?self|kms|end (?:it|my life|it all|things)|do it|unalive my ?self|take my (?:own )?life|jump|overdose|od|hang my ?self|ctb)(?! (?:tomorrow|later)? ?(?:at work|in class|for|by|with))",
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
        r"(?:i'?m|im|i am) (?:on|at|standing on|sitting on|on top of|up on|near the edge of) (?:the |a )?(?:bridge|roof|rooftop|ledge|cliff|edge|tracks|train tracks|railway|top floor|balcony railing)",
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
        r"(?:step|stepping|jump|jumping|throw my ?self|walk|walking|lie down) (?:off|in front of|under|onto|from) (?:the |a )?(?:platform|train|bus|truck|lorry|traffic|tracks|bridge|building|roof|balcony|cliff)",
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
        rf"(?:took|swallowed|downed|taken|ate|necked|drank) (?:\w+ ){{0,3}}?(?:the whole|a whole|a (?:bottle|packet|box|strip|pack|blister) of|all (?:of )?(?:my|the|them|those)|loads of|lots of|a bunch of|a handful of|handfuls of|heaps of|too many|an overdose|the entire|every|\d{{2,}}|twenty|thirty|forty|fifty|a hundred)(?: \w+){{0,4}}? ?(?:{_PILLS}|packet|bottle|box|strip|pack|lot|of them|bleach|poison)",
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
        r"(?:just |have |i |i'?ve |ive )?(?:overdosed|od'?d|oded|slit my (?:wrists?|throat)|cut (?:too )?deep|cut my wrists?|jumped|hung myself)",
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
        r"(?:goodbye|bye|farewell) (?:everyone|every1|all|forever|for good|world|cruel world|to you all|guys)",
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
        r"(?:should|could|might as well|may as well|gonna|going to) (?:just )?(?:kill my ?self|kms|die|end it(?: all)?|unalive my ?self|off my ?self)",
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

NEGATIONS = (
    r"not",
    r"(?:do|does|did|is|was|are|were|would|wo|ca|could|should|have|has|had|ai)n'?t(?! (?:know|care|think|realise|realize|understand|remember|mind|matter|tell|get))",
    r"never",
    r"no longer",
    r"not really",
    # Bare "no" only before an English word: Spanish "no sé, quiero morir" is not a denial.
    r"no(?= (?:i|im|i'm|thoughts?|urges?|plans?|intention|way|desire|wish))",
    r"nothing like",
    r"not feeling",
    r"wouldn'?t",
    r"won'?t",
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
)

PAST = (
    r"\d+ (?:years?|yrs?|months?) ago",
    r"(?:a few|few|many|several|some|two|three|four|five|six|seven|eight|nine|ten|a couple of|couple) (?:years?|yrs?|months?) ago",
    r"years? ago",
    r"back (?:then|in (?:\d{4}|the day|high school|school|uni|college|my teens|my twenties))",
    r"(?:when|while) i was (?:\d+|young|younger|a (?:kid|teen|teenager|child|student)|in (?:high school|school|uni|college|my teens|my twenties|hospital|the army))",
    r"used to",
    r"in (?:the past|my past|19\d\d|20[01]\d)",
    r"at (?:\d+|my lowest|my worst)",
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
)

OTHERS = (
    r"(?:my|our|his|her|their) (?:friend|mate|bestie|best friend|brother|bro|sister|sis|son|daughter|kid|child|mum|mom|mother|dad|father|husband|wife|partner|boyfriend|girlfriend|cousin|uncle|aunt|nan|grandma|grandpa|peer|mentee|client|colleague|classmate|flatmate|roommate|neighbour|neighbor)s?",
    r"(?:someone|somebody|anyone|a (?:friend|peer|person|kid|student|client))(?:'?s|'?d|'?ll| is| was| keeps| said| says| told| has| had| wants| wanted| might| may| could| would)?",
    # He/she/they only with an English verb: "he" is also Hinglish "is" and Spanish "I have".
    r"(?:he|she|they)(?:'s|s|'d|'ll| is| was| keeps| kept| said| says| told| has| had| wants| wanted| might| may| could| would| thinks| talks| mentioned| texted)",
    r"(?:he|she|they) (?:said|says|told|texted|posted|mentioned|keeps saying)",
    r"(?:you|u) (?:said|say|mentioned|told me)",
)

HYPOTHETICAL = (
    r"what (?:should|do|would|can) (?:i|we|you) (?:do|say)",
    r"how (?:do|should|can|would) (?:i|we|you)",
    r"(?:if|when|in case) (?:someone|somebody|a peer|my peer|a person|anyone|they) (?:says|tells|said|told|mentions)",
    r"(?:asking|ask|asked) (?:someone|somebody|people|them|a peer|peers|him|her) (?:if|whether|about)",
    r"(?:trainer|training|course|module|workshop|role ?play)",
    r"(?:in|at|during) (?:the )?training",
    r"we (?:learned|learnt|practised|practiced|talked about|discussed)",
    r"(?:how to|ways to) (?:ask|talk) about",
    r"(?:asking|ask) (?:directly )?about",
    # "song" only with an English word before it: Vietnamese "sống" (to live) folds to "song".
    r"(?:movie|film|show|book|episode|series|game|documentary|character|novel)",
    r"(?:a|the|this|that|my|your|sad) song",
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
    r"(?:suicide|suicidal) (?:squad|prevention|awareness|training|intervention|safety plan|hotline|helpline|line)",
)

TIMING = (
    r"tonight",
    r"tonite",
    r"2nite",
    r"tn",
    r"today",
    r"right now",
    r"rn",
    r"this (?:weekend|evening|afternoon|morning)",
    r"tomorrow",
    r"tmrw",
    r"when (?:everyone|they'?re|theyre) (?:asleep|gone|out)",
    r"after (?:the kids|everyone|the session|our session|tonight)",
    r"in an hour",
    r"by (?:morning|the weekend|friday|sunday)",
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
)
