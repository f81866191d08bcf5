"""The risk rules read phrasing in context: idioms, negation, the past, other people, languages.

Each case is one message and the level a crisis counsellor would give it; the reason the
rules give must quote the phrase that drove it.
"""

from __future__ import annotations

import pytest

from mutual.safety.risk.normalize import normalize
from mutual.safety.risk.rules import find_hits, rule_level


def level(text: str) -> str:
    return rule_level(find_hits(text))


@pytest.mark.parametrize(
    "text",
    [
        "this traffic is killing me",
        "my feet are killing me after that shift",
        "i'd kill for a coffee rn",
        "dying to see the new film on friday",
        "that joke killed me 😂",
        "dead tired, going to bed early",
        "my phone died, will text you later",
        "rip my sleep schedule 🪦",
        "i killed it at the interview!!",
        "the deadline is killing us",
    ],
)
def test_idioms_are_not_risk(text):
    assert level(text) == "none"


@pytest.mark.parametrize(
    "text",
    [
        "I'm not suicidal, just really tired",
        "i would never kill myself, don't worry",
        "no, i havent had any thoughts of ending my life",
        "i dont want to die, i want things to change",
    ],
)
def test_negated_risk_is_not_risk(text):
    assert level(text) == "none"


@pytest.mark.parametrize(
    "text",
    [
        "five years ago I tried to end my life; today I help others",
        "when i was 19 i wanted to die every day. now i have a job i love",
        "back in 2015 i took an overdose. i'm in a good place now and that's why i volunteer",
    ],
)
def test_recovery_stories_are_not_risk(text):
    assert level(text) == "none"


def test_a_past_attempt_without_recovery_is_a_concern():
    assert level("i tried to kill myself last year and nobody knows") == "concern"


def test_someone_elses_risk_is_a_concern_not_the_writers():
    assert level("my brother keeps saying he wants to die") == "concern"


def test_talk_about_training_is_not_risk():
    assert level("in training we learned how to ask about suicide directly") == "none"


@pytest.mark.parametrize(
    "text",
    [
        "I've sorted out who gets the dog",
        "wrote letters to everyone, they're in the drawer",
        "the pills are lined up on the table",
        "this is my last message. thank you for everything",
        "took the whole packet an hour ago",
        "im standing on the bridge rn",
    ],
)
def test_plans_means_attempts_and_goodbyes_are_imminent(text):
    assert level(text) == "imminent"


@pytest.mark.parametrize(
    "text",
    [
        "i want to die",
        "everyone would be better off without me",
        "wish i could go to sleep and not wake up",
        "kms fr",
        "cut myself again last night",
    ],
)
def test_wanting_to_die_and_self_harm_are_elevated(text):
    assert level(text) == "elevated"


def test_wanting_to_die_with_a_time_is_imminent():
    assert level("i want to kill myself tonight") == "imminent"


def test_a_passive_wish_with_a_day_named_stays_elevated():
    assert level("if i didnt wake up tomorrow id be fine with that") == "elevated"


def test_typos_and_stretched_letters_still_match():
    assert level("i want to diiiie") == "elevated"
    assert level("im so sucidal lately") == "elevated"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quiero morirme, ya no puedo más", "elevated"),
        ("me muero de risa con este video", "none"),
        ("Tôi muốn chết", "elevated"),
        ("toi muon chet", "elevated"),
        ("cười chết mất", "none"),
        ("我不想活了", "elevated"),
        ("笑死我了", "none"),
        ("بدي موت", "elevated"),
        ("ميت من الجوع", "none"),
        ("मैं मरना चाहता हूँ", "elevated"),
        ("mujhe jeena nahi hai", "elevated"),
    ],
)
def test_community_languages(text, expected):
    assert level(text) == expected


def test_a_reason_quotes_the_writers_phrase():
    (hit,) = [h for h in find_hits("I've sorted out who gets the dog") if h.level != "none"]
    assert hit.kind == "plan"
    assert '"sorted out who gets the dog"' in hit.reason


def test_a_negated_phrase_is_kept_with_its_context():
    hits = find_hits("i'm not suicidal")
    assert [(h.level, h.context) for h in hits] == [("none", "negated")]


