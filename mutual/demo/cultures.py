"""Cultural backgrounds for invented demo people: common names and community languages.

Names are common given and family names combined at random, so no demo person is a
real one. Languages use the codes of ``settings.LANGUAGES`` ("zh-hans" is Mandarin) so a
person's first language can become their ``preferred_language``.
"""

from __future__ import annotations

from typing import NamedTuple


class Culture(NamedTuple):
    background: str
    language: str  # community language; "en" if English is the home language
    women: tuple[str, ...]
    men: tuple[str, ...]
    family_names: tuple[str, ...]
    weight: int  # how common in the demo crowd


_ANGLO_WOMEN = (
    "Sarah",
    "Jessica",
    "Emily",
    "Kate",
    "Rebecca",
    "Megan",
    "Chloe",
    "Leanne",
    "Tracey",
    "Michelle",
    "Donna",
    "Hannah",
    "Olivia",
    "Brooke",
)
_ANGLO_MEN = (
    "James",
    "Daniel",
    "Matthew",
    "Luke",
    "Ben",
    "Craig",
    "Shane",
    "Jason",
    "Michael",
    "Tom",
    "Josh",
    "Nathan",
    "Peter",
    "Liam",
)
_ANGLO_FAMILY = (
    "Smith",
    "Jones",
    "Williams",
    "Brown",
    "Wilson",
    "Taylor",
    "Walker",
    "Harris",
    "Mitchell",
    "Campbell",
    "Kelly",
    "Ryan",
    "Murphy",
    "Cooper",
)

CULTURES: tuple[Culture, ...] = (
    Culture("Anglo-Australian", "en", _ANGLO_WOMEN, _ANGLO_MEN, _ANGLO_FAMILY, 26),
    Culture(
        "Aboriginal",
        "en",
        _ANGLO_WOMEN,
        _ANGLO_MEN,
        ("Davies", "Roberts", "Clarke", "Hill", "Morgan", "Graham", "Bennett", "Lane"),
        6,
    ),
    Culture(
        "Lebanese",
        "ar",
        ("Fatima", "Amina", "Layla", "Mariam", "Zeinab", "Rania", "Huda", "Nour", "Samira"),
        ("Ahmad", "Mohammed", "Ali", "Hassan", "Omar", "Khaled", "Bilal", "Karim", "Samir"),
        ("Haddad", "Khoury", "Nasser", "Saleh", "Hamdan", "Mansour", "Darwish", "Karam"),
        9,
    ),
    Culture(
        "Iraqi",
        "ar",
        ("Zahraa", "Noor", "Hiba", "Sara", "Ruqaya", "Shaima"),
        ("Mustafa", "Haider", "Yousef", "Abbas", "Hussein", "Sajjad"),
        ("Al-Jabouri", "Kadhim", "Aziz", "Jaber", "Youssef", "Hamid"),
        4,
    ),
    Culture(
        "Vietnamese",
        "vi",
        ("Lan", "Mai", "Huong", "Linh", "Thu", "Ngoc", "Trang", "Hoa", "Thao"),
        ("Minh", "Tuan", "Duc", "Hung", "Quang", "Long", "Nam", "Khoa", "Bao"),
        ("Nguyen", "Tran", "Le", "Pham", "Huynh", "Vo", "Dang", "Bui", "Do"),
        9,
    ),
    Culture(
        "Chinese",
        "zh-hans",
        ("Mei", "Xiuying", "Lina", "Jing", "Yan", "Hui", "Ling", "Fang", "Xin"),
        ("Wei", "Jun", "Hao", "Lei", "Ming", "Jian", "Tao", "Qiang", "Yong"),
        ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Zhou"),
        9,
    ),
    Culture(
        "Indian",
        "hi",
        ("Priya", "Anjali", "Sunita", "Neha", "Kavita", "Pooja", "Deepa", "Meera", "Asha"),
        ("Rajesh", "Amit", "Sanjay", "Vikram", "Arjun", "Rohan", "Suresh", "Anil", "Ravi"),
        ("Sharma", "Patel", "Singh", "Kumar", "Gupta", "Verma", "Mehta", "Joshi", "Rao"),
        9,
    ),
    Culture(
        "Latin American",
        "es",
        ("María", "Carolina", "Daniela", "Lucía", "Camila", "Gabriela", "Valentina", "Paola"),
        ("José", "Carlos", "Diego", "Andrés", "Luis", "Javier", "Felipe", "Mateo"),
        ("García", "Rodríguez", "Martínez", "López", "González", "Pérez", "Ramírez", "Rojas"),
        6,
    ),
    Culture(
        "Greek",
        "el",
        ("Eleni", "Katerina", "Sofia", "Georgia", "Despina", "Anastasia", "Dimitra", "Irene"),
        ("Giorgos", "Nikos", "Kostas", "Dimitris", "Yianni", "Christos", "Stavros", "Vasilis"),
        (
            "Papadopoulos",
            "Georgiou",
            "Nikolaidis",
            "Konstantinou",
            "Pappas",
            "Vlahos",
            "Economou",
            "Stavrou",
        ),
        7,
    ),
    Culture(
        "Filipino",
        "en",
        ("Maria", "Joy", "Cristina", "Rowena", "Grace", "Jocelyn"),
        ("Jose", "Mark", "Rommel", "Paolo", "Ramon", "Jericho"),
        ("Santos", "Reyes", "Cruz", "Bautista", "Mendoza", "Villanueva"),
        4,
    ),
    Culture(
        "Samoan",
        "en",
        ("Malia", "Sina", "Talia", "Losa", "Fetu"),
        ("Sione", "Tavita", "Iosefa", "Ioane", "Pita"),
        ("Tuilagi", "Faleolo", "Leota", "Masoe", "Aumua"),
        3,
    ),
)
