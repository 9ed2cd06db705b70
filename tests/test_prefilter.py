"""The word prefilter never hides a match: detections are the same with it on or off.

``prefilter.required_words`` reads each pattern and names words every match must contain; the
extractor skips a pattern when the ticket lacks them. If that reading were wrong for any pattern
(a new phrase in a table, an odd construct), a detection would silently disappear. So:

- every pattern the extractor consults is run over the eval tickets (whole folded text, each
  sentence, the new text) and over strings generated from the pattern itself, each placed after
  a word character, a space or nothing; wherever it matches, the prefilter must let it through;
- the extractor's whole output on the eval datasets is the same with the prefilter on and off;
- hand-written cases pin the reading of each construct.
"""

from __future__ import annotations

import json
import random
import re
import re._constants as C
import re._parser as P
from collections.abc import Iterator
from pathlib import Path

import pytest

from triage.extractors import detectors, facts, language, prefilter, request_kind, textparse, timing, topic
from triage.extractors.prefilter import TextWords, required_words
from triage.extractors.rules import analyze, detect_hits
from triage.policy import Tier
from triage.text import split_ticket

DATASETS = sorted((Path(__file__).parent.parent / "evals" / "datasets").glob("*.jsonl"))
MODULES = (detectors, facts, language, request_kind, textparse, timing, topic)


def _tickets() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for path in DATASETS:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line)["ticket"])
    return out


TICKETS = _tickets()


def _patterns() -> list[re.Pattern[str]]:
    """Every pattern the extractor may skip: rule fragments and the module-level readers."""
    found: dict[int, re.Pattern[str]] = {}
    for r in detectors.ALL_RULES:
        for p in (r.need, r.also, r.unless, r.doc_need):
            if p is not None:
                found[id(p)] = p
    for module in MODULES:
        for value in vars(module).values():
            items = value if isinstance(value, tuple) else (value,)
            for item in items:
                item = item[1] if isinstance(item, tuple) and len(item) == 2 else item
                if isinstance(item, re.Pattern) and isinstance(item.pattern, str):
                    found[id(item)] = item
    return list(found.values())


PATTERNS = _patterns()
for _pattern in PATTERNS:  # read them all first: TextWords built later then know every clause
    prefilter.clause_bits(_pattern)


def _allows(text: str, pattern: re.Pattern[str], cuts: tuple[int, ...] = ()) -> bool:
    return TextWords(text, cuts).allow(pattern)


# -- the reading of single constructs ------------------------------------------------------------

@pytest.mark.parametrize(("pattern", "expected"), [
    (r"\bfail(?:ed|s)?", {frozenset({"fail*"})}),
    (r"\bnot working", {frozenset({"working*"})}),
    (r"\bdata (?:was|were) leaked\b", {frozenset({"leaked"}), frozenset({"data"})}),
    (r"\b(?:ai|bot)\b", {frozenset({"ai", "bot"})}),
    (r"\be-?mailed", {frozenset({"emailed*", "mailed*"})}),
    (r"(?<![\w])(?:refund|reimburse)", {frozenset({"refund*", "reimburse*"})}),
    (r"^\W*(?:urgent|asap)", {frozenset({"urgent*", "asap*"})}),
    (r"\bsome(?:thing)?\s*wrong", {frozenset({"some*"})}),  # "somethingwrong": "wrong" may be glued on
])
def test_reads_required_words(pattern: str, expected: set[frozenset[str]]) -> None:
    found = set(required_words(pattern))
    assert expected <= found
    letters = re.sub(r"[^a-z0-9]", "", pattern)
    assert all(k.rstrip("*") in letters for clause in found for k in clause)


@pytest.mark.parametrize("pattern", [
    r"fail",  # may sit inside a longer word ("unfailing"): no word start is proven
    r"\b(?:down|x)",  # one alternative is a single letter: too common to help
    r"(?i)\brefund",  # case-insensitive: the folded text is not what it sees
    r"\bthe",  # a word in every ticket
    r"\b\w+ing\b",  # no literal word at all
    r"\d+ ?%",
])
def test_no_words_when_nothing_is_proven(pattern: str) -> None:
    assert required_words(pattern) == ()


def test_a_slice_starting_inside_a_word_keeps_its_tail() -> None:
    pattern = re.compile(r"\bcrash")
    text = "xcrash here"
    assert pattern.search(text[1:]) and not pattern.search(text)
    assert not _allows(text, pattern)  # the whole text has no word starting with "crash" ...
    assert _allows(text, pattern, cuts=(1,))  # ... but a sentence may start at offset 1


def test_off_switch_lets_everything_through(monkeypatch: pytest.MonkeyPatch) -> None:
    pattern = re.compile(r"\boutage\b")
    assert not _allows("all good here", pattern)
    monkeypatch.setattr(prefilter, "ENABLED", False)
    assert _allows("all good here", pattern)


# -- every pattern, on real text and on text made from the pattern --------------------------------

