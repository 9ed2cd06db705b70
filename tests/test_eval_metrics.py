"""Statistics of the eval harness against values worked out by hand or by a naive reference."""

from __future__ import annotations

import math
import random

import pytest

from triage.evals.cases import Case, Expected
from triage.evals.metrics import _binomial, mcnemar_exact, paired_bootstrap, score, wilson
from triage.evals.results import CaseResult, Verdict
from triage.policy import Tier


def test_wilson_matches_textbook_values() -> None:
    low, high = wilson(5, 10) or (0, 0)
    assert low == pytest.approx(0.2366, abs=1e-4) and high == pytest.approx(0.7634, abs=1e-4)
    low, high = wilson(0, 10) or (0, 0)
    assert low == 0.0 and high == pytest.approx(3.8415 / 13.8415, abs=1e-4)  # z^2 / (n + z^2)
    assert wilson(10, 10) == (pytest.approx(10 / 13.8415, abs=1e-4), 1.0)
    assert wilson(0, 0) is None


def test_wilson_narrows_with_more_cases_and_contains_the_estimate() -> None:
    small, large = wilson(90, 100), wilson(900, 1000)
    assert small and large
    assert small[0] < 0.9 < small[1] and large[0] < 0.9 < large[1]
    assert large[1] - large[0] < small[1] - small[0]


def test_mcnemar_exact_binomial_values() -> None:
    assert mcnemar_exact(0, 5) == pytest.approx(2 / 32)
    assert mcnemar_exact(1, 9) == pytest.approx(2 * 11 / 1024)  # 2 * (C(10,0) + C(10,1)) / 2^10
    assert mcnemar_exact(9, 1) == mcnemar_exact(1, 9)
    assert mcnemar_exact(4, 4) == 1.0
    assert mcnemar_exact(0, 0) == 1.0
    assert mcnemar_exact(2, 0) == 0.5


def test_binomial_draws_have_the_right_mean_and_variance() -> None:
    rng = random.Random(3)
    for n, p in ((50, 0.05), (300, 0.3), (10_000, 0.4), (40, 0.9)):
        draws = [_binomial(rng, n, p) for _ in range(4000)]
        mean = sum(draws) / len(draws)
        variance = sum((d - mean) ** 2 for d in draws) / len(draws)
        assert mean == pytest.approx(n * p, rel=0.03, abs=0.1)
        assert variance == pytest.approx(n * p * (1 - p), rel=0.12)
        assert all(0 <= d <= n for d in draws)


def test_paired_bootstrap_agrees_with_naive_resampling() -> None:
    old = [True] * 150 + [False] * 20 + [True] * 5 + [False] * 25
    new = [True] * 150 + [True] * 20 + [False] * 5 + [False] * 25  # 20 fixed, 5 broke
    low, high = paired_bootstrap(old, new, resamples=4000, seed=1) or (0, 0)
    rng = random.Random(2)
    n = len(old)
    naive = sorted(sum(new[i] - old[i] for i in (rng.randrange(n) for _ in range(n))) / n
                   for _ in range(4000))
    assert low == pytest.approx(naive[100], abs=0.012)
    assert high == pytest.approx(naive[3899], abs=0.012)
    assert low < 15 / n < high


def test_paired_bootstrap_degenerate_cases() -> None:
    assert paired_bootstrap([True, False], [True, False]) == (0.0, 0.0)
    assert paired_bootstrap([False] * 4, [True] * 4) == (1.0, 1.0)
    assert paired_bootstrap([], []) is None
    with pytest.raises(ValueError):
        paired_bootstrap([True], [True, False])


def _result(case_id: str, expected: Tier, decided: Tier | None, *, owner: str | None = None,
            expected_owner: str | None = None, error: str | None = None) -> CaseResult:
    case = Case(id=case_id, ticket={"body": "x"}, expected=Expected(tier=expected, owner=expected_owner))
    return CaseResult(case=case, verdict=Verdict(tier=decided, owner=owner, error=error))


def test_score_follows_the_contract_definitions() -> None:
    results = [
        _result("a", Tier.IMMEDIATE, Tier.IMMEDIATE, owner="ceo", expected_owner="ceo"),
        _result("b", Tier.IMMEDIATE, Tier.PRIORITY, owner="cto", expected_owner="cto"),  # critical miss
        _result("c", Tier.PRIORITY, Tier.NONE, owner="billing_agent"),  # under, owner not labelled
        _result("d", Tier.NONE, Tier.STANDARD, owner="support_manager", expected_owner="billing_agent"),
        _result("e", Tier.IMMEDIATE, None, expected_owner="ceo", error="ticket body is empty"),  # error
        _result("f", Tier.NONE, Tier.NONE, owner="billing_agent", expected_owner="billing_agent"),
    ]
    s = score(results)
    assert s["n"] == 6
    assert s["tier_accuracy"] == pytest.approx(2 / 6)
    assert s["owner_accuracy"] == pytest.approx(3 / 5)  # a, b, f right; d wrong; e errored
    assert s["critical_misses"] == 1 and s["critical_miss_ids"] == ["b"]
    assert s["under_escalations"] == 2 and s["under_escalation_ids"] == ["b", "c"]
    assert s["over_escalations"] == 1 and s["over_escalation_ids"] == ["d"]
    assert s["errors"] == 1 and s["critical_errors"] == ["e"]
    assert s["per_tier"]["immediate"] == {"precision": 1.0, "recall": pytest.approx(1 / 3), "support": 3,
                                          "predicted": 1}
    assert s["per_tier"]["standard"]["precision"] == 0.0 and s["per_tier"]["standard"]["recall"] is None
    assert s["per_tier"]["priority"]["precision"] == 0.0
    row = s["confusion"]["immediate"]
    assert row == {"immediate": 1, "priority": 1, "standard": 0, "none": 0, "error": 1}
    assert sum(sum(row.values()) for row in s["confusion"].values()) == 6
    low, high = s["tier_accuracy_ci95"]
    assert low < 2 / 6 < high
    assert not math.isnan(s["decision_accuracy"])


def test_owner_accuracy_is_undefined_without_labelled_owners() -> None:
    s = score([_result("a", Tier.NONE, Tier.NONE, owner="billing_agent")])
    assert s["owner_accuracy"] is None and s["owner_n"] == 0 and s["tier_accuracy"] == 1.0
