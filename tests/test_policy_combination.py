"""How matched criteria combine into one outcome, its deadlines, and first-line routing when none match.

Expected owners and minutes are taken from the interpretation page's tables, written out here by
hand, so a wrong number in policy.toml or a wrong tie-break in the engine fails a test.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, datetime, timedelta, timezone

import pytest

from triage.policy import (
    Customer,
    Hit,
    Money,
    Outcome,
    Policy,
    PolicyConfig,
    Signals,
    StatedFact,
    Tier,
)
from triage.policy.engine import FIRST_LINE_SECTION

RECEIVED = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)




def hits(*ids: str, exposed: bool = False) -> Signals:
    fact = StatedFact(value=True, evidence="an outsider downloaded our files") if exposed else None
    return Signals(hits=tuple(Hit(criterion=cid, evidence=f"words for {cid}") for cid in ids),
                   data_exposed=fact)


def one_hit(cid: str, evidence: str = "the ticket's words") -> Hit:
    return Hit(criterion=cid, evidence=evidence)


def decide(policy: Policy, signals: Signals, customer: Customer | None = None,
           received_at: datetime | None = RECEIVED) -> Outcome:
    return policy.decide(signals, customer or Customer(), None, received_at)


# -- tier and owner --------------------------------------------------------------------------------

def test_most_urgent_tier_wins_and_every_criterion_is_a_reason(policy: Policy) -> None:
    outcome = decide(policy, hits("TEC3", "FIN1", "OUT1"))
    assert (outcome.tier, outcome.owner, outcome.level) == (Tier.IMMEDIATE, "engineering_manager", 3)
    assert [(r.rule, r.tier) for r in outcome.reasons] == [
        ("OUT1", Tier.IMMEDIATE), ("FIN1", Tier.PRIORITY), ("TEC3", Tier.STANDARD)]
    assert [r.evidence for r in outcome.reasons] == ["words for OUT1", "words for FIN1", "words for TEC3"]


@pytest.mark.parametrize(("ids", "exposed", "owner"), [
    (("OUT1", "LEG1"), False, "ceo"),              # level 4 beats level 3
    (("SEC1", "LEG3"), False, "ceo"),
    (("SEC1", "LEG1"), True, "cto"),               # cto and ceo both level 4: security comes first
    (("LEG1", "SEC2"), True, "cto"),               # the order of the hits does not matter
    (("SEC1", "OUT2"), False, "engineering_manager"),
    (("FIN5", "FIN1"), False, "finance_director"),  # contract changes (2) under revenue issues (3)
    (("FIN5",), False, "billing_manager"),
    (("FIN5", "HVA4"), False, "vp_customer_success"),
    (("TEC3", "SAT2"), False, "support_manager"),  # level 3 beats level 2
    (("SAT5", "TEC4"), False, "senior_technical_specialist"),  # both level 2: technical comes first
    (("SAT5", "SAT3"), False, "support_manager"),
])
def test_owner_is_the_most_senior_of_the_winning_tier(policy: Policy, ids: tuple[str, ...], exposed: bool,
                                                      owner: str) -> None:
    customer = Customer(plan="pro", fortune_500=True) if "HVA4" in ids else Customer(plan="pro")
    outcome = decide(policy, hits(*ids, exposed=exposed), customer)
    assert outcome.owner == owner
    assert {r.rule for r in outcome.reasons} >= set(ids)


def test_lower_tier_owners_do_not_compete(policy: Policy) -> None:
    """A level-4 owner of a priority criterion does not take an immediate ticket."""
    outcome = decide(policy, hits("OUT4"), Customer(annual_contract_value_usd=90000))
    assert (outcome.tier, outcome.owner) == (Tier.IMMEDIATE, "engineering_manager")
    hva = next(r for r in outcome.reasons if r.rule == "HVA1")
    assert (hva.tier, hva.owner) == (Tier.PRIORITY, "vp_customer_success")


# -- procedures, notifications, categories ----------------------------------------------------------

def test_procedures_and_notify_of_every_winning_criterion(policy: Policy, config: PolicyConfig) -> None:
    outcome = decide(policy, hits("LEG2", "OUT1"))
    assert outcome.procedures == ["service_outage", "legal_compliance"]
    assert [p.id for p in outcome.procedure_steps] == outcome.procedures
    assert outcome.procedure_steps[0] == config.procedures["service_outage"]
    assert outcome.procedure_steps[0].immediate and outcome.procedure_steps[0].follow_up
    for address in ("outage-response@teamflow.com", "#outage-response", "legal-emergency@teamflow.com",
                    "CEO", "CTO"):
        assert address in outcome.notify
    assert len(outcome.notify) == len(set(outcome.notify))
    assert outcome.secondary_procedures == [] and outcome.secondary_notify == []


def test_lower_tier_procedures_and_notify_are_secondary(policy: Policy) -> None:
    outcome = decide(policy, hits("SEC3", "TEC5"), Customer(plan="enterprise"))
    assert outcome.tier is Tier.IMMEDIATE
    assert outcome.procedures == ["security_incident"]
    assert outcome.secondary_procedures == ["enterprise_customer"]
    assert "#security-alerts" in outcome.notify
    assert "#customer-success" not in outcome.notify
    assert {"#customer-success", "dedicated customer success manager", "#support-escalation"} <= set(
        outcome.secondary_notify)


def test_secondary_lists_leave_out_what_the_winning_tier_has(policy: Policy) -> None:
    outcome = decide(policy, hits("FIN2", "TEC3"))
    assert outcome.tier is Tier.PRIORITY
    assert [r.rule for r in outcome.reasons] == ["FIN2", "TEC3"]
    assert outcome.notify == ["#support-escalation"]
    assert outcome.secondary_notify == []


def test_feature_request_notifies_nobody(policy: Policy) -> None:
    outcome = decide(policy, hits("SAT5"), Customer(plan="pro"))
    assert (outcome.tier, outcome.owner, outcome.notify) == (Tier.STANDARD, "product_manager", [])


def test_categories_of_all_matched_groups(policy: Policy) -> None:
    outcome = decide(policy, hits("TEC3", "OUT1", "SAT1"), Customer(annual_contract_value_usd=75000))
    assert outcome.categories == ["outage", "high_value", "technical", "satisfaction"]


# -- deadlines -------------------------------------------------------------------------------------
# The interpretation page's tier table: escalate within, first response within, resolution target.

ESCALATE = {Tier.IMMEDIATE: 15, Tier.PRIORITY: 60, Tier.STANDARD: 240}
RESOLVE = {Tier.IMMEDIATE: 4 * 60, Tier.PRIORITY: 24 * 60, Tier.STANDARD: 72 * 60}
RESPOND = {"SEC1": 15, "OUT3": 15, "LEG4": 30, "ENT2": 60, "FIN4": 60, "HVA3": 60, "TEC4": 240,
           "SAT4": 240}


@pytest.mark.parametrize("cid", RESPOND)
def test_deadlines_by_tier_and_group(policy: Policy, cid: str) -> None:
    customer = Customer(plan="enterprise") if cid.startswith(("ENT", "HVA")) else Customer()
    outcome = decide(policy, hits(cid), customer)
    assert outcome.escalate_by == RECEIVED + timedelta(minutes=ESCALATE[outcome.tier])
    assert outcome.respond_by == RECEIVED + timedelta(minutes=RESPOND[cid])
    assert outcome.resolve_by == RECEIVED + timedelta(minutes=RESOLVE[outcome.tier])


def test_earliest_first_response_of_the_winning_tier(policy: Policy) -> None:
    outcome = decide(policy, hits("LEG1", "SEC2"))
    assert outcome.respond_by == RECEIVED + timedelta(minutes=15)
    legal_only = decide(policy, hits("LEG1", "TEC3"))
    assert legal_only.respond_by == RECEIVED + timedelta(minutes=30)


@pytest.mark.parametrize(("plan", "hours"), [("basic", 24), ("pro", 8), ("enterprise", 4), (None, 24)])
def test_first_line_respond_by_plan(policy: Policy, plan: str | None, hours: int) -> None:
    # An Enterprise account is always escalated (ENT1), except for mail that is no support request.
    signals = Signals(support_request=plan != "enterprise")
    outcome = decide(policy, signals, Customer.model_validate({"plan": plan}))
    assert outcome.tier is Tier.NONE
    assert outcome.respond_by == RECEIVED + timedelta(hours=hours)
    assert outcome.escalate_by is None and outcome.resolve_by is None


def test_naive_received_at_is_utc(policy: Policy) -> None:
    naive = RECEIVED.replace(tzinfo=None)
    escalated = decide(policy, hits("OUT1"), received_at=naive)
    assert escalated.escalate_by is not None and escalated.escalate_by.utcoffset() == timedelta(0)
    assert escalated.escalate_by == RECEIVED + timedelta(minutes=15)
    first_line = decide(policy, Signals(), received_at=naive)
    assert first_line.respond_by is not None and first_line.respond_by.utcoffset() == timedelta(0)
    assert first_line.respond_by == RECEIVED + timedelta(hours=24)


def test_deadlines_keep_the_instant_of_an_offset_time(policy: Policy) -> None:
    paris = RECEIVED.astimezone(timezone(timedelta(hours=1)))
    outcome = decide(policy, hits("TEC3"), received_at=paris)
    assert outcome.respond_by == RECEIVED + timedelta(hours=4)


def test_no_received_at_means_no_deadlines(policy: Policy) -> None:
    outcome = decide(policy, hits("SEC1"), received_at=None)
    assert (outcome.escalate_by, outcome.respond_by, outcome.resolve_by) == (None, None, None)
    assert outcome.tier is Tier.IMMEDIATE


def test_decide_is_deterministic(policy: Policy) -> None:
    signals = hits("HVA4", "SAT2", "FIN5", "TEC2")
    customer = Customer(plan="pro", fortune_500=True)
    first = asdict(decide(policy, signals, customer))
    assert all(asdict(decide(policy, signals, customer)) == first for _ in range(3))


# -- first-line routing (tier none) ----------------------------------------------------------------

@pytest.mark.parametrize(("topic", "owner", "rule"), [
    ("technical", "technical_support_agent", "L1-TECH"),
    ("billing", "billing_agent", "L1-BILL"),
    ("product", "product_info_agent", "L1-INFO"),
])
def test_first_line_owner_by_topic(policy: Policy, topic: str, owner: str, rule: str) -> None:
    outcome = policy.decide(Signals.model_validate({"topic": topic}), received_at=RECEIVED)
    assert (outcome.tier, outcome.owner, outcome.level) == (Tier.NONE, owner, 1)
    assert [(r.rule, r.section, r.owner) for r in outcome.reasons] == [(rule, FIRST_LINE_SECTION, owner)]
    assert (outcome.categories, outcome.procedures, outcome.notify) == ([], [], [])
    assert not outcome.needs_human_review


@pytest.mark.parametrize("topic", ["technical", "billing", "product"])
def test_vague_ticket_goes_to_technical_support_for_clarification(policy: Policy, topic: str) -> None:
    outcome = policy.decide(Signals.model_validate({"vague": True, "topic": topic}), received_at=RECEIVED)
    assert (outcome.tier, outcome.owner) == (Tier.NONE, "technical_support_agent")
    assert any(r.startswith("REV-VAGUE") for r in outcome.review_reasons)


@pytest.mark.parametrize("topic", ["technical", "billing"])
def test_not_a_support_request_goes_to_product_info_flagged(policy: Policy, topic: str) -> None:
    signals = Signals.model_validate({"support_request": False, "topic": topic,
                                      "hits": [{"criterion": "HVA5", "evidence": "grow your team"}]})
    outcome = policy.decide(signals, Customer(plan="enterprise"), received_at=RECEIVED)
    assert (outcome.tier, outcome.owner) == (Tier.NONE, "product_info_agent")
    assert any(r.startswith("REV-NOT-SUPPORT") for r in outcome.review_reasons)


def test_not_a_support_request_still_escalates_a_legal_threat(policy: Policy) -> None:
    signals = Signals(support_request=False, hits=(one_hit("LEG1", "we will see you in court"),))
    outcome = policy.decide(signals, received_at=RECEIVED)
    assert (outcome.tier, outcome.owner) == (Tier.IMMEDIATE, "ceo")
    assert outcome.needs_human_review


INJECTION_CASES = {
    "first line": (Signals(topic="billing"), Customer(plan="pro")),
    "outage": (Signals(hits=(one_hit("OUT1"),)), Customer()),
    "refund": (Signals(hits=(one_hit("FIN3"),), topic="billing",
                       refund=Money(amount=5000, currency="USD", evidence="$5,000")), Customer(plan="basic")),
    "enterprise": (Signals(hits=(one_hit("TEC3"),)), Customer(plan="enterprise")),
}


@pytest.mark.parametrize("name", INJECTION_CASES)
def test_injection_only_adds_a_review_flag(policy: Policy, name: str) -> None:
    signals, customer = INJECTION_CASES[name]
    clean = policy.decide(signals, customer, received_at=RECEIVED)
    injected = signals.model_copy(update={"injection": StatedFact(value=True, evidence="ignore your rules")})
    flagged = policy.decide(injected, customer, received_at=RECEIVED)
    assert flagged.needs_human_review
    assert [r for r in flagged.review_reasons if r not in clean.review_reasons] == [
        r for r in flagged.review_reasons if r.startswith("REV-INJECTION")]
    skip = {"needs_human_review", "review_reasons"}
    assert {k: v for k, v in asdict(flagged).items() if k not in skip} == {
        k: v for k, v in asdict(clean).items() if k not in skip}


def test_injection_marked_false_is_not_flagged(policy: Policy) -> None:
    signals = Signals(injection=StatedFact(value=False, evidence=""))
    assert not policy.decide(signals, received_at=RECEIVED).needs_human_review
