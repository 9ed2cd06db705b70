"""The policy configuration: policy.toml is complete, validated, and versioned.

A copy of the shipped file is what users edit (``--policy-config``), so these tests work on real
TOML files in a temporary folder, read by the product's own loader.
"""

from __future__ import annotations

import re
import tomllib
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from triage.errors import ConfigError
from triage.policy import CRITERIA, GROUPS, Hit, Money, Policy, PolicyConfig, Signals, Tier
from triage.policy.catalog import group_of
from triage.settings import POLICY_CONFIG_ENV, load_policy_config

RECEIVED = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _shipped_config_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(POLICY_CONFIG_ENV, raising=False)


@pytest.fixture(scope="module")
def shipped_text() -> str:
    return resources.files("triage.policy").joinpath("policy.toml").read_text(encoding="utf-8")


@pytest.fixture
def raw(shipped_text: str) -> dict[str, Any]:
    """A fresh, editable copy of the shipped configuration's data."""
    return tomllib.loads(shipped_text)


def write_copy(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "policy.toml"
    path.write_text(text, encoding="utf-8")
    return path


def with_threshold(text: str, key: str, value: str) -> str:
    """The TOML text with one threshold line changed, the way a user would edit it."""
    changed, count = re.subn(rf"(?m)^{key} = .*$", f"{key} = {value}", text)
    assert count == 1, f"{key} not found exactly once in policy.toml"
    return changed


# -- versioning ------------------------------------------------------------------------------------

def test_policy_version_is_stable(tmp_path: Path, shipped_text: str) -> None:
    shipped = load_policy_config()
    copy = load_policy_config(write_copy(tmp_path, shipped_text))
    version = Policy(shipped).version
    assert re.fullmatch(r"policy-[0-9a-f]{12}", version)
    assert Policy(copy).version == version == Policy(load_policy_config()).version
    assert Policy(shipped).decide(Signals(), received_at=RECEIVED).policy_version == version


@pytest.mark.parametrize(("key", "value"), [
    ("refund_usd", "1500"), ("major_account_acv_usd", "40000"), ("unresolved_hours", "48"),
    ("failed_attempts", "3"), ("refund_review_margin", "0.05"),
])
def test_policy_version_changes_with_a_threshold(tmp_path: Path, shipped_text: str, key: str,
                                                 value: str) -> None:
    changed = load_policy_config(write_copy(tmp_path, with_threshold(shipped_text, key, value)))
    assert Policy(changed).version != Policy(load_policy_config()).version


def test_policy_version_changes_with_a_rate(raw: dict[str, Any]) -> None:
    before = Policy(PolicyConfig.model_validate(raw)).version
    raw["currency_usd_rates"]["EUR"] = 1.2
    assert Policy(PolicyConfig.model_validate(raw)).version != before


def test_lowered_refund_threshold_changes_the_outcome(tmp_path: Path, shipped_text: str) -> None:
    signals = Signals(hits=(Hit(criterion="FIN3", evidence="refund the $800 please"),), topic="billing",
                      refund=Money(amount=800, currency="USD", evidence="$800"))
    shipped = Policy(load_policy_config()).decide(signals, received_at=RECEIVED)
    lowered = load_policy_config(write_copy(tmp_path, with_threshold(shipped_text, "refund_usd", "500")))
    assert lowered.thresholds.refund_usd == 500
    changed = Policy(lowered).decide(signals, received_at=RECEIVED)
    assert (shipped.tier, shipped.owner) == (Tier.NONE, "billing_agent")
    assert (changed.tier, changed.owner) == (Tier.PRIORITY, "finance_director")
    assert [r.rule for r in changed.reasons] == ["FIN3"]


def test_environment_variable_selects_the_copy(tmp_path: Path, shipped_text: str,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_copy(tmp_path, with_threshold(shipped_text, "failed_attempts", "4"))
    monkeypatch.setenv(POLICY_CONFIG_ENV, str(path))
    assert load_policy_config().thresholds.failed_attempts == 4


# -- validation ------------------------------------------------------------------------------------

def _drop_sat_response(raw: dict[str, Any]) -> None:
    del raw["sla"]["respond_minutes"]["SAT"]


def _drop_standard_escalation(raw: dict[str, Any]) -> None:
    del raw["sla"]["escalate_minutes"]["standard"]


def _drop_pro_first_line(raw: dict[str, Any]) -> None:
    del raw["sla"]["first_line_respond_minutes"]["pro"]


def _drop_priority_resolution(raw: dict[str, Any]) -> None:
    del raw["sla"]["resolve_minutes"]["priority"]


def _unknown_threshold(raw: dict[str, Any]) -> None:
    raw["thresholds"]["refund_eur"] = 900


def _text_threshold(raw: dict[str, Any]) -> None:
    raw["thresholds"]["refund_usd"] = "a thousand"


def _negative_threshold(raw: dict[str, Any]) -> None:
    raw["thresholds"]["refund_usd"] = -1


def _zero_attempts(raw: dict[str, Any]) -> None:
    raw["thresholds"]["failed_attempts"] = 0


def _margin_over_one(raw: dict[str, Any]) -> None:
    raw["thresholds"]["refund_review_margin"] = 10


def _zero_rate(raw: dict[str, Any]) -> None:
    raw["currency_usd_rates"]["EUR"] = 0


def _no_sla(raw: dict[str, Any]) -> None:
    del raw["sla"]


def _unknown_section(raw: dict[str, Any]) -> None:
    raw["escalation"] = {"fast": True}


BREAKAGES = [_drop_sat_response, _drop_standard_escalation, _drop_pro_first_line, _drop_priority_resolution,
             _unknown_threshold, _text_threshold, _negative_threshold, _zero_attempts, _margin_over_one,
             _zero_rate, _no_sla, _unknown_section]


@pytest.mark.parametrize("breakage", BREAKAGES, ids=lambda f: f.__name__.strip("_"))
def test_invalid_config_is_rejected(raw: dict[str, Any], breakage: Any) -> None:
    PolicyConfig.model_validate(raw)  # the shipped data itself is valid
    breakage(raw)
    with pytest.raises(ValidationError):
        PolicyConfig.model_validate(raw)


def test_loader_reports_an_invalid_copy_as_config_error(tmp_path: Path, shipped_text: str) -> None:
    path = write_copy(tmp_path, with_threshold(shipped_text, "refund_usd", '"lots"'))
    with pytest.raises(ConfigError, match="invalid"):
        load_policy_config(path)


def test_loader_reports_broken_toml_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="TOML"):
        load_policy_config(write_copy(tmp_path, "[thresholds\nrefund_usd = 1"))
    with pytest.raises(ConfigError, match="cannot read"):
        load_policy_config(tmp_path / "missing.toml")


def test_currency_codes_are_upper_case(raw: dict[str, Any]) -> None:
    raw["currency_usd_rates"]["chf"] = raw["currency_usd_rates"].pop("CHF")
    assert PolicyConfig.model_validate(raw).currency_usd_rates["CHF"] == pytest.approx(1.13)


# -- completeness against the catalog and the interpretation page --------------------------------------

def test_every_notify_key_of_the_catalog_is_configured() -> None:
    notify = load_policy_config().notify
    used = {key for g in GROUPS for key in g.notify} | {key for c in CRITERIA for key in c.notify or ()}
    assert used, "the catalog names no notification at all"
    assert used <= set(notify), f"missing in [notify]: {sorted(used - set(notify))}"
    assert all(value.strip() for value in notify.values())


def test_every_procedure_of_the_catalog_is_configured() -> None:
    procedures = load_policy_config().procedures
    used = {g.procedure for g in GROUPS if g.procedure is not None}
    assert used == {"security_incident", "service_outage", "legal_compliance", "enterprise_customer"}
    assert used <= set(procedures)
    for pid in used:
        assert procedures[pid].id == pid
        assert procedures[pid].name
        assert len(procedures[pid].immediate) == 5 and len(procedures[pid].follow_up) == 5


def test_sla_covers_every_tier_group_and_plan() -> None:
    sla = load_policy_config().sla
    tiers = {t.value for t in Tier if t is not Tier.NONE}
    assert set(sla.escalate_minutes) == tiers == set(sla.resolve_minutes)
    assert set(sla.respond_minutes) == {g.id for g in GROUPS}
    assert set(sla.first_line_respond_minutes) == {"basic", "pro", "enterprise"}


def test_thresholds_match_the_policy_document() -> None:
    t = load_policy_config().thresholds
    assert (t.refund_usd, t.major_account_acv_usd, t.unresolved_hours, t.failed_attempts) == (
        1000, 50000, 24, 2)
    assert t.refund_review_margin == pytest.approx(0.10)


def test_rate_table_has_the_required_currencies() -> None:
    rates = load_policy_config().currency_usd_rates
    required = {"USD", "EUR", "GBP", "CAD", "AUD", "CHF", "JPY", "INR", "BRL", "MXN"}
    assert required <= set(rates)
    assert rates["USD"] == 1.0


def test_group_notifications_resolve_to_configured_addresses() -> None:
    config = load_policy_config()
    for criterion in CRITERIA:
        keys = criterion.notify if criterion.notify is not None else group_of(criterion).notify
        assert all(config.notify.get(key) for key in keys), criterion.id
