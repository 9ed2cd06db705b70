"""`triage eval` through its typer command: JSON numbers, gates, exit codes, reports, policy review."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
import typer
from test_eval_harness import BASIC_CASES, KeywordExtractor, case, write_jsonl
from typer.testing import CliRunner

from triage import Triager
from triage.evals import cli
from triage.policy import Tier

POLICY_TOML = Path(__file__).resolve().parents[1] / "policy" / "policy.toml"
RANK = {"none": 0, "standard": 1, "priority": 2, "immediate": 3}


@pytest.fixture
def app(monkeypatch: pytest.MonkeyPatch) -> typer.Typer:
    """The eval command on its own app, deciding with the keyword extractor."""

    def make_triager(extractor: str, **options: Any) -> Triager:
        return Triager(KeywordExtractor(), policy_config=options["policy_config"])

    monkeypatch.setattr(cli, "make_triager", make_triager)
    application = typer.Typer()
    application.command("eval")(cli.eval_command)
    application.command("other")(lambda: None)  # keeps "eval" a sub-command
    return application


def run(app: typer.Typer, *args: str) -> Any:
    return CliRunner().invoke(app, ["eval", *args])


@pytest.fixture
def dataset(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "cases.jsonl", BASIC_CASES)


def independent_scores(cases: list[dict[str, Any]]) -> dict[str, Any]:
    """The contract's metrics computed here from Triager.stream, without the harness."""
    decisions = list(Triager(KeywordExtractor()).stream(c["ticket"] for c in cases))
    n = len(cases)
    tier_right = owner_right = owner_n = under = over = critical = errors = 0
    for c, d in zip(cases, decisions, strict=True):
        expected = c["expected"]
        failed = d.error is not None
        errors += failed
        tier_right += not failed and d.tier == expected["tier"]
        if expected.get("owner") is not None:
            owner_n += 1
            owner_right += not failed and d.owner == expected["owner"]
        if not failed and d.tier is not None:
            under += RANK[d.tier] < RANK[expected["tier"]]
            over += RANK[d.tier] > RANK[expected["tier"]]
            critical += expected["tier"] == "immediate" and d.tier != Tier.IMMEDIATE
    return {"n": n, "tier_accuracy": tier_right / n, "owner_accuracy": owner_right / owner_n,
            "under_escalations": under, "over_escalations": over, "critical_misses": critical,
            "errors": errors}


def test_json_has_the_contract_keys_and_independent_numbers(app: typer.Typer, dataset: Path) -> None:
    result = run(app, str(dataset), "--json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    expected = independent_scores(BASIC_CASES)
    for key, value in expected.items():
        assert summary[key] == pytest.approx(value), key
    assert set(summary["per_tier"]) == {"immediate", "priority", "standard", "none"}
    for row in summary["per_tier"].values():
        assert {"precision", "recall", "support"} <= set(row)
    assert summary["per_tier"]["immediate"]["support"] == 3
    assert summary["critical_miss_ids"] == ["SEC-2"]
    assert sorted(summary["error_ids"]) == ["BUG-1", "ERR-1"]
    assert summary["per_criterion"]["SEC1"]["recall"] == 0.5
    assert summary["attribution"]["counts"]["extractor"] == 1
    assert len(summary["cases"]) == len(BASIC_CASES) and "diff" not in summary


def test_terminal_report_is_the_default(app: typer.Typer, dataset: Path) -> None:
    result = run(app, str(dataset))
    assert result.exit_code == 0
    for fragment in ("tier accuracy", "Per tier", "Confusion matrix", "Critical misses", "SEC-2"):
        assert fragment in result.stdout


def test_gates_exit_1_when_missed_and_0_when_met(app: typer.Typer, dataset: Path) -> None:
    achieved = independent_scores(BASIC_CASES)["tier_accuracy"]
    above = run(app, str(dataset), "--json", "--min-tier-accuracy", f"{achieved + 0.01:.3f}")
    assert above.exit_code == 1 and "gate failed" in above.stderr
    gates = json.loads(above.stdout)["gates"]
    assert gates[0]["name"] == "min-tier-accuracy" and gates[0]["passed"] is False
    assert run(app, str(dataset), "--min-tier-accuracy", f"{achieved - 0.01:.3f}").exit_code == 0
    assert run(app, str(dataset), "--max-critical-misses", "0").exit_code == 1
    assert run(app, str(dataset), "--max-critical-misses", "1").exit_code == 0
    assert run(app, str(dataset), "--max-under-escalations", "0").exit_code == 1
    assert run(app, str(dataset), "--min-owner-accuracy", "0.99").exit_code == 1
    both = run(app, str(dataset), "--min-owner-accuracy", "0.1", "--max-under-escalations", "5")
    assert both.exit_code == 0


def test_harness_failures_exit_2(app: typer.Typer, dataset: Path, tmp_path: Path) -> None:
    assert run(app, str(tmp_path / "missing.jsonl")).exit_code == 2
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "ticket": {"body": "hi"}, "expected": {"tier": "soon"}}\n', encoding="utf-8")
    result = run(app, str(bad))
    assert result.exit_code == 2 and "bad.jsonl:1" in result.stderr
    assert run(app, str(dataset), "--baseline", str(tmp_path / "no-run.json")).exit_code == 2
    broken = tmp_path / "broken.toml"
    broken.write_text("[thresholds\n", encoding="utf-8")
    assert run(app, str(dataset), "--policy-config", str(broken)).exit_code == 2


