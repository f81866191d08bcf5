"""Vietnamese risk phrases: suicide, self-harm, hopelessness and violence at home, in chat.

Text and patterns are both matched without tone marks ("tôi muốn chết" = "toi muon chet"), so
patterns are written with accents for the reader but must stay safe once folded. Folding makes
some words collide; the rules work around the ones that matter:

- "tự tử" (suicide) folds like "từ từ" (slowly): after a verb of intent it must end the phrase
  or be followed by words that follow "tự tử", never "từ từ" ("từ từ thôi", "từ từ tìm hiểu");
  "tôi sẽ tự tử thôi" therefore reads exactly like "tôi sẽ từ từ thôi" and is not matched;
- "tự vẫn" (suicide) folds like "tư vấn" (counselling): it is not used at all;
- "cầu" (bridge) like "câu", "cậu"; "sống" (live) like "sông"; "nó" (he) like "nợ" (debt);
  "còn tôi" (as for me) like "con tôi" (my child); "tới nay" like "tối nay": cues use longer
  phrases or look-arounds.

Covers chat shorthand: "ko", "k", "hok", "hông", "kh" for "không", "mún" for "muốn", "nx" for
"nữa", "chít" for "chết". Judgements for a reviewer: "mệt/đói/nóng… muốn chết" are idioms, but
"buồn muốn chết" (sad enough to die) is kept as ideation; "chán sống" is ideation; "he/she
wants to die" is concern; wishing not to be alive ("ước gì ngủ luôn không dậy", "mọi người sẽ
tốt hơn nếu không có mình") is a passive wish, which a time word does not make imminent. To be
reviewed by native-speaking clinicians or crisis-line workers (northern and southern usage).

The patterns of one level and kind are joined into one rule (see ``LEXICON``): the regular
expression engine then picks alternatives by their first letters, several times faster than one
rule per pattern. Matching is unchanged: alternatives are tried in the order written.
"""

from mutual.safety.risk.lexicon import Kind, Level, Lexicon, Rule

_KO = r"(?:không|ko|k|kh|khg|kg|hông|hok|hem|hổng|chẳng|chả)"  # not
_MUON = r"(?:muốn|mún)"  # want
_CHET = r"(?:chết|chít)"  # die
_NUA = r"(?:nữa|nx|nũa)"  # any more
_ME = r"(?:tôi|mình|mk|mik|tao|tớ|em|con|t|anh|chị|cháu)"  # I (varies with the listener)
_TUTU = r"(?:tự tử|tựtử|tự sát)"  # suicide, in noun contexts ("ý định tự tử")
# After a verb of intent: what may follow "tự tử". Not "thôi", "lắm", "quá", "lần", "đây"
# alone: folded they read "từ từ thôi", "làm", "qua", "lan", "dạy".
_TUTU_END = (
    r"(?:tự sát|(?:tự tử|tựtử)(?=\s*(?:$|[,.!?;:)]|(?:mất|luôn|bằng|vì|nhưng|khi|lúc|nữa|"
    r"thật|ngay|sau khi|trước khi|một lần|thành công|được không|không|hả|à|"
    r"cho (?:xong|rồi|nhẹ|khỏe)|rồi(?! tính)|tối nay|đêm nay|hôm nay|ngày mai|"
    r"đây(?=\s*(?:$|[,.!?])))\b)))"
)
_THA = r"(?:thà|thà là)"  # rather
_DEATH = rf"(?:{_CHET}|{_TUTU}|kết thúc (?:cuộc đời|cuộc sống|mạng sống|tất cả|đời mình))"
_PILLS = (
    r"(?:thuốc ngủ|thuốc chuột|thuốc diệt chuột|thuốc trừ sâu|thuốc sâu|thuốc diệt cỏ|"
    r"thuốc độc)"
)
_GONE = (
    rf"(?:khi|sau khi|lúc) (?:{_ME} )?(?:{_CHET}|không còn (?:nữa|trên đời|sống|ở đây)|"
    r"qua đời|ra đi mãi)"
)

