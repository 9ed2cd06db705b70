"""Make phrase-table regexes fast by rewriting them as literal-prefix tries.

Python's ``re`` scans fast (in C) only when every branch of a pattern starts with a literal
character: it then jumps straight to positions where one of those characters occurs. Phrase
tables are long alternations whose branches often start with a group ("(?:is|was) down"), a
word boundary or a shared word, which forces the slow path at every position.

``optimize`` rewrites a pattern without changing what it matches: leading groups of plain
alternatives are distributed into separate branches, a leading ``\\b`` becomes a look-behind
after the literal prefix, and all branches are merged into one trie keyed by their literal
prefixes (inner groups of plain words become tries too). Only the order in which overlapping
alternatives are tried changes (longest literal first), which never changes *whether* a pattern
matches, except on purpose: a branch that starts with a letter only matches at the start of a word
("our" does not match inside "your"). Patterns are compiled once, at import time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from . import pattern_cache

_META = set(".^$*+?{}[]()|\\")
_QUANT = re.compile(r"(?:[*+?]|\{\d*(?:,\d*)?\})[?+]?")
_MAX_BRANCHES = 3000
_MAX_GROUP = 400
_MAX_COPIED = 6000  # do not distribute a group when that would copy more than this many characters
#: Scripts written without spaces between words (kana, CJK, Hangul, full-width forms): no word boundary to wait for.
UNSPACED_SCRIPT = re.compile("[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]")


@dataclass
class _Group:
    opener: str  # "(?:", "(", "(?P<x>", "(?=", ...
    alts: list[list[_Item]] = field(default_factory=list)
    quant: str = ""


@dataclass
class _Atom:
    text: str  # one character, escape or character class, with its quantifier
    literal: str | None  # the character it matches when it is a plain one without quantifier


_Item = _Atom | _Group
_Seq = list[_Item]


def _parse(pattern: str, i: int = 0, depth: int = 0) -> tuple[list[_Seq], int]:
    alts: list[_Seq] = [[]]
    n = len(pattern)
    while i < n:
        c = pattern[i]
        if c == "|":
            alts.append([])
            i += 1
            continue
        if c == ")":
            if depth == 0:
                raise ValueError("unbalanced parenthesis")
            return alts, i + 1
        item: _Item
        if c == "(":
            m = re.match(r"\(\?(?::|=|!|<=|<!|P<\w+>)|\((?!\?)", pattern[i:])
            if m is None:
                raise ValueError(f"unsupported group at {i}: {pattern[i:i + 6]!r}")
            inner, i = _parse(pattern, i + len(m.group()), depth + 1)
            item = _Group(m.group(), inner)
        elif c == "[":
            j = i + 1
            if j < n and pattern[j] == "^":
                j += 1
            if j < n and pattern[j] == "]":
                j += 1
            while j < n and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            item = _Atom(pattern[i:j + 1], None)
            i = j + 1
        elif c == "\\":
            esc = pattern[i:i + 2]
            item = _Atom(esc, esc[1] if not esc[1].isalnum() else None)
            i += 2
        else:
            item = _Atom(c, None if c in _META else c)
            i += 1
        q = _QUANT.match(pattern, i)
        if q:
            if isinstance(item, _Group):
                item.quant = q.group()
            else:
                item = _Atom(item.text + q.group(), None)
            i = q.end()
        alts[-1].append(item)
    if depth:
        raise ValueError("unbalanced parenthesis")
    return alts, i


def _emit_seq(seq: _Seq) -> str:
    return "".join(_emit(item) for item in seq)


def _emit(item: _Item) -> str:
    if isinstance(item, _Atom):
        return item.text
    return item.opener + _emit_alts(item.alts, top=False) + ")" + item.quant


def _captures(seq: _Seq) -> bool:
    return any((isinstance(x, _Group) and (x.opener == "(" or x.opener.startswith("(?P")))
               or (isinstance(x, _Group) and any(_captures(alt) for alt in x.alts)) for x in seq)


def _size(seq: _Seq) -> int:
    """Roughly how long ``seq`` is once written out (distributing a group copies it per alternative)."""
    return sum(len(x.text) if isinstance(x, _Atom) else 4 + sum(_size(alt) + 1 for alt in x.alts) for x in seq)


def _expand(seq: _Seq, budget: int) -> list[tuple[bool, _Seq]]:
    """Distribute leading plain groups: "(?:a|b)c" -> "ac", "bc"; "\\bx" -> (boundary, "x")."""
    boundary = False
    while seq and isinstance(seq[0], _Atom) and seq[0].text == "\\b":
        boundary, seq = True, seq[1:]
    if not seq:
        return [(boundary, seq)]
    first = seq[0]
    if isinstance(first, _Group) and first.opener == "(?:" and first.quant in ("", "?") \
            and len(first.alts) <= min(budget, _MAX_GROUP) and not _captures(seq) \
            and len(first.alts) * _size(seq[1:]) <= _MAX_COPIED:
        options = [alt + seq[1:] for alt in first.alts]
        if first.quant == "?":
            options.append(seq[1:])
        out: list[tuple[bool, _Seq]] = []
        for option in options:
            for b, expanded in _expand(option, budget):
                out.append((boundary or b, expanded))
        return out
    return [(boundary, seq)]


def _split_prefix(seq: _Seq) -> tuple[str, _Seq]:
    chars: list[str] = []
    for i, item in enumerate(seq):
        if isinstance(item, _Atom) and item.literal is not None:
            chars.append(item.literal)
            continue
        return "".join(chars), seq[i:]
    return "".join(chars), []


@dataclass
class _Node:
    """A trie node: the branches that continue with each next character, and those that end here."""

    children: dict[str, _Node] = field(default_factory=dict)
    tails: list[str] = field(default_factory=list)


def _emit_alts(alts: list[_Seq], top: bool = True) -> str:
    branches: list[tuple[bool, _Seq]] = []
    for seq in alts:
        branches.extend(_expand(seq, _MAX_BRANCHES))
    if len(branches) > _MAX_BRANCHES:
        branches = [(False, seq) for seq in alts]
    root = _Node()
    loose: list[str] = []
    for boundary, seq in branches:
        prefix, rest = _split_prefix(seq)
        tail = _emit_seq(rest)
        # phrases start at a word, never inside one; kana and CJK text has no word boundaries to start at
        boundary = boundary or (top and prefix[:1].isalpha() and not UNSPACED_SCRIPT.match(prefix[:1]))
        if not prefix:
            loose.append(("\\b" if boundary else "") + tail)
            continue
        if boundary:
            tail = "(?<=\\b" + re.escape(prefix) + ")" + tail
        node = root
        for ch in prefix:
            node = node.children.setdefault(ch, _Node())
        if tail not in node.tails:
            node.tails.append(tail)
    parts = _emit_node(root) + list(dict.fromkeys(loose))
    return "|".join(parts)


def _emit_node(node: _Node) -> list[str]:
    """The alternatives that start at this trie node (each begins with a literal when possible)."""
    out: list[str] = []
    for ch in sorted(node.children):
        inner = _emit_node(node.children[ch])
        esc = re.escape(ch)
        if len(inner) == 1:
            out.append(esc + inner[0])
        elif inner:
            out.append(esc + "(?:" + "|".join(inner) + ")")
    out.extend(node.tails)
    return out


def optimize(pattern: str) -> str:
    """An equivalent, faster spelling of ``pattern`` (see the module docstring)."""
    alts, _ = _parse(pattern)
    return _emit_alts(alts)


@cache
def compile_fast(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(optimize(pattern))``, shared between rules that use the same fragment.

    Compiled code is kept between runs by ``pattern_cache``, so only the first run pays for it.
    """
    return pattern_cache.compile(pattern, flags, rewrite=optimize)
