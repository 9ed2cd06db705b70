"""``--report FILE.md``: a summary and a decision diff short enough for a pull-request comment."""

from __future__ import annotations

from typing import Any

from .cases import TIERS
from .report import pct

MAX_ROWS = 60


def _ci(ci: Any) -> str:
    return "" if not ci else f"{ci[0]:.1%} – {ci[1]:.1%}"


def _cell(text: Any) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def render_markdown(s: dict[str, Any]) -> str:
    lines: list[str] = []
    status = "✅ all gates pass" if s["passed"] else "❌ a gate failed"
    if not s["gates"]:
        status = "no gates set"
    lines += [f"## Policy eval: {status}", "",
              f"{s['n']} labelled cases · extractor `{s['extractor']}`"
              + (f" (model `{s['model']}`)" if s.get("model") else "")
              + f" · policy `{s['policy_version']}`", ""]
    if s["gates"]:
        lines += ["| gate | threshold | actual | result |", "|---|---:|---:|---|"]
        for g in s["gates"]:
            lines.append(f"| {g['name']} | {g['threshold']:g} | {_num(g['actual'])} | "
                         f"{'pass' if g['passed'] else '**FAIL**'} |")
        lines.append("")
    if "diff" in s:
        lines += _diff(s["diff"])
    lines += ["### Scores", "", "| metric | value | 95% CI (Wilson) |", "|---|---:|---|",
              f"| tier accuracy | {pct(s['tier_accuracy'])} | {_ci(s['tier_accuracy_ci95'])} |",
              f"| owner accuracy ({s['owner_n']} labelled) | {pct(s['owner_accuracy'])} | "
              f"{_ci(s['owner_accuracy_ci95'])} |",
              f"| tier and owner right | {pct(s['decision_accuracy'])} | |",
              f"| critical misses | {s['critical_misses']} | |",
              f"| under-escalations | {s['under_escalations']} | |",
              f"| over-escalations | {s['over_escalations']} | |",
              f"| errors | {s['errors']} | |", ""]
    if s["critical_miss_ids"]:
        lines += ["**Critical misses** (expected `immediate`, decided lower): "
                  + ", ".join(f"`{i}`" for i in s["critical_miss_ids"]), ""]
    lines += ["| tier | support | decided | precision | recall |", "|---|---:|---:|---:|---:|"]
    for tier, row in s["per_tier"].items():
        lines.append(f"| {tier} | {row['support']} | {row['predicted']} | {pct(row['precision'])} | "
                     f"{pct(row['recall'])} |")
    columns = [t.value for t in TIERS] + ["error"]
    lines += ["", "<details><summary>Confusion matrix (rows: expected, columns: decided)</summary>", "",
              "| expected \\ decided | " + " | ".join(columns) + " |", "|---|" + "---:|" * len(columns)]
    for expected, row in s["confusion"].items():
        lines.append(f"| {expected} | " + " | ".join(str(row[c]) for c in columns) + " |")
    lines += ["", "</details>", ""]
    lines += _attribution(s["attribution"])
    lines += _criteria(s["per_criterion"])
    if s["per_tag"]:
        lines += ["<details><summary>Tier accuracy by tag</summary>", "", "| tag | cases | tier accuracy |",
                  "|---|---:|---:|"]
        lines += [f"| {tag} | {row['n']} | {pct(row['tier_accuracy'])} |"
                  for tag, row in s["per_tag"].items()]
        lines += ["", "</details>", ""]
    return "\n".join(lines).rstrip() + "\n"


def _num(value: Any) -> str:
    if value is None:
        return "n/a"
    return f"{value:.4g}" if isinstance(value, float) else str(value)


