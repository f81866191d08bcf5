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


# Chinese, a new writer: intent (要/会/打算/就/周五…) with each method; a day and a method is
# imminent; letters written and a pet entrusted together are goodbyes; passive wishes are elevated.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我决定了，礼拜六家里没人的时候就自杀", "imminent"),
        ("周三晚上我要去跳河，已经想清楚了", "imminent"),
        ("下班后我准备去大桥那边跳下去", "imminent"),
        ("今晚等室友睡着我就上吊", "imminent"),
        ("明天我就去吃安眠药", "imminent"),
        ("打算这个周末烧炭", "imminent"),
        ("星期五我会去卧轨", "imminent"),
        ("明晚我准备割腕", "imminent"),
        ("我打算周日喝农药", "imminent"),
        ("今晚从十八楼跳下去", "imminent"),
        ("我会在周二自杀，谁也别劝", "imminent"),
        ("遗书写好了，狗也交给邻居照顾了", "imminent"),
        ("给女儿的信已经写完了，以后你们不用担心我了", "imminent"),
        ("后天我就不在了，谢谢你们一直陪着我", "imminent"),
        ("明早我就把药全吃了", "imminent"),
        ("这周六晚上我要去海边淹死自己", "imminent"),
        ("时间和方法我都想好了，下周一就走", "imminent"),
        ("月底发完工资我就轻生", "imminent"),
        ("过完生日那天就跳楼，早就定好了", "imminent"),
        ("等考完试我就结束生命，日子都选好了", "imminent"),
        ("下个礼拜我会去跳江", "imminent"),
        ("我想跳楼", "elevated"),
        ("真希望一觉睡过去再也不醒", "elevated"),
        ("要是明天早上不用醒来就好了", "elevated"),
        ("活着太累了，真想一睡不醒", "elevated"),
        ("每天晚上都祈祷自己再也不醒来", "elevated"),
        ("经常想着割腕", "elevated"),
        ("我真的很想上吊", "elevated"),
        ("我决定自杀", "imminent"),
        ("我要自杀", "elevated"),
        ("我打算轻生", "elevated"),
    ],
)
def test_chinese_intent_with_a_method_and_goodbyes_are_flagged(text, expected):
    assert level(text) == expected


# Chinese hard negatives: "X死了" intensifiers, jumping for fun, a day out, a denial, a story of
# recovery, training talk, and each preparation sign on its own.
@pytest.mark.parametrize(
    "text",
    [
        "笑死我了，这视频太搞笑",
        "今天加班累死了",
        "饿死了，去吃火锅",
        "热死了，空调坏了",
        "气死我了，快递又丢了",
        "周末我们去河边，从石头上跳下去游泳",
        "周五下班去跳舞",
        "明天体育课要跳绳",
        "我从来没想过自杀，别担心",
        "三年前我割过腕，现在已经走出来了，在做志愿者",
        "培训时老师说，要直接问对方是不是想自杀",
        "跳楼价！全场五折",
        "明天去游泳馆跳水",
        "我打算周六去蹦极",
        "今晚去江边散步吹吹风",
        "明天不想上班，好想睡到中午",
        "信写好了，明天寄给外婆",
        "出差这几天猫托给朋友了",
        "明天我就不在公司了，有事打我手机",
        "周末带孩子去玩跳楼机",
        "我准备去跳河边的广场舞",
        "从楼上跳下来的猫没事",
        "今晚要吃安眠药吗",
        "去年夏天去泰国跳海岛",
        "明天就去跳江边那家店吃饭",
        "下班后去打羽毛球",
        "我决定了，周五去看电影",
        "早就定好了，明天去爬山",
        "谢谢你们一直照顾我，下周聚餐我请客",
        "以后不用担心我了，我找到工作了",
        "考完试就去旅游",
        "明天我就去体检",
        "周五下班后我要去跳伞",
        "新闻里说有人跳桥自杀了",
    ],
)
def test_chinese_hard_negatives_stay_none(text):
    assert level(text) == "none"


