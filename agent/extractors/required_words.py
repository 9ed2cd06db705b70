"""The words any match of a regex must contain, read from the parsed pattern.

``required_words`` walks a pattern parsed by ``re._parser`` and returns a few *clauses*, each a set
of keys, such that any match contains, for every clause, one of its keys: ``"word"`` for a whole
word of the text (a maximal run of ``[a-z0-9]``), ``"word*"`` for the start of one. Only literal
characters give keys, and a literal counts as whole or as a word start only when the pattern proves
it (literal separators around it, ``\\b``, ``(?<![\\w])``, or the look-behind ``reopt`` writes).
Case-insensitive parts, classes, optional parts and look-arounds give none. ``prefilter`` uses the
clauses to skip patterns that cannot match a text.
"""

from __future__ import annotations

import re
import re._constants as _C
import re._parser as _P
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

Clause = frozenset[str]
_Item = tuple[Any, Any]  # (opcode, argument) of a pattern parsed by re._parser

ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
TOKEN = re.compile(r"[a-z0-9]+")
#: Words that occur in nearly every ticket: a clause made of them rejects nothing.
_COMMON = frozenset(["a", "an", "and", "are", "be", "for", "have", "i", "in", "is", "it", "me", "my", "of", "on", "our",
                     "that", "the", "this", "to", "us", "was", "we", "with", "you", "your"])
_MAX_CLAUSES = 3


def _key(literal: str, word_start: bool, ends: set[int]) -> str | None:
    """The most telling key a literal guarantees, or None when it guarantees no whole word or word start."""
    best: tuple[tuple[float, int], str] | None = None
    for m in TOKEN.finditer(literal):
        left = m.start() > 0 or word_start  # a literal separator (or a proven boundary) before the word
        if not left:
            continue
        # a literal separator after it (or a proven word end): the text's word is exactly this one
        exact = m.end() < len(literal) or m.end() in ends
        key = m.group() if exact else m.group() + "*"
        score = (-_rarity(key), len(key))
        if best is None or score > best[0]:
            best = (score, key)
    return None if best is None else best[1]


@cache
def _rarity(key: str) -> float:
    """A rough chance that a ticket holds ``key`` (shorter and common words are likelier)."""
    word = key.rstrip("*")
    if word in _COMMON:
        return 1.0
    chance = 0.5 ** len(word) * (2.0 if key.endswith("*") else 1.0) * (0.5 if word.isdigit() else 1.0)
    return min(1.0, chance)


@cache
def _weight(clause: Clause) -> float:
    """How likely a ticket satisfies ``clause`` (lower is better); infinite when one key is everywhere."""
    chances = [_rarity(k) for k in clause]
    return float("inf") if max(chances) >= 0.75 else sum(chances)


_DIGITS = frozenset("0123456789")
#: The characters of ``[a-z0-9]`` each class escape matches.
_CATEGORYALNUM: dict[Any, frozenset[str]] = {
    _C.CATEGORY_DIGIT: _DIGITS, _C.CATEGORY_NOT_DIGIT: ALNUM - _DIGITS,
    _C.CATEGORY_SPACE: frozenset(), _C.CATEGORY_NOT_SPACE: ALNUM,
    _C.CATEGORY_WORD: ALNUM, _C.CATEGORY_NOT_WORD: frozenset(),
    _C.CATEGORY_LINEBREAK: frozenset(), _C.CATEGORY_NOT_LINEBREAK: ALNUM,
}


def _class_members(items: list[_Item]) -> frozenset[str] | None:
    """The characters of ``[a-z0-9]`` a character class matches (None: a part this reader does not know)."""
    members: set[str] = set()
    negate = False
    for op, av in items:
        if op is _C.NEGATE:
            negate = True
        elif op is _C.LITERAL:
            members.add(chr(av))
        elif op is _C.RANGE:
            lo, hi = av
            members.update(c for c in ALNUM if lo <= ord(c) <= hi)
        elif op is _C.CATEGORY and av in _CATEGORYALNUM:
            members |= _CATEGORYALNUM[av]
        else:
            return None
    found = frozenset(members) & ALNUM
    return ALNUM - found if negate else found


