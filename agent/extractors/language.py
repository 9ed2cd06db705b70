"""Which language a ticket is in, so a reviewer knows when the offline extractor could not read it.

Cheap on purpose: stopwords counted in the first 220 characters for the seven languages the phrase
tables read, and a script check (Japanese, Chinese, Cyrillic...) for text that is not in Latin letters.
"""

from __future__ import annotations

import re

from .detectors import Scan
from .reopt import compile_fast

_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset([
        "the", "and", "is", "to", "of", "we", "our", "you", "it", "not", "for", "with", "this", "that", "have",
        "can", "my", "are", "on", "be", "please",
    ]),
    "es": frozenset([
        "el", "los", "las", "que", "y", "en", "es", "por", "para", "con", "nuestro", "nuestra", "una", "del", "al",
        "esta", "pero", "hola", "gracias", "podemos", "muy",
    ]),
    "fr": frozenset([
        "le", "les", "des", "et", "est", "pas", "nous", "vous", "pour", "avec", "une", "dans", "sur", "ne",
        "notre", "nos", "bonjour", "merci", "au", "ce",
    ]),
    "de": frozenset([
        "der", "die", "das", "und", "ist", "nicht", "wir", "sie", "mit", "fur", "ein", "eine", "auf", "zu",
        "unser", "unsere", "bitte", "hallo", "den", "dem", "ich", "es", "sich",
    ]),
    "pt": frozenset([
        "o", "os", "as", "que", "e", "em", "nao", "por", "para", "com", "nosso", "nossa", "um", "uma", "do", "da",
        "dos", "voces", "ola", "obrigado", "estamos", "esta",
    ]),
    "it": frozenset([
        "il", "lo", "gli", "di", "che", "e", "non", "per", "con", "un", "una", "del", "della", "nostro", "nostra",
        "siamo", "sono", "ciao", "grazie", "abbiamo",
    ]),
    "nl": frozenset([
        "de", "het", "een", "en", "van", "is", "niet", "wij", "we", "ons", "onze", "met", "voor", "op", "dat",
        "dit", "zijn", "hallo", "bedankt", "kunnen", "graag",
    ]),
}
_SCRIPTS = (("ja", compile_fast(r"[\u3040-\u30ff]")), ("zh", compile_fast(r"[\u4e00-\u9fff]")),
            ("ko", compile_fast(r"[\uac00-\ud7af]")), ("ru", compile_fast(r"[\u0400-\u04ff]")),
            ("ar", compile_fast(r"[\u0600-\u06ff]")), ("he", compile_fast(r"[\u0590-\u05ff]")),
            ("el", compile_fast(r"[\u0370-\u03ff]")), ("hi", compile_fast(r"[\u0900-\u097f]")),
            ("th", compile_fast(r"[\u0e00-\u0e7f]")))
_TOKEN = re.compile(r"[a-z]+")
_NON_LATIN = re.compile(r"[^\x00-\u024f\u2000-\u20cf]")
READ_LANGUAGES = frozenset(_STOPWORDS)
#: Read only through one small table (``patterns_japanese``): decided, but still worth a reviewer's look.
PARTLY_READ_LANGUAGES = frozenset({"ja"})
_LANGS_OF: dict[str, tuple[str, ...]] = {}
for _code, _words in _STOPWORDS.items():
    for _word in _words:
        _LANGS_OF[_word] = (*_LANGS_OF.get(_word, ()), _code)


def language(scan: Scan) -> str | None:
    """The language of the first lines by stopword count, or a script name for a non-Latin text; None if unsure."""
    sample = scan.doc_text[:220]
    if _NON_LATIN.search(sample):
        for code, pattern in _SCRIPTS:
            if len(pattern.findall(sample)) >= 5:
                return code
    counts = dict.fromkeys(_STOPWORDS, 0)
    for codes in [c for c in map(_LANGS_OF.get, _TOKEN.findall(sample)) if c]:  # most words are no stopword
        for code in codes:
            counts[code] += 1
    code, best = max(counts.items(), key=lambda item: item[1])
    return code if best >= 2 else None
