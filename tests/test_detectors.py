"""Offline detectors: one positive and one near-miss negative ticket per criterion of the catalog.

The catalog is the source of truth: a text-basis criterion without a detector, or without a
fixture here, fails the first tests. Each positive must yield the criterion with evidence that is
an exact substring of the ticket; each near miss (same words, different meaning) must not.
"""

from __future__ import annotations

import pytest

from triage.extractors.detectors import FACT_CRITERIA, REGISTRY, missing_detectors
from triage.extractors.rules import RulesExtractor, detect_hits
from triage.policy import CRITERIA, Signals, Tier
from triage.policy.catalog import TEXT_CRITERIA
from triage.tickets import Ticket

# criterion -> (tickets that show it, near misses that must not)
FIXTURES: dict[str, tuple[list[str], list[str]]] = {
    "SEC1": (["Someone logged into our admin account from an IP in another country last night, none of us did.",
              "We think we've been hacked: unknown sessions keep appearing in the security log.",
              "Alguien accedió a nuestra cuenta sin permiso y descargó los proyectos."],
             ["Is TeamFlow protected against hackers? We are evaluating tools.",
              "This is not a breach, I just forgot which browser I used to log in."]),
    "SEC2": (["I found a stored XSS vulnerability in the comment editor; the payload runs for every viewer.",
              "Your API key is exposed in the page source of the public board page."],
             ["Do you run a bug bounty program for security researchers?",
              "This is not a security issue, but the tooltip text is cut off."]),
    "SEC3": (["Our workspace is sending phishing links in task comments posted by an account we never created.",
              "We see thousands of failed login attempts per minute against our users, clearly a brute force attack."],
             ["Your notification emails land in my spam folder, can you fix the sender domain?",
              "How do you protect accounts from credential stuffing?"]),
    "SEC4": (["All tasks in our Marketing project disappeared overnight and the board is empty.",
              "After the import our comments are corrupted: every line shows random symbols."],
             ["I accidentally deleted a task, can I restore it from the trash?",
              "The export button is missing from the project menu."]),
    "SEC5": (["You keep storing our EU customers' personal data on US servers, which violates GDPR.",
              "Patient records were exposed in your status emails; that is a HIPAA violation."],
             ["Are you GDPR compliant? We need it for a tender.",
              "Do you have a SOC 2 Type II report we could review?"]),
    "OUT1": (["TeamFlow is completely down for us, every page returns an error.",
              "Nobody in our company can log in since 8am, the whole workspace is unreachable."],
             ["Thanks for resolving yesterday's outage so quickly. How do I add a guest to a board?",
              "What happens during planned downtime? Do you notify customers?"]),
    "OUT2": (["Your REST API returns 503 Service Unavailable for every request since 14:00 UTC.",
              "The API has been unreachable for all our integrations for an hour."],
             ["The API is a little slow today, around two seconds per call.",
              "Where is the API documentation for webhooks?"]),
    "OUT3": (["Your servers seem to be down: background jobs stopped processing for everyone.",
              "The authentication service is down, nobody can sign in."],
             ["Our own mail server is down, so invites may bounce for a day.",
              "How much storage space is included in the Pro plan?"]),
    "OUT4": (["Every page shows 'could not connect to the database' and we cannot work.",
              "We keep getting database connection timeouts when opening any board."],
             ["How do I connect my own database to TeamFlow reports?",
              "Can I import our customer database from a CSV file?"]),
    "OUT5": (["Static assets fail to load from your CDN for all our offices, cloudflare shows a 522.",
              "Browsers warn that the SSL certificate of teamflow.com has expired."],
             ["Do you host on AWS or Azure? Our security team wants to know.",
              "The SSL certificate on our custom domain for the white-label portal expired."]),
    "LEG1": (["If the invoices are not corrected by Friday we will take legal action.",
              "Our attorney will be in touch about the damages your outage caused."],
             ["Our lawyer asked me to check whether you sign a DPA. Can you send one?",
              "Sue from our finance team will send the purchase order."]),
    "LEG2": (["This is the Data Protection Authority: we have opened an investigation after a complaint.",
              "We will file a complaint with the ICO if our data is not handled properly."],
             ["Does TeamFlow cooperate with regulators when asked?",
              "Our regulator requires audit logs; do you keep them for a year?"]),
    "LEG3": (["Please find attached a subpoena for all messages in the Acme workspace.",
              "We received a court order to preserve every record linked to this account."],
             ["We filed a police report about the stolen laptop; how do I sign out all sessions?",
              "How do you handle subpoenas in general? Just asking for our policy file."]),
    "LEG4": (["Under Article 17 GDPR I request that you erase all personal data you hold about me.",
              "Please delete all my personal data, I'm exercising my right to be forgotten."],
             ["How do I delete a project I no longer need?",
              "What is your retention policy for deleted accounts?"]),
    "LEG5": (["Your 'FlowBoard' feature uses our registered trademark without permission.",
              "We are sending a DMCA takedown notice for our copyrighted videos on a public board."],
             ["How do I change the copyright line in the footer of our portal?",
              "Our product is patent pending, so please keep the roadmap board private."]),
    "ENT2": (["Your response time SLA is 4 hours but we have waited two days: that is an SLA breach.",
              "Uptime was below the 99.9% in our contract this month, we expect service credits."],
             ["What is your SLA for the Pro plan?",
              "Could you explain how uptime is measured on the status page?"]),
    "ENT3": (["Could we get a dedicated customer success manager assigned to our account?",
              "Who is our account manager? I'd like to discuss the rollout."],
             ["I am the account manager at Acme and I can't find the invoices tab.",
              "Our project manager wants to export the Gantt chart."]),
    "ENT4": (["The custom Salesforce connector your team built for us stopped syncing yesterday.",
              "Our bespoke ERP integration is failing with authentication errors."],
             ["Can you build a custom integration with our ERP?",
              "The standard Slack integration works fine, thanks."]),
    "ENT5": (["Our white-label portal shows the TeamFlow logo again since the last release.",
              "The private deployment you host for us fails to start after the upgrade."],
             ["Do you offer white-label plans?",
              "Is a self-hosted version on your roadmap?"]),
    "FIN1": (["We were charged twice this month and two other companies we know were double charged too.",
              "Several other customers in the community forum also got the wrong invoice amount."],
             ["We were charged twice this month, can you refund one charge?",
              "Our invoice shows the wrong VAT number."]),
    "FIN2": (["Payments fail with three different cards and two banks, all declined with a processor error.",
              "Your payment gateway returns errors for every payment we try."],
             ["My card was declined when I tried to renew.",
              "Can I pay by bank transfer instead of card?"]),
    "FIN3": (["Please refund the $1,450 annual charge, we cancelled before the renewal.",
              "I'd like my money back for the unused months."],
             ["What is your refund policy for annual plans?",
              "I'm not asking for a refund, just for a corrected invoice."]),
    "FIN4": (["Your invoices are dated in the wrong fiscal period, which breaks our revenue recognition.",
              "We need the deferred revenue schedule for our ASC 606 reporting."],
             ["Where can I download last month's invoice?",
              "Our revenue team would like more boards."]),
    "FIN5": (["Please switch our subscription from monthly to annual billing starting next cycle.",
              "We need to reduce our contract from 40 seats to 25 at the renewal."],
             ["How much would it cost to switch from monthly to annual billing?",
              "Please update the billing address on our invoices."]),
    "HVA3": (["If this is not fixed we will not renew our contract in March.",
              "We are considering cancelling our subscription and moving to another tool."],
             ["Please cancel the duplicate invoice, we already paid.",
              "How do I cancel a meeting invite sent from a task?"]),
    "HVA4": (["Asana offered us a much cheaper deal for the same features.",
              "We are evaluating other vendors and a competitor quoted 30% less."],
             ["How do I import our projects from Trello?",
              "Our Jira integration stopped syncing."]),
    "HVA5": (["We want to roll TeamFlow out to three more departments, about 200 more users.",
              "We're planning to add 50 more seats for the new sales team."],
             ["How do I expand a task card to see the subtasks?",
              "Please upgrade your browser support notes, Firefox 115 is missing."]),
    "TEC3": (["When I drag a card to Done on the Kanban board it jumps back, so tasks never get completed.",
              "Comment notifications stopped arriving for everyone on my team."],
             ["The colour of the dark mode toggle icon is slightly off.",
              "How do I export my tasks to CSV?"]),
    "TEC4": (["The Slack integration stopped posting task updates to our channel.",
              "Our GitHub integration is no longer linking commits to tasks."],
             ["How do I connect TeamFlow to Slack?",
              "Does TeamFlow integrate with Salesforce?"]),
    "TEC5": (["Boards take 20 seconds to load today, it works but it is painfully slow.",
              "The whole app has been sluggish all week, every click lags."],
             ["Your support is slow to respond, I waited two days.",
              "Is there a way to slow down the reminder frequency?"]),
    "SAT1": (["I want to file a formal complaint about the quality of service this month.",
              "Please treat this email as an official complaint about your support."],
             ["Our customers complain that the mobile app is hard to use.",
              "This is not a complaint, just feedback on the new editor."]),
    "SAT2": (["I'd like to speak with a manager about how my ticket was handled.",
              "Can someone senior please call me? The regular queue isn't helping."],
             ["Our project manager needs access to the Gantt view.",
              "My manager asked me to export the board."]),
    "SAT3": (["Your support team has been incredibly unhelpful and rude.",
              "I've been bounced between four agents and nobody answers my question."],
             ["Does TeamFlow support SSO with Okta?",
              "The webhook got no response from our server, is there a retry?"]),
    "SAT4": (["If this isn't sorted today I'm posting about it on Twitter and LinkedIn.",
              "I left a 1-star review on G2 about your billing practices."],
             ["Do you have a LinkedIn page for product updates?",
              "Can I share a board update to Slack?"]),
    "SAT5": (["It would be great if you could add a burndown chart to the sprint view.",
              "Feature request: please add dark mode to the mobile app."],
             ["It would be great if you could fix this bug soon.",
              "Does TeamFlow support Gantt charts?"]),
}


