"""The criteria catalog against the policy document and the interpretation page.

The catalog is the single source of truth for what gets escalated, so it must say exactly what the
policy says: one criterion per bullet of "Escalation Criteria", grouped and tiered like the
document, owned as the interpretation page's table decides. The document checks are skipped
where the shared design folder is not available (for example in a packaged source tree).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import get_args

import pytest

from triage.policy import CRITERIA, CRITERIA_BY_ID, GROUPS, GROUPS_BY_ID, ROLE_LEVELS, Criterion, Tier
from triage.policy.catalog import (
    TEXT_CRITERIA,
    Condition,
    group_of,
    owner_of,
    section_of,
    tier_of,
)
from triage.policy.engine import FIRST_LINE_RULES

SHARED = Path("/work/shared")
POLICY_DOC = SHARED / "seed" / "escalation-policies.md"
INTERPRETATION = SHARED / "design" / "policy-interpretation.md"
TIER_HEADINGS = {Tier.IMMEDIATE: "Immediate Escalation", Tier.PRIORITY: "Priority Escalation",
                 Tier.STANDARD: "Standard Escalation"}


def read_or_skip(path: Path) -> str:
    if not path.is_file():
        pytest.skip(f"{path} is not available here")
    return path.read_text(encoding="utf-8")


# -- structure -------------------------------------------------------------------------------------

def test_ids_are_unique_and_well_formed() -> None:
    ids = [c.id for c in CRITERIA]
    assert len(ids) == len(set(ids)) == len(CRITERIA_BY_ID)
    group_ids = [g.id for g in GROUPS]
    assert len(group_ids) == len(set(group_ids)) == len(GROUPS_BY_ID)
    for group in GROUPS:
        assert re.fullmatch(r"[A-Z]{3}", group.id)
        members = [c.id for c in CRITERIA if c.group == group.id]
        assert members == [f"{group.id}{n}" for n in range(1, len(members) + 1)], group.id
    for criterion in CRITERIA:
        assert re.fullmatch(rf"{criterion.group}[1-9]", criterion.id)
        assert CRITERIA_BY_ID[criterion.id] is criterion


def test_forty_criteria_in_eight_groups_in_document_order() -> None:
    assert len(CRITERIA) == 40
    assert len(GROUPS) == 8
    assert all(sum(c.group == g.id for c in CRITERIA) == 5 for g in GROUPS)
    order = [g.id for g in GROUPS]
    assert [c.group for c in CRITERIA] == sorted((c.group for c in CRITERIA), key=order.index)
    tiers = [g.tier for g in GROUPS]
    assert tiers == sorted(tiers, key=lambda t: -t.rank)
    assert Tier.NONE not in tiers


def test_groups_name_distinct_sections_and_categories() -> None:
    assert len({g.section for g in GROUPS}) == len({g.category for g in GROUPS}) == len(GROUPS)
    for group in GROUPS:
        assert group.section == f"Escalation Criteria > {TIER_HEADINGS[group.tier]} > {group.name}"


def test_criteria_have_distinct_bullets_and_descriptions() -> None:
    assert len({c.bullet for c in CRITERIA}) == len(CRITERIA)
    for criterion in CRITERIA:
        assert len(criterion.description) > 30, criterion.id
        assert section_of(criterion).endswith(f": {criterion.bullet}")


def test_owners_are_role_ids_at_the_right_level() -> None:
    for group in GROUPS:
        assert group.owner in ROLE_LEVELS, group.id
    for criterion in CRITERIA:
        assert owner_of(criterion) in ROLE_LEVELS, criterion.id
        assert ROLE_LEVELS[owner_of(criterion)] >= 2, f"{criterion.id}: escalations go to level 2 or above"
    for _rule, owner, _description in FIRST_LINE_RULES.values():
        assert ROLE_LEVELS[owner] == 1
    assert set(FIRST_LINE_RULES) == {"technical", "billing", "product"}


def test_conditions_and_bases_fit_together() -> None:
    used = {c.condition for c in CRITERIA}
    assert used == set(get_args(Condition)), "a condition nobody uses, or one the type does not name"
    for criterion in CRITERIA:
        if criterion.basis == "fact":
            assert criterion.condition != "none", f"{criterion.id}: a fact criterion needs a condition"
    assert tuple(c for c in CRITERIA if c.basis == "text") == TEXT_CRITERIA
    assert {c.id for c in CRITERIA if c.condition == "major_account"} == {"HVA3", "HVA4", "HVA5"}


def test_helpers_follow_the_group() -> None:
    for criterion in CRITERIA:
        group = group_of(criterion)
        assert group.id == criterion.group
        assert tier_of(criterion) is group.tier
        assert owner_of(criterion) == (criterion.owner or group.owner)


# -- against the policy document --------------------------------------------------------------------

def policy_bullets() -> dict[tuple[str, str], list[str]]:
    """(tier heading, group heading) -> bullets, from the document's "Escalation Criteria" section."""
    text = read_or_skip(POLICY_DOC)
    section = text.split("\n## Escalation Criteria\n", 1)[1].split("\n## ", 1)[0]
    found: dict[tuple[str, str], list[str]] = {}
    tier = group = ""
    for line in section.splitlines():
        if line.startswith("### "):
            tier = re.sub(r"\s*\(.*\)$", "", line[4:]).strip()
        elif line.startswith("#### "):
            group = line[5:].strip()
            found[(tier, group)] = []
        elif line.startswith("- "):
            found[(tier, group)].append(line[2:].strip())
    return found


