"""Is a quote really in the ticket? The check that keeps every LLM signal tied to the customer's words.

Matching forgives what a model cannot reproduce exactly and a reader would not care about: case,
runs of whitespace and line breaks, typographic quotes and dashes, the ``>`` markers of quoted
e-mail, surrounding quotation marks and a trailing full stop. A quote that joins fragments with an
ellipsis is grounded when every fragment is, in order. Nothing else is forgiven: a paraphrase is
not evidence.
"""

from __future__ import annotations

import re
import unicodedata

_TRANSLATE = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00a0": " ", "\u200b": "",
})
_QUOTE_MARKERS = re.compile(r"(?m)^[ \t]*(?:>[ \t]?)+")
_SPACE = re.compile(r"\s+")
_ELLIPSIS = re.compile(r"\s*(?:\.\.\.|\u2026)\s*")
_EDGE = " \t\n\"'`.,;:!?()[]{}"


def normalise(text: str) -> str:
    """The form both the ticket and the quote are compared in."""
    text = unicodedata.normalize("NFKC", text).translate(_TRANSLATE)
    text = _QUOTE_MARKERS.sub("", text)
    return _SPACE.sub(" ", text).casefold().strip()


def is_grounded(quote: str, text: str) -> bool:
    """True when ``quote`` (or each of its ellipsis-joined fragments, in order) occurs in ``text``."""
    haystack = normalise(text)
    fragments = [normalise(part).strip(_EDGE) for part in _ELLIPSIS.split(quote)]
    fragments = [part for part in fragments if part]
    if not fragments:
        return False
    position = 0
    for fragment in fragments:
        found = haystack.find(fragment, position)
        if found < 0:
            return False
        position = found + len(fragment)
    return True