_RULES: dict[tuple[Level, Kind], tuple[str, ...]] = {
    # --- imminent: plan or preparations ----------------------------------------------------------
    ("imminent", "plan"): (
        r"(?:đã|đang) (?:chuẩn bị|lên kế hoạch|tính toán|quyết định|sắp xếp) (?:xong )?"
        rf"(?:\w+ ){{0,3}}?(?:để |cách |ngày |nơi )?{_DEATH}",
        rf"(?:quyết định|chọn|biết) (?:sẽ )?(?:{_CHET}|{_TUTU}) (?:bằng cách|bằng|ở|tại|vào|"
        r"khi nào|lúc)",
        r"thư tuyệt mệnh|lời trăn trối",
        r"(?:viết|để lại|soạn) (?:\w+ )?(?:di thư|thư (?:từ biệt|vĩnh biệt))",
        r"(?:đêm nay|hôm nay|tối nay) là (?:đêm|ngày) cuối(?: cùng)?(?: (?:của (?:tôi|mình|em|"
        r"đời (?:tôi|mình|em))|(?:tôi|mình|em) (?:còn )?sống|trên đời)|(?=\s*(?:$|[,.!?])))",
        r"(?:chăm sóc|chăm|nuôi|giữ|lo cho|trông|coi) (?:giùm |giúp |hộ )?(?:\w+ ){0,3}?"
        rf"(?:mèo|chó|cún|bé|các con|con (?:tôi|mình|em)|thú cưng).{{0,40}}?{_GONE}",
        rf"{_GONE}.{{0,60}}?(?:chăm sóc|nuôi|lo cho|trông|giữ giùm|nhận nuôi)",
        r"(?:cho|tặng|trả|phát) (?:lại |hết |đi )+(?:\w+ ){0,3}?(?:đồ|mọi thứ|tất cả)"
        rf".{{0,40}}?(?:{_KO}|sẽ {_KO}) (?:còn )?cần (?:đến |tới )?(?:nó |chúng )?{_NUA}",
        rf"(?:tích|gom|trữ|để dành|giấu) (?:\w+ ){{0,2}}?(?:thuốc|viên thuốc|{_PILLS})",
        rf"(?:{_PILLS}|thuốc|viên thuốc) (?:\w+ ){{0,2}}?(?:tích|gom|trữ|để dành|góp|mua|chuẩn bị) "
        r"(?:đủ|sẵn|xong|được \d+ viên|được mấy chục viên)",
        r"(?:tất cả|mọi chuyện|mọi thứ|mọi đau khổ) sẽ (?:kết thúc|chấm dứt) (?:vào |trong )?"
        r"(?:tối nay|đêm nay|hôm nay|ngày mai|sớm thôi)",
    ),
    # --- imminent: means at hand -----------------------------------------------------------------
    ("imminent", "means"): (
        rf"(?:có|cầm|để|mua) (?:sẵn )?(?:\w+ ){{0,3}}?(?:{_PILLS}|dây thừng|thòng lọng|dao lam|"
        r"lưỡi lam) (?:ở đây|trong tay|trước mặt|bên cạnh|sẵn|rồi đây|đây rồi|"
        r"để (?:chết|tự tử|tự sát|treo cổ|uống))",
        r"(?:đang|đã) (?:đứng|ngồi|leo lên) (?:trên |ở )?(?:cầu|cây cầu|sân thượng|tầng thượng|"
        r"nóc nhà|mép|lan can|lan can cầu)(?: \w+){0,3}? (?:để nhảy|muốn nhảy|sắp nhảy|"
        r"chuẩn bị nhảy)",
        r"(?:sắp|chuẩn bị) nhảy (?:xuống|khỏi|từ)?",
        r"(?:đã )?(?:buộc|thắt|treo) (?:xong )?(?:dây|dây thừng|thòng lọng)",
    ),
    # --- imminent: attempt under way or just made ------------------------------------------------
    ("imminent", "attempt"): (
        r"(?:vừa|đã|mới|đang) (?:uống|nuốt) (?:hết |cả |nguyên )?(?:\w+ )?(?:vỉ|lọ|hộp|chai|"
        rf"nắm|đống|\d+ viên|mấy chục viên) (?:\w+ )?(?:thuốc|{_PILLS})",
        rf"(?:vừa|đã|mới)? ?uống (?:\w+ )?(?:{_PILLS}|quá liều|thuốc quá liều|"
        r"nhiều thuốc ngủ|thuốc tẩy|nước tẩy)",
        r"(?:vừa|đã|mới|đang) (?:rạch|cắt|cứa) (?:cổ tay|mạch máu|gân tay|tay sâu)",
        rf"(?:vừa|mới|đang) (?:{_TUTU_END}|treo cổ)|{_TUTU} hụt",
    ),
    # --- imminent: farewells ---------------------------------------------------------------------
    ("imminent", "farewell"): (
        r"vĩnh biệt (?:mọi người|tất cả|cả nhà|thế giới|cuộc đời|cuộc sống|gia đình|bố mẹ|"
        r"ba mẹ|các bạn|mn)",
        r"tạm biệt (?:mọi người|tất cả|mn|cả nhà)? ?(?:mãi mãi|lần cuối)",
        r"(?:đây là|là) tin nhắn cuối cùng(?! (?:trong ngày|hôm nay|của ngày)\b)",
        r"tin nhắn cuối cùng của (?:tôi|mình|em|con)",
        r"hẹn (?:gặp lại )?(?:mọi người |các bạn )?(?:ở |vào )?kiếp sau",
        r"(?:xin lỗi|tha lỗi cho) (?:\w+ ){0,3}?vì (?:con|em|tôi|mình) phải (?:đi trước|ra đi)",
        r"cảm ơn (?:vì )?tất cả\W+(?:và )?(?:tạm biệt|vĩnh biệt)",
        r"(?:tạm biệt|vĩnh biệt)\W+cảm ơn (?:vì )?tất cả",
    ),
    # --- elevated: wanting to die or to kill oneself ---------------------------------------------
    ("elevated", "ideation"): (
        rf"{_MUON} {_CHET}(?! (?:à|hả|hay sao|không mà)\b)",
        rf"(?:{_MUON}|định|sẽ|sắp|tính|chắc|nên|phải|nghĩ đến|nghĩ tới|nghĩ về|ý định|ý nghĩ) "
        rf"(?:{_ME} )?(?:đi )?{_TUTU_END}",
        rf"{_MUON} (?:kết thúc|chấm dứt) (?:cuộc đời|cuộc sống|mạng sống|tất cả|mọi thứ|"
        r"đời mình|tất cả mọi thứ)(?! (?:với|cùng)\b)",
        rf"{_KO} (?:còn )?{_MUON} sống(?: tiếp)?(?! (?:ở|tại|với|chung|cùng|gần|như|kiểu|thế|"
        r"vậy|một mình|cạnh|xa)\b)",
        rf"{_CHET} (?:quách |đi |phứt )?(?:cho (?:xong|rồi|nhẹ nợ|khỏe|xong chuyện|đỡ khổ)|"
        r"đi cho rồi)",
        rf"(?:nghĩ|suy nghĩ) (?:đến|tới|về) (?:việc |chuyện )?(?:cái chết|{_CHET}|{_TUTU})",
        rf"ý (?:nghĩ|định) (?:muốn )?(?:tự tử|tự sát|{_CHET})",
        rf"(?:{_MUON}|định|sẽ) (?:nhảy (?:lầu|cầu|sông)|treo cổ(?! (?:lên|ở|tại|trước|nhà)\b)|"
        r"uống thuốc ngủ|uống thuốc chuột|cắt cổ tay|rạch cổ tay)",
        rf"{_MUON} biến mất (?:mãi mãi|vĩnh viễn|khỏi (?:thế giới|cuộc đời|trái đất))",
        r"chán sống(?! (?:à|hả|rồi à|rồi hả|hay sao)\b)",
    ),
    # --- elevated: wishing not to be alive (a time word does not make it imminent) -----------
    ("elevated", "passive_wish"): (
        rf"(?:ước gì|giá mà|ước|mong) (?:{_ME} )?(?:{_CHET}|biến mất mãi mãi|không tồn tại|"
        r"chưa từng được sinh ra|không được sinh ra|không bao giờ tỉnh dậy)",
        rf"(?:ước gì|giá mà|ước|mong|{_MUON}) (?:{_ME} )?(?:được )?ngủ(?: một giấc)?"
        rf"(?: (?:luôn|rồi|mà|và|thật dài|mãi))? (?:{_KO}|chẳng) (?:bao giờ |bao h )?"
        r"(?:dậy|tỉnh|thức)\w*"
        r"(?! (?:sớm|muộn|trễ|nổi|được)\b)",
        rf"{_THA} {_CHET} (?:đi )?còn hơn (?:phải )?(?:sống|tiếp tục|chịu đựng|ở lại)",
        r"(?:mọi người|gia đình|bố mẹ|ba mẹ|ai cũng|mọi thứ|cả nhà) (?:sẽ )?(?:sống )?(?:tốt|vui|"
        r"hạnh phúc|nhẹ nhõm|dễ chịu|ổn|thoải mái) hơn (?:nếu|khi) (?:không có|thiếu|vắng) "
        r"(?:tôi|mình|em|con|tao|tớ)",
        r"(?:không có|thiếu|vắng) (?:tôi|mình|em|con|tao|tớ)(?: thì)?,? (?:chắc |có lẽ |thì )*"
        r"(?:mọi người|gia đình|bố mẹ|ba mẹ|ai cũng|mọi thứ|cả nhà) (?:sẽ |chắc )*(?:sống )?"
        r"(?:tốt|vui|hạnh phúc|nhẹ nhõm|dễ chịu|ổn|thoải mái) hơn",
    ),
    # --- elevated: hurting oneself now -----------------------------------------------------------
    ("elevated", "self_harm"): (
        r"(?:tự )?(?:làm đau|hại|làm hại|hành hạ|đánh) (?:bản thân|chính mình|mình)",
        r"tự làm đau|tự hại|tự rạch|tự cắt|tự làm tổn thương|đập đầu vào tường",
        r"(?:lại |đã |vừa |hay |thường )?(?:rạch|cứa|cắt) (?:tay|cổ tay|đùi|chân)"
        r"(?! (?:áo|cho|giúp|người|bé|con)\b)",
    ),
    # --- concern: hopelessness, burden, no way out -----------------------------------------------
    ("concern", "hopeless"): (
        rf"(?:{_KO}|hết) (?:thể )?(?:chịu|chịu đựng|chống chịu) (?:nổi|được|thêm)(?=\s*(?:$|"
        r"[,.!?]|nữa\b|nx\b|rồi\b|thật\b|mà\b|với (?:cuộc sống|cuộc đời|mọi thứ|tất cả|"
        r"bản thân)\b))",
        r"chịu hết nổi|(?:là|chỉ là|thành|trở thành) (?:một )?(?:gánh nặng|của nợ|đồ vô dụng)",
        rf"(?:cuộc sống|cuộc đời|sống) (?:này )?{_KO} (?:còn )?(?:có )?(?:ý nghĩa|gì để)",
        r"sống (?:cũng chẳng |để )?(?:làm gì|vô nghĩa)",
        rf"{_KO} còn (?:hy|hi) vọng|tuyệt vọng|bế tắc|{_KO} (?:có )?(?:lối thoát|lối ra)",
        rf"{_KO} (?:còn )?lý do để sống|{_MUON} biến mất",
        rf"{_KO} {_MUON} sống như (?:thế|vầy|vậy) (?:này )?{_NUA}?",
        r"(?:không|chẳng) ai cần (?:tôi|mình|em)",
    ),
    # --- concern: being harmed at home -----------------------------------------------------------
    ("concern", "harm_by_others"): (
        r"(?:chồng|vợ|bố|ba|cha|mẹ|má|dượng|người yêu|bạn trai|bạn gái|anh trai|anh|chú|cậu|"
        rf"ông) (?:{_ME} )?(?:\w+ ){{0,4}}?(?:hay |thường |lại |cứ |vừa |đã |suốt ngày )?(?:đánh|"
        r"đánh đập|đập|bạo hành|hành hạ|xâm hại|sờ soạng|cưỡng hiếp|hiếp|dọa giết|đe dọa|"
        r"bóp cổ) (?:tôi|mình|em|con|tao|tớ)",
        r"bị (?:\w+ )?(?:chồng|vợ|bố|ba|cha|mẹ|dượng|người yêu|bạn trai|anh trai|người nhà)"
        r"(?: \w+)? (?:đánh|đánh đập|bạo hành|hành hạ|xâm hại|cưỡng hiếp)",
        r"bị bạo (?:hành|lực)|bị xâm hại|bị cưỡng hiếp",
    ),
}