def _pieces() -> Iterator[tuple[TextWords, list[str], list[str]]]:
    """Per eval ticket: the words of its folded text, the pieces the extractor runs patterns on (the
    whole text, the new text, the sentences joined by line breaks, which end words as a slice does),
    and the sentences one by one (for patterns anchored at the start of what they search)."""
    for ticket in TICKETS:
        parts = split_ticket(ticket.get("subject"), str(ticket["body"]))  # type: ignore[arg-type]
        folded = textparse.fold(parts.text)
        sents = textparse.sentences(parts.text, parts.new)
        cuts = tuple(x for spans in (parts.new, sents.spans) for span in spans for x in span)
        sentences = [folded[a:b] for a, b in sents.spans]
        pieces = [folded, "\n".join(folded[a:b] for a, b in parts.new), "\n".join(sentences)]
        yield TextWords(folded, cuts), pieces, sentences


def test_every_match_on_the_eval_tickets_is_let_through() -> None:
    missed = []
    tickets = list(_pieces())
    for pattern in PATTERNS:
        if not prefilter.clause_bits(pattern):
            continue
        anchored = "^" in pattern.pattern.replace("[^", "")
        for words, pieces, sentences in tickets:
            # only a rejection can be wrong: then no piece may match
            if words.allow(pattern):
                continue
            if any(pattern.search(piece) for piece in (*pieces, *(sentences if anchored else ()))):
                missed.append((pattern.pattern[:80], pieces[0][:80]))
                break
    assert not missed, missed[:5]


_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789 .,;:!?'\"-/()$€%#@_\n\téß"


def _member(items: list[tuple[object, object]], ch: str) -> bool:
    hit, negate = False, False
    for op, av in items:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            hit = hit or ch == chr(av)  # type: ignore[arg-type]
        elif op is C.RANGE:
            lo, hi = av  # type: ignore[misc]
            hit = hit or lo <= ord(ch) <= hi
        elif op is C.CATEGORY:
            hit = hit or re.fullmatch(_CATEGORY_RE.get(av, r"[^\s\S]"), ch) is not None
    return hit != negate


_CATEGORY_RE = {C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W", C.CATEGORY_DIGIT: r"\d",
                C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s", C.CATEGORY_NOT_SPACE: r"\S"}


def _sample(items: list[tuple[object, object]], rng: random.Random, out: list[str]) -> None:
    """Append to ``out`` one string the sequence may match (look-arounds are left to the final check)."""
    for op, av in items:
        if op is C.LITERAL:
            out.append(chr(av))  # type: ignore[arg-type]
        elif op is C.IN:
            choices = [ch for ch in _ALPHABET if _member(av, ch)]  # type: ignore[arg-type]
            out.append(rng.choice(choices) if choices else "a")
        elif op is C.ANY:
            out.append(rng.choice(_ALPHABET.replace("\n", "")))
        elif op is C.SUBPATTERN:
            _sample(list(av[3].data), rng, out)  # type: ignore[index]
        elif op is C.BRANCH:
            _sample(list(rng.choice(av[1]).data), rng, out)  # type: ignore[index]
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            low, high, sub = av  # type: ignore[misc]
            count = rng.randint(low, min(high, low + 2))
            for _ in range(count):
                _sample(list(sub.data), rng, out)
        # AT, ASSERT, ASSERT_NOT: zero-width, checked by running the pattern on the result


_CONTEXTS = ("", " ", "x", "ab ", "9", ". ", "(", "'")


def test_every_match_of_generated_text_is_let_through() -> None:
    rng = random.Random(20251126)
    missed = []
    for pattern in PATTERNS:
        if not prefilter.clause_bits(pattern):
            continue
        tree = P.parse(pattern.pattern, pattern.flags)
        for _ in range(60):
            out: list[str] = []
            _sample(list(tree.data), rng, out)
            body = "".join(out)
            before, after = rng.choice(_CONTEXTS), rng.choice(_CONTEXTS)
            text = before + body + after
            # the pattern on the whole text, and on the body alone as a slice of it
            cut = (len(before), len(before) + len(body))
            if pattern.search(text) and not _allows(text, pattern):
                missed.append((pattern.pattern[:60], text))
            if pattern.search(text[cut[0]:cut[1]]) and not _allows(text, pattern, cut):
                missed.append((pattern.pattern[:60], f"{cut} {text!r}"))
    assert not missed, missed[:5]


def test_most_patterns_have_words() -> None:
    """The prefilter only pays off when it can read patterns; a broken reader would silently read none."""
    read = sum(1 for p in PATTERNS if prefilter.clause_bits(p))
    assert read >= len(PATTERNS) * 0.6, (read, len(PATTERNS))


# -- the extractor end to end ----------------------------------------------------------------------

def _outputs() -> list[str]:
    out = []
    for t in TICKETS:
        subject, body = t.get("subject"), str(t["body"])
        signals, notes = analyze(subject, body)  # type: ignore[arg-type]
        text = f"{subject}\n\n{body}" if subject else body
        floor = detect_hits(text, {Tier.IMMEDIATE})
        out.append(signals.model_dump_json() + json.dumps(notes) + repr(floor))
    return out


def test_extractor_output_is_the_same_with_the_prefilter_off(monkeypatch: pytest.MonkeyPatch) -> None:
    with_prefilter = _outputs()
    monkeypatch.setattr(prefilter, "ENABLED", False)
    without = _outputs()
    differing = [i for i, (a, b) in enumerate(zip(with_prefilter, without, strict=True)) if a != b]
    assert not differing, [with_prefilter[i][:200] for i in differing[:3]]
