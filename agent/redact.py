"""Mask personal contact and payment data before ticket text leaves the machine (``--redact``).

E-mail addresses, phone numbers and card numbers (only digit runs that pass the Luhn check) are
replaced by numbered placeholders such as ``[EMAIL_1]``. The same value always gets the same
placeholder within one ticket, so the model can still tell "the same address twice" apart from
"two addresses". Amounts, dates, order and ticket ids stay: the policy needs them, and a false
positive there would hide a refund amount.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")
# 13 to 19 digits, optionally grouped by single spaces or dashes (how people type card numbers).
_CARD = re.compile(r"(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w-])")
# International form (+ and country code) or the North American (xxx) xxx-xxxx / xxx-xxx-xxxx form.
# Separators are required in the national form so bare ids and amounts are never taken for phones.
_PHONE = re.compile(
    r"(?<![\w+])(?:\+\d{1,3}[ .-]?(?:\(\d{1,4}\)[ .-]?)?\d{1,4}(?:[ .-]?\d{2,4}){1,4}"
    r"|\(\d{3}\)[ .-]?\d{3}[ .-]\d{4}|\d{3}[.-]\d{3}[.-]\d{4})(?![\w-])"
)


def luhn_valid(digits: str) -> bool:
    """The card-number checksum: doubles every second digit from the right."""
    if not digits.isdigit():
        return False
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


@dataclass
class Redaction:
    """The masked text and what each placeholder stands for (kept on this machine only)."""

    text: str
    placeholders: dict[str, str] = field(default_factory=dict)

    @property
    def count(self) -> int:
        return len(self.placeholders)


class _Masker:
    def __init__(self) -> None:
        self.by_value: dict[tuple[str, str], str] = {}
        self.counts: dict[str, int] = {}
        self.placeholders: dict[str, str] = {}

    def placeholder(self, kind: str, value: str) -> str:
        key = (kind, _canonical(kind, value))
        if key not in self.by_value:
            self.counts[kind] = self.counts.get(kind, 0) + 1
            name = f"[{kind}_{self.counts[kind]}]"
            self.by_value[key] = name
            self.placeholders[name] = value
        return self.by_value[key]


def _canonical(kind: str, value: str) -> str:
    if kind == "EMAIL":
        return value.lower()
    return re.sub(r"\D", "", value)


def redact(text: str) -> Redaction:
    """Mask e-mails, Luhn-valid card numbers and phone numbers, in that order."""
    masker = _Masker()

    def email(match: re.Match[str]) -> str:
        return masker.placeholder("EMAIL", match.group(0))

    def card(match: re.Match[str]) -> str:
        digits = re.sub(r"\D", "", match.group(0))
        if luhn_valid(digits):
            return masker.placeholder("CARD", match.group(0))
        return match.group(0)

    def phone(match: re.Match[str]) -> str:
        digits = re.sub(r"\D", "", match.group(0))
        if len(digits) < 7:
            return match.group(0)
        return masker.placeholder("PHONE", match.group(0))

    masked = _EMAIL.sub(email, text)
    masked = _CARD.sub(card, masked)
    masked = _PHONE.sub(phone, masked)
    return Redaction(masked, masker.placeholders)