def _excludes_alnum(op: Any, av: Any) -> bool:
    """Is the one character this item consumes never in ``[a-z0-9]``?"""
    if op is _C.LITERAL:
        return chr(av) not in ALNUM
    if op is _C.IN:
        members = _class_members(av)
        return members is not None and not members
    return False


def _starts_with_separator(items: list[_Item]) -> bool:
    """Does every match of this sequence start with a character outside ``[a-z0-9]``?"""
    for op, av in items:
        if op is _C.AT or op is _C.ASSERT or op is _C.ASSERT_NOT:
            continue
        if op is _C.SUBPATTERN:
            _g, add_flags, _d, sub = av
            return not add_flags & re.IGNORECASE and _starts_with_separator(sub.data)
        if op is _C.BRANCH:
            return all(_starts_with_separator(alt.data) for alt in av[1])
        if op in _REPEATS:
            low, _high, sub = av
            return low >= 1 and _starts_with_separator(sub.data)
        return _excludes_alnum(op, av)
    return False


_REPEATS = (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT)
_BOUNDARIES = (_C.AT_BOUNDARY, _C.AT_UNI_BOUNDARY, _C.AT_LOC_BOUNDARY)
_STARTS = (_C.AT_BEGINNING, _C.AT_BEGINNING_STRING, _C.AT_BEGINNING_LINE)


