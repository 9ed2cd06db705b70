"""Skip a regex when the text lacks every word any match of it must contain.

Most phrase patterns do not match most tickets, yet each search walks the whole text. Every
compiled pattern gets its *required words* once (``required_words``: clauses of whole-word or
word-start keys that any match satisfies), cached across runs by ``pattern_cache``. Each clause
gets a bit, and each key maps to the bits of the clauses it satisfies, so new phrases in the
tables get their own words automatically.

``TextWords`` reads the words of one folded text once and learns which clauses they satisfy;
``TextWords.allow(pattern)`` is then one test on bit sets. A pattern without usable words
always runs. ``tests/test_prefilter.py`` checks on the eval datasets that every match of every
pattern is let through, and that the extractor's output is the same with the prefilter off.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable

from . import pattern_cache
from .required_words import ALNUM, TOKEN, Clause, required_words

__all__ = ["ENABLED", "Clause", "TextWords", "clause_bits", "clauses_of", "required_words"]

#: Off: every pattern runs (tests compare both ways; detections must not change).
ENABLED = True

# -- the registry: every clause gets a bit; each word maps to the bits of the clauses it satisfies --

_LOCK = threading.Lock()
_PATTERNS: dict[int, tuple[re.Pattern[str], int]] = {}  # id -> (pattern, bits of its clauses)
_CLAUSE_BITS: dict[Clause, int] = {}
_PUBLISHED: list[Clause] = []  # clause i has bit 1 << i; bits below len(_PUBLISHED) are fully indexed
_BY_KEY: dict[str, int] = {}  # key -> bits of the clauses that contain it
_WORD_BITS: tuple[int, dict[str, int]] = (0, {})
_WORD_BITS_LIMIT = 200_000


def clause_bits(pattern: re.Pattern[str]) -> int:
    """The bits of a compiled pattern's clauses, worked out once (0: no words, it always runs).

    The entry keeps the pattern alive, so its id is never reused.
    """
    entry = _PATTERNS.get(id(pattern))
    if entry is not None and entry[0] is pattern:
        return entry[1]
    stored = pattern_cache.derived(
        "required-words", pattern, lambda: [sorted(c) for c in required_words(pattern.pattern, pattern.flags)])
    clauses = tuple(frozenset(c) for c in stored)
    with _LOCK:
        bits = 0
        for clause in clauses:
            bit = _CLAUSE_BITS.get(clause)
            if bit is None:
                bit = 1 << len(_PUBLISHED)
                for key in clause:
                    _BY_KEY[key] = _BY_KEY.get(key, 0) | bit
                _CLAUSE_BITS[clause] = bit
                _PUBLISHED.append(clause)  # published last: readers see it only once indexed
            bits |= bit
        entry = _PATTERNS[id(pattern)] = (pattern, bits)
    return entry[1]


def clauses_of(pattern: re.Pattern[str]) -> tuple[Clause, ...]:
    """The clauses of keys the prefilter checks for ``pattern`` (for tests and inspection)."""
    bits = clause_bits(pattern)
    return tuple(c for i, c in enumerate(_PUBLISHED) if bits >> i & 1)


def _bits_of(word: str) -> int:
    """The clauses a word of the text satisfies: by being that word, or by starting with a prefix key."""
    global _WORD_BITS
    version, cache = _WORD_BITS
    if version != len(_PUBLISHED):
        version, cache = _WORD_BITS = (len(_PUBLISHED), {})
    bits = cache.get(word)
    if bits is None:
        bits = _BY_KEY.get(word, 0)
        for i in range(1, len(word) + 1):
            bits |= _BY_KEY.get(word[:i] + "*", 0)
        if len(cache) >= _WORD_BITS_LIMIT:
            cache.clear()
        cache[word] = bits
    return bits


class TextWords:
    """Which registered clauses a folded text satisfies, worked out from its words once.

    ``cuts`` are the offsets where patterns also run on a slice of the text (sentence and
    segment starts and ends): a slice that begins or ends inside a word makes that word's tail or
    head a word of its own for the pattern, so those count too.
    """

    __slots__ = ("_met", "_upto", "_words")

    def __init__(self, folded: str, cuts: Iterable[int] = ()) -> None:
        words = set(TOKEN.findall(folded))
        size = len(folded)
        inner: dict[int, set[int]] = {}  # word start -> the cuts inside that word
        for c in cuts:
            if 0 < c < size and folded[c - 1] in ALNUM and folded[c] in ALNUM:
                start = c - 1
                while start > 0 and folded[start - 1] in ALNUM:
                    start -= 1
                inner.setdefault(start, set()).add(c)
        for start, inside in inner.items():
            end = max(inside) + 1
            while end < size and folded[end] in ALNUM:
                end += 1
            points = [start, *sorted(inside), end]
            for i, a in enumerate(points):
                for b in points[i + 1:]:
                    words.add(folded[a:b])  # what a slice from one cut to another sees of the word
        self._words = words
        self._met = 0  # bits of the clauses the words satisfy, valid below bit self._upto
        self._upto = 0

    def _refresh(self) -> None:
        upto = len(_PUBLISHED)  # read first: every clause below it is fully indexed
        met = 0
        for word in self._words:
            met |= _bits_of(word)
        self._met, self._upto = met, upto

    def allow(self, pattern: re.Pattern[str]) -> bool:
        """May ``pattern`` match this text (or a slice of it)? False only when it cannot."""
        if not ENABLED:
            return True
        bits = clause_bits(pattern)
        if bits >> self._upto:  # a clause registered since the words were looked up
            self._refresh()
        return self._met & bits == bits
