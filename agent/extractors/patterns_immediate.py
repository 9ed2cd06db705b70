"""The immediate tier's rules, gathered from one module per policy group.

Security & Data Incidents (``patterns_access``, ``patterns_security``, ``patterns_data_loss``,
``patterns_compliance``), Service Outages (``patterns_outage``, ``patterns_outage_systems``,
``patterns_outage_edge``), Legal & Compliance (``patterns_legal``, ``patterns_legal_authorities``,
``patterns_legal_rights``), and the concept rules that read the same criteria when the ticket describes them
without the usual words (``patterns_concepts``, ``patterns_concepts_ops``, ``patterns_concepts_legal``,
``patterns_concepts_told``, ``patterns_concepts_flaws`` (with ``patterns_concepts_sign_ins``),
``patterns_concepts_sideways``, ``patterns_concepts_ordinary``, ``patterns_concepts_stopped``,
``patterns_concepts_lay``, ``patterns_concepts_homely``, ``patterns_concepts_plainspoken``,
``patterns_concepts_outsiders``, ``patterns_concepts_reported``).
"""

from __future__ import annotations

from .lexicon import Rule
from .patterns_concepts_flaws import CONCEPT_FLAWS
from .patterns_concepts_homely import CONCEPT_HOMELY
from .patterns_concepts_lay import CONCEPT_LAY
from .patterns_concepts_legal import CONCEPT_LEGAL
from .patterns_concepts_ops import CONCEPT_OPS
from .patterns_concepts_ordinary import CONCEPT_ORDINARY
from .patterns_concepts_outsiders import CONCEPT_OUTSIDERS
from .patterns_concepts_plainspoken import CONCEPT_PLAINSPOKEN
from .patterns_concepts_reported import CONCEPT_REPORTED
from .patterns_concepts_sideways import CONCEPT_SIDEWAYS
from .patterns_concepts_stopped import CONCEPT_STOPPED
from .patterns_concepts_told import CONCEPT_TOLD
from .patterns_legal import LEGAL
from .patterns_legal_authorities import LEGAL_AUTHORITIES
from .patterns_legal_rights import LEGAL_RIGHTS
from .patterns_outage import OUTAGES
from .patterns_outage_edge import OUTAGES_EDGE
from .patterns_outage_systems import OUTAGES_SYSTEMS
from .patterns_security import SECURITY

IMMEDIATE_RULES: tuple[Rule, ...] = (
    *SECURITY, *OUTAGES, *OUTAGES_SYSTEMS, *OUTAGES_EDGE, *LEGAL, *LEGAL_AUTHORITIES, *LEGAL_RIGHTS,
    *CONCEPT_OPS, *CONCEPT_LEGAL, *CONCEPT_TOLD, *CONCEPT_ORDINARY, *CONCEPT_FLAWS, *CONCEPT_SIDEWAYS,
    *CONCEPT_STOPPED, *CONCEPT_LAY, *CONCEPT_HOMELY, *CONCEPT_PLAINSPOKEN, *CONCEPT_OUTSIDERS, *CONCEPT_REPORTED,
)
