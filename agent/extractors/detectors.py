"""The detector registry (keyed by criterion id) and the scan that runs it over a ticket's new text.

One pass of the anchor gate over the new text finds candidate words; only the rules those words
wake are checked, each on the sentence around its anchor. The registry is built from the
catalog's text-basis criteria: ``tests/test_detectors.py`` fails when one of them has no detector.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..policy import CRITERIA_BY_ID, Tier
from ..policy.catalog import TEXT_CRITERIA, tier_of
from ..text import Span, TextParts
from .lexicon import Gate, Rule, build_gate
from .names import QUOTE_CHARS, capital_name, listed_in_parentheses, quoted_name, titled_name
from .patterns_immediate import IMMEDIATE_RULES
from .patterns_japanese import JAPANESE
from .patterns_priority import PRIORITY_RULES
from .patterns_standard import STANDARD_RULES
from .patterns_swedish import SWEDISH
from .prefilter import TextWords
from .textparse import HYPOTHETICAL, INFO_QUESTION, Sentences, evidence, fold, negated, sentences

ALL_RULES: tuple[Rule, ...] = (*IMMEDIATE_RULES, *PRIORITY_RULES, *STANDARD_RULES, *JAPANESE, *SWEDISH)

#: Criteria the policy derives from facts the extractor reads (``Signals`` field), not from hits.
FACT_CRITERIA: dict[str, str] = {"ENT1": "plan", "HVA1": "annual_contract_value_usd", "HVA2": "fortune_500",
                                 "TEC1": "unresolved_hours", "TEC2": "failed_attempts"}


def _registry(rules: tuple[Rule, ...]) -> dict[str, tuple[Rule, ...]]:
    registry: dict[str, list[Rule]] = {}
    for r in rules:
        if r.cid not in CRITERIA_BY_ID:
            raise ValueError(f"rule {r.name} names unknown criterion {r.cid}")
        registry.setdefault(r.cid, []).append(r)
    return {cid: tuple(rs) for cid, rs in registry.items()}


#: Phrase rules per criterion id.
REGISTRY: dict[str, tuple[Rule, ...]] = _registry(ALL_RULES)
GATE: Gate = build_gate(ALL_RULES)


def missing_detectors() -> list[str]:
    """Criteria of the catalog that nothing here detects (should be empty)."""
    return [c.id for c in CRITERIA_BY_ID.values() if c.id not in REGISTRY and c.id not in FACT_CRITERIA]


def criteria_of_tiers(tiers: set[Tier]) -> set[str]:
    return {c.id for c in TEXT_CRITERIA if tier_of(c) in tiers}


@dataclass
class Scan:
    """The ticket's text prepared once for all detectors and fact readers."""

    text: str
    folded: str
    spans: tuple[Span, ...]  # new text minus masked parts (instructions aimed at the triage system)
    sents: Sentences
    subject: Span | None = None
    _slices: dict[int, str] = field(default_factory=dict)
    _info: dict[int, bool] = field(default_factory=dict)
    _hypo: dict[int, bool] = field(default_factory=dict)
    _doc: dict[int, bool] = field(default_factory=dict)  # keyed by id(pattern): hashing a pattern is slow
    _doc_text: str | None = None
    _body_info: bool | None = None
    _hits: dict[tuple[int, int], bool] = field(default_factory=dict)
    _with: dict[int, set[tuple[int, int]]] = field(default_factory=dict)
    _words: TextWords | None = None
    _allows: dict[int, bool] = field(default_factory=dict)
    _signature: tuple[Span, ...] = ()  # fact readers also search there (see ``allows``)

    def allows(self, pattern: re.Pattern[str]) -> bool:
        """False when ``pattern`` cannot match anywhere in this text (it lacks the words every match has)."""
        value = self._allows.get(id(pattern))
        if value is None:
            words = self._words
            if words is None:
                words = self._words = TextWords(self.folded, _cuts(self.spans, self.sents.spans, self._signature))
            value = self._allows[id(pattern)] = words.allow(pattern)
        return value

    def sentence(self, span: tuple[int, int]) -> str:
        cached = self._slices.get(span[0])
        if cached is None:
            cached = self._slices[span[0]] = self.folded[span[0]:span[1]]
        return cached

    def sentences_with(self, pattern: re.Pattern[str]) -> set[tuple[int, int]]:
        """The sentences where ``pattern`` occurs, found in one pass over the new text (cached)."""
        found = self._with.get(id(pattern))
        if found is None:
            found = self._with[id(pattern)] = set()
            if not self.allows(pattern):
                return found
            for a, b in self.spans:
                for m in pattern.finditer(self.folded, a, b):
                    sent = self.sents.at(m.start())
                    if sent is not None:
                        found.add(sent)
        return found

    def has(self, pattern: re.Pattern[str], span: tuple[int, int]) -> bool:
        """Does ``pattern`` occur in the sentence ``span``? (cached: rules share fragments)"""
        key = (id(pattern), span[0])
        value = self._hits.get(key)
        if value is None:
            value = self._hits[key] = self.allows(pattern) and pattern.search(self.sentence(span)) is not None
        return value

    def informational(self, span: tuple[int, int]) -> bool:
        """``textparse.informational`` of the sentence (a question about the company or a hypothetical)."""
        value = self._info.get(span[0])
        if value is None:
            value = self._info[span[0]] = self.has(INFO_QUESTION, span) or self.hypothetical(span)
        return value

    def hypothetical(self, span: tuple[int, int]) -> bool:
        value = self._hypo.get(span[0])
        if value is None:
            value = self._hypo[span[0]] = self.has(HYPOTHETICAL, span)
        return value

    @property
    def doc_text(self) -> str:
        if self._doc_text is None:
            self._doc_text = "\n".join(self.folded[a:b] for a, b in self.spans)
        return self._doc_text

    @property
    def body_informational(self) -> bool:
        """Is every sentence after the subject a question about the company or a hypothetical?"""
        if self._body_info is None:
            body = [sent for sent in self.sents.spans if (self.subject is None or sent[0] >= self.subject[1])
                    and len(self.sentence(sent).split()) > 2]  # greetings and sign-offs say nothing
            self._body_info = bool(body) and all(self.informational(sent) for sent in body)
        return self._body_info

    def body_has(self, pattern: re.Pattern[str]) -> bool:
        """Does ``pattern`` occur in a sentence after the subject line?"""
        end = self.subject[1] if self.subject is not None else -1
        return any(s[0] >= end for s in self.sentences_with(pattern))

    def body_excludes(self, pattern: re.Pattern[str]) -> bool:
        """Does an exclusion of ``pattern`` other than a bare "?" occur after the subject line?

        A question further down ("Wie konnte er da noch rein?") does not take back what the subject states; the
        body's questions about the subject itself are the informational guard's to judge.
        """
        if not self.body_has(pattern):
            return False
        end = self.subject[1] if self.subject is not None else -1
        return any(m.group() != "?" for a, b in self.spans if b > end
                   for m in pattern.finditer(self.folded, max(a, end), b))

    def doc(self, pattern: re.Pattern[str]) -> bool:
        value = self._doc.get(id(pattern))
        if value is None:
            value = self._doc[id(pattern)] = self.allows(pattern) and pattern.search(self.doc_text) is not None
        return value