def test_normalize_folds_accents_arabic_forms_and_quotes():
    assert normalize("Tôi MUỐN chết") == "toi muon chet"
    assert normalize("أُريد") == "اريد"
    assert normalize("I’m fine") == "i'm fine"
    assert normalize("noooooo") == "noo"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("minh dang ngoi tren lan can cau, nhan tin lan cuoi thoi", "imminent"),
        ("tao nuốt hết lọ thuốc ngủ rồi", "imminent"),
        ("t mua thuoc chuot roi, giau trong balo", "imminent"),
        ("em đóng kín cửa, đốt than trong phòng rồi", "imminent"),
        ("dây đã buộc sẵn trên xà nhà rồi", "imminent"),
        ("đêm nay mình nhảy từ tầng 10 xuống", "imminent"),
        ("tối nay là hết, đừng tìm t", "imminent"),
        ("lúc mọi người đọc được thư này thì mình không còn nữa", "imminent"),
        ("cảm ơn chị đã nghe em mấy tháng nay, em đi đây, chị giữ gìn sức khỏe", "imminent"),
    ],
)
def test_vietnamese_plans_means_attempts_and_goodbyes_are_imminent(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ko có t chắc cả nhà sống vui hơn",
        "nếu mai mình không còn nữa chắc cũng chẳng ai để ý",
        "ước gì xe tông mình luôn cho xong",
        "song lam j nua, ko muon ton tai tren doi nay nua",
        "em lấy bật lửa hơ cổ tay",
        "tự bấm móng tay vào da đến chảy máu",
    ],
)
def test_vietnamese_passive_wishes_and_self_harm_are_elevated(text):
    assert level(text) == "elevated"


@pytest.mark.parametrize(
    "text",
    [
        "đề toán khó muốn chết luôn á",
        "mình không có ý định làm hại bản thân đâu, chỉ là hơi stress",
        "năm 20 tuổi t từng tự hại, giờ đã ổn định, muốn chia sẻ để mọi người có hy vọng",
        "buổi tập huấn dạy cách hỏi thẳng 'bạn có đang nghĩ tới tự tử không'",
        "đốt than rồi nướng thịt thôi",
        "mua thuốc chuột về diệt chuột trong bếp",
        "em uống hết thuốc rồi, mai đi tái khám",
        "mình đang ngồi trên sân thượng uống cà phê",
        "em bị chó cắn tới chảy máu",
        "dạo này mẹ hay giấu điện thoại",
        "hôm nay đi làm.",
    ],
)
def test_vietnamese_idioms_denials_training_and_daily_life_stay_none(text):
    assert level(text) == "none"


def test_vietnamese_tone_marks_do_not_matter():
    assert level("em vừa uống hết vỉ thuốc ngủ") == "imminent"
    assert level("em vua uong het vi thuoc ngu") == "imminent"


@pytest.mark.parametrize(
    "text",
    [
        "安眠药攒了两个月，今晚全吃了",
        "刚喝了半瓶农药，嘴里好苦",
        "门窗都用胶带封好了，炭已经点上",
        "我站在大桥上，往下看，这次真的要跳了",
        "绳子已经挂在阳台的晾衣杆上了",
        "给爸妈的信写好了，他们看到的时候我已经不在了",
        "这是最后一条消息了，谢谢大家",
        "刚吃了一整瓶布洛芬",
        "我想去江边那座桥跳下去",  # wanting to jump, and the bridge: imminent
    ],
)
def test_chinese_plans_means_attempts_and_goodbyes_are_imminent(text):
    assert level(text) == "imminent"


@pytest.mark.parametrize(
    "text",
    [
        "睡一觉就再也不醒来就好了",
        "没有我的话，家里人会过得更好",
        "过马路的时候总希望有车撞过来",
        "又在大腿上划了几道",
        "用圆规扎自己的手",
        "现在特别想伤害自己",
    ],
)
def test_chinese_passive_wishes_ideation_and_self_harm_are_elevated(text):
    assert level(text) == "elevated"


@pytest.mark.parametrize(
    "text",
    [
        "这道题难到我想死，谁会做啊",
        "我没有想自杀，只是压力大",
        "我十九岁的时候自杀未遂过，现在三十五了，在这里做志愿者",
        "咨询师问我有没有想过自杀，我说没有",
        "家里有老鼠，买了老鼠药",
        "药都吃完了，明天去复诊",
        "我在海边度假，风好大",
        "我等会儿就动手做饭",
        "这个以后用不上了，送你吧",
    ],
)
def test_chinese_idioms_denials_recovery_and_daily_life_stay_none(text):
    assert level(text) == "none"


def test_chinese_past_attempt_compared_with_before_is_not_the_past():
    # "比以前多" compares with before; it does not place the thought in the past
    assert level("最近想自杀的次数比以前多") == "elevated"


# --- Spanish, Hindi/Hinglish and Arabic: broader families of phrasing -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "el viernes me mato, ya lo decidí",
        "mañana a las 7 lo hago, ya sé cómo",
        "me voy a tirar del puente",
        "me tomé todas las pastillas que había en casa",
        "compré matarratas y lo tengo debajo de la cama",
        "tengo la soga en el armario desde ayer",
        "dejé una carta para cada uno en la mesa",
        "le regalé mi bici a mi primo, ya no la voy a usar",
        "estoy sentada en las vías, el tren pasa en un rato",
        "me bebí medio bote de lejía",
        "me corté muy hondo y no para de sangrar",
        "te paso mis contraseñas, cierra mis cuentas cuando ya no esté",
    ],
)
def test_spanish_plans_methods_and_attempts_are_imminent(text):
    assert level(text) == "imminent"


