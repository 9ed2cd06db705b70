"""One test per criterion of the catalog, then the conditions that gate some of them.

Signals are built by hand here: these tests pin down the policy, not any extractor. Expected
tiers and owners for the thresholds come from the interpretation page, not from the code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest

from triage.policy import (
    CRITERIA,
    CRITERIA_BY_ID,
    Criterion,
    Customer,
    History,
    Hit,
    Money,
    Outcome,
    Policy,
    Reason,
    Signals,
    StatedFact,
    Tier,
)
from triage.policy.catalog import group_of, owner_of, tier_of

RECEIVED = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)
TIER_HEADINGS = {Tier.IMMEDIATE: "Immediate Escalation", Tier.PRIORITY: "Priority Escalation",
                 Tier.STANDARD: "Standard Escalation"}




def reason(outcome: Outcome, rule: str) -> Reason:
    found = [r for r in outcome.reasons if r.rule == rule]
    assert found, f"{rule} not among the reasons {[r.rule for r in outcome.reasons]}"
    return found[0]


def rules(outcome: Outcome) -> set[str]:
    return {r.rule for r in outcome.reasons}


def hit(cid: str, evidence: str = "the ticket's words") -> Hit:
    return Hit(criterion=cid, evidence=evidence)


# -- one case per criterion ---------------------------------------------------------------------

@dataclass(frozen=True)
class Case:
    """How a ticket shows one criterion: the ticket's words, or a metadata fact for fact criteria."""

    words: str = ""
    customer: dict[str, object] = field(default_factory=dict)
    expect_in_evidence: str = ""


CASES: dict[str, Case] = {
    "SEC1": Case("an admin session was opened from a country none of us has ever been to"),
    "SEC2": Case("the comment box runs any script I paste into it; proof of concept attached"),
    "SEC3": Case("our workspace mailed phishing links to clients and nobody on the team sent them"),
    "SEC4": Case("half of our project history is gone and the remaining tasks show garbled text"),
    "SEC5": Case("you stored patient records in a region our HIPAA agreement rules out"),
    "OUT1": Case("nobody in the company can open the app, every page is an error"),
    "OUT2": Case("every API call returns 503 for us and for both partner integrations"),
    "OUT3": Case("scheduled jobs stopped running in all of our workspaces"),
    "OUT4": Case("each request ends with 'could not connect to the database'"),
    "OUT5": Case("your CDN answers 504 for every static file"),
    "LEG1": Case("our attorney will file suit unless this is fixed by Friday"),
    "LEG2": Case("the data protection authority requests your records of processing"),
    "LEG3": Case("attached is a subpoena for every message in workspace 8812"),
    "LEG4": Case("under the GDPR I ask you to erase all personal data you keep about me"),
    "LEG5": Case("your template gallery shows our registered trademark without permission"),
    "ENT1": Case(customer={"plan": "enterprise"}, expect_in_evidence="enterprise"),
    "ENT2": Case("uptime was 97% this month against the 99.9% our SLA promises"),
    "ENT3": Case("please assign us a dedicated customer success manager"),
    "ENT4": Case("the connector you built for our ERP no longer pushes invoices"),
    "ENT5": Case("our white-label portal shows your logo again since the update"),
    "FIN1": Case("we were charged twice and three other firms we know were too"),
    "FIN2": Case("the payment gateway rejects every card, from four different banks"),
    "FIN3": Case("please refund the $1,500 we paid for the annual plan"),
    "FIN4": Case("March invoices were recognised as February revenue"),
    "FIN5": Case("we want to go from 200 to 120 seats at the renewal"),
    "HVA1": Case(customer={"annual_contract_value_usd": 64000.0}, expect_in_evidence="64000"),
    "HVA2": Case(customer={"fortune_500": True}, expect_in_evidence="fortune_500"),
    "HVA3": Case("we are thinking about not renewing next quarter"),
    "HVA4": Case("another vendor offered us the same for 30% less"),
    "HVA5": Case("we would like to roll this out to three more departments"),
    "TEC1": Case("this is the third day without a fix"),
    "TEC2": Case("the workaround you sent failed again, the second one too"),
    "TEC3": Case("cards moved on the Kanban board jump back to their old column"),
    "TEC4": Case("the GitHub integration no longer links commits to tasks"),
    "TEC5": Case("opening a project takes almost a minute"),
    "SAT1": Case("please register this as a formal complaint about your service"),
    "SAT2": Case("I want a manager to call me about this"),
    "SAT3": Case("your agent closed my ticket twice without reading it"),
    "SAT4": Case("I am about to post about this on LinkedIn"),
    "SAT5": Case("could you add recurring subtasks?"),
}


