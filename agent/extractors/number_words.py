"""Numbers written out in words ("two thousand four hundred", "mil quinientos", "deux mille"), as dictated.

A voice-to-text ticket spells its amounts; ``money.amounts`` reads them through here when a
currency word follows. Only words that stand apart are read (English, Spanish, Portuguese,
French, Italian): the glued compounds of German, Dutch or Italian ("zweitausend") are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# value of each word; "hundred" words multiply what precedes, scale words close a group
_UNITS: dict[str, int] = {
    # English
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    # Spanish / Portuguese
    "uno": 1, "un": 1, "una": 1, "um": 1, "uma": 1, "dos": 2, "dois": 2, "duas": 2, "tres": 3, "cuatro": 4,
    "quatro": 4, "cinco": 5, "seis": 6, "siete": 7, "sete": 7, "ocho": 8, "oito": 8, "nueve": 9, "nove": 9,
    "diez": 10, "dez": 10, "once": 11, "onze": 11, "doce": 12, "doze": 12, "quince": 15, "quinze": 15,
    "veinte": 20, "vinte": 20, "treinta": 30, "trinta": 30, "cuarenta": 40, "quarenta": 40, "cincuenta": 50,
    "cinquenta": 50, "sesenta": 60, "sessenta": 60, "setenta": 70, "ochenta": 80, "oitenta": 80, "noventa": 90,
    "cien": 100, "ciento": 100, "cem": 100, "cento": 100, "doscientos": 200, "duzentos": 200, "trescientos": 300,
    "trezentos": 300, "cuatrocientos": 400, "quatrocentos": 400, "quinientos": 500, "quinhentos": 500,
    "seiscientos": 600, "seiscentos": 600, "setecientos": 700, "setecentos": 700, "ochocientos": 800,
    "oitocentos": 800, "novecientos": 900, "novecentos": 900,
    # French
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "vingt": 20,
    "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    # Italian (the separate words)
    "due": 2, "tre": 3, "quattro": 4, "sei": 6, "otto": 8, "dieci": 10, "venti": 20, "trenta": 30,
}
_HUNDRED = {"hundred", "cent", "cents"}
_SCALE = {"thousand": 1000, "grand": 1000, "mil": 1000, "mille": 1000, "mila": 1000, "million": 1_000_000,
          "millions": 1_000_000, "millon": 1_000_000, "millones": 1_000_000, "milhao": 1_000_000,
          "milhoes": 1_000_000, "milione": 1_000_000, "milioni": 1_000_000}
_JOINERS = {"and", "y", "e", "et"}

_WORD = "|".join(sorted([*_UNITS, *_HUNDRED, *_SCALE], key=len, reverse=True))
# a run of number words, joined by spaces, hyphens or "and"; the first word is never a joiner
_RUN = re.compile(rf"\b(?:{_WORD})(?:(?:[\s-]+(?:and|y|e|et)\b)?[\s-]+(?:{_WORD})\b)*\b")
_SPLIT = re.compile(r"[\s-]+")


def _value(words: list[str]) -> int | None:
    total = current = 0
    seen = False
    for word in words:
        if word in _JOINERS:
            continue
        if word in _UNITS:
            current += _UNITS[word]
            seen = True
        elif word in _HUNDRED:
            current = max(current, 1) * 100
            seen = True
        elif word in _SCALE:
            total += max(current, 1) * _SCALE[word]
            current = 0
            seen = True
    return total + current if seen else None


def spelled_numbers(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int, int]]:
    """(value, start, end) of each run of number words in ``text[start:end]`` worth at least ten."""
    end = len(text) if end is None else end
    for m in _RUN.finditer(text, start, end):
        words = _SPLIT.split(m.group())
        # a lone "one", "un", "e" or "mil" is a word of the sentence, not an amount
        if len(words) == 1 and words[0] not in _SCALE:
            continue
        value = _value(words)
        if value is not None and value >= 10:
            yield value, m.start(), m.end()