def _hits(text: str) -> dict[str, str]:
    signals = RulesExtractor().extract(Ticket(body=text)).signals
    return {h.criterion: h.evidence for h in signals.hits}


def test_every_criterion_has_a_detector() -> None:
    assert missing_detectors() == []
    assert set(REGISTRY) == {c.id for c in TEXT_CRITERIA}
    assert set(FACT_CRITERIA) == {c.id for c in CRITERIA if c.basis == "fact"}


def test_every_text_criterion_has_fixtures() -> None:
    assert set(FIXTURES) == {c.id for c in TEXT_CRITERIA}
    assert all(pos and neg for pos, neg in FIXTURES.values())


def test_fact_criteria_are_signals_not_hits() -> None:
    """Fact-basis criteria come from Signals fields the policy checks, never from phrase hits."""
    assert not set(FACT_CRITERIA) & set(REGISTRY)
    assert all(field in Signals.model_fields for field in FACT_CRITERIA.values())
    ticket = Ticket(body="I reported this three days ago; your fix didn't work again.")
    signals = RulesExtractor().extract(ticket).signals
    assert not {"TEC1", "TEC2"} & signals.hit_ids()
    assert signals.unresolved_hours is not None and signals.failed_attempts is not None


@pytest.mark.parametrize(("cid", "text"), [(cid, t) for cid, (pos, _) in FIXTURES.items() for t in pos])
def test_positive(cid: str, text: str) -> None:
    hits = _hits(text)
    assert cid in hits, f"{cid} not found in {text!r}; found {sorted(hits)}"
    assert hits[cid] and hits[cid] in text


@pytest.mark.parametrize(("cid", "text"), [(cid, t) for cid, (_, neg) in FIXTURES.items() for t in neg])
def test_near_miss(cid: str, text: str) -> None:
    assert cid not in _hits(text)


def test_detect_hits_filters_by_tier() -> None:
    text = "TeamFlow is down for everyone and I want to speak with a manager."
    all_hits = {h.criterion for h in detect_hits(text)}
    assert {"OUT1", "SAT2"} <= all_hits
    immediate = {h.criterion for h in detect_hits(text, {Tier.IMMEDIATE})}
    assert "OUT1" in immediate and "SAT2" not in immediate
    only = {h.criterion for h in detect_hits(text, criteria=["SAT2"])}
    assert only == {"SAT2"}
    assert all(h.evidence in text for h in detect_hits(text))