@pytest.mark.parametrize(
    "text",
    [
        "no quiero seguir vivo",
        "ojalá me atropelle un camión",
        "si mañana no despierto no me importaría",
        "mi familia estaría mucho mejor sin mí",
        "me quemo los brazos con el mechero",
        "me doy golpes contra la pared cuando me agobio",
        "cuando estoy en lugares altos pienso en tirarme",
        "me mato, no aguanto más esta vida",
    ],
)
def test_spanish_wishes_to_die_and_self_harm_are_elevated(text):
    assert level(text) == "elevated"


@pytest.mark.parametrize(
    "text",
    [
        "me mato trabajando todos los días",
        "mi jefe me mató con tanto trabajo",
        "el gym de ayer me mató las piernas",
        "me mata este calor",
        "estoy muerta de cansancio",
        "q vergüenza, me quería morir cuando se me cayó el café",
        "compré veneno para las cucarachas",
        "me quemé la mano con la plancha",
        "gracias por todo, nos vemos mañana",
        "le escribí una carta a mi novia por su cumple",
        "mañana no voy a estar, tengo médico",
        "a propósito, ¿viste el partido?",
        "la psicóloga me preguntó si tenía ideas de morirme y le dije que no",
        "con 20 años me tomé un bote de pastillas. hoy tengo 40 y coordino este grupo",
    ],
)
def test_spanish_idioms_denials_and_recovery_stay_none(text):
    assert level(text) == "none"


@pytest.mark.parametrize(
    "text",
    [
        "neend ki goliyan saari kha lunga aaj, hamesha ke liye so jaunga",
        "khud ko khatam kar dunga aaj raat",
        "आज रात छत से कूद जाऊँगा",
        "chuhe maarne wali dawa le aaya hoon",
        "फिनाइल पी लिया है",
        "pankhe se dupatta baandh diya hai",
        "railway track ke paas baitha hoon",
        "40 tablets kha li hain",
        "khoon ruk nahi raha",
        "ये मेरा आखिरी सेशन है, शुक्रिया",
        "सबके सोने का इंतज़ार है",
    ],
)
def test_hindi_plans_methods_and_attempts_are_imminent(text):
    assert level(text) == "imminent"


@pytest.mark.parametrize(
    "text",
    [
        "jeena nahi chahta",
        "mar jana chahta hoon",
        "sab mere bina khush rahenge",
        "kabhi lagta hai mar hi jaun",
        "काश कोई ट्रक ठोक दे",
        "ab zinda nahi rehna",
        "lighter se haath jalaya phir se",
        "दीवार पे सिर मारता हूँ जब गुस्सा आता है",
        "marne ka khayal dimaag se jaata hi nahi",
    ],
)
def test_hindi_wishes_to_die_and_self_harm_are_elevated(text):
    assert level(text) == "elevated"


@pytest.mark.parametrize(
    "text",
    [
        "hass hass ke mar gaya",
        "garmi se mar gaye aaj",
        "bore hoke mar jaungi",
        "कसम से जान ले लूंगी इसकी",
        "chhat pe hoon, patang uda raha",
        "mummy ko purana phone de diya, ab zarurat nahi",
        "ek crocin le li sar dard ke liye",
        "main suicide nahi karunga, promise",
        "5 saal pehle maine zeher kha liya tha, ab main theek hoon aur dusron ki madad karta hoon",
        "पहले मैं खुद को काटता था, अब कितना कुछ पार किया",
        "counsellor ne poocha suicidal thoughts hain kya, maine bola nahi",
    ],
)
def test_hindi_idioms_denials_and_recovery_stay_none(text):
    assert level(text) == "none"


@pytest.mark.parametrize(
    "text",
    [
        "ناوي أنتحر الليلة",
        "بدي موت الليلة",
        "ربطت الحبل بالمروحة",
        "جبت سم فيران وخبيته",
        "بلعت علبة البنادول كلها",
        "أنا واقف على الجسر هلق",
        "قاعد بالسيارة بالكراج والمكينة شغالة",
        "الدم ما عم يوقف",
        "الليلة بعد ما يناموا خلص",
        "5adt 30 7abbet panadol",
    ],
)
def test_arabic_plans_methods_and_attempts_are_imminent(text):
    assert level(text) == "imminent"


