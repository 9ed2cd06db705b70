"""Scores and the statistics that make them honest: intervals, exact tests, paired resampling.

Everything here is plain Python on counts, so scoring ten thousand cases costs milliseconds and the
numbers do not depend on numpy or scipy versions.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Sequence
from typing import Any

from ..policy import CRITERIA, Tier
from .cases import FIRST_LINE_RULE_IDS, TIERS
from .results import CaseResult

Z95 = 1.959963984540054
ERROR = "error"


def wilson(successes: int, n: int, z: float = Z95) -> tuple[float, float] | None:
    """Wilson score interval for a proportion; sensible near 0 and 1 and for small n, unlike p ± 2se."""
    if n <= 0:
        return None
    p = successes / n
    denominator = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator
    low = 0.0 if successes == 0 else max(0.0, centre - half)
    high = 1.0 if successes == n else min(1.0, centre + half)
    return low, high


def mcnemar_exact(fixed: int, broke: int) -> float:
    """Two-sided exact McNemar p-value: a binomial test of the discordant pairs against 1/2."""
    n = fixed + broke
    if n == 0:
        return 1.0
    tail = sum(math.comb(n, i) for i in range(min(fixed, broke) + 1))
    p: float = min(1.0, 2 * tail / 2**n)
    return p


def paired_bootstrap(old: Sequence[bool], new: Sequence[bool], *, resamples: int = 2000, seed: int = 0,
                     confidence: float = 0.95) -> tuple[float, float] | None:
    """Percentile interval of accuracy(new) - accuracy(old), resampling cases with their pairs.

    Each case contributes +1 (fixed), -1 (broke) or 0, so a resample is fully described by how many
    fixed and broke cases it draws: two binomial draws per resample instead of n, which keeps the
    interval exact in distribution and fast for any n.
    """
    if len(old) != len(new):
        raise ValueError("paired samples must have the same length")
    fixed = sum(1 for a, b in zip(old, new, strict=True) if b and not a)
    broke = sum(1 for a, b in zip(old, new, strict=True) if a and not b)
    return bootstrap_delta_ci(len(old), fixed, broke, resamples=resamples, seed=seed, confidence=confidence)


def bootstrap_delta_ci(n: int, fixed: int, broke: int, *, resamples: int = 2000, seed: int = 0,
                       confidence: float = 0.95) -> tuple[float, float] | None:
    """``paired_bootstrap`` from the counts alone: n pairs, of which ``fixed`` and ``broke`` differ."""
    if n == 0:
        return None
    if fixed + broke == 0:
        return 0.0, 0.0
    rng = random.Random(seed)
    share_changed = (fixed + broke) / n
    share_fixed = fixed / (fixed + broke)
    deltas = []
    for _ in range(resamples):
        changed = _binomial(rng, n, share_changed)
        drawn_fixed = _binomial(rng, changed, share_fixed)
        deltas.append((2 * drawn_fixed - changed) / n)
    deltas.sort()
    alpha = (1 - confidence) / 2
    low = deltas[math.floor(alpha * resamples)]
    high = deltas[max(0, math.ceil((1 - alpha) * resamples) - 1)]
    return low, high


def _binomial(rng: random.Random, n: int, p: float) -> int:
    """Binomial(n, p) draw: geometric skips when n*p is small, a normal draw when it is large."""
    if n <= 0 or p <= 0:
        return 0
    if p >= 1:
        return n
    if p > 0.5:
        return n - _binomial(rng, n, 1 - p)
    mean = n * p
    if mean > 100:
        return min(n, max(0, round(rng.gauss(mean, math.sqrt(mean * (1 - p))))))
    log_q = math.log1p(-p)
    count, position = 0, 0
    while True:
        position += int(math.log(1.0 - rng.random()) / log_q) + 1
        if position > n:
            return count
        count += 1


def _ratio(k: int, n: int) -> float | None:
    return k / n if n else None


_RANK = {tier: tier.rank for tier in Tier}
#: Enum attribute access is slow in Python 3.11; hot loops look names up here instead.
TIER_NAME: dict[Tier | None, str | None] = {tier: tier.value for tier in Tier} | {None: None}
_IMMEDIATE = Tier.IMMEDIATE


def score(results: Sequence[CaseResult]) -> dict[str, Any]:
    """The contract's metrics plus intervals, confusion matrix, per-criterion recall and attribution.

    One pass over the results gathers the counts behind the overall scores, the per-tier table, the
    confusion matrix and the per-tag accuracy (ten thousand cases: every extra pass shows).
    """
    n = len(results)
    tier_correct = owner_labelled = owner_correct = decision_correct = review = 0
    under: list[str] = []
    over: list[str] = []
    critical: list[str] = []
    errors: list[str] = []
    critical_errors: list[str] = []
    support: Counter[Tier] = Counter()
    predicted: Counter[Tier] = Counter()
    hits: Counter[Tier] = Counter()
    matrix = {t.value: dict.fromkeys(_CONFUSION_COLUMNS, 0) for t in TIERS}
    tag_counts: Counter[str] = Counter()
    tag_right: Counter[str] = Counter()
    for r in results:
        expected = r.case.expected.tier
        tier_ok = r.tier_ok
        tier_correct += tier_ok
        decision_correct += r.correct
        review += r.verdict.needs_review
        support[expected] += 1
        for tag in r.case.tags:
            tag_counts[tag] += 1
            tag_right[tag] += tier_ok
        if r.owner_ok is not None:
            owner_labelled += 1
            owner_correct += r.owner_ok
        decided_tier = r.verdict.tier
        if r.failed:
            matrix[TIER_NAME[expected] or ERROR][ERROR] += 1
            errors.append(r.case.id)
            if expected is _IMMEDIATE:
                critical_errors.append(r.case.id)
            continue
        matrix[TIER_NAME[expected] or ERROR][TIER_NAME[decided_tier] or ERROR] += 1
        if decided_tier is not None:
            predicted[decided_tier] += 1
            hits[decided_tier] += tier_ok
        decided = _RANK[decided_tier or Tier.NONE]
        if decided < _RANK[expected]:
            under.append(r.case.id)
            if expected is _IMMEDIATE:
                critical.append(r.case.id)
        elif decided > _RANK[expected]:
            over.append(r.case.id)
    return {
        "n": n,
        "tier_accuracy": _ratio(tier_correct, n),
        "owner_accuracy": _ratio(owner_correct, owner_labelled),
        "critical_misses": len(critical),
        "under_escalations": len(under),
        "over_escalations": len(over),
        "errors": len(errors),
        "per_tier": _per_tier(support, predicted, hits),
        "tier_accuracy_ci95": wilson(tier_correct, n),
        "owner_accuracy_ci95": wilson(owner_correct, owner_labelled),
        "owner_n": owner_labelled,
        "decision_accuracy": _ratio(decision_correct, n),
        "critical_miss_ids": critical,
        "critical_errors": critical_errors,
        "under_escalation_ids": under,
        "over_escalation_ids": over,
        "error_ids": errors,
        "confusion": matrix,
        "per_criterion": per_criterion(results),
        "per_tag": {tag: {"n": tag_counts[tag], "tier_accuracy": tag_right[tag] / tag_counts[tag]}
                    for tag in sorted(tag_counts)},
        "attribution": attribution_summary(results),
        "needs_review": review,
    }


#: Confusion matrix columns: the decided tier, or "error" when the case could not be decided.
_CONFUSION_COLUMNS = [t.value for t in TIERS] + [ERROR]


def _per_tier(support: Counter[Tier], predicted: Counter[Tier], hits: Counter[Tier]) -> dict[str, dict[str, Any]]:
    """Precision and recall of each tier; None where the denominator is empty (undefined, not 0)."""
    return {tier.value: {"precision": _ratio(hits[tier], predicted[tier]),
                         "recall": _ratio(hits[tier], support[tier]),
                         "support": support[tier], "predicted": predicted[tier]} for tier in TIERS}


def per_criterion(results: Sequence[CaseResult]) -> dict[str, dict[str, Any]]:
    """For each criterion some case expects: how often the decision listed it among its reasons.

    ``unexpected`` counts decisions that listed a criterion the case's labels do not name; it is a
    false-positive count only where the labels list every criterion that should fire.
    """
    support: dict[str, list[str]] = {}
    missed: dict[str, list[str]] = {}
    unexpected: dict[str, list[str]] = {}
    for r in results:
        labelled = r.case.expected.criteria
        if labelled is None:
            continue
        fired = r.verdict.rules
        for cid in labelled:
            support.setdefault(cid, []).append(r.case.id)
            if cid not in fired:
                missed.setdefault(cid, []).append(r.case.id)
        for cid in fired:  # Verdict.criteria, without building the tuple
            if cid not in labelled and cid not in FIRST_LINE_RULE_IDS:
                unexpected.setdefault(cid, []).append(r.case.id)
    table: dict[str, dict[str, Any]] = {}
    for criterion in CRITERIA:
        cid = criterion.id
        if cid not in support and cid not in unexpected:
            continue
        expecting, misses, extra = support.get(cid, []), missed.get(cid, []), unexpected.get(cid, [])
        table[cid] = {"support": len(expecting), "fired": len(expecting) - len(misses),
                      "recall": _ratio(len(expecting) - len(misses), len(expecting)), "missed_ids": misses,
                      "unexpected": len(extra), "unexpected_ids": extra}
    return table


def attribution_summary(results: Sequence[CaseResult]) -> dict[str, Any]:
    """Who to blame for each miss: the extractor (policy on expected signals is right) or the policy."""
    with_oracle = [r for r in results if r.oracle_ok is not None]
    counts = Counter(r.blame for r in results)
    wrong = [r for r in results if r.blame in ("extractor", "policy", "labels")]
    return {
        "cases_with_expectations": len(with_oracle),
        "policy_on_expected_accuracy": _ratio(sum(1 for r in with_oracle if r.oracle_ok), len(with_oracle)),
        "counts": {key: counts.get(key, 0) for key in ("ok", "extractor", "policy", "labels", "unattributed",
                                                       "error")},
        "cases": [{
            "id": r.case.id, "blame": r.blame, "expected_tier": r.case.expected.tier.value,
            "tier": _tier(r.verdict.tier), "oracle_tier": _tier(r.oracle.tier) if r.oracle else None,
            "expected_owner": r.case.expected.owner, "owner": r.verdict.owner,
            "oracle_owner": r.oracle.owner if r.oracle else None,
            "missing_criteria": [c for c in (r.case.expected.criteria or ()) if c not in r.verdict.rules],
            "extra_criteria": [c for c in r.verdict.criteria if r.case.expected.criteria is not None
                               and c not in r.case.expected.criteria],
        } for r in wrong],
    }


def _tier(tier: Tier | None) -> str | None:
    return TIER_NAME[tier]


def case_rows(results: Sequence[CaseResult]) -> list[dict[str, Any]]:
    """One small record per case, for --json consumers and reports."""
    return [{
        "id": r.case.id, "expected_tier": TIER_NAME[r.case.expected.tier],
        "expected_owner": r.case.expected.owner,
        "tier": _tier(r.verdict.tier), "owner": r.verdict.owner, "rules": list(r.verdict.rules),
        "error": r.error, "correct": r.correct, "tier_ok": r.tier_ok, "owner_ok": r.owner_ok,
        "blame": r.blame, "reused_signals": r.reused, "tags": list(r.case.tags), "source": r.case.source,
    } for r in results]