def test_a_crash_inside_the_harness_exits_2(app: typer.Typer, dataset: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("scoring blew up")

    monkeypatch.setattr(cli, "run_eval", broken)
    result = run(app, str(dataset), "--min-tier-accuracy", "0")
    assert result.exit_code == 2 and "scoring blew up" in result.stderr
    monkeypatch.setattr(cli, "make_triager", broken)  # an extractor that cannot be built
    assert run(app, str(dataset)).exit_code == 2


def test_markdown_and_junit_reports(app: typer.Typer, dataset: Path, tmp_path: Path) -> None:
    report, junit = tmp_path / "out" / "eval.md", tmp_path / "eval.xml"
    result = run(app, str(dataset), "--report", str(report), "--junit", str(junit),
                 "--max-critical-misses", "0")
    assert result.exit_code == 1
    markdown = report.read_text(encoding="utf-8")
    assert markdown.startswith("## Policy eval: ❌ a gate failed")
    for fragment in ("| max-critical-misses | 0 | 1 | **FAIL** |", "| tier accuracy |", "`SEC-2`",
                     "Confusion matrix", "Misses by cause"):
        assert fragment in markdown
    root = ET.parse(junit).getroot()
    suite = root.find("testsuite")
    assert suite is not None
    cases = suite.findall("testcase")
    names = [c.get("name") for c in cases]
    assert names[: len(BASIC_CASES)] == [c["id"] for c in BASIC_CASES] and names[-1] == "max-critical-misses"
    failed = {c.get("name") for c in cases if c.find("failure") is not None}
    errored = {c.get("name") for c in cases if c.find("error") is not None}
    assert errored == {"ERR-1", "BUG-1"}
    assert "SEC-2" in failed and "max-critical-misses" in failed and "SEC-1" not in failed
    assert suite.get("tests") == str(len(cases)) and suite.get("failures") == str(len(failed))
    assert root.get("tests") == suite.get("tests") and root.get("errors") == "2"


REFUND_CASES = [
    # Labelled with the current $1,000 rule in mind: lowering it breaks these.
    case("R-650", "Please process a refund of $650", "none", "billing_agent", criteria=[]),
    case("R-1000", "Please process a refund of $1,000", "none", "billing_agent", criteria=[]),
    # Labelled as if the rule were already lower: lowering it fixes these.
    case("R-800", "Please process a refund of $800", "priority", "finance_director", criteria=["FIN3"]),
    case("R-EUR", "Please process a refund of 600 EUR", "priority", "finance_director", criteria=["FIN3"]),
    # Outside the band between the two thresholds: nothing may change.
    case("R-300", "Please process a refund of $300", "none", "billing_agent", criteria=[]),
    case("R-500", "Please process a refund of $500", "none", "billing_agent", criteria=[]),
    case("R-1001", "Please process a refund of $1,001", "priority", "finance_director", criteria=["FIN3"]),
    case("R-9000", "Please process a refund of $9,000 after the breach", "immediate", "engineering_manager",
         criteria=["FIN3", "SEC1"]),
    case("S-1", "We had a breach and data was exposed", "immediate", "cto", criteria=["SEC1"]),
    case("M-1", "I want a manager now", "standard", "support_manager", criteria=["SAT2"]),
]


def test_lowering_the_refund_threshold_changes_exactly_the_cases_between_the_thresholds(
        app: typer.Typer, tmp_path: Path) -> None:
    dataset = write_jsonl(tmp_path / "refunds.jsonl", REFUND_CASES)
    baseline = tmp_path / "baseline.json"
    assert run(app, str(dataset), "--save-run", str(baseline)).exit_code == 0
    lowered = tmp_path / "policy.toml"
    original = POLICY_TOML.read_text(encoding="utf-8")
    assert "\nrefund_usd = 1000\n" in original
    lowered.write_text(original.replace("\nrefund_usd = 1000\n", "\nrefund_usd = 500\n"), encoding="utf-8")

    KeywordExtractor.calls = 0
    result = run(app, str(dataset), "--policy-config", str(lowered), "--baseline", str(baseline), "--json",
                 "--report", str(tmp_path / "review.md"))
    assert result.exit_code == 0, result.output
    assert KeywordExtractor.calls == 0  # a policy-only change extracts nothing
    diff = json.loads(result.stdout)["diff"]
    verdicts = {c["id"]: c["verdict"] for c in diff["changed"]}
    assert verdicts == {"R-650": "broke", "R-1000": "broke", "R-800": "fixed", "R-EUR": "fixed"}
    for change in diff["changed"]:
        assert (change["old_tier"], change["new_tier"]) == ("none", "priority")
        assert (change["old_owner"], change["new_owner"]) == ("billing_agent", "finance_director")
        assert change["rules_added"] == ["FIN3"] and change["rules_removed"] == ["L1-BILL"]
        assert {"id", "old_tier", "new_tier", "expected_tier", "verdict"} <= set(change)
    assert diff["fixed"] == 2 and diff["broke"] == 2 and diff["mcnemar_p"] == 1.0
    assert diff["accuracy_delta"] == 0.0 and diff["policy_changed"] and not diff["stale"]
    assert diff["reused_signals"] == len(REFUND_CASES) and diff["rules_only_changed"] == []
    assert diff["verdict"] == "4 changed: 2 fixed, 2 broke (McNemar p=1): no significant difference; " \
        "review the broken cases"
    assert diff["tier_transitions"]["none"]["priority"] == 4
    low, high = diff["bootstrap_ci"]
    assert low < 0 < high
    review = (tmp_path / "review.md").read_text(encoding="utf-8")
    gated = run(app, str(dataset), "--policy-config", str(lowered), "--baseline", str(baseline), "--json",
                "--max-accuracy-drop", "0")
    assert gated.exit_code == 0  # two fixed, two broke: tier accuracy is unchanged
    assert json.loads(gated.stdout)["tier_accuracy_drop"] == 0.0
    row = "| `R-650` | none / billing_agent | priority / finance_director | none / billing_agent | ❌ broke |"
    assert row in review
    assert "✅ fixed" in review and "Against the baseline" in review


def test_a_policy_change_that_only_fixes_says_so(app: typer.Typer, tmp_path: Path) -> None:
    dataset = write_jsonl(tmp_path / "fix.jsonl", [REFUND_CASES[2], REFUND_CASES[3], REFUND_CASES[4]])
    baseline = tmp_path / "base.json"
    assert run(app, str(dataset), "--save-run", str(baseline)).exit_code == 0
    lowered = tmp_path / "policy.toml"
    text = POLICY_TOML.read_text(encoding="utf-8")
    lowered.write_text(text.replace("\nrefund_usd = 1000\n", "\nrefund_usd = 500\n"), encoding="utf-8")
    result = run(app, str(dataset), "--policy-config", str(lowered), "--baseline", str(baseline),
                 "--max-accuracy-drop", "0")
    assert result.exit_code == 0
    assert "2 changed: 2 fixed, 0 broke: no detectable regression" in " ".join(result.stdout.split())
    # The same change seen the other way round (baseline saved with the lower threshold) is a regression.
    assert run(app, str(dataset), "--policy-config", str(lowered), "--save-run", str(baseline)).exit_code == 0
    back = run(app, str(dataset), "--baseline", str(baseline), "--max-accuracy-drop", "0.1", "--json")
    assert back.exit_code == 1
    summary = json.loads(back.stdout)
    assert summary["tier_accuracy_drop"] == pytest.approx(2 / 3) and summary["diff"]["broke"] == 2
    assert summary["diff"]["verdict"].startswith("2 changed: 0 fixed, 2 broke")
    assert run(app, str(dataset), "--max-accuracy-drop", "0").exit_code == 2  # needs --baseline


def test_stale_baseline_is_reported(app: typer.Typer, dataset: Path, tmp_path: Path) -> None:
    baseline = tmp_path / "base.json"
    assert run(app, str(dataset), "--save-run", str(baseline)).exit_code == 0
    saved = json.loads(baseline.read_text(encoding="utf-8"))
    saved["extractor"] = "openai:some-model"
    saved["model"] = "some-model"
    baseline.write_text(json.dumps(saved), encoding="utf-8")
    result = run(app, str(dataset), "--baseline", str(baseline), "--json")
    assert result.exit_code == 0
    diff = json.loads(result.stdout)["diff"]
    assert diff["stale"] and "openai:some-model" in diff["why"] and diff["reused_signals"] == 0
    assert "stale baseline" in result.stderr


def test_the_registered_command_agrees_with_triage_run(tmp_path: Path) -> None:
    """End to end with the real offline extractor: `triage eval` scores what `triage run` decides."""
    from triage.cli import app as triage_app

    dataset = write_jsonl(tmp_path / "cases.jsonl", BASIC_CASES)
    tickets = tmp_path / "tickets.jsonl"
    tickets.write_text("".join(json.dumps(c["ticket"]) + "\n" for c in BASIC_CASES), encoding="utf-8")
    runner = CliRunner()
    decided = runner.invoke(triage_app, ["run", str(tickets), "--extractor", "rules", "--quiet"])
    decisions = [json.loads(line) for line in decided.stdout.splitlines() if line.strip()]
    assert [d["ticket_id"] for d in decisions] == [c["id"] for c in BASIC_CASES]
    scored = runner.invoke(triage_app, ["eval", str(dataset), "--extractor", "rules", "--json"])
    assert scored.exit_code == 0, scored.output
    summary = json.loads(scored.stdout)
    right = [not d["error"] and d["tier"] == c["expected"]["tier"] for c, d in zip(BASIC_CASES, decisions,
                                                                                     strict=True)]
    under = [not d["error"] and RANK[d["tier"]] < RANK[c["expected"]["tier"]]
             for c, d in zip(BASIC_CASES, decisions, strict=True)]
    critical = [u and c["expected"]["tier"] == "immediate" for c, u in zip(BASIC_CASES, under, strict=True)]
    assert summary["tier_accuracy"] == pytest.approx(sum(right) / len(BASIC_CASES))
    assert summary["under_escalations"] == sum(under) and summary["critical_misses"] == sum(critical)
    assert summary["errors"] == sum(1 for d in decisions if d["error"])
