"""``--junit FILE.xml``: one test case per labelled ticket, so CI dashboards show which tickets fail."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any


def render_junit(summary: dict[str, Any]) -> str:
    cases = summary["cases"]
    failures = sum(1 for c in cases if c["error"] is None and not c["correct"])
    errors = sum(1 for c in cases if c["error"] is not None)
    suites = ET.Element("testsuites", name="triage eval", tests=str(len(cases)), failures=str(failures),
                        errors=str(errors), time=f"{summary['elapsed_seconds']:.3f}")
    suite = ET.SubElement(suites, "testsuite", name="triage-eval", tests=str(len(cases)),
                          failures=str(failures), errors=str(errors), skipped="0",
                          time=f"{summary['elapsed_seconds']:.3f}")
    properties = ET.SubElement(suite, "properties")
    for key in ("extractor", "model", "prompt_version", "policy_version", "tier_accuracy", "owner_accuracy",
                "critical_misses", "under_escalations", "over_escalations", "errors"):
        value = summary.get(key)
        ET.SubElement(properties, "property", name=key, value="" if value is None else str(value))
    for c in cases:
        dataset = Path(c["source"].rsplit(":", 1)[0]).stem if c["source"] else ""
        classname = f"triage-eval.{dataset}" if dataset else "triage-eval"
        element = ET.SubElement(suite, "testcase", classname=classname, name=c["id"], time="0")
        expected = f"{c['expected_tier']} / {c['expected_owner'] or '(owner not labelled)'}"
        if c["error"] is not None:
            error = ET.SubElement(element, "error", message=c["error"], type="TriageError")
            error.text = f"expected {expected}; the ticket could not be triaged: {c['error']}"
        elif not c["correct"]:
            what = "tier" if not c["tier_ok"] else "owner"
            message = f"wrong {what}: expected {expected}, decided {c['tier']} / {c['owner']}"
            failure = ET.SubElement(element, "failure", message=message, type="WrongDecision")
            failure.text = (f"{message}\nrules fired: {', '.join(c['rules']) or '-'}\nblame: {c['blame']}\n"
                            f"case: {c['source']}")
    for gate in summary["gates"]:
        element = ET.SubElement(suite, "testcase", classname="triage-eval.gates", name=gate["name"], time="0")
        if not gate["passed"]:
            message = f"{gate['metric']} = {gate['actual']}, gate {gate['kind']} {gate['threshold']}"
            ET.SubElement(element, "failure", type="GateFailed", message=message)
    if summary["gates"]:
        for element in (suites, suite):
            element.set("tests", str(len(cases) + len(summary["gates"])))
            element.set("failures", str(failures + sum(1 for g in summary["gates"] if not g["passed"])))
    ET.indent(suites)
    return ET.tostring(suites, encoding="unicode", xml_declaration=True) + "\n"
