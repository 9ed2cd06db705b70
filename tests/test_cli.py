"""The `triage` command end to end: real files in, decision lines out, exit codes as documented."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from triage.cli import app
from triage.policy import CRITERIA, ROLE_LEVELS

ROOT = Path(__file__).resolve().parent.parent
INBOX = ROOT / "examples" / "inbox"
NO_LLM = {"OPENAI_API_KEY": None, "OPENAI_BASE_URL": None, "TRIAGE_POLICY_CONFIG": None, "TRIAGE_MODEL": None}
TIERS = {"immediate", "priority", "standard", "none"}


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner(env=NO_LLM)


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a-outage.txt").write_text("Nobody at our company can reach the app, every page shows a 503 error "
                                         "since 9am. The whole platform seems down.", encoding="utf-8")
    (folder / "b-howto.md").write_text("How do I change the colour of a label on my board?", encoding="utf-8")
    (folder / "c.jsonl").write_text(
        json.dumps({"id": "J-1", "body": "Please refund the $2,400 we were charged for the annual plan."}) + "\n"
        + "{not json}\n"
        + json.dumps({"id": "J-3", "body": "   "}) + "\n", encoding="utf-8")
    (folder / "notes.xyz").write_text("not a ticket", encoding="utf-8")
    return folder


def lines(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_run_writes_one_record_per_ticket_in_order_and_exits_1_on_bad_ones(runner: CliRunner, inbox: Path) -> None:
    result = runner.invoke(app, ["run", str(inbox)])
    records = lines(result.stdout)
    assert [r["ticket_id"] for r in records][:2] == ["a-outage.txt", "b-howto.md"]
    assert len(records) == 5
    assert records[0]["tier"] == "immediate" and records[0]["owner"] == "engineering_manager"
    assert records[2]["tier"] == "priority" and records[2]["owner"] == "finance_director"
    errors = [r for r in records if r["error"]]
    assert len(errors) == 2 and all(r["tier"] is None for r in errors)
    assert result.exit_code == 1
    assert "offline extractor" in result.stderr
    assert "notes.xyz" in result.stderr  # skipped with a notice
    assert "Traceback" not in result.stderr


def test_run_exits_0_when_every_ticket_is_decided(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "t.txt").write_text("Where can I find the invoice for last month?", encoding="utf-8")
    result = runner.invoke(app, ["run", str(tmp_path / "t.txt"), "--quiet"])
    assert result.exit_code == 0, result.stderr
    (record,) = lines(result.stdout)
    assert record["tier"] == "none" and record["owner"] == "billing_agent"
    assert result.stderr.count("\n") == 1  # only the offline-extractor line


def test_out_file_and_csv_format(runner: CliRunner, inbox: Path, tmp_path: Path) -> None:
    target = tmp_path / "decisions.csv"
    result = runner.invoke(app, ["run", str(inbox), "--format", "csv", "--out", str(target)])
    assert result.stdout == ""
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert len(rows) == 5
    assert rows[0]["tier"] == "immediate" and "OUT" in rows[0]["rules"]


def test_table_format_lists_every_ticket(runner: CliRunner, inbox: Path) -> None:
    result = runner.invoke(app, ["run", str(inbox), "--format", "table", "--quiet"])
    for ticket_id in ("a-outage.txt", "b-howto.md", "J-1"):
        assert ticket_id in result.stdout


def test_stdin_jsonl(runner: CliRunner) -> None:
    stdin = json.dumps({"id": "S-1", "body": "We will sue you if the data is not returned."}) + "\n"
    result = runner.invoke(app, ["run", "-", "--quiet"], input=stdin)
    (record,) = lines(result.stdout)
    assert record["ticket_id"] == "S-1" and record["tier"] == "immediate" and record["owner"] == "ceo"


def test_usage_errors_exit_2(runner: CliRunner, inbox: Path, tmp_path: Path) -> None:
    missing = runner.invoke(app, ["run", str(inbox), "--policy-config", str(tmp_path / "nope.toml")])
    assert missing.exit_code == 2 and "policy configuration" in missing.stderr
    bad_option = runner.invoke(app, ["run", str(inbox), "--format", "xml"])
    assert bad_option.exit_code == 2


def test_policy_config_changes_the_decision(runner: CliRunner, tmp_path: Path) -> None:
    shipped = (ROOT / "policy" / "policy.toml").read_text(encoding="utf-8")
    lowered = tmp_path / "policy.toml"
    lowered.write_text(shipped.replace("refund_usd = 1000", "refund_usd = 500"), encoding="utf-8")
    ticket = tmp_path / "refund.txt"
    ticket.write_text("Please refund the $800 charge for seats we never used.", encoding="utf-8")
    default = lines(runner.invoke(app, ["run", str(ticket), "-q"]).stdout)[0]
    changed = lines(runner.invoke(app, ["run", str(ticket), "-q", "--policy-config", str(lowered)]).stdout)[0]
    assert default["tier"] == "none"
    assert changed["tier"] == "priority" and changed["owner"] == "finance_director"
    assert default["policy_version"] != changed["policy_version"]


def test_explain_shows_rules_evidence_and_deadlines(runner: CliRunner) -> None:
    result = runner.invoke(app, ["explain", "Someone logged into our admin account from an unknown "
                                            "country and exported our customer list."])
    assert result.exit_code == 0, result.stderr
    assert "IMMEDIATE" in result.stdout and "cto" in result.stdout
    assert "SEC1" in result.stdout and "escalate by" in result.stdout


def test_rules_table_lists_every_criterion_and_is_the_readme_table(runner: CliRunner) -> None:
    result = runner.invoke(app, ["rules"])
    assert result.exit_code == 0
    for criterion in CRITERIA:
        assert f"| {criterion.id} |" in result.stdout
    assert result.stdout in (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.skipif(not INBOX.is_dir(), reason="no example inbox")
def test_installed_command_on_the_example_inbox() -> None:
    env = {k: v for k, v in os.environ.items() if k not in NO_LLM}
    proc = subprocess.run([sys.executable, "-m", "triage", "run", str(INBOX)], capture_output=True, text=True,
                          env=env, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    records = lines(proc.stdout)
    assert len(records) >= 15
    assert {r["tier"] for r in records} == TIERS
    assert {r["owner"] for r in records} <= set(ROLE_LEVELS)
    assert proc.stderr.splitlines()[0].startswith("triage: no OPENAI_API_KEY")
