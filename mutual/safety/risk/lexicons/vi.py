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
tốt hơn nếu không có mình", "không bao giờ tỉnh dậy nữa") is a passive wish, which a time word
does not make imminent; an intent (sẽ/định/tính/quyết định) with a method is ideation, and with a
day ("thứ 7 này", "chủ nhật", "mai t…") imminent. Letters written, a pet given to someone, "tính
hết rồi", "cảm ơn mọi người vì tất cả" are weak signs that count only together. To be
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
_R = r"(?:rồi|r|rùi)"  # already / now
_ME_ALL = r"(?:tôi|mình|mk|mik|tao|tớ|tui|em|con|t|e|anh|chị|cháu)"  # I, also as an object
# Where a phrase starts a clause: "viết xong di chúc rồi" but not "ông mình đã viết di chúc".
_START = r"(?:^|(?<=[,.!?;:] )|(?<=[,.!?;:]))"
_END = r"(?=\s*(?:$|[,.!?;:]))"  # the phrase ends the clause
# Heights and edges. "cầu" only as a bridge ("câu", "cậu" fold the same; not "cầu thang").
_BRIDGE = r"(?:cây cầu|cầu(?! (?:thang|lông|thủ|vồng|nguyện|cứu|kỳ|hôn|mong|trượt|tuột|xin|khấn)))"
_EDGE = rf"(?:lan can|mép|rào chắn|thành cầu|ngoài lan can|{_BRIDGE})"
_ROOF = r"(?:sân thượng|tầng thượng|nóc nhà|nóc tòa nhà|nóc chung cư|mái nhà)"
_DRUGS = (
    rf"(?:{_PILLS}|thuốc|vỉ|lọ thuốc|hộp thuốc|paracetamol|panadol|efferalgan|insulin|lithium|"
    r"thuốc an thần|thuốc giảm đau|thuốc chống trầm cảm|thuốc tẩy|nước tẩy|thuốc huyết áp)"
)
_POISON = r"(?:thuốc chuột|thuốc diệt chuột|thuốc trừ sâu|thuốc sâu|thuốc diệt cỏ|thuốc độc)"
_FAMILY = (
    r"(?:mọi người|gia đình|bố mẹ|ba mẹ|ba má|cả nhà|nhà mình|nhà tôi|nhà em|nhà t|ai cũng|"
    r"mọi thứ|bố|mẹ|ba|má|vợ|chồng|các con)"
)
_RELIEF = (
    r"(?:(?:tốt|vui|hạnh phúc|nhẹ nhõm|dễ chịu|ổn|thoải mái|sướng|đỡ khổ|nhẹ gánh|bớt khổ)"
    r" hơn|nhẹ gánh|bớt gánh nặng|đỡ khổ|đỡ gánh|nhẹ nhõm|bớt khổ|giải thoát)"
)
_GONE_ME = rf"{_ME} (?:chết|chít|biến mất|không còn|ko còn|k còn|mất đi|ra đi)"
# Ways to kill oneself after a verb of intent ("sẽ", "định", "tính", "quyết định"): "sẽ nhảy cầu",
# "định thắt cổ", "tính uống thuốc trừ sâu", "sẽ đốt than", "sẽ ra biển trầm mình". "thắt cổ"
# folds like "thật có" ("định thật có tâm"): only where the phrase ends or "tự tử", "chết",
# "trong phòng", "lúc…" follow.
_METHOD = (
    r"(?:nhảy (?:cầu|lầu|sông|hồ|biển|tàu|xuống (?:sông|biển|hồ|dòng sông))|treo cổ(?! (?:lên|ở|tại|"
    r"trước|nhà)\b)|thắt cổ(?=\s*(?:$|[,.!?;]|(?:tự tử|chết|cho|trong|ở|bằng|tại|luôn|đây|rồi|r|mà|lúc|khi|vào|"
    r"sau|trên|đi|nữa|thôi)\b))|"
    rf"(?:uống|nuốt) (?:hết |cả |nguyên )?(?:\w+ ){{0,2}}?(?:{_PILLS}|thuốc an thần)|"
    r"(?:uống|nuốt) hết (?:\w+ ){0,2}?(?:thuốc|viên)(?! (?:kháng sinh|theo|bác sĩ|bổ|cảm|ho)\b)|"
    r"(?:rạch|cắt|cứa) (?:cổ tay|mạch máu|gân tay|động mạch)|đốt than|chết đuối|trầm mình|"
    r"gieo mình|lao (?:đầu |mình )?(?:xuống|vào) (?:\w+ )?(?:sông|biển|hồ|xe|tàu|xe tải|container|"
    r"đường ray)|nằm (?:lên |xuống |chờ )?(?:đường ray|đường tàu)|tự thiêu|quyên sinh|"
    r"kết liễu (?:đời mình|bản thân|mình|cuộc đời)|kết thúc (?:cuộc đời|cuộc sống|mạng sống|"
    r"đời mình|sinh mạng)|tìm (?:đến|tới|về) cái chết|tìm cái chết)"
)
_INTENT = r"(?:sẽ|định|tính|quyết định|sắp|chuẩn bị|muốn|mún|thà|đành)"

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
        # a night, then the end: "tối nay là hết", "tối nay mk sẽ làm", "đêm nay t tự tử"
        r"(?:tối nay|đêm nay|tối mai|đêm mai|\d+h (?:đêm|sáng) nay)"
        rf"(?: (?:là|thì|{_ME}|sẽ|chắc|mọi thứ|mọi chuyện|tất cả)){{0,3}} (?:là hết|kết thúc"
        rf"(?: hết| tất cả| mọi thứ)?|làm|xong hết|là xong|ra đi|đi)(?: {_R})?{_END}",
        rf"(?:tối nay|đêm nay|tối mai|đêm mai|sáng mai|ngày mai|\d+h (?:đêm|sáng) nay)"
        rf"(?: (?:là|thì|{_ME}|sẽ|chắc)){{0,3}} {_TUTU_END}",
        # nobody will find me, don't call an ambulance, this time I'll jump for real
        rf"(?:sẽ )?(?:không|ko|k|chẳng) ai (?:tìm|phát hiện|cứu)(?: ra)? (?:kịp|được|thấy)"
        rf"(?: (?:đâu|mình|em|t|tôi|tao))?{_END}",
        r"đừng (?:ai )?gọi cấp cứu",
        rf"lần này (?:là )?(?:{_ME} )?(?:nhảy|làm|đi|uống) thật",
        # a will, a farewell letter left somewhere, to be read when I am gone
        rf"{_START}(?:{_ME} )?(?:đã |vừa |mới )?(?:viết|để lại|lập|soạn|ký)(?: xong| sẵn)? di chúc"
        r"|di chúc (?:viết )?tay",
        r"thư (?:tuyệt mệnh|từ biệt|vĩnh biệt)",
        rf"thư (?:cho|gửi) [^.!?]{{0,40}}? {_R}\b,? (?:\w+ ){{0,2}}?(?:kẹp|dán|để|đặt|giấu)",
        r"(?:để lại|viết) (?:\w+ )?thư (?:cho|gửi) [^.!?]{0,30}?[,.] *[^.!?]{0,30}?"
        r"(?:đọc|hiểu hết|không còn)",
        rf"thư {_ME_ALL} (?:\w+ )?(?:để|kẹp|giấu|đặt) (?:trong|dưới|trên|ở)",
        rf"(?:khi|lúc) (?:\w+ ){{0,3}}?đọc(?: được)?(?: \w+){{0,2}},? (?:thì )?{_ME} (?:đã )?"
        r"(?:không còn|ko còn|đi rồi|chết rồi)",
        # passwords and accounts handed over "for later"
        r"(?:mật khẩu|pass|password) (?:\w+ ){0,8}?(?:gửi|ghi|đưa|để|viết)[^.!?]{0,60}?"
        r"(?:sau này|lo giúp|xóa giúp|xoá giúp|sẽ cần)",
        r"(?:viết|ghi) sẵn (?:mật khẩu|pass) (?:\w+ ){0,6}?(?:fb|facebook|zalo|ngân hàng|tài khoản|"
        r"điện thoại|gmail)",
        # children and pets handed over for good
        r"(?:nuôi|chăm|lo cho|đón|giữ|trông) (?:\w+ ){0,4}?(?:giùm|giúp|hộ) (?:\w+ ){0,2}?"
        rf"(?:nha|nhé|với)[^.!?]{{0,40}}?{_KO} (?:còn )?(?:ở đây|lo (?:cho )?(?:\w+ ){{0,2}}?được|"
        rf"chăm (?:\w+ ){{0,2}}?được|nuôi (?:\w+ ){{0,2}}?được|quay lại|về)[^.!?]{{0,15}}?{_NUA}",
        r"(?:con mèo|con chó|con cún|mèo|chó|hai đứa nhỏ|các con|tụi nhỏ|bọn trẻ) (?:\w+ ){0,4}?"
        rf"(?:gửi|cho|giao) (?:\w+ ){{0,5}}?{_R}\b[^.!?]{{0,60}}?(?:xong xuôi|việc cuối|"
        r"không quay|ko quay)",
        rf"gửi (?:con mèo|con chó|con cún|hai đứa nhỏ|các con|tụi nhỏ) [^.!?]{{0,40}}?{_R}\b"
        r"[^!?]{0,80}?(?:xong xuôi|việc cuối|không quay|ko quay)",
        rf"chỉ còn (?:một )?việc cuối(?: cùng)?{_END}",
        # telling people I'm going away, when I'm not
        rf"nói (?:với \w+ )?là {_ME} (?:đi xa|về quê|đi du lịch|đi công tác)[^!?]{{0,40}}?"
        r"(?:thật ra|thực ra|nhưng|(?:không|ko|k) (?:về|quay|đi)(?: \w+)? (?:đâu|nữa))",
        r"(?:thật ra|thực ra) (?:\w+ )?(?:không|ko|k) (?:quay lại|quay về|về|trở về) (?:nữa|đâu)",
        # everything sorted out, and then the end
        r"(?:xong xuôi hết|sắp xếp xong|chuẩn bị xong hết|tính hết rồi|tính xong hết)[^.!?]{0,40}?"
        r"(?:không ai|ko ai|kết thúc|là hết)",
        r"(?:mọi thứ|mọi chuyện|tất cả) (?:đã )?(?:sắp xếp|chuẩn bị|lo) xong[^.!?]{0,30}?"
        r"(?:kết thúc|là hết)|(?:kết thúc|là hết)[^.!?]{0,30}?(?:mọi thứ|mọi chuyện|tất cả) "
        r"(?:đã )?(?:sắp xếp|chuẩn bị|lo) xong",
        # a lonely place chosen, where nobody will find me
        r"(?:ra|đến|tới|về) (?:\w+ ){0,3}?(?:hồ|sông|biển|đập|cầu|đường ray|núi|vực)"
        rf"[^.!?]{{0,60}}?(?:chọn chỗ|không ai tìm|ko ai tìm|không về {_NUA}|ko về {_NUA}|"
        r"không ai (?:thấy|biết))",
        rf"(?:là|thì|sẽ|rồi) ra (?:cầu|đường ray|đường tàu){_END}",
        rf"{_KO} (?:muốn )?(?:quay (?:lại|về)|trở về|về) {_NUA}(?: đâu)?"
        r"(?=[^.!?]{0,40}(?:biển|sông|cầu|tạm biệt|cảm ơn|xin lỗi))"
        r"|(?:biển|sông|cầu|hồ)[^!?]{0,60}?(?:không|ko|k) (?:muốn )?(?:về|quay (?:lại|về)) (?:nữa|nx)",
        # no more of me
        r"sẽ không còn (?:em|t|mình|tôi|tao|tớ|tui) (?:nữa|trên đời)",
        r"(?:xin lỗi|nhắn xin lỗi) từng người",
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
        # not "thắt dây" alone: it folds like "thật đấy" (really)
        r"(?:đã )?(?:buộc|thắt|treo) (?:xong )?(?:dây thừng|thòng lọng|dây (?:lên|vào|rồi|xong|sẵn))",
        # hanging: a rope or scarf tied up
        r"(?:dây thừng|sợi dây|dây|thòng lọng|khăn quàng(?: cổ)?) (?:\w+ ){0,3}?(?:đã )?"
        rf"(?:buộc|treo|thắt|cột|móc) (?:sẵn|xong|lên|trên|vào|{_R}\b)",
        r"(?:buộc|treo|thắt|cột|móc) (?:sẵn |xong )?(?:dây thừng|sợi dây|dây|thòng lọng|khăn quàng"
        r"(?: cổ)?|khăn) (?:\w+ ){0,3}?(?:lên|trên|vào|ở) (?:\w+ ){0,2}?(?:xà|móc|quạt trần|cửa|"
        r"cành|trần nhà)",
        rf"(?:mua|có|chuẩn bị|lấy) sẵn (?:dây|dây thừng|sợi dây) (?:{_R}\b|treo|để)",
        r"(?:cầm|lấy) (?:cái |sợi )?(?:khăn quàng|dây thừng|sợi dây)(?: cổ)? (?:đứng|ngồi|vào phòng)",
        # at an edge, on a roof, a bridge, the tracks, in the sea: already there
        rf"(?:đang |đã )?(?:đứng|ngồi|leo|trèo|bước|đu) (?:qua |lên |ra )?(?:trên|ở|ngoài|tại|lên|"
        rf"qua|ra) (?:\w+ )?(?:lan can|mép|rào chắn|thành cầu)|(?:đang |đã )?(?:đứng|ngồi|leo|trèo) "
        rf"(?:qua |lên |ra )?(?:trên|ngoài|lên|qua) {_BRIDGE}",
        rf"(?:đang |đã )?(?:đứng|leo|trèo) (?:lên )?(?:trên|ở|lên) (?:\w+ )?{_ROOF}",
        r"(?:ra|đến|tới|ở|đứng ở|đứng trên) (?:tới |đến )?(?:đường ray|đường tàu)(?: \w+){0,3}?,? "
        r"(?:rồi|r|chờ|đợi)|(?:đang )?(?:đứng|nằm|ngồi) (?:ở |trên |giữa )(?:đường ray|đường tàu)",
        r"(?:chờ|đợi) (?:chuyến )?tàu (?:đêm|tới|chạy qua|qua)|chuyến tàu (?:\w+ ){0,2}?(?:sẽ )?qua",
        r"nước (?:đã )?(?:tới|đến|ngập|lên tới) (?:ngực|cổ|cằm|vai)",
        r"(?:đi|bước) (?:bộ )?ra xa dần",
        # charcoal, gas, a running engine in a closed room
        r"đốt than (?:trong (?:phòng|chậu|xô|nhà|xe|toilet|nhà tắm)|(?:rồi|r|xong)(?! (?:nướng|nấu)))",
        r"(?:bật|mở|vặn) (?:\w+ )?(?:gas|ga|bình ga)(?: \w+)? (?:rồi|r)[^.!?]{0,30}?(?:đóng|khóa|dán)",
        r"(?:nổ máy|máy (?:xe )?(?:vẫn )?(?:đang )?nổ)[^.!?]{0,40}?(?:đóng kín|đóng hết|cửa cuốn)"
        r"|(?:đóng kín|đóng hết)[^.!?]{0,40}?(?:nổ máy|máy (?:xe )?(?:vẫn )?(?:đang )?nổ|"
        r"đốt than|bật gas)",
        r"(?:cửa sổ|khe cửa) (?:\w+ ){0,2}?dán kín",
        # a poison or a knife got and hidden; pills hoarded
        r"(?:mua|lấy|giấu|cất|mang|cầm|trữ|để dành|chuẩn bị|có sẵn|lấy vô|lấy vào) (?:\w+ ){0,3}?"
        rf"{_POISON}(?! (?:về )?(?:để )?(?:diệt|bẫy|cho chuột|xịt|phun|bón|cho vườn|cho ruộng))",
        rf"{_POISON}[^.!?]{{0,40}}?(?:giấu|lấy vô phòng|lấy vào phòng|mang vào|trong (?:cặp|balo|"
        r"ba lô|túi|phòng))",
        r"(?:con dao|dao lam|lưỡi lam|dao (?:rọc giấy|nhọn|gọt|bếp)|(?:mua|lấy|cầm|giấu) (?:cái |con )?"
        rf"dao|{_PILLS}|thuốc an thần)[^.!?]{{0,50}}?(?:giấu|để dưới|dưới (?:nệm|gối|giường)|"
        r"mang vào phòng|khóa trái|khoá trái)",
        r"(?:dao lam|lưỡi lam|con dao) (?:\w+ ){0,2}?sẵn",
        r"(?:mang theo|gom|đổ|tích|trữ|gom góp) hết (?:\w+ ){0,3}?(?:thuốc|insulin|viên)|"
        r"lấy hết (?:\w+ ){0,2}?(?:insulin|thuốc ngủ|thuốc an thần)",
        r"(?:tích|gom|trữ|để dành) (?:\w+ ){0,3}?(?:insulin|lithium|paracetamol|thuốc an thần)",
        r"(?:gom|tích|trữ) (?:được )?(?:hơn |gần )?\d+ viên",
    ),
    # --- imminent: attempt under way or just made ------------------------------------------------
    ("imminent", "attempt"): (
        r"(?:vừa|đã|mới|đang) (?:uống|nuốt) (?:hết |cả |nguyên )?(?:\w+ )?(?:vỉ|lọ|hộp|chai|"
        rf"nắm|đống|\d+ viên|mấy chục viên) (?:\w+ )?(?:thuốc|{_PILLS})",
        rf"(?:vừa|đã|mới)? ?uống (?:\w+ )?(?:{_PILLS}|quá liều|thuốc quá liều|"
        r"nhiều thuốc ngủ|thuốc tẩy|nước tẩy)",
        r"(?:vừa|đã|mới|đang) (?:rạch|cắt|cứa) (?:cổ tay|mạch máu|gân tay|tay sâu)",
        rf"(?:vừa|mới|đang) (?:{_TUTU_END}|treo cổ)|{_TUTU} hụt",
        # swallowed all of it: "nuốt hết mấy viên thuốc", "uống 30 viên", "tiêm hết insulin"
        r"(?<!nhớ )(?<!phải )(?<!nên )(?:uống|nuốt|tiêm|chích|đổ) (?:hết (?:cả )?|nguyên |sạch |"
        rf"toàn bộ |cả (?=vỉ|lọ|hộp|chai|nắm))(?:\w+ ){{0,4}}?{_DRUGS}(?![^.!?]{{0,30}}(?:theo đơn|"
        r"đúng liều|kháng sinh|bác sĩ kê|tái khám|khám lại|lấy thêm|mua thêm|kê thêm))",
        r"(?:uống|nuốt) (?:hơn |gần |khoảng |tầm )?(?:[1-9]\d|mấy chục|cả chục|chục) viên",
        rf"(?:uống|nuốt|tiêm) (?:\w+ ){{0,3}}?(?:{_POISON}|nước tẩy|thuốc tẩy)",
        r"(?:tiêm|chích) hết(?: \w+){0,2}? (?:một lần|một lúc|cho xong)",
        r"(?:uống|nuốt) xong là hết|khoảng [1-9]\d viên",
        # bleeding that will not stop
        r"máu (?!cam|kinh)(?:\w+ )?(?:chảy|ra) (?:không ngừng|không ngưng|mãi không|nhiều quá|"
        r"không cầm|ko ngừng|ko cầm)|cắt sâu (?:lắm|quá)",
    ),
    # --- imminent: farewells ---------------------------------------------------------------------
    ("imminent", "farewell"): (
        # "t đi đây, mọi người ở lại mạnh khỏe": the words said to those who stay behind
        r"(?:mọi người|mọi ng|mn|cả nhà|các bạn|bố mẹ|ba mẹ|ba má|những người) (?:\w+ )?ở lại "
        r"(?:\w+ ){0,2}?(?:mạnh khỏe|mạnh khoẻ|bình an|sống tốt|sống vui|hạnh phúc|giữ gìn sức|"
        r"bảo trọng)",
        r"vĩnh biệt (?:mọi người|tất cả|cả nhà|thế giới|cuộc đời|cuộc sống|gia đình|bố mẹ|"
        r"ba mẹ|các bạn|mn)",
        r"tạm biệt (?:mọi người|tất cả|mn|cả nhà)? ?(?:mãi mãi|lần cuối)",
        r"(?:đây là|là) tin nhắn cuối cùng(?! (?:trong ngày|hôm nay|của ngày)\b)",
        r"tin nhắn cuối cùng của (?:tôi|mình|em|con)",
        r"hẹn (?:gặp lại )?(?:mọi người |các bạn )?(?:ở |vào )?kiếp sau",
        r"(?:xin lỗi|tha lỗi cho) (?:\w+ ){0,3}?vì (?:con|em|tôi|mình) phải (?:đi trước|ra đi)",
        r"cảm ơn (?:vì )?tất cả\W+(?:và )?(?:tạm biệt|vĩnh biệt)",
        r"(?:tạm biệt|vĩnh biệt)\W+cảm ơn (?:vì )?tất cả",
        r"cảm ơn (?:\w+ ){0,3}?vì tất cả[^.!?]{0,30}?(?:tạm biệt|vĩnh biệt|bye)",
        r"(?<!bản )tin (?:nhắn )?cuối(?: cùng)?(?! (?:ngày|trong ngày|hôm nay|của ngày|tuần|"
        r"tháng|năm|giờ))(?=[^.!?]{0,30}(?:$|nha|nhé|[,.!?]|thôi|(?:mình|em|t|tôi) nhắn|cảm ơn))",
        r"(?:nhắn|nhắn tin|chat|vào nhóm) (?:\w+ ){0,3}?lần cuối",
        rf"(?:đây là|là) (?:lần|buổi) cuối {_ME} (?:nhắn|vào nhóm|lên đây|vào đây)",
        r"(?:cảm ơn|cám ơn) (?:\w+ ){0,4}?(?:đã|vì) (?:nghe|lắng nghe|ở bên|chơi với|tốt với|"
        r"đồng hành|bên cạnh|chăm sóc|nói chuyện với)[^.!?]{0,40}[,.!?] *[^.!?]{0,60}?"
        r"(?:giữ gìn sức khỏe|giữ gìn sức khoẻ|tạm biệt|vĩnh biệt|lần cuối|buổi cuối|"
        r"(?:em|t|mình|anh) đi đây|bảo trọng|nhớ (?:tưới|chăm|cho mèo))",
        r"xin lỗi (?:\w+ ){0,3}?[,.]? *(?:tạm biệt|vĩnh biệt)",
        r"(?:tạm biệt|vĩnh biệt|bye)[^.!?]{0,20}?(?:đừng buồn|đừng khóc|đừng gọi|đừng tìm)",
        r"(?:tắt máy|tắt điện thoại) (?:đây|luôn)[^.!?]{0,10}?đừng gọi",
    ),
    # --- elevated: goodbyes that are often something else (a break-up, a quarrel) ------------
    ("elevated", "farewell"): (
        # "mai t không còn nữa" (not "không còn ở đây nữa": moving away); with another sign:
        # imminent
        r"(?:mai|ngày mai|tối nay|đêm nay|sau hôm nay|sau đêm nay|từ mai|sáng mai|tuần sau|"
        rf"sớm thôi)(?: là)? (?:{_ME} )?(?:sẽ )?(?:{_KO}|chẳng) còn (?:(?:trên đời|trên đời này|"
        rf"trên thế giới này|sống|tồn tại) )?{_NUA}",
        rf"{_ME} đi (?:đây|nha|nhé)[^.!?]{{0,40}}?(?:bảo trọng|mạnh khỏe|mạnh khoẻ|đừng buồn|"
        r"đừng khóc|vĩnh biệt|hẹn kiếp sau)",
        rf"đừng (?:ai )?(?:tìm|cản|cứu) {_ME_ALL}(?: {_NUA})?{_END}",
        rf"đừng (?:buồn|khóc) vì {_ME_ALL}(?: nha| nhé)?{_END}",
        rf"(?:{_KO}|chẳng) (?:phải|cần) lo (?:cho )?{_ME_ALL} {_NUA}",
    ),
    # --- elevated: affairs put in order (also done by people who are well) -------------------
    ("elevated", "plan"): (
        r"(?:chuyển|gửi|đưa) hết (?:số )?tiền (?:tiết kiệm|dành dụm) cho",
        r"(?:tặng|cho|đưa|để lại|trả|gửi|cho lại) [^.!?]{0,80}?"
        rf"{_ME} (?:sẽ )?{_KO} (?:còn )?(?:cần|dùng)(?: đến| tới)?(?: nó| chúng)? {_NUA}",
    ),
    # --- elevated: wanting to die or to kill oneself ---------------------------------------------
    ("elevated", "ideation"): (
        # intent and a method: "t sẽ nhảy cầu", "định thắt cổ", "tối nay sẽ đốt than trong phòng"
        rf"{_INTENT} (?:{_ME} )?(?:(?:đi|ra|lên|về|xuống) (?:\w+ ){{0,3}}?)?{_METHOD}",
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
        rf"(?:muốn|mún|định|tính|sẽ|sắp|nghĩ|nghĩ đến|nghĩ tới|nghĩ về|nghĩ hay|quyết định) "
        r"(?:\w+ ){0,3}?nhảy (?:từ |khỏi |xuống )(?:\w+ ){0,3}?(?:tầng|lầu|ban công|sân thượng|"
        r"cầu|sông|nóc|cửa sổ|xuống|dưới)(?! (?:hồ bơi|bể bơi|nước chơi))|(?:nghĩ|muốn|mún|định|tính|sẽ) "
        rf"(?:\w+ ){{0,3}}?nhảy xuống{_END}",
        r"nhảy (?:từ|khỏi) (?:\w+ ){0,2}?(?:tầng \d+|lầu \d+|ban công|sân thượng|nóc nhà|cửa sổ)"
        r"(?: \w+)? xuống",
        r"(?:nghĩ|nghĩ đến|nghĩ tới|nghĩ về) (?:việc |chuyện |cách )?(?:nhảy xuống|nhảy lầu|"
        r"nhảy cầu|kết thúc cuộc (?:sống|đời)|biến mất)",
        r"(?:đâm|lao|tông) (?:thẳng )?(?:xe )?(?:vào|xuống) (?:\w+ ){0,2}?(?:xe|container|xe tải|"
        r"cột|vực|sông)[^.!?]{0,20}?(?:cho nhanh|cho xong|cho rồi|chết)",
        rf"{_CHET} (?:luôn |quách |đi )+cho (?:xong|rồi|nhẹ|khỏe|đỡ khổ)",
        rf"(?:{_KO}|chẳng) (?:còn )?{_MUON} (?:tồn tại|có mặt)(?: trên (?:đời|thế giới|cõi đời)"
        r"(?: này)?)?",
        rf"sống (?:để )?làm (?:gì|j|chi) {_NUA}",
        r"(?:chỉ |cứ )?(?:mong|muốn|ước) (?:mọi thứ |mọi chuyện |tất cả )?(?:kết thúc|chấm dứt) "
        r"(?:sớm|hết|cho xong|luôn)",
        r"(?:cách|đường) duy nhất để (?:hết đau|thoát|giải thoát|kết thúc)",
        rf"{_CHET} (?:đi )?(?:chắc|thì|là|mới) (?:\w+ ){{0,2}}?(?:nhẹ nhõm|sướng|hết đau|"
        r"giải thoát|yên)",
        r"biến mất khỏi (?:đời|thế giới|cuộc đời|trái đất|thế gian|cõi đời)",
        # "I'll end it" (with a time word: imminent)
        rf"{_ME} (?:sẽ |muốn |định )?kết thúc(?: hết| tất cả| mọi thứ| mọi chuyện| cuộc đời)?{_END}",
    ),
    # --- elevated: wishing not to be alive (a time word does not make it imminent) -----------
    ("elevated", "passive_wish"): (
        # "chỉ ước đi ngủ rồi không bao giờ tỉnh dậy", "mong ngủ mãi không thức dậy"
        rf"(?:ước gì|giá mà|ước|mong|{_MUON}|cầu) (?:là )?(?:\w+ ){{0,4}}?ngủ (?:\w+ ){{0,3}}?"
        rf"(?:{_KO}|chẳng|đừng) (?:bao giờ |bao h )?(?:phải )?(?:tỉnh|thức|dậy)\w*"
        r"(?! (?:sớm|muộn|trễ|nổi|được|kịp|trước|lúc|vào)\b)",
        # "ngủ luôn không dậy", "không bao giờ tỉnh dậy nữa", "đừng bao giờ phải thức dậy nữa"
        rf"ngủ (?:luôn|mãi|một giấc)(?: mãi| luôn)? (?:{_KO}|chẳng) (?:bao giờ )?(?:dậy|tỉnh|thức)"
        r"(?: dậy| lại)?(?! (?:sớm|muộn|trễ|nổi|được|kịp|trước|lúc|vào)\b)",
        rf"(?:{_KO}|chẳng|đừng) (?:bao giờ|bao h) (?:phải )?(?:tỉnh|thức)(?: dậy| lại)? {_NUA}",
        rf"(?:{_MUON}|ước|mong) (?:\w+ ){{0,3}}?ngủ (?:một giấc )?(?:mãi mãi|vĩnh viễn|ngàn thu)|"
        r"giấc ngủ ngàn thu",
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
        rf"(?:{_KO} có|thiếu|vắng|mất) {_ME_ALL}(?: thì)?,? [^.!?]{{0,30}}?{_RELIEF}",
        rf"{_FAMILY}(?: \w+){{0,3}}? {_RELIEF}(?: \w+)? (?:nếu|khi|mà) (?:{_ME_ALL} )?(?:không còn|"
        r"ko còn|chết|biến mất|không phải (?:nuôi|lo)|ra đi)",
        rf"(?:nếu|khi|mà|chắc) (?:mai |sau này |một ngày )?{_GONE_ME}[^.!?]{{0,40}}?(?:{_RELIEF}|chẳng ai (?:để ý|quan tâm|"
        r"buồn)|không ai (?:để ý|quan tâm|buồn)|cũng được|lại tốt)",
        rf"(?:ước gì|mong|cầu trời|cầu mong|giá mà)(?: là| cho)? (?:\w+ )?{_ME_ALL} (?:\w+ ){{0,2}}?"
        r"(?:bị |mắc )?(?:bệnh (?:nặng|hiểm nghèo|gì đó nặng)|ung thư|tai nạn)[^.!?]{0,20}?"
        r"(?:đi luôn|chết|cho xong|cho rồi|đỡ khổ)",
        r"(?:ước gì|ước|mong|cầu trời|cầu mong|giá mà)(?: là)? (?:\w+ ){0,4}?xe (?:\w+ )?"
        rf"(?:tông|đâm|cán) (?:chết )?(?:{_ME_ALL}|luôn|chết)",
        r"(?:ước gì|ước|mong|cầu|nếu|giá)(?: là)? (?:\w+ )?(?:máy bay|chuyến bay)"
        r"(?: (?!không|ko|đừng|k\b)\w+)?? (?:rơi|rớt)",
        rf"(?:bị )?xe (?:\w+ )?(?:tông|đâm|cán) (?:{_CHET} )?(?:chắc )?(?:cũng được|cho xong|"
        r"luôn cho)",
        r"chết luôn cho (?:xong|rồi|đỡ khổ|nhẹ)",
        r"(?:mong|ước|cầu) (?:là )?(?:sáng mai|ngày mai|mai) (?:đừng|không|ko) (?:đến|tới)",
        rf"(?:ước gì|giá mà|mong) (?:\w+ ){{0,3}}?(?:đã )?{_CHET} (?:trong lúc ngủ|trong giấc ngủ|"
        r"từ lâu)",
        rf"(?:thất vọng|chán|buồn) vì (?:{_ME} )?vẫn còn (?:sống|thở)|vẫn còn (?:sống|thở) "
        r"(?:là )?(?:thấy )?(?:chán|thất vọng)",
    ),
    # --- elevated: hurting oneself now -----------------------------------------------------------
    ("elevated", "self_harm"): (
        # not "hại mình" alone: it folds like "hai mình" (the two of us)
        r"tự (?:làm đau|hại|làm hại|hành hạ|đánh) (?:bản thân|chính mình|mình)|"
        r"(?:làm đau|hại|làm hại|hành hạ) (?:bản thân|chính mình)|(?:làm đau|làm hại|hành hạ) mình",
        r"tự làm đau|tự hại|tự rạch|tự cắt|tự làm tổn thương|đập đầu vào tường",
        r"(?:lại |đã |vừa |hay |thường )?(?:rạch|cứa|cắt) (?:tay|cổ tay|đùi|chân)"
        r"(?! (?:áo|cho|giúp|người|bé|con)\b)",
        # adjacent objects only: "tự tát" folds like "từ tất (cả)", "tự cấu" like "từ câu"
        r"tự (?:tát (?:vào )?(?:mặt|má|mình)|cấu (?:mình|bản thân|vào)|cắn (?:mình|tay|môi)|"
        r"đấm (?:vào )?(?:mình|bản thân|mặt|ngực|đầu|tường)|véo (?:mình|tay|đùi)|"
        r"cào (?:mình|tay|mặt|da)|bỏ đói(?: \w+)?|trừng phạt)",
        r"(?:phạt|trừng phạt|hành) (?:bản thân|chính mình)",
        r"(?:tự |(?<!bị )" + _ME + r" )(?:(?!bị\b)\w+ ){0,2}?(?:cào|cấu|cắn|đấm|đập|bấm|cứa|rạch|"
        r"cắt|gãi|giật|bứt|tát|véo|dí|đâm)[^.!?]{0,40}?(?:đến|tới|cho) (?:bật |chảy |rỉ |ra )?máu",
        r"(?:đến|tới) (?:bật |chảy |rỉ )máu (?:mỗi|mới)",
        rf"(?:{_ME}|tự) (?:lại |hay |thường )?(?:lấy|dùng|cầm) (?:\w+ )?(?:kim|bật lửa|tàn thuốc|"
        r"điếu thuốc|dao lam|lưỡi lam|compa|dao|kéo) (?:\w+ ){0,2}?(?:hơ|đốt|dí|châm|gí|đâm|"
        r"chích|cứa|rạch|cắt|khứa) (?:vào |lên )?(?:(?!móng)\w+ )?(?:tay|cổ tay|da|đùi|chân|bụng)",
        r"(?:hơ|đốt|dí|gí|châm) (?:\w+ )?(?:tay|cổ tay|da|đùi) (?:\w+ )?(?:bằng )?(?:bật lửa|"
        r"tàn thuốc|điếu thuốc)",
        r"(?<!bị )(?:giật|bứt|nhổ) tóc (?:\w+ ){0,2}?(?:đến|tới|trọc|không dừng|ko dừng|hói)",
        r"cào cấu (?:bản thân|mình|tay|người)|bóc (?:\w+ )?vết thương",
        rf"(?:{_ME}|hôm nay|hnay|nay|hôm qua|tối qua) lại (?:cắt|rạch|cứa)"
        r"(?=\s*(?:$|[,.!?]|tay|nữa))",
        r"(?:nhịn ăn|nhịn đói|bỏ ăn|bỏ bữa)[^.!?]{0,30}?(?:phạt|ghê|không xứng|ko xứng|tới mức|"
        r"đến mức)|(?:không|ko) xứng đáng (?:được )?(?:ăn|sống)",
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

# --- Weak signs: none alone, imminent together (rules._with_other_signs) -------------------------
_WEAK: dict[Kind, tuple[str, ...]] = {
    "plan": (
        # letters written, a pet or the children given to someone, everything worked out
        # (starting at "thư", where the stronger "thư cho … rồi, kẹp trong…" starts too)
        r"viết xong (?:\w+ ){0,2}?thư|thư (?:cho|gửi) [^.!?]{0,30}?(?:viết )?(?:xong|sẵn|rồi|r|rùi)\b",
        r"gửi (?:con mèo|mèo|con chó|chó|con cún|cún|bé|các con|tụi nhỏ|hai đứa nhỏ|thú cưng)"
        r"(?: \w+){0,2}? (?:cho|nhờ|sang)|(?:con mèo|mèo|con chó|chó|con cún|cún|các con|tụi nhỏ|"
        r"thú cưng)(?: \w+){0,2}? (?:gửi|giao|nhờ|cho) (?:\w+ ){0,3}?(?:nuôi|chăm|giữ|trông)",
        r"(?:tính|lo|sắp xếp|chuẩn bị) (?:hết|xong|xong hết|xong xuôi)(?: hết)? (?:rồi|r|rùi)|"
        r"quyết định (?:rồi|r|rùi)",
    ),
    "farewell": (
        r"(?:cảm ơn|cám ơn) (?:mọi người|mọi ng|mn|cả nhà|các bạn|bố mẹ|ba mẹ)(?: \w+){0,3}? "
        r"(?:vì tất cả|vì mọi thứ|thời gian qua|bấy lâu|nhiều lắm)",
        rf"đừng lo (?:cho )?{_ME_ALL}(?: {_NUA})?{_END}",
    ),
}

LEXICON = Lexicon(
    language="vi",
    # One rule per level and kind (see the module docstring).
    rules=tuple(Rule(level, kind, "|".join(ps)) for (level, kind), ps in _RULES.items())
    + tuple(Rule("none", kind, "|".join(ps)) for kind, ps in _WEAK.items()),
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
        r"đã từng|(?:tôi|mình|em|t|tao|tui|anh|chị|tớ|mk) từng|có (?:một )?thời|"
        r"có (?:một )?giai đoạn|(?:năm|hồi|thời) (?:đó|ấy)",
    ),
    recovery=(
        r"(?:bây giờ|giờ|hiện tại|giờ đây|nay) (?:tôi|mình|em)? ?(?:đã )?(?:giúp|hỗ trợ|đồng hành)",
        r"(?:bây giờ|giờ|hiện tại|nay) (?:tôi|mình|em|t|anh|chị|tui)? ?(?:đã )?(?:sống )?"
        r"(?:khá |rất |đã |cũng )?(?:ổn|khỏe|tốt hơn|tốt|hạnh phúc|vui vẻ|bình yên|ổn định)",
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
        # training talk: "buổi tập huấn dạy cách hỏi thẳng…"
        r"tập huấn|training|role-play|sơ cứu tâm lý|hỏi (?:thẳng|trực tiếp)|"
        r"(?:làm sao|cách|nên) (?:để )?hỏi|dấu hiệu (?:nguy cơ|cảnh báo)",
    ),
    harmless=(
        r"(?:cười|buồn cười|mắc cười) (?:muốn |gần |sắp )?chết (?:đi được|mất|luôn|rồi|thôi)?",
        r"(?:mệt|đói|nóng|lạnh|chán|sợ|buồn ngủ|khát|ngán|ghét|yêu|thèm|đẹp|dễ thương|đáng yêu|"
        r"cute|xinh|ngại|quê|xấu hổ|nhớ|lo|hồi hộp|tức|bực|điên|đau đầu|bận|ngứa|hôi|ngon|cay|khó|"
        r"dở|đắt|lâu|chậm|khổ|"
        r"vui|ồn|kẹt xe|tắc đường)(?: (?:quá|lắm|ghê|thật|vãi|bụng|ơi là|quá đi))? "
        r"(?:muốn |gần |sắp |như )?chết(?: (?:đi được|đi mất|mất|luôn|rồi|thôi|khiếp|đi|ngất))?",
        r"nhớ (?:anh|em|cậu|bạn|mày|mẹ|con) (?:muốn |gần )?chết",
        r"(?<!muốn )(?<!mún )(?<!tông )(?<!đâm )(?<!cán )chết "
        r"(?:cười|đói|mê chết mệt|tiệt|cha|mẹ|thật|khiếp|chắc|dở|giấc)",
        r"(?:mày|mi|bay|chúng mày|nó|thằng \w+) (?:muốn )?(?:đi )?chết (?:đi|quách|à|hả)"
        r"(?: cho rồi)?",
        r"giết thời gian|chán sống (?:à|hả)",
        rf"(?:{_KO}|chưa) (?:hề |bao giờ |từng )?(?:có )?(?:ý nghĩ|ý định|suy nghĩ|nghĩ (?:đến|tới)|"
        r"nghĩ gì|có ý) (?:\w+ ){0,2}?(?:tự hại|tự tử|tự sát|làm hại bản thân|tự làm hại|"
        r"làm đau bản thân|tự làm đau|chết|dại dột|làm gì dại)",
    ),
    timing=(
        r"(?<!đến )(?<!tới )(?<!đó )(?<!xưa )tối nay|đêm nay|hôm nay|ngày mai|sáng mai|tối mai",
        r"ngay (?:bây giờ|bây h|lúc này|hôm nay|lập tức)|lát nữa|chút nữa|sắp tới|cuối tuần này",
        # a day of the week, not an ordinal ("lần thứ 2", "tầng thứ 7"); "thứ tư" folds like
        # "thứ tự" (order), so only "thứ tư này / tới". The word comes first, then the checks
        # on what precedes it: the expression is tried at every position of every message.
        r"thứ(?<!lần thứ)(?<!người thứ)(?<!con thứ)(?<!đứa thứ)(?<!bước thứ)(?<!điều thứ)"
        r"(?<!hạng thứ)(?<!lớp thứ)(?<!tầng thứ)(?<!cái thứ)(?<!giải thứ)(?<!đứng thứ)(?<!theo thứ)"
        r" (?:[2-7]|hai|ba|năm|sáu|bảy|tư(?= (?:này|tới|tuần)))",
        r"chủ nhật|cuối tuần|tuần (?:sau|tới|này)|(?:chiều|trưa|sáng) nay|(?:chiều|trưa) mai|"
        r"tan (?:làm|ca|học)|ngày (?:kia|mốt)|(?:từ|sang) mai",
        # "mai t sẽ…": "mai" starting a clause, before a pronoun or "là" (not a name, "Mai")
        r"mai(?<!\w mai)(?= (?:t|tôi|mình|em|tao|tớ|tui|anh|chị|con|là|sẽ|thì|mk)\b)",
    ),
    means=(
        _PILLS,
        r"dây thừng|thòng lọng|cây cầu|cầu (?:sông|vượt|thang máy)|nhảy (?:cầu|lầu|sông)",
        r"sân thượng|tầng thượng|nóc nhà|lưỡi lam|dao lam|vỉ thuốc|lọ thuốc|đường ray|đường tàu",
        r"con dao",
    ),
)