def _diff(d: dict[str, Any]) -> list[str]:
    lines = ["### Against the baseline", ""]
    if d["stale"]:
        lines += [f"> ⚠️ **Stale baseline**: {d['why']}.", ""]
    lines += [f"**{d['verdict']}**", "",
              f"Compared {d['compared']} cases. Right (tier and owner): {pct(d['old_accuracy'])} → "
              f"{pct(d['new_accuracy'])} ({_signed(d['accuracy_delta'])}; paired bootstrap 95% CI "
              f"{_signed_ci(d['bootstrap_ci'])}; exact McNemar p = {d['mcnemar_p']:.3g}). "
              f"Signals reused: {d['reused_signals']}, extracted: {d['extracted']}.", ""]
    if d["new_cases"] or d["removed_cases"]:
        lines += [f"New cases: {len(d['new_cases'])}; cases no longer in the set: "
                  f"{len(d['removed_cases'])}.", ""]
    if d["changed"]:
        lines += ["| case | before | after | expected | verdict | rules added | rules removed |",
                  "|---|---|---|---|---|---|---|"]
        for c in d["changed"][:MAX_ROWS]:
            mark = {"fixed": "✅ fixed", "broke": "❌ broke"}.get(c["verdict"], c["verdict"])
            lines.append(f"| `{_cell(c['id'])}` | {c['old_tier']} / {c['old_owner']} | {c['new_tier']} / "
                         f"{c['new_owner']} | {c['expected_tier']} / {c['expected_owner'] or '-'} | {mark} | "
                         f"{' '.join(c['rules_added'])} | {' '.join(c['rules_removed'])} |")
        if len(d["changed"]) > MAX_ROWS:
            lines.append(f"\n{len(d['changed']) - MAX_ROWS} more changed cases are in the JSON output.")
        lines += ["", "<details><summary>Tiers before (rows) and after (columns)</summary>", ""]
        columns = list(next(iter(d["tier_transitions"].values())))
        lines += ["| before \\ after | " + " | ".join(columns) + " |", "|---|" + "---:|" * len(columns)]
        for old, row in d["tier_transitions"].items():
            if any(row.values()):
                lines.append(f"| {old} | " + " | ".join(str(row[c]) for c in columns) + " |")
        lines += ["", "</details>"]
    lines.append("")
    return lines


def _signed(value: float | None) -> str:
    return "n/a" if value is None else f"{value:+.1%}"


def _signed_ci(ci: Any) -> str:
    return "n/a" if not ci else f"{ci[0]:+.1%} to {ci[1]:+.1%}"


def _attribution(a: dict[str, Any]) -> list[str]:
    if not a["cases"]:
        return []
    c = a["counts"]
    lines = [f"<details><summary>Misses by cause: extractor {c['extractor']}, policy {c['policy']}, labels "
             f"{c['labels']}, unattributed {c['unattributed']} (policy on expected signals: "
             f"{pct(a['policy_on_expected_accuracy'])})</summary>", "",
             "| case | expected | decided | on expected signals | blame | missing | extra |",
             "|---|---|---|---|---|---|---|"]
    for row in a["cases"][:MAX_ROWS]:
        oracle = f"{row['oracle_tier']} / {row['oracle_owner']}" if row["oracle_tier"] else "-"
        lines.append(f"| `{_cell(row['id'])}` | {row['expected_tier']} / {row['expected_owner'] or '-'} | "
                     f"{row['tier']} / {row['owner']} | {oracle} | {row['blame']} | "
                     f"{' '.join(row['missing_criteria'])} | {' '.join(row['extra_criteria'])} |")
    return [*lines, "", "</details>", ""]


def _criteria(per: dict[str, Any]) -> list[str]:
    weak = {cid: row for cid, row in per.items() if row["missed_ids"] or row["unexpected"]}
    if not per:
        return []
    lines = [f"<details><summary>Per criterion: {len(per) - len(weak)} of {len(per)} with full recall and no "
             "unexpected fires</summary>", "", "| criterion | support | recall | missed | unexpected |",
             "|---|---:|---:|---|---|"]
    for cid, row in per.items():
        missed, unexpected = " ".join(row["missed_ids"][:10]), " ".join(row["unexpected_ids"][:10])
        lines.append(f"| {cid} | {row['support']} | {pct(row['recall'])} | {missed} | {unexpected} |")
    return [*lines, "", "</details>", ""]