@pytest.mark.parametrize(
    "text",
    [
        "نفسي أموت",
        "ياريت ما أصحى",
        "كلهم أحسن بلايي",
        "جرحت حالي مرة تانية",
        "بحرق إيدي بالولاعة",
        "بتمنى عربية تخبطني",
        "رجعتلي أفكار الانتحار",
        "bade moot",
        "ba2tol 7ali",
    ],
)
def test_arabic_wishes_to_die_and_self_harm_are_elevated(text):
    assert level(text) == "elevated"


@pytest.mark.parametrize(
    "text",
    [
        "ميت من الجوع",
        "موتتني من الضحك",
        "قتلني الشغل اليوم",
        "ما عندي أفكار أذي حالي، بس تعبانة",
        "أنا واقف على الكوبري مستنيك",
        "سألتني المرشدة إذا عندي أفكار انتحار وقلتلها لا",
        "أنا بعمر ١٨ حاولت أنتحر، اليوم عمري ٣٠ ومتطوعة معكم",
        "زمان كنت بجرح نفسي، بقالي ٤ سنين بطلت",
    ],
)
def test_arabic_idioms_denials_and_recovery_stay_none(text):
    assert level(text) == "none"


# --- Broader English coverage: each family of phrasing, and what must stay calm -------------


@pytest.mark.parametrize(
    "text",
    [
        "took 30 of my sleeping pills at 10, starting to feel heavy",
        "the overdose is kicking in",
        "already swallowed everything",
        "its done i took them all",
    ],
)
def test_a_recent_attempt_told_in_the_past_tense_is_imminent(text):
    assert level(text) == "imminent"


def test_a_clock_time_is_not_an_age_in_the_past():
    assert level("gonna unalive myself when my shift ends at 10") == "imminent"


def test_a_scheduled_last_message_is_imminent():
    assert level("if you're reading this i already went through with it") == "imminent"


@pytest.mark.parametrize(
    "text",
    ["sitting on the edge of the roof, legs over the side", "on the wrong side of the railing"],
)
def test_being_at_a_height_is_imminent(text):
    assert level(text) == "imminent"


def test_being_on_a_roof_for_a_job_is_not_risk():
    assert level("i'm on the roof fixing the gutter, dad's holding the ladder") == "none"


@pytest.mark.parametrize("text", ["took a razor to my leg", "burned myself with a lighter"])
def test_self_harm_with_an_object_is_elevated(text):
    assert level(text) == "elevated"


def test_part_of_me_wanting_to_be_dead_is_elevated():
    assert level("part of me wants to be dead") == "elevated"


def test_not_seeing_a_point_in_living_is_not_cancelled_by_its_own_negation():
    assert level("i dont see much point in being alive") == "elevated"


def test_a_negation_of_a_negation_is_not_a_denial():
    assert level("i cant stop thinking about suicide") == "elevated"


def test_intrusive_kill_yourself_thoughts_are_elevated():
    assert level("my head keeps telling me to kill yourself") == "elevated"


def test_knowing_how_much_it_takes_is_imminent():
    assert level("i know how much it takes") == "imminent"


def test_giving_a_pet_away_forever_is_imminent():
    assert level("gave my cat to my sister, she doesnt know its forever") == "imminent"


def test_not_needing_things_after_a_date_is_imminent():
    assert level("i wont need my car after tomorrow") == "imminent"


def test_a_decision_to_die_is_imminent():
    assert level("ive decided to end it on friday") == "imminent"


def test_two_weak_signs_together_are_imminent():
    assert level("made up my mind. thanks for everything") == "imminent"


@pytest.mark.parametrize(
    "text",
    [
        "thanks for everything, see you next week!",
        "cancelled my gym membership, moving to leeds next month",
        "i've made my decision about uni",
    ],
)
def test_one_weak_sign_alone_is_not_risk(text):
    assert level(text) == "none"


def test_the_first_person_is_not_someone_else_after_my_wife():
    assert level("as soon as my wife leaves im going to hang myself") == "imminent"


def test_a_counted_recovery_story_is_not_risk():
    assert level("overdosed twice in uni, dbt saved my life, now a nurse") == "none"


@pytest.mark.parametrize(
    "text",
    [
        "no thoughts of hurting myself",
        "I don't have any thoughts of harming myself or anyone",
        "zero thoughts about dying, just annoyed about money",
    ],
)
def test_more_denials_are_not_risk(text):
    assert level(text) == "none"


def test_practising_the_question_is_not_risk():
    assert level("we practised asking 'are you thinking of suicide' in training") == "none"


@pytest.mark.parametrize(
    "text",
    [
        "killing it at work today",
        "overdosed on noodles and netflix today, zero regrets",
        "i jumped out of my skin when the smoke alarm went off",
        "took the whole box of chocolates to the staff room",
        "i took all my meds this morning like a good girl",
        "the coffee is kicking in",
        "im so full i could die",
        "went bungee jumping off the bridge!!",
    ],
)
def test_more_idioms_are_not_risk(text):
    assert level(text) == "none"
