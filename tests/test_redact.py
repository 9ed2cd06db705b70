"""--redact: contacts and card numbers become numbered placeholders; amounts and ids stay."""

from __future__ import annotations

import pytest

from triage.redact import luhn_valid, redact


def test_emails_get_numbered_placeholders_and_repeat_consistently() -> None:
    result = redact("Write to Ana.B+work@Example.co.uk, cc bo@corp.io, or again ana.b+work@example.co.uk.")
    assert result.text == "Write to [EMAIL_1], cc [EMAIL_2], or again [EMAIL_1]."
    assert result.placeholders == {"[EMAIL_1]": "Ana.B+work@Example.co.uk", "[EMAIL_2]": "bo@corp.io"}


@pytest.mark.parametrize("phone", ["+1-415-555-0199", "+1 (415) 555-0188", "(415) 555-0177", "415.555.0166",
                                   "+44 20 1234 5678", "+49 30 1234567"])
def test_phone_numbers_are_masked(phone: str) -> None:
    assert redact(f"Call {phone} today").text == "Call [PHONE_1] today"


def test_only_luhn_valid_card_numbers_are_masked() -> None:
    text = "Cards: 4111 1111 1111 1111, 5555-5555-5555-4444 and 4111 1111 1111 1112."
    assert redact(text).text == "Cards: [CARD_1], [CARD_2] and 4111 1111 1111 1112."


@pytest.mark.parametrize("kept", ["refund of $1,250.00", "12,500 EUR", "order 1234567890123", "ticket T-1042",
                                  "invoice INV-2024-001", "on 2026-11-26 at 09:30", "version 3.51.0",
                                  "account 88123", "3 days and 2 failed fixes"])
def test_amounts_dates_and_ids_stay(kept: str) -> None:
    result = redact(f"Note: {kept}.")
    assert result.text == f"Note: {kept}." and result.count == 0


def test_luhn() -> None:
    assert luhn_valid("4111111111111111") and luhn_valid("79927398713")
    assert not luhn_valid("4111111111111112") and not luhn_valid("12ab")