def _cuts(*groups: tuple[Span, ...]) -> list[int]:
    """Where the slices patterns run on start and end (``TextWords`` needs them)."""
    return [x for spans in groups for span in spans for x in span]


def subtract(spans: tuple[Span, ...], holes: list[Span]) -> tuple[Span, ...]:
    """``spans`` with the ``holes`` cut out."""
    if not holes:
        return spans
    out: list[Span] = []
    for a, b in spans:
        pieces = [(a, b)]
        for h0, h1 in holes:
            nxt: list[Span] = []
            for p0, p1 in pieces:
                if h1 <= p0 or h0 >= p1:
                    nxt.append((p0, p1))
                    continue
                if p0 < h0:
                    nxt.append((p0, h0))
                if h1 < p1:
                    nxt.append((h1, p1))
            pieces = nxt
        out.extend(pieces)
    return tuple(out)


#: A line break inside a hard-wrapped paragraph: the next line goes on in lower case ("no\nrecurring tasks").
_SOFT_WRAP = re.compile(r"(?<=[^\n])\n(?=[ \t]*[a-z0-9\u00e0-\u00ff])")


def unwrap(text: str, folded: str) -> str:
    """``folded`` with hard-wrap line breaks read as spaces, so phrases match across them (same offsets)."""
    if "\n" not in text:
        return folded
    cuts = [m.start() for m in _SOFT_WRAP.finditer(text)]
    if not cuts:
        return folded
    chars = list(folded)
    for i in cuts:
        chars[i] = " "
    return "".join(chars)


