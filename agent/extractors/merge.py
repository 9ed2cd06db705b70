"""Merging the model's signals with the offline detectors': a floor under the model, or a ceiling over it.

The model finds what fixed patterns miss; the detectors never forget what they were written for.
``apply_floor`` lets the model's findings count and keeps every detector hit as a floor (the LLM
cannot lower a tier below the deterministic detectors). ``confirm_only`` is for small models whose
extra findings are mostly false alarms: the detectors decide the tier, the model adds evidence.
Every disagreement becomes a review reason.
"""

from __future__ import annotations

from typing import Any, Literal

from ..policy import CRITERIA_BY_ID, Hit, Signals, Tier
from ..policy.catalog import tier_of

FloorTiers = Literal["immediate", "all"]
#: "floor": the model's findings count, the detectors are a floor under them. "confirm": the detectors
#: decide the tier and the model only adds evidence and suggestions (for small local models).
Trust = Literal["floor", "confirm"]
_FACTS = ("plan", "annual_contract_value_usd", "fortune_500", "refund", "unresolved_hours", "failed_attempts",
          "data_exposed", "outage_scope")


def apply_floor(llm: Signals, offline: Signals, tiers: FloorTiers = "all") -> tuple[Signals, list[str]]:
    """The model cannot go below the offline detectors; every disagreement is flagged.

    ``tiers="immediate"`` keeps only the detectors' immediate-tier hits as a floor (the minimum the
    policy requires). ``"all"`` (the default) keeps every detector hit, fills facts the model left
    out, and treats the ticket as a support request when the detectors do: measured with a small
    local model, that is what keeps the LLM path from ever deciding below the offline extractor.
    When the ticket tries to instruct the triage system (either side noticed), every offline hit
    counts whatever the setting: the model may have obeyed the text. The topic (first-line routing)
    is always the detectors'.
    """
    injection = llm.injection if llm.injection is not None and llm.injection.value else None
    if injection is None and offline.injection is not None and offline.injection.value:
        injection = offline.injection
    everything = tiers == "all" or injection is not None
    known = llm.hit_ids()
    added: list[Hit] = []
    reasons: list[str] = []
    for hit in offline.hits:
        criterion = CRITERIA_BY_ID.get(hit.criterion)
        if criterion is None or hit.criterion in known:
            continue
        if everything or tier_of(criterion) is Tier.IMMEDIATE:
            known.add(hit.criterion)
            added.append(hit)
            reasons.append(f"REV-DISAGREE: the offline detectors found {hit.criterion} ({criterion.bullet}) "
                           f"in {hit.evidence!r}, which the model did not report; kept")
    update: dict[str, Any] = {"hits": (*llm.hits, *added), "injection": injection}
    if everything:
        update.update({name: getattr(offline, name) for name in _FACTS
                       if getattr(llm, name) is None and getattr(offline, name) is not None})
        update["support_request"] = llm.support_request or offline.support_request
    if llm.language is None and offline.language is not None:
        update["language"] = offline.language
    # First-line routing (the owner of a ticket no criterion matched) follows the detectors' topic:
    # with a small local model on held-back tickets, the model's topic sent how-to questions to
    # technical support where the detectors' topic was right (3 of 24 cases, 2026-11-26).
    update["topic"] = offline.topic
    return llm.model_copy(update=update), reasons


def confirm_only(llm: Signals, offline: Signals, ceiling: Tier) -> tuple[Signals, list[str]]:
    """``trust="confirm"``: the detectors decide the tier; the model adds evidence, never urgency.

    ``ceiling`` is the tier the policy gives the detectors' signals alone.

    For small local models whose extra findings are mostly false alarms: a model hit in a tier
    above every detector hit becomes a ``REV-SUGGEST`` for a human instead of a signal, and the
    facts that can raise a tier (plan, contract value, Fortune 500, refund, waiting time, failed
    fixes) come from the detectors. What cannot raise a tier stays the model's: the breach
    refinement, outage scope, injection, other hits within the detectors' tier.
    """
    kept: list[Hit] = []
    reasons: list[str] = []
    for hit in llm.hits:
        criterion = CRITERIA_BY_ID[hit.criterion]
        if tier_of(criterion).rank <= ceiling.rank or hit.criterion in offline.hit_ids():
            kept.append(hit)
        else:
            reasons.append(f"REV-SUGGEST: the model also reported {criterion.id} ({criterion.bullet}) in "
                           f"{hit.evidence!r}; not counted without the offline detectors")
    raising = ("plan", "annual_contract_value_usd", "fortune_500", "refund", "unresolved_hours", "failed_attempts")
    update: dict[str, Any] = {"hits": tuple(kept), "support_request": offline.support_request,
                              "vague": offline.vague, **{name: getattr(offline, name) for name in raising}}
    merged, disagreements = apply_floor(llm.model_copy(update=update), offline, "all")
    return merged, [*reasons, *disagreements]
