"""The transparent half of risk detection: phrases, and the context that changes them.

For each language's lexicon (``lexicons/``) the text is searched once with all its rules
joined into one regular expression (fast enough for hundreds of messages a second). A found
phrase then goes through the checks a crisis counsellor would make:

1. Figures of speech are blanked out before anything is searched ("this traffic is killing me").
2. Denied in the words just before it, in the same clause: dropped ("I'm not suicidal").
3. About someone else: at most a concern ("my brother keeps saying he wants to die").
4. A question or hypothetical ("what do I say if someone tells me they want to die"): at most
   a concern — worth a coordinator's glance, not an alarm.
5. In the past: a concern ("I tried to kill myself last year"), or nothing at all when the
   message also tells of recovery ("five years ago I tried to end my life; today I help others").
   Unless the message says it is happening now ("took 30 of my pills at 10, starting to feel
   heavy", "an hour ago"): a recent attempt told in the past tense is not a story.
6. Wanting to die together with a time or the means ("tonight", "the pills") is imminent.
7. Weak signs (rules of level "none": "thanks for everything", "cancelled my gym") count
   only together: two of them, or one beside a real risk phrase, make the message imminent.

Every surviving phrase becomes a ``Hit`` whose reason quotes the writer's own words.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from mutual.safety.risk.lexicon import KIND_LABELS, LEVELS, Level, Lexicon, Rule
from mutual.safety.risk.normalize import normalize, normalize_pattern

# Commas end a clause only in Chinese (NFKC has already turned "，" into ","): in English a
# comma often joins the time to the event ("five years ago, I tried…").
_CLAUSE_BREAK = re.compile(
    r"[.!?;\n。！？；؟،؛।]+|(?<=[\u3400-\u9fff]),|,(?=[\u3400-\u9fff])"
    r"|\s(?:but|pero|nhung|لكن|بس|लेकिन|magar|par)\s|但是|可是"
)
_WORD = re.compile(r"\S+")
_NEGATION_WORDS = 3  # how far back a "not" reaches: "I'm not really feeling suicidal"
_NEGATION_CHARS = 5  # the same for Chinese, written without spaces: "我没有想自杀"


@dataclass(frozen=True)
class Hit:
    """A risk phrase found in the text, with the level it counts for after the checks."""

    level: Level
    rule_level: Level
    kind: str
    phrase: str
    language: str
    context: str = (
        ""  # "negated", "someone else", "question", "past", "recovery story", "time/means"
    )

    @property
    def reason(self) -> str:
        label = KIND_LABELS.get(self.kind, self.kind)
        if self.context in ("", "time/means"):
            extra = " with a time or the means" if self.context else ""
            return f'{label}{extra}: "{self.phrase}"'
        return f'{label} ({self.context}): "{self.phrase}"'


def _bounded(pattern: str, bounded: bool) -> str:
    """A pattern that must end at the end of a word (its start is checked once, see _joined)."""
    pattern = normalize_pattern(pattern)
    # Lookarounds rather than \b so patterns may start or end with an emoji.
    return rf"(?:{pattern})(?!\w)" if bounded else f"(?:{pattern})"


def _joined(parts: Sequence[str], bounded: bool) -> str:
    """One alternation; for word-bounded languages the start-of-word check comes first, once.

    Checking "not inside a word" before trying hundreds of alternatives lets the regular
    expression engine skip most positions at once: about four times faster than checking it
    in every alternative.
    """
    body = "|".join(parts)
    return rf"(?<!\w)(?:{body})" if bounded else f"(?:{body})"


class CompiledLexicon:
    """A lexicon's patterns compiled once: one expression for all rules, one per cue list."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.language = lexicon.language
        self.bounded = lexicon.word_boundaries
        # Strongest rules first: where two rules match at one place, the stronger one wins.
        order = _runs(sorted(lexicon.rules, key=lambda r: -LEVELS.index(r.level)))
        self.rules: tuple[Rule, ...] = tuple(order)
        groups = [f"(?P<r{i}>{_bounded(r.pattern, self.bounded)})" for i, r in enumerate(order)]
        self.search = re.compile(_joined(groups, self.bounded)) if groups else None

    def rule_for(self, match: re.Match[str]) -> Rule:
        name = match.lastgroup or ""
        return self.rules[int(name[1:])]