def case_inputs(criterion: Criterion, case: Case) -> tuple[Signals, Customer, History]:
    """The smallest input that shows the criterion; each condition says what else it needs."""
    words = case.words
    signals: dict[str, object] = {"hits": (hit(criterion.id, words),)} if words else {}
    customer = dict(case.customer)
    cond = criterion.condition
    if cond == "major_account":
        customer["fortune_500"] = True
    elif cond == "pro_plan":
        customer["plan"] = "pro"
    elif cond == "refund_over_threshold":
        signals["refund"] = Money(amount=1500, currency="USD", evidence=words)
    elif cond == "unresolved_over_threshold":
        signals["unresolved_hours"] = StatedFact[float](value=72, evidence=words)
    elif cond == "failed_attempts_over_threshold":
        signals["failed_attempts"] = StatedFact[int](value=2, evidence=words)
    elif cond not in ("none", "enterprise_plan", "contract_value_over_threshold", "fortune_500"):
        pytest.fail(f"condition {cond!r} of {criterion.id} has no case builder in this test")
    return Signals.model_validate(signals), Customer.model_validate(customer), History()


def test_every_criterion_has_a_case() -> None:
    assert set(CASES) == set(CRITERIA_BY_ID), "add a case for every new criterion (and drop retired ones)"


@pytest.mark.parametrize("criterion", CRITERIA, ids=lambda c: c.id)
def test_criterion_gives_its_tier_owner_section_and_evidence(policy: Policy, criterion: Criterion) -> None:
    if criterion.id not in CASES:
        pytest.fail(f"criterion {criterion.id} has no case in CASES")
    case = CASES[criterion.id]
    signals, customer, history = case_inputs(criterion, case)
    outcome = policy.decide(signals, customer, history, RECEIVED)

    tier, group = tier_of(criterion), group_of(criterion)
    got = reason(outcome, criterion.id)
    assert got.tier is tier
    assert got.owner == owner_of(criterion)
    assert got.section == (f"Escalation Criteria > {TIER_HEADINGS[tier]} > {group.name}: {criterion.bullet}")
    assert got.description == criterion.bullet
    assert (case.expect_in_evidence or case.words) in got.evidence
    assert outcome.tier is tier
    assert outcome.owner == owner_of(criterion)
    assert group.category in outcome.categories
    if group.procedure is not None:
        assert group.procedure in outcome.procedures


@pytest.mark.parametrize("criterion", CRITERIA, ids=lambda c: c.id)
def test_criterion_needs_its_hit_or_fact(policy: Policy, criterion: Criterion) -> None:
    """Without the hit (text criteria) or the metadata fact (fact criteria) the criterion is absent."""
    signals, customer, history = case_inputs(criterion, CASES[criterion.id])
    if criterion.condition in ("enterprise_plan", "contract_value_over_threshold", "fortune_500"):
        customer = Customer()
    elif criterion.condition in ("none", "major_account", "pro_plan"):
        signals = signals.model_copy(update={"hits": ()})
    else:  # threshold conditions: the fact is the trigger
        signals = Signals()
    outcome = policy.decide(signals, customer, history, RECEIVED)
    assert criterion.id not in rules(outcome)


# -- FIN3: refunds over $1,000 ------------------------------------------------------------------

def refund_ticket(amount: float | None, currency: str | None = "USD") -> Signals:
    return Signals(hits=(hit("FIN3", "I want my money back"),), topic="billing",
                   refund=Money(amount=amount, currency=currency, evidence=f"{amount} {currency}"))


def test_refund_of_exactly_1000_usd_stays_first_line(policy: Policy) -> None:
    outcome = policy.decide(refund_ticket(1000), received_at=RECEIVED)
    assert (outcome.tier, outcome.owner) == (Tier.NONE, "billing_agent")
    assert "FIN3" not in rules(outcome)
    assert not outcome.needs_human_review


