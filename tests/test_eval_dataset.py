"""The labelled eval set (evals/datasets/*.jsonl) is well formed and its labels obey the policy.

The labels are an independent measure of the product, so these checks never run an extractor:
they verify the structure (every ticket loads like a real one), the coverage the set promises
(every criterion, the hard themes, several languages) and that each label is consistent with the
combination rules of design/policy-interpretation.md and with the ticket's own metadata.
"""

from __future__ import annotations

import json
import tomllib
from collections import Counter
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from triage.policy import CRITERIA, CRITERIA_BY_ID, ROLE_LEVELS, Signals, Tier
from triage.tickets import ticket_from_obj

DATASETS = Path(__file__).resolve().parents[1] / "evals" / "datasets"
FIRST_LINE = {"technical_support_agent", "billing_agent", "product_info_agent"}
HARD_TAGS = {"negation", "informational", "injection", "multilingual", "multi_issue", "metadata", "boundary",
             "vague", "thread", "not_support", "scope", "price_vs_contract", "legal_context", "near_miss"}
OTHER_TAGS = {"stated_facts", "enterprise_immediate", "indirect"}
SIGNAL_KEYS = {"refund", "unresolved_hours", "failed_attempts", "plan", "data_exposed", "injection", "vague",
               "support_request", "annual_contract_value_usd", "fortune_500"}
TIER_RANK = {Tier.NONE: 0, Tier.STANDARD: 1, Tier.PRIORITY: 2, Tier.IMMEDIATE: 3}
GROUP_TIER = {"SEC": Tier.IMMEDIATE, "OUT": Tier.IMMEDIATE, "LEG": Tier.IMMEDIATE, "ENT": Tier.PRIORITY,
              "FIN": Tier.PRIORITY, "HVA": Tier.PRIORITY, "TEC": Tier.STANDARD, "SAT": Tier.STANDARD}
# Owner per criterion group, written out from the interpretation page's table (not read from the
# catalog, so a catalog change that contradicts the page makes these tests fail).
GROUP_OWNER = {"SEC": "engineering_manager", "OUT": "engineering_manager", "LEG": "ceo",
               "ENT": "vp_customer_success", "FIN": "finance_director", "HVA": "vp_customer_success",
               "TEC": "senior_technical_specialist", "SAT": "support_manager"}
OWNER_OVERRIDE = {"FIN5": "billing_manager", "SAT5": "product_manager"}
# Tie-break order of the table: security, outage, legal, enterprise, financial-contract,
# financial-other, high-value, technical, satisfaction-feature, satisfaction-other.
TABLE_ORDER = ["SEC", "OUT", "LEG", "ENT", "FIN5", "FIN", "HVA", "TEC", "SAT5", "SAT"]
MIN_POSITIVES = 5