def _runs(rules: Sequence[Rule]) -> list[Rule]:
    """Neighbouring rules of one level and kind joined into one: the same matches, faster.

    Each rule gets a named group in the joined expression (that is how a match finds its
    rule), and Python's engine tries the groups one after another at every word; entering a
    named group costs about as much as the rest of a failed attempt. Joining the runs keeps
    the order in which alternatives are tried, so every match, phrase and level stays the
    same (checked on all our labelled messages), and halves the time of the English search.
    """
    out = []
    for (level, kind), run in itertools.groupby(rules, key=lambda r: (r.level, r.kind)):
        patterns = [r.pattern for r in run]
        joined = patterns[0] if len(patterns) == 1 else "|".join(f"(?:{p})" for p in patterns)
        out.append(Rule(level, kind, joined))
    return out


def _load_lexicons() -> tuple[Lexicon, ...]:
    from mutual.safety.risk.lexicons import ar, en, es, hi, vi, zh

    return tuple(module.LEXICON for module in (en, es, vi, hi, ar, zh))


@cache
def compiled_lexicons() -> tuple[CompiledLexicon, ...]:
    return tuple(CompiledLexicon(lexicon) for lexicon in _load_lexicons())


class Cues:
    """Each kind of context cue, from every language at once.

    People mix languages in one message ("mujhe marna hai, not joking"; English words in
    Vietnamese chat), so a cue counts whichever lexicon it comes from.
    """

    def __init__(self, lexicons: Sequence[Lexicon]) -> None:
        def merged(name: str) -> re.Pattern[str] | None:
            parts = [
                _joined(
                    [_bounded(p, lex.word_boundaries) for p in getattr(lex, name)],
                    lex.word_boundaries,
                )
                for lex in lexicons
                if getattr(lex, name)
            ]
            return re.compile("|".join(parts)) if parts else None

        self.negations = merged("negations")
        self.past = merged("past")
        self.recovery = merged("recovery")
        self.others = merged("others")
        self.hypothetical = merged("hypothetical")
        self.harmless = merged("harmless")
        self.timing = merged("timing")
        self.means = merged("means")
        self.recent = merged("recent")
        self.first_person = merged("first_person")


@cache
def cues() -> Cues:
    return Cues(_load_lexicons())


def _blank(text: str, pattern: re.Pattern[str] | None) -> str:
    """Replace matches with spaces of the same length, so positions stay where they were."""
    if pattern is None:
        return text
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def without_figures_of_speech(normal: str, cue: Cues) -> str:
    """Normalised text with idioms ("this traffic is killing me") blanked out."""
    return _blank(normal, cue.harmless)


