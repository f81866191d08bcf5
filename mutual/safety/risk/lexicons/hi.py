"""Hindi risk phrases in Devanagari and romanised Hinglish: suicide, self-harm, hopelessness, abuse.

Devanagari rules cover masculine and feminine forms (चाहता/चाहती, जाऊँगा/जाऊँगी) and the usual
spelling variants: chandrabindu, anusvara or neither (हूँ/हूं/हु); with or without nukta
(ज़हर/जहर: once normalised a nukta is a separate mark, so ``ज{N}`` makes it optional).
Romanised rules cover chat spellings (hu/hoon/hun, nahi/nhi/nahin, chahta/chahata/chata).

Word boundaries: the engine checks "no word character" (``\\w``) once before all rules and after
each, but Devanagari vowel signs and virama (ा ी ं ्) are not ``\\w``: a pattern could start or
end next to one, inside a word. ``_group`` adds that check for the signs, once for each group of
patterns (``\\b`` cannot be used at all: it fails after a vowel sign, so ``\\bमरना\\b`` never
matches).

English words in Hinglish rules ("suicide", "life", "tablets") always come with a Hindi word next
to them ("suicide kar lunga", "suicide ke baare mein soch"), so that English text is not matched:
"suicide" alone is left to the English lexicon.

Hindi puts the negation after the phrase ("मैं आत्महत्या नहीं करूँगा"), where a negation cue
(which must come before) cannot see it: rules built on a bare noun carry ``_NOT_AFTER``, and
gaps inside rules (``_G``) never swallow a negation. Judgements for a reviewer: a bare
"आत्महत्या"/"khudkushi" (no verb) is concern; "मर जाऊँगा" is ideation unless an idiom ("भूख से");
"कल" (yesterday or tomorrow) is not a timing cue; "जब मैं नहीं रहूँगा" (when I am no more) is a
plan, as "after I'm gone" is in English; wishing not to be alive ("काश मैं पैदा ही न होती",
"मेरे बिना सब खुश रहेंगे") is a passive wish, which a time word does not make imminent. To be
reviewed by native-speaking clinicians or crisis-line workers familiar with Hinglish chat.

The patterns of one level and kind are joined into one rule (see ``LEXICON``): the regular
expression engine then picks alternatives by their first letters, several times faster than one
rule per pattern. Matching is unchanged: alternatives are tried in the order written.
"""

from mutual.safety.risk.lexicon import Kind, Level, Lexicon, Rule

_WORD = r"\w\u0900-\u0963\u0966-\u097f"  # letters, signs, digits of both scripts (not ।)
_SIGNS = r"\u0900-\u0903\u093a-\u093c\u093e-\u094f\u0951-\u0957\u0962\u0963\u0970"  # not \w


def _group(*patterns: str) -> str:
    """Join patterns into one, not starting or ending next to a vowel sign (see above)."""
    return rf"(?<![{_SIGNS}])(?:{'|'.join(patterns)})(?![{_SIGNS}])"


def _cues(*patterns: str) -> tuple[str, ...]:
    return (_group(*patterns),)


N = "\u093c?"  # optional nukta
_NA = r"(?:नहीं|नहीँ|नही|नहि|ना|न)"
_CHAH = r"चाह(?:ता|ती|ते|त)"
_FUT = r"[ूु]?[ँं]?(?:गा|गी)"  # करूँगा/करुंगी… after the stem (कर, ल, द)
_JAUN = r"जा(?:ऊ|उ|ओ)[ँं]?"  # जाऊँ जाउं
_ZINDAGI = rf"(?:ज{N}ि(?:ं|न्)दगी|जीवन)"
_KHYAL = rf"(?:ख{N}्?याल|विचार)"
_SUI = rf"(?:आत्महत्या|आत्म-हत्या|ख{N}ुदकुशी|ख{N}ुदखुशी|सुसाइड)"
_NEG = r"(?:नहीं|नहीँ|नही|नहि|ना|न|मत|कभी|nahi|nhi|nahin|na|mat|kabhi)"
_G = rf"(?:(?!{_NEG}\s)\S+ )"  # one word that is not a negation
_NOT_AFTER = rf"(?!(?:\s+[^\s,.!?।;]+){{0,4}}\s+(?:{_NA}|मत|nahi|nhi|nahin|mat)(?![{_WORD}]))"
# Romanised
_RNA = r"(?:nahi|nahin|nahee|nhi|nhin|nai|ni|na)"
_RCHAH = r"ch(?:a|aa)h?a?t(?:a|aa|i|ii|e)"  # chahta chahata chata chahti chaahte
_RMAR = r"m(?:a|aa)?r"  # mar maar mr
_RFUT = r"(?:u|oo|o)n?g(?:a|aa|i|ii|e)"  # unga oongi ogi uga
_RSUI_HI = r"(?:khud ?kh?(?:u|a)?(?:sh|s)(?:i|ee)|a{1,2}tma?h(?:a|aa)t?ya)"  # khudkushi, aatmahatya
_RSUI_EN = r"(?:suicide|suiside|sucide)"  # only with a Hindi word next to it
_RSUI = rf"(?:{_RSUI_EN}|{_RSUI_HI})"
_RZIN = r"(?:zindagi|zindgi|jindagi|jindgi|life)"

