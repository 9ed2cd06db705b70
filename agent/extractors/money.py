"""Amounts of money in ticket text: "$1,200", "1.200,50 €", "EUR 950", "1,2k €", "R$ 5.000", "ZAR 9000".

The extractor only reads what is written: the amount as a number and the currency as an ISO 4217
code. A code we do not know is kept as written (upper case) so the policy can flag it; converting
to US dollars and comparing with thresholds is the policy's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .number_words import spelled_numbers

# Symbols and words before or after the number -> ISO code. Longest spellings first.
_PREFIX = {
    "us$": "USD", "usd$": "USD", "usd": "USD", "ca$": "CAD", "cad$": "CAD", "c$": "CAD", "cad": "CAD",
    "a$": "AUD", "au$": "AUD", "aud": "AUD", "nz$": "NZD", "nzd": "NZD", "mx$": "MXN", "mxn": "MXN",
    "r$": "BRL", "brl": "BRL", "s$": "SGD", "sg$": "SGD", "sgd": "SGD", "hk$": "HKD", "hkd": "HKD",
    "$": "USD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP", "¥": "JPY", "jpy": "JPY", "₹": "INR",
    "inr": "INR", "rs.": "INR", "rs": "INR", "chf": "CHF", "fr.": "CHF", "sek": "SEK", "nok": "NOK", "dkk": "DKK",
    "zar": "ZAR", "cny": "CNY", "rmb": "CNY", "krw": "KRW", "₩": "KRW", "pln": "PLN", "zł": "PLN",
    "czk": "CZK", "huf": "HUF", "₺": "TRY", "rub": "RUB", "₽": "RUB", "₪": "ILS",
    "aed": "AED", "sar": "SAR", "ars": "ARS", "clp": "CLP", "ngn": "NGN", "₦": "NGN",
    "kes": "KES", "egp": "EGP", "thb": "THB", "฿": "THB", "idr": "IDR", "myr": "MYR", "₱": "PHP",
    "vnd": "VND", "₫": "VND", "twd": "TWD", "nt$": "TWD",
}
_SUFFIX = {
    **{k: v for k, v in _PREFIX.items() if k not in ("rs.", "rs", "fr.", "$")},
    "$": "USD", "dollars": "USD", "dollar": "USD", "bucks": "USD", "us dollars": "USD", "usd": "USD",
    "euros": "EUR", "euro": "EUR", "pounds": "GBP", "pound": "GBP", "quid": "GBP", "francs": "CHF",
    "swiss francs": "CHF", "yen": "JPY", "rupees": "INR", "rupee": "INR", "reais": "BRL",
    "pesos": "MXN", "mexican pesos": "MXN", "canadian dollars": "CAD", "australian dollars": "AUD",
    "rand": "ZAR", "kr": "SEK", "zloty": "PLN", "yuan": "CNY",
    "dolares": "USD", "dolares americanos": "USD", "dollari": "USD", "libras": "GBP", "livres": "GBP",
    "sterline": "GBP", "franken": "CHF", "franchi": "CHF", "franco": "CHF", "ienes": "JPY", "rupias": "INR",
    "円": "JPY", "元": "CNY", "원": "KRW",
}


def _alt(keys: list[str]) -> str:
    return "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))


# Indian grouping ("1,20,000" is one lakh twenty thousand) is tried first, then the common groupings.
_NUMBER = re.compile(r"\d(?:\d?(?:,\d{2})+,\d{3}(?:\.\d{1,2})?(?![\d,])|"
                     r"\d{0,2}(?:[,.' \u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?|\d*(?:[.,]\d+)?)")
_MULT = re.compile(r"\s?(k|m|mm|mn|bn|thousand|million|mil|grand|tsd|mio)\b", re.I)
_AFTER = re.compile(r"\s?(" + _alt(list(_SUFFIX)) + r")(?![a-z])", re.I)
_BEFORE = re.compile(r"(?<![a-z0-9])(" + _alt(list(_PREFIX)) + r")\s?$", re.I)
_MULTIPLIERS = {"k": 1e3, "thousand": 1e3, "grand": 1e3, "tsd": 1e3, "mil": 1e3, "m": 1e6, "mm": 1e6, "mn": 1e6,
                "million": 1e6, "mio": 1e6, "bn": 1e9}


_CURRENCY_WORD = re.compile(r"\b(?:dollars?|bucks|euros?|pounds?|quid|francs?|dolares|libras|livres|reais|pesos|"
                            r"sterline|dollari|franchi|yen|rupees)\b")


@dataclass(frozen=True)
class Amount:
    value: float
    currency: str
    start: int
    end: int


def parse_number(raw: str) -> float | None:
    """Read "1,200.50", "1.200,50", "1 200", "1'200", "1,2" (decimal comma) or "12.5"."""
    s = raw.replace("\u00a0", " ").replace("\u202f", " ").strip()
    s = s.replace("'", "").replace(" ", "")
    if not s:
        return None
    if "," in s and "." in s:
        decimal = "," if s.rfind(",") > s.rfind(".") else "."
        thousands = "." if decimal == "," else ","
        s = s.replace(thousands, "").replace(decimal, ".")
    elif "," in s or "." in s:
        sep = "," if "," in s else "."
        parts = s.split(sep)
        grouped = len(parts) > 2 or (len(parts[-1]) == 3 and parts[0] != "0")
        s = s.replace(sep, "" if grouped else ".")
    try:
        return float(s)
    except ValueError:
        return None


def _code(table: dict[str, str], raw: str) -> str:
    return table.get(raw.lower(), raw.upper())


def _number_at(text: str, m: re.Match[str]) -> tuple[float, int] | None:
    """The value of the number matched by ``m`` with its multiplier ("1,2k"), and where it ends."""
    prev = text[m.start() - 1] if m.start() > 0 else " "
    if (prev.isascii() and prev.isalnum()) or prev in ".,":  # a CJK character right before is fine ("各420,000円")
        return None
    value = parse_number(m.group())
    if value is None:
        return None
    end = m.end()
    mult = _MULT.match(text, end)
    if mult:
        value *= _MULTIPLIERS[mult.group(1).lower()]
        end = mult.end()
    return value, end


def amounts(text: str, start: int = 0, end: int | None = None) -> list[Amount]:
    """Every amount with a currency in ``text[start:end]`` (offsets into ``text``).

    Numbers are found first (a fast scan), then a currency is looked for right after or right
    before each one, so the text is scanned once whatever the size of the currency table.
    """
    end = len(text) if end is None else end
    found: list[Amount] = []
    for m in _NUMBER.finditer(text, start, end):
        read = _number_at(text, m)
        if read is None:
            continue
        value, num_end = read
        after = _AFTER.match(text, num_end, end)
        if after:
            found.append(Amount(value, _code(_SUFFIX, after.group(1)), m.start(), after.end()))
            continue
        before = _BEFORE.search(text, max(start, m.start() - 8), m.start())
        if before:
            found.append(Amount(value, _code(_PREFIX, before.group(1)), before.start(1), num_end))
    if _CURRENCY_WORD.search(text, start, end):  # "two thousand four hundred dollars", as dictated
        for value_, num_start, num_end in spelled_numbers(text, start, end):
            after = _AFTER.match(text, num_end, end)
            if after and after.group(1).isalpha():
                found.append(Amount(float(value_), _code(_SUFFIX, after.group(1)), num_start, after.end()))
        found.sort(key=lambda amt: amt.start)
    return found


# "80k users", "100k tasks a year": a count of things, not money
_COUNTED = re.compile(r"\s?(?!a\b|an\b|per\b|p\.?a\b|yearly|annual|each|every|in\b|for\b|and\b|or\b|on\b|"
                      r"with\b|so\b|but\b|which\b|that\b)[a-z]{2,}")


def bare_thousands(text: str, start: int = 0, end: int | None = None) -> list[Amount]:
    """Amounts written with a multiplier and no currency ("we pay ~80k/yr"), read as the base currency, USD."""
    end = len(text) if end is None else end
    found: list[Amount] = []
    for m in _NUMBER.finditer(text, start, end):
        if not _MULT.match(text, m.end()):
            continue
        read = _number_at(text, m)
        if read is not None and read[0] >= 1000 and not _COUNTED.match(text, read[1]):
            found.append(Amount(read[0], "USD", m.start(), read[1]))
    return found


def bare_number_after(text: str, pos: int, limit: int = 12) -> Amount | None:
    """A number with no currency right after ``pos`` ("a refund of 1500"): amount, currency unknown."""
    m = _NUMBER.search(text, pos, min(len(text), pos + limit + 20))
    if m is None or m.start() - pos > limit:
        return None
    read = _number_at(text, m)
    if read is None or read[0] < 10 or (read[1] < len(text) and text[read[1]] == "%"):
        return None
    return Amount(read[0], "", m.start(), read[1])