LEXICON = Lexicon(
    language="vi",
    # One rule per level and kind (see the module docstring).
    rules=tuple(Rule(level, kind, "|".join(ps)) for (level, kind), ps in _RULES.items()),
    negations=(
        # "không" unless it negates something else ("không biết, …", "không ai hiểu, …").
        r"(?:không|ko|k|kh|hông|hok)(?!\s*[,.!?]| (?:biết|hiểu|ai|còn ai|có ai|chịu|thể|ngủ|"
        r"ăn|sao|ổn|vui|có gì|còn gì|được|muốn (?:gặp|làm|nói|đi|ăn|ở|học)|muốn sống|"
        r"còn muốn sống)\b)",
        r"chưa (?:bao giờ|từng|hề)|không (?:hề|bao giờ)|đâu có|chẳng bao giờ|đâu phải",
        r"không phải (?:là )?(?:tôi|mình|em)?",
    ),
    past=(
        r"(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|vài|mấy|nhiều) (?:năm|tháng) "
        r"(?:trước|về trước)",
        r"năm ngoái|năm trước|trước (?:đây|kia)|ngày xưa",
        r"hồi (?:đó|trước|xưa|nhỏ|bé|ấy|còn (?:nhỏ|bé|học|trẻ))",
        r"lúc (?:trước|còn (?:nhỏ|bé|học|trẻ))",
        r"thời (?:gian trước|đi học|sinh viên)",
        r"(?:khi|lúc|hồi) (?:tôi|mình|em|tớ) (?:\d+|mười \w+) tuổi|năm (?:\d+|mười \w+) tuổi",
        r"đã từng|(?:tôi|mình|em) từng|có (?:một )?thời|có (?:một )?giai đoạn",
    ),
    recovery=(
        r"(?:bây giờ|giờ|hiện tại|giờ đây|nay) (?:tôi|mình|em)? ?(?:đã )?(?:giúp|hỗ trợ|đồng hành)",
        r"(?:bây giờ|giờ|hiện tại|nay) (?:tôi|mình|em)? ?(?:đã )?(?:ổn|khỏe|tốt hơn|hạnh phúc|"
        r"vui vẻ|bình yên)",
        r"(?:đã )?vượt qua (?:được)?|hồi phục|bình phục|giúp (?:đỡ )?người khác|làm tình nguyện",
        r"(?:là|làm) (?:người )?(?:hỗ trợ|mentor|cố vấn đồng đẳng)",
    ),
    others=(
        # Someone else, then (within a few words) a report or a verb of wanting.
        r"(?:(?:bạn|em|anh|chị|con (?:trai|gái)|bố|mẹ|ba|má|vợ|chồng|người yêu|bạn trai|"
        r"bạn gái|cháu|học sinh|đồng nghiệp) (?:của )?(?:tôi|mình|em|mk|tớ)|"
        r"(?:anh|chị|cô|ông|bà|cậu|bạn|em) ấy|nó|họ|đứa bạn|một người bạn|người quen|thằng bạn|"
        r"con bạn)(?= (?:\w+ ){0,3}?(?:nói|bảo|kể|nhắn|viết|đăng|muốn|định|đã từng|tự|"
        r"đang nghĩ|nghĩ đến|hay nói|cứ nói|dọa)\b|\s*$)",
        # Only three words before a phrase are looked at: "[em trai mình] cứ nói là muốn chết".
        r"(?:cứ|hay|thường|luôn|suốt ngày|lúc nào cũng) (?:nói|bảo|kể|nhắn|than|dọa)"
        r"(?: (?:là|rằng))?(?! (?:tôi|mình|em|tao|tớ|mk|t)\b)",
        r"ấy(?= (?:\w+ )?(?:nói|bảo|kể|nhắn|than|dọa|muốn|định)\b)",
    ),
    hypothetical=(
        r"nếu (?:có )?(?:ai|ai đó|người nào|một người|bạn bè|bạn)",
        r"(?:làm gì|làm sao|phải làm gì|nên làm gì|nói gì|giúp thế nào|giúp sao) (?:nếu|khi)",
        r"(?:làm sao|làm thế nào|cách) (?:để )?(?:giúp|hỗ trợ|nói chuyện với)",
        r"trong (?:phim|truyện|sách|bài hát|game)|giả sử|ví dụ",
    ),
    harmless=(
        r"(?:cười|buồn cười|mắc cười) (?:muốn |gần |sắp )?chết (?:đi được|mất|luôn|rồi|thôi)?",
        r"(?:mệt|đói|nóng|lạnh|chán|sợ|buồn ngủ|khát|ngán|ghét|yêu|thèm|đẹp|dễ thương|đáng yêu|"
        r"cute|xinh|ngại|quê|xấu hổ|nhớ|lo|hồi hộp|tức|bực|điên|đau đầu|bận|ngứa|hôi|ngon|cay|"
        r"vui|ồn|kẹt xe|tắc đường)(?: (?:quá|lắm|ghê|thật|vãi|bụng|ơi là|quá đi))? "
        r"(?:muốn |gần |sắp |như )?chết(?: (?:đi được|đi mất|mất|luôn|rồi|thôi|khiếp|đi|ngất))?",
        r"nhớ (?:anh|em|cậu|bạn|mày|mẹ|con) (?:muốn |gần )?chết",
        r"chết (?:cười|đói|mê chết mệt|tiệt|cha|mẹ|thật|khiếp|chắc|dở|giấc)",
        r"(?:mày|mi|bay|chúng mày|nó|thằng \w+) (?:muốn )?(?:đi )?chết (?:đi|quách|à|hả)"
        r"(?: cho rồi)?",
        r"giết thời gian|chán sống (?:à|hả)",
    ),
    timing=(
        r"(?<!đến )(?<!tới )(?<!đó )(?<!xưa )tối nay|đêm nay|hôm nay|ngày mai|sáng mai|tối mai",
        r"ngay (?:bây giờ|bây h|lúc này|hôm nay|lập tức)|lát nữa|chút nữa|sắp tới|cuối tuần này",
    ),
    means=(
        _PILLS,
        r"dây thừng|thòng lọng|cây cầu|cầu (?:sông|vượt|thang máy)|nhảy (?:cầu|lầu|sông)",
        r"sân thượng|tầng thượng|nóc nhà|lưỡi lam|dao lam|vỉ thuốc|lọ thuốc|đường ray|đường tàu",
        r"con dao",
    ),
)
