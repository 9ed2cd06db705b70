"""Compare a run with a saved baseline: what changed, whether each change is a fix, and whether it is noise.

Both the old and the new decision are judged against the *current* labels, so a label fixed in
the same pull request is taken into account once. A case is right when its tier is right and its
owner too (where the label names one); fixed and broke are the discordant pairs of that.
"""

from __future__ import annotations

from typing import Any

from .cases import TIERS
from .harness import Evaluation
from .metrics import TIER_NAME, bootstrap_delta_ci, mcnemar_exact
from .results import Verdict
from .runs import SavedRun

SIGNIFICANCE = 0.05


def _tier(verdict: Verdict) -> str | None:
    return TIER_NAME[verdict.tier] if verdict.error is None else None


def change_verdict(old_ok: bool, new_ok: bool) -> str:
    if new_ok and not old_ok:
        return "fixed"
    if old_ok and not new_ok:
        return "broke"
    return "changed, still right" if new_ok else "changed, still wrong"


def compare(evaluation: Evaluation, baseline: SavedRun) -> dict[str, Any]:
    """The ``diff`` object of ``triage eval --json --baseline``.

    A case whose tier, owner and error are unchanged is right or wrong in both runs alike, so the
    paired statistics only need the changed cases and the number of pairs.
    """
    current_ids = {r.case.id for r in evaluation.results}
    changed: list[dict[str, Any]] = []
    rules_only: list[str] = []
    ticket_changed: list[str] = []
    signals_changed = set(evaluation.signals_changed)
    columns = [t.value for t in TIERS] + ["error"]
    transitions = {row: dict.fromkeys(columns, 0) for row in columns}
    n = owner_n = new_right = tier_gain = owner_gain = 0
    saved_cases = baseline.cases
    reused = 0
    new_cases: list[str] = []
    for r in evaluation.results:
        reused += r.reused
        saved = saved_cases.get(r.case.id)
        if saved is None:
            new_cases.append(r.case.id)
            continue
        old, new = saved.verdict, r.verdict
        n += 1
        new_right += r.correct
        owner_n += r.owner_ok is not None
        if saved.ticket_hash != r.ticket_hash:
            ticket_changed.append(r.case.id)
        # _tier(), inlined: this loop runs once per case.
        old_tier = TIER_NAME[old.tier] if old.error is None else None
        new_tier = TIER_NAME[new.tier] if new.error is None else None
        transitions[old_tier or "error"][new_tier or "error"] += 1
        if old_tier == new_tier and old.owner == new.owner and old.error == new.error:
            if old.rules != new.rules and set(old.rules) != set(new.rules):
                rules_only.append(r.case.id)
            continue
        tier_gain += r.tier_ok - old.tier_ok(r.case)
        owner_gain += bool(r.owner_ok) - bool(old.owner_ok(r.case))
        verdict = change_verdict(old.correct(r.case), r.correct)
        changed.append({
            "id": r.case.id, "old_tier": old_tier, "new_tier": new_tier,
            "expected_tier": TIER_NAME[r.case.expected.tier], "old_owner": old.owner, "new_owner": new.owner,
            "expected_owner": r.case.expected.owner, "verdict": verdict,
            "rules_added": [x for x in new.rules if x not in old.rules],
            "rules_removed": [x for x in old.rules if x not in new.rules],
            "old_error": old.error, "new_error": new.error,
            "signals_changed": r.case.id in signals_changed,
            "ticket_changed": saved.ticket_hash != r.ticket_hash,
        })
    fixed = sum(1 for c in changed if c["verdict"] == "fixed")
    broke = sum(1 for c in changed if c["verdict"] == "broke")
    old_right = new_right - fixed + broke
    stale, why = _staleness(evaluation, baseline)
    result: dict[str, Any] = {
        "baseline": {"path": baseline.path, "created_at": baseline.created_at,
                     "extractor": baseline.extractor.name, "model": baseline.extractor.model,
                     "prompt_version": baseline.extractor.prompt_version,
                     "policy_version": baseline.policy_version, "n": len(baseline.cases)},
        "policy_changed": baseline.policy_version != evaluation.policy_version,
        "stale": stale, "why": why,
        "compared": n,
        "reused_signals": reused,
        "extracted": len(evaluation.results) - reused,
        "signals_changed": sorted(signals_changed),
        "new_cases": new_cases,
        "removed_cases": sorted(set(baseline.cases) - current_ids),
        "ticket_changed": ticket_changed,
        "changed": changed,
        "rules_only_changed": rules_only,
        "fixed": fixed, "broke": broke,
        "still_wrong": sum(1 for c in changed if c["verdict"] == "changed, still wrong"),
        "mcnemar_p": mcnemar_exact(fixed, broke),
        "old_accuracy": old_right / n if n else None,
        "new_accuracy": new_right / n if n else None,
        "accuracy_delta": (new_right - old_right) / n if n else None,
        "tier_accuracy_delta": tier_gain / n if n else None,
        "owner_accuracy_delta": owner_gain / owner_n if owner_n else None,
        "bootstrap_ci": bootstrap_delta_ci(n, fixed, broke),
        "tier_transitions": transitions,
    }
    result["verdict"] = verdict_text(result)
    return result


def _staleness(evaluation: Evaluation, baseline: SavedRun) -> tuple[bool, str | None]:
    if evaluation.reuse_blocked:
        return True, ("; ".join(evaluation.reuse_blocked) + ". Signals were extracted again, so differences "
                      "mix extraction and policy changes")
    if evaluation.code_changed and evaluation.signals_changed:
        return True, (f"the {evaluation.extractor.name} extractor's code changed since the baseline and "
                      f"{len(evaluation.signals_changed)} case(s) now get different signals, so differences "
                      "mix extraction and policy changes")
    return False, None


def verdict_text(diff: dict[str, Any]) -> str:
    """One plain sentence a reviewer can act on."""
    fixed, broke, changed = diff["fixed"], diff["broke"], len(diff["changed"])
    prefix = "STALE BASELINE (" + str(diff["why"]) + "): " if diff["stale"] else ""
    if changed == 0:
        return prefix + "no decision changed"
    counts = f"{changed} changed: {fixed} fixed, {broke} broke"
    p = diff["mcnemar_p"]
    if broke == 0:
        sentence = f"{counts}: no detectable regression"
    elif fixed == 0 or (p < SIGNIFICANCE and broke > fixed):
        sentence = f"{counts} (McNemar p={p:.3g}): regression, review the broken cases"
    elif p < SIGNIFICANCE:
        sentence = f"{counts} (McNemar p={p:.3g}): improvement, but review the broken cases"
    else:
        sentence = f"{counts} (McNemar p={p:.3g}): no significant difference; review the broken cases"
    return prefix + sentence
