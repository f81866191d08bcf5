"""What the demo sets up: two invented organisations, five programs and their staff.

The programs are modelled on real Australian peer-to-peer programs described in the seed
documents (carers supporting carers, Family by Family, the paediatric palliative peer
mentor project, young parents, gambling-harm peer workers); the organisations and people
are invented. The crisis lines are real.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

DEMO_DOMAIN = "demo.mutual.test"
# Published on purpose: the demo prints it, and demo_code shows the one-time codes.
DEMO_PASSWORD = "mutual-demo-2026"  # noqa: S105
# One base32 secret for every demo staff account, so `mutual demo_code` can show a code.
DEMO_TOTP_SECRET = "MUTUALDEMOMUTUALDEMOMUTUALDEMO22"  # noqa: S105
DEFAULT_SEED = 2026


def demo_email(local_part: str) -> str:
    return f"{local_part}@{DEMO_DOMAIN}"


@dataclass(frozen=True)
class DemoOrganisation:
    slug: str
    name: str
    about: str
    website: str


@dataclass(frozen=True)
class DemoProgram:
    organisation_slug: str
    slug: str
    name: str
    focus_area: str
    model: str
    delivery_modes: list[str]
    length_value: int | None
    length_unit: str
    region: str
    public_description: str
    experiences: list[str]  # taxonomy branches the program serves
    crisis_lines: list[str]  # keys of CRISIS_LINES, in the order shown
    mentor_experiences: list[str]  # leaves that mentors have come through
    peer_experiences: list[str]  # leaves that peers are going through
    mentors: int
    peers: int
    peer_age: tuple[int, int]
    mentor_age: tuple[int, int]
    women_share: float  # of participants, roughly; a few people are non-binary

    def program_fields(self) -> dict[str, Any]:
        """The fields ``create_program`` takes (slug and experiences are handled apart)."""
        return {
            "name": self.name,
            "focus_area": self.focus_area,
            "model": self.model,
            "delivery_modes": list(self.delivery_modes),
            "length_value": self.length_value,
            "length_unit": self.length_unit,
            "region": self.region,
            "public_description": self.public_description,
            "status": "open",
        }


@dataclass(frozen=True)
class DemoStaff:
    email: str
    name: str
    role: str  # "platform_admin" or a Role value
    organisation_slug: str | None = None
    program_slug: str | None = None


ORGANISATIONS = [
    DemoOrganisation(
        slug="carers-together-australia",
        name="Carers Together Australia",
        about="People who have cared for someone, supporting people who care now.",
        website="https://carers-together.example.org",
    ),
    DemoOrganisation(
        slug="family-bridges-network",
        name="Family Bridges Network",
        about="Families who have come through tough times, walking beside families in them.",
        website="https://family-bridges.example.org",
    ),
]

CRISIS_LINES: dict[str, dict[str, str]] = {
    "000": {
        "name": "Emergency: police, ambulance, fire",
        "phone": "000",
        "description": "If you or someone else is in danger right now.",
    },
    "lifeline": {
        "name": "Lifeline",
        "phone": "13 11 14",
        "text_number": "0477 13 11 14",
        "website": "https://www.lifeline.org.au",
        "description": "Someone to talk to when things feel too much, or you think of suicide.",
    },
    "1800respect": {
        "name": "1800RESPECT",
        "phone": "1800 737 732",
        "website": "https://www.1800respect.org.au",
        "description": "For anyone hurt by family, domestic or sexual violence.",
    },
    "gambling_help": {
        "name": "Gambling Help",
        "phone": "1800 858 858",
        "website": "https://www.gamblinghelponline.org.au",
        "description": "Free, private help for anyone affected by gambling, "
        "including family and friends.",
    },
    "kids_helpline": {
        "name": "Kids Helpline",
        "phone": "1800 55 1800",
        "website": "https://kidshelpline.com.au",
        "description": "For children and young people aged 5 to 25.",
    },
    "beyond_blue": {
        "name": "Beyond Blue",
        "phone": "1300 22 4636",
        "website": "https://www.beyondblue.org.au",
        "description": "For when you feel worried, low or stressed.",
    },
    "red_nose": {
        "name": "Red Nose Grief and Loss",
        "phone": "1300 308 307",
        "website": "https://rednose.org.au",
        "description": "For anyone grieving a pregnancy loss or the death of a baby or child.",
    },
}

PROGRAMS = [
    DemoProgram(
        organisation_slug="carers-together-australia",
        slug="carer-to-carer",
        name="Carer to Carer",
        focus_area="Caring for a family member or friend",
        model="one_to_one",
        delivery_modes=["in_person", "phone", "video"],
        length_value=6,
        length_unit="months",
        region="Greater Sydney",
        public_description=(
            "Looking after someone you love can be lonely and tiring. Carer to Carer "
            "puts you in touch with someone who has cared for a family member too. "
            "You talk on the phone, by video or over a coffee, about what matters to "
            "you: getting a break, dealing with services, or just being heard. It is "
            "free and lasts about six months."
        ),
        experiences=["caring"],
        crisis_lines=["000", "lifeline", "beyond_blue"],
        mentor_experiences=[
            "caring-parent-with-dementia",
            "caring-ageing-parent",
            "caring-partner-with-disability",
            "caring-partner-with-illness",
            "caring-child-with-disability",
            "caring-mental-illness",
            "caring-alcohol-drugs",
            "caring-after-caring",
        ],
        peer_experiences=[
            "caring-parent-with-dementia",
            "caring-ageing-parent",
            "caring-partner-with-disability",
            "caring-partner-with-illness",
            "caring-child-with-disability",
            "caring-mental-illness",
            "caring-alcohol-drugs",
            "caring-young-carers",
        ],
        mentors=18,
        peers=60,
        peer_age=(18, 80),
        mentor_age=(30, 75),
        women_share=0.7,
    ),
    DemoProgram(
        organisation_slug="carers-together-australia",
        slug="walking-alongside",
        name="Walking Alongside",
        focus_area="Parents of a child with a life-limiting illness",
        model="one_to_one",
        delivery_modes=["in_person", "phone", "video"],
        length_value=None,
        length_unit="open_ended",
        region="South Australia",
        public_description=(
            "When your child has an illness they may not survive, it can feel like no "
            "one understands. Walking Alongside connects you with a parent whose child "
            "had a life-limiting illness and who has lived through losing them. They "
            "will not tell you what to do. They listen, share what helped them, and "
            "stay with you for as long as you need."
        ),
        experiences=["bereavement-loss-of-a-child", "bereavement-child-life-limiting-illness"],
        crisis_lines=["000", "lifeline", "red_nose"],
        mentor_experiences=[
            "bereavement-loss-of-a-child-baby",
            "bereavement-loss-of-a-child-child",
            "bereavement-child-life-limiting-illness",
        ],
        peer_experiences=["bereavement-child-life-limiting-illness"],
        mentors=10,
        peers=25,
        peer_age=(24, 55),
        mentor_age=(30, 68),
        women_share=0.65,
    ),
    DemoProgram(
        organisation_slug="family-bridges-network",
        slug="family-to-family",
        name="Family to Family",
        focus_area="Families going through tough times",
        model="family_to_family",
        delivery_modes=["in_person", "phone"],
        length_value=20,
        length_unit="weeks",
        region="Northern and Western Adelaide",
        public_description=(
            "Every family has hard times. In Family to Family, your whole family, kids "
            "too, teams up with a family who has been through tough times and come out "
            "the other side. Together you pick what you want to change, like calmer "
            "mornings, getting the kids to school or feeling less alone, and work on it "
            "side by side for about 20 weeks."
        ),
        experiences=["parenting", "child-protection"],
        crisis_lines=["000", "lifeline", "1800respect", "kids_helpline"],
        mentor_experiences=[
            "parenting-single-parents",
            "parenting-separation",
            "parenting-challenging-behaviour",
            "child-protection-involved",
            "child-protection-reunification",
            "family-violence-rebuilding",
        ],
        peer_experiences=[
            "parenting-single-parents",
            "parenting-separation",
            "parenting-challenging-behaviour",
            "parenting-new-parents",
            "child-protection-involved",
            "child-protection-reunification",
            "family-violence-leaving",
        ],
        mentors=6,
        peers=10,
        peer_age=(22, 50),
        mentor_age=(28, 55),
        women_share=0.8,
    ),
    DemoProgram(
        organisation_slug="family-bridges-network",
        slug="young-parents-connect",
        name="Young Parents Connect",
        focus_area="Parents under 25",
        model="one_to_one",
        delivery_modes=["in_person", "text", "video"],
        length_value=6,
        length_unit="months",
        region="Western Sydney",
        public_description=(
            "Having a baby young is a big deal, and people can be quick to judge. Young "
            "Parents Connect matches you with someone who became a parent young too. "
            "Chat by text, meet at the park or do a video call. Talk about sleep, money, "
            "study, Centrelink, or anything on your mind. No judgement."
        ),
        experiences=["parenting-young-parents", "parenting-single-parents"],
        crisis_lines=["000", "kids_helpline", "lifeline", "1800respect"],
        mentor_experiences=[
            "parenting-young-parents-under-25",
            "parenting-young-parents-teenage",
            "parenting-single-parents",
        ],
        peer_experiences=[
            "parenting-young-parents-under-25",
            "parenting-young-parents-teenage",
            "parenting-single-parents",
            "mental-health-perinatal",
        ],
        mentors=12,
        peers=50,
        peer_age=(16, 24),
        mentor_age=(22, 35),
        women_share=0.85,
    ),
    DemoProgram(
        organisation_slug="family-bridges-network",
        slug="fair-go-peer-line",
        name="Fair Go Peer Line",
        focus_area="Harm from gambling",
        model="text_line",
        delivery_modes=["text", "phone"],
        length_value=6,
        length_unit="sessions",
        region="Victoria",
        public_description=(
            "Gambling can take your money, your sleep and your relationships. On the "
            "Fair Go Peer Line you text or talk with someone who has been there, either "
            "with their own gambling or a family member's. No lectures. Six chats to "
            "start, and more if you want them."
        ),
        experiences=["gambling"],
        crisis_lines=["000", "gambling_help", "lifeline", "beyond_blue"],
        mentor_experiences=[
            "gambling-own-pokies",
            "gambling-own-sports-betting",
            "gambling-own-online",
            "gambling-someone-else-partner",
            "gambling-someone-else-parent",
        ],
        peer_experiences=[
            "gambling-own-pokies",
            "gambling-own-sports-betting",
            "gambling-own-online",
            "gambling-someone-else-partner",
            "gambling-someone-else-parent",
            "gambling-someone-else-child",
        ],
        mentors=14,
        peers=55,
        peer_age=(18, 72),
        mentor_age=(28, 70),
        women_share=0.45,
    ),
]


def _program_staff(program: DemoProgram, coordinator: str, supervisor: str) -> list[DemoStaff]:
    return [
        DemoStaff(
            demo_email(f"coordinator.{program.slug}"),
            coordinator,
            "coordinator",
            program.organisation_slug,
            program.slug,
        ),
        DemoStaff(
            demo_email(f"supervisor.{program.slug}"),
            supervisor,
            "supervisor",
            program.organisation_slug,
            program.slug,
        ),
    ]


_STAFF_NAMES = {
    "carer-to-carer": ("Leanne Morris", "Dr Farid Rahimi"),
    "walking-alongside": ("Helen Tsakalos", "Grace O'Brien"),
    "family-to-family": ("Shauna Williams", "Kwame Mensah"),
    "young-parents-connect": ("Jasmine Tran", "Ruth Goldberg"),
    "fair-go-peer-line": ("Marco Bianchi", "Dr Aroha Ngata"),
}

PLATFORM_ADMIN = DemoStaff(demo_email("admin"), "Robin Avery", "platform_admin")

# Everyone with a role in an organisation or program, except peer mentors and peers.
ORGANISATION_STAFF: list[DemoStaff] = [
    DemoStaff(
        demo_email("orgadmin.carers-together-australia"),
        "Priya Raman",
        "org_admin",
        "carers-together-australia",
    ),
    DemoStaff(
        demo_email("orgadmin.family-bridges-network"),
        "Daniel Okafor",
        "org_admin",
        "family-bridges-network",
    ),
    DemoStaff(
        demo_email("funder.carers-together-australia"),
        "Margaret Chen",
        "funder",
        "carers-together-australia",
    ),
    DemoStaff(
        demo_email("funder.family-bridges-network"),
        "Tom Fitzgerald",
        "funder",
        "family-bridges-network",
    ),
    *(
        member
        for program in PROGRAMS
        for member in _program_staff(program, *_STAFF_NAMES[program.slug])
    ),
]

ALL_STAFF = [PLATFORM_ADMIN, *ORGANISATION_STAFF]