# Vietnamese, a new writer: sẽ/định/tính/quyết định with each method; a weekday and a method is
# imminent; "ở lại mạnh khỏe" goodbyes; "không bao giờ tỉnh dậy nữa" wishes are elevated.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("chủ nhật này t sẽ nhảy cầu, không ai cản được đâu", "imminent"),
        ("tối mai mình định treo cổ trong phòng", "imminent"),
        ("thứ 6 tuần này em quyết định tự tử rồi", "imminent"),
        ("cuối tuần ở nhà một mình t sẽ uống hết thuốc ngủ", "imminent"),
        ("mai t sẽ nhảy từ tầng 12 xuống", "imminent"),
        ("tối nay mình sẽ rạch cổ tay", "imminent"),
        ("thứ hai tuần sau t tính uống thuốc trừ sâu", "imminent"),
        ("đêm nay em sẽ đốt than trong phòng", "imminent"),
        ("sáng mai t ra đường ray nằm chờ tàu", "imminent"),
        ("t đã viết thư cho bố mẹ rồi, con mèo cũng gửi cho bạn nuôi rồi", "imminent"),
        ("mai em không còn nữa đâu, cảm ơn mọi người vì tất cả", "imminent"),
        ("t đi đây, mọi người ở lại giữ gìn sức khỏe nha", "imminent"),
        ("tối nay t sẽ kết thúc cuộc đời mình", "imminent"),
        ("hôm nay tan làm t sẽ ra cầu nhảy xuống sông", "imminent"),
        ("chiều nay t sẽ cắt cổ tay", "imminent"),
        ("t quyết định rồi, thứ bảy sẽ tự tử", "imminent"),
        ("thứ 5 này lúc bố mẹ đi vắng em sẽ thắt cổ", "imminent"),
        ("tuần sau t định nhảy lầu, tính hết rồi", "imminent"),
        ("mai t sẽ uống hết vỉ thuốc ngủ cho xong", "imminent"),
        ("chủ nhật t sẽ ra biển trầm mình", "imminent"),
        ("ước gì ngủ một giấc rồi không bao giờ dậy nữa", "elevated"),
        ("nhiều lúc chỉ muốn ngủ luôn không tỉnh lại", "elevated"),
        ("mong là mình cứ thế ngủ mãi không thức dậy", "elevated"),
        ("t định thắt cổ", "elevated"),
        ("thật sự muốn rạch tay", "elevated"),
        ("ước gì đừng bao giờ phải thức dậy nữa", "elevated"),
        ("em định tìm đến cái chết", "elevated"),
        ("mình tính tự tử", "elevated"),
        ("nhiều khi muốn đi ngủ và không bao giờ tỉnh dậy", "elevated"),
        ("t muốn gieo mình xuống sông cho xong", "elevated"),
    ],
)
def test_vietnamese_intent_with_a_method_and_goodbyes_are_flagged(text, expected):
    assert level(text) == expected


# Vietnamese hard negatives: idioms, dancing and skipping, ordinals ("lần thứ hai"), "thật có"
# (folded like "thắt cổ"), a denial, training talk, and a preparation sign on its own.
@pytest.mark.parametrize(
    "text",
    [
        "cười chết mất, clip này hài quá",
        "hôm nay làm việc mệt chết đi được",
        "giờ ra chơi tụi nhỏ nhảy dây",
        "tối nay đi nhảy ở bar không",
        "cuối tuần này lớp mình học nhảy múa",
        "t chưa bao giờ nghĩ đến chuyện tự tử",
        "hai năm trước mình từng muốn chết, giờ mình ổn rồi và đang giúp người khác",
        "buổi tập huấn dạy cách hỏi thẳng người ta có ý định tự tử không",
        "nóng chết đi được",
        "mẹ mua thuốc chuột về để diệt chuột trong bếp",
        "đói chết mất, đi ăn thôi",
        "mai t đi Đà Lạt, tạm biệt Sài Gòn vài hôm",
        "ngủ dậy muộn quá, trễ học rồi",
        "thứ 7 này t đi nhảy ở câu lạc bộ",
        "lần thứ 2 mình đi thi rồi mà vẫn trượt",
        "mai t gửi con cho bà ngoại trông nha",
        "viết thư cho bố mẹ xong rồi, mai gửi bưu điện",
        "hôm qua ngủ một giấc không dậy nổi, trễ làm luôn",
        "mai mình đi xem phim nhé",
        "thứ 7 này mình đi nhảy ở câu lạc bộ",
        "lần thứ hai mình thi bằng lái vẫn trượt",
        "chủ nhật tụi mình đi biển, nhảy xuống hồ bơi chơi",
        "mẹ định uống hết thuốc kháng sinh theo đơn",
        "tối nay t định đi nhảy với bạn",
        "mai t sẽ uống thuốc cảm rồi ngủ sớm",
        "cuối tuần này cả nhà đi cắm trại, đốt lửa trại",
        "t quyết định rồi, mai nghỉ việc",
        "đừng lo cho t, t ổn mà",
        "em đi đây, mọi người ngủ ngon",
        "cảm ơn mọi người vì tất cả, hẹn gặp lại tuần sau",
        "thật có lỗi với mọi người quá",
        "mình định thật có tâm với công việc này",
    ],
)
def test_vietnamese_hard_negatives_stay_none(text):
    assert level(text) == "none"