_RULES: dict[tuple[Level, Kind], tuple[str, ...]] = {
    # --- imminent: plan or preparations, including indirect ones ---------------------------------
    ("imminent", "plan"): (
        rf"(?:तय|फ{N}ैसला) कर (?:लिया|ली) (?:है )?(?:कि )?(?:\S+ ){{0,3}}?(?:कैसे|कब|कहाँ|कहां) "
        rf"(?:\S+ ){{0,2}}?(?:मर|जान द|{_SUI})\S*",
        r"(?:tay|decide|faisla) kar (?:liya|li) (?:hai )?(?:ki )?(?:\w+ ){0,3}?(?:kaise|kab|kahan) "
        rf"(?:\w+ ){{0,2}}?(?:{_RMAR}\w*|jaan d\w*|{_RSUI})",
        r"(?:यह|ये|आज) (?:मेरी )?(?:आखिरी|आख़िरी|अंतिम|last) रात"
        r"(?! (?:है |हैं )?(?:यहाँ|यहां|इस शहर|होटल|घर|हॉस्टल))",
        r"(?:ye|yeh|aaj|aj) (?:meri )?(?:aakhri|akhri|aakhiri|aakhari|last) raat"
        r"(?! (?:hai |h )?(?:yahan|yaha|is shehar|hotel|ghar|hostel))",
        rf"(?:दुनिया|{_ZINDAGI}) (?:में|का) (?:मेरा )?(?:आखिरी|आख़िरी|अंतिम) दिन",
        rf"(?:सुसाइड|आखिरी|आख़िरी|अंतिम) (?:नोट|ख{N}त|चिट्ठी|पत्र)",
        r"(?:aakhri|akhri|aakhiri) (?:khat|chitthi|chitthiyan|letter)",
        # "when I am no more" (as "after I'm gone" in English), and who looks after the pet then
        r"जब (?:मैं|मै) (?:इस दुनिया में |ज{N}िंदा )?(?:नहीं|नही|ना|न) र(?:हूँ|हूं|हू|हुं|हु)(?:गा|गी)"
        r"(?! (?:घर|ऑफिस|यहाँ|यहां|वहाँ|वहां|कल|शहर|तब तक))",
        r"मेरे मरने के बाद(?! (?:\S+ ){0,3}?(?:बेहतर|खुश|ख़ुश|अच्छ|आराम|सुकून))",
        r"jab (?:main|mai|me) (?:is duniya (?:mein|me) |zinda )?(?:nahi|nhi|na) "
        r"rah?(?:u|oo)n?g(?:a|i)"
        r"(?! (?:ghar|office|yahan|yaha|wahan|waha|kal|shehar|city|tab tak))",
        r"mere marne ke (?:baad|bad)"
        r"(?! (?:\w+ ){0,3}?(?:khush|behtar|better|achh?e|acche|sukoon|aaram))",
        r"(?:जब मैं (?:नहीं|नही|ना|न) र(?:हूँ|हूं|हू|हुं|हु)(?:गा|गी)|मेरे (?:बाद|न रहने पर|"
        rf"ना रहने पर|मरने के बाद))(?:\s+\S+){{0,5}}?\s+(?:{_KHYAL} रख|ध्यान रख|देखभाल|संभाल|"
        r"सम्भाल)\S*",
        r"(?:jab (?:main|mai) (?:nahi|nhi|na) rah?(?:u|oo)n?g(?:a|i)|mere (?:baad|bad|"
        r"na rehne par|marne ke baad))(?: \w+){0,5}? (?:khayal|khyal|khyaal|dhyan|dhyaan) rakh\w*",
        # giving things away "I won't need them"; stockpiling pills
        rf"(?:अपनी|मेरी) (?:सारी )?(?:चीज{N}ें|सामान) (?:\S+ ){{0,2}}?(?:बा[ँं]?ट|दे) \S+"
        rf"(?:\s+\S+){{0,4}}?\s+(?:ज{N}रूरत|जरुरत) {_NA} (?:पड़ेगी|पड़ेगा|पडेगी|रहेगी|होगी)",
        r"(?:गोलियाँ|गोलियां|गोलिया|दवाइयाँ|दवाइयां|दवाई) (?:\S+ ){0,2}?(?:जमा|इकट्ठ|इकठ्ठ)\S* कर",
        r"(?:goliyan|goliya|goli|dawai|dawaiyan|tablets?) (?:\w+ ){0,2}?(?:jama|ikattha|ikatthi|"
        r"collect) kar",
    ),
    # --- imminent: means at hand -----------------------------------------------------------------
    ("imminent", "means"): (
        rf"(?:ज{N}हर|रस्सी|फंदा|फन्दा|फाँसी का फंदा|(?:सारी|बहुत सारी|ढेर सारी|नींद की) "
        r"(?:गोलियाँ|गोलियां|गोलिया)) (?:\S+ ){0,2}?(?:मेरे )?(?:पास|सामने|हाथ में|तैयार|"
        rf"ले आया|ले आई|ख{N}रीद (?:लिया|ली))",
        r"(?:zeher|zehar|zeh?r|jahar|rassi|rasi|fanda|phanda|(?:saari|sari|bahut saari|"
        r"neend ki) (?:goliyan|goliya|goli)) (?:\w+ ){0,2}?(?:mere )?(?:paas|pas|saamne|samne|"
        r"haath mein|taiyar|tayyar|ready|le aaya|le aayi|khareed (?:liya|li))",
        r"(?:कूदने|कूद) (?:वाला|वाली|जा रहा|जा रही)",
        r"(?:kudne|koodne|kud|kood) (?:wala|wali|ja raha|ja rahi)",
        r"(?:पुल|छत|बिल्डिंग) (?:पर|के किनारे) (?:खड़ा|खड़ी|खडा|खडी) (?:हूँ|हूं|हू|हु)",
        r"(?:pul|chhat|chat|building) (?:par|pe|ke kinare) (?:khada|khadi|khara|khari) "
        r"(?:hu|hoon|hun)",
    ),
    # --- imminent: attempt under way or just made ------------------------------------------------
    ("imminent", "attempt"): (
        r"(?:सारी|बहुत सारी|ढेर सारी|पूरी|पूरा|इतनी|\d+|दस|बीस|तीस|पचास) (?:\S+ ){0,2}?(?:गोलियाँ|"
        r"गोलियां|गोलिया|गोली|दवाइयाँ|दवाइयां|दवाई|दवा|टैबलेट|स्ट्रिप|पत्ता|पत्ते|पैकेट) "
        r"(?:\S+ )?(?:खा|निगल) (?:ली|लीं|लिया|लिए)",
        rf"ज{N}हर (?:खा|पी) (?:लिया|ली)|(?:नस|नसें|कलाई) काट (?:ली|लीं|लिया|दी)",
        r"(?:फाँसी|फांसी|फंदा) (?:लगा (?:ली|लिया|रहा|रही)|लगाने जा)",
        r"(?:saari|sari|bahut saari|puri|poori|pura|poora|itni|\d+|das|bees|tees|pachas) "
        r"(?:\w+ ){0,2}?(?:goliyan|goliya|goli|dawai|dawaiyan|tablets?|pills|strip|strips|patta|"
        r"patte|packet) (?:\w+ )?(?:kha|nigal) (?:li|liya|lee|liye|lia)",
        r"ek (?:poori |puri )?(?:strip|patta|packet) (?:\w+ )?(?:goliyan |goli |tablets? )?"
        r"(?:kha|nigal) (?:li|liya|lee|liye|lia)",
        r"overdose (?:le|kar|kr) (?:liya|li|lia)",
        r"(?:zeher|zehar|jahar) (?:kha|pi|pee) (?:liya|li|lia)",
        r"(?:nas|nass|kalai) kaat (?:li|liya|di)",
        r"(?:phansi|fansi|faansi|fanda) (?:laga (?:li|liya|raha|rahi)|lagane ja)",
    ),
    # --- imminent: farewells ---------------------------------------------------------------------
    ("imminent", "farewell"): (
        r"(?:सबको|सब को|सभी को|हमेशा के लिए) (?:\S+ )?अलविदा|अलविदा (?:सबको|हमेशा के लिए)",
        r"(?:sabko|sab ko|sabhi ko|hamesha ke liye|hmesha ke liye) (?:\w+ )?(?:alvida|alwida|bye)",
        r"(?:alvida|alwida) (?:sabko|hamesha ke liye)",
        r"(?:यह|ये) (?:मेरा )?(?:आखिरी|आख़िरी|अंतिम|last) (?:मैसेज|मेसेज|संदेश|message|msg)",
        r"(?:ye|yeh|ya) (?:mera (?:aakhri|akhri|aakhiri|last)|aakhri|akhri|aakhiri) "
        r"(?:message|msg|messege|sandesh)(?! (?:aaj|hai aaj|tha) )",
        r"(?:ye|yeh) last (?:message|msg) (?:hai|h|he)\b(?! (?:aaj|tha) )",
        rf"मेरी मौत (?:का|के) (?:कोई )?(?:ज{N}िम्मेदार|जिम्मेवार|कारण)",
        r"meri (?:maut|mout|mauth) (?:ka|ke) (?:koi )?(?:zimmedar|jimmedar|zimmedaar|jimmedaar|"
        r"responsible)",
    ),
    # --- elevated: wanting to die or to kill oneself ---------------------------------------------
    ("elevated", "ideation"): (
        rf"मर(?:ना|ने|\s*जाना|\s*जाने) (?:ही |बस )?{_CHAH}|मुझे (?:बस )?मरना (?:ही )?है",
        r"मरने (?:का|को) (?:मन|दिल) (?:कर(?:ता|ती| रहा| रही)|है)",
        rf"मर (?:ही )?{_JAUN}(?:गा|गी)|मर {_JAUN} तो (?:अच्छा|बेहतर|ठीक)",
        r"मर जाना (?:ही )?(?:बेहतर|अच्छा)",
        rf"{_RMAR}(?:na|naa|ne|\s?ja+n(?:a|aa|e)) (?:hi |bas )?{_RCHAH}",
        rf"(?:mujhe|muje|mjhe|mujhko) (?:bas )?{_RMAR}(?:na|naa) (?:hi )?h(?:ai|e|h)?",
        rf"{_RMAR}ne (?:ka|ko) (?:mann?|dil) (?:kar(?:ta|ti)|krta|krti|kar raha|kar rahi|hai|h)",
        rf"{_RMAR} (?:hi )?ja+(?:u|oo|o|w)?{_RFUT}",
        rf"{_RMAR} ja+(?:u|oo|o|un|oon) to (?:accha|acha|achha|behtar|thik|theek)",
        # not wanting to live
        rf"जी(?:ना|ने) (?:ही |और )?{_NA} (?:{_CHAH}|है)|जीने (?:का|की) (?:मन|दिल|इच्छा) {_NA}",
        rf"j(?:i|ee|ii|e)(?:na|naa|ne) (?:hi |aur )?{_RNA} (?:{_RCHAH}|h(?:ai|e)?)(?!\w)",
        rf"j(?:i|ee|ii)ne k[aie] (?:mann?|dil|ichha|iccha) {_RNA}",
        # suicide with a first-person verb or a thought
        rf"{_SUI} {_G}?(?:कर (?:ल|द){_FUT}|कर[ूु][ँं]?(?:गा|गी)|करना {_CHAH}|करने (?:का|की|के) "
        rf"{_G}?(?:सोच|मन|{_KHYAL}))",
        rf"{_SUI} (?:के बारे में|का|के|की) {_G}?(?:सोच|{_KHYAL}|ख{N}्?यालात)\S*{_NOT_AFTER}",
        rf"{_RSUI} {_G}?(?:kar|kr) (?:l|d){_RFUT}|{_RSUI} (?:kar|kr)(?:unga|ungi|ugi|uga|oonga)",
        rf"{_RSUI} (?:karna|krna) {_RCHAH}",
        rf"{_RSUI} (?:karne|krne|ke|ka|ki) (?:(?:bare|baare|bre) (?:me|mein|mai|main) )?"
        rf"{_G}?(?:soch|khayal|khyal|khyaal|vichar|mann?)\w*{_NOT_AFTER}",
        r"suicidal (?:feel (?:kar|kr|ho)|lag (?:raha|rahi|rha|rhi)|lagta|lagti|mehsoos|mehsus|"
        r"ho (?:raha|rahi|rha|rhi|gaya|gayi|gya|gyi))\w*",
        # giving up one's life, killing or ending oneself
        rf"(?:अपनी )?जान (?:दे|ले) (?:द|ल){_FUT}|(?:अपनी )?जान (?:देना|लेना) {_CHAH}",
        rf"(?:ख{N}ुद|अपने आप|अपने आपको) (?:को )?(?:मार|ख{N}त्म कर) (?:द|ल|डाल){_FUT}",
        rf"(?:ख{N}ुद|अपने आप) को (?:मारना|ख{N}त्म करना) {_CHAH}",
        rf"(?:सब (?:कुछ )?|{_ZINDAGI} )ख{N}त्म कर (?:द|ल){_FUT}",
        rf"(?:{_ZINDAGI}|सब कुछ) ख{N}त्म करना {_CHAH}",
        rf"(?:apni )?ja+n (?:de|le) (?:d|l){_RFUT}|(?:apni )?ja+n (?:dena|lena) {_RCHAH}",
        rf"(?:khud|apne aap|apne ap|khudko) ?(?:ko )?(?:{_RMAR}|khatam|khatm|khtm) (?:kar |kr )?"
        rf"(?:d|l|dal|daal){_RFUT}",
        rf"(?:khud|apne aap) ko (?:{_RMAR}na|khatam karna|khatm krna) {_RCHAH}",
        rf"(?:sab (?:kuch )?|{_RZIN} )(?:khatam|khatm|khtm|khtam|end) (?:kar|kr) (?:d|l){_RFUT}",
        rf"{_RZIN} (?:khatam|khatm|end) (?:karna|krna) {_RCHAH}",
        # thinking about dying
        rf"(?:मरने|जान देने|ख{N}ुद को मारने) (?:के बारे में|की|का|के) {_G}?(?:सोच|{_KHYAL})\S*"
        rf"{_NOT_AFTER}",
        r"(?:marne|jaan dene) (?:ke (?:bare|baare|bre) (?:me|mein|mai|main)|ka|ke|ki) "
        rf"{_G}?(?:soch|khayal|khyal|khyaal|vichar)\w*{_NOT_AFTER}",
    ),
    # --- elevated: wishing not to be alive (a time word does not make it imminent) -----------
    ("elevated", "passive_wish"): (
        rf"काश (?:मैं |मै )?(?:मर {_JAUN}|मर जाता|मर जाती|पैदा (?:ही )?{_NA}|कभी पैदा|"
        rf"सो {_JAUN}? ?और)",
        r"(?:ka+sh|kash) (?:main |mai |me )?(?:mar ja\w*|paida (?:hi )?(?:na|nahi)|kabhi paida|"
        r"so ja\w* aur)",
        rf"सो (?:{_JAUN}|जाना|जाता|जाती) (?:और |फिर |और फिर )(?:कभी )?(?:{_NA} )(?:उठ|जाग)\S*",
        r"so (?:ja+u|jaun|jaoon|jana|jaana|jata|jati) (?:aur |phir |fir |aur (?:phir|fir) )"
        r"(?:kabhi )?(?:na|nahi|nhi) (?:uth|jaag|jag)\w*",
        r"हमेशा के लिए सो (?:जाना|जाऊँ|जाऊं|जाउं)|(?:hamesha|hmesha) ke liye so (?:jana|jaana|jaun|jau)",
        r"मेरे (?:बिना|जाने के बाद|न रहने से|ना रहने से|मरने से|मरने के बाद) (?:\S+ ){0,3}?"
        r"(?:बेहतर|खुश|ख़ुश|अच्छ|आराम|सुकून)",
        r"mere (?:bina|jaane ke baad|na rehne se|marne ke baad|marne se) (?:\w+ ){0,3}?(?:khush|"
        r"behtar|better|achhe|acche|sukoon|aaram)",
    ),
    # --- elevated: hurting oneself now -----------------------------------------------------------
    ("elevated", "self_harm"): (
        rf"(?:ख{N}ुद|अपने आप|अपने आपको) (?:को )?(?:\S+ )?(?:चोट|नुकसान|नुक{N}सान|तकलीफ{N}|दर्द) "
        rf"(?:पहु[ँं]?च|दे|देत|दी|दिया)\S*{_NOT_AFTER}",
        r"ब्लेड से (?:\S+ ){0,2}?(?:काट|कट|काटा|काटी)\S*",
        r"(?:हाथ|बाजू|बाँह|बांह|जांघ) (?:फिर से )?(?:काट|काटी|काटा|काटे) (?:ली|लिया|लिए|दिया|लेता|लेती)",
        r"(?:khud|apne aap|apne ap|khudko) ?(?:ko )?(?:\w+ )?(?:chot|nuksan|nuksaan|hurt|dard|"
        rf"takleef) (?:pahuch|pohch|pahunch|de|kar|kr)\w*{_NOT_AFTER}",
        r"blade se (?:\w+ ){0,2}?(?:kaat|kat)\w*|self ?harm (?:kar|kr|kiya|kiyaa)\w*",
        r"(?:haath|hath|baazu|bazu) (?:phir se |fir se )?kaat (?:li|liya|liye|leta|leti|diya)",
    ),
    # --- concern: a bare mention of suicide (who and what is unclear) ----------------------------
    ("concern", "ideation"): (
        rf"{_SUI}{_NOT_AFTER}",
        rf"{_RSUI_HI}{_NOT_AFTER}",
        rf"{_RSUI_EN} (?:(?:try|attempt) )?(?:ka|ke|ki|kiya|kia|kiyaa|(?:kar|kr)\w*|wala|wali|wale|"
        rf"jaisa|jaisi|mein)(?!\w){_NOT_AFTER}",
        r"(?:maine|mene|usne|unhone|humne|tumne|mujhe|mjhe|usko|unko) "
        rf"(?:\w+ )?{_RSUI_EN}{_NOT_AFTER}",
    ),
    # --- concern: hopelessness, burden, no way out -----------------------------------------------
    ("concern", "hopeless"): (
        rf"(?:अब )?(?:और )?{_NA} (?:सह|सहन कर|झेल|बर्दाश्त कर) (?:सकता|सकती|पाता|पाती|पा रहा|"
        r"पा रही)",
        rf"बर्दाश्त {_NA} (?:होता|हो रहा|होती|हो रही)",
        rf"(?:{_ZINDAGI}|जीने|सब) से थक (?:गया|गई|गयी|चुका|चुकी)",
        rf"(?:{_ZINDAGI}|जीने) (?:का|में) (?:कोई )?(?:मतलब|मक{N}सद|अर्थ|फ{N}ायदा) {_NA}",
        rf"(?:अब )?कोई (?:उम्मीद|आशा|रास्ता) {_NA} (?:बची|रही|है|दिखता|दिख रहा)",
        r"(?:मैं|मै) (?:\S+ ){0,3}?(?:बोझ|बोज) (?:ह[ूु][ँं]?|बन (?:गया|गई|गयी))",
        r"(?:सब|सबके|घरवालों|परिवार) (?:पर|के लिए) (?:एक )?बोझ",
        r"(?:ab )?(?:aur )?(?:nahi|nhi|nahin) (?:seh|sah|sehen kar|jhel|bardasht kar|"
        r"bardasht kr) (?:sakta|sakti|skta|skti|pata|pati|pa raha|pa rahi)",
        r"bardasht (?:nahi|nhi) (?:hota|ho raha|hoti)",
        rf"(?:{_RZIN}|jeene|jine|sab) se thak (?:gaya|gayi|gya|gyi|chuka|chuki)",
        r"(?:ab|ab to|jeene ka|jine ka|zindagi ka|zindgi ka|mere jeene ka|mere hone ka) koi "
        r"(?:fayda|faida|fyda|faayda|matlab|mtlb|maksad|umeed|ummeed) (?:nahi|nhi|nahin)",
        r"(?:main|mai) (?:\w+ ){0,3}?(?:bojh|boj|burden) (?:hu|hoon|hun|ban gaya|ban gayi)",
        r"(?:sab|sabke|gharwalon|family) (?:par|pe|ke liye) (?:ek )?(?:bojh|boj|burden)",
        r"(?:koi )?(?:umeed|ummeed|ummid|asha|rasta) (?:nahi|nhi) (?:bachi|rahi|dikhta)",
    ),
    # --- concern: being harmed at home -----------------------------------------------------------
    ("concern", "harm_by_others"): (
        r"(?:पति|पत्नी|बीवी|सौतेले पिता|सौतेला बाप|पापा|पिताजी|पिता|बाप|मम्मी|माँ|मां|भाई|ससुर|सास|"
        r"जेठ|देवर|चाचा|मामा|बॉयफ्रेंड|ससुराल वाले|घरवाले|घर वाले) (?:\S+ ){0,3}?(?:मारत(?:ा|ी|े)|"
        r"मार(?:ा|ते|ता|ती) है|पीट(?:ता|ती|ते|ा)|हाथ उठा\S*|धमकी दे\S*|धमका\S*)",
        r"(?:उसने|उन्होंने) (?:फिर )?मुझे (?:मारा|पीटा)|(?:usne|unhone) (?:phir |fir )?mujhe "
        r"(?:maara|mara|peeta|pita)|मुझे (?:\S+ ){0,2}?(?:मारत|पीटत|पीट)\S*|"
        r"घरेलू हिंसा (?:हो रही|का शिकार|सह रही|झेल रही)",
        # in the past: "पापा ने फिर मारा", "papa ne phir maara aaj"
        r"(?:पति|पत्नी|बीवी|पापा|पिताजी|पिता|बाप|मम्मी|माँ|मां|भाई|ससुर|सास|जेठ|देवर|चाचा|मामा|"
        r"बॉयफ्रेंड) ने (?:(?:मुझे|मुझको|हमें|मम्मी को|माँ को|मां को|फिर|फिर से|आज|"
        r"कल|कल रात|बहुत|ज{N}ोर से|बुरी तरह|दोबारा) ){0,3}(?:मारा|मारी|पीटा|पीटी|थप्पड़ मारा|"
        r"थप्पड मारा|हाथ उठाया|धक्का दिया|धमकी दी|धमकाया|गला दबाया)",
        r"(?:pati|husband|hubby|papa|pitaji|baap|dad|mummy|mumma|maa|bhai|sasur|saas|boyfriend|"
        r"bf) ne (?:(?:mujhe|mujhko|hume|humein|mummy ko|maa ko|phir|fir|phir se|"
        r"fir se|aaj|kal|kal raat|bahut|bohot|zor se|jor se|buri tarah|dobara) ){0,3}(?:maara|mara|"
        r"maari|mari|peeta|pita|peeti|piti|pitai ki|thappad (?:maara|mara|maari)|haath uthaya|"
        r"dhakka diya|dhamki di|dhamkaya|gala dabaya)",
        r"(?:pati|husband|hubby|papa|pitaji|baap|dad|mummy|mumma|maa|bhai|sasur|saas|boyfriend|"
        r"bf) (?:\w+ ){0,3}?(?:maar|peet|pit)(?:ta|ti|te) (?:h(?:ai|e|ain|n)?)",
        r"(?:pati|husband|papa|baap|sasur|bf) (?:\w+ ){0,3}?(?:haath utha|dhamki de|dhamkata)\w*",
        r"mujhe (?:\w+ ){0,2}?(?:maarte|peet|pitte|marte) h\w*|ghar(?:elu|ellu)? hinsa",
    ),
}