#: The "?" of a web address's query ("/billing/export?ws=88213") asks nothing.
_URL_QUERY = re.compile(r"(?<=\S)\?(?=[\w-]+=)")


def prepare(parts: TextParts, folded: str | None = None) -> Scan:
    folded = unwrap(parts.text, fold(parts.text)) if folded is None else folded
    if "?" in folded:
        folded = _URL_QUERY.sub("/", folded)  # same length: every offset stays valid
    return Scan(parts.text, folded, parts.new, sentences(parts.text, parts.new), parts.subject,
                _signature=parts.signature)


def masked(scan: Scan, holes: list[tuple[int, int]]) -> Scan:
    """The scan without the given sentences (instructions aimed at the triage system)."""
    if not holes:
        return scan
    kept = tuple(s for s in scan.sents.spans if s not in holes)
    spans = subtract(scan.spans, holes)
    # the words of the whole text stay valid when its new slices start and end where it had slices
    words = scan._words if scan._words is not None and set(_cuts(spans)) <= set(_cuts(scan.spans, scan.sents.spans)) \
        else None
    return Scan(scan.text, scan.folded, spans, Sentences(kept, tuple(a for a, _ in kept)), scan.subject,
                _words=words, _signature=scan._signature)


@dataclass(frozen=True)
class Found:
    criterion: str
    evidence: str
    start: int
    end: int
    sentence: tuple[int, int]


#: A subject line that announces a question ("Breach notification question") reports nothing itself.
_ASKS = re.compile(r"\b(?:question|inquiry|enquiry|query|pregunta|consulta|frage|pergunta|domanda|vraag)\s*\??\s*$|"
                   r"^\W*(?:(?:a few|some|two|three|quick|general|pre-?sales) )?(?:questions|preguntas|fragen|"
                   r"perguntas|domande|vragen)\b|^\W*(?:a |une |una |eine |uma |een )?(?:question|inquiry|enquiry|"
                   r"query|"
                   r"pregunta|consulta|frage|pergunta|domanda|vraag) (?:sur|about|on|regarding|re|concerning|sobre|"
                   r"acerca|zu|zur|zum|su|sulla|sui|sul|over|sobre)\b")


def _only_asked_about(scan: Scan, word: str) -> bool:
    """Does the subject's word come back in the body, but only in questions or hypotheticals?

    "Breach notification process" over "what happens if there is a data breach?" names a topic.
    """
    assert scan.subject is not None
    pos, seen = scan.folded.find(word, scan.subject[1]), False
    while pos != -1:
        sent = scan.sents.at(pos)
        if sent is not None:
            if not (scan.informational(sent) or scan.hypothetical(sent)):
                return False
            seen = True
        pos = scan.folded.find(word, pos + len(word))
    return seen