def test_refund_of_1000_01_usd_is_priority_for_the_finance_director(policy: Policy) -> None:
    outcome = policy.decide(refund_ticket(1000.01), received_at=RECEIVED)
    assert (outcome.tier, outcome.owner) == (Tier.PRIORITY, "finance_director")
    assert "1000.01" in reason(outcome, "FIN3").evidence
    assert not outcome.needs_human_review  # a USD amount is not converted, so never "near"


@pytest.mark.parametrize(("amount", "currency", "tier", "near"), [
    (2000, "EUR", Tier.PRIORITY, False),    # about 2,160 USD
    (950, "EUR", Tier.PRIORITY, True),      # about 1,026 USD
    (900, "eur", Tier.NONE, True),          # about 972 USD; lower-case code accepted
    (800, "GBP", Tier.PRIORITY, True),      # about 1,016 USD
    (700, "GBP", Tier.NONE, False),         # about 889 USD, more than 10% below
    (150_000, "JPY", Tier.PRIORITY, True),  # about 1,005 USD
    (100_000, "JPY", Tier.NONE, False),     # about 670 USD
    (200_000, "JPY", Tier.PRIORITY, False),  # about 1,340 USD
])
def test_refund_in_other_currencies_is_converted(policy: Policy, amount: float, currency: str,
                                                 tier: Tier, near: bool) -> None:
    outcome = policy.decide(refund_ticket(amount, currency), received_at=RECEIVED)
    assert outcome.tier is tier
    assert outcome.owner == ("finance_director" if tier is Tier.PRIORITY else "billing_agent")
    flags = [r for r in outcome.review_reasons if r.startswith("REV-NEAR-THRESHOLD")]
    assert bool(flags) is near
    if tier is Tier.PRIORITY:
        assert "USD" in reason(outcome, "FIN3").evidence  # the converted amount is shown


def test_refund_in_unknown_currency_stays_with_billing_and_is_flagged(policy: Policy) -> None:
    outcome = policy.decide(refund_ticket(50_000, "XTS"), received_at=RECEIVED)
    assert (outcome.tier, outcome.owner) == (Tier.NONE, "billing_agent")
    assert outcome.needs_human_review
    assert any(r.startswith("REV-CURRENCY") and "XTS" in r for r in outcome.review_reasons)


def test_refund_without_amount_is_not_matched_nor_flagged(policy: Policy) -> None:
    outcome = policy.decide(refund_ticket(None, None), received_at=RECEIVED)
    assert (outcome.tier, outcome.owner) == (Tier.NONE, "billing_agent")
    assert not outcome.needs_human_review


def test_refund_hit_without_refund_fact_is_not_matched(policy: Policy) -> None:
    signals = Signals(hits=(hit("FIN3", "refund me please"),), topic="billing")
    assert policy.decide(signals, received_at=RECEIVED).tier is Tier.NONE


def test_refund_amount_without_currency_is_read_as_usd(policy: Policy) -> None:
    assert policy.decide(refund_ticket(1200, None), received_at=RECEIVED).tier is Tier.PRIORITY
    assert policy.decide(refund_ticket(999, None), received_at=RECEIVED).tier is Tier.NONE


# -- customer facts: metadata first, text fills the gaps -----------------------------------------

def test_contract_value_threshold_is_strict(policy: Policy) -> None:
    at = policy.decide(Signals(), Customer(annual_contract_value_usd=50000), received_at=RECEIVED)
    over = policy.decide(Signals(), Customer(annual_contract_value_usd=50000.01), received_at=RECEIVED)
    assert at.tier is Tier.NONE
    assert (over.tier, over.owner) == (Tier.PRIORITY, "vp_customer_success")
    assert rules(over) == {"HVA1"}


def test_stated_contract_value_counts_only_without_metadata(policy: Policy) -> None:
    stated = Signals(annual_contract_value_usd=StatedFact[float](value=80000, evidence="our $80k contract"))
    from_text = policy.decide(stated, Customer(), received_at=RECEIVED)
    assert reason(from_text, "HVA1").evidence == "our $80k contract"
    overruled = policy.decide(stated, Customer(annual_contract_value_usd=20000), received_at=RECEIVED)
    assert overruled.tier is Tier.NONE


