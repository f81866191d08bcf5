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
_NOT_AFTER = rf"(?!(?:\s+\S+){{0,4}}\s+(?:{_NA}|मत|nahi|nhi|nahin|mat)(?![{_WORD}]))"
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

LEXICON = Lexicon(
    language="hi",
    # One rule per level and kind (see the module docstring).
    rules=tuple(Rule(level, kind, _group(*ps)) for (level, kind), ps in _RULES.items()),
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
        r"(?:kai|kuch|\d+|do|teen|char|paanch|panch|das) (?:saal|sal|years?|mahine) "
        r"(?:pehle|pahle|phle|pehele|ago)",
        r"(?:saalon|salon) pehle|pichhle saal|pichle saal|bachpan (?:mein|me|mai)|un dino",
        r"jab (?:main|mai) (?:\w+ ){0,2}?(?:saal|sal) (?:ka|ki) (?:tha|thi)",
        rf"(?:{_RCHAH}|sochta|sochti|karta|karti|lagta|lagti) (?:tha|thi|the)",
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
        r"use(?=(?: \w+){0,6}? (?:keh|kah|kaha|bol|bata|likh|dhamki|chahta hai|chahti hai|"
        r"sochta hai|karega|karegi|lega|legi|marna)\b)",
    ),
    hypothetical=_cues(
        r"अगर कोई|(?:क्या|कैसे) (?:करें|करूँ|करूं|करना चाहिए) (?:अगर|जब)",
        r"(?:कैसे|क्या) (?:मदद|सहायता) (?:करूँ|करूं|करें)|(?:कैसे )?समझाऊ[ँं]?",
        r"फ{N}िल्म में|कहानी में|सीरियल में|नाटक में|मान लो",
        r"agar koi|(?:kya|kaise) (?:karu|karun|karein|kare) (?:agar|jab)",
        r"(?:kaise|kya) (?:help|madad) (?:karu|karun|karein|kare)|samjhau|maan lo",
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
        r"(?:tere|tumhare|aapke|uske|desh ke) liye (?:\w+ )?jaa?n (?:bhi )?de\w*(?: \w+)?",
        rf"{_SUI} (?:रोकथाम|निवारण|हेल्पलाइन)|suicide (?:squad|prevention|helpline|hotline)",
    ),
    timing=_cues(
        # not "आजकल" (nowadays)
        r"आज रात|आज(?! ?कल)|अभी(?! (?:भी|तक))|इसी (?:वक्त|वक़्त|समय)|थोड़ी देर में",
        r"aaj raat|aj raat|aa?j(?! ?kal)|abhi(?! (?:bhi|tak|bhe))|isi (?:waqt|time)|thodi der mein",
    ),
    means=_cues(
        rf"गोलियाँ|गोलियां|गोलिया|नींद की गोली|ज{N}हर|रस्सी|फंदा|फन्दा|फाँसी|फांसी|ब्लेड|पुल",
        r"छत से|ट्रेन के आगे|पटरी|चाकू|कीटनाशक",
        r"goliyan|goliya|neend ki goli|zeher|zehar|jahar|rassi|fanda|phanda|phansi|fansi|blade",
        r"pul|chhat se|train ke aage|patri|chaku|chaaku|pesticide",
    ),
)