def _load() -> list[tuple[str, int, dict[str, Any]]]:
    rows = []
    for path in sorted(DATASETS.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                rows.append((path.name, number, json.loads(line)))
    return rows


def _rates() -> tuple[dict[str, float], float, float]:
    text = resources.files("triage.policy").joinpath("policy.toml").read_text(encoding="utf-8")
    config = tomllib.loads(text)
    thresholds = config["thresholds"]
    rates = {code.upper(): float(rate) for code, rate in config["currency_usd_rates"].items()}
    return rates, float(thresholds["refund_usd"]), float(thresholds["major_account_acv_usd"])


CASES = [case for _file, _line, case in _load()]
RATES, REFUND_USD, MAJOR_ACV = _rates()


def _id(case: dict[str, Any]) -> str:
    return str(case.get("id"))


def _slot(cid: str) -> str:
    return cid if cid in OWNER_OVERRIDE else cid[:3]


def combined_owner(criteria: list[str], data_exposed: bool) -> str:
    """The owner the interpretation page's combination rule gives for these criteria."""
    top = max(TIER_RANK[GROUP_TIER[c[:3]]] for c in criteria)
    winning = [c for c in criteria if TIER_RANK[GROUP_TIER[c[:3]]] == top]

    def owner(cid: str) -> str:
        if cid.startswith("SEC") and data_exposed:
            return "cto"
        return OWNER_OVERRIDE.get(cid, GROUP_OWNER[cid[:3]])

    lead = min(winning, key=lambda c: (-ROLE_LEVELS[owner(c)], TABLE_ORDER.index(_slot(c))))
    return owner(lead)


def _hours_since_first_contact(ticket: dict[str, Any]) -> float | None:
    first = (ticket.get("history") or {}).get("first_contact_at")
    received = ticket.get("received_at")
    if not first or not received:
        return None
    delta = datetime.fromisoformat(received) - datetime.fromisoformat(first)
    return delta.total_seconds() / 3600


# -- structure -----------------------------------------------------------------------------------

def test_the_set_exists_and_every_line_is_a_json_object() -> None:
    files = sorted(DATASETS.glob("*.jsonl"))
    assert len(files) >= 2
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            assert line.strip(), f"{path.name}:{number}: blank line"
            assert isinstance(json.loads(line), dict), f"{path.name}:{number}"
    assert len(CASES) >= 320


def test_ids_are_unique_and_numbered() -> None:
    ids = [_id(c) for c in CASES]
    duplicates = [i for i, n in Counter(ids).items() if n > 1]
    assert not duplicates
    for cid in ids:
        assert cid.startswith("E-") and cid[2:].isdigit() and len(cid) >= 5, cid


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_case_shape(case: dict[str, Any]) -> None:
    assert set(case) <= {"id", "ticket", "expected", "tags", "note", "language"}
    ticket = ticket_from_obj(case["ticket"])  # raises TicketError on a ticket the product would reject
    assert ticket.body.strip()
    plan = (case["ticket"].get("customer") or {}).get("plan")
    assert plan in (None, "basic", "pro", "enterprise")
    expected = case["expected"]
    assert Tier(expected["tier"])
    assert expected["owner"] in ROLE_LEVELS
    criteria = expected["criteria"]
    assert isinstance(criteria, list)
    assert len(set(criteria)) == len(criteria)
    unknown = [c for c in criteria if c not in CRITERIA_BY_ID]
    assert not unknown
    assert set(case["tags"]) <= HARD_TAGS | OTHER_TAGS, case["tags"]
    note = case["note"]
    assert isinstance(note, str) and len(note) > 20 and "\n" not in note
    signals = expected.get("signals") or {}
    assert set(signals) <= SIGNAL_KEYS
    assert set(signals) <= set(Signals.model_fields)


def test_most_tickets_have_a_2026_received_at() -> None:
    stamps = [c["ticket"].get("received_at") for c in CASES]
    dated = [s for s in stamps if s]
    assert len(dated) >= 0.8 * len(CASES)
    assert all(s.startswith("2026-") for s in dated)


def test_identical_tickets_have_identical_labels() -> None:
    seen: dict[str, tuple[str, dict[str, Any]]] = {}
    for case in CASES:
        ticket = {k: v for k, v in case["ticket"].items() if k != "id"}
        key = json.dumps(ticket, sort_keys=True)
        label = {k: case["expected"][k] for k in ("tier", "owner", "criteria")}
        if key in seen:
            assert seen[key][1] == label, f"{_id(case)} contradicts {seen[key][0]}"
        seen[key] = (_id(case), label)


def test_bodies_are_not_one_template() -> None:
    bodies = Counter(c["ticket"]["body"] for c in CASES)
    assert max(bodies.values()) <= 3
    assert len(bodies) >= 0.9 * len(CASES)


# -- labels follow the combination rules -----------------------------------------------------------

@pytest.mark.parametrize("case", CASES, ids=_id)
def test_tier_is_the_most_urgent_tier_of_the_criteria(case: dict[str, Any]) -> None:
    expected = case["expected"]
    criteria = expected["criteria"]
    tier = Tier(expected["tier"])
    if not criteria:
        assert tier is Tier.NONE
        assert expected["owner"] in FIRST_LINE
    else:
        assert tier is max((GROUP_TIER[c[:3]] for c in criteria), key=TIER_RANK.__getitem__)


@pytest.mark.parametrize("case", [c for c in CASES if c["expected"]["criteria"]], ids=_id)
def test_owner_follows_the_combination_rule(case: dict[str, Any]) -> None:
    expected = case["expected"]
    exposed = bool((expected.get("signals") or {}).get("data_exposed"))
    assert expected["owner"] == combined_owner(expected["criteria"], exposed)


def test_combined_owner_rule_itself() -> None:
    assert combined_owner(["SEC1", "LEG1"], data_exposed=True) == "cto"
    assert combined_owner(["SEC1", "LEG1"], data_exposed=False) == "ceo"
    assert combined_owner(["FIN5", "FIN3"], data_exposed=False) == "finance_director"
    assert combined_owner(["FIN5", "SAT2"], data_exposed=False) == "billing_manager"
    assert combined_owner(["TEC3", "SAT5"], data_exposed=False) == "senior_technical_specialist"
    assert combined_owner(["SAT5", "SAT3"], data_exposed=False) == "support_manager"
    assert combined_owner(["OUT1", "ENT1"], data_exposed=False) == "engineering_manager"


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_labels_agree_with_metadata(case: dict[str, Any]) -> None:
    """Metadata wins: ENT1, HVA1, HVA2 exactly follow the facts the metadata gives."""
    customer = case["ticket"].get("customer") or {}
    criteria = set(case["expected"]["criteria"])
    signals = case["expected"].get("signals") or {}
    if "plan" in customer:
        assert ("ENT1" in criteria) == (customer["plan"] == "enterprise")
    if "annual_contract_value_usd" in customer:
        assert ("HVA1" in criteria) == (customer["annual_contract_value_usd"] > MAJOR_ACV)
    if "fortune_500" in customer:
        assert ("HVA2" in criteria) == bool(customer["fortune_500"])
    plan = customer.get("plan") or signals.get("plan")
    if "SAT5" in criteria:
        assert plan == "pro"
    if criteria & {"HVA3", "HVA4", "HVA5"}:
        assert criteria & {"ENT1", "HVA1", "HVA2"}, "churn/competitor/expansion need a major account"
    stated_acv = signals.get("annual_contract_value_usd")
    if stated_acv is not None and "annual_contract_value_usd" not in customer:
        assert ("HVA1" in criteria) == (stated_acv > MAJOR_ACV)


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_threshold_criteria_have_their_facts(case: dict[str, Any]) -> None:
    ticket = case["ticket"]
    criteria = set(case["expected"]["criteria"])
    signals = case["expected"].get("signals") or {}
    history = ticket.get("history") or {}
    refund = signals.get("refund")
    if "FIN3" in criteria:
        assert refund, "a FIN3 label states the refund amount"
    if refund:
        rate = RATES.get(refund["currency"].upper())
        over = rate is not None and refund["amount"] * rate > REFUND_USD
        assert ("FIN3" in criteria) == over
    hours = _hours_since_first_contact(ticket)
    if hours is not None and hours >= 24:
        assert "TEC1" in criteria
    if "TEC1" in criteria:
        assert (hours is not None and hours >= 24) or signals.get("unresolved_hours", 0) >= 24
    attempts = history.get("failed_resolution_attempts")
    if attempts is not None and attempts >= 2:
        assert "TEC2" in criteria
    if "TEC2" in criteria:
        assert max(attempts or 0, signals.get("failed_attempts", 0)) >= 2
    elif signals.get("failed_attempts") is not None:
        assert signals["failed_attempts"] < 2
    if signals.get("data_exposed"):
        assert any(c.startswith("SEC") for c in criteria)


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_flag_tags_match_labels(case: dict[str, Any]) -> None:
    tags = set(case["tags"])
    expected = case["expected"]
    signals = expected.get("signals") or {}
    if "vague" in tags or signals.get("vague"):
        assert "vague" in tags and signals.get("vague")
        assert expected["criteria"] or expected["owner"] == "technical_support_agent"
    if "not_support" in tags:
        assert signals.get("support_request") is False
        assert (expected["tier"], expected["owner"]) == ("none", "product_info_agent")
    if "injection" in tags:
        assert signals.get("injection") is True
    if "multi_issue" in tags:
        assert len(expected["criteria"]) >= 2
    assert ("multilingual" in tags) == ("language" in case)
    if "language" in case:
        assert case["language"] != "en"


# -- coverage -----------------------------------------------------------------------------------

def test_every_criterion_has_enough_positive_cases() -> None:
    counts = Counter(c for case in CASES for c in case["expected"]["criteria"])
    thin = {c.id: counts[c.id] for c in CRITERIA if counts[c.id] < MIN_POSITIVES}
    assert not thin, f"criteria with fewer than {MIN_POSITIVES} positives: {thin}"


def test_hard_cases_and_themes() -> None:
    hard = [c for c in CASES if set(c["tags"]) & HARD_TAGS]
    assert len(hard) >= 100
    tags = Counter(t for c in CASES for t in c["tags"])
    for tag in HARD_TAGS:
        assert tags[tag] >= 5, f"tag {tag!r} has only {tags[tag]} cases"


def test_languages() -> None:
    multilingual = [c for c in CASES if "multilingual" in c["tags"]]
    assert len(multilingual) >= 30
    languages = Counter(c["language"] for c in multilingual)
    assert len(languages) >= 5
    tiers = {c["expected"]["tier"] for c in multilingual}
    assert tiers == {"immediate", "priority", "standard", "none"}


def test_every_tier_and_owner_is_represented() -> None:
    tiers = Counter(c["expected"]["tier"] for c in CASES)
    assert all(tiers[t.value] >= 30 for t in Tier)
    owners = {c["expected"]["owner"] for c in CASES}
    assert owners == set(ROLE_LEVELS)