def test_stated_plan_counts_only_without_metadata(policy: Policy) -> None:
    stated = Signals(plan=StatedFact(value="enterprise", evidence="we are on the Enterprise plan"))
    from_text = policy.decide(stated, Customer(), received_at=RECEIVED)
    assert (from_text.tier, from_text.owner) == (Tier.PRIORITY, "vp_customer_success")
    assert reason(from_text, "ENT1").evidence == "we are on the Enterprise plan"
    overruled = policy.decide(stated, Customer(plan="basic"), received_at=RECEIVED)
    assert overruled.tier is Tier.NONE
    assert any(r.startswith("REV-PLAN-CONFLICT") for r in overruled.review_reasons)


def test_stated_fortune_500_counts_only_without_metadata(policy: Policy) -> None:
    stated = Signals(fortune_500=StatedFact(value=True, evidence="as a Fortune 500 company"))
    assert rules(policy.decide(stated, Customer(), received_at=RECEIVED)) == {"HVA2"}
    assert policy.decide(stated, Customer(fortune_500=False), received_at=RECEIVED).tier is Tier.NONE


MAJOR_ACCOUNTS = {
    "enterprise plan": Customer(plan="enterprise"),
    "contract over 50k": Customer(plan="pro", annual_contract_value_usd=50000.01),
    "fortune 500": Customer(plan="basic", fortune_500=True),
}
MINOR_ACCOUNTS = {
    "pro, 50k exactly": Customer(plan="pro", annual_contract_value_usd=50000),
    "basic, not fortune 500": Customer(plan="basic", fortune_500=False),
    "unknown account": Customer(),
}


@pytest.mark.parametrize("cid", ["HVA3", "HVA4", "HVA5"])
@pytest.mark.parametrize("account", MAJOR_ACCOUNTS, ids=str)
def test_major_account_bullets_count_for_major_accounts(policy: Policy, cid: str, account: str) -> None:
    signals = Signals(hits=(hit(cid, CASES[cid].words),), topic="billing")
    outcome = policy.decide(signals, MAJOR_ACCOUNTS[account], received_at=RECEIVED)
    assert (outcome.tier, outcome.owner) == (Tier.PRIORITY, "vp_customer_success")
    assert reason(outcome, cid).evidence == CASES[cid].words


@pytest.mark.parametrize("cid", ["HVA3", "HVA4", "HVA5"])
@pytest.mark.parametrize("account", MINOR_ACCOUNTS, ids=str)
def test_major_account_bullets_need_a_major_account(policy: Policy, cid: str, account: str) -> None:
    signals = Signals(hits=(hit(cid, CASES[cid].words),), topic="billing")
    outcome = policy.decide(signals, MINOR_ACCOUNTS[account], received_at=RECEIVED)
    assert (outcome.tier, outcome.owner) == (Tier.NONE, "billing_agent")


# -- SAT5: feature requests ----------------------------------------------------------------------

@pytest.mark.parametrize(("plan", "tier", "owner", "rule"), [
    ("basic", Tier.NONE, "product_info_agent", "L1-INFO"),
    (None, Tier.NONE, "product_info_agent", "L1-INFO"),
    ("pro", Tier.STANDARD, "product_manager", "SAT5"),
    ("enterprise", Tier.PRIORITY, "vp_customer_success", "ENT1"),
])
def test_feature_request_depends_on_the_plan(policy: Policy, plan: str | None, tier: Tier, owner: str,
                                             rule: str) -> None:
    signals = Signals(hits=(hit("SAT5", "could you add recurring subtasks?"),), topic="product")
    outcome = policy.decide(signals, Customer.model_validate({"plan": plan}), received_at=RECEIVED)
    assert (outcome.tier, outcome.owner) == (tier, owner)
    assert rules(outcome) == {rule}


# -- TEC1: unresolved after 24 hours, TEC2: multiple failed attempts ------------------------------
# Reading of "after 24 hours": once 24 hours have passed since the first contact the problem is
# unresolved after 24 hours, so exactly 24 h counts (policy.toml: "at least this many hours").