@dataclass
class _Walk:
    """Reads one sequence of a parsed pattern, carrying the literal run that leads into it.

    ``sep``: the character before the current position is known to be outside ``[a-z0-9]`` (or
    there is none); ``boundary``: a ``\\b`` stands here, so a word character next starts a word.
    """

    run: str = ""
    start: bool = False  # the run's first character starts a word
    sep: bool = False
    boundary: bool = False
    ends: set[int] = field(default_factory=set)  # offsets in ``run`` where a word provably ends
    clauses: list[Clause] = field(default_factory=list)

    def fork(self) -> _Walk:
        return _Walk(self.run, self.start, self.sep, self.boundary, set(self.ends))

    def at_separator(self) -> bool:
        """Is the character just before the current position outside ``[a-z0-9]``?"""
        return self.run[-1] not in ALNUM if self.run else self.sep

    def flush(self, followed_by_separator: bool = False) -> None:
        if self.run:
            ends = self.ends | ({len(self.run)} if followed_by_separator else set())
            key = _key(self.run, self.start, ends)
            if key is not None:
                self.clauses.append(frozenset((key,)))
        self.run, self.start, self.boundary, self.ends = "", False, False, set()

    def walk(self, items: Iterable[_Item]) -> None:
        items = list(items)
        for i, (op, av) in enumerate(items):
            self.item(op, av, items[i + 1:])

    def item(self, op: Any, av: Any, rest: list[_Item]) -> None:
        if op is _C.LITERAL and av != 10:  # never a newline: doc_text joins the new text with them
            if not self.run:
                self.start = self.sep or self.boundary
            self.run += chr(av)
            self.boundary = False
        elif op is _C.AT:
            if av in _BOUNDARIES:
                if self.run:
                    if self.run[-1] in ALNUM:
                        self.ends.add(len(self.run))
                else:
                    self.boundary = True
            elif av in _STARTS and not self.run:
                self.sep = True  # the start of the text (or of a line: a segment start)
            # anchors are zero-width: the characters around them stay adjacent
        elif op is _C.ASSERT or op is _C.ASSERT_NOT:
            self._assertion(op, av)
        elif op is _C.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if add_flags & re.IGNORECASE:
                self._opaque(False)
            else:
                self.walk(sub.data)
        elif op is _C.ATOMIC_GROUP:
            self.walk(av.data)
        elif op is _C.BRANCH:
            self._branch([alt.data for alt in av[1]], rest)
        elif op in _REPEATS:
            self._repeat(av, rest)
        else:  # a class, any character, a back reference...: the literal run ends here
            self._opaque(_excludes_alnum(op, av))

    def _opaque(self, separator: bool) -> None:
        """One character (or an unreadable part) that is no literal: ``separator`` if never alphanumeric."""
        self.flush(followed_by_separator=separator)
        self.sep = separator

    def _repeat(self, av: Any, rest: list[_Item]) -> None:
        low, high, sub = av
        data = list(sub.data)

        def ends_with_separator(after_separator: bool) -> bool:
            """Does one pass of the body, begun after a separator (or not), end right after one?"""
            tail = _Walk(sep=after_separator)
            tail.walk(data)
            return tail.at_separator()

        if low == 0 and high == 1:  # "x?" is the branch "x|"
            self._branch([data, []], rest)
            return
        before = self.at_separator()
        if low >= 1:  # the body occurs at least once, right after the run
            inner = self.fork()
            inner.walk(data)
            inner.flush()
            self.clauses.extend(inner.clauses)
            self.run, self.start, self.boundary, self.ends = "", False, False, set()
            self.sep = ends_with_separator(False) or (before and ends_with_separator(True))
        else:
            self.flush(followed_by_separator=_starts_with_separator(data) and _starts_with_separator(rest))
            self.sep = before and ends_with_separator(True)

    def _assertion(self, op: Any, av: Any) -> None:
        direction, sub = av
        data = list(sub.data)
        if direction != -1:
            return
        if op is _C.ASSERT_NOT and len(data) == 1 and data[0][0] is _C.IN and not self.run \
                and _class_members(data[0][1]) == ALNUM:
            self.sep = True  # (?<![\\w]): nothing alphanumeric precedes
            return
        if op is _C.ASSERT and data and data[0] == (_C.AT, _C.AT_BOUNDARY) \
                and all(o is _C.LITERAL for o, _ in data[1:]):
            text = "".join(chr(c) for _, c in data[1:])
            if not text and not self.run:
                self.boundary = True
            elif text and text == self.run:
                self.start = True  # reopt's "prefix(?<=\\bprefix)": the run starts a word

    def _branch(self, alternatives: list[list[_Item]], rest: list[_Item]) -> None:
        """Clauses that pick one clause of each alternative: the best ones, then the second best...
        (each alternative is read on with the literal characters and zero-width checks after the
        branch: "e-?mailed" requires "emailed" or "mailed", "(?:ai|bot)\\b" the whole words)."""
        lead: list[_Item] = []
        for op, av in rest:
            if not ((op is _C.LITERAL and av != 10) or op is _C.AT or op is _C.ASSERT or op is _C.ASSERT_NOT):
                break
            lead.append((op, av))
        separator_next = _starts_with_separator(rest[len(lead):])
        ranked: list[list[Clause]] = []
        separator_after = True
        for alt in alternatives:
            inner = self.fork()
            inner.walk(alt)
            separator_after = separator_after and inner.at_separator()
            inner.walk(lead)
            inner.flush(followed_by_separator=separator_next)
            useful = {c for c in inner.clauses if _weight(c) < float("inf")}
            ranked.append(sorted(useful, key=lambda c: (_weight(c), len(c), sorted(c))))
        if ranked and all(ranked):
            # any match meets some alternative, hence every clause of it: one of each, in any union
            for k in range(min(_MAX_CLAUSES, max(len(r) for r in ranked))):
                self.clauses.append(frozenset().union(*(r[min(k, len(r) - 1)] for r in ranked)))
        self.flush()  # the run before the branch is required by itself too
        self.sep = separator_after


def required_words(pattern: str, flags: int = 0) -> tuple[Clause, ...]:
    """Clauses of keys that every match of ``pattern`` satisfies (empty: no usable words)."""
    try:
        parsed = _P.parse(pattern, flags)
    except re.error:
        return ()
    if (parsed.state.flags | flags) & (re.IGNORECASE | re.LOCALE):
        return ()
    walk = _Walk()
    walk.walk(parsed.data)
    walk.flush()
    useful = {c for c in walk.clauses if _weight(c) < float("inf")}
    # a clause that holds whenever a smaller one does adds nothing
    useful = {c for c in useful if not any(d < c for d in useful)}
    return tuple(sorted(useful, key=lambda c: (_weight(c), len(c), sorted(c)))[:_MAX_CLAUSES])