def test_catalog_matches_the_policy_bullets() -> None:
    document = policy_bullets()
    assert sum(len(b) for b in document.values()) == 40
    catalog = {(TIER_HEADINGS[g.tier], g.name): [c.bullet for c in CRITERIA if c.group == g.id]
               for g in GROUPS}
    assert list(catalog) == list(document)  # same groups, same order, same tiers
    assert catalog == document


# -- against the interpretation page -----------------------------------------------------------------

def owner_table() -> list[list[str]]:
    text = read_or_skip(INTERPRETATION)
    block = text.split("## Which owner each criterion group gets", 1)[1].split("\n## ", 1)[0]
    rows = [[cell.strip() for cell in line.strip().strip("|").split("|")]
            for line in block.splitlines() if line.startswith("|")]
    assert rows[0][:3] == ["criterion group (policy section)", "tier", "owner"]
    return rows[2:]  # past the header and the |---| line


def row_criteria(label: str) -> list[Criterion]:
    """The criteria a table row speaks for: a whole group, one named criterion, or 'everything else'."""
    name, _, qualifier = label.partition(": ")
    groups = [g for g in GROUPS if g.name == name]
    assert groups, f"the table names an unknown group {name!r}"
    members = [c for c in CRITERIA if c.group == groups[0].id]
    if not qualifier:
        return members
    if qualifier == "everything else":
        return [c for c in members if c.owner is None]
    words = set(re.findall(r"[a-z]+", qualifier.lower())) - {"a", "from", "request", "requests"}
    named = [c for c in members if words & set(re.findall(r"[a-z]+", c.bullet.lower()))]
    assert len(named) == 1, f"{label!r} should name one criterion, got {[c.id for c in named]}"
    return named


def test_owner_table_matches_the_catalog() -> None:
    rows = [row for row in owner_table() if row[0] != "nothing matched"]
    covered: set[str] = set()
    for label, tier, owner_cell, procedure_cell, _notify in rows:
        roles = list(dict.fromkeys(re.findall(r"`([a-z_0-9]+)`", owner_cell)))
        for criterion in row_criteria(label):
            covered.add(criterion.id)
            assert tier_of(criterion).value == tier, criterion.id
            assert owner_of(criterion) == roles[0], criterion.id
            expected = None if procedure_cell == "-" else re.sub(
                r"[ /]+", "_", re.sub(r"\s*\(\d\)$", "", procedure_cell))
            assert group_of(criterion).procedure == expected, criterion.id
        if len(roles) > 1:  # only the security row names a second owner: the CTO for a breach
            assert (label, roles) == ("Security & Data Incidents", ["engineering_manager", "cto"])
    assert covered == set(CRITERIA_BY_ID), "every criterion is covered by a row of the owner table"


def test_notify_column_matches_the_configured_notifications() -> None:
    from triage.settings import load_policy_config

    addresses = load_policy_config().notify
    for label, _tier, _owner, _procedure, notify_cell in owner_table():
        if label == "nothing matched":
            continue
        for criterion in row_criteria(label):
            keys = criterion.notify if criterion.notify is not None else group_of(criterion).notify
            resolved = [addresses[key] for key in keys]
            if notify_cell == "-":
                assert resolved == [], criterion.id
            for channel in re.findall(r"#[a-z-]+", notify_cell):
                assert channel in resolved, f"{criterion.id} should notify {channel}"
            for mailing_list in re.findall(r"([a-z-]+) list", notify_cell):
                assert any(a.startswith(f"{mailing_list}@") for a in resolved), criterion.id


def test_first_line_row_matches_the_first_line_rules() -> None:
    row = next(r for r in owner_table() if r[0] == "nothing matched")
    assert row[1] == "none"
    roles = re.findall(r"`([a-z_]+)`", row[2])
    assert roles == [owner for _rule, owner, _d in FIRST_LINE_RULES.values()]


def test_role_levels_match_the_interpretation_page() -> None:
    text = read_or_skip(INTERPRETATION)
    block = text.split("Owner role ids (level in brackets):", 1)[1].split("\n\n", 1)[0]
    levels = {role: int(level) for roles, level in re.findall(r"((?:`[a-z_]+`,?\s*)+)\((\d)\)", block)
              for role in re.findall(r"`([a-z_]+)`", roles)}
    assert levels == ROLE_LEVELS