@pytest.mark.parametrize(("elapsed", "matched"), [
    (timedelta(hours=24), True),
    (timedelta(hours=23, minutes=59), False),
    (timedelta(days=3), True),
    (timedelta(hours=-30), False),  # a first contact after this ticket is not a wait
])
def test_unresolved_counts_from_first_contact(policy: Policy, elapsed: timedelta, matched: bool) -> None:
    history = History(first_contact_at=RECEIVED - elapsed)
    outcome = policy.decide(Signals(topic="technical"), Customer(), history, RECEIVED)
    assert ("TEC1" in rules(outcome)) is matched
    if matched:
        assert (outcome.tier, outcome.owner) == (Tier.STANDARD, "senior_technical_specialist")
        assert "first contact" in reason(outcome, "TEC1").evidence


def test_unresolved_with_naive_first_contact_is_read_as_utc(policy: Policy) -> None:
    naive = (RECEIVED - timedelta(hours=24)).replace(tzinfo=None)
    outcome = policy.decide(Signals(), Customer(), History(first_contact_at=naive), RECEIVED)
    assert "TEC1" in rules(outcome)


@pytest.mark.parametrize(("hours", "matched"), [(24, True), (23.5, False), (72, True)])
def test_unresolved_from_the_text(policy: Policy, hours: float, matched: bool) -> None:
    signals = Signals(unresolved_hours=StatedFact[float](value=hours, evidence="still broken"))
    outcome = policy.decide(signals, received_at=RECEIVED)
    assert ("TEC1" in rules(outcome)) is matched


@pytest.mark.parametrize(("recorded", "matched"), [(timedelta(hours=23), False), (timedelta(hours=25), True)])
def test_a_recorded_first_contact_wins_over_the_text(policy: Policy, recorded: timedelta, matched: bool) -> None:
    """The text's "since yesterday" is coarse; the history's first contact is exact, so it decides alone."""
    signals = Signals(topic="technical",
                      unresolved_hours=StatedFact[float](value=24, evidence="my ticket from yesterday"))
    outcome = policy.decide(signals, Customer(), History(first_contact_at=RECEIVED - recorded), RECEIVED)
    assert ("TEC1" in rules(outcome)) is matched
    if matched:
        assert "first contact" in reason(outcome, "TEC1").evidence


def test_unresolved_needs_a_technical_problem(policy: Policy) -> None:
    """A billing question that waited two days is not an unresolved *technical* problem."""
    history = History(first_contact_at=RECEIVED - timedelta(days=2))
    outcome = policy.decide(Signals(topic="billing"), Customer(), history, RECEIVED)
    assert (outcome.tier, outcome.owner) == (Tier.NONE, "billing_agent")


@pytest.mark.parametrize(("attempts", "matched"), [(1, False), (2, True), (5, True), (0, False)])
def test_failed_attempts_from_history(policy: Policy, attempts: int, matched: bool) -> None:
    outcome = policy.decide(Signals(), Customer(), History(failed_resolution_attempts=attempts), RECEIVED)
    assert ("TEC2" in rules(outcome)) is matched
    assert outcome.tier is (Tier.STANDARD if matched else Tier.NONE)


@pytest.mark.parametrize(("attempts", "matched"), [(1, False), (2, True)])
def test_failed_attempts_from_the_text(policy: Policy, attempts: int, matched: bool) -> None:
    signals = Signals(failed_attempts=StatedFact[int](value=attempts, evidence="your fix failed again"))
    outcome = policy.decide(signals, received_at=RECEIVED)
    assert ("TEC2" in rules(outcome)) is matched


# -- SEC: the CTO owns a breach --------------------------------------------------------------------

@pytest.mark.parametrize("cid", [c.id for c in CRITERIA if c.group == "SEC"])
@pytest.mark.parametrize(("exposed", "owner"), [(True, "cto"), (False, "engineering_manager"),
                                                (None, "engineering_manager")])
def test_security_owner_depends_on_data_exposure(policy: Policy, cid: str, exposed: bool | None,
                                                 owner: str) -> None:
    fact = None if exposed is None else StatedFact(value=exposed, evidence="they downloaded our client list")
    signals = Signals(hits=(hit(cid),), data_exposed=fact)
    outcome = policy.decide(signals, received_at=RECEIVED)
    assert (outcome.tier, outcome.owner) == (Tier.IMMEDIATE, owner)
    assert reason(outcome, cid).owner == owner


def test_data_exposure_alone_escalates_nothing(policy: Policy) -> None:
    signals = Signals(data_exposed=StatedFact(value=True, evidence="data was seen"))
    assert policy.decide(signals, received_at=RECEIVED).tier is Tier.NONE
