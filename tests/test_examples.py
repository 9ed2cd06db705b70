"""The bundled example inbox decides as examples/EXPECTED.md (written from the policy) says."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from triage import Triager
from triage.loaders import iter_tickets

ROOT = Path(__file__).resolve().parent.parent
ROW = re.compile(r"^\| `(?P<id>[^`]+)` \|[^|]*\| (?P<tier>\w+) \| `(?P<owner>\w+)` \|")


def expected_rows() -> dict[str, tuple[str, str]]:
    rows = {}
    for line in (ROOT / "examples" / "EXPECTED.md").read_text(encoding="utf-8").splitlines():
        match = ROW.match(line)
        if match:
            rows[match["id"]] = (match["tier"], match["owner"])
    return rows


@pytest.fixture(scope="module")
def decided() -> dict[str, tuple[str | None, str | None]]:
    decisions = Triager("rules").stream(iter_tickets([str(ROOT / "examples" / "inbox")]))
    return {d.ticket_id or "": (d.tier.value if d.tier else None, d.owner) for d in decisions}


def test_every_example_has_an_expected_row(decided: dict[str, tuple[str | None, str | None]]) -> None:
    assert set(decided) == set(expected_rows())


def test_no_immediate_example_is_decided_lower(decided: dict[str, tuple[str | None, str | None]]) -> None:
    for ticket_id, (tier, _owner) in expected_rows().items():
        if tier == "immediate":
            assert decided[ticket_id][0] == "immediate", ticket_id


def test_examples_agree_with_the_policy_reading(decided: dict[str, tuple[str | None, str | None]]) -> None:
    expected = expected_rows()
    tiers = sum(decided[t][0] == tier for t, (tier, _) in expected.items())
    both = sum(decided[t] == row for t, row in expected.items())
    assert tiers == len(expected)
    assert both == len(expected)
