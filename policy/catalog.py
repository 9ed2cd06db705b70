"""The criteria catalog: one entry per escalation criterion of the policy.

This module is the single source of truth for *what* the policy escalates. The policy rules, the
offline detectors, the LLM prompt, `triage rules` and the eval coverage report are all generated
from it or checked against it. Ids are stable and never reused: retire an entry, never renumber.

Each criterion is one bullet of "Escalation Criteria" in the policy document; groups are the
sub-headings under each tier. The ``basis`` says who establishes the criterion:

- ``text``: the extractor finds it in the ticket's words (with a quote as evidence);
- ``fact``: the policy derives it from facts (metadata first, then facts stated in the text) and
  thresholds in the configuration; the extractor only supplies the facts.

``condition`` names an extra check the policy makes before a text hit counts (for example a
refund must exceed the configured amount, a churn threat needs a major account).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict


class Tier(StrEnum):
    IMMEDIATE = "immediate"
    PRIORITY = "priority"
    STANDARD = "standard"
    NONE = "none"

    @property
    def rank(self) -> int:
        """Higher is more urgent."""
        return _TIER_RANK[self]


_TIER_RANK = {Tier.NONE: 0, Tier.STANDARD: 1, Tier.PRIORITY: 2, Tier.IMMEDIATE: 3}

POLICY_DOCUMENT = "TeamFlow Escalation Policies & Procedures"

Basis = Literal["text", "fact"]
Condition = Literal[
    "none",
    "refund_over_threshold",  # FIN3: converted amount strictly above the configured threshold
    "unresolved_over_threshold",  # TEC1: time since first contact at least the configured hours
    "failed_attempts_over_threshold",  # TEC2: at least the configured number of failed fixes
    "major_account",  # HVA3-5: Enterprise plan, contract value over threshold, or Fortune 500
    "pro_plan",  # SAT5: the customer is on the Pro plan
    "enterprise_plan",  # ENT1: the customer is on the Enterprise plan
    "contract_value_over_threshold",  # HVA1
    "fortune_500",  # HVA2
]


class Group(BaseModel):
    """A sub-heading of the policy's criteria: one tier, one default owner, one procedure."""

    model_config = ConfigDict(frozen=True)

    id: str
    name: str
    tier: Tier
    section: str
    owner: str
    procedure: str | None
    notify: tuple[str, ...]
    category: str


class Criterion(BaseModel):
    """One bullet of the policy's escalation criteria."""

    model_config = ConfigDict(frozen=True)

    id: str
    group: str
    bullet: str
    description: str
    basis: Basis = "text"
    condition: Condition = "none"
    owner: str | None = None  # overrides the group's owner where the interpretation page says so
    notify: tuple[str, ...] | None = None  # overrides the group's notifications


_CRITERIA_SECTION = "Escalation Criteria"

GROUPS: tuple[Group, ...] = (
    Group(id="SEC", name="Security & Data Incidents", tier=Tier.IMMEDIATE,
          section=f"{_CRITERIA_SECTION} > Immediate Escalation > Security & Data Incidents",
          owner="engineering_manager", procedure="security_incident",
          notify=("security_incident_list", "security_alerts_channel"), category="security"),
    Group(id="OUT", name="Service Outages", tier=Tier.IMMEDIATE,
          section=f"{_CRITERIA_SECTION} > Immediate Escalation > Service Outages",
          owner="engineering_manager", procedure="service_outage",
          notify=("outage_response_list", "outage_response_channel", "oncall_engineer", "support_manager"),
          category="outage"),
    Group(id="LEG", name="Legal & Compliance Issues", tier=Tier.IMMEDIATE,
          section=f"{_CRITERIA_SECTION} > Immediate Escalation > Legal & Compliance Issues",
          owner="ceo", procedure="legal_compliance",
          notify=("legal_emergency_list", "ceo", "cto"), category="legal"),
    Group(id="ENT", name="Enterprise Customer Issues", tier=Tier.PRIORITY,
          section=f"{_CRITERIA_SECTION} > Priority Escalation > Enterprise Customer Issues",
          owner="vp_customer_success", procedure="enterprise_customer",
          notify=("success_manager", "customer_success_channel"), category="enterprise"),
    Group(id="FIN", name="Financial Impact", tier=Tier.PRIORITY,
          section=f"{_CRITERIA_SECTION} > Priority Escalation > Financial Impact",
          owner="finance_director", procedure=None,
          notify=("support_escalation_channel",), category="financial"),
    Group(id="HVA", name="High-Value Accounts", tier=Tier.PRIORITY,
          section=f"{_CRITERIA_SECTION} > Priority Escalation > High-Value Accounts",
          owner="vp_customer_success", procedure="enterprise_customer",
          notify=("customer_success_channel",), category="high_value"),
    Group(id="TEC", name="Technical Issues", tier=Tier.STANDARD,
          section=f"{_CRITERIA_SECTION} > Standard Escalation > Technical Issues",
          owner="senior_technical_specialist", procedure=None,
          notify=("support_escalation_channel",), category="technical"),
    Group(id="SAT", name="Customer Satisfaction", tier=Tier.STANDARD,
          section=f"{_CRITERIA_SECTION} > Standard Escalation > Customer Satisfaction",
          owner="support_manager", procedure=None,
          notify=("support_escalation_channel",), category="satisfaction"),
)