# Broader families, second pass: methods named in context (poison, gas, a rope tied, a high
# place, pills taken in quantity), preparations, self-harm by other means than cutting, and
# wishes to die by accident or illness. Merged into ``_RULES`` below.
_POISON = (
    rf"(?:pesticide|keetnashak|kitnashak|keetnaashak|phenyl|phenyle|finail|toilet cleaner|harpic|"
    rf"sulphas|sulfas|celphos|acid|tezaab|tejab|chuhe (?:maarne|marne|mar) (?:wali|ki) dawa\w*|"
    rf"rat ?kill\w*|कीटनाशक|पेस्टिसाइड|फिनाइल|फ{N}िनाइल|टॉयलेट क्लीनर|सल्फास|तेज{N}ाब|"
    rf"(?:चूहे|कीड़े|कीडे) मारने (?:की|वाली) दवा\S*)"
)
_PILLW = (
    r"(?:goliyan|goliya|goli|pills?|tablets?|crocin|paracetamol|antidepressants?|dawai|"
    r"dawaiyan|medicines?|insulin|lithium|sleeping pills|गोलियाँ|गोलियां|गोलिया|गोली|दवाइयाँ|"
    r"दवाइयां|दवाई|इंसुलिन|टैबलेट)"
)
_TAKE_PAST = r"(?:li|lii|liya|lia|lee|liye|lin|ली|लीं|लिया|लिए)"
_TAKE_FUT = r"(?:lunga|lungi|loonga|loongi|lugi|luga|लूँगा|लूंगा|लूँगी|लूंगी|लूगा|लूगी)"
_EDGE = (  # a bridge, a railway line, an edge: being there is enough
    r"(?:railing|bridge|pul|flyover|track|railway track|patri|ghat|kinare|munder|रेलिंग|पुल|ब्रिज|"
    r"ट्रैक|पटरी|घाट|किनारे|मुंडेर)"
)
_HIGH = rf"(?:chhat|chat|terrace|building|khidki|balcony|छत|टेरेस|खिड़की|बालकनी|{_EDGE})"
_BE_THERE = (
    r"(?:hoon|hu|hun|hoo|baitha|baithi|khada|khadi|khara|khari|हूँ|हूं|हू|बैठा|बैठी|खड़ा|खड़ी|"
    r"खडा|खडी)"
)
_MORE: dict[tuple[Level, Kind], tuple[str, ...]] = {
    ("imminent", "plan"): (
        r"(?:decide|tay|faisla) kar (?:liya|li|lia) (?:hai|h)?,? ?(?:samjhana|rokna) mat",
        rf"(?:decide|tay|faisla) kar (?:liya|li|lia)\b[^.!?।]{{0,40}}?(?:{_RSUI}|{_RMAR}\w*|"
        r"kood|kud|jaan d)",
        # affairs in order: wills, debts, passwords, letters left behind
        r"(?:वसीयत|vasiyat|wasiyat|vasiyat|apni will|meri will) (?:\S+ ){0,4}?(?:लिख|likh)\S*",
        r"(?:सबका|sabka|saara|सारा) (?:उधार|udhaar|udhar|karz|karza|क़?र्ज़?ा?) (?:\S+ )?"
        r"(?:चुका|chuka|clear|bhar)\S*",
        r"(?:password|passwords|पासवर्ड|pin|atm card)\S*.{0,100}?(?:baad mein|बाद में|"
        r"mere baad|मेरे बाद|band kar dena|kaam aayega|काम आएगा|संभाल लेगी|sambhal legi|lifafe)",
        r"(?:letter|chitthi|chithi|चिट्ठी|ख़?त|पत्र) (?:\S+ ){0,2}?(?:likh|लिख)\S* (?:ke|kar|के|कर) "
        r"(?:\S+ ){0,4}?(?:rakh|chhod|रख|छोड़)\S*",
        r"(?:har|हर) (?:\S+ ){0,3}?(?:ke liye|के लिए) (?:ek )?(?:letter|chitthi|चिट्ठी|ख़?त)",
        r"(?:चिट्ठी|chitthi|letter) (?:\S+ ){0,5}?(?:के नीचे|ke neeche|में है|mein hai|पे है|pe hai)",
        # giving things away "I won't need them"
        r"(?:ko |को )?(?:de|bant|baant|daan kar|transfer kar|दे|बाँट|बांट|दान कर)\S* (?:\S+ )?"
        r"(?:diye|di|diya|dii|दिए|दी|दिया|दीं)[^.!?।]{0,80}?(?:(?:zarurat|zaroorat|jarurat|ज़?रूरत|जरुरत) "
        r"(?:nahi|नहीं) (?:padegi|padega|पड़ेगी|पडेगी|rahegi|रहेगी)|"
        r"kaam ki nahi|किसी काम की नहीं|काम की नहीं|kabhi login nahi|"
        r"कुछ बचा नहीं|adhura nahi|अधूरा नहीं|koi tension nahi|कोई टेंशन नहीं|ek kaam bacha)",
        r"(?:कपड़े|kapde|kapre|किताबें|kitaben|saman|samaan|सामान|चीज़ें|cheezein|cheezen) (?:\S+ )?"
        r"(?:बाँट|बांट|baant|bant) (?:दिए|दी|diye|di)",
        r"(?:कोई|koi|मुझे|mujhe) (?:मत रोकना|mat rokna)|(?:rokna|रोकना) (?:mat|मत)(?=\s*(?:$|[,.!?।]))",
        r"(?:ab|अब) (?:mera |मेरा )?(?:kuch|कुछ) (?:adhura|अधूरा|bacha|बचा) (?:nahi|नहीं)",
        r"(?:main|mai|मैं|मै) (?:ab |अब )?(?:nahi|nhi|नहीं|नही) (?:rah?(?:u|oo)n?g(?:a|i)|"
        r"र(?:हूँ|हूं|हू|हुं|हु)(?:गा|गी))(?=\s*(?:$|[,.!?।]))",
        r"(?:हमेशा के लिए|hamesha ke liye|hmesha ke liye) (?:रख लो|rakh lo|rakh lena|रख लेना)",
        r"(?:मुझसे|mujhse|mujhe|मुझे) (?:कुछ |kuch )?(?:मत पूछना|mat poochna|mat puchna|"
        r"dhundhna mat|dhoondhna mat|dhundna mat|ढूँढना मत|ढूंढना मत|मत ढूँढना)",
        r"(?:bas|बस|sab ?ke|सबके|सब के|unke|उनके) (?:\S+ ){0,2}?(?:sone|jaane|bahar jaane|nikalne|"
        r"andhera hone|सोने|जाने|बाहर जाने|अंधेरा होने) (?:ka|का) (?:wait|intezaar|intezar|"
        r"इंतज़?ार)",
        r"(?:सब|sab) (?:इंतज़?ाम|intezaam|intezam|set|सेट|तैयारी|taiyari) (?:हो गया|ho gaya|"
        r"कर दिया|kar diya|कर दी|kar di)(?: (?:है|hai))?(?=\s*(?:$|[,.!?।]))",
        r"(?:आज रात|aaj raat|aj raat) (?:sab|सब) (?:ek saath|एक साथ)|(?:aaj raat|आज रात) (?:khatam|"
        r"ख़?त्म)|(?:आज|aaj) (?:ख़?त्म|khatam)(?=\s*(?:$|[,.!?।]))",
        rf"(?:{_HIGH}) (?:\S+ ){{0,4}}?(?:से )?(?:कूद|kood|kud)\S*(?:ूँगा|ूंगा|ूँगी|ूंगी| jaunga| "
        r"jaungi|unga|ungi| जाऊँगा| जाऊंगा| जाऊँगी)",
    ),
    ("imminent", "means"): (
        rf"{_POISON} (?:\S+ ){{0,5}}?(?:le aaya|le aayi|le aya|le ayi|kharid|khareed|rakh li|"
        r"nikaal|nikal|ले आया|ले आई|ले आयी|खरीद|रख ली|रखी है|निकाल)\S*",
        rf"(?:{_EDGE}) (?:\S+ ){{0,2}}?(?:pe|par|pr|ke paas|के पास|पे|पर|ke kinare|के किनारे) "
        rf"(?:\S+ )?{_BE_THERE}",
        rf"(?:{_EDGE})\s+(?:\S+\s+)?{_BE_THERE}",
        # a roof or a window: with no one around, or looking down
        rf"(?:{_HIGH}) (?:\S+ ){{0,2}}?(?:pe|par|pr|पे|पर) (?:\S+ )?{_BE_THERE}.{{0,50}}?(?:koi "
        r"(?:\S+ )?(?:nahi|nhi)|कोई (?:\S+ )?नहीं|neeche|नीचे|kood|कूद|is baar|इस बार)",
        r"(?:garage|गैराज)\S*.{0,60}?(?:engine on|इंजन|गाड़ी स्टार्ट|gaadi start|shutter "
        r"down|शटर गिरा)",
        r"(?:gas|गैस|सिलेंडर|cylinder)\S* (?:\S+ ){0,2}?(?:khol|खोल)\S* (?:\S+ )?(?:di|diya|दी|दिया)"
        r"\S*.{0,60}?(?:band|बंद)",
        r"(?:अंगीठी|angithi|koyla|कोयला)\S*.{0,60}?(?:band|बंद)|(?:band|बंद)\S*.{0,60}?"
        r"(?:अंगीठी|angithi) (?:जला|jala)\S*",
        r"(?:dupatta|rassi|belt|chunni|saree|sari|दुपट्टा|रस्सी|बेल्ट|चुन्नी|साड़ी|फंदा) (?:\S+ ){0,4}?"
        r"(?:baandh|bandh|बांध|बाँध|बाँधी|बांधी)\S*",
        r"(?:pistol|revolver|bandook|bandooq|katta|पिस्तौल|पिस्टल|रिवॉल्वर|बंदूक)\b.{0,60}?(?:nikaal|"
        r"nikal|godi mein|haath mein|निकाल|हाथ में|pata hai|पता है|goliyon ke saath)",
        r"(?:chaaku|chaku|चाकू|knife|blade|ब्लेड) (?:\S+ ){0,2}?(?:haath mein|हाथ में)|(?:chaaku|"
        r"chaku|चाकू|knife) (?:le ?ke|lekar|लेके|लेकर) (?:\S+ ){0,3}?(?:room|kamre|कमरे|bathroom)",
        rf"{_PILLW}\S* (?:\S+ ){{0,3}}?(?:haath mein|हाथ में|saath (?:hain|laaya|layi|lai)|साथ "
        r"(?:लाया|लाई|हैं))",
    ),
    ("imminent", "attempt"): (
        rf"{_POISON} (?:\S+ ){{0,4}}?(?:pee|pi|piya|kha|पी|पिया|खा) (?:{_TAKE_PAST}|{_TAKE_FUT})",
        rf"(?:\d{{2,}}|saari|sari|sab|poori|puri|pura|bachi hui|सारी|सब|पूरी|पूरा|मुट्ठी भर) "
        rf"(?:\S+ ){{0,3}}?{_PILLW}\S* (?:\S+ ){{0,4}}?(?:kha|nigal|le|laga|खा|निगल|ले|लगा) "
        rf"(?:{_TAKE_PAST}|{_TAKE_FUT})",
        rf"{_PILLW}\S* (?:ki |की |ke |के )?(?:poori|puri|पूरी) (?:bottle|strip|patta|शीशी|बोतल|"
        r"स्ट्रिप) (?:\S+ )?(?:kha|खा)\S*",
        r"(?:jo|जो) (?:tha|thi|था|थी) (?:sab|सब) (?:kha|खा) (?:liya|li|lia|लिया|ली)",
        rf"{_PILLW}\S* (?:\S+ ){{0,2}}?(?:saari|sari|sab|सारी|सब) (?:kha|खा|le|ले|nigal|निगल) "
        rf"(?:{_TAKE_PAST}|{_TAKE_FUT})",
        rf"(?:sab|सब) (?:kha|खा) {_TAKE_FUT}|(?:ek saath|एक साथ) (?:sab |सब )?(?:le|kha|laga|ले|खा|लगा) "
        rf"{_TAKE_FUT}",
        rf"(?:daaru|daru|sharab|alcohol|दारू|शराब) (?:ke saath|के साथ) (?:\S+ )?{_PILLW}\S* "
        rf"(?:le|kha|ले|खा) {_TAKE_PAST}",
        r"(?:khoon|khun|खून|ख़?ून) (?:ruk|रुक) (?:hi )?(?:nahi|nhi|नहीं|नही) (?:raha|rha|रहा)",
        r"(?:गहरा|gehra|gahra|deep) (?:\S+ )?(?:काट|kaat|cut)\S*",
        r"(?:wrist|kalai|कलाई|nas|नस) (?:\S+ )?(?:kaat|काट) (?:li|liya|lia|ली|लिया|di|दी)",
    ),
    ("imminent", "farewell"): (
        r"(?:आखिरी|आख़?िरी|अंतिम|last|aakhri|akhri|aakhiri) (?:session|सेशन)"
        r"(?! (?:is|iss|इस) (?:mahine|hafte|saal|महीने|हफ्ते))",
        r"(?:sabse|सबसे|sabko|सबको) (?:alvida|alwida|अलविदा) (?:keh|kah|कह) (?:diya|di|दिया|दी)",
        r"(?:alvida|alwida|अलविदा)(?=\s*(?:$|[.!।]))",
        r"(?:सबसे|sabse) माफ़?ी (?:माँग|मांग) (?:ली|लिया)|sabse maafi (?:maang|mang) (?:li|liya)",
    ),
    ("elevated", "ideation"): (
        r"(?:hamesha|hmesha|हमेशा) (?:ke liye|के लिए) (?:so|सो) (?:jaunga|jaungi|jaaunga|jaaungi|"
        r"जाऊँगा|जाऊंगा|जाऊँगी|जाऊंगी)",
        r"(?:ख़?ुद|अपने आप) को (?:मारने|ख़?त्म करने) (?:वाला|वाली)|(?:khud|apne aap) ko "
        r"(?:marne|maarne|khatam karne) (?:wala|wali)",
        rf"मर (?:ही )?{_JAUN}(?=\s|$|[,.!?।])",
        r"m(?:a|aa)r (?:hi )?ja+(?:u|oo|w)n?(?=\s|$|[,.!?])",
        r"(?:कूद|kood|kud) (?:jaun|jaaun|jaau|jau|जाऊँ|जाऊं|jaane|जाने|jaaun toh|ja)(?:\s+(?:ka|का) "
        r"(?:khayal|khyal|ख़?्?याल|mann|man|मन))?",
        r"(?:कूदूँगा|कूदूंगा|कूदूँगी|koodunga|kudunga|koodungi|kudungi|kood jaunga|kud jaunga|"
        r"kood jaungi|कूद जाऊँगा|कूद जाऊंगा|कूद जाऊँगी)",
        r"(?:मरने|marne) (?:ke|के) (?:alawa|alava|siva|सिवा|अलावा)",
        rf"(?:{_SUI}|{_RSUI}|मरने|marne)\S* (?:ka|का|ke|के) (?:khayal|khyal|ख{N}्?याल|vichar|"
        r"विचार|thoughts?) (?:\S+ ){0,2}?(?:दिमाग|dimaag|dimag|मन|mann|सिर|sar) (?:से|se) "
        r"(?:(?:\S+ )?(?:नहीं|nahi|nhi) (?:जा|jaa|ja|जाता|jaata|jata|निकल|nikal)\S*|(?:जा|jaa|ja|"
        r"जाता|jaata|jata|jaati|जाती|निकल|nikal)\S* (?:hi |ही )?(?:नहीं|nahi|nhi))",
        rf"{_RSUI_EN} (?:के बारे में|का|की|के) {_G}?(?:सोच|{_KHYAL})\S*",
        r"(?:zinda|jinda|ज़?िंदा) (?:nahi|nhi|नहीं|नही) (?:rehna|rahna|रहना)",
        r"(?:सब|sab) (?:कुछ |kuch )?(?:ख़?त्म|khatam|khatm) (?:कर |kar )?(?:देने|dene|करने|karne) "
        r"(?:का|ka) (?:मन|mann|man|dil|दिल)",
        r"(?:chupchaap|चुपचाप|hamesha ke liye|हमेशा के लिए|aaj raat|आज रात) (?:chala|chali|चला|चली) "
        r"(?:jaun|jaaun|jaunga|jaungi|जाऊँ|जाऊं|जाऊँगा|जाऊंगा|जाऊँगी)",
    ),
    ("elevated", "passive_wish"): (
        r"(?:truck|gaadi|gadi|car|bus|गाड़ी|गाडी|ट्रक|बस) (?:\S+ ){0,2}?(?:thok|ठोक|takkar maar|"
        r"टक्कर मार|kuchal|कुचल)\S* (?:de|dega|दे|दें|jaye|jaaye|जाए)",
        r"(?:flight|plane|जहाज़??|फ्लाइट) (?:\S+ )?crash ho (?:jaye|jaaye|jae)|(?:फ्लाइट|प्लेन) "
        r"क्रैश हो जाए",
        r"(?:bimari|beemari|बीमारी) (?:ho jaye|ho jaaye|हो जाए) (?:\S+ ){0,2}?(?:aur|और) (?:sab |सब |"
        r"main |मैं )?(?:khatam|ख़?त्म|chala|chali|चला|चली)",
        r"(?:bhagwan|bhgwan|भगवान|upar wala|ऊपर वाला|ishwar|ईश्वर) (?:\S+ ){0,2}?(?:utha le|उठा ले)",
        r"(?:मेरे लिए |mere liye )?(?:सुबह|subah) (?:ना|न|na|nahi) (?:हो|ho)(?=\s|$|[,.!?।])",
        r"(?:aankh|ankh|आँख|आंख) (?:ही |hi )?(?:ना|न|na|nahi) (?:खुले|khule)",
        r"(?:निराशा|disappointment|dukh|afsos|अफ़?सोस) (?:होती|hota|hoti|होता) (?:है|hai) (?:कि|ki) "
        r"(?:अभी भी|abhi bhi|abhi tak) (?:ज़?िंदा|zinda)",
        r"(?:बचा|bacha) (?:न|ना|nahi|na) (?:लिया|liya) (?:होता|hota)",
        r"(?:jeene|jine|जीने) (?:layak|laayak|लायक) (?:hi |ही )?(?:nahi|nhi|नहीं)",
        r"(?:gayab|gaayab|ग़?ायब) (?:ho |हो )?(?:jaana|jana|jaun|jaaun|jaau|जाना|जाऊँ|जाऊं)\S*"
        r"(?: (?:chahta|chahti|चाहता|चाहती|hai|है)\S*)?(?: (?:hu|hoon|हूँ))? (?:is duniya se|इस दुनिया से|"
        r"duniya se|दुनिया से)|(?:hamesha ke liye|हमेशा के लिए) (?:gayab|gaayab|ग़?ायब)"
        r"|(?:ग़?ायब|gayab) हो जाना है",
        r"(?:main|मैं|mai) (?:na|nahi|न|ना) (?:rahu|rahun|rahoon|रहूँ|रहूं) (?:to|toh|तो)",
        r"मेरे बिना (?:\S+ ){0,3}?(?:सुखी|relax)|mere bina (?:\w+ ){0,3}?(?:sukhi|relax)",
        r"(?:ko )?(?:koi )?(?:farak|fark|फ़?र्क|फरक) (?:nahi|नहीं) (?:padega|पड़ेगा|पडेगा)"
        r"(?= (?:agar|अगर) (?:main|मैं) (?:mar|मर))",
    ),
    ("elevated", "self_harm"): (
        r"(?:compass|compas|कंपास|blade|ब्लेड|nakhoon\S*|nakhun\S*|नाखून\S*|lighter|लाइटर|cigarette|"
        r"सिगरेट|straightener|geometry)\s+(?:से|se)\s+(?:\S+ ){0,3}?(?:khurach|kaat|kat|jala|"
        r"chubh|खुरच|काट|कट|जला|चुभा|चला|chala|cut)\S*",
        r"(?:haath|hath|baanh|banh|bazu|jaangh|thigh|thighs|wrist|कलाई|हाथ|बाँह|बांह|जांघ|जाँघ) "
        r"(?:pe|par|पे|पर) (?:\S+ )?(?:cut|कट)\S*",
        r"(?:haath|hath|हाथ|wrist) (?:\S+ )?(?:kaata|kaati|काटा|काटी|नोच|noch)\S*",
        r"(?:thighs?|jaangh|जांघ|जाँघ) (?:pe|par|पे|पर) (?:cut|कट) (?:kar|lag|कर|लग)\S*",
        r"(?:sar|sir|सर|सिर) (?:\S+ ){0,1}?(?:deewar|diwar|दीवार|wall) (?:pe|par|पे|पर|में|mein) "
        r"(?:maar|मार)\S*|(?:दीवार|deewar|diwar) (?:pe|पे|पर|par) (?:सिर|सर|sar|sir) (?:मार|maar)\S*",
        r"(?:deewar|diwar|दीवार) (?:pe|par|पे|पर) (?:\S+ ){0,2}?(?:mukke|मुक्के) (?:maare|मारे)",
        rf"(?:khud|ख{N}ुद|apne aap) (?:ko|को) (?:\S+ )?(?:jala|जला|kaat|काट|thappad|थप्पड़|chubha|"
        rf"चुभा|sazaa?|सज{N}ा|hurt)\S*{_NOT_AFTER}",
        r"(?:चुटकी|chikoti|chutki) (?:\S+ )?(?:काटी|kaat)\S*|(?:पपड़ी|papdi|zakhm|जख्म|ज़?ख्म) "
        r"(?:\S+ ){0,2}?(?:उखाड़|ukhad|ukhaad)\S*|(?:baal|बाल) (?:kheench|खींच)\S* (?:kheench|खींच)",
        r"(?:जानबूझ|jaanbujh|jaanbooj|jaan bujh)\S* (?:\S+ )?(?:कर |ke |kar )?(?:खाना|khana) "
        r"(?:नहीं|nahi) (?:खाया|khaya)|खाना छोड़ (?:रही|रहा)",
        r"(?:khud ko|ख़?ुद को) (?:\S+ )?(?:काटने|katne|kaatne|jalane|जलाने) (?:का|ka) (?:मन|mann)",
        r"(?:jalane|जलाने|kaatne|काटने) (?:ka|का) (?:mann|मन)|(?:haath|हाथ) (?:jalane|जलाने) "
        r"(?:lagi|laga|लगी|लगा)",
        r"(?:phir se|fir se|फिर से|aaj phir|आज फिर) (?:\S+ ){0,2}?(?:kaat liya|kaata|काट लिया|काटा|"
        r"hurt kiya|cut)",
        r"blade (?:uthaya|chalaya|chalati|chalata)|ब्लेड (?:चलाती|चलाता|उठाया)",
        r"(?:cut|kat) (?:karti|karta|करती|करता) (?:hoon|hu|हूँ)",
    ),
}