def passes(r: Rule, scan: Scan, sent: tuple[int, int], a: int, b: int) -> bool:
    """Does rule ``r``, woken by the anchor at ``a:b``, hold in sentence ``sent``?"""
    s = sent[0]
    # words first: a fragment whose words the text lacks cannot match (no search). Not for a ``near``
    # need: its window may end inside a word, which the text's words do not account for.
    if (r.need is not None and not r.near and not scan.allows(r.need)) \
            or (r.also is not None and not scan.allows(r.also)) \
            or (r.doc_need is not None and not scan.allows(r.doc_need)):
        return False
    if r.need is not None:
        if r.near:
            lo, hi = max(0, a - s - r.near), b - s + r.near
            if r.need.search(scan.sentence(sent), lo, hi) is None:
                return False
        elif not scan.has(r.need, sent):
            return False
    if r.also is not None and not scan.has(r.also, sent):
        return False
    if r.unless is not None and scan.has(r.unless, sent):
        return False
    if r.doc_need is not None and not scan.doc(r.doc_need):
        return False
    if r.doc_unless is not None and scan.doc(r.doc_unless):
        return False
    if r.negatable and negated(scan.folded, s, a):
        return False
    if not QUOTE_CHARS.isdisjoint(scan.folded[max(s, a - 41):a]) and quoted_name(scan.folded, a, b):
        return False
    if a > 0 and scan.folded[a - 1] == "#":
        return False  # a channel or hashtag ("#outage-watch") names a place, not an event
    if scan.text[a:a + 1].isupper() and (capital_name(scan.text, scan.folded, a, b) or titled_name(scan.text, a, b)):
        return False
    if listed_in_parentheses(scan.folded, s, a):
        return False
    if scan.subject is not None and s < scan.subject[1]:
        # A subject line is a terse summary: the body's questions and exclusions speak for it.
        if r.guard != "none" and (scan.body_informational or _ASKS.search(scan.folded, s, sent[1])
                                  or _only_asked_about(scan, scan.folded[a:b])):
            return False
        if r.unless is not None and scan.body_excludes(r.unless):
            return False
    if r.guard == "info":
        return not scan.informational(sent)
    if r.guard == "hypo":
        return not scan.hypothetical(sent)
    return True


def _anchor_matches(pattern: re.Pattern[str], text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The gate's matches, longest first; each match of several words is looked at again from its second word.

    "semanas de" (a stem anchor) matches the start of "semanas despedimos", and "que echamos" the start of "que
    echamos de menos": without a second look from the next word, the anchors "despedimos" and "echamos de menos" that
    overlap them would never be seen.
    """
    pos = start
    while (m := pattern.search(text, pos, end)) is not None:
        yield m
        pos = m.end()
        space = text.find(" ", m.start(), pos)
        if space != -1 and space + 1 < pos:
            pos = space + 1
        elif pos < end and text[pos].isalnum():
            inner = pos - 1
            while inner > m.start() and text[inner - 1].isalnum():
                inner -= 1
            if inner > m.start():
                pos = inner


def find(scan: Scan, allowed: set[str] | None = None) -> dict[str, Found]:
    """The first place each criterion shows in the new text, criterion id -> Found."""
    found: dict[str, Found] = {}
    tried: set[tuple[int, int]] = set()
    pattern, rules_for, spans_for = GATE.pattern, GATE.rules_for, GATE.spans_for
    for seg_start, seg_end in scan.spans:
        for m in _anchor_matches(pattern, scan.folded, seg_start, seg_end):
            matched = m.group()
            woken = rules_for.get(matched)
            if not woken:
                continue
            sent = scan.sents.at(m.start())
            if sent is None:
                continue
            for r, (off_a, off_b) in zip(woken, spans_for[matched], strict=True):
                if r.cid in found or (allowed is not None and r.cid not in allowed):
                    continue
                a, b = m.start() + off_a, m.start() + off_b
                key = (id(r), a)
                if key in tried:
                    continue
                tried.add(key)
                if passes(r, scan, sent, a, b):
                    found[r.cid] = Found(r.cid, evidence(scan.text, sent, a, b), a, b, sent)
    return found