def _clauses(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for brk in _CLAUSE_BREAK.finditer(text):
        spans.append((start, brk.start()))
        start = brk.end()
    spans.append((start, len(text)))
    return spans


def _clause_of(spans: Sequence[tuple[int, int]], position: int) -> tuple[int, int]:
    for start, end in spans:
        if start <= position < end:
            return start, end
    return spans[-1]


def _lead_in(text: str, clause_start: int, hit_start: int, bounded: bool) -> str:
    """The few words (or characters) just before a phrase, within its clause and comma.

    A comma stops a denial reaching over it: "no sé, quiero morir" is not denied.
    """
    before = text[clause_start:hit_start].rsplit(",", 1)[-1]
    if not bounded:
        return before[-_NEGATION_CHARS:]
    words = _WORD.findall(before)
    return " ".join(words[-_NEGATION_WORDS:])


def _has(pattern: re.Pattern[str] | None, text: str) -> bool:
    return bool(pattern and pattern.search(text))


def _cap(level: Level, ceiling: Level) -> Level:
    return level if LEVELS.index(level) <= LEVELS.index(ceiling) else ceiling


def _judge(
    lex: CompiledLexicon,
    text: str,
    match: re.Match[str],
    spans: Sequence[tuple[int, int]],
    recovery: bool,
    reported: bool = False,
    recent: bool = False,
) -> Hit:
    rule = lex.rule_for(match)
    start, end = _clause_of(spans, match.start())
    clause = text[start:end]
    lead = _lead_in(text, start, match.start(), lex.bounded)
    cue = cues()
    phrase = match.group(0).strip()

    def hit(level: Level, context: str = "") -> Hit:
        return Hit(level, rule.level, rule.kind, phrase, lex.language, context)

    if _has(cue.negations, lead):
        return hit("none", "negated")
    if rule.kind == "ideation_reported" and not reported:
        return hit(_cap(rule.level, "concern"), "someone else")
    # "Took 30 of my pills at 10, the overdose is kicking in": an attempt told in the past
    # tense while it is still happening is not a story about the past.
    if _has(cue.past, clause) and not recent:
        return (
            hit("none", "recovery story") if recovery else hit(_cap(rule.level, "concern"), "past")
        )
    if _has(cue.hypothetical, clause):
        return hit("none", "question")
    # "My dad's gun": a possessive is not someone else's risk, so means are not discounted.
    # "As soon as my wife leaves I'm going to hang myself", "my wife would be better off if I
    # wasn't around": a phrase in the first person is the writer's own, whoever comes before.
    if (
        not reported
        and rule.kind not in ("harm_by_others", "means")
        and _has(cue.others, lead)
        and not _has(cue.first_person, match.group(0))
    ):
        return hit(_cap(rule.level, "concern"), "someone else")
    return hit(rule.level)


def find_hits(text: str, *, reported: bool = False) -> list[Hit]:
    """Every risk phrase in ``text``, each with the level it counts for after the checks.

    ``reported``: the text reports on the person at risk, as a mentor's session note does
    ("she said she has the pills ready"), so "she" is not someone else and is not discounted.
    """
    cue = cues()
    normal = without_figures_of_speech(normalize(text), cue)
    spans = _clauses(normal)
    hits: list[Hit] = []
    for lex in compiled_lexicons():
        if lex.search is None:
            continue
        found = list(lex.search.finditer(normal))
        if found:
            recovery = _has(cue.recovery, normal)
            recent = _has(cue.recent, normal)
            hits.extend(_judge(lex, normal, m, spans, recovery, reported, recent) for m in found)
    if hits and (_has(cue.timing, normal) or _has(cue.means, normal)):
        hits = _with_urgency(hits)
    return _with_other_signs(hits)


def _with_other_signs(hits: list[Hit]) -> list[Hit]:
    """Weak signs (rules of level "none") that count because they are not alone.

    "Cancelled my gym" or "thank you for everything" is ordinary on its own; "cancelled my gym
    and gave notice on the flat, thank you for everything" is how many goodbyes are written.
    Two different weak signs, or one beside wanting to die, a plan or an attempt: imminent.
    One beside a concern (hopelessness): elevated. A denied or past weak sign never counts.
    """
    weak = [h for h in hits if h.rule_level == "none" and not h.context]
    if not weak:
        return hits
    own = [h for h in hits if h.rule_level != "none" and h.context in ("", "time/means")]
    strongest = rule_level(own)
    if len({h.phrase for h in weak}) >= 2 or strongest in ("elevated", "imminent"):
        level: Level = "imminent"
    elif strongest == "concern":
        level = "elevated"
    else:
        return hits
    return [
        Hit(level, h.rule_level, h.kind, h.phrase, h.language, "with other signs")
        if h in weak
        else h
        for h in hits
    ]


def _with_urgency(hits: list[Hit]) -> list[Hit]:
    """Wanting to die, standing in the present, plus a time or the means: imminent."""
    out = []
    for h in hits:
        if h.level == "elevated" and h.kind == "ideation" and not h.context:
            h = Hit("imminent", h.rule_level, h.kind, h.phrase, h.language, "time/means")
        out.append(h)
    return out


def rule_level(hits: Sequence[Hit]) -> Level:
    """The highest level among the hits (none when there are none)."""
    return max((h.level for h in hits), key=LEVELS.index, default="none")