# Third pass: a grid of first-person intent forms × methods, so that plain statements by any
# writer match ("aaj raat phansi laga lunga", "ज़हर खा लूँगी"), not only the phrasings seen so
# far. Intent: the future in -unga/-ungi (both genders; lunga/dunga/jaunga), "leta hoon"
# (about to), "lena hai" (have to). Methods: hanging, poison, pills in quantity, cutting the
# veins, jumping or lying under a train, drowning, gas, fire, a gun. A time or the means in
# the message makes these imminent (``timing``, ``means``); weak signs ("tay kar liya hai",
# "sabka shukriya", "kisi ki galti nahi") count only next to one of them or to each other.
_RAUX = (  # romanised: "laga lunga", "kaat dungi", "latak jaunga", "laga leta hoon", "lena hai"
    r"(?:(?:l|d)(?:u|oo)n?g(?:a|aa|i|ii|e)|ja+(?:u|oo|w)?n?g(?:a|i)|(?:le|de)t(?:a|i) "
    r"(?:hoon|hu|hun|h)|(?:lena|dena|jana|jaana|lagani|lagana) (?:hai|h|he))(?!\w)"
)
_DAUX = (  # Devanagari: लूँगा/लूंगी, दूँगा, जाऊँगा/जाउंगी, लेता हूँ, लेना है
    r"(?:(?:ल|द)[ूु][ँं]?(?:गा|गी)|जा(?:ऊ|उ)[ँं]?(?:गा|गी)|(?:ले|दे)(?:ता|ती) (?:हूँ|हूं|हू)|"
    r"(?:लेना|देना|जाना|लगानी|लगाना) है)"
)
_RSELF = r"(?:khud|khudko|apne aap|apne ap|apne aapko|apne ko|khud hi)(?: ko)?"
_DSELF = rf"(?:ख{N}ुद|अपने आप|अपने आपको|अपने को)(?: को)?"
_RHANG = r"(?:phansi|fansi|faansi|phaansi|phanda|fanda|fandaa)"
_RTRAIN = r"(?:train|tren|rail|truck|trak|bus|gaadi|gadi|metro)"
_DTRAIN = r"(?:ट्रेन|रेल|ट्रक|बस|गाड़ी|गाडी|मेट्रो)"
_RWATER = (
    r"(?:nadi|nahar|samundar|samudra|talab|taalab|kuan|kuein|kuyen|darya|jheel|river|sea|lake)"
)
_DWATER = r"(?:नदी|नहर|समुद्र|समंदर|तालाब|कुएँ|कुएं|कुआँ|झील|दरिया)"
_GRID: dict[tuple[Level, Kind], tuple[str, ...]] = {
    ("elevated", "ideation"): (
        # hanging
        rf"{_RHANG} (?:\w+ )?(?:laga|lga|daal|dal|lagake|laga ke) (?:\w+ )?{_RAUX}",
        rf"(?:pankhe|pankha|fan|ceiling|chhat|chat|kamre) (?:\w+ )?(?:se|pe|par|mein) "
        rf"(?:\w+ )?(?:latak|lataka|lutak) (?:\w+ )?{_RAUX}|(?:latak|lataka) (?:ke|kar) "
        rf"(?:mar|jaan de) {_RAUX}",
        rf"(?:फाँसी|फांसी|फंदा|फन्दा) (?:\S+ )?(?:लगा|डाल) (?:\S+ )?{_DAUX}",
        rf"(?:पंखे|पंखा|छत|सीलिंग|कमरे) (?:\S+ )?(?:से|पे|पर|में) (?:\S+ )?लटक (?:\S+ )?{_DAUX}",
        # poison, pesticide, acid
        rf"(?:zeher|zehar|zahar|jahar|jeher|keetnashak|kitnashak|pesticide|sulphas|sulfas|celphos|"
        rf"acid|tezaab|tejab|phenyl|finail|harpic|toilet cleaner|chuhe (?:maarne|marne|mar) (?:wali|"
        rf"ki) dawa\w*) (?:\w+ ){{0,2}}?(?:kha|pi|pee|kha ke|pi ke|kha kar|pi kar|pike|khake) "
        rf"(?:\w+ )?{_RAUX}",
        rf"(?:ज{N}हर|जहर|कीटनाशक|सल्फास|तेज{N}ाब|फिनाइल|फ{N}िनाइल) (?:\S+ ){{0,2}}?(?:खा|पी|खा के|"
        rf"पी के|खाकर|पीकर) (?:\S+ )?{_DAUX}",
        # pills: all of them
        rf"(?:saari|sari|saare|sare|sab|poori|puri|pura|poora|ek saath|\d+|bahut saari) "
        rf"(?:\w+ ){{0,3}}?(?:goliyan|goliya|goli|tablets?|pills|dawai|dawaiyan|strip|patta|"
        rf"bottle)? ?(?:kha|nigal|gatak|le) (?:ke|kar|k) (?:so|mar) {_RAUX}",
        rf"(?:सारी|सब|पूरी|पूरा|एक साथ|\d+) (?:\S+ ){{0,3}}?(?:खा|निगल) (?:के|कर) (?:सो|मर) {_DAUX}",
        # cutting the veins
        rf"(?:nas|nass|nasen|nasein|naso|kalai|wrist|gala) (?:\w+ )?(?:kaat|kat|kaatke) "
        rf"(?:\w+ )?{_RAUX}|(?:kaat|kat) (?:l|d)(?:u|oo)n?g(?:a|i) (?:apni|meri) (?:nas|nasen|"
        r"nasein|kalai)",
        rf"(?:नस|नसें|नसे|कलाई|गला) (?:\S+ )?काट (?:\S+ )?{_DAUX}",
        # jumping, or under a train
        rf"{_RTRAIN} (?:ke|k|ki) (?:aage|age|neeche|niche|samne|saamne) (?:\w+ )?(?:kood|kud|aa|a|"
        rf"let|lait|chala|chali) (?:\w+ )?{_RAUX}",
        rf"{_DTRAIN} (?:के|की) (?:आगे|नीचे|सामने) (?:\S+ )?(?:कूद|आ|लेट|चला|चली) (?:\S+ )?{_DAUX}",
        rf"(?:chhalang|chalang) (?:laga|lga) (?:\w+ )?{_RAUX}|छलांग लगा (?:\S+ )?{_DAUX}",
        # drowning
        rf"{_RWATER} (?:mein|me|main|mai) (?:\w+ )?(?:doob|dub|kood|kud|chalang) (?:\w+ )?"
        rf"(?:(?:ke|kar) mar )?{_RAUX}|(?:doob|dub) (?:ke|kar) mar {_RAUX}",
        rf"{_DWATER} में (?:\S+ )?(?:डूब|कूद) (?:\S+ )?(?:(?:के|कर) मर )?{_DAUX}|डूब (?:के|कर) "
        rf"मर {_DAUX}",
        # gas
        rf"(?:gas|cylinder|silendar|stove) (?:\w+ ){{0,2}}?(?:khol|on|chalu|chaalu) (?:ke|kar|k) "
        rf"(?:so|mar|baith) {_RAUX}",
        rf"(?:गैस|सिलेंडर) (?:\S+ ){{0,2}}?(?:खोल|चालू) (?:के|कर) (?:सो|मर|बैठ) {_DAUX}",
        # fire
        rf"{_RSELF} (?:aag|aagh) (?:laga|lga) (?:\w+ )?{_RAUX}|{_RSELF} (?:jala|jla) (?:\w+ )?"
        rf"{_RAUX}|(?:kerosene|mitti ka tel|petrol) (?:\w+ ){{0,3}}?(?:daal|dal|chhidak|chidak) "
        rf"(?:ke|kar) (?:aag|jal)",
        rf"{_DSELF} (?:आग लगा|जला) (?:\S+ )?{_DAUX}|(?:केरोसिन|मिट्टी का तेल|पेट्रोल) (?:\S+ ){{0,3}}?"
        r"(?:डाल|छिड़क) (?:के|कर) (?:आग|जल)",
        # a gun
        rf"(?:{_RSELF}|sar mein|sir mein|kanpatti pe|khud pe) (?:\w+ )?goli (?:maar|mar) "
        rf"(?:\w+ )?{_RAUX}",
        rf"(?:{_DSELF}|सिर में|कनपटी पर|ख{N}ुद पर) (?:\S+ )?गोली मार (?:\S+ )?{_DAUX}",
        # going to sleep, or going, forever
        r"so (?:ja+u|jaun|jaoon|jau|ja+(?:u|oo|w)?n?g(?:a|i)) (?:hamesha|hmesha) ke liye",
        r"सो (?:जाऊँ|जाऊं|जाउं|जा(?:ऊ|उ)[ँं]?(?:गा|गी)) हमेशा के लिए",
        r"(?:chala|chali) (?:jaunga|jaungi|jaaunga|jaaungi|jaugi|jauga) (?:hamesha ke liye|is duniya "
        r"se|duniya chhod ke)|(?:चला|चली) जा(?:ऊ|उ)[ँं]?(?:गा|गी) (?:हमेशा के लिए|इस दुनिया से)",
        # dying, and having enough to die
        rf"(?:mujhe|muje|mjhe|mujhko) (?:bas )?{_RMAR} ja+na (?:hi )?h(?:ai|e)?(?!\w)",
        r"मुझे (?:बस )?मर जाना (?:ही )?है",
        rf"marne ke liye (?:kaafi|kafi|bahut)|मरने के लिए (?:काफ{N}ी|बहुत)",
    ),
    # --- weak signs: nothing alone, imminent beside a risk phrase or another weak sign ---------
    ("none", "plan"): (
        r"(?:tay|decide|faisla|faisala) (?:kar|kr) (?:liya|li|lia)(?: (?:hai|h|he))?"
        r"(?=\s*(?:$|[.,!?।]))|(?:ab )?pakka (?:hai|h)(?=\s*(?:$|[.,!?।]))",
        rf"(?:तय|फ{N}ैसला) कर (?:लिया|ली)(?: है)?(?=\s*(?:$|[.,!?।]))|(?:अब )?पक्का है(?=\s*(?:$|[.,!?।]))",
    ),
    ("none", "farewell"): (
        r"(?:sabka|sab ka|sabhi ka|aap sabka|sabko|sab ko) (?:bahut )?(?:shukriya|shukria|"
        r"dhanyavaad|dhanyawad|thank ?you|thanks)",
        r"(?:सबका|सब का|सभी का|आप सबका|सबको) (?:बहुत )?(?:शुक्रिया|धन्यवाद)",
        r"kisi ki (?:koi )?(?:galti|galati|glti) (?:nahi|nhi|nahin|na)|किसी की (?:कोई )?"
        r"(?:गलती|ग़लती) (?:नहीं|नही)",
        rf"(?:mujhe|muje) maaf (?:kar dena|karna|kar do)|मुझे माफ{N} (?:कर देना|करना|कर दो)",
        r"mera (?:aakhri|akhri|aakhiri|last) (?:message|msg|sandesh)",
        rf"मेरा (?:आखिरी|आख{N}िरी|अंतिम|last) (?:मैसेज|मेसेज|संदेश|message)",
        r"(?:hamesha|hmesha) ke liye (?:ja raha|ja rahi|jaa raha|jaa rahi) (?:hoon|hu|hun)|"
        r"हमेशा के लिए जा (?:रहा|रही) (?:हूँ|हूं|हू)",
        # "tonight I'll be gone": a euphemism only beside another sign
        r"(?:aaj raat|aj raat|aaj|abhi) (?:main|mai|me) (?:chala|chali) (?:jaunga|jaungi|jaaunga|"
        r"jaaungi|jaugi|jauga)(?=\s*(?:$|[.!?।]))",
        r"(?:आज रात|आज|अभी) (?:मैं|मै) (?:चला|चली) जा(?:ऊ|उ)[ँं]?(?:गा|गी)(?=\s*(?:$|[.!?।]))",
    ),
}

