"""The escalation policy, pure: signals and customer facts in, a decision out.

Nothing here reads files, the clock or the network, and nothing imports from the rest of the
product. The configuration (``policy.toml`` beside this file) is read by the caller.
"""

from .catalog import CRITERIA, CRITERIA_BY_ID, GROUPS, GROUPS_BY_ID, ROLE_LEVELS, Criterion, Group, Tier
from .config import PolicyConfig
from .engine import FIRST_LINE_RULES, Policy, policy_version
from .models import Customer, History, Outcome, Procedure, Reason
from .signals import Hit, Money, Signals, StatedFact

__all__ = [
    "CRITERIA",
    "CRITERIA_BY_ID",
    "FIRST_LINE_RULES",
    "GROUPS",
    "GROUPS_BY_ID",
    "ROLE_LEVELS",
    "Criterion",
    "Customer",
    "Group",
    "History",
    "Hit",
    "Money",
    "Outcome",
    "Policy",
    "PolicyConfig",
    "Procedure",
    "Reason",
    "Signals",
    "StatedFact",
    "Tier",
    "policy_version",
]