# --- Spanish, Hindi and Arabic: first-person intent × method, farewells, means at hand ------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ya no puedo más, mañana me tiro del puente", "imminent"),
        ("esta noche me corto las venas, ya no aguanto", "imminent"),
        ("me voy a ahorcar en el garaje cuando se vayan todos", "imminent"),
        ("voy a tomarme todas las pastillas de mi abuela", "imminent"),
        ("me tomo todo el frasco de pastillas y listo, se acabó", "imminent"),
        ("ya lo decidí, me voy a matar", "imminent"),
        ("me voy a envenenar con el veneno para ratas que hay en casa", "imminent"),
        ("el lunes me tiro a las vías del tren", "imminent"),
        ("me pego un tiro con la pistola de mi papá", "imminent"),
        ("esta noche me ahogo en el río, nadie me va a extrañar", "imminent"),
        ("me voy a encerrar en el carro con el motor encendido", "imminent"),
        ("me prendo fuego, ya tengo la gasolina", "imminent"),
        ("me voy a cortar las muñecas cuando todos duerman", "imminent"),
        ("ya tengo decidido cómo: me cuelgo del ventilador", "imminent"),
        ("me bebo la lejía y ya, que se acabe todo", "imminent"),
        ("voy a quitarme la vida este fin de semana", "imminent"),
        ("me mato hoy, lo juro", "imminent"),
        ("mi último mensaje por aquí. gracias por todo, no es culpa de nadie", "imminent"),
        ("me voy para siempre, gracias por todo, los quiero", "imminent"),
        ("tengo 40 pastillas delante de mí y me las voy a tomar todas", "imminent"),
        ("tengo una caja entera de clonazepam para morir", "imminent"),
        ("el sábado que no haya nadie me suicido", "imminent"),
        ("compré una soga y la escondí en el armario, ya sé para qué", "imminent"),
        ("ya lo pensé bien, me tiro de la azotea del edificio", "imminent"),
        ("pienso ahorcarme", "elevated"),
        ("estoy pensando en tirarme por el balcón", "elevated"),
        ("quiero tirarme debajo de un tren", "elevated"),
        ("me voy a disparar", "elevated"),
        ("voy a ahogarme en el mar", "elevated"),
        ("creo que me voy a colgar", "elevated"),
    ],
)
def test_spanish_intent_by_any_method_is_flagged(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "me mato trabajando toda la semana y nadie lo valora",
        "me muero de risa con este video",
        "me voy a casa, estoy muerta de cansancio",
        "mañana me tiro a la piscina con los niños",
        "el gym de ayer me mató, no puedo ni caminar",
        "me corto el pelo mañana por fin",
        "nunca me haría daño, tranquila, solo estoy triste",
        "hace 5 años intenté ahorcarme; hoy estoy bien y ayudo a otros",
        "en la capacitación aprendimos qué hacer si alguien dice que se quiere tirar de un puente",
        "me ahogo de calor en este bus",
        "me voy para la playa el viernes",
        "me lanzo a comprar la moto, ya lo decidí",
        "me quemé con el sol en la playa jaja",
        "tomé todas las pastillas que me recetó el médico, como siempre",
        "me voy a matar estudiando para el examen de mañana",
        "no pienso matarme, solo necesito hablar",
        "gracias por todo, nos vemos el martes",
        "me tiro en el sofá a ver una peli esta noche",
    ],
)
def test_spanish_idioms_denials_and_errands_are_not_risk(text):
    assert level(text) == "none"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("aaj raat main phansi laga lunga", "imminent"),
        ("aaj chhat se kood jaungi, sab khatam", "imminent"),
        ("maine tay kar liya hai, main suicide kar lunga", "imminent"),
        ("ab main zeher kha lungi", "imminent"),
        ("saari neend ki goliyan kha lunga aaj", "imminent"),
        ("train ke aage kood jaunga", "imminent"),
        ("nas kaat lungi aaj raat", "imminent"),
        ("पंखे से लटक जाऊँगा आज", "imminent"),
        ("मैं आज रात ज़हर खा लूँगी", "imminent"),
        ("मैंने फैसला कर लिया है, मैं खुद को खत्म कर दूँगा", "imminent"),
        ("पुल से कूद जाऊँगी अभी", "imminent"),
        ("mere paas 30 goliyan hain, sab ek saath kha lunga", "imminent"),
        ("mera last message hai ye yahan. sabka shukriya, kisi ki galti nahi hai", "imminent"),
        ("main hamesha ke liye so jaungi, alvida", "imminent"),
        ("सबका शुक्रिया, किसी की गलती नहीं है। मैं हमेशा के लिए जा रहा हूँ", "imminent"),
        ("mujhe mar jana hai, rassi mere kamre mein hai", "imminent"),
        ("cylinder ki gas khol ke so jaungi hamesha ke liye", "imminent"),
        ("ab pankhe se phanda laga ke mar jaunga", "imminent"),
        ("papa ki pistol se khud ko goli maar lunga", "imminent"),
        ("मेरे पास नींद की गोलियों का पूरा पत्ता है, आज सब खा लूँगा", "imminent"),
        ("aaj raat main chali jaungi hamesha ke liye, kisi ki galti nahi", "imminent"),
        ("dawai ki poori strip mere saamne hai, marne ke liye kaafi hai", "imminent"),
        ("aaj raat nadi mein doob jaunga", "imminent"),
        ("मैं आज ट्रेन के नीचे आ जाऊँगी", "imminent"),
        ("kal raat sochta raha, ab pakka hai, aaj khud ko jala dungi", "imminent"),
        ("khud ko aag laga lunga", "elevated"),
        ("pankhe se latak jaungi", "imminent"),
        ("ek din main nas kaat dungi", "elevated"),
        ("मैं खुद को जला दूँगी", "elevated"),
        ("kaat lunga apni nas", "elevated"),
        ("main nadi mein doob ke mar jaungi", "elevated"),
    ],
)
def test_hindi_intent_by_any_method_is_flagged(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "garmi se mar gaye aaj to",
        "main chala jaunga office kal subah",
        "आज रात मैं घर चली जाऊँगी",
        "hass hass ke mar gayi yaar",
        "main kabhi suicide nahi karunga, promise",
        "kai saal pehle maine zeher kha liya tha, ab main theek hoon aur dusron ki madad karta",
        "aaj raat jaldi so jaunga, bahut thak gaya",
        "pool mein kood jaunga, bahut garmi hai",
        "yeh meri aakhri class hai is semester ki",
        "dawai kha ke so jaungi, bukhar hai",
        "mere paas neend ki goliyan hain doctor ne di hain, roz ek leti hoon",
        "thak ke mar gaya aaj kaam se",
        "मैं अब ठीक हूँ, कभी खुद को नुकसान नहीं पहुँचाऊँगा",
        "film mein hero pul se kood jaata hai",
        "sabka shukriya aaj ki party ke liye",
        "main kal se gym jaunga pakka",
        "bhook se mar raha hoon, khana kab milega",
    ],
)
def test_hindi_idioms_denials_and_errands_are_not_risk(text):
    assert level(text) == "none"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("بكرا هرمي نفسي من البلكونة", "imminent"),
        ("ناوية اشنق نفسي الليلة", "imminent"),
        ("قررت اخذ كل الحبوب اللي عندي", "imminent"),
        ("هقطع شراييني الليلة", "imminent"),
        ("راح اشرب الكلور وارتاح من كل شي", "imminent"),
        ("بدي انط من الجسر", "imminent"),
        ("حطلع على السطح وانط", "imminent"),
        ("حبوب ابوي كلها قدامي، رح اخذهم كلهم", "imminent"),
        ("معي شريط منوم كامل وناوي ابلعه", "imminent"),
        ("بدي احرق حالي بالبنزين", "imminent"),
        ("رح اطخ حالي بمسدس ابوي", "imminent"),
        ("هذي اخر رسالة مني هنا. شكرا للجميع، محد له ذنب", "imminent"),
        ("مع السلامة للأبد، سامحوني", "imminent"),
        ("ana ra7 ento7er el leila", "imminent"),
        ("ha2tel nafsi bokra", "imminent"),
        ("عايزة اموت، الحبوب في ايدي", "imminent"),
        ("ناوي اموت نفسي بالغاز", "imminent"),
        ("رح اشرب سم الفيران", "imminent"),
        ("اشتريت حبل وناوي استخدمه الليلة", "imminent"),
        ("الليلة رح اغرق نفسي بالبحر", "imminent"),
        ("شكرا على كل شي، محد غلطان، الليلة راح امشي وما ارجع", "imminent"),
        ("عندي علبة بنادول كاملة وبدي ابلعها كلها عشان اموت", "imminent"),
        ("خلاص قررت، بكرا برمي حالي قدام القطار", "imminent"),
        ("ana nawi eshna2 7ali el leila", "imminent"),
        ("bade eshrab el kloor w khalas", "imminent"),
        ("ح اغرق نفسي", "elevated"),
        ("bade eshna2 7ali", "elevated"),
        ("بفكر اشنق حالي", "elevated"),
        ("بدي اقطع عروقي", "elevated"),
        ("هولع في نفسي", "elevated"),
    ],
)
def test_arabic_intent_by_any_method_is_flagged(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ميت من الجوع، متى الغدا؟",
        "قتلني الضحك على الفيديو",
        "رح ارمي الزبالة وارجع",
        "بكرا رح اروح عالبحر واسبح",
        "قتلت نفسي بالدراسة هالاسبوع",
        "اشتريت حبل غسيل جديد للبلكونة",
        "ما بفكر انتحر ابدا، بس تعبان شوي",
        "قبل سنتين حاولت انتحر، الحمد لله الحين بخير وأساعد غيري",
        "اخذت حبة بنادول عشان الصداع",
        "ناوي اروح النادي الليلة",
        "بموت فيك يا حبيبي",
        "الليلة هستخدم اللابتوب الجديد",
        "رح انط من الفرحة",
        "مع السلامة، نشوفكم بكرا",
        "هقطع البصل وأطبخ",
        "ana mayet men el ta3ab",
        "هولع الشمع الليلة",
    ],
)
def test_arabic_idioms_denials_and_errands_are_not_risk(text):
    assert level(text) == "none"