_ALL = {
    key: _RULES.get(key, ()) + _MORE.get(key, ()) + _GRID.get(key, ())
    for key in {**_RULES, **_MORE, **_GRID}
}

LEXICON = Lexicon(
    language="hi",
    # One rule per level and kind (see the module docstring).
    rules=tuple(Rule(level, kind, _group(*ps)) for (level, kind), ps in _ALL.items()),
    negations=_cues(
        rf"(?:कभी|बिल्कुल|बिलकुल) (?:भी )?{_NA}|{_NA} लगता कि|ऐसा {_NA} (?:है )?कि",
        rf"{_NA}(?= (?:\S+ )?(?:मर|जान|ख{N}ुद|{_SUI}))",  # "नहीं मरना चाहता"
        r"(?:kabhi|bilkul|bilkul bhi) (?:bhi )?(?:nahi|nhi|nahin|na)",
        rf"(?:nahi|nhi|nahin|na)(?= (?:\w+ )?(?:{_RMAR}|jaan|khud|{_RSUI}))",
        r"(?:nahi|nhi) lagta ki|aisa (?:nahi|nhi) (?:hai )?ki",
    ),
    past=_cues(
        r"(?:कई|कुछ|\d+|दो|तीन|चार|पाँच|पांच|छह|सात|आठ|नौ|दस) (?:साल|सालों|वर्ष|बरस|महीने) "
        r"(?:पहले|पूर्व)",
        r"सालों पहले|पिछले साल|बचपन में|उन दिनों|उस दौर|एक समय था|एक वक्त था|एक वक़्त था",
        r"जब (?:मैं|मै) (?:\S+ ){0,2}?(?:साल|बरस) (?:का|की) (?:था|थी)",
        rf"(?:{_CHAH}|सोचता|सोचती|करता|करती|लगता|लगती) (?:था|थी|थे)",  # "used to"
        r"\S+(?:ता|ती|ते) (?:था|थी|थे)|(?:लिया|ली|किया|की|गया|गई|गयी|दिया|दी) (?:था|थी|थे)",
        r"kai saal(?! se\b)",
        r"(?:kai|kuch|\d+|do|teen|char|paanch|panch|das) (?:saal|sal|years?|mahine) "
        r"(?:pehle|pahle|phle|pehele|ago)",
        r"(?:saalon|salon) pehle|pichhle saal|pichle saal|bachpan (?:mein|me|mai)|un dino",
        r"jab (?:main|mai) (?:\w+ ){0,2}?(?:saal|sal) (?:ka|ki) (?:tha|thi)",
        rf"(?:{_RCHAH}|sochta|sochti|karta|karti|lagta|lagti) (?:tha|thi|the)",
        r"\w+(?:ta|ti|te) (?:tha|thi|the)|(?:liya|li|kiya|ki|gaya|gayi|diya|di) (?:tha|thi|the)",
    ),
    recovery=_cues(
        r"दूसरों की (?:मदद|सहायता)|थेरेपी से|इलाज से (?:ठीक|बेहतर)",
        rf"अब (?:मैं |मै )?(?:\S+ )?(?:ठीक|ख{N}ुश|बेहतर)(?! {_NA})",
        r"(?:बाहर|उबर) (?:आ|निकल) (?:गया|गई|गयी|चुका|चुकी|आया|आई)",
        r"(?:dusron|doosron|dusro|logon) ki (?:madad|help)",
        r"ab (?:main |mai )?(?:\w+ )?(?:theek|thik|thk|khush|better|fine) (?:hu|hoon|hun|"
        r"ho gaya|ho gayi)",
        r"(?:bahar|ubar) (?:aa|nikal) (?:gaya|gayi|gya|gyi|aaya|aayi)",
        r"recover (?:ho|kar) (?:gaya|gayi|gya|gyi|liya|chuka|chuki)",
        r"(?:volunteer|वॉलंटियर|mentor|मेंटर) (?:karti|karta|करती|करता|hoon|hu|hun|हूँ|हूं)",
        r"(?:mental health|मेंटल हेल्थ) (?:pe|पे|par|पर) (?:baat|बात)|\d+ saal se clean|"
        r"(?:ab|अब) (?:\S+ ){0,2}?clean (?:hoon|hu|hun|हूँ)",
        r"(?:कितना कुछ|कितनी दूर|कितना दूर) (?:पार|आ)|kitna (?:kuch )?paar|kitni door aa",
    ),
    others=_cues(
        # Someone else, then (within a few words) a report or a third-person verb form.
        r"(?:(?:मेरा|मेरी|मेरे|हमारा|हमारी|एक) (?:दोस्त|सहेली|भाई|बहन|बेटा|बेटी|पति|पत्नी|बीवी|"
        r"माँ|मां|मम्मी|पापा|पिता|बॉयफ्रेंड|गर्लफ्रेंड|कज़िन|क्लासमेट|स्टूडेंट)|वो|वह|उसने|उसे|वे)"
        r"(?=(?:\s+\S+){0,6}?\s+(?:कह|कहा|बोल|बता|लिख|ने|धमकी|चाहता है|चाहती है|सोचता है|"
        r"सोचती है|करेगा|करेगी|लेगा|लेगी|देगा|देगी|जाएगा|जाएगी|जायेगा|जायेगी|मरना|आत्महत्या|"
        r"खुदकुशी)|\s*$)",
        r"(?:(?:mera|meri|mere|hamara|hamari|ek) (?:dost|friend|saheli|bhai|behen|behan|beta|"
        r"beti|bf|gf|boyfriend|girlfriend|cousin|husband|pati|wife|biwi|mummy|maa|papa)|wo|woh|"
        r"vo|vah|usne)(?=(?: \w+){0,6}? (?:keh|kah|kaha|bol|bata|likh|ne|dhamki|chahta hai|"
        r"chahti hai|sochta hai|karega|karegi|lega|legi|dega|degi|jayega|jayegi|marna|suicide|"
        r"khudkushi)|\s*$)",
        # "uske haath pe cuts dekhe": just before the phrase, someone else's
        r"(?:uske|uski|unke|unki|उसके|उसकी|उनके|उनकी)$",
        r"use(?=(?: \w+){0,6}? (?:keh|kah|kaha|bol|bata|likh|dhamki|chahta hai|chahti hai|"
        r"sochta hai|karega|karegi|lega|legi|marna)\b)",
    ),
    hypothetical=_cues(
        r"अगर कोई|(?:क्या|कैसे) (?:करें|करूँ|करूं|करना चाहिए) (?:अगर|जब)",
        r"(?:कैसे|क्या) (?:मदद|सहायता) (?:करूँ|करूं|करें)|(?:कैसे )?समझाऊ[ँं]?",
        rf"फ{N}िल्म में|कहानी में|सीरियल में|नाटक में|मान लो",
        r"agar koi|(?:kya|kaise) (?:karu|karun|karein|kare) (?:agar|jab)",
        r"(?:kaise|kya) (?:help|madad) (?:karu|karun|karein|kare)|samjhau|maan lo",
        r"(?:ne |ne mujhse )?(?:poocha|pucha|puchha|पूछा)",
        r"(?:movie|film|kahani|serial|story) (?:mein|mai)|(?:ek|us|is|kisi) (?:movie|film|kahani|"
        r"serial|story) me",
    ),
    harmless=_cues(
        r"(?:भूख|गर्मी|ठंड|ठंडी|सर्दी|शर्म|प्यास|बोरियत|डर|थकान) से (?:ही )?मर\S*(?: \S+)?",
        r"(?:हंस|हँस) (?:हंस|हँस) (?:के|कर|कर के) मर\S*(?: \S+)?",
        r"(?:हंसते|हँसते) (?:हंसते|हँसते) मर\S*(?: \S+)?|थक (?:के|कर) मर\S*(?: \S+)?",
        r"बोर (?:हो के|होकर) मर\S*(?: \S+)?|मार (?:ही )?डाला",
        r"(?:तेरे|तुम्हारे|आपके|उसके|देश के) लिए (?:\S+ )?जान (?:भी )?दे\S*(?: \S+)?",
        r"(?:bhook|bhookh|bhukh|bhuk|garmi|thand|thandi|sardi|sharam|sharm|pyaas|pyas|boriyat|"
        r"dar|darr|thakan) se (?:hi )?m(?:a|aa)?r\w*(?: \w+)?",
        r"(?:hass|has|hans|haste|hanste) (?:hass|has|hans|haste|hanste) (?:ke |kar |k )?"
        r"m(?:a|aa)?r\w*(?: \w+)?",
        r"thak (?:ke|kar|k) m(?:a|aa)?r\w*(?: \w+)?",
        r"bore (?:ho ke|hoke|ho kar) m(?:a|aa)?r\w*(?: \w+)?",
        r"maa?r (?:hi )?daa?la",
        r"(?:swimming )?(?:pool|पूल|स्विमिंग पूल) (?:mein|me|में) (?:\S+ )?(?:kood|kud|कूद)\S*(?: \S+)?",
        r"(?:कसम से )?जान ले (?:ल|लू|लूं|लूँ)\S* (?:इसकी|उसकी|तेरी|तुम्हारी)|(?:iski|uski|teri) jaa?n "
        r"le \w+|jaa?n le (?:lunga|lungi|loonga|lugi) (?:iski|uski|teri|tumhari)",
        r"(?:tere|tumhare|aapke|uske|desh ke) liye (?:\w+ )?jaa?n (?:bhi )?de\w*(?: \w+)?",
        rf"{_SUI} (?:रोकथाम|निवारण|हेल्पलाइन)|suicide (?:squad|prevention|helpline|hotline)",
    ),
    timing=_cues(
        # not "आजकल" (nowadays)
        r"आज रात|आज(?! ?कल)|अभी(?! (?:भी|तक))|इसी (?:वक्त|वक़्त|समय)|थोड़ी देर में",
        r"aaj raat|aj raat|aa?j(?! ?kal)|abhi(?! (?:bhi|tak|bhe))|isi (?:waqt|time)|thodi der mein",
        r"(?:hamesha|hmesha) ke liye|हमेशा के लिए|aaj shaam|आज शाम|is weekend|इस वीकेंड",
    ),
    means=_cues(
        rf"गोलियाँ|गोलियां|गोलिया|नींद की गोली|ज{N}हर|रस्सी|फंदा|फन्दा|फाँसी|फांसी|ब्लेड|पुल",
        r"छत से|ट्रेन के आगे|पटरी|चाकू|कीटनाशक",
        r"goliyan|goliya|neend ki goli|zeher|zehar|jahar|rassi|fanda|phanda|phansi|fansi|blade",
        r"pul|chhat se|train ke aage|patri|chaku|chaaku|pesticide",
        r"pistol|revolver|bandook|katta|पिस्तौल|पिस्टल|बंदूक|strip|स्ट्रिप|sulphas|सल्फास|kerosene|"
        r"केरोसिन|cylinder|सिलेंडर|pankhe se|पंखे से|train ke neeche|ट्रेन के (?:आगे|नीचे)",
    ),
)