CRITERIA: tuple[Criterion, ...] = (
    # -- Security & Data Incidents -------------------------------------------------------------
    Criterion(id="SEC1", group="SEC", bullet="Suspected data breach or unauthorized access",
              description="Someone who should not have access has, or may have, got into an account, a "
              "workspace or customer data: unknown logins, sessions from unexpected places, "
              "data seen or exported by an outsider or a vendor, leaked records."),
    Criterion(id="SEC2", group="SEC", bullet="Customer reports potential security vulnerability",
              description="The sender reports a weakness in the product that could be exploited: "
              "XSS, injection, broken access control, an exposed endpoint or key, a "
              "responsible-disclosure report."),
    Criterion(id="SEC3", group="SEC", bullet="Malicious activity detected on customer accounts",
              description="Hostile actions seen on an account: phishing sent from it, spam or "
              "malware posted, mass deletions or changes nobody in the team made, "
              "brute-force or credential-stuffing attempts, account takeover."),
    Criterion(id="SEC4", group="SEC", bullet="Data loss or corruption affecting customer data",
              description="Customer data has disappeared, been wiped, overwritten or corrupted: "
              "projects, tasks, files or history gone or garbled, not merely hidden by a filter."),
    Criterion(id="SEC5", group="SEC", bullet="Compliance violations (GDPR, HIPAA, SOC 2)",
              description="The ticket reports that the product or the company is breaking, or has "
              "broken, a data-protection or security framework (GDPR, HIPAA, SOC 2, ...), "
              "e.g. personal data processed or stored against the rules. A question "
              "whether the company is compliant is not a violation."),
    # -- Service Outages -----------------------------------------------------------------------
    Criterion(id="OUT1", group="OUT", bullet="Platform-wide service disruption",
              description="The service is down or unreachable as a whole, or for a whole "
              "organisation: nobody can log in or load the app, every page errors."),
    Criterion(id="OUT2", group="OUT", bullet="API downtime affecting multiple customers",
              description="The public API is down, unreachable or failing every call "
              "(5xx, timeouts) for more than one customer, user or integration."),
    Criterion(id="OUT3", group="OUT", bullet="Critical infrastructure failures",
              description="A core part of the platform has failed: servers, queues, storage, "
              "authentication service, a region, background jobs stopped everywhere."),
    Criterion(id="OUT4", group="OUT", bullet="Database connectivity issues",
              description="The service reports it cannot reach its database: database "
              "connection errors, timeouts or 'could not connect to the database' messages."),
    Criterion(id="OUT5", group="OUT", bullet="CDN or hosting provider problems",
              description="Static assets, files or the site fail to load because of the CDN or "
              "the hosting provider (CloudFlare, AWS, ...): 502/503/504 from the edge, "
              "DNS or certificate failures of the service's domains."),
    # -- Legal & Compliance Issues -------------------------------------------------------------
    Criterion(id="LEG1", group="LEG", bullet="Legal threats or litigation mentions",
              description="The sender threatens or announces legal action (lawsuit, suing, "
              "attorney or lawyer involved, court, small-claims), or says litigation exists."),
    Criterion(id="LEG2", group="LEG", bullet="Regulatory compliance inquiries",
              description="A regulator, data-protection authority or auditor acting for one asks "
              "about compliance, or the sender files or announces a complaint to a regulator."),
    Criterion(id="LEG3", group="LEG", bullet="Subpoenas or legal document requests",
              description="A subpoena, court order, warrant, legal hold or formal request for "
              "records or documents for legal proceedings."),
    Criterion(id="LEG4", group="LEG", bullet="Data deletion requests under GDPR \"Right to be Forgotten\"",
              description="The sender asks that their (or a data subject's) personal data be "
              "erased under GDPR, the right to erasure or to be forgotten, or an equivalent law."),
    Criterion(id="LEG5", group="LEG", bullet="Intellectual property disputes",
              description="Copyright, trademark, patent or trade-secret claims: a takedown or DMCA "
              "notice, someone's content or brand used without permission."),
    # -- Enterprise Customer Issues ------------------------------------------------------------
    Criterion(id="ENT1", group="ENT", bullet="Any issue affecting Enterprise customers",
              description="The customer is on the Enterprise plan (metadata first; the ticket's "
              "own statement only when the metadata has no plan). Any issue then counts.",
              basis="fact", condition="enterprise_plan"),
    Criterion(id="ENT2", group="ENT", bullet="SLA violations for Enterprise accounts",
              description="The sender says a contractual service level (uptime, response time, "
              "SLA credits) was breached for their account."),
    Criterion(id="ENT3", group="ENT", bullet="Dedicated success manager requests",
              description="The sender asks for, or about, a dedicated customer success manager "
              "or account manager."),
    Criterion(id="ENT4", group="ENT", bullet="Custom integration problems",
              description="A custom integration, connector or API work built for this customer "
              "(not a standard third-party integration) is failing."),
    Criterion(id="ENT5", group="ENT", bullet="White-label deployment issues",
              description="Problems with a white-label, custom-branded, custom-domain or private "
              "deployment of the product."),
    # -- Financial Impact ----------------------------------------------------------------------
    Criterion(id="FIN1", group="FIN", bullet="Billing system errors affecting multiple customers",
              description="Wrong charges, invoices or double billing that the ticket says other "
              "customers or other companies see as well."),
    Criterion(id="FIN2", group="FIN", bullet="Payment processor failures",
              description="The payment processor itself fails: processor or gateway errors, "
              "payments failing across several cards or banks. One declined card is not this."),
    Criterion(id="FIN3", group="FIN", bullet="Refund requests over $1,000",
              description="The sender asks for money back. The policy checks the amount: it must "
              "exceed the configured threshold once converted to US dollars.",
              condition="refund_over_threshold"),
    Criterion(id="FIN4", group="FIN", bullet="Revenue recognition issues",
              description="Questions or errors about how revenue is recognised or reported: "
              "deferred revenue, invoices booked in the wrong period, ASC 606 / IFRS 15."),
    Criterion(id="FIN5", group="FIN", bullet="Contract modification requests",
              description="A request to change an existing agreement: seat count, billing cycle, "
              "term, renewal terms or contracting entity. Asking only what a change would "
              "cost is a pricing question, not this.",
              owner="billing_manager"),
    # -- High-Value Accounts -------------------------------------------------------------------
    Criterion(id="HVA1", group="HVA", bullet="Customers with >$50k annual contract value",
              description="The account's annual contract value exceeds the configured threshold "
              "(metadata first; a value the ticket states only when metadata has none).",
              basis="fact", condition="contract_value_over_threshold"),
    Criterion(id="HVA2", group="HVA", bullet="Fortune 500 company issues",
              description="The customer is a Fortune 500 company (metadata first; the ticket's own "
              "statement only when metadata says nothing).",
              basis="fact", condition="fortune_500"),
    Criterion(id="HVA3", group="HVA", bullet="Potential churn indicators for major accounts",
              description="The sender signals they may leave: cancelling, not renewing, "
              "reconsidering the contract, moving away. Counts only for a major account.",
              condition="major_account"),
    Criterion(id="HVA4", group="HVA", bullet="Competitive pressures from large customers",
              description="The sender mentions a competitor's offer, a cheaper alternative or an "
              "evaluation of another vendor. Counts only for a major account.",
              condition="major_account"),
    Criterion(id="HVA5", group="HVA", bullet="Expansion opportunity discussions",
              description="The sender wants to grow: more seats, more teams, new departments, an "
              "upgrade. Counts only for a major account.",
              condition="major_account"),
    # -- Technical Issues ----------------------------------------------------------------------
    Criterion(id="TEC1", group="TEC", bullet="Unresolved technical problems after 24 hours",
              description="A technical problem still unresolved at least the configured hours after "
              "the customer first contacted support about it.",
              basis="fact", condition="unresolved_over_threshold"),
    Criterion(id="TEC2", group="TEC", bullet="Multiple failed resolution attempts",
              description="Support's fixes or workarounds have failed at least the configured "
              "number of times.",
              basis="fact", condition="failed_attempts_over_threshold"),
    Criterion(id="TEC3", group="TEC", bullet="Customer-reported bugs affecting core functionality",
              description="A bug in core functionality: tasks, projects, boards and their views, "
              "comments, files, login, notifications, sync, data export. Cosmetic or "
              "peripheral glitches do not count."),
    Criterion(id="TEC4", group="TEC", bullet="Integration partner API issues",
              description="A named third-party integration (GitHub, Slack, Salesforce, Jira, Google "
              "Calendar, ...) fails, whichever side is at fault."),
    Criterion(id="TEC5", group="TEC", bullet="Performance degradation reports",
              description="The product is slow: pages or actions that take long but still work, "
              "timeouts for one customer."),
    # -- Customer Satisfaction -----------------------------------------------------------------
    Criterion(id="SAT1", group="SAT", bullet="Formal complaints about service quality",
              description="The sender files or calls their message a formal complaint about the "
              "quality of the service."),
    Criterion(id="SAT2", group="SAT", bullet="Requests to speak with management",
              description="The sender asks for a manager, supervisor, someone senior or the "
              "management to take over or call them."),
    Criterion(id="SAT3", group="SAT", bullet="Negative feedback about support experience",
              description="Complaints about how support treated them: slow answers, being "
              "ignored, unhelpful or rude agents, bounced between people."),
    Criterion(id="SAT4", group="SAT", bullet="Social media mentions requiring response",
              description="A public post, review or thread about the company (Twitter/X, "
              "LinkedIn, Reddit, review sites) that needs an answer, or a threat to post one."),
    Criterion(id="SAT5", group="SAT", bullet="Product feature requests from Pro customers",
              description="The sender asks for a new feature or capability. Counts as an "
              "escalation only for a Pro customer; otherwise first-line product information.",
              condition="pro_plan", owner="product_manager", notify=()),
)

CRITERIA_BY_ID: dict[str, Criterion] = {c.id: c for c in CRITERIA}
GROUPS_BY_ID: dict[str, Group] = {g.id: g for g in GROUPS}
TEXT_CRITERIA: tuple[Criterion, ...] = tuple(c for c in CRITERIA if c.basis == "text")

ROLE_LEVELS: dict[str, int] = {
    "technical_support_agent": 1,
    "billing_agent": 1,
    "product_info_agent": 1,
    "senior_technical_specialist": 2,
    "billing_manager": 2,
    "product_manager": 2,
    "support_manager": 3,
    "engineering_manager": 3,
    "finance_director": 3,
    "vp_customer_success": 4,
    "cto": 4,
    "ceo": 4,
}


def group_of(criterion: Criterion) -> Group:
    return GROUPS_BY_ID[criterion.group]


def owner_of(criterion: Criterion) -> str:
    return criterion.owner or group_of(criterion).owner


def tier_of(criterion: Criterion) -> Tier:
    return group_of(criterion).tier


def section_of(criterion: Criterion) -> str:
    return f"{group_of(criterion).section}: {criterion.bullet}"