# --- English, third pass: intent × method, simple grammar, admissions, hidden self-harm --------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a first-person intent marker before any method, with or without a subject
        ("gonna jump off the multi storey car park after my shift tonight", "imminent"),
        ("im going to jump from the roof of my building this weekend", "imminent"),
        ("ill jump off the overpass tomorrow morning, its decided", "imminent"),
        ("planning to jump off the cliff at the point on saturday", "imminent"),
        ("going to jump off the tower block near my college on thursday", "imminent"),
        ("i will jump from the 9th floor tonight", "imminent"),
        ("on saturday im jumping from the cliffs at the headland", "imminent"),
        ("i'll hang myself in the garage when everyone's out", "imminent"),
        ("im gonna take all my pills tonight", "imminent"),
        ("will swallow everything in the medicine cabinet when they go to bed", "imminent"),
        ("planning on taking every pill in the house after my parents go to sleep", "imminent"),
        ("gonna slit my wrists tonight in the bath", "imminent"),
        ("tomorrow i am going to drink the antifreeze in the garage", "imminent"),
        ("ill drown myself in the river after work", "imminent"),
        ("gonna shoot myself with my dads gun on friday", "imminent"),
        ("i'll step in front of a train on my way home", "imminent"),
        ("gonna lie down on the tracks behind my school", "imminent"),
        # the engine running in a shut garage, with and without apostrophes
        ("cars running in the garage with the door shut", "imminent"),
        ("the car is running in the garage and i locked the door", "imminent"),
        ("engine's running, garage door is down", "imminent"),
        ("gonna run the car in the garage tonight", "imminent"),
        ("i'll light the charcoal in the bathroom tonight", "imminent"),
        # checking a place for a method is a plan
        ("checked which side of the bridge has no railing", "imminent"),
        ("scouted the multistorey, the top deck has no barrier", "imminent"),
        ("i googled how tall the building needs to be to die", "imminent"),
        # simple and ESL grammar
        ("i will kill me tonight", "imminent"),
        ("me will jump from bridge tomorrow", "imminent"),
        ("i take all my mother pills for die", "imminent"),
        ("i drinked whole bottle of medicine i want sleep forever", "imminent"),
        ("i already eat all the pills from the box", "imminent"),
        ("i've taken an overdose, about an hour ago", "imminent"),
        ("i want die", "elevated"),
        ("me want to die so bad", "elevated"),
        ("i very want to dead", "elevated"),
        ("i no want live anymore", "elevated"),
        ("why i cannot die", "elevated"),
        # a denial that wraps an admission
        ("would be lying if i told you i don't want to kill myself", "elevated"),
        ("i'd be lying if i said i wasnt thinking about suicide", "elevated"),
        ("not gonna lie i kinda want to die", "elevated"),
        ("i cant lie i really want to die", "elevated"),
        ("can't pretend i don't want to die anymore", "elevated"),
        ("honestly i wouldnt say i dont want to die", "elevated"),
        # self-harm now, told indirectly
        ("i have to wear long sleeves in summer so no one sees the fresh cuts", "elevated"),
        ("wearing a hoodie in 30 degree heat so nobody sees my arms", "elevated"),
        ("my cuts are infected what do i do", "elevated"),
        ("how can i hide self harm marks from my parents", "elevated"),
        ("had to clean up the blood before mum got home", "elevated"),
        ("put plasters over the cuts so my gf wouldnt ask", "elevated"),
        ("relapsed last night after 3 months clean", "elevated"),
        ("had to hide the bloody tissues so my mum wouldnt find them", "elevated"),
    ],
)
def test_english_intent_methods_simple_grammar_and_hidden_self_harm(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "jumped at the chance to go to the beach",
        "the parking garage is full so im parking on the street",
        "my car's running rough, need to get it checked",
        "the car's running in the driveway to warm up",
        "need to hide my presents before the kids find them",
        "we're killing it at work this week",
        "dying to see you on friday!!",
        "I'd kill for a nap rn",
        "i'm not going to kill myself, i just need to vent",
        "i would never jump off a bridge, im just scared of heights",
        "my scars from years ago dont bother me anymore",
        "120 days clean from self harm today 🎉",
        "training today: how to ask someone if they're thinking of suicide",
        "going to jump off the pier into the water with my mates this weekend",
        "we're going to jump off the rocks at the quarry on saturday, so excited",
        "im gonna jump off the diving board at the pool",
        "ill drown myself in coffee to get through this exam",
        "gonna shoot myself in the foot if i say yes to this",
        "i'm going to end it with him tonight, wish me luck",
        "i'll jump off that bridge when i get to it",
        "i want to die my hair pink",
        "gonna take all my vitamins in the morning",
        "will take all my tablets with me on holiday",
        "checked which floor the meeting is on",
        "looked up how high mount everest is",
        "i'd be lying if i said i didn't want another slice of cake",
        "i cant say i dont want to go to the party",
        "my mum relapsed on alcohol and i'm so angry",
        "wearing long sleeves to hide my tattoo from my nan",
        "cleaning the blood off the chopping board after the chicken",
        "i used to hide my cuts, now i'm 3 years clean and proud",
        "how do i hide the wires behind my tv",
        "we covered what to do if a mentee says they've taken an overdose",
    ],
)
def test_english_near_misses_of_the_intent_grid_are_not_risk(text):
    assert level(text) == "none"


