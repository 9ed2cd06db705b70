"""The engine remembers the evidence-free part of an outcome per set of matched criteria.

Whatever it remembers, a decision must come out exactly as a fresh policy would make it, and no
two outcomes may share a list a caller could change.
"""

from __future__ import annotations

import itertools
import random
from datetime import UTC, datetime

import pytest

from triage.policy import CRITERIA, Customer, Hit, Money, Outcome, Policy, PolicyConfig, Signals, StatedFact, engine

RECEIVED = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)


def _cases(n: int = 400) -> list[tuple[Signals, Customer]]:
    rng = random.Random(3)
    ids = [c.id for c in CRITERIA]
    cases = []
    for index in range(n):
        chosen = rng.sample(ids, k=rng.choice((0, 1, 1, 2, 3, 4)))
        refund = rng.choice((None, 300, 999.0, 1000, 1500))
        signals = Signals(
            hits=tuple(Hit(criterion=c, evidence=f"case {index} says {c}") for c in chosen),
            topic=rng.choice(("technical", "billing", "product")),
            refund=None if refund is None else Money(amount=refund, currency=rng.choice(("USD", "EUR")),
                                                      evidence=f"refund {refund}"),
            data_exposed=StatedFact[bool](value=True, evidence="leaked") if rng.random() < 0.3 else None,
            support_request=rng.random() < 0.9, vague=rng.random() < 0.1)
        customer = Customer(plan=rng.choice((None, "basic", "pro", "enterprise")),
                            annual_contract_value_usd=rng.choice((None, 20000.0, 80000.0)),
                            fortune_500=rng.choice((None, True, False)))
        cases.append((signals, customer))
    return cases


def _decide_all(policy: Policy, cases: list[tuple[Signals, Customer]]) -> list[Outcome]:
    return [policy.decide(signals, customer, None, RECEIVED) for signals, customer in cases]


def test_remembered_plans_change_no_decision(config: PolicyConfig, monkeypatch: pytest.MonkeyPatch) -> None:
    cases = _cases()
    fresh = [Policy(config).decide(s, c, None, RECEIVED) for s, c in cases]  # a new policy per decision
    warm = Policy(config)
    assert _decide_all(warm, cases) == fresh
    assert _decide_all(warm, list(reversed(cases))) == list(reversed(fresh))
    assert len(warm._plans) > 10
    monkeypatch.setattr(engine, "_PLAN_CACHE_SIZE", 3)  # forgets all the time
    assert _decide_all(Policy(config), cases) == fresh
    assert any(o.tier is not None and o.reasons and o.reasons[0].owner == "cto" for o in fresh)


def test_outcomes_share_no_list(config: PolicyConfig) -> None:
    policy = Policy(config)
    signals = Signals(hits=(Hit(criterion="SEC1", evidence="an unknown login"),
                            Hit(criterion="ENT2", evidence="SLA breached"), Hit(criterion="SAT2", evidence="manager")),
                      injection=StatedFact[bool](value=True, evidence="ignore your rules"))
    first = policy.decide(signals, None, None, RECEIVED)
    reference = Policy(config).decide(signals, None, None, RECEIVED)
    for name in ("categories", "procedures", "notify", "reasons", "procedure_steps", "secondary_procedures",
                 "secondary_notify", "review_reasons"):
        value = getattr(first, name)
        assert isinstance(value, list) and value, name
        value.append("changed by the caller")
    assert policy.decide(signals, None, None, RECEIVED) == reference


def test_metadata_evidence_is_written_only_when_a_criterion_rests_on_it(config: PolicyConfig) -> None:
    policy = Policy(config)
    customer = Customer(plan="enterprise", annual_contract_value_usd=120000.5, fortune_500=True)
    outcome = policy.decide(Signals(), customer, None, RECEIVED)
    evidence = {r.rule: r.evidence for r in outcome.reasons}
    assert evidence == {"ENT1": "metadata: customer.plan = enterprise",
                        "HVA1": "metadata: customer.annual_contract_value_usd = 120000",
                        "HVA2": "metadata: customer.fortune_500 = true"}
    stated = Signals(plan=StatedFact(value="enterprise", evidence="we are on Enterprise"))
    assert [r.evidence for r in policy.decide(stated, None, None, RECEIVED).reasons] == ["we are on Enterprise"]


@pytest.mark.parametrize("combo", list(itertools.combinations(["SEC1", "OUT1", "ENT2", "FIN1", "TEC3", "SAT2"], 3)))
def test_owner_and_lists_follow_the_winning_tier(config: PolicyConfig, combo: tuple[str, ...]) -> None:
    policy = Policy(config)
    signals = Signals(hits=tuple(Hit(criterion=c, evidence=c) for c in reversed(combo)))
    outcome = policy.decide(signals, None, None, RECEIVED)
    winning = [r for r in outcome.reasons if r.tier is outcome.tier]
    assert outcome.reasons[: len(winning)] == winning  # most urgent first
    assert outcome.owner in {r.owner for r in winning}
    assert not set(outcome.secondary_procedures) & set(outcome.procedures)
    assert not set(outcome.secondary_notify) & set(outcome.notify)
    assert outcome == Policy(config).decide(Signals(hits=tuple(Hit(criterion=c, evidence=c) for c in combo)),
                                            None, None, RECEIVED)


def test_verdict_is_decide_without_the_outcome() -> None:
    """``Policy.verdict`` (the eval harness's fast path) must agree with ``decide`` on every labelled case."""
    import json
    from pathlib import Path

    from triage.extractors.rules import RulesExtractor
    from triage.policy import Policy
    from triage.settings import load_policy_config
    from triage.tickets import ticket_from_obj

    policy = Policy(load_policy_config())
    extractor = RulesExtractor()
    root = Path(__file__).resolve().parents[1] / "evals" / "datasets"
    checked = 0
    for path in sorted(root.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            ticket = ticket_from_obj(json.loads(line)["ticket"])
            signals = extractor.extract(ticket).signals
            customer, _ = ticket.policy_customer()
            outcome = policy.decide(signals, customer, ticket.history, ticket.received_at)
            tier, owner, rules, review = policy.verdict(signals, customer, ticket.history, ticket.received_at)
            assert (tier, owner, rules, review) == (outcome.tier, outcome.owner,
                                                    tuple(r.rule for r in outcome.reasons),
                                                    bool(outcome.review_reasons)), ticket.id
            checked += 1
    assert checked >= 400