def test_wanting_to_die_right_now_is_how_it_feels_not_when():
    # "rn" / "right now" is the present, not a time chosen to act: elevated, not imminent.
    assert level("i want to die so bad right now") == "elevated"
    assert level("i want to die tonight") == "imminent"


def test_a_question_after_telling_is_not_hypothetical():
    assert level("my brother said he wants to die, what do i do") == "concern"
    assert level("what should i say if someone tells me they want to die") == "none"


def test_a_lie_to_the_therapist_admits_the_thoughts():
    assert level("my therapist asked if i had thoughts of suicide and i lied. i have them") == (
        "elevated"
    )
    assert level("my gp asked if i had thoughts of suicide, i said no and i meant it") == "none"


def test_neighbouring_rules_of_one_level_and_kind_are_compiled_as_one():
    from mutual.safety.risk.lexicon import Lexicon, Rule
    from mutual.safety.risk.rules import CompiledLexicon

    lexicon = Lexicon(
        language="xx",
        rules=(
            Rule("elevated", "ideation", r"want to die"),
            Rule("elevated", "ideation", r"wish i was dead"),
            Rule("imminent", "attempt", r"took them all"),
        ),
    )
    compiled = CompiledLexicon(lexicon)
    assert [(r.level, r.kind) for r in compiled.rules] == [
        ("imminent", "attempt"),
        ("elevated", "ideation"),
    ]
    assert compiled.search is not None
    for text, kind in (("i wish i was dead", "ideation"), ("i took them all", "attempt")):
        match = compiled.search.search(text)
        assert match is not None
        assert compiled.rule_for(match).kind == kind
